# "retstav: words" accepts words in its own file only, even when one
# worker (one speller) checks both files; a lower-case word is accepted
# capitalised at a sentence start too, and with a genitive s.
set -u
printf 'retstav: words kvabbelmos\nKvabbelmos og kvabbelmos og kvabbelmoss dør.\n' > a.txt
printf 'Et kvabbelmos uden direktiv.\n' > b.txt
out=$("$RETSTAV" --no-suggest -j 1 a.txt b.txt 2>&1)
printf '%s\n' "$out" | grep -q "^b.txt:1:4: error: unknown word 'kvabbelmos'" ||
	{ echo "FAIL: b.txt should flag the word: $out"; exit 1; }
if printf '%s\n' "$out" | grep -q "^a.txt:"; then
	echo "FAIL: a.txt should accept the word: $out"; exit 1
fi
exit 0
