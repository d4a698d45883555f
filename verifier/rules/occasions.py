"""The occasion a claim names (event_mismatch): a call, a meeting, a press conference or a statement,
compared with the occasion of the publication that states its point.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from verifier import thresholds as T
from verifier.evidence import Candidate, local_day, title_keys
from verifier.normalize import (
    MONTH_NAMES,
    MONTHS,
    PARTY_PREPOSITIONS,
    PHONE_CALL_KEY,
    RECIPIENT_PREPOSITION,
    WEEKDAYS,
    Analysis,
    Entity,
    analyze,
    fold,
    in_building_name,
    is_month_key,
    keys_of,
    lexicon,
    owned_or_seated,
)
from verifier.rules.actors import (
    DEMONYM_ENDINGS,
    GATHERING_NOUNS,
    MEETING_OR_JOURNEY_KEYS,
    governing_position_of,
    name_run,
    occasion_place,
    run_bounds,
)
from verifier.rules.codes import EVENT_MISMATCH, PLACE_MISMATCH, Anchor, Conflict, Mentions
from verifier.rules.places import names_a_room

# Words naming the occasion itself: a claim placed "during the call" or "at the
# summit" is contested by evidence from a publication about another occasion.
_OCCASION_KEYS = keys_of(["=phone_call", "summit", "=woodside_summit"])
# Capitals a publisher's readouts take for granted (a White House readout of a
# meeting in Washington seldom says so).
_HOME_PLACES = frozenset({"=washington", "=us", "=china"})


def names_its_time(claim: Analysis) -> bool:
    """The claim dates itself ("last year", "in November", "at their Woodside
    summit"), so evidence outside the article's own window may be its event."""
    return bool(claim.has_past_reference or claim.days or claim.months or claim.years or claim.seasons
                or any(entity.kind == "event" for entity in claim.entities))


# "During Thursday's call": an occasion of the article's own week, named by its weekday.
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_WEEKDAY_POSSESSIVE = _WEEKDAY + r"['\u2019]s"
# Not "at that meeting": "that" points back at an occasion the article has just recounted.
_OWN_OCCASION = re.compile(rf"\b(?:during|at|in|on)\s+(?:the|their|this|its|{_WEEKDAY_POSSESSIVE})\s+"
                           r"(?:\w+(?:-\w+)*\s+)?"
                           r"(?:call|meeting|talks|summit|visit|conversation|discussions?)\b", re.IGNORECASE)


def pinned_to_own_occasion(claim: Analysis, main_clause_end: int | None) -> bool:
    """The claim places its point at "the call" or "their meeting" without a
    date or a named event: the occasion the article reports."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    return _OWN_OCCASION.search(claim.text, 0, end) is not None and not names_its_time(claim)


# Words that date a deed before the occasion a sentence is about: "noted the recent signing of the agreement",
# "the previously announced package". The claim that writes one itself tells the same earlier deed.
_DONE_BEFORE = frozenset({"recent", "recently", "previously"})


def done_before_the_occasion(claim: Analysis, record: Analysis, main_clause_end: int | None) -> Conflict | None:
    """The claim's deed done at its own occasion ("signed the agreement during Friday's meeting"), where the
    record, of that occasion, dates the deed before it ("the leaders noted the recent signing of the
    agreement"): the deed belongs to another, earlier occasion (EVENT_MISMATCH on the claim's occasion words),
    else None."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    occasion = _OWN_OCCASION.search(claim.text, 0, end)
    if occasion is None or any(token.surface.lower() in _DONE_BEFORE for token in claim.tokens):
        return None
    deeds = {token.key for token in claim.tokens if token.end <= occasion.start() and not token.stop
             and token.key in claim.predicate_keys}
    tokens = record.tokens
    for index, token in enumerate(tokens):
        if token.surface.lower() not in _DONE_BEFORE:
            continue
        reach = tokens[index + 1:index + 2 + T.DEED_BEFORE_OCCASION_REACH]
        following = [later for later in reach if not later.stop]
        if following and following[0].key in deeds and following[0].key not in record.negated:
            return Conflict((EVENT_MISMATCH,), frozenset(token.key for token in claim.tokens
                                                         if occasion.start() <= token.start < occasion.end()))
    return None


# A time before the occasion a readout, briefing or fact sheet of it speaks from: "a couple of months ago", "last
# year", "earlier this year", "in May" (a month before the publication's). Not after "since", "after", "following"
# or "building on": those date what the point comes after, not the point itself.
_EARLIER_TIME = re.compile(
    r"(?<!since )(?<!after )(?<!following )(?<!on )(?<!until )(?<!from )"
    r"\b(?:(?:a\s+(?:couple|few)(?:\s+of)?|\w+)\s+(?:weeks|months|years)\s+ago|"
    r"last\s+(?:year|month|spring|summer|fall|autumn|winter)|earlier\s+this\s+(?:year|month)|"
    r"in\s+(?P<month>" + MONTH_NAMES + r")(?!\s+\d))\b", re.IGNORECASE)
# Words that make the record's sentence tell its own occasion's deed, whatever earlier time it also names.
_PRESENT_TIME = re.compile(r"\b(?:today|tonight|this\s+week)\b", re.IGNORECASE)
# "At this week's gathering": the article's own occasion named by its week, beside `_OWN_OCCASION`'s weekday.
_THIS_WEEKS_OCCASION = re.compile(r"\b(?:during|at|in)\s+this\s+week['\u2019]s\s+(?:\w+(?:-\w+)*\s+)?"
                                  r"(?:call|meeting|talks|summit|visit|gathering|session|conference)\b",
                                  re.IGNORECASE)


def dated_before_the_occasion(claim: Analysis, candidate: Candidate,
                              main_clause_end: int | None) -> Conflict | None:
    """The claim's deed done at its own occasion ("unveiled at this week's summit", "launched during Friday's
    talks"), where a publication of the article's period that states it dates it earlier ("Last year, the
    administration released ...", "a program we set up a couple of months ago"): the deed belongs to another,
    earlier occasion (EVENT_MISMATCH on the claim's occasion words), else None. The claim must name no time of
    its own, which would tell the earlier deed itself."""
    if not candidate.in_window or names_its_time(claim) or _EARLIER_TIME.search(claim.text):
        return None  # "at the summit a couple of weeks ago": the claim tells the earlier time itself
    end = len(claim.text) if main_clause_end is None else main_clause_end
    occasion = _OWN_OCCASION.search(claim.text, 0, end) or _THIS_WEEKS_OCCASION.search(claim.text, 0, end)
    if occasion is None or any(token.surface.lower() in _DONE_BEFORE for token in claim.tokens):
        return None
    text = candidate.analysis.text
    if _PRESENT_TIME.search(text):
        return None
    published = local_day(candidate.first)
    for found in _EARLIER_TIME.finditer(text):
        month = found.group("month")
        if month is not None and MONTHS[month.lower()] >= published.month:
            continue  # "in December" of a September briefing: a plan, or another year's
        return Conflict((EVENT_MISMATCH,), frozenset(token.key for token in claim.tokens
                                                     if occasion.start() <= token.start < occasion.end()))
    return None


# A claim whose subject is the article's occasion itself, told as one of a series: "This is the first visit to
# Hanoi by a president since 2019", "It was their second call since January". Not "It was at the first meeting
# that ...": a point placed at an occasion.
_OCCASION_AS_SUBJECT = re.compile(
    r"^\s*(?:this|it|that)\s+(?:is|was|will\s+be|marks|marked)\s+(?:the|their|his|her|its|[\w.]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:call|meeting|visit|trip|summit|talks|conversation)\b", re.IGNORECASE)
# "... since 2019", "... since Biden took office in January": where a span starts, which dates no occasion.
_SINCE_SPAN = re.compile(r"\bsince\b.*$", re.IGNORECASE | re.DOTALL)


def about_the_articles_occasion(claim: Analysis) -> bool:
    """Whether the claim tells of the article's own occasion as such ("This is the first visit to Hanoi by a
    president since 2019"), dated by nothing but where a span it counts starts: a publication of another period
    tells another occasion, whose kind or place says nothing of this one's."""
    if _OCCASION_AS_SUBJECT.match(claim.text) is None:
        return False
    return not names_its_time(analyze(_SINCE_SPAN.sub("", claim.text)))


def _occasion_pattern(determiners: str) -> re.Pattern[str]:
    """The occasion a claim names: its kind after one of `determiners` or a weekday's possessive, or a time
    clause of meeting."""
    return re.compile(
        rf"\b(?:during|at|in|on)\s+(?:{determiners}|{_WEEKDAY_POSSESSIVE})"
        # One word before the kind, hyphenated ones too: "their in-person meeting", "the 90-minute call".
        r"\s+(?:(?P<adjective>\w+(?:-\w+)*)\s+)?"
        r"(?P<kind>phone\s+call|call|meeting|talks|(?:news|press)\s+conference)\b"
        r"|\bbefore\s+(?:the|their|his|her)\s+(?:bilateral\s+)?(?:talks|meeting)\b"
        # "When the premier and the king met on Monday", "when the two leaders spoke by phone": the occasion as
        # a time clause whose subject met or called.
        r"|\bwhen\s+(?:(?!when\b)[\w.'\u2019-]+\s+){1,6}?"
        r"(?P<met>met|(?:spoke|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone)\b",
        re.IGNORECASE)


# The kind of occasion a claim places its point at, in its main clause: "during the call", "at Thursday's
# news conference", "in the Oval Office before their talks", "during her meeting with ...". Not "a call"
# (one yet to come, or any) nor "that meeting" (an occasion the article has just recounted).
_CLAIM_OCCASION = _occasion_pattern("the|their|his|her|its|this")
# "During that call": the occasion the article has just recounted. Never one the rules may find missing from
# the article's own period, but a support from the publication that reads it out is where the point was made.
_RECOUNTED_OCCASION = _occasion_pattern("the|their|his|her|its|this|that")
# "Before their talks" is an occasion of its own, the remarks to the press, only for words spoken there.
_SPOKEN = re.compile(r"\b(?:said|says|told|remarks|declared|stressed|noted|insisted|added|joked)\b", re.IGNORECASE)
# Words before "meeting" that make it one held at a distance: a call's readout may read it out.
_REMOTE_WORDS = frozenset({"virtual", "video", "phone", "telephone", "online"})
REMOTE, MEETING, PRESS_CONFERENCE, REMARKS_BEFORE = "remote", "meeting", "press conference", "remarks before"
# Kinds of occasion that belong to one in-person meeting: a claim placed "during their meeting" may be
# read out by the remarks before it or the news conference after it.
_PART_OF_MEETING = frozenset({PRESS_CONFERENCE, REMARKS_BEFORE})
# Titles that recount an occasion rather than read it out (a briefing, a background call with reporters):
# they speak of any occasion, so never of another one.
# A spokesperson's regular press conference recounts the week's calls and meetings too.
_RECOUNTING_TITLE = re.compile(r"\b(?:briefing|background|press\s+call|fact\s+sheet|statement|gaggle|regular|"
                               r"spokesperson)\b", re.IGNORECASE)
_PRESS_CONFERENCE_TITLE = re.compile(r"\b(?:press|news)\s+conference\b", re.IGNORECASE)
_REMARKS_BEFORE_TITLE = re.compile(r"\bremarks\b.*\bbefore\b.*\b(?:meeting|talks)\b", re.IGNORECASE)
_REMOTE_TITLE = re.compile(r"\b(?:call|phone|telephone|video|virtual|videoconference)\b", re.IGNORECASE)
# A title's counterpart who is one person, by the office before the name ("with Prime Minister X").
_ONE_OFFICE_HOLDER = re.compile(r"\s*(?:his\s+|her\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emperor|"
                                r"Crown\s+Prince|Premier|General\s+Secretary|Foreign\s+Minister|Vice\s+President|"
                                r"Secretary|Minister|Director|Chairman)\b")
_READOUT_OF_MEETING_TITLE = re.compile(r"\breadout\b.*\b(?:meeting|talks)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ClaimOccasion:
    kind: str  # REMOTE, MEETING, PRESS_CONFERENCE or REMARKS_BEFORE
    counterpart: frozenset[str]  # the name run after "meeting with", "call with" (empty: none named)
    counterpart_words: frozenset[str]  # ... as written, folded: a title may name them without the lexicon's key
    keys: frozenset[str]  # the claim's words that name the occasion
    parties: int | None = None  # how many took part, when the claim says ("the trilateral meeting": 3)
    # The keys of the phrase that sets the scene ("In the Oval Office before their talks, ..."): words
    # every publication of that occasion shares (its place line, its title), none of them the point.
    setting: frozenset[str] = frozenset()


def claim_occasion(claim: Analysis, main_clause_end: int | None,
                   recounted: bool = False) -> ClaimOccasion | None:
    """The occasion the claim places its point at; with `recounted`, also one it calls "that call"."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    pattern = _RECOUNTED_OCCASION if recounted else _CLAIM_OCCASION
    # "On the call" places the point only where it opens a clause: "follow up on the call" is a topic.
    match = next((found for found in pattern.finditer(claim.text, 0, end)
                  if fold(found.group(0)).split()[0] != "on"
                  or claim.text[:found.start()].rstrip().endswith((",", ";"))
                  or not claim.text[:found.start()].strip()),
                 None)
    if match is None:
        return None
    kind_words = fold(match.group("kind") or match.group("met") or "")
    adjective = fold(match.group("adjective") or "")
    if match.group("met"):
        kind = MEETING if kind_words == "met" else REMOTE
    elif not kind_words:
        if not _SPOKEN.search(claim.text, 0, end):
            return None  # "they had spoken by phone before their meeting": a time, not remarks
        kind = REMARKS_BEFORE
    # "video-link", "in-person": any part of a hyphenated adjective may tell a meeting held at a distance.
    elif "call" in kind_words or set(adjective.split("-")) & _REMOTE_WORDS:
        kind = REMOTE
    elif "conference" in kind_words:
        kind = PRESS_CONFERENCE
    else:
        kind = MEETING
    counterpart: frozenset[str] = frozenset()
    counterpart_words: frozenset[str] = frozenset()
    for entity in claim.entities:
        token = claim.tokens[entity.index]
        word_before = fold(claim.text[max(0, token.start - T.WORD_BEFORE_NAME_MAX_CHARS):token.start]).split()[-1:]
        if entity.kind in ("person", "name") and token.start < end and not token.surface.isupper() \
                and word_before != ["told"] \
                and counterpart_slot(claim, entity.index):
            counterpart = name_run(claim, entity.index)
            first, last = run_bounds(claim, entity.index)
            counterpart_words = frozenset(word for token in claim.tokens[first:last + 1]
                                          for word in re.findall(r"\w+", fold(token.surface)))
            break
    keys = frozenset(token.key for token in claim.tokens if match.start() <= token.start < match.end())
    lateral = _LATERAL_TITLE.fullmatch(adjective)
    parties = _LATERAL_COUNTS[lateral.group("kind")] if lateral else None
    # An opening phrase that holds the occasion ("In the Cabinet Room ahead of their talks, Okafor told ...")
    # is the scene as a whole; elsewhere only the occasion's own words are.
    comma = claim.text.find(",", 0, end)
    setting_end = comma if 0 <= match.start() < comma else match.end()
    setting = frozenset(token.key for token in claim.tokens
                        if (token.start < setting_end if setting_end == comma
                            else match.start() <= token.start < match.end()))
    return ClaimOccasion(kind, counterpart, counterpart_words, keys & claim.keys, parties, setting & claim.keys)


@lru_cache(maxsize=8_192)
def _title_occasion(title: str) -> tuple[str | None, frozenset[str], int | None]:
    """The kind of occasion a publication's title reads out ("Readout of ... Call with ...", "Remarks ...
    Before Bilateral Meeting", "... in Joint Press Conference"; None for one that recounts or names
    none), the keys of whom it was with (empty when the title names no "with") and how many took part
    when it says ("Trilateral": 3; None otherwise)."""
    if _RECOUNTING_TITLE.search(title):
        return None, frozenset(), None
    if _PRESS_CONFERENCE_TITLE.search(title):
        kind: str | None = PRESS_CONFERENCE
    elif _REMARKS_BEFORE_TITLE.search(title):
        kind = REMARKS_BEFORE
    elif "readout" in fold(title) and _REMOTE_TITLE.search(title):
        kind = REMOTE
    elif _READOUT_OF_MEETING_TITLE.search(title):
        kind = MEETING
    else:
        kind = None
    parts = re.split(r"\b(?:with|between)\b", title, maxsplit=1, flags=re.IGNORECASE)
    with_whom = analyze(parts[1]).keys | set(re.findall(r"\w+", fold(parts[1]))) \
        if kind is not None and len(parts) == 2 else frozenset()
    counts = lateral_counts(title)
    if not counts and kind in (MEETING, REMOTE) and len(parts) == 2 and _ONE_OFFICE_HOLDER.match(parts[1]) \
            and not re.search(r"\band\b|&", parts[1], re.IGNORECASE):
        counts = {2}  # "Meeting with Prime Minister X of Y": one host, one guest
    return kind, frozenset(with_whom), counts.pop() if len(counts) == 1 else None


def _kinds_agree(claimed: str, read_out: str) -> bool:
    """Whether a publication of the `read_out` kind may speak for the `claimed` occasion. A news
    conference after a meeting retells what the meeting agreed ("we're resuming military contacts"), in
    words retrieval may not match: the meeting's readout speaks for it, as do the remarks before it."""
    if claimed == read_out or (claimed == MEETING and read_out in _PART_OF_MEETING):
        return True
    return claimed == PRESS_CONFERENCE and read_out in (MEETING, REMARKS_BEFORE)


# A sentence that names a call itself: "talked over the phone", "on our call", "spoke by telephone". Not
# "their call for a ceasefire": an appeal, made anywhere.
_RECOUNTED_CALL = re.compile(
    r"\b(?:phone|telephone|(?:the|our|their|a|that)\s+(?:\w+\s+)?call\b(?!\s+for\b))", re.IGNORECASE)


def _reads_out_another_occasion(occasion: ClaimOccasion, candidate: Candidate) -> bool:
    """The candidate's title reads out an occasion of another kind than the claim's (a call's readout
    for "at the news conference"), or one with someone else than the claim's counterpart."""
    kind, with_whom, parties = _title_occasion(candidate.first.title)
    if kind is None:
        return False
    if occasion.kind == REMOTE and _RECOUNTED_CALL.search(candidate.analysis.text):
        # "From the first time we talked over the phone, he mentioned this": remarks at a meeting that
        # recount a call tell what was said on it, whatever occasion the title reads out.
        return False
    if not _kinds_agree(occasion.kind, kind) or None not in (occasion.parties, parties) and occasion.parties != parties:
        return True
    return bool(occasion.counterpart and with_whom) and not _names_counterpart(occasion, with_whom)


def _names_counterpart(occasion: ClaimOccasion, with_whom: frozenset[str]) -> bool:
    return bool(occasion.counterpart & with_whom or occasion.counterpart_words & with_whom)


def reads_out_the_claimed_occasion(claim: Analysis, candidate: Candidate) -> bool:
    """The candidate's title reads out the call, meeting or news conference the claim places its point at
    ("Biden said at the news conference": "... in Joint Press Conference"), or "during that call" of the
    call's readout."""
    occasion = claim_occasion(claim, None, recounted=True)
    return occasion is not None and _reads_out_the_occasion(occasion, candidate)


def _reads_out_the_occasion(occasion: ClaimOccasion, candidate: Candidate) -> bool:
    """The candidate's title reads out the claim's occasion: its kind, and its counterpart when named."""
    kind, with_whom, parties = _title_occasion(candidate.first.title)
    if kind is None or not _kinds_agree(occasion.kind, kind) or occasion.parties not in (None, parties):
        return False
    return not occasion.counterpart or _names_counterpart(occasion, with_whom)


def said_at_another_occasion(claim: Analysis, supporting: list[Candidate], candidates: list[Candidate],
                             anchor: Anchor, main_clause_end: int | None) -> Candidate | None:
    """Every publication that states the claim's point reads out another occasion than the one the claim
    places it at, and the record holds a publication of the article's own period that reads out the
    claim's occasion: the point was made, but elsewhere. The first stating publication, or None."""
    if not anchor.known or not supporting:
        return None
    occasion = claim_occasion(claim, main_clause_end)
    if occasion is None or not all(_reads_out_another_occasion(occasion, c) for c in supporting):
        return None
    own = [c for c in candidates if c.in_window and _reads_out_the_occasion(occasion, c)]
    # Who took part is named all through the occasion's publication, with their titles (its speaker
    # labels, "PRESIDENT OKAFOR:").
    people: set[str] = set()
    for entity in claim.entities:
        if entity.kind in ("person", "name"):
            first, last = run_bounds(claim, entity.index)
            titles = [token for token in claim.tokens[max(0, first - 2):first] if token.capitalised]
            people |= {entity.key} | {token.key for token in claim.tokens[first:last + 1]} | {t.key for t in titles}
    if not own or any(c.coverage.predicate >= T.OWN_OCCASION_POINT_COVERAGE
                      and c.coverage.matched - occasion.setting - people for c in own):
        # Not in the record; or its publication speaks to the point in other words (a stock line,
        # "reaffirmed the policy has not changed", is said at every occasion, seldom alike). A sentence
        # that shares only the scene's words ("Oval Office", its place line) and the names of those who
        # took part does not speak to it.
        return None
    return supporting[0]




def month_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"During their meeting in May", against a readout published in
    September whose sentence names no date of its own: a readout's undated
    sentences describe the meeting it reads out, so the point was made at
    another meeting than the claim says."""
    if anchor.day is None or not claim.months or claim.days or claim.years:
        return Conflict((), frozenset())
    record = candidate.analysis
    dated = record.days or record.months or record.years or record.has_past_reference or any(
        direction == "past" for direction, _ in record.relative)
    if dated or "readout" not in fold(candidate.first.title):
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    for month in claim.months:
        year = anchor.day.year if month <= anchor.day.month else anchor.day.year - 1
        start = date(year, month, 1)
        end = date(year + month // 12, month % 12 + 1, 1) + timedelta(days=T.MONTH_READOUT_DELAY_DAYS)
        if start <= published < end:
            return Conflict((), frozenset())
    month_keys = {token.key for token in claim.tokens if is_month_key(token.key)}
    places = {entity.key for entity in claim.entities if entity.after_preposition and entity.key not in record.keys}
    return Conflict((EVENT_MISMATCH,), frozenset(month_keys | places))


# A publication's title that says how many took part ("... Trilateral Meeting", "Bilateral Meeting").
_LATERAL_TITLE = re.compile(r"\b(?P<kind>bi|tri|quadri)lateral\b", re.IGNORECASE)
_LATERAL_COUNTS = {"bi": 2, "tri": 3, "quadri": 4}


def lateral_counts(title: str) -> set[int]:
    """The numbers of parties a title's "bilateral", "trilateral" or "quadrilateral" give."""
    return {_LATERAL_COUNTS[match.group("kind").lower()] for match in _LATERAL_TITLE.finditer(title)}


def occasion_conflict(claim: Analysis, candidate: Candidate, mentions: Mentions,
                      known_elsewhere: Callable[[str], bool] | None, main_clause_end: int | None,
                      occasions_only: bool = False,
                      publication_text: Callable[[int], str] | None = None) -> Conflict:
    """The claim places the point at an occasion or place its evidence's
    publication never names: it happened, but elsewhere or at another meeting. `publication_text(readout_id)`,
    the publication's folded text, tells the calls it names in the plural, which the lexicon keys apart."""
    readout_id = candidate.first.readout_id
    located_in = lexicon().located_in
    end = len(claim.text) if main_clause_end is None else main_clause_end
    for entity in claim.entities:
        gathering = _place_of_a_named_gathering(claim, entity)
        if not (entity.after_preposition or gathering) or entity.kind == "person" \
                or entity.key in _HOME_PLACES:
            continue
        if occasions_only and not gathering \
                and not (occasion_place(claim, entity) and _names_an_occasion(claim, end)):
            continue  # "built at the shipyard": the site of a deed, no occasion another publication could hold
        if claim.tokens[entity.index].start >= end:
            continue  # context added after the point ("..., after they met in Bangkok")
        if entity.kind == "name" and _after_to(claim, entity) and not occasion_place(claim, entity):
            continue  # "an approach to African nations": an unknown name after "to" is whom as often as where
        if occasion_place(claim, entity) \
                and _PLANNED.search(claim.text, 0, claim.tokens[entity.index].start):
            continue  # "will hold talks in Beijing": a plan's place, which its announcement may leave unsaid
        if _speaks_for_its_government(claim, entity):
            continue  # "concern over Beijing's support", "the government in Kyiv": a government, no place
        if _COMPOUND_MODIFIER.match(claim.text, claim.tokens[entity.index].end):
            continue  # "over Kremlin-directed attempts", "with Beijing-backed firms": who did it, not where
        if _whose_not_where(claim, entity):
            continue  # "made clear to the Egyptian leaders", "officials from the State Department": a party
        if entity.kind == "place" and in_building_name(claim.tokens, entity.index, fold(claim.text)) \
                and publication_text is not None and not names_a_room(publication_text(readout_id)):
            continue  # "a state dinner in the East Room": most publications leave the room unsaid
        if _venue_in_a_place_the_record_names(claim, entity, candidate.analysis,
                                              lambda key: mentions(readout_id, key)):
            continue  # "at Farmleigh House in Dublin" of a sentence telling the day in Dublin: silent on the venue
        if _glossed_as_the_record_names_it(claim, entity, candidate.analysis):
            continue  # "in the East Sea (South China Sea)": another language's name, glossed by the record's
        if entity.key in candidate.analysis.keys or mentions(readout_id, entity.key):
            continue
        if entity.kind in ("place", "name") and candidate.in_window and _silent_on_where(claim, candidate):
            continue  # the day's readout of the meeting with the claim's counterpart, silent on where
        surface = claim.tokens[entity.index].surface
        if _spells_out(surface, candidate.first.title) or _spells_out(surface, candidate.analysis.text):
            continue  # "at the EAS" names the East Asia Summit the publication names in full
        if entity.kind == "event" and _names_it_shorter(surface, candidate.analysis.text):
            continue  # "the Munich Security Conference" that the publication calls "the Munich Conference"
        country = located_in.get(entity.key)
        if country is not None and _stands_for_its_country(claim, entity) and any(
                named in candidate.analysis.keys or mentions(readout_id, named)
                for named in _listed_countries(claim, entity, located_in)):
            # "assistance to Moscow" of a publication that says Russia: a party, not a place; and so is the
            # rest of its list ("commitments to Tokyo and Manila" of a publication that says the Philippines).
            continue
        if any(entity.key in around and mentions(readout_id, place)
               for place, around in sorted(lexicon().within.items())):
            continue  # "in Thailand" agrees with a publication from Bangkok, "in California" with San Francisco
        if _country_in_its_slot(claim, entity, country, candidate.analysis):
            continue  # "ambassador to Tokyo" / "ambassador to Japan": the sentence names the place less closely
        if entity.kind == "event" or (known_elsewhere is not None and known_elsewhere(entity.key)):
            return Conflict((EVENT_MISMATCH,), frozenset({entity.key}))
        return Conflict((PLACE_MISMATCH,), frozenset({entity.key}))
    occasions = {token.key for token in claim.tokens
                 if token.start < end
                 and not (token.key == PHONE_CALL_KEY and (_CALL_AS_VERB.search(claim.text, 0, token.end)
                                                           or _APPEAL.match(claim.text, token.end)))}
    occasions &= _OCCASION_KEYS
    occasions -= _topic_occasions(claim, end)
    for key in sorted(occasions):
        if key not in candidate.analysis.keys and not mentions(readout_id, key):
            if key == _SUMMIT and _the_leaders_meeting(claim, candidate.analysis):
                continue  # "the virtual summit between Biden and Xi": "the virtual meeting between" them
            if key == _SUMMIT and _title_visit_occasion(candidate.first.title) in _PARTS_OF_A_SUMMIT:
                continue  # a state dinner's or arrival ceremony's transcript is of the summit, seldom calling it so
            if key == PHONE_CALL_KEY and (_SPOKE_WITH.search(candidate.analysis.text)
                                          or _CALLED_SOMEONE.search(candidate.analysis.text)):
                continue  # "I have just spoken with the Prime Minister", "I called you": how a call is told
            if key == PHONE_CALL_KEY and (_CALLS.search(fold(candidate.analysis.text)) or publication_text is not None
                                     and _CALLS.search(publication_text(readout_id))):
                continue  # "the readouts of calls the President made": the claim's calls, told in the plural
            if key == PHONE_CALL_KEY and _visit_kind(claim) == PRESS_CALL:
                continue  # "on a call with journalists": the press's call, not a call with a counterpart
            return Conflict((EVENT_MISMATCH,), frozenset({key}))
    return Conflict((), frozenset())


# Nouns of a gathering held somewhere, which a place written before them names the venue of: those that name
# one gathering of a kind (actors.GATHERING_NOUNS), and the plainer ones that only place a deed ("at the
# Paris talks").
_GATHERINGS_HELD_SOMEWHERE = GATHERING_NOUNS | {"meeting", "talks", "session", "gathering", "cop"}


def _place_of_a_named_gathering(claim: Analysis, entity: Entity) -> bool:
    """Whether a known place names the gathering an "at" or "during" phrase places the claim at ("the pledge
    made at NATO's Warsaw summit", "during the 2009 Paris climate conference"): the venue of that occasion,
    though a possessive or a year stands between the preposition and the place."""
    if entity.kind != "place" or entity.after_preposition:
        return False
    tokens = claim.tokens
    before = tokens[max(0, entity.index - T.GATHERING_WORDS_BEFORE_PLACE - 1):entity.index]
    opener = next((i for i in range(len(before) - 1, -1, -1)
                   if before[i].surface.lower() in ("at", "during")), None)
    if opener is None or not all(token.stop or token.key.isdigit()
                                 or token.surface.lower().endswith(("'s", "\u2019s"))
                                 for token in before[opener + 1:]):
        return False
    after = tokens[entity.index + 1:entity.index + 1 + T.GATHERING_WORDS_AFTER_PLACE]
    for token in after:
        if fold(token.surface) in _GATHERINGS_HELD_SOMEWHERE:
            return True
        if token.stop or not token.surface.islower():
            return False
    return False


# A title that reads out a meeting with someone: "Readout of President Biden's Meeting with President X",
# "... Previewing the President's Bilateral Meeting with Prime Minister Y" (not "Partnership with the AU").
_OCCASION_WITH_TITLE = re.compile(r"\b(?:meeting|call|talks|visit|conversation)s?\s+with\b(?P<whom>.*)",
                                  re.IGNORECASE)


def _silent_on_where(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the candidate's publication reads out a meeting with someone the claim names ("... Meeting
    with President Lourenco of Angola" for "Biden and Lourenco discussed ...") and its sentence names no place
    the claim lacks: the claim's occasion, whose readout leaves where it was unsaid, not told elsewhere."""
    match = _OCCASION_WITH_TITLE.search(candidate.first.title)
    if match is None:
        return False
    people = {entity.key for entity in claim.entities if entity.kind in ("person", "name")}
    if not people & title_keys(match.group("whom")):
        return False
    # The country or state of the claim's own place ("her visit to Angola" for "in Luanda") is the same place.
    around = {outer for entity in claim.entities for outer in lexicon().within.get(entity.key, ())}
    return not any(entity.after_preposition and entity.kind in ("place", "country")
                   and entity.key not in claim.keys | around for entity in candidate.analysis.entities)


# A name joined by a hyphen to a participle or adjective in lower case ("Kremlin-directed", "Beijing-backed",
# "Moscow-led"): a modifier of the noun after it, which says who is behind the thing, not where it happened.
_COMPOUND_MODIFIER = re.compile(r"-[a-z]+\b(?!-)")


# Nouns a country's adjective names a place by ("in the Egyptian capital", "in Chinese waters"); before any
# other noun the adjective says whose it is ("the Egyptian and Emirati leaders", "Chinese vessels").
_PLACE_NOUNS = frozenset({"capital", "city", "cities", "border", "borders", "coast", "coastline", "waters", "port",
                          "ports", "territory", "soil", "mainland", "island", "islands", "region", "province",
                          "side", "embassy", "consulate", "town", "village", "resort", "countryside", "frontier",
                          "airspace", "base", "bases", "capitals", "highlands", "desert", "peninsula"})
# The words that make a government body a venue ("a working lunch at the State Department"); after any other
# ("officials from the State Department", "a grant by the Treasury") it is whose or whom.
_VENUE_PREPOSITIONS = frozenset({"at", "in", "inside"})


def _whose_not_where(claim: Analysis, entity: Entity) -> bool:
    """Whether the name tells whose or from whom, not where: a country's adjective before a noun of no place,
    past a list of such adjectives ("made clear to the Egyptian and Emirati leaders"), or a government body
    other than where something is held ("senior officials from the State Department")."""
    if entity.kind == "agency":
        position = governing_position_of(claim, entity)
        return position < 0 or fold(claim.tokens[position].surface) not in _VENUE_PREPOSITIONS
    if entity.kind != "country":
        return False
    tokens = claim.tokens
    countries = {other.index for other in claim.entities if other.kind == "country"}
    position = entity.index
    while position in countries:
        surface = fold(tokens[position].surface)
        if surface == tokens[position].key.lstrip("=").replace("_", " ") or not surface.endswith(DEMONYM_ENDINGS):
            return False  # the country's own name ("talks in Egypt"), which places them
        position += 1
        if position < len(tokens) and fold(tokens[position].surface) in ("and", "or"):
            position += 1
    if position >= len(tokens):
        return False
    following = tokens[position]
    return not following.capitalised and not following.stop and fold(following.surface) not in _PLACE_NOUNS


# A name's gloss in brackets right after it: "the East Sea (South China Sea)".
_GLOSS = re.compile(r"\s*\((?P<gloss>[^()]{2,80})\)")


def _glossed_as_the_record_names_it(claim: Analysis, entity: Entity, record: Analysis) -> bool:
    """Whether the claim follows the name with another name in brackets that the record sentence writes: the
    name it glosses is the same place or body, in another language or the writer's own usage."""
    _, last = run_bounds(claim, entity.index) if entity.kind in ("person", "name") else (entity.index, entity.index)
    match = _GLOSS.match(claim.text, claim.tokens[last].end)
    if match is None:
        return False
    glossed = {other.key for other in analyze(match.group("gloss")).entities}
    return bool(glossed) and glossed <= record.keys


# Prepositions that make the occasion after them a topic, not the scene of the point: "grew out of a phone
# call", "according to the readout of the call", "hosted them for the first summit", "planning for a call".
_TOPIC_PREPOSITIONS = frozenset({"of", "for", "about", "after", "before", "following", "since", "ahead"})
_NOUN_PHRASE_WORD = re.compile(r"(?:the|a|an|their|his|her|its|this|that|first|last|next|[\w-]+['\u2019]s?|"
                               r"[\w]+-[\w-]+|ever|phone|telephone|video|leaders?['\u2019]?)$", re.IGNORECASE)


def _topic_occasions(claim: Analysis, end: int) -> set[str]:
    """The occasion keys the claim names only as the object of a preposition that is not a scene's (during,
    at, in, on): what its point is about or comes from, not where it was made."""
    topics: set[str] = set()
    scenes: set[str] = set()
    tokens = claim.tokens
    for index, token in enumerate(tokens):
        if token.start >= end or token.key not in _OCCASION_KEYS:
            continue
        position = index - 1
        while (position >= 0 and index - position <= T.OCCASION_PHRASE_REACH
               and _NOUN_PHRASE_WORD.match(tokens[position].surface)
               and fold(tokens[position].surface) not in _TOPIC_PREPOSITIONS):
            position -= 1
        topical = position >= 0 and fold(tokens[position].surface) in _TOPIC_PREPOSITIONS
        (topics if topical else scenes).add(token.key)
    return topics - scenes  # a key named as a scene anywhere stays an occasion


# A claim that tells an occasion yet to come ("will hold talks in Beijing next week"): the publication
# announcing it may name no place, and only one naming another place disagrees. Only the occasion's own place
# ("talks in", `occasion_place`): "will take on a role securing sea lanes in the Red Sea" places the thing.
_PLANNED = re.compile(r"\b(?:will|would|(?-i:may)|might|(?:expected|set|scheduled|due|plans?|planning)\s+to|"
                      r"to\s+be\s+held)\b", re.IGNORECASE)


def _after_to(claim: Analysis, entity: Entity) -> bool:
    """Whether "to" governs the name, past a list it is part of: a destination or a recipient. An unknown
    name there places an occasion only as where the claim's visit or trip went ("a visit to Hanoi";
    `occasion_place`): as rules.actors._located reads it, it is as often a party ("a letter to Scholz", "an
    approach to African nations")."""
    position = governing_position_of(claim, entity)
    return position >= 0 and fold(claim.tokens[position].surface) == RECIPIENT_PREPOSITION


def _listed_countries(claim: Analysis, entity: Entity, located_in: dict[str, str]) -> list[str]:
    """The countries of the city and of the cities listed with it under one preposition ("to Tokyo and
    Manila": Japan, the Philippines), the city's own first."""
    governing = governing_position_of(claim, entity)
    return [located_in[entity.key]] + [
        located_in[other.key] for other in claim.entities if other is not entity and other.key in located_in
        and governing_position_of(claim, other) == governing]


_PARTY_OR_RECIPIENT = PARTY_PREPOSITIONS | {RECIPIENT_PREPOSITION}


def _stands_for_its_country(claim: Analysis, entity: Entity) -> bool:
    """Whether the city follows a preposition of a party, past a list it is part of: normalize's reading of a
    capital as its government ("talks with Beijing"), and "to" as well ("assistance to Moscow", "commitments
    to Tokyo and Manila"), which the caller takes for a party only where the publication names its country."""
    position = governing_position_of(claim, entity)
    return position >= 0 and fold(claim.tokens[position].surface) in _PARTY_OR_RECIPIENT


def _names_an_occasion(claim: Analysis, end: int) -> bool:
    """A word of a meeting or a journey (actors' list: talks or a meeting, a call, a summit, a visit, a trip,
    travel, or "hold" as in "held talks") starts before `end`, the main clause's end: the claim names an occasion
    its place could be the place of."""
    return any(token.start < end and token.key in MEETING_OR_JOURNEY_KEYS for token in claim.tokens)


def _speaks_for_its_government(claim: Analysis, entity: Entity) -> bool:
    """Whether a city stands for its country's government where a preposition precedes it: it owns something
    ("voiced concern over Beijing's support") or is where "the government" sits ("the government in Kyiv"), as
    normalize reads a capital. The occasion is then not placed anywhere by it."""
    if entity.key not in lexicon().located_in or entity.kind == "event":
        return False
    first, last = run_bounds(claim, entity.index)
    folded = fold(claim.text)
    return owned_or_seated(claim.tokens, last, folded) or owned_or_seated(claim.tokens, first, folded)


def _country_in_its_slot(claim: Analysis, entity: Entity, country: str | None, record: Analysis) -> bool:
    """Whether the record's sentence names the country of the claim's city after the same words
    ("ambassador to Japan" for "ambassador to Tokyo"): the same place, named less closely. Only in
    the same slot: a sentence naming the country elsewhere ("visitors to the United States") says
    nothing of where the claim's occasion was ("in San Francisco")."""
    if country is None:
        return False
    ours = _slot_words(claim, entity.index)
    # A name opening the claim has only its preposition before it ("In Riyadh on Tuesday, ..."): its slot.
    return any(other.key == country and _slot_words(record, other.index)[-len(ours):] == ours
               for other in record.entities) if ours else False


def _slot_words(analysis: Analysis, index: int) -> tuple[str, ...]:
    """The two words before a name, past "the" ("envoy to" of "envoy to the Netherlands")."""
    words = [token.surface.lower() for token in analysis.tokens[:index] if token.surface.lower() != "the"]
    return tuple(words[-2:])


_SUMMIT = "summit"
# How a publication tells a call without the word ("President Biden spoke today with ..."): no sign
# the point was made at another occasion than the call the claim names.
_SPOKE_WITH = re.compile(r"\b(?:spoke|spoken|speaks|speak|talked)\s+(?:\w+\s+){0,2}?with\b", re.IGNORECASE)
# "Calls" as a noun, after a word that only a noun follows ("readouts of calls", "the two calls"): the lexicon
# keys the plural apart from "call" (it is as often the verb, "calls for restraint"), yet it names the calls.
# Not calls for something ("heeded the calls for restraint"): appeals, which no phone call is.
_CALLS = re.compile(r"\b(?:the|these|those|two|three|both|several|separate|recent|their|his|her|of|phone|"
                    r"telephone)\s+calls\b(?!\s+for\b)")
# "Called" of a person ("I called you so late", "he called him to congratulate him"): the lexicon keeps "called"
# out of the call's group (it is as often naming, "what they called the plan"), yet a person called was phoned.
_CALLED_SOMEONE = re.compile(r"\bcall(?:ed|ing)\s+(?:you|him|her|them|me|us)\b(?!\s+(?:a|an|the)\b)", re.IGNORECASE)
# "Its call for Congress to act", "a call for restraint": an appeal, made anywhere, no call of anyone's.
_APPEAL = re.compile(r"\s+for\b", re.IGNORECASE)
_MEETING_KEY = "=talks"  # the group of "meet", "meeting", "talks"
# "Call" as a verb ("what they call the COMPACT", "we call on both sides", "to call it a success"): its subject,
# "to" or a modal before it. It names no occasion, so a publication that never says "call" places nothing elsewhere.
_CALL_AS_VERB = re.compile(r"(?i)(?:\b(?:I|we|you|they|he|she|to|will|would|could|can|may|might|should|must|"
                           r"shall|do|does|did|not)|n['\u2019]t)\s+(?:also\s+|now\s+|still\s+|often\s+)?call$")


def _the_leaders_meeting(claim: Analysis, record: Analysis) -> bool:
    """The record's sentence tells a meeting of the very people the claim names (two or more)."""
    people = {entity.key for entity in claim.entities if entity.kind == "person"}
    return len(people) >= 2 and _MEETING_KEY in record.keys and people <= record.keys


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_NAME_WORD = re.compile(r"[\w'\u2019.-]+")


def _names_it_shorter(name: str, text: str) -> bool:
    """Whether the text names the event `name` by its first and last words alone, capitalised and side by
    side ("the Munich Conference" for "the Munich Security Conference", "the G20 Summit" for "the G20 Leaders'
    Summit"): the same event in a shorter form, not another one."""
    words = _NAME_WORD.findall(name)
    if len(words) < 3 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return re.search(rf"\b{re.escape(words[0])}\s+{re.escape(words[-1])}\b", text) is not None


def _spells_out(initials: str, text: str) -> bool:
    """Whether the text names in full what `initials` abbreviates: consecutive
    capitalised words whose first letters are those initials ("EAS": "East
    Asia Summit")."""
    if not (2 <= len(initials) <= 6 and initials.isalpha() and initials.isupper()):
        return False
    words = _CAPITALISED_WORD.findall(text)
    size = len(initials)
    return any("".join(word[0] for word in words[start:start + size]) == initials
               for start in range(len(words) - size + 1))


# Words that make the name after them the other party of the claim's occasion: "in his meeting
# with Sunak", "a call with the Israeli prime minister", "told Lapid". Not a plan's bare verb
# ("expected to speak with Xi"): a call yet to come has no publication to be absent from.
OCCASION_WITH = frozenset({"meeting", "meetings", "met", "call", "calls", "called", "spoke", "speaking", "speaks",
                           "talks", "talked", "conversation", "bilateral", "discussion", "discussions", "summit"})
_TOLD = frozenset({"told", "tells", "telling", "assured", "urged", "pressed", "thanked"})


def counterpart_slot(claim: Analysis, index: int) -> bool:
    """The name at `index`, with the titles before it, follows "told" or an
    occasion word and "with" ("met with Prime Minister Sunak")."""
    position = run_bounds(claim, index)[0] - 1
    tokens = claim.tokens
    while position >= 0 and tokens[position].capitalised and index - position <= T.NAME_TITLE_MAX_WORDS:
        position -= 1  # titles and a country's adjective: "with Israeli Prime Minister"
    if position < 0:
        return False
    before = fold(tokens[position].surface)
    if before in _TOLD:
        return True
    return before == "with" and position > 0 and fold(tokens[position - 1].surface) in OCCASION_WITH




# The occasions of a visit that an article may place words at, as data in one place: each kind with how an
# article names it (after "at the", "in his", "during Friday's" ...) and how a publication's title reads it out
# ("Remarks by ... at Arrival Ceremony", "... at State Luncheon", "Background Press Call ..."). A transcript's
# title says where its words were spoken: the same words under another occasion's title were said there.
ARRIVAL_CEREMONY, STATE_DINNER, LUNCHEON, TOAST, SPEECH, PRESS_CALL = (
    "arrival ceremony", "dinner", "luncheon", "toast", "speech", "press call")
_VISIT_OCCASIONS: tuple[tuple[str, str, str | None], ...] = (
    (ARRIVAL_CEREMONY, r"(?:arrival|welcome|welcoming)\s+ceremony", r"\b(?:arrival|welcome)\s+ceremony\b"),
    (LUNCHEON, r"(?:state\s+|working\s+|official\s+)?(?:luncheon|lunch)", r"\b(?:luncheon|lunch)\b"),
    (STATE_DINNER, r"(?:state\s+|working\s+|official\s+)?dinner", r"\bdinner\b"),
    (TOAST, r"toasts?", r"\btoasts?\b"),
    # "In her speech to the UN General Assembly": a speech placed by its venue (a bare "speech" may be any).
    (SPEECH, r"(?:speech|address)(?=\s+(?:at|to|before)\s)",
     r"\baddress\s+(?:to|before|at)\b"
     r"|\bremarks\b.*\b(?:to|before)\s+the\b.*\b(?:assembly|session|congress|parliament)\b"),
    # A call with reporters (not with a counterpart): where an official's words to the press were spoken.
    (PRESS_CALL, r"(?:press|background|briefing|conference)\s+call|call\s+with\s+(?:reporters|journalists|the\s+press)",
     r"\b(?:press|background)\s+call\b"),
)
_RECOUNTS_A_VISIT_OCCASION = re.compile(r"\bfact\s+sheet\b|\bstatement\b", re.IGNORECASE)
# The ceremonial occasions of a leaders' visit: each one part of the summit it is held for.
_PARTS_OF_A_SUMMIT = frozenset({ARRIVAL_CEREMONY, STATE_DINNER, LUNCHEON, TOAST})
# Toasts are given at a dinner or a luncheon: their transcripts are titled by the meal.
_HELD_AT = {TOAST: frozenset({STATE_DINNER, LUNCHEON})}
# "at the", "in his", "during Friday's", "at Wednesday night's", then at most three words that set it apart
# ("State Department", "White House state"): the occasion the words were said at, not one they were said before.
_VISIT_OCCASION = re.compile(
    r"\b(?:at|during|in|on|from)\s+(?:the|a|an|his|her|their|its|this|"
    rf"(?:last\s+)?{_WEEKDAY}(?:\s+(?:night|evening|afternoon|morning))?['\u2019]s)"
    r"\s+(?:(?!(?:at|to|before|with|and|for)\b)[\w.-]+\s+){0,3}?(?P<kind>"
    + "|".join(f"(?P<k{index}>{claim_words})" for index, (_, claim_words, _) in enumerate(_VISIT_OCCASIONS))
    # "... at the UN General Assembly": the venue's capitalised name is part of the setting.
    + r")\b(?:\s+(?:at|to|before)\s+the\s+(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*))*)?",
    re.IGNORECASE)
# "..., who hosted him at a state dinner last year, said ...": an occasion in a relative clause describes
# someone, it does not place the point.
_RELATIVE_OPENING = re.compile(r",\s*(?:who|whom|whose|which)\b[^,]*$", re.IGNORECASE)


@dataclass(frozen=True)
class VisitOccasion:
    kind: str
    keys: frozenset[str]  # the claim's keys of the phrase that names it (its day, its venue): the setting


def visit_occasion(claim: Analysis) -> VisitOccasion | None:
    """The occasion of a visit the claim places its point at ("speaking at the arrival ceremony", "at Friday's
    State Department luncheon", "in her speech to the UN General Assembly"), or None."""
    match = next((found for found in _VISIT_OCCASION.finditer(claim.text)
                  if not _RELATIVE_OPENING.search(claim.text, 0, found.start())), None)
    if match is None:
        return None
    kind = next(kind for index, (kind, _, _) in enumerate(_VISIT_OCCASIONS) if match.group(f"k{index}"))
    keys = {token.key for token in claim.tokens if match.start() <= token.start < match.end()}
    keys |= {entity.key for entity in claim.entities if match.start() <= claim.tokens[entity.index].start < match.end()}
    return VisitOccasion(kind, frozenset(keys) & claim.keys)


def _visit_kind(claim: Analysis) -> str | None:
    visit = visit_occasion(claim)
    return visit.kind if visit is not None else None


def reads_out_the_visit_occasion(claim: Analysis, candidate: Candidate) -> bool:
    """The candidate's title reads out the occasion of a visit the claim places its point at."""
    claimed = _visit_kind(claim)
    read_out = _title_visit_occasion(candidate.first.title)
    return claimed is not None and read_out is not None and _visit_kinds_agree(claimed, read_out)


@lru_cache(maxsize=8_192)
def _title_visit_occasion(title: str) -> str | None:
    """The occasion of a visit a publication's title reads out, or None. A fact sheet or statement that
    names one ("... on the Occasion of the State Dinner") recounts it rather than reads it out."""
    if _RECOUNTS_A_VISIT_OCCASION.search(title):
        return None
    return next((kind for kind, _, title_words in _VISIT_OCCASIONS
                 if title_words is not None and re.search(title_words, title, re.IGNORECASE)), None)


def _visit_kinds_agree(claimed: str, read_out: str) -> bool:
    return claimed == read_out or read_out in _HELD_AT.get(claimed, frozenset()) \
        or claimed in _HELD_AT.get(read_out, frozenset())


def occasion_read_out(claim: Analysis, candidates: list[Candidate], main_clause_end: int | None,
                      window_titles: tuple[str, ...] = ()) -> bool:
    """Some publication of the article's period is titled by the occasion the claim places its point at (a
    visit's, or a news conference, remarks before a meeting): a candidate's, or one of `window_titles` (the
    titles of all the period's publications). Without it, the record cannot tell whether the point was made
    there too (a toast published after the article)."""
    visit = _visit_kind(claim)
    if visit is not None:
        # Of the visit of someone the claim names, when it names anyone: a visit's days hold other visitors'
        # luncheons and dinners ("in his toast" is not read out by the Vice President's luncheon for another).
        people = {entity.key for entity in claim.entities if entity.kind in ("person", "name")}

        def reads_it_out(title: str) -> bool:
            return _visit_kinds_agree(visit, _title_visit_occasion(title) or "") \
                and (not people or bool(people & title_keys(title)))
        # The occasion's transcript need not share a word with the point: that it holds none of it is the
        # very sign the point was made elsewhere.
        return any(c.in_window and reads_it_out(c.first.title) for c in candidates) \
            or any(reads_it_out(title) for title in window_titles)
    occasion = claim_occasion(claim, main_clause_end)
    if occasion is None or occasion.kind not in (PRESS_CONFERENCE, REMARKS_BEFORE):
        return False
    return any(c.in_window and _title_visit_occasion(c.first.title) is None
               and (title_kind := _title_occasion(c.first.title)[0]) in (PRESS_CONFERENCE, REMARKS_BEFORE)
               and _kinds_agree(occasion.kind, title_kind) for c in candidates)


def visit_occasion_conflict(claim: Analysis, candidate: Candidate, main_clause_end: int | None) -> Conflict:
    """The claim places its point at one occasion of a visit (the arrival ceremony, the state dinner, a
    luncheon, a speech, a call with reporters) and the candidate's publication is titled by another: the
    words were spoken, or the point made, elsewhere. Only when one side's occasion is of this vocabulary (the
    calls and meetings a readout reads out have their own tests), and a call with reporters only for words
    spoken: officials there recount deeds done at other occasions, but their own words were said on the call."""
    visit = visit_occasion(claim)
    title = candidate.first.title
    read_out = _title_visit_occasion(title)
    if visit is not None:
        claimed, keys = visit.kind, visit.keys
    else:
        occasion = claim_occasion(claim, main_clause_end)
        if occasion is None or occasion.kind not in (PRESS_CONFERENCE, REMARKS_BEFORE) or read_out is None:
            return Conflict((), frozenset())
        claimed, keys = occasion.kind, occasion.keys
    if read_out is None:
        kind, _, _ = _title_occasion(title)
        read_out = kind
    if read_out is None or _visit_kinds_agree(claimed, read_out):
        return Conflict((), frozenset())
    if claimed == PRESS_CONFERENCE and read_out == PRESS_CALL or claimed == PRESS_CALL and read_out == PRESS_CONFERENCE:
        return Conflict((), frozenset())  # reporters call either a "news conference"
    if read_out == PRESS_CALL and not _SPOKEN_POINT.search(claim.text):
        return Conflict((), frozenset())
    return Conflict((EVENT_MISMATCH,), keys)


# The claim reports words spoken ("Brainard described the approach as ...", "Harris had noted that ...").
_SPOKEN_POINT = re.compile(r"\b(?:said|says|told|described|noted|called|remarked|declared|stressed|insisted|added|"
                           r"joked|praised|warned|recalled)\b", re.IGNORECASE)


# The prepositions that place a deed at a gathering: "promised at the UN General Assembly", "made during the G7".
_AT_A_GATHERING = frozenset({"at", "during"})


def _gathering_placing_a_deed(analysis: Analysis, entity: Entity) -> bool:
    """Whether the named event follows "at" or "during", past determiners, possessives and a year ("at the
    G7", "during last year's G20"): the gathering a deed was done at, not one the sentence only talks about."""
    if entity.kind != "event":
        return False
    before = analysis.tokens[max(0, entity.index - T.GATHERING_WORDS_BEFORE_PLACE - 1):entity.index]
    opener = next((i for i in range(len(before) - 1, -1, -1) if before[i].surface.lower() in _AT_A_GATHERING), None)
    return opener is not None and all(token.stop or token.key.isdigit()
                                      or token.surface.lower().endswith(("'s", "\u2019s"))
                                      for token in before[opener + 1:])


def another_named_gathering(claim: Analysis, record: Analysis) -> frozenset[str] | None:
    """The claim places its deed at one named gathering ("the vaccines Okafor pledged at the World Health
    Assembly in Geneva") and the record's sentence places it at another ("the pledge President Okafor made at
    the G7"), neither naming the other's: the keys of the claim's gathering and of the place it was held
    ("in Geneva"), which the record, telling another gathering, cannot share. Else None."""
    ours = [entity for entity in claim.entities if _gathering_placing_a_deed(claim, entity)]
    theirs = [entity for entity in record.entities if _gathering_placing_a_deed(record, entity)]
    if not ours or not theirs:
        return None
    if any(entity.key in record.keys for entity in ours) or any(entity.key in claim.keys for entity in theirs):
        return None
    keys = {entity.key for entity in ours}
    for entity in ours:
        # "... at the World Health Assembly in Geneva": where the claim's gathering was held.
        keys |= {place.key for place in _places_in_after(claim, entity.index) if place.key not in record.keys}
    return frozenset(keys & claim.keys)


def _places_in_after(analysis: Analysis, index: int) -> list[Entity]:
    """The place or country named by "in" right after the token at `index` ("... Assembly in New York", "at
    Farmleigh House in Dublin"): where what the tokens up to `index` name is."""
    following = analysis.tokens[index + 1:index + 3]
    if len(following) < 2 or following[0].surface.lower() != "in":
        return []
    return [other for other in analysis.entities if other.index == index + 2 and other.kind in ("place", "country")]


def _venue_in_a_place_the_record_names(claim: Analysis, entity: Entity, record: Analysis,
                                       mentioned: Callable[[str], bool]) -> bool:
    """Whether the claim's unknown name is a venue it places in a city or country ("at Farmleigh House in
    Dublin") that the record names, and the record's sentence names no venue of its own after "at": the record
    tells the occasion at the coarser level and is silent on the venue, which is no other place."""
    if entity.kind != "name" or not entity.after_preposition:
        return False
    _, last = run_bounds(claim, entity.index)
    while last + 1 < len(claim.tokens) and claim.tokens[last + 1].capitalised:
        last += 1  # the venue's common noun, capitalised as part of its name: "Farmleigh House"
    place = next(iter(_places_in_after(claim, last)), None)
    if place is None or not (place.key in record.keys or mentioned(place.key)):
        return False
    return not any(other.kind == "name" and other.after_preposition and other.key not in claim.keys
                   and record.tokens[other.index - 1].surface.lower() in ("at", "the")
                   for other in record.entities if other.index > 0)

