# hoso: build, test, install.  GNU make.
#
#   make            build ./hoso
#   make run        install missing packages, build, open the bundled dossier
#   make check      install missing packages, build, run every test
#   make check SAN=1   the same under ASan/UBSan (objects in build/san)
#   make install / uninstall   PREFIX (default /usr/local), DESTDIR

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
SHAREDIR = $(PREFIX)/share/hoso

CC ?= cc
PKG_CONFIG ?= pkg-config

WARN = -Wall -Wextra -Wformat=2 -Wshadow -Wwrite-strings -Wstrict-prototypes \
       -Wmissing-prototypes -Wpointer-arith -Wundef
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c11 $(CFLAGS) $(WARN) $(EXTRA_CFLAGS)
CPPFLAGS_ALL = -Iinclude -D_GNU_SOURCE \
	       -DHOSO_SHAREDIR='"$(SHAREDIR)"' $(CPPFLAGS)

ifeq ($(SAN),1)
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

# pkg-config is only asked when something is built, so `make deps` works on
# a machine that has no pkg-config yet.
CURSES_CFLAGS = $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null | sed 's/-D_XOPEN_SOURCE=[0-9]*//; s/-D_DEFAULT_SOURCE//')
LIBS = $(shell $(PKG_CONFIG) --libs ncursesw yaml-0.1 2>/dev/null || echo -lncursesw -ltinfo -lyaml) -lunistring -lpthread
CMOCKA_LIBS = $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

SRCS = $(sort $(wildcard src/*.c))
LIB_SRCS = $(filter-out src/main.c,$(SRCS))
LIB_OBJS = $(LIB_SRCS:src/%.c=$(BUILD)/obj/%.o)
UNIT_SRCS = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
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
	libcmocka-dev:/usr/include/cmocka.h

.PHONY: all run check deps install uninstall clean unit golden screen lint \
	golden-update
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

$(BUILD)/hoso: $(BUILD)/obj/main.o $(BUILD)/libhoso.a
	$(CC) $(ALL_CFLAGS) $(SANLDFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

# The share directory is compiled into main.o: rebuild it when PREFIX
# changes, not only when the source does.
$(BUILD)/sharedir: FORCE
	@mkdir -p $(@D)
	@echo '$(SHAREDIR)' | cmp -s - $@ || echo '$(SHAREDIR)' > $@
$(BUILD)/obj/main.o: $(BUILD)/sharedir
.PHONY: FORCE
FORCE:

$(BUILD)/libhoso.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(if $(filter ui%,$*),$(CURSES_CFLAGS)) \
		$(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libhoso.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(CURSES_CFLAGS) $(ALL_CFLAGS) -MMD -MP \
		$(SANLDFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libhoso.a \
		$(CMOCKA_LIBS) $(LIBS)

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
	$(MAKE) WERROR=1 SAN=$(SAN) hoso $(UNIT_BINS)
	@HOSO_BUILD=$(BUILD) SAN=$(SAN) sh tests/run.sh

golden-update: hoso
	HOSO_BUILD=$(BUILD) sh tests/golden/update.sh

install: hoso
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(SHAREDIR)/themes $(DESTDIR)$(SHAREDIR)/content/articles
	install -m 755 $(BUILD)/hoso $(DESTDIR)$(BINDIR)/hoso
	install -m 644 man/hoso.1 $(DESTDIR)$(MANDIR)/man1/hoso.1
	install -m 644 themes/*.yaml $(DESTDIR)$(SHAREDIR)/themes/
	install -m 644 content/topics.yaml $(DESTDIR)$(SHAREDIR)/content/
	install -m 644 content/articles/*.txt $(DESTDIR)$(SHAREDIR)/content/articles/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hoso $(DESTDIR)$(MANDIR)/man1/hoso.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf build hoso
