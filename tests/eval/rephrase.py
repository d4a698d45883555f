"""Rephrasing harness: does the engine keep supporting a claim written another way?

`tests/eval/perturb.py` measures how often one changed detail is noticed. This is its
counterpart for false contests: the same base claims (gold supported, engine supported
citing a publication the gold comment cites) are rewritten one way at a time, keeping
their meaning, as reporters write the same fact differently:

    number     a count in digits or words ("three" -> "3", "12" -> "twelve", "5%" -> "5 percent")
    date       a day and month in the other order ("January 26" -> "26 January")
    weekday    a dated day given its (true) weekday ("on January 26" -> "on Friday, January 26")
    duration   a length in another unit ("two hours" -> "120 minutes", "90 minutes" ->
               "an hour and a half", "a year" -> "12 months")
    name       a person's name in another form ("Jake Sullivan" -> "Sullivan", "Blinken" ->
               "Antony Blinken")
    title      a person named by the office held ("Sullivan" -> "the national security adviser")
    capital    a government named by its capital ("China agreed" -> "Beijing agreed")
    relative   a dated day told from the article's own day, as news does ("on January 26" in an
               article of January 28 -> "on Friday"; earlier in its month -> "earlier this month";
               the month before -> "last month", "in 2023" in 2024 -> "last year", "on Monday" of the
               week before -> "last week")
    round      a figure rounded with a hedge that keeps it true ("47" -> "nearly 50", "$1.2 billion" ->
               "more than $1 billion", "183" -> "about 180", "24" -> "two dozen", "9.2%" ->
               "about 9%"); a figure already round ("25 percent") or a name ("Section 301") stays
    level      a place named at another level ("in Lima" -> "in Peru", "at the White House" ->
               "in Washington", "in Woodside, California" -> "in California")
    negation   a negation written another way with the same meaning ("did not" -> "didn't",
               "declined to comment" -> "would not comment", "has not yet" -> "has yet to",
               "never" -> "not once")
    event      an occasion named another way ("the summit" -> "the meeting", "phone call" -> "call",
               "held talks" -> "met")

On request (--kind, or --actors for all of them; not in the default run, whose figures stay comparable
across sessions), the ways news prose names the same actors otherwise:

    pair        two people or two countries joined by "and" as one subject named together
                ("Biden and Xi agreed" -> "The two leaders agreed", "the United States and China
                will" -> "the two countries will")
    capitals    a pair of countries named by their capitals ("the United States and China" ->
                "Washington and Beijing")
    order       a list of two or three people or countries in another order ("Japan, South Korea and
                the United States" -> "the United States, South Korea and Japan")
    counterpart the other party of a meeting or call named by relation ("Blinken met Wang Yi" ->
                "Blinken met his Chinese counterpart")
    source      the government's source phrase widened to its officials or its seat ("the White House
                said" -> "U.S. officials said", "Biden said" -> "the White House said", "China's foreign
                ministry said" -> "Beijing said")
    head        the U.S. government as the doer of an act named by the President of the day, as news prose
                credits him with his administration's acts ("The White House announced" -> "President Biden
                announced", "the United States will" -> "President Trump will")

On request (--wording; not in the default run either), the measure of vocabulary: one word of the claim put in
the other word a reporter uses for it, from the harness's own table of news synonyms (below), never the engine's:

    wording     "reaffirmed" -> "restated", "cooperation" -> "collaboration", "agreement" -> "deal",
                "strengthen" -> "bolster", "met with" -> "sat down with", "largest" -> "biggest"

A pair the engine already folds to one key (its alias groups, its stems) is left out when the harness starts, so
the kind measures what the scorer does with a word the record does not write, not the alias file; the pairs left
out are printed. It is the broad figure for a scorer or vocabulary change: lost supports (unsourced) and false
contests over every supported base claim that holds one of the table's words, not one labelled claim.

A rewrite is kept when the claim stays supported. A contested verdict is a false
contest (the figure to watch); unsourced is a lost match. The tool prints the kept
rate per kind, what the rest became, and every false contest; `--json FILE` writes all.

The rewrites are the harness's own (its tables below), not the engine's alias file,
so they do not measure the aliases against themselves. Deterministic: no randomness.

    .venv/bin/python -m tests.eval.rephrase --db build/eval-rephrase.db
"""

from __future__ import annotations

import calendar
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from db.database import open_database
from tests.eval.perturb import (
    _NUMBER_NAMES,
    Base,
    _check,
    _engine_claim,
    _protected,
    _replace,
    _same_case,
    find_bases,
)
from tests.eval.sets import TRAINING
from tests.eval.training_run import harness_arguments, write_outcomes
from verifier.claims import find_quotes
from verifier.normalize import MONTHS, analyze

# The training sets: the unseen ones (final and the newest blind sets) are never used for tuning.
TUNING_SETS = TRAINING
KINDS = ("number", "date", "weekday", "duration", "name", "title", "capital", "relative", "round", "level",
         "negation", "event")
ACTOR_KINDS = ("pair", "capitals", "order", "counterpart", "source", "head")
WORDING_KINDS = ("wording",)


@dataclass(frozen=True)
class Rewrite:
    kind: str
    claim: str
    change: str


@dataclass(frozen=True)
class Outcome:
    rewrite: Rewrite
    base: Base
    verdict: str
    reasons: tuple[str, ...]
    evidence: str | None


# ---------------------------------------------------------------- numbers, dates, durations

