# Every user-facing string of the sources has a Danish translation that
# is not fuzzy: a message msgmerge marked fuzzy is shown in English.
. "$HERE/cases/lib.inc"
top="$HERE/.."
srcs=$(cd "$top" && find src -name '*.c' | sort)
(cd "$top" && xgettext --from-code=UTF-8 -k_ -kN_ -o "$OLDPWD/now.pot" $srcs) 2>err ||
	fail "xgettext failed"
msgcmp "$top/src/po/da.po" now.pot >out 2>err || fail "da.po lacks messages of the sources (make po, then translate)"
msgfmt --statistics -o /dev/null "$top/src/po/da.po" 2>err
grep -q "fuzzy\|untranslated" err && fail "da.po has fuzzy or untranslated messages: $(cat err)"
finish
