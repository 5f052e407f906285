# .pre-commit-hooks.yaml and ci/github-workflow.yml: both parse as YAML, and
# their retstav command lines run as pre-commit and the Actions runner run
# them (pre-commit: entry + staged file names; the workflow: each step's
# "run" script in bash with ARTICLES set).  The SARIF step leaves a file that
# validates against the schema, and a finding fails the annotation step.
set -e
PY=/usr/bin/python3	# python3-yaml and python3-jsonschema
mkdir -p bin artikler
ln -s "$RETSTAV" bin/retstav
PATH="$PWD/bin:$PATH"
export PATH
printf 'Vi spisr rødgrød på Ærø.\n' > artikler/fejl.md
printf 'Solen skinner på bølgerne.\n' > artikler/ren.md
$PY - "$ROOT" <<'PYEOF'
import os, subprocess, sys, yaml
root = sys.argv[1]
hooks = yaml.safe_load(open(os.path.join(root, ".pre-commit-hooks.yaml")))
h = hooks[0]
assert h["id"] == "retstav" and h["language"] == "system", h
assert "markdown" in h["types_or"]
def run(files):
    return subprocess.run(h["entry"].split() + h.get("args", []) + files,
                          capture_output=True, text=True)
p = run(["artikler/ren.md"])
assert p.returncode == 0, ("clean file", p.returncode, p.stdout, p.stderr)
p = run(["artikler/ren.md", "artikler/fejl.md"])
assert p.returncode == 1 and "artikler/fejl.md:1:4: error: unknown word 'spisr'" in p.stdout, p

wf = yaml.safe_load(open(os.path.join(root, "ci/github-workflow.yml")))
env = dict(os.environ, **wf["env"])
steps = wf["jobs"]["retstav"]["steps"]
assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") and
           s["with"]["sarif_file"] == "retstav.sarif" for s in steps)
ran = 0
for s in steps:
    if "run" not in s or "apt-get" in s["run"]:
        continue
    p = subprocess.run(["bash", "-e", "-c", s["run"]], env=env, capture_output=True, text=True)
    if s["name"].startswith("Annotate"):
        assert p.returncode == 1, p
        assert p.stdout.startswith("::error file=artikler/fejl.md,line=1,col=4,endColumn=9,"), p.stdout
    else:
        assert p.returncode == 0, (s["name"], p)
    ran += 1
assert ran == 2, ran
PYEOF
$PY "$HERE/cases/sarif_validate.py" retstav.sarif
grep -q '"uri": "artikler/fejl.md", "uriBaseId": "SRCROOT"' retstav.sarif

# The hook through pre-commit itself (Debian's pre-commit): try-repo clones
# this tree's hook definition and runs it on the staged files of a project.
command -v pre-commit > /dev/null || { echo "pre-commit not installed (apt-get install pre-commit)"; exit 1; }
if git -C "$ROOT" rev-parse --git-dir > /dev/null 2>&1; then
	mkdir proj
	cp -r artikler proj/
	cd proj
	git init -q
	git add -A
	export PRE_COMMIT_HOME="$TMPDIR/pre-commit-home" HOME="$TMPDIR"
	if pre-commit try-repo "$ROOT" retstav --files artikler/ren.md artikler/fejl.md > pc.log 2>&1; then
		cat pc.log; echo "pre-commit passed a file with a typo"; exit 1
	fi
	grep -q "^artikler/fejl.md:1:4: error: unknown word 'spisr'" pc.log || { cat pc.log; exit 1; }
	pre-commit try-repo "$ROOT" retstav --files artikler/ren.md > pc.log 2>&1 || { cat pc.log; exit 1; }
	grep -q 'retstav (Danish spelling).*Passed' pc.log || { cat pc.log; exit 1; }
else
	echo "note: $ROOT is not a git repository; pre-commit try-repo skipped"
fi

# The README's .pre-commit-config.yaml (ci/pre-commit-config.yaml) in a
# project, through "pre-commit run" as a commit would run it.
cd "$TMPDIR"
mkdir proj2
cp -r artikler proj2/
cp "$ROOT/ci/pre-commit-config.yaml" proj2/.pre-commit-config.yaml
cd proj2
git init -q
git add -A
export PRE_COMMIT_HOME="$TMPDIR/pre-commit-home" HOME="$TMPDIR"
if pre-commit run --files artikler/fejl.md > pc.log 2>&1; then
	cat pc.log; echo "pre-commit run passed a typo"; exit 1
fi
grep -q "^artikler/fejl.md:1:4: error: unknown word 'spisr'" pc.log || { cat pc.log; exit 1; }
pre-commit run --files artikler/ren.md > pc.log 2>&1 || { cat pc.log; exit 1; }
