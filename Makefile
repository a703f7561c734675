# hoso: build, test, install.  GNU make.
#
#   make            build ./hoso
#   make run        install missing packages, build, open the bundled dossier
#   make check      install missing packages, build, run every test
#   make check SAN=1   the same under ASan/UBSan (objects in build/san)
#   make bench      the archive-scale benchmark (tests/bench/RESULTS.md)
#   make fuzz FUZZ_SECONDS=N [FUZZ_TARGETS="a b"]   the libFuzzer targets
#                   (clang, build/fuzz), N seconds each (tests/fuzz/README.md);
#                   make check replays their corpora with the build's compiler
#   make valgrind   every headless mode under valgrind memcheck: no error,
#                   no definite or indirect leak (minutes; not in check)
#   make scan       the clang static analyzer on a fresh build (build/scan)
#   make fold-table regenerate src/text/fold_table.inc from its generator
#   make install / uninstall   PREFIX (default /usr/local), DESTDIR
#
# The layers (src/README.md has the table and the rules):
#   base -> text -> model -> doc -> cli | ui -> main
# Each layer's sources are compiled seeing only include/<its layer>/ and
# the folders of the layers below it, so an upward include does not even
# compile; tests/tools/layers.sh checks the same rules (and the system
# headers: curses only in ui) before anything is compiled.  The core
# archive (base..cli) never links ncurses; the UI archive holds src/ui.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
SHAREDIR = $(PREFIX)/share/hoso

CC ?= cc
PKG_CONFIG ?= pkg-config

WARN = -Wall -Wextra -Wformat=2 -Wshadow -Wwrite-strings -Wstrict-prototypes \
       -Wmissing-prototypes -Wpointer-arith -Wundef -Wcast-qual -Wcast-align \
       -Wmissing-declarations -Wnull-dereference -Wvla -Wredundant-decls \
       -Wold-style-definition
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c11 $(CFLAGS) $(WARN) $(EXTRA_CFLAGS)
CPPFLAGS_ALL = -D_GNU_SOURCE -DHOSO_SHAREDIR='"$(SHAREDIR)"' $(CPPFLAGS)
ifeq ($(FUZZ),1)
# The libFuzzer build (make fuzz): the core compiled by clang with the
# fuzzer's coverage and the sanitizers, in a build directory of its own.
BUILD = build/fuzz
CC = $(FUZZ_CC)
ALL_CFLAGS += -fsanitize=fuzzer-no-link,address,undefined \
	      -fno-sanitize-recover=all -fno-omit-frame-pointer
SANLDFLAGS = -fsanitize=address,undefined
else ifeq ($(SAN),1)
BUILD = build/san
ALL_CFLAGS += -fsanitize=address,undefined -fno-sanitize-recover=all \
	      -fno-omit-frame-pointer
SANLDFLAGS = -fsanitize=address,undefined
else
BUILD = build/std
endif
ifeq ($(WERROR),1)
ALL_CFLAGS += -Werror
endif

# The layers, bottom up, and the include folders each one sees.
LAYERS = base text model doc cli ui main
INC_base  = -Iinclude/base
INC_text  = $(INC_base) -Iinclude/text
INC_model = $(INC_text) -Iinclude/model
INC_doc   = $(INC_model) -Iinclude/doc
INC_cli   = $(INC_doc) -Iinclude/cli
INC_ui    = $(INC_doc) -Iinclude/ui
INC_main  = $(INC_doc) -Iinclude/cli -Iinclude/ui
layer = $(firstword $(subst /, ,$(1)))

# pkg-config is only asked when something is built, so `make deps` works on
# a machine that has no pkg-config yet.
CURSES_CFLAGS = $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null | sed 's/-D_XOPEN_SOURCE=[0-9]*//; s/-D_DEFAULT_SOURCE//')
CURSES_LIBS = $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw -ltinfo)
CORE_LIBS = $(shell $(PKG_CONFIG) --libs yaml-0.1 sqlite3 2>/dev/null || echo -lyaml -lsqlite3) -lunistring -lpthread -lm
CMOCKA_LIBS = $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

