# ci/editors/vscode/tasks.json: the problem matcher's pattern, applied as VS
# Code applies it (one regexp per line, groups by number), finds file, line,
# UTF-16 column, severity, message and rule in the output of the task's
# command line.  VS Code counts columns in UTF-16 units, hence the option.
set -e
mkdir -p bin ws/noter
ln -s "$RETSTAV" bin/retstav
PATH="$PWD/bin:$PATH"
printf 'Mågerne 🙂 skriger, og vi spisr rødgrød.\n' > ws/noter/dag.md
cd ws
python3 - "$ROOT/ci/editors/vscode/tasks.json" <<'PYEOF'
import json, os, re, subprocess, sys
task = json.load(open(sys.argv[1]))["tasks"][0]
ws = os.getcwd()
args = [a.replace("${workspaceFolder}", ws) for a in task["args"]]
p = subprocess.run([task["command"]] + args, capture_output=True, text=True)
assert p.returncode == 1, (p.returncode, p.stderr)
pat = task["problemMatcher"]["pattern"]
# VS Code uses JavaScript regexps; this one uses only syntax shared with Python's.
rx = re.compile(pat["regexp"])
found = []
for line in p.stdout.splitlines():
    m = rx.match(line)
    if m:
        found.append({k: m.group(pat[k]) for k in ("file", "line", "column", "severity", "message", "code")})
text = "Mågerne 🙂 skriger, og vi spisr rødgrød."
col16 = len(text[:text.index("spisr")].encode("utf-16-le")) // 2 + 1
want = {"file": os.path.join(ws, "noter/dag.md"), "line": "1", "column": str(col16),
        "severity": "error", "code": "unknown-word"}
ok = len(found) == 1 and all(found[0][k] == v for k, v in want.items()) \
    and found[0]["message"].startswith("unknown word 'spisr'")
if not ok:
    print("matched:", found, "\nwant:", want, "\noutput:", p.stdout)
sys.exit(0 if ok else 1)
PYEOF
