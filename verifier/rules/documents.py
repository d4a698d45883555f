"""The publication a claim credits with its words (misattributed): "according to the joint statement",
"the fact sheet said", "Friday's joint statement recalled", "Biden said in his speech", and whether a
record publication is one of that kind.

A claim that names the document saying it makes the document part of what it asserts: when the record
holds that document, of the occasion the point was published for, and only another kind of publication
states the point, the claim credits the words to the wrong text (docs/verdicts.md: "unless the claim says
the readout said it"). Only kinds a title, a kind or a filing place tells apart are read: a joint
statement, a fact sheet, a president's proclamation or order, a speech or press conference. "The
readout" and "the statement" are left alone: news calls any of a day's publications so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from verifier import thresholds as T
from verifier.evidence import Candidate, local_day
from verifier.normalize import analyze, lexicon
from verifier.rules.codes import SPOKEN_KINDS
from verifier.rules.parties import publishers_own
from verifier.rules.speakers import holders_countries

JOINT_STATEMENT = "joint statement"
FACT_SHEET = "fact sheet"
PRESIDENTIAL_ACTION = "presidential action"
MEMORANDUM_OF_UNDERSTANDING = "memorandum of understanding"
MEMORANDUM = "memorandum"
SPOKEN = "speech"

# What news calls each kind. A declaration alone is the several parties' text ("the two premiers wrote
# in their declaration"), not a disaster's or an emergency's, nor a "declaration of" a state of things. A
# memorandum "of understanding" (an MOU) is an agreement the parties sign, not the president's; a bare
# "memorandum" may be either (MEMORANDUM), so it is credited wrongly only when neither states the point.
_KIND_WORDS = (
    (JOINT_STATEMENT, r"joint\s+(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu[eé])|communiqu[eé]"
                      r"|leaders['\u2019]?\s+statement|(?<!disaster\s)(?<!emergency\s)declaration(?!\s+of\b)"),
    (FACT_SHEET, r"fact\s+sheet"),
    (MEMORANDUM_OF_UNDERSTANDING, r"memorand(?:um|a)\s+of\s+understanding|mou"),
    (PRESIDENTIAL_ACTION, r"proclamation|executive\s+order|presidential\s+memorandum"),
    (MEMORANDUM, r"memorandum(?!\s+of\b)"),
    (SPOKEN, r"speech|remarks|address|(?:press|news)\s+conference"),
)
_KIND = "|".join(words for _, words in _KIND_WORDS)
_EACH_KIND = tuple((kind, re.compile(rf"\b(?:{words})s?$", re.IGNORECASE)) for kind, words in _KIND_WORDS)
# Whose, or which day's, document: "the", "his", "Friday's", "Biden's", "a White House"; then up to three
# words that describe it ("opening", "East Room", "formal written"). Not a preposition or a determiner: past
# one, the phrase names something else that the document only places or qualifies ("in the days before the
# speech", "in the name of free speech", "in a break from the executive order"), not the text credited.
_OWNER = r"(?:the|a|an|his|her|its|their|this|that|[\w.-]+['\u2019]s)"
_NOT_DESCRIBING = (r"(?:the|a|an|his|her|its|their|this|that|these|those|of|in|into|on|at|to|for|from|by|with|"
                   r"before|after|during|since|until|outside|inside|about|against|over|under|between|"
                   r"following|ahead|and|or)\b")
_DOCUMENT = rf"{_OWNER}\s+(?:(?!{_NOT_DESCRIBING})[\w.'\u2019-]+\s+){{0,3}}?(?:{_KIND})s?\b"
_NAMED_DOCUMENT = re.compile(_DOCUMENT, re.IGNORECASE)
# What a document does in a claim's report of it.
_REPORTING_VERB = (r"(?:also\s+)?(?:said|says|stated|states|noted|notes|recalled|recalls|added|adds|read|reads|"
                   r"showed|shows|stressed|stresses|called|calls|cited|cites|described|describes|listed|lists|"
                   r"acknowledged|acknowledges|claimed|claims|outlined|outlines|refers|referred|underscored|"
                   r"underscores|highlighted|highlights|announced|announces|confirmed|confirms|mentioned|"
                   r"mentions|explained|explains|detailed|details|estimated|estimates|put|puts|spelled|spells|"
                   r"sets|set|went|goes|affirmed|affirms|reaffirmed|reaffirms|welcomed|welcomes|pointed|points|"
                   r"commits|committed)\b")
# "According to the joint statement", "in his speech", "said in Friday's fact sheet", "the fact sheet said".
_CLAIMED_DOCUMENT = re.compile(
    rf"\baccording\s+to\s+{_DOCUMENT}|\bin(?:to)?\s+{_DOCUMENT}|{_DOCUMENT}\s*,?\s+(?:itself\s+)?{_REPORTING_VERB}",
    re.IGNORECASE)

# A publication's own words for a document of the kind, in its folded text ("the joint statement",
# "the President's remarks"). Not "address", which a written text mostly uses as a verb; not a declaration
# alone, which a written text uses of customs forms ("import declarations") and of the deeds it tells ("a
# historic peace declaration"); a memorandum alone may be the president's.
_MENTIONED = {kind: re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE) for kind, words in _KIND_WORDS}
_MENTIONED[JOINT_STATEMENT] = re.compile(r"\b(?:joint\s+(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu[eé])"
                                         r"|communiqu[eé]|leaders['\u2019]?\s+statement)", re.IGNORECASE)
_MENTIONED[PRESIDENTIAL_ACTION] = re.compile(r"\b(?:proclamation|executive\s+order|memorandum(?!\s+of\b))",
                                             re.IGNORECASE)
_MENTIONED[SPOKEN] = re.compile(r"\b(?:speech|remarks|(?:press|news)\s+conference)\b", re.IGNORECASE)

# How a record publication shows its kind: a joint statement by its title (news calls "the joint statement"
# what is titled "Leaders' Statement", "Joint Vision Statement", "Jeddah Communique", "Washington
# Declaration": one text the several parties issued together), a fact sheet by its kind, a president's
# action by where its publisher files it (its title names what it does, "Modifying Duties to ...", not
# that it is an order).
UNDERSTANDING_TITLE = re.compile(r"\bmemorand(?:um|a)\s+of\s+understanding\b", re.IGNORECASE)
JOINTLY_ISSUED_TITLE = re.compile(r"\bjoint\s+(?:\w+\s+){0,2}statement\b|\bleaders['\u2019]?\s+statement\b"
                                  r"|\bcommuniqu|\bdeclaration\b", re.IGNORECASE)
ACTIONS_SECTION = "/presidential-actions/"
# Written texts that recount no one's words: a point only they state was not said in a speech. A readout
# (or a ministry's account of a meeting) tells what was said, so it is no sign the speech lacked it.
_WRITTEN_NOT_RECOUNTING_KINDS = frozenset({"fact-sheet", "statement", "action"})


@dataclass(frozen=True)
class ClaimedDocument:
    kind: str  # JOINT_STATEMENT, FACT_SHEET, MEMORANDUM_OF_UNDERSTANDING, PRESIDENTIAL_ACTION, MEMORANDUM or SPOKEN
    words: str  # as the claim names it ("joint statement", "speech")


def claimed_document(sentence: str) -> ClaimedDocument | None:
    """The kind of publication an article's sentence says its words are from, if it names one read here."""
    match = _CLAIMED_DOCUMENT.search(sentence)
    if match is None:
        return None
    named = _NAMED_DOCUMENT.search(match.group(0)).group(0)
    for kind, words in _EACH_KIND:
        found = words.search(named)
        if found is not None:
            return ClaimedDocument(kind, " ".join(found.group(0).lower().split()))
    return None


