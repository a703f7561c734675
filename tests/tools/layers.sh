#!/bin/sh
# Checks the layer rules of src/README.md against the tree: every folder of
# src/ and include/ is a layer of the table and every layer has a folder;
# every quoted #include names a header of a layer the including file may
# use; the system headers that belong to one layer appear nowhere else; no
# hand-written source file is over 800 lines.  Prints one line per
# violation, naming the rule, and exits 1; prints nothing and exits 0 when
# the tree keeps the rules.  POSIX sh and awk.
#   sh tests/tools/layers.sh [ROOT]    ROOT: the tree (default: this one)
set -u
cd "${1:-$(dirname "$0")/../..}" || exit 2

readme=src/README.md
[ -f "$readme" ] || { echo "$readme: missing: the layer table lives there"; exit 1; }

# "layer<TAB>allowed layers" from the table's rows.
table=$(awk -F'|' '
	/^\| *layer *\|/ { on = 1; next }
	on && /^\|[-| ]*$/ { next }
	on && /^\|/ {
		name = $2; allow = $3
		gsub(/^ +| +$/, "", name); gsub(/^ +| +$/, "", allow)
		print name "\t" allow
		next
	}
	on { exit }
' "$readme")
[ -n "$table" ] || { echo "$readme: no layer table found"; exit 1; }
layers=$(printf '%s\n' "$table" | cut -f1)

status=0
say() { echo "$*"; status=1; }

for d in src/* include/*; do
	[ -d "$d" ] || continue
	l=${d#*/}
	printf '%s\n' "$layers" | grep -qx "$l" ||
	    say "$d: layer rule: '$l' is not a layer of the table in $readme"
done
for l in $layers; do
	[ -d "src/$l" ] || say "src/$l: layer rule: the table in $readme names layer '$l', which has no folder"
done

# Which layer each header belongs to: "name<TAB>layer".
headers=$(for l in $layers; do
	for h in include/$l/*.h src/$l/*.h src/$l/*.inc; do
		[ -f "$h" ] && printf '%s\t%s\n' "${h##*/}" "$l"
	done
done
for h in tests/unit/*.h; do
	[ -f "$h" ] && printf '%s\ttests\n' "${h##*/}"
done)

# The layer a unit test belongs to: the UI's tests see the UI, the others
# see everything below it (they link the core archive only).
test_layer() {
	case ${1##*/} in
	test_ui_*|test_man.c) echo ui ;;
	*) echo cli ;;
	esac
}

files=$(for l in $layers; do
	ls src/$l/*.c src/$l/*.h src/$l/*.inc include/$l/*.h 2>/dev/null
done; ls tests/unit/*.c tests/unit/*.h 2>/dev/null)

for f in $files; do
	case $f in
	tests/*) l=$(test_layer "$f") ;;
	*) l=${f#*/}; l=${l%%/*} ;;
	esac
	allow=$(printf '%s\n' "$table" | awk -F'\t' -v l="$l" '$1 == l { print $2 }')
	case $f in tests/*) allow="$allow tests" ;; esac
	out=$(awk -v file="$f" -v layer="$l" -v allow="$allow" -v headers="$headers" '
		BEGIN {
			n = split(headers, hl, "\n")
			for (i = 1; i <= n; i++) {
				split(hl[i], p, "\t")
				owner[p[1]] = p[2]
			}
			m = split(allow, al, " ")
			for (i = 1; i <= m; i++)
				ok[al[i]] = 1
		}
		/^[ \t]*#[ \t]*include[ \t]*"/ {
			h = $0
			sub(/^[^"]*"/, "", h); sub(/".*/, "", h)
			base = h; sub(/.*\//, "", base)
			if (!(base in owner))
				printf "%s:%d: layer rule: \"%s\" is no header of any layer\n", file, NR, h
			else if (!(owner[base] in ok))
				printf "%s:%d: layer rule: %s may include %s; \"%s\" belongs to %s\n", file, NR, layer, allow, h, owner[base]
			next
		}
		/^[ \t]*#[ \t]*include[ \t]*</ {
			h = $0
			sub(/^[^<]*</, "", h); sub(/>.*/, "", h)
			if ((h ~ /^(n?curses|ncursesw\/|term\.h|panel\.h|menu\.h|form\.h)/) && layer != "ui")
				printf "%s:%d: layer rule: <%s> is for the ui layer only; %s never includes curses\n", file, NR, h, layer
			else if (h == "yaml.h" && layer != "model")
				printf "%s:%d: layer rule: <yaml.h> is for the model layer only (everything else reads the YAML tree)\n", file, NR
			else if (h == "sqlite3.h" && layer != "model" && file !~ /^tests\//)
				printf "%s:%d: layer rule: <sqlite3.h> is for the model layer only\n", file, NR
			else if (h ~ /^uni[a-z]*\.h$/ && layer == "base" && h != "unistd.h")
				printf "%s:%d: layer rule: <%s> (libunistring) is for text and above, not base\n", file, NR, h
		}
	' "$f")
	[ -n "$out" ] && say "$out"
	case ${HOSO_LAYERS_SIZES:-1}:$f in
	0:*|*.inc) ;;
	*)
		n=$(wc -l <"$f")
		[ "$n" -le 800 ] ||
		    say "$f: layer rule: $n lines; no hand-written source file is over 800 (split it by job)"
		;;
	esac
done
exit $status
