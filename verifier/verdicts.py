"""The verdict of each claim (docs/verdicts.md): supported, contested or unsourced, with reason codes,
a confidence and a plain-words explanation.

`decide` weighs the record's candidates for one claim: which support it, which contest it (the detectors
of `verifier.rules`: numbers, dates, negation, actors, places, speakers, occasions, parties, documents), and
what is left when neither does. The checker asks a few verdicts apart, once `decide` has left a claim
unsourced: a meeting the record places elsewhere (`meeting_place_contest`), a quotation whose polarity
the record turns (`doctored_quotation`); the verdict model reads the rules' own tests (`on_its_point`,
`states_claimed_action`, `keeps_denial`, `omission_of`). Everything here is a pure function of the claim's
analysis and its scored candidates; retrieval lives in `verifier.evidence`, thresholds in
`verifier.thresholds`, the grading of quotations in `verifier.rules.quotes`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise

from verifier import thresholds as T
from verifier.alignment import aligned_share, tells_the_pair_otherwise
from verifier.claims import NO_ATTRIBUTION, find_quotes, speaker_side
from verifier.evidence import (
    Candidate,
    Coverage,
    SentenceHit,
    coverage_of,
    line_speaker_keys,
    local_day,
    spoken_line,
    stated_otherwise,
    title_keys,
)
from verifier.normalize import (
    IRREGULAR_VERBS,
    ORDINAL_UNIT_PREFIX,
    ORDINAL_WORDS,
    SOURCE_KEY,
    WEEKDAYS,
    Analysis,
    Quantity,
    analyze,
    fold,
    is_light,
    is_month_key,
    keys_of,
    lexicon,
    sayer_keys,
    speaker_keys,
)
from verifier.rules.actors import (
    first_names_aside,
    keeps_the_doer,
    name_run,
    person_like,
    substitutions,
    swapped_roles,
    titles_before,
)
from verifier.rules.codes import (
    ACTOR_MISMATCH,
    BELOW_THRESHOLD,
    CONTESTED,
    DATE_MISMATCH,
    EMPTY_RECORD_HINT,
    EVENT_MISMATCH,
    MISATTRIBUTED,
    NEGATION_MISMATCH,
    NO_MATCH,
    NUMBER_KEY,
    NUMBER_MISMATCH,
    ONLY_REPORTER_QUESTION,
    OPPOSITE_ACTION,
    ORDINAL_KEYS,
    OUTSIDE_WINDOW,
    PLACE_MISMATCH,
    POLARITY_REASONS,
    REASON_WORDS,
    SIDE_NAMES,
    SUPPORTED,
    TIME_WORDS,
    UNSOURCED,
    Anchor,
    Conflict,
    DecisionTrace,
    Mentions,
    Verdict,
    cite,
    reported_reasons,
    with_conflict,
    without_reasons,
)
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import (
    ANOTHER_OCCASION_REASONS,
    RELATIVE_YEAR_WORDS,
    SAID_ON_THE_DAY_KINDS,
    announced_day_conflict,
    another_years_figure,
    answered_on_another_day,
    claimed_event_days,
    counted_year_conflict,
    date_in_the_same_place,
    dated_a_year_apart,
    dated_as_published,
    dated_deed_shared,
    dated_in_another_year,
    day_conflict,
    day_word_keys,
    days_told,
    gives_its_years_to_come,
    interval_conflict,
    months_only_naming,
    named_days,
    occasion_sides,
    order_differs,
    out_on_named_day,
    period_conflict,
    published_before_the_claimed_day,
    readout_day_conflict,
    recalled_month_conflict,
    relative_day_conflict,
    relative_month_conflict,
    relative_span_conflict,
    relative_year_conflict,
    relative_years,
    spoken_day_conflict,
    spoken_days,
    transcript_days,
    weekday_of_date_conflict,
    worded_date_conflict,
)
from verifier.rules.documents import (
    ACTIONS_SECTION,
    JOINTLY_ISSUED_TITLE,
    ClaimedDocument,
    credited_elsewhere,
)
from verifier.rules.negation import (
    INFLECTED,
    NOUN_DETERMINERS,
    VERB_CUES,
    acted_on_by,
    denied_and_stated,
    denies_what_is_asserted,
    negation_heads,
    number_keys,
    only_placing_in_a_text,
    opposites_of,
    opposites_with_class,
)
from verifier.rules.numbers import (
    approximate_values,
    counts_the_same_thing,
    gives_its_deadlines,
    gives_its_sums_and_shares,
    measures_the_same,
    numbers_differ,
    rounded_figure,
    same_counted_unit,
)
from verifier.rules.occasions import (
    about_the_articles_occasion,
    another_named_gathering,
    claim_occasion,
    dated_before_the_occasion,
    done_before_the_occasion,
    month_conflict,
    names_its_time,
    occasion_conflict,
    occasion_read_out,
    pinned_to_own_occasion,
    reads_out_the_claimed_occasion,
    reads_out_the_visit_occasion,
    said_at_another_occasion,
    visit_occasion,
    visit_occasion_conflict,
)
from verifier.rules.parties import (
    OWN_COUNTRY,
    absent_counterpart,
    absent_party,
    holds_the_claims_quotations,
    parties_of,
    party_count_conflict,
    party_counts,
)
from verifier.rules.places import meeting_held_elsewhere, name_in_the_same_place, spoken_elsewhere
from verifier.rules.quotes import holds_quotation, quoted_word_count
from verifier.rules.speakers import (
    another_speaker,
    cached_speaker_side,
    deed_of_the_other_party,
    point_doer,
    record_with_holders,
    said_by_another_party,
    speaks_for,
    subjects_of,
    with_record_office_holders,
    with_title_holders,
)


def decide(claim: Analysis, attribution: str, candidates: list[Candidate], key_weights: dict[str, float],
           anchor: Anchor, *, record_empty: bool = False, later: list[Candidate] | None = None,
           questions: list[Candidate] | None = None, mentions: Mentions | None = None,
           known_elsewhere: Callable[[str], bool] | None = None, main_clause_end: int | None = None,
           event_publications: frozenset[int] | None = None, event_days: frozenset[date] = frozenset(),
           question: str = "", claimed: ClaimedDocument | None = None,
           publication_text: Callable[[int], str] | None = None, window_titles: tuple[str, ...] = (),
           told_from_a_saying: bool = False, frame_keys: frozenset[str] = frozenset(),
           trace: DecisionTrace | None = None) -> Verdict:
    """The verdict for one claim from its scored candidates (best first).

    `attribution` is the side the article says published the claim (or
    "none" when the speaker is a party named in the claim itself). `later`
    are candidates published after the article (never evidence, but they tell
    `outside_window` from `no_match`); `questions` are reporters' questions
    matching the claim (never evidence either). `mentions(readout_id, key)`
    says whether a publication names a place or occasion anywhere;
    `known_elsewhere(key)` whether the record names it at all; only the main
    clause (up to `main_clause_end`) places the claim at an occasion.
    `event_publications` are the publications the article's event is told
    in (see `_about_the_event`); None puts no such limit on a contradiction.
    `event_days` are the days those publications came out on.
    `question` is the reporter's question that opens the sentence the claim
    answers ("Asked at a news conference late on Wednesday whether ...,"):
    the day it names is the day the answer was given (see
    `answered_on_another_day`).
    `claimed` is the kind of publication the article's sentence credits with the claim ("according to the
    joint statement"; read from the whole sentence, whose attribution the analysed claim may leave out);
    `publication_text(readout_id)` is a publication's folded text, which tells whether it speaks of that
    document itself.
    `window_titles` are the titles of every publication of the article's period: the occasion the claim
    places its point at may be read out by one that shares no word with the point.
    `told_from_a_saying`: the article gives the claim as what someone said, in the past, in words the claim
    leaves out ("..., the White House said"): a future weekday it names is counted from that saying.
    `frame_keys`: the claim's words that only its frame of a person's saying has (checking._frame_keys).
    `trace`, when given, is filled with what the rules saw (DecisionTrace).
    """
    if record_empty:
        return Verdict(UNSOURCED, T.CONFIDENCE_CEILING, [NO_MATCH], EMPTY_RECORD_HINT)
    omission = omission_of(claim)
    left_out = omission or topic_left_out(claim)
    if left_out is not None:
        mentioned = _mentioned_after_all(claim, left_out, candidates, key_weights, anchor)
        if mentioned is not None:
            return Verdict(CONTESTED, _confidence(mentioned.score), [NEGATION_MISMATCH],
                           f"{cite(mentioned)} does mention it: {REASON_WORDS[NEGATION_MISMATCH]}.",
                           top_evidence([mentioned], candidates))
    states_the_point = _states_the_point(claim, key_weights)

    supporting: list[Candidate] = []
    contesting: list[tuple[Candidate, Conflict]] = []
    agreeing: list[Candidate] = []  # candidates no detector fired on, related or not
    # No publication of the article's own period speaks to the point: the
    # article recounts an earlier occasion ("Speaking on November 26, he said
    # ..."), whose publication then gives the count to disagree with. Only a
    # count: an older denial or other actor is too likely another occasion's.
    own_event_silent = anchor.known and not any(c.in_window and c.score >= T.RELATED_SCORE for c in candidates)
    compared = _main_clause_times(claim, main_clause_end)
    claimed_days = claimed_event_days(claim, anchor, main_clause_end)
    named = _named_publication(claim, anchor, main_clause_end)
    # The dated publication the claim names ("In a joint statement issued late on Tuesday"), when the
    # record holds it and it speaks to the claim's subject.
    named_in_record = named if named is not None and named.days and any(
        candidate.score >= T.RELATED_SCORE and _is_named_publication(candidate, named) for candidate in candidates) \
        else None
    if named is not None and any(candidate.score >= T.SUPPORT_SCORE and _is_named_publication(candidate, named)
                                 for candidate in candidates):
        named = None  # the publication the claim names is in the record and says it: no other one speaks for it
    # A transcript of the day the claim says someone spoke that states the point: other days' are
    # the same words said again, not a sign they were said on another day.
    claimed_spoken = spoken_days(claim.text, anchor.day) if anchor.day is not None else frozenset()
    spoken_on_the_day = any(candidate.score >= T.SUPPORT_SCORE and candidate.first.kind in SAID_ON_THE_DAY_KINDS
                            and claimed_spoken & transcript_days(candidate) for candidate in candidates)
    # The record holds the publication of the occasion the claim places its point at ("at the arrival
    # ceremony"): only then does another occasion's title tell that the point was made elsewhere.
    visit_read_out = occasion_read_out(claim, candidates, main_clause_end, window_titles)
    claim_subjects = subjects_of(claim)  # who says what in the claim, for said_by_another_party
    claim_sayers = sayer_keys(claim)
    visit = visit_occasion(claim)
    # Each candidate's conflicts, first for all of them: a sentence set aside for the claim's quotations
    # (unquoting, below) sets aside every other candidate holding it too, windows read with it.
    screened: list[tuple[Candidate, Conflict, bool, bool]] = []
    unquoting: set[int] = set()
    # "This is the first visit to Hanoi by a president since 2019": the article's occasion itself, which another
    # period's publication ("It's my first visit since 2019") neither tells nor contradicts.
    own_occasion_only = anchor.known and about_the_articles_occasion(claim)
    for candidate in candidates:
        if own_occasion_only and not candidate.in_window:
            continue
        if visit is not None and visit.keys and reads_out_the_visit_occasion(claim, candidate):
            # The transcript of the very occasion the claim names ("at the arrival ceremony") never says so in
            # its sentences: its title does. The occasion's words are the setting, not the point.
            rescored = coverage_of(claim, key_weights, candidate.analysis, visit.keys)
            if rescored.score > candidate.score:
                candidate = replace(candidate, coverage=rescored)
        # Another speaker's line holding the claim's long quotation is read however little else of the claim
        # it shares (_quoted_in_anothers_line).
        if candidate.score < T.RELATED_SCORE and not _quoted_in_anothers_line(claim, candidate):
            candidate = (_scored_without_its_count(compared, claim, candidate, key_weights)
                         or _scored_with_its_opposite(compared, claim, candidate, key_weights)
                         or _scored_without_its_place(compared, claim, candidate, key_weights))
            if candidate is None:
                continue
        conflict = find_conflicts(compared, candidate.analysis)
        if ACTOR_MISMATCH in conflict.reasons:
            conflict = with_record_office_holders(compared, candidate, conflict)
        if ACTOR_MISMATCH in conflict.reasons:
            conflict = with_title_holders(compared, candidate, conflict)
        if {NUMBER_MISMATCH, ACTOR_MISMATCH} <= set(conflict.reasons) and not conflict.swapped:
            # "India's surplus was $45 billion" against "Saudi Arabia's surplus was $443 million": the figure and
            # whose it is both differ, so the record gives another party's figure, which says nothing of the
            # claim's. (Two parties that trade places, "China bought from the U.S." / "the U.S. bought from
            # China", are the claim's own figure told the other way round.) Nor does it state the claim.
            conflict = without_reasons(conflict, NUMBER_MISMATCH, ACTOR_MISMATCH)
            if not conflict.reasons:
                continue
        if DATE_MISMATCH in conflict.reasons and dated_as_published(compared, candidate):
            conflict = without_reasons(conflict, DATE_MISMATCH)
        if DATE_MISMATCH in conflict.reasons and (dated_in_another_year(compared, candidate)
                                                  or dated_a_year_apart(compared, candidate, anchor)):
            # Another year's occasion: its dates neither contradict the claim's nor state them.
            conflict = without_reasons(conflict, DATE_MISMATCH)
            if not conflict.reasons:
                continue
        if omission is not None and NEGATION_MISMATCH in conflict.reasons:
            # What one publication left out is contradicted only by that publication (above).
            conflict = without_reasons(conflict, NEGATION_MISMATCH)
        if PLACE_MISMATCH in conflict.reasons and anchor.known and not candidate.in_window \
                and not any(reason == PLACE_MISMATCH for reason, _ in substitutions(compared, candidate.analysis,
                                                                                    unknown_places=False)):
            # A name the lexicon does not know, where a place goes, is another place only in the article's
            # own event: another year's meeting "in Zurich" is another occasion, not the claim's ("in Luxembourg").
            conflict = without_reasons(conflict, PLACE_MISMATCH)
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, day_conflict(compared, candidate, anchor, main_clause_end,
                                                              told_from_a_saying))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, relative_day_conflict(compared, candidate))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, weekday_of_date_conflict(compared, candidate, anchor))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, relative_year_conflict(claim, candidate, anchor, main_clause_end))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, counted_year_conflict(claim, candidate, anchor))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, relative_month_conflict(claim, candidate, anchor))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, relative_span_conflict(claim, candidate, anchor))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, recalled_month_conflict(compared, candidate))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = with_conflict(conflict, interval_conflict(claim, candidate))
        if DATE_MISMATCH not in conflict.reasons:
            # The whole claim, not its main clause alone: a date in the record's own words is the same detail.
            # A month alone that is the record's own month, whose dates are all earlier, dates its news (as
            # above).
            conflict = with_conflict(conflict, worded_date_conflict(
                claim, candidate.analysis, bare_months=not dated_as_published(claim, candidate)))
        if NUMBER_MISMATCH not in conflict.reasons and compared is not claim:
            conflict = with_conflict(conflict, _context_number_conflict(claim, main_clause_end, candidate.analysis))
        if another_years_figure(claim, candidate, anchor, conflict):
            continue  # another year's figure: it neither contradicts the claim's nor states it
        # The record states its own value of the detail (a number, date, name, polarity), not
        # merely lacks the claim's: only then may one clause of the claim carry the point.
        states_other = bool(conflict.reasons)
        # Whether the conflict is the occasion the publication's title reads out: its words then stand aside.
        titled_elsewhere = False
        if not conflict.reasons and visit_read_out:
            conflict = visit_occasion_conflict(claim, candidate, main_clause_end)
            titled_elsewhere = bool(conflict.reasons)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = period_conflict(claim, candidate, anchor)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = month_conflict(compared, candidate, anchor)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = readout_day_conflict(compared, candidate, anchor, main_clause_end)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE and not spoken_on_the_day:
            conflict = spoken_day_conflict(claim, candidate, anchor)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = announced_day_conflict(claim, candidate, anchor, candidates)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = party_count_conflict(compared, candidate)
        if not conflict.reasons and mentions is not None and candidate.score >= T.SUPPORT_SCORE:
            # An older publication that never names a place the claim only
            # mentions ("the situation in the Middle East") is another occasion,
            # not a sign the article's own event happened elsewhere; one that
            # never names the place of the claim's occasion ("during the Bangkok
            # talks") is.
            own_event = candidate.in_window or not anchor.known or names_its_time(claim)
            conflict = occasion_conflict(claim, candidate, mentions, known_elsewhere, main_clause_end,
                                         occasions_only=not own_event, publication_text=publication_text)
        if not conflict.reasons and candidate.score < T.SUPPORT_SCORE:
            # "Promised at the UN General Assembly" / "the pledge made at the G7": the gathering's name, a rare word
            # the record cannot share when it tells another gathering, is what kept the sentence below support.
            elsewhere = another_named_gathering(compared, candidate.analysis)
            rescored = coverage_of(claim, key_weights, candidate.analysis, elsewhere) if elsewhere else None
            if rescored is not None and rescored.score >= T.SUPPORT_SCORE:
                candidate = replace(candidate, coverage=rescored)
                conflict = Conflict((EVENT_MISMATCH,), elsewhere)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = done_before_the_occasion(compared, candidate.analysis, main_clause_end) or conflict
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = dated_before_the_occasion(compared, candidate, main_clause_end) or conflict
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE and publication_text is not None:
            conflict = spoken_elsewhere(claim, candidate, all(spoken_line(hit) for hit in candidate.hits),
                                        publication_text) or conflict
        if not conflict.reasons and mentions is not None:
            # Below the support score too: the missing name may be what keeps it below.
            conflict = absent_party(claim, candidate, mentions, main_clause_end)
        if not conflict.reasons and mentions is not None:
            conflict = absent_counterpart(claim, candidate, mentions, main_clause_end)
        if not conflict.reasons:
            conflict = another_speaker(claim, candidate)
        if not conflict.reasons:
            conflict = said_by_another_party(claim, claim_subjects, candidate)
        if not conflict.reasons:
            conflict = deed_of_the_other_party(compared, candidate)
        if ACTOR_MISMATCH in conflict.reasons and conflict.ignored & claim_sayers:
            if not holds_the_claims_quotations(claim, candidate):
                # The claim quotes its speaker ("\"It was a speech about heritage,\" said a historian") and the
                # sentence holds none of those words: it gives them to no one else, and the record never
                # quotes the claim's speaker at all; it speaks to the topic, not to who said this. Nor does
                # that sentence read with its neighbours.
                unquoting |= {hit.sentence_id for hit in candidate.hits}
                continue
            # The name the record has otherwise is the one the claim has speak ("it was Secretary Rubio who
            # said ..." of the Ukrainians' words): the words are given to the wrong person.
            conflict = replace(conflict, said_by_another=True)
        screened.append((candidate, conflict, states_other, titled_elsewhere))
    if unquoting:
        screened = [entry for entry in screened if not any(hit.sentence_id in unquoting for hit in entry[0].hits)]
    for candidate, conflict, states_other, titled_elsewhere in screened:
        if not conflict.reasons and named is not None and candidate.score >= T.SUPPORT_SCORE \
                and not _is_named_publication(candidate, named) and not _recounts_named_publication(candidate, named):
            conflict = Conflict((_named_publication_reason(candidate, named),), named.keys)
        if conflict.reasons and _read_together(candidate) and not (
                candidate.denial and NEGATION_MISMATCH in conflict.reasons
                and set(conflict.reasons) <= {NEGATION_MISMATCH, OPPOSITE_ACTION}):
            # Two sentences read together may state a point neither states alone, but joined,
            # one's negations, numbers and places attach to the other's words: the only
            # disagreement they show is an official's "no" to the question asked (a flipped
            # polarity, with the opposite action a refusal also is).
            continue
        if conflict.reasons == (ACTOR_MISMATCH,) and mentions is not None \
                and not _names_a_party_of(claim, candidate, mentions):
            continue
        if conflict.reasons:
            aside = conflict.ignored | first_names_aside(claim, candidate.analysis)
            stated, point_aside = _as_stated(claim, candidate, conflict, aside)
            same_point = coverage_of(claim, key_weights, stated, point_aside)
            # How closely the sentence states the point, its opposite action counted as the claim's word.
            closeness = _opposite_counted(claim, candidate, stated, key_weights)
            # Another count of the claim's own thing, named in the same words, is the point however the
            # sentence words the rest ("covers 30 of the carrier's turboprop aircraft" / "will sign ... to
            # purchase 40 turboprop aircraft"): the predicate's other words need not be the record's.
            covered = (same_point.coverage >= T.CONTEST_COVERAGE
                       and (same_point.predicate >= T.CONTEST_PREDICATE_COVERAGE
                            or conflict.reasons == (NUMBER_MISMATCH,)
                            and counts_the_same_thing(compared, candidate.analysis))
                       and closeness.score >= T.CONTEST_MIN_SCORE)
            if covered and frame_keys and not conflict.said_by_another and not conflict.ignored & frame_keys:
                # A person's saying framed in the claim's own words ("Ana Ruiz, the ministry's spokeswoman, said
                # on Monday that ..."): who told it is no part of what the record must disagree with, and a
                # sentence that names the speaker may share little else.
                told = coverage_of(claim, key_weights, stated, point_aside | frame_keys)
                covered = told.coverage >= T.CONTEST_COVERAGE and told.predicate >= T.CONTEST_PREDICATE_COVERAGE
            covered = covered or _denial_told_the_other_way(compared, candidate, conflict, same_point.coverage)
            covered = covered or _only_the_detail_reworded(compared, candidate, conflict, same_point, closeness)
            # The claim's quotation is word for word another speaker's line: the words are the point, and the
            # claim's own paraphrase around them ("surrounded by militias") is its setting.
            quoted_elsewhere = conflict.said_by_another and _quoted_in_anothers_line(claim, candidate)
            covered = covered or quoted_elsewhere
            # The gap is the costliest test: only when it can matter, or the trace records it.
            gap = largest_gap(claim, candidate, key_weights, aside) if covered or trace is not None else 1.0
            gap = 0.0 if quoted_elsewhere else gap
            if states_other and not (covered and gap < T.SUPPORT_MISSING_SHARE) \
                    and closeness.score >= T.CONTEST_MIN_SCORE:
                # The detail in conflict sits in one clause of a longer sentence ("Before leaving
                # for Ohio, he told reporters he hoped to meet again in the coming weeks"): that
                # clause is the point the record must share; the rest is its setting.
                # The clause of the detail's weighed words; failing those ("in the coming weeks"), of any of its words.
                clause = (_conflict_clause(claim, conflict.ignored & claim.keys, key_weights)
                          or _conflict_clause(claim, conflict.ignored - claim.keys, key_weights))
                if clause is not None:
                    part, part_weights = clause
                    part_point = coverage_of(part, part_weights, stated, point_aside)
                    if (part_point.coverage >= T.CONTEST_COVERAGE
                            and part_point.predicate >= T.CONTEST_PREDICATE_COVERAGE
                            and largest_gap(part, candidate, part_weights, aside) < T.SUPPORT_MISSING_SHARE):
                        covered, gap, same_point = True, 0.0, part_point
            # A date in conflict is no word the record should share: how closely the record states
            # the rest of the point is what tells whether it speaks of the claim's occasion.
            near = _scored_without_the_date(claim, closeness, conflict, key_weights)
            if titled_elsewhere:
                # The occasion's own words ("at the arrival ceremony") are the setting the title disagrees
                # with, not a part of the point the record should share.
                rescored = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
                if rescored.score > near.score:
                    near = replace(near, coverage=rescored)
            # The event's publications are told apart by how closely a sentence states the point; a detail in
            # conflict that is no name (a date, a count, the action or its polarity) is no word the sentence
            # should share, and lowers the very sentence that contradicts the claim, so that test reads it
            # with the detail set aside. A name set aside leaves the same words said of another party, or
            # place: the formula of a fact sheet on another matter ("will combat forced labor" of another
            # partner).
            detail_aside = replace(near, coverage=same_point) if same_point.score > near.score and not (
                {ACTOR_MISMATCH, PLACE_MISMATCH} & set(conflict.reasons)) else near
            refused = _refusing_gates(
                covered, gap, near, anchor, event_publications,
                published_before_the_claimed_day(candidate, conflict, claimed_days, candidates, event_days)
                or _published_before_the_named_publication(candidate, conflict, named_in_record, anchor),
                _counts_for_others(claim, candidate, conflict),
                _same_occasion(claim, candidate, conflict, anchor)
                or own_event_silent and conflict.reasons == (NUMBER_MISMATCH,)
                and candidate.score >= T.SUPPORT_SCORE, detail_aside)
            passed = not refused
            if passed:
                contesting.append((candidate, conflict))
            if trace is not None:
                trace.contests.append((candidate, conflict, same_point, gap, passed))
                if not passed:
                    trace.refused[id(candidate)] = refused
            continue
        agreeing.append(candidate)
        if _scores_as_support(claim, attribution, candidate) and states_the_point(candidate):
            supporting.append(candidate)

    formula = _said_of_several(compared, contesting)
    if formula:
        contesting = [item for item in contesting if not any(item[0] is candidate for candidate in formula)]
        if trace is not None:
            trace.contests = [entry for entry in trace.contests if not any(entry[0] is c for c in formula)]
    if trace is not None:
        trace.agreeing.extend(agreeing)
    if contesting and agreeing:
        outstated = [item for item in contesting if _outstated(claim, item, agreeing)]
        if outstated:
            contesting = [item for item in contesting if not any(item is other for other in outstated)]
            if trace is not None:
                dropped = {id(candidate) for candidate, _ in outstated}
                trace.refused.update({key: ("outstated",) for key in dropped})
                trace.contests = [(c, conflict, point, gap, ok and id(c) not in dropped)
                                  for c, conflict, point, gap, ok in trace.contests]
    if anchor.known and not names_its_time(claim):
        # The article's own event first: another occasion's words that agree are the fallback.
        supporting = [c for c in supporting if c.in_window] + [c for c in supporting if not c.in_window]
        # ... and so does its disagreement.
        contesting = [c for c in contesting if c[0].in_window] + [c for c in contesting if not c[0].in_window]
    best_contest = contesting[0] if contesting else None
    if trace is not None:
        trace.supporting = list(supporting)
    if (supporting and anchor.known and pinned_to_own_occasion(claim, main_clause_end)
            and not any(c.in_dated_window for c in supporting)
            and (best_contest is not None
                 or any(c.in_dated_window and c.score >= T.PINNED_EVENT_SCORE for c in candidates))):
        # "During the call ...": the article's own occasion, which the record
        # has (or another occasion's record places the point elsewhere); only
        # other occasions' publications say it happened.
        best_contest = best_contest or (supporting[0], Conflict((EVENT_MISMATCH,), frozenset()))
        supporting = []
    elsewhere = said_at_another_occasion(claim, supporting, candidates, anchor, main_clause_end)
    if elsewhere is None and not supporting and best_contest is None:
        # Another occasion's sentence that shares the point's words, though too loosely to support it
        # alone ("discussed the Grand Ethiopian Renaissance Dam" for "the Nile dam dispute came up"): when
        # the claim's own occasion is read out and silent on the point, that is where the point was made.
        sharing = [c for c in agreeing if c.score >= T.RELATED_SCORE
                   and c.coverage.predicate >= T.SUPPORT_PREDICATE_COVERAGE]
        elsewhere = said_at_another_occasion(claim, sharing, candidates, anchor, main_clause_end)
    if elsewhere is not None and best_contest is None:
        # "At the news conference ...": the record reads out that occasion, yet only the readout of
        # another (a call, a meeting with someone else) states the point.
        occasion = claim_occasion(claim, main_clause_end)
        best_contest = (elsewhere, Conflict((EVENT_MISMATCH,), occasion.keys if occasion else frozenset()))
        supporting = []
    if supporting and (best_contest is None or _support_confirms(claim, supporting, best_contest, anchor)
                       or _denied_beside_the_point(compared, best_contest, contesting)
                       or _polarity_of_a_neighbour(compared, best_contest, supporting, contesting)):
        if attribution in SIDE_NAMES:
            own_side = [c for c in supporting if speaks_for(c, attribution)]
            if anchor.known and not names_its_time(claim) and supporting[0].in_window:
                # The article's event is what the side is said to have said of: its words on another
                # occasion ("candid, constructive" of another meeting) do not make this one theirs.
                own_side = [c for c in own_side if c.in_window]
            if not own_side and not supporting[0].in_window and supporting[0].score < T.SIDE_ELSEWHERE_SCORE:
                # Only another occasion's sentence shares the claim's words, and loosely ("avoids the tariff"
                # of Chinese steel, for "Japan's promise is mainly to avoid tariffs, he said"): the record
                # gives the side no words of this, nor the other side these; the claim is not in it at all.
                other = supporting[0]
                return Verdict(UNSOURCED, bounded_confidence(0.5 + (T.SUPPORT_SCORE - other.score)), [BELOW_THRESHOLD],
                               f"The closest official text ({cite(other)}) is another occasion's and does not "
                               "state this point.", supporting[: T.EVIDENCE_PER_CLAIM])
            if not own_side:
                other = supporting[0]
                return Verdict(CONTESTED, _confidence(other.score), [MISATTRIBUTED],
                               f"The article attributes this to the {SIDE_NAMES[attribution]}, but only "
                               f"{SIDE_NAMES.get(other.side, other.side)} publications say it "
                               f"({cite(other)}).", supporting[: T.EVIDENCE_PER_CLAIM])
            rest = [c for c in supporting if not speaks_for(c, attribution)]
            supporting = own_side + rest
        credited = credited_elsewhere(claimed, supporting, candidates, publication_text) \
            if claimed is not None and publication_text is not None else None
        if credited is not None:
            # "According to the joint statement, ...": the day's joint statement is in the record and does
            # not say it; only another kind of publication of that day does.
            stating, silent = credited
            if trace is not None:
                # Reported as a contest that passed, so the verdict model weighs it as one.
                trace.contests.append((stating, Conflict((MISATTRIBUTED,), frozenset()), stating.coverage,
                                       largest_gap(claim, stating, key_weights), True))
            return Verdict(CONTESTED, _confidence(stating.score), [MISATTRIBUTED],
                           f"The article credits this to the {claimed.words}, but the record's {claimed.kind} "
                           f"of that occasion ({cite(silent)}) does not say it; {cite(stating)} does.",
                           top_evidence([stating], candidates))
        best = supporting[0]
        evidence = top_evidence(supporting, candidates)
        if answered_on_another_day(question, evidence, anchor):
            # "Asked late on Wednesday whether ..., Biden said": only another day's transcript states it.
            return Verdict(CONTESTED, _confidence(best.score), [DATE_MISMATCH],
                           f"{cite(evidence[0])} speaks to the same point and disagrees: "
                           f"{REASON_WORDS[DATE_MISMATCH]}.", evidence[:1])
        return Verdict(SUPPORTED, _confidence(best.score), [], f"{cite(best)} states the same point.", evidence)
    if best_contest is not None:
        candidate, conflict = best_contest
        reasons = reported_reasons(conflict)
        words = "; ".join(REASON_WORDS[r] for r in reasons)
        return Verdict(CONTESTED, _confidence(candidate.score), reasons,
                       f"{cite(candidate)} speaks to the same point and disagrees: {words}.",
                       top_evidence([candidate], candidates))

    best_score = max((c.score for c in candidates), default=0.0)
    said_later = said_only_later(claim, candidates, later or [])
    if said_later is not None:
        return said_later
    asked = [q for q in questions or [] if q.score >= T.SUPPORT_SCORE and q.score >= best_score + T.QUESTION_MARGIN]
    if asked:
        return Verdict(UNSOURCED, _confidence(asked[0].score), [ONLY_REPORTER_QUESTION],
                       f"Only a reporter's question says this ({cite(asked[0])}); questions are never evidence.")
    related = on_its_point(claim, candidates, key_weights)
    if related:
        return Verdict(UNSOURCED, bounded_confidence(0.5 + (T.SUPPORT_SCORE - best_score)), [BELOW_THRESHOLD],
                       f"The closest official text ({cite(related[0])}) is related but does not state this point.",
                       related[: T.EVIDENCE_PER_CLAIM])
    return Verdict(UNSOURCED, bounded_confidence(1.0 - best_score), [NO_MATCH],
                   "Nothing in the official record speaks to this claim.")


# No candidate scores above full credit on every part of evidence.coverage_of's score (and its rounding).
_HIGHEST_SCORE = T.WEIGHT_COVERAGE + T.WEIGHT_PREDICATE + T.WEIGHT_NAMES + T.WEIGHT_FUZZ + 1e-9


def later_may_outscore(candidates: list[Candidate]) -> bool:
    """Whether a publication after the article could still match the claim LATER_MARGIN better than the best of
    `candidates` (said_only_later): a period's match within the margin of a full score cannot be beaten, and the
    later publications need not be searched or read."""
    return max((c.score for c in candidates), default=0.0) + T.LATER_MARGIN <= _HIGHEST_SCORE


def said_only_later(claim: Analysis, candidates: list[Candidate], later: list[Candidate],
                    until: datetime | None = None) -> Verdict | None:
    """`outside_window` when a publication after the article (up to the moment `until`, when given) states the
    claim and the article's period holds nothing close: "only" a later publication, so one the record of the
    period nearly matches is no better evidence than it."""
    best_score = max((c.score for c in candidates), default=0.0)
    said_later = [c for c in later if (until is None or c.published <= until)
                  and c.score >= T.SUPPORT_SCORE and c.score >= best_score + T.LATER_MARGIN
                  and c.coverage.predicate >= T.SUPPORT_PREDICATE_COVERAGE
                  and not find_conflicts(claim, c.analysis).reasons]
    if not said_later:
        return None
    return Verdict(UNSOURCED, _confidence(said_later[0].score), [OUTSIDE_WINDOW],
                   f"Only a publication from after the article says this ({cite(said_later[0])}); "
                   "evidence published after the article is not used.")


# The same-point gates a contest must pass to be reported, by the name the trace gives a refusal: the
# sentence does not state the claim's point (coverage, predicate, closeness); it lacks one of the claim's
# heavy words (the gap); a far occasion too loosely stated; another event's publication; one published
# before the day or the publication the claim names; a count of others; another occasion; a support that
# states the point more fully (outstated).
GATES = ("point", "gap", "afar", "event", "earlier", "others", "occasion", "outstated")


def _refusing_gates(covered: bool, gap: float, near: Candidate, anchor: Anchor,
                    event_publications: frozenset[int] | None, earlier: bool, for_others: bool,
                    same_occasion: bool, detail_aside: Candidate) -> tuple[str, ...]:
    """The gates (GATES) a contest fails, each tested on its own: it passes when none does. `detail_aside` is
    `near` scored with the claim's detail in conflict set aside, for the event gate."""
    return tuple(name for name, failed in (
        ("point", not covered), ("gap", gap >= T.SUPPORT_MISSING_SHARE),
        ("afar", not _close_enough_from_afar(near, anchor)),
        ("event", not _about_the_event(detail_aside, event_publications)),
        ("earlier", earlier), ("others", for_others), ("occasion", not same_occasion)) if failed)


