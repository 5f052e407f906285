# A 50 MB file with no newline and a 1 MB "word" with no break are checked
# (columns exact) between good files; a file over 1 GiB is refused.
. "$HERE/cases/lib.inc"
python3 - <<'PY'
s = "Han skrev en lang tekst om vejret og om bilerne. "
n = 50 * 1024 * 1024
with open("big.txt", "w") as f:
    f.write((s * (n // len(s) + 1))[:n - 12] + " slut globa.")
with open("word.txt", "w") as f:
    f.write("Ord " + "a" * (1 << 20) + " tkest\n")
PY
# Over 1 GiB (ICU counts in 32 bits): refused with the reason, not cut
# or crashed on.  A sparse file: no disk space needed.
truncate -s 1100M huge.txt
run_between huge.txt
expect_rc 2
expect_err "retstav: huge.txt: file too large (1153433600 bytes; the limit is 1073741824)"
expect_err_lines 1
if [ -n "${RETSTAV_WRAPPER:-}" ]; then
	echo "large-inputs: skipped under RETSTAV_WRAPPER (too slow)"
	finish
fi
run_between big.txt word.txt
expect_rc 1
expect_out "big.txt:1:52428795: error: unknown word 'globa' [unknown-word]"
expect_out "word.txt:1:1048582: error: unknown word 'tkest' [unknown-word]"
expect_quiet
finish
