"""Sentence segmentation for news articles, with exact character offsets.

pySBD (a rule-based segmenter that scores 97.9% on the Golden Rules set) does
the cutting. It slows down sharply on long inputs, so it is fed one paragraph
at a time, very long paragraphs are first cut into chunks at safe boundaries,
and its sentences are located in the text here rather than by its own
quadratic look-up (`tests/bench/segment_bench.py` measures the difference). After it, three repairs
that news prose (and machine translation of it) needs:

- a piece that starts with a lowercase letter continues the sentence before
  it ("...the Iranian-backed Houthis. urged the Chinese government..."),
  unless it follows "word." and opens with a subject of its own, as
  translated prose that starts sentences in lowercase does ("...the highest
  level. both sides will ...");
- a piece that is only closing punctuation or a closing quotation mark
  belongs to the sentence before it;
- a quotation that is still open at the end of a piece continues into the
  next one, so a quoted passage of several sentences stays with its speaker.

Every span satisfies ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from db.text import split_paragraph as split_paragraph_quickly
from verifier import thresholds as T

# pySBD's running time grows faster than linearly with its input; past this
# length a paragraph is first cut with the quick splitter the index uses.
PYSBD_CHUNK_CHARS = 3000
# A quotation left open (an unbalanced or multi-paragraph quote) must not
# swallow the rest of the paragraph.
MAX_QUOTE_JOINS = 4
MAX_JOINED_CHARS = 1500

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ONLY_CLOSERS = re.compile(r"^[\s\"”’'»)\]}.,;:!?…]*$")
_LOWERCASE_START = re.compile(r"[\s\"“‘'(\[]*[a-z]")
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")
_INITIALISM_END = re.compile(
    r"\b((?:U\.S|U\.K|U\.N|D\.C|P\.R\.C|E\.U)\.)\s+(?=(?:The|He|She|It|They|We|I|But|However|Then|This|That"
    r"|These|Those|Meanwhile|Still|Yet|And|Its|His|Her|Their|Our)\b)"
)
# A lowercase piece is a sentence of its own only after "word." and with at least this many words.
MIN_LOWERCASE_SENTENCE_WORDS = 4
# A whole word or a whole number ("inaugurated on May 20. according to ..."), not an initial or a decimal.
_WORD_THEN_STOP = re.compile(r"(?<![.\w])(?:[A-Za-z][a-z]+|\d{1,4})[\"”’')\]]*[.!?][\"”’')\]]*$")
_ABBREVIATION_BEFORE_STOP = re.compile(
    r"(?i)(?<![\w.])(?:etc|vs|approx|incl|esp|cf|al|inc|corp|co|ltd|jr|sr|st|mr|mrs|ms|dr|gen|sen|rep|gov|lt|col"
    r"|capt|sgt|prof|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|fig|vol|pp|ca)[.]$")
# A word of letters, with the apostrophes and hyphens inside it ("Biden’s", "long-range"): what the splitter
# and the claim extractor count of a text's words, figures left out.
LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Words that carry the sentence before a full stop on: a verb with no subject of its own ("urged",
# "said"), a connective ("and", "which") or a preposition that hangs on a noun ("of", "to").
_CONTINUING_WORDS = frozenset(
    """and or but nor which who whom whose that than to of by as while whereas plus
    said says say told tells met meets made makes took takes gave gives held holds led leads sent sends
    saw sees went goes came comes began begins became becomes won left kept keeps brought thought sought
    paid set put cut let spoke speaks wrote writes is are was were will would shall should can could
    may might must has have had does did do""".split())
_PAST_FORM = re.compile(r"(?:ed|ing)$")
# Lines that are plainly separate units even inside a hard-wrapped block.
_LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,3}[.)])\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph the sentence belongs to


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # imported on first use: it compiles many expressions

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of surrounding whitespace.

    One article paragraph per line is the common layout of pasted text; a
    block of hard-wrapped lines (lines of similar length, separated from the
    next block by a blank line) is one paragraph instead.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    blocks: list[tuple[int, int]] = []
    for match in _BLANK_LINE.finditer(text):
        blocks.append((position, match.start()))
        position = match.end()
    blocks.append((position, len(text)))
    for block_start, block_end in blocks:
        lines = _line_spans(text, block_start, block_end)
        if not lines:
            continue
        if _looks_hard_wrapped(text, lines):
            spans.extend(_group_wrapped_lines(text, lines))
        else:
            spans.extend(lines)
    return spans


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    result = []
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        trimmed = _trim(text, position, line_end)
        if trimmed:
            result.append(trimmed)
        if newline < 0:
            break
        position = newline + 1
    return result


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < T.WRAPPED_MIN_LINES:
        return False
    lengths = [end - start for start, end in lines]
    widest = max(lengths)
    if widest > T.WRAPPED_MAX_LINE_CHARS:
        return False
    full = sum(1 for length in lengths[:-1] if length >= T.WRAPPED_FULL_LINE_SHARE * widest)
    if full < T.WRAPPED_FULL_LINES_SHARE * (len(lines) - 1):
        return False
    # Wrapped lines stop mid-sentence, and some of them mid-phrase before a lowercase word;
    # one paragraph per line (headline, then sentences) does neither.
    open_ends = [(line, following) for line, following in zip(lines, lines[1:], strict=False)
                 if not _TERMINAL.search(text, line[0], line[1])]
    if len(open_ends) < T.WRAPPED_OPEN_ENDS_SHARE * (len(lines) - 1):
        return False
    return any(_LOWERCASE_START.match(text, following[0], following[1]) for _, following in open_ends)


def _group_wrapped_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Joins wrapped lines; a list item or a short line ending a sentence still ends a paragraph."""
    widest = max(end - start for start, end in lines)
    groups: list[tuple[int, int]] = []
    group_start, group_end = lines[0]
    for (previous_start, previous_end), (start, end) in zip(lines, lines[1:], strict=False):
        short_and_finished = (previous_end - previous_start) < T.WRAPPED_FULL_LINE_SHARE * widest and _TERMINAL.search(
            text, previous_start, previous_end)
        if short_and_finished or _LIST_ITEM.match(text, start, end):
            groups.append((group_start, group_end))
            group_start = start
        group_end = end
    groups.append((group_start, group_end))
    return groups


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the text, in order, with offsets into it."""
    result: list[Sentence] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        for sentence_start, sentence_end in _split_paragraph(text, start, end):
            result.append(Sentence(sentence_start, sentence_end, text[sentence_start:sentence_end], number))
    return result


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for chunk_start, chunk_end in _chunks(text, start, end):
        for piece_start, piece_end in _pysbd_spans(text, chunk_start, chunk_end):
            pieces.extend(_split_after_initialisms(text, piece_start, piece_end))
    return _repair(text, pieces)


def _split_after_initialisms(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"It ended in the U.S. Then it restarted.": pySBD keeps these together.

    After "U.S." an adjective use is followed by a noun, never by a pronoun,
    an article or a conjunction, so one of those starts a new sentence.
    """
    spans = []
    for match in _INITIALISM_END.finditer(text, start, end):
        spans.append((start, match.start() + len(match.group(1))))
        start = match.end()
    spans.append((start, end))
    return spans


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= PYSBD_CHUNK_CHARS:
        return [(start, end)]
    chunks: list[tuple[int, int]] = []
    chunk_start = chunk_end = start
    for sentence_start, sentence_end in split_paragraph_quickly(text[start:end], start):
        if sentence_end - chunk_start > PYSBD_CHUNK_CHARS and chunk_end > chunk_start:
            chunks.append((chunk_start, chunk_end))
            chunk_start = sentence_start
        chunk_end = sentence_end
    if chunk_end > chunk_start:
        chunks.append((chunk_start, chunk_end))
    return chunks