def meeting_place_contest(claim: Analysis, candidates: list[Candidate], key_weights: dict[str, float],
                          mentions: Mentions, main_clause_end: int | None, event_publications: frozenset[int] | None,
                          publication_text: Callable[[int], str] | None = None,
                          trace: DecisionTrace | None = None) -> Verdict | None:
    """A claim nothing states or contests, whose meeting a record sentence tells held elsewhere ("The two men met
    in New York" / "... met today with ... in Washington, D.C."): contested on the meeting's place, the point
    however little else the sentence shares (rules/places.meeting_held_elsewhere). Asked only once every other
    way of sourcing the claim has left it unsourced (checking.judge), so a claim the record states in other
    words stays supported."""
    held_elsewhere = meeting_held_elsewhere(claim, candidates, mentions, main_clause_end, event_publications,
                                            publication_text)
    if held_elsewhere is None:
        return None
    stating, conflict = held_elsewhere
    if trace is not None:
        # Reported as a contest that passed, so the verdict model weighs it as one.
        trace.contests.append((stating, conflict, stating.coverage, largest_gap(claim, stating, key_weights), True))
    # The sentence is cited however little else of the claim it shares: its place is the point.
    return Verdict(CONTESTED, _confidence(stating.score), [PLACE_MISMATCH],
                   f"{cite(stating)} tells the meeting held elsewhere: {REASON_WORDS[PLACE_MISMATCH]}.",
                   [stating] + top_evidence([], candidates)[: T.EVIDENCE_PER_CLAIM - 1])


