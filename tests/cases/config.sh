# .retstav.ini: every key, the search upwards, --config, --no-config and
# the errors for bad lines.  Runs in a scratch folder ($TMPDIR).
set -u
fail=0
no() { echo "FAIL: $*"; fail=1; }
# has OUTPUT PATTERN / hasnt OUTPUT PATTERN
has() { printf '%s\n' "$1" | grep -q -- "$2" || no "expected '$2' in: $1"; }
hasnt() { if printf '%s\n' "$1" | grep -q -- "$2"; then no "did not expect '$2' in: $1"; fi; }
R() { "$RETSTAV" --no-suggest "$@" 2>&1; }

mkdir -p p/a/b p/arkiv
printf 'Vi skrev en fejjl om Zyxqvist i går, og den blev rettet af redaktionen.\n\nSlutmærke her\n\nEn fejjl i møblerne.\n' > p/a/b/art.txt
cp p/a/b/art.txt p/arkiv/gammel.txt
cp p/a/b/art.txt p/a/b/udkast.kladde.txt

# No configuration: defaults; the marker is unknown, so all is checked.
out=$(R p/a/b/art.txt); has "$out" "1:13: error"; has "$out" "5:4: error"
has "$out" "unknown name 'Zyxqvist'"

# Found from the file's folder upwards; [severity], body-end, ignore.
cat > p/.retstav.ini <<'INI'
; comments are allowed
[retstav]
body-end = Slutmærke her
ignore = arkiv/*, *.kladde.txt

[severity]
unknown-name = off
unknown-word = warning
INI
out=$(R p/a/b/art.txt); st=$?
has "$out" "1:13: warning: unknown word 'fejjl'"; hasnt "$out" "5:4"
hasnt "$out" "Zyxqvist"; has "$out" "3:1: note: page furniture from 'Slutmærke her'"
[ $st = 1 ] || no "exit $st, expected 1"
out=$(R p); has "$out" "art.txt"; hasnt "$out" "gammel.txt"; hasnt "$out" "kladde"

# Regular-expression markers; an empty body-end turns the markers off.
printf '[retstav]\nbody-end = /^slut(mærke)? +her$/\n' > p/.retstav.ini
out=$(R p/a/b/art.txt); has "$out" "3:1: note"; hasnt "$out" "5:4"
printf '[retstav]\nbody-end =\n' > p/.retstav.ini
out=$(R p/a/b/art.txt); hasnt "$out" "note: page"; has "$out" "5:4: error"

# whole-file = true checks the furniture; fail-on = error ignores warnings.
printf '[retstav]\nbody-end = Slutmærke her\nwhole-file = true\n' > p/.retstav.ini
out=$(R p/a/b/art.txt); has "$out" "5:4: error"
printf 'retstav: ukendt\nGod tekst.\n' > p/a/w.txt
printf '[retstav]\nfail-on = error\n' > p/.retstav.ini
R p/a/w.txt >/dev/null; st=$?; [ $st = 0 ] || no "fail-on = error: exit $st, expected 0"
R --fail-on=warning p/a/w.txt >/dev/null; st=$?; [ $st = 1 ] || no "--fail-on overrides: exit $st"
printf '[severity]\ndirective = error\n' > p/.retstav.ini
out=$(R p/a/w.txt); has "$out" "1:1: error: unknown retstav directive"

# A term's findings take its severity: off drops them, error keeps them.
printf 'Vi kører zorblax. Så kører zorblax igen. Uden zorblax går det ikke.\n' > p/a/t.txt
out=$(R p/a/t.txt); has "$out" "1:10: note: 'zorblax' is unknown"
printf '[severity]\nunknown-term = off\n' > p/.retstav.ini
out=$(R p/a/t.txt); st=$?; hasnt "$out" "zorblax"; [ $st = 0 ] || no "term off: exit $st"
printf '[severity]\nunknown-term = error\n' > p/.retstav.ini
out=$(R p/a/t.txt); has "$out" "1:10: error: 'zorblax' is unknown"; has "$out" "1:47: error"

# stray-hyphen off: the parts' own findings stand, nothing is lost.
printf 'De læste oversæt-telser og key- nesianske bøger.\n' > p/a/h.txt
printf '[severity]\nstray-hyphen = off\n' > p/.retstav.ini
out=$(R p/a/h.txt); hasnt "$out" "stray-hyphen"
has "$out" "1:18: error: unknown word 'telser'"; has "$out" "1:33: error: unknown word 'nesianske'"
rm p/.retstav.ini
out=$(R p/a/h.txt); has "$out" "1:10: error: 'oversæt-telser' is written as one word"

# wordlist (relative to the file's folder) and dictionary.
printf 'Zyxqvist\nfejjl\n' > p/ord.txt
printf '[retstav]\nwordlist = ord.txt\n' > p/.retstav.ini
out=$(R p/a/b/art.txt); hasnt "$out" "fejjl"; hasnt "$out" "Zyxqvist"
printf '[retstav]\ndictionary = findes_ikke_xx\n' > p/.retstav.ini
out=$(R p/a/b/art.txt); st=$?; has "$out" "findes_ikke_xx"; [ $st = 2 ] || no "bad dictionary: exit $st"
out=$(R -d da_DK p/a/b/art.txt); st=$?; [ $st = 1 ] || no "-d overrides: exit $st"

# extensions and input-format.
printf '# Overskrift med fejjl\n\nTekst `kodefejjl`.\n' > p/a/doc.md
printf '[retstav]\nextensions = txt\n' > p/.retstav.ini
out=$(R p/a); hasnt "$out" "doc.md"; has "$out" "w.txt"
printf '# Overskrift\n\nTekst `kodefejjl` her.\n' > p/a/md.txt
printf '[retstav]\ninput-format = markdown\n' > p/.retstav.ini
out=$(R p/a/md.txt); hasnt "$out" "kodefejjl"
out=$(R --input-format=text p/a/md.txt); has "$out" "kodefejjl"

# front-matter-keys.
printf -- '---\ntitle: En titelfejjl\nresume: Et resumefejjl\n---\nTekst.\n' > p/a/fm.md
printf '[retstav]\nfront-matter-keys = resume\n' > p/.retstav.ini
out=$(R p/a/fm.md); has "$out" "3:12: error: unknown word 'resumefejjl'"; hasnt "$out" "titelfejjl"
rm p/.retstav.ini
out=$(R p/a/fm.md); has "$out" "2:11: error: unknown word 'titelfejjl'"; hasnt "$out" "resumefejjl"

# --config names the file; --no-config reads none.
printf '[severity]\nunknown-word = off\n' > andet.ini
printf '[severity]\nunknown-word = note\n' > p/.retstav.ini
out=$(R --config=andet.ini p/a/b/art.txt); hasnt "$out" "fejjl"
out=$(R p/a/b/art.txt); has "$out" "note: unknown word"
out=$(R --no-config p/a/b/art.txt); has "$out" "error: unknown word"

# Bad lines: FILE:LINE: cause and exit 2.
bad() {
	printf "$1" > bad.ini
	out=$(R --config=bad.ini p/a/b/art.txt); st=$?
	[ $st = 2 ] || no "bad.ini ($1): exit $st, expected 2"
	has "$out" "^retstav: bad.ini:$2: $3"
}
bad '[retstav]\nfarve = blå\n' 2 "unknown key 'farve'"
bad '[retstav]\n\nfail-on = måske\n' 3 "invalid value 'måske' for fail-on"
bad '[severity]\nkonfus = error\n' 2 "unknown rule 'konfus'"
bad '[severity]\nconfusable = højt\n' 2 "invalid severity 'højt'"
bad '[andet]\nx = 1\n' 2 "unknown section"
bad '[retstav]\nbare en linje\n' 2 "expected 'key = value'"
bad '[retstav]\nwhole-file = måske\n' 2 "invalid value"
bad '[retstav]\ninput-format = pdf\n' 2 "invalid value 'pdf'"
out=$(R --config=findes-ikke.ini p/a/b/art.txt); st=$?
[ $st = 2 ] || no "missing --config: exit $st"; has "$out" "findes-ikke.ini: No such file"
exit $fail
