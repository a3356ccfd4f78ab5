"""The one place that makes untrusted text (quotes, outlet names, file names, messages) safe for each output."""

from __future__ import annotations

import html
import re

__all__ = [
    "UNSAFE_RANGES",
    "visible",
    "shorten",
    "plain",
    "escape_markup",
    "for_terminal",
    "for_markdown_cell",
    "for_github_message",
    "for_github_property",
    "escape_github_data",
    "escape_github_property",
    "for_json",
    "escape_json_text",
    "html_visible",
    "for_html",
    "safe_url",
]

# Every code point of Unicode general category Cc (C0, DEL, C1), Cf (format: bidirectional
# embeddings, overrides and isolates, zero-width spaces and joiners, soft hyphen, BOM, tag
# characters), Cs (lone surrogates, which cannot even be encoded), Zl and Zp (line and paragraph
# separators). Listed rather than computed from unicodedata at import, which takes 140 ms;
# tests/test_sanitize.py checks the list against the running Python's Unicode database.
UNSAFE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x206F),
    (0xD800, 0xDFFF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)

_UNSAFE = re.compile(
    "[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in UNSAFE_RANGES) + "]"
)
_CRLF = re.compile(r"\r\n?")
_ELLIPSIS = "…"


def visible(char: str) -> str:
    """One character as a Python-style escape that shows what it was: \\x1b, \\u202e, \\U000e0041."""
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shorten(text: str, max_length: int | None) -> str:
    """Text cut to at most max_length characters, ending in an ellipsis when cut."""
    if max_length is None or len(text) <= max_length:
        return text
    return text[: max(max_length - 1, 0)] + _ELLIPSIS


def _make_visible(text: str, *, newline: str | None, tab: str) -> str:
    """Unsafe characters as visible escapes; line ends (CRLF, CR, LF) become `newline` unless None."""
    if newline is not None:
        text = _CRLF.sub("\n", text)

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        if char == "\n" and newline is not None:
            return newline
        if char == "\t":
            return tab
        return visible(char)

    return _UNSAFE.sub(replace, text)


def plain(text: str, *, newlines: bool = False, max_length: int | None = None) -> str:
    """Text with every control, format and separator character removed; line ends kept or made spaces."""
    text = _CRLF.sub("\n", shorten(text, max_length))

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        if char == "\n":
            return "\n" if newlines else " "
        return " " if char == "\t" else ""

    return _UNSAFE.sub(replace, text)


# rich's own markup tag syntax (rich.markup.RE_TAGS): "[" then a lower-case letter, "#", "/" or
# "@", then anything up to the first "]". Matched without the leading backslashes rich's pattern
# includes, because `(\\*)\[` backtracks quadratically on a long run of backslashes (rich's own
# escape() takes 4 s on 40,000 of them); the run is counted by hand instead.
_MARKUP_TAG = re.compile(r"\[[a-z#/@][^\[\]]*\]")


def escape_markup(text: str) -> str:
    """Text that rich's markup parser prints literally, also when followed by a tag of ours.

    Like rich.markup.escape, a tag-like "[name]" gets a backslash (and the backslashes before it
    are doubled so they stay literal). Unlike it, this runs in linear time; a backslash before a
    "[" that is not a tag is doubled too, since rich turns "\\[" into "["; and a trailing run of
    backslashes is doubled so that f"[b]{escape_markup(x)}[/b]" cannot turn "[/b]" into text.
    """
    if "[" not in text and not text.endswith("\\"):
        return text
    pieces: list[str] = []
    position = 0
    for match in _MARKUP_TAG.finditer(text):
        start = run_start = match.start()
        while run_start > position and text[run_start - 1] == "\\":
            run_start -= 1
        pieces.append(_escape_bracket(text[position:run_start]))
        pieces.append("\\" * (2 * (start - run_start) + 1))
        pieces.append(match.group())
        position = match.end()
    tail = _escape_bracket(text[position:])
    body = tail.rstrip("\\")
    pieces.append(body + "\\" * (2 * (len(tail) - len(body))))
    return "".join(pieces)