def transcript_place_contest(claim: Analysis, place_line: Candidate, conflict: Conflict,
                             key_weights: dict[str, float], trace: DecisionTrace | None = None) -> Verdict:
    """A claim nothing states or contests, whose point is where its speaker spoke, contested by the place line
    of the transcript of those words (rules/places.held_elsewhere_by_its_transcripts, checking.judge): the
    line is cited, however little else of the claim it shares."""
    if trace is not None:
        # Reported as a contest that passed, so the verdict model weighs it as one.
        trace.contests.append((place_line, conflict, place_line.coverage, largest_gap(claim, place_line, key_weights),
                               True))
    return Verdict(CONTESTED, _confidence(place_line.score), [PLACE_MISMATCH],
                   f"{cite(place_line)} gives where it was spoken: {REASON_WORDS[PLACE_MISMATCH]}.", [place_line])


def stands_on_the_speakers_own_words(claim: Analysis, attribution: str, verdict: Verdict) -> bool:
    """A supported verdict whose first evidence is the claimed speaker's own transcript line holding every
    quotation of the claim word for word (_quoted_in_own_line): the record of who said what, verbatim. The
    verdict model weighs looser signs (a neighbouring line's number, how many related sentences there are),
    and on a small record they can outweigh that; they are no reason to doubt a speaker's exact words."""
    return (verdict.verdict == SUPPORTED and bool(verdict.evidence)
            and _quoted_in_own_line(claim, attribution, verdict.evidence[0]))


def possible_support(claim: Analysis, attribution: str, candidates: list[Candidate],
                     key_weights: dict[str, float]) -> list[Candidate]:
    """The candidates `decide` could take as support: a cheap bound on it, which lets a caller skip a `decide`
    whose only use would be a support. `decide` supports with a candidate at SUPPORT_SCORE whose predicate
    coverage is SUPPORT_PREDICATE_COVERAGE, or at RELATED_SCORE when it is the claimed speaker's own line
    holding the claim's quotations (_quoted_in_own_line); a candidate it scores anew may pass either however
    it scored: one that reads out the visit's occasion (scored without the occasion's words), and one of the
    article's event below RELATED_SCORE that scores COUNT_ASIDE_FLOOR (scored without its count or with its
    opposite action). Scored anew or not, a support's own words must hold the claim's heavy words, actions
    and denial, and an answer the figures of its question (_states_the_point, the same tests as `decide`'s):
    those tests read the sentence, not its score."""
    visit = visit_occasion(claim)
    rescored_for_the_visit = visit is not None and bool(visit.keys)
    states_the_point = _states_the_point(claim, key_weights)
    possible = []
    for candidate in candidates:
        if rescored_for_the_visit and reads_out_the_visit_occasion(claim, candidate):
            pass
        elif candidate.score < T.RELATED_SCORE:
            if not (candidate.in_window and candidate.score >= T.COUNT_ASIDE_FLOOR):
                continue
        elif not _scores_as_support(claim, attribution, candidate):
            continue
        if states_the_point(candidate):
            possible.append(candidate)
    return possible


def _scores_as_support(claim: Analysis, attribution: str, candidate: Candidate) -> bool:
    """Whether the candidate scores high enough to support the claim: SUPPORT_SCORE with the predicate's
    SUPPORT_PREDICATE_COVERAGE, or RELATED_SCORE when it is the claimed speaker's own line holding the claim's
    quotations (_quoted_in_own_line), whose other words only set the scene."""
    if candidate.score >= T.SUPPORT_SCORE and candidate.coverage.predicate >= T.SUPPORT_PREDICATE_COVERAGE:
        return True
    return candidate.score >= T.RELATED_SCORE and _quoted_in_own_line(claim, attribution, candidate)


def _states_the_point(claim: Analysis, key_weights: dict[str, float]) -> Callable[[Candidate], bool]:
    """The test a candidate that scores as support must pass too (`decide`, and its bound `possible_support`):
    whether its own words state the claim's point, whatever its score says. What the test needs of the claim
    alone is read once, for every candidate asked about."""
    directional, framed = _actions(claim), _framed_actions(claim)
    negated_claim = bool(claim.negated & claim.predicate_keys)

    def states_the_point(candidate: Candidate) -> bool:
        if largest_gap(claim, candidate, key_weights) >= T.SUPPORT_MISSING_SHARE:
            return False  # one word that carries much of the claim is not in the record's sentence
        if not _states_actions(candidate.analysis, directional, framed):
            return False  # the claim's action (lift, resume, reduce...) is its point: the record must state it
        if not _denies_too(claim, candidate.analysis, negated_claim):
            return False  # a record that simply lacks the thing is not a denial of it
        if not (gives_its_sums_and_shares(claim, candidate.analysis)
                and gives_its_deadlines(claim, candidate.analysis)):
            return False  # the claim's figure is what it adds to the topic
        if not gives_its_years_to_come(claim, candidate):
            return False  # so is the year a plan is for
        if candidate.asked and candidate.denial and not negated_claim:
            # An official's "No." read with the reporter's question denies what was asked ("Is there a
            # connection?"); it affirms nothing the question takes for granted ("X was at the dinner").
            return False
        # A reporter's figure ("$16 billion worth of goods from Russia") is the question's, not the answer's.
        return not (candidate.asked and not candidate.denial and not _answer_gives_the_figures(claim, candidate))

    return states_the_point


def _quoted_in_own_line(claim: Analysis, attribution: str, candidate: Candidate) -> bool:
    """Whether the candidate is the claimed speaker's own transcript line holding every quotation of the
    claim word for word (QUOTED_MIN_WORDS in all): the claim's other words then set the scene ("Still,
    Biden insisted at the news conference: ...", "Asked about the schedule, the spokesperson said the choice
    ...") and need not be the record's. The speaker is the person the claim has speak ("Biden insisted"),
    else the side the article attributes the claim to ("the official said"): the same words in another's
    line, or in a readout with no speaker, are no such line."""
    quotes, words = _quotations(claim.text)
    if words < T.QUOTED_MIN_WORDS:
        return False
    holding = _lines_holding_every_quotation(quotes, candidate.hits)
    return holding is not None and _spoken_by_the_claimed_speaker(claim, attribution, holding)


