# ci/editors/vim/compiler/retstav.vim: Vim in Ex mode runs ":compiler retstav"
# and ":make", and the quickfix list holds file, line, byte column, type and
# text of every finding (lines with æøå, a file name with a space).
set -e
mkdir -p bin
ln -s "$RETSTAV" bin/retstav
PATH="$PWD/bin:$PATH"
export PATH
printf 'Æbler og pærer\n\nPå Ærø plukker vi æbler i gårdn, og børnene spisr blåbær.\nVi hilste på Kvorpstrup.\n' > 'min artikel.md'
vim -e -s -N -u NONE -i NONE --cmd "set rtp^=$ROOT/ci/editors/vim" \
	-c 'compiler retstav' \
	-c 'silent make min\ artikel.md' \
	-c "call writefile(map(getqflist(), {_, e -> bufname(e.bufnr) . '|' . e.lnum . '|' . e.col . '|' . e.type . '|' . e.text}), 'qf.txt')" \
	-c 'qa!' < /dev/null || true
cat qf.txt
python3 - <<'PYEOF'
import sys
line = "På Ærø plukker vi æbler i gårdn, og børnene spisr blåbær."
def byte(w):
    return 1 + len(line[:line.index(w)].encode("utf-8"))
got = open("qf.txt", encoding="utf-8").read().splitlines()
want = [f"min artikel.md|3|{byte(w)}|e|unknown word '{w}'" for w in ("gårdn", "spisr")]
want.append("min artikel.md|4|15|n|unknown name 'Kvorpstrup' [unknown-name]")  # "Vi hilste på " is 14 bytes
# The text is the message with its suggestions and [rule]; check the start and the end.
ok = (len(got) == 3 and all(g.startswith(w) and g.endswith("[unknown-word]")
                            for g, w in zip(got[:2], want)) and got[2] == want[2])
if not ok:
    print("quickfix:", got, "\nwant:", want)
sys.exit(0 if ok else 1)
PYEOF
