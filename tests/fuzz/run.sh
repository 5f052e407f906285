#!/bin/sh
# run.sh BUILD SECONDS ARGS TARGET... - runs each libFuzzer target for
# SECONDS on a corpus seeded from the tests.  A crash stops the run with
# its input under BUILD/crashes/TARGET/; add it to
# tests/fuzz/regress/TARGET/ once fixed, so make check replays it.
set -u
build=$1 secs=$2 args=$3
shift 3
here=$(dirname "$0")
status=0
for t in "$@"; do
	corpus=$build/corpus/$t
	crashes=$build/crashes/$t
	mkdir -p "$corpus" "$crashes"
	python3 "$here/seed-corpus.py" "$t" "$corpus" >/dev/null || exit 2
	log=$build/$t.log
	# shellcheck disable=SC2086
	"$build/fuzz/$t" -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 \
		-max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" \
		$args "$corpus" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
	echo "$t: exit $rc, ${runs:-?} runs in ${secs}s, $cov, corpus $(ls "$corpus" | wc -l) files"
	if [ "$rc" -ne 0 ]; then
		grep -m1 -E 'ERROR|SUMMARY|deadly signal|Test unit written' "$log"
		grep -E 'Test unit written' "$log"
		status=1
	fi
done
exit $status
