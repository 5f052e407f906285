# Every kind of invalid UTF-8, once per malformed sequence, at its exact
# line and column, while the valid words around it are still checked.
. "$HERE/cases/lib.inc"
printf 'Café \300\257 og \340\200\257, \355\240\200 hop \200\277 \342\202\nog \364\220\200\200 og \377 slut \342\202' > bad.txt
run_between bad.txt
expect_rc 1
expect_out "bad.txt:1:6: error: invalid UTF-8: overlong form 0xC0 0xAF [invalid-utf8]"
expect_out "bad.txt:1:12: error: invalid UTF-8: overlong form 0xE0 0x80 0xAF [invalid-utf8]"
expect_out "bad.txt:1:17: error: invalid UTF-8: UTF-16 surrogate 0xED 0xA0 0x80 [invalid-utf8]"
expect_out "bad.txt:1:25: error: invalid UTF-8: stray continuation byte 0x80 0xBF [invalid-utf8]"
expect_out "bad.txt:1:28: error: invalid UTF-8: truncated sequence 0xE2 0x82 [invalid-utf8]"
expect_out "bad.txt:2:4: error: invalid UTF-8: 0xF4 0x90 0x80 0x80 is beyond U+10FFFF [invalid-utf8]"
expect_out "bad.txt:2:12: error: invalid UTF-8: byte 0xFF never occurs in UTF-8"
expect_out "bad.txt:2:19: error: invalid UTF-8: truncated sequence 0xE2 0x82 [invalid-utf8]"
[ "$(grep -c 'bad.txt.*invalid-utf8' out)" -eq 8 ] || fail "expected 8 invalid-utf8 findings"
expect_no_out "unknown word 'hop'"
expect_quiet
# Byte columns count the bytes of "é"; code-point columns count each bad
# byte as one column, as editors show them.
run --column-unit=byte bad.txt
expect_out "bad.txt:1:18: error: invalid UTF-8: UTF-16 surrogate"
# JSON carries the run's offset and length.
run --format=json bad.txt
expect_out '"offset": 17, "length": 3, "severity": "error", "rule": "invalid-utf8"'
# A file full of bad bytes: the first 100 are named, the rest counted.
python3 -c "import sys; sys.stdout.buffer.write('Café '.encode() + b'\x80 x ' * 150)" > many.txt
run_between many.txt
[ "$(grep -c 'many.txt.*stray continuation byte' out)" -eq 100 ] || fail "expected 100 named bad bytes"
expect_out "many.txt:1:406: error: 50 more invalid UTF-8 sequences in this file not reported [invalid-utf8]"
finish
