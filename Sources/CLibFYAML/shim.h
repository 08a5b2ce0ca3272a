#ifndef CLAIMGRAPH_CLIBFYAML_SHIM_H
#define CLAIMGRAPH_CLIBFYAML_SHIM_H

/* libfyaml's event parser, behind a few helpers that Swift calls easily: a parser that
 * prints nothing and collects its errors, and one call per event that copies what the
 * loader needs (type, style, text, marks) out of the event's anonymous union. */
#include <libfyaml.h>
#include <stdbool.h>
#include <stddef.h>
#include <errno.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/// One position in the input: 0-based line and column (in characters) and the byte offset.
/// `line` is -1 when the event has no such position (an empty scalar has no token).
typedef struct cg_fy_position {
  long line;
  long column;
  size_t offset;
} cg_fy_position;

/// What the loader takes from one event.
typedef struct cg_fy_event {
  enum fy_event_type type;
  /// A scalar's style (plain for other events).
  enum fy_scalar_style style;
  /// Whether a collection is written in flow style (`[…]`, `{…}`, `[a: b]`).
  bool flow;
  /// A scalar's text, or the anchor an alias names (not NUL-terminated; NULL when none).
  const char *text;
  size_t length;
  /// Where the event's main token starts and ends.
  cg_fy_position start;
  cg_fy_position end;
  /// Where the node's anchor (`&a`) or tag (`!t`), whichever comes first, starts (at its
  /// `&` or `!`; line -1 when the node has neither). An alias starts at its `*`.
  cg_fy_position property;
} cg_fy_event;

static inline void cg_fy_ignore_output(struct fy_diag *diag, void *user, const char *buffer,
                                       size_t length) {
  (void)diag;
  (void)user;
  (void)buffer;
  (void)length;
}

/// Destroys a parser made by `cg_fy_parser_create` and its diagnostics. The parser holds a
/// reference to them and the creator another; `fy_diag_destroy` (unlike a plain unref)
/// also frees the errors collected.
static inline void cg_fy_parser_destroy(struct fy_parser *parser) {
  struct fy_diag *diag = fy_parser_get_diag(parser);
  fy_parser_destroy(parser);
  if (diag) {
    fy_diag_unref(diag);
    fy_diag_destroy(diag);
  }
}

/// A parser with `flags` (and, always, quiet output) that prints nothing and keeps its errors
/// for `cg_fy_first_error`; no input yet. NULL when out of memory.
static inline struct fy_parser *cg_fy_parser_create_quiet(enum fy_parse_cfg_flags flags) {
  struct fy_diag_cfg diagnostics;
  fy_diag_cfg_default(&diagnostics);
  diagnostics.fp = NULL;
  diagnostics.output_fn = cg_fy_ignore_output;
  diagnostics.colorize = false;
  diagnostics.level = FYET_ERROR;
  struct fy_diag *diag = fy_diag_create(&diagnostics);
  if (!diag) return NULL;
  fy_diag_set_collect_errors(diag, true);
  struct fy_parse_cfg configuration = {0};
  configuration.flags = (enum fy_parse_cfg_flags)(FYPCF_QUIET | flags);
  configuration.diag = diag;
  struct fy_parser *parser = fy_parser_create(&configuration);
  if (!parser) fy_diag_destroy(diag);
  return parser;
}

/// A YAML 1.2 event parser over `length` bytes at `text` (which must outlive it) that prints
/// nothing and keeps its errors for `cg_fy_first_error`. Duplicate keys and nesting are left
/// to the caller, which reports both with its own messages; NULL when out of memory.
static inline struct fy_parser *cg_fy_parser_create(const char *text, size_t length) {
  struct fy_parser *parser = cg_fy_parser_create_quiet(
      (enum fy_parse_cfg_flags)(FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE |
                                FYPCF_ALLOW_DUPLICATE_KEYS | FYPCF_DISABLE_DEPTH_LIMIT));
  if (!parser) return NULL;
  if (fy_parser_set_string(parser, text, length) != 0) {
    cg_fy_parser_destroy(parser);
    return NULL;
  }
  return parser;
}

