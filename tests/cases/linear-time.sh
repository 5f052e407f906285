# Pathological inputs take time linear in their size: each input at S and
# 8*S bytes (S = 256 KB for inputs with a finding every word, else 1 MB); after the start-up time (an empty file) is taken off, the
# ratio of CPU times must stay under 24 (linear is 8, quadratic 64).  A
# ratio, not a timing, so a slow or busy machine passes and a quadratic
# algorithm does not.
. "$HERE/cases/lib.inc"
if [ -n "${RETSTAV_WRAPPER:-}" ]; then
	echo "linear-time: skipped under RETSTAV_WRAPPER (timings mean nothing there)"
	finish
fi
python3 - <<'PY' || failures=1
import os, resource, subprocess, sys

R = os.environ["RETSTAV"]
S = 256 * 1024

def make(kind, n):
    if kind == "typos":          # one line, a finding every 6 bytes
        return ("globa " * (n // 6 + 1))[:n].encode()
    if kind == "word":           # one "word" with no break
        return b"a" * n
    if kind == "badbytes":       # a UTF-8 file full of stray bytes
        return "Café ".encode() + (b"\x80 x" * (n // 3))
    if kind == "words":          # ordinary text, no newline
        return ("Han skrev en tekst om vejret. " * (n // 30 + 1))[:n].encode()
    if kind == "hyphens":        # one long chain of joined parts
        return ("ab-" * (n // 3)).encode()
    if kind == "dots":           # a chunk of dots: URL and abbreviation tests
        return ("a." * (n // 2)).encode()
    if kind == "blanks":         # one run of spaces over many chunks
        return ("Han kom. " + " " * n + "hjem.").encode()

def timed(path, args):
    best = None
    for _ in range(2):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([R, "--no-suggest", "-j1"] + args + [path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        d = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best = d if best is None else min(best, d)
    return best

open("empty.txt", "wb").close()
base = timed("empty.txt", [])
bad = 0
M = 1024 * 1024
for kind, args, s in (("typos", [], S), ("typos", ["--show-source"], S),
                      ("typos", ["--format=json"], S), ("word", [], M), ("badbytes", [], M),
                      ("words", [], M), ("hyphens", [], M), ("dots", [], M),
                      ("blanks", [], M)):
    times = []
    for n in (s, 8 * s):
        p = f"{kind}-{n}.txt"
        open(p, "wb").write(make(kind, n))
        times.append(max(timed(p, args) - base, 0.05))
    ratio = times[1] / times[0]
    ok = ratio < 24
    bad += not ok
    print(f"{'ok ' if ok else 'SLOW'} {kind:9} {' '.join(args):14} {times[0]:.3f}s -> {times[1]:.3f}s  x{ratio:.1f}")
sys.exit(1 if bad else 0)
PY
finish
