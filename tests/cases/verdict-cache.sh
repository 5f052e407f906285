# --cache=FILE: a warm run answers from the file and prints what a run
# without it prints; another word list or a damaged file is never trusted.
set -u
fail=0
cat > a.txt <<'T'
Redaktionen har modtaget mange læserbreve om den nye busplan for kommunen.
Flere borgere skriver, at de savner en direkte forbindelse til sygehuset.
Chefredaktøren lover et svar i næste uges avis, men tidsplanen er uklr.
T
"$RETSTAV" --no-suggest a.txt > plain.out; s0=$?
grep -q "'uklr'" plain.out || { echo "typo not reported"; fail=1; }
"$RETSTAV" --no-suggest --cache=v.cache a.txt > cold.out; s1=$?
[ -s v.cache ] || { echo "no cache file written"; fail=1; }
head -1 v.cache | grep -q '^retstav verdict cache 2 [0-9a-f]*$' || { echo "bad header"; head -1 v.cache; fail=1; }
grep -q '^0 uklr$' v.cache || { echo "verdict of uklr missing"; fail=1; }
"$RETSTAV" --no-suggest --stats --cache=v.cache a.txt > warm.out 2> warm.err; s2=$?
cmp -s plain.out cold.out && cmp -s plain.out warm.out || { echo "output differs with cache"; fail=1; }
[ $s0 = $s1 ] && [ $s0 = $s2 ] || { echo "exit status $s0 $s1 $s2"; fail=1; }
grep -q '100.0% hits' warm.err || { echo "warm run asked hunspell:"; cat warm.err; fail=1; }
# Another word list: another key, so the cached 'uklr' is not used.
echo uklr > extra.dic
"$RETSTAV" --no-suggest --cache=v.cache -w extra.dic a.txt > list.out
grep -q "'uklr'" list.out && { echo "stale verdict used with a new word list"; fail=1; }
# A damaged cache (wrong key, garbage) is ignored, then rewritten.
printf 'retstav verdict cache 2 0000000000000000\n1 uklr\n' > bad.cache
"$RETSTAV" --no-suggest --cache=bad.cache a.txt > bad.out
cmp -s plain.out bad.out || { echo "a cache of another key was trusted"; fail=1; }
# A cache of the first format holds verdicts found under hunspell's
# time bound (speller.c, clock()): not trusted.
sed '1s/cache 2 /cache 1 /; s/^0 uklr$/1 uklr/' v.cache > old.cache
"$RETSTAV" --no-suggest --cache=old.cache a.txt > old.out
cmp -s plain.out old.out || { echo "a cache of format 1 was trusted"; fail=1; }
printf '\001\002garbage' > junk.cache
"$RETSTAV" --no-suggest --cache=junk.cache a.txt > junk.out
cmp -s plain.out junk.out || { echo "garbage cache changed the output"; fail=1; }
head -1 junk.cache | grep -q '^retstav verdict cache 2 ' || { echo "garbage not replaced"; fail=1; }
# An unwritable place is an error (exit 2) with a message naming it.
"$RETSTAV" --no-suggest --cache=nodir/v.cache a.txt > /dev/null 2> err.txt; s=$?
[ $s = 2 ] && grep -q 'nodir/v.cache' err.txt || { echo "unwritable cache: status $s"; cat err.txt; fail=1; }
exit $fail
