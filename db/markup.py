"""Plain text out of the HTML an imported publication's body may carry.

The White House's pages reach import files as Markdown with the HTML that
Markdown cannot express left inline: underlined headings (`<span style=...>`,
`<u>`), tables, images in `<figure>`, footnote marks, and in transcripts a
spoken slip struck through beside its correction ("Starting <s>tomorrow</s>
[today] and continuing ..."). Stored as it came, that markup became part of
the sentences the engine cites and compares: a table's cells glued into one
sentence, a struck word read as said. `plain_text_body` keeps what the
publication says and drops how it was drawn.

Pure text in, text out: no network, no database, so it runs on every import
line (and tests) alone. A body without a known tag comes back unchanged, byte
for byte, so a record of plain bodies imports exactly as before.
"""

from __future__ import annotations

import html
import html.entities
import re
from collections.abc import Iterable, Iterator

# Element names this module treats as markup. A "<" before anything else is
# text: Markdown's autolinks (<https://...>, <name@agency.gov>) and comparisons.
_VOID = frozenset({"br", "img", "col", "hr", "wbr", "source", "input", "meta", "link", "area", "embed", "track"})
# Struck text is what the speaker did not say, or said and corrected: the
# transcript prints the correction after it in brackets, which stays.
_STRUCK = frozenset({"s", "strike", "del"})
# Struck text that ends its paragraph is a slip only when it is this short: an element left unclosed is
# closed at the end of its paragraph (by html.parser here, by lxml in the site parsers), so what it holds
# is the rest of the paragraph. In the shared White House corpus, 4 of 1,523 struck texts end their
# paragraph, none longer than 4 words; the 11 of 5 words or more (up to 28) are all followed by their
# bracketed correction.
STRUCK_SLIP_AT_END_MAX_WORDS = 4
# Pictures, players, scripts and forms: nothing of the publication's own prose. Of a
# figure, a table (WordPress wraps tables in one) or an embedded post is kept (_figure_text).
_DROPPED = frozenset({"img", "figure", "figcaption", "picture", "svg", "video", "audio", "iframe", "object",
                      "embed", "script", "style", "noscript", "template", "button", "form", "input", "select",
                      "source", "track", "map", "area", "canvas", "col", "colgroup", "meta", "link", "head"})
# Elements that end the paragraph before them and start a new one after.
_BLOCKS = frozenset({"p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote",
                     "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr",
                     "address", "center", "caption", "table", "thead", "tbody", "tfoot", "tr", "body", "html"})
# Inline elements whose words stay and whose tags go.
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i",
                     "ins", "kbd", "mark", "q", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var",
                     "td", "th", "label", "nobr"})
_KNOWN = _VOID | _STRUCK | _DROPPED | _BLOCKS | _INLINE

_TAG_NAMES = "|".join(sorted(_KNOWN, key=len, reverse=True))
_MARKUP = re.compile(rf"</?(?:{_TAG_NAMES})(?=[\s/>])|<!--", re.IGNORECASE)
# Every "<" that does not open a known tag or a comment, to be read as text.
_TEXT_ANGLE = re.compile(rf"<(?!/?(?:{_TAG_NAMES})(?=[\s/>])|!--)", re.IGNORECASE)
# A character reference closed by its semicolon. Markdown text is not HTML-escaped: an "&" that starts
# no known reference is text ("AT&T", "R&D;"), and "&not" or "&copy" inside a word is no symbol.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_AMPERSAND = re.compile(r"&")