def is_of_kind(candidate: Candidate, kind: str) -> bool:
    """The candidate's publication is a document of that kind."""
    publication = candidate.first
    if kind == JOINT_STATEMENT:
        return JOINTLY_ISSUED_TITLE.search(publication.title) is not None
    if kind == FACT_SHEET:
        return publication.kind == "fact-sheet"
    if kind == MEMORANDUM_OF_UNDERSTANDING:
        return UNDERSTANDING_TITLE.search(publication.title) is not None
    if kind == PRESIDENTIAL_ACTION:
        return publication.kind == "action" or ACTIONS_SECTION in publication.url
    if kind == MEMORANDUM:
        return any(is_of_kind(candidate, either) for either in (MEMORANDUM_OF_UNDERSTANDING, PRESIDENTIAL_ACTION))
    return publication.kind in SPOKEN_KINDS


def credited_elsewhere(claimed: ClaimedDocument, supporting: list[Candidate], candidates: list[Candidate],
                       publication_text: Callable[[int], str]) -> tuple[Candidate, Candidate] | None:
    """(the publication that states the point, the claimed document of its occasion that does not) when
    no supporting candidate is of the claimed kind and the record's document of that kind, out within
    CLAIMED_DOCUMENT_DAYS of the best supporting one and of its occasion (_of_one_occasion), is among the
    candidates: the claim credits the words to the wrong text.
    A speech is contradicted only by a written text that recounts no one's words. A publication that
    itself speaks of such a document ("Today, the United States issued the first joint statement on
    trade") is an account of it: the article may have its words from the document's own summary."""
    if not supporting or any(is_of_kind(candidate, claimed.kind) for candidate in supporting):
        return None
    stating = supporting[0]
    if claimed.kind == SPOKEN and stating.first.kind not in _WRITTEN_NOT_RECOUNTING_KINDS:
        return None
    if _MENTIONED[claimed.kind].search(publication_text(stating.first.readout_id)):
        return None
    day = local_day(stating.first)
    for candidate in candidates:
        if (is_of_kind(candidate, claimed.kind)
                and abs((local_day(candidate.first) - day).days) <= T.CLAIMED_DOCUMENT_DAYS
                and _of_one_occasion(stating, candidate)):
            return stating, candidate
    return None


def _of_one_occasion(stating: Candidate, silent: Candidate) -> bool:
    """Whether two publications out within a day may be of one occasion: their titles name a foreign
    country in common, or one of them names none. On a day of two visits the fact sheet of the one with
    Korea ("United States-Republic of Korea ...") and the joint statement of the one with Japan are of
    two occasions, and so are the remarks "by President Biden and Prime Minister Kishida" (a leader stands
    for the country whose office they hold); the joint statement "Following the Meeting Between President
    Biden and President Lula" names no country the offices table knows and may be the remarks' "...
    President Lula da Silva of Brazil"."""
    stating_parties = _title_countries(stating.first.title, stating.side)
    silent_parties = _title_countries(silent.first.title, silent.side)
    return not stating_parties or not silent_parties or bool(stating_parties & silent_parties)


@lru_cache(maxsize=4_096)
def _title_countries(title: str, side: str) -> frozenset[str]:
    """The countries a publication's title names, a city standing for its country ("Tokyo Summit":
    Japan) and an office holder for theirs ("Prime Minister Kishida": Japan), less the publisher's own:
    every White House title is of the United States."""
    located_in = lexicon().located_in
    analysis = analyze(title)
    countries = {located_in.get(entity.key, entity.key) for entity in analysis.entities
                 if entity.kind in ("country", "place")} | holders_countries(analysis)
    return frozenset(key for key in countries if key.startswith("=") and not publishers_own(key, side))
