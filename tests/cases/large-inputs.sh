# A 50 MB file with no newline and a 1 MB "word" with no break are checked
# (columns exact) between good files.
. "$HERE/cases/lib.inc"
python3 - <<'PY'
s = "Han skrev en lang tekst om vejret og om bilerne. "
n = 50 * 1024 * 1024
with open("big.txt", "w") as f:
    f.write((s * (n // len(s) + 1))[:n - 12] + " slut globa.")
with open("word.txt", "w") as f:
    f.write("Ord " + "a" * (1 << 20) + " tkest\n")
PY
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
