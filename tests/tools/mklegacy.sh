#!/bin/sh
# Regenerates tests/fixtures/legacy/ from original.utf8 (a title and three
# paragraphs of the bundled articles): one article per legacy encoding,
# with and without an encoding: line, and double-encoded UTF-8.  TCVN,
# VISCII and CP1258 come from iconv(1); VNI-WIN and the double encodings
# from tests/tools/mklegacy.c, which is built against build/std (run
# `make` first).  The output is committed; run from the repository top.
set -eu
F=tests/fixtures/legacy
A=$F/corpus/articles
B=$F/bad/articles
M=build/tools/mklegacy
mkdir -p build/tools "$A" "$B"
cc -std=c11 -D_GNU_SOURCE -Iinclude/base -Iinclude/text \
	tests/tools/mklegacy.c build/std/libhoso-core.a -lunistring -o $M

cp $F/original.utf8 $A/original.txt
# declared NAME: the original with "encoding: NAME" as its first key
declared() { sed "1a\\
encoding: $1" $F/original.utf8; }
for e in TCVN5712-1 VISCII CP1258; do
	n=$(echo "$e" | tr 'A-Z' 'a-z' | sed 's/5712-1//')
	iconv -f UTF-8 -t "$e" $F/original.utf8 >$A/$n.txt
	declared "$e" | iconv -f UTF-8 -t "$e" >$A/$n-declared.txt
done
$M VNI-WIN <$F/original.utf8 >$A/vni.txt
declared VNI-WIN | $M VNI-WIN >$A/vni-declared.txt
$M double-cp1252 <$F/original.utf8 >$A/double-cp1252.txt
$M double-latin1 <$F/original.utf8 >$A/double-latin1.txt

cat >$F/corpus/topics.yaml <<'YAML'
topics:
  - id: quan-he
    title: Quan hệ Việt Nam - Nhật Bản
    keywords: [Nhật Bản]
    related: []
YAML
cp $F/corpus/topics.yaml $F/bad/topics.yaml

# Russian in KOI8-R: not UTF-8, and Vietnamese in no encoding.
printf -- '---\ntitle: KOI8-R\n---\n%s\n' \
	'Привет, мир! Это не вьетнамский текст, а русский.' |
	iconv -f UTF-8 -t KOI8-R >$B/russian.txt
printf -- '---\ntitle: Tên\nencoding: KOI8-R\n---\nNội dung.\n' >$B/unknown.txt
