"""Claims of an article: what the engine checks, and what it skips and why.

INTERFACE (fixed):
    extract_claims(text: str, *, headings=()) -> ClaimSet   (headings: the spans markup marks as such)

A claim is a sentence of the article that asserts something checkable
(``../shared/docs/verdicts.md``). Every other sentence is listed as skipped
with one of the reasons below, never dropped.

Attribution follows the patterns of news prose rather than any one article:
a reporting verb ("said", "told", "noted that", "according to", ...) whose
subject names a speaker. Speakers per side, the verbs and the words allowed
around them are data, in ``verifier/data/attribution.json``. The subject can
come before the verb ("The White House said ..."), after it ("..., said a
senior U.S. official."), around the content ("Sullivan and Wang, the official
said, met twice.") or after "according to". A pronoun or "the official"
takes the side of the last official the article attributed something to;
"it" or "the statement" the side of the last attribution of any kind. People
the article introduces with their side ("Chinese Vice Premier He Lifeng",
"Taiwan's President Lai Ching-de") are learnt from the article itself; "the
president said" takes the side of the person named last before it.

``content`` is the claim with the attribution phrase removed when the phrase
only names where the information came from (an institution, an unnamed
official, the press). When the speaker is a named person or a party to the
event ("Wang told Sullivan ...", "the two sides agreed that ..."), who said it
is part of what is checked, so the content keeps the whole sentence.

For the engine, ``speaker_side`` gives the side of a transcript's speaker
label ("PRESIDENT XI") and ``sentence_attribution`` the side an official
sentence itself reports ("The PRC announced that ..."): a U.S. transcript of
Xi's words states what Xi said.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from verifier import thresholds as T
from verifier.normalize import QUOTATION_MARKS, analyze, honorifics_pattern
from verifier.offices import side_of_office
from verifier.segment import LETTER_WORD, Sentence, paragraphs, split_sentences

# Attribution values (docs: ../shared/docs/verdicts.md).
US_GOVERNMENT = "us-government"
CHINA_GOVERNMENT = "china-government"
MEDIA = "media"
NO_ATTRIBUTION = "none"
ATTRIBUTIONS = (US_GOVERNMENT, CHINA_GOVERNMENT, MEDIA, NO_ATTRIBUTION)

# Skip reasons (docs: ../shared/docs/verdicts.md, "Not claims").
SKIP_FURNITURE = "site furniture"
SKIP_HEADING = "heading"
SKIP_FRAGMENT = "fragment"
SKIP_QUESTION = "question"
SKIP_REASONS = (SKIP_FURNITURE, SKIP_HEADING, SKIP_FRAGMENT, SKIP_QUESTION)

# A sentence with fewer words than this says nothing checkable ("Ta.", "He left.").
MIN_CLAIM_WORDS = 3
# A line without closing punctuation is a heading if it is the article's first (the headline) and has
# at most MAX_HEADING_WORDS words; further down if it has at most MAX_SUBHEADING_WORDS, or is in title
# case (this share of its words of four letters or more capitalised).
MAX_HEADING_WORDS = 20
MAX_SUBHEADING_WORDS = 8
TITLE_CASE_SHARE = 0.6
# Furniture patterns that could also occur inside real prose only count on short sentences.
MAX_FURNITURE_WORDS = 40
# How far a subject may stretch before its reporting verb.
MAX_SUBJECT_WORDS = 10


@dataclass(frozen=True)
class Quote:
    """A span inside quotation marks, with offsets into the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    index: int
    text: str
    start: int  # character offsets into the article text
    end: int
    attribution: str  # one of the four values above
    attribution_phrase: str | None = None  # "the White House said", "a senior U.S. official said"
    quotes: tuple[Quote, ...] = ()
    # The claim with its attribution phrase removed: what is checked against the record.
    content: str = ""
    # Who the attribution names ("The White House", "Wang", "he"), and where the phrase is in the article.
    speaker: str | None = None
    # "source" (an institution, an unnamed official, the press: the phrase is left out of the content),
    # "person" (a named person, who stays in the content), "party" (neither side nor the press),
    # "anaphora" ("he said", "the official said", "it said": the side comes from earlier sentences).
    speaker_kind: str | None = None
    attribution_start: int | None = None
    attribution_end: int | None = None


@dataclass(frozen=True)
class SkippedSentence:
    text: str
    start: int
    end: int
    reason: str  # one of SKIP_REASONS


@dataclass
class ClaimSet:
    claims: list[Claim] = field(default_factory=list)
    skipped: list[SkippedSentence] = field(default_factory=list)


# --------------------------------------------------------------------------- lexicon

# Kinds of speaker a subject resolves to.
_SOURCE = "source"  # an institution, an unnamed official, the press: stripped from the content
_PERSON = "person"  # a named person: part of what is checked
_PARTY = "party"  # someone other than the two governments and the press
_CARRY_PERSON = "carry-person"
_CARRY_ANY = "carry-any"
_CARRY_TITLE = "carry-title"
_CARRY_OFFICE = "carry-office"  # "her office": the side of the person named last, and a source
_OTHER = "other"  # the data's name for speakers of neither side
_PUBLIC_KINDS = {_SOURCE: "source", _PERSON: "person", _PARTY: "party", _CARRY_PERSON: "anaphora",
                 _CARRY_ANY: "anaphora", _CARRY_TITLE: "anaphora", _CARRY_OFFICE: "anaphora"}


@dataclass(frozen=True)
class _SpeakerPattern:
    pattern: re.Pattern[str]
    side: str  # an attribution value, or _OTHER
    kind: str


class _Lexicon:
    def __init__(self, data: dict):
        verbs = data["reporting_verbs"]
        self.clause_verbs = frozenset(verbs["clause"])
        self.object_verbs = frozenset(verbs["with_object"])
        self.finite_words = frozenset(data["finite_words"])
        # Verbs that only report speech, whatever follows: "The official said." has nothing in it.
        self.speech_verbs = self.clause_verbs | self.object_verbs | frozenset(
            {"added", "adds", "reported", "reports", "noted", "notes", "explained", "insisted", "confirmed",
             "stressed", "emphasized", "emphasised", "wrote", "tweeted", "posted", "declared", "replied"})
        self.characterising_verbs = frozenset(verbs["characterising"])
        all_verbs = sorted(set(verbs["clause"]) | set(verbs["with_that"]) | self.characterising_verbs,
                           key=len, reverse=True)
        self.verb = re.compile(r"\b(?:" + "|".join(_words_pattern(v) for v in all_verbs) + r")\b")
        self.adverbs_before = sorted(set(data["adverbs_before_verb"]), key=len, reverse=True)
        self.adverbials_after = frozenset(data["adverbials_after_verb"])
        self.adverbial_ends = frozenset(data["adverbial_ends"])
        self.title_words = frozenset(data["title_words"])
        self.starters = frozenset(data["sentence_starters"])
        self.person_anaphora = frozenset(data["anaphora"]["person"])
        self.any_anaphora = frozenset(data["anaphora"]["organisation"])
        self.title_anaphora = frozenset(data["anaphora"]["title"])
        self.person_sides = {name: side for side, entries in data["sides"].items() for name in entries["names"]}
        self.person_names = _names_regex(self.person_sides)
        # Last words of speaker phrases and role nouns: how a speaker named after its verb ends.
        self.speaker_heads = frozenset(
            [phrase.split()[-1].lower() for side in data["sides"].values() for phrase in side["phrases"]]
            + [role.split()[-1].lower() for role in data["role_nouns"]]
            + [phrase.split()[-1].lower() for group in data["anaphora"].values() if isinstance(group, list)
               for phrase in group]
        )
        roles = "|".join(_words_pattern(role) for role in sorted(data["role_nouns"], key=len, reverse=True))
        self.speakers: list[_SpeakerPattern] = []
        self.side_adjectives: list[tuple[str, str]] = []
        # One expression per side and kind of entry; longer alternatives first, so a search finds the
        # earliest mention and, at that position, the longest entry.
        for side, entries in data["sides"].items():
            if side.startswith("_"):
                continue
            source_kind = _PARTY if side == _OTHER else _SOURCE
            phrases = sorted(entries["phrases"], key=len, reverse=True)
            if phrases:
                alternatives = "|".join(_phrase_pattern(phrase) for phrase in phrases)
                self.speakers.append(_SpeakerPattern(
                    re.compile(r"(?<![\w.])(?:" + alternatives + r")(?![\w’'-]*\w)"), side, source_kind))
            if entries["names"]:
                self.speakers.append(_SpeakerPattern(_names_regex(entries["names"]), side,
                                                     _PARTY if side == _OTHER else _PERSON))
            adjectives = sorted(entries["adjectives"], key=len, reverse=True)
            self.side_adjectives.extend((adjective, side) for adjective in adjectives)
            if adjectives:
                # "Chinese officials", "a senior U.S. official", "Chinese Foreign Minister Wang Yi".
                self.speakers.append(_SpeakerPattern(re.compile(
                    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in adjectives) + r")"
                    r"(?:\s+[\w.’'-]+){0,3}?\s+(?i:" + roles + r")\b"), side, source_kind))
        adjectives = "|".join(
            re.escape(a) for a, _ in sorted(self.side_adjectives, key=lambda item: len(item[0]), reverse=True)
        )
        titles = "|".join(re.escape(t) for t in sorted(self.title_words, key=len, reverse=True))
        capitalised_titles = "|".join(
            re.escape(t) for t in sorted(self.title_words, key=len, reverse=True) if t[:1].isupper()
        )
        name_token = r"[A-Z][a-z’'-]+(?:-[a-z]+)?"
        # "Chinese Vice Premier He Lifeng": a side, a capitalised title (then more title words), a name.
        self.introduction = re.compile(
            r"(?<![\w.])(?P<adjective>" + adjectives + r")\s+(?:" + capitalised_titles + r")\s+"
            r"(?:(?:" + titles + r")\s+)*"
            r"(?P<name>" + name_token + r"(?:\s+" + name_token + r"){0,2})\b"
        )
        self.not_names = frozenset(a for a, _ in self.side_adjectives) | self.title_words


