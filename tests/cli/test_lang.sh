#!/bin/sh
# One language a run (issue 10): --lang vi|en, else the config file's
# lang, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG (vi when they say vi,
# English otherwise); a bad --lang is exit 2.  Seen in --topic, whose
# headings follow the language ("Từ khóa:" / "Keywords:").  --help stays
# English whatever the language.
. tests/cli/lib.sh
export XDG_CONFIG_HOME=$T/cfg
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8

# speaks vi|en [ENV=VALUE ...] -- [hoso arguments]
speaks() {
	want=$1
	shift
	envs=""
	while [ "$1" != "--" ]; do envs="$envs $1"; shift; done
	shift
	# shellcheck disable=SC2086
	env $envs "$HOSO" -C "$FIX/corpus" --topic visas "$@" >"$T/out" 2>"$T/err"
	rc=$?
	status 0 "$envs $*"
	case $want in
	vi) grep -q "^Từ khóa:" "$T/out" && ! grep -q "^Keywords:" "$T/out" ||
	    fail "not Vietnamese: $envs $*" ;;
	en) grep -q "^Keywords:" "$T/out" && ! grep -q "^Từ khóa:" "$T/out" ||
	    fail "not English: $envs $*" ;;
	esac
}

# The environment.
speaks en --
speaks en LANG=C --
speaks vi LANGUAGE=vi --
speaks vi LANGUAGE=vi:en --
speaks en LANGUAGE=en:vi LANG=vi_VN.UTF-8 --
speaks vi LC_MESSAGES=vi_VN.UTF-8 --
speaks vi LANG=vi_VN.UTF-8 --
speaks en LC_ALL=C.UTF-8 LC_MESSAGES=vi_VN.UTF-8 --
# --lang over the environment.
speaks en LANGUAGE=vi -- --lang en
speaks vi LANGUAGE=en LC_ALL=C -- --lang vi
speaks vi -- --lang VI
# The config file over the environment, --lang over both.
mkdir -p "$T/cfg/hoso"
printf 'lang: vi\n' >"$T/cfg/hoso/config.yaml"
speaks vi LANGUAGE=en --
speaks en LANGUAGE=vi -- --lang en
printf 'lang: en\n' >"$T/cfg/hoso/config.yaml"
speaks en LANGUAGE=vi --
speaks vi -- --lang vi
# --no-config gives the environment back.
speaks vi LANGUAGE=vi -- --no-config
rm "$T/cfg/hoso/config.yaml"

# A bad --lang: one line, exit 2, nothing on stdout.
for bad in fr "" english v; do
	run --lang "$bad" --list
	status 2 "--lang '$bad'"
	has "$T/err" "hoso: --lang wants vi or en, not '$bad'"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "--lang '$bad': not one line"
	[ ! -s "$T/out" ] || fail "--lang '$bad': stdout not empty"
done
run --list --lang
status 2

# --help is English in either language, and names the option.
LANGUAGE=vi run --help
status 0
has "$T/out" "Keys in the reader:"
has "$T/out" "--lang vi|en"
run --lang vi --help
has "$T/out" "Keys in the reader:"
has "$T/out" "are in English"
hasnt "$T/out" "Bài báo"
done_
