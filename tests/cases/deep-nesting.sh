# Deeply nested HTML and Markdown must not overflow a worker's stack.
set -u
python3 -c "
open('a.html','w').write('<b>'*100000 + 'tekst fejjl' + '</b>'*100000)
open('b.md','w').write('> '*20000 + 'tekst fejjl\n' + '*'*30000 + 'x' + '*'*30000 + '\n')
"
out=$("$RETSTAV" --no-suggest -j 2 a.html b.md 2>&1); st=$?
[ $st = 1 ] || { echo "FAIL: exit $st: $out"; exit 1; }
printf '%s\n' "$out" | grep -q "^a.html:1:300007: error: unknown word 'fejjl'" || { echo "FAIL: $out"; exit 1; }
printf '%s\n' "$out" | grep -q "^b.md:1:40007: error: unknown word 'fejjl'" || { echo "FAIL: $out"; exit 1; }
exit 0