def _words_pattern(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


def _phrase_pattern(phrase: str) -> str:
    """Lowercase words match in any case, capitalised ones ("US", "White House") exactly.

    The first word may be capitalised at the start of a sentence either way.
    """
    parts = []
    for position, word in enumerate(phrase.split()):
        if word.islower():
            parts.append("(?i:" + re.escape(word) + ")")
        elif position == 0 and word[:1].isupper() and word[1:].islower():
            parts.append("[" + word[0] + word[0].lower() + "]" + re.escape(word[1:]))
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def _names_regex(names: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(_words_pattern(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w.])(?:" + alternatives + r")(?![\w-])")


def _name_regex(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + _words_pattern(name) + r"(?![\w-])")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = resources.files("verifier").joinpath("data/attribution.json").read_text(encoding="utf-8")
    return _Lexicon(json.loads(raw))


# --------------------------------------------------------------------------- skipping

_FURNITURE_ANYWHERE = [re.compile(p, re.IGNORECASE) for p in (
    r"^stay informed\b",
    r"\bsign up\b.{0,80}\b(?:newsletter|digest|updates|inbox|alerts|briefing|email)",
    r"\b(?:newsletter|digest)\b.{0,80}\b(?:inbox|sign up|subscribe)",
    r"delivered (?:straight |directly )?to your inbox",
    r"^(?:subscribe|sign up|log in|sign in|register)\b",
    r"^(?:get|receive)\s+(?:our|the|free)\b.{0,60}\b(?:newsletter|updates|alerts)",
    r"^unlock the\b",
    r"^\(?(?:additional |further )?reporting by\b",
    r"\bnewsletter\b",
    r"^FILE\s*[-—–]",
    r"\breporting by\b.{0,80}\bediting by\b",
    r"^(?:edited|editing|writing|written|compiled|produced|translated) by\b",
    r"\bcontributed (?:to )?(?:this )?report(?:ing)?\.?$",
    r"^(?:photo|photograph|image|picture|illustration|video|graphic|caption)s?\s*(?:credit)?\s*[:|]",
    r"\b(?:getty images|via getty|ap photo|afp photo|reuters/|/reuters|/ap\b|epa-efe|shutterstock|pool photo"
    r"|photo by|photograph by|photo credit|image credit)",
    r"©",
    r"^\(?(?:photo|photograph)\b",
    r"^(?:updated|published|posted|last updated|first published|last modified)\b.{0,60}\d",
    r"^\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen)\b",
    r"^(?:copyright|all rights reserved)",
    r"\ball rights reserved\b",
    r"\bclick here\b",
    r"\b(?:terms of (?:use|service)|privacy policy|cookie (?:policy|settings)|accept (?:all )?cookies)\b",
    r"^this (?:article|story|report) (?:has been|was) (?:updated|amended|corrected)",
    r"^(?:explore more on these topics|was this (?:article )?helpful|follow the topics)",
    r"^(?:read more|related|see also|more on this(?: story)?|recommended|watch|listen)\s*[:|]",
    r"^\(?(?:editor|editors|editing|reporting|writing|translated|compiled|produced|source)(?: by)?\s*[:：]",
    r"^our standards\b",
    r"^(?:listen to|watch|read) (?:this|the full) (?:article|story|video)",
)]

# Words alone on a line that are buttons or section labels, not prose.
_FURNITURE_LABELS = re.compile(
    r"^(?:share(?: this| this article| this story| on \w+| via \w+)?|copy link|link copied|print(?: this page)?"
    r"|save(?: article)?|email|tweet|facebook|twitter|linkedin|whatsapp|reddit|x|comments?|gift (?:this )?article"
    r"|listen to this article|advertisement|advert|sponsored(?: content)?|recommended(?: stories| for you)?"
    r"|related(?: stories| articles| content| topics)?|most (?:read|popular|viewed)|more from \w+(?: \w+)?"
    r"|read more|read next|up next|topics|tags|follow(?: us| the authors?| this topic)?|newsletter|subscribe"
    r"|skip to (?:main )?content|menu|search|home|opinion|world|news|video|audio|podcast)"
    r"(?:[\s:|/,•·-]+(?:share|facebook|twitter|x|linkedin|email|whatsapp|reddit|print|copy link|save))*[\s:.|]*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^By\s+(?:(?:a|an|our|the)\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&|in)\s+(?:[A-Z][\w.'’-]*\s*){1,4})*\.?$"
)
_DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}"
    r"(?:,?\s+\d{1,2}[:.]\d{2}.*)?$|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}.*)?$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9’'%-]*")
_CLOSERS = "\"”’')]} \t\n"
_TERMINAL_PUNCTUATION = ".!?…"
# Words that cannot end a complete sentence: "He said there was no."
_DANGLING_WORDS = frozenset(
    """a an the no not of to and or but nor that with for than from by as into onto upon
    this these those its his her their our my your whether if because such very more any some every
    would could should will can may might must has have had do does did was were is are be been being""".split()
)


def _skip_reason(text: str, whole_paragraph: bool, is_heading: bool, first_paragraph: bool = False) -> str | None:
    stripped = text.strip()
    words = LETTER_WORD.findall(stripped)
    if _is_furniture(stripped, words):
        return SKIP_FURNITURE
    if is_heading:
        return SKIP_HEADING
    core = stripped.rstrip(_CLOSERS)
    if core.endswith("?") and not _question_is_quoted(stripped):
        return SKIP_QUESTION
    if whole_paragraph and _looks_like_heading(stripped, words, first_paragraph):
        return SKIP_HEADING
    if len(words) < MIN_CLAIM_WORDS:
        return SKIP_FRAGMENT
    # A quotation may stop anywhere ("“We never have.”"); only the article's own words must be complete.
    # The last word may be a number ("the 100 most influential people of 2024."): a complete sentence.
    last_words = _LAST_WORD.findall(stripped)
    if last_words[-1] in _DANGLING_WORDS and stripped[-1:] in _TERMINAL_PUNCTUATION \
            and not _ends_complete(last_words, _LAST_WORD.findall(_CLAUSE_BREAK.split(stripped)[-1])):
        return SKIP_FRAGMENT
    if _only_attribution(stripped, words):
        return SKIP_FRAGMENT
    return None


# Words after which a demonstrative is a pronoun that can end a sentence ("every two years after that").
_PREPOSITIONS_BEFORE_PRONOUN = frozenset(
    "after before beyond like of about with from on for than besides despite by in to into over under "
    "without within beside behind through against".split())
# What a word of _DANGLING_WORDS must follow to be a full "more" ("five more", "matter more"): not a determiner.
_DETERMINERS = frozenset("a an the no any some every this that these those its his her their our my your".split())
# A subordinate clause may end on its auxiliary, the verb left out: "if it does", "when they do",
# "if it chose to", "than it did".
_ELLIPSIS_OPENERS = frozenset("if when whenever as than unless because though although before after while until "
                              "once where".split())
