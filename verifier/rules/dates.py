"""Dates and days (date_mismatch): weekdays relative to the article's date, dates written out, months and
parts of months, recalled dates, and the lag between an event and the publication that reads it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from verifier import thresholds as T
from verifier.claims import find_quotes
from verifier.evidence import Candidate, local_day, publisher_clock
from verifier.memo import per_check
from verifier.normalize import (
    CLAUSE_CONJUNCTION,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PERSON_TITLES,
    QUOTATION_MARKS,
    SMALL_COUNT,
    STOPWORDS,
    WEEKDAYS,
    Analysis,
    Token,
    analyze,
    fold,
    is_month_key,
    keys_of,
    small_count_value,
    word_key,
)
from verifier.offices import holder_family_names
from verifier.rules.actors import names_a_place, person_like
from verifier.rules.codes import (
    CLAUSE_MARKS,
    DATE_MISMATCH,
    EVENT_MISMATCH,
    MISATTRIBUTED,
    NUMBER_KEY,
    NUMBER_MISMATCH,
    SPOKEN_KINDS,
    TIME_WORDS,
    YEAR_KEY,
    Anchor,
    Conflict,
    slot_before,
)


def dated_as_published(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the claim dates its point to the month the record came out in, while the dates the
    record names are all earlier: those recall other occasions ("building on the Summit in
    November 2023" in a January readout; the claim: "In January, he met ..."), not this one's."""
    published = local_day(candidate.first)
    if _dates_its_announcement(claim, candidate, published):
        return True
    claim_months = claim.months | {month for month, _ in claim.days}
    if published.month not in claim_months or claim.years and published.year not in claim.years:
        return False
    record = candidate.analysis
    named = record.months | {month for month, _ in record.days}
    if not named or record.relative:
        return False
    if record.years:
        return max(record.years) < published.year or (
            max(record.years) == published.year and max(named) < published.month)
    return max(named) < published.month


