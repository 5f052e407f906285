# Emacs: compilation-mode reads retstav's default (gcc) output with no setup
# and jumps to each word; ci/editors/emacs/flymake-retstav.el reports the
# findings of an unsaved buffer at the right characters (lines with æøå).
set -e
command -v emacs > /dev/null || { echo "emacs not installed (apt-get install emacs-nox)"; exit 1; }
export HOME="$PWD"
printf 'Æbler og pærer\n\nPå Ærø plukker vi æbler i gårdn, og børnene spisr blåbær.\n' > artikel.md
cp artikel.md flymake.md
"$RETSTAV" artikel.md > out.txt || true
emacs --batch -Q -l "$HERE/cases/emacs_test.el" > emacs.log 2>&1 || { cat emacs.log; exit 1; }
cat compile.txt flymake.txt
python3 - <<'PYEOF'
import sys
ok = True
line = "På Ærø plukker vi æbler i gårdn, og børnene spisr blåbær."
def col(w, s=line):
    return 1 + s.index(w)      # code points, as Emacs counts characters
got = open("compile.txt", encoding="utf-8").read().splitlines()
want = [f"artikel.md|3|{col('gårdn')}|gårdn|2", f"artikel.md|3|{col('spisr')}|spisr|2"]
if got != want:
    print("compile:", got, "want:", want); ok = False
got = open("flymake.txt", encoding="utf-8").read().splitlines()
want = [f"flymake.md|3|{col('gårdn')}|gårdn|5|:error|unknown word 'gårdn'",
        f"flymake.md|3|{col('spisr')}|spisr|5|:error|unknown word 'spisr'",
        f"flymake.md|4|{col('fejll', 'Til sidst en ny fejll.')}|fejll|5|:error|unknown word 'fejll'"]
if len(got) != 3 or not all(g.startswith(w) and g.endswith("[unknown-word]") for g, w in zip(got, want)):
    print("flymake:", got, "want:", want); ok = False
sys.exit(0 if ok else 1)
PYEOF
