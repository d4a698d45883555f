"""The verdict rules of docs/verdicts.md: supported, contested or unsourced,
with reason codes, a confidence and a plain-words explanation; and the
separate grading of quotations.

Everything here is a pure function of the claim's analysis and its scored
candidates; retrieval lives in `verifier.evidence`, thresholds in
`verifier.thresholds`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from verifier import thresholds as T
from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT, sentence_attribution, speaker_side
from verifier.evidence import Candidate, coverage_of, local_day
from verifier.normalize import (
    STOPWORDS,
    Analysis,
    Entity,
    analyze,
    fold,
    fold_for_quotes,
    is_light,
    lexicon,
    word_key,
)

SUPPORTED = "supported"
CONTESTED = "contested"
UNSOURCED = "unsourced"
VERDICTS = (SUPPORTED, CONTESTED, UNSOURCED)

# Reason codes (docs/verdicts.md).
NUMBER_MISMATCH = "number_mismatch"
DATE_MISMATCH = "date_mismatch"
NEGATION_MISMATCH = "negation_mismatch"
ACTOR_MISMATCH = "actor_mismatch"
PLACE_MISMATCH = "place_mismatch"
EVENT_MISMATCH = "event_mismatch"
MISATTRIBUTED = "misattributed"
OPPOSITE_ACTION = "opposite_action"
NO_MATCH = "no_match"
BELOW_THRESHOLD = "below_threshold"
OUTSIDE_WINDOW = "outside_window"
ONLY_REPORTER_QUESTION = "only_reporter_question"

SIDE_NAMES = {US_GOVERNMENT: "U.S. government", CHINA_GOVERNMENT: "Chinese government"}
_REASON_WORDS = {
    NUMBER_MISMATCH: "a number or duration differs", DATE_MISMATCH: "a date or time differs",
    NEGATION_MISMATCH: "the record says the opposite (negation)", ACTOR_MISMATCH: "a different actor is named",
    PLACE_MISMATCH: "a different place is named", EVENT_MISMATCH: "a different event is named",
    OPPOSITE_ACTION: "the record describes the opposite action",
}
EMPTY_RECORD_HINT = ("The record is empty: run `verifier import FILE` or `verifier sources refresh`, "
                     "then check again.")

# Context words around a name that show two names fill the same slot
# ("former Premier Li Keqiang" / "former Premier Wen Jiabao").
_CONTEXT_REACH = 3
# An unknown capitalised word ("name") may be a person, or a capitalised noun
# ("Working Group"): it stands in only for people and other unknown names.
_COMPATIBLE_KINDS = {
    "person": {"person", "name"}, "country": {"country"}, "place": {"place", "country"},
    "event": {"event"}, "name": {"person", "name"},
}


@dataclass
class Verdict:
    verdict: str
    confidence: float
    reasons: list[str]
    explanation: str
    evidence: list[Candidate] = field(default_factory=list)


@dataclass(frozen=True)
class Anchor:
    """The article's date and what the record may be used for."""

    date: datetime | None  # end of the article's day (UTC), None when unknown
    known: bool  # given or from metadata (evidence after it is never used), not inferred


# ------------------------------------------------------------------ conflicts


@dataclass(frozen=True)
class Conflict:
    reasons: tuple[str, ...]
    ignored: frozenset[str]  # claim keys the conflict is about, left out of the same-point test


def find_conflicts(claim: Analysis, candidate: Analysis) -> Conflict:
    """Ways the candidate disagrees with the claim on a point they share."""
    reasons: list[str] = []
    ignored: set[str] = set()

    shared_predicate = claim.predicate_keys & candidate.keys
    flipped = (claim.negated ^ candidate.negated) & shared_predicate
    if flipped:
        reasons.append(NEGATION_MISMATCH)

    number_keys = {key for key in claim.keys if key.isdigit()}
    if _numbers_differ(claim, candidate):
        reasons.append(NUMBER_MISMATCH)
        ignored |= number_keys
    if _dates_differ(claim, candidate):
        reasons.append(DATE_MISMATCH)
        # The words that name the time are what the conflict is about: months,
        # seasons ("in the autumn") and relative units ("coming weeks").
        ignored |= number_keys | {token.key for token in claim.tokens if token.key[:3] in _MONTH_KEYS
                                  or token.surface.lower() in _TIME_WORDS}

    for reason, keys in _substitutions(claim, candidate):
        if reason not in reasons:
            reasons.append(reason)
        ignored |= keys

    opposites = lexicon().opposites
    for key in sorted(claim.predicate_keys - candidate.keys):
        if opposites.get(key, frozenset()) & (candidate.keys - claim.keys):
            if OPPOSITE_ACTION not in reasons:
                reasons.append(OPPOSITE_ACTION)
            ignored.add(key)
    return Conflict(tuple(reasons), frozenset(ignored))


