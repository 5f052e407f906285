#!/bin/sh
# rss.sh [MB...] - peak memory (RSS) and time of retstav on generated
# Danish text of each size (default 10 and 100 MB): ordinary sentences in
# lines of about 100 words, a typo every 50 words.  Prints one line per
# size; the RSS should grow with the size at a steady rate per MB, never
# faster.  RETSTAV=path overrides ./retstav.
set -eu
R=${RETSTAV:-$(dirname "$0")/../retstav}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
[ $# -gt 0 ] || set -- 10 100
for mb in "$@"; do
	python3 - "$dir/in.txt" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
words = ("Regeringen fremlagde i går et forslag om en ny skattereform , som skal "
         "gøre det lettere for familier med børn at få enderne til at mødes . "
         "Ifølge ministeren vil reformen koste omkring to milliarder kroner om året "
         "og træde i kraft fra næste sommer").split()
out, n, i = [], 0, 0
with open(path, "w") as f:
    while n < mb << 20:
        line = []
        for k in range(100):
            w = words[i % len(words)]
            i += 1
            if i % 50 == 0:
                w = w[:-1] + "x" if len(w) > 3 else w
            line.append(w)
        s = " ".join(line) + "\n"
        f.write(s)
        n += len(s.encode())
PY
	/usr/bin/time -f "%M %e" -o "$dir/time" "$R" --no-suggest -j1 "$dir/in.txt" >/dev/null || true
	read -r kb secs <<EOF2
$(tail -n 1 "$dir/time")
EOF2
	echo "input ${mb} MB: peak RSS $((kb / 1024)) MB ($(( kb / 1024 / mb )) MB per input MB), ${secs} s"
done