def _escape_bracket(text: str) -> str:
    return text.replace("\\[", "\\\\[")


def for_terminal(
    text: str, *, newlines: bool = False, markup: bool = True, max_length: int | None = None
) -> str:
    """Text safe to show in a terminal, through rich or print().

    Control characters (C0 but a newline where `newlines` allows it, DEL, C1 such as the CSI
    byte 0x9b), bidirectional overrides and isolates, zero-width and other invisible format
    characters become visible escapes (\\x1b, \\u202e), so nothing can move the cursor, recolour,
    retitle the window or reorder the line. A tab becomes a space; CRLF and CR become a newline
    (or a space). With `markup`, rich markup such as "[link=...]" or a stray "[/]" is escaped to
    print literally; pass markup=False for text going into rich.text.Text or plain print().
    rich's ":emoji:" codes cannot be escaped: print with emoji=False (Text objects never expand them).
    """
    text = _make_visible(shorten(text, max_length), newline="\n" if newlines else " ", tab=" ")
    return escape_markup(text) if markup else text


# Characters with inline meaning in CommonMark and GitHub Flavored Markdown: the backslash itself,
# the cell separator, code spans, emphasis, link and image brackets, strikethrough, and GitHub's
# "$...$" math.
_MARKDOWN_INLINE = re.compile(r"([\\|`*\[\]~$])")
# An underscore between two letters or digits can neither open nor close emphasis in CommonMark:
# left as is, so ids such as "000_a3d8" stay readable in the raw file.
_MARKDOWN_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# A cell or line that begins like a block (heading, list item, quote, setext underline, ordered
# list, thematic break) or like a GitHub workflow command ("::") is neutralised at its start.
_MARKDOWN_BLOCK_START = re.compile(r"([#+=-](?=[\s#+=-]|$)|:(?=:))|(\d{1,9})([.)])(?=\s|$)")


def for_markdown_cell(text: str, *, max_length: int | None = 500) -> str:
    """Text safe inside one GitHub-flavoured markdown table cell, shown literally.

    Line ends become spaces rather than <br>: a cell is one line in GFM, <br> is raw HTML that
    renderers and CMSs which escape HTML print as "<br>", and a line break inside a quote carries
    nothing an editor needs to compare figures. HTML special characters become entities, so
    "<script>" shows as text; "|" and every inline marker (code, emphasis, links, images,
    strikethrough, math) are backslash-escaped; a leading block marker is escaped too, so the same
    text is also safe at the start of a list item or paragraph. Invisible and control characters
    become visible escapes. Long text is cut to max_length characters.
    """
    text = _make_visible(shorten(text, max_length), newline=" ", tab=" ").strip()
    text = html.escape(text, quote=False)
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    text = _MARKDOWN_UNDERSCORE.sub(r"\\_", text)
    block = _MARKDOWN_BLOCK_START.match(text)
    if block:
        if block.group(1):
            text = "\\" + text
        else:
            text = block.group(2) + "\\" + text[block.end(2) :]
    return text


def html_visible(text: str, *, max_length: int | None = None) -> str:
    """Text for an HTML page whose template escapes it (jinja2's autoescape): shown, never obeyed.

    Control, bidirectional and invisible characters become visible escapes (\\u202e), tabs and
    line ends become spaces; the HTML escaping itself is the template's, or for_html's.
    """
    return _make_visible(shorten(text, max_length), newline=" ", tab=" ")


def for_html(text: str, *, max_length: int | None = None) -> str:
    """Text safe as HTML or SVG content and inside a quoted attribute value: html_visible, then escaped.

    "<", ">", "&", '"' and "'" become entities, so no tag, attribute or entity of the input is ever parsed.
    """
    return html.escape(html_visible(text, max_length=max_length), quote=True)


_URL_SCHEMES = ("http", "https")


