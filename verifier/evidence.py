"""Finding the record sentences that speak to a claim, and scoring them.

Candidates come from the sentence full-text index: the sentences holding the
claim's rarer words (and their aliases) are ranked by what those words would
add to their score (`bound_sentences`; BM25 over the least common words when
every word is common), and the best are scored by `coverage_of`, which
measures how much of the claim's content a sentence covers, words weighted by
rarity (IDF over the record's sentences), so a short record sentence whose
few words all occur in the claim cannot outrank a sentence that states the
claim's point. Two or three consecutive sentences of one publication may
serve together when together they cover more.

The checker asks here too for the readings a claim may need beyond one
sentence: a reporter's question with its answer (`answered_questions`), two
sentences of one publication apart (`sentence_pairs`), the passages a
quotation pins (`find_passages`, `quoted_passages`), a publication's title,
day and speakers around its sentence (`framed`, `with_speakers`), and the
publications that came too late for the article. `summarize_record` keeps
the index's summary current after an import.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Callable, Mapping, Sequence, Sized
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import TypeVar

from pyroaring import BitMap
from rapidfuzz import fuzz, process
from sqlalchemy import text
from sqlalchemy.engine import Connection

from db.index import (
    SentenceHit,
    SentencePlace,
    catch_up_index_summary,
    count_matching_sentences,
    evidence_state,
    index_summary_stored,
    publication_sentences,
    search_sentences,
    sentence_hits,
    sentence_places,
    sentences_around,
    sentences_holding,
    sentences_published,
    sentences_published_when,
    store_index_summary,
    stored_sentences_holding,
    tokenize_ahead,
)
from sources.zones import source_zone
from verifier import thresholds as T
from verifier.normalize import (
    HONORIFICS,
    NUMBER_WORDS,
    PARTY_NOUNS,
    SOURCE_KEY,
    STOPWORDS,
    TIME_UNIT_KEYS,
    Analysis,
    Quantity,
    alias_data,
    analyze,
    analyze_joined,
    denied_words,
    derivational_bases,
    fold,
    honorifics_pattern,
    is_light,
    is_month_key,
    keys_of,
    lexicon,
    light_stem,
    opening_verb_keys,
    saying_aside_keys,
    search_words,
    spanning_keys,
    speaker_keys,
    telling_verb_keys,
    title_words,
)
from verifier.offices import holder_on

# ------------------------------------------------------------------ term weights


class TermWeights:
    """IDF weight of each key, from document frequencies counted in the
    full-text index on first use and cached for one check.

    Counting is capped (DF_COUNT_CAP): exact for the rare words that matter,
    cheap for the common ones, whose weight is low either way.
    """

    def __init__(self, connection: Connection):
        self.connection = connection
        record = evidence_state(connection)
        self.sentences = record[0]
        self._by_key: dict[str, float] = {}
        # Counts stay valid while the index holds the same sentences (new or
        # revised readouts move the state), so later checks reuse them.
        state = (str(connection.engine.url), *record)
        self.state = state
        if _FREQUENCY_CACHE.get("state") != state:
            _FREQUENCY_CACHE.clear()
            _FREQUENCY_CACHE["state"] = state
            _FREQUENCY_CACHE["counts"] = {}
            _FREQUENCY_CACHE["expected"] = set()
        self._frequency_by_phrase: dict[str, int] = _FREQUENCY_CACHE["counts"]
        self._expected: set[tuple[str, str]] = _FREQUENCY_CACHE["expected"]

    def frequency(self, phrase: str) -> int:
        """In how many sentences (up to the cap) the phrase occurs."""
        if not phrase:
            return 0
        if phrase not in self._frequency_by_phrase:
            self._frequency_by_phrase[phrase] = _count_matches(self.connection, phrase)
        return self._frequency_by_phrase[phrase]

    def key_frequency(self, key: str, surface: str) -> int:
        # The sum is capped, so counting stops once it reaches the cap: the
        # rest could not change it. Phrases already counted go first, then
        # single words (one lookup each), then longer phrases, whose count
        # walks positions ("united states": tens of milliseconds on a cold
        # page cache, and a common key's other variants reach the cap first).
        known = self._frequency_by_phrase
        total = 0
        for phrase in sorted(search_words(key, surface), key=lambda phrase: (phrase not in known, " " in phrase)):
            total += self.frequency(phrase)
            if total >= T.DF_COUNT_CAP:
                return T.DF_COUNT_CAP
        return total

    def weight(self, key: str, surface: str) -> float:
        cached = self._by_key.get(key)
        if cached is None:
            if self.sentences == 0:
                cached = 1.0
            else:
                frequency = self.key_frequency(key, surface)
                cached = max(math.log((self.sentences + 1) / (frequency + 1)) + T.IDF_OFFSET, T.IDF_FLOOR)
            self._by_key[key] = cached
        return cached

    def expect(self, analyses: Sequence[Analysis]) -> None:
        """Get ready to weigh these texts' keys: the words whose counts
        weight() will ask for are put through the index's tokenizer together
        (once while the index holds the same sentences: a warm process's
        next check of the same claims has them)."""
        new = [pair for pair in dict.fromkeys((key, analysis.surfaces[key]) for analysis in analyses
                                              for key in analysis.keys) if pair not in self._expected]
        tokenize_ahead(self.connection, [phrase for key, surface in new for phrase in search_words(key, surface)])
        self._expected.update(new)

    def weigh(self, analysis: Analysis) -> dict[str, float]:
        described = descriptor_keys(analysis)
        aside = (saying_aside_keys(analysis) | spanning_keys(analysis) | telling_verb_keys(analysis)
                 | opening_verb_keys(analysis))
        return {key: self.weight(key, analysis.surfaces[key])
                * (T.LIGHT_WEIGHT if is_light(key, analysis.surfaces[key]) or key in aside else 1.0)
                * (T.DESCRIPTOR_WEIGHT if key in described else 1.0)
                for key in sorted(analysis.keys)}


@lru_cache(maxsize=1)
def descriptor_words() -> frozenset[str]:
    data = alias_data()
    return frozenset(fold(word) for word in data["descriptors"])


# "the two leaders", "the two sides": the pair the story is about, not a count
# (unless a unit of time or a count of occasions follows: "the two days of talks").
_PAIR_DETERMINERS = frozenset({"the", "these", "those", "their", "both"})
_COUNTED_AFTER_PAIR = keys_of(["day", "hour", "week", "month", "year", "minute", "round", "time"])
# Counted occasions written with a word of the talks group, whose key "the two met" shares: by the word.
_COUNTED_OCCASIONS_AFTER_PAIR = frozenset({"session", "sessions"})
# "the pair": the two, in one word.
_PAIR_NOUNS = frozenset({"pair", "duo"})
# "The three countries", "all four leaders", "both sides", "the two men": a definite count of the parties and its
# noun refer back to those the story is about, whom a record sentence names ("the United States, Japan, and the
# Philippines"); the record seldom counts them again, and news words such as "the two men" are rare in it, so at
# their full weight they would outweigh the claim's point.
_PARTY_COUNT_DETERMINERS = _PAIR_DETERMINERS | {"all"}
_REFERRING_PARTY_NOUNS = frozenset(noun for noun in PARTY_NOUNS if " " not in noun)


def _counts_parties(word: str) -> bool:
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    return 2 <= value <= T.PARTY_COUNT_MAX


def descriptor_keys(analysis: Analysis) -> frozenset[str]:
    """Keys whose every use in the text only describes someone named, or
    points back at a pair: "Chinese leader Xi Jinping", "Antony Blinken",
    "Treasury Secretary Janet Yellen", "Wang Yi, China's top diplomat,", "the
    two leaders". A record sentence names the same people its own way
    ("President Xi", "Secretary Yellen", "They"): what the article adds to
    the name is not what it says happened."""
    tokens = analysis.tokens
    if not tokens:
        return frozenset()
    words = descriptor_words()
    kinds, capitals = lexicon().entity_kind, lexicon().capital_of
    text = fold(analysis.text)
    named = {entity.index: entity.kind for entity in analysis.entities}

    def describes(index: int) -> bool:
        token = tokens[index]
        return (token.surface.lower() in words or kinds.get(token.key) == "country" or token.key in capitals
                or named.get(index) == "name" or token.key == SOURCE_KEY)

    def joined(left: int, right: int) -> bool:  # nothing but spaces (or an initialism's full stop) between them
        return not text[tokens[left].end:tokens[right].start].lstrip("." if "." in tokens[left].surface else "").strip()

    described: set[int] = set()
    for entity in analysis.entities:
        if entity.kind != "person":  # (a run of unknown names may be a list: "envoy John Kerry" is its own)
            continue
        # Before the name: "U.S. National Security Adviser", "Secretary of State".
        index = entity.index - 1
        while index >= 0 and joined(index, index + 1):
            token = tokens[index]
            if describes(index):
                described.add(index)
            elif not (token.stop and token.surface.lower() in ("of", "the")):
                break
            index -= 1
        # After it, set off by commas: "Wang Yi, China's top diplomat, ..."
        after = entity.index + 1
        if after < len(tokens) and text[tokens[entity.index].end:tokens[after].start].strip() == ",":
            run = []
            index = after
            while index < len(tokens) and (index == after or joined(index - 1, index)):
                if describes(index):
                    run.append(index)
                elif not tokens[index].stop:
                    run = []
                    break
                index += 1
            if run and (index == len(tokens) or text[tokens[index - 1].end:tokens[index].start].strip() in (",", ".")):
                described.update(run)
    for index, token in enumerate(tokens[1:-1], start=1):
        if (token.surface.lower() == "two" and tokens[index - 1].surface.lower() in _PAIR_DETERMINERS
                and tokens[index + 1].key not in _COUNTED_AFTER_PAIR
                and tokens[index + 1].surface.lower() not in _COUNTED_OCCASIONS_AFTER_PAIR):
            described.add(index)
    for index, token in enumerate(tokens[1:], start=1):
        if (token.surface.lower() in _PAIR_NOUNS and tokens[index - 1].surface.lower() in _PAIR_DETERMINERS
                and (index + 1 == len(tokens) or tokens[index + 1].surface.lower() != "of")):
            described.add(index)  # not "the pair of boots": a pair of things
    if tokens[-1].surface.lower() == "two" and len(tokens) > 1 and tokens[-2].surface.lower() in _PAIR_DETERMINERS:
        described.add(len(tokens) - 1)
    for index, token in enumerate(tokens[1:], start=1):
        if token.surface.lower() not in _REFERRING_PARTY_NOUNS:
            continue
        before = tokens[index - 1].surface.lower()
        if before == "both" and joined(index - 1, index):
            described.add(index)
        elif (index >= 2 and _counts_parties(before) and joined(index - 1, index)
              and tokens[index - 2].surface.lower() in _PARTY_COUNT_DETERMINERS):
            described.update((index - 1, index))
    if not described:
        return frozenset()
    elsewhere = {token.key for index, token in enumerate(tokens) if index not in described and not token.stop}
    return frozenset(tokens[index].key for index in described if not tokens[index].stop) - elsewhere


_FREQUENCY_CACHE: dict[str, object] = {}


def _count_matches(connection: Connection, phrase: str) -> int:
    return count_matching_sentences(connection, phrase, cap=T.DF_COUNT_CAP)


# ------------------------------------------------------------------ scoring


@dataclass(frozen=True, slots=True)
class Coverage:
    score: float
    coverage: float  # weighted share of the claim's keys the candidate has
    predicate: float  # the same over the claim's non-name keys
    matched: frozenset[str]


def coverage_of(claim: Analysis, weights: dict[str, float], candidate: Analysis,
                ignore: frozenset[str] = frozenset()) -> Coverage:
    """How much of the claim (less `ignore`d keys) the candidate covers."""
    plan = _claim_plan(claim, weights, ignore)
    candidate_keys = candidate.keys
    matched = frozenset(key for key in plan.keys if key in candidate_keys)
    credit = {key: 1.0 for key in matched}
    side = _candidate_side(candidate_keys)
    if side.plain_keys:
        for key in plan.fuzzy_keys:
            if key not in matched and side.has_near(key):
                credit[key] = T.FUZZY_WORD_CREDIT
    if plan.derived:
        # The stem itself too: a word both write alike that the lexicon reads into an alias group on one
        # side only ("the order covers goods" / "covered goods", read as "discussed") is still that word.
        for word in plan.derived_words.keys() & candidate.bases()[1]:
            for key in plan.derived_words[word]:
                if key not in credit:
                    credit[key] = T.DERIVED_WORD_CREDIT
    # A word the lexicon reads into an alias group ("elevated", read as "upgraded") is still its own word to a
    # record word made from it ("the elevation of relations"); only a derived word: the same spelling outside the
    # group may be another sense ("freed" is released, a "free press" is not).
    for word in plan.grouped_words.keys() & candidate.bases()[0] if plan.grouped_words else ():
        for key in plan.grouped_words[word]:
            if key not in credit:
                credit[key] = T.DERIVED_WORD_CREDIT
    for key, country in plan.governed:
        if key not in matched and country in candidate_keys:
            credit[key] = 1.0  # "pressed Beijing" is stated by a record of what it asked of China
    for key, stated_by in plan.stand_ins:
        if key not in matched and not stated_by.isdisjoint(candidate_keys):
            credit[key] = 1.0  # "the Peruvian capital" is stated by a record of Lima
    if plan.durations:
        stated = None
        for quantity, words, unit, other_units in plan.durations:
            # Only a record that counts the length in another unit ("an hour and a half" / "a 90-minute
            # session"); in the same unit the words are compared as they are.
            if unit in candidate_keys or candidate_keys.isdisjoint(other_units):
                continue
            if stated is None:  # the record's own quantities are read only when they may matter
                stated = frozenset(candidate.quantities)
            if quantity in stated:
                for key in words:
                    credit[key] = 1.0
    lasting, lengths = plan.lasting
    if lasting and not lengths.isdisjoint(candidate.quantities):
        for key in lasting:
            credit[key] = 1.0  # "the talks went on for an hour and a half" are stated by "90-minute talks"
    # Keys without credit add nothing (weight x 0.0): the sums skip them.
    total = plan.total
    coverage = sum([weight * credit[key] for key, weight in plan.weighted if key in credit]) / total if total else 0.0
    # A claim that is mostly names ("Biden met Xi in Lima") has no predicate worth measuring apart.
    predicate = (sum([weight * credit[key] for key, weight in plan.predicate if key in credit]) / plan.predicate_total
                 if plan.predicate_apart else coverage)
    # Who and where: a sentence about the same kind of act by other parties is another point.
    names = (sum([weight for key, weight in plan.named if key in matched]) / plan.named_total
             if plan.named_total else coverage)
    # Both sides are sorted keys one space apart: when neither holds another
    # kind of space, token_sort_ratio's own split and sort would change nothing.
    similarity = (fuzz.ratio(plan.joined, side.joined) if plan.joined_plain and side.joined_plain
                  else fuzz.token_sort_ratio(plan.joined, side.joined)) / 100.0
    score = (T.WEIGHT_COVERAGE * coverage + T.WEIGHT_PREDICATE * predicate + T.WEIGHT_NAMES * names
             + T.WEIGHT_FUZZ * similarity)
    return Coverage(score, coverage, predicate, matched)


# A check scores thousands of candidates against each claim: what depends on
# the claim alone is worked out once per claim, and what depends on a
# candidate's keys alone once per candidate.


@dataclass(frozen=True, slots=True)
class _ClaimPlan:
    keys: list[str]  # sorted, less the ignored
    weighted: list[tuple[str, float]]  # (key, weight) in that order
    total: float
    fuzzy_keys: list[str]  # keys a near-spelling may earn credit for
    # (key, its word's light stem, the bases it derives from): a word the record makes from the same base
    # earns credit for it ("the exclusion of farm goods" / "excluding farm goods"); and each stem and base ->
    # the keys whose word it is, met by one set intersection with the candidate's.
    derived: list[tuple[str, str, frozenset[str]]]
    derived_words: dict[str, tuple[str, ...]]
    grouped_words: dict[str, tuple[str, ...]]  # the light stem of a word read into an alias group -> its keys
    predicate: list[tuple[str, float]]
    predicate_total: float
    predicate_apart: bool
    named: list[tuple[str, float]]
    named_total: float
    joined: str
    joined_plain: bool  # printable ASCII, spaces only between keys
    governed: list[tuple[str, str]]  # (a capital's key, its country's key): the capital stands for its government
    # Each length of time the claim gives (in its base unit) with the claim's words that give it.
    # (the length, the words that write it, their unit, the other units of its base unit).
    durations: list[tuple[Quantity, frozenset[str], str, frozenset[str]]]
    # (a claim key, the record keys any of which states it in other words: _stand_ins).
    stand_ins: list[tuple[str, frozenset[str]]]
    # The verbs that only say how long something went on ("ran for", "lasted", "stretched over"), with the
    # lengths the claim gives: stated by a record that states one of those lengths (_lasting_verbs).
    lasting: tuple[frozenset[str], frozenset[Quantity]]


_CLAIM_PLANS: dict[tuple[int, int, frozenset[str]], tuple[Analysis, dict[str, float], _ClaimPlan]] = {}
_CANDIDATE_SIDES: dict[frozenset[str], _CandidateSide] = {}
_MEMO_LIMIT = 20_000
_PLAIN_JOIN = re.compile(r"[!-~]+(?: [!-~]+)*|")


def _claim_plan(claim: Analysis, weights: dict[str, float], ignore: frozenset[str]) -> _ClaimPlan:
    """Memoised by identity: an analysis and its weights are not changed once made
    (the memo holds both, so their ids stay theirs while it lasts)."""
    memo_key = (id(claim), id(weights), ignore)
    found = _CLAIM_PLANS.get(memo_key)
    if found is not None and found[0] is claim and found[1] is weights:
        return found[2]
    keys = [key for key in sorted(claim.keys) if key not in ignore]
    plan_keys = frozenset(keys)
    total = sum(weights[key] for key in keys)
    predicate_keys = [key for key in keys if key in claim.predicate_keys]
    predicate_total = sum(weights[key] for key in predicate_keys)
    named_keys = [key for key in keys if key in claim.entity_keys]
    country_of = lexicon().capital_of
    governing = _capitals_for_governments(claim) if country_of.keys() & claim.keys else frozenset()
    derived = [(key, light_stem(fold(claim.surfaces[key]).lower()), derivational_bases(claim.surfaces[key]))
               for key in keys
               if key[0] != "=" and key not in claim.entity_keys and claim.surfaces[key].isalpha()]
    plan = _ClaimPlan(
        keys=keys, weighted=[(key, weights[key]) for key in keys], total=total,
        fuzzy_keys=[key for key in keys if len(key) >= T.FUZZY_MIN_LENGTH and key[0] != "="],
        derived=derived, derived_words=_words_of_keys(derived),
        grouped_words=_words_of_keys([(key, light_stem(fold(claim.surfaces[key]).lower()), frozenset())
                                      for key in keys if key[0] == "=" and key not in claim.entity_keys
                                      and claim.surfaces[key].isalpha()]),
        predicate=[(key, weights[key]) for key in predicate_keys], predicate_total=predicate_total,
        predicate_apart=predicate_total > T.PREDICATE_MIN_SHARE * total,
        named=[(key, weights[key]) for key in named_keys], named_total=sum(weights[key] for key in named_keys),
        joined=" ".join(keys), joined_plain=_PLAIN_JOIN.fullmatch(" ".join(keys)) is not None,
        governed=[(key, country_of[key]) for key in keys if key in governing],
        durations=_durations_in_words(claim, plan_keys),
        stand_ins=[(key, stated_by) for key, stated_by in _stand_ins(claim) if key in plan_keys],
        lasting=_lasting_verbs(claim, plan_keys))
    if len(_CLAIM_PLANS) >= _MEMO_LIMIT:
        _CLAIM_PLANS.clear()
    _CLAIM_PLANS[memo_key] = (claim, weights, plan)
    return plan


def _words_of_keys(derived: list[tuple[str, str, frozenset[str]]]) -> dict[str, tuple[str, ...]]:
    """Each stem and base of the claim's derived words (`_ClaimPlan.derived`) -> the keys whose word it is."""
    found: dict[str, list[str]] = {}
    for key, stem, bases in derived:
        for word in {stem, *bases}:
            found.setdefault(word, []).append(key)
    return {word: tuple(keys) for word, keys in found.items()}


