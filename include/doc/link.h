/*
 * link: a place in the reader as a value, and the history of jumps as a
 * stack of such values (like a browser's back and forward lists).
 *
 * item is an article, milestone or topic index for its view; offset is a
 * byte offset into an article's stored text (reading position or target
 * passage), or a line for the other views; len > 0 marks bytes to
 * highlight on arrival (a quote, a passage, a match).
 */
#ifndef HOSO_LINK_H
#define HOSO_LINK_H

#include <stddef.h>

/* The places documents link to.  A layer above may number places of its
 * own from LINK_NVIEWS up (the reader's search results are one): history
 * stores them like any other.  LINK_URL is no place but an address that
 * leaves the program (a browser opens it): offset and len are its bytes
 * in the urls of the document holding the link, so it means nothing
 * outside that document and never goes into the history. */
enum link_view {
	LINK_ARTICLES, LINK_TIMELINE, LINK_TOPICS, LINK_URL, LINK_NVIEWS
};

struct link {
	enum link_view view;
	size_t item;
	size_t offset, len;
	/* How the reader stood there, so that back puts it back (w3m puts
	 * the cursor on the link followed): the selected link of the
	 * place's page plus one (0: none), and whether the list had the
	 * focus.  Zero in a link a document makes. */
	size_t cursor;
	int in_list;
	/* The list filter the place's view had (the reader's own numbering:
	 * 1 none, 0 whatever it has when the link is followed, as for every
	 * link a document makes). */
	unsigned filter;
};

#define LINK_HISTORY_MAX 1000

struct link_history {
	struct link *v;			/* [0, pos): back; [pos, n): forward */
	size_t n, pos, cap;
};

void link_history_init(struct link_history *h);
void link_history_free(struct link_history *h);
/* A jump is about to leave `here`: remember it and drop the forward list. */
void link_history_push(struct link_history *h, struct link here);
/* Go back from `here`: 0 and *to, or -1 when there is nothing back. */
int link_history_back(struct link_history *h, struct link here,
    struct link *to);
/* Undo a back. */
int link_history_forward(struct link_history *h, struct link here,
    struct link *to);

#endif