@lru_cache(maxsize=1_024)
def _quotations(claim_text: str) -> tuple[tuple[str, ...], int]:
    """The claim's quotations and the words they hold: asked of the claim once for each candidate of its pool."""
    quotes = tuple(quote.text for quote in find_quotes(claim_text))
    return quotes, quoted_word_count(quotes)


def _lines_holding_every_quotation(quotes: Sequence[str],
                                   hits: Sequence[SentenceHit]) -> list[SentenceHit] | None:
    """The hits holding a quotation of `quotes` word for word, when together they hold every one."""
    holding = [hit for hit in hits if any(holds_quotation(quote, hit.text) for quote in quotes)]
    held = all(any(holds_quotation(quote, hit.text) for hit in holding) for quote in quotes)
    return holding if held else None


def _quoted_in_anothers_line(claim: Analysis, candidate: Candidate) -> bool:
    """Whether every quotation of the claim (ANOTHERS_QUOTATION_MIN_WORDS in all) is word for word in a
    labelled transcript line of the candidate that is not the claim's speaker's: who said those words is then
    the record's to tell."""
    quotes, words = _quotations(claim.text)
    if words < T.ANOTHERS_QUOTATION_MIN_WORDS:
        return False
    speakers = speaker_keys(claim)
    holding = _lines_holding_every_quotation(quotes, [hit for hit in candidate.hits if hit.speaker])
    # A line whose speaker the claim names at all is theirs ("Biden opens by recalling that Johnson wrote:
    # ..."): the claim may tell them quoting someone else.
    named = speakers | claim.keys
    return bool(speakers) and holding is not None \
        and not any(line_speaker_keys(hit) & named for hit in holding)


def _spoken_by_the_claimed_speaker(claim: Analysis, attribution: str, holding: Sequence[SentenceHit]) -> bool:
    """Whether every line of `holding` is the claim's speaker's: the person the claim has speak, else the
    side the article attributes the claim to, else (the words credited to no one) any official's line."""
    speakers = speaker_keys(claim)
    if speakers:
        return all(line_speaker_keys(hit) & speakers for hit in holding)
    if attribution == NO_ATTRIBUTION:
        # The article credits the words to no one ("One more line from the briefing set the tone: Oslo
        # needs a policy that treats Moscow \"as it is ...\""): there is no one to have misquoted, and an
        # official's line that holds them is where they come from. A reporter's question is no official's line.
        return all(_officials_line(hit) for hit in holding)
    return attribution in SIDE_NAMES and all(hit.speaker and cached_speaker_side(hit.speaker) == attribution
                                             for hit in holding)


def doctored_quotation(claim: Analysis, attribution: str, quote: str, matched: str,
                       candidate: Candidate) -> Verdict | None:
    """A quotation the record holds all but word for word (`matched`, graded close in `candidate`, the claimed
    speaker's own line of the article's occasion), with its polarity turned: "we will not have good
    relations with Norway" for "we will have very good relations with Norway". The rest of the
    sentence may share too few words with the line for any rule to compare them; the quotation is the point.
    Only a negation: another changed word in a close quotation is a misquote, not a claim the record denies."""
    if quoted_word_count([quote]) < T.QUOTED_MIN_WORDS or not candidate.in_window \
            or not _spoken_by_the_claimed_speaker(claim, attribution, candidate.hits):
        return None
    if NEGATION_MISMATCH not in find_conflicts(analyze(quote), analyze(matched)).reasons:
        return None
    return Verdict(CONTESTED, _confidence(max(candidate.score, T.RELATED_SCORE)), [NEGATION_MISMATCH],
                   f"{cite(candidate)} has the speaker say \u201c{matched}\u201d: "
                   f"{REASON_WORDS[NEGATION_MISMATCH]}.", [candidate])


def _officials_line(hit: SentenceHit) -> bool:
    """A transcript line an official speaks: a label naming a person or a government's official, or the one
    speaker a speech's title names; never a reporter, a moderator or the audience."""
    return bool(line_speaker_keys(hit)) or (hit.speaker is not None and cached_speaker_side(hit.speaker) in SIDE_NAMES)


def _said_of_several(claim: Analysis, contesting: list[tuple[Candidate, Conflict]]) -> list[Candidate]:
    """The sentences that disagree with the claim only on who, when the record says the point in the same words
    of two other parties that share no name ("El Salvador has committed to ..." and "Guatemala has committed to
    ..." for "Ecuador has committed to ..."; readouts of a day's calls with two leaders, worded alike): the
    point is a formula said of each party in turn, and one more party it is said of is no contradiction (the
    record lacks that party's text, or the article's words match another's better), nor is any other sentence
    on the point that names one of those parties in its place. Sentences that share a name (He Lifeng in one,
    Vice Premier He in another) name one other party, which still contests."""
    actor_only = [(candidate, conflict.ignored, _other_parties(claim, candidate.analysis))
                  for candidate, conflict in contesting if conflict.reasons == (ACTOR_MISMATCH,) and conflict.ignored]
    formula_parties: dict[frozenset[str], set[str]] = {}
    for n, (one, ignored, parties) in enumerate(actor_only):
        for other, other_ignored, other_parties in actor_only[n + 1:]:
            if (ignored == other_ignored and parties and other_parties and not parties & other_parties
                    and _worded_alike(one.analysis, other.analysis)):
                formula_parties.setdefault(ignored, set()).update(parties | other_parties)
    # With them, the record's other sentences on the claim's point that name one of those parties in its place.
    return [candidate for candidate, ignored, parties in actor_only if parties & formula_parties.get(ignored, set())]


def _other_parties(claim: Analysis, record: Analysis) -> frozenset[str]:
    return frozenset(entity.key for entity in record.entities
                     if entity.kind in ("person", "country", "name") and entity.key not in claim.keys)


def _worded_alike(one: Analysis, other: Analysis) -> bool:
    """Two sentences whose words, names aside, are mostly the same."""
    ours, theirs = one.keys - one.entity_keys, other.keys - other.entity_keys
    return bool(ours | theirs) and len(ours & theirs) >= T.FORMULA_SHARED_WORDS * len(ours | theirs)


def _outstated(claim: Analysis, contest: tuple[Candidate, Conflict], agreeing: list[Candidate]) -> bool:
    """Whether another sentence states the claim's point at least as closely as the disagreeing
    one (scores as high, follows the claim's wording as far) and states the very detail in
    conflict the claim's way (its number, date, name, polarity), from the article's event when
    the disagreement is: then the disagreeing sentence is another mention of something near the
    point (a number of another deployment, a place named in passing), not the record's account
    of it, and the record does state the claim."""
    candidate, conflict = contest
    details = _detail_keys(claim, candidate.analysis, conflict)
    # A day the claim names in words ("on Monday", "on a Sunday-evening call") that the disagreeing sentence
    # puts elsewhere: another sentence tells it by its own day ("Today, ..." in Monday's fact sheet, the
    # transcript of that evening's call), not in the claim's words.
    by_day = DATE_MISMATCH in conflict.reasons and bool(conflict.days)
    if not details and not by_day:
        return False
    # Names, verbs and polar words must be there as written; numbers may be written otherwise
    # ("about $1.8 billion" / "approximately $1.77 billion", `_states`).
    words = details - number_keys(claim)
    if by_day:
        words -= day_word_keys(claim)
    ours = None
    for other in agreeing:
        if other.score < max(candidate.score, T.SUPPORT_SCORE) or (candidate.in_window and not other.in_window) \
                or _overlaps(other, candidate):
            continue
        if by_day and not conflict.days <= days_told(other):
            continue
        stating = other.analysis
        if not words <= stating.keys and ACTOR_MISMATCH in conflict.reasons:
            # A government's sentence names its own leader by title alone ("I think the President would
            # welcome ..." in a White House call): the holder of the day is the claim's name, written in.
            stating = record_with_holders(other) or stating
        alone = len(other.hits) == 1
        if not words - (_given_names_left_out(claim, stating) if alone else frozenset()) <= stating.keys:
            continue
        if any((key in claim.negated) != (key in stating.negated) for key in words & stating.keys):
            continue  # the word is there, with the other polarity
        if not _states(claim, stating, conflict, given_names=alone):
            continue
        if ours is None:
            ours = aligned_share(claim, candidate.analysis)
        if aligned_share(claim, stating) > ours:
            return True
    return False


def _counts_for_others(claim: Analysis, candidate: Candidate, conflict: Conflict) -> bool:
    """A count or date that differs in a sentence about other parties: the record names people or
    countries the claim does not, and none of the names the claim names ("Marcos's second visit" /
    "their dozenth meeting since Prime Minister Kishida took office"). Its number counts something
    of theirs, not the claim's point."""
    if not conflict.reasons or not set(conflict.reasons) <= {NUMBER_MISMATCH, DATE_MISMATCH}:
        return False
    record = candidate.analysis
    located_in = lexicon().located_in
    # A capital stands for its country ("Kyiv and Washington agreed" / "Ukraine and the United States").
    ours = claim.entity_keys | {located_in[key] for key in claim.entity_keys if key in located_in}
    return bool(ours) and bool(_parties(record) - ours - claim.keys) and not ours & (record.keys
                                                                                    | _speaking_for(candidate))


# "We also intend to send a delegation": a government's publication says "we" for its country (OWN_COUNTRY).
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us)\b(?!\.)", re.IGNORECASE)


def _speaking_for(candidate: Candidate) -> frozenset[str]:
    """The country the record sentence's "we" is: its publisher's."""
    country = OWN_COUNTRY.get(candidate.side)
    if country is None or not _FIRST_PERSON_PLURAL.search(candidate.analysis.text):
        return frozenset()
    return frozenset({country})


def _parties(analysis: Analysis) -> frozenset[str]:
    """The people and countries a sentence names."""
    return frozenset(entity.key for entity in analysis.entities
                     if entity.kind in ("person", "country")
                     or entity.kind == "name" and person_like(analysis, entity))


def _only_the_detail_reworded(claim: Analysis, candidate: Candidate, conflict: Conflict, same_point: Coverage,
                               closeness: Candidate) -> bool:
    """Whether a sentence of the article's own days that gives another value in the claim's very slot speaks to
    the claim's point, though a reporter worded the rest of it otherwise ("the session ran for roughly six
    hours" / "the meeting was about four and a half hours long"; "the first trip ... to China since 2019" /
    "the first visit ... to the People's Republic of China since 2017"): the value's slot, a measure in the
    same unit or a year after the same two words, pins the point the predicate gate otherwise asks for. A
    polarity is such a slot when the record's negation denies the claim's own word head-on ("I got no
    pushback" / "said he had met strong pushback from the ministers on the budget argument"): the
    denied word is the point, however the reporter worded the rest."""
    if not (candidate.in_window and same_point.coverage >= T.CONTEST_COVERAGE
            and same_point.predicate >= T.CONTEST_SLOT_PREDICATE_COVERAGE and closeness.score >= T.CONTEST_MIN_SCORE):
        return False
    if conflict.reasons == (NUMBER_MISMATCH,):
        return measures_the_same(claim, candidate.analysis)
    if conflict.reasons == (DATE_MISMATCH,):
        return (date_in_the_same_place(claim, candidate.analysis, conflict.ignored)
                or dated_deed_shared(claim, candidate.analysis, conflict.ignored))
    if conflict.reasons == (PLACE_MISMATCH,):
        return name_in_the_same_place(claim, candidate.analysis, conflict.ignored)
    if conflict.reasons == (NEGATION_MISMATCH,):
        return bool(denies_what_is_asserted(claim, candidate.analysis))
    return False


def _denial_told_the_other_way(claim: Analysis, candidate: Candidate, conflict: Conflict,
                               point_coverage: float) -> bool:
    """Whether only the polarity differs and the sentence is as close to the claim as a supporting one must be:
    "never held talks with Yang in Luxembourg" against "Sullivan met today with ... Yang Jiechi in Luxembourg" is
    the same point told the other way, though the record's words for the talks and for Yang's titles leave less
    of the predicate shared than the general contest gate asks. Were the claim affirmative, that sentence would
    be its evidence; denied, it is what contradicts it. `point_coverage`: how much of the claim the sentence
    covers as the contest gates read it (its conflicting words aside)."""
    return (conflict.reasons == (NEGATION_MISMATCH,) and candidate.score >= T.SUPPORT_SCORE
            and point_coverage >= T.CONTEST_COVERAGE and bool(denied_and_stated(claim, candidate.analysis)))


def _detail_keys(claim: Analysis, record: Analysis, conflict: Conflict) -> frozenset[str]:
    """The claim's words a disagreement is about: the number, date or name it names, the
    verbs whose roles are swapped, and the words whose polarity flips."""
    keys = (conflict.ignored & claim.keys) | conflict.swapped
    if NEGATION_MISMATCH in conflict.reasons:
        keys |= claim.predicate_keys & record.keys & (claim.negated ^ record.negated)
    return keys


def _opposite_counted(claim: Analysis, candidate: Candidate, stated: Analysis,
                      key_weights: dict[str, float]) -> Candidate:
    """The candidate scored as if it said the claim's action where it says the
    opposite ("agreed to continue consultations" for "agreed to suspend
    consultations"): the opposite fills the same place in the sentence, and
    when the action is the claim's heaviest word, leaving it out of the score
    keeps the very sentence that contradicts the claim below the gates.
    `stated` is the sentence as `_as_stated` reads it."""
    if stated is candidate.analysis:
        return candidate
    coverage = coverage_of(claim, key_weights, stated)
    return replace(candidate, coverage=coverage) if coverage.score > candidate.score else candidate


def _as_stated(claim: Analysis, candidate: Candidate, conflict: Conflict,
               aside: frozenset[str]) -> tuple[Analysis, frozenset[str]]:
    """The record's sentence as the same-point test reads it, and the claim's
    keys it leaves aside. Where the only disagreement is the action, the
    record's opposite stands for the claim's word and counts as it, rather
    than being left out: left out, a claim whose heaviest word is the action
    would be judged on its light words alone."""
    if conflict.reasons != (OPPOSITE_ACTION,):
        return candidate.analysis, aside
    opposed = conflict.ignored & claim.keys
    if not opposed or not _acts_on_the_same(claim, candidate.analysis, opposed):
        return candidate.analysis, aside
    return replace(candidate.analysis, keys=candidate.analysis.keys | opposed), aside - opposed


