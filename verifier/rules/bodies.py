"""Another body in the claim's slot (actor_mismatch): the claim names an organisation, fund, bank, programme or
agency ("funding to UNICEF") where the record's sentence, telling the same deed, names another one in the same
place ("funding to the UN World Food Program (WFP)") and never the claim's. The analysis reads no entity in most
such names (a long initialism, a name under an institution's head, an alias group's key), so the name rules miss
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier import thresholds as T
from verifier.memo import per_check
from verifier.normalize import Analysis, fold, has_whole_phrase
from verifier.rules.actors import _spelt_out

# The last word of a body's name that says it is a body, not a person, a place or a document: "the World Food
# Program", "the International Monetary Fund", "the National Security Agency", "U.S. Strategic Command". Not
# "Office" (the Oval Office is a room), nor "Group", "Party" or "Force", as often a meeting, a delegation or a
# unit as a body.
BODY_HEADS = frozenset({
    "fund", "bank", "program", "programme", "organization", "organisation", "agency", "bureau", "commission",
    "council", "committee", "corporation", "association", "authority", "union", "institute", "foundation",
    "ministry", "department", "board", "service", "facility", "administration", "command", "corps"})
# Small words a body's name holds between its capitalised words ("the Bureau of Alcohol, Tobacco ...", "the
# Department of the Treasury", "the Food and Agriculture Organization").
_NAME_JOINERS = frozenset({"of", "the", "for", "and", "on", "&"})
# What stands between a preposition and the body it governs.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Body:
    first: int  # its first token
    last: int  # its last token
    words: frozenset[str]  # its written words, folded
    surface: str


def _initialism(surface: str) -> bool:
    letters = surface.replace(".", "")
    return len(letters) >= T.INITIALISM_MIN_LETTERS and letters.isalpha() and letters.isupper()


@per_check
def bodies(analysis: Analysis) -> tuple[Body, ...]:
    """The bodies the text names: a run of capitalised words (with the small words a name holds) ending in a
    body's head word ("the World Food Program", a key of the lexicon's such as "International Monetary Fund"), or
    an initialism of three letters or more the lexicon does not read as a country, a place or a person
    ("UNICEF", "NSA"). Not a run opening the sentence, capitalised as every first word is, unless an initialism."""
    tokens, text = analysis.tokens, analysis.text
    known = {entity.index for entity in analysis.entities if entity.kind in ("person", "country", "place")}
    found: list[Body] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.capitalised or token.stop or index in known:
            index += 1
            continue
        last = index
        while last + 1 < len(tokens) and not text[tokens[last].end:tokens[last + 1].start].strip(" -"):
            following = tokens[last + 1]
            if following.capitalised and not following.stop and last + 1 not in known:
                last += 1
            elif fold(following.surface) in _NAME_JOINERS and last + 2 < len(tokens) \
                    and tokens[last + 2].capitalised and not tokens[last + 2].stop \
                    and not text[following.end:tokens[last + 2].start].strip(" -"):
                last += 2
            else:
                break
        surface = text[token.start:tokens[last].end]
        words = _WORD.findall(fold(surface))
        single_initialism = last == index and _initialism(token.surface)
        if (words and words[-1] in BODY_HEADS and (index > 0 or last > index)) or single_initialism:
            found.append(Body(index, last, frozenset(words), surface))
        index = last + 1
    return tuple(found)


def _distinctive(body: Body) -> frozenset[str]:
    """The words of a body's name that tell it from others: not its head nor the small words it holds."""
    return body.words - BODY_HEADS - _NAME_JOINERS - {"s"}


def _same_body(ours: Body, ours_in: Analysis, theirs: Body, theirs_in: Analysis) -> bool:
    """Whether two bodies are one: the lexicon's key of it on both sides ("the IMF" / "the International Monetary
    Fund"), one initialism, a name holding all the other's telling words ("the UN World Food Program" / "the World
    Food Programme"), or initials that spell the other's name ("WFP" / "the World Food Program")."""
    our_keys = {token.key for token in ours_in.tokens[ours.first:ours.last + 1]}
    their_keys = {token.key for token in theirs_in.tokens[theirs.first:theirs.last + 1]}
    if any((key.startswith("=") or ours.first == ours.last) and key in their_keys for key in our_keys):
        return True
    mine, other = _distinctive(ours), _distinctive(theirs)
    if mine and other and (mine <= other or other <= mine):
        return True
    return _spelt_out(theirs.surface, ours.surface) or _spelt_out(ours.surface, theirs.surface)


def _named_in(body: Body, surface_of: Analysis, other: Analysis) -> bool:
    """Whether `other` names the body: as one of its bodies (`_same_body`), by the lexicon's key of it or its
    initialism anywhere, by its words in one phrase ("the World Bank's"), or spelt out."""
    tokens = surface_of.tokens[body.first:body.last + 1]
    if any((token.key.startswith("=") or body.first == body.last) and token.key in other.keys for token in tokens):
        return True
    if has_whole_phrase(fold(other.text), fold(body.surface)):
        return True
    if any(_same_body(body, surface_of, theirs, other) for theirs in bodies(other)):
        return True
    return _spelt_out(body.surface, other.text)


def _slot(analysis: Analysis, body: Body) -> tuple[str, str] | None:
    """(the word governing the preposition, the preposition) right before the body, past a determiner: "funding
    to UNICEF" is ("funding", "to"); None when no preposition governs it."""
    tokens = analysis.tokens
    position = body.first - 1
    while position >= 0 and fold(tokens[position].surface) in _DETERMINERS:
        position -= 1
    if position < 1 or not tokens[position].stop or tokens[position].capitalised:
        return None
    governor = tokens[position - 1]
    if governor.capitalised:
        return None
    return governor.key, fold(tokens[position].surface)


@per_check
def another_body(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """The keys of the claim's body where the candidate's sentence puts another body in its slot: the same
    preposition after the same word ("funding to UNICEF" / "funding to the UN World Food Program"), the
    candidate's body nowhere in the claim, and most of the claim's other words in the sentence (the same deed
    told). The claim's body is nowhere in the sentence, or only in another slot of the deed ("funded by the Peace
    Corps" / "funded by USAID, and partnering with the Peace Corps"). None otherwise."""
    ours = bodies(claim)
    if not ours:
        return None
    theirs = [body for body in bodies(candidate) if not _named_in(body, candidate, claim)]
    if not theirs:
        return None
    for mine in ours:
        slot = _slot(claim, mine)
        if slot is None or not any(_slot(candidate, other) == slot for other in theirs):
            continue
        if _named_in(mine, claim, candidate):
            # Named there too: only as a body of its own, each time in a slot the deed gives it otherwise.
            elsewhere = [other for other in bodies(candidate) if _same_body(mine, claim, other, candidate)]
            if not elsewhere or any(_slot(candidate, other) in (None, slot) for other in elsewhere):
                continue
        body_keys = {token.key for token in claim.tokens[mine.first:mine.last + 1]}
        content = {token.key for token in claim.tokens if not token.stop} - body_keys
        if not content or len(content & candidate.keys) < T.BODY_SWAP_MIN_SHARED * len(content):
            continue
        return body_keys
    return None