/// Turns libfyaml's lines and columns back into byte offsets in the input. A parser that
/// reads through a callback splits its input every 64 KiB and counts a mark's `input_pos`
/// from the start of the piece, so the offset is found from the line and column instead
/// (which count on across pieces): from where the last one was found, forward, the way
/// libfyaml counts (a line ends at `\n`, `\r\n` or `\r`; a column is a character).
typedef struct cg_fy_locator {
  const unsigned char *bytes;
  size_t length;
  /// The last position found: 0-based line and column, and its byte offset.
  long line;
  long column;
  size_t offset;
} cg_fy_locator;

/// Moves the locator to the start of its line.
static inline void cg_fy_locator_line_start(cg_fy_locator *locator) {
  while (locator->offset > 0) {
    unsigned char previous = locator->bytes[locator->offset - 1];
    if (previous == '\n' || previous == '\r') break;
    locator->offset -= 1;
  }
  locator->column = 0;
}

/// The byte offset of a 0-based line and column (the end of the input if past it).
static inline size_t cg_fy_locate(cg_fy_locator *locator, long line, long column) {
  const unsigned char *bytes = locator->bytes;
  size_t length = locator->length;
  if (line < locator->line || (line == locator->line && column < locator->column)) {
    cg_fy_locator_line_start(locator);
    while (locator->line > line && locator->offset > 0) {
      /* step over the line break before this line (`\r\n` is one) */
      locator->offset -= 1;
      if (bytes[locator->offset] == '\n' && locator->offset > 0 &&
          bytes[locator->offset - 1] == '\r')
        locator->offset -= 1;
      locator->line -= 1;
      cg_fy_locator_line_start(locator);
    }
  }
  while (locator->line < line && locator->offset < length) {
    unsigned char byte = bytes[locator->offset++];
    if (byte == '\r' && locator->offset < length && bytes[locator->offset] == '\n')
      locator->offset += 1;
    if (byte == '\n' || byte == '\r') {
      locator->line += 1;
      locator->column = 0;
    }
  }
  while (locator->column < column && locator->offset < length) {
    locator->offset += 1;
    while (locator->offset < length && (bytes[locator->offset] & 0xC0) == 0x80)
      locator->offset += 1;
    locator->column += 1;
  }
  return locator->offset;
}

/// A mark as a position; with a locator, its offset is found from its line and column.
static inline void cg_fy_set_located(cg_fy_position *position, const struct fy_mark *mark,
                                     cg_fy_locator *locator) {
  if (mark) {
    position->line = mark->line;
    position->column = mark->column;
    position->offset = locator ? cg_fy_locate(locator, mark->line, mark->column) : mark->input_pos;
  } else {
    position->line = -1;
    position->column = -1;
    position->offset = 0;
  }
}

static inline void cg_fy_set(cg_fy_position *position, const struct fy_mark *mark) {
  cg_fy_set_located(position, mark, NULL);
}

/// Moves `earliest` to where `token` starts if that is earlier. `indicator` is the length of
/// the indicator that the token's own mark leaves out: an anchor's mark is at its name, after
/// the `&`; a tag's includes its `!`.
static inline void cg_fy_property(cg_fy_position *earliest, struct fy_token *token,
                                  long indicator, cg_fy_locator *locator) {
  if (!token) return;
  const struct fy_mark *mark = fy_token_start_mark(token);
  if (!mark || mark->column < indicator) return;
  size_t position = locator ? cg_fy_locate(locator, mark->line, mark->column) : mark->input_pos;
  size_t offset = position - (size_t)indicator;
  if (earliest->line < 0 || offset < earliest->offset) {
    earliest->line = mark->line;
    earliest->column = mark->column - indicator;
    earliest->offset = offset;
  }
}

/// Whether `length` bytes at `text` hold `byte`.
static inline bool cg_fy_holds(const char *text, size_t length, char byte) {
  for (size_t index = 0; index < length; index++) {
    if (text[index] == byte) return true;
  }
  return false;
}

