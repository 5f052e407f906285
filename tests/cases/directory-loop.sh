# A symbolic link back to a parent directory is reported once and not
# walked again; the files in the tree are checked once each.
. "$HERE/cases/lib.inc"
mkdir -p tree/sub
cp a-good.txt tree/sub/a.txt
ln -s .. tree/sub/up
ln -s ../../tree tree/sub/self
run tree z-good.txt
expect_rc 2
[ "$(grep -c 'tree/sub/a.txt:1:14' out)" -eq 1 ] || fail "tree/sub/a.txt not checked exactly once"
expect_out "z-good.txt:1:20: error: unknown word 'tkest'"
expect_err "retstav: tree/sub/self: directory loop (a link back to a parent); not walked again"
expect_err "retstav: tree/sub/up: directory loop (a link back to a parent); not walked again"
finish
