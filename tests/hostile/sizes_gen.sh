# Pathological sizes (issue 12 §1), made on the spot: sourced by
# tests/hostile/test_sizes.sh at a small scale and by tests/bench/run.sh at
# full scale.  Never committed: a case is megabytes of one pattern.
# Each gen_* writes a corpus directory DIR (articles/ and topics.yaml).

# rep UNIT COUNT: UNIT written COUNT times, nothing between
rep() { yes -- "$1" | head -n "$2" | tr -d '\n'; }

# art DIR ID: the front matter of article ID, the body from stdin
art() {
	mkdir -p "$1/articles"
	{ printf -- '---\ntitle: %s\ndate: 2023-11-27\nsource: Sizes\n---\n' "$2"
	  cat; printf '\n'; } > "$1/articles/$2.txt"
}

# A small map: one topic whose keyword is in every phrase below.
map_text() {
	printf '%s\n' 'topics:' '  - id: talks' '    title: Hội đàm' \
	    '    keywords: [hội đàm, hợp tác]'
}
small_map() { map_text > "$1/topics.yaml"; }

# The phrase of the long paragraphs: keywords, and no sentence end.
PHRASE='hai bên hội đàm về hợp tác kinh tế và quan hệ ngoại giao '

# gen_para DIR BYTES: one paragraph of about BYTES, a mention every
# few words and not one full stop
gen_para() {
	rep "$PHRASE" $(($2 / ${#PHRASE} + 1)) | art "$1" big
	small_map "$1"
}

# gen_everyword DIR BYTES TOPICS: an article of one word, and a map of
# TOPICS topics whose keyword is that word
gen_everyword() {
	rep 'hội ' $(($2 / 6 + 1)) | art "$1" big
	{
		echo 'topics:'
		i=0
		while [ "$i" -lt "$3" ]; do
			printf '  - {id: t%d, title: T%d, keywords: [hội]}\n' "$i" "$i"
			i=$((i + 1))
		done
	} > "$1/topics.yaml"
}

# gen_quotes DIR BYTES QUOTES: one article of BYTES whose last sentence
# is quoted QUOTES times by the timeline (each search reads it all)
gen_quotes() {
	{ rep "$PHRASE" $(($2 / ${#PHRASE} + 1)); printf '\n\nCâu cuối của bài.'; } |
	    art "$1" big
	{
		map_text
		echo 'timeline:'
		awk -v n="$3" 'BEGIN { for (i = 0; i < n; i++)
		    printf "  - {date: 2023, title: M%d, sources: [{article: big, quote: câu cuối của bài}]}\n", i }'
	} > "$1/topics.yaml"
}

# gen_topics DIR TOPICS: a map of TOPICS topics, each related to the next
# and its own milestone (100,000: some 17 MB of the map's 32 MiB)
gen_topics() {
	rep "$PHRASE" 20 | art "$1" small
	awk -v n="$2" 'BEGIN {
		print "topics:"
		for (i = 0; i < n; i++)
			printf "  - {id: t%d, title: Đề %d, keywords: [k%d], related: [t%d]}\n", i, n - i, i, (i + 1) % n
		print "timeline:"
		for (i = 0; i < n; i++)
			printf "  - {date: %d, title: M%d, topics: [t%d], sources: [{article: small, quote: hội đàm}]}\n", 1900 + i % 100, i, i
	}' > "$1/topics.yaml"
}

# gen_bigquote DIR BYTES: a timeline quote of at least BYTES characters
# (BYTES of the phrase's letters), the whole of a paragraph of the article
gen_bigquote() {
	q=$(rep "$PHRASE" $(($2 / ${#PHRASE})))
	printf '%s' "$q" | art "$1" big
	{
		map_text
		echo 'timeline:'
		printf '  - {date: 2023, title: Q, sources: [{article: big, quote: "%s"}]}\n' "$q"
	} > "$1/topics.yaml"
}

# gen_marks DIR MARKS: one letter with MARKS combining acute accents,
# between words
gen_marks() {
	{ printf 'Trước đó hội đàm a'; rep "$(printf '\314\201')" "$2"; printf ' sau đó hợp tác.'; } |
	    art "$1" big
	small_map "$1"
}

# gen_nospace DIR BYTES: BYTES of letters without a space
gen_nospace() {
	rep 'ViệtNamNhậtBản' $(($2 / 18 + 1)) | art "$1" big
	small_map "$1"
}

# gen_keys DIR KEYS: a map of KEYS keys beside its topics (unknown keys:
# each one warned about), the last one a duplicate of the first
gen_keys() {
	rep 'hội đàm. ' 10 | art "$1" small
	{
		map_text
		awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "x%d: %d\n", i, i; print "x0: again" }'
	} > "$1/topics.yaml"
}

# gen_deep DIR N: a map whose topics are N opening brackets deep
gen_deep() {
	rep 'hội đàm. ' 10 | art "$1" small
	{ printf 'topics: '; rep '[' "$2"; printf '\n'; } > "$1/topics.yaml"
}

# gen_segmented DIR BYTES: a word-segmented article (Việt_Nam) of BYTES
# opened by an unmatched backtick, its words between backticks and quotes
gen_segmented() {
	mkdir -p "$1/articles"
	{ printf -- '---\ntitle: Seg\nsegmented: true\n---\n`'
	  rep '`Việt_Nam hội_đàm "hợp_tác" ' $(($2 / 36 + 1)); printf '\n'; } \
	    > "$1/articles/big.txt"
	small_map "$1"
}

# gen_firstword DIR BYTES TOPICS: an article of one word, and TOPICS
# topics whose keywords begin with it ("hội tN", "hội đàm tN"): each
# word of the text starts every keyword, none matches it whole but the
# last topic's "hội"
gen_firstword() {
	rep 'hội ' $(($2 / 6 + 1)) | art "$1" big
	awk -v n="$3" 'BEGIN {
		print "topics:"
		for (i = 0; i < n - 1; i++)
			printf "  - {id: t%d, title: T%d, keywords: [hội t%d, hội đàm t%d]}\n", i, i, i, i
		printf "  - {id: t%d, title: T%d, keywords: [hội]}\n", n - 1, n - 1
	}' > "$1/topics.yaml"
}