# A preposition may end a complete sentence when its object stands earlier: a relative or interrogative word
# of the same clause ("countries are free to choose who they associate with"), or the noun or idiom an
# infinitive hangs on ("to begin with", "a partner to work with"). "He met with." has neither.
_STRANDED_PREPOSITIONS = frozenset("of to with for from by into onto upon".split())
_OBJECT_ABOVE = frozenset("who whom which what whoever whomever whatever".split())
# The clause a stranded preposition or an elided verb belongs to: the words after the last of these marks.
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013]|\s-\s")
_AUXILIARIES = frozenset("would could should will can may might must has have had do does did was were is are "
                         "be been being".split())
# A verb phrase may also end on its auxiliary or verb when its subject stands right before it: the rest is
# elided ("took action against those who were") or is the relative clause's object ("the tools Washington
# already has"). The subject is a pronoun or a name; "The talks were." has a plain noun and stays a fragment.
_PERSONAL_OR_RELATIVE_SUBJECTS = frozenset("i you he she it we they who which that".split())
_ADVERBS_BEFORE_VERB = frozenset("already still also too always never ever once now just really often"
                                 .split())
# "do" and "be" after "to" are the infinitive of a main verb: "there is much more to do", "as it ought to be".
_INFINITIVE_ENDINGS = frozenset({"do", "be"})


def _ends_complete(words: list[str], clause: list[str]) -> bool:
    """Whether a sentence whose last word is one of _DANGLING_WORDS is complete all the same (`clause`: the
    words of its last clause)."""
    last = words[-1].lower()
    before = words[-2].lower() if len(words) > 1 else ""
    if last in {"that", "this", "these", "those"}:
        return before in _PREPOSITIONS_BEFORE_PRONOUN
    if last == "more":
        return bool(before) and before not in _DETERMINERS and before not in _PREPOSITIONS_BEFORE_PRONOUN
    opening = [word.lower() for word in clause[:-1]]
    elided = last == "to" or last in _AUXILIARIES
    if elided and not _ELLIPSIS_OPENERS.isdisjoint(opening):
        return True  # "if it does", "if the two parties ask it to"
    after_infinitive = len(words) > 2 and words[-3].lower() == "to" and before not in _DETERMINERS
    if last in _STRANDED_PREPOSITIONS and (after_infinitive or not _OBJECT_ABOVE.isdisjoint(opening)):
        return True  # "a partner to work with", "who they associate with"
    if last in _INFINITIVE_ENDINGS and before == "to":
        return True
    if last in _AUXILIARIES and _subject_ends_before(words):
        return True
    return elided and any(word.lower() in _ELLIPSIS_OPENERS for word in words[-T.ELLIPSIS_OPENER_REACH - 1:-1])


def _subject_ends_before(words: list[str]) -> bool:
    """Whether the word before the last (adverbs passed over) is a subject: a pronoun, or a capitalised name
    that does not open the sentence (_PERSONAL_OR_RELATIVE_SUBJECTS)."""
    index = len(words) - 2
    while index > 0 and words[index].lower() in _ADVERBS_BEFORE_VERB:
        index -= 1
    if index < 1:
        return False
    word = words[index]
    return word.lower() in _PERSONAL_OR_RELATIVE_SUBJECTS or word[0].isupper()


def _only_attribution(text: str, words: list[str]) -> bool:
    """"The official said." or "According to the paper.": a speaker with nothing said."""
    if len(words) > MAX_SUBJECT_WORDS or any(mark in text for mark in ",;:" + _OPENING_QUOTES):
        return False
    core = text.rstrip(_CLOSERS + _TERMINAL_PUNCTUATION)
    if re.match(r"(?i)according to\b", core):
        return True
    lexicon = _lexicon()
    for verb in lexicon.verb.finditer(core):
        if verb.start() == 0 or verb.group(0) not in lexicon.speech_verbs:
            continue
        rest = core[verb.end():]
        told = _TOLD_OBJECT.match(rest) if verb.group(0) in lexicon.object_verbs else None
        if not rest.strip() or (told and not rest[told.end():].strip()):
            return True
    return False


def _is_furniture(text: str, words: list[str]) -> bool:
    if not words:
        return True  # "___", "* * *", "—": separators
    if _FURNITURE_LABELS.match(text) or _BYLINE.match(text) or _DATE_LINE.match(text):
        return True
    if len(words) > MAX_FURNITURE_WORDS:
        return False
    return any(pattern.search(text) for pattern in _FURNITURE_ANYWHERE)


def _question_is_quoted(text: str) -> bool:
    """'He asked: “Why now?”' reports a question; the sentence itself is a statement about it."""
    last = text.rstrip(_CLOSERS)
    question_mark = len(last) - 1
    before = text[:question_mark]
    opened = before.count("“") - before.count("”")
    straight_open = before.count('"') % 2 == 1
    # The quotation must start after some words of the sentence's own ("He asked"), not open it.
    lead = re.match(rf"^[\s{_OPENING_QUOTES}]*", text).end()
    return (opened > 0 or straight_open) and lead == 0


def _looks_like_heading(text: str, words: list[str], first_paragraph: bool) -> bool:
    core = text.rstrip(" \t\n")
    if not words:
        return True
    if core.endswith(":") and len(words) <= T.COLON_HEADING_MAX_WORDS:
        return True
    if core.rstrip(_CLOSERS)[-1:] in _TERMINAL_PUNCTUATION or core[-1:] in "\"”’'":
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    if len(words) > MAX_HEADING_WORDS:
        return False
    # The article's first line is its headline; further down, a short line or one in title case is
    # a subheading, while a longer unpunctuated line in sentence case is a bullet point: a claim.
    if first_paragraph or len(words) <= MAX_SUBHEADING_WORDS:
        return True
    long_words = [word for word in words if len(word) >= 4]
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return bool(long_words) and capitalised >= TITLE_CASE_SHARE * len(long_words)


# --------------------------------------------------------------------------- quotes

