# retstav - a Danish spelling and typo checker for editorial QA.
# make [all] | check | install | uninstall | clean | asan | ubsan | bench | bench-suggest | lint | format
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

check: all $(UNIT_BINS)
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

# The sanitizer binary finds the house data beside it, as ./retstav does.
asan:
	mkdir -p build-asan && ln -sfn ../dictionaries build-asan/dictionaries
	$(MAKE) BUILD=build-asan BIN=build-asan/retstav \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" check
ubsan: asan

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
	rm -rf build build-asan $(BIN) $(SUGINDEX)

format:
	clang-format -i $(SRCS) src/*.h src/*/*.h

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --inline-suppr -D_GNU_SOURCE --std=c11 $(SRCS)

.PHONY: FORCE all data bench bench-suggest check golden asan ubsan install uninstall clean format lint po

-include $(OBJS:.o=.d)