_WORDS = _NUMBER_NAMES  # zero to twenty
_MONTH = "|".join(MONTHS)
_DATE_SPAN = re.compile(r"\b(?:" + _MONTH + r")\.?\s+\d{1,2}\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
# Two to twenty, in words or digits, as a count: not a year, an ordinal or part of a larger figure.
_COUNT = re.compile(r"(?<![\w.,$-])(?P<value>\d{1,2}|" + "|".join(_WORDS[2:]) + r")(?P<percent>%| percent)?"
                    r"(?![\w-]|[.,]\d)", re.IGNORECASE)


def rewrite_number(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    dates = [m.span() for m in _DATE_SPAN.finditer(claim)]
    for match in _COUNT.finditer(claim):
        value, percent = match.group("value"), match.group("percent")
        if _protected(claim, protected + dates, *match.span()):
            continue
        if percent:
            new = value + (" percent" if percent == "%" else "%")
            return Rewrite("number", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
        if value.isdigit():
            number = int(value)
            if not 2 <= number <= 20:
                continue
            new = _WORDS[number]
        else:
            new = str(_WORDS.index(value.lower()))
        return Rewrite("number", _replace(claim, *match.span("value"), new), f"{value} -> {new}")
    return None


_DAY_MONTH = re.compile(r"\b(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2})\b(?!,?\s*\d{4})"
                        r"(?!\s*[-–]|\s+(?:to|and|through)\s+\d)", re.IGNORECASE)


def rewrite_date(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for match in _DAY_MONTH.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        new = f"{match.group('day')} {match.group('month')}"
        return Rewrite("date", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


_ON_DAY_MONTH = re.compile(r"\bon\s+(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2})\b(?!\s*[-–])", re.IGNORECASE)


def _year_implied(month: int, published: date) -> int:
    """The year of a month an article names without one: its publication's, or the one before for a later month."""
    return published.year if month <= published.month else published.year - 1


# Months after the article's within which an undated day may be of the coming weeks or of last year.
_AMBIGUOUS_MONTHS_AHEAD = 3


def rewrite_weekday(claim: str, protected: list[tuple[int, int]], published: date | None) -> Rewrite | None:
    """The weekday of a day the claim dates, in the year the article implies (its publication's, or the
    one before for a month well after the article's; none for the months just after it, which may be ahead)."""
    if published is None:
        return None
    for match in _ON_DAY_MONTH.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
        if 0 < month - published.month <= _AMBIGUOUS_MONTHS_AHEAD:
            # "takes effect on April 2" in a March article is this year's, "met on April 2" last year's: the
            # year depends on the tense, so a weekday given either way may not be the claim's own day.
            continue
        year = _year_implied(month, published)
        try:
            weekday = calendar.day_name[date(year, month, day).weekday()]
        except ValueError:
            continue
        new = f"on {weekday}, {match.group('month')} {match.group('day')}"
        return Rewrite("weekday", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


# The same length in another unit, as reporters convert it.
_DURATIONS = [
    (r"an hour and a half", "90 minutes"), (r"90 minutes", "an hour and a half"),
    (r"90-minute", "hour-and-a-half"), (r"(?:an|one) hour", "60 minutes"), (r"two hours", "120 minutes"),
    (r"two-hour", "120-minute"), (r"three hours", "180 minutes"), (r"(?:a|one) year", "12 months"),
    (r"two years", "24 months"), (r"six months", "half a year"), (r"two weeks", "14 days"),
    (r"(?:a|one) week", "seven days"), (r"(?:a|one) decade", "10 years"),
]
# Not a rate ("once a year") and not days of talks, which are not 48 hours of them.
_DURATION = [(re.compile(r"(?<!once )(?<!per )(?<!twice )\b" + pattern + r"\b", re.IGNORECASE), new)
             for pattern, new in _DURATIONS]


def rewrite_duration(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for pattern, new in _DURATION:
        for match in pattern.finditer(claim):
            if not _protected(claim, protected, *match.span()):
                new_text = _same_case(match.group(), new)
                return Rewrite("duration", _replace(claim, *match.span(), new_text), f"{match.group()} -> {new_text}")
    return None


# ---------------------------------------------------------------- people and governments

# Given and family names of people the labelled sets' events involve, and the office each held
# at those events (2021-2026). The harness's own table: facts, not the engine's aliases.
_PEOPLE = [
    ("Joe", "Biden", "the U.S. president"), ("Donald", "Trump", "the U.S. president"),
    ("Xi", "Jinping", "the Chinese leader"), ("Jake", "Sullivan", "the national security adviser"),
    ("Antony", "Blinken", "the secretary of state"), ("Marco", "Rubio", "the secretary of state"),
    ("Wang", "Yi", "China's top diplomat"), ("Janet", "Yellen", "the Treasury secretary"),
    ("Lloyd", "Austin", "the defense secretary"), ("Gina", "Raimondo", "the commerce secretary"),
    ("Kamala", "Harris", "the vice president"), ("John", "Kirby", "the National Security Council spokesman"),
    ("Li", "Qiang", "the Chinese premier"), ("Scott", "Bessent", "the Treasury secretary"),
    ("Jon", "Finer", "the deputy national security adviser"), ("Vladimir", "Putin", "the Russian president"),
    ("Volodymyr", "Zelenskyy", "the Ukrainian president"), ("Fumio", "Kishida", "the Japanese prime minister"),
    ("Narendra", "Modi", "the Indian prime minister"), ("Benjamin", "Netanyahu", "the Israeli prime minister"),
]
# Chinese names are written family name first: "Xi Jinping" is "Xi", "Wang Yi" is "Wang".
_FAMILY_FIRST = {"Xi", "Wang", "Li"}
# Whose official each person of the table is, as the adjective a reporter writes ("his Chinese counterpart"),
# and which are women (the possessive before "counterpart").
_NATIONALITY = {"Biden": "American", "Trump": "American", "Sullivan": "American", "Blinken": "American",
                "Rubio": "American", "Yellen": "American", "Austin": "American", "Raimondo": "American",
                "Harris": "American", "Kirby": "American", "Bessent": "American", "Finer": "American",
                "Xi": "Chinese", "Wang": "Chinese", "Li": "Chinese", "Putin": "Russian", "Zelenskyy": "Ukrainian",
                "Kishida": "Japanese", "Modi": "Indian", "Netanyahu": "Israeli"}
_WOMEN = {"Yellen", "Raimondo", "Harris"}


def _person_forms(given: str, family: str) -> tuple[str, str]:
    """(full name, short name) as a reporter writes them."""
    if given in _FAMILY_FIRST:
        return f"{given} {family}", given
    return f"{given} {family}", family


def _names_in(claim: str, protected: list[tuple[int, int]]):
    """(start, end, full, short, office, written in full) of each person the table knows, in order."""
    found = []
    for given, family, office in _PEOPLE:
        full, short = _person_forms(given, family)
        for match in re.finditer(r"(?<![\w-])(?:" + re.escape(full) + "|" + re.escape(short) + r")(?![\w-])", claim):
            if _protected(claim, protected, *match.span()):
                continue
            found.append((match.start(), match.end(), full, short, office, match.group() == full))
    return sorted(found)


def rewrite_name(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for start, end, full, short, _, in_full in _names_in(claim, protected):
        # A title just before a short name ("President Xi") would read oddly with a full name after it.
        new = short if in_full else full
        return Rewrite("name", _replace(claim, start, end, new), f"{claim[start:end]} -> {new}")
    return None


_TITLE_BEFORE = re.compile(r"(?:(?:[A-Z][a-z]+|U\.S\.|Vice|National|Security|of|State)\s+)+$")


def rewrite_title(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for start, end, _, _, office, _ in _names_in(claim, protected):
        before = claim[:start].lower()
        if before.rstrip().endswith(office.lower().removeprefix("the ")) or before.endswith("-elect "):
            continue  # "national security adviser Jake Sullivan": the office is written already
        # "President Biden", "Secretary of State Antony Blinken": the office replaces the whole name.
        title = _TITLE_BEFORE.search(claim[:start])
        if title and title.group().split()[0] in ("President", "Secretary", "Foreign", "National", "Vice",
                                                  "Premier", "Prime", "Treasury", "Defense", "Commerce", "Deputy",
                                                  "U.S.", "Chinese", "Director", "Minister"):
            start = title.start()
        possessive = claim[end:end + 2] in ("'s", "’s")
        new = office + (claim[end:end + 2] if possessive else "")
        if possessive:
            end += 2
        if start == 0 or claim[:start].rstrip().endswith((".", ":", "\"", "“")):
            new = new[:1].upper() + new[1:]
        return Rewrite("title", _replace(claim, start, end, new), f"{claim[start:end]} -> {new}")
    return None


# A government named by its capital, as news prose does: only a country as the subject of a verb.
_CAPITALS = [("the United States", "Washington"), ("The United States", "Washington"), ("China", "Beijing"),
             ("Russia", "Moscow"), ("Japan", "Tokyo"), ("India", "New Delhi"), ("Ukraine", "Kyiv"),
             ("Iran", "Tehran"), ("South Korea", "Seoul"), ("the Philippines", "Manila"),
             ("The Philippines", "Manila"), ("Vietnam", "Hanoi"), ("Australia", "Canberra")]
_SUBJECT_VERB = re.compile(r"\s+(?:has|have|had|will|would|is|was|agreed|said|says|pledged|committed|announced|"
                           r"urged|called|welcomed|expressed|reaffirmed|affirmed|noted|stressed|warned|opposed|"
                           r"wants|sought|seeks|plans|planned|intends|must|should|could|can)\b")


def rewrite_capital(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for country, capital in _CAPITALS:
        for match in re.finditer(r"(?<![\w-])" + re.escape(country) + r"(?![\w'’-])", claim):
            if _protected(claim, protected, *match.span()) or not _SUBJECT_VERB.match(claim, match.end()):
                continue
            if re.search(r"\b(?:in|from|to|at|against|with|of|on|by|and|or)\s+$", claim[:match.start()]):
                continue  # after a preposition or in a list: a place or a party, not the government speaking
            return Rewrite("capital", _replace(claim, *match.span(), capital), f"{country} -> {capital}")
    return None


# ---------------------------------------------------------------- the ways news prose loosens a detail

_ON_DATE = re.compile(r"\bon\s+(?:(?:" + "|".join(calendar.day_name) + r"),?\s+)?(?P<month>" + _MONTH
                      + r")\.?\s+(?P<day>\d{1,2})\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
                        r"(?!\s*[-–]|\s+(?:to|and|through)\s+\d)",
                      re.IGNORECASE)


def rewrite_relative(claim: str, protected: list[tuple[int, int]], published: date | None) -> Rewrite | None:
    """A dated day of the week before the article's day as its weekday ("on Friday"); an earlier day of the
    article's month as "earlier this month"; a day or a month of the month before as "last month"; an earlier
    day or month of its year as "earlier this year"; the year before as "last year". The time itself stays the
    same: only the way it is told changes. A weekday alone of the article's week or the week before as
    "earlier this week" or "last week"."""
    if published is None:
        return None
    for match in _ON_DATE.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else _year_implied(month, published)
        try:
            told = date(year, month, day)
        except ValueError:
            continue
        before = (published - told).days
        if 1 <= before <= 6:
            new = "on " + calendar.day_name[told.weekday()]
        elif before >= 7 and (told.year, told.month) == (published.year, published.month):
            new = "earlier this month"
        elif before >= 7 and (told.year * 12 + told.month) == (published.year * 12 + published.month - 1):
            new = "last month"
        elif before >= 7 and told.year == published.year:
            new = "earlier this year"
        else:
            continue
        return Rewrite("relative", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    for match in _ON_WEEKDAY.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        # The weekday's last occurrence up to the article's day, as a news report of that week means it.
        before = (published.weekday() - list(calendar.day_name).index(match.group("weekday").title())) % 7
        told = published - timedelta(days=before)
        if 6 in (told.weekday(), published.weekday()) or _AHEAD.search(claim):
            continue  # a Sunday begins one week or ends another; a day ahead is the next of its name
        if told.isocalendar()[:2] == published.isocalendar()[:2] and before >= 2:
            new = "earlier this week"
        elif (published - timedelta(days=7)).isocalendar()[:2] == told.isocalendar()[:2]:
            new = "last week"
        else:
            continue
        new = _same_case(match.group(), new)
        return Rewrite("relative", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    for match in _IN_MONTH_OR_YEAR.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        year = int(match.group("year"))
        if match.group("month"):
            month = MONTHS[match.group("month").lower()]
            if year * 12 + month == published.year * 12 + published.month - 1:
                new = "last month"
            elif year == published.year and month < published.month:
                new = "earlier this year"
            else:
                continue
        elif year == published.year - 1:
            new = "last year"
        else:
            continue
        return Rewrite("relative", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


# "on Friday" alone: not a weekday given with its date ("on Friday, January 26"), which the first loop reads.
_ON_WEEKDAY = re.compile(r"\bon\s+(?P<weekday>" + "|".join(calendar.day_name) + r")\b(?!,?\s+(?:" + _MONTH
                         + r")|,?\s+\d)", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|would|next|upcoming|plans?|planned|scheduled|expected)\b", re.IGNORECASE)
# "in January 2024", "in 2023": a month of a year or a year alone (not a span "from 2021 to 2023", not "2023's").
_IN_MONTH_OR_YEAR = re.compile(r"\bin\s+(?:(?P<month>" + _MONTH + r")\s+)?(?P<year>(?:19|20)\d\d)\b"
                               r"(?![\w'’-]|\s*[-–]\s*\d)", re.IGNORECASE)


# A figure of the claim: digits with an optional dollar sign, scale word or percent. Not a year, a day of a
# month, an ordinal or part of a name ("G20", "2+2").
_FIGURE = re.compile(r"(?<![\w.,+/-])(?P<dollar>\$)?(?P<value>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
                     r"(?P<scale> (?:million|billion|trillion))?(?P<percent>%| percent)?(?![\w+/-]|[.,]\d)")
_HEDGED_BEFORE = re.compile(r"\b(?:about|around|nearly|almost|roughly|approximately|over|more than|less than|"
                            r"fewer than|some|up to|at least)\s+$", re.IGNORECASE)


# A figure that names something: after a capitalised word ("Section 301", "Executive Order 14257") or
# before a noun it names ("the bilateral 123 agreement", "the 2+2 dialogue").
_NAMING_FIGURE = re.compile(r"\b[A-Z][\w.]*\s+$|\bNo\.\s*$")
_NAMED_BY_FIGURE = re.compile(r"\s+(?:agreement|dialogue|format|group|process|mechanism)\b")


def _round_figure(value: float) -> tuple[float, str] | None:
    """A rounder figure near `value` and the hedge that keeps the claim true with it, at the precision news
    rounds to: the leading digit ("$553 million" -> "more than $500 million"), or the first two for a figure
    whose leading digit is 1 ("145" -> "more than 140"; "$1.2 trillion" -> "more than $1 trillion"). "Nearly"
    the round figure just above when the value is within a tenth of it and under a third of a step ("47" ->
    "nearly 50"); "about" the one just below on the same terms ("183" -> "about 180"); "more than" the one
    below otherwise. A figure news already writes round (one significant digit, or two ending in 5: "25 percent",
    "$150 million") is left as it is."""
    if value <= 0:
        return None
    digits = f"{value:.6g}".replace(".", "").replace("-", "").strip("0")
    if len(digits) == 1 or len(digits) == 2 and digits.endswith("5"):
        return None
    magnitude = 10 ** math.floor(math.log10(value))
    step = magnitude / 10 if value < 2 * magnitude else magnitude
    lower = math.floor(value / step + 1e-9) * step
    if abs(lower - value) < 1e-9 * value:
        # Round at two digits already ("$1.2 trillion"): the leading digit's precision ("more than $1 trillion").
        step = magnitude
        lower = math.floor(value / step + 1e-9) * step
    upper = lower + step
    if upper - value <= min(step * 0.3, upper / 10) + 1e-9 * value:
        return upper, "nearly"
    if value - lower <= min(step * 0.3, lower / 10) + 1e-9 * value:
        return lower, "about"
    return lower, "more than"


def _written(value: float) -> str:
    value = round(value, 6)
    return f"{int(value):,}" if value == int(value) else f"{value:g}"


def rewrite_round(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    dates = [m.span() for m in _DATE_SPAN.finditer(claim)]
    for match in _FIGURE.finditer(claim):
        if _protected(claim, protected + dates, *match.span()) or _HEDGED_BEFORE.search(claim[:match.start()]):
            continue
        if _NAMING_FIGURE.search(claim[:match.start()]) or _NAMED_BY_FIGURE.match(claim, match.end()):
            continue  # "Section 301", "the 123 agreement": a name, not an amount
        value = float(match.group("value").replace(",", ""))
        if not match.group("dollar") and not match.group("scale") and not match.group("percent"):
            if value == 24:  # a count of two dozen, as reporters write it
                new = "two dozen"
                return Rewrite("round", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
            if value < 20 or 1900 <= value <= 2100:
                continue  # a small count or a year: rounding it changes it
        rounded = _round_figure(value)
        if rounded is None:
            continue
        figure, hedge = rounded
        new = (f"{hedge} {match.group('dollar') or ''}{_written(figure)}{match.group('scale') or ''}"
               f"{match.group('percent') or ''}")
        return Rewrite("round", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


# Places at another level: a city as its country or state, a seat as its city. The harness's own facts.
_PLACE_LEVELS = [
    (r"the White House", "Washington"), (r"the State Department", "Washington"), (r"the Pentagon", "Washington"),
    (r"Zhongnanhai", "Beijing"), (r"the Great Hall of the People", "Beijing"),
    (r"Diaoyutai State Guesthouse", "Beijing"), (r"the Diaoyutai State Guesthouse", "Beijing"),
    (r"Woodside, California", "California"), (r"Woodside", "California"), (r"San Francisco", "California"),
    (r"Lima, Peru", "Peru"), (r"Lima", "Peru"), (r"Bali, Indonesia", "Indonesia"), (r"Bali", "Indonesia"),
    (r"Nusa Dua", "Indonesia"), (r"Vientiane, Laos", "Laos"), (r"Vientiane", "Laos"), (r"Beijing", "China"),
    (r"Shanghai", "China"), (r"Guangzhou", "China"), (r"Tokyo", "Japan"), (r"Seoul", "South Korea"),
    (r"Busan", "South Korea"), (r"Gyeongju", "South Korea"), (r"Kuala Lumpur", "Malaysia"), (r"Bangkok", "Thailand"),
    (r"Geneva", "Switzerland"), (r"Stockholm", "Sweden"), (r"London", "the United Kingdom"), (r"Madrid", "Spain"),
    (r"Vienna", "Austria"), (r"Rome", "Italy"), (r"Munich", "Germany"), (r"New Delhi", "India"),
    (r"Rio de Janeiro", "Brazil"), (r"Jakarta", "Indonesia"), (r"Hanoi", "Vietnam"), (r"Manila", "the Philippines"),
    (r"Singapore", "Southeast Asia"), (r"Anchorage", "Alaska"), (r"Honolulu", "Hawaii"),
    (r"New York", "the United States"),
]
_PLACE_LEVEL = [(re.compile(r"\b(?P<prep>in|at)\s+" + pattern + r"(?![\w-])"), new) for pattern, new in _PLACE_LEVELS]


def rewrite_level(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for pattern, new in _PLACE_LEVEL:
        for match in pattern.finditer(claim):
            if _protected(claim, protected, *match.span()):
                continue
            end = match.end()
            if claim.startswith(", " + new.removeprefix("the "), end):
                end += 2 + len(new.removeprefix("the "))  # "in Bangkok, Thailand" -> "in Thailand"
            new_text = f"in {new}"
            return Rewrite("level", _replace(claim, match.start(), end, new_text),
                           f"{claim[match.start():end]} -> {new_text}")
    return None


# A negation written another way, keeping what is denied and when.
_NEGATIONS = [
    (r"did not", "didn't"), (r"didn't", "did not"), (r"does not", "doesn't"), (r"doesn't", "does not"),
    (r"do not", "don't"), (r"don't", "do not"), (r"is not", "isn't"), (r"are not", "aren't"),
    (r"was not", "wasn't"), (r"were not", "weren't"), (r"has not yet", "has yet to"), (r"have not yet", "have yet to"),
    (r"has not", "hasn't"), (r"have not", "haven't"), (r"will not", "won't"), (r"won't", "will not"),
    (r"would not", "wouldn't"), (r"cannot", "can not"), (r"can't", "cannot"), (r"declined to", "would not"),
    (r"refused to", "would not"), (r"never", "not once"), (r"no longer", "not any longer"),
]
_NEGATION = [(re.compile(r"(?<![\w'’-])" + re.escape(pattern) + r"(?![\w'’-])", re.IGNORECASE), new)
             for pattern, new in _NEGATIONS]


def rewrite_negation(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    found = []
    for pattern, new in _NEGATION:
        for match in pattern.finditer(claim.replace("’", "'")):
            if not _protected(claim, protected, *match.span()):
                found.append((match.start(), match.end(), new))
    if not found:
        return None
    start, end, new = min(found)
    if new == "not once" and re.match(r"\s+(?:before|again|since)\b", claim[end:]):
        return None
    new_text = _same_case(claim[start:end], new)
    return Rewrite("negation", _replace(claim, start, end, new_text), f"{claim[start:end]} -> {new_text}")


# An occasion named another way: every summit is a meeting, a phone call is a call, holding talks is meeting.
_EVENTS = [(r"summit", "meeting"), (r"summits", "meetings"), (r"phone call", "call"), (r"telephone call", "call"),
           (r"video call", "virtual meeting"), (r"held talks", "met"), (r"phone conversation", "call"),
           (r"in-person meeting", "meeting"), (r"bilateral meeting", "meeting")]
_EVENT = [(re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])", re.IGNORECASE), new) for pattern, new in _EVENTS]


def rewrite_event(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    found = []
    for pattern, new in _EVENT:
        for match in pattern.finditer(claim):
            if _protected(claim, protected, *match.span()):
                continue
            before = claim[:match.start()]
            if re.search(r"(?<![\w.-])(?!(?:The|A|An|This|That|Its|Their)\s)(?:[A-Z][\w.-]*|\d+)\s+$", before) \
                    and new in ("meeting", "meetings"):
                continue  # a named summit ("the APEC summit", "the G20 summit") is that summit, not any meeting
            found.append((match.start(), match.end(), new))
    if not found:
        return None
    start, end, new = min(found)
    new_text = _same_case(claim[start:end], new)
    return Rewrite("event", _replace(claim, start, end, new_text), f"{claim[start:end]} -> {new_text}")
# ---------------------------------------------------------------- wording

# A reporter's word for the record's, meaning kept in a sentence of news about diplomacy (the old word as a whole
# word, any case; the new one takes its capital). Verbs in the tense the claim gives them; nouns in their number.
_SYNONYMS = [
    ("reaffirmed", "restated"), ("reaffirm", "restate"), ("emphasized", "stressed"), ("stressed", "emphasized"),
    ("underscored", "highlighted"), ("highlighted", "underscored"), ("welcomed", "hailed"), ("expressed", "voiced"),
    ("announced", "unveiled"), ("pledged", "vowed"), ("committed to", "pledged to"), ("strengthen", "bolster"),
    ("strengthening", "bolstering"), ("cooperation", "collaboration"), ("leaders", "heads"), ("important", "key"),
    ("significant", "major"), ("continue", "keep"), ("increase", "boost"), ("ensure", "make sure"),
    ("countries", "nations"), ("nations", "countries"), ("relations", "ties"), ("ties", "relations"),
    ("began", "started"), ("talks", "discussions"), ("discussions", "talks"), ("deepen", "broaden"),
    ("signed", "inked"), ("launched", "kicked off"), ("concerns", "worries"), ("concern", "worry"),
    ("noted", "observed"), ("praised", "commended"), ("largest", "biggest"), ("reviewed", "took stock of"),
    ("accelerate", "speed up"), ("firearms", "guns"), ("additional", "more"), ("purchase", "buy"),
    ("provide", "give"), ("assistance", "aid"), ("aid", "assistance"), ("met with", "sat down with"),
    ("goal", "aim"), ("global", "worldwide"), ("negotiations", "talks"), ("agreement", "deal"),
    ("deal", "agreement"), ("called for", "urged"), ("urged", "pressed"), ("discussed", "talked about"),
    ("condemned", "denounced"), ("efforts", "work"), ("issues", "matters"), ("vital", "crucial"),
]
WORDING_CHANGES = 3
_SYNONYM = [(re.compile(r"(?<![\w-])" + re.escape(old) + r"(?![\w-])", re.IGNORECASE), old, new)
            for old, new in _SYNONYMS]


@lru_cache(maxsize=1)
def synonyms_the_engine_folds() -> frozenset[str]:
    """The table's words the engine already reads as one (the same keys): left out of the measure."""
    return frozenset(old for _, old, new in _SYNONYM if analyze(old).keys == analyze(new).keys)


def rewrite_wording(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    """Up to WORDING_CHANGES of the table's words at once, the earliest first: a reporter's paraphrase rarely
    changes one word alone, and one word less of a claim well above the support score seldom moves it."""
    folded = synonyms_the_engine_folds()
    found = []
    for pattern, old, new in _SYNONYM:
        if old in folded:
            continue
        for match in pattern.finditer(claim):
            start, end = match.span()
            if _protected(claim, protected, start, end):
                continue
            if claim[start].isupper() and claim[:start].strip():
                continue  # a capital inside the sentence is a name's word ("the Good Friday Agreement")
            found.append((start, end, new))
    chosen: list[tuple[int, int, str]] = []
    for start, end, new in sorted(found):
        if len(chosen) < WORDING_CHANGES and all(end <= s or e <= start for s, e, _ in chosen):
            chosen.append((start, end, new))
    if not chosen:
        return None
    text, changes = claim, []
    for start, end, new in reversed(chosen):
        new_text = _same_case(claim[start:end], new)
        text = _replace(text, start, end, new_text)
        changes.insert(0, f"{claim[start:end]} -> {new_text}")
    return Rewrite("wording", text, "; ".join(changes))


# ---------------------------------------------------------------- actors named together, by relation or by seat

# A country as a list or a pair names it, with the capital a reporter writes for its government.
_PAIR_COUNTRIES = [("the United States", "Washington"), ("the U.S.", "Washington"), ("China", "Beijing"),
                   ("Russia", "Moscow"), ("Japan", "Tokyo"), ("India", "New Delhi"), ("Ukraine", "Kyiv"),
                   ("South Korea", "Seoul"), ("the Republic of Korea", "Seoul"), ("the Philippines", "Manila"),
                   ("Vietnam", "Hanoi"), ("Australia", "Canberra"), ("the United Kingdom", "London"),
                   ("France", "Paris"), ("Germany", "Berlin"), ("Canada", "Ottawa"), ("Mexico", "Mexico City"),
                   ("Israel", "Jerusalem"), ("Iran", "Tehran")]
# Titles a reporter writes before a person's name ("President Biden", "Secretary of State Antony Blinken").
_PERSON_TITLE = (r"(?:(?:U\.S\.|Chinese|American|Russian|Japanese|Indian|Ukrainian|Israeli)\s+)?"
                 r"(?:(?:President|Vice\s+President|Premier|Prime\s+Minister|Secretary\s+of\s+State|Secretary|"
                 r"Treasury\s+Secretary|Defense\s+Secretary|Commerce\s+Secretary|Foreign\s+Minister|"
                 r"National\s+Security\s+(?:Adviser|Advisor)|Director|Chinese\s+Communist\s+Party\s+"
                 r"Political\s+Bureau\s+Member)\s+)?")


def _person_pattern() -> str:
    forms = []
    for given, family, _ in _PEOPLE:
        full, short = _person_forms(given, family)
        forms += [re.escape(full), re.escape(short)]
    return _PERSON_TITLE + r"(?:" + "|".join(sorted(set(forms), key=len, reverse=True)) + r")"


def _country_pattern() -> str:
    forms = sorted((re.escape(country) for country, _ in _PAIR_COUNTRIES), key=len, reverse=True)
    return r"(?:" + "|".join(forms) + r")"


_PERSON = _person_pattern()
_COUNTRY = _country_pattern()
# "Biden and Xi", "the United States and China": two of a kind joined by "and", neither possessive.
_PERSON_PAIR = re.compile(r"(?<![\w-])(?P<first>" + _PERSON + r")\s+and\s+(?P<second>" + _PERSON + r")(?![\w'’-])")
_COUNTRY_PAIR = re.compile(
    r"(?<![\w.-])(?P<first>" + _COUNTRY + r")\s+and\s+(?P<second>" + _COUNTRY + r")(?![\w'’-])", re.IGNORECASE)
_COUNTRY_LIST = re.compile(r"(?<![\w.-])(?P<list>" + _COUNTRY + r"(?:,\s+" + _COUNTRY + r")*,?\s+and\s+" + _COUNTRY
                           + r")(?![\w'’-])", re.IGNORECASE)
_PERSON_LIST = re.compile(r"(?<![\w-])(?P<list>" + _PERSON + r"(?:,\s+" + _PERSON + r")*,?\s+and\s+" + _PERSON
                          + r")(?![\w'’-])")
# A pair that is the subject: a verb (or an adverb and a verb) right after it, and nothing before it that makes
# it an object or a part of a longer list ("between", "with", "of", "A, B and C").
_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|jointly|together|both|each|later|then|again|further|previously|"
                            r"have|had|has|will|would)\s+)*(?:[a-z]+ed|met|held|spoke|made|took|gave|agreed|"
                            r"will|would|have|had|can|could|should|must|are|were|did|do|discussed|shook|"
                            r"exchanged|signed|vowed|pledged)\b")
_NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(?:between|with|of|for|to|by|from|and|on|about|against|among|"
                                 r"including|told|urged|asked)|,)\s+$", re.IGNORECASE)


def _is_subject(claim: str, start: int, end: int) -> bool:
    return bool(_AFTER_SUBJECT.match(claim, end)) and not _NOT_SUBJECT_BEFORE.search(claim[:start])


def _different(first: str, second: str) -> bool:
    """Two names of one pair that are not the same party written twice."""
    return first.split()[-1].lower() != second.split()[-1].lower()


def rewrite_pair(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for pattern, group in ((_PERSON_PAIR, "the two leaders"), (_COUNTRY_PAIR, "the two countries")):
        for match in pattern.finditer(claim):
            if _protected(claim, protected, *match.span()) or not _is_subject(claim, *match.span()) \
                    or not _different(match.group("first"), match.group("second")):
                continue
            new = group
            if match.start() == 0 or claim[:match.start()].rstrip().endswith((".", ":", "\"", "“")):
                new = new[:1].upper() + new[1:]
            start = match.start()
            # "Both Biden and Xi": "both" and "the two" say the same; one of them.
            both = re.search(r"\b[Bb]oth\s+$", claim[:start])
            if both:
                start = both.start()
                new = new[:1].upper() + new[1:] if claim[start].isupper() else new
            return Rewrite("pair", _replace(claim, start, match.end(), new), f"{claim[start:match.end()]} -> {new}")
    return None


def _capital_of(country: str) -> str:
    return next(capital for name, capital in _PAIR_COUNTRIES if name.lower() == country.lower())


def rewrite_capitals(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for match in _COUNTRY_PAIR.finditer(claim):
        if _protected(claim, protected, *match.span()) or not _different(match.group("first"), match.group("second")):
            continue
        if re.match(r"\s+(?:are|is|were|was)\s+(?:the|two|both)\b", claim[match.end():]):
            continue  # "the U.S. and China are the two largest economies": the countries, not their governments
        if claim[:match.start()].rstrip().endswith(","):
            continue  # the end of a longer list: half of it named by capitals reads oddly
        if re.search(r"\b(?:in|to|at|visit|visited|visiting|across|throughout)\s+$", claim[:match.start()]):
            continue  # where something happens is the country's land, not its government
        first, second = _capital_of(match.group("first")), _capital_of(match.group("second"))
        new = f"{first} and {second}"
        return Rewrite("capitals", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


def _list_items(text: str) -> list[str]:
    return [item for item in re.split(r",\s+and\s+|,\s+|\s+and\s+", text) if item]


def rewrite_order(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    for pattern in (_COUNTRY_LIST, _PERSON_LIST):
        for match in pattern.finditer(claim):
            if _protected(claim, protected, *match.span()):
                continue
            items = _list_items(match.group("list"))
            if not 2 <= len(items) <= 3 or len({item.split()[-1].lower() for item in items}) != len(items):
                continue
            before = claim[:match.start()]
            if re.search(r"\bbetween\s+$", before) is None and re.search(r"\b(?:from|to)\s+$", before):
                continue  # "from A to B" and the like: the order is a direction
            reordered = list(reversed(items))
            # A capital letter that opened the sentence stays at its start.
            if match.start() == 0 or before.rstrip().endswith((".", ":", "\"", "“")):
                reordered = [item[:1].lower() + item[1:] if item.startswith("The ") else item for item in reordered]
                reordered[0] = reordered[0][:1].upper() + reordered[0][1:]
            joiner = ", " if len(items) == 3 else ""
            new = (joiner.join(reordered[:-1]) + (", and " if ", and " in match.group("list") else " and ")
                   + reordered[-1]) if len(items) == 3 else f"{reordered[0]} and {reordered[1]}"
            return Rewrite("order", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


# A person's name as the other party of a meeting or call: after "met (with)", "spoke with", "talks with" ...
_COUNTERPART_SLOT = re.compile(r"\b(?:met|meets|meet|meeting|spoke|speaks|speak|talked|talks|call|called|calls|"
                               r"conversation|held\s+talks|sat\s+down)(?:\s+(?:with|to))?\s+$", re.IGNORECASE)


def rewrite_counterpart(claim: str, protected: list[tuple[int, int]]) -> Rewrite | None:
    """The second of two people of different countries, named after a verb of meeting or talking, as the
    first one's counterpart of that country ("Blinken met Wang Yi" -> "Blinken met his Chinese counterpart")."""
    people = [m for m in re.finditer(r"(?<![\w-])" + _PERSON + r"(?![\w-])", claim)
              if not _protected(claim, protected, *m.span())]
    for index, second in enumerate(people):
        if index == 0 or not _COUNTERPART_SLOT.search(claim[:second.start()]):
            continue
        first = people[0]
        nationality = _NATIONALITY.get(_family_of(second.group()))
        own = _NATIONALITY.get(_family_of(first.group()))
        if nationality is None or own is None or nationality == own \
                or claim[second.end():second.end() + 2] in ("'s", "’s"):
            continue
        possessive = "her" if _family_of(first.group()) in _WOMEN else "his"
        new = f"{possessive} {nationality} counterpart"
        return Rewrite("counterpart", _replace(claim, *second.span(), new), f"{second.group()} -> {new}")
    return None


def _family_of(named: str) -> str:
    """The table's key for a person as written ("President Xi Jinping" -> "Xi", "Antony Blinken" -> "Blinken")."""
    for given, family, _ in _PEOPLE:
        full, short = _person_forms(given, family)
        if re.search(r"(?<![\w-])(?:" + re.escape(full) + "|" + re.escape(short) + r")$", named):
            return short
    return named.split()[-1]


# A government's source phrase and a wider one that says no less: its officials, its seat, the White House for
# what its President said. Longest first.
_WIDER_SOURCE = [("the White House", "U.S. officials"), ("The White House", "U.S. officials"),
                 ("President Biden", "the White House"), ("President Trump", "the White House"),
                 ("Biden", "the White House"), ("Trump", "the White House"),
                 ("China's foreign ministry", "Beijing"), ("China's Foreign Ministry", "Beijing"),
                 ("the Chinese foreign ministry", "Beijing"), ("The Chinese foreign ministry", "Beijing"),
                 ("the Chinese Foreign Ministry", "Beijing"), ("The Chinese Foreign Ministry", "Beijing"),
                 ("the foreign ministry", "Beijing"), ("The foreign ministry", "Beijing"),
                 ("the Chinese side", "Chinese officials"), ("The Chinese side", "Chinese officials"),
                 ("the U.S. side", "U.S. officials"), ("The U.S. side", "U.S. officials"),
                 ("the Chinese embassy", "Chinese officials"), ("the Chinese Embassy", "Chinese officials"),
                 ("The Chinese embassy", "Chinese officials"), ("The Chinese Embassy", "Chinese officials"),
                 ("the Chinese readout", "Beijing's account"), ("The Chinese readout", "Beijing's account"),
                 ("the U.S. readout", "the White House's account"), ("The U.S. readout", "The White House's account"),
                 ("the White House readout", "the White House's account"),
                 ("The White House readout", "The White House's account")]


_SPEAKING = re.compile(r"\s+(?:said|says|announced|stated|added)\b")


def rewrite_source(claim: str, attribution: tuple[int, int] | None) -> Rewrite | None:
    """The claim's source phrase (the engine's attribution span) widened: a wider source that is still
    the same government says no less of who said it."""
    if attribution is None:
        return None
    start, end = attribution
    phrase = claim[start:end]
    for old, new in _WIDER_SOURCE:
        at = re.search(r"(?<![\w.])" + re.escape(old) + r"(?![\w'’])", phrase)
        if at is None:
            continue
        if new == "the White House" and not _SPEAKING.match(phrase, at.end()) \
                or re.search(r"[A-Z][\w.]*\s+$", phrase[:at.start()]) and not old.startswith("President"):
            # The President's words are the White House's only as something said ("Biden said", not "Biden told
            # his guest"), and only his name alone, not the end of a longer one ("U.S. President Joseph Biden").
            continue
        written = new
        if start + at.start() == 0 or claim[:start + at.start()].rstrip().endswith((".", ":", "\"", "“")):
            written = written[:1].upper() + written[1:]
        changed = _replace(claim, start + at.start(), start + at.end(), written)
        # The verb agrees with a plural subject ("U.S. officials says" is no paraphrase).
        if written.endswith("officials"):
            after = start + at.start() + len(written)
            changed = changed[:after] + re.sub(r"^(\s+)(says|has|is|was)\b",
                                               lambda m: m.group(1) + {"says": "say", "has": "have", "is": "are",
                                                                       "was": "were"}[m.group(2)],
                                               changed[after:], count=1)
        return Rewrite("source", changed, f"{old} -> {written}")
    return None


# The U.S. government as the doer of an act, and the verbs of acts a President's administration does in his name.
_US_DOER = re.compile(r"(?<![\w-])(?P<doer>[Tt]he White House|[Tt]he (?:Biden|Trump) [Aa]dministration|"
                      r"[Tt]he [Aa]dministration|[Tt]he Biden-Harris [Aa]dministration|[Tt]he United States|"
                      r"[Tt]he U\.S\.|Washington)(?=\s+(?:also\s+|on\s+\w+\s+)?(?:announced|announces|"
                      r"unveiled|unveils|launched|launches|will|intends|plans|is\s+(?:announcing|launching|taking)|"
                      r"imposed|imposes|signed|released|issued|proposed|pledged|committed)\b)")
# The President of each term (the harness's own table of facts).
_PRESIDENTS = [(date(2021, 1, 20), "Biden"), (date(2025, 1, 20), "Trump")]


def rewrite_head(claim: str, protected: list[tuple[int, int]], published: date | None) -> Rewrite | None:
    if published is None or published < _PRESIDENTS[0][0]:
        return None
    president = [name for start, name in _PRESIDENTS if start <= published][-1]
    for match in _US_DOER.finditer(claim):
        if _protected(claim, protected, *match.span()) or _NOT_SUBJECT_BEFORE.search(claim[:match.start()]):
            continue  # "talks between China and the United States will resume": no doer of its own
        if match.group("doer").lower().startswith("the white house") and re.match(r"\s+(?:said|says)\b",
                                                                                   claim[match.end():]):
            continue  # what the White House said: a source, not a doer
        new = "President " + president
        return Rewrite("head", _replace(claim, *match.span(), new), f"{match.group()} -> {new}")
    return None


# ---------------------------------------------------------------- running

def rewrites(base: Base, kinds: tuple[str, ...]) -> list[Rewrite]:
    claim = base.gold.claim
    engine_claim = _engine_claim(base.article, base.start, base.start + len(claim))
    protected = [(q.start, q.end) for q in find_quotes(claim)]
    quotes = list(protected)
    attribution = None
    if engine_claim is not None and engine_claim.attribution_start is not None:
        attribution = (engine_claim.attribution_start - base.start, engine_claim.attribution_end - base.start)
        protected.append(attribution)
        if not (0 <= attribution[0] and attribution[1] <= len(claim)):
            attribution = None  # the source is named outside the claim ("..., she said" in the next sentence)
    made = {
        "number": lambda: rewrite_number(claim, protected),
        "date": lambda: rewrite_date(claim, protected),
        "weekday": lambda: rewrite_weekday(claim, protected, base.gold.published),
        "duration": lambda: rewrite_duration(claim, protected),
        "name": lambda: rewrite_name(claim, protected),
        "title": lambda: rewrite_title(claim, protected),
        "capital": lambda: rewrite_capital(claim, protected),
        "relative": lambda: rewrite_relative(claim, protected, base.gold.published),
        "round": lambda: rewrite_round(claim, protected),
        "level": lambda: rewrite_level(claim, protected),
        "negation": lambda: rewrite_negation(claim, protected),
        "event": lambda: rewrite_event(claim, protected),
        "pair": lambda: rewrite_pair(claim, protected),
        "capitals": lambda: rewrite_capitals(claim, protected),
        "order": lambda: rewrite_order(claim, protected),
        "counterpart": lambda: rewrite_counterpart(claim, protected),
        "source": lambda: rewrite_source(claim, attribution),
        # The source phrase too ("The White House announced that ..."): what his White House announced, news
        # prose has the President announce.
        "head": lambda: rewrite_head(claim, quotes, base.gold.published),
        "wording": lambda: rewrite_wording(claim, protected),
    }
    return [r for r in (made[kind]() for kind in kinds) if r is not None and r.claim != claim]


def run_one(engine, base: Base, rewrite: Rewrite) -> Outcome:
    text = _replace(base.article, base.start, base.start + len(base.gold.claim), rewrite.claim)
    result = _check(engine, text, base.gold.published, base.start, base.start + len(rewrite.claim))
    evidence = result.get("evidence") or []
    top = f"{evidence[0].get('url')}: {evidence[0].get('sentence')}" if evidence else None
    return Outcome(rewrite, base, result["verdict"], tuple(result.get("reasons", ())), top)


def report(outcomes: list[Outcome], bases: int, out=sys.stdout) -> dict:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.rewrite.kind].append(outcome)
    print(f"{bases} base claims (gold supported, engine supported citing the gold publication)", file=out)
    print(f"{'kind':<10} {'kept':>6} {'made':>5} {'contested':>9} {'unsourced':>9}  false contests by reason", file=out)
    summary: dict[str, dict] = {}
    for kind in KINDS + tuple(k for k in ACTOR_KINDS + WORDING_KINDS if k in by_kind):
        group = by_kind.get(kind, [])
        kept = sum(o.verdict == "supported" for o in group)
        contested = [o for o in group if o.verdict == "contested"]
        reasons = Counter(reason for o in contested for reason in o.reasons)
        summary[kind] = {"kept": kept, "made": len(group), "contested": len(contested),
                         "unsourced": sum(o.verdict == "unsourced" for o in group)}
        rate = kept / len(group) if group else 0.0
        print(f"{kind:<10} {rate:>6.3f} {len(group):>5} {len(contested):>9} {summary[kind]['unsourced']:>9}  "
              + ", ".join(f"{r} {c}" for r, c in reasons.most_common()), file=out)
    made = sum(s["made"] for s in summary.values())
    kept = sum(s["kept"] for s in summary.values())
    contested = sum(s["contested"] for s in summary.values())
    print(f"{'all':<10} {kept / made if made else 0:>6.3f} {made:>5} {contested:>9}", file=out)
    print("\nFalse contests and lost matches:", file=out)
    for kind in KINDS + ACTOR_KINDS + WORDING_KINDS:
        for o in by_kind.get(kind, []):
            if o.verdict != "supported":
                print(f"[{kind}] {o.base.gold_file}:{o.base.gold.line} {o.rewrite.change} => {o.verdict} "
                      f"{','.join(o.reasons)}", file=out)
                print(f"    {o.rewrite.claim}", file=out)
                if o.evidence:
                    print(f"    evidence: {o.evidence[:300]}", file=out)
    summary["all"] = {"kept": kept, "made": made, "contested": contested}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = harness_arguments("python -m tests.eval.rephrase", __doc__)
    parser.add_argument("--gold", action="append", help="gold file (default: every training set)")
    parser.add_argument("--kind", action="append", choices=KINDS + ACTOR_KINDS + WORDING_KINDS,
                        help="only these kinds (default: all but the on-request ones, see above)")
    parser.add_argument("--actors", action="store_true", help="the on-request kinds of actor references too")
    parser.add_argument("--wording", action="store_true", help="the on-request wording kind too (see above)")
    args = parser.parse_args(argv)
    gold_files = args.gold or list(TUNING_SETS)
    if any(g not in TUNING_SETS for g in gold_files):
        parser.error("only the training sets are rewritten: " + ", ".join(TUNING_SETS))
    wanted = args.kind or (KINDS + ACTOR_KINDS if args.actors else KINDS)
    if args.actors and args.kind:
        wanted = tuple(args.kind) + ACTOR_KINDS
    if args.wording:
        wanted = tuple(wanted) + WORDING_KINDS
    kinds = tuple(k for k in KINDS + ACTOR_KINDS + WORDING_KINDS if k in wanted)
    if "wording" in kinds:
        print("wording pairs the engine already folds (left out): " + ", ".join(sorted(synonyms_the_engine_folds())))
    engine = open_database(args.db)
    bases = find_bases(engine, gold_files, full=False)
    outcomes = [run_one(engine, base, rewrite) for base in bases for rewrite in rewrites(base, kinds)]
    summary = report(outcomes, len(bases))
    if args.json:
        write_outcomes(args.json, {"summary": summary, "outcomes": [
            {"kind": o.rewrite.kind, "gold": f"{o.base.gold_file}:{o.base.gold.line}", "change": o.rewrite.change,
             "claim": o.rewrite.claim, "verdict": o.verdict, "reasons": list(o.reasons), "evidence": o.evidence}
            for o in outcomes]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