/// Points `info` at a scalar's text in the input itself when it needs no processing: a
/// scalar on one line, plain, or quoted with no escape (`\` in double quotes, `''` in single
/// quotes). The token's marks then bound exactly its text (inside the quotes). This spares
/// libfyaml's text formatting, a good part of a parse, for nearly every scalar of a graph
/// file. False when the text must be formatted.
static inline bool cg_fy_direct_text(const char *input, size_t input_length, cg_fy_event *info) {
  if (info->start.line < 0 || info->start.line != info->end.line) return false;
  if (info->end.offset < info->start.offset || info->end.offset > input_length) return false;
  const char *text = input + info->start.offset;
  size_t length = info->end.offset - info->start.offset;
  switch (info->style) {
  case FYSS_PLAIN:
    break;
  case FYSS_SINGLE_QUOTED:
    if (cg_fy_holds(text, length, '\'')) return false;
    break;
  case FYSS_DOUBLE_QUOTED:
    if (cg_fy_holds(text, length, '\\')) return false;
    break;
  default:
    return false;
  }
  info->text = text;
  info->length = length;
  return true;
}

/// Parses the next event into `info`; returns it (to be freed with `fy_parser_event_free`
/// once its text is copied), or NULL at the end of the input or at an error. `input` is the
/// text the parser reads (`input_length` bytes); `locator`, when the parser reads it through a
/// callback, finds offsets in it (NULL when the parser reads it from memory).
static inline struct fy_event *cg_fy_next_located(struct fy_parser *parser, const char *input,
                                                  size_t input_length, cg_fy_locator *locator,
                                                  cg_fy_event *info) {
  struct fy_event *event = fy_parser_parse(parser);
  if (!event) return NULL;
  info->type = event->type;
  info->style = FYSS_PLAIN;
  info->flow = false;
  info->text = NULL;
  info->length = 0;
  cg_fy_set(&info->property, NULL);
  struct fy_token *anchor = NULL;
  struct fy_token *tag = NULL;
  switch (event->type) {
  case FYET_SCALAR:
    anchor = event->scalar.anchor;
    tag = event->scalar.tag;
    break;
  case FYET_MAPPING_START:
    anchor = event->mapping_start.anchor;
    tag = event->mapping_start.tag;
    break;
  case FYET_SEQUENCE_START:
    anchor = event->sequence_start.anchor;
    tag = event->sequence_start.tag;
    break;
  default:
    break;
  }
  /* Properties come first in the text, so that the locator mostly moves forward. */
  cg_fy_property(&info->property, anchor, 1, locator);
  cg_fy_property(&info->property, tag, 0, locator);
  cg_fy_set_located(&info->start, fy_event_start_mark(event), locator);
  cg_fy_set_located(&info->end, fy_event_end_mark(event), locator);
  switch (event->type) {
  case FYET_SCALAR:
    info->style = fy_token_scalar_style(event->scalar.value);
    if (event->scalar.value && !cg_fy_direct_text(input, input_length, info)) {
      info->text = fy_token_get_text(event->scalar.value, &info->length);
    }
    break;
  case FYET_MAPPING_START:
  case FYET_SEQUENCE_START:
    info->flow = fy_event_get_node_style(event) == FYNS_FLOW;
    break;
  case FYET_ALIAS:
    if (event->alias.anchor) info->text = fy_token_get_text(event->alias.anchor, &info->length);
    /* Like an anchor's, an alias's mark is at its name: the `*` is just before. */
    if (info->start.line >= 0 && info->start.column > 0) {
      info->start.column -= 1;
      info->start.offset -= 1;
    }
    break;
  default:
    break;
  }
  return event;
}

/// `cg_fy_next_located` for a parser that reads `input` from memory.
static inline struct fy_event *cg_fy_next(struct fy_parser *parser, const char *input,
                                          size_t input_length, cg_fy_event *info) {
  return cg_fy_next_located(parser, input, input_length, NULL, info);
}