SRCS = $(sort $(wildcard $(LAYERS:%=src/%/*.c)))
HDRS = $(sort $(wildcard $(LAYERS:%=include/%/*.h) $(LAYERS:%=src/%/*.h) \
	$(LAYERS:%=src/%/*.inc)))
CORE_SRCS = $(filter-out src/ui/% src/main/%,$(SRCS))
UI_SRCS = $(filter src/ui/%,$(SRCS))
CORE_OBJS = $(CORE_SRCS:src/%.c=$(BUILD)/obj/%.o)
UI_OBJS = $(UI_SRCS:src/%.c=$(BUILD)/obj/%.o)
MAIN_SRCS = $(filter src/main/%,$(SRCS))
MAIN_OBJS = $(MAIN_SRCS:src/%.c=$(BUILD)/obj/%.o)
# Unit tests of the UI (test_ui_*, and test_man, which reads the key table)
# see the UI headers and link ncurses; every other one sees the core only.
UNIT_SRCS = $(sort $(wildcard tests/unit/test_*.c))
UI_TEST_SRCS = $(filter tests/unit/test_ui_% tests/unit/test_man.c,$(UNIT_SRCS))
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
FUZZ_SRCS = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS = $(FUZZ_SRCS:tests/fuzz/%.c=$(BUILD)/tests/%)
ifeq ($(FUZZ),1)
FUZZ_MAIN =
FUZZ_LDFLAGS = -fsanitize=fuzzer,address,undefined
else
FUZZ_MAIN = tests/fuzz/replay.c
FUZZ_LDFLAGS = $(SANLDFLAGS)
endif
DEPFILES = $(SRCS:src/%.c=$(BUILD)/obj/%.d) $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%.d)

# Debian packages, each with the file that shows it is there.
DEB_CHECKS = \
	gcc:cc \
	make:make \
	pkg-config:pkg-config \
	tmux:tmux \
	mandoc:mandoc \
	libncurses-dev:/usr/include/ncursesw/curses.h \
	libunistring-dev:/usr/include/unistr.h \
	libyaml-dev:/usr/include/yaml.h \
	libsqlite3-dev:/usr/include/sqlite3.h \
	libcmocka-dev:/usr/include/cmocka.h \
	jq:jq \
	ruby-mdl:mdl

.PHONY: all run check deps install uninstall clean unit golden screen lint \
	golden-update fold-table
.DEFAULT_GOAL := all

all: hoso

ifeq ($(SAN),1)
hoso: $(BUILD)/hoso
	@true
else
# Renamed into place, so a running ./hoso (a tmux test) does not block it.
hoso: $(BUILD)/hoso
	cp $(BUILD)/hoso hoso.tmp && mv -f hoso.tmp hoso
endif

$(BUILD)/hoso: $(MAIN_OBJS) $(BUILD)/libhoso-ui.a $(BUILD)/libhoso-core.a
	$(CC) $(ALL_CFLAGS) $(SANLDFLAGS) $(LDFLAGS) -o $@ $^ $(CURSES_LIBS) \
		$(CORE_LIBS)

# The share directory is compiled into main.o: rebuild it when PREFIX
# changes, not only when the source does.
$(BUILD)/sharedir: FORCE
	@mkdir -p $(@D)
	@echo '$(SHAREDIR)' | cmp -s - $@ || echo '$(SHAREDIR)' > $@
$(BUILD)/obj/main/main.o: $(BUILD)/sharedir
.PHONY: FORCE
FORCE:

$(BUILD)/libhoso-core.a: $(CORE_OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/libhoso-ui.a: $(UI_OBJS)
	rm -f $@
	ar rcs $@ $^

# The layer rules are checked before anything is compiled, and again
# whenever a source or header changes.
$(BUILD)/layers.ok: tests/tools/layers.sh src/README.md $(SRCS) $(HDRS)
	@mkdir -p $(@D)
	@sh tests/tools/layers.sh
	@touch $@

$(BUILD)/obj/%.o: src/%.c | $(BUILD)/layers.ok
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(INC_$(call layer,$*)) \
		$(if $(filter ui,$(call layer,$*)),$(CURSES_CFLAGS)) \
		$(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libhoso-core.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(INC_cli) -Itests/unit $(ALL_CFLAGS) -MMD -MP \
		$(SANLDFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libhoso-core.a \
		$(CMOCKA_LIBS) $(CORE_LIBS)

$(UI_TEST_SRCS:tests/unit/%.c=$(BUILD)/tests/%): $(BUILD)/tests/%: \
		tests/unit/%.c $(BUILD)/libhoso-ui.a $(BUILD)/libhoso-core.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(INC_ui) -Itests/unit $(CURSES_CFLAGS) \
		$(ALL_CFLAGS) -MMD -MP $(SANLDFLAGS) $(LDFLAGS) -o $@ $< \
		$(BUILD)/libhoso-ui.a $(BUILD)/libhoso-core.a $(CMOCKA_LIBS) \
		$(CURSES_LIBS) $(CORE_LIBS)

# The fuzz targets (tests/fuzz/README.md): each tests/fuzz/fuzz_NAME.c is
# linked with libFuzzer in the FUZZ=1 build (make fuzz), and with
# tests/fuzz/replay.c in the others, so that make check replays every
# corpus file through it with the compiler of the build, clang or not.
$(FUZZ_BINS): $(BUILD)/tests/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h \
		$(FUZZ_MAIN) $(BUILD)/libhoso-core.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(INC_cli) -Itests/fuzz $(ALL_CFLAGS) \
		$(FUZZ_LDFLAGS) $(LDFLAGS) -o $@ $< $(FUZZ_MAIN) \
		$(BUILD)/libhoso-core.a $(CORE_LIBS)

.PHONY: fuzz fuzz-build
fuzz-build: $(FUZZ_BINS)

# FUZZ_SECONDS per target, one after the other; FUZZ_TARGETS picks some.
fuzz:
	$(MAKE) FUZZ=1 fuzz-build
	sh tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# src/text/fold_table.inc is generated, and committed so that a build
# needs no generator run; test_fold checks it against the linked
# libunistring, and this rule makes it again.
$(BUILD)/genfold: tests/tools/genfold.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 $(WARN) -o $@ $< -lunistring

fold-table: $(BUILD)/genfold
	$(BUILD)/genfold > src/text/fold_table.inc.tmp
	mv -f src/text/fold_table.inc.tmp src/text/fold_table.inc

-include $(DEPFILES)

deps:
	@missing=""; \
	for pair in $(DEB_CHECKS); do \
		pkg=$${pair%%:*}; what=$${pair#*:}; \
		case $$what in \
		/*) [ -e "$$what" ] || missing="$$missing $$pkg" ;; \
		*) command -v "$$what" >/dev/null 2>&1 || missing="$$missing $$pkg" ;; \
		esac; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "hoso: missing Debian packages:$$missing"; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "hoso: apt-get is not available; install these packages by hand:$$missing" >&2; \
		exit 1; \
	fi; \
	sudo=""; \
	if [ "$$(id -u)" != 0 ]; then sudo=sudo; fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	$$sudo apt-get update && $$sudo apt-get install -y --no-install-recommends $$missing

run: deps
	$(MAKE) hoso
	./hoso

# The test build is warning-free or fails.
check: deps
	$(MAKE) WERROR=1 SAN=$(SAN) hoso $(UNIT_BINS) $(FUZZ_BINS)
	@HOSO_BUILD=$(BUILD) SAN=$(SAN) sh tests/run.sh

# The benchmark (tests/bench/run.sh; minutes, not part of check):
# BENCH_MAX, BENCH_DIR, BENCH_KEEP, BENCH_RESULTS as that script says.
.PHONY: bench
bench: hoso
	HOSO_BUILD=$(BUILD) sh tests/bench/run.sh

# Every headless mode under valgrind memcheck, over the bundled dossier and
# the fixtures: no error, no definite or indirect leak (minutes; not part
# of check).  scan: the clang static analyzer over a fresh build of the
# program, every source of src/ (build/scan), failing on any report.
.PHONY: valgrind scan
valgrind: hoso
	sh tests/tools/valgrind.sh $(BUILD)/hoso

SCAN_BUILD ?= scan-build
scan:
	rm -rf build/scan
	$(SCAN_BUILD) -o build/scan/report --status-bugs $(MAKE) \
		BUILD=build/scan WERROR=0 build/scan/hoso

golden-update: hoso
	HOSO_BUILD=$(BUILD) sh tests/golden/update.sh

install: hoso
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(SHAREDIR)/themes $(DESTDIR)$(SHAREDIR)/content/articles
	install -m 755 $(BUILD)/hoso $(DESTDIR)$(BINDIR)/hoso
	install -m 644 man/hoso.1 $(DESTDIR)$(MANDIR)/man1/hoso.1
	install -m 644 themes/*.yaml $(DESTDIR)$(SHAREDIR)/themes/
	install -m 644 config.yaml.sample $(DESTDIR)$(SHAREDIR)/
	install -m 644 content/topics.yaml $(DESTDIR)$(SHAREDIR)/content/
	install -m 644 content/articles/*.txt $(DESTDIR)$(SHAREDIR)/content/articles/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hoso $(DESTDIR)$(MANDIR)/man1/hoso.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf build hoso