def dated_in_another_year(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the claim dates its point to years far from the one the record came out in, while the record
    names its days or months without a year ("The first dialogue was held in September 2018" against "On March
    30th and 31st, the adviser will be in New Delhi" of 2022): the record's dates are of its own year's
    occasions, not of the claim's."""
    record = candidate.analysis
    if not claim.years or record.years or record.relative or not (record.days or record.months):
        return False
    published = local_day(candidate.first).year
    return all(abs(year - published) > T.OTHER_YEAR_DISTANCE for year in claim.years)


def dated_a_year_apart(claim: Analysis, candidate: Candidate, anchor: Anchor) -> bool:
    """Whether the claim and the record each name days or months without a year, and every reading of the
    claim's dates near the article's day lies more than T.YEARLESS_DATES_APART_DAYS from every reading of the
    record's near its publication's day ("first announced on March 22" in an April 2024 article against a
    March 2023 statement's "the first dialogue on March 10"): the record dates another year's occasion, which
    neither contradicts the claim's date nor states it. (A claim's "in July" of late January may be last July
    or the coming one: each is read.)"""
    record = candidate.analysis
    if anchor.day is None or not anchor.known or claim.years or record.years or record.relative:
        return False
    ours = _yearless_readings(claim, anchor.day)
    theirs = _yearless_readings(record, local_day(candidate.first))
    return bool(ours and theirs) and all(abs((mine - other).days) > T.YEARLESS_DATES_APART_DAYS
                                         for mine in ours for other in theirs)


def _yearless_readings(analysis: Analysis, near: date) -> list[date]:
    """The text's days, and its months alone (read as their middle), in each year that puts them within
    T.YEARLESS_READING_DAYS of `near`."""
    named = [*analysis.days, *((month, 15) for month in analysis.months)]
    readings = []
    for month, day in named:
        for year in (near.year - 1, near.year, near.year + 1):
            try:
                reading = date(year, month, day)
            except ValueError:  # February 29 of a common year
                continue
            if abs((reading - near).days) <= T.YEARLESS_READING_DAYS:
                readings.append(reading)
    return readings


def gives_its_years_to_come(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the record's sentence names each year the claim names that lies after the record came out ("wants
    the bloc off the fuels by 2027"): a target year is a detail of the plan, not stated by a sentence that gives
    the plan without it. The year after publication may be written "next year"."""
    published = local_day(candidate.first).year
    record = candidate.analysis
    named = set(record.years) | ({published + 1} if ("future", "year") in record.relative else set())
    return all(year in named for year in claim.years if year > published)


def _dates_its_announcement(claim: Analysis, candidate: Candidate, published: date) -> bool:
    """Whether the claim's one date is the day the record came out, given to a verb of announcing ("The ministry
    had made the gathering public on October 2"), while every day the record names is later: the record
    tells the coming occasion's day, the claim the day it was announced."""
    if claim.days != {(published.month, published.day)} or claim.years and published.year not in claim.years:
        return False
    if not _ANNOUNCED.search(claim.text):
        return False
    record = candidate.analysis
    return bool(record.days) and all((month, day) > (published.month, published.day) for month, day in record.days) \
        and (not record.years or min(record.years) >= published.year)


_ANNOUNCED = re.compile(r"\b(?:announc|unveil|releas|publish|issu|disclos|confirm)\w*\b", re.IGNORECASE)


def dates_differ(claim: Analysis, candidate: Analysis) -> bool:
    their_days = candidate.days - _days_naming_other_occasions(claim, candidate)
    if claim.days and their_days and not claim.days & their_days and not _in_claimed_parts_of_months(claim, their_days):
        return True
    claim_months = claim.months | {month for month, _ in claim.days}
    candidate_months = candidate.months | {month for month, _ in their_days}
    if claim.months and candidate_months and not claim.months & candidate_months:
        return True
    if claim.months and _parts_of_month_differ(claim, candidate):
        return True
    if claim.years and _parts_of_year_differ(claim, candidate):
        return True
    if _earlier_this_against_last(claim, candidate):
        return True
    if claim.months and candidate_months and _place_months_differ(claim, candidate):
        return True
    for direction, unit in claim.relative:
        units = {u for d, u in candidate.relative if d == direction}
        if units and unit not in units and not _decade_as_ten_years(unit, units, claim, candidate):
            return True
    if claim.seasons and candidate.seasons and not claim.seasons & candidate.seasons:
        return True
    if claim.periods or candidate.periods:
        # "in the second half of the year" against "in the first quarter of 2022" or "in March".
        ours, theirs = claim.periods or claim_months, candidate.periods or candidate_months
        if ours and theirs and not ours & theirs:
            return True
    if order_differs(claim, candidate):
        return True
    return bool(claim.years and candidate.years and not claim.years & candidate.years)


# Ten years written as a count: "over the next ten years" (its length in months, as the analysis reads it).
_TEN_YEARS = 120.0


def _decade_as_ten_years(unit: str, units: set[str], claim: Analysis, candidate: Analysis) -> bool:
    """Whether one side's coming or past decade is the other's ten years ("over the next decade" / "over the
    next ten years"): the same span in two words, not another one."""
    if unit == "decade" and "year" in units:
        return any(q.value == _TEN_YEARS and q.unit == "month" for q in candidate.quantities)
    if unit == "year" and "decade" in units:
        return any(q.value == _TEN_YEARS and q.unit == "month" for q in claim.quantities)
    return False


# A date written as the name of an occasion: "the January 8 attack", "Hamas's October 7th assault".
_OCCASION_NAMED_BY_DATE = re.compile(
    r"(?:\b(?:the|their|its|his|her|our)|['\u2019]s)\s+(?P<month>" + MONTH_NAMES + r")\s+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?\s+"
    r"(?P<noun>[a-z][a-z-]+)\b", re.IGNORECASE)


@per_check
def _days_naming_other_occasions(claim: Analysis, record: Analysis) -> frozenset[tuple[int, int]]:
    """The (month, day) of each date the record writes as the name of an occasion the claim never speaks of
    ("following the January 8 attack on the capital" beside "announced the visit on January 31"): that is the
    attack's date, not the time of anything the claim says."""
    days = set()
    for match in _OCCASION_NAMED_BY_DATE.finditer(record.text):
        noun = match.group("noun").lower()
        # The noun as the claim writes it too: "their May 18 phone call" is the claim's "phone call", which the
        # analysis keys as one alias.
        if noun in STOPWORDS or word_key(noun) in claim.keys \
                or re.search(rf"\b{re.escape(noun)}\b", fold(claim.text)):
            continue
        days.add((MONTHS[match.group("month").lower()], int(match.group("day"))))
    return frozenset(days)


# A full date after "of" names a document or an event by its day ("Proclamation 10903 of March 14, 2025", "the
# notice of February 27, 2025"), unless a time of day or a span before it makes it a time ("on the night of").
_NAMING_DATE = re.compile(rf"\b(?P<before>[a-z0-9]+)\s+of\s+(?P<month>{MONTH_NAMES})\s+"
                          r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.IGNORECASE)
_TIME_BEFORE_OF = frozenset({"as", "night", "morning", "afternoon", "evening", "day", "days", "week",
                             "weekend", "end", "start", "beginning", "middle", "eve", "month"})


def months_only_naming(text: str) -> frozenset[str]:
    """The months (names, folded) a text writes only inside dates that name a document or an event ("the
    Tariff Act ... Proclamation 10903 of March 14, 2025"): those months date that thing, not what the text
    tells happened."""
    folded = fold(text)
    naming = [match for match in _NAMING_DATE.finditer(folded)
              if match.group("before") not in _TIME_BEFORE_OF]
    if not naming:
        return frozenset()
    spans = [match.span("month") for match in naming]
    elsewhere = {match.group(0) for match in re.finditer(MONTH_NAMES, folded)
                 if match.span() not in spans}
    return frozenset(match.group("month") for match in naming) - elsewhere


def _in_claimed_parts_of_months(claim: Analysis, days: frozenset[tuple[int, int]]) -> bool:
    """Whether each of the record's days falls in a part of a month the claim names: "reached in late October,
    ... controls announced on October 9" dates two things, and the record's "on October 30" is the first."""
    parts = _month_parts(claim)
    return bool(parts) and all(any(day in _PART_DAYS[part] for part in parts.get(month, ())) for month, day in days)


# Which side of an occasion something is placed on: "before the election" against "after the election".
_ORDER = re.compile(r"\b(?P<word>before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|after|following|"
                    r"in\s+the\s+wake\s+of)\s+(?:(?:the|a|an|this|that|its|his|her|their|next|last|[a-z]+['\u2019]s)"
                    r"\s+)?(?P<occasion>(?:[a-z][\w.-]*\s+){0,2}?(?:election|elections|vote|summit|meeting|talks|visit|"
                    r"trip|call|inauguration|ceremony|conference|session|signing|announcement|deadline|war|attack))\b",
                    re.IGNORECASE)
_AFTER_WORDS = frozenset({"after", "following", "in the wake of"})


def occasion_sides(analysis: Analysis) -> dict[str, set[str]]:
    """Each occasion the text places something before or after -> the sides it names ("before", "after")."""
    sides: dict[str, set[str]] = {}
    for match in _ORDER.finditer(analysis.text):
        occasion = _occasion_head(match)
        side = "after" if " ".join(match.group("word").lower().split()) in _AFTER_WORDS else "before"
        sides.setdefault(occasion, set()).add(side)
    return sides


# Words before an occasion's head that describe it rather than name it: how often or when it comes ("the
# annual summit", "the upcoming summit"). With a count or an ordinal ("the two-day summit", "the second
# summit") they say nothing of which occasion it is, so they never tell two occasions apart.
_DESCRIBING_AN_OCCASION = frozenset({
    "annual", "yearly", "biennial", "monthly", "weekly", "upcoming", "coming", "forthcoming", "next", "last",
    "previous", "recent", "latest", "planned", "scheduled"})


def _describes_an_occasion(word: str) -> bool:
    parts = word.split("-")
    return word in _DESCRIBING_AN_OCCASION or any(
        part in NUMBER_WORDS or part in ORDINAL_WORDS or any(ch.isdigit() for ch in part) for part in parts)


def _occasion_names(analysis: Analysis) -> dict[str, set[str]]:
    """Each occasion the text places something before or after -> the words it is named by before its head
    ("NATO" in "after a NATO summit", "U.S.-Nordics" in "ahead of the U.S.-Nordics Summit"; not "two-day" or
    "annual", which describe it)."""
    names: dict[str, set[str]] = {}
    for match in _ORDER.finditer(analysis.text):
        words = match.group("occasion").lower().split()
        names.setdefault(_occasion_head(match), set()).update(
            word_key(word) for word in words[:-1] if word not in STOPWORDS and not _describes_an_occasion(word))
    return names


def _occasion_head(match: re.Match[str]) -> str:
    """The key of the word an `_ORDER` match names its occasion by ("summit" of "after a NATO summit")."""
    return word_key(match.group("occasion").split()[-1].lower())


def _named_otherwise(ours: set[str], theirs: set[str]) -> bool:
    """Whether both sides name an occasion (`_occasion_names`), in no word alike: two occasions, not one."""
    return bool(ours and theirs) and not ours & theirs


def order_differs(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """"send a delegation before the election" against "send a delegation after the election": the
    occasions (keys) the record places on the other side, and never on the claim's. Two occasions named
    otherwise ("hours after a NATO summit" / "ahead of the U.S.-Nordics Summit") are two, not one told in
    two orders."""
    ours = occasion_sides(claim)
    if not ours:
        return frozenset()
    theirs = occasion_sides(candidate)
    our_names, their_names = _occasion_names(claim), _occasion_names(candidate)
    return frozenset(occasion for occasion, sides in ours.items()
                     if occasion in theirs and not sides & theirs[occasion]
                     and not _named_otherwise(our_names[occasion], their_names[occasion]))


# The part of a month a text places something in ("in early October", "mid-June"), and the days
# each part may stand for: loosely written, so neighbouring parts overlap and only "early" against
# "late", or a day outside the part's days, is another time.
_MONTH_PART = re.compile(r"\b(?P<part>early|mid|late)[\s-]+(?P<month>" + MONTH_NAMES + r")\b", re.IGNORECASE)
_PART_DAYS = {"early": range(1, 16), "mid": range(6, 26), "late": range(16, 32)}
_FAR_PARTS = frozenset({"early", "late"})


def _month_parts(analysis: Analysis) -> dict[int, set[str]]:
    text = analysis.text
    if not any(part in text.lower() for part in _PART_DAYS):
        return {}
    parts: dict[int, set[str]] = {}
    for match in _MONTH_PART.finditer(text):
        parts.setdefault(MONTHS[match.group("month").lower()], set()).add(match.group("part").lower())
    return parts


def _parts_of_month_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"In early October" against "in late October" or "on October 24": the same month, another time in it."""
    ours = {month: parts for month, parts in _month_parts(claim).items() if month in claim.months}
    if not ours:
        return False
    theirs = _month_parts(candidate)
    for month, parts in ours.items():
        their_parts = theirs.get(month, set())
        if their_parts and not parts & their_parts and _FAR_PARTS <= parts | their_parts:
            return True
        # A day the claim itself gives ("in late October, ... announced on October 9") is that date's, not the part's.
        their_days = {day for named, day in candidate.days if named == month and (named, day) not in claim.days}
        if their_days and not their_parts and not any(day in _PART_DAYS[part] for part in parts
                                                      for day in their_days):
            return True
    return False


# The part of a year a text places something in ("in early 2023", "by late 2025", "mid-2024"): as with a month's
# parts, only "early" against "late" is another time.
# The same parts in other words: "the beginning of 2021" and "the first quarter of 2026" are early in it,
# "the end of 2026" and "its last quarter" late.
_YEAR_PART = re.compile(r"\b(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|end|close|"
                        r"(?:first|last|fourth)\s+quarter)\s+of)[\s-]+(?P<year>(?:19|20)\d\d)\b",
                        re.IGNORECASE)
_PART_IN_OTHER_WORDS = {"beginning": "early", "start": "early", "first": "early",
                        "end": "late", "close": "late", "last": "late", "fourth": "late"}


def _year_parts(analysis: Analysis) -> dict[int, set[str]]:
    parts: dict[int, set[str]] = {}
    for match in _YEAR_PART.finditer(analysis.text):
        part = match.group("part").lower().removeprefix("the").split()[0]
        parts.setdefault(int(match.group("year")), set()).add(_PART_IN_OTHER_WORDS.get(part, part))
    return parts


def _parts_of_year_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"In late 2023" against "in early 2023": the same year, the other end of it."""
    ours = _year_parts(claim)
    theirs = _year_parts(candidate) if ours else {}
    return any(their_parts and not parts & their_parts and _FAR_PARTS <= parts | their_parts
               for year, parts in ours.items() if (their_parts := theirs.get(year)))


# "Earlier this week" in a claim, "last week" in the record: the record, out before the article, places the
# deed before the week the article is written in. (Only the claim's "earlier this": "this year's summit" names an
# occasion, and the record's "this week" may be the article's last week.)
_EARLIER_THIS = re.compile(r"\bearlier\s+this\s+(?P<unit>week|month|year)\b", re.IGNORECASE)
_LAST_UNIT = re.compile(r"\blast\s+(?P<unit>week|month|year)\b", re.IGNORECASE)


def _earlier_this_against_last(claim: Analysis, candidate: Analysis) -> bool:
    ours = {match.group("unit").lower() for match in _EARLIER_THIS.finditer(claim.text)}
    if not ours:
        return False
    theirs = {match.group("unit").lower() for match in _LAST_UNIT.finditer(candidate.text)}
    return bool(ours & theirs) and not ours & {match.group("unit").lower()
                                             for match in _EARLIER_THIS.finditer(candidate.text)}


def _date_word_kind(token: Token) -> str | None:
    """Which kind of date a word is, a year, a weekday or a month; None for any other word."""
    if YEAR_KEY.fullmatch(token.key):
        return "year"
    folded = fold(token.surface)
    if folded in WEEKDAYS:
        return "weekday"
    # A month's name is written capitalised: "talks may resume" and "they march on" name no month.
    return "month" if folded in MONTHS and token.capitalised else None


def date_in_the_same_place(claim: Analysis, record: Analysis, ignored: frozenset[str]) -> bool:
    """Whether the record gives another date of the kind of the claim's date in conflict (a year, a weekday, a
    month) after the same two words ("... of China since 2017" / "... to China since 2019"; "speak with
    Zelenskyy on Friday" / "speaking with President Zelenskyy on Thursday"; "by 2030" after other words than
    "a day by 2027" is no slot of the claim's)."""
    dated = [(i, token, kind) for i, token in enumerate(claim.tokens)
             if (kind := _date_word_kind(token)) is not None]
    # A weekday counted from the article's day is in conflict by the day it falls on, not by its word.
    named = [entry for entry in dated if entry[1].key in ignored] or dated
    ours = {(kind, slot_before(claim, i)) for i, _, kind in named}
    ours = {(kind, words) for kind, words in ours if len(words) == 2}
    own = {token.key for _, token, _ in named}
    return any(token.key not in own and (_date_word_kind(token), slot_before(record, i)) in ours
               for i, token in enumerate(record.tokens))


def _dating_words(analysis: Analysis) -> list[Token]:
    """The words of a text that say when: a year, a weekday, a capitalised month or the day of the month after
    it. Not "today" or "yesterday": the record's are counted from a publication's clock, which the article's
    weekday may well name the day of."""
    tokens = analysis.tokens
    return [token for i, token in enumerate(tokens)
            if _date_word_kind(token) is not None
            or i and token.key.isdigit() and len(token.key) <= 2 and _date_word_kind(tokens[i - 1]) == "month"]


def _clause_span(text: str, at: int) -> tuple[int, int]:
    """Where the clause of `text` (between clause marks) that holds the character `at` opens and closes."""
    opening = max((mark.end() for mark in CLAUSE_MARKS.finditer(text, 0, at)), default=0)
    closing = CLAUSE_MARKS.search(text, at)
    return opening, closing.start() if closing else len(text)


_WHO_AND_WHERE = frozenset({"person", "country", "place"})
# The alias groups of meeting and saying: nearly every readout's words, no deed of its own to date.
_LIGHT_DEED_KEYS = frozenset({"=talks", "=say"})


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    """The keys of the titles that say whose a deed is, not what it is ("President", "Prime Minister")."""
    return analyze(" ".join(sorted(_DATE_TITLES | {"prime", "former"}))).keys


def dated_deed_shared(claim: Analysis, record: Analysis, ignored: frozenset[str]) -> bool:
    """Whether the record dates the claim's own deed, worded otherwise: at least two of the words that tell the
    deed (not who did it, nor where, nor when: no person's or place's name, though a gathering's or a deal's) in
    the claim's clause that holds its date in conflict are in the record's clause that holds one of its dates
    ("the survey ship was handed over in January" / "the survey ship was transferred to the navy in late
    February"). A record that gives one date only gives it to the whole sentence ("the harvest festival, where
    I spoke on Friday"); of several, each is its clause's ("The leaders met in Hanoi in May; they will speak
    again in June")."""
    dating = _dating_words(claim)
    # A weekday is in conflict by the day it falls on, not by its word; another date, by its words.
    named = [token for token in dating if token.key in ignored] \
        or [token for token in dating if _date_word_kind(token) == "weekday"]
    if not named:
        return False
    when = {token.key for token in dating}
    who_and_where = {entity.key for entity in claim.entities if entity.kind in _WHO_AND_WHERE
                     or entity.kind == "name" and (entity.after_preposition or person_like(claim, entity)
                                                   or names_a_place(claim, entity))}
    who_and_where |= _title_keys() | _LIGHT_DEED_KEYS | {token.key for token in claim.tokens
                                                         if fold(token.surface) in holder_family_names()}
    deed = frozenset().union(*(_clause_keys(claim.text, token.start) for token in named)) - when - who_and_where
    spans = {_clause_span(record.text, token.start) for token in _dating_words(record) if token.key not in when}
    needed = max(T.DATED_DEED_SHARED_WORDS, T.DATED_DEED_SHARE * len(deed))
    if len(spans) == 1:
        return len(deed & record.keys) >= needed
    return any(len(deed & analyze(record.text[opening:closing]).keys) >= needed for opening, closing in spans)


# A month written right after a place ("in Malta in November", "Vienna in May 2023"): when it was there.
_PLACE_MONTH = re.compile(r",?\s+in\s+(?:(?:early|late)\s+|mid-)?(?P<month>" + MONTH_NAMES + r")\b", re.IGNORECASE)


def _months_by_place(analysis: Analysis) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for entity in analysis.entities:
        if entity.kind not in ("place", "country", "event") \
                and not (entity.kind == "name" and entity.after_preposition):
            continue
        match = _PLACE_MONTH.match(analysis.text, analysis.tokens[entity.index].end)
        if match is not None:
            found.setdefault(entity.key, set()).add(MONTHS[match.group("month").lower()])
    return found


def _place_months_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"Meetings in Malta in November and in Vienna in May" against "Malta in September and Vienna in
    May": both months are in the record, but not at the claim's place. Only a month the claim's main
    clause names, and only where both give the place its month."""
    ours = _months_by_place(claim)
    if not ours:
        return False
    theirs = _months_by_place(candidate)
    return any(key in theirs and months & claim.months and not months & theirs[key]
               for key, months in ours.items())


_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}
_NAMED_DAY = re.compile(
    r"\b(?:(?P<modifier>last|next|this\s+past|this\s+coming|coming|past|this)\s+)?"
    # "Good Friday", "Black Friday", "Super Tuesday": a name, not a day of the week the text is dated by.
    r"(?<!good\s)(?<!black\s)(?<!cyber\s)(?<!super\s)"
    rf"(?P<weekday>{'|'.join(WEEKDAYS)})\b"
    r"|\b(?P<relative>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b")
_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1}
# The day someone spoke is not the day of what they spoke about ("the White House said on Sunday").
_PAST_SAYING = r"said|announced|stated|added|wrote|confirmed|reported|noted|declared"
_SAYING = rf"{_PAST_SAYING}|says|announces"
# "told reporters on a Sunday-evening call": the article may name the occasion after the day.
_SAID_ON = re.compile(rf"\b(?:{_SAYING}|told\s+\w+|speech|statement|briefing)\s+"
                      r"(?:late\s+|early\s+)?(?:on\s+(?:an?\s+)?)?$")
_FUTURE_CUE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|scheduled|expected\s+to|plans?\s+to|set\s+to)\b")
# A verb that reports what someone said or decided: a future after it is the content reported
# ("On Thursday, the president announced that the department will investigate"), not when the
# weekday falls.
_REPORTING_VERB = re.compile(rf"\b(?:{_SAYING}|told|agreed|pledged|promised|vowed|warned|urged|decided|ordered|"
                             r"directed)\b")
# Claim words that only say which part of the named day it was.
_DAY_PART_KEYS = keys_of(["night", "morning", "afternoon", "evening", "tonight"])


# A future seen from a past moment: "said he would travel", "was to meet", "was due to sign".
_FUTURE_IN_THE_PAST = re.compile(r"\b(?:would|(?:was|were)\s+(?:(?:going|due|scheduled|set|expected)\s+)?to)\b")


# The past saying a sentence ends with, after a comma: "..., Kirby said.", "..., an official told reporters."
_SAID_AT_THE_END = re.compile(
    rf",[^,;:]{{0,{T.SAID_AT_THE_END_CHARS}}}\b(?:{_PAST_SAYING}|told\s+\w+)\b[^,;:]*$")
# Verbs of saying in the past: what they report is told from their day.
PAST_SAYING = re.compile(rf"\b(?:{_PAST_SAYING}|told)\b", re.IGNORECASE)




# "The previous Saturday", "the following Monday", "on that Friday": a weekday counted from the occasion the
# text tells of, not from the day it was written.
_TOLD_FROM_THE_OCCASION = re.compile(r"\b(?:previous|preceding|prior|following|on\s+that)\s+$")


def _named_dates(folded: str, day: date, told_from_a_saying: bool = False) -> Iterator[tuple[re.Match, date]]:
    """Each _NAMED_DAY match of a folded text written on `day` with the date it stands for, but for the
    days a saying is dated by ("the White House said on Sunday") and those counted from the occasion told
    ("the previous Saturday"), whose day the text need not give. `told_from_a_saying`: the text is what
    someone said, in the past ("..., the White House said"), its future told from the day of the saying."""
    for match in _NAMED_DAY.finditer(folded):
        if _SAID_ON.search(folded, max(0, match.start() - T.SAID_ON_REACH_CHARS), match.start()):
            continue
        if match.group("weekday") and not match.group("modifier") and _TOLD_FROM_THE_OCCASION.search(
                folded, max(0, match.start() - T.SAID_ON_REACH_CHARS), match.start()):
            continue
        named = _day_named(folded, match, day)
        yield match, named
        if match.group("weekday") and not match.group("modifier") and named < day \
                and _FUTURE_IN_THE_PAST.search(folded, 0, match.start()):
            # "She said she would fly to Denver on Friday": a future told from a past saying, whose
            # day the text need not give; the Friday may be the one before the article's day or the next.
            yield match, named + timedelta(days=7)
        elif told_from_a_saying and match.group("weekday") and not match.group("modifier") and named > day:
            # "By Friday the airlift will have brought ..., the White House said" in Saturday's article: the
            # future is told from the saying, which may be of the days before; the Friday may be yesterday.
            yield match, named - timedelta(days=7)


@lru_cache(maxsize=50_000)
def named_days(text: str, day: date, told_from_a_saying: bool = False) -> frozenset[tuple[int, int]]:
    """The (month, day) of each "on Friday", "last night", "yesterday" or
    "this morning" in a text written on `day`: a weekday is the last one on
    or before that day, or the next one when the text speaks of the future
    ("will meet on Saturday", "next Friday"); `told_from_a_saying` as for _named_dates."""
    return frozenset((moment.month, moment.day)
                     for _, moment in _named_dates(fold(text), day, told_from_a_saying))


def _day_named(folded: str, match: re.Match, day: date) -> date:
    """The day a _NAMED_DAY match of a text written on `day` stands for."""
    if match.group("relative"):
        offset = _DAY_OFFSETS.get(" ".join(match.group("relative").split()), 0)
    else:
        weekday = _WEEKDAY_NUMBERS[match.group("weekday")]
        modifier = " ".join((match.group("modifier") or "").split())
        ahead = modifier in ("next", "coming", "this coming") or (
            modifier not in ("last", "past", "this past") and _speaks_ahead(folded, match))
        if ahead:
            offset = (weekday - day.weekday()) % 7 or (7 if modifier == "next" else 0)
        else:
            offset = -((day.weekday() - weekday) % 7 or (7 if modifier == "last" else 0))
    return day + timedelta(days=offset)


# The day someone spoke: "told reporters aboard Air Force One on Thursday", "argued on Monday",
# "asked at a news conference late on Wednesday", and "On Monday, the spokesperson said ...".
# "On a call with reporters on Friday", "in a statement on Wednesday": the occasion of the words is named.
_SPEAKING = (rf"{_SAYING}|says|told|tells|argued|asked|stressed|insisted|explained|replied|answered|remarked|"
             r"briefing|conference|gaggle|interview|speech|call\s+with\s+reporters|press\s+call|statement")
_SPOKE_BEFORE = re.compile(rf"\b(?:{_SPEAKING})\b[^,;:.]{{0,{T.SPOKEN_DAY_GAP_CHARS}}}$")
# The day in a sentence's opening phrase, which may say where the words were spoken first ("Aboard Air Force
# One on Friday, a spokeswoman said").
_OPENING_DAY = re.compile(rf"^\W*(?:[^,;:.]{{0,{T.SPOKEN_DAY_GAP_CHARS}}}\s)?(?:late\s+|early\s+)?on\s+$")
# What may follow the day before the opening phrase's comma: the part of the day ("on Friday evening, ...").
_OPENING_DAY_END = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\s*)?,")
_SPOKE_AFTER = re.compile(rf"[^;:]{{0,{T.SPOKEN_DAY_OPENING_CHARS}}}?\b(?:{_SPEAKING})\b")
# Publications that are the words spoken on their day: a briefing's or a speech's transcript, and a statement,
# issued on the day it is published.
SAID_ON_THE_DAY_KINDS = SPOKEN_KINDS | {"statement"}


def spoken_days(text: str, day: date) -> frozenset[date]:
    """The days a text written on `day` says someone spoke on."""
    folded = fold(_unquoted(text))
    found: set[date] = set()
    for match in _NAMED_DAY.finditer(folded):
        if match.group("relative") and not match.group("relative").startswith(("yesterday", "last")):
            continue  # "today", "this morning": the article's own day, said of anything
        before = folded[max(0, match.start() - T.SPOKEN_DAY_LOOKBACK_CHARS):match.start()]
        opening = _OPENING_DAY.match(folded[:match.start()]) and _OPENING_DAY_END.match(folded, match.end())
        if _SPOKE_BEFORE.search(before) or opening and _SPOKE_AFTER.match(folded, match.end()):
            found.add(_day_named(folded, match, day))
    return frozenset(found)


def transcript_days(candidate: Candidate) -> frozenset[date]:
    """The days a transcript's words may have been spoken on. One posted in the afternoon or evening
    (publisher's time) is of that day's words: a call or briefing of the day before is posted by the
    next morning."""
    published = local_day(candidate.first)
    clock = publisher_clock(candidate.first.published_text or "", candidate.first.source)
    hour = clock[1] if clock is not None else None
    lag = 0 if hour is not None and hour >= T.TRANSCRIPT_SAME_DAY_HOUR else T.TRANSCRIPT_LAG_DAYS
    return frozenset(published - timedelta(days=back) for back in range(lag + 1))


def days_told(candidate: Candidate) -> frozenset[tuple[int, int]]:
    """The (month, day)s a record sentence tells its news on: the days it names, in words counted from its
    publication ("today" in a fact sheet of Monday is Monday) or written out; an undated sentence's, the day
    its publication came out or the one before (a transcript posted the next morning, a statement of the
    evening before)."""
    published = local_day(candidate.first)
    named = named_days(candidate.analysis.text, published) | candidate.analysis.days
    if named:
        return named
    if candidate.first.kind == "transcript":
        return frozenset((day.month, day.day) for day in transcript_days(candidate))
    return frozenset({_month_day(published), _month_day(published, -1)})


# The words that name a day counted from the text's own: weekdays, "yesterday", "tonight", parts of a day.
_DAY_WORDS = frozenset({*WEEKDAYS, "yesterday", "today", "tonight", "tomorrow", "night", "morning",
                        "afternoon", "evening"})


def day_word_keys(analysis: Analysis) -> set[str]:
    """The keys of the text's words that name a day counted from its own ("on Monday", "last night")."""
    return {token.key for token in analysis.tokens if fold(token.surface) in _DAY_WORDS}


def spoken_day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Dalton said on Monday ..." against the transcript of what she said on Friday: a briefing's or
    a speech's transcript gives the day its words were spoken, and the claim names another."""
    if anchor.day is None or not candidate.in_dated_window or candidate.first.kind not in SAID_ON_THE_DAY_KINDS:
        return Conflict((), frozenset())
    record = candidate.analysis
    published = local_day(candidate.first)
    if not _only_days_to_come(record.days, published) or named_days(record.text, published):
        return Conflict((), frozenset())
    if claim.days == {(published.month, published.day)} and (not claim.years or published.year in claim.years):
        # "said on Monday, September 13", the transcript's own date: the weekday is that date's.
        return Conflict((), frozenset())
    ours = spoken_days(claim.text, anchor.day)
    if not ours or ours & transcript_days(candidate):
        return Conflict((), frozenset())
    if ours & spoken_days(record.text, local_day(candidate.first)):
        # The transcript itself recounts someone speaking on that day ("As the Speaker said on Sunday, ...").
        return Conflict((), frozenset())
    weekdays = {token.key for token in claim.tokens if fold(token.surface) in _WEEKDAY_NUMBERS
                or fold(token.surface) in ("yesterday", "night")}
    return Conflict((DATE_MISMATCH,), frozenset(weekdays & claim.keys), frozenset((d.month, d.day) for d in ours))


def _only_days_to_come(days: frozenset[tuple[int, int]], published: date) -> bool:
    """Whether every (month, day) a publication of `published` names is after that day in its year: days to
    come ("will lead a delegation on January 30-31") are the plan's, not a day anyone spoke on."""
    try:
        return all(date(published.year, month, day) > published for month, day in days)
    except ValueError:
        return False  # no such day ("February 30")


def answered_on_another_day(question: str, evidence: list[Candidate], anchor: Anchor) -> bool:
    """Whether the supporting evidence of an answer whose opening question says when it was given
    ("Asked at a news conference late on Wednesday whether ..., Biden said: ...") is all transcripts of
    another day's remarks: the words were spoken then, not on the day the claim gives. What the
    question asks is no point of the record's; the day it was asked is the answer's."""
    if not question or not evidence or anchor.day is None:
        return False
    asked = analyze(question)
    if not spoken_days(asked.text, anchor.day):
        return False
    # One publication of the day the question gives that states it is enough.
    return all(spoken_day_conflict(asked, candidate, anchor).reasons for candidate in evidence)


def _unquoted(text: str) -> str:
    """The text with its quotations blanked: a quoted "today" or "on Monday" is the speaker's, counted
    from the day they spoke, which the article need not give ("“Today's deal ...,” he said")."""
    for quote in find_quotes(text):
        text = text[:quote.start] + " " * (quote.end - quote.start) + text[quote.end:]
    return text


# A sentence that opens with its day: "On Friday, ...", "Late on Tuesday the ...".
_OPENS_WITH_THE_DAY = re.compile(r"\W*(?:(?:late|early)\s+)?(?:on\s+)?(?:this\s+(?:coming\s+)?|next\s+|coming\s+)?$")


# A verb in the past written right after the weekday: "on Thursday issued", "on Monday announced".
_DONE_ON_THE_DAY = re.compile(r"\s+[a-z]{2,}ed\b")


def _speaks_ahead(folded: str, weekday: re.Match) -> bool:
    """Whether the text speaks of the future where it names the weekday: a future before it, or
    after it with no reporting verb between (the weekday then dates the report, in the past) in the same
    clause or after an opening day ("On Friday, the ferry will resume")."""
    opens = _OPENS_WITH_THE_DAY.match(folded, 0, weekday.start()) is not None
    if _DONE_ON_THE_DAY.match(folded, weekday.end()) and not _FUTURE_CUE.match(folded, weekday.end() + 1):
        # "the Treasury on Thursday issued a license that will last six months": the weekday dates the past
        # deed written right after it, whatever the sentence says of the future around it.
        return False
    for cue in _FUTURE_CUE.finditer(folded):
        if cue.start() < weekday.start():
            return True
        if _REPORTING_VERB.search(folded, weekday.end(), cue.start()) is not None:
            continue
        # A future past a comma is another clause's ("signed the pact on Thursday, a deal that will last"),
        # unless the day opens the sentence and the comma ends that opening ("On Friday, the ferry will resume").
        if opens or "," not in folded[weekday.end():cue.start()]:
            return True
    return False


def day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor, main_clause_end: int | None,
                 told_from_a_saying: bool = False) -> Conflict:
    """The claim's "on Friday" or "last night", counted from the article's
    day, against the days its evidence names, counted from its publication
    day ("Last night, ..." in a statement of Sunday is Saturday).
    `told_from_a_saying`: the claim is what someone said in the past, in an attribution its analysed text
    leaves out ("..., the White House said"); so is one whose own text ends with such a saying."""
    if anchor.day is None or not candidate.in_dated_window:
        return Conflict((), frozenset())
    text = _unquoted(claim.text if main_clause_end is None else claim.text[:main_clause_end])
    published = local_day(candidate.first)
    if _dates_its_announcement(claim, candidate, published) \
            or (published.month, published.day) in _announced_dates(claim, anchor.day)[0]:
        # "announced on Monday, September 13", "announced the summit on Monday" of that day's statement: the day
        # the claim names is the announcement's, not the day of what it announces.
        return Conflict((), frozenset())
    text, echoed = _blank_echoed_day_words(text, candidate.analysis.text)
    told_from_a_saying = told_from_a_saying or _SAID_AT_THE_END.search(fold(claim.text)) is not None
    ours = named_days(text, anchor.day, told_from_a_saying)
    theirs = named_days(candidate.analysis.text, published)
    if not ours and not theirs and not echoed:
        return Conflict((), frozenset())  # explicit dates alone: find_conflicts compares them
    # An echoed word counts from the record's day: its "yesterday" is the day before it was published.
    ours |= {_month_day(published, offset) for offset in echoed}
    # "..., a day after he welcomed the deal" often follows the main clause it counts from.
    ours |= _days_one_apart(_unquoted(claim.text), ours, anchor.day)
    ours |= claim.days
    if theirs or claim.days:
        theirs |= candidate.analysis.days - _days_naming_other_occasions(claim, candidate.analysis)
    else:
        # The claim dates its news by a weekday or "yesterday"; a record that names no such day but only
        # dates weeks before its own publication ("taken in its assault on October 7th" in a statement of
        # November 21) dates what it recalls, not what it reports: its news is of its publication day, or
        # the day before for one posted the next morning.
        recent = {day for day in candidate.analysis.days
                  if not _recalled(day, published, candidate.analysis.years)}
        if recent or not candidate.analysis.days:
            theirs |= recent
        else:
            theirs |= {_month_day(published), _month_day(published, -1)}
    if not ours or not theirs or ours & theirs:
        return Conflict((), frozenset())
    if all(day > _month_day(published) for day in ours) and _calls_upcoming(claim, candidate.analysis):
        # "Today, he met the hosts of the upcoming summit": the record's day is another deed's, and the summit
        # the claim dates after it is still to come there.
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(claim.keys & _DAY_PART_KEYS), frozenset(ours))


_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


def _calls_upcoming(claim: Analysis, record: Analysis) -> bool:
    """Whether the record calls an occasion of the claim's still to come ("our hosts for the upcoming Summit"):
    one of the few words after "upcoming" is a word of the claim's."""
    for match in _UPCOMING.finditer(record.text):
        words = {token.key for token in analyze(match.group(1)).tokens if not token.stop}
        if words & claim.keys:
            return True
    return False


def _month_day(day: date, shift: int = 0) -> tuple[int, int]:
    """The (month, day) `shift` days from `day`: how the rules compare days, whatever the year."""
    moved = day + timedelta(days=shift)
    return moved.month, moved.day




def _recalled(day: tuple[int, int], published: date, years: frozenset[int] = frozenset()) -> bool:
    """Whether a (month, day) a publication of `published` writes lies more than a week before it in its
    year. A day later in the year is an upcoming one ("will meet on November 15"), never recalled, unless
    every year the sentence writes is an earlier one: "Executive Order 14329 of August 6, 2025" in a
    publication of February 2026 recalls last August."""
    if years and max(years) < published.year:
        return True
    month, number = day
    try:
        return (published - date(published.year, month, number)).days > T.RECALLED_AFTER_DAYS
    except ValueError:
        return False  # no such day ("February 30")


# "Today's agreement means ..., Harris said": a day word of reported words, in the record's own words.
_REPORTED_DAY_WORD = re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow)(?:'s)?\s+(?P<next>[a-z]+)")


def _blank_echoed_day_words(text: str, record: str) -> tuple[str, set[int]]:
    """The claim's text with each day word blanked that it reports in the record's own words ("today's
    agreement" where the record writes "today's agreement"), and the day offsets of those words (today 0,
    yesterday -1). Reported speech keeps the speaker's deixis: that "today" is the day the record was
    written, not the article's, just as a quoted one is (_unquoted)."""
    folded = fold(text)
    if not _REPORTING_VERB.search(folded):
        return text, set()
    theirs = fold(record)
    echoed: set[int] = set()
    for match in _REPORTED_DAY_WORD.finditer(folded):
        if re.search(r"\b" + re.escape(match.group(0)) + r"\b", theirs):
            start, end = match.span("word")
            text = text[:start] + " " * (end - start) + text[end:]
            echoed.add(_DAY_OFFSETS.get(match.group("word"), 0))
    return text, echoed


# "a day after he welcomed the deal", "a day later": the text speaks of the day next to the one it names too.
_DAY_APART = re.compile(r"\b(?:a|one|the)\s+day\s+(?P<which>after|before|earlier|later)\b")


def _days_one_apart(text: str, days: frozenset[tuple[int, int]] | set[tuple[int, int]],
                    anchor_day: date) -> set[tuple[int, int]]:
    """The days one apart from `days` that the text's "a day after ..." or "a day later" speak of
    ("on Wednesday ..., a day after he welcomed the agreement" places the welcome on Tuesday)."""
    shifts = {-1 if match.group("which") in ("after", "earlier") else 1 for match in _DAY_APART.finditer(fold(text))}
    found = set()
    for month, day in days:
        try:
            when = date(anchor_day.year, month, day)
        except ValueError:
            continue
        found |= {_month_day(when, shift) for shift in shifts}
    return found


# A weekday written with its date: "on Sunday, February 13", "Thursday 13 February 2025".
_WEEKDAY_AND_DATE = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAY_NUMBERS)}),?\s+(?:(?P<month>{MONTH_NAMES})\s+(?P<day>\d{{1,2}})|"
    rf"(?P<day_first>\d{{1,2}})\s+(?P<month_after>{MONTH_NAMES}))\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE)


def weekday_of_date_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"On Sunday, February 13" against a record that gives February 13, a Thursday that year: the
    record's date is the claim's, and the weekday the claim writes with it is another day's. The
    year is the one written, else any that puts the date within T.YEARLESS_READING_DAYS of the article's."""
    theirs = candidate.analysis.days
    if anchor.day is None or not theirs:
        return Conflict((), frozenset())  # no date of the record's for the claim's weekday to fall on
    for match in _WEEKDAY_AND_DATE.finditer(claim.text):
        month = MONTHS[(match.group("month") or match.group("month_after")).lower()]
        day = int(match.group("day") or match.group("day_first"))
        if (month, day) not in theirs:
            continue
        years = [int(match.group("year"))] if match.group("year") else [anchor.day.year + shift for shift in (-1, 0, 1)]
        try:
            readings = [date(year, month, day) for year in years]
        except ValueError:
            continue  # no such day ("February 30")
        # Without a year, the date may be any within YEARLESS_READING_DAYS of the article's day ("on
        # Wednesday, April 2" in November is last April's as well as the coming one's): the weekday must fit
        # none of them.
        near = [when for when in readings if abs((when - anchor.day).days) <= T.YEARLESS_READING_DAYS]
        readings = near if len(years) > 1 and near \
            else [min(readings, key=lambda when: abs(when - anchor.day))]
        if all(when.weekday() != _WEEKDAY_NUMBERS[match.group("weekday").lower()] for when in readings):
            weekday = {token.key for token in claim.tokens if fold(token.surface) == match.group("weekday").lower()}
            return Conflict((DATE_MISMATCH,), frozenset(weekday & claim.keys), frozenset({(month, day)}))
    return Conflict((), frozenset())


# A calendar year named from the day of the text that names it: "next year", "this year"; "the end of the
# year", "later in the year" (with no year written, the year of that day). "The past year" is a span of
# time, not one year.
_RELATIVE_YEAR = re.compile(r"(?<!\bthe\s)\b(?P<which>next|this|last)\s+year\b(?!\s+and\s+a\s+half)"
                            r"|\b(?:end|close|rest|remainder|balance)\s+of\s+the\s+year\b|\blater\s+in\s+the\s+year\b",
                            re.IGNORECASE)
_YEAR_OFFSETS = {"next": 1, "this": 0, "last": -1}
# The words that write a year counted from the text's own: "next year", "last year", "this year".
RELATIVE_YEAR_WORDS = frozenset({*_YEAR_OFFSETS, "year"})
_RELATIVE_MONTH_WORDS = frozenset({*_YEAR_OFFSETS, "month"})


@per_check
def relative_years(text: str, year: int, end: int | None = None,
                   looking_back: bool = False) -> frozenset[int]:
    """The calendar years `text` names counting from `year`, its own (_RELATIVE_YEAR); with `looking_back`,
    only the past ones ("last year")."""
    # A record from outside the article's weeks: its "by the end of the year" tells another year's plans, not
    # the date of the claim's ("later this year" in an article three years on), while its "last year" still
    # dates a deed done before it, which the claim may date otherwise.
    return frozenset(year + _YEAR_OFFSETS[match.group("which").lower()] if match.group("which") else year
                     for match in _RELATIVE_YEAR.finditer(text, 0, len(text) if end is None else end)
                     if not looking_back or (match.group("which") or "").lower() == "last")


def relative_year_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor,
                           main_clause_end: int | None) -> Conflict:
    """"From next year", read from the article's date, against the year the record names ("beginning
    in 2023" in an article of 2023 is this year; "by the end of the year" is its publication's year)."""
    if anchor.day is None or not anchor.known or claim.years:
        return Conflict((), frozenset())
    # The claim's own first: asked of every candidate, it mostly names no year, and the record's
    # text (a window of sentences) is the longer to read.
    ours = relative_years(claim.text, anchor.day.year, main_clause_end)
    if not ours:
        return Conflict((), frozenset())
    record = candidate.analysis
    # The record's own "this year", read from its day, counts as a year it names beside the ones it writes out:
    # "more than $400 million this year alone" of a sentence that also writes "since 2014" (or an address with its
    # year in a link) names the claim's year in the claim's words.
    theirs = set(record.years) | relative_years(record.text, local_day(candidate.first).year,
                                                looking_back=not candidate.in_window)
    if not theirs or ours & theirs:
        return Conflict((), frozenset())
    words = {token.key for token in claim.tokens if fold(token.surface) in RELATIVE_YEAR_WORDS}
    return Conflict((DATE_MISMATCH,), frozenset(words & claim.keys))


