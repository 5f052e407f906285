#!/bin/sh
# sanitize.sh [STEP...] - the robustness steps of CI, each a make target:
#   asan      the whole suite under ASan + UBSan (-fno-sanitize-recover=all)
#   valgrind  the suite's retstav runs under memcheck, no leaks allowed
#   lint      cppcheck and clang-tidy, zero findings
#   fuzz      each libFuzzer target for FUZZ_SECONDS (default 5) seconds
# Default: all four.  Stops at the first failing step; prints each step's
# time.  Needs clang, libclang-rt-14-dev (libFuzzer), valgrind, cppcheck,
# clang-tidy.
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- asan valgrind lint fuzz
jobs=${JOBS:-$(nproc)}
for step in "$@"; do
	start=$(date +%s)
	case $step in
	asan)     make -j"$jobs" asan ;;
	valgrind) make -j"$jobs" all && make valgrind ;;
	lint)     make lint ;;
	fuzz)     make -j"$jobs" fuzz-smoke FUZZ_SMOKE_SECONDS="${FUZZ_SECONDS:-5}" ;;
	*)        echo "sanitize.sh: unknown step '$step'" >&2; exit 2 ;;
	esac
	echo "sanitize.sh: $step passed in $(( $(date +%s) - start )) s"
done
