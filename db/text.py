"""How a readout's body is cut into the sentences the full-text index holds.

This runs over every official publication on import (1.2 M sentences for the
White House corpus), so it is a single regular-expression pass, not a
linguistic segmenter; articles get the careful segmenter in `verifier/`.
Offsets are character offsets into the body as stored.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence in official
# English prose (titles, months, U.S.-style initialisms are handled apart).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col maj capt sgt adm cmdr amb hon rev st jr sr
    no nos vs etc inc corp co ltd dept jan feb mar apr jun jul aug sep sept oct nov dec
    mt ft approx est sec art para fig vol pp ed eds op cf e.g i.e a.m p.m u.s u.n u.k e.u
    d.c u.s.a p.r.c r.o.k d.p.r.k""".split()
)

# Sentence-final punctuation and closing quotes/brackets, or the end of a
# bold run-in heading ("**TRADE:** The two ..."), then space before something
# that can open a sentence: possibly bold, possibly a list bullet (scraped
# pages flatten lists into one paragraph, ". - The Board ... - The Board ...",
# and one sentence must not carry the next item's numbers or negations).
_BOUNDARY = re.compile(
    r"(?:(?P<stop>[.!?]+)[\"”’')\]]*|(?<=:\*\*))(?P<space>\s+)"
    r"(?=(?:[-•–*]\s+)?(?:\*\*)?[\"“‘'(\[]?[A-Z0-9])"
)
# A label is in capitals, a name's accented ones too ("GENERAL SECRETARY LÂM:", "PRIME MINISTER STØRE:",
# "PRESIDENT ERDOĞAN:", "GENERAL SECRETARY TRỌNG:"): without them the line would stay with the speaker before.
# Every capital Unicode knows below the Greek extended block, so the Latin Extended ones (Ğ, Ş, Ọ) count as
# well as Latin-1's.
_CAPITALS = "".join(letter for letter in map(chr, range(0xC0, 0x1F00)) if letter.isupper())
_SPEAKER_LABEL = re.compile(
    r"(?:(?P<q>Q)(?:[:.]\s*|\s+)(?=\S)"
    rf"|(?P<label>[A-Z][A-Z{_CAPITALS}.'’\- ]{{1,60}}[A-Z{_CAPITALS}.](?: \([^)]{{1,60}}\))?)(?::|\s{{2,}}(?=\S))\s*)"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CJK = re.compile(r"[\u3400-\u9fff]")

# Speakers whose words are never evidence: reporters' questions and the like.
NON_EVIDENCE_SPEAKERS = frozenset({"Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT"})


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    position: int
    start: int
    end: int
    speaker: str | None
    is_evidence: bool


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def normalise_body(body: str) -> str:
    """Line endings and outer whitespace folded so the same text always hashes the same."""
    return body.replace("\r\n", "\n").replace("\r", "\n").strip()


def detect_language(text: str) -> str:
    sample = text[:4000]
    if sample and len(_CJK.findall(sample)) > len(sample) * 0.2:
        return "zh"
    return "en"


# "Address to the Nation", "the President's address": a speech. Not the verb of an order's title ("Duties
# Addressing the Synthetic Opioid Supply Chain", "Modifying Duties to Address Threats").
_SPOKEN_ADDRESS = re.compile(r"(?<!\bto[ -])\baddress(?:es)?\b")


def classify_kind(title: str, url: str, section: str | None, body: str) -> str:
    """readout, transcript, statement, remarks, fact-sheet, action or other."""
    haystack = f"{title} {url}".lower()
    if "readout" in haystack:
        return "readout"
    if "fact sheet" in haystack or "fact-sheet" in haystack:
        return "fact-sheet"
    if any(word in haystack for word in ("press briefing", "press-briefing", "press call", "press-call",
                                         "background", "gaggle", "press conference", "press-conference")):
        return "transcript"
    if re.search(r"(?m)^Q[ :.]", body) and re.search(r"(?m)^[A-Z][A-Z.' ]{2,40}:", body):
        return "transcript"
    if "statement" in haystack:
        return "statement"
    if "remarks" in haystack or "speech" in haystack or _SPOKEN_ADDRESS.search(haystack):
        return "remarks"
    if section and ("action" in section or "executive-order" in haystack or "proclamation" in haystack):
        return "action"
    return "other"


def _ends_with_abbreviation(text: str, dot_index: int) -> bool:
    """Whether the full stop at dot_index closes an abbreviation or an initial."""
    word_start = max(text.rfind(" ", 0, dot_index), text.rfind("\u00a0", 0, dot_index),
                     text.rfind("(", 0, dot_index)) + 1
    word = text[word_start:dot_index]
    if not word or len(word) > 8 or not word[0].isalpha():
        return False
    if word.lower() in ABBREVIATIONS:
        return True
    # Single initials ("John F. Kennedy") and dotted initialisms ("U.S.", "D.C.").
    if len(word) == 1:
        return word.isupper()
    return "." in word and all(len(part) <= 2 for part in word.split("."))


def split_paragraph(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph (trimmed), shifted by offset."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        dot = match.start("stop")
        if match.end("stop") - dot == 1 and text[dot] == "." and _ends_with_abbreviation(text, dot):
            # "U.S. officials" continues; "in the U.S. The" is ambiguous, and
            # keeping both halves together costs less than a wrong cut.
            continue
        spans.append((offset + start, offset + match.start("space")))
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((offset + start, offset + end))
    return spans


def split_body(body: str) -> list[SentenceSpan]:
    """Every sentence of a readout body, with the transcript speaker where there is one."""
    paragraphs: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        paragraphs.append((position, match.start()))
        position = match.end()
    paragraphs.append((position, len(body)))

    labelled = [(_SPEAKER_LABEL.match(body, start, end), start, end) for start, end in paragraphs]
    is_transcript = sum(1 for match, _, _ in labelled if match) >= 2

    result: list[SentenceSpan] = []
    speaker: str | None = None
    for match, start, end in labelled:
        text_start = start
        if is_transcript and match:
            speaker = "Q" if match.group("q") else _normalise_speaker(match.group("label"))
            text_start = match.end()
        while text_start < end and body[text_start].isspace():
            text_start += 1
        if text_start >= end:
            continue
        is_evidence = speaker not in NON_EVIDENCE_SPEAKERS
        for sentence_start, sentence_end in split_paragraph(body[text_start:end], text_start):
            result.append(SentenceSpan(len(result), sentence_start, sentence_end, speaker, is_evidence))
    return result


def _normalise_speaker(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip())[:128]
