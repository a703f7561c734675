# The style the briefs of --export are held to (tests/cli/test_export.sh
# runs mdl with it): every rule of mdl, but those below.
all
# MD013 (line length): a passage, a quote or a title is one line however
# long.  Hard-wrapping would not change the rendering, would make a line
# of quoted text start with whatever the cut left first (markup to be
# escaped anew), and a heading cannot be wrapped at all.
exclude_rule 'MD013'
# MD026 (trailing punctuation in headings): headings hold the map's
# titles as they are written, and a title may end in "?" or ".".
exclude_rule 'MD026'