# A superscript that is part of the word before it: an ordinal's ending
# ("118<sup>th</sup>"), a trademark sign.
_WORD_SUPERSCRIPT = re.compile(r"(?:st|nd|rd|th|e|er|re|®|™|TM|SM|\+|-)", re.IGNORECASE)
# Digits in superscript after a ten: a power ("10<sup>26</sup> operations"); after any other
# number they mark a footnote ("from 2005 to 2017<sup>7</sup>").
_DIGITS = re.compile(r"[0-9]+")
_POWER_BASE = re.compile(r"(?<![0-9.,])10$")
# ... and a square or a cube after a unit of length: an area or a volume ("500 km<sup>2</sup>",
# "12,000 ft<sup>3</sup>"), written as a power too ("500 km^2"). In lower case only, as units are
# written: "M<sup>3</sup>" is no cubic metre. The unit stands after a number or a space ("p.m.<sup>2</sup>"
# and "I'm<sup>2</sup>" end in no unit). Not "in" (inches), mostly a word that a mark may follow.
_SQUARE_OR_CUBE = re.compile(r"[23]")
_UNIT_OF_LENGTH = re.compile(r"(?:^|(?<=[\s\d]))(?:km|m|cm|mm|\u00b5m|ft|mi|yd|nmi)\.?$")
# ... or a unit per area or volume, or an acceleration: "35 \u00b5g/m<sup>3</sup>", "9.8 m/s<sup>2</sup>".
_PER_UNIT = re.compile(r"(?<=/)(?:km|m|cm|mm|ft|s)$")
# A digit in superscript that is part of a name, as the page shows it: after a single capital letter
# ("the M<sup>3</sup> initiative") or after capitals in parentheses that stand alone ("(ISC)<sup>2</sup>"),
# which a footnote mark seldom follows. Kept as a superscript character: the name reads as the page
# writes it, and the tokenizer counts no number in it.
_NAME_SUPERSCRIPT = re.compile(r"[0-9]")
_NAME_BEFORE_SUPERSCRIPT = re.compile(r"(?:^|(?<=[\s(*_\[\u2018\u201c\"']))(?:[A-Z]|\((?P<capitals>[A-Z]{2,6})\))$")
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
# The words an abbreviation in parentheses may spell: "Gross Domestic Product (GDP)" defines GDP, and a
# footnote mark may follow the definition; small words are no letter of it ("Department of State (DOS)").
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "a", "an"})

# Markers in the text being built: a paragraph break, and the place of an
# inline element removed (the spaces on its two sides become one).
_BREAK = "\x01"
_GAP = "\x02"
_LINE = "\x03"
_HORIZONTAL_SPACE = "[ \t\u00a0]"
_GAP_WITH_SPACE = re.compile(rf"(\n?)({_HORIZONTAL_SPACE}*){_GAP}+({_HORIZONTAL_SPACE}*)")
_LINE_WITH_SPACE = re.compile(rf"{_HORIZONTAL_SPACE}*{_LINE}{_HORIZONTAL_SPACE}*")
_BREAK_WITH_SPACE = re.compile(rf"\s*{_BREAK}[\s{_BREAK}]*")
_CELL_SPACE = re.compile(r"\s+")
# Blank lines left where a comment or a dropped element stood between two paragraphs.
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*){2,}")


def has_markup(body: str) -> bool:
    """Whether body holds an HTML tag or comment this module would remove."""
    return "<" in body and _MARKUP.search(body) is not None


def plain_text_body(body: str) -> str:
    """body with its HTML turned into the plain text it shows.

    Struck text (<s>, <strike>, <del>) is dropped and its bracketed correction
    kept; pictures, figures, embeds, scripts and styles are dropped; each table
    row becomes a paragraph of its own with its cells joined by " | " (as the
    site parsers in sources/html.py store them), so a row is cited alone and
    never glued to the next; paragraphs, line breaks and list items end a
    paragraph; inline tags are unwrapped; a superscript is kept as part of its
    word ("118th", "CO2"), as a power ("10^26", "500 km^2"), as a superscript character in a name
    ("(ISC)\u00b2"), or dropped as a footnote mark
    ("since its peak<sup>1</sup>"); entities are decoded. Markdown in the text
    between tags is left as it is.
    """
    if not has_markup(body):
        return body
    if _BREAK in body or _GAP in body or _LINE in body:  # control characters never seen in a publication: keep it whole
        return body
    # Only the paragraphs holding markup are parsed (with the paragraphs an element spans): a transcript of
    # thousands of words with one struck slip costs one paragraph's parse, and the others stay as they were.
    parts = _PARAGRAPH_SEPARATOR.split(body)  # paragraph, separator, paragraph, ...
    kept: list[str] = []  # the output's paragraphs, each after the separator that precedes it
    separator = chunk_separator = ""
    chunk: list[str] = []
    depth = 0
    for index in range(0, len(parts), 2):
        paragraph = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if not chunk and not has_markup(paragraph):
            if paragraph:
                kept.append((separator if kept else "") + _decode_references(paragraph))
            separator = following
            continue
        if not chunk:
            chunk_separator = separator
        chunk += [paragraph, following]
        depth += _open_elements(paragraph)
        if depth <= 0 or index + 2 >= len(parts):
            text = _plain_text("".join(chunk[:-1]))
            if text:
                kept.append((chunk_separator if kept else "") + text)
            separator = following
            chunk, depth = [], 0
    text = "".join(kept).strip()
    if not text:
        # A publication that is nothing but pictures (a scanned memorandum, a poster) is still a
        # publication: it keeps its pictures in the body's own Markdown, one a paragraph.
        from bs4 import BeautifulSoup

        text = "\n\n".join(f"![{image.get('alt', '').strip()}]({image['src']})"
                             for image in BeautifulSoup(body, "html.parser").find_all("img")
                             if image.get("src", "").startswith("http"))
    return text