/// Where a streaming parser's bytes come from (an open file, or bytes in memory), with the
/// guards that bound its memory, checked on the bytes as they pass by (nothing is parsed here):
/// - libfyaml holds on to what it parsed of a line of JSON until the line ends (about 50 bytes
///   for each byte of it), so a line longer than `max_line` bytes stops the read;
/// - libfyaml's scanner reads a flow collection that could be a key (`[[…`, `{a: {…`, a
///   document that opens with `[`) to its end before it hands over the first event of it, at
///   about 400 bytes of memory for each bracket or item, so nesting is checked here, before the
///   parser sees it: for JSON exactly (`max_depth`), for YAML by bounding how many flow
///   indicators (`[]{},:?&!*`) the parser may read beyond the last event taken
///   (`max_ahead`, in-memory bytes only).
typedef struct cg_fy_stream {
  /// The file to read, or -1 to read `bytes`.
  int fd;
  const unsigned char *bytes;
  size_t length;
  /// Bytes handed to the parser so far.
  size_t offset;
  /// The longest line let through (0: any).
  size_t max_line;
  /// Bytes of the current line so far, and the line breaks before it.
  size_t line_length;
  long lines;
  /// Set when a line is longer than `max_line` (`lines` is then its 0-based number).
  bool line_too_long;
  /// The `errno` of a failed read, or 0.
  int read_error;
  /// JSON: the deepest nesting of arrays and objects let through (0: unchecked), the depth so
  /// far, and whether the bytes so far end inside a string, just after its backslash.
  long max_depth;
  long depth;
  bool in_string;
  bool escaped;
  /// Characters of the current line so far (JSON with `max_depth` only).
  long line_characters;
  /// Set at the first bracket nested deeper than `max_depth`: its 0-based line and 1-based
  /// column (in characters).
  bool too_deep;
  long deep_line;
  long deep_column;
  /// YAML: the most flow indicators let through beyond `taken` (0: unchecked); the caller sets
  /// `taken` to where the last event it took ends. The rest is bookkeeping: indicators before
  /// `counted` and before `offset`.
  size_t max_ahead;
  size_t taken;
  size_t counted;
  size_t indicators_counted;
  size_t indicators_given;
  /// Set when the parser asked for bytes beyond `max_ahead` indicators past `taken`.
  bool too_far_ahead;
} cg_fy_stream;

/// A stream over `length` bytes in memory (or, with `fd` >= 0, over an open file), with no
/// guard set.
static inline cg_fy_stream cg_fy_stream_make(int fd, const unsigned char *bytes, size_t length) {
  cg_fy_stream stream;
  memset(&stream, 0, sizeof stream);
  stream.fd = fd;
  stream.bytes = bytes;
  stream.length = length;
  return stream;
}

/// Whether a byte is a YAML flow indicator or starts a node property or alias: what each of
/// libfyaml's tokens in a flow collection holds at least one of.
static inline bool cg_fy_is_flow_indicator(unsigned char byte) {
  switch (byte) {
  case '[': case ']': case '{': case '}': case ',': case ':': case '?': case '&': case '!':
  case '*':
    return true;
  default:
    return false;
  }
}

/// 1 for each byte `cg_fy_is_flow_indicator` accepts, 0 for every other.
static const unsigned char cg_fy_flow_indicators[256] = {
    ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1, [','] = 1,
    [':'] = 1, ['?'] = 1, ['&'] = 1, ['!'] = 1, ['*'] = 1,
};

/// How many flow indicators (`cg_fy_is_flow_indicator`) the `length` bytes at `bytes` hold;
/// counting stops (4 KiB at a time) once it passes `limit`, so a count above `limit` means
/// "more than `limit`", at whatever size the file is. A text
/// that holds no more than `max_ahead` of them cannot trip a stream's read-ahead guard,
/// wherever its events end, so it can be parsed from memory (`cg_fy_parser_create`) with
/// exactly the same outcome, and without the stream's copying, counting and locating.
static inline size_t cg_fy_count_flow_indicators(const unsigned char *bytes, size_t length,
                                                 size_t limit) {
  size_t count = 0;
  size_t index = 0;
  while (index < length && count <= limit) {
    size_t end = length - index > 4096 ? index + 4096 : length;
    for (; index < end; index++) count += cg_fy_flow_indicators[bytes[index]];
  }
  return count;
}

