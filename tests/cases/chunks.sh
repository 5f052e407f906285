# A file is checked in chunks (paragraphs, else lines, else sentences);
# nothing may be lost or doubled at a chunk's edge.  RETSTAV_CHUNK_BYTES
# makes the chunks small, so these small files cross hundreds of edges:
#  - many paragraphs: the findings are those of each paragraph alone;
#  - one paragraph of many lines, a repeated word across line breaks
#    ("det\ndet"), and one line of many sentences: the same findings in
#    small chunks as in one;
#  - a name spelled once differently at the end, counted across chunks;
#  - runs of letters longer than a chunk, with no space to cut at;
#  - words a hyphen split at a line's end ("oversæt-\ntelser").
. "$HERE/cases/lib.inc"
python3 - <<'PY'
paras = [
    "Regeringen fremlagde i går et forslag om en ny skattereform, som skal\n"
    "gøre det lettere for familier med børn at få enderne til at mødes.\n"
    "Ifølge ministeren vil reformen koste omkring to milliardr kroner.",
    "Hun læste en anden tkest om vejret. Det det regnede hele dagen, og\n"
    "bilerne kørte langsomt gennem byen.",
    "- Vi har brug for flere lærere, sagde hun til avisen.\n"
    "Skolerne mangler penge, og forældrene er bekymrede for at at det\n"
    "går ud over børnene i de mindste klasser.",
]
with open("para.txt", "w") as f:
    f.write("\n\n".join(paras * 40) + "\n")
for i, p in enumerate(paras):
    with open(f"p{i}.txt", "w") as f:
        f.write(p + "\n")
with open("paras.lines", "w") as f:
    f.write(" ".join(str(p.count("\n") + 1) for p in paras) + "\n")
# One paragraph: lines, with "det" ending one line and starting the next.
line = "det var sent, men han sagde at vi skulle gå nu, og det"
with open("lines.txt", "w") as f:
    f.write("\n".join([line] * 300) + "\ndet var sent.\n")
# One line: sentences only.
with open("line.txt", "w") as f:
    f.write("Han skrev en globa tekst om vejret. " * 300 + "Slut.\n")
# No space for many chunks: a run of letters is cut only where no short
# piece of it is left to look like a word.
with open("run.txt", "w") as f:
    f.write("Han skrev " + "ø" * 4000 + "en " + "a" * 3050 + " globa tekst.\n")
# A word a line break's hyphen split, at every line's end.
with open("hyphen.txt", "w") as f:
    f.write("\n".join(["De læste mange oversæt-"] + ["telser af de key- nesianske oversæt-"] * 200) + "\ntelser.\n")
# A name: counted in early chunks, misspelt in the last.
with open("names.txt", "w") as f:
    f.write("Så kom Kragelund hjem igen.\n\n" * 60 + "Så skrev Kragelnud et brev.\n")
PY
small() { RETSTAV_CHUNK_BYTES=100 run --no-config "$@"; }

# Paragraphs: each paragraph's findings, shifted by its first line.
small para.txt
cp out small.out
read -r l0 l1 l2 < paras.lines
: > expect
line=1
for rep in $(seq 40); do
	for i in 0 1 2; do
		run --no-config "p$i.txt"
		awk -F: -v off=$((line - 1)) -v OFS=: '{ $1 = "para.txt"; $2 = $2 + off; print }' out >> expect
		eval "n=\$l$i"
		line=$((line + n + 1))
	done
done
diff expect small.out > diff.out || fail "paragraphs in chunks differ from each alone: $(head -5 diff.out)"
[ "$(grep -c 'repeated-word' small.out)" -eq 80 ] || fail "repeated words lost or doubled"

for f in lines.txt line.txt names.txt run.txt hyphen.txt; do
	run --no-config "$f"
	cp out whole.out
	small "$f"
	diff whole.out out > diff.out || fail "$f: chunks differ from the whole: $(head -5 diff.out)"
done
small lines.txt
[ "$(grep -c "'det' is repeated" out)" -eq 300 ] || fail "a repeated word across a line break was lost at a chunk's edge"
small line.txt
[ "$(grep -c "unknown word 'globa'" out)" -eq 300 ] || fail "findings lost or doubled on one long line"
small run.txt
[ "$(wc -l < out)" -eq 1 ] || fail "a long run of letters cut into false words"
small hyphen.txt
[ "$(grep -c "stray-hyphen" out)" -eq 401 ] || fail "a word split at a line's end was judged apart at a chunk's edge"
small names.txt
expect_out "names.txt:121:10: warning: name 'Kragelnud' is spelled differently elsewhere in this file; did you mean 'Kragelund'? [name-consistency]"
finish
