# A missing dictionary, a truncated .dic, a garbage .aff: a message naming
# the file and the cause, exit 2, and each said once however many workers.
. "$HERE/cases/lib.inc"
run -d /nonexistent/da_DK a-good.txt
expect_rc 2
expect_err "retstav: /nonexistent/da_DK.dic: No such file or directory"
run -d nosuch_XX a-good.txt
expect_rc 2
expect_err "retstav: dictionary 'nosuch_XX' not found"
mkdir d
head -c 2000 /usr/share/hunspell/da_DK.dic > d/trunc.dic
cp /usr/share/hunspell/da_DK.aff d/trunc.aff
run -j4 -d d/trunc a-good.txt z-good.txt a-good.txt z-good.txt
expect_rc 2
expect_err "retstav: d/trunc.dic: dictionary is broken or not Danish"
expect_err_lines 1
head -c 3000 "$RETSTAV" > d/garbage.aff
cp /usr/share/hunspell/da_DK.dic d/garbage.dic
run -d d/garbage a-good.txt
expect_rc 2
expect_err "retstav: d/garbage.aff: not a hunspell affix file"
printf 'ord\nflere ord\n' > d/nocount.dic
cp /usr/share/hunspell/da_DK.aff d/nocount.aff
run -d d/nocount a-good.txt
expect_rc 2
expect_err "retstav: d/nocount.dic: not a hunspell dictionary (the first line must be the word count)"
: > d/empty.dic
: > d/empty.aff
run -d d/empty a-good.txt
expect_rc 2
expect_err "retstav: d/empty.aff: not a hunspell affix file"
finish
