#!/bin/sh
# Control sequences in content reach the terminal only as visible markers.
. tests/cli/lib.sh
for mode in "--show esc" "--list" "--search đoạn" "--topics" "--timeline"; do
	run -C $FIX/corpus $mode
	if LC_ALL=C grep -q "$(printf '\033')" $T/out; then fail "ESC byte in $mode output"; fi
	if LC_ALL=C grep -q "$(printf '\302\233')" $T/out; then fail "U+009B in $mode output"; fi
	if LC_ALL=C grep -q "$(printf '\007')" $T/out; then fail "BEL in $mode output"; fi
done
run -C $FIX/corpus --show esc -w 200
has $T/out "^[]52;c;SGVsbG8=^G sao chép"
has $T/out "^[[2J xóa màn hình"
has $T/out "<U+009B>31m"
has $T/out "<U+202E>"
has $T/out "gạchmềm"
grep -qE 'tab +here' $T/out || fail "TAB not expanded to spaces"
LC_ALL=C grep -q "$(printf '\t')" $T/out && fail "a TAB byte in --show output"
has $T/out "byte hỏng �� và"
has $T/out "Tiêu đề có ^[[31m mã điều khiển"
has $T/out "Nguồn ^[]0;pwned^G lạ"
done_
