"""Checking an article: claims → evidence → verdicts → the JSON report, stored.

`check_article` is the engine's one entry point (the CLI, `verifier eval` and
the benchmark all call it). The report it returns is the contract of the
README's "JSON report" section; the same article checked twice against the
same record gives the same report except `check.id` and `check.created_at`.
A check is stored (article, check, claim verdicts, evidence links) in one
transaction, or not at all.

Between the claims and the verdicts the article is read as a whole: its date
(given, from its metadata, or inferred from the record), the holders of the
offices it names on that day, the pair "the two leaders" stands for in its
paragraph, and the publications its event is told in. Each claim is decided
(verifier.verdicts) on the candidates found for it; one left unsourced is
decided again on less or more than the sentence (its main clause, the words
after a lead-in, two record sentences read together, the passages its
quotations pin, a publication's title and day around its sentence), against
what was said only later or only by a reporter, and against a meeting placed
elsewhere. The verdict model (verifier.calibration) then chooses among the
verdicts the rules allow, and a claim the rules leave unsourced is read once
more with the publications its neighbouring claims are sourced from.
Quotations are graded last, on the pool the verdict was decided on.
"""

from __future__ import annotations

import gc
import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache, partial
from importlib import resources

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from db.index import (
    SentenceHit,
    publication_text,
    readouts_per_source,
    source_names,
    titles_published,
)
from verifier import __version__, calibration
from verifier import thresholds as T
from verifier.claims import (
    NO_ATTRIBUTION,
    Claim,
    ClaimSet,
    extract_claims,
    foreign_government_body,
)
from verifier.evidence import (
    PUBLISHER_ZONE_SLACK,
    Candidate,
    Retrieved,
    SearchScope,
    TermWeights,
    answered_questions,
    find_candidates,
    find_passages,
    framed,
    local_day,
    opening_candidate,
    publication_candidates,
    quoted_passages,
    readout_passage,
    rescore,
    sentence_pairs,
    setting_keys,
    spoken_line,
    states_the_details,
)
from verifier.memo import one_check
from verifier.normalize import (
    IRREGULAR_VERBS,
    MONTH_NAMES_BUT_MAY,
    QUOTATION_MARKS,
    SPEECH_VERBS,
    Analysis,
    analyze,
    fold,
    has_whole_phrase,
    is_negation_cue,
    lexicon,
    search_words,
)
from verifier.offices import holder_countries, offices, with_holders
from verifier.rules.actors import people_named
from verifier.rules.codes import (
    ACTOR_MISMATCH,
    CONTESTED,
    DATE_MISMATCH,
    FOREIGN_GOVERNMENT,
    MISATTRIBUTED,
    NUMBER_MISMATCH,
    OUTSIDE_WINDOW,
    PLACE_MISMATCH,
    POLARITY_REASONS,
    SUPPORTED,
    UNSOURCED,
    VERDICTS,
    Anchor,
    DecisionTrace,
    Verdict,
)
from verifier.rules.dates import PAST_SAYING, day_word_keys
from verifier.rules.documents import claimed_document
from verifier.rules.places import held_elsewhere_by_its_transcripts, meeting_places, spoken_elsewhere
from verifier.rules.quotes import CLOSE, VERBATIM, QuoteGrade, grade_quote, holds_quotation, quoted_word_count
from verifier.segment import paragraphs
from verifier.verdicts import (
    decide,
    doctored_quotation,
    later_may_outscore,
    meeting_place_contest,
    possible_support,
    said_only_later,
    stands_on_the_speakers_own_words,
    transcript_place_contest,
)

TOOL_NAME = "verifier"
# An article dated day D may cite what was published late on D in Washington,
# which is already D+1 in UTC; the index is asked with the widest distance
# between a publisher's clock and UTC, and the publisher's own date then
# decides (verifier.evidence.local_day).
ARTICLE_DAY_SLACK = PUBLISHER_ZONE_SLACK


class CheckError(Exception):
    """A check that cannot run (one line; nothing was stored)."""


@dataclass(frozen=True)
class ArticleText:
    """What the engine needs of an article (verifier.articles.Article has the same fields)."""

    text: str
    title: str | None = None
    url: str | None = None
    published: date | datetime | None = None
    sha256: str = ""

    @classmethod
    def from_text(cls, text: str, **fields) -> ArticleText:
        return cls(text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), **fields)


# ------------------------------------------------------------------ entry points


def check_text(engine: Engine, text: str, published: date | None = None, **options) -> dict:
    """Check plain article text (for `verifier eval` and the benchmark)."""
    return check_article(engine, ArticleText.from_text(text), published=published, **options)


