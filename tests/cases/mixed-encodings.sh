# A UTF-8 file with a Latin-1 paragraph pasted in: each Latin-1 byte is
# reported with a guess at the character, and the word it cuts is not
# reported as a misspelling as well.
. "$HERE/cases/lib.inc"
{ printf 'Første afsnit er i UTF-8.\n'; printf 'Andet afsnit: blåbær og æbler.\n' | iconv -f UTF-8 -t LATIN1; } > mixed.txt
run_between mixed.txt
expect_rc 1
expect_out "mixed.txt:2:17: error: invalid UTF-8: truncated sequence 0xE5 (Latin-1 'å'? the file mixes encodings) [invalid-utf8]"
expect_out "mixed.txt:2:19: error: invalid UTF-8: truncated sequence 0xE6 (Latin-1 'æ'? the file mixes encodings) [invalid-utf8]"
expect_out "mixed.txt:2:25: error: invalid UTF-8: truncated sequence 0xE6"
expect_no_out "unknown word 'bl'"
expect_no_out "unknown word 'bler'"
expect_no_out "encoding]"
expect_quiet
finish
