#!/usr/bin/env python3
"""retstav's test runner: unit binaries, golden CLI tests, spec examples and
case scripts.  Ends with 'N passed, N failed' and exits 1 on any failure.

  tests/run.py [--update] [FILTER]

Environment: RETSTAV (the binary), BUILD (the build directory with tests/),
RETSTAV_WRAPPER (optional): a command put before every run of retstav and
of the unit binaries, e.g. "valgrind -q --error-exitcode=99 ..." (make
valgrind); case scripts get it in the environment and run
"${RETSTAV_WRAPPER:-} $RETSTAV" (see tests/cases/lib.inc).
--update rewrites golden files from the current output; review the diff.
"""
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RETSTAV = os.environ.get("RETSTAV", os.path.join(ROOT, "retstav"))
BUILD = os.environ.get("BUILD", os.path.join(ROOT, "build"))
UPDATE = "--update" in sys.argv
FILTER = [a for a in sys.argv[1:] if not a.startswith("--")]
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", LANG="C.UTF-8")
# The binary under test may live in any build directory: point it at the
# tree's data and that build's catalogue.
ENV["RETSTAV_DATADIR"] = os.path.join(ROOT, "dictionaries")
ENV["RETSTAV_LOCALEDIR"] = os.path.join(BUILD, "locale")
WRAP = shlex.split(os.environ.get("RETSTAV_WRAPPER", ""))
SLOW = 20 if WRAP else 1	# a wrapper such as valgrind runs far slower

passed = failed = 0


def result(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}")
        if detail:
            print("  " + detail.rstrip().replace("\n", "\n  "))


def wanted(name):
    return not FILTER or any(f in name for f in FILTER)


def diff(expected, actual):
    import difflib
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                         "expected", "actual"))


def run_units():
    d = os.path.join(BUILD, "tests")
    if not os.path.isdir(d):
        return
    for name in sorted(os.listdir(d)):
        path = os.path.join(d, name)
        if not os.access(path, os.X_OK) or not wanted("unit/" + name):
            continue
        p = subprocess.run(WRAP + [path], capture_output=True, text=True, env=ENV, cwd=HERE,
                           timeout=300 * SLOW)
        result("unit/" + name, p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:])


def run_golden():
    """tests/golden/NAME.EXT is an input (a file or a directory); NAME.args
    (optional) holds extra arguments, and with the word @NOFILE the input is
    not appended (the arguments name the files, or none for stdin); NAME.gcc / NAME.json the expected stdout of each format;
    NAME.status the expected exit status (default 1 when NAME.gcc has an
    error or warning, else 0); NAME.stderr (optional) the expected stderr."""
    d = os.path.join(HERE, "golden")
    special = re.compile(r"\.(gcc|json|status|args|stderr|stdin)$")
    stems = {}
    for f in sorted(os.listdir(d)):
        if f.startswith("."):
            continue
        if special.search(f):
            stems.setdefault(special.sub("", f), None)
        else:
            stem = f if os.path.isdir(os.path.join(d, f)) else os.path.splitext(f)[0]
            stems[stem] = f
    for stem, f in sorted(stems.items()):
        base = os.path.join(d, stem)
        args = []
        if os.path.exists(base + ".args"):
            args = shlex.split(open(base + ".args", encoding="utf-8").read())
        stdin = None
        if os.path.exists(base + ".stdin"):
            stdin = open(base + ".stdin", "rb").read()
        for fmt in ("gcc", "json"):
            exp_path = base + "." + fmt
            if not os.path.exists(exp_path) and not (UPDATE and fmt == "gcc"):
                continue
            name = f"golden/{stem}.{fmt}"
            if not wanted(name):
                continue
            files = [a for a in args if a == "@NOFILE"]
            cmd = WRAP + [RETSTAV, "--format=" + fmt] + [a for a in args if a != "@NOFILE"]
            if not files and f:
                cmd.append(f)
            p = subprocess.run(cmd, input=stdin, capture_output=True, env=ENV, cwd=d,
                               timeout=120 * SLOW)
            out = p.stdout.decode("utf-8", "replace")
            err = p.stderr.decode("utf-8", "replace")
            status_path = base + ".status"
            if UPDATE:
                open(exp_path, "w", encoding="utf-8").write(out)
                if fmt == "gcc":
                    open(status_path, "w").write(f"{p.returncode}\n")
                    if err:
                        open(base + ".stderr", "w", encoding="utf-8").write(err)
                continue
            expected = open(exp_path, encoding="utf-8").read()
            want_status = int(open(status_path).read()) if os.path.exists(status_path) else None
            problems = []
            if out != expected:
                problems.append(diff(expected, out))
            if want_status is not None and p.returncode != want_status:
                problems.append(f"exit status {p.returncode}, expected {want_status}\n{err}")
            if fmt == "gcc" and os.path.exists(base + ".stderr"):
                exp_err = open(base + ".stderr", encoding="utf-8").read()
                if err != exp_err:
                    problems.append("stderr:\n" + diff(exp_err, err))
            if fmt == "json" and p.returncode in (0, 1):
                import json
                try:
                    json.loads(out)
                except ValueError as e:
                    problems.append(f"invalid JSON: {e}")
            result(name, not problems, "\n".join(problems))


EXAMPLE = re.compile(r"^`{8,} example([^\n]*)\n(.*?)^\.\n(.*?)^`{8,}$", re.M | re.S)


def run_spec():
    """cmark-style examples: input, a line '.', the expected findings as
    LINE:COL: SEVERITY: MESSAGE [RULE]; options after 'example'."""
    d = os.path.join(HERE, "spec")
    for f in sorted(os.listdir(d)):
        if not f.endswith(".md"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8").read()
        for i, m in enumerate(EXAMPLE.finditer(text), 1):
            line = text.count("\n", 0, m.start()) + 1
            name = f"spec/{f}:{line}"
            if not wanted(name):
                continue
            opts = shlex.split(m.group(1).strip())
            src = m.group(2).replace("→", "\t")
            p = subprocess.run(WRAP + [RETSTAV] + opts + ["-"], input=src.encode(),
                               capture_output=True, env=ENV, timeout=60 * SLOW)
            out = p.stdout.decode("utf-8", "replace").replace("<stdin>:", "")
            result(name, out == m.group(3) and p.returncode in (0, 1),
                   diff(m.group(3), out) + p.stderr.decode("utf-8", "replace"))


def run_cases():
    """Shell scripts: exit 0 is a pass.  They get RETSTAV and a scratch dir."""
    d = os.path.join(HERE, "cases")
    if not os.path.isdir(d):
        return
    import tempfile
    for f in sorted(os.listdir(d)):
        if not f.endswith(".sh") or not wanted("cases/" + f):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(ENV, RETSTAV=RETSTAV, TMPDIR=tmp, ROOT=ROOT, BUILD=BUILD, HERE=HERE)
            try:
                p = subprocess.run(["sh", os.path.join(d, f)], capture_output=True, text=True,
                                   env=env, cwd=tmp, timeout=600 * SLOW)
                result("cases/" + f, p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:])
            except subprocess.TimeoutExpired:
                result("cases/" + f, False, "timed out")


run_units()
run_golden()
run_spec()
run_cases()
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or passed == 0 else 0)