def _acts_on_the_same(claim: Analysis, record: Analysis, opposed: frozenset[str]) -> bool:
    """Whether the record's opposite action acts on what the claim's does: a
    word of what follows one follows the other ("wind down its consultations
    with allies" / "continue to work with allies"), not another thing done
    ("stop the leakage" / "continuing to share information"). A denying verb
    ("put off") has no opposite: what it denies is already checked. An opposite of the claim's word's class
    ("continuing to implement the agreement" for "begun to unwind that agreement") counts like a lexicon pair:
    the contest detector has already seen it act on the same thing."""
    for key in opposed:
        opposites = opposites_with_class(key) & record.keys
        if not opposites:
            continue
        ours, theirs = acted_on_by(claim, {key}), acted_on_by(record, opposites)
        if not ours & theirs:
            return False
    return True


def _opposed_on_the_same(claim: Analysis, record: Analysis) -> bool:
    """Whether the record does the opposite of the claim's actions to what the claim's actions are done to
    (each of the claim's words whose opposite the record has). The classes' opposites count as the lexicon's
    pairs do ("streamlining import licenses" for "will tighten import licensing"): the contest detector has
    already seen them act on the same thing."""
    opposed = frozenset(key for key in claim.predicate_keys if opposites_with_class(key) & record.keys)
    return bool(opposed) and _acts_on_the_same(claim, record, opposed)


def _scored_with_its_opposite(compared: Analysis, claim: Analysis, candidate: Candidate,
                              key_weights: dict[str, float]) -> Candidate | None:
    """A sentence of the article's event that states the opposite of the
    claim's action ("will continue to work with allies" for "would wind down
    its work with allies"), scored with the opposite as the claim's word: the
    action, a rare word, is what kept it below the related score. No floor on the score as it stands: when the
    action is the claim's heaviest word, the sentence that says its opposite holds little else of the claim's
    weight ("would wind down its consultations with allies ahead of the transition" / "will continue to
    collaborate with allies"), and what it must reach is its score with the opposite counted."""
    if not candidate.in_window:
        return None
    keys = candidate.analysis.keys
    if not _opposite_keys(compared.predicate_keys) & keys:
        return None  # nothing opposite to the claim's actions in it (and find_conflicts is costly)
    opposed = frozenset(key for key in compared.predicate_keys - keys if _opposite_keys(frozenset({key})) & keys)
    if not opposed or not _acts_on_the_same(compared, candidate.analysis, opposed):
        return None  # the opposite acts on another thing: cheaper to tell than find_conflicts
    if coverage_of(claim, key_weights, replace(candidate.analysis, keys=keys | opposed)).score < T.RELATED_SCORE:
        return None  # even read as the claim's action, too little of the claim: cheaper than find_conflicts
    conflict = find_conflicts(compared, candidate.analysis)
    if conflict.reasons != (OPPOSITE_ACTION,):
        return None
    stated, _aside = _as_stated(claim, candidate, conflict, frozenset())
    rescored = _opposite_counted(claim, candidate, stated, key_weights)
    return rescored if rescored.score >= T.RELATED_SCORE else None


@lru_cache(maxsize=8_192)
def _opposite_keys(keys: frozenset[str]) -> frozenset[str]:
    """The keys of every opposite of the keys' actions, the classes' included (keeping against calling off,
    growing against shrinking: `opposites_with_class`): a sentence that keeps what the claim says was
    called off is as far below the related score as one that says so in the lexicon's chosen words, and
    find_conflicts guards the classes' pairings before it is rescored."""
    return frozenset().union(*map(opposites_with_class, keys))


# Where a sentence joins clauses: a comma or semicolon, "that" after a verb of saying, or the verb
# of saying itself when "that" is left out ("thanks his host and says the two sides agreed ..."),
# a subordinating word ("before leaving ...", "as he ...", "until the deal is signed").
_CLAUSE_JOINS = re.compile(r"[,;]\s+|\s+(?:that|before|after|while|whereas|as|when|because|until|unless|says|said|"
                           r"adds|added)\s+", re.IGNORECASE)


def _conflict_clause(claim: Analysis, keys: frozenset[str] | set[str],
                     key_weights: dict[str, float]) -> tuple[Analysis, dict[str, float]] | None:
    """The clause of the claim that holds the words in conflict (`keys`), as
    an analysis of its own keys with their weights; None when the claim is
    one clause, or that clause says too little besides the conflict."""
    if not keys:
        return None
    bounds = [0] + [match.end() for match in _CLAUSE_JOINS.finditer(claim.text)] + [len(claim.text) + 1]
    if len(bounds) < 3:
        return None
    for start, end in pairwise(bounds):
        # The detail may be a word the scorer does not weigh ("in the coming weeks"): look for it among all words.
        said = {token.key for token in claim.tokens if start <= token.start < end}
        if not said & keys:
            continue
        inside = said & claim.keys
        if len(inside - keys) < T.CONTEST_CLAUSE_KEYS or inside == claim.keys:
            return None
        part = replace(claim, keys=frozenset(inside), predicate_keys=claim.predicate_keys & inside,
                       entity_keys=claim.entity_keys & inside)
        return part, {key: weight for key, weight in key_weights.items() if key in inside}
    return None


def states_claimed_action(claim: Analysis, record: Analysis) -> bool:
    """Whether the record states each directional action of the claim (the support test of `decide`)."""
    return _states_actions(record, _actions(claim), _framed_actions(claim))


def keeps_denial(claim: Analysis, record: Analysis) -> bool:
    """Whether a record can support the claim's denial: the claim denies nothing, or the record denies it too."""
    return _denies_too(claim, record, bool(claim.negated & claim.predicate_keys))


def _states_actions(record: Analysis, actions: set[str], framed: dict[str, frozenset[str]]) -> bool:
    # An action "agreed to X" is also stated by a record that states X as a deed ("will restock"), not as
    # what was talked about ("discussed restocking": _framed_actions).
    return all(_states_action(record, key) or (key in framed and framed[key] <= _deeds(record)) for key in actions)


def _deeds(record: Analysis) -> frozenset[str]:
    """The record's keys less those it writes only in an -ing form (a gerund is the thing discussed)."""
    gerunds = {token.key for token in record.tokens if token.surface.lower().endswith("ing")}
    done = {token.key for token in record.tokens if not token.surface.lower().endswith("ing")}
    return frozenset(record.keys - (gerunds - done))


def _denies_too(claim: Analysis, record: Analysis, negated_claim: bool) -> bool:
    return not negated_claim or bool(record.negated & claim.negated)


def on_its_point(claim: Analysis, candidates: list[Candidate], key_weights: dict[str, float]) -> list[Candidate]:
    """The closest candidates that hold the words carrying the claim's point
    (its heaviest words other than names), or come near support as a whole:
    those are "related" evidence. A sentence that shares only the claim's
    people and places (every sentence of an event names Biden and Xi) is not:
    then nothing in the record is close."""
    point_keys = sorted(claim.predicate_keys & key_weights.keys() or claim.keys & key_weights.keys(),
                        key=lambda key: (-key_weights[key], key))[: T.RELATED_POINT_WORDS]
    point_weight = sum(key_weights[key] for key in point_keys)
    return [candidate for candidate in candidates[: T.RELATED_CANDIDATES]
            if candidate.score >= T.RELATED_CLOSE_SCORE or point_weight and sum(
                key_weights[key] for key in point_keys if key in candidate.analysis.keys)
            >= T.RELATED_POINT_SHARE * point_weight]


# "The White House readout did not mention X", "the statement made no mention of X": a claim about what
# one publication leaves out.
_OMISSION = re.compile(
    r"^(?P<publisher>.*?)\b(?P<kind>readout|statement|communiqu[eé]|transcript|release|summary|account|fact\s+sheet)s?"
    # The publication may be named further ("the readout of the Qatar call", "the Egypt readout, by
    # contrast,").
    r"(?P<qualifier>\s+(?:of|on|from|about|for)\s+[^,;:]{1,60}?|,\s+[^,;:]{1,40},)?\s+"
    r"(?:also\s+|itself\s+)?(?:did\s+not|didn't|does\s+not|doesn't|made\s+no|makes\s+no|contained\s+no|contains\s+no|"
    r"had\s+no|has\s+no|never|failed\s+to|omitted(?:\s+any)?)\s+(?:mention(?:s|ed)?|refer(?:s|red)?\s+to|"
    r"reference[sd]?|include[sd]?|address(?:es|ed)?|cite[sd]?|raised?|discuss(?:es|ed)?|note[sd]?)(?:\s+of)?\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Omission:
    kind: str  # "readout", "statement", ...: the publication the claim is about
    side: str  # the side that published it, "none" when the claim does not say
    meta_keys: frozenset[str]  # the claim's keys that name the publication and the omitting, not the topic
    # Who is said to have left it out ("Harris did not raise ..."): the record's mention must be theirs.
    parties: frozenset[str] = frozenset()
    # Names that tell which publication of its kind it is ("the Egypt readout"): its title names them.
    titled: frozenset[str] = frozenset()


def omission_of(claim: Analysis) -> Omission | None:
    match = _OMISSION.search(claim.text)
    if match is None:
        return None
    side = speaker_side(match.group("publisher")) or NO_SIDE
    # The names that tell which publication it is ("the Egypt readout", "the readout of the Qatar call"),
    # apart from the side that published it: the publication's title names them. Only the names of the clause
    # that tells the omission: "Unlike the Chile statement of May, the joint statement never mentioned
    # ..." is about the joint statement.
    opening = _CLAUSE_OPENING.match(match.group("publisher"))
    naming = _publication_names(claim, opening.end() if opening else 0, match.end("kind"),
                                match.span("qualifier"))
    # What was left out runs to the end of its clause: a remark set off after it ("made no mention of
    # Europe, something diplomats were quick to point out") is the article's, not the topic.
    clause_end = _OMITTED_TOPIC_END.search(claim.text, match.end())
    topic = _topic_keys(claim, (match.end(), clause_end.start() if clause_end else len(claim.text)))
    kind = " ".join(match.group("kind").lower().split())
    if topic:
        return Omission(kind, side, claim.keys - topic, titled=naming)
    meta = frozenset(token.key for token in claim.tokens if token.end <= match.end())
    if not claim.keys - meta:
        return None
    return Omission(kind, side, meta, titled=naming)


def _publication_names(claim: Analysis, start: int, kind_end: int,
                       qualifier: tuple[int, int]) -> frozenset[str]:
    """The names before the publication's kind (from `start`) and in the words that name it further, but the
    side's own."""
    names = set()
    for entity in claim.entities:
        token = claim.tokens[entity.index]
        if start <= token.start < kind_end or qualifier[0] <= token.start < qualifier[1]:
            if entity.key != SOURCE_KEY and speaker_side(token.surface) not in SIDE_NAMES \
                    and entity.key not in _PUBLISHING_COUNTRIES:
                names.add(entity.key)
    return frozenset(names)


# Everything up to the last clause mark before the publication's name.
_CLAUSE_OPENING = re.compile(r".*[,;:]\s*", re.DOTALL)
# The countries whose governments publish the record ("the Chinese readout", "Washington's statement"): a
# side, which the publication's title need not name.
_PUBLISHING_COUNTRIES = analyze("China Chinese Beijing PRC United States American Washington").keys


# Where a publication's omitted topic ends ("the readout made no mention of X, ..."). Narrower than
# _TOPIC_END: no occasion or preposition ends it, since the claim names no talks after the publication's
# "no mention of", and "of Europe in the statement" or "on trade" are the topic itself. "By name" tells how
# it is not mentioned ("does not mention China by name"), not what.
_OMITTED_TOPIC_END = re.compile(r"[,;:]|\s(?:but|while|although|whereas|according|because|since)\s"
                                r"|\sby\s+name\b", re.IGNORECASE)


NO_SIDE = "none"
# A newsroom's "account" or "summary" of a meeting is whatever the government wrote of it: what the White
# House titles a readout, or a statement ("Statement by NSC Spokesperson on ...'s Call with ...").
_OMITTING_TITLES = {"account": ("readout", "account", "statement"),
                    "summary": ("readout", "summary", "statement")}

# "Harris did not raise human rights", "she never brought up tariffs": a claim that a party left a topic
# out of the talks, the topic after the verb ...
_LEFT_OUT_BY = re.compile(
    r"\b(?:(?:did|does|do|had|has|have|would)\s+not|didn't|doesn't|don't|hadn't|hasn't|haven't|never)\s+"
    r"(?:raise[ds]?|discuss(?:ed|es)?|address(?:ed|es)?|mention(?:ed|s)?|broach(?:ed|es)?|bring\s+up|brought\s+up|"
    r"touch(?:ed)?\s+on|talk(?:ed)?\s+about|take\s+up|took\s+up|go\s+into|went\s+into)\b", re.IGNORECASE)
# ... or before it: "the balloon incident was not discussed", "Ukraine did not come up", "human rights were
# not on the agenda".
_LEFT_OUT = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:not|never)|wasn't|weren't|isn't|aren't|never\s+(?:was|were))\s+"
    r"(?:discussed|raised|addressed|mentioned|broached|brought\s+up|touched\s+on|taken\s+up|on\s+the\s+agenda)\b|"
    r"\b(?:did\s+not|didn't|never)\s+(?:come|came)\s+up\b"
    # "Migration did not feature in the leaders' discussion": the topic had no place in it.
    r"|\b(?:did\s+not|didn't|does\s+not|doesn't|never)\s+(?:feature|featured|figure|figured)\s+in\b",
    re.IGNORECASE)
# Where the topic ends (after the verb) or starts (before it): a clause break, the occasion, the reporting.
_TOPIC_END = re.compile(r"[,;:]|\s(?:during|at|in|on|with|when|while|because|since|before|after|as|but|and\s+instead|"
                        r"instead|according)\s", re.IGNORECASE)
_TOPIC_START = re.compile(r".*(?:[,;:]\s|\b(?:that|said|says|saying)\s)", re.IGNORECASE | re.DOTALL)


def topic_left_out(claim: Analysis) -> Omission | None:
    """The claim says a party left a topic out of the talks ("did not raise
    human rights"): what any publication of the occasion states of the topic
    contradicts it (docs/verdicts.md: "did not discuss" against a readout
    that discusses it). The topic's keys are the claim's point; the rest
    (who, the verb, the occasion) is `meta_keys`."""
    text = claim.text
    match = _LEFT_OUT_BY.search(text)
    parties: frozenset[str] = frozenset()
    if match is not None:
        span = (match.end(), _topic_end(claim, match.end()))
        parties = frozenset(entity.key for entity in claim.entities
                            if entity.kind in ("person", "name") and claim.tokens[entity.index].start < match.start())
        tokens = claim.tokens
        if tokens and tokens[0].capitalised and not tokens[0].stop and len(tokens) > 1 \
                and tokens[1].start >= match.start():
            parties |= {tokens[0].key}  # "Okafor did not raise ...": a name opening the sentence is no entity
    else:
        match = _LEFT_OUT.search(text)
        if match is None:
            return None
        opening = _TOPIC_START.match(text, 0, match.start())
        span = (opening.end() if opening else 0, match.start())
        if not _topic_keys(claim, span):
            span = _subject_before_aside(text, match.start()) or span
    topic = _topic_keys(claim, span)
    if not topic:
        return None
    return Omission("", NO_SIDE, claim.keys - topic, parties)