_OPENERS = {"“": "”", '"': '"', "‘": "’", "«": "»"}
# The marks that open a quotation, double or single, where the readers of a subject, a question or an
# attribution's tail look for one; the quote finder (_OPENERS) also opens one at a guillemet.
_OPENING_QUOTES = "“\"‘"


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans of the text (inside the marks, outer spaces and trailing , . ; : trimmed).

    Curly and straight double quotes and guillemets pair within a paragraph; a
    quotation still open at the paragraph's end runs to it (the news convention
    for a quotation continued in the next paragraph). Single curly quotes count
    only outside double ones, and a ’ between letters is an apostrophe.
    """
    return list(_quotes_of(text))


# The verdict rules ask for the quotations of one claim once per candidate
# sentence (thousands of times per check): each text is read once.
@lru_cache(maxsize=4096)
def _quotes_of(text: str) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    for start, end in paragraphs(text):
        position = start
        while position < end:
            char = text[position]
            closer = _OPENERS.get(char)
            if closer is None or (char == "‘" and position > start and text[position - 1].isalpha()):
                position += 1
                continue
            close = _find_closer(text, position + 1, end, closer)
            inner_end = close if close >= 0 else end
            quote = _trimmed_quote(text, position + 1, inner_end)
            if quote:
                quotes.append(quote)
            position = (close + 1) if close >= 0 else end
    return tuple(quotes)


def _find_closer(text: str, start: int, end: int, closer: str) -> int:
    position = start
    while True:
        found = text.find(closer, position, end)
        if found < 0:
            return -1
        # "Biden’s": an apostrophe between letters closes nothing.
        if closer == "’" and found + 1 < len(text) and text[found + 1].isalpha() and text[found - 1].isalpha():
            position = found + 1
            continue
        return found


def _trimmed_quote(text: str, start: int, end: int) -> Quote | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    if end <= start or not any(c.isalnum() for c in text[start:end]):
        return None
    return Quote(text[start:end], start, end)


# --------------------------------------------------------------------------- attribution


@dataclass(frozen=True)
class _Speaker:
    side: str
    kind: str


@dataclass(frozen=True)
class _Attribution:
    phrase_start: int  # offsets into the sentence
    phrase_end: int
    cut_start: int  # what leaves the content
    cut_end: int
    subject: str
    speaker: _Speaker
    prefix: bool  # the phrase comes before the content
    keep_content: bool = False  # who said it is part of the claim ("X called the talks “candid”")
    # Where the verb of a denial starts ("The official denied that ..."): what it reports is what was denied.
    denial_start: int | None = None


_CLAUSE_BOUNDARY = re.compile(
    r"(?:[,;:(—–]|\s-\s|[”\"](?=\s)|\b(?:and|but|while|whereas|as|because|although|though|that|where|when"
    r"|after|before|since|so|if|which|who|whom|whose|yet|or)\b)"
)
_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")
# A full stop ends a speaker's name only at the end of the sentence: "the U.S. readout" goes on.
_NP_END = re.compile(r"[,;:!?”\"(]|\.(?=[\s\"”’)]*$)|\s[-—–]\s|$")
_TOLD_OBJECT = re.compile(
    r"\s+(?:" + honorifics_pattern(str.capitalize) + r"\.\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}|reporters|journalists"
    r"|the press|lawmakers|senators|him|her|them|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|conference|forum"
    r"|audience|meeting|summit|gathering|reporters|journalists|newspaper|paper|broadcaster|agency))\b"
)
_NEGATED = re.compile(r"(?:\bnot|\bnever|n[’']t|\bdeclined to|\brefused to|\bwould not)\s+$", re.IGNORECASE)
# "WASHINGTON (Reuters) - ", "BEIJING, Jan 27 (Reuters) -", "BANGKOK — ", "NUSA DUA, Indonesia, Nov 14 (Reuters) - ",
# "WASHINGTON/BEIJING, May 18 (Wire) - ", "Hanoi, 26/9 - " (day/month, as translated state media write it):
# where the story was filed, not a claim.
_DATELINE = re.compile(
    r"^\([A-Z][\w ]{1,20}\)\s*[-—–]+\s+|^[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
    r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
    # A live blog's time stamp, "09:05 CEST — ", "3:15 p.m. - ": when the entry was posted, not a claim.
    r"|^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[-—–]+\s+"
)
# The aside that opens a closing attribution: "..., as the White House noted".
_AS_CLAUSE = re.compile(r",\s*as\s+$", re.IGNORECASE)
# Who speaks for someone: "her office", "the vice president's office", "Harris's spokeswoman".
_STAFF_OF = re.compile(r"(?P<owner>.+?)(?:'s?)?\s+(?:office|spokes(?:person|man|woman)|aides?|staff|press secretary)$",
                       re.IGNORECASE)
_ARTICLE_WORDS = frozenset({"a", "an", "the", "one", "another", "two", "both", "some", "several"})
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})


# A body through which a government speaks: "Japan's foreign ministry", "the Jordanian royal court", "Egypt's
# presidency".
_GOVERNMENT_SPEAKER = (
    r"(?:(?:foreign|defen[cs]e|trade|commerce|finance|interior|economy|information)\s+)?ministry"
    r"(?:\s+of\s+[A-Z][\w ]+)?|government|royal\s+court|presidential\s+(?:office|palace)|presidency"
    r"|foreign\s+office"
    r"|prime\s+minister['’]s\s+office|embassy|cabinet(?:\s+office)?|officials|spokes(?:person|man|woman)"
    r"|authorities")
# ... or that government's own account of an occasion ("the Saudi readout", "A Saudi government account of the
# talks", "India's readout of the call"): its document is its word as much as its ministry is.
_GOVERNMENT_BODY = re.compile(
    rf"{_GOVERNMENT_SPEAKER}|(?:(?:{_GOVERNMENT_SPEAKER})(?:['’]s)?\s+)?"
    r"(?:own\s+)?(?:readout|account|statement|summary)"
    r"(?:\s+of\s+(?:the|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)?", re.IGNORECASE)
# The two sides' countries: their bodies speak for a side the record holds.
_SIDE_COUNTRIES = frozenset({"=us", "=china"})
_GOVERNMENT_OWNER = re.compile(
    r"^(?:(?:the|an?)\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)(?:['’]s)?\s+(?P<body>.+)$")


def foreign_government_body(subject: str | None) -> bool:
    """Whether the subject is a body of a government other than the two sides ("India's foreign ministry",
    "Jordan's royal court"): the record holds no publication of theirs, so what the article says they said
    the record can support only as the U.S. or Chinese side's words."""
    if not subject:
        return False
    match = _GOVERNMENT_OWNER.match(" ".join(_straight_apostrophes(subject).split()))
    if match is None or not _GOVERNMENT_BODY.fullmatch(match.group("body")):
        return False
    countries = {entity.key for entity in analyze(match.group("owner")).entities if entity.kind == "country"}
    return bool(countries) and not countries & _SIDE_COUNTRIES


def _resolve(subject: str, names: dict[str, str]) -> _Speaker | None:
    """Which side a reporting verb's subject speaks for, if it names a speaker at all."""
    lexicon = _lexicon()
    cleaned = _straight_apostrophes(subject).strip(" ,;:\t\n")
    words = cleaned.split()
    while words and words[0].lower().strip(",") in lexicon.starters:
        words = words[1:]
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    lowered = " ".join(words).lower()
    staff = _STAFF_OF.match(" ".join(words))
    if staff:
        # "her office", "the vice president's office", "Harris's spokeswoman": the
        # owner's side, and a source (the office speaks for its owner).
        owner = staff.group("owner")
        # "the press secretary": whoever's press secretary the article has just been writing about.
        unnamed_owner = owner.lower() in _POSSESSIVES or (
            owner.lower() in _ARTICLE_WORDS and lowered not in lexicon.person_anaphora | lexicon.any_anaphora)
        speaker = _Speaker(NO_ATTRIBUTION, _CARRY_TITLE) if unnamed_owner else _resolve(owner, names)
        if speaker is not None and speaker.kind in (_PERSON, _CARRY_TITLE):
            return _Speaker(speaker.side, _SOURCE if speaker.kind == _PERSON else _CARRY_OFFICE)
        if speaker is not None:
            return speaker
    if lowered in lexicon.person_anaphora:
        return _Speaker(NO_ATTRIBUTION, _CARRY_PERSON)
    if lowered in lexicon.any_anaphora:
        return _Speaker(NO_ATTRIBUTION, _CARRY_ANY)
    office_side = side_of_office(lowered)
    if office_side is not None:
        # "the national security adviser said": whoever holds it speaks for that government, not
        # for whoever the article named last.
        return _Speaker(office_side, _PERSON)
    if lowered in lexicon.title_anaphora:
        return _Speaker(NO_ATTRIBUTION, _CARRY_TITLE)
    cleaned = " ".join(words)
    matches: list[tuple[int, int, str, str]] = []  # start, end, side, kind
    for speaker in lexicon.speakers:
        found = speaker.pattern.search(cleaned)
        if found:
            matches.append((found.start(), found.end(), speaker.side, speaker.kind))
    for name, side in names.items():
        found = _name_regex(name).search(cleaned)
        if found:
            matches.append((found.start(), found.end(), side, _PARTY if side == _OTHER else _PERSON))
    if not matches:
        if foreign_government_body(cleaned):
            return _Speaker(_OTHER, _PARTY)  # "Jordan's royal court": a country the lexicon has no adjective of
        # "the fact sheet added", "according to the same document": the publication named before.
        return _Speaker(NO_ATTRIBUTION, _CARRY_ANY) if _EARLIER_DOCUMENT.fullmatch(lowered) else None
    sides = {side for _, _, side, _ in matches}
    # "Sullivan and Wang said", "China and the U.S. said in a joint statement": neither side alone.
    if {US_GOVERNMENT, CHINA_GOVERNMENT} <= sides and re.search(r"\b(?:and|&|both)\b", cleaned):
        return _Speaker(_OTHER, _PARTY)
    # "one Manila broadsheet", "Chinese state media": the outlet the subject ends on is who reports,
    # whatever place or country it is of.
    ending = [match for match in matches if match[2] == MEDIA and match[1] == len(cleaned)]
    if ending:
        return _Speaker(MEDIA, ending[0][3])
    # The earliest mention, the longest at a tie.
    start, end, side, kind = min(matches, key=lambda match: (match[0], match[0] - match[1]))
    # "U.S. National Security Adviser Jake Sullivan" is a named person, however the subject begins;
    # "the Biden administration" is not: there the name is not the head, the last word.
    if kind == _SOURCE and any(k == _PERSON and s == side and e > end for _, e, s, k in matches):
        return _Speaker(side, _PERSON)
    return _Speaker(side, kind)