_TIME_WORDS = frozenset({"spring", "summer", "fall", "autumn", "winter", "day", "days", "week", "weeks", "month",
                         "months", "year", "years", "decade", "decades"})
_MONTH_KEYS = frozenset(name[:3] for name in ("january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"))


def _numbers_differ(claim: Analysis, candidate: Analysis) -> bool:
    for quantity in claim.quantities:
        if not quantity.unit:
            continue
        same_unit = [q.value for q in candidate.quantities if q.unit == quantity.unit]
        if same_unit and quantity.value not in same_unit:
            return True
    return False


def _dates_differ(claim: Analysis, candidate: Analysis) -> bool:
    if claim.days and candidate.days and not claim.days & candidate.days:
        return True
    candidate_months = candidate.months | {month for month, _ in candidate.days}
    if claim.months and candidate_months and not claim.months & candidate_months:
        return True
    for direction, unit in claim.relative:
        units = {u for d, u in candidate.relative if d == direction}
        if units and unit not in units:
            return True
    if claim.seasons and candidate.seasons and not claim.seasons & candidate.seasons:
        return True
    return bool(claim.years and candidate.years and not claim.years & candidate.years)


# Verbs that introduce topics: "discussed Iran" against "discussed Russia's war"
# is a topic the record lacks (absence), not a different actor.
_TOPIC_WORDS = frozenset({"=talks", "=say"})


def _context(analysis: Analysis, index: int) -> set[str]:
    """Content words next to a name, up to the nearest other name on each side."""
    entity_indexes = {entity.index for entity in analysis.entities}
    words = set()
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(analysis.tokens) and abs(other - index) <= _CONTEXT_REACH:
            if other in entity_indexes:
                break
            token = analysis.tokens[other]
            if not token.stop and not token.key.isdigit() and token.key not in _TOPIC_WORDS:
                words.add(token.key)
            other += step
    return words


def _written_in(claim: Analysis, key: str, candidate: Analysis) -> bool:
    """Whether the candidate names the claim's entity in words that a longer
    alias swallowed ("the summit meeting in San Francisco" is read as the
    Woodside summit, yet it names San Francisco)."""
    variants = lexicon().variants.get(key) or ([fold(claim.surfaces[key])] if key in claim.surfaces else [])
    folded = fold(candidate.text)
    return any(re.search(r"(?<!\w)" + re.escape(variant) + r"(?!\w)", folded) for variant in variants if variant)


def _person_like(analysis: Analysis, entity: Entity) -> bool:
    """A known name, or an unknown capitalised word that reads as a person's
    name: next to another such word ("John Podesta") or after a title ("Senior
    Advisor Podesta"). A lone capitalised word ("Holocaust survivors") is not."""
    if entity.kind != "name":
        return True
    names = {other.index for other in analysis.entities if other.kind in ("name", "person")}
    if entity.index - 1 in names or entity.index + 1 in names:
        return True
    previous = analysis.tokens[entity.index - 1].surface.lower().rstrip(".") if entity.index else ""
    return previous in _PERSON_TITLES or previous in lexicon().titles and previous not in STOPWORDS


# Titles that come before a person's name and are not in the lexicon's list of capitalised office words.
_PERSON_TITLES = frozenset({"envoy", "advisor", "adviser", "spokesperson", "spokesman", "ambassador", "secretary",
                            "senator", "representative", "governor", "mayor", "general", "admiral", "minister"})