def check_article(engine: Engine, article, *, published: date | None = None,
                  sources: list[str] | tuple[str, ...] | None = None, store: bool = True,
                  now: datetime | None = None) -> dict:
    """Check every claim of the article against the record; return the report.

    `published` overrides the article's own date. `sources` restricts the
    record to those sources. With `store`, the check is saved and the report
    carries its id; without, `check.id` is null.
    """
    report, results = _check(engine, article, published, sources)
    created = (now or datetime.now(UTC)).replace(microsecond=0)
    report["check"] = {"id": None, "created_at": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    if store:
        _store(engine, article, report, results, created)
    return report


def check_with_decisions(engine: Engine, text: str, published: date | None = None) -> tuple[dict, list[ClaimResult]]:
    """Check plain text without storing it; also return each claim's result with the
    rules' decision (features and options), for training the verdict model."""
    report, results = _check(engine, ArticleText.from_text(text), published, None, decisions=True)
    return report, results.claims


def _check(engine: Engine, article, published: date | None, sources, *,
           decisions: bool = False) -> tuple[dict, CheckResults]:
    if not article.text or not article.text.strip():
        raise CheckError("the article has no text to check")
    sources = tuple(sorted(set(sources))) if sources else None
    with _collector_paused(), one_check():
        # HTML articles carry their headings' spans, so a heading is skipped as one.
        claim_set = extract_claims(article.text, headings=getattr(article, "headings", ()) or ())
        with engine.connect() as connection:
            corpus = corpus_state(connection, sources)
            anchor_date, origin = _article_date(published, article.published)
            results = _check_claims(connection, claim_set, corpus, sources, anchor_date, origin, decisions,
                                    paragraph_of=_paragraph_indices(article.text, claim_set))
            parameters = _parameters(published, sources, results.anchor, results.origin)
            report = _report(article, claim_set, results, corpus, parameters, anchor_date)
    return report, results


@contextmanager
def _collector_paused():
    """Python's cycle collector paused while the engine runs, then as it was.

    A check allocates hundreds of thousands of small objects (tokens,
    analyses, candidates, id lists) that it keeps until it ends, and makes
    almost no reference cycles; the collector, run every 700 allocations,
    would walk them again and again (the seed check on the full corpus:
    ~420 collections, a fifth of a fresh process's CPU). What cycles a check
    leaves are collected by the next full collection: what it made goes to
    the oldest generation unexamined (frozen, then unfrozen). Left in the
    young generation, it would be walked by the collection that the first
    allocation after the check starts (~240,000 objects: 0.06 s), and again
    in the middle generation."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():  # (the permanent generation is no one else's)
                gc.freeze()
                gc.unfreeze()
            gc.enable()


# ------------------------------------------------------------------ the record


def corpus_state(connection: Connection, sources: tuple[str, ...] | None = None) -> dict:
    """What the record held when the check ran: readouts per source and the date range."""
    # Not through the models: a check that stores nothing then never
    # imports sqlmodel and the models (a third of its start-up).
    known = source_names(connection)
    if sources:
        unknown = [name for name in sources if name not in known]
        if unknown:
            raise CheckError(f"unknown source {unknown[0]!r}; known sources: {', '.join(sorted(known)) or 'none'}")
    rows = readouts_per_source(connection, sources)
    firsts = [_as_datetime(row[2]) for row in rows if row[2] is not None]
    lasts = [_as_datetime(row[3]) for row in rows if row[3] is not None]
    return {
        "sources": {row[0]: int(row[1]) for row in rows},
        "readouts": sum(int(row[1]) for row in rows),
        "first_published": _iso(min(firsts)) if firsts else None,
        "last_published": _iso(max(lasts)) if lasts else None,
    }


# ------------------------------------------------------------------ the engine


@dataclass
class ClaimResult:
    claim: Claim
    analysis: Analysis
    verdict: Verdict
    candidates: list[Candidate]
    quotes: list[dict]
    evidence: list[dict]
    key_weights: dict[str, float]  # what each of the analysis's keys weighs (empty when the record is)
    decision: calibration.Decision | None = None  # what the verdict model weighs (None: not asked for, or empty record)


@dataclass
class CheckResults:
    claims: list[ClaimResult]
    anchor: date | None
    origin: str


def _article_date(given: date | None, metadata: date | datetime | None) -> tuple[date | None, str]:
    if given is not None:
        return _as_date(given), "given"
    if metadata is not None:
        return _as_date(metadata), "metadata"
    return None, "none"


def article_scope(anchor_date: date | None, sources: tuple[str, ...] | None = None) -> SearchScope:
    """Where the claims of an article published on `anchor_date` are looked for: up to the end of
    that day (with the slack of the publishers' time zones), ranking its last weeks first; anywhere
    in the record when the day is unknown."""
    if anchor_date is None:
        return SearchScope(sources=sources)
    end = datetime.combine(anchor_date, time.max) + ARTICLE_DAY_SLACK
    return SearchScope(before=end, window_start=end - timedelta(days=T.ANCHOR_WINDOW_DAYS), sources=sources,
                       last_day=anchor_date)


def _check_claims(connection: Connection, claim_set: ClaimSet, corpus: dict, sources: tuple[str, ...] | None,
                  anchor_date: date | None, origin: str, decisions: bool = False, *,
                  paragraph_of: list[int]) -> CheckResults:
    """Each claim's verdict; with `decisions` (or the verdict model on) also what the model weighs.
    `paragraph_of` is the paragraph each claim is in (_paragraph_indices)."""
    weights = TermWeights(connection)
    record_empty = corpus["readouts"] == 0 or weights.sentences == 0
    analyses = _with_office_holders(_with_pairs_named([analyze(claim.content or claim.text)
                                                       for claim in claim_set.claims],
                                                      paragraph_of), anchor_date)
    weights.expect(analyses)
    scope = article_scope(anchor_date, sources)
    retrieved = [Retrieved([], []) if record_empty else find_candidates(connection, analysis, weights, scope)
                 for analysis in analyses]
    if anchor_date is None and not record_empty:
        anchor_date = _infer_date([r.candidates for r in retrieved])
        if anchor_date is not None:
            origin = "inferred"
            end = datetime.combine(anchor_date, time.max) + ARTICLE_DAY_SLACK
            # Offices name their holders on the day just inferred: those claims are searched again.
            named = _with_office_holders(analyses, anchor_date)
            for index, analysis in enumerate(named):
                if analysis is not analyses[index]:
                    weights.expect([analysis])
                    retrieved[index] = find_candidates(connection, analysis, weights, scope)
            analyses = named
            for found in retrieved:
                _rerank(found.candidates, end - timedelta(days=T.ANCHOR_WINDOW_DAYS), end)
    if anchor_date is not None:
        _widen_to_the_story([found.candidates for found in retrieved])
    anchor = Anchor(
        date=datetime.combine(anchor_date, time.max) + ARTICLE_DAY_SLACK if anchor_date else None,
        known=origin in ("given", "metadata"),
        day=anchor_date,
    )

    # The titles of the article's period, each read for the occasion it reads out (rules/occasions).
    window_titles = () if anchor.date is None or record_empty else titles_published(
        connection, after=anchor.date - timedelta(days=T.ANCHOR_WINDOW_DAYS), before=anchor.date,
        sources=sources)
    publications = PublicationText(connection, weights.state)
    event_evidence = _event_evidence(retrieved)
    event_publications = frozenset(best.first.readout_id for best in event_evidence)
    event_days = frozenset(local_day(best.first) for best in event_evidence)
    model = calibration.load_model() if T.VERDICT_MODEL else None
    quote_passages: dict[str, list[SentenceHit]] = {}  # each quotation's record passages, found once per check

    def judge(claim: Claim, analysis: Analysis, found: Retrieved) -> ClaimResult:
        pool = found.candidates
        key_weights = weights.weigh(analysis) if not record_empty else {}
        context = {
            "mentions": lambda readout_id, key, analysis=analysis: publications.mentions(readout_id, key, analysis),
            "known_elsewhere": lambda key, analysis=analysis: any(
                weights.frequency(phrase) > 0 for phrase in search_words(key, analysis.surfaces.get(key, ""))),
            "event_publications": event_publications,
            "event_days": event_days,
            # The publication the sentence credits, attribution and all ("according to the joint statement").
            "claimed": claimed_document(claim.text),
            "publication_text": publications.folded,
            "window_titles": window_titles,
        }
        side = _claimed_side(claim)
        # What someone said, in the past, in words the analysed text leaves out ("..., the White House said").
        context["told_from_a_saying"] = bool(claim.attribution_phrase and claim.content != claim.text
                                             and PAST_SAYING.search(claim.attribution_phrase))
        context["frame_keys"] = _frame_keys(claim, analysis)
        # Where the analysed text's main clause ends: with an office's holder written in, if it was.
        context["main_clause_end"] = _main_clause_end(with_holders(claim.content or claim.text, anchor_date))
        trace = DecisionTrace() if decisions or model is not None else None
        verdict = decide(analysis, side, pool, key_weights, anchor, record_empty=record_empty, trace=trace, **context)

        def redecide(extra: list[Candidate]) -> None:
            """Decide again with `extra` added to the pool; keep the result only when it finds the claim sourced."""
            nonlocal verdict, pool, trace
            extended = sorted(pool + extra, key=lambda c: c.sort_key)
            second_trace = DecisionTrace() if trace is not None else None
            second = decide(analysis, side, extended, key_weights, anchor, record_empty=record_empty,
                            trace=second_trace, **context)
            if second.verdict != UNSOURCED:
                verdict, pool, trace = second, extended, second_trace

        via_main_clause = False
        if verdict.verdict == UNSOURCED and not record_empty and analysis.keys:
            main_clause = _main_clause(claim, side, pool, weights, anchor, context)
            via_main_clause = main_clause is not None
            verdict = main_clause or verdict
        if verdict.verdict == UNSOURCED and not record_empty and analysis.keys:
            # Judged on a part of the sentence, like the main clause: the verdict model reads it as such.
            after_lead_in = _after_lead_in(claim, side, pool, weights, anchor, context)
            via_main_clause = via_main_clause or after_lead_in is not None
            verdict = after_lead_in or verdict
        if verdict.verdict == UNSOURCED and not record_empty and analysis.keys:
            # No one sentence or window states it: two official sentences read together may
            # (an answer with its question, two parts of one publication). Only now, so a
            # claim the record states outright costs nothing more.
            together = (answered_questions(connection, analysis, found.questions, pool, key_weights, scope, weights)
                        + sentence_pairs(analysis, pool, key_weights, scope))
            if together:
                # Kept only when they decide the claim: otherwise the claim, and what the verdict
                # model reads of it, stay as the single sentences left them.
                redecide(together)
        if verdict.verdict == UNSOURCED and not record_empty and analysis.keys and claim.quotes:
            # The sentences that hold the article's quotations word for word, read together and with
            # their neighbours: a quotation pins the passage, and the point may span its sentences.
            quoted = _quoted_evidence(connection, claim, analysis, pool, key_weights, scope, weights, quote_passages)
            if quoted:
                redecide(quoted)
        if T.FRAME_WITH_PUBLICATION and verdict.verdict == UNSOURCED and not record_empty and analysis.keys:
            # The record sentence may state the point and leave to its publication's title and day the words
            # the article writes around it ("Biden told Xi in a call on April 18 that ..."). Read only now, and
            # kept when it supports the claim (the framing words say nothing against it) or says its opposite.
            # The setting's words (where and to whom it was said) only for a claim that quotes no one: a
            # quotation is the speaker's own line or nothing (the own-line rule), never a frame's.
            reframed = framed(pool, analysis, key_weights, frozenset() if claim.quotes else setting_keys(analysis))
            # A pool where no candidate could support the claim and state its figures and months is not decided
            # again (most are not; a decision costs what the rules cost).
            if any(states_the_details(analysis, candidate)
                   for candidate in possible_support(analysis, side, reframed, key_weights)):
                second_trace = DecisionTrace() if trace is not None else None
                second = decide(analysis, side, reframed, key_weights, anchor, record_empty=record_empty,
                                trace=second_trace, **context)
                if _kept_with_its_frame(analysis, second, publications.folded):
                    verdict, pool, trace = second, reframed, second_trace
        if verdict.verdict == UNSOURCED and not record_empty and analysis.keys:
            verdict = _reconsider(connection, analysis, side, replace(found, candidates=pool), key_weights, weights,
                                  anchor, scope, verdict, context)
        if verdict.verdict == UNSOURCED and not record_empty:
            # A sentence that places the claim's meeting elsewhere may share little but the place with it: read
            # only once nothing sources the claim, so a claim the record states in other words stays supported.
            verdict = meeting_place_contest(analysis, pool, key_weights, context["mentions"],
                                            context["main_clause_end"], event_publications, publications.folded,
                                            trace) or verdict
        if verdict.verdict == UNSOURCED and not record_empty:
            # "Okafor gave the remarks in the Cabinet Room": where words were spoken is the point, which no record
            # sentence states; the place lines of the story's transcripts do.
            verdict = _held_elsewhere_by_its_transcripts(analysis, event_evidence, publications, key_weights,
                                                         scope, trace) or verdict
        if verdict.verdict != UNSOURCED and not record_empty and anchor.known:
            # The period's sentence that sources the claim matches it far worse than one published after the
            # article: that later text is where the claim's words come from, and it may not be used.
            verdict = _said_only_later(connection, analysis, found, pool, weights, anchor, scope) or verdict
        decided = None
        # The pool's passages, read once for the quotation check and the grading, and only for a claim that
        # quotes.
        passages = cache(partial(_passages, connection, pool))
        if trace is not None and not record_empty:
            quotations_said = cache(partial(_quotations_in_the_record, connection, claim, passages, weights,
                                            scope, quote_passages))
            decided = calibration.decision(claim, analysis, side, pool, key_weights, anchor, trace, verdict,
                                           via_main_clause, quotations_said)
            # The model weighs the period's candidates only: it cannot know that a later publication states the
            # claim far better, so it never turns an `outside_window` finding back into the period's support.
            if model is not None and not stands_on_the_speakers_own_words(analysis, side, verdict) \
                    and OUTSIDE_WINDOW not in verdict.reasons:
                verdict = calibration.apply(decided, model, pool)
        if verdict.verdict == SUPPORTED and not record_empty:
            # Past the verdict model too: words the sentence credits to someone in a clause of its own (", which
            # Blinken called the highest level of cooperation") that the record gives as another's are misattributed,
            # however well the rest is sourced.
            verdict = _credited_to_another(claim, side, pool, weights, anchor, context) or verdict
        if verdict.verdict == UNSOURCED and not record_empty and claim.quotes:
            # Last, and past the verdict model: the speaker's own line of the occasion, all but word for word,
            # says the opposite of the quotation; no weighing of looser signs makes that unsourced.
            verdict = _doctored_quotation(connection, claim, analysis, side, key_weights, scope, weights,
                                          quote_passages) or verdict
        quotes = _grade_quotes(connection, claim, passages, verdict, weights, scope, quote_passages)
        evidence = [entry for candidate in verdict.evidence
                    for entry in _evidence_entries(connection, analysis, candidate)][: T.EVIDENCE_PER_CLAIM]
        return ClaimResult(claim, analysis, verdict, pool, quotes, evidence, key_weights, decided)

    results = [judge(claim, analysis, found)
               for claim, analysis, found in zip(claim_set.claims, analyses, retrieved, strict=True)]
    if not record_empty:
        for index, found in _read_in_context(connection, results, retrieved, scope):
            again = judge(results[index].claim, results[index].analysis, found)
            if _rules_allow_a_verdict(again):
                results[index] = again
        for index, joined in _told_with_its_occasion(results, paragraph_of):
            weights.expect([joined])
            # Judged as the two sentences read together (their main clause, what they say of a document), then
            # reported as the claim it is.
            told = replace(results[index].claim, content=joined.text)
            again = judge(told, joined, find_candidates(connection, joined, weights, scope))
            again.claim = results[index].claim
            rule = _rule_verdict(again)
            # Kept only when the occasion's own readout, the one the sentence before is sourced from, gives
            # another detail; or, for a sentence another occasion's publication contests, when that readout states
            # it ("the meeting took place by video" is no contest of when this one did).
            occasion = _occasion_source(results[index - 1]).first.readout_id
            if not rule.evidence or rule.evidence[0].first.readout_id != occasion:
                continue
            if rule.verdict == CONTESTED and set(rule.reasons) <= OCCASION_DETAIL_REASONS \
                    or rule.verdict == SUPPORTED and _rule_verdict(results[index]).verdict == CONTESTED:
                results[index] = again
    return CheckResults(results, anchor_date, origin)


# A subject that points back to something the article named before: "The penalty had taken effect ...",
# "That first round added ...", "The two men met ...", after at most a short opening phrase ("On Friday, ").
# The determiner is matched in any case, the word after it only in lower case: "The United States" names itself.
_POINTING_SUBJECT = re.compile(rf"^(?:[^,]{{0,{T.OPENING_PHRASE_MAX_CHARS}}},\s+)?(?i:the|that|this|these|those)\s+"
                               r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
# Words that only set the pointed-to thing apart from others like it ("that first round", "the two men", "the
# new boat"): the thing's own name follows them.
_POINTING_MODIFIERS = frozenset({"two", "three", "four", "five", "first", "second", "third", "last", "latest",
                                 "new", "same", "earlier", "previous", "initial", "final", "bilateral", "joint"})


# The details a sentence adds to the occasion the sentence before told: when, where, how long. Not which occasion
# it was: the sentence before says that, and the record's other occasion contests that sentence, not this one.
OCCASION_DETAIL_REASONS = frozenset({DATE_MISMATCH, PLACE_MISMATCH, NUMBER_MISMATCH})
# A pointing sentence that only says when or where the occasion was: its verb ("took place", "will be held", "had
# taken effect"), at most a few words, then a preposition of time or place and the detail.
_DETAIL_AFTER_THE_VERB = re.compile(
    rf"(?:\s+[a-z]+){{0,{T.OCCASION_DETAIL_VERB_MAX_WORDS}}}?"
    r"\s+(?P<detail>(?:on|in|at|from|since|after|before|during)\s+\S)")


def _told_with_its_occasion(results: list[ClaimResult], paragraph_of: list[int]) -> list[tuple[int, Analysis]]:
    """The claims left unsourced, or decided by another publication than the occasion's, whose subject points back
    to the occasion the claim just before told ("Sullivan hosted Kohavi in Washington last month. That meeting took
    place on November 28."), each with the analysis a reader makes of the two: the occasion as the sentence before
    told it, with the detail this one adds. The pointing words alone retrieve nothing, or another occasion's
    ("the meeting took place by video"); the occasion's own words find its readout, where the detail is compared.
    Only when the rules support the sentence before, or let the verdict model support it, in the same paragraph."""
    joined = []
    for index, result in enumerate(results):
        if not index or paragraph_of[index] != paragraph_of[index - 1]:
            continue
        before = results[index - 1]
        source = _occasion_source(before)
        if source is None or not _decided_elsewhere(_rule_verdict(result), source):
            continue
        text = result.claim.content or result.claim.text
        found = _POINTING_SUBJECT.match(text)
        if found is None or not _pointing_keys(result.claim, result.analysis):
            continue
        detail = _DETAIL_AFTER_THE_VERB.match(text, found.end())
        if detail is None:
            continue
        if _rule_verdict(result).verdict != UNSOURCED and not _names_a_day(text[detail.start("detail"):]):
            # Decided by another publication, the sentence is read with its occasion only for when it was: its
            # other details ("quadruples the duty on Chinese EVs", "come from the Treasury's initiative") are
            # points of their own, which the publication that decided them may state.
            continue
        occasion = (before.claim.content or before.claim.text).rstrip(" .;:")
        joined.append((index, analyze(f"{occasion} {text[detail.start('detail'):].strip()}")))
    return joined


# Lower-case "may" is the verb ("They may meet in the spring"), which names no day.
_MONTH_NAME = re.compile(rf"\b(?:(?i:{MONTH_NAMES_BUT_MAY})|May|MAY)\b")


def _names_a_day(text: str) -> bool:
    """Whether the text names a day or a month: a weekday, "yesterday", "last night", "in March"."""
    return bool(day_word_keys(analyze(text)) or _MONTH_NAME.search(text))


def _decided_elsewhere(verdict: Verdict, source: Candidate) -> bool:
    """Whether a pointing sentence's verdict leaves it to be read with its occasion: unsourced, or decided by
    another publication than the one the occasion is sourced from. Its own words are only the occasion's kind and
    when or where it was ("The meeting took place on Thursday", "The two men met on Monday"), which any
    publication telling some meeting shares; the occasion the sentence before told is the one it speaks of."""
    if verdict.verdict == UNSOURCED:
        return True
    return bool(verdict.evidence) and verdict.evidence[0].first.readout_id != source.first.readout_id


def _occasion_source(result: ClaimResult) -> Candidate | None:
    """The record sentence the rules source a claim's occasion from: their support, or the first support they
    let the verdict model choose (a paraphrase whose words the gates hold back is still the occasion's readout)."""
    rule = _rule_verdict(result)
    if rule.verdict == SUPPORTED:
        return rule.evidence[0]
    if rule.verdict == UNSOURCED and result.decision is not None and result.decision.options.support:
        return result.decision.options.support[0]
    return None


def _kept_with_its_frame(analysis: Analysis, verdict: Verdict, publication_text: Callable[[int], str]) -> bool:
    """Whether the verdict decided with the publications' frames stands: a support whose first evidence states
    the claim's figures and months, or a contest on polarity or a figure alone at the support score. The record
    says the opposite of the claim, or another count of the same thing ("we have been together eight times this
    year" in remarks whose title names the guest), and its title and day say who said it where (an on-the-record
    gaggle aboard Air Force One) that its sentence leaves out; a looser sentence the frame lifts over the contest
    gates shares the claim's setting, not its point. And a contest on where the claim's speaker spoke, of a
    transcript's lines at the support score whose place line names another place (rules/places.spoken_elsewhere):
    the place line is where each of its lines was said, and the frame is what lifts a line to the point
    ("Speaking in the Cabinet Room, Biden thanked Rutte" of the Oval Office remarks' "thank you")."""
    if not verdict.evidence:
        return False
    first = verdict.evidence[0]
    if verdict.verdict == SUPPORTED:
        return states_the_details(analysis, first)
    if verdict.verdict == CONTESTED and set(verdict.reasons) == {PLACE_MISMATCH} and first.score >= T.SUPPORT_SCORE:
        spoken = all(spoken_line(hit) for hit in first.hits)
        return spoken_elsewhere(analysis, first, spoken, publication_text) is not None
    return verdict.verdict == CONTESTED and set(verdict.reasons) <= POLARITY_REASONS | {NUMBER_MISMATCH} \
        and first.score >= T.SUPPORT_SCORE


def _pointing_keys(claim: Claim, analysis: Analysis) -> frozenset[str]:
    """The keys of the words by which the claim's subject points back ("penalty", "first round"), if it does."""
    found = _POINTING_SUBJECT.match(claim.content or claim.text)
    if found is None:
        return frozenset()
    words = found.group("words").split()
    if words[0].lower() not in _POINTING_MODIFIERS:
        words = words[:1]
    pointing = {fold(word) for word in words}
    return frozenset(token.key for token in analysis.tokens if not token.stop and fold(token.surface) in pointing)


def _rule_verdict(result: ClaimResult) -> Verdict:
    """The verdict the rules gave a claim, before the verdict model chose among those they allow. The context
    pass reads these, not the model's: the model is fitted on what this pass makes of the labelled sets, so
    reading its own choices there would make each fit depend on the model before it."""
    return result.decision.rule if result.decision is not None else result.verdict


def _rules_allow_a_verdict(result: ClaimResult) -> bool:
    """The rules give the claim a verdict, or a support or contest the verdict model may choose: read in its
    context, a claim is kept when this holds (whatever the model then chooses), so the reading kept, and what
    the model is fitted on, never rest on the model's own choice."""
    if _rule_verdict(result).verdict != UNSOURCED:
        return True
    options = result.decision.options if result.decision is not None else None
    return options is not None and (bool(options.support) or options.contest is not None)


def _read_in_context(connection: Connection, results: list[ClaimResult], retrieved: list[Retrieved],
                     scope: SearchScope) -> list[tuple[int, Retrieved]]:
    """The claims left unsourced that the claims around them (CONTEXT_CLAIMS either side) place: each with the
    candidates it is read with again, in its paragraph as a reader reads it.

    The publication a neighbouring claim is supported or contested by is the one the article is telling at that
    point: its sentences are the event's (however long before the article they appeared), and all of them are
    read, not only those the index ranked first over the whole record. A subject that points back ("the
    penalty", "the document", "that first round") is what those sentences name their own way ("the additional
    25% duty", "the joint statement"): in those publications its words are given by the context and left out of
    the score, so the claim's own point must be covered; elsewhere they count as before. Only the neighbours'
    first evidence counts: the others a verdict cites are often other occasions."""
    again = []
    for index, result in enumerate(results):
        if _rule_verdict(result).verdict != UNSOURCED:
            continue
        pointing = _pointing_keys(result.claim, result.analysis)
        around = results[max(0, index - T.CONTEXT_CLAIMS):index] + results[index + 1:index + 1 + T.CONTEXT_CLAIMS]
        publications = {candidate.first.readout_id for other in map(_rule_verdict, around)
                        if other.verdict in (SUPPORTED, CONTESTED) for candidate in other.evidence[:1]}
        if not publications:
            continue
        found = retrieved[index]
        key_weights = result.key_weights
        # The context publications' candidates are marked below: copies, so the first pass's stay as they were.
        pool = [_context_copy(candidate, result.analysis, key_weights, pointing)
                if candidate.first.readout_id in publications else candidate for candidate in found.candidates]
        held = {candidate.hits for candidate in pool}
        pool += [candidate for candidate in publication_candidates(
            connection, frozenset(publications), result.analysis, key_weights, scope, pointing, T.CONTEXT_CANDIDATES)
            if candidate.hits not in held]
        context = [candidate for candidate in pool if candidate.first.readout_id in publications]
        if not any(candidate.score >= T.RELATED_SCORE for candidate in context) \
                and not (meeting_places(result.analysis) and any(meeting_places(c.analysis) for c in context)):
            # Nothing the context gives speaks to the claim: decided as it was, at no more cost. A claim that
            # says where a meeting was held is read with the context's sentences that say so too, however
            # little else they share ("The two men last met in Paris" / "their March 14 meeting in Rome").
            continue
        for candidate in context:
            if not candidate.in_window:
                candidate.in_window = candidate.in_story = True
                candidate.rank_score = candidate.score + T.ANCHOR_BONUS
        pool.sort(key=lambda candidate: candidate.sort_key)
        again.append((index, replace(found, candidates=pool)))
    return again


def _context_copy(candidate: Candidate, analysis: Analysis, key_weights: dict[str, float],
                  pointing: frozenset[str]) -> Candidate:
    """A copy of a context publication's candidate, scored without the claim's pointing words if it has any."""
    if pointing:
        return rescore([candidate], analysis, key_weights, ignore=pointing)[0]
    return replace(candidate)


def _held_elsewhere_by_its_transcripts(claim: Analysis, event_evidence: list[Candidate],
                                      publications: PublicationText, key_weights: dict[str, float],
                                      scope: SearchScope, trace: DecisionTrace | None) -> Verdict | None:
    """Contested when the claim's point is where its speaker spoke and every transcript of the article's story,
    of its period, that may be those words was spoken elsewhere (rules/places.held_elsewhere_by_its_transcripts);
    the transcript's place line is cited."""
    story = dict.fromkeys(candidate.first.readout_id for candidate in event_evidence if candidate.in_window)
    found = held_elsewhere_by_its_transcripts(claim, [(readout_id, publications.folded(readout_id))
                                                      for readout_id in story])
    if found is None:
        return None
    readout_id, conflict = found
    place_line = opening_candidate(publications.connection, readout_id, claim, key_weights, scope)
    if place_line is None:
        return None
    return transcript_place_contest(claim, place_line, conflict, key_weights, trace)


def _event_evidence(retrieved: list[Retrieved]) -> list[Candidate]:
    """Each claim's closest related sentence: the publications holding them tell the article's event, and
    the days those came out on (their publisher's own day) tell which days of the event the record reads
    out, though one claim's retrieval may miss that day's publication."""
    bests = (max(found.candidates, key=lambda candidate: candidate.score, default=None) for found in retrieved)
    return [best for best in bests if best is not None and best.score >= T.RELATED_SCORE]


# "The two leaders", "the two men": the pair the article is about, named nowhere in the sentence.
_THE_PAIR = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|men)\b", re.IGNORECASE)
_PAIR_MIN_MENTIONS = 2  # each of the pair named in at least this many earlier claims


def _with_office_holders(analyses: list[Analysis], day: date | None) -> list[Analysis]:
    """Each claim that names a person by office alone ("the secretary of state said"), analysed with
    the holder's name on the article's day written after the office (offices.with_holders): its
    record sentences name the person, and another person in the same act is another actor."""
    named = []
    for analysis in analyses:
        text = with_holders(analysis.text, day)
        named.append(analysis if text == analysis.text else analyze(text))
    return named


def _with_pairs_named(analyses: list[Analysis], paragraph_of: list[int]) -> list[Analysis]:
    """Each claim that speaks of "the two leaders" without naming anyone, analysed with the two
    people the article has named most so far, so its record sentences ("President Biden spoke
    with President Xi") are found and its actors compared. Where the article has such a pair, a
    paragraph that has named just two people before the claim is about them ("... Jake Sullivan, and
    Politburo member Yang Jiechi. In March, Sullivan met Yang in Rome ... In June the two men met again"):
    the pair is those two, as a reader takes it, not the article's leaders, whom the record would then
    read as other actors. (`paragraph_of`: each claim's paragraph.)"""
    counts: Counter[str] = Counter()
    surfaces: dict[str, str] = {}
    named = []
    paragraph, in_paragraph = None, []  # the people named so far in the claim's paragraph, in order
    leaders_of: set[str] = set()  # the countries whose leader the paragraph names by office ("the emir of Qatar")
    for analysis, claim_paragraph in zip(analyses, paragraph_of, strict=True):
        if claim_paragraph != paragraph:
            paragraph, in_paragraph, leaders_of = claim_paragraph, [], set()
        people = [entity.key for entity in analysis.entities if entity.kind == "person"]
        named_here = people_named(analysis)
        leaders_of |= _leaders_by_office(analysis)
        if not people and _THE_PAIR.search(analysis.text):
            pair = [key for key, count in counts.most_common(2) if count >= _PAIR_MIN_MENTIONS]
            if len(pair) == 2 and len(in_paragraph) == 2:
                pair = in_paragraph
            elif len(pair) == 2 and _another_leader(leaders_of, pair):
                # "With the emir of Qatar, Biden expressed ... The two leaders committed ...": the paragraph tells
                # another leader's meeting than the article's pair (Biden and Netanyahu), whom the record would
                # then read as another actor. The pair is left unnamed, as the paragraph leaves it.
                pair = []
            if len(pair) == 2:
                analysis = analyze(f"{analysis.text} ({surfaces[pair[0]]} and {surfaces[pair[1]]})")
        named.append(analysis)
        for key in dict.fromkeys(people):
            counts[key] += 1
        for key in named_here:
            surfaces.setdefault(key, analysis.surfaces.get(key, key))
            if key not in in_paragraph:
                in_paragraph.append(key)
    return named


# The titles of rulers the offices table holds no terms of (a monarch reigns without dates to read): with its
# leaders' offices, what names a country's leader before "of" ("the emir of Qatar", "the prime minister of Japan").
_RULERS = ("emir", "amir", "king", "queen", "sultan", "crown prince")


@lru_cache(maxsize=1)
def _leader_of() -> re.Pattern:
    titles = sorted(offices().leaders | set(_RULERS), key=len, reverse=True)
    alternatives = "|".join(re.escape(title).replace(r"\ ", r"\s+") for title in titles)
    return re.compile(rf"\b(?:{alternatives})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _leaders_by_office(analysis: Analysis) -> set[str]:
    """The countries (keys) whose leader the sentence names by office alone ("the emir of Qatar")."""
    return {entity.key for entity in analysis.entities if entity.kind == "country"
            and _leader_of().search(analysis.text, 0, analysis.tokens[entity.index].start)}


def _another_leader(leaders_of: set[str], pair: list[str]) -> bool:
    """Whether a country whose leader the paragraph names by office is neither of the pair's, as the offices
    table knows them (a person it does not know may be any country's leader: nothing is set against them)."""
    countries = holder_countries()
    sides = set()
    for key in pair:
        country = countries.get(key.lstrip("="))
        if country is None:
            return False
        sides.add(_country_key(country))
    return bool(leaders_of - sides)


@lru_cache(maxsize=256)
def _country_key(country: str) -> str:
    """The lexicon's key of a country the offices table names in words ("qatar" -> its entity key), so that it
    compares with the keys `_leaders_by_office` reads."""
    return next((entity.key for entity in analyze(country.title()).entities if entity.kind == "country"), country)


def _frame_keys(claim: Claim, analysis: Analysis) -> frozenset[str]:
    """The analysed words only the article's frame of a person's saying has ("Ana Ruiz, the ministry's
    spokeswoman, said on Monday that ..."): who told it and when, not what it says happened. Empty when the
    frame is already out of the analysed text (a source's "the White House said"), or is no saying ("...,
    dubbed Buy Local")."""
    if claim.attribution_start is None or claim.attribution_end is None or (claim.content or claim.text) != claim.text \
            or claim.speaker_kind != "person" or not PAST_SAYING.search(claim.attribution_phrase or ""):
        return frozenset()
    start, end = claim.attribution_start - claim.start, claim.attribution_end - claim.start
    if not 0 <= start < end <= len(claim.text):
        return frozenset()
    told = analyze(f"{claim.text[:start]} {claim.text[end:]}").keys
    return frozenset((analyze(claim.text[start:end]).keys - told) & analysis.keys)


def _paragraph_indices(text: str, claim_set: ClaimSet) -> list[int]:
    """The paragraph each claim of the set is in (its index among the text's paragraphs)."""
    starts = [start for start, _ in paragraphs(text)]
    return [max(0, bisect_right(starts, claim.start) - 1) for claim in claim_set.claims]


# Where a news sentence hangs context on its point: ", which ...", ", including
# ...", "... after Sullivan and Wang met", "; ...".
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:which|who|where|including|paving|continuing|following|after|as|while|"
                           r"(?:a|one|two|three|several|some)\s+(?:days?|weeks?|hours?)\s+(?:after|before)|"
                           r"a\s+synthetic|the\s+latest|(?:their|his|her|its|the)\s+(?:first|second|third|fourth|fifth"
                           r"|last)\s)\b)|\s+(?=(?:after|following|in\s+the\s+latest)\s)")
# A relative clause set inside the subject ("The truce, which the two navies oversee, would
# hold until March 3"): the sentence's own predicate follows its closing comma, so the
# main clause goes on after it. Where that predicate begins: an auxiliary, a saying verb, a past tense.
# An example list set inside the subject the same way ("The second delivery, including spare parts, is due by
# May") is no context hung on the point either: the point's predicate, and its date, come after it.
_EMBEDDED_RELATIVE = re.compile(r",\s+(?:which|who|where|including)\b[^,;]*,\s+"
                                r"(?:(?:also|then|later|now|still|again)\s+)?(?P<verb>\w+)")
_PREDICATE_OPENERS = frozenset({"will", "would", "can", "could", "should", "shall", "may", "might", "must", "is", "are",
                                "was", "were", "has", "have", "had", "did", "does", "do", "remains", "remain",
                                "plans", "intends", "expects", "hopes", "wants", "leads", "heads"}) | SPEECH_VERBS


def _clause_breaks(text: str) -> tuple[list[re.Match], list[tuple[int, int]]]:
    """Where the sentence hangs context on its point (`_CLAUSE_BREAK`), and apart from those the relative
    clauses set inside its subject (their spans, commas included), after which the point itself goes on."""
    breaks, embedded = [], []
    for match in _CLAUSE_BREAK.finditer(text):
        inside = _EMBEDDED_RELATIVE.match(text, match.start())
        if inside and _opens_predicate(inside.group("verb")):
            embedded.append((match.start(), inside.start("verb") - 1))
            continue
        if not any(start <= match.start() < end for start, end in embedded):
            breaks.append(match)
    return breaks, embedded


def _opens_predicate(word: str) -> bool:
    word = word.lower()
    return word in _PREDICATE_OPENERS or (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_VERBS


def _main_clause_end(text: str) -> int:
    breaks, _ = _clause_breaks(text)
    return breaks[0].start() if breaks else len(text)


# "Asked whether ..., Biden said ...": the reporter's question opens the sentence; the point is the answer.
_ASKED_OPENING = re.compile(r"(?:when\s+)?asked\b[^,]*,\s+", re.IGNORECASE)


def _asked_opening(text: str) -> int:
    """Where the answer begins after an opening reporter's question (0 when the sentence has none)."""
    match = _ASKED_OPENING.match(text)
    return match.end() if match else 0


def _split_clauses(text: str) -> list[str]:
    """The main clause first (an embedded relative clause cut out of it), then each context clause;
    an opening reporter's question ("Asked whether ..., ") comes last."""
    answer = _asked_opening(text)
    if answer:
        return [*_split_clauses(text[answer:]), text[:answer].rstrip(" ,")]
    breaks, embedded = _clause_breaks(text)
    main_end = breaks[0].start() if breaks else len(text)
    main, context, start = [], [], 0
    for begin, end in embedded:
        if begin >= main_end:
            break
        main.append(text[start:begin])
        context.append(text[begin:end].strip(" ,"))
        start = end
    main.append(text[start:main_end])
    for index, match in enumerate(breaks):
        context.append(text[match.end():breaks[index + 1].start() if index + 1 < len(breaks) else len(text)])
    return [" ".join(part.strip() for part in main), *context]


def _main_clause(claim: Claim, side: str, pool: list[Candidate], weights: TermWeights, anchor,
                 context: dict) -> Verdict | None:
    """A sentence whose main clause the record states, and whose added context
    the record at least speaks to, is supported (or contested) on its main clause."""
    text = with_holders(claim.content or claim.text, anchor.day)
    main, *context_clauses = _split_clauses(text)
    if len(analyze(main).keys) < T.MAIN_CLAUSE_MIN_KEYS:
        # A main clause too short to stand as a claim of its own ("Exports fell, after ...") gives the sentence
        # no main-clause reading: a context clause is never decided on in its place.
        return None
    # A context clause that short needs no record to speak to it.
    parts = [main, *(part for part in context_clauses if len(analyze(part).keys) >= T.MAIN_CLAUSE_MIN_KEYS)]
    question = text[:_asked_opening(text)].rstrip(" ,")
    if len(parts) < 2:
        return None
    verdict = _decided_on_part(analyze(parts[0]), side, pool, weights, anchor, context, question=question)
    if verdict.verdict == UNSOURCED:
        return None
    for part in parts[1:]:
        if part == question:
            continue  # the reporter's question: what it asks need not be the record's (questions are no evidence)
        other = analyze(part)
        best = rescore(pool, other, weights.weigh(other))
        if not best or best[0].score < T.RELATED_SCORE:
            return None
    verdict.explanation += " (The rest of the sentence is context the record speaks to.)"
    return verdict


# A clause that credits the point's words to someone: ", which Blinken called the highest level of cooperation",
# ", what the minister described as a turning point". Whose words they are is a point of its own.
_CREDITING_CLAUSE = re.compile(r"^(?:which|what)\s+(?P<who>(?:[A-Z][\w'\u2019.-]*\s+){0,3}?[A-Z][\w'\u2019-]+)\s+"
                               r"(?P<verb>called|described\s+as|termed|hailed\s+as|dubbed|praised\s+as)\s+"
                               r"(?P<rest>\S.*)$")


def _credited_to_another(claim: Claim, side: str, pool: list[Candidate], weights: TermWeights, anchor,
                         context: dict) -> Verdict | None:
    """The contest of a context clause that credits words to someone the record does not give them to: its
    saying ("Blinken called it ...") decided as a claim of its own is misattributed. None otherwise."""
    text = claim.content or claim.text
    if "which" not in text and "what" not in text:
        return None  # most sentences
    for part in _split_clauses(text)[1:]:
        credited = _credited_words(part)
        if credited is None:
            continue
        said = _decided_on_part(analyze(credited), side, pool, weights, anchor, context)
        if said.verdict == CONTESTED and {MISATTRIBUTED, ACTOR_MISMATCH} & set(said.reasons):
            said.explanation += f" (The sentence credits the words in its clause \"{part.strip()}\".)"
            return said
    return None


def _credited_words(part: str) -> str | None:
    """The context clause that credits words to someone, told as its own saying ("Blinken called it the highest
    level of cooperation"); None for any other clause."""
    found = _CREDITING_CLAUSE.match(part.strip())
    if found is None:
        return None
    return f"{found.group('who')} {found.group('verb')} it {found.group('rest')}"


def _decided_on_part(part: Analysis, side: str, pool: list[Candidate], weights: TermWeights, anchor,
                     context: dict, **settings) -> Verdict:
    """The verdict of one part of the sentence (its main clause, the clause after a lead-in) as a claim of its
    own. The whole sentence's candidates already hold the part's words: re-scored, not searched again."""
    part_weights = weights.weigh(part)
    return decide(part, side, rescore(pool, part, part_weights), part_weights, anchor,
                  **{**context, "main_clause_end": None, **settings})


# A writer's lead-in before a colon ("There are smaller gestures too: ...", "The key line: ..."): the point is
# the clause after it. At most LEAD_IN_MAX_CHARS, no quotation inside (a quotation's colon is no lead-in).
_LEAD_IN = re.compile(rf"^(?P<lead>[^:{QUOTATION_MARKS}‘’]{{3,{T.LEAD_IN_MAX_CHARS}}}):\s+(?=\S)")
# A word that makes the part after the colon a clause, not a list ("three fields: AI, quantum and nuclear").
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|might"
                          r"|did|does|\w{3,}ed)\b", re.IGNORECASE)


def _after_lead_in(claim: Claim, side: str, pool: list[Candidate], weights: TermWeights, anchor,
                   context: dict) -> Verdict | None:
    """A sentence whose words before a colon only lead in to the clause after it is supported by a record
    that states that clause. Only when the lead-in adds nothing the record could gainsay: no negation, no
    figure or date ("Not quite: ...", "On Tuesday: ..." are no mere lead-ins), no saying verb or quotation
    (they name whose words follow), and only for support."""
    if claim.quotes:
        return None  # 'Biden insisted: "..."': a colon before a quotation names its speaker
    text = with_holders(claim.content or claim.text, anchor.day)
    found = _LEAD_IN.match(text)
    if found is None:
        return None
    point = text[found.end():]
    lead = analyze(found.group("lead"))
    if any(token.surface.lower() in SPEECH_VERBS for token in lead.tokens):
        return None  # "The official said: ...": the lead-in says whose words follow
    denies = lead.negated or any(is_negation_cue(token.surface.lower()) for token in lead.tokens)
    if denies or lead.quantities or lead.days or lead.months or lead.years or lead.relative:
        return None
    main = analyze(point)
    if len(main.keys) < T.MAIN_CLAUSE_MIN_KEYS or not _FINITE_VERB.search(point):
        return None
    verdict = _decided_on_part(main, side, pool, weights, anchor, context)
    if verdict.verdict != SUPPORTED:
        return None
    verdict.explanation += " (The words before the colon only lead in to it.)"
    return verdict


def _claimed_side(claim: Claim) -> str:
    """The side whose publications must say it: only when the article names a
    publisher ("the White House said"), not when the speaker is a party whose
    words are themselves the claim ("Xi said ...": the content keeps the speaker)."""
    if claim.speaker_kind == "party" and foreign_government_body(claim.speaker):
        # "India's foreign ministry said ...": a third government, whose own words the record never holds.
        return FOREIGN_GOVERNMENT
    if claim.content and claim.content.strip() != claim.text.strip():
        return claim.attribution
    if claim.speaker_kind == "source":
        # "The White House called the talks “candid”": the quotation keeps its publisher in the content,
        # yet the article still names the side whose publication must say it.
        return claim.attribution
    return NO_ATTRIBUTION


class PublicationText:
    """Whether a publication names a place or an occasion anywhere (title or body)."""

    def __init__(self, connection: Connection, state: object):
        self.connection = connection
        # The same publication is asked about the same name for candidate
        # after candidate and claim after claim, and again by the next check
        # of a warm process: each answer is a search of a whole transcript,
        # so answers and texts are kept while the record holds the same
        # sentences (TermWeights' state; a revised readout gets new ones).
        if _PUBLICATIONS.get("state") != state or len(_PUBLICATIONS["answers"]) > _PUBLICATION_ANSWERS:
            _PUBLICATIONS.update(state=state, texts={}, answers={})
        self._texts: dict[int, str] = _PUBLICATIONS["texts"]
        self._answers: dict[tuple[int, tuple[str, ...]], bool] = _PUBLICATIONS["answers"]

    def mentions(self, readout_id: int, key: str, claim: Analysis) -> bool:
        # A name the lexicon does not know, as the claim writes it less a possessive: "Starmer's brother"
        # names Starmer, whom the publication writes "Starmer".
        written = [_POSSESSIVE.sub("", fold(claim.surfaces[key]))] if key in claim.surfaces else []
        variants = tuple(lexicon().variants.get(key) or written)
        answer = self._answers.get((readout_id, variants))
        if answer is None:
            answer = self._answers[(readout_id, variants)] = self._search(readout_id, variants)
        return answer

    def folded(self, readout_id: int) -> str:
        """The publication's title and body, folded (empty when it is gone)."""
        body = self._texts.get(readout_id)
        if body is None:
            publication = publication_text(self.connection, readout_id)
            body = _folded_publication(publication) if publication is not None else ""
            if len(self._texts) >= _PUBLICATION_TEXTS:
                self._texts.clear()
            self._texts[readout_id] = body
        return body

    def _search(self, readout_id: int, variants: tuple[str, ...]) -> bool:
        body = self.folded(readout_id)
        return any(has_whole_phrase(body, variant) for variant in variants)


_POSSESSIVE = re.compile(r"['\u2019]s?$")

# Publications' folded texts (a check reads ~100) and names' answers kept between checks.
_PUBLICATION_TEXTS = 256
_PUBLICATION_ANSWERS = 100_000
_PUBLICATIONS: dict[str, object] = {}


@lru_cache(maxsize=256)
def _folded_publication(text: str) -> str:
    """fold(), kept by the text itself (not the readout id, which a re-import
    may give new words): the next check of a warm process asks about the same
    publications, and folding a long transcript's marks costs more than reading it."""
    return fold(text)


def _reconsider(connection, analysis, side, found: Retrieved, key_weights, weights, anchor, scope,
                verdict, context) -> Verdict:
    """An unsourced claim: is it said only after the article, or only by a reporter?"""
    later = _later_candidates(connection, analysis, found, weights, anchor, scope)
    if not later and not found.questions:
        return verdict
    return decide(analysis, side, found.candidates, key_weights, anchor, later=later, questions=found.questions,
                  **context)


def _later_candidates(connection, analysis, found: Retrieved, weights, anchor, scope) -> list[Candidate]:
    """What was published after the article that matches the claim: met by the first search, else asked for."""
    later = found.later if anchor.known else []
    if anchor.known and anchor.date is not None and not later:
        # The first search ranks the whole record; ask again for what came after.
        later = find_candidates(connection, analysis, weights,
                                SearchScope(after=anchor.date - 2 * ARTICLE_DAY_SLACK, sources=scope.sources,
                                            first_day=scope.last_day + timedelta(days=1)),
                                limit=T.LATER_CANDIDATES).candidates
    return later


def _said_only_later(connection, analysis, found: Retrieved, pool, weights, anchor, scope) -> Verdict | None:
    # Only a publication of the weeks after the article: the text the article previewed or was written from. One
    # long after restates the point from afar, no reason to doubt what the article's period says.
    if not later_may_outscore(pool):
        return None
    until = anchor.date + timedelta(days=T.LATER_SOURCE_DAYS) if anchor.date is not None else None
    return said_only_later(analysis, pool, _later_candidates(connection, analysis, found, weights, anchor, scope),
                           until)


def _infer_date(candidates: list[list[Candidate]]) -> date | None:
    """The day whose preceding window holds the most of the claims' strongest matches."""
    days = sorted(pool[0].published.date() for pool in candidates if pool and pool[0].score >= T.SUPPORT_SCORE)
    if not days:
        return None
    counts = Counter()
    for day in days:
        counts[day] = sum(1 for other in days if day - timedelta(days=T.ANCHOR_WINDOW_DAYS) <= other <= day)
    return max(sorted(counts), key=lambda day: (counts[day], day))


def _widen_to_the_story(pools: list[list[Candidate]]) -> None:
    """Count as the article's event the older publications the article draws on.

    An analysis recounts a story told over weeks (an order, its amendment a month later, the
    fact sheet in between): a publication that is the best match, at support level, of at least
    STORY_MIN_CLAIMS of the article's claims is part of what the article reports, however long
    before the article's window it appeared. One claim's best match is not enough: an article's
    background sentence often best matches some old publication."""
    drawn_on = Counter()
    for pool in pools:
        best = max(pool, key=lambda candidate: (candidate.score, -candidate.first.sentence_id), default=None)
        if best is not None and best.score >= T.SUPPORT_SCORE:
            drawn_on[best.first.readout_id] += 1
    story = {readout_id for readout_id, claims in drawn_on.items() if claims >= T.STORY_MIN_CLAIMS}
    if not story:
        return
    for pool in pools:
        widened = False
        for candidate in pool:
            if not candidate.in_window and candidate.first.readout_id in story:
                candidate.in_window = candidate.in_story = True
                candidate.rank_score = candidate.score + T.ANCHOR_BONUS
                widened = True
        if widened:
            pool.sort(key=lambda candidate: candidate.sort_key)


def _rerank(pool: list[Candidate], window_start: datetime, window_end: datetime) -> None:
    for candidate in pool:
        candidate.in_window = window_start <= candidate.published <= window_end
        candidate.rank_score = candidate.score + (T.ANCHOR_BONUS if candidate.in_window else 0.0)
    pool.sort(key=lambda c: c.sort_key)


def _quote_passages(connection, quote: str, weights: TermWeights, scope: SearchScope,
                    found: dict[str, list[SentenceHit]]) -> list[SentenceHit]:
    """The record sentences that best cover a quotation's words (evidence.find_passages), once per check."""
    if quote not in found:
        found[quote] = find_passages(connection, quote, weights, scope) if weights.sentences else []
    return found[quote]


def _quoted_evidence(connection, claim: Claim, analysis: Analysis, pool: list[Candidate], key_weights: dict[str, float],
                     scope: SearchScope, weights: TermWeights, found: dict[str, list[SentenceHit]]) -> list[Candidate]:
    """Candidates from the sentences of one publication that hold every quotation of the claim word for
    word (evidence.quoted_passages): the article quotes that passage, however it words the rest. Only for
    quotations of QUOTED_MIN_WORDS words in all (two words, "phase two", are found in too many texts),
    and only the lines of one speaker (two speakers' lines are no one's statement)."""
    quotes = list(dict.fromkeys(quote.text for quote in claim.quotes))
    if quoted_word_count(quotes) < T.QUOTED_MIN_WORDS:
        return []
    sentences = {hit.sentence_id: hit for candidate in pool for hit in candidate.hits}
    for quote in quotes:
        sentences.update((hit.sentence_id, hit) for hit in _quote_passages(connection, quote, weights, scope, found))
    held: dict[int, dict[str, SentenceHit]] = {}
    for hit in sorted(sentences.values(), key=lambda hit: (hit.readout_id, hit.position)):
        if hit.is_evidence:
            for quote in quotes:
                if holds_quotation(quote, hit.text):
                    held.setdefault(hit.readout_id, {}).setdefault(quote, hit)
    found_candidates: list[Candidate] = []
    for by_quote in held.values():
        if len(by_quote) < len(quotes):
            continue
        holding = tuple(sorted({hit.sentence_id: hit for hit in by_quote.values()}.values(),
                               key=lambda hit: hit.position))
        if len({hit.speaker for hit in holding if hit.speaker}) > 1:
            continue
        found_candidates += quoted_passages(connection, analysis, holding, key_weights, scope, weights)
    return found_candidates


def _doctored_quotation(connection, claim: Claim, analysis: Analysis, side: str, key_weights: dict[str, float],
                        scope: SearchScope, weights: TermWeights,
                        found: dict[str, list[SentenceHit]]) -> Verdict | None:
    """The verdict of a quotation the record holds close to word for word with its polarity turned
    (verdicts.doctored_quotation), from the sentences that best cover the quotation's words."""
    for quote in dict.fromkeys(quote.text for quote in claim.quotes):
        for hit in _quote_passages(connection, quote, weights, scope, found):
            if not hit.is_evidence:
                continue
            grade = grade_quote(quote, [hit.text], None)
            if grade.grade != CLOSE or grade.matched is None:
                continue
            line = next((candidate for candidate in quoted_passages(connection, analysis, (hit,), key_weights,
                                                                    scope, weights)
                         if len(candidate.hits) == 1), None)
            verdict = doctored_quotation(analysis, side, quote, grade.matched, line) if line is not None else None
            if verdict is not None:
                return verdict
    return None


def _quotations_in_the_record(connection, claim: Claim, passages: Callable[[], list[str]],
                              weights: TermWeights, scope: SearchScope,
                              found: dict[str, list[SentenceHit]]) -> bool:
    """Whether the record holds the claim's quotations word for word or all but (graded verbatim or close),
    asked only of a word or two in quotation marks: the claim's own name for what was said ("was
    'demanding'"), its point. A longer quotation in other words is graded `altered` and the claim judged on
    what it says happened (docs/verdicts.md, "Quotes"). `passages` gives the pool's passages, read once."""
    if quoted_word_count(quote.text for quote in claim.quotes) >= T.QUOTED_MIN_WORDS:
        return True
    return all(_grade_quote(connection, quote.text, passages(), weights, scope, found, None).grade
               in (VERBATIM, CLOSE) for quote in claim.quotes)


def _grade_quotes(connection, claim: Claim, passages: Callable[[], list[str]], verdict: Verdict,
                  weights: TermWeights, scope: SearchScope,
                  found: dict[str, list[SentenceHit]]) -> list[dict]:
    graded = []
    on_point = [readout_passage(connection, c) for c in verdict.evidence] if verdict.verdict in (
        SUPPORTED, CONTESTED) else []
    for quote in claim.quotes:
        # The record's passage on the point that reads most like the quotation.
        related = max(on_point, default=None,
                      key=lambda passage: (fuzz.token_set_ratio(quote.text, passage), -len(passage)))
        grade = _grade_quote(connection, quote.text, passages(), weights, scope, found, related)
        graded.append({"text": quote.text, "grade": grade.grade, "matched": grade.matched})
    return graded


def _passages(connection, pool: list[Candidate]) -> list[str]:
    return [readout_passage(connection, candidate) for candidate in pool]


def _grade_quote(connection, quote: str, pool_passages: list[str], weights: TermWeights, scope: SearchScope,
                 found: dict[str, list[SentenceHit]], related: str | None) -> QuoteGrade:
    """A quotation graded against the pool's passages and the record sentences that best cover its words."""
    passages = pool_passages + [hit.text for hit in _quote_passages(connection, quote, weights, scope, found)]
    return grade_quote(quote, list(dict.fromkeys(passages)), related)


def _evidence_entries(connection, claim: Analysis, candidate: Candidate) -> list[dict]:
    """A sentence or window is one entry; two sentences apart are one entry each, each
    the exact sentence with its own offsets (never the text between them)."""
    if candidate.contiguous:
        return [_evidence_entry(connection, claim, candidate)]
    return [_evidence_entry(connection, claim, candidate, hit) for hit in candidate.hits]


def _evidence_entry(connection, claim: Analysis, candidate: Candidate, hit=None) -> dict:
    first = candidate.first
    # An answer's words (its question gives it a topic but is not evidence), or one sentence of a pair.
    keys = analyze(hit.text).keys if hit is not None else (
        analyze(readout_passage(connection, candidate)).keys if candidate.asked else candidate.analysis.keys)
    matched: list[str] = []
    seen: set[str] = set()
    for token in claim.tokens:
        if not token.stop and token.key in keys and token.key not in seen:
            seen.add(token.key)
            matched.append(token.surface)
    return {
        "source": first.source,
        "side": first.side,
        "url": first.url,
        "title": first.title,
        "published": _iso(first.published),
        "sentence": hit.text if hit is not None else readout_passage(connection, candidate),
        "start": hit.start if hit is not None else candidate.start,
        "end": hit.end if hit is not None else candidate.end,
        "score": round(candidate.score, T.FLOAT_DIGITS),
        "matched_terms": matched,
        "_readout_id": first.readout_id,
    }


# ------------------------------------------------------------------ the report


def _parameters(published: date | None, sources, anchor: date | None, origin: str) -> dict:
    aliases = resources.files("verifier").joinpath("data/aliases.json").read_bytes()
    return {
        "published": published.isoformat() if published else None,
        "sources": list(sources) if sources else None,
        "anchor": {"date": anchor.isoformat() if anchor else None, "origin": origin,
                   "window_days": T.ANCHOR_WINDOW_DAYS},
        "thresholds": {name: round(value, T.FLOAT_DIGITS) if isinstance(value, float) else value
                       for name, value in sorted(T.as_parameters().items())},
        "aliases_sha256": hashlib.sha256(aliases).hexdigest(),
    }


def _report(article, claim_set: ClaimSet, results: CheckResults, corpus: dict, parameters: dict,
            article_date: date | None) -> dict:
    claims = []
    for result in results.claims:
        claim, verdict = result.claim, result.verdict
        claims.append({
            "index": claim.index,
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "verdict": verdict.verdict,
            "confidence": round(verdict.confidence, T.FLOAT_DIGITS),
            "reasons": list(verdict.reasons),
            "explanation": verdict.explanation,
            "attribution": claim.attribution,
            "attribution_phrase": claim.attribution_phrase,
            "quotes": result.quotes,
            "evidence": [{k: v for k, v in entry.items() if not k.startswith("_")} for entry in result.evidence],
        })
    counts = Counter(result.verdict.verdict for result in results.claims)
    summary = {verdict: counts.get(verdict, 0) for verdict in VERDICTS}
    summary["skipped"] = len(claim_set.skipped)
    return {
        "tool": {"name": TOOL_NAME, "version": __version__},
        "check": {"id": None, "created_at": None},
        "article": {
            "title": article.title,
            "url": article.url,
            "published": article_date.isoformat() if article_date else None,
            "sha256": article.sha256 or hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        },
        "corpus": corpus,
        "parameters": parameters,
        "claims": claims,
        "skipped": [{"text": s.text, "start": s.start, "end": s.end, "reason": s.reason} for s in claim_set.skipped],
        "summary": summary,
    }


# ------------------------------------------------------------------ storing


def _store(engine: Engine, article, report: dict, results: CheckResults, created: datetime) -> None:
    from sqlmodel import Session

    from db.models import Article, Check, ClaimVerdict, EvidenceLink
    from db.store import write_transaction

    created_naive = created.astimezone(UTC).replace(tzinfo=None)
    sha = report["article"]["sha256"]
    # A write transaction from the start: on SQLite a read that later writes
    # fails at once ("database is locked") if an import committed in between.
    with write_transaction(engine) as connection, Session(bind=connection) as session:
        row = session.exec(select(Article).where(Article.sha256 == sha)).scalars().first()
        if row is None:
            published = report["article"]["published"]
            row = Article(sha256=sha, title=article.title, url=article.url, text=article.text,
                          published=datetime.fromisoformat(published) if published else None)
            session.add(row)
            session.flush()
        check = Check(article_id=row.id, created_at=created_naive, tool_version=__version__,
                      parameters=report["parameters"], corpus=report["corpus"], report={})
        session.add(check)
        session.flush()
        report["check"]["id"] = check.id
        check.report = report
        for entry, result in zip(report["claims"], results.claims, strict=True):
            verdict_row = ClaimVerdict(check_id=check.id, claim_index=entry["index"], text=entry["text"],
                                       start=entry["start"], end=entry["end"], verdict=entry["verdict"],
                                       confidence=entry["confidence"], reasons=entry["reasons"],
                                       attribution=entry["attribution"], quotes=entry["quotes"])
            session.add(verdict_row)
            session.flush()
            for rank, evidence in enumerate(result.evidence):
                session.add(EvidenceLink(claim_id=verdict_row.id, rank=rank, readout_id=evidence["_readout_id"],
                                         url=evidence["url"], sentence=evidence["sentence"], start=evidence["start"],
                                         end=evidence["end"], score=evidence["score"]))
        session.commit()


# ------------------------------------------------------------------ helpers


def _as_datetime(value) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    moment = _as_datetime(moment)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