/// How many of the `count` bytes from `stream->offset` (in memory) the parser may have without
/// reading more than `max_ahead` flow indicators beyond `taken`.
static inline size_t cg_fy_stream_allowance(cg_fy_stream *stream, size_t count) {
  /* The counters are kept in locals while the bytes are read: the bytes are `unsigned char`,
   * which may alias the stream's fields, so the compiler would otherwise load and store the
   * counters for every byte (this read: 166 to 149 million instructions loading the 10k
   * benchmark catalogue, callgrind). */
  const unsigned char *bytes = stream->bytes;
  size_t taken = stream->taken < stream->offset ? stream->taken : stream->offset;
  size_t counted = stream->counted;
  size_t indicators_counted = stream->indicators_counted;
  for (; counted < taken; counted++) {
    if (cg_fy_is_flow_indicator(bytes[counted])) indicators_counted += 1;
  }
  stream->counted = counted;
  stream->indicators_counted = indicators_counted;
  size_t given = stream->indicators_given;
  size_t ahead = given - indicators_counted;
  size_t budget = ahead < stream->max_ahead ? stream->max_ahead - ahead : 0;
  const unsigned char *from = bytes + stream->offset;
  size_t allowed = 0;
  while (allowed < count) {
    if (cg_fy_is_flow_indicator(from[allowed])) {
      if (budget == 0) break;
      budget -= 1;
      given += 1;
    }
    allowed += 1;
  }
  stream->indicators_given = given;
  return allowed;
}

/// Scans JSON bytes for their nesting; false (and the stream marked `too_deep`) at the first
/// bracket deeper than `max_depth`. Strings are skipped, escapes and all; the rest of JSON
/// holds no bracket, so the depth is exact for any JSON (and bounded for anything else).
static inline bool cg_fy_stream_scan_json(cg_fy_stream *stream, const unsigned char *cursor,
                                          const unsigned char *end) {
  long lines = stream->lines;
  for (; cursor < end; cursor++) {
    unsigned char byte = *cursor;
    if (byte == '\n') {
      lines += 1;
      stream->line_characters = 0;
    } else if ((byte & 0xC0) != 0x80) {
      stream->line_characters += 1;
    }
    if (stream->in_string) {
      if (stream->escaped) {
        stream->escaped = false;
      } else if (byte == '\\') {
        stream->escaped = true;
      } else if (byte == '"') {
        stream->in_string = false;
      }
      continue;
    }
    switch (byte) {
    case '"':
      stream->in_string = true;
      break;
    case '[':
    case '{':
      stream->depth += 1;
      if (stream->depth > stream->max_depth) {
        stream->too_deep = true;
        stream->deep_line = lines;
        stream->deep_column = stream->line_characters;
        return false;
      }
      break;
    case ']':
    case '}':
      stream->depth -= 1;
      break;
    default:
      break;
    }
  }
  return true;
}

/// libfyaml's input callback over a `cg_fy_stream`: up to `count` bytes, or 0 at the end. A
/// failed read or a guard that trips ends the input early too (libfyaml 0.7.12 spins on a
/// callback that returns -1 between tokens); the caller reports it from the stream's flags.
static inline ssize_t cg_fy_stream_read(void *user, void *buffer, size_t count) {
  cg_fy_stream *stream = (cg_fy_stream *)user;
  if (stream->line_too_long || stream->read_error || stream->too_deep || stream->too_far_ahead)
    return 0;
  ssize_t got;
  if (stream->fd >= 0) {
    do {
      got = read(stream->fd, buffer, count);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      stream->read_error = errno;
      return 0;
    }
  } else {
    size_t left = stream->length - stream->offset;
    size_t wanted = left < count ? left : count;
    if (stream->max_ahead > 0 && wanted > 0) {
      wanted = cg_fy_stream_allowance(stream, wanted);
      if (wanted == 0) {
        stream->too_far_ahead = true;
        return 0;
      }
    }
    got = (ssize_t)wanted;
    if (got > 0) memcpy(buffer, stream->bytes + stream->offset, (size_t)got);
  }
  const unsigned char *cursor = (const unsigned char *)buffer;
  const unsigned char *end = cursor + got;
  if (stream->max_depth > 0 && !cg_fy_stream_scan_json(stream, cursor, end)) return 0;
  while (cursor < end) {
    const unsigned char *line_end = (const unsigned char *)memchr(cursor, '\n', (size_t)(end - cursor));
    size_t run = (size_t)((line_end ? line_end : end) - cursor);
    if (stream->max_line > 0 && stream->line_length + run > stream->max_line) {
      stream->line_too_long = true;
      return 0;
    }
    if (!line_end) {
      stream->line_length += run;
      break;
    }
    stream->lines += 1;
    stream->line_length = 0;
    cursor = line_end + 1;
  }
  stream->offset += (size_t)got;
  return got;
}

