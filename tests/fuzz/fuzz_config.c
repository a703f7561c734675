/*
 * fuzz_config: the config file loader (model/config.c over model/ytree.c
 * and the schema layer) on arbitrary bytes, as a memfd.  Asserts: the
 * file is read (0); nothing is an error, only warnings, each one safe
 * line; the values are in their ranges (text width 0, no limit, or
 * 20..500; the language vi or en); the key bindings' strings are valid
 * UTF-8 with positions in the file.
 */
#include <unistd.h>

#include "config.h"
#include "diag.h"
#include "fuzz.h"

static void
check_str(const struct config_str *s)
{
	FUZZ_CHECK(s->s != NULL, "a key string without text");
	FUZZ_CHECK(fuzz_valid_utf8(s->s, strlen(s->s)), "key string");
	FUZZ_CHECK(s->line >= 1 && s->col >= 1, "key string position");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c;
	struct diag d;
	char path[64];
	int fd, rc;

	fd = fuzz_memfd(data, size, path);
	diag_init(&d, NULL);
	config_init(&c);
	rc = config_load(&c, path, &d);
	close(fd);
	FUZZ_CHECK(rc == 0, "config_load could not read a memfd");
	FUZZ_CHECK(c.text_width <= 0 || (c.text_width >= CONFIG_WIDTH_MIN &&
	    c.text_width <= CONFIG_WIDTH_MAX), "text-width out of range");
	FUZZ_CHECK(!c.have_lang || c.lang == LANG_VI || c.lang == LANG_EN,
	    "lang");
	FUZZ_CHECK(c.osc8 >= -1 && c.osc8 <= 1, "osc8");
	for (size_t i = 0; i < c.nkeys; i++) {
		check_str(&c.keys[i].action);
		for (size_t k = 0; k < c.keys[i].nkeys; k++)
			check_str(&c.keys[i].keys[k]);
	}
	if (c.copy_command != NULL)
		FUZZ_CHECK(fuzz_valid_utf8(c.copy_command,
		    strlen(c.copy_command)), "copy-command");
	FUZZ_CHECK(d.nerrors == 0, "an error in the config (only warnings)");
	fuzz_check_diag(&d);
	config_free(&c);
	diag_free(&d);
	return 0;
}
