# --format=sarif: valid against the OASIS SARIF 2.1.0 schema (python3-jsonschema),
# artifact URIs relative to the working directory, regions on lines with
# æøå in code points and in UTF-16 units, one fix per suggestion.
set -e
PY=/usr/bin/python3	# Debian's, where python3-jsonschema lives
mkdir -p "sub dir"
printf 'Bølgerne slår mod kysten ved øen.\nMågerne skriger 🙂, og vi spisr rødgrød med fløde og bær.\n' > "sub dir/å.md"
printf 'Ingen fejl her.\n' > ren.md

set +e
"$RETSTAV" --format=sarif "sub dir/å.md" ren.md > out.sarif
st=$?
"$RETSTAV" --format=sarif --column-unit=utf-16 "$PWD/sub dir/å.md" > out16.sarif
"$RETSTAV" --format=sarif --column-unit=byte "sub dir/å.md" > byte.sarif
"$RETSTAV" --format=sarif ren.md > empty.sarif
st0=$?
set -e
[ "$st" = 1 ] || { echo "exit status $st, expected 1"; exit 1; }
[ "$st0" = 0 ] || { echo "exit status $st0 on a clean file, expected 0"; exit 1; }
$PY "$HERE/cases/sarif_validate.py" out.sarif out16.sarif byte.sarif empty.sarif
# SARIF cannot state byte columns: a byte request is served in code points.
cmp out.sarif byte.sarif

# The validator must be able to fail: a result without a message is invalid.
$PY - <<'PYEOF'
import json
d = json.load(open("out.sarif"))
del d["runs"][0]["results"][0]["message"]
d["runs"][0]["results"][0]["level"] = "fatal"
json.dump(d, open("bad.sarif", "w"))
PYEOF
if $PY "$HERE/cases/sarif_validate.py" bad.sarif > bad.log; then
	echo "the validator accepted an invalid SARIF file"; exit 1
fi
grep -q "'message' is a required property" bad.log
grep -q "fatal" bad.log

$PY - <<'PYEOF'
import json, os
lines = open("sub dir/å.md", encoding="utf-8").read().split("\n")
def col(line, word, unit):
    pre = lines[line - 1][:lines[line - 1].index(word)]
    return 1 + (len(pre) if unit == "cp" else len(pre.encode("utf-16-le")) // 2)
for path, unit, kind in (("out.sarif", "cp", "unicodeCodePoints"),
                         ("out16.sarif", "u16", "utf16CodeUnits")):
    run = json.load(open(path))["runs"][0]
    assert run["columnKind"] == kind, run["columnKind"]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file://" + os.getcwd() + "/"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "unknown-word" in ids and "confusable" in ids
    for r in run["tool"]["driver"]["rules"]:
        assert r["shortDescription"]["text"] and r["defaultConfiguration"]["level"]
    res = [r for r in run["results"] if r["ruleId"] == "unknown-word"]
    assert len(res) == 1, res
    r = res[0]
    assert r["level"] == "error"
    assert "'spisr'" in r["message"]["text"], r["message"]
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "sub%20dir/%C3%A5.md", "uriBaseId": "SRCROOT"}, loc
    reg = loc["region"]
    want = col(2, "spisr", unit)
    assert reg == {"startLine": 2, "startColumn": want, "endLine": 2, "endColumn": want + 5}, reg
    fixes = r["fixes"]
    assert fixes, "no fixes"
    texts = [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in fixes]
    assert "spise" in texts, texts
    for f in fixes:
        assert f["artifactChanges"][0]["replacements"][0]["deletedRegion"] == reg
empty = json.load(open("empty.sarif"))["runs"][0]
assert empty["results"] == [], empty["results"]
print("ok")
PYEOF