/// An event parser reading `stream` as it goes (which must outlive it): YAML 1.2 like
/// `cg_fy_parser_create`, or with `json`, strict JSON (libfyaml's JSON mode: no comments,
/// trailing commas, single quotes, unquoted keys, NaN or YAML syntax). Duplicate keys and
/// nesting are left to the caller; NULL when out of memory.
static inline struct fy_parser *cg_fy_stream_parser_create(cg_fy_stream *stream, bool json) {
  struct fy_parser *parser = cg_fy_parser_create_quiet(
      (enum fy_parse_cfg_flags)(FYPCF_DEFAULT_VERSION_1_2 |
                                (json ? FYPCF_JSON_FORCE : FYPCF_JSON_NONE) |
                                FYPCF_ALLOW_DUPLICATE_KEYS | FYPCF_DISABLE_DEPTH_LIMIT));
  if (!parser) return NULL;
  if (fy_parser_set_input_callback(parser, stream, cg_fy_stream_read) != 0) {
    cg_fy_parser_destroy(parser);
    return NULL;
  }
  return parser;
}

/// Points a parser made by `cg_fy_stream_parser_create` at `stream` again, to read another
/// document (a new parser costs more than the reading of a short text); `stream` must have
/// been made anew. Only a parser that read its last document to the end, without an error,
/// may start again (libfyaml 0.7.12 frees its input twice when given a new one in any other
/// state, and when `fy_parser_reset` comes first); false on failure.
static inline bool cg_fy_stream_parser_restart(struct fy_parser *parser, cg_fy_stream *stream) {
  return fy_parser_set_input_callback(parser, stream, cg_fy_stream_read) == 0;
}

/// Parses the next JSON event into `info` (type, style, text and start); returns it, to be
/// freed with `fy_parser_event_free` once its text is copied, or NULL at the end or an error.
static inline struct fy_event *cg_fy_json_next(struct fy_parser *parser, cg_fy_event *info) {
  struct fy_event *event = fy_parser_parse(parser);
  if (!event) return NULL;
  info->type = event->type;
  info->style = FYSS_PLAIN;
  info->flow = true;
  info->text = NULL;
  info->length = 0;
  cg_fy_set(&info->start, fy_event_start_mark(event));
  cg_fy_set(&info->end, NULL);
  cg_fy_set(&info->property, NULL);
  if (event->type == FYET_SCALAR && event->scalar.value) {
    info->style = fy_token_scalar_style(event->scalar.value);
    info->text = fy_token_get_text(event->scalar.value, &info->length);
  }
  return event;
}

/// The first error the parser met: its message and 1-based line and column; false if none.
static inline bool cg_fy_first_error(struct fy_parser *parser, const char **message, int *line,
                                     int *column) {
  struct fy_diag *diag = fy_parser_get_diag(parser);
  if (!diag) return false;
  void *iterator = NULL;
  struct fy_diag_error *error;
  bool found = false;
  while ((error = fy_diag_errors_iterate(diag, &iterator)) != NULL) {
    if (error->type < FYET_ERROR) continue;
    *message = error->msg;
    *line = error->line;
    *column = error->column;
    found = true;
    break;
  }
  fy_diag_unref(diag);
  return found;
}

#endif