# Every key a length of time is written in: a unit ("hours", "years") or the base unit it is counted in.
_DURATION_UNIT_KEYS = frozenset(TIME_UNIT_KEYS) | {base for base, _ in TIME_UNIT_KEYS.values()} | keys_of(["day"])
_HALF_KEY = keys_of(["half"])


def _durations_in_words(claim: Analysis, keys: frozenset[str]) -> list[tuple[Quantity, frozenset[str], str,
                                                                          frozenset[str]]]:
    """The claim's lengths of time, each with the keys that write it: its unit, its number (digits or
    words: "two" is "2") and "half", and the other units of time it may be counted in. A record may state
    the same length in another unit ("two years" / "24 months"): those words are then stated too."""
    units = keys & _DURATION_UNIT_KEYS
    if not units:
        return []
    numbers = {key: float(key) for key in keys if key.replace(".", "", 1).isdigit()}
    found = []
    for quantity in claim.quantities:
        readings = []
        for unit in sorted(units):
            base, factor = TIME_UNIT_KEYS.get(unit, (unit, 1))
            if base != quantity.unit:
                continue
            whole = quantity.value / factor
            words = {unit}
            if whole != int(whole):
                if whole % 1 != 0.5 or not _HALF_KEY <= keys:
                    continue
                words |= _HALF_KEY
            counted_by = {key for key, value in numbers.items() if value == int(whole) and value >= 1}
            other_units = frozenset(other for other in _DURATION_UNIT_KEYS
                                    if other != unit and TIME_UNIT_KEYS.get(other, (other, 1))[0] == base)
            readings.append((not counted_by, (quantity, frozenset(words | counted_by), unit, other_units)))
        # Two units of the claim may both count the length ("last month's ... in four decades" is 480
        # months either way): the unit its own number counts in writes it. Sorted, so the choice never
        # rests on a set's order.
        if readings:
            found.append(min(readings, key=lambda reading: reading[0])[1])
    return found


