# Latin-1 and Windows-1252 files are decoded, noted once, and spell-checked
# in their decoded form; a byte undefined in Windows-1252 is reported.
. "$HERE/cases/lib.inc"
printf 'Blåbærgrød og æbleskiver smagte godt, men sovsn var kold.\n' | iconv -f UTF-8 -t LATIN1 > latin1.txt
printf 'Han sagde \223hej\224 \226 og gik hjem \201 med sin kuffert.\n' > cp1252.txt
run_between latin1.txt cp1252.txt
expect_rc 1
expect_out "latin1.txt:1:1: note: file is not UTF-8; decoded as Windows-1252 [encoding]"
expect_out "latin1.txt:1:43: error: unknown word 'sovsn' [unknown-word]"
expect_out "cp1252.txt:1:1: note: file is not UTF-8; decoded as Windows-1252 [encoding]"
expect_out "cp1252.txt:1:31: error: byte 0x81 is undefined in Windows-1252 [invalid-utf8]"
expect_no_out "unknown word 'hej'"
expect_quiet
finish