def _subject_before(sentence: str, verb_start: int) -> tuple[int, str, list[str]]:
    """The subject before a verb: where it starts, its text, and the parts that may name the speaker.

    Normally the stretch back to the nearest clause boundary, less adverbs and
    auxiliaries ("also", "has"). "Mao Ning, a Chinese foreign ministry
    spokeswoman, said" and "The aide, who spoke on condition of
    anonymity, said" put a comma right before the verb: then the subject is the
    head before the appositive, and either part may name the speaker.
    """
    # "The People's Republic of China (PRC) announced": a parenthesis is no clause boundary. Blanking it
    # keeps every offset.
    left = _PARENTHESIS.sub(lambda m: " " * len(m.group(0)), sentence[:verb_start])
    boundaries = list(_CLAUSE_BOUNDARY.finditer(left))
    start = boundaries[-1].end() if boundaries else 0
    if boundaries and boundaries[-1].group(0) in ("and", "&"):
        # "China and the United States said": a compound subject, if what precedes "and" is a name.
        before = boundaries[-2].end() if len(boundaries) > 1 else 0
        if _looks_like_name_phrase(left[before:boundaries[-1].start()]):
            start = before
    start = _past_starters(left, start)
    subject = _strip_adverbs(left[start:])
    if not subject.strip() and boundaries and boundaries[-1].group(0) == ",":
        second_comma = boundaries[-1].start()
        first_comma = left.rfind(",", 0, second_comma)
        if first_comma < 0:
            return start, "", []
        head_start = 0
        for boundary in boundaries:
            if boundary.end() <= first_comma:
                head_start = boundary.end()
        head = left[head_start:first_comma]
        appositive = left[first_comma + 1:second_comma]
        offset = head_start + (len(head) - len(head.lstrip()))
        return offset, sentence[offset:second_comma + 1].strip(), [head.strip(), appositive.strip()]
    offset = start + (len(subject) - len(subject.lstrip()))
    return offset, sentence[offset:offset + len(subject.strip())], [subject.strip()]


def _looks_like_name_phrase(chunk: str) -> bool:
    words = chunk.split()
    return 0 < len(words) <= T.NAME_PHRASE_MAX_WORDS and all(
        word[:1].isupper() or word.lower() in _ARTICLE_WORDS or word.lower() in _lexicon().speaker_heads
        for word in words
    )


def _past_starters(left: str, start: int) -> int:
    """Moves past "But", "And", "However," so they stay in the content, not the phrase."""
    starters = _lexicon().starters
    while True:
        match = re.compile(r"\s*([A-Za-z]+),?\s+").match(left, start)
        if not match or match.group(1).lower() not in starters:
            return start
        start = match.end()


def _strip_adverbs(subject: str) -> str:
    lexicon = _lexicon()
    changed = True
    while changed:
        changed = False
        stripped = subject.rstrip()
        for adverb in lexicon.adverbs_before:
            if stripped.endswith(" " + adverb) or stripped == adverb:
                subject = stripped[: len(stripped) - len(adverb)]
                changed = True
                break
    return subject


def _after_verb(sentence: str, verb_end: int, verb: str) -> tuple[int, int, str]:
    """(end of phrase, end of the cut, what follows): the verb's object and adverbials, then "that"."""
    if verb in _lexicon().object_verbs:
        told = _TOLD_OBJECT.match(sentence, verb_end)
        if told:
            tail = _phrase_tail(sentence, told.end())
            # "Xi warned Biden that ...": the person warned belongs to the phrase; "told" takes one anyway.
            if verb in ("told", "tells", "tell") or tail[2] == "that":
                return tail
    return _phrase_tail(sentence, verb_end)


def _phrase_tail(sentence: str, position: int) -> tuple[int, int, str]:
    lexicon = _lexicon()
    phrase_end = position
    # Adverbials ("in a statement on Friday") belong to the phrase only up to a word that can end one.
    cursor = position
    for word in re.finditer(r"\s+([\w.’'-]+)", sentence[position:]):
        token, token_end = word.group(1), position + word.end()
        if word.start() != cursor - position:
            break
        if token == "that":
            return phrase_end, token_end, "that"
        if token.endswith(".") and not _is_adverbial(token) and _is_adverbial(token[:-1]):
            token, token_end = token[:-1], token_end - 1  # the sentence's full stop: "said on Sunday."
        if not _is_adverbial(token):
            break
        if cursor == position and token.lower() in _ARTICLE_WORDS | _POSSESSIVES:
            # "said the readout omitted ...": a determiner right after the verb starts the content.
            break
        cursor = token_end
        if token in lexicon.adverbial_ends or token.lower() in lexicon.adverbial_ends:
            phrase_end = cursor
    rest = sentence[phrase_end:]
    stripped = rest.lstrip()
    if stripped.startswith("that "):
        return phrase_end, phrase_end + (len(rest) - len(stripped)) + 5, "that"
    if stripped[:1] in (":", ","):
        return phrase_end, phrase_end + (len(rest) - len(stripped)) + 1, stripped[:1]
    if stripped.startswith(tuple(_OPENING_QUOTES)):
        return phrase_end, phrase_end, "quote"
    if not stripped or stripped[:1] in _TERMINAL_PUNCTUATION:
        return phrase_end, phrase_end, "end"
    return phrase_end, phrase_end, "clause"


def _finite_verb_follows(sentence: str, position: int) -> bool:
    """"stressed the Taiwan question is ...": a clause without "that", not an object ("stressed the importance")."""
    finite = _lexicon().finite_words
    for count, word in enumerate(re.finditer(r"\S+", sentence[position:])):
        token = word.group(0)
        if count >= T.CLAUSE_VERB_MAX_WORDS:
            return False
        bare = token.rstrip(",;:.!?”\"’").lower()
        if bare in finite:
            return count > 0
        if bare != token.lower():
            return False  # punctuation ends the stretch
    return False


def _is_adverbial(token: str) -> bool:
    adverbials = _lexicon().adverbials_after
    return token in adverbials or token.lower() in adverbials


def _attributions(sentence: str, names: dict[str, str]) -> list[_Attribution]:
    lexicon = _lexicon()
    found: list[_Attribution] = []
    # Words inside quotation marks are what was said, not who said it:
    # “The White House said it would act,” the embassy said.
    quoted = [(quote.start, quote.end) for quote in find_quotes(sentence)]

    def inside_quote(position: int) -> bool:
        return any(start <= position < end for start, end in quoted)

    for match in _QUOTED_AS_SAYING.finditer(sentence):
        # "State media quoted the ministry as saying ...": the one quoted is the source of what follows.
        if inside_quote(match.start()):
            continue
        subject_start, subject, _ = _subject_before(sentence, match.start())
        speaker = _quoted_speaker(match.group("quoted"), subject, names)
        if speaker is not None:
            found.append(_Attribution(subject_start, match.end("saying"), subject_start, match.end(), subject,
                                      speaker, True))

    for match in _ACCORDING_TO.finditer(sentence):
        if inside_quote(match.start()):
            continue
        subject_end = _NP_END.search(sentence, match.end()).start()
        subject = sentence[match.end():subject_end].strip()
        speaker = _resolve(subject, names)
        if speaker is None:
            continue
        prefix = not sentence[: match.start()].strip(" \"“")
        cut_start, cut_end = match.start(), subject_end
        if prefix:
            cut_end = _skip(sentence, subject_end, ", ")
        else:
            cut_start = _back_over(sentence, match.start(), ", ")
        found.append(_Attribution(match.start(), subject_end, cut_start, cut_end, subject, speaker, prefix))

    for match in lexicon.verb.finditer(sentence):
        if inside_quote(match.start()):
            continue
        verb = match.group(0)
        left = sentence[: match.start()].rstrip()
        if verb in _ALSO_PLURAL_NOUNS and _modifies_noun(left):
            continue  # "imports from U.S. states that ...", "the reports that ...": a noun, not a verb
        # Inverted: "..., said the official." / "“...,” said Wang."
        if left.endswith((",", "”", '"')) and not _appositive_subject(sentence, match.start(), names):
            subject_end = _NP_END.search(sentence, match.end()).start()
            subject = sentence[match.end():subject_end].strip()
            speaker = _resolve(subject, names) if _ends_like_speaker(subject) else None
            ends_sentence = not sentence[subject_end:].strip(" .!?”\"’")
            if speaker is not None and (ends_sentence or sentence[subject_end:subject_end + 1] == ","):
                cut_start = match.start()
                if left.endswith(","):
                    cut_start = len(left) - 1
                found.append(_Attribution(match.start(), subject_end, cut_start,
                                          _speaking_circumstance_end(sentence, subject_end), subject, speaker, False))
                continue
        subject_start, subject, parts = _subject_before(sentence, match.start())
        if _NEGATED.search(sentence, 0, match.start()):
            continue  # "The White House did not say whether ...": the claim is about the speaker's silence
        speaker = None
        for part in parts:
            speaker = _resolve(part, names)
            if speaker is not None:
                break
        if speaker is None:
            continue
        if verb in lexicon.characterising_verbs:
            # "The White House called the talks “candid”": the quotation is the claim, the speaker part of it.
            if re.search(f"[{_OPENING_QUOTES}]", sentence[match.end():]):
                found.append(_Attribution(subject_start, match.end(), subject_start, subject_start, subject,
                                          speaker, True, keep_content=True))
            continue
        phrase_end, cut_end, follows = _after_verb(sentence, match.end(), verb)
        as_clause = _AS_CLAUSE.search(sentence, 0, subject_start)
        if as_clause and follows == ",":
            # "X, as the White House said, Y": an aside naming the source.
            found.append(_Attribution(subject_start, phrase_end, as_clause.start(), cut_end, subject, speaker, False))
            continue
        if as_clause and follows not in ("that", ":", "quote") and "," not in sentence[phrase_end:]:
            # "..., as the ministry noted before she flew out.": a closing aside names the source;
            # it and whatever hangs on it to the end leave the content.
            end = len(sentence.rstrip().rstrip(_CLOSERS + _TERMINAL_PUNCTUATION))
            found.append(_Attribution(subject_start, max(phrase_end, end), as_clause.start(), end, subject,
                                      speaker, False))
            continue
        if verb not in lexicon.clause_verbs and follows not in ("that", ":", "quote", "end", ","):
            if not _finite_verb_follows(sentence, phrase_end):
                continue
        before = sentence[:subject_start].rstrip()
        if follows == "end" and not before.endswith((",", "”", '"')):
            continue  # "China has agreed.": nothing is reported, the verb is the claim
        if follows in ("end", ",") and before.endswith((",", "”", '"')):
            # "..., the official said." or "X, the official said, Y": the phrase sits after the content.
            cut_start = len(before) - 1 if before.endswith(",") else len(before)
            found.append(_Attribution(subject_start, phrase_end, cut_start,
                                      _speaking_circumstance_end(sentence, cut_end), subject, speaker, False))
            continue
        found.append(_Attribution(subject_start, phrase_end, subject_start, cut_end, subject, speaker, True,
                                  denial_start=match.start() if verb in _DENYING_VERBS else None))
    return found


