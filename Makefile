# retstav - a Danish spelling and typo checker for editorial QA.
# make [all] | check | install | uninstall | clean | asan | ubsan | valgrind | fuzz | fuzz-smoke
#      | bench | bench-suggest | bench-rss | lint | format
.SUFFIXES:

VERSION  = 0.1.0
PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
DATADIR  ?= $(PREFIX)/share/retstav
LOCALEDIR ?= $(PREFIX)/share/locale
MANDIR   ?= $(PREFIX)/share/man
DESTDIR  ?=
BUILD    ?= build
BIN      ?= retstav

CC       ?= cc
PKGS     = hunspell icu-uc icu-i18n json-c md4c gumbo inih
WARN     = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes
ifeq ($(CI),true)
WERROR   = -Werror
endif
OPT      ?= -O2 -g
CFLAGS   ?= $(OPT)
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(WERROR) $(CFLAGS) \
	$(shell pkg-config --cflags $(PKGS)) \
	-DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
	-MMD -MP
LIBS     = $(shell pkg-config --libs $(PKGS)) -lpthread -lm
LDFLAGS  ?=

SRCS := $(wildcard src/*.c src/markup/*.c src/rules/*.c src/report/*.c src/lsp/*.c)
OBJS := $(SRCS:src/%.c=$(BUILD)/obj/%.o)
LIBOBJS := $(filter-out $(BUILD)/obj/main.o,$(OBJS))
MO   := $(BUILD)/locale/da/LC_MESSAGES/retstav.mo

# The suggestion index: every word form of hunspell-da as a trie that
# src/lexicon.c maps at start-up (SUGDICT=base path to use another).
SUGDICT  ?= /usr/share/hunspell/da_DK
SUGINDEX := dictionaries/da-sug.bin

all: $(BIN) $(MO) $(SUGINDEX)

$(BIN): $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LIBS)

# Objects depend on the flags they were built with (PREFIX changes DATADIR).
$(BUILD)/cflags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(ALL_CFLAGS)' | cmp -s - $@ || echo '$(ALL_CFLAGS)' > $@

$(BUILD)/obj/%.o: src/%.c $(BUILD)/cflags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libretstav.a: $(LIBOBJS)
	rm -f $@
	ar rcs $@ $(LIBOBJS)

HOUSEDICS := $(wildcard dictionaries/*.dic)
$(SUGINDEX): dictionaries/build-sugindex.py $(SUGDICT).dic $(SUGDICT).aff $(HOUSEDICS)
	python3 dictionaries/build-sugindex.py $(SUGDICT) $@ $(HOUSEDICS)

$(MO): src/po/da.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ src/po/da.po

# House data: rebuild dictionaries/da-freq.bin from the evaluation kit's
# training text (EVAL=path to override); the result is committed.
EVAL ?= ../shared/eval
data:
	python3 dictionaries/build-freq.py --eval $(EVAL) --out dictionaries/da-freq.bin

# Refresh the message template and merge it into the Danish catalogue.
po:
	xgettext --from-code=UTF-8 -k_ -kN_ -c -o src/po/retstav.pot $(SRCS)
	msgmerge --update --backup=none src/po/da.po src/po/retstav.pot

# Unit tests link the stages without main.c.
UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libretstav.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(BUILD)/libretstav.a $(LIBS)

# Fuzz targets replayed over their seeds and the crashes once found
# (tests/fuzz/replay.c), so make check and make asan keep them fixed.
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_NAMES := $(FUZZ_SRCS:tests/fuzz/%.c=%)
REPLAY_BINS := $(FUZZ_NAMES:%=$(BUILD)/tests/%)

$(BUILD)/tests/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(BUILD)/libretstav.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc -DFUZZ_NAME='"fuzz_$*"' -o $@ $< tests/fuzz/replay.c \
	  $(BUILD)/libretstav.a $(LIBS)

check: all $(UNIT_BINS) $(REPLAY_BINS)
	RETSTAV=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) python3 tests/run.py

# Golden files are rewritten here and the diff is reviewed, never accepted blindly.
golden: all
	RETSTAV=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) python3 tests/run.py --update golden/

# Suggestion speed and accuracy beside hunspell's on the same words
# (EVAL as for make data).
$(BUILD)/sugbench: tests/bench/sugbench.c $(BUILD)/libretstav.a
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(BUILD)/libretstav.a $(LIBS)

bench-suggest: all $(BUILD)/sugbench
	python3 tests/bench/suggest.py --bench $(BUILD)/sugbench --datadir dictionaries --eval $(EVAL)
# Throughput against hunspell -l on the eval sentences (tests/bench/bench.py).
EVAL       ?= ../shared/eval
BENCH_RUNS ?= 3
BENCH_FLAGS ?=
bench: all
	python3 tests/bench/bench.py --retstav ./$(BIN) --eval $(EVAL) \
	  --work $(BUILD)/bench --runs $(BENCH_RUNS) $(BENCH_FLAGS)

# Peak memory on generated 10 and 100 MB inputs (ci/rss.sh; RSS_MB=...).
RSS_MB ?= 10 100
bench-rss: all
	sh ci/rss.sh $(RSS_MB)

# The sanitizer binary finds the house data beside it, as ./retstav does.
asan:
	mkdir -p build-asan && ln -sfn ../dictionaries build-asan/dictionaries
	$(MAKE) BUILD=build-asan BIN=build-asan/retstav \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" check
ubsan: asan

# The suite with every retstav run (and unit binary) under memcheck: any
# error or definite/indirect leak fails the test.  Known noise of the
# libraries, if any, goes to tests/valgrind.supp with a reason.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	--suppressions=$(abspath tests/valgrind.supp)
# Its own build: the normal one keeps hunspell handles until exit (freeing
# them costs start-up time), which memcheck would count.
valgrind:
	$(MAKE) BUILD=build-valgrind BIN=build-valgrind/retstav \
	  CFLAGS="$(OPT) -DRETSTAV_FREE_AT_EXIT" valgrind-run
valgrind-run: all $(UNIT_BINS) $(REPLAY_BINS)
	RETSTAV_WRAPPER="$(VALGRIND)" RETSTAV=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) \
	  python3 tests/run.py

# libFuzzer (clang): make fuzz [FUZZ_SECONDS=N] [FUZZ_TARGETS="fuzz_source ..."]
# runs each target for N seconds on a corpus seeded from the tests
# (tests/fuzz/seed-corpus); crashes land in build-fuzz/crashes/TARGET/.
# A new target is one file, tests/fuzz/fuzz_NAME.c (see tests/fuzz/README.md).
FUZZ_CC      ?= clang
FUZZ_BUILD   = build-fuzz
FUZZ_SAN     = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= $(FUZZ_NAMES)
FUZZ_ARGS    ?=

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(BUILD)/libretstav.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -Isrc -o $@ $< $(BUILD)/libretstav.a $(LIBS) -lstdc++

fuzz-build:
	$(MAKE) CC=$(FUZZ_CC) BUILD=$(FUZZ_BUILD) CFLAGS="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" \
	  LDFLAGS="-fsanitize=address,undefined" $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz/%)

fuzz: fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) "$(FUZZ_ARGS)" $(FUZZ_TARGETS)

# CI: a few seconds per target; fails on any crash.
FUZZ_SMOKE_SECONDS ?= 5
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(LOCALEDIR)/da/LC_MESSAGES
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/retstav
	install -m 644 dictionaries/*.dic dictionaries/da-freq.bin $(SUGINDEX) dictionaries/README.md $(DESTDIR)$(DATADIR)/
	install -m 644 src/retstav.1 $(DESTDIR)$(MANDIR)/man1/retstav.1
	install -m 644 $(MO) $(DESTDIR)$(LOCALEDIR)/da/LC_MESSAGES/retstav.mo

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/retstav $(DESTDIR)$(MANDIR)/man1/retstav.1 \
	  $(DESTDIR)$(LOCALEDIR)/da/LC_MESSAGES/retstav.mo
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-valgrind build-fuzz $(BIN) $(SUGINDEX)

format:
	clang-format -i $(SRCS) src/*.h src/*/*.h

# Zero findings.  Suppressions are inline (cppcheck-suppress, with the
# reason beside it) or turned off here, with the reason:
#   bugprone-easily-swappable-parameters: (offset, length) pairs are the
#     house convention;  bugprone-narrowing-conversions: size_t -> int32_t
#     at ICU calls, bounded by the callers;  bugprone-assignment-in-if-
#     condition, bugprone-reserved-identifier: house style and gettext's _;
#   clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling:
#     asks for memcpy_s (Annex K), which glibc lacks;
#   clang-analyzer-valist.Uninitialized: false positive of clang 14 on
#     every va_start + vsnprintf pair (util.c, speller.c).
TIDY_CHECKS = -*,clang-analyzer-*,bugprone-*,-bugprone-easily-swappable-parameters,$\
-bugprone-reserved-identifier,-bugprone-narrowing-conversions,$\
-bugprone-assignment-in-if-condition,$\
-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling,$\
-clang-analyzer-valist.Uninitialized
lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --inline-suppr -D_GNU_SOURCE --std=c11 $(SRCS)
	clang-tidy --quiet --warnings-as-errors='*' -checks='$(TIDY_CHECKS)' $(SRCS) -- \
	  -std=c11 -D_GNU_SOURCE $(shell pkg-config --cflags $(PKGS))

.PHONY: FORCE all data bench bench-suggest bench-rss check golden asan ubsan valgrind valgrind-run fuzz fuzz-build fuzz-smoke install uninstall clean format lint po

-include $(OBJS:.o=.d)
