# make install / uninstall honour PREFIX and DESTDIR, and the installed
# program finds its house data and its Danish catalogue under PREFIX.
set -u
unset RETSTAV_DATADIR RETSTAV_LOCALEDIR
fail() { echo "FAIL: $*"; exit 1; }
m() { make -s -C "$ROOT" BUILD="$TMPDIR/build" BIN="$TMPDIR/retstav" "$@" >log 2>&1 || { cat log; fail "make $*"; }; }
# DESTDIR stages the files below PREFIX.
d=$TMPDIR/dest
m install DESTDIR="$d" PREFIX=/opt/rs
for f in bin/retstav share/retstav/da-news.dic share/man/man1/retstav.1 share/locale/da/LC_MESSAGES/retstav.mo; do
	[ -f "$d/opt/rs/$f" ] || fail "not installed: $f"
done
m uninstall DESTDIR="$d" PREFIX=/opt/rs
[ -z "$(find "$d" -type f)" ] || fail "left behind: $(find "$d" -type f)"
# Installed for real under a PREFIX, it uses the data found there.
p=$TMPDIR/prefix
m install PREFIX="$p"
printf 'fintechen og en fejjl\n' > a.txt
LANGUAGE=da "$p/bin/retstav" --no-suggest a.txt >out
grep -qx "a.txt:1:17: error: ukendt ord 'fejjl' \[unknown-word\]" out || fail "installed run: $(cat out)"
[ "$(wc -l <out)" -eq 1 ] || fail "house word list not used: $(cat out)"
m uninstall PREFIX="$p"
[ ! -e "$p/bin/retstav" ] || fail "uninstall left the binary"
exit 0
