"""Where it happened (place_mismatch, event_mismatch): in person against virtual, a place qualified
by its country, and where two leaders met.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verifier.normalize import Analysis, Entity, keys_of

# A meeting held by video, and one held somewhere in person.
_VIRTUAL = re.compile(r"\b(?:virtual|video|online)\s+(?:meeting|summit|call|conversation|conference|talks|format|link|"
                      r"session|discussion)s?\b|\bvideo\s*conferenc\w*|\bvirtually\s+(?:met|meet|spoke|held|attended)\b|"
                      r"\bby\s+video\b", re.IGNORECASE)
# Where a meeting itself took place: "in person", "during a visit to", not a plan ("will travel to China").
_IN_PERSON = re.compile(r"\b(?:in[\s-]person|face[\s-]to[\s-]face|while\s+visiting)\b|\b(?:during|on|while\s+on|at)\s+"
                        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+)?(?:visit|trip|travels|stop)\b", re.IGNORECASE)


def _qualified_place_swap(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
    """"Middletown, Pennsylvania" against "Middletown, Ohio": one town, qualified by another state or
    country, wherever else the record names the claim's ("in Lyndora, Pennsylvania"): the keys of the
    claim's qualifier, else None."""
    ours = _qualified_places(claim)
    if not ours:
        return None
    theirs = _qualified_places(candidate)
    for town, qualifier in ours.items():
        other = theirs.get(town)
        if other is not None and other != qualifier:
            return frozenset({qualifier})
    return None


def _qualified_places(analysis: Analysis) -> dict[str, str]:
    """Town -> the state or country that follows it after a comma ("Lima, Peru": lima -> peru)."""
    kinds = {entity.index: entity.kind for entity in analysis.entities}
    tokens = analysis.tokens
    found = {}
    for index, kind in kinds.items():
        if kind not in ("place", "country") or index == 0:
            continue
        town = tokens[index - 1]
        if not town.capitalised or town.stop or analysis.text[town.end:tokens[index].start] != ", ":
            continue
        # "Vietnam, India and Mexico", "Texas, Arizona": a list of names of a kind, not a town and its state.
        if kinds.get(index - 1) == "country" or kinds.get(index - 1) == kind == "place":
            continue
        if index + 1 in kinds and analysis.text[tokens[index].end:tokens[index + 1].start] in (", ", " and ", ", and "):
            continue
        found.setdefault(town.key, tokens[index].key)
    return found


def _virtual_conflict(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
    """A meeting the claim places somewhere in person ("during a visit to
    Beijing") that the record says was held by video, or the reverse: the
    claim's words for where it was (the conflict's keys), else None."""
    claim_virtual, record_virtual = _virtual_span(claim.text), _virtual_span(candidate.text)
    if bool(claim_virtual) == bool(record_virtual):
        return None
    if record_virtual:
        places = {entity.key for entity in claim.entities
                  if entity.after_preposition and entity.kind in ("place", "country") and _met_at(claim, entity)
                  and entity.key not in candidate.keys}
        in_person = _IN_PERSON.search(claim.text)
        if not places and not in_person:
            return None
        return frozenset(places | {token.key for token in claim.tokens if token.key in _TRAVEL_KEYS})
    if _IN_PERSON.search(candidate.text) is None:
        return None
    return frozenset(token.key for token in claim.tokens if claim_virtual[0] <= token.start < claim_virtual[1])


@lru_cache(maxsize=16_384)
def _virtual_span(text: str) -> tuple[int, int] | None:
    """Where the text says a meeting was held by video (_VIRTUAL), else None."""
    # Every match holds one of these words: an ASCII text without them needs no search
    # (the pattern tries each of a long sentence's positions in turn).
    if text.isascii():
        lowered = text.lower()
        if "virtual" not in lowered and "video" not in lowered and "online" not in lowered:
            return None
    match = _VIRTUAL.search(text)
    return match.span() if match else None


_TRAVEL_KEYS = keys_of(["visit", "trip", "travel", "person"])
# Words right before a place that make it where the meeting was held ("talks in Geneva", "held in Bali").
_MET_AT_KEYS = keys_of(["=talks", "summit", "hold"])


def _met_at(claim: Analysis, entity: Entity) -> bool:
    """The place the claim's meeting was held ("met in Malta", "talks in
    Geneva", "during a visit to Beijing"), not where someone will go."""
    before = [token for token in claim.tokens[:entity.index] if not token.stop]
    if not before:
        return False
    if before[-1].key in _MET_AT_KEYS:
        return True
    return before[-1].key in _TRAVEL_KEYS and _IN_PERSON.search(claim.text, 0, claim.tokens[entity.index].start) is not None
