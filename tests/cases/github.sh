# --format=github: workflow-command annotations with the runner's escaping
# ('%' -> %25, CR -> %0D, LF -> %0A; ',' and ':' too inside properties).
set -e
mkdir -p d
printf 'Vi spisr rødgrød på øen.\n' > 'd/a,b:c%.md'
set +e
"$RETSTAV" --format=github './d/a,b:c%.md' > out.txt
st=$?
set -e
[ "$st" = 1 ] || { echo "exit status $st, expected 1"; cat out.txt; exit 1; }
cat out.txt
want="::error file=d/a%2Cb%3Ac%25.md,line=1,col=4,endColumn=9,title=retstav unknown-word::unknown word 'spisr'; did you mean "
case "$(head -n 1 out.txt)" in
"$want"*) ;;
*) echo "expected a line starting with: $want"; exit 1 ;;
esac
[ "$(wc -l < out.txt)" = 1 ]
# Positions on a later line.
printf 'Linje et.\n\nspisr\n' > ny.md
"$RETSTAV" --format=github ny.md | grep -q '^::error file=ny.md,line=3,col=1,endColumn=6,'
