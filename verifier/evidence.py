"""Finding the record sentences that speak to a claim, and scoring them.

Candidates come from the sentence full-text index (BM25 over the claim's
rarest words and their aliases); each is re-scored by `score_candidate`,
which measures how much of the claim's content it covers, words weighted by
rarity (IDF over the record's sentences), so a short record sentence whose
few words all occur in the claim cannot outrank a sentence that states the
claim's point. Two or three consecutive sentences of one publication may
serve together when together they cover more.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import text
from sqlalchemy.engine import Connection

from db.index import SentenceHit, count_matching_sentences, search_sentences, sentences_of
from verifier import thresholds as T
from verifier.normalize import Analysis, analyze, is_light, lexicon, search_words, speaker_keys

# ------------------------------------------------------------------ term weights


class TermWeights:
    """IDF weight of each key, from document frequencies counted in the
    full-text index on first use and cached for one check.

    Counting is capped (DF_COUNT_CAP): exact for the rare words that matter,
    cheap for the common ones, whose weight is low either way.
    """

    def __init__(self, connection: Connection):
        self.connection = connection
        self.sentences, newest = _index_state(connection)
        self._by_key: dict[str, float] = {}
        # Counts stay valid while the index holds the same sentences (new or
        # revised readouts add sentence ids), so later checks reuse them.
        state = (str(connection.engine.url), self.sentences, newest)
        if _FREQUENCY_CACHE.get("state") != state:
            _FREQUENCY_CACHE.clear()
            _FREQUENCY_CACHE["state"] = state
            _FREQUENCY_CACHE["counts"] = {}
        self._frequency_by_phrase: dict[str, int] = _FREQUENCY_CACHE["counts"]

    def frequency(self, phrase: str) -> int:
        """In how many sentences (up to the cap) the phrase occurs."""
        if not phrase:
            return 0
        if phrase not in self._frequency_by_phrase:
            self._frequency_by_phrase[phrase] = _count_matches(self.connection, phrase)
        return self._frequency_by_phrase[phrase]

    def key_frequency(self, key: str, surface: str) -> int:
        phrases = search_words(key, surface)
        return min(sum(self.frequency(phrase) for phrase in phrases), T.DF_COUNT_CAP)

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

    def weigh(self, analysis: Analysis) -> dict[str, float]:
        return {key: self.weight(key, analysis.surfaces[key])
                * (T.LIGHT_WEIGHT if is_light(key, analysis.surfaces[key]) else 1.0)
                for key in sorted(analysis.keys)}


_FREQUENCY_CACHE: dict[str, object] = {}


def _index_state(connection: Connection) -> tuple[int, int]:
    """Evidence sentences in the record, and the newest sentence id."""
    count, newest = connection.execute(text("SELECT count(*), max(id) FROM sentence WHERE is_evidence")).one()
    return int(count or 0), int(newest or 0)


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
    keys = [key for key in sorted(claim.keys) if key not in ignore]
    matched = frozenset(key for key in keys if key in candidate.keys)
    credit = {key: 1.0 for key in matched}
    plain_candidate_keys = [key for key in candidate.keys if not key.startswith("=") and len(key) >= T.FUZZY_MIN_LENGTH]
    for key in keys:
        if key in matched or key.startswith("=") or len(key) < T.FUZZY_MIN_LENGTH or not plain_candidate_keys:
            continue
        if process.extractOne(key, plain_candidate_keys, scorer=fuzz.ratio, score_cutoff=T.FUZZY_WORD_RATIO):
            credit[key] = T.FUZZY_WORD_CREDIT
    total = sum(weights[key] for key in keys)
    coverage = sum(weights[key] * credit.get(key, 0.0) for key in keys) / total if total else 0.0
    predicate_keys = [key for key in keys if key in claim.predicate_keys]
    predicate_total = sum(weights[key] for key in predicate_keys)
    # A claim that is mostly names ("Biden met Xi in Lima") has no predicate worth measuring apart.
    predicate = (sum(weights[key] * credit.get(key, 0.0) for key in predicate_keys) / predicate_total
                 if predicate_total > T.PREDICATE_MIN_SHARE * total else coverage)
    named = [key for key in keys if key in claim.entity_keys]
    named_total = sum(weights[key] for key in named)
    # Who and where: a sentence about the same kind of act by other parties is another point.
    names = sum(weights[key] for key in named if key in matched) / named_total if named_total else coverage
    similarity = fuzz.token_sort_ratio(" ".join(keys), " ".join(sorted(candidate.keys))) / 100.0
    score = (T.WEIGHT_COVERAGE * coverage + T.WEIGHT_PREDICATE * predicate + T.WEIGHT_NAMES * names
             + T.WEIGHT_FUZZ * similarity)
    return Coverage(score, coverage, predicate, matched)


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


def local_day(hit: SentenceHit) -> date:
    """The day the publisher printed (its own time zone), else the UTC day."""
    printed = (hit.published_text or "").strip()
    try:
        return datetime.fromisoformat(printed.replace("Z", "+00:00")).date()
    except ValueError:
        return hit.published.date()


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
        terms = [word for key in ranked[:2] for phrase in search_words(key, claim.surfaces[key])
                 for word in phrase.split()][:3]
    return terms[: T.QUERY_MAX_TERMS]


@dataclass
class Retrieved:
    candidates: list[Candidate]  # official words: sentences and windows, best first
    questions: list[Candidate]  # reporters' questions that match (never evidence)
    later: list[Candidate] = field(default_factory=list)  # published after the scope's end (never evidence)


def find_candidates(connection: Connection, claim: Analysis, weights: TermWeights, scope: SearchScope,
                    *, limit: int = T.CANDIDATES) -> Retrieved:
    """Scored candidates for a claim, best first (sentences and windows), the
    reporters' questions the same search found, and what was published too late.

    Two searches: the whole record, unfiltered (the index then joins only
    LIMIT rows), and the event window, where the index ranks WINDOW_CANDIDATES
    x 20 rows before filtering: most of the sentences the budgeted terms occur in.
    """
    if not claim.keys or weights.sentences == 0:
        return Retrieved([], [])
    key_weights = weights.weigh(claim)
    terms = query_terms_for(claim, weights, key_weights)
    hits = {hit.sentence_id: hit for hit in search_sentences(
        connection, terms, limit=limit, sources=scope.sources, evidence_only=False)}
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
    candidates = [c for c in candidates if c.first.is_evidence]
    too_late = [_candidate((hit,), claim, key_weights, scope) for hit in later
                if hit.is_evidence and scope.last_day is not None and local_day(hit) > scope.last_day]
    too_late.sort(key=lambda c: c.sort_key)
    return Retrieved(_with_windows(connection, candidates, claim, key_weights, scope), questions, too_late)


def _within(hit: SentenceHit, scope: SearchScope) -> bool:
    if scope.before is not None and hit.published > scope.before:
        return False
    if scope.after is not None and hit.published < scope.after:
        return False
    if scope.last_day is not None and local_day(hit) > scope.last_day:
        return False
    return scope.first_day is None or local_day(hit) >= scope.first_day


def _candidate(hits: tuple[SentenceHit, ...], claim: Analysis, key_weights: dict[str, float],
               scope: SearchScope) -> Candidate:
    joined = " ".join(hit.text for hit in hits)
    analysis = with_speakers(analyze(joined), hits, speaker_keys(claim))
    coverage = coverage_of(claim, key_weights, analysis)
    in_window = scope.window_start is not None and hits[0].published >= scope.window_start
    bonus = T.ANCHOR_BONUS if in_window else 0.0
    return Candidate(hits, analysis, coverage, in_window, coverage.score + bonus)


def with_speakers(analysis: Analysis, hits: tuple[SentenceHit, ...], speakers: frozenset[str]) -> Analysis:
    """The candidate's words plus the names of who speaks them: a transcript
    line's speaker ("PRESIDENT XI: China is ready ...") and the author a
    statement's title names ("Statement from NSC Spokesperson Sean Savett").
    "Xi said China is ready ..." is stated by Xi's own line, which never
    repeats his name. Only the claim's own speakers (`speakers`, names followed
    by "said", "told", ...) are added, as keys (never entities): the speaker of
    a speech is not the actor of every sentence in it ("Sullivan's first visit"
    is not stated by Sullivan's remarks on Raimondo's visit). And a sentence
    of a meeting's readout that names no one ("The two sides discussed ...")
    is about the people the title says met."""
    extra: set[str] = set()
    for hit in hits:
        if speakers:
            extra |= _speaker_keys(hit.speaker or "", hit.title or "") & speakers
        if not any(entity.kind in ("person", "name") for entity in analysis.entities):
            # "The two sides discussed ..." in a readout of Sullivan's meeting with Wang: they are the two sides.
            extra |= _meeting_parties(hit.title or "")
    extra -= analysis.keys
    if not extra:
        return analysis
    return replace(analysis, keys=analysis.keys | extra)


# "Statement from|by X on ...", "Remarks by X before/at ...": X speaks every sentence.
_AUTHOR_IN_TITLE = re.compile(r"^\s*(?:statement|remarks|readout|press\s+briefing|op-ed)\s+(?:from|by|of)\s+"
                              r"(?P<author>.+?)(?:\s+(?:on|before|at|in|after|during|to|for|regarding|about)\s|\s*[|:(]|$)",
                              re.IGNORECASE)


# "Readout of X's Meeting with Y" (White House), "X Meets with Y", "X Holds
# Talks with Y", "X Has a Phone Call with Y" (Chinese MFA).
_MEETING_TITLE = re.compile(r"^\s*readout\s+of\b.*\b(?:meeting|call|talks|conversation|dinner)\b|"
                            r"\b(?:meeting|meetings|meets|met|call|talks|conversation)\s+with\b", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def _meeting_parties(title: str) -> frozenset[str]:
    """People a readout's title says met ("Readout of ... Sullivan's Meeting with ... Wang Yi")."""
    if not _MEETING_TITLE.search(title):
        return frozenset()
    return frozenset(entity.key for entity in analyze(title).entities if entity.kind == "person")