# A year the claim dates a deed by: "began in 2019", "in March 2019", "in early 2019". A year in a name or a title
# ("the 2019 agreement", "fiscal year 2022") dates something else than the deed the sentence tells.
_IN_A_YEAR = re.compile(rf"\bin\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{MONTH_NAMES})\s+)?(?P<year>(?:19|20)\d\d)\b",
                        re.IGNORECASE)


def counted_year_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """relative_year_conflict the other way round: "talks began in 2019" against a fact sheet of 2021 that says
    they "started last year": the record's year, read from its own publication, is another than the one the
    claim dates the deed in. Only a claim that writes its year after "in" and counts none from its own day, and
    only years the record does not write itself (a year both write is the one they share)."""
    if anchor.day is None or not claim.years or relative_years(claim.text, anchor.day.year):
        return Conflict((), frozenset())
    record = candidate.analysis
    ours = {int(match.group("year")) for match in _IN_A_YEAR.finditer(claim.text)} - record.years
    if not ours:
        return Conflict((), frozenset())
    published = local_day(candidate.first).year
    theirs = relative_years(record.text, published, looking_back=not candidate.in_window)
    if not theirs or ours & theirs or claim.years & theirs:
        return Conflict((), frozenset())
    # A past year against the record's "next year" is a deed done against one planned ("the visit in 2019" /
    # "will open the center next year"): only years on the same side of the record's own are the same deed's.
    ours = {year for year in ours if any(_side_of(year, published) * _side_of(their, published) >= 0
                                         for their in theirs)}
    if not ours:
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset({str(year) for year in ours} & claim.keys))