def _short_form(ours: Entity, theirs: Entity, claim: Analysis, candidate: Analysis) -> bool:
    """One name is the other's short form (a nickname or a truncation)."""
    mine = fold(claim.tokens[ours.index].surface)
    other = fold(candidate.tokens[theirs.index].surface)
    shorter, longer = sorted((mine, other), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


def _substitutions(claim: Analysis, candidate: Analysis) -> list[tuple[str, set[str]]]:
    """Names in the claim that the candidate replaces with another name in the same slot."""
    found: list[tuple[str, set[str]]] = []
    missing = [e for e in claim.entities if e.key not in candidate.keys and not _written_in(claim, e.key, candidate)]
    extra = [e for e in candidate.entities if e.key not in claim.keys]
    for ours in missing:
        for theirs in extra:
            if theirs.kind not in _COMPATIBLE_KINDS[ours.kind]:
                continue
            if _short_form(ours, theirs, claim, candidate):
                continue  # "Jen" for "Jennifer": the same person
            if not (_person_like(claim, ours) and _person_like(candidate, theirs)):
                continue  # "inviting Holocaust survivors": a capitalised word, not a person
            same_slot = ours.after_preposition and theirs.after_preposition and ours.kind == theirs.kind == "place"
            if not same_slot and not _context(claim, ours.index) & _context(candidate, theirs.index):
                continue
            if "event" in (ours.kind, theirs.kind):
                reason = EVENT_MISMATCH
            elif same_slot or "place" in (ours.kind, theirs.kind):
                reason = PLACE_MISMATCH
            else:
                reason = ACTOR_MISMATCH
            found.append((reason, {ours.key}))
            break
    return found


# ------------------------------------------------------------------ the verdict


# Words naming the occasion itself: a claim placed "during the call" or "at the
# summit" is contested by evidence from a publication about another occasion.
_OCCASION_KEYS = frozenset({"=phone_call", "summit", "=woodside_summit"})
# Capitals a publisher's readouts take for granted (a White House readout of a
# meeting in Washington seldom says so).
_HOME_PLACES = frozenset({"=washington", "=us", "=china"})

Mentions = Callable[[int, str], bool]


def decide(claim: Analysis, attribution: str, candidates: list[Candidate], key_weights: dict[str, float],
           anchor: Anchor, *, record_empty: bool = False, later: list[Candidate] | None = None,
           questions: list[Candidate] | None = None, mentions: Mentions | None = None,
           known_elsewhere: Callable[[str], bool] | None = None, main_clause_end: int | None = None) -> Verdict:
    """The verdict for one claim from its scored candidates (best first).

    `attribution` is the side the article says published the claim (or
    "none" when the speaker is a party named in the claim itself). `later`
    are candidates published after the article (never evidence, but they tell
    `outside_window` from `no_match`); `questions` are reporters' questions
    matching the claim (never evidence either). `mentions(readout_id, key)`
    says whether a publication names a place or occasion anywhere;
    `known_elsewhere(key)` whether the record names it at all; only the main
    clause (up to `main_clause_end`) places the claim at an occasion.
    """
    if record_empty:
        return Verdict(UNSOURCED, T.CONFIDENCE_CEILING, [NO_MATCH], EMPTY_RECORD_HINT)
    negated_claim = bool(claim.negated & claim.predicate_keys)
    directional = {key for key in claim.predicate_keys & lexicon().opposites.keys() if not is_light(key)}

    supporting: list[Candidate] = []
    contesting: list[tuple[Candidate, Conflict]] = []
    compared = _main_clause_times(claim, main_clause_end)
    for candidate in candidates:
        if candidate.score < T.RELATED_SCORE:
            continue
        conflict = find_conflicts(compared, candidate.analysis)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = _period_conflict(claim, candidate, anchor)
        if not conflict.reasons and mentions is not None and candidate.score >= T.SUPPORT_SCORE:
            conflict = _occasion_conflict(claim, candidate, mentions, known_elsewhere, main_clause_end)
        if conflict.reasons:
            same_point = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
            if (same_point.coverage >= T.CONTEST_COVERAGE and same_point.predicate >= T.CONTEST_PREDICATE_COVERAGE
                    and candidate.score >= T.CONTEST_MIN_SCORE):
                contesting.append((candidate, conflict))
            continue
        if candidate.score < T.SUPPORT_SCORE or candidate.coverage.predicate < T.SUPPORT_PREDICATE_COVERAGE:
            continue
        if _largest_gap(claim, candidate, key_weights) >= T.SUPPORT_MISSING_SHARE:
            continue  # one word that carries much of the claim is not in the record's sentence
        if directional - candidate.analysis.keys:
            continue  # the claim's action (lift, resume, reduce...) is its point: the record must state it
        if negated_claim and not (candidate.analysis.negated & claim.negated):
            continue  # a record that simply lacks the thing is not a denial of it
        supporting.append(candidate)

    best_contest = contesting[0] if contesting else None
    if supporting and (best_contest is None or _support_confirms(claim, supporting, best_contest)):
        if attribution in SIDE_NAMES:
            own_side = [c for c in supporting if speaks_for(c, attribution)]
            if not own_side:
                other = supporting[0]
                return Verdict(CONTESTED, _confidence(other.score), [MISATTRIBUTED],
                               f"The article attributes this to the {SIDE_NAMES[attribution]}, but only "
                               f"{SIDE_NAMES.get(other.side, other.side)} publications say it "
                               f"({_cite(other)}).", supporting[: T.EVIDENCE_PER_CLAIM])
            rest = [c for c in supporting if not speaks_for(c, attribution)]
            supporting = own_side + rest
        best = supporting[0]
        return Verdict(SUPPORTED, _confidence(best.score), [],
                       f"{_cite(best)} states the same point.", _top(supporting, candidates))
    if best_contest is not None:
        candidate, conflict = best_contest
        words = "; ".join(_REASON_WORDS[r] for r in conflict.reasons)
        return Verdict(CONTESTED, _confidence(candidate.score), list(conflict.reasons),
                       f"{_cite(candidate)} speaks to the same point and disagrees: {words}.",
                       _top([candidate], candidates))

    best_score = candidates[0].score if candidates else 0.0
    said_later = [c for c in later or [] if c.score >= T.SUPPORT_SCORE
                  and c.coverage.predicate >= T.SUPPORT_PREDICATE_COVERAGE and not find_conflicts(claim, c.analysis).reasons]
    if said_later:
        return Verdict(UNSOURCED, _confidence(said_later[0].score), [OUTSIDE_WINDOW],
                       f"Only a publication from after the article says this ({_cite(said_later[0])}); "
                       "evidence published after the article is not used.")
    asked = [q for q in questions or [] if q.score >= T.SUPPORT_SCORE and q.score >= best_score + T.QUESTION_MARGIN]
    if asked:
        return Verdict(UNSOURCED, _confidence(asked[0].score), [ONLY_REPORTER_QUESTION],
                       f"Only a reporter's question says this ({_cite(asked[0])}); questions are never evidence.")
    if best_score >= T.RELATED_SCORE:
        related = [c for c in candidates if c.score >= T.RELATED_SCORE]
        return Verdict(UNSOURCED, _clamp(0.5 + (T.SUPPORT_SCORE - best_score)), [BELOW_THRESHOLD],
                       f"The closest official text ({_cite(related[0])}) is related but does not state this point.",
                       related[: T.EVIDENCE_PER_CLAIM])
    return Verdict(UNSOURCED, _clamp(1.0 - best_score), [NO_MATCH],
                   "Nothing in the official record speaks to this claim.")


def speaks_for(candidate: Candidate, side: str) -> bool:
    """Whether the candidate states what `side` said: it was published by that
    side, or one of its sentences is that side's words — a transcript speaker
    ("PRESIDENT XI") or a sentence reporting them ("The PRC announced that ...").
    A U.S. readout quoting the Chinese side is the record of what China said."""
    if candidate.side == side:
        return True
    return any(_speaker_side(hit.speaker) == side or _sentence_side(hit.text) == side for hit in candidate.hits)


@lru_cache(maxsize=50_000)
def _speaker_side(label: str | None) -> str:
    return speaker_side(label)


@lru_cache(maxsize=50_000)
def _sentence_side(sentence: str) -> str:
    return sentence_attribution(sentence)[0]


def _main_clause_times(claim: Analysis, main_clause_end: int | None) -> Analysis:
    """The claim with only its main clause's numbers and dates: context hung
    after the point (", paving the way for Biden and Xi to meet in November")
    dates that context, not the point."""
    if main_clause_end is None or main_clause_end >= len(claim.text):
        return claim
    main = analyze(claim.text[:main_clause_end])
    return replace(claim, quantities=main.quantities, days=main.days, months=main.months, years=main.years,
                   relative=main.relative, seasons=main.seasons)


def _largest_gap(claim: Analysis, candidate: Candidate, key_weights: dict[str, float]) -> float:
    """The share of the claim's weight carried by its heaviest word the candidate lacks."""
    total = sum(key_weights.values())
    missing = [key_weights[key] for key in claim.keys if key not in candidate.analysis.keys and key in key_weights]
    return max(missing, default=0.0) / total if total else 0.0


def _support_confirms(claim: Analysis, supporting: list[Candidate], contest: tuple[Candidate, Conflict]) -> bool:
    """Support outweighs a contradiction only when it states the very facts in
    conflict (the date, the number, the name) or, for a flipped polarity or
    action, scores at least as well."""
    candidate, conflict = contest
    if candidate.in_window and not _names_its_time(claim):
        # The article's own event speaks against the claim: a publication from
        # another occasion that happens to agree describes that other occasion.
        supporting = [support for support in supporting if support.in_window]
        if not supporting:
            return False
    factual = {NUMBER_MISMATCH, DATE_MISMATCH, ACTOR_MISMATCH, PLACE_MISMATCH, EVENT_MISMATCH}
    if not factual & set(conflict.reasons):
        return supporting[0].score >= candidate.score
    return any(_states(claim, support.analysis, conflict) for support in supporting)


def _names_its_time(claim: Analysis) -> bool:
    """The claim dates itself ("last year", "in November", "at their Woodside
    summit"), so evidence outside the article's own window may be its event."""
    return bool(claim.has_past_reference or claim.days or claim.months or claim.years or claim.seasons
                or any(entity.kind == "event" for entity in claim.entities))


def _states(claim: Analysis, support: Analysis, conflict: Conflict) -> bool:
    if not conflict.ignored <= support.keys:
        return False
    if DATE_MISMATCH in conflict.reasons and not (
            claim.days <= support.days and claim.months <= support.months | {m for m, _ in support.days}
            and claim.relative <= support.relative and claim.seasons <= support.seasons):
        return False
    if NUMBER_MISMATCH in conflict.reasons:
        stated = {(q.value, q.unit) for q in support.quantities}
        if not all((q.value, q.unit) in stated for q in claim.quantities if q.unit):
            return False
    return True


_LAST_PERIOD = re.compile(r"\blast\s+(year|month)\b", re.IGNORECASE)


def _period_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Last year" / "last month", read from the article's date, against when
    the evidence was published: a statement made at this year's meeting is
    not what was said "at their summit last year" (unless it names that year)."""
    if anchor.date is None or not anchor.known:
        return Conflict((), frozenset())
    match = _LAST_PERIOD.search(claim.text)
    if match is None:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    if match.group(1).lower() == "year":
        expected_year = anchor.date.year - 1
        if published.year == expected_year or expected_year in candidate.analysis.years:
            return Conflict((), frozenset())
    else:
        month, year = (anchor.date.month - 1, anchor.date.year) if anchor.date.month > 1 else (12, anchor.date.year - 1)
        if (published.year, published.month) == (year, month) or month in candidate.analysis.months | {
                m for m, _ in candidate.analysis.days}:
            return Conflict((), frozenset())
    period_keys = {token.key for token in claim.tokens if token.surface.lower() in ("last", "year", "month")}
    return Conflict((EVENT_MISMATCH,), frozenset(period_keys & claim.keys))


def _occasion_conflict(claim: Analysis, candidate: Candidate, mentions: Mentions,
                       known_elsewhere: Callable[[str], bool] | None, main_clause_end: int | None) -> Conflict:
    """The claim places the point at an occasion or place its evidence's
    publication never names: it happened, but elsewhere or at another meeting."""
    readout_id = candidate.first.readout_id
    located_in = lexicon().located_in
    end = len(claim.text) if main_clause_end is None else main_clause_end
    for entity in claim.entities:
        if not entity.after_preposition or entity.kind == "person" or entity.key in _HOME_PLACES:
            continue
        if claim.tokens[entity.index].start >= end:
            continue  # context added after the point ("..., after they met in Bangkok")
        if entity.key in candidate.analysis.keys or mentions(readout_id, entity.key):
            continue
        if any(country == entity.key and mentions(readout_id, city) for city, country in sorted(located_in.items())):
            continue  # "in Thailand" agrees with a publication from Bangkok
        if entity.kind == "event" or (known_elsewhere is not None and known_elsewhere(entity.key)):
            return Conflict((EVENT_MISMATCH,), frozenset({entity.key}))
        return Conflict((PLACE_MISMATCH,), frozenset({entity.key}))
    occasions = {token.key for token in claim.tokens if token.start < end} & _OCCASION_KEYS
    for key in sorted(occasions):
        if key not in candidate.analysis.keys and not mentions(readout_id, key):
            return Conflict((EVENT_MISMATCH,), frozenset({key}))
    return Conflict((), frozenset())


def _top(first: list[Candidate], all_candidates: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    for candidate in first + all_candidates:
        if len(chosen) >= T.EVIDENCE_PER_CLAIM:
            break
        if candidate.score < T.RELATED_SCORE or any(_overlaps(candidate, c) for c in chosen):
            continue
        chosen.append(candidate)
    return chosen


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.first.readout_id == b.first.readout_id and a.start < b.end and b.start < a.end


def _cite(candidate: Candidate) -> str:
    title = candidate.first.title.strip() or candidate.first.url
    return f"“{title}” ({candidate.first.source}, {candidate.published.date().isoformat()})"


def _confidence(score: float) -> float:
    return _clamp(0.5 + (score - T.RELATED_SCORE) / (1.0 - T.RELATED_SCORE) * 0.5)


def _clamp(value: float) -> float:
    return round(min(T.CONFIDENCE_CEILING, max(T.CONFIDENCE_FLOOR, value)), 2)


# ------------------------------------------------------------------ quotes

VERBATIM = "verbatim"
CLOSE = "close"
ALTERED = "altered"
NOT_FOUND = "not_found"


@dataclass(frozen=True)
class QuoteGrade:
    grade: str
    matched: str | None


def grade_quote(quote: str, passages: list[str], related_passage: str | None) -> QuoteGrade:
    """Grade a quotation against record passages.

    `related_passage` is the record text on the claim's point (its best
    evidence), if any: a quote found nowhere word for word is `altered` when
    the record makes the same point in other words, else `not_found`.
    """
    wanted = fold_for_quotes(quote)
    if not wanted:
        return QuoteGrade(NOT_FOUND, None)
    wanted_words = _quote_words(quote)
    best: tuple[int, str] | None = None
    for passage in passages:
        folded, positions = _fold_with_positions(passage)
        at = folded.find(wanted)
        if at >= 0:
            return QuoteGrade(VERBATIM, passage[positions[at]:positions[at + len(wanted) - 1] + 1])
        alignment = fuzz.partial_ratio_alignment(wanted, folded, score_cutoff=T.QUOTE_ALIGN_RATIO)
        if alignment is None:
            continue
        start, end = _word_bounds(folded, alignment.dest_start, alignment.dest_end)
        if end <= start:
            continue
        original = passage[positions[start]:positions[end - 1] + 1]
        differing = Levenshtein.distance(wanted_words, _quote_words(original))
        if best is None or differing < best[0]:
            best = (differing, original)
    if best is not None:
        allowed = max(T.QUOTE_CLOSE_WORDS, int(len(wanted_words) * T.QUOTE_CLOSE_SHARE))
        if len(wanted_words) < T.QUOTE_SHORT_WORDS:
            # In a short quote one word is a third of it: "substantial influence" is not "substantial quantities".
            allowed = int(len(wanted_words) * T.QUOTE_SHORT_SHARE)
        if best[0] <= allowed:
            return QuoteGrade(CLOSE, best[1])
    if related_passage is not None:
        return QuoteGrade(ALTERED, related_passage)
    return QuoteGrade(NOT_FOUND, None)


_QUOTE_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*")


def _quote_words(text: str) -> list[str]:
    """Words as compared inside quotations: case, plurals and dots folded
    ("Straits" = "Strait", "U.S." = "US"), no synonyms (those make a quote close, not verbatim)."""
    return [word_key(word) for word in _QUOTE_WORD.findall(fold(text))]


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """`fold_for_quotes` without trimming the edges, with each folded
    character's offset in the original, so a match can quote the record as written."""
    characters: list[str] = []
    positions: list[int] = []
    lowered = fold(text).replace('"', "'")
    for index, character in enumerate(lowered):
        if character.isspace():
            if characters and characters[-1] == " ":
                continue
            character = " "
        elif character == "," and _OXFORD.match(lowered, index + 1):
            continue
        characters.append(character)
        positions.append(index)
    return "".join(characters), positions


_OXFORD = re.compile(r"\s+(?:and|or)\s", re.IGNORECASE)
