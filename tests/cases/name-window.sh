# A name spelled two ways is flagged only where the majority form is used
# within 16 KiB of the outlier: a file of many articles (a digest, a
# feed) holds different people with near names.
#  - near.txt: the majority form before the outlier, a few lines away;
#  - after.txt: the outlier first, the majority form after it;
#  - far.txt: some 20 KiB of other text between the two.
. "$HERE/cases/lib.inc"
name="Så kom Kragelund hjem igen.\n\n"
slip="Så skrev Kragelnud et brev.\n\n"
filler=""
for _ in $(seq 400); do
	filler="${filler}Vejret var fint i går, og solen skinnede hele dagen.\n"
done
printf %b "$name$name$name$slip" > near.txt
printf %b "$slip$name$name$name" > after.txt
printf %b "$name$name$name$filler\n$slip" > far.txt
run --no-config near.txt
expect_out "near.txt:7:10: warning: name 'Kragelnud' is spelled differently elsewhere in this file; did you mean 'Kragelund'? [name-consistency]"
run --no-config after.txt
expect_out "after.txt:1:10: warning: name 'Kragelnud' is spelled differently elsewhere in this file; did you mean 'Kragelund'? [name-consistency]"
run --no-config far.txt
grep -q 'name-consistency' out && fail "a name 20 KiB away made the outlier a misspelling"
[ "$(wc -c < far.txt)" -gt 18000 ] || fail "far.txt is too short to test the window"
finish