@lru_cache(maxsize=4_096)
def _speaker_keys(speaker: str, title: str) -> frozenset[str]:
    keys: set[str] = set()
    label = speaker.strip()
    if label and label.upper() not in ("Q", "MODERATOR", "AUDIENCE", "AUDIENCE MEMBER", "END"):
        # Labels are in capitals: title-case them so names are recognised.
        keys |= analyze(" ".join(word.capitalize() for word in label.split())).entity_keys
    author = _AUTHOR_IN_TITLE.match(title)
    if author:
        keys |= analyze(author.group("author")).entity_keys
    return frozenset(keys)


def rescore(candidates: list[Candidate], claim: Analysis, key_weights: dict[str, float]) -> list[Candidate]:
    """The same candidates scored for another text (a clause of the claim), best first."""
    rescored = []
    for candidate in candidates:
        coverage = coverage_of(claim, key_weights, candidate.analysis)
        bonus = T.ANCHOR_BONUS if candidate.in_window else 0.0
        rescored.append(Candidate(candidate.hits, candidate.analysis, coverage, candidate.in_window,
                                  coverage.score + bonus, candidate.body_text))
    rescored.sort(key=lambda c: c.sort_key)
    return rescored


def _with_windows(connection: Connection, candidates: list[Candidate], claim: Analysis,
                  key_weights: dict[str, float], scope: SearchScope) -> list[Candidate]:
    """Try the best sentences together with their neighbours."""
    extra: list[Candidate] = []
    for seed in candidates[: T.WINDOW_SEEDS]:
        hit = seed.first
        around = [s for s in sentences_of(connection, hit.readout_id, hit.position - 2, hit.position + 2)]
        by_position = {s.position: s for s in around}
        best: Candidate | None = None
        for first in range(hit.position - 2, hit.position + 1):
            for size in (2, 3):
                positions = range(first, first + size)
                if hit.position not in positions or any(p not in by_position for p in positions):
                    continue
                window = tuple(by_position[p] for p in positions)
                if not all(s.is_evidence for s in window):
                    continue  # a reporter's question never joins the evidence
                candidate = _candidate(window, claim, key_weights, scope)
                if candidate.score >= seed.score + T.WINDOW_GAIN and (best is None or candidate.sort_key < best.sort_key):
                    best = candidate
        if best is not None:
            extra.append(best)
    merged = candidates + extra
    merged.sort(key=lambda c: c.sort_key)
    return merged


def readout_passage(connection: Connection, candidate: Candidate) -> str:
    """The exact text of the candidate in its readout's body (windows keep
    the original spacing between their sentences)."""
    if len(candidate.hits) == 1:
        return candidate.first.text
    if candidate.body_text is None:
        candidate.body_text = connection.execute(
            text("SELECT substr(body, :start + 1, :length) FROM readout WHERE id = :id"),
            {"start": candidate.start, "length": candidate.end - candidate.start, "id": candidate.first.readout_id},
        ).scalar() or " ".join(hit.text for hit in candidate.hits)
    return candidate.body_text


def find_passages(connection: Connection, phrase_text: str, weights: TermWeights, scope: SearchScope,
                  limit: int = 30) -> list[SentenceHit]:
    """Record sentences sharing the rarest words of a quotation."""
    analysis = analyze(phrase_text)
    if not analysis.keys or weights.sentences == 0:
        return []
    key_weights = weights.weigh(analysis)
    terms = query_terms_for(analysis, weights, key_weights)
    return search_sentences(connection, terms, limit=limit, sources=scope.sources, published_before=scope.before)