# Reporting verbs whose clause is what the speaker says is untrue ("The official denied that the initiatives
# overlapped"): the claim is that clause negated, not the clause itself.
_DENYING_VERBS = frozenset({"denied", "denies"})
# How a denied clause is written for the checker: "it is not so that" adds no word the record should share and
# puts the clause under a negation (normalize.negated_keys), so a record that states it disagrees.
_DENIAL_WORDING = "it is not so that "
_THAT = re.compile(r"that\s+", re.IGNORECASE)


def _as_denial(text: str) -> str:
    """The reported clause `text` as a denial: "that the initiatives overlapped" -> "it is not so that the
    initiatives overlapped"."""
    that = _THAT.match(text)
    return _DENIAL_WORDING + (text[that.end():] if that else text)


def _denied_by_person(sentence: str, attribution: _Attribution) -> str:
    """A named person's denial, who stays in the content: "Kirby denied that X" -> "Kirby said it is not
    so that X"."""
    start = attribution.denial_start
    return sentence[:start] + "said " + _as_denial(sentence[attribution.cut_end:].lstrip())


# "X quoted Y as saying (that) ...", "X cited Y as saying ...".
_QUOTED_AS_SAYING = re.compile(r"\b(?:quoted|quotes|cited|cites)\s+(?P<quoted>[^,;:“\"]{2,60}?)\s+as\s+"
                               r"(?P<saying>saying|telling\s+(?:reporters|journalists"
                               r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?))(?:\s+that)?\s+")


def _quoted_speaker(quoted: str, subject: str, names: dict[str, str]) -> _Speaker | None:
    """Who an outlet quotes: "the foreign ministry" that "Chinese state media" quote is China's."""
    speaker = _resolve(quoted, names)
    if speaker is not None and speaker.kind not in (_CARRY_ANY, _CARRY_TITLE, _CARRY_OFFICE):
        return speaker
    for adjective, side in _lexicon().side_adjectives:
        if side not in (_OTHER, MEDIA) and re.search(r"(?<![\w.])" + re.escape(adjective) + r"(?![\w])", subject):
            return _Speaker(side, _SOURCE)
    return speaker


# What a closing attribution says about the speaking itself rather than the claim: "..., a senior aide said,
# speaking on condition of anonymity since ...", "..., the ministry said, as it listed the results ...",
# "..., the embassy said, citing a decree", "..., said the official, who asked not to be named".
_SPEAKING_CIRCUMSTANCE = re.compile(
    r"[\s,]*(?:as\s+(?:it|he|she|they)\s+[a-z]+|speaking\b|citing\b|declining\s+to\b|on\s+condition\s+of\b"
    r"|without\s+(?:giving|providing|offering|elaborating|citing)\b"
    r"|who\s+(?:asked|spoke|declined|requested|was\s+not\s+authori[sz]ed)\b)", re.IGNORECASE)


def _speaking_circumstance_end(sentence: str, position: int) -> int:
    """Where a closing attribution's cut ends: past a clause about the speaking, if one follows it."""
    if not _SPEAKING_CIRCUMSTANCE.match(sentence, position):
        return position
    return len(sentence.rstrip().rstrip(_CLOSERS + _TERMINAL_PUNCTUATION))


# Reporting verbs that are also plural nouns ("U.S. states", "media reports", "these claims").
_ALSO_PLURAL_NOUNS = frozenset({"states", "reports", "claims", "notes", "calls", "terms", "posts", "promises",
                                "pledges", "vows", "hopes", "answers", "labels", "brands", "highlights"})
# Words after which such a word is a noun: determiners, quantifiers, numbers, and the adjectives of the sides.
_NOUN_MODIFIERS = frozenset({"the", "a", "an", "these", "those", "some", "many", "all", "other", "several", "both",
                             "member", "its", "their", "his", "her", "our", "your", "my", "such", "few", "most",
                             "two", "three", "four", "five", "ten", "earlier", "previous", "recent"})
# "from U.S. states": after a preposition a side's adjective modifies the word; "The U.S. states" has a subject.
_SIDE_MODIFIERS = frozenset({"u.s.", "us", "american", "chinese"})
_PREPOSITIONS_BEFORE_A_SIDE = frozenset({"from", "of", "in", "to", "with", "by", "for", "among", "across", "between",
                                         "on", "at"})
_OBJECT_PREPOSITIONS = frozenset({"against", "about", "over", "under", "into", "through", "toward", "towards"})


def _modifies_noun(left: str) -> bool:
    words = [word.lower().strip(_OPENING_QUOTES + "(") for word in left.split()]
    if not words:
        return False
    if words[-1] in _SIDE_MODIFIERS:
        return len(words) > 1 and (words[-2] in _PREPOSITIONS_BEFORE_A_SIDE or words[-2] in _NOUN_MODIFIERS - {"the"})
    # Straight after a preposition the word is its object ("action against states and entities"), never a verb.
    return words[-1] in _NOUN_MODIFIERS or words[-1] in _PREPOSITIONS_BEFORE_A_SIDE | _OBJECT_PREPOSITIONS


def _appositive_subject(sentence: str, verb_start: int, names: dict[str, str]) -> bool:
    """Whether "Name, a spokeswoman, said ..." names its speaker before the verb."""
    _, _, parts = _subject_before(sentence, verb_start)
    return len(parts) == 2 and any(_resolve(part, names) is not None for part in parts)


def _ends_like_speaker(subject: str) -> bool:
    """"said a senior official", "said Wang": not "said China opposes the move"."""
    words = subject.split()
    if not words or len(words) > T.INVERTED_SPEAKER_MAX_WORDS:
        return False
    last = words[-1].strip("’'")
    return last[:1].isupper() or last.lower() in _lexicon().speaker_heads


def _skip(sentence: str, position: int, characters: str) -> int:
    while position < len(sentence) and sentence[position] in characters:
        position += 1
    return position


def _back_over(sentence: str, position: int, characters: str) -> int:
    while position > 0 and sentence[position - 1] in characters:
        position -= 1
    return position


def _main_attribution(candidates: list[_Attribution]) -> _Attribution | None:
    """The source of the sentence: an institution, official or outlet before a named person; then the earliest."""
    if not candidates:
        return None
    rank = {_SOURCE: 0, _CARRY_PERSON: 1, _CARRY_ANY: 1, _CARRY_TITLE: 1, _CARRY_OFFICE: 1, _PERSON: 2, _PARTY: 3}
    return min(candidates, key=lambda c: (rank[c.speaker.kind], c.phrase_start))


