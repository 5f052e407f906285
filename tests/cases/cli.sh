# CLI conventions: --help, --version, bad options, Danish messages, exit codes.
set -u
fail() { echo "FAIL: $*"; exit 1; }
R=$RETSTAV
out=$($R --help) || fail "--help exit $?"
echo "$out" | grep -q '^Input:' || fail "--help lacks Input: group"
echo "$out" | grep -q '^Exit status:' || fail "--help lacks Exit status:"
$R --version | grep -Eq '^retstav [0-9]+\.[0-9]+' || fail "--version"
$R --frmat=x >out 2>err; st=$?
[ $st -eq 2 ] || fail "unknown option exit $st"
[ ! -s out ] || fail "unknown option wrote to stdout"
grep -qx "retstav: unrecognized option '--frmat=x'" err || fail "unknown option message: $(cat err)"
grep -qx "Try 'retstav --help' for more information." err || fail "Try line: $(cat err)"
$R --format=xml x 2>err; [ $? -eq 2 ] || fail "bad --format exit"
$R --fail-on=never x 2>err; [ $? -eq 2 ] || fail "bad --fail-on exit"
$R --suggestions 2>err; [ $? -eq 2 ] || fail "missing argument exit"
grep -q "requires an argument" err || fail "missing argument message"
# Danish messages by locale; severities and rule names stay English.
printf 'En fejjl her.\n' > a.txt
LANGUAGE=da $R --no-suggest a.txt > da.out
grep -qx "a.txt:1:4: error: ukendt ord 'fejjl' \[unknown-word\]" da.out || fail "Danish message: $(cat da.out)"
LANGUAGE=da $R --nope 2>err
grep -q "ukendt tilvalg" err || fail "Danish usage message: $(cat err)"
# Exit codes: 0 clean, 1 findings, 2 trouble.
printf 'En god tekst.\n' > ok.txt
$R ok.txt >/dev/null; [ $? -eq 0 ] || fail "clean file exit"
$R a.txt >/dev/null; [ $? -eq 1 ] || fail "finding exit"
$R --dictionary=/nonexistent/xx_XX ok.txt 2>err >/dev/null; [ $? -eq 2 ] || fail "missing dictionary exit"
grep -q "/nonexistent/xx_XX.dic" err || fail "missing dictionary message: $(cat err)"
# A full disk is exit 2 with a message; a closed pipe is quiet.
if [ -w /dev/full ]; then
	$R a.txt >/dev/full 2>err; [ $? -eq 2 ] || fail "/dev/full exit"
	grep -q "write error" err || fail "/dev/full message: $(cat err)"
fi
i=0; while [ $i -lt 3000 ]; do echo "fejjl nummer $i"; i=$((i+1)); done > many.txt
$R --no-suggest many.txt 2>err | head -1 >/dev/null
[ ! -s err ] || fail "closed pipe printed: $(cat err)"
exit 0