# A verb that says how long something went on, before the length it takes: "went on for some ninety minutes",
# "lasted three hours", "stretched over two days", "spent two days in Beijing". The length is the point; a
# record says it with its own verb or none ("a 90-minute session", "met from May 10-11").
_LASTING_VERB = re.compile(
    r"\b(?<!the )(?<!its )(?<!their )(?<!his )(?<!her )(?<!these )(?<!past )"
    r"(?P<verb>last(?:s|ed|ing)?|r(?:an|uns?|unning)|stretch(?:es|ed|ing)?|span(?:s|ned|ning)?|"
    r"sp(?:end|ends|ent|ending))\s+"
    r"(?:(?:for|over|about|around|roughly|nearly|almost|some|just|more|less|than|under|well|into|a|an|and|"
    r"half|several|few|\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|full|whole)"
    r"\s+){0,5}(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)


def _lasting_verbs(claim: Analysis, keys: frozenset[str]) -> tuple[frozenset[str], frozenset[Quantity]]:
    """The claim's verbs of lasting (_LASTING_VERB), and the lengths of time it gives (in their base
    units)."""
    starts = {match.start("verb") for match in _LASTING_VERB.finditer(claim.text)}
    if not starts:
        return frozenset(), frozenset()
    verbs = frozenset(token.key for token in claim.tokens if token.start in starts and token.key in keys)
    lengths = frozenset(quantity for quantity in claim.quantities if quantity.unit in _DURATION_UNIT_KEYS)
    return (verbs, lengths) if verbs and lengths else (frozenset(), frozenset())


# Nouns of an occasion a capital before them places ("the Washington talks", "a Beijing summit").
_OCCASION_NOUN_KEYS = keys_of(["=talks", "summit", "visit", "trip", "conference", "round", "forum",
                               "gathering"])


def _capitals_for_governments(claim: Analysis) -> frozenset[str]:
    """The claim's capitals that stand for a government ("pressed Beijing",
    "Washington's top diplomat"), not for a place ("talks in Washington",
    "the Washington meeting"): only the former is stated by a record sentence
    naming the country. In a corpus of a million sentences nearly every one
    names the United States, so a place credited that way lets any sentence
    sharing one verb with the claim pass for it."""
    tokens = claim.tokens
    capitals = lexicon().capital_of
    places = {entity.index for entity in claim.entities if entity.after_preposition}
    governing = set()
    for index, token in enumerate(tokens):
        if token.key not in capitals or index in places:
            continue
        if _names_an_occasions_place(claim, index):
            continue
        governing.add(token.key)
    return frozenset(governing)


# A news word that a record writes another way only in a known setting (_stand_ins).
_CAPITAL_KEY = next(iter(keys_of(["capital"])))
_RECEIVE_KEY = next(iter(keys_of(["received"])))
_TALKS_KEYS = keys_of(["=talks"])
_ARTICLES = frozenset({"the", "a", "an"})


def stated_otherwise(claim: Analysis, candidate_keys: frozenset[str]) -> frozenset[str]:
    """The claim's keys the candidate states in other words (_stand_ins)."""
    return frozenset(key for key, stated_by in _stand_ins(claim) if not stated_by.isdisjoint(candidate_keys))


def _stand_ins(claim: Analysis) -> list[tuple[str, frozenset[str]]]:
    """The claim's words that news writes for what a record names otherwise, each with the record keys
    that state it (any one of them): a country's capital for its name ("the Peruvian capital", "the
    capital of Peru" / "Lima"); "received" a person for meeting him ("Xi received the American
    official" / "met with")."""
    keys = claim.keys
    if not keys & {_CAPITAL_KEY, _RECEIVE_KEY}:
        return []
    found: list[tuple[str, frozenset[str]]] = []
    tokens, text = claim.tokens, claim.text
    if _CAPITAL_KEY in keys:
        capitals_of = _capitals_of_country()
        cities = set()
        for index, token in enumerate(tokens):
            if token.key != _CAPITAL_KEY:
                continue
            before = tokens[index - 1] if index else None
            if before is not None and before.key in capitals_of and not text[before.end:token.start].strip():
                cities |= capitals_of[before.key]  # "the Chinese capital"
            after = tokens[index + 2] if index + 2 < len(tokens) else None
            if after is not None and tokens[index + 1].surface.lower() == "of" and after.key in capitals_of:
                cities |= capitals_of[after.key]  # "the capital of Peru"
        if cities:
            found.append((_CAPITAL_KEY, frozenset(cities)))
    if _RECEIVE_KEY in keys and any(token.key == _RECEIVE_KEY and _a_person_follows(claim, index)
                                    for index, token in enumerate(tokens)):
        found.append((_RECEIVE_KEY, _TALKS_KEYS))
    return found


def _a_person_follows(claim: Analysis, index: int) -> bool:
    """Whether the words after the verb at `index`, up to the end of its object (a small word other than
    an article or an honorific, or punctuation) and RECEIVED_OBJECT_MAX_WORDS at most, name a person: a known
    person, an office or a title ("the American official", "Mrs. Harris", "the visiting foreign minister")."""
    tokens, text = claim.tokens, claim.text
    people = {entity.index for entity in claim.entities if entity.kind == "person"}
    descriptors = descriptor_words()
    previous = tokens[index]
    for position in range(index + 1, min(index + 1 + T.RECEIVED_OBJECT_MAX_WORDS, len(tokens))):
        token = tokens[position]
        if text[previous.end:token.start].strip(" .") or (token.stop and token.surface.lower() not in _ARTICLES
                                                         and token.surface.lower() not in HONORIFICS
                                                         and token.key != SOURCE_KEY):
            return False
        if position in people or token.key == SOURCE_KEY or fold(token.surface) in descriptors:
            return True
        previous = token
    return False


@lru_cache(maxsize=1)
def _capitals_of_country() -> dict[str, frozenset[str]]:
    """A country's key -> the keys of its capital ("=peru" -> Lima's), for every capital the alias data lists
    (the lexicon's reading: one no alias group names is its own word's key, "Riyadh" is "riyadh")."""
    found: dict[str, set[str]] = {}
    for city, country in lexicon().capital_of.items():
        found.setdefault(country, set()).add(city)
    return {country: frozenset(cities) for country, cities in found.items()}


def _names_an_occasions_place(claim: Analysis, index: int) -> bool:
    """The capital at `index` modifies an occasion's noun, up to one word
    between ("the Washington talks", "the Moscow fisheries forum")."""
    tokens, text = claim.tokens, claim.text
    previous = tokens[index]
    for following in tokens[index + 1:index + 1 + T.CAPITAL_OCCASION_NOUN_REACH]:
        if text[previous.end:following.start].strip() or following.stop:
            return False  # punctuation or a function word: the phrase has ended
        if following.key in _OCCASION_NOUN_KEYS:
            return True
        previous = following
    return False


class _CandidateSide:
    """A candidate's keys as coverage_of compares them, and which claim keys
    have a near-spelling among them (remembered: the same candidates are
    scored again for each clause of a claim, and in the next check)."""

    __slots__ = ("plain_keys", "joined", "joined_plain", "_near")

    def __init__(self, keys: frozenset[str]):
        self.plain_keys = [key for key in keys if len(key) >= T.FUZZY_MIN_LENGTH and key[0] != "="]
        self.joined = " ".join(sorted(keys))
        self.joined_plain = _PLAIN_JOIN.fullmatch(self.joined) is not None
        self._near: dict[str, bool] = {}

    def has_near(self, key: str) -> bool:
        near = self._near.get(key)
        if near is None:
            near = self._near[key] = process.extractOne(
                key, self.plain_keys, scorer=fuzz.ratio, score_cutoff=T.FUZZY_WORD_RATIO) is not None
        return near


def _candidate_side(keys: frozenset[str]) -> _CandidateSide:
    found = _CANDIDATE_SIDES.get(keys)
    if found is None:
        if len(_CANDIDATE_SIDES) >= _MEMO_LIMIT:
            _CANDIDATE_SIDES.clear()
        found = _CANDIDATE_SIDES[keys] = _CandidateSide(keys)
    return found


def score_candidate(claim: Analysis, weights: dict[str, float], candidate_text: str) -> float:
    """The engine's score of one record text for one claim (0..1)."""
    return coverage_of(claim, weights, analyze(candidate_text)).score


# ------------------------------------------------------------------ candidates


@dataclass(slots=True)
class Candidate:
    """One sentence, or a window of consecutive sentences, of one publication."""

    hits: tuple[SentenceHit, ...]
    analysis: Analysis
    coverage: Coverage
    in_window: bool = False
    rank_score: float = 0.0
    body_text: str | None = field(default=None)
    # The reporter's question an answer is read with: it gives the answer its
    # topic, but is never shown or cited as evidence.
    asked: tuple[SentenceHit, ...] = ()
    denial: bool = False  # the answer says no to its question
    # In the window because its publication tells the article's story, not by its date
    # (checking._widen_to_the_story): the article's own dates are still not its to state.
    in_story: bool = False

    @property
    def first(self) -> SentenceHit:
        return self.hits[0]

    @property
    def score(self) -> float:
        return self.coverage.score

    @property
    def side(self) -> str:
        return self.first.side

    @property
    def published(self) -> datetime:
        return self.first.published

    @property
    def start(self) -> int:
        return self.hits[0].start

    @property
    def end(self) -> int:
        return self.hits[-1].end

    @property
    def contiguous(self) -> bool:
        """One sentence or a window; False for two sentences apart in one publication."""
        return all(b.position == a.position + 1 for a, b in zip(self.hits, self.hits[1:], strict=False))

    @property
    def in_dated_window(self) -> bool:
        """In the event window by its publication date: the days the article's own dates refer to."""
        return self.in_window and not self.in_story

    @property
    def sort_key(self) -> tuple:
        return (-round(self.rank_score, 6), self.first.sentence_id, len(self.hits))


@dataclass(frozen=True)
class SearchScope:
    """Which part of the record a claim may be checked against."""

    before: datetime | None = None  # nothing published after this (the article's date, end of day)
    after: datetime | None = None  # nothing published before this (looking for later evidence)
    window_start: datetime | None = None  # the event window: ranks first
    sources: tuple[str, ...] | None = None
    # The same bounds as days in the publisher's own calendar: a readout dated
    # January 27 in Washington is "January 27" whatever the UTC time.
    last_day: date | None = None
    first_day: date | None = None


def local_day(hit: SentenceHit | SentencePlace) -> date:
    """The day on the publisher's own calendar (publisher_clock), else the UTC day."""
    return _day_of(hit.published_text or "", hit.source, hit.published)


def _day_of(printed: str, source: str, published: datetime) -> date:
    clock = publisher_clock(printed, source)
    return clock[0] if clock is not None else published.date()


# How far a publisher's clock may run ahead of UTC (UTC+14 is the farthest zone): a search for what was
# published on some days of the publishers' calendars starts this much before the first day's UTC midnight.
PUBLISHER_ZONE_SLACK = timedelta(hours=14)


_MIDNIGHT = time(0)


@lru_cache(maxsize=65_536)
def publisher_clock(printed: str, source: str) -> tuple[date, int | None] | None:
    """The day and the hour on the publisher's own clock at which a publication was printed (the hour None
    when it prints a day alone), or None when the printed text is no ISO 8601 time.

    A time printed with an offset other than UTC's is the publisher's own ("-05:00" in Washington, "+08:00"
    in Beijing). One printed in UTC ("Z", "+00:00": a feed's pubDate) or with no offset (which the import
    takes as UTC) says nothing of the publisher's clock: it is moved to the source's own zone when it is
    known (sources.zones), so that a White House statement of 21:00 in Washington, printed "02:00Z" the next
    day, keeps its Washington day and hour. UTC's midnight to the second ("2024-01-27T00:00:00Z") is a day
    given alone, written out by whatever exported it: moved, it would be the evening before in Washington.
    (The White House does post at 19:00 or 20:00 in Washington, UTC's midnight, but prints its own offset:
    in the shared corpus 51 of 14,396 publications, every one "-04:00" or "-05:00", and no time in UTC.)
    Kept by the printed text: a check asks it of every sentence it filters, a few thousand publications' worth."""
    printed = printed.strip()
    try:
        moment = datetime.fromisoformat(printed)
    except ValueError:
        return None
    if len(printed) <= len("2024-01-27"):
        return moment.date(), None
    if moment.utcoffset() in (None, timedelta(0)):
        if moment.time() == _MIDNIGHT:
            return moment.date(), None
        zone = source_zone(source)
        if zone is not None:
            moment = moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(zone)
    return moment.date(), moment.hour


def query_terms_for(claim: Analysis, weights: TermWeights, key_weights: dict[str, float]) -> list[str]:
    """The claim's rarest words (with their aliases), as many as the index can
    rank quickly: BM25 costs in proportion to the sentences the words occur in."""
    terms: list[str] = []
    postings = 0
    ranked = sorted(key_weights, key=lambda k: (-key_weights[k], k))
    for key in ranked:
        # A name's variants carry office words ("national security advisor
        # sullivan"): search for the name, not the office, which every readout has.
        titles = lexicon().titles
        words = list(dict.fromkeys(word for phrase in search_words(key, claim.surfaces[key]) for word in phrase.split()
                                   if word not in terms and (len(word) > 1 or word.isdigit())
                                   and (word not in titles or key not in lexicon().entity_kind)))
        frequencies = {word: weights.frequency(word) for word in words}
        words = [word for word in words if frequencies[word] <= T.QUERY_DF_CAP]
        if not words:
            continue
        cost = sum(frequencies[word] for word in words)
        if len(terms) >= T.QUERY_MIN_TERMS and postings + cost > T.QUERY_POSTINGS_BUDGET:
            break
        terms.extend(words)
        postings += cost
        if len(terms) >= T.QUERY_MAX_TERMS:
            break
    if not terms:  # every word is common: search for the least common anyway
        terms = [word for key in ranked[:T.COMMON_QUERY_KEYS] for phrase in search_words(key, claim.surfaces[key])
                 for word in phrase.split()][:T.COMMON_QUERY_TERMS]
    return terms[: T.QUERY_MAX_TERMS]


@dataclass
class Retrieved:
    candidates: list[Candidate]  # official words: sentences and windows, best first
    # Reporters' questions that match (never evidence), as a list or what
    # scores them when asked: like what was published after the scope's end
    # (never evidence either), they matter only to a claim nothing in the
    # scope supports, and analysing their sentences is most of their cost.
    questions_loader: list[Candidate] | Callable[[], list[Candidate]] = field(default_factory=list)
    later_loader: Callable[[], list[Candidate]] | None = None
    _questions: list[Candidate] | None = field(default=None, repr=False)
    _later: list[Candidate] | None = field(default=None, repr=False)

    @property
    def questions(self) -> list[Candidate]:
        if self._questions is None:
            loader = self.questions_loader
            self._questions = loader() if callable(loader) else loader
        return self._questions

    @property
    def later(self) -> list[Candidate]:
        if self._later is None:
            self._later = self.later_loader() if self.later_loader is not None else []
        return self._later


def find_candidates(connection: Connection, claim: Analysis, weights: TermWeights, scope: SearchScope,
                    *, limit: int = T.SCORED_CANDIDATES) -> Retrieved:
    """Scored candidates for a claim, best first (sentences and windows), the
    reporters' questions the same search found, and what was published too late.

    Sentences are ranked by the scorer's own bound (`bound_sentences`): what
    the claim's keys each holds would add to its score. The best `limit` of
    the eligible record, and the best SCORED_WINDOW_CANDIDATES of the event
    window, are then scored exactly.
    """
    if not claim.keys or weights.sentences == 0:
        return Retrieved([], [])
    key_weights = weights.weigh(claim)
    bounds = bound_sentences(connection, claim, weights, key_weights)
    if bounds is None:  # every word of the claim is common: BM25 over the least common
        return _find_by_bm25(connection, claim, weights, key_weights, scope, limit)
    window = (_window_sentences(connection, scope, weights)
              if scope.window_start is not None and scope.before is not None else frozenset())
    # Stepping through the smaller side: a week of publications may hold fewer sentences than a claim's bounds, or more.
    in_window = bounds.keys() & window if len(window) < len(bounds) else window.intersection(bounds)
    for sentence_id in in_window:
        bounds[sentence_id] += T.ANCHOR_BONUS
    # Best bound first; equal bounds keep the order the index listed them in
    # (by id, key by key), the same on every database.
    ranked = _best_first(bounds, T.BOUND_SCAN_SLICE)
    state = weights.state
    evidence, questions, later = _read_down(connection, state, ranked, scope, limit)
    if len(evidence) < limit < len(bounds) and len(ranked) < len(bounds):
        # Filters (dates, sources) passed too few of the best: read further down.
        evidence, questions, later = _read_down(connection, state, _best_first(bounds, T.BOUND_SCAN_LIMIT), scope,
                                                limit)
    if in_window:
        window_ranked = sorted(in_window, key=lambda sentence_id: (-bounds[sentence_id], sentence_id))
        _add_unseen(evidence, questions, *_read_down(connection, state, window_ranked, scope,
                                                     T.SCORED_WINDOW_CANDIDATES)[:2])
    if window and scope.last_day is not None:
        # The article's own days: the publications that tell its event, read by every word of the claim.
        event_bounds = _event_day_bounds(connection, claim, weights, key_weights, _event_day_sentences(
            connection, scope, weights))
        _add_unseen(evidence, questions, *_read_down(connection, state, _best_first(event_bounds, len(event_bounds)),
                                                     scope, T.SCORED_EVENT_DAY_CANDIDATES)[:2])
        # The event window too, by every word: a claim in common words ("the meeting took place on Thursday")
        # has no rarer word to seed the window's ranking, and the readout of the event it dates shares only those.
        window_bounds = _event_day_bounds(connection, claim, weights, key_weights, _window_bitmap(window))
        _add_unseen(evidence, questions, *_read_down(connection, state, _best_first(
            window_bounds, T.SCORED_WINDOW_WORD_CANDIDATES), scope, T.SCORED_WINDOW_WORD_CANDIDATES)[:2])
    hits = _sentence_hits(connection, state, evidence + questions)
    candidates = sorted((_candidate((hit,), claim, key_weights, scope) for hit in hits if hit.is_evidence),
                        key=lambda c: c.sort_key)

    def asked() -> list[Candidate]:
        found = [_candidate((hit,), claim, key_weights, scope) for hit in hits if not hit.is_evidence]
        return sorted(found, key=lambda c: c.sort_key)

    def too_late() -> list[Candidate]:
        found = [_candidate((hit,), claim, key_weights, scope) for hit in _sentence_hits(connection, state, later)]
        return sorted(found, key=lambda c: c.sort_key)

    return Retrieved(_with_windows(connection, state, candidates, claim, key_weights, scope), asked, too_late)



def _add_unseen(evidence: list[int], questions: list[int], more: list[int], more_questions: list[int]) -> None:
    """Append to the sentences already read those of a further reading not among them (in its order)."""
    seen = set(evidence) | set(questions)
    evidence += [sentence_id for sentence_id in more if sentence_id not in seen]
    questions += [sentence_id for sentence_id in more_questions if sentence_id not in seen]

def key_contributions(claim: Analysis, key_weights: dict[str, float]) -> dict[str, float]:
    """What each key of the claim adds to `coverage_of`'s score when a
    candidate holds it. The score is linear in the keys held, but for the
    fuzzy credit of near-spellings and the WEIGHT_FUZZ-weighted similarity,
    so the sum over the keys a sentence holds bounds its score from below,
    and with WEIGHT_FUZZ added, nearly from above."""
    keys = sorted(claim.keys)
    total = sum(key_weights[key] for key in keys)
    if not total:
        return dict.fromkeys(keys, 0.0)
    predicate_total = sum(key_weights[key] for key in keys if key in claim.predicate_keys)
    named_total = sum(key_weights[key] for key in keys if key in claim.entity_keys)
    shares = {}
    for key in keys:
        weight = key_weights[key]
        share = T.WEIGHT_COVERAGE * weight / total
        if predicate_total > T.PREDICATE_MIN_SHARE * total:
            share += T.WEIGHT_PREDICATE * weight / predicate_total if key in claim.predicate_keys else 0.0
        else:
            share += T.WEIGHT_PREDICATE * weight / total
        if named_total:
            share += T.WEIGHT_NAMES * weight / named_total if key in claim.entity_keys else 0.0
        else:
            share += T.WEIGHT_NAMES * weight / total
        shares[key] = share
    return shares


def bound_sentences(connection: Connection, claim: Analysis, weights: TermWeights,
                    key_weights: dict[str, float]) -> dict[int, float] | None:
    """Every sentence holding one of the claim's rarer keys, with the share of
    the score the keys it holds are worth (`key_contributions`).

    The rarest keys are read from the index until their sentences fill
    SEED_POSTINGS_BUDGET; the heaviest COMMON_KEY_PROBES of the others add
    their share to those sentences only. A sentence holding none of the
    rarer keys can score at most what the common keys are worth: for a claim
    with a point of its own, less than the sentences that state it. None when
    even the rarest key is too common to read (the caller falls back to BM25).
    """
    shares = key_contributions(claim, key_weights)
    plans = []
    for key in sorted(claim.keys):
        phrases = tuple(phrase for phrase in search_words(key, claim.surfaces[key]) if phrase)
        if phrases:
            plans.append((weights.key_frequency(key, claim.surfaces[key]), key, phrases))
    plans.sort()
    seed, postings = [], 0
    for frequency, key, phrases in plans:
        if frequency > T.SEED_POSTINGS_BUDGET or (seed and postings + frequency > T.SEED_POSTINGS_BUDGET):
            break
        seed.append((key, phrases))
        postings += frequency
    if not seed:
        return None
    first_key, first_phrases = seed[0]
    met = _holding(connection, weights, first_phrases)
    bounds = dict.fromkeys(met, shares[first_key])
    for key, phrases in seed[1:]:
        share = shares[key]
        # Bitmap operations, not a step per id (tens of thousands per claim):
        # sentences already met add the share; the others follow in the
        # index's order (ascending), as one by one they would.
        holding = _holding(connection, weights, phrases)
        for sentence_id in holding & met:
            bounds[sentence_id] += share
        bounds.update(dict.fromkeys(holding - met, share))
        met = met | holding
    seeded = {key for key, _phrases in seed}
    seed_phrases = tuple(phrases for _key, phrases in seed)
    common = sorted((plan for plan in plans if plan[1] not in seeded and plan[0] > 0),
                    key=lambda plan: (-shares[plan[1]], plan[1]))
    for _frequency, key, phrases in common[: T.COMMON_KEY_PROBES]:
        share = shares[key]
        for sentence_id in _seeded_holding(connection, weights, seed_phrases, phrases, met):
            bounds[sentence_id] += share
    return bounds


SizedIds = TypeVar("SizedIds", bound=Sized)


class _IdCache:
    """Sentence ids per index lookup, kept while the index holds the same
    sentences (TermWeights' state), up to a total number of ids: past it the
    cache starts again rather than keep track of what is oldest."""

    def __init__(self, limit: int):
        self.limit = limit
        self.state: object = None
        self.size = 0
        self.entries: dict[object, Sized] = {}

    def get(self, state: object, key: object, make: Callable[[], SizedIds]) -> SizedIds:
        if state != self.state:
            self.entries.clear()
            self.state, self.size = state, 0
        found = self.entries.get(key)
        if found is None:
            found = make()
            if self.size + len(found) > self.limit:
                self.entries.clear()
                self.size = 0
            self.entries[key] = found
            self.size += len(found)
        return found


# Sentence ids per phrase group, as bitmaps: a few bits an id and no object
# each, which the cycle collector passes over whole (it visits a set's every id).
_HOLDING_CACHE_IDS = 4_000_000
_HOLDING_LISTS = _IdCache(_HOLDING_CACHE_IDS)
# The event window's sentences, for the claims of one article: (its key, the ids).
_WINDOW: dict[str, object] = {}
_EVENT_DAYS: dict[str, object] = {}


class _RowCache:
    """Rows of the record by key, kept while the index holds the same
    sentences (TermWeights' state), up to `limit` entries: past it the cache
    starts again. A warm process's next check reads many of the same rows
    (its claims' candidates, the sentences of common words, the event's
    publications), and each read is a statement, on PostgreSQL a round trip."""

    def __init__(self, limit: int):
        self.limit = limit
        self.state: object = None
        self.entries: dict = {}

    def get_many(self, state: object, keys: Sequence, read: Callable[[list], dict]) -> dict:
        """The entries of `keys` (a key `read` does not answer is left out and asked again next time)."""
        if state != self.state:
            self.entries.clear()
            self.state = state
        entries = self.entries
        found = {key: entries[key] for key in keys if key in entries}
        if len(found) < len(keys):
            fresh = read([key for key in keys if key not in found])
            if len(entries) + len(fresh) > self.limit:
                entries.clear()
            entries.update(fresh)
            found.update(fresh)
        return found


# A sentence's publication (a check filters ~20,000 of them by date and source),
# a sentence with its text, and the sentences of one span of a publication. The
# seed article and four others leave ~32,000 places, ~6,300 sentences and ~360
# spans; full, these caps hold ~100 MB (places ~0.4 kB each, sentences ~1.6 kB).
_PLACES = _RowCache(100_000)
_HITS = _RowCache(20_000)
_SPANS = _RowCache(2_000)


def _sentence_places(connection: Connection, state: object, sentence_ids: list[int]) -> dict[int, SentencePlace]:
    return _PLACES.get_many(state, sentence_ids, lambda missing: sentence_places(connection, missing))


def _sentence_hits(connection: Connection, state: object, sentence_ids: list[int]) -> list[SentenceHit]:
    """db.index.sentence_hits, through the cache: the sentences in the order asked."""
    by_id = _HITS.get_many(state, sentence_ids, lambda missing: {
        hit.sentence_id: hit for hit in sentence_hits(connection, missing)})
    return [by_id[sentence_id] for sentence_id in sentence_ids if sentence_id in by_id]


def _sentences_around(connection: Connection, state: object,
                      spans: list[tuple[int, int, int]]) -> list[SentenceHit]:
    """db.index.sentences_around, through the cache: by readout and position, each sentence once."""
    def read(missing: list[tuple[int, int, int]]) -> dict[tuple[int, int, int], list[SentenceHit]]:
        hits = sentences_around(connection, missing)
        return {(readout_id, first, last): [hit for hit in hits if hit.readout_id == readout_id
                                            and first <= hit.position <= last]
                for readout_id, first, last in missing}

    by_span = _SPANS.get_many(state, spans, read)
    unique = {hit.sentence_id: hit for span in by_span.values() for hit in span}
    return sorted(unique.values(), key=lambda hit: (hit.readout_id, hit.position))


def _holding(connection: Connection, weights: TermWeights, phrases: tuple[str, ...]) -> BitMap:
    """The ids of the sentences holding any of the phrases (iterated in
    ascending order, as the index lists them): from the index's stored
    summary when it keeps them (a common word's list). As a compressed
    bitmap (pyroaring): a common word's list holds up to a few hundred
    thousand ids, which intersect with a claim's other lists in C, word by
    word, at a hundredth of what a step per id (a Python int and a dict
    lookup each) costs, and are kept in a fifth of an array's memory."""
    def read() -> BitMap:
        stored = stored_sentences_holding(connection, phrases)
        if stored is None:
            return BitMap(sentences_holding(connection, phrases))
        if stored.typecode == "i" and array("I").itemsize == stored.itemsize:
            # The summary's four-byte ids, read as unsigned ones: pyroaring takes such an array whole.
            return BitMap(array("I", stored.tobytes()))
        return BitMap(stored.tolist())

    return _HOLDING_LISTS.get(weights.state, phrases, read)


def summarize_record(connection: Connection, *, again: bool = False) -> None:
    """Keep the index's summary (db.index.store_index_summary) current for
    the record's words and the lexicon's alias groups, in the caller's write
    transaction: what a fresh process would otherwise read from the index at
    its first check. A summary new sentences put behind is brought up to
    date; one a revision dropped (or any, with `again`) is stored whole.
    The import and the refresh call this once they have written."""
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL keeps no summary: its own counts are cached per index generation
    if not again and (index_summary_stored(connection) or catch_up_index_summary(connection)):
        return
    groups = [tuple(phrase for phrase in search_words(key, "") if phrase) for key in sorted(lexicon().variants)]
    store_index_summary(connection, groups, skip_words=STOPWORDS)


def _seeded_holding(connection: Connection, weights: TermWeights, seed_phrases: tuple[tuple[str, ...], ...],
                    phrases: tuple[str, ...], seeded: BitMap) -> BitMap:
    """The `seeded` sentences (those holding any of `seed_phrases`) that hold
    one of `phrases`, kept like `_holding`'s lists (the next check of the
    same claim finds the few hundred ids it gives ready)."""
    return _HOLDING_LISTS.get(weights.state, ("seeded", seed_phrases, phrases),
                              lambda: seeded & _holding(connection, weights, phrases))


def _window_sentences(connection: Connection, scope: SearchScope, weights: TermWeights) -> frozenset[int]:
    """The sentences published in the event window (kept for the claims of one article)."""
    key = (weights.state, scope.window_start, scope.before, scope.sources)
    if _WINDOW.get("key") != key:
        _WINDOW["key"] = key
        _WINDOW["ids"] = sentences_published(connection, after=scope.window_start, before=scope.before,
                                             sources=scope.sources)
    return _WINDOW["ids"]


def _window_bitmap(window: frozenset[int]) -> BitMap:
    """The event window's sentences (_window_sentences) as a bitmap, made once for the claims of one article."""
    if _WINDOW.get("bitmap_of") is not window:
        _WINDOW["bitmap_of"] = window
        _WINDOW["bitmap"] = BitMap(window)
    return _WINDOW["bitmap"]


def _event_day_sentences(connection: Connection, scope: SearchScope, weights: TermWeights) -> BitMap:
    """The sentences published on the article's last EVENT_DAYS days, days of the publishers' own calendars
    (local_day), kept for the claims of one article.

    A day in Beijing begins eight hours before the same day in UTC, one in Washington four or five hours
    after: the record is asked from PUBLISHER_ZONE_SLACK before the first day's UTC midnight, and each
    publication is kept by its own day, so a ministry's statement of 07:00 Beijing time is of its day, and
    a White House one of 21:00 the evening before (the next day in UTC) is not."""
    first_day = scope.last_day - timedelta(days=T.EVENT_DAYS - 1)
    key = (weights.state, first_day, scope.last_day, scope.before, scope.sources)
    if _EVENT_DAYS.get("key") != key:
        after = datetime.combine(first_day, datetime.min.time()) - PUBLISHER_ZONE_SLACK
        rows = sentences_published_when(connection, after=after, before=scope.before, sources=scope.sources)
        _EVENT_DAYS["key"] = key
        _EVENT_DAYS["ids"] = BitMap(
            sentence_id for sentence_id, source, published, printed in rows
            if first_day <= _day_of(printed, source, published) <= scope.last_day)
    return _EVENT_DAYS["ids"]


def _event_day_bounds(connection: Connection, claim: Analysis, weights: TermWeights, key_weights: dict[str, float],
                      event_days: BitMap) -> dict[int, float]:
    """The article's own days' sentences (or its event window's) that hold any of the claim's keys, with what the
    keys they hold are worth.

    Over the whole record a claim is searched by its rarer words, and a sentence is ranked among tens of thousands:
    the day's own readout, telling the event in its own words, may share only common ones with the article ("the
    call", "the two presidents") or rank below a hundred other days' sentences. The days the event happened hold a
    few publications, so every key is looked for in them: the lists of the common words are read whole once and
    kept (_HOLDING_LISTS), and intersect with the days' sentences in C."""
    if not event_days:
        return {}
    shares = key_contributions(claim, key_weights)
    bounds: dict[int, float] = {}
    for key in sorted(claim.keys):
        phrases = tuple(phrase for phrase in search_words(key, claim.surfaces[key]) if phrase)
        if not phrases:
            continue
        for sentence_id in _holding(connection, weights, phrases) & event_days:
            bounds[sentence_id] = bounds.get(sentence_id, 0.0) + shares[key]
    return bounds


def _best_first(bounds: dict[int, float], count: int) -> list[int]:
    """The `count` best-bounded sentences; equal bounds keep their order in
    `bounds` (a stable sort), so every database ranks alike. What
    heapq.nlargest gives, but sorted in C: nlargest steps through every
    bound in Python, and a claim has tens of thousands."""
    return sorted(bounds, key=bounds.__getitem__, reverse=True)[:count]


def _read_down(connection: Connection, state: object, ranked: list[int], scope: SearchScope,
               limit: int) -> tuple[list[int], list[int], list[int]]:
    """The first `limit` eligible evidence sentences of a ranking, with the
    reporters' questions and the too-late evidence met on the way."""
    evidence: list[int] = []
    questions: list[int] = []
    later: list[int] = []
    # Whether a publication is in the scope, and whether it came after it: its sentences share its dates.
    timing: dict[int, tuple[bool, bool]] = {}
    for first in range(0, min(len(ranked), T.BOUND_SCAN_LIMIT), T.BOUND_SCAN_SLICE):
        chunk = ranked[first:first + T.BOUND_SCAN_SLICE]
        places = _sentence_places(connection, state, chunk)
        for sentence_id in chunk:
            place = places.get(sentence_id)
            if place is None or (scope.sources and place.source not in scope.sources):
                continue
            within, late = timing.get(place.readout_id) or timing.setdefault(place.readout_id, (
                _within(place, scope), scope.last_day is not None and local_day(place) > scope.last_day))
            if within:
                if place.is_evidence:
                    if len(evidence) < limit:
                        evidence.append(sentence_id)
                elif len(questions) < T.QUESTION_CANDIDATES:
                    questions.append(sentence_id)
            elif place.is_evidence and late and len(later) < T.LATER_CANDIDATES:
                later.append(sentence_id)
        if len(evidence) >= limit:
            break
    return evidence, questions, later


def _find_by_bm25(connection: Connection, claim: Analysis, weights: TermWeights, key_weights: dict[str, float],
                  scope: SearchScope, limit: int) -> Retrieved:
    """Candidates from the index's BM25 ranking of the claim's least common
    words: for claims whose every word is too common to read whole."""
    terms = query_terms_for(claim, weights, key_weights)
    hits = {hit.sentence_id: hit for hit in search_sentences(
        connection, terms, limit=T.CANDIDATES, sources=scope.sources, evidence_only=False)}
    if scope.window_start is not None:
        for hit in search_sentences(connection, terms, limit=T.WINDOW_CANDIDATES, sources=scope.sources,
                                    published_before=scope.before, published_after=scope.window_start,
                                    evidence_only=False):
            hits.setdefault(hit.sentence_id, hit)
    eligible, later = [], []
    for hit in hits.values():
        (eligible if _within(hit, scope) else later).append(hit)
    candidates = [_candidate((hit,), claim, key_weights, scope) for hit in eligible]
    candidates.sort(key=lambda c: c.sort_key)
    questions = [c for c in candidates if not c.first.is_evidence]
    candidates = [c for c in candidates if c.first.is_evidence][:limit + T.SCORED_WINDOW_CANDIDATES]
    too_late = [_candidate((hit,), claim, key_weights, scope) for hit in later
                if hit.is_evidence and scope.last_day is not None and local_day(hit) > scope.last_day]
    too_late.sort(key=lambda c: c.sort_key)
    return Retrieved(_with_windows(connection, weights.state, candidates, claim, key_weights, scope), questions,
                     lambda: too_late)


def _within(hit: SentenceHit, scope: SearchScope) -> bool:
    if scope.before is not None and hit.published > scope.before:
        return False
    if scope.after is not None and hit.published < scope.after:
        return False
    if scope.last_day is not None and local_day(hit) > scope.last_day:
        return False
    return scope.first_day is None or local_day(hit) >= scope.first_day


def _candidate(hits: tuple[SentenceHit, ...], claim: Analysis, key_weights: dict[str, float],
               scope: SearchScope, ignore: frozenset[str] = frozenset()) -> Candidate:
    analysis = with_speakers(analyze(hits[0].text) if len(hits) == 1 else analyze_joined([hit.text for hit in hits]),
                             hits, speaker_keys(claim), _people(claim))
    coverage = coverage_of(claim, key_weights, analysis, ignore)
    in_window = scope.window_start is not None and hits[0].published >= scope.window_start
    bonus = T.ANCHOR_BONUS if in_window else 0.0
    return Candidate(hits, analysis, coverage, in_window, coverage.score + bonus)


def opening_candidate(connection: Connection, readout_id: int, claim: Analysis, key_weights: dict[str, float],
                      scope: SearchScope) -> Candidate | None:
    """A publication's first sentence as a candidate (a transcript's place line, cited for where it was spoken)."""
    hits = sentences_around(connection, [(readout_id, 0, 0)])
    return _candidate((hits[0],), claim, key_weights, scope) if hits else None


def publication_candidates(connection: Connection, readout_ids: frozenset[int], claim: Analysis,
                           key_weights: dict[str, float], scope: SearchScope, ignore: frozenset[str],
                           limit: int) -> list[Candidate]:
    """The `limit` sentences of these publications that cover the most of the claim less the `ignore`d keys:
    where the publication is already known to be the one the claim is about, every sentence of it is read,
    not only those the index ranks first over the whole record."""
    wanted = claim.keys - ignore
    # A sentence sharing none of the claim's own words covers nothing of its point: not scored in full.
    hits = [hit for hit in publication_sentences(connection, readout_ids)
            if hit.is_evidence and _within(hit, scope) and not analyze(hit.text).keys.isdisjoint(wanted)]
    candidates = [_candidate((hit,), claim, key_weights, scope, ignore) for hit in hits]
    candidates.sort(key=lambda candidate: candidate.sort_key)
    return candidates[:limit]


# Where and to whom a line was spoken, as news writes it around the point: "told reporters aboard Air Force
# One", "speaking at the head office of a dockworkers' union", "at a news conference", "in the Oval
# Office", "through an interpreter". A transcript of spoken words never says it of itself: its title and
# dateline do, or nothing in the record does. Up to SETTING_PLACE_MAX_WORDS words of a place, never past
# "that", where the point itself begins.
_FEW_WORDS = r"(?:\s+(?!that\b)[\w'\u2019.-]+)" + f"{{1,{T.SETTING_PLACE_MAX_WORDS}}}"
_SETTING_PHRASES = re.compile(
    r"\b(?:told|telling|briefed|briefing)\s+(?:reporters|journalists)\b(?:\s+(?:aboard|on|at|in|after)"
    + _FEW_WORDS + ")?"
    r"|\bspeaking\s+(?:at|through|in|on|from|during|after|alongside)" + _FEW_WORDS +
    # ("speaking to Xi" is the act itself: to whom only when it is the press)
    r"|\bspeaking\s+to\s+(?:reporters|journalists|the\s+press|the\s+media)\b(?:\s+(?:aboard|on|at|in|after)"
    + _FEW_WORDS + ")?"
    r"|\b(?:at|during|told)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:news\s+conference|press\s+conference|briefing|reception|fundraiser|dinner|ceremony|rally|event|gaggle)"
    r"(?:\s+(?:in|at|on)" + _FEW_WORDS + ")?"
    r"|\bin\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:interview|remarks|speech|address)\b"
    r"|\b(?:in|from)\s+the\s+(?:Oval\s+Office|Rose\s+Garden|East\s+Room|Situation\s+Room)\b"
    r"|\baboard\s+Air\s+Force\s+One\b|\bthrough\s+an\s+interpreter\b",
    re.IGNORECASE)


def setting_keys(claim: Analysis) -> frozenset[str]:
    """The claim's words that only say where and to whom its point was spoken (_SETTING_PHRASES), less the
    names of places and people in them (a place is a detail a record may state otherwise) and any word the
    claim also uses outside them."""
    spans = [match.span() for match in _SETTING_PHRASES.finditer(claim.text)]
    if not spans:
        return frozenset()
    named = {entity.index for entity in claim.entities}
    inside, outside = set(), set()
    for index, token in enumerate(claim.tokens):
        if token.stop:
            continue
        if any(start <= token.start and token.end <= end for start, end in spans):
            if index not in named:
                inside.add(token.key)
        else:
            outside.add(token.key)
    return frozenset(inside - outside)


# A publication that is the transcript of spoken words: remarks, a press briefing, gaggle, call or conference
# (the White House's speeches-remarks and press-briefings sections title them so; a readout, a statement or a
# fact sheet is written, and an article about a speech is not the speech).
_SPOKEN_TITLE = re.compile(r"^\s*(?:remarks\b|(?:(?:background|on-the-record)\s+)?press\s+"
                           r"(?:briefing|gaggle|call|conference)\b)", re.IGNORECASE)


def spoken_line(hit: SentenceHit) -> bool:
    """Whether the hit is a line someone is recorded saying: a labelled speaker's sentence of a publication
    that is the transcript of what was said (_SPOKEN_TITLE, or read as one). Not its dateline or the time,
    nor a reporter's question."""
    return hit.is_evidence and bool(hit.speaker) and (hit.kind == "transcript" or (
        hit.kind != "readout" and bool(_SPOKEN_TITLE.match(hit.title or ""))))


def with_publication_words(analysis: Analysis, hits: tuple[SentenceHit, ...], claim: Analysis,
                           setting: frozenset[str] = frozenset()) -> Analysis:
    """The candidate's words plus those of the claim's words its publication gives around it: the
    words of its title ("Readout of President Biden's Call with President Xi", "Joint Vision Statement")
    and, when the claim's day is the publication's own, the words that write that day ("on April 18").
    A readout's sentences never repeat the occasion, its parties or its day that the title and dateline
    give once ("The two leaders discussed ..."), while the article writes them around the point
    ("Biden told Xi in a call on April 18 that ..."): without them the sentence that states the point
    scores as if it covered only part of it. `setting` (setting_keys) is the claim's words that say where
    and to whom the point was spoken: credited only by a line of a transcript of spoken words (spoken_line),
    which never says them of itself; a written text could have said them and did not."""
    # The setting only for a passage that is all spoken lines: a dateline read with the first line is not.
    extra: set[str] = set(setting) if setting and all(spoken_line(hit) for hit in hits) else set()
    for hit in hits:
        extra |= title_keys(hit.title or "") & claim.keys
        day = local_day(hit)
        if (day.month, day.day) in claim.days:
            extra |= _day_keys(day) & claim.keys
    extra -= analysis.keys
    if not extra:
        return analysis
    return replace(analysis, keys=analysis.keys | extra)


def states_the_details(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the candidate (with its publication's words, with_publication_words) holds every figure
    and month the claim writes: a title and a dateline give the occasion, who met and the day, never
    the figures or the months the point itself is about ("start celebrating Christmas in October").
    A number in words is left to the scorer: news writes the pair or the group so ("the two leaders",
    "the two governments") and names with it ("Air Force One"), figures in digits."""
    return all(key in candidate.analysis.keys for key in claim.keys
               if is_month_key(key) or key.isdigit() and any(ch.isdigit() for ch in claim.surfaces.get(key, "")))


@lru_cache(maxsize=4_096)
def _day_keys(day: date) -> frozenset[str]:
    """The keys a claim writes this day in ("April 18, 2024")."""
    return frozenset(analyze(f"{day.strftime('%B')} {day.day}, {day.year}").keys)


def _people(claim: Analysis) -> frozenset[str]:
    """The claim's people, and its first word when it may be a name the lexicon does not know ("Ardern offered
    her condolences", "Marcos, welcoming her, said ..."): capitalised as every first word is, it is read as a
    name only against a speaker label's names (with_speakers), where a first word that is no name meets none."""
    people = {entity.key for entity in claim.entities if entity.kind in ("person", "name")}
    first = claim.tokens[0] if claim.tokens else None
    if first is not None and first.capitalised and not first.stop and not first.key.startswith("="):
        people.add(first.key)
    return frozenset(people)


# A speaker's own words about what they do: "In a few weeks, I will host ..." is the labelled speaker's act.
_FIRST_PERSON = re.compile(r"\b(?:I|I['\u2019](?:m|ve|ll|d)|my|me)\b")


def with_speakers(analysis: Analysis, hits: tuple[SentenceHit, ...], speakers: frozenset[str],
                  people: frozenset[str] = frozenset()) -> Analysis:
    """The candidate's words plus the names of who speaks them: a transcript
    line's speaker ("PRESIDENT XI: China is ready ...") and the author a
    statement's title names ("Statement from NSC Spokesperson Sean Savett").
    "Xi said China is ready ..." is stated by Xi's own line, which never
    repeats his name. Only the claim's own speakers (`speakers`, names followed
    by "said", "told", ...) are added, as keys (never entities): the speaker of
    a speech is not the actor of every sentence in it ("Sullivan's first visit"
    is not stated by Sullivan's remarks on Raimondo's visit). And a sentence
    of a meeting's readout that names no one ("The two sides discussed ...")
    is about the people the title says met. A labelled line in the first person
    ("I will host the meeting") is its speaker's act, and so is an unlabelled one
    of a statement or remarks by one person: the claim's people (`people`) who
    speak it are added too ("Brown will host the meeting")."""
    extra: set[str] = set()
    for hit in hits:
        if speakers:
            extra |= (_speaker_keys(hit.speaker or "", hit.title or "")
                      | _office_label_keys(hit.speaker or "", hit.side, hit.published.date())) & speakers
        if people and _FIRST_PERSON.search(hit.text):
            # An unlabelled line in the first person is the one author's its title names ("Statement by President
            # Biden on ...": "I am proud to ..." is Biden's act), as a labelled line is its speaker's.
            extra |= (speaker_label_keys(hit.speaker)
                      | _office_label_keys(hit.speaker, hit.side, hit.published.date()) if hit.speaker
                      else _sole_title_speaker(hit.title or "")) & people
        if not any(entity.kind in ("person", "name") for entity in analysis.entities):
            # "The two sides discussed ..." in a readout of Sullivan's meeting with Wang: they are the two sides.
            extra |= _meeting_parties(hit.title or "")
    extra -= analysis.keys
    if not extra:
        return analysis
    return replace(analysis, keys=analysis.keys | extra)


# "Statement from|by X on ...", "Remarks by X before/at ...": X speaks every sentence.
_AUTHOR_IN_TITLE = re.compile(r"^\s*(?:statement|remarks|readout|press\s+briefing|op-ed)\s+(?:from|by|of)\s+"
                              r"(?P<author>.+?)"
                              r"(?:\s+(?:on|before|at|in|after|during|to|for|regarding|about)\s|\s*[|:(]|$)",
                              re.IGNORECASE)


# "Readout of X's Meeting with Y" (White House), "X Meets with Y", "X Holds
# Talks with Y", "X Has a Phone Call with Y" (Chinese MFA); and the transcript of what two or more leaders
# said to each other at their meeting ("Remarks by President Biden and Prime Minister Trudeau of Canada Before
# Bilateral Meeting"): a line there is spoken by one of them to the others, so "Biden welcomed Zelenskyy and
# promised to stay at his side" is stated by Biden's "We're going to stay at your side".
_MEETING_TITLE = re.compile(r"^\s*readout\s+of\b.*\b(?:meeting|call|talks|conversation|dinner)\b|"
                            r"\b(?:meeting|meetings|meets|met|call|talks|conversation)\s+with\b|"
                            r"^\s*remarks\s+by\b.*\band\b.*\bmeeting\b", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def _meeting_parties(title: str) -> frozenset[str]:
    """People a readout's title says met ("Readout of ... Sullivan's Meeting with ... Wang Yi"): the persons the
    lexicon knows, and the names it does not that a person's title opens ("President Gustavo Petro")."""
    if not _MEETING_TITLE.search(title):
        return frozenset()
    analysis = analyze(title)
    titles = title_words()
    parties, named = set(), {entity.index: entity for entity in analysis.entities}
    for entity in analysis.entities:
        if entity.kind == "person":
            parties.add(entity.key)
            continue
        if entity.kind != "name":
            continue
        # A run of names back to a person's title: "President Isaac Herzog", not "Before Bilateral Meeting".
        index = entity.index - 1
        while index in named and named[index].kind == "name":
            index -= 1
        opener = analysis.tokens[index] if index >= 0 else None
        if opener is not None and opener.capitalised and not opener.stop and fold(opener.surface).lower() in titles:
            parties.add(entity.key)
    return frozenset(parties)


@lru_cache(maxsize=4_096)
def _speaker_keys(speaker: str, title: str) -> frozenset[str]:
    # A line labelled with its speaker ("PRIME MINISTER MODI:", "MS. PSAKI:") is theirs alone, though the title
    # names everyone who spoke ("Remarks by President Biden and Prime Minister Modi").
    return speaker_label_keys(speaker) or _courtesy_surname_keys(speaker) or title_author_keys(title)


# The labels a government's own transcripts give its leaders' lines, and the office each names
# (verifier/data/offices.json): "THE PRESIDENT:" in a White House transcript is that day's U.S. president.
_OFFICE_LABELS = {"us-government": {"THE PRESIDENT": ("us", "president"),
                                    "THE VICE PRESIDENT": ("us", "vice president")}}


@lru_cache(maxsize=4_096)
def _office_label_keys(speaker: str, side: str, day: date) -> frozenset[str]:
    office = _OFFICE_LABELS.get(side, {}).get(" ".join(speaker.upper().split()))
    holder = holder_on(*office, day) if office else None
    return analyze(holder.called).entity_keys if holder else frozenset()


@lru_cache(maxsize=4_096)
def speaker_label_keys(speaker: str | None) -> frozenset[str]:
    """The names in a transcript line's speaker label ("PRESIDENT XI" -> Xi)."""
    label = (speaker or "").strip()
    if not label or label.upper() in ("Q", "MODERATOR", "AUDIENCE", "AUDIENCE MEMBER", "END"):
        return frozenset()
    # Labels are in capitals: title-case them so names are recognised, each part of a joined name too
    # ("AL-KADHIMI" is "Al-Kadhimi", as articles write it, not "Al-kadhimi").
    return analyze(" ".join("-".join(part.capitalize() for part in word.split("-"))
                            for word in label.split())).entity_keys


def line_speaker_keys(hit: SentenceHit) -> frozenset[str]:
    """Who speaks a transcript line, as name keys: its label's names, or the office holder a label
    such as "THE PRESIDENT" stands for on the day ("PRESIDENT BIDEN" and "THE PRESIDENT" -> Biden).
    A label of a courtesy title and a surname the lexicon does not know ("MS. BRAINARD") gives the
    surname's word, as the article's "Lael Brainard said" does. An unlabelled line is the speaker's
    the title names alone ("Remarks by President Biden Announcing ..."): a speech by one person has no
    labels; a title naming two people ("Remarks by President Biden and Prime Minister Modi", a readout of
    a call) leaves an unlabelled line no one's."""
    if not hit.speaker:
        return _sole_title_speaker(hit.title or "")
    named = speaker_label_keys(hit.speaker) | _office_label_keys(hit.speaker, hit.side, hit.published.date())
    return named or _courtesy_surname_keys(hit.speaker)


# "MS. BRAINARD", "MR. ZIENTS", "DR. FAUCI": a transcript's courtesy title before a surname.
_COURTESY_LABEL = re.compile(r"^\s*" + honorifics_pattern(str.upper) + r"\.?\s+(?P<surname>[A-Z][A-Z'-]+)\s*$")


@lru_cache(maxsize=4_096)
def _courtesy_surname_keys(speaker: str) -> frozenset[str]:
    found = _COURTESY_LABEL.match(speaker)
    return frozenset(analyze(found.group("surname").capitalize()).keys) if found else frozenset()


@lru_cache(maxsize=4_096)
def _sole_title_speaker(title: str) -> frozenset[str]:
    author = _AUTHOR_IN_TITLE.match(title)
    if author is None or _READOUT_TITLE.match(title):
        return frozenset()  # a readout is the government's account of a meeting, no one's spoken line
    if _SEVERAL_AUTHORS.search(author.group("author")):
        return frozenset()  # "President Biden and Prime Minister Modi": whose line, the title does not say
    people = {entity.key for entity in analyze(author.group("author")).entities if entity.kind == "person"}
    return frozenset(people) if len(people) == 1 else frozenset()


_SEVERAL_AUTHORS = re.compile(r"\band\b|&|,", re.IGNORECASE)
_READOUT_TITLE = re.compile(r"^\s*readout\b", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def title_author_keys(title: str) -> frozenset[str]:
    """Who a publication's title says speaks in it ("Statement from ... Sean Savett", "Remarks by X and Y")."""
    author = _AUTHOR_IN_TITLE.match(title)
    return analyze(author.group("author")).entity_keys if author else frozenset()


@lru_cache(maxsize=4_096)
def title_speaker_countries(title: str) -> Mapping[str, tuple[str, str]]:
    """Name key -> (country key, office) of each speaker the title ties to a country by "of" ("Remarks by President
    Biden, President Niinistö of Finland, and Prime Minister Andersson of Sweden": Niinistö, Finland's
    "president"; Andersson, Sweden's "prime minister"). The lexicon knows few other governments' office holders,
    so this is how a line labelled "PRIME MINISTER ANDERSSON" is read as the Swedish prime minister's. Each speaker
    of the title's list is read apart; one naming no country, or two, gives nothing."""
    author = _AUTHOR_IN_TITLE.match(title)
    if author is None or _READOUT_TITLE.match(title):
        return MappingProxyType({})  # "Readout of President Biden's Meeting with ... of Sweden": no one speaks
    found = {}
    for speaker in _LISTED_AUTHOR.split(author.group("author")):
        analysis = analyze(speaker)
        countries = {entity.key for entity in analysis.entities if entity.kind == "country"}
        names = [entity for entity in analysis.entities if entity.kind in ("person", "name")]
        if len(countries) == 1 and names:
            # The words before the name are the office ("Prime Minister"), as an article names it.
            office = fold(speaker[:analysis.tokens[names[0].index].start]).strip()
            found.update({entity.key: (next(iter(countries)), office) for entity in names})
    return MappingProxyType(found)


# Between the speakers a title lists: "President Biden, President Niinistö of Finland, and Prime Minister ...".
_LISTED_AUTHOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|with)\s+|\s*&\s*", re.IGNORECASE)


@lru_cache(maxsize=8_192)
def title_keys(title: str) -> frozenset[str]:
    """Every key of a publication's title, kept by the title: several rules ask it of each candidate."""
    return frozenset(analyze(title).keys)


def framed(candidates: list[Candidate], claim: Analysis, key_weights: dict[str, float],
           setting: frozenset[str] = frozenset()) -> list[Candidate]:
    """The candidates scored with the words their publications give around them (with_publication_words,
    `setting` the claim's words of where and to whom it was spoken), best first; those it adds nothing to
    kept as they were. Empty when it adds nothing to any."""
    reframed, changed = [], False
    for candidate in candidates:
        analysis = with_publication_words(candidate.analysis, candidate.hits, claim, setting)
        if analysis is candidate.analysis:
            reframed.append(candidate)
            continue
        changed = True
        coverage = coverage_of(claim, key_weights, analysis)
        # The rank keeps whatever the candidate's place in the window added to its score.
        reframed.append(replace(candidate, analysis=analysis, coverage=coverage,
                                rank_score=candidate.rank_score + coverage.score - candidate.score))
    if not changed:
        return []
    reframed.sort(key=lambda c: c.sort_key)
    return reframed


def rescore(candidates: list[Candidate], claim: Analysis, key_weights: dict[str, float],
            ignore: frozenset[str] = frozenset()) -> list[Candidate]:
    """The same candidates scored for another text (a clause of the claim), or without the `ignore`d keys,
    best first."""
    rescored = []
    for candidate in candidates:
        coverage = coverage_of(claim, key_weights, candidate.analysis, ignore)
        bonus = T.ANCHOR_BONUS if candidate.in_window else 0.0
        rescored.append(Candidate(candidate.hits, candidate.analysis, coverage, candidate.in_window,
                                  coverage.score + bonus, candidate.body_text, candidate.asked, candidate.denial,
                                  candidate.in_story))
    rescored.sort(key=lambda c: c.sort_key)
    return rescored


def _with_windows(connection: Connection, state: object, candidates: list[Candidate], claim: Analysis,
                  key_weights: dict[str, float], scope: SearchScope) -> list[Candidate]:
    """Try the best sentences together with their neighbours."""
    extra: list[Candidate] = []
    seeds = candidates[: T.WINDOW_SEEDS]
    neighbours: dict[int, dict[int, SentenceHit]] = {}
    reach = T.WINDOW_MAX_SENTENCES - 1  # the sentences a window holding the seed may take on either side of it
    for sentence in _sentences_around(connection, state, [(seed.first.readout_id, seed.first.position - reach,
                                                           seed.first.position + reach) for seed in seeds]):
        neighbours.setdefault(sentence.readout_id, {})[sentence.position] = sentence
    for seed in seeds:
        hit = seed.first
        by_position = neighbours.get(hit.readout_id, {})
        best: Candidate | None = None
        for first in range(hit.position - reach, hit.position + 1):
            for size in range(2, T.WINDOW_MAX_SENTENCES + 1):
                positions = range(first, first + size)
                if hit.position not in positions or any(p not in by_position for p in positions):
                    continue
                window = tuple(by_position[p] for p in positions)
                if not all(s.is_evidence for s in window):
                    continue  # a reporter's question never joins the evidence
                if len({s.speaker for s in window if s.speaker}) > 1:
                    continue  # two speakers' lines are no one's statement
                candidate = _candidate(window, claim, key_weights, scope)
                if candidate.score >= seed.score + T.WINDOW_GAIN \
                        and (best is None or candidate.sort_key < best.sort_key):
                    best = candidate
        if best is not None:
            extra.append(best)
    merged = candidates + extra
    merged.sort(key=lambda c: c.sort_key)
    return merged


# ------------------------------------------------------------------ two sentences together

# An official's answer that says yes or no to the question before it
# ("Yes, we did.", "So, on the first question, short answer: No."). The
# fillers are what speakers put first; the answer word must then end its phrase.
_ANSWER_OPENING = (r"^\W*(?:(?:so|well|look|and|oh|okay|ok|again|sure|thanks|thank\s+you)\W+)*"
                   r"(?:(?:on\s+(?:the|your)\s+\w+\s+(?:question|one)|the\s+short\s+answer(?:\s+is)?"
                   r"|short\s+answer)\W+)*")
_DENIES = re.compile(_ANSWER_OPENING + r"(?:no|nope|not\s+at\s+all|not\s+yet|never|"
                     r"(?:we|he|she|they|i|it)\s+(?:did|does|do|has|have|had|was|were|will)(?:\s+not|n'?t))"
                     r"(?=\s*(?:[.,;:!—–]|$))", re.IGNORECASE)
# A question a yes or a no answers ("Did you ...?", "Mr. President, has he ...?"),
# not "why" or "how long", which a bare "yes" does not answer.
_YES_NO_QUESTION = re.compile(r"^\W*(?:[^,?]{0,40},\s*)?(?:(?:and|so|but|also|just|then|now)\s+)?"
                              r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|"
                              r"shall|may|might)\b", re.IGNORECASE)
# Words a turn opens with that answer nothing ("Thanks.", "Sure.", "Great question.").
_COURTESY = re.compile(r"^\W*(?:thanks|thank\s+you|sure|okay|ok|yeah,?\s+thanks|great\s+question|good\s+question)"
                       r"(?:[\s,]+\w+)?\W*$", re.IGNORECASE)


def answered_questions(connection: Connection, claim: Analysis, questions: list[Candidate],
                       candidates: list[Candidate], key_weights: dict[str, float],
                       scope: SearchScope, weights: TermWeights) -> list[Candidate]:
    """Officials' answers read with the reporter's question they answer.

    "Did the President raise Taiwan?" / "Yes, he did." states that he raised
    Taiwan, though neither sentence does alone. Found from either side: the
    questions that match the claim, and the transcript lines among the best
    candidates (an answer that names its point, "The investigation is not
    finished", after a question that names the topic). The question supplies
    the topic, the answer the assertion: a yes or a no counts only after a
    yes-or-no question and negates what was asked, and every answer must
    itself hold part of the claim (ANSWER_OWN_SHARE), so the question's words
    alone never support anything. The evidence is the answer's own sentences,
    one window of the same publication (never later than the article)."""
    asked = [q for q in questions if q.score >= T.RELATED_SCORE][: T.ANSWERED_QUESTIONS]
    answers = [c for c in candidates if len(c.hits) == 1 and c.first.speaker][: T.ANSWER_SEEDS]
    seeds = [(q.first, False) for q in asked] + [(c.first, True) for c in answers]
    if not seeds:
        return []
    # Only what an exchange can span (reading a transcript's sentences is most of the cost):
    # after a question, the rest of its turn and the answer; before an answer, the courtesy,
    # the answer's first sentences and the question turn.
    reach = T.QUESTION_TURN_SENTENCES + T.ANSWER_SENTENCES + 1
    around = _sentences_around(connection, weights.state, [
        (hit.readout_id, hit.position - reach, hit.position + T.ANSWER_SENTENCES - 1) if is_answer
        else (hit.readout_id, hit.position, hit.position + reach) for hit, is_answer in seeds])
    by_readout: dict[int, dict[int, SentenceHit]] = {}
    for sentence in around:
        by_readout.setdefault(sentence.readout_id, {})[sentence.position] = sentence
    total = sum(key_weights.get(key, 0.0) for key in claim.keys)
    found: list[Candidate] = []
    seen: set[tuple[int, ...]] = set()
    for hit, is_answer in seeds:
        by_position = by_readout.get(hit.readout_id, {})
        exchange = _exchange(by_position, hit.position, is_answer)
        if exchange is None:
            continue
        turn, answer = exchange
        ids = tuple(sentence.sentence_id for sentence in answer)
        if ids in seen or not _within(answer[0], scope):
            continue
        seen.add(ids)
        candidate = _answered(claim, turn, answer, key_weights, scope, total)
        if candidate is not None:
            found.append(candidate)
    found.sort(key=lambda c: c.sort_key)
    return found


@lru_cache(maxsize=1)
def _exchange_keys() -> frozenset[str]:
    """Keys of the words an article uses for a question and its answer."""
    return analyze("asked reporters reporter journalists question replied answered responded").keys


def _exchange(by_position: dict[int, SentenceHit], position: int,
              is_answer: bool) -> tuple[list[SentenceHit], list[SentenceHit]] | None:
    """The question turn and the official answer (up to ANSWER_SENTENCES, courtesies
    skipped) that a question sentence opens, or that an answer sentence belongs to."""
    if is_answer:
        end = position - 1
        while end in by_position and by_position[end].is_evidence and position - end <= T.ANSWER_SENTENCES:
            end -= 1
        if end not in by_position or by_position[end].is_evidence:
            return None
    else:
        end = position
        while end + 1 in by_position and not by_position[end + 1].is_evidence:
            end += 1
    turn = []
    first = end
    while (first in by_position and not by_position[first].is_evidence
           and (len(turn) < T.QUESTION_TURN_SENTENCES or not is_answer and first >= position)):
        turn.insert(0, by_position[first])
        first -= 1
    start = end + 1
    while start in by_position and by_position[start].is_evidence and _COURTESY.match(by_position[start].text):
        start += 1
    answer = []
    for at in range(start, start + T.ANSWER_SENTENCES):
        if at not in by_position or not by_position[at].is_evidence:
            break
        answer.append(by_position[at])
    if not answer or (is_answer and position not in range(start, start + len(answer))):
        return None
    return turn, answer


def _denies_the_asked_verb(question: str, answer: str) -> bool:
    """Whether an answer's first sentence says no in words of its own: the word its negation denies is the
    question's own verb ("Did the U.S. ask Brazil to block the ships?" / "We did not ask the Brazilians to block
    that."), written nowhere else in the answer, where another clause could affirm it ("did not discuss the fees
    but discussed the agreement"). Officials deny that way as often as with a bare "No"."""
    said = analyze(answer)
    if not said.negated:
        return False  # most answers (and a cheap test)
    asked = analyze(question)
    return any(head in asked.predicate_keys and head in said.negated
               and sum(1 for token in said.tokens if token.key == head) == 1 for head in denied_words(said.tokens))


def _answered(claim: Analysis, turn: list[SentenceHit], answer: list[SentenceHit], key_weights: dict[str, float],
              scope: SearchScope, total: float) -> Candidate | None:
    """One answer read with its question, or None when the answer itself asserts nothing of the claim."""
    questions = [sentence for sentence in turn if _YES_NO_QUESTION.match(sentence.text)]
    denies = bool(questions) and (_DENIES.match(answer[0].text) is not None
                                  or _denies_the_asked_verb(questions[-1].text, answer[0].text))
    said = " ".join(sentence.text for sentence in answer)
    said_analysis = analyze(said)
    if not denies and not (claim.keys & said_analysis.keys or claim.quantities and said_analysis.quantities):
        return None  # (the common case, decided before the question is analysed)
    asked_text = " ".join(sentence.text for sentence in turn)
    asked_analysis = analyze(asked_text)
    if not any(key in asked_analysis.keys and key not in said_analysis.keys for key in claim.keys):
        return None  # the question adds nothing of the claim: the answer is a window like any other
    # A "no" asserts the opposite of what was asked; anything else, even "Yes", must come with
    # words of its own: what a question takes for granted ("... 54 balloons crossed the line.
    # Are you aware?" "Yeah, we're aware ...") is not affirmed.
    own = sum(key_weights.get(key, 0.0) for key in claim.keys
              if key in said_analysis.keys and key not in asked_analysis.keys)
    if not total or not denies and own < T.ANSWER_OWN_SHARE * total and not (
            claim.quantities and said_analysis.quantities):
        return None
    together = analyze(asked_text + " " + said)
    if denies:
        # "Did he raise it?" "No.": what was asked is what is denied.
        together = replace(together, negated=together.negated | (asked_analysis.predicate_keys & together.keys))
    together = with_speakers(together, tuple(answer), speaker_keys(claim))
    # The exchange itself is what "asked by reporters, he replied" and "told reporters" describe.
    framing = _exchange_keys() & claim.keys - together.keys
    if framing:
        together = replace(together, keys=together.keys | framing)
    coverage = coverage_of(claim, key_weights, together)
    in_window = scope.window_start is not None and answer[0].published >= scope.window_start
    return Candidate(tuple(answer), together, coverage, in_window,
                     coverage.score + (T.ANCHOR_BONUS if in_window else 0.0), asked=tuple(turn), denial=denies)


def sentence_pairs(claim: Analysis, candidates: list[Candidate], key_weights: dict[str, float],
                   scope: SearchScope) -> list[Candidate]:
    """Two sentences of one publication, not next to each other, each stating
    its own part of a claim that fuses two points ("met for two days in
    Vienna" from "met from May 10-11" and, paragraphs later, "in Vienna").
    Each must add PAIR_PART_SHARE of the claim the other lacks, and together
    they must score PAIR_GAIN above the better alone."""
    singles = [c for c in candidates if len(c.hits) == 1 and c.score >= T.RELATED_SCORE][: T.PAIR_SEEDS]
    total = sum(key_weights.get(key, 0.0) for key in claim.keys)
    if len(singles) < 2 or not total:
        return []
    found: list[Candidate] = []
    for index, one in enumerate(singles):
        for other in singles[index + 1:]:
            if one.first.readout_id != other.first.readout_id or abs(one.first.position - other.first.position) < 2:
                continue
            first, second = sorted((one, other), key=lambda c: c.first.position)
            mine = claim.keys & first.analysis.keys
            theirs = claim.keys & second.analysis.keys
            if (sum(key_weights.get(key, 0.0) for key in mine - theirs) < T.PAIR_PART_SHARE * total
                    or sum(key_weights.get(key, 0.0) for key in theirs - mine) < T.PAIR_PART_SHARE * total):
                continue
            hits = (first.first, second.first)
            pair = _candidate(hits, claim, key_weights, scope)
            if pair.score >= max(one.score, other.score) + T.PAIR_GAIN:
                found.append(pair)
    found.sort(key=lambda c: c.sort_key)
    return found


def quoted_passages(connection: Connection, claim: Analysis, holding: tuple[SentenceHit, ...],
                    key_weights: dict[str, float], scope: SearchScope, weights: TermWeights) -> list[Candidate]:
    """The sentences of one publication that hold the claim's quotations word for word, as candidates:
    all of them read together when the quotations sit in several ("one of my closest advisors" and,
    further on, "I'm a little concerned to send in because he knows how I think"), and each alone and
    with its neighbours, whose words say what the quotation is about ("I don't think the leadership
    knew where it was / It was more embarrassing than it was intentional")."""
    singles = [_candidate((hit,), claim, key_weights, scope) for hit in holding]
    together = [_candidate(holding, claim, key_weights, scope)] if len(holding) > 1 else []
    return together + _with_windows(connection, weights.state, singles, claim, key_weights, scope)


def readout_passage(connection: Connection, candidate: Candidate) -> str:
    """The exact text of the candidate in its readout's body (windows keep
    the original spacing between their sentences)."""
    if len(candidate.hits) == 1:
        return candidate.first.text
    if not candidate.contiguous:  # two sentences apart: each as written, not what lies between them
        return " ".join(hit.text for hit in candidate.hits)
    if candidate.body_text is None:
        candidate.body_text = connection.execute(
            text("SELECT substr(body, :start + 1, :length) FROM readout WHERE id = :id"),
            {"start": candidate.start, "length": candidate.end - candidate.start, "id": candidate.first.readout_id},
        ).scalar() or " ".join(hit.text for hit in candidate.hits)
    return candidate.body_text


def find_passages(connection: Connection, phrase_text: str, weights: TermWeights, scope: SearchScope,
                  limit: int = 30) -> list[SentenceHit]:
    """Record sentences that best cover a quotation's words, rarest first."""
    analysis = analyze(phrase_text)
    if not analysis.keys or weights.sentences == 0:
        return []
    key_weights = weights.weigh(analysis)
    bounds = bound_sentences(connection, analysis, weights, key_weights)
    if bounds is None:
        terms = query_terms_for(analysis, weights, key_weights)
        return search_sentences(connection, terms, limit=limit, sources=scope.sources, published_before=scope.before)
    passages, _questions, _later = _read_down(connection, weights.state, _best_first(bounds, T.BOUND_SCAN_SLICE),
                                              scope, limit)
    return _sentence_hits(connection, weights.state, passages)
