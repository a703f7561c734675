# The layer rules fail loudly: a copy of the tree with one wrong include
# at a time makes tests/tools/layers.sh name the file, the line and the
# rule, and the build refuses to compile it.
. tests/cli/lib.sh

copy() {
	rm -rf "$T/tree"
	mkdir -p "$T/tree/tests"
	cp -R src include "$T/tree/"
	cp -R tests/unit "$T/tree/tests/"
}
check() { sh tests/tools/layers.sh "$T/tree" >"$T/out" 2>&1; rc=$?; }

copy
check
[ "$rc" -eq 0 ] || { cat "$T/out"; fail "the tree itself breaks a layer rule"; }

# text includes a model header
copy
sed -i '1i #include "corpus.h"' "$T/tree/src/text/wrap.c"
check
status 1
has "$T/out" 'src/text/wrap.c:1: layer rule: text may include base text; "corpus.h" belongs to model'

# text includes a UI header
copy
sed -i '1i #include "ui_keys.h"' "$T/tree/src/text/fold.c"
check
status 1
has "$T/out" 'src/text/fold.c:1: layer rule: text may include base text; "ui_keys.h" belongs to ui'

# a model file includes curses
copy
sed -i '2i #include <curses.h>' "$T/tree/src/model/search.c"
check
status 1
has "$T/out" 'src/model/search.c:2: layer rule: <curses.h> is for the ui layer only; model never includes curses'

# a doc header includes ncursesw's own path
copy
sed -i '1i #include <ncursesw/curses.h>' "$T/tree/include/doc/link.h"
check
status 1
has "$T/out" 'include/doc/link.h:1: layer rule: <ncursesw/curses.h> is for the ui layer only; doc never includes curses'

# a non-UI unit test reaches into the UI
copy
sed -i '1i #include "ui_list.h"' "$T/tree/tests/unit/test_wrap.c"
check
status 1
has "$T/out" 'tests/unit/test_wrap.c:1: layer rule: cli may include base text model doc cli tests; "ui_list.h" belongs to ui'

# yaml outside the model, libunistring in base
copy
sed -i '1i #include <yaml.h>' "$T/tree/src/doc/link.c"
sed -i '1i #include <unistr.h>' "$T/tree/src/base/date.c"
check
status 1
has "$T/out" 'src/doc/link.c:1: layer rule: <yaml.h> is for the model layer only'
has "$T/out" 'src/base/date.c:1: layer rule: <unistr.h> (libunistring) is for text and above, not base'

# a folder that is not in the table, a layer without a folder
copy
mkdir "$T/tree/src/extra"
sed -i 's/^| cli | /| clix | /' "$T/tree/src/README.md"
check
status 1
has "$T/out" "src/extra: layer rule: 'extra' is not a layer of the table"
has "$T/out" "src/clix: layer rule: the table in src/README.md names layer 'clix', which has no folder"

# the size rule
copy
awk 'BEGIN { for (i = 0; i < 801; i++) print "/* */" }' >"$T/tree/src/text/big.c"
HOSO_LAYERS_SIZES=1 sh tests/tools/layers.sh "$T/tree" >"$T/out" 2>&1
has "$T/out" 'src/text/big.c: layer rule: 801 lines; no hand-written source file is over 800'

# And the compiler agrees: the text layer cannot even see model headers.
if command -v cc >/dev/null 2>&1; then
	printf '#include "corpus.h"\n' >"$T/up.c"
	if cc -fsyntax-only -Iinclude/base -Iinclude/text "$T/up.c" 2>"$T/cc"; then
		fail "a text-layer compile found corpus.h"
	fi
	has "$T/cc" 'corpus.h'
fi
done_