def _content(sentence: str, attribution: _Attribution) -> str:
    left = sentence[: attribution.cut_start]
    right = sentence[attribution.cut_end:]
    if attribution.prefix:
        right = right.lstrip()
        if attribution.denial_start is not None:
            right = _as_denial(right)
        if not left.strip():
            left = ""
            right = right[:1].upper() + right[1:]
        elif left and not left.endswith(" "):
            left += " "
        return (left + right).strip()
    left = left.rstrip()
    if left.endswith((",”", ',"')):
        left = left[:-2] + left[-1]  # “We will not back down,” Wang said. → “We will not back down”.
    right = right.lstrip(" ,")
    if right and right[0] not in _TERMINAL_PUNCTUATION + "”\"’)":
        left += " "
    return (left + right).strip()


# --------------------------------------------------------------------------- names


def learn_names(text: str) -> dict[str, str]:
    """People the article introduces with their side: "Chinese Vice Premier He Lifeng" → He Lifeng."""
    lexicon = _lexicon()
    sides = dict(lexicon.side_adjectives)
    learnt: dict[str, str] = {}
    for match in lexicon.introduction.finditer(_straight_apostrophes(text)):
        side = sides[match.group("adjective")]
        name = match.group("name")
        if match.group(0)[: match.start("name") - match.start()].split()[-1] == "of":
            # "China's Ministry of Public Security": what follows "of" names a department, not a person.
            continue
        tokens = [t for t in name.split() if t not in lexicon.not_names]
        if not tokens:
            continue
        full = " ".join(tokens)
        learnt.setdefault(full, side)
        for token in (tokens[0], tokens[-1]):
            # A one-word name that is also an English word at a sentence start ("He", "An") is not learnt.
            if token.lower() in _UNLEARNABLE:
                continue
            learnt.setdefault(token, side)
    return learnt


_UNLEARNABLE = frozenset(
    """he she it we they i you his her its our their the a an and but or as at by in of on to for with
    then this that these those there here who what when where why how one two new former""".split()
)


# --------------------------------------------------------------------------- for the engine


def speaker_side(label: str | None) -> str:
    """The side a speaker label or noun phrase speaks for: "PRESIDENT XI", "Mr. Sullivan", "the Chinese embassy".

    For transcripts, whose speaker labels are in capitals, and for matching an
    article's attribution against who speaks in a piece of evidence. Returns
    NO_ATTRIBUTION when the label names neither side (or the press: MEDIA).
    """
    if not label or not label.strip():
        return NO_ATTRIBUTION
    text = " ".join(label.split())
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        text = " ".join(_title_case(word) for word in text.split())
    speaker = _resolve(text, {})
    if speaker is None or speaker.side == _OTHER or speaker.kind in (_CARRY_PERSON, _CARRY_ANY, _CARRY_TITLE,
                                                                     _CARRY_OFFICE):
        return NO_ATTRIBUTION
    return speaker.side


def _title_case(word: str) -> str:
    if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
        return word  # "U.S.", "P.R.C."
    return "-".join(part.capitalize() for part in word.split("-"))


def sentence_attribution(sentence: str) -> tuple[str, str | None]:
    """(side, phrase) a single sentence attributes itself to, with no context from sentences around it.

    An official publication that reports the other side ("The People's Republic
    of China announced that they will begin scheduling ...") states what that
    side said: this tells the engine so.
    """
    attribution = _main_attribution(_attributions(sentence, {}))
    if attribution is None or attribution.speaker.side in (_OTHER, NO_ATTRIBUTION):
        return NO_ATTRIBUTION, None
    return attribution.speaker.side, sentence[attribution.phrase_start:attribution.phrase_end]


# --------------------------------------------------------------------------- extraction


def extract_claims(text: str, *, headings: Iterable[tuple[int, int]] = ()) -> ClaimSet:
    """The article's claims, each with attribution and quotes, and every other sentence skipped with a reason.

    headings: (start, end) spans the loader knows to be headings (from Markdown or HTML markup).
    """
    heading_spans = list(headings)
    sentences = split_sentences(text)
    quotes = find_quotes(text)
    names = learn_names(text)
    mentions = _person_mentions(text, names)
    paragraph_sizes: dict[int, int] = {}
    for sentence in sentences:
        paragraph_sizes[sentence.paragraph] = paragraph_sizes.get(sentence.paragraph, 0) + 1

    result = ClaimSet()
    last_government_side = NO_ATTRIBUTION
    last_government_paragraph = -1
    # "The official" in a new paragraph points back to the last official the article quoted ("a senior
    # administration official said ..."), past the institutions quoted since ("Beijing said ...").
    last_official_side = NO_ATTRIBUTION
    last_side = NO_ATTRIBUTION
    last_document_side = NO_ATTRIBUTION
    # A document named by its side ("the Chinese readout", "Beijing's readout") and its paragraph; one named
    # by its kind alone ("according to the readout") and the side it was read as (see _CARRY_ANY below).
    marked_document_side, marked_document_paragraph = NO_ATTRIBUTION, -1
    bare_document_side = NO_ATTRIBUTION
    quoted_since_marked = NO_ATTRIBUTION  # the government last quoted after that side-named document
    # The side of the named person who speaks in the sentence before ("Okafor told reporters that he hoped to
    # see Lindqvist soon"): the "he" of the next sentence ("He said ...") is that speaker, not the last name read.
    sayer_side: str | None = None  # this sentence's speaking person's side, once read
    for index, sentence in enumerate(sentences):
        last_sayer_side, sayer_side = sayer_side, None
        previous_start = sentences[index - 1].start if index else sentence.start
        is_heading = any(start <= sentence.start and sentence.end <= end for start, end in heading_spans)
        reason = _skip_reason(sentence.text, paragraph_sizes[sentence.paragraph] == 1, is_heading,
                              first_paragraph=not result.claims)
        if reason:
            result.skipped.append(SkippedSentence(sentence.text, sentence.start, sentence.end, reason))
            continue
        attribution = _main_attribution(_attributions(sentence.text, names))
        side, phrase, content, speaker, speaker_kind = NO_ATTRIBUTION, None, sentence.text, None, None
        phrase_start = phrase_end = None
        if attribution is not None:
            kind = attribution.speaker.kind
            marked_again = False
            side = attribution.speaker.side
            if kind == _CARRY_PERSON:
                side = last_government_side
                if (last_government_paragraph != sentence.paragraph and last_official_side != NO_ATTRIBUTION
                        and _OFFICIAL.search(attribution.subject)):
                    side = last_official_side
                if attribution.subject.lower() in _PRONOUNS:
                    # "Biden contrasted ... . 'I'm not looking for a fight,' he said": "he" is the person the
                    # sentence before names (the one who speaks there, if one does; else the first it names, its
                    # subject: "Biden told Xi that ... . He said ..." is Biden), over the last government
                    # quoted before that. (A person the sentence itself names before "he said" is more often
                    # what "he" talked about.)
                    side = last_sayer_side or _person_side_between(mentions, previous_start, sentence.start) or side
            elif kind == _CARRY_ANY and _names_document(attribution.subject) \
                    and marked_document_side != NO_ATTRIBUTION:
                # "The readout" with no side named: the one its paragraph has just named by its side ("the
                # Chinese readout said ... The readout also said ..."); past that paragraph, the document the
                # article named without naming it by a side, as it does again ("according to the readout",
                # "the White House said in a readout"), else the last document named. A writer who had to name
                # one readout by its side ("according to the Chinese readout") means the plain one by the
                # plain words.
                if marked_document_paragraph == sentence.paragraph:
                    side, marked_again = marked_document_side, True  # that readout again, not the plain one
                else:
                    # With no plain one named, the readout of the government quoted since ("..., the White
                    # House said late on Wednesday. According to the readout, ...").
                    side = bare_document_side if bare_document_side != NO_ATTRIBUTION else \
                        quoted_since_marked if quoted_since_marked != NO_ATTRIBUTION else last_document_side
            elif kind == _CARRY_ANY:
                side = last_document_side if _names_document(attribution.subject) and last_document_side != \
                    NO_ATTRIBUTION else last_side
            elif kind in (_CARRY_TITLE, _CARRY_OFFICE):
                side = _nearest_person_before(mentions, sentence.start + attribution.phrase_start,
                                              last_government_side)
            if side == _OTHER:
                side = NO_ATTRIBUTION
            if kind == _PERSON and side in (US_GOVERNMENT, CHINA_GOVERNMENT):
                sayer_side = side
            if side == MEDIA:
                side = _cited_side(sentence.text, names) or side
            phrase_start = sentence.start + attribution.phrase_start
            phrase_end = sentence.start + attribution.phrase_end
            phrase = text[phrase_start:phrase_end]
            speaker = attribution.subject
            speaker_kind = _PUBLIC_KINDS[kind]
            if (kind in (_SOURCE, _CARRY_PERSON, _CARRY_ANY, _CARRY_OFFICE)
                    or kind == _PARTY and foreign_government_body(attribution.subject)) \
                    and not attribution.keep_content:
                # A third government's body is a source too: what it said is checked, not that it spoke.
                content = _content(sentence.text, attribution) or sentence.text
            elif attribution.denial_start is not None and attribution.prefix and not attribution.keep_content:
                content = _denied_by_person(sentence.text, attribution)
            # "The official" and "he" point back to a person or an institution with
            # officials, never to a document ("Beijing's readout said ..."); "the
            # readout" points back to the last document named ("..., the White House
            # said in a readout"), whoever spoke in between.
            if side in (US_GOVERNMENT, CHINA_GOVERNMENT) and not _names_document(attribution.subject):
                last_government_side, last_government_paragraph = side, sentence.paragraph
                if marked_document_side != NO_ATTRIBUTION and kind in (_SOURCE, _PARTY):
                    quoted_since_marked = side
                if _OFFICIAL.search(attribution.subject):
                    last_official_side = side
            if side != NO_ATTRIBUTION:
                last_side = side
                if _names_document(phrase):
                    last_document_side = side
                    if marked_again or kind == _SOURCE and _names_document(attribution.subject):
                        marked_document_side, marked_document_paragraph = side, sentence.paragraph
                        quoted_since_marked = NO_ATTRIBUTION
                    else:  # "the White House said in a readout", "according to the readout"
                        bare_document_side = side
        elif (cited := _cited_side(sentence.text, names)) is not None:
            side = cited  # "A later account, citing Norway's foreign ministry, described ..."
            content = _without_citing_subject(sentence.text)
        content = _DATELINE.sub("", content, count=1) or content
        if speaker_kind not in ("person", "party"):
            # "Notably, ...": the writer's aside, not a word the record would use. (Kept when a named
            # person speaks: there the whole sentence, speaker and all, is what is checked.)
            content = _without_comment_adverb(content)
        content = _without_motive(content)
        result.claims.append(Claim(
            index=len(result.claims),
            text=sentence.text,
            start=sentence.start,
            end=sentence.end,
            attribution=side,
            attribution_phrase=phrase,
            quotes=_quotes_in(quotes, sentence),
            content=content,
            speaker=speaker,
            speaker_kind=speaker_kind,
            attribution_start=phrase_start,
            attribution_end=phrase_end,
        ))
    return result


