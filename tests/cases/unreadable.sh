# Files that cannot be read, even by root: a dangling symbolic link, a
# path through a regular file, a FIFO with no writer (must not hang), a
# character device that never ends.  Each is named with its cause; the
# others are checked; the exit status is 2.
. "$HERE/cases/lib.inc"
ln -s nowhere.txt dangling.txt
mkfifo fifo.txt
run_between dangling.txt a-good.txt/x.txt fifo.txt /dev/zero
expect_rc 2
expect_err "retstav: dangling.txt: No such file or directory"
expect_err "retstav: a-good.txt/x.txt: Not a directory"
expect_err "retstav: fifo.txt: a FIFO, not a regular file; not read"
expect_err "retstav: /dev/zero: a character device, not a regular file; not read"
expect_err_lines 4
# A shell's <(command) is an anonymous pipe: read, not refused.
printf 'Hun skrev om en sjov fejll.\n' > pipe-src.txt
${RETSTAV_WRAPPER:-} "$RETSTAV" --no-suggest /dev/fd/3 3<pipe-src.txt >out 2>err
rc=$?
expect_out ":1:22: error: unknown word 'fejll'"
cat pipe-src.txt | { ${RETSTAV_WRAPPER:-} "$RETSTAV" --no-suggest /dev/stdin >out 2>err; echo $? >rc.txt; }
rc=$(cat rc.txt)
expect_rc 1
expect_out "/dev/stdin:1:22: error: unknown word 'fejll'"
finish
