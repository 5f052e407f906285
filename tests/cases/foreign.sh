# Foreign words: an English word in a Danish text is a note when no
# Danish word lies near it, an error when one does (a lost æ/ø/å, one
# typing error, a Danish respelling).  --foreign=none and a config
# "foreign = none" turn the notes off; a named dictionary that is missing
# stops the run with exit status 2 and says which.  One that is there
# but will not load is named, every file is still checked (its words
# judged as Danish), and the run ends with status 2.
. "$HERE/cases/lib.inc"
printf 'Vores nye dashboard viser malware i realtid.\nHun ville gore det, og de lavede et experiment.\n' > en.txt
run --no-suggest en.txt
expect_rc 1
expect_out "en.txt:1:11: note: 'dashboard' is not Danish; a foreign word? [foreign-word]"
expect_out "en.txt:1:27: note: 'malware' is not Danish; a foreign word? [foreign-word]"
expect_out "en.txt:2:11: error: unknown word 'gore'"
expect_out "en.txt:2:37: error: unknown word 'experiment'"
run --foreign=none --no-suggest en.txt
expect_rc 1
expect_out "en.txt:1:11: error: unknown word 'dashboard'"
expect_no_out "foreign-word"
printf '[retstav]\nforeign = none\n' > none.ini
run --config=none.ini --no-suggest en.txt
expect_out "en.txt:1:27: error: unknown word 'malware'"
run --foreign=xx_NOPE en.txt
expect_rc 2
expect_err "dictionary 'xx_NOPE' not found"
mkdir bad
printf 'SET ISO8859-1\nTRY abc\n' > bad/xx_XX.aff
printf '1\nfoo\n' > bad/xx_XX.dic
printf 'Hun ville gore det.\n' > da.txt
run --foreign=bad/xx_XX --no-suggest da.txt en.txt
expect_rc 2
expect_err "bad/xx_XX.aff: dictionary is not UTF-8"
expect_out "da.txt:1:11: error: unknown word 'gore'"
expect_out "en.txt:1:27: error: unknown word 'malware'"
run --foreign=bad/xx_XX --no-suggest -j2 da.txt da.txt da.txt
expect_rc 2
expect_err_lines 1
# Danish messages for the note.
LANGUAGE=da LC_ALL=C.UTF-8 ${RETSTAV_WRAPPER:-} "$RETSTAV" --no-suggest en.txt >out 2>err
rc=$?
expect_out "'malware' er ikke dansk; et fremmedord?"
finish
