# A malformed word list: each bad line named with its number and cause,
# once (not once per worker); the good entries still apply.  A missing
# word list is an error (exit 2), said once.
. "$HERE/cases/lib.inc"
printf 'globa\nord/ÆØ\n/12\nfoo/\nbar/1,,2\n\377\376\nnul\000x\n# kommentar\ntkest/1\n' > words.txt
run -j4 -w words.txt a-good.txt z-good.txt a-good.txt
expect_rc 0
expect_err "retstav: words.txt:2: bad affix flags: this dictionary's flags are numbers (ord/10,39); line skipped"
expect_err "retstav: words.txt:3: no word before the affix flags; line skipped"
expect_err "retstav: words.txt:4: '/' with no affix flags after it; line skipped"
expect_err "retstav: words.txt:5: bad affix flags"
expect_err "retstav: words.txt:6: not valid UTF-8; line skipped"
expect_err "retstav: words.txt:7: holds a NUL byte; line skipped"
expect_err_lines 6
expect_no_out "globa"
expect_no_out "tkest"
run -j4 -w missing.txt a-good.txt z-good.txt a-good.txt
expect_rc 2
expect_err "retstav: missing.txt: No such file or directory"
expect_err_lines 1
finish
