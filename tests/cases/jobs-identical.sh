# Output is byte-identical across -j 1 / 2 / 4 on a folder of several files,
# in every format, and --stats counts the same words whatever -j is.
set -u
d=$TMPDIR/arkiv
mkdir -p "$d/indland" "$d/udland" "$d/kultur"
cat > "$d/indland/valg.txt" <<'T'
Folketingsvalget blev afholdt i går, og regeringen mistede sit flertal.
Statsministeren sagde, at hun vil forhandle med alle partier om en ny regring.
Vælgerne i Nordjylland stemte anderledes end i hovedstadsområdet.
T
cat > "$d/indland/trafik.md" <<'T'
# Trafik i morgen

Vejdirektoratet advarer mod kø på motorvejen ved Køge. Bilisterne bør
forvente forsinkelser på op til en halv time, især omkring klokken otte.
Der er også vejarbejde på broen, hvor det ene spor er lukket indtil vidre.
T
cat > "$d/udland/topmode.txt" <<'T'
Topmødet i Bruxelles endte uden en aftale om budgettet.
Kommissionen vil fremlægge et nyt forslag efter sommerferien, siger Ursula Lindqvist.
Flere lande kræver, at landbrugsstøtten bliver skåret ned.
T
cat > "$d/kultur/anmeldelse.html" <<'T'
<html><body><article><h1>Teater</h1>
<p>Forestillingen på Betty Nansen Teatret er både morsom og rørende, og
skuespillerne spiller med stor overbevisnig fra første til sidste scene.</p>
</article></body></html>
T
# Larger files, so that workers finish out of order.
i=0
while [ $i -lt 40 ]; do
	echo "Afsnit $i: Kommunen har vedtaget et budget, der giver flere penge til skolerne og ældreplejen."
	echo "Borgmesteren kalder det et historisk forlig, mens oppositionen taler om et kompromis uden visoner."
	i=$((i + 1))
done > "$d/kultur/budget.txt"
i=0
while [ $i -lt 30 ]; do
	echo "Linje $i: Museet åbner en udstilling om vikingetiden med fund fra Roskilde Fjord og Lejre."
	i=$((i + 1))
done > "$d/udland/museum.txt"

fail=0
# Suggestions (slow) in one format; the others check without them.
for fmt in gcc json list; do
	opt=--no-suggest
	[ $fmt = gcc ] && opt=--suggestions=3
	"$RETSTAV" -j1 $opt --format=$fmt "$d" > one.$fmt 2> one.err; s1=$?
	[ -s one.$fmt ] || { echo "no output in $fmt"; fail=1; }
	for j in 2 4; do
		"$RETSTAV" -j$j $opt --format=$fmt "$d" > many.$fmt 2> many.err; sj=$?
		if ! cmp -s one.$fmt many.$fmt; then
			echo "format $fmt: -j$j differs from -j1"
			diff one.$fmt many.$fmt | head -20
			fail=1
		fi
		[ "$s1" = "$sj" ] || { echo "exit status $sj at -j$j, $s1 at -j1"; fail=1; }
	done
done
# The known typos are found at all (the comparison is not of two empty outputs).
for w in regring vidre overbevisnig visoner; do
	grep -q "'$w'" one.gcc || { echo "typo $w not reported"; fail=1; }
done
# --stats: the same words and files at every -j.
for j in 1 2 4; do
	"$RETSTAV" -j$j --no-suggest --stats "$d" 2>&1 >/dev/null |
		grep -o 'files [0-9]*, words [0-9]*' > stats.$j
done
cmp -s stats.1 stats.2 && cmp -s stats.1 stats.4 || { echo "--stats differ:"; cat stats.1 stats.2 stats.4; fail=1; }
grep -q 'files 6, ' stats.1 || { echo "expected 6 files:"; cat stats.1; fail=1; }
exit $fail