def _pysbd_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """pySBD's pieces located in the text; anything it altered falls back to the quick splitter."""
    paragraph = text[start:end]
    # Newlines inside a wrapped paragraph are spaces to the segmenter; same length, same offsets.
    flat = paragraph.replace("\n", " ").replace("\r", " ")
    spans: list[tuple[int, int]] = []
    cursor = 0
    # pySBD's own segment() then looks every sentence up again with a freshly compiled expression over
    # the whole text (quadratic, and a sentence it cannot find is dropped); its processor's sentences
    # are located here with one forward scan instead.
    for piece in _segmenter().processor(flat).process():
        stripped = piece.strip()
        if not stripped:
            continue
        found = flat.find(stripped, cursor)
        if found < 0:
            return split_paragraph_quickly(paragraph, start)
        spans.append((start + found, start + found + len(stripped)))
        cursor = found + len(stripped)
    return spans


def _open_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened in this span is still open at its end."""
    segment = text[start:end]
    curly = segment.count("“") - segment.count("”")
    if curly > 0:
        return True
    if curly < 0:
        return False
    return segment.count('"') % 2 == 1


def _lowercase_sentence(text: str, previous_start: int, previous_end: int, start: int, end: int) -> bool:
    """Whether a piece that starts in lowercase is a sentence of its own all the same.

    Some translated prose starts sentences in lowercase ("...the highest level. both sides will ...").
    Such a piece follows a full stop after a whole word (not an abbreviation: "4 a.m. local time",
    "etc. and") and opens with a subject, not with a verb or a connective that carries the sentence
    before it on ("Houthis. urged the government ...", "... and").
    """
    if not _WORD_THEN_STOP.search(text, previous_start, previous_end):
        return False
    if _ABBREVIATION_BEFORE_STOP.search(text, previous_start, previous_end):
        return False
    words = LETTER_WORD.findall(text, start, end)
    if len(words) < MIN_LOWERCASE_SENTENCE_WORDS:
        return False
    first = words[0]
    if first == "according" and len(words) > 1 and words[1] == "to":
        return True  # "according to" opens an attribution; it never carries the sentence before it on
    return not (first in _CONTINUING_WORDS or _PAST_FORM.search(first))


def _repair(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[list[int]] = []
    joins = 0
    for start, end in pieces:
        if result:
            previous = result[-1]
            continues_lowercase = (_LOWERCASE_START.match(text, start, end) is not None
                                   and not _lowercase_sentence(text, previous[0], previous[1], start, end))
            only_closers = _ONLY_CLOSERS.match(text[start:end]) is not None
            inside_quote = (
                joins < MAX_QUOTE_JOINS
                and end - previous[0] <= MAX_JOINED_CHARS
                and _open_quote(text, previous[0], previous[1])
            )
            if continues_lowercase or only_closers or inside_quote:
                previous[1] = end
                joins += 1
                continue
        result.append([start, end])
        joins = 0
    return [(start, end) for start, end in result]