def _side_of(year: int, published: int) -> int:
    """-1, 0 or 1: whether a year is before, the same as or after a publication's year."""
    return (year > published) - (year < published)


# A calendar month named from the day of the text that names it: "next month", "later this month", "last
# month". "The next month" and "the past month" are spans of time, not one month.
_RELATIVE_MONTH = re.compile(r"(?<!\bthe\s)\b(?P<which>next|this|last)\s+month\b", re.IGNORECASE)


@per_check
def _relative_months(text: str, day: date) -> frozenset[tuple[int, int]]:
    """The (year, month) pairs `text` names counting from `day`, its own (_RELATIVE_MONTH)."""
    months = set()
    for match in _RELATIVE_MONTH.finditer(text):
        index = day.year * 12 + day.month - 1 + _YEAR_OFFSETS[match.group("which").lower()]
        months.add((index // 12, index % 12 + 1))
    return frozenset(months)


def relative_month_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Including ahead of the summit in Glasgow next month", read from the article's date, against a record
    that says "later this month", read from its own: the two name other months, in the main clause or in the
    context after it, which a record that speaks of it in the same sentence tells too. Only against a record's
    own relative month: a month it names outright may be of another year than the claim's."""
    if anchor.day is None or not anchor.known or claim.months or claim.days or claim.years:
        return Conflict((), frozenset())
    ours = _relative_months(claim.text, anchor.day)
    if not ours:
        return Conflict((), frozenset())
    record = candidate.analysis
    if record.months or record.days or record.years:
        return Conflict((), frozenset())
    theirs = _relative_months(record.text, local_day(candidate.first))
    if not theirs or ours & theirs:
        return Conflict((), frozenset())
    words = {token.key for token in claim.tokens if fold(token.surface) in _RELATIVE_MONTH_WORDS}
    return Conflict((DATE_MISMATCH,), frozenset(words & claim.keys))


# A week or a month named from the day of the text that names it: "next week", "earlier this week", "later this
# month". "The next week" and "the past month" are spans of time counted from anywhere, not one calendar week.
_RELATIVE_SPAN = re.compile(r"(?<!\bthe\s)\b(?:(?P<which>next|last|earlier\s+this|later\s+this)|this)\s+"
                            r"(?P<unit>week|month)\b", re.IGNORECASE)
_SPAN_WORDS = frozenset({"next", "last", "this", "earlier", "later", "week", "month"})
# Words that make the claim's deed a further one than any the record dates ("more would be announced next week"
# beside "today we are announcing our plan"): the record's day is the earlier deed's, not the claim's.
_FURTHER_WORDS = frozenset({"more", "further", "another", "again", "additional"})


def _relative_spans(text: str, day: date) -> list[tuple[date, date]]:
    return [span for _, span in _relative_span_matches(text, day)]


def _clause_keys(text: str, at: int) -> frozenset[str]:
    """The content keys of the clause of `text` (between clause marks) that holds the character `at`."""
    opening, closing = _clause_span(text, at)
    return analyze(text[opening:closing]).keys


def _relative_span_matches(text: str, day: date) -> list[tuple[re.Match, tuple[date, date]]]:
    """The first and last days of each week (Monday to Sunday) or month `text` names counting from `day`. A bare
    "this week" is the seven days either side: written at a weekend it may be the week ahead ("meetings in Japan
    this week" in a readout of Sunday)."""
    spans = []
    for match in _RELATIVE_SPAN.finditer(text):
        which = " ".join((match.group("which") or "").lower().split())
        step = {"next": 1, "last": -1}.get(which, 0)
        if match.group("unit").lower() == "week":
            monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
            if which == "earlier this":
                spans.append((match, (monday, day)))
            elif which == "later this":
                spans.append((match, (day, monday + timedelta(days=6))))
            elif step:
                spans.append((match, (monday, monday + timedelta(days=6))))
            else:
                spans.append((match, (day - timedelta(days=6), day + timedelta(days=6))))
        else:
            index = day.year * 12 + day.month - 1 + step
            first = date(index // 12, index % 12 + 1, 1)
            following = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
            spans.append((match, (first, following - timedelta(days=1))))
    return spans


def relative_span_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Sanctions would begin next week" against the day's remarks "starting today, we will impose sanctions";
    "the first deliveries are due next month" against a fact sheet's "the first deliveries occurred earlier this
    week": a week or a month the claim counts from the article's day, none of whose days is one the record
    counts from its own (a week, a month, "today", "yesterday"). Only where neither writes a date out, as for
    relative_month_conflict, and the claim's words counted from its day are a week's or a month's (days against
    days are day_conflict's)."""
    if anchor.day is None or not anchor.known or claim.months or claim.days or claim.years \
            or any(fold(token.surface) in _FURTHER_WORDS for token in claim.tokens):
        return Conflict((), frozenset())
    ours = _relative_spans(claim.text, anchor.day)
    if not ours:
        return Conflict((), frozenset())
    record = candidate.analysis
    if record.months or record.days or record.years:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    text = fold(_unquoted(record.text))
    theirs = _relative_span_matches(text, published) + [
        (match, (day, day)) for match, day in _named_dates(text, published)]
    if not theirs or any(first <= their_last and their_first <= last
                         for first, last in ours for _, (their_first, their_last) in theirs):
        return Conflict((), frozenset())
    # The record's day must date something the claim tells: its clause shares a word of the claim's deed ("the
    # first tranche of deliveries occurred earlier this week"), not an aside ("lots of news out there this
    # morning") nor another person's deed ("as did the ambassador, last night").
    deed = {key for key in claim.keys - claim.entity_keys if key not in _SPAN_WORDS}
    if not any(deed & _clause_keys(text, match.start()) for match, _ in theirs):
        return Conflict((), frozenset())
    words = {token.key for token in claim.tokens if fold(token.surface) in _SPAN_WORDS}
    return Conflict((DATE_MISMATCH,), frozenset(words & claim.keys))


def another_years_figure(claim: Analysis, candidate: Candidate, anchor: Anchor, conflict: Conflict) -> bool:
    """Whether the record's other figure is dated to another year than any the claim gives its own ("the
    deficit was $17.9 billion in 2024" against "stood at $23.7 billion last year" in an article of 2026): a
    yearly figure of another year is another figure, and neither its value nor its year disagrees with the
    claim's."""
    if not {NUMBER_MISMATCH, DATE_MISMATCH} <= set(conflict.reasons):
        return False
    theirs = candidate.analysis.years
    if not theirs:
        return False
    ours = set(claim.years)
    if anchor.day is not None and anchor.known:
        ours |= relative_years(claim.text, anchor.day.year)
    return bool(ours) and not ours & theirs


_MONTH_OF_YEAR = re.compile(rf"\b(?P<month>{MONTH_NAMES})\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_LAST_MONTH_NAMED = re.compile(rf"\blast\s+(?P<month>{MONTH_NAMES})\b", re.IGNORECASE)


@per_check
def _months_of_years(text: str) -> frozenset[tuple[int, int]]:
    """The (month, year) of each month the text names with its year ("in September 2020")."""
    return frozenset((MONTHS[match.group("month").lower()], int(match.group("year")))
                     for match in _MONTH_OF_YEAR.finditer(text))


def recalled_month_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"Welcomed him to the White House in September 2020" against a record of April 2022 that
    says "last September": the record's month, read from its own publication day, is of another year."""
    claimed = _months_of_years(claim.text)
    if not claimed:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    recalled = set()
    for match in _LAST_MONTH_NAMED.finditer(candidate.analysis.text):
        month = MONTHS[match.group("month").lower()]
        recalled.add((month, published.year if month < published.month else published.year - 1))
    months = {month for month, _ in recalled}
    ours = {pair for pair in claimed if pair[0] in months}
    if not ours or ours & recalled:
        return Conflict((), frozenset())
    years = {str(year) for _, year in ours}
    return Conflict((DATE_MISMATCH,), frozenset(token.key for token in claim.tokens if token.surface in years))


# The prepositions after which a month alone dates a deed; lookbehinds, so the date's words begin at the
# month.
_BARE_MONTH_AFTER = "|".join(rf"(?<=\b{word}\s)" for word in ("in", "by", "since", "until", "from", "during"))
_CAPITALISED_MONTHS = "|".join(name.capitalize() for name in MONTHS)
# What joins the first and last day of a span within one month: "July 24-26", "24 to 26 July".
_DAY_SPAN = r"(?:-|\u2013|to|through)"
# A date as written: a day of a month (of a year), a month of a year, or a year alone. Matched
# left to right, so "October 7, 2023" is one date, not a day and then a year.
_WRITTEN_DATE = re.compile(
    rf"\b(?:(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:\s*{_DAY_SPAN}\s*(?P<last>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    rf"|(?:(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*{_DAY_SPAN}\s*)?"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH_NAMES})\b"
    r"(?:,?\s+(?P<year2>(?:19|20)\d\d)\b)?"
    rf"|(?P<month3>{MONTH_NAMES})\s+(?:of\s+)?(?P<year3>(?:19|20)\d\d)\b"
    r"|(?<![$\d.,])(?P<year4>(?:19|20)\d\d)\b(?![.,]?\d|\s*%|\s+percent)"
    # A month alone, capitalised, after the preposition that dates a deed by it ("launched in April", "due by
    # March"): a month of the record's date of the same thing ("on March 25") may be another.
    rf"|(?:{_BARE_MONTH_AFTER})(?-i:(?P<month4>{_CAPITALISED_MONTHS}))\b(?!\s*\d))", re.IGNORECASE)
# What may join the dates of one list or span: "2026, 2027, and 2028", "2026 (prorated), 2027",
# "late 2024 or early 2026", "May to July 2023", "late 2021 into early 2022", "the 2021-2024 period".
_DATE_JOIN = re.compile(r"\s*(?:\([^()]{0,25}\))?\s*,?\s*(?:(?:and|or|to|through|until|into)\s+|[-\u2013]\s*)?"
                        r"(?:(?:early|mid|late)[\s-]+)?", re.IGNORECASE)
# A quotation mark ends a date's words too: a date beside a quotation dates the saying, not what is quoted.
_DATE_CLAUSE_MARKS = re.compile(CLAUSE_MARKS.pattern + f"|[{QUOTATION_MARKS}]")


@dataclass(frozen=True)
class _DateList:
    dates: tuple[tuple[int | None, int | None, int | None], ...]  # (year, month, day), None where not written
    start: int
    end: int


@per_check
def _written_dates(text: str, bare_months: bool = True) -> tuple[_DateList, ...]:
    """The text's dates, those written as one list or span together; with `bare_months`, a month alone too."""
    lists: list[_DateList] = []
    for match in _WRITTEN_DATE.finditer(text):
        if match.group("month4") and not bare_months:
            continue
        month = (match.group("month") or match.group("month2") or match.group("month3")
                 or match.group("month4"))
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2") or match.group("year3") or match.group("year4")
        if day and not 1 <= int(day) <= 31:
            continue
        # A span of days ("July 24-26", "24-26 July") is each of its days: "July 25" lies within it.
        first, last = (int(match.group("first")), int(day)) if match.group("first") else \
            (int(day), int(match.group("last"))) if match.group("last") else (None, None)
        days = range(first, last + 1) if first is not None and 1 <= first < last <= 31 else [day]
        year_, month_ = int(year) if year else None, MONTHS[month.lower()] if month else None
        written = tuple((year_, month_, int(each) if each else None) for each in days)
        previous = lists[-1] if lists else None
        if previous is not None and _DATE_JOIN.fullmatch(text, previous.end, match.start()):
            lists[-1] = _DateList(previous.dates + written, previous.start, match.end())
        else:
            lists.append(_DateList(written, match.start(), match.end()))
    return tuple(lists)


def _date_words(analysis: Analysis, written: _DateList, others: tuple[_DateList, ...] = ()) -> set[str]:
    """The content words next to a list of dates, within its clause and short of the text's `others` dates:
    what the dates are of. Words past another date are that date's ("signed in 2000 that entered into force
    in 2001": "signed" dates 2000, not 2001)."""
    tokens, text = analysis.tokens, analysis.text
    # Who is named beside a date (a leader, a country, "President") is whose it is, not what it dates.
    parties = {entity.key for entity in analysis.entities if entity.kind in ("person", "country")}
    words: set[str] = set()
    # A weekday written before the date ("on Wednesday, February 5") is part of it: the comma does not end
    # the date's clause.
    weekday = _WEEKDAY_BEFORE_DATE.search(text, max(0, written.start - T.WEEKDAY_BEFORE_DATE_MAX_CHARS),
                                          written.start)
    start = weekday.start() if weekday else written.start
    before = [index for index, token in enumerate(tokens) if token.end <= start]
    after = [index for index, token in enumerate(tokens) if token.start >= written.end]
    for indices, edge in ((reversed(before), start), (after, written.end)):
        found = 0
        for index in indices:
            token = tokens[index]
            gap = (token.end, edge) if token.end <= edge else (edge, token.start)
            if _DATE_CLAUSE_MARKS.search(text, *gap) \
                    or any(other.start <= token.start < other.end for other in others):
                break
            edge = token.start if token.end <= edge else token.end
            if token.stop or NUMBER_KEY.fullmatch(token.key) or is_month_key(token.key) \
                    or token.surface.lower() in TIME_WORDS or token.key in _DATE_FILLER or token.key in parties \
                    or fold(token.surface) in _DATE_TITLES:
                continue
            words.add(token.key)
            found += 1
            if found == T.DATE_CONTEXT_WORDS:
                break
    return words


_WEEKDAY_BEFORE_DATE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+$", re.IGNORECASE)
# Titles beside a date ("President Marcos in May 2023"): whose, not what.
_DATE_TITLES = PERSON_TITLES | {"president", "vice", "premier", "chancellor", "king", "prince"}
# Words next to a date that say nothing of what it dates.
_DATE_FILLER = frozenset({"early", "mid", "late", "end", "start", "begin", "since", "until", "before", "after"})


def _same_date(ours: tuple[int | None, ...], theirs: tuple[int | None, ...]) -> bool:
    """Two written dates that may be one: every part both write is the same."""
    return all(a is None or b is None or a == b for a, b in zip(ours, theirs, strict=True))


def _within(ours: _DateList, theirs: _DateList) -> bool:
    return all(any(_same_date(date_, other) for other in theirs.dates) for date_ in ours.dates)


# The word that makes a date the start of a span ("since early 2021", "from March") or its end ("through
# 2025", "by June"): a start and an end are two points of one span, not one detail dated otherwise.
_SPAN_EDGE = re.compile(r"\b(?P<edge>since|from|after|starting|beginning|through|until|till|by|before)\s+"
                        r"(?:(?:the\s+)?(?:early|mid|late|end\s+of|start\s+of|beginning\s+of)[\s-]+)?$",
                        re.IGNORECASE)
_SPAN_STARTS = frozenset({"since", "from", "after", "starting", "beginning"})


def _span_edge(text: str, written: _DateList) -> str | None:
    """Which edge of a span ("start" or "end") the text gives the date as, if it gives it as one."""
    match = _SPAN_EDGE.search(text, max(0, written.start - T.SPAN_EDGE_MAX_CHARS), written.start)
    if match is None:
        return None
    return "start" if match.group("edge").lower() in _SPAN_STARTS else "end"


def _one_list(ours: _DateList, theirs: _DateList) -> bool:
    """Two lists of dates that share two of them are one list, however its thing is worded."""
    shared = sum(1 for date_ in ours.dates if any(date_ == other for other in theirs.dates))
    return shared >= 2


@per_check
def worded_date_conflict(claim: Analysis, candidate: Analysis, bare_months: bool = True) -> Conflict:
    """A date the record writes in the claim's own words, and otherwise ("prisoners captured after
    October 10" / "after October 7", "in each of 2025, 2027 and 2028" / "2026, 2027, and 2028"),
    wherever in the sentence it stands: the claim's date of that very thing is another. A record
    date in the words of another of the claim's dates is that other one's. Without `bare_months`, the claim's
    month alone ("launched in April") is not read."""
    ours = _written_dates(claim.text, bare_months)
    if not ours:
        return Conflict((), frozenset())
    theirs = _written_dates(candidate.text)
    if not theirs:
        return Conflict((), frozenset())
    their_words = [(written, _date_words(candidate, written, theirs), _span_edge(candidate.text, written))
                   for written in theirs]
    conflicting: list[_DateList] = []
    for written in ours:
        words = _date_words(claim, written, ours)
        edge = _span_edge(claim.text, written)
        same_words = [other for other, other_words, other_edge in their_words
                      if (words & other_words or _one_list(written, other))
                      and not (edge and other_edge and edge != other_edge)
                      and not any(_within(mine, other) for mine in ours if mine is not written)]
        if same_words and not any(_within(written, other) for other in same_words):
            conflicting.append(written)
    if not conflicting:
        return Conflict((), frozenset())
    keys = {token.key for token in claim.tokens
            if any(written.start <= token.start < written.end for written in conflicting)}
    return Conflict((DATE_MISMATCH,), frozenset(keys & claim.keys))


_LAST_PERIOD = re.compile(r"\blast\s+(year|month)\b", re.IGNORECASE)
# The record's own words for that period: "this past month", "over the past year", "the previous month".
_RECORD_LAST_PERIOD = re.compile(r"\b(?:last|past|previous)\s+(year|month)\b", re.IGNORECASE)


def _month_before(day: date) -> tuple[int, int]:
    """The month before the one `day` falls in, as (month, year)."""
    return (day.month - 1, day.year) if day.month > 1 else (12, day.year - 1)


def period_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Last year" / "last month", read from the article's date, against when
    the evidence was published: a statement made at this year's meeting is
    not what was said "at their summit last year" (unless it names that year)."""
    if anchor.date is None or not anchor.known:
        return Conflict((), frozenset())
    match = _LAST_PERIOD.search(claim.text)
    if match is None:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    unit = match.group(1).lower()
    # The record's own "last year" / "last month" is the one before its publication: the same period
    # when the record was published in the article's year (or month).
    their_period = any(m.group(1).lower() == unit for m in _RECORD_LAST_PERIOD.finditer(candidate.analysis.text))
    if unit == "year":
        expected_year = anchor.date.year - 1
        if published.year == expected_year or expected_year in candidate.analysis.years \
                or (their_period and published.year - 1 == expected_year):
            return Conflict((), frozenset())
    else:
        month, year = _month_before(anchor.date)
        if (published.year, published.month) == (year, month) or month in candidate.analysis.months | {
                m for m, _ in candidate.analysis.days} or (their_period and _month_before(published) == (month, year)):
            return Conflict((), frozenset())
    period_keys = {token.key for token in claim.tokens if token.surface.lower() in ("last", "year", "month")}
    # The record's sentence dates its point itself ("In 2023, two-way trade totaled ...", against
    # "reached $1.8 billion last month"): its own date, not its publication's occasion, differs.
    reason = DATE_MISMATCH if candidate.analysis.years or candidate.analysis.months else EVENT_MISMATCH
    return Conflict((reason,), frozenset(period_keys & claim.keys))




def relative_day_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"Took effect on November 28" against a publication of November 26 that
    says "effective tomorrow": the record's "tomorrow", "today" or weekday,
    counted from its own publication day, is another day than the claim's date."""
    record = candidate.analysis
    if not claim.days or record.days:
        return Conflict((), frozenset())
    theirs = named_days(record.text, local_day(candidate.first))
    if not theirs or claim.days & theirs:
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(claim.keys & _DAY_PART_KEYS), frozenset(claim.days))


def claimed_event_days(claim: Analysis, anchor: Anchor, main_clause_end: int | None) -> frozenset[date]:
    """The past days the claim's main clause says its news happened on ("signed an order on Friday",
    "in Friday's joint statement"), counted from the article's day. Not the day someone said it ("the
    White House said on Sunday"): that dates the saying, which may recount an older occasion."""
    if anchor.day is None:
        return frozenset()
    folded = fold(_unquoted(claim.text if main_clause_end is None else claim.text[:main_clause_end]))
    # "today", "this morning" are any day's words; only a weekday names the occasion's day.
    return frozenset(day for match, day in _named_dates(folded, anchor.day)
                     if not match.group("relative") and day <= anchor.day)


# Reasons that already say the record places the point at another occasion, or credits it to another
# publication: what the occasion rules decide, so no rule about which day's publication speaks overrides them.
ANOTHER_OCCASION_REASONS = frozenset({EVENT_MISMATCH, MISATTRIBUTED})


def published_before_the_claimed_day(candidate: Candidate, conflict: Conflict, claimed_days: frozenset[date],
                                     candidates: list[Candidate], event_days: frozenset[date]) -> bool:
    """The disagreeing sentence tells, in the past or present, what a publication out before the day the
    claim gives its news said ("on Friday committed $90 million" against Thursday's "committed $60
    million"; "signed an order on Friday scrapping the duty" against last August's fact sheet on the order
    imposing it), and the record holds a publication of that day on the claim's subject or of the
    article's event (`event_days`): the earlier publication told an earlier step, not the day's news,
    which the day's own publication speaks for, or is silent on.
    Stay conflicts: one over the day itself ("met on Friday" against "met on Thursday"), a point the
    record places at the other occasion (event_mismatch: what the occasion rules decide), and a
    preview of the day ("he'll be joined by the vice president of Tanzania"), which speaks for it."""
    if not claimed_days or conflict.days or ANOTHER_OCCASION_REASONS & set(conflict.reasons):
        return False
    if local_day(candidate.first) >= min(claimed_days):
        return False
    if _PREVIEW.search(fold(candidate.analysis.text)):
        return False
    published = event_days | {local_day(other.first) for other in candidates
                              if other.score >= T.RELATED_SCORE and other.in_window}
    return any(day <= other <= day + timedelta(days=T.OCCASION_PUBLICATION_LAG_DAYS)
               for day in claimed_days for other in published)


def out_on_named_day(published: date, named: frozenset[tuple[int, int]]) -> bool:
    """A publication of day `published` is the one of a (month, day) in `named`: out on that day or within
    T.OCCASION_PUBLICATION_LAG_DAYS after it."""
    days = (published - timedelta(days=lag) for lag in range(T.OCCASION_PUBLICATION_LAG_DAYS + 1))
    return any((day.month, day.day) in named for day in days)


# A sentence that speaks of what is to come: "will", "is expected to", "he'll".
_PREVIEW = re.compile(rf"{_FUTURE_CUE.pattern}|\w['\u2019]ll\b")


def readout_day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor,
                         main_clause_end: int | None) -> Conflict:
    """"Met on Monday" against a readout's undated sentence: the sentence
    describes the meeting the readout reads out, held on or just before its
    publication day, so a claimed day outside that span is another day."""
    if anchor.day is None or not candidate.in_dated_window:
        return Conflict((), frozenset())
    record = candidate.analysis
    dated = record.days or record.months or record.years or record.has_past_reference or record.relative
    if dated or "readout" not in fold(candidate.first.title):
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    if named_days(record.text, published):
        # The sentence dates what it tells itself ("which will be announced publicly tomorrow"): it is not the
        # meeting's undated account, and day_conflict compares its day with the claim's.
        return Conflict((), frozenset())
    text = claim.text if main_clause_end is None else claim.text[:main_clause_end]
    ours = named_days(text, anchor.day) | claim.days
    if not ours:
        return Conflict((), frozenset())
    held = {_month_day(published, -lag) for lag in range(T.READOUT_LAG_DAYS + 1)}
    if ours & held:
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(claim.keys & _DAY_PART_KEYS), frozenset(ours))


# "A week after Germany announced ...", "had met him a month earlier", "two days ago": the time between the
# claim's news and an earlier thing, in days. Only a definite count, and only towards the past: "after" dates
# the clause it opens before the news, "earlier" and "ago" the news before the time of telling.
_INTERVAL = re.compile(
    rf"\b(?P<count>{SMALL_COUNT})\s+(?P<unit>day|week|month|year)s?\s+(?P<which>after|earlier|ago)\b")
_INTERVAL_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# The record's words for a time before its own day, as the days back they may mean (fewest, most).
_RECORD_PAST_DAYS = {"yesterday": (1, 1), "last night": (0, 1), "earlier this week": (1, 6),
                     "last week": (3, 13), "earlier this month": (1, 30), "last month": (14, 62)}
_RECORD_PAST = re.compile(r"\b(?:" + "|".join(_RECORD_PAST_DAYS) + r")\b")
# The parts of a record's sentence that tell one thing each ("Yesterday the minister signed it, and the port
# will close").
_RECORD_PARTS = re.compile(rf";|\s{CLAUSE_CONJUNCTION}\s")


def interval_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"The step came a week after Norway said it would close the terminal" against the day's statement
    "Yesterday, ... Germany announced that it would halt certification": the record dates the earlier thing by
    a word counted back from its own day, the day of the claim's news it reads out, and the time between
    is not the claim's. Not for a window (its word may be another sentence's) nor a record whose sentence
    names two such words."""
    if len(candidate.hits) != 1:
        return Conflict((), frozenset())
    folded = fold(claim.text)
    intervals = list(_INTERVAL.finditer(folded))
    # The claim first: most claims tell no interval, and each of the claim's candidates comes here.
    if len(intervals) != 1:
        return Conflict((), frozenset())
    record = fold(candidate.analysis.text)
    theirs = _RECORD_PAST.findall(record)
    if len(set(theirs)) != 1:
        return Conflict((), frozenset())
    [interval] = intervals
    if interval.group("which") == "after":
        # The record's part that holds its day word tells the clause "after" opens, not the claim's news.
        clause = analyze(CLAUSE_MARKS.split(folded[interval.end():])[0]).keys
        news = analyze(folded[:interval.start()]).keys
        part = next(part for part in _RECORD_PARTS.split(record) if _RECORD_PAST.search(part))
        told = analyze(part).keys
        shared = len(clause & told)
        if shared < T.INTERVAL_AFTER_CLAUSE_SHARED_WORDS or len(news & told - clause) >= shared:
            return Conflict((), frozenset())
    days = small_count_value(interval.group("count")) * _INTERVAL_DAYS[interval.group("unit")]
    fewest, most = _RECORD_PAST_DAYS[theirs[0]]
    # News rounds ("a week" for five days) and a publication may come out a day after what it reads out.
    if fewest / T.INTERVAL_ROUNDING - 1 <= days <= most * T.INTERVAL_ROUNDING + 1:
        return Conflict((), frozenset())
    # Every word of the span, time words too: a support must write it to state the claim's time.
    keys = {token.key for token in claim.tokens if interval.start() <= token.start < interval.end()}
    return Conflict((DATE_MISMATCH,), frozenset(keys))


# "The palace had made the visit public on Friday", "first announced the trip in early January": the day a
# publication came out, given to the verb of announcing; the day ends where the announcement's content starts.
_ANNOUNCED_WHEN = re.compile(r"\b(?:had\s+)?(?:first\s+|formally\s+|officially\s+)?announced\b(?P<tail>[^;:]*)")
_CONTENT_STARTS = re.compile(r"\b(?:that|saying|which|who|when|as|after|before|ahead|and|but|to)\b")
# A record that recalls an earlier announcement of what it tells: it is not the announcement itself.
_ANNOUNCED_BEFORE = re.compile(r"\b(?:(?:previously|already|earlier|recently|first)\s+announced|as\s+announced|"
                               r"announced\s+(?:last|earlier|on|in)\b)")
# Publications whose day is the day they announce: written, not spoken (a transcript may be posted later).
_ANNOUNCING_KINDS = frozenset({"statement", "fact-sheet", "other", "action"})


def _announced_dates(claim: Analysis, day: date) -> tuple[frozenset[tuple[int, int]], frozenset[int], set[str]]:
    """The (month, day)s and bare months the claim gives the verb of announcing, in the words between the verb and
    the announcement's content, counted from the article's `day`; and the month parts ("early") written there."""
    folded = fold(_unquoted(claim.text))
    match = _ANNOUNCED_WHEN.search(folded)
    if match is None:
        return frozenset(), frozenset(), set()
    tail = match.group("tail")
    content = _CONTENT_STARTS.search(tail)
    when = tail[:content.start()] if content else tail
    if not when.strip():
        return frozenset(), frozenset(), set()
    written = analyze(when)
    # A written date is the day; a weekday beside it only names that date's ("on Monday, March 11").
    days = written.days or frozenset(named_days(when, day))
    parts = {m.group("part") for m in _MONTH_PART.finditer(when)}
    return days, written.months, parts


def announced_day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor,
                           candidates: list[Candidate]) -> Conflict:
    """"The spokesman had announced the trip on May 9" against the statement announcing it, out on May 19: the
    statement tells what is to come (its sentence speaks of the future and names no past day), so the day it came
    out is the day of the announcement, and the claim gives another. Not when the record holds a publication of
    the claimed day on the claim's subject: the announcement may have been made there first."""
    if anchor.day is None or candidate.first.kind not in _ANNOUNCING_KINDS:
        return Conflict((), frozenset())
    days, months, parts = _announced_dates(claim, anchor.day)
    if not days and not months:
        return Conflict((), frozenset())
    record = candidate.analysis
    published = local_day(candidate.first)
    if not _PREVIEW.search(fold(record.text)) or not _only_days_to_come(record.days, published) \
            or any(day <= (published.month, published.day) for day in named_days(record.text, published)):
        return Conflict((), frozenset())
    if claim.years and published.year not in claim.years:
        return Conflict((), frozenset())  # another year's dates: find_conflicts compares them
    if _ANNOUNCED_BEFORE.search(fold(record.text)):
        return Conflict((), frozenset())  # "as announced last week, the President will travel": a later repeat
    if days:
        if (published.month, published.day) in days:
            return Conflict((), frozenset())
    elif published.month in months and (not parts or any(published.day in _PART_DAYS[part] for part in parts)):
        return Conflict((), frozenset())

    def of_the_claimed_day(other: Candidate) -> bool:
        out = local_day(other.first)
        return (out.month, out.day) in days if days else out.month in months

    if any(other.score >= T.RELATED_SCORE and of_the_claimed_day(other) for other in candidates):
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(), frozenset(days))
