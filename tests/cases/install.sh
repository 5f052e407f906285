# make install / uninstall honour PREFIX and DESTDIR, and the installed
# program finds its data there.
set -u
fail() { echo "FAIL: $*"; exit 1; }
d=$TMPDIR/dest
make -s -C "$ROOT" install DESTDIR="$d" PREFIX=/opt/rs BUILD="$TMPDIR/build" BIN="$TMPDIR/retstav" >log 2>&1 || { cat log; fail "install"; }
for f in bin/retstav share/retstav/da-news.dic share/man/man1/retstav.1 share/locale/da/LC_MESSAGES/retstav.mo; do
	[ -f "$d/opt/rs/$f" ] || fail "not installed: $f"
done
"$d/opt/rs/bin/retstav" --version >/dev/null || fail "installed binary does not run"
# The installed binary looks for its data under PREFIX (not in DESTDIR).
grep -aq '/opt/rs/share/retstav' "$d/opt/rs/bin/retstav" || fail "DATADIR not compiled in"
printf 'fintechen\n' | RETSTAV_DATADIR="$d/opt/rs/share/retstav" "$d/opt/rs/bin/retstav" - >out || fail "house list not used: $(cat out)"
make -s -C "$ROOT" uninstall DESTDIR="$d" PREFIX=/opt/rs BUILD="$TMPDIR/build" BIN="$TMPDIR/retstav" >log 2>&1 || fail "uninstall"
[ -z "$(find "$d" -type f)" ] || fail "left behind: $(find "$d" -type f)"
exit 0