# Topics that name nothing ("did not raise the issue", "the topic never came up", "the situation").
_GENERIC_TOPICS = keys_of(["issue", "matter", "topic", "subject", "question", "thing", "situation", "=talks",
                           "=phone_call"])


def _topic_keys(claim: Analysis, span: tuple[int, int]) -> frozenset[str]:
    """The claim's keys within `span` that name something."""
    return frozenset(token.key for token in claim.tokens
                     if span[0] <= token.start < span[1] and token.key in claim.keys) - _GENERIC_TOPICS


def _topic_end(claim: Analysis, start: int) -> int:
    """Where the topic after the verb ends: at the first clause break, occasion or reporting word; past a
    preposition when the words before it name nothing ("did not raise the tension | on the Finnish
    border": the border is the topic, where "did not raise human rights | on the call" ends at the call)."""
    text = claim.text
    position = start
    while (end := _TOPIC_END.search(text, position)) is not None:
        reads_past = end.group().strip().lower() in _PREPOSITIONS_A_TOPIC_READS_PAST
        if _topic_keys(claim, (start, end.start())) or not reads_past:
            return end.start()
        position = end.end()
    return len(text)


# A topic that names nothing yet reads on past these ("the situation | on the Lebanese border").
_PREPOSITIONS_A_TOPIC_READS_PAST = frozenset({"in", "on", "at"})


def _subject_before_aside(text: str, verb_start: int) -> tuple[int, int] | None:
    """The subject before an aside set off by commas ("Port fees, a long-standing sore point between the
    two governments, are not addressed"): the topic left out, where the aside only describes it."""
    before = text[:verb_start].rstrip()
    if not before.endswith(","):
        return None
    opening_comma = before.rfind(",", 0, len(before) - 1)
    if opening_comma < 0:
        return None
    opening = _TOPIC_START.match(text, 0, opening_comma)
    return (opening.end() if opening else 0, opening_comma)


def _mentioned_after_all(claim: Analysis, omission: Omission, candidates: list[Candidate],
                         key_weights: dict[str, float], anchor: Anchor) -> Candidate | None:
    """The article's own event's publication of that kind and side that does
    state the topic the claim says it left out (docs/verdicts.md: "did not
    discuss" against a readout that discusses it is a negation mismatch)."""
    for candidate in candidates:
        if anchor.known and not candidate.in_window:
            continue
        if omission.side in SIDE_NAMES and candidate.side != omission.side:
            continue
        if omission.kind and not any(word in fold(candidate.first.title)
                                     for word in _OMITTING_TITLES.get(omission.kind, (omission.kind,))):
            continue
        if omission.titled and not omission.titled <= title_keys(candidate.first.title or ""):
            continue  # another call's readout ("the Qatar call" / the readout of the call with Egypt)
        if omission.parties and not _by_party(candidate.analysis, omission.parties):
            continue  # another party's words on the topic: the one the claim names may still have kept quiet
        topic = coverage_of(claim, key_weights, with_names_within(candidate.analysis), omission.meta_keys)
        if topic.coverage < T.CONTEST_COVERAGE or (claim.keys - omission.meta_keys) & candidate.analysis.negated:
            continue
        return candidate
    return None


def with_names_within(record: Analysis) -> Analysis:
    """The record with the names its longer names open with ("the Taiwan Strait" names Taiwan, "Taiwan
    independence" too): a sentence about the strait does raise Taiwan. Only the opening name: it is what
    the longer one belongs to, where a later one is part of another name ("the South China Sea")."""
    within = frozenset(name for key in record.keys for name in _opening_name(key)) - record.keys
    return replace(record, keys=record.keys | within) if within else record


@lru_cache(maxsize=1_024)
def _opening_name(key: str) -> frozenset[str]:
    if not key.startswith("=") or "_" not in key:
        return frozenset()
    opening = analyze(key[1:].split("_")[0]).keys
    return frozenset(name for name in opening if name.startswith("=") and name != key)


def _by_party(record: Analysis, parties: frozenset[str]) -> bool:
    """Whether the record's sentence can be the words of one of `parties`: it
    names one, or names no one and is theirs by its speaker or its readout's
    title (verifier.evidence.with_speakers)."""
    named = {entity.key for entity in record.entities if entity.kind in ("person", "name")}
    return bool(parties & named) if named else bool(parties & record.keys)


def _actions(claim: Analysis) -> set[str]:
    """The claim's directional actions (lift, resume, reduce: words with an
    opposite), each used as a verb: inflected ("lifted", "resumption") or, in
    its bare form, after "to" or a modal ("agreed to sharply reduce", "would
    lift"). A bare form elsewhere is an adjective ("keep the channel open",
    "open lines of communication", "close cooperation"), not what happened."""
    opposites = lexicon().opposites
    actions = set()
    for index, token in enumerate(claim.tokens):
        key = token.key
        if key not in opposites or key not in claim.predicate_keys or key in actions or is_light(key):
            continue
        if only_placing_in_a_text(claim, {key}):
            continue  # "The statement ends with an invitation": where it stands in the text, no deed
        surface = fold(token.surface)
        if surface in _PREPOSITIONAL_PARTICIPLES and not (index and fold(claim.tokens[index - 1].surface) in _BE_FORMS):
            continue  # "starting this year", "beginning in 2026": from when, not what was begun
        # A phrase's first word is its verb ("scaled back", "to set up"): "first meeting" is no deed.
        # An irregular past ("withdrew", "left", "kept") is as much a deed as a regular one.
        verb = surface.split()[0]
        if INFLECTED.search(verb) or verb in IRREGULAR_VERBS:
            actions.add(key)
            continue
        previous = index - 1
        while previous >= 0 and fold(claim.tokens[previous].surface).endswith("ly"):
            previous -= 1  # "to sharply reduce"
        before = fold(claim.tokens[previous].surface) if previous >= 0 else ""
        if before in VERB_CUES or before.endswith("n't"):
            actions.add(key)
    return actions


# Participles that also serve as prepositions of time ("starting this year" is "from this year on");
# after a form of "be" they are the verb ("talks are starting").
_PREPOSITIONAL_PARTICIPLES = frozenset({"starting", "beginning"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})


# Actions that frame another ("agreed to lift", "committed to buy", "pledged to expand"): the record may
# state the framed action alone ("will lift", "will purchase").
_FRAMING_ACTIONS = frozenset({"=agree"})


def _framed_actions(claim: Analysis) -> dict[str, frozenset[str]]:
    """Framing actions followed by "to" and a verb ("agreed to open", not
    "agreed to the plan" nor "agreed to it"), each with the framed verb's key:
    a record that states the framed action ("will open") states the claim's."""
    framed: dict[str, frozenset[str]] = {}
    for index, token in enumerate(claim.tokens[:-2]):
        to, verb = claim.tokens[index + 1], claim.tokens[index + 2]
        if (token.key in _FRAMING_ACTIONS and fold(to.surface) == "to" and not verb.stop
                and fold(verb.surface) not in _NOT_A_VERB):
            framed[token.key] = framed.get(token.key, frozenset()) | {verb.key}
    return framed


_NOT_A_VERB = (NOUN_DETERMINERS - {"no"}) | {"these", "those", "it", "them", "all", "some", "each", "both"}


def _states_action(analysis: Analysis, key: str) -> bool:
    """The record states the claim's action: the same word, or an action with
    the same opposites ("keep" and "continue" both oppose "suspend" and "wind
    down") that is not its own opposite."""
    if key in analysis.keys:
        return True
    opposites = opposites_of(key)
    if not opposites or opposites & analysis.keys:
        return False
    return any(_same_opposites(opposites, opposites_of(other)) for other in analysis.keys
               if other in lexicon().opposites and key not in opposites_of(other))


def _same_opposites(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two actions are one when the opposites of one include all of the
    other's, and at least two: sharing a single opposite ("scale back" undoes
    both "expand" and "strengthen") does not make two actions the same."""
    return len(ours & theirs) >= _MIN_SHARED_OPPOSITES and (ours <= theirs or theirs <= ours)


_MIN_SHARED_OPPOSITES = 2


# How much of a context clause's own words the record must share to be stating that clause too.
_CONTEXT_STATED_SHARE = 0.6
_CONTEXT_MIN_WORDS = 2


def _context_number_conflict(claim: Analysis, main_clause_end: int | None, record: Analysis) -> Conflict:
    """A count in the context after the main clause (", which is 50 years since the end of the war",
    ", as well as its ambitions over the next four years") is context, unless the record states that
    clause too, in most of its words: then the record's count of it is the one to agree with."""
    if main_clause_end is None or main_clause_end >= len(claim.text):
        return Conflict((), frozenset())
    context = analyze(claim.text[main_clause_end:])
    if not context.quantities:
        return Conflict((), frozenset())
    words = {token.key for token in context.tokens if not token.stop and not NUMBER_KEY.fullmatch(token.key)
             and token.key not in ORDINAL_KEYS and token.surface.lower() not in TIME_WORDS}
    if len(words) < _CONTEXT_MIN_WORDS or len(words & record.keys) < _CONTEXT_STATED_SHARE * len(words):
        return Conflict((), frozenset())
    if not numbers_differ(context, record):
        return Conflict((), frozenset())
    counted = number_keys(context) | {token.key for token in context.tokens if token.surface.lower() in TIME_WORDS}
    return Conflict((NUMBER_MISMATCH,), frozenset(counted & claim.keys))


def _main_clause_times(claim: Analysis, main_clause_end: int | None) -> Analysis:
    """The claim with only its main clause's numbers and dates: context hung
    after the point (", paving the way for Biden and Xi to meet in November")
    dates that context, not the point."""
    if main_clause_end is None or main_clause_end >= len(claim.text):
        return claim
    main = analyze(claim.text[:main_clause_end])
    times = replace(main.times(), has_past_reference=claim.has_past_reference)
    if _ORDINAL_APPOSITION.match(claim.text, main_clause_end):
        # ", their fourth meeting", ", the first time in nearly three months": the apposition counts
        # the point's own occasion, so its counts and spans are the point's (its dates stay context).
        end = _APPOSITION_END.search(claim.text, main_clause_end + 1)
        counted = analyze(claim.text[:end.start() if end else len(claim.text)]).quantities
        times = replace(times, quantities=counted)
    return replace(claim, when=times)


