# End to end with a real LSP client: Neovim headless (Debian's neovim) opens a
# Danish Markdown file, gets diagnostics at the right places on lines with
# æøå, applies a quick fix and adds a word to the word list.
set -e
mkdir -p bin
ln -s "$RETSTAV" bin/retstav
PATH="$PWD/bin:$PATH"
export PATH
command -v nvim > /dev/null || { echo "nvim not installed (apt-get install neovim)"; exit 1; }
export HOME="$PWD" XDG_STATE_HOME="$PWD/state" XDG_CACHE_HOME="$PWD/cache" XDG_DATA_HOME="$PWD/data"
printf '# Æbler og pærer\n\nPå Ærø plukker vi æbler i gårdn, og børnene spisr blåbær.\n' > artikel.md
printf 'ærø-ord\n' > .retstav-words.dic
timeout 120 nvim --headless --clean -u NONE -c "luafile $HERE/cases/nvim_lsp.lua" > nvim.log 2>&1 || true
cat nvim-result.txt
python3 - <<'PYEOF'
import sys
res = open("nvim-result.txt", encoding="utf-8").read().splitlines()
text = open("artikel.md", encoding="utf-8").read()
line = "På Ærø plukker vi æbler i gårdn, og børnene spisr blåbær."
def byte(w):
    return len(line[:line.index(w)].encode("utf-8"))
want = [f"diag 2 {byte(w)} {byte(w) + len(w.encode())} retstav unknown word '{w}'"
        for w in ("gårdn", "spisr")]
diags = [r for r in res if r.startswith("diag ")]
errors = [r for r in res if r.startswith("ERROR")]
fixed = [r for r in res if r.startswith("line ")]
ok = True
if errors:
    print(*errors); ok = False
if diags != want:
    print("diagnostics:", diags, "want:", want); ok = False
if not fixed or "gårdn" in fixed[0] or "gård" not in fixed[0]:
    print("quick fix not applied:", fixed); ok = False
if "gårdn" in text or "gård" not in text:
    print("file not written with the fix:", text); ok = False
if open(".retstav-words.dic", encoding="utf-8").read() != "ærø-ord\nspisr\n":
    print("word list:", repr(open(".retstav-words.dic", encoding="utf-8").read())); ok = False
if "after 0" not in res:
    print("diagnostics left after add to word list"); ok = False
sys.exit(0 if ok else 1)
PYEOF
