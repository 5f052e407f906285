# 100,000 nested Markdown block quotes ("> > > ..." on one line, and
# ">>>..." without spaces) are checked to the end: the typo inside the
# innermost quote and the one in the paragraph after them are reported.
# Time is linear in the nesting depth: the CPU time at 8*N is compared
# with N after start-up (an empty file) is taken off, as in
# linear-time.sh; a ratio under 24 passes (linear is 8, quadratic 64).
. "$HERE/cases/lib.inc"
python3 - <<'PY' || failures=1
import os, resource, subprocess, sys

R = os.environ["RETSTAV"]
W = os.environ.get("RETSTAV_WRAPPER", "").split()
N = 100000

def make(marker, n):
    return ("Indledning.\n\n" + marker * n + "Et citat med tkest.\n\n"
            "Efter citatet kommer en globa tekst.\n").encode()

def run(path):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(W + [R, "--no-suggest", "-j1", path], capture_output=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return p, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)

bad = 0
open("empty.md", "wb").close()
base = min(run("empty.md")[1] for _ in range(2))
for name, marker in (("spaced", "> "), ("tight", ">")):
    times = []
    for n in (N, 8 * N) if not W else (N,):
        path = f"{name}-{n}.md"
        open(path, "wb").write(make(marker, n))
        best = None
        for _ in range(2):
            p, t = run(path)
            best = t if best is None else min(best, t)
        out = p.stdout.decode()
        col = len(marker) * n + len("Et citat med ") + 1
        want = [f"{path}:3:{col}: error: unknown word 'tkest' [unknown-word]",
                f"{path}:5:25: error: unknown word 'globa' [unknown-word]"]
        if p.returncode != 1 or out.splitlines() != want:
            print(f"FAIL: {path}: exit {p.returncode}\n{out}{p.stderr.decode()}")
            bad += 1
        times.append(max(best - base, 0.05))
    if W:
        continue
    ratio = times[1] / times[0]
    ok = ratio < 24
    bad += not ok
    print(f"{'ok ' if ok else 'SLOW'} {name:6} {times[0]:.3f}s -> {times[1]:.3f}s  x{ratio:.1f}")
sys.exit(1 if bad else 0)
PY
finish