# An apposition that numbers the point's occasion: ", their third meeting", ", the first such call".
_ORDINAL_APPOSITION = re.compile(r",\s+(?:their|his|her|its|the)\s+(?:" + "|".join(ORDINAL_WORDS)
                                 + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
# Where such an apposition ends: the next clause hung on it.
_APPOSITION_END = re.compile(r";|,\s+(?:which|who|where|including|paving|continuing|following|after|as|while|when)\b")


def largest_gap(claim: Analysis, candidate: Candidate, key_weights: dict[str, float],
                 ignore: frozenset[str] = frozenset()) -> float:
    """The share of the claim's weight carried by its heaviest word the
    candidate lacks (words in conflict, `ignore`, aside)."""
    total = sum(key_weights.values())
    candidate_keys = candidate.analysis.keys
    lacked = [key for key in claim.keys if key not in candidate_keys and key in key_weights and key not in ignore]
    if lacked:  # a word the candidate writes another way is no gap ("the Peruvian capital" / "Lima")
        stated = stated_otherwise(claim, candidate_keys)
        lacked = [key for key in lacked if key not in stated]
    return max((key_weights[key] for key in lacked), default=0.0) / total if total else 0.0


def _names_a_party_of(claim: Analysis, candidate: Candidate, mentions: Mentions) -> bool:
    """Whether the publication of a sentence naming other actors is about any
    of the people, countries and places the claim names: "Blinken discussed
    exports with Wang" is contradicted by a readout of Wang's talks with
    Yellen, not by remarks in which Yellen discussed exports with growers in
    Iowa. A claim naming one party only has nothing else to look for."""
    names = claim.entity_keys
    # A capital stands for its country ("Beijing's industrial targeting" / a fact sheet on the PRC).
    located_in = lexicon().located_in
    countries = {located_in[key] for key in names if key in located_in}
    return len(names) < 2 or any(mentions(candidate.first.readout_id, key) for key in sorted(names | countries))


def _scored_without_its_count(compared: Analysis, claim: Analysis, candidate: Candidate,
                              key_weights: dict[str, float]) -> Candidate | None:
    """A sentence of the article's event that gives another count or date
    than the claim ("We have 5,000 troops in Somalia" for "3,000 troops"),
    scored without the claim's number: the number, a rare word, is what kept
    it below the related score."""
    if not candidate.in_window or candidate.score < T.COUNT_ASIDE_FLOOR:
        return None
    if not (_counts_or_dates(compared.keys) and _counts_or_dates(candidate.analysis.keys)):
        return None  # no count or date on one side: nothing to differ (and find_conflicts is costly)
    conflict = find_conflicts(compared, candidate.analysis)
    if not conflict.reasons or not set(conflict.reasons) <= {NUMBER_MISMATCH, DATE_MISMATCH} or not conflict.ignored:
        return None
    rescored = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
    return replace(candidate, coverage=rescored) if rescored.score >= T.RELATED_SCORE else None


def _scored_without_its_place(compared: Analysis, claim: Analysis, candidate: Candidate,
                              key_weights: dict[str, float]) -> Candidate | None:
    """A sentence of the article's event that names another place in the claim's place's slot ("the harbour
    memorial in Gdansk" for "a harbour memorial in Szczecin"), scored without the claim's place: the name, a
    rare word, is what kept it below the related score."""
    if not candidate.in_window or candidate.score < T.COUNT_ASIDE_FLOOR:
        return None
    if not (compared.entity_keys - candidate.analysis.keys
            and candidate.analysis.entity_keys - compared.keys):
        return None  # no name on each side that the other lacks: nothing swapped (find_conflicts is costly)
    if not name_in_the_same_place(compared, candidate.analysis, frozenset(compared.keys)):
        return None  # not even a word of the claim's has another name in its slot: no place can have one
    conflict = find_conflicts(compared, candidate.analysis)
    if conflict.reasons != (PLACE_MISMATCH,) or not name_in_the_same_place(compared, candidate.analysis,
                                                                            conflict.ignored):
        return None
    rescored = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
    return replace(candidate, coverage=rescored) if rescored.score >= T.RELATED_SCORE else None


def _scored_without_the_date(claim: Analysis, candidate: Candidate, conflict: Conflict,
                             key_weights: dict[str, float]) -> Candidate:
    """The candidate scored with the claim's words of a date in conflict left aside, when the two
    dates agree in part ("in November 2020" against "the November 15, 2021 virtual meeting"): the
    year the record writes otherwise, a rare word, would otherwise count against the very sentence
    that contradicts it. Dates with nothing in common ("in February" against "January 30-31", "next
    year" against "July 15-16, 2022") are as likely another occasion's: they keep their weight."""
    if conflict.reasons != (DATE_MISMATCH,) or not conflict.ignored & claim.keys:
        return candidate
    record = candidate.analysis
    months = claim.months | {month for month, _ in claim.days}
    if not (months & (record.months | {month for month, _ in record.days}) or claim.years & record.years):
        return candidate
    rescored = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
    return replace(candidate, coverage=rescored) if rescored.score > candidate.score else candidate


@lru_cache(maxsize=16_384)
def _counts_or_dates(keys: frozenset[str]) -> bool:
    return any(NUMBER_KEY.fullmatch(key) or key in ORDINAL_KEYS or is_month_key(key) for key in keys)


def _close_enough_from_afar(candidate: Candidate, anchor: Anchor) -> bool:
    """A publication from outside the article's event window contradicts the
    claim only when it states the point as closely as a supporting sentence
    must: in a record of years, some sentence of another occasion shares a
    verb and a name with almost any short claim, and a swapped actor or date
    against it says nothing about the article's event."""
    return candidate.in_window or anchor.date is None or candidate.score >= T.SUPPORT_SCORE


def _about_the_event(candidate: Candidate, event_publications: frozenset[int] | None) -> bool:
    """Whether a disagreeing sentence's publication tells the article's event:
    one that holds the best evidence of some claim of the article, or the
    sentence states the point as closely as support must. A record of years
    holds, in the event's own days, remarks and fact sheets on other matters
    whose sentences share a verb and a name or two with a short claim ("our
    embassy will continue to attend the hearings" for "Mexican officials also
    attended the meeting"); a swapped name or number in them says nothing
    about the event the article reports."""
    return (event_publications is None or candidate.score >= T.CONTEST_OUTSIDE_EVENT_SCORE
            or candidate.first.readout_id in event_publications)


def _same_occasion(claim: Analysis, candidate: Candidate, conflict: Conflict, anchor: Anchor) -> bool:
    """Whether a disagreeing publication can speak for the claim's occasion.
    When the article's date is known and the claim does not date itself, the
    claim is about the article's event: a publication from another period
    that gives another number, actor or polarity describes another occasion.
    That the point was made at another time or place is itself the conflict
    of an event, place or date mismatch."""
    if not anchor.known or candidate.in_window or names_its_time(claim):
        return True
    return not set(conflict.reasons) & {NUMBER_MISMATCH, ACTOR_MISMATCH, NEGATION_MISMATCH, OPPOSITE_ACTION}


def _support_confirms(claim: Analysis, supporting: list[Candidate],
                      contest: tuple[Candidate, Conflict], anchor: Anchor | None = None) -> bool:
    """Support outweighs a contradiction only when it states the very facts in
    conflict (the date, the number, the name) or, for a flipped polarity or
    action, scores at least as well."""
    candidate, conflict = contest
    if conflict.doer_side is not None:
        # Both parties are in the disagreeing sentence too, in the same words: how closely a support
        # follows the claim's wording says nothing; only one with the claim's doer doing it confirms it.
        return any(_states(claim, support.analysis, conflict) for support in supporting)
    if conflict.swapped:
        # One sentence has the claim's two parties the other way round in the very deed. A window sharing less
        # of the claim, one of whose sentences has the claim's doer doing it to something else ("The United
        # States also welcomes Australia's announcement ...") beside another that holds the claim's other
        # words, joins two points and confirms neither.
        supporting = [support for support in supporting
                      if len(support.hits) == 1 or support.score >= candidate.score]
        if not supporting:
            return False
    if conflict.exchanged:
        # The record has the claim's two names in each other's places: a sentence naming both only joined ("The
        # United States and India commit to address ...") or the other way round tells nobody's role the claim's way.
        supporting = [support for support in supporting
                      if not tells_the_pair_otherwise(support.analysis, conflict.exchanged)]
        if not supporting:
            return False
    if any(_overlaps(support, candidate) and support.score >= candidate.score and not _adds_to(support, candidate)
           for support in supporting):
        # The agreeing sentence is part of the disagreeing window and says it
        # better: the disagreement comes from the sentence the window adds.
        return True
    reordered = order_differs(claim, candidate.analysis)
    if reordered:
        # "Before the election" against "after the election": only a sentence that places it before
        # the election too confirms the claim; one that never says when does not.
        ours = occasion_sides(claim)
        supporting = [support for support in supporting
                      if all(ours[occasion] & occasion_sides(support.analysis).get(occasion, set())
                             for occasion in reordered)]
        if not supporting:
            return False
    factual = {NUMBER_MISMATCH, DATE_MISMATCH, ACTOR_MISMATCH, PLACE_MISMATCH, EVENT_MISMATCH}
    claimed_parties = party_counts(claim.text)
    if conflict.reasons == (NUMBER_MISMATCH,) and len(claimed_parties) == 1 \
            and parties_of(candidate) not in claimed_parties | {None} and any(
            support.score >= candidate.score and parties_of(support) in claimed_parties for support in supporting):
        # "The two leaders" of a bilateral meeting: its readout counts them so, and a joint statement of
        # three, which says it too, is another occasion's count.
        return True
    if {ACTOR_MISMATCH, DATE_MISMATCH, NUMBER_MISMATCH} & set(conflict.reasons):
        # A place named in another sentence is as often the same occasion's ("... in Vienna"): only an actor,
        # a date or a figure. Before the word-for-word test below: the disagreeing sentence read with the one
        # naming the claim's person beside it shares almost all of the claim, yet still gives the point to
        # another; read with the one giving the claim's date ("it announced on April 4 ... / ... tariffs it
        # imposed on April 8 and April 9" for "announced on April 9"), it still dates the point otherwise.
        supporting = [support for support in supporting
                      if not _adds_only_the_detail(claim, support, candidate, conflict)]
        if not supporting:
            return False
    closest = max(support.score for support in supporting)
    if (candidate.in_window and factual & set(conflict.reasons) and closest >= T.RECOUNTED_VERBATIM_SCORE
            and closest >= candidate.score + T.NEAR_VERBATIM_LEAD):
        # Another occasion's publication states the claim almost word for word ("Xi said then that
        # protectionism is rising"): the article recounts that occasion, and a sentence of its own
        # days that shares far less of the claim is about something else.
        return True
    if candidate.in_window and not names_its_time(claim):
        # The article's own event speaks against the claim: a publication from
        # another occasion that happens to agree describes that other occasion.
        supporting = [support for support in supporting if support.in_window]
        if not supporting:
            return False
    if not factual & set(conflict.reasons):
        if OPPOSITE_ACTION in conflict.reasons and _opposed_on_the_same(claim, candidate.analysis):
            # The disagreeing sentence read with its neighbours scores higher, but the claim's action it then
            # states is a neighbour's, done to something else ("Lebanese forces will deploy ... Israel will
            # withdraw its forces" for "Lebanese forces were to withdraw"): the sentence itself does the
            # opposite to what the claim's action is done to. (An opposite done to another thing, "the meeting
            # concluded ... continued close coordination" for "the meeting ended", is no such sentence.)
            supporting = [support for support in supporting if not _adds_to(support, candidate)]
            if not supporting:
                return False
        return supporting[0].score >= candidate.score
    if conflict.reasons == (NUMBER_MISMATCH,) and _figures_stated_between(claim, supporting):
        return True
    if (supporting[0].score >= T.NEAR_VERBATIM_SCORE
            and supporting[0].score >= candidate.score + T.NEAR_VERBATIM_LEAD):
        # A sentence that says nearly all of the claim outweighs one that shares far less of it
        # ("I am working with Congress to make Kenya the first country ..." against another
        # passage's "we've worked with Congress to ... the IMF"): the two are about different points.
        return True
    if conflict.reasons == (EVENT_MISMATCH,) and any(
            reads_out_the_visit_occasion(claim, support)
            or support.in_window and reads_out_the_claimed_occasion(claim, support)
            for support in supporting):
        # A support from the publication of the very occasion the claim names ("at the state dinner", "at the
        # news conference" of the article's days) is where the point was made, whatever another occasion's
        # publication says.
        return True
    if conflict.reasons == (EVENT_MISMATCH,) and names_its_time(claim):
        # Another meeting's readout says it too; a publication of the meeting
        # the claim dates (it passed the same occasion tests) says it happened there.
        return True
    return any(_states(claim, support.analysis, conflict, anchor, given_names=len(support.hits) == 1)
               and conflict.days <= (support.analysis.days
                                     | named_days(support.analysis.text, local_day(support.first)))
               for support in supporting)


def _given_names_left_out(claim: Analysis, support: Analysis) -> frozenset[str]:
    """The words of the claim's names the support leaves out of a name it states as a name ("Benjamin" of
    "Prime Minister Netanyahu"): the same person. Not where the support has the name's word only as a common
    word ("Samantha Power" / "power plants")."""
    return frozenset(key for entity in claim.entities if entity.key in support.entity_keys
                     for key in name_run(claim, entity.index) - support.keys)


def _states(claim: Analysis, support: Analysis, conflict: Conflict, anchor: Anchor | None = None,
            given_names: bool = False) -> bool:
    """Whether the support states the details in conflict the claim's way. With `given_names`, a given name
    it leaves out of a name it states is no missing detail (_given_names_left_out): for a single sentence
    only, as in a window the name may be another sentence's person."""
    if conflict.doer_side is not None:
        # Parties swapped: the support must have the claim's doer doing it, written any way ("Beijing will
        # also suspend" is stated by "China will also suspend").
        return point_doer(claim, support) == conflict.doer_side
    # A capital standing for its government ("Quito also pledged") is stated by a sentence naming that
    # government ("Ecuador has committed"): the reporter's name for the same party.
    governments = {entity.key for entity in claim.entities
                   if entity.government is not None and entity.government in support.keys}
    missing = conflict.ignored - support.keys - governments
    if {PLACE_MISMATCH, EVENT_MISMATCH} & set(conflict.reasons):
        # "In Thailand" is stated by "here in Bangkok", "in California" by "in San Francisco": the same place
        # named more closely.
        within = lexicon().within
        missing -= {key for key in missing if any(key in within.get(named, ()) for named in support.keys)}
    if given_names:
        missing -= _given_names_left_out(claim, support)
    numbers_stated = NUMBER_MISMATCH in conflict.reasons and _states_numbers(claim, support)
    if numbers_stated:
        # "about $1.8 billion" is stated by "approximately $1.77 billion", "three of them" by "three
        # American citizens": the same values, however written or counted.
        missing -= number_keys(claim)
    elif NUMBER_MISMATCH not in conflict.reasons:
        # Only a date is in conflict: the claim's counts ("ties between the two countries since ... last
        # October") are no part of it, and a support need not count what it names otherwise ("bilateral
        # ties"). A support that gives another value of the unit ("80 percent" for the claim's 90) does not
        # state it.
        missing -= _uncounted_keys(claim, support)
    years_named = not claim.relative <= support.relative and _names_the_relative_years(claim, support, anchor)
    if years_named:
        # "last year" written as the year it was: its words need not be the support's.
        missing -= {token.key for token in claim.tokens if fold(token.surface) in RELATIVE_YEAR_WORDS}
    if DATE_MISMATCH in conflict.reasons:
        # A month the support writes only in a document's name ("Proclamation 10903 of March 14, 2025") dates
        # that document, not the claim's deed ("in March, the State Department designated ...").
        naming = months_only_naming(support.text)
        missing |= {token.key for token in claim.tokens
                    if token.key in conflict.ignored and fold(token.surface) in naming}
    if DATE_MISMATCH in conflict.reasons and claim.days and _states_the_days(claim, support):
        # The claim's days written another way ("May 24" / "the 24th of May"): the dates are compared below,
        # not the words that write them.
        days = {float(day) for _, day in claim.days}
        missing = {key for key in missing
                   if not is_month_key(key) and not (NUMBER_KEY.fullmatch(key) and float(key) in days)}
    if missing:
        return False
    if not conflict.swapped <= support.keys or swapped_roles(claim, support) \
            or not keeps_the_doer(claim, support, conflict.swapped):
        return False  # who did it to whom: the support must say it, the claim's way round
    if DATE_MISMATCH in conflict.reasons and not (
            _states_the_days(claim, support) and (claim.relative <= support.relative or years_named)
            and claim.seasons <= support.seasons):
        return False
    return NUMBER_MISMATCH not in conflict.reasons or numbers_stated


def _states_the_days(claim: Analysis, support: Analysis) -> bool:
    """Whether the support names each day and month the claim names."""
    return claim.days <= support.days and claim.months <= support.months | {m for m, _ in support.days}


def _names_the_relative_years(claim: Analysis, support: Analysis, anchor: Anchor | None) -> bool:
    """Whether the support names the calendar year of each of the claim's relative years, counted from the
    article's day ("next year" in 2023 is stated by "in 2024"): the same date written the other way."""
    if anchor is None or anchor.day is None or not anchor.known:
        return False
    if any(unit != "year" for _, unit in claim.relative - support.relative):
        return False
    ours = relative_years(claim.text, anchor.day.year)
    return bool(ours) and ours <= support.years


def _uncounted_keys(claim: Analysis, support: Analysis) -> frozenset[str]:
    """The keys of the numbers the claim counts something with ("the two countries", not those of its dates)
    where the support gives no value of that unit at all."""
    theirs = {q.unit for q in support.quantities}
    counted = {q.value for q in claim.quantities if q.unit and q.unit not in theirs}
    return frozenset(key for key in number_keys(claim)
                     if NUMBER_KEY.fullmatch(key) and float(key) in counted)


def _states_numbers(claim: Analysis, support: Analysis) -> bool:
    """Whether the support gives each of the claim's counted values (within rounding where
    either side writes it as approximate) and disagrees with none of them."""
    if not all(_states_value(claim, quantity, support) for quantity in claim.quantities if quantity.unit):
        return False
    return not numbers_differ(claim, support)


def _states_value(claim: Analysis, quantity: Quantity, support: Analysis) -> bool:
    """Whether the support gives the claim's `quantity` (within rounding where either writes it as approximate)."""
    approximate = approximate_values(claim) | approximate_values(support)
    ordinal = quantity.unit.startswith(ORDINAL_UNIT_PREFIX)
    # A count may name its thing in other words ("three of them" / "three American citizens");
    # an ordinal ranks one kind of thing ("the second scheduling action" is not "the second day").
    return any((their.value == quantity.value or (quantity.value in approximate or their.value in approximate)
                and rounded_figure(quantity.value, their.value))
               and (same_counted_unit(quantity.unit, their.unit) if ordinal
                    else not their.unit.startswith(ORDINAL_UNIT_PREFIX))
               for their in support.quantities)


def _answer_gives_the_figures(claim: Analysis, candidate: Candidate) -> bool:
    """Whether an official's answer, read without the reporter's question, gives each figure of the claim the
    question gives: what a question takes for granted is not affirmed by an answer that does not repeat it."""
    counted = [quantity for quantity in claim.quantities if quantity.unit]
    if not counted:
        return True
    question = analyze(" ".join(hit.text for hit in candidate.asked))
    answer = analyze(" ".join(hit.text for hit in candidate.hits))
    return all(_states_value(claim, quantity, answer) for quantity in counted
               if _states_value(claim, quantity, question))


def _figures_stated_between(claim: Analysis, supporting: list[Candidate]) -> bool:
    """Whether sentences that each support the claim give, between them, every figure it counts ("almost 50
    percent of global steel production" in one, "export steel prices are 40 percent lower" in the next): a
    claim that joins two of the record's figures is stated by the two, and a third sentence's other number
    ("about 0.6 percent of total U.S. steel demand") counts something else."""
    counted = [quantity for quantity in claim.quantities if quantity.unit]
    return len(counted) > 1 and all(any(_states_value(claim, quantity, support.analysis) for support in supporting)
                                    for quantity in counted)


# "In the joint statement he issued with ...", "In Thursday's statement", "in a readout on May 3": the
# claim places its words in one publication (its kind, and maybe its day), up to the clause's comma.
# Not "according to a joint statement": that names a side (attribution), which other publications of
# the side may confirm; only when the record holds that occasion's joint statement and it is silent
# does the credit contest the claim (rules/documents, after the support is found).
# "Written into Friday's joint statement" places the words in it as "in" does; "in the March order" names
# a president's order (an executive order, whose title seldom says so) by its month.
_NAMED_PUBLICATION = re.compile(
    rf"\bin(?:to)?\s+(?:the|a|an|his|her|their|its|(?P<weekday>{'|'.join(WEEKDAYS)})['\u2019]s)\s+"
    r"(?:(?:\w+\s+){0,2}?)(?P<kind>joint\s+statement|statement|readout|fact\s+sheet|"
    r"press\s+release|executive\s+order|order)\b(?P<rest>[^,;]*)", re.IGNORECASE)


@dataclass(frozen=True)
class NamedPublication:
    kind: str  # folded words that the publication's title holds ("joint statement")
    days: frozenset[tuple[int, int]]  # the (month, day) it was published, when the claim says
    keys: frozenset[str]  # the claim's words that name it
    months: frozenset[int] = frozenset()  # the month it was published, when the claim names only that


def _named_publication(claim: Analysis, anchor: Anchor, main_clause_end: int | None) -> NamedPublication | None:
    end = len(claim.text) if main_clause_end is None else main_clause_end
    match = _NAMED_PUBLICATION.search(claim.text, 0, end)
    if match is None:
        return None
    days: set[tuple[int, int]] = set(analyze(match.group(0)).days)
    if match.group("weekday") and anchor.day is not None:
        days |= named_days(f"on {match.group('weekday').lower()}", anchor.day)
    if anchor.day is not None:
        days |= _release_days(match.group("rest"), anchor.day)
    keys = frozenset(token.key for token in claim.tokens if match.start() <= token.start < match.end())
    months = frozenset() if days else analyze(match.group(0)).months
    kind = " ".join(fold(match.group("kind")).split())
    if kind == "order" and not (days or months):
        return None  # "in the order of $5 billion", "in the new world order": only a dated order is a publication
    return NamedPublication("order" if kind == "executive order" else kind, frozenset(days), keys & claim.keys,
                            months)


# "... statement released late on Friday", "issued on Monday": the day the publication came out.
_RELEASED_ON = re.compile(r"\b(?:released|issued|published|put\s+out)\s+(?:late\s+|early\s+)?(?:on\s+)?"
                          rf"(?=(?:{'|'.join(WEEKDAYS)})\b)", re.IGNORECASE)


def _release_days(rest: str, day: date) -> frozenset[tuple[int, int]]:
    """The (month, day) a named publication's own words say it came out on ("released late on Friday")."""
    match = _RELEASED_ON.search(rest)
    if match is None:
        return frozenset()
    return named_days(f"on {fold(rest[match.end():].split()[0])}", day)


# "The leaders said in their statement": news calls a readout, the publisher's own account of the occasion,
# its statement; a joint statement is a document of its own, which a readout is not.
_BARE_STATEMENT, _READOUT_WORD = "statement", "readout"


def _is_named_publication(candidate: Candidate, named: NamedPublication) -> bool:
    """The candidate's publication is of the kind the claim names (by its
    title; an order by where its publisher files it), published on the day
    the claim names, or the day after, or in the month it names."""
    title = " ".join(fold(candidate.first.title).split())
    if named.kind not in title and not (named.kind == "joint statement" and JOINTLY_ISSUED_TITLE.search(title)) \
            and not (named.kind == "order" and ACTIONS_SECTION in candidate.first.url) \
            and not (named.kind == _BARE_STATEMENT and _READOUT_WORD in title):
        return False
    published = local_day(candidate.first)
    if named.months and not named.days:
        return published.month in named.months
    if not named.days:
        return True
    return out_on_named_day(published, named.days)


def _published_before_the_named_publication(candidate: Candidate, conflict: Conflict,
                                            named: NamedPublication | None, anchor: Anchor) -> bool:
    """The claim tells what a publication of a given day said ("In a joint statement issued late on
    Tuesday, the leaders pledged to ..."), the record holds it, and the disagreeing sentence came out
    before that day (the eve's fact sheet recalling last year's summit): an earlier publication is no
    account of what a later one said, which the named publication states or is silent on. That only
    another publication states the point is itself the conflict (event_mismatch, misattributed)."""
    if named is None or anchor.day is None or ANOTHER_OCCASION_REASONS & set(conflict.reasons):
        return False
    days = [day for day in (_last_on_or_before(month, day, anchor.day) for month, day in named.days) if day]
    return bool(days) and local_day(candidate.first) < min(days)


def _last_on_or_before(month: int, day: int, until: date) -> date | None:
    """The last date with this month and day on or before `until` (None for a February 29 not found)."""
    year = until.year - ((month, day) > (until.month, until.day))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _named_publication_reason(candidate: Candidate, named: NamedPublication) -> str:
    """Why a publication other than the one the claim names, stating its point, contests it: another
    document of the same day (the executive order, for "written into Friday's joint statement") makes the
    claim credit the words to the wrong text, `misattributed`; one of another day tells another occasion."""
    published = local_day(candidate.first)
    if named.days and out_on_named_day(published, named.days):
        return MISATTRIBUTED
    return EVENT_MISMATCH


def _recounts_named_publication(candidate: Candidate, named: NamedPublication) -> bool:
    """The record sentence itself tells what that publication said ("The outcome is outlined in the joint
    statement adopted today", "as he said in his statement last night"): it speaks of the very publication
    the claim names, from its own date, so it is no other occasion's account."""
    published = local_day(candidate.first)
    for match in _NAMED_PUBLICATION.finditer(candidate.analysis.text):
        if " ".join(fold(match.group("kind")).split()) != named.kind:
            continue
        theirs = set(analyze(match.group(0)).days)
        if match.group("weekday"):
            theirs |= named_days(f"on {match.group('weekday').lower()}", published)
        if not named.days or not theirs or named.days & theirs:
            return True
    return False


def top_evidence(first: list[Candidate], all_candidates: list[Candidate]) -> list[Candidate]:
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


def _adds_only_the_detail(claim: Analysis, window: Candidate, sentence: Candidate, conflict: Conflict) -> bool:
    """Whether a window of the disagreeing sentence agrees only because its other sentence names the
    claim's name, date or figure ("He raised detained American citizens ... / ... work with the PRC" for
    "detained Chinese citizens"): the sentence gives the detail's slot its own value, and the claim's value
    read beside it belongs to the other sentence's point. A window whose other sentence states more of the
    claim (its second clause) is support of its own."""
    if not _adds_to(window, sentence):
        return False
    gained = (claim.keys & window.analysis.keys) - sentence.analysis.keys
    # The name's title comes with it ("Prime Minister Starmer"): it is the name read beside, no more of the point.
    allowed = conflict.ignored | titles_before(claim, conflict.ignored)
    if gained <= allowed:
        return True
    # A window of several added sentences (a list's items): the ones that bring the claim's name bring nothing
    # else of the claim ("Reports indicate Jordanian Muslim Brotherhood leaders have long provided support to
    # Hamas" beside "A senior Egyptian Muslim Brotherhood leader encouraged attacks"), whatever another added
    # item shares with it: the name is still read beside, from another point.
    own = {hit.sentence_id for hit in sentence.hits}
    added = [analyze(hit.text).keys for hit in window.hits if hit.sentence_id not in own]
    carriers = [keys for keys in added if keys & conflict.ignored]
    return bool(carriers) and conflict.ignored <= frozenset().union(*carriers) \
        and all((claim.keys & keys) - sentence.analysis.keys <= allowed for keys in carriers)


def _adds_to(window: Candidate, sentence: Candidate) -> bool:
    """Whether the window is the sentence with more of its publication read with it: what the
    sentence says, the window says too, and its added sentence's numbers or dates only blur it."""
    return (window.first.readout_id == sentence.first.readout_id and window.start <= sentence.start
            and sentence.end <= window.end and (window.start, window.end) != (sentence.start, sentence.end))


def _denied_beside_the_point(claim: Analysis, contest: tuple[Candidate, Conflict],
                             contesting: list[tuple[Candidate, Conflict]]) -> bool:
    """Whether the contradiction is a window of consecutive sentences whose only disagreement is a "not" that
    denies another word than the claim's: a window joins the sentence that states the point ("We've raised
    our concerns about ... the PRC's broader malicious cyber activity") to its neighbours, and a neighbour's
    "not" ("No one action can change the PRC's behavior": it denies the action) then reads as denying the
    claim's words it happens to reach ("China's broader cyber behaviour"). Against a sentence that supports
    the claim, that is no evidence. A "not" that denies the claim's own word ("the agenda has not been fully
    worked out" for "had been fully worked out"), or a sentence of the window that contradicts the claim by
    itself, still is."""
    flipped = _flipped_in_a_window_alone(claim, contest, contesting)
    return bool(flipped) and not flipped & (negation_heads(claim) | negation_heads(contest[0].analysis))


def _polarity_of_a_neighbour(claim: Analysis, contest: tuple[Candidate, Conflict],
                             supporting: list[Candidate],
                             contesting: list[tuple[Candidate, Conflict]]) -> bool:
    """Whether the contradiction is a window of consecutive sentences that disagrees only in polarity (a
    denial, an opposite action), holding a sentence that, read alone, states the claim and outscores every
    sentence of the window that disagrees by itself ("The Administration urges the regime to cease its
    violations of human rights", after "imposed visa restrictions on officials ... for supporting the regime's
    attacks on human rights", for "urged the government to stop its human rights violations"): the window
    scores high because it holds that sentence, and its disagreement is the neighbour's own deed, which
    shares less of the claim than the sentence that states it. A sentence that disagrees by itself and states
    the point at least as closely still contests, and so does a window that denies the claim's own word."""
    window, conflict = contest
    if len(window.hits) < 2 or _read_together(window) or not set(conflict.reasons) <= POLARITY_REASONS:
        return False
    record = window.analysis
    if (claim.negated ^ record.negated) & claim.predicate_keys & record.negated:
        return False  # the window denies the claim's own word ("The agenda has not been fully worked out.")
    inside = [support.score for support in supporting if len(support.hits) == 1 and _adds_to(window, support)]
    if not inside:
        return False
    alone = [sentence.score for sentence, reasons in contesting if len(sentence.hits) == 1
             and _adds_to(window, sentence) and POLARITY_REASONS & set(reasons.reasons)]
    return max(inside) > max(alone, default=0.0)


def _flipped_in_a_window_alone(claim: Analysis, contest: tuple[Candidate, Conflict],
                               contesting: list[tuple[Candidate, Conflict]]) -> frozenset[str]:
    """The claim's words of the point that a window of consecutive sentences (not an answer read with its
    question) says with the other polarity, when that is the window's only disagreement and none of its
    sentences disagrees by itself: the flip may come from joining the sentences. Empty for any other
    contest."""
    window, conflict = contest
    if len(window.hits) < 2 or _read_together(window) or conflict.reasons != (NEGATION_MISMATCH,):
        return frozenset()
    if any(len(sentence.hits) == 1 and _adds_to(window, sentence) and NEGATION_MISMATCH in reasons.reasons
           for sentence, reasons in contesting):
        return frozenset()
    record = window.analysis
    return frozenset((claim.negated ^ record.negated) & claim.predicate_keys & record.keys)


def _read_together(candidate: Candidate) -> bool:
    """An answer read with its question, or two sentences apart in one publication."""
    return bool(candidate.asked) or not candidate.contiguous


def _confidence(score: float) -> float:
    return bounded_confidence(0.5 + (score - T.RELATED_SCORE) / (1.0 - T.RELATED_SCORE) * 0.5)


def bounded_confidence(value: float) -> float:
    """A verdict's confidence: `value` within CONFIDENCE_FLOOR..CONFIDENCE_CEILING, to two decimals."""
    return round(min(T.CONFIDENCE_CEILING, max(T.CONFIDENCE_FLOOR, value)), 2)
