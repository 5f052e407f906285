#!/bin/sh
# Installs what retstav needs to build, run and test, from Debian's
# packages only (the editors and validators are for the integration tests, clang,
# valgrind, cppcheck and clang-tidy for ci/sanitize.sh).  Runs as root, or through sudo when not root.
set -eu
PACKAGES="build-essential pkg-config gettext python3
  libhunspell-dev hunspell hunspell-da hunspell-en-us libicu-dev
  libmd4c-dev libgumbo-dev libjson-c-dev libinih-dev
  vim neovim emacs-nox python3-jsonschema python3-yaml pre-commit
  clang libclang-rt-14-dev valgrind cppcheck clang-tidy"
missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "ci/setup.sh: installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