# The source a report relies on: "..., Reuters reported, citing U.S. officials" is the U.S. side's word.
_CITING = re.compile(rf"\bciting\s+(?P<cited>[^,;:{QUOTATION_MARKS}]{{2,80}}?)"
                     rf"(?=\s*(?:[,;:{QUOTATION_MARKS}]|[.!?]?\s*$))")


# A subject that reports by citing another ("A later account, citing Norway's foreign ministry,
# described"): who reported and the verb of reporting are no part of what is checked.
_CITING_SUBJECT = re.compile(rf"^[^,;:{QUOTATION_MARKS}]{{2,80}},\s+citing\s+[^,;:{QUOTATION_MARKS}]{{2,80}},"
                             r"\s+(?P<verb>[a-z]+)\s+(?=\S)")


def _without_citing_subject(sentence: str) -> str:
    match = _CITING_SUBJECT.match(sentence)
    if match is None or not _lexicon().verb.fullmatch(match.group("verb")):
        return sentence
    rest = sentence[match.end():]
    return rest[:1].upper() + rest[1:]


def _cited_side(sentence: str, names: dict[str, str]) -> str | None:
    """The government a report cites for the sentence, if it cites one."""
    for cited in _CITING.finditer(sentence):
        speaker = _resolve(cited.group("cited"), names)
        if speaker is not None and speaker.side in (US_GOVERNMENT, CHINA_GOVERNMENT):
            return speaker.side
    return None


# Sentence adverbs with which a writer comments on or links a sentence: "Notably, ...", "Separately, ...".
_COMMENT_ADVERB = re.compile(
    r"^(?:notably|meanwhile|separately|moreover|furthermore|additionally|however|indeed|importantly|significantly"
    r"|crucially|interestingly|tellingly|likewise|similarly|still|in addition|in particular|by contrast"
    r"|at the same time|in other words|to be sure),\s+(?=\S)", re.IGNORECASE)


_OFFICIAL = re.compile(r"\bofficials?\b", re.IGNORECASE)


def _without_comment_adverb(content: str) -> str:
    match = _COMMENT_ADVERB.match(content)
    if match is None:
        return content
    rest = content[match.end():]
    return rest[:1].upper() + rest[1:]


# The reporter's reading of why or to what end, hung on the point: ", using the first day of the trip to
# reassure an ally", ", in a bid to stop a rivalry from spinning out of control", or of what it means
# (", suggesting no quick decision"). No record states a motive or an inference so; the claim is the
# clause before it.
_MOTIVE = re.compile(r",\s+(?:using|seeking|hoping|aiming|looking|trying|signalling|signaling|suggesting|indicating)\s|"
                     r",?\s+in\s+(?:a|an)\s+(?:bid|effort|attempt)\s+to\s", re.IGNORECASE)
_QUOTE_MARKS = re.compile(f"[{QUOTATION_MARKS}]")


def _without_motive(content: str) -> str:
    match = _MOTIVE.search(content)
    if match is None or len(_QUOTE_MARKS.findall(content, 0, match.start())) % 2:
        return content  # none, or inside a quotation: the words quoted are the claim's
    return content[:match.start()] + "."


# Documents a side publishes: a speaker that is one of these is no person "the official" can point back to.
_DOCUMENT_KINDS = (r"(?:readouts?|statements?|(?:press )?releases?|transcripts?|summary|summaries|announcements?"
                   r"|fact sheets?|communiqu[eé]s?|documents?|notices?)")
_DOCUMENT_WORDS = re.compile(r"\b" + _DOCUMENT_KINDS + r"\b", re.IGNORECASE)
# A document the article named before, by its kind: "the fact sheet", "the same document", "the short statement".
_EARLIER_DOCUMENT = re.compile(r"(?:the|that|this|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT_KINDS,
                               re.IGNORECASE)


def _names_document(phrase: str | None) -> bool:
    return bool(phrase) and _DOCUMENT_WORDS.search(phrase) is not None


def _person_mentions(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, side) of every named person in the article, for "the president said" and the like."""
    lexicon = _lexicon()
    text = _straight_apostrophes(text)
    found = [(m.start(), lexicon.person_sides[_collapse(m.group(0))]) for m in lexicon.person_names.finditer(text)]
    if names:
        found += [(m.start(), names[_collapse(m.group(0))]) for m in _names_regex(names).finditer(text)]
    return sorted(found)


def _straight_apostrophes(text: str) -> str:
    """"China’s" as "China's", the form the lexicon uses; one character for one, so offsets hold."""
    return text.replace("’", "'").replace("‘", "'")


def _collapse(words: str) -> str:
    return " ".join(words.split())


_PRONOUNS = frozenset({"he", "she"})


def _person_side_between(mentions: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The government side of the first person named between start and end who speaks for one: the subject of
    the sentence there, whom a pronoun of the next sentence points back to, rather than whom they spoke to."""
    sides = [side for offset, side in mentions if start <= offset < end and side in (US_GOVERNMENT, CHINA_GOVERNMENT)]
    return sides[0] if sides else None


def _nearest_person_before(mentions: list[tuple[int, str]], position: int, default: str) -> str:
    side = default
    for offset, mention_side in mentions:
        if offset >= position:
            break
        side = NO_ATTRIBUTION if mention_side == _OTHER else mention_side
    return side


def _quotes_in(quotes: list[Quote], sentence: Sentence) -> tuple[Quote, ...]:
    """The quotes inside the sentence; one that runs past it (an unbalanced mark) is cut at its edge."""
    inside = []
    for quote in quotes:
        start, end = max(quote.start, sentence.start), min(quote.end, sentence.end)
        if start >= end:
            continue
        if (start, end) != (quote.start, quote.end):
            text = sentence.text[start - sentence.start:end - sentence.start]
            trimmed = text.strip().rstrip(",.;:")
            if not any(c.isalnum() for c in trimmed):
                continue
            start += len(text) - len(text.lstrip())
            quote = Quote(trimmed, start, start + len(trimmed))
        inside.append(quote)
    return tuple(inside)