def safe_url(url: str | None) -> str | None:
    """The URL when a page may link to it (http or https with a host, nothing invisible in it), else None.

    javascript:, data:, vbscript:, relative and scheme-relative URLs are refused, and so are raw
    quotes, angle brackets and backslashes: a report links only to plain web addresses.
    """
    from urllib.parse import urlsplit

    if not url:
        return None
    url = url.strip()
    # Characters a real address carries percent-encoded: raw, they mean someone is building markup.
    if not url or _UNSAFE.search(url) or any(c.isspace() or c in '\\"<>`' for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _URL_SCHEMES or not parts.hostname:
        return None
    return url


def escape_github_data(text: str) -> str:
    """Workflow-command data escaped exactly as actions/toolkit's escapeData: %, CR, LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_github_property(text: str) -> str:
    """Workflow-command property escaped exactly as actions/toolkit's escapeProperty: %, CR, LF, ':', ','."""
    return escape_github_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_visible(text: str) -> str:
    # CR and LF are left for the toolkit escaping; a tab is harmless on one line.
    def replace(match: re.Match[str]) -> str:
        char = match.group()
        return char if char in "\r\n\t" else visible(char)

    return _UNSAFE.sub(replace, text)


def for_github_message(text: str, *, max_length: int | None = 4000) -> str:
    """The data of a workflow command (`::error ...::DATA`): escaped as GitHub's toolkit does.

    Other control and invisible characters become visible escapes first. Since every line we print
    starts with our own "::" and the message's line breaks become %0A, the text can never start a
    workflow command of its own, whatever "::" or "%" it holds.
    """
    return escape_github_data(_github_visible(shorten(text, max_length)))


def for_github_property(text: str, *, max_length: int | None = 1000) -> str:
    """A property value of a workflow command (file=, title=): the message escaping plus ':' and ','."""
    return escape_github_property(_github_visible(shorten(text, max_length)))


_SURROGATE = re.compile("[\ud800-\udfff]")


def for_json(text: str) -> str:
    """Text kept exactly for JSON (quotes must still match their source), but for lone surrogates.

    A lone surrogate cannot be written as UTF-8 and strict parsers reject its escape, so it becomes
    U+FFFD. Control characters stay: json escapes C0 itself, and escape_json_text the rest.
    """
    return _SURROGATE.sub("\ufffd", text)


def _json_escape(char: str) -> str:
    code = ord(char)
    if char == "\n":
        # json.dumps escapes every C0 inside strings: a raw newline is indentation, kept.
        return char
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


# In serialized JSON a raw newline is indentation (json.dumps escapes every C0 inside strings) and
# stays: leaving it out of the class spares a call per line of a report.
_JSON_RANGES = "".join(
    f"\\U{low:08x}-\\U{high:08x}"
    for a, b in UNSAFE_RANGES
    for low, high in (((a, 0x09), (0x0B, b)) if a <= 0x0A <= b else ((a, b),))
)
_UNSAFE_IN_JSON = re.compile(f"[{_JSON_RANGES}]")
_JSON_UNSAFE = re.compile(f"[{_JSON_RANGES}<>&]")


def escape_json_text(serialized: str, *, html_safe: bool = False) -> str:
    """Serialized JSON with the same data, but safe to print or embed.

    json.dumps(ensure_ascii=False) leaves DEL, C1, bidi and zero-width characters raw, so `cat
    report.json` could still drive a terminal: they become \\uXXXX escapes. "##[" (the legacy
    GitHub workflow-command prefix, matched anywhere in a log line) becomes "##\\u005b". With
    `html_safe`, "<", ">" and "&" are escaped too, for JSON-LD inside a <script> element. All of
    these occur only inside JSON strings, so the parsed value is unchanged.
    """
    pattern = _JSON_UNSAFE if html_safe else _UNSAFE_IN_JSON
    serialized = pattern.sub(lambda match: _json_escape(match.group()), serialized)
    return serialized.replace("##[", "##\\u005b")