def _is_reference(text: str) -> bool:
    return text[1] == "#" or text[1:] in html.entities.html5


def _escape_bare_ampersands(markup: str) -> str:
    """markup with every "&" that opens no known character reference written as "&amp;"."""
    if "&" not in markup:
        return markup
    pieces, position = [], 0
    for match in _AMPERSAND.finditer(markup):
        reference = _REFERENCE.match(markup, match.start())
        if reference is None or not _is_reference(reference.group(0)):
            pieces += [markup[position:match.start()], "&amp;"]
            position = match.end()
    return "".join(pieces) + markup[position:]


def _decode_references(text: str) -> str:
    """text with its known character references decoded (a paragraph of a body holding markup elsewhere)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda match: html.unescape(match.group(0)) if _is_reference(match.group(0))
                          else match.group(0), text)


def _plain_text(markup: str) -> str:
    """The plain text of a run of whole paragraphs holding markup."""
    from bs4 import BeautifulSoup

    escaped = _TEXT_ANGLE.sub("&lt;", _escape_bare_ampersands(markup))
    text = "".join(_pieces(BeautifulSoup(escaped, "html.parser").contents))
    text = _GAP_WITH_SPACE.sub(_close_gap, text)
    text = _LINE_WITH_SPACE.sub("\n", text)
    text = _BREAK_WITH_SPACE.sub("\n\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _close_gap(match: re.Match) -> str:
    newline, before, after = match.groups()
    if newline:  # a paragraph's first words were removed: it starts at the next word
        return newline
    if match.string[match.end():match.end() + 1] in ("", "\n", _BREAK, _LINE):
        return ""  # or its last words were: it ends at the one before
    return before or after


def is_struck_slip(text: str, *, ends_paragraph: bool) -> bool:
    """Whether struck text is a slip to drop (its bracketed correction follows), not text a struck element
    left unclosed took in: one runs on over the paragraphs after it (its text holds a paragraph break), or,
    closed at the end of its own, holds more than STRUCK_SLIP_AT_END_MAX_WORDS words and ends it. Read as
    struck, that text would be lost. The site parsers (sources/html.py) decide the same way."""
    if "\n\n" in text:
        return False
    return not ends_paragraph or len(text.split()) <= STRUCK_SLIP_AT_END_MAX_WORDS


def _pieces(nodes: Iterable) -> Iterator[str]:
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    for node in nodes:
        if isinstance(node, PreformattedString):  # comments, doctypes, CDATA, processing instructions
            continue
        if isinstance(node, NavigableString):
            yield str(node)
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower()
        if name in _STRUCK and is_struck_slip(node.get_text(), ends_paragraph=_ends_paragraph(node)):
            yield _GAP
        elif name == "figure":
            yield _BREAK
            yield from _figure_text(node)
            yield _BREAK
        elif name in _DROPPED:
            yield _BREAK if name in ("figure", "figcaption", "picture", "video", "iframe") else _GAP
        elif name == "br":
            yield _LINE
        elif name == "tr":
            yield _BREAK
            yield " | ".join(cell for cell in (_cell_text(child) for child in node.find_all(("td", "th")))
                             if cell)
            yield _BREAK
        elif name == "sup":
            yield _superscript(node)
        elif name in _BLOCKS:
            yield _BREAK
            yield from _pieces(node.contents)
            yield _BREAK
        else:
            yield from _pieces(node.contents)


def _figure_text(node) -> Iterator[str]:
    """What a figure holds that is text: a table, or a post quoted from another site (an embedded
    post is a blockquote); never its picture, caption or video player."""
    from bs4 import Tag

    for child in node.children:
        if not isinstance(child, Tag):
            continue
        if child.name.lower() in ("table", "blockquote"):
            yield from _pieces([child])
        elif child.name.lower() not in _DROPPED:
            yield from _figure_text(child)


def _ends_paragraph(node) -> bool:
    """Whether nothing but space follows the node up to the next paragraph break (or the end), through the
    inline elements around it."""
    from bs4 import Tag

    while node is not None:
        for after in node.next_siblings:
            text = after.get_text() if isinstance(after, Tag) else str(after)
            if isinstance(after, Tag) and (after.name.lower() in _BLOCKS or after.name.lower() == "br"):
                return True
            if text.split("\n\n", 1)[0].strip():
                return False
            if "\n\n" in text:
                return True
        node = node.parent
        if node is None or not isinstance(node, Tag) or node.name.lower() not in _INLINE:
            return True
    return True


def _cell_text(cell) -> str:
    text = "".join(_pieces(cell.contents)).replace(_BREAK, " ").replace(_LINE, " ")
    text = _GAP_WITH_SPACE.sub(_close_gap, text)
    return _CELL_SPACE.sub(" ", text).strip()


def _superscript(node) -> str:
    """A <sup>'s text as the reader takes it: part of its word, a power (of ten, or of a unit: an area or a
    volume), part of a name, or a footnote mark to drop."""
    text = "".join(_pieces(node.contents))
    inner = text.strip()
    if not inner:
        return text
    if _WORD_SUPERSCRIPT.fullmatch(inner):
        return text
    if _DIGITS.fullmatch(inner):
        before = node.previous_sibling
        if isinstance(before, str) and (_POWER_BASE.search(before)
                                        or _SQUARE_OR_CUBE.fullmatch(inner) and (_UNIT_OF_LENGTH.search(before)
                                                                                 or _PER_UNIT.search(before))):
            return "^" + inner
        if isinstance(before, str) and _NAME_SUPERSCRIPT.fullmatch(inner) and _ends_in_a_name(before):
            return inner.translate(_SUPERSCRIPT_DIGITS)
    # A number or a bracketed number after a word: a footnote mark ("peak<sup>1</sup>", "<sup>[2]</sup>").
    if re.fullmatch(r"\[?[0-9*†‡§]+\]?|[*†‡§]+", inner):
        return _GAP
    return text


def _ends_in_a_name(before: str) -> bool:
    """Whether the text before a superscript digit ends in a name the digit belongs to (_NAME_BEFORE_SUPERSCRIPT):
    a single capital, or capitals in parentheses that do not abbreviate the words just before them."""
    match = _NAME_BEFORE_SUPERSCRIPT.search(before)
    if match is None:
        return False
    capitals = match.group("capitals")
    if capitals is None:
        return True
    words = [word for word in _WORD.findall(before[:match.start()])[-2 * len(capitals):]
             if word.lower() not in _SMALL_WORDS]
    initials = "".join(word[0] for word in words).upper()
    return not initials.endswith(capitals)


# Tags that open an element which has a closing tag: what keeps a run of paragraphs together as one piece of markup.
_TAG_EDGE = re.compile(rf"<(/?)({_TAG_NAMES})(?=[\s/>])[^>]*?(/?)>|<!--|-->", re.IGNORECASE)
_PARAGRAPH_SEPARATOR = re.compile(r"(\n[ \t\u00a0]*\n\s*)")


def _open_elements(paragraph: str) -> int:
    """How many more elements paragraph opens than it closes (comments count as elements)."""
    depth = 0
    for match in _TAG_EDGE.finditer(paragraph):
        text = match.group(0)
        if text == "<!--":
            depth += 1
        elif text == "-->":
            depth -= 1
        elif match.group(1):
            depth -= 1
        elif not match.group(3) and match.group(2).lower() not in _VOID:
            depth += 1
    return depth
