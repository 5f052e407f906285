# NUL bytes and binary files are noted and skipped; an empty file and a
# file of white space give nothing; none of them stops the run.
. "$HERE/cases/lib.inc"
printf 'Tekst\000med nul\n' > nul.txt
head -c 4096 "$RETSTAV" > binary.txt
: > empty.txt
printf '\n\n   \n' > blank.txt
run_between nul.txt binary.txt empty.txt blank.txt
expect_rc 1
expect_out "nul.txt:1:6: note: binary file (it holds NUL bytes); not checked [binary-file]"
expect_out "binary.txt:1:"
expect_out "binary file (it holds NUL bytes); not checked [binary-file]"
expect_no_out "empty.txt"
expect_no_out "blank.txt"
expect_quiet
finish
