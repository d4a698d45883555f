"""The dates, periods and counts a text names (`Times`, `Quantity`; `_times_and_numbers`):
days and months written either way round, years, relative times, seasons, quarters and halves, figures with their
scale and unit, shares, multiples, ordinals with the phrase they count, the numbered parts of a treaty or law.

Apart because it reads the folded text with patterns of its own and needs only keys: an `Analysis` works it out
on first use (`Analysis.times`), for the candidates the verdict rules look at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from verifier.normalize.keys import keys_of, word_key
from verifier.normalize.words import (
    _MONTH_ABBREVIATIONS,
    _TEEN_WORDS,
    _TENS_WORDS,
    _UNIT_WORDS,
    MONTH_NAMES,
    MONTH_NAMES_BUT_MAY,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_UNIT_DIVIDER,
    ORDINAL_UNIT_PREFIX,
    ORDINAL_WORDS,
    SCALE_WORDS,
    SEASONS,
    STOPWORDS,
    TIME_UNIT_SCALE,
    TIMES_WORDS,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # key of the counted noun ("day", "peopl"), "" when none


@dataclass(frozen=True, slots=True)
class Times:
    """The dates, periods and counts a text names."""

    quantities: list[Quantity] = field(default_factory=list)
    days: frozenset[tuple[int, int]] = frozenset()  # (month, day) named
    months: frozenset[int] = frozenset()  # months named without a day
    years: frozenset[int] = frozenset()
    relative: frozenset[tuple[str, str]] = frozenset()  # ("future"|"past", "week"|"month"|...)
    seasons: frozenset[str] = frozenset()
    periods: frozenset[int] = frozenset()  # the months of a quarter or half named ("the first quarter")
    has_past_reference: bool = False  # "last year", "in 2022", "previously"


# TIME_UNIT_SCALE in keys, and the key of the base unit durations under an hour are counted in.
TIME_UNIT_KEYS = {word_key(unit): (word_key(base), factor) for unit, (base, factor) in TIME_UNIT_SCALE.items()}
MINUTE_UNIT = word_key("minute")
# Every unit of time a duration may be written in ("months", "days" as well as "years").
_TIME_KEYS = frozenset(TIME_UNIT_KEYS) | {base for base, _ in TIME_UNIT_KEYS.values()}
# Ordinal units that count occasions of any kind: "the fifth time they spoke"
# is compared with "their fourth conversation".
GENERIC_ORDINAL_UNITS = frozenset(ORDINAL_UNIT_PREFIX + key for key in keys_of(["time", "occasion", "round"]))

# "September the 20th", as people say it in remarks, is the month's day too.
_DATE = re.compile(
    r"\b(?P<month>" + MONTH_NAMES + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+"
    r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and|through)\s*"
    r"(?:(?P<month2>" + MONTH_NAMES + r")\s+)?"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?\b")
# The day first, as most of the world and joint statements write it: "the 25th of September", "1 September
# 2025", "25-26 September". "May" then needs its year ("10 may face" is no date).
_DAY_OF_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?\s+"
    r"(?:of\s+(?P<month_of>" + MONTH_NAMES + r")|(?P<month>" + MONTH_NAMES_BUT_MAY + r"|may(?=,?\s+\d{4}\b)))\b")
# A day written in digits after "on" or "of": "on 6/9", "on the afternoon of 25/9". Day first or month
# first, as the writer's country has it: both readings stand unless one of the numbers is over 12.
_NUMERIC_DATE = re.compile(r"\b(?:on|of)\s+(?P<first>\d{1,2})/(?P<second>\d{1,2})\b(?![/.,]?\d)")
_MONTH_ONLY = re.compile(
    # "the October summit", "his March visit": a month naming an occasion is its month too; "at the end
    # of July" is July.
    r"\b(?:in|on|by|since|until|during|through|before|after|early|late|mid|from|last|next|this|the|his|her|their|"
    r"its|of)[\s-]+"
    r"(?P<month>" + MONTH_NAMES_BUT_MAY + r"|may"
    # "This may take weeks": after a determiner "may" is the verb, unless an occasion follows.
    r"(?:(?=[\s-]+(?:summit|visit|meeting|talks|call|trip|round|session|election|deal|agreement|statement))"
    r"|(?<!this may)(?<!the may)(?<!his may)(?<!her may)(?<!its may)(?<!their may)))"
    # Not "May 15" (a day, _DATE's), but "November 2023" is the month of a year.
    r"(?!\s+\d{1,2}(?!\d))(?:,?\s+(?P<year>\d{4}))?\b")
# Years from 1900: statements recall the century's history by its years ("Back in 1940", "the Tariff Act of
# 1930"); a count of that size is written with its thousands' comma ("1,938 passengers").
_YEAR = re.compile(r"\b(?:19\d\d|20\d\d)\b")
_RELATIVE = re.compile(
    r"\b(?P<direction>coming|next|following|upcoming|past|last|recent|previous|preceding)\s+"
    r"(?:(?:few|several|couple\s+of|\w+)\s+)?(?P<unit>day|week|month|year|decade)s?\b"
    r"(?P<half>\s+and\s+a\s+half\b)?")
_SEASON = re.compile(r"\b(" + "|".join(sorted(SEASONS)) + r")\b")
# "Said at the time" recalls an earlier occasion; "at the same time" and "at the time of the talks" do not.
_PAST_REFERENCE = re.compile(r"\b(?:last\s+(?:year|month|spring|summer|fall|autumn|winter)|previously|"
                             r"in\s+(?:19|20)\d\d|years?\s+ago|earlier\s+this\s+year|since\s+(?:19|20)\d\d|"
                             r"at\s+(?:the|that)\s+time(?!\s+of\b))\b")
_QUANTITY = re.compile(
    # "$395.4 billion", "US$5bn": an amount of money whatever word follows.
    # Not after ":": the minutes of "4:00 a.m." are no count of their own.
    # Nor after a word and a hyphen: "COVID-19", "F-35" and "G-20" are names, not counts.
    # Nor a number joined to another by "+": "the 2+2 dialogue", "a 3+3 meeting" name a format, not a count.
    # "€40 billion", "£5m": a sum in another currency, compared only with sums in that currency.
    r"(?<![\w.,:+])(?<![a-z]-)(?P<money>(?:us)?\$\s?|€\s?|£\s?)?"
    # A word number is a whole word ("eighteen" is not "eight"); "twenty-four" is one number. A comma after
    # digits ends the figure ("in 2022, five weeks before"), so the next number is read on its own.
    r"(?P<number>\d(?:[\d,]*\d)?(?:\.\d+)?(?![\d,.]*\+\d)|(?:"
    + "|".join(sorted([*NUMBER_WORDS, *ORDINAL_WORDS], key=len, reverse=True))
    + r")(?![a-z]))(?:-(?P<ones>" + "|".join(_UNIT_WORDS) + r")(?![a-z]))?"
    r"(?P<ordinal>st|nd|rd|th)?(?P<half>\s+and\s+a\s+half\b)?"
    # "$90+ million", "50+ years": the "+" says "or more" of the figure as written, scale and unit still its own.
    r"(?:\+(?=[\s-]))?"
    # The scale may be joined by a hyphen, as in an adjective ("a $600-billion commitment").
    r"(?:\s*(?P<short_scale>bn|tn|mn)\b|[\s-]+(?P<scale>thousand|million|billion|trillion))?"
    r"(?:\s*(?P<percent>%|percent|per cent))?"
    # The counted noun, past a word that only qualifies it ("70 such Americans", "two more days").
    # "50-plus years" counts years, "plus" bounding the figure.
    r"(?:[\s-]+(?:(?:such|more|other|additional|new|further|separate|consecutive|straight|full|whole|plus)"
    r"\s+)?"
    # A format's name between the count and its noun ("the second such 2+2 meeting") is no unit.
    r"(?:\d+\+\d+\s+)?"
    # "35 billion U.S. dollars", "a second U.S.-ASEAN maritime exercise": the country of the currency, or the
    # pair of parties, is no unit of its own; what is counted follows it.
    r"(?:u\.?s\.?\s+(?=dollars?\b)|(?:u\.s\.|us)(?:-[a-z]+)+\s+(?=[a-z]))?(?P<unit>[a-z]+))?")
# "Half a dozen", "a half a dozen": the half before "dozen" halves it.
_DOZEN_WORDS = frozenset({"dozen", "a dozen"})
_HALF_BEFORE = re.compile(r"\bhalf[\s-]+(?:a\s+)?$")
_SHORT_SCALES = {"bn": "billion", "tn": "trillion", "mn": "million"}
# Abbreviated units that carry their scale: "25 MMT" is "25 million metric tons" (whose unit word is "metric").
_SCALED_UNITS = {"mmt": (1_000_000, "metric"), "bcm": (1_000_000_000, "cubic")}
# "a year and a half", "the past year and a half", "half an hour": a duration with no digit or number word.
_HALF_UNIT = re.compile(r"\b(?:(?P<whole>a|an|one|the\s+(?:past|last))\s+(?P<unit>year|month|week|day|hour)"
                        r"\s+and\s+a\s+half|"
                        r"half\s+an?\s+(?P<half_unit>year|day|hour))\b")
# "lasted about an hour", "for more than a week": one unit of time, said without a number. Only after
# a word that makes it a length ("once a year" is a rate, "a day later" a point in time).
_ONE_UNIT = re.compile(r"\b(?:for|about|nearly|almost|roughly|around|approximately|over|lasted|lasting|spent|"
                       r"than|under|some|just)\s+an?\s+(?P<unit>hour|day|week|month|year|decade)\b"
                       r"(?!\s+and\s+a\s+half|\s+(?:ago|later|earlier|before|after|from|or\s+two|or\s+so))")
_FUTURE = frozenset({"coming", "next", "following", "upcoming"})
# "in a little over a year", "in just under a month": the span something happened within, not a length.
_COUNTED_WITHIN = re.compile(r"\bin\s+(?:a\s+little\s+|just\s+|slightly\s+)?$")
# The same with a number: "in a little over 12 months", "in just under two years".
_COUNTED_WITHIN_NUMBER = re.compile(r"\bin\s+(?:a\s+little|just|slightly)\s+"
                                    r"(?:(?:over|under|more\s+than|less\s+than)\s+)?$")
# A share said as a fraction ("about half of all global trade", "one-third of the budget", "two-thirds of
# the funds"): the percentage it is, so "one third" and "half" of the same thing disagree and "half" and
# "50 percent" agree. Not a period ("the first half of the year", "the third quarter of"), which an
# ordinal or "the" before it makes.
_SHARE = re.compile(r"(?<!\bthe\s)(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!last\s)(?<!final\s)"
                    r"\b(?:(?P<count>a|an|one|two|three|four)[\s-]+)?(?P<part>half|thirds?|quarters?|fifths?)"
                    r"\s+(?:of|the)\b")
# After a share's "of": a sum of dollars counted in a scale ("three-quarters of a trillion dollars").
_FRACTION_OF_AMOUNT = re.compile(r"\s+an?\s+(?P<scale>million|billion|trillion)\s+(?:u\.?s\.?\s+)?dollars\b")
_SHARE_PARTS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
# A growth said as a multiple: "more than doubled", "roughly tripled", "a fourfold rise" (unit MULTIPLE_UNIT). Only
# the verb's past and -ing forms: "double" and "triple" are also adjectives ("double taxation", "a triple
# threat"), and "doubled down" commits harder, it multiplies nothing.
_MULTIPLIED_STEMS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4}
_MULTIPLIED = re.compile(r"\b(?:(?P<stem>" + "|".join(_MULTIPLIED_STEMS) + r")(?:ed|ing)(?!\s+down\b)|"
                         r"(?P<count>two|three|four|five|ten)fold)\b")  # "10-fold", "two-fold": _QUANTITY's unit
MULTIPLE_UNIT = "fold"
# After "<number>-year": the anniversary the count ranks ("the 50-year anniversary of independence").
_YEARS_ANNIVERSARY = re.compile(r"\s+anniversary\b")
# Words after a number that are not what it counts ("two-way trade" counts no ways).
_NOT_UNITS = frozenset({"of", "and", "or", "to", "the", "a", "in", "on", "at", "for", "by", "with", "from", "way"})


def _month_number(name: str) -> int:
    return MONTHS.get(name) or _MONTH_ABBREVIATIONS[name[:4] if name == "sept" else name[:3]]


# What each pattern cannot match without (a digit, or one of these strings):
# a text holding none is not searched with it. A pattern given a new
# alternative needs its word here too (tests/test_normalize.py checks the
# bundled texts come out the same with every pattern searched).
_DIGIT = re.compile(r"\d")  # _DATE, _DAY_OF_MONTH, _YEAR; _QUANTITY, _PAST_REFERENCE with the words below
_MONTH_STEMS = tuple(name[:3] for name in MONTHS)  # dates
_RELATIVE_UNITS = ("day", "week", "month", "year", "decade")  # _RELATIVE
_SEASON_WORDS = tuple(sorted(SEASONS))  # _SEASON
_PAST_WORDS = ("last", "previously", "ago", "earlier", " time")  # _PAST_REFERENCE
_COUNT_WORDS = tuple(NUMBER_WORDS) + tuple(ORDINAL_WORDS)  # _QUANTITY


# Dollars written as a word after the amount ("268 million USD", "5 million dollars") are "$".
_DOLLAR_UNITS = keys_of(("dollar", "usd"))
# Euros written as a word ("40 billion euros") are "€", as "€40 billion" is. ("Pounds" also weigh things.)
_EURO_UNITS = keys_of(("euro", "euros", "eur"))


def _numeric_date_readings(first: int, second: int) -> set[tuple[int, int]]:
    """The (month, day) pairs "first/second" may be: day first ("6/9" is 6 September where most of the
    world writes it) and month first (9 June in the United States)."""
    return {(month, day) for month, day in ((second, first), (first, second)) if 1 <= month <= 12 and 1 <= day <= 31}


# A number of hundreds spelt out: "six hundred and seventy (million)", "a hundred and twenty-five", "two
# hundred".
_SPELT_HUNDREDS = re.compile(
    rf"\b(?P<hundreds>a|{'|'.join(_UNIT_WORDS)})\s+hundred"
    rf"(?:\s+(?:and\s+)?(?:(?P<tens>{'|'.join(_TENS_WORDS)})(?:[\s-](?P<ones>{'|'.join(_UNIT_WORDS)}))?"
    rf"|(?P<small>{'|'.join(_UNIT_WORDS + _TEEN_WORDS)})))?\b")


def _hundreds_in_digits(folded: str) -> str:
    """The text with each number of hundreds spelt out written in digits, padded with spaces to the words'
    length so that every other offset stays: "six hundred and seventy million" is read as 670 million, not as
    six hundreds and 70 million."""
    def digits(match: re.Match) -> str:
        value = 100 * (1 if match.group("hundreds") == "a" else NUMBER_WORDS[match.group("hundreds")])
        value += sum(NUMBER_WORDS[match.group(part)] for part in ("tens", "ones", "small")
                     if match.group(part))
        return str(value).ljust(len(match.group()))
    return _SPELT_HUNDREDS.sub(digits, folded)


def _times_and_numbers(folded: str) -> Times:
    if "hundred" in folded:
        folded = _hundreds_in_digits(folded)
    days: set[tuple[int, int]] = set()
    months: set[int] = set()
    date_spans: list[tuple[int, int]] = []
    quantities: list[Quantity] = []
    has_digit = _DIGIT.search(folded) is not None
    has_month = any(stem in folded for stem in _MONTH_STEMS)
    if has_digit and has_month:
        for match in _DATE.finditer(folded):
            month, day = _month_number(match.group("month")), int(match.group("day"))
            if not 1 <= day <= 31:
                continue
            date_spans.append(match.span())
            if match.group("day2"):
                month2 = _month_number(match.group("month2")) if match.group("month2") else month
                day2 = int(match.group("day2"))
                if month2 == month and day < day2 <= 31:
                    days.update((month, d) for d in range(day, day2 + 1))
                    quantities.append(Quantity(float(day2 - day + 1), _DAY_UNIT))
                    continue
                days.add((month2, day2))
            days.add((month, day))
        for match in _DAY_OF_MONTH.finditer(folded):
            month, day = _month_number(match.group("month") or match.group("month_of")), int(match.group("day"))
            day2 = int(match.group("day2") or day)
            if not 1 <= day <= day2 <= 31:
                continue
            date_spans.append(match.span())
            days.update((month, d) for d in range(day, day2 + 1))
            if day2 > day:
                quantities.append(Quantity(float(day2 - day + 1), _DAY_UNIT))
    if has_digit and "/" in folded:
        for match in _NUMERIC_DATE.finditer(folded):
            readings = _numeric_date_readings(int(match.group("first")), int(match.group("second")))
            if readings:
                date_spans.append(match.span())
                days.update(readings)
    if has_month:
        for match in _MONTH_ONLY.finditer(folded):
            if not any(start <= match.start("month") < end for start, end in date_spans):
                months.add(_month_number(match.group("month")))
    years = {int(year) for year in _YEAR.findall(folded)} if has_digit else set()
    relative = ({("future" if m.group("direction") in _FUTURE else "past",
                  "month" if m.group("half") and m.group("unit") == "year" else m.group("unit"))
                 for m in _RELATIVE.finditer(folded)}
                if any(unit in folded for unit in _RELATIVE_UNITS) else set())
    seasons = ({"fall" if s == "autumn" else s for s in _SEASON.findall(folded)}
               if any(season in folded for season in _SEASON_WORDS) else set())
    share_spans: list[tuple[int, int]] = []
    if any(part in folded for part in ("half", "third", "quarter", "fifth")):
        for match in _SHARE.finditer(folded):
            count = match.group("count")
            if count is None and match.group("part") != "half":
                continue  # "third of the" alone is an ordinal ("the third of the series")
            numerator = 1 if count in (None, "a", "an") else NUMBER_WORDS[count]
            amount = _FRACTION_OF_AMOUNT.match(folded, match.end())
            if amount is not None:
                # "three-quarters of a trillion dollars" is a sum ($750 billion), not a share of something.
                share_spans.append((match.start(), amount.end()))
                quantities.append(Quantity(numerator / _SHARE_PARTS[match.group("part")]
                                           * SCALE_WORDS[amount.group("scale")], "$"))
                continue
            share_spans.append(match.span())
            quantities.append(Quantity(float(round(100 * numerator / _SHARE_PARTS[match.group("part")])), "percent"))
    if has_digit or any(word in folded for word in _COUNT_WORDS):
        # Each counted value's match, its place in `quantities` and its unit before conversion, for the
        # ranges whose first value leaves the unit to the second ("from 7.5 to 25 percent").
        counted: list[tuple[re.Match, int, str]] = []
        for match in _QUANTITY.finditer(folded):
            if any(start <= match.start() < end for start, end in date_spans + share_spans):
                continue
            number = match.group("number").rstrip(",")  # "In 2023, two-way trade": the comma ends the year
            if _YEAR.fullmatch(number) and not match.group("scale"):
                continue  # a year
            ordinal = bool(match.group("ordinal")) or number in ORDINAL_WORDS
            if number[0].isdigit():
                value = float(number.replace(",", ""))
            else:
                value = float(ORDINAL_WORDS[number] if number in ORDINAL_WORDS else NUMBER_WORDS[number])
            if match.group("ones") and value in (20, 30, 40, 50, 60, 70, 80, 90) and not ordinal:
                value += NUMBER_WORDS[match.group("ones")]
            if match.group("half") and not ordinal:
                value += 0.5
            if number in _DOZEN_WORDS and _HALF_BEFORE.search(folded, 0, match.start()):
                value /= 2  # "half a dozen times": six, not the dozen alone
            scale = match.group("scale") or _SHORT_SCALES.get(match.group("short_scale") or "")
            if scale:
                value *= SCALE_WORDS[scale]
            unit = "percent" if match.group("percent") else (match.group("unit") or "")
            if unit in _NOT_UNITS or unit in STOPWORDS or unit in MONTHS:
                unit = ""
            unit_end = match.end("unit") if match.group("unit") else match.end()
            anniversary = None if unit != "year" or ordinal else _YEARS_ANNIVERSARY.match(folded, unit_end)
            if anniversary is not None:
                # "the 50-year anniversary" is the 50th anniversary, a rank of the occasion, not a length.
                ordinal, unit, unit_end = True, "anniversary", anniversary.end()
            if number in TIMES_WORDS:
                unit = "time"
            if number in {"one", "single", "both"} and not unit:
                continue  # "one of", "both sides": not a count worth comparing
            if unit and word_key(unit) in _TIME_KEYS and _COUNTED_WITHIN_NUMBER.search(folded, 0, match.start()):
                continue  # "his second summit in a little over 12 months": the span it happened within
            if number == "third" and unit in _THIRD_PARTY_NOUNS:
                continue  # "third countries", "a third party": outsiders to an agreement, not the third of a series
            if ordinal and not unit:
                # "the fourth between the two leaders", "their third since 2022": the occasion
                # counted goes unsaid, so it is compared with an ordinal of any occasion.
                if _ELLIPTIC_ORDINAL.search(folded, 0, match.start()) and _OCCASION_FOLLOWS.match(
                        folded, match.end("ordinal") if match.group("ordinal") else match.end("number")):
                    quantities.append(Quantity(value, _ANY_OCCASION))
                continue  # "first, ..." / "the second" alone: nothing counted
            if unit in _SCALED_UNITS:
                factor, unit = _SCALED_UNITS[unit]
                value *= factor
            unit = word_key(unit) if unit and unit != "percent" else unit
            if match.group("money"):
                # A sum's unit is its sign ("US$" is "$"): a euro figure is no other value of a dollar figure.
                unit = match.group("money").strip()[-1]
            elif unit in _DOLLAR_UNITS:
                unit = "$"
            elif unit in _EURO_UNITS:
                unit = "€"
            if ordinal:
                unit = ORDINAL_UNIT_DIVIDER.join([unit, *_ordinal_phrase(folded, unit_end)])
            else:
                counted.append((match, len(quantities), unit))
            quantities.append(Quantity(value, ORDINAL_UNIT_PREFIX + unit) if ordinal else _in_base_unit(value, unit))
        _share_range_units(folded, counted, quantities)
    if any(noun in folded for noun in _NUMBERED_PARTS):
        for match in _NUMBERED_PART.finditer(folded):
            label = match.group("label")
            value = int(label) if label.isdigit() else _PART_NUMBER_WORDS.get(label) or _roman_value(label)
            if value:
                quantities.append(Quantity(float(value), ORDINAL_UNIT_PREFIX + word_key(match.group("part"))))
    if any(stem in folded for stem in (*_MULTIPLIED_STEMS, "fold")):
        for match in _MULTIPLIED.finditer(folded):
            count = match.group("count")
            value = _MULTIPLIED_STEMS[match.group("stem")] if match.group("stem") else NUMBER_WORDS[count]
            quantities.append(Quantity(float(value), MULTIPLE_UNIT))
    if "half" in folded:
        for match in _HALF_UNIT.finditer(folded):
            unit = match.group("unit") or match.group("half_unit")
            quantities.append(_in_base_unit(1.5 if match.group("whole") else 0.5, word_key(unit)))
    periods = ({month for match in _PERIOD.finditer(folded) for month in _period_months(match)}
               if "quarter" in folded or "half" in folded else set())
    if " a" in folded:
        for match in _ONE_UNIT.finditer(folded):
            if _COUNTED_WITHIN.search(folded, 0, match.start()):
                continue  # "his second summit in a little over a year": the time it took, not how long one lasted
            quantities.append(_in_base_unit(1.0, word_key(match.group("unit"))))
    if "minute" in folded and "hour" in folded:
        _join_hours_and_minutes(folded, quantities)
    return Times(quantities=quantities, days=frozenset(days), months=frozenset(months), years=frozenset(years),
                 relative=frozenset(relative), seasons=frozenset(seasons), periods=frozenset(periods),
                 has_past_reference=bool((has_digit or any(word in folded for word in _PAST_WORDS))
                                         and _PAST_REFERENCE.search(folded)))


# What joins the two ends of a range ("from 0% to 25%", "1 to 2 percent", "between 10 and 15 days").
_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|\u2013)\s*")
# A range that starts at nothing, written as a word: "from zero to 31 percent", "between zero and 7.5
# percent".
_FROM_ZERO = re.compile(r"\bzero\s*(?:%|percent|per cent)?\s*(?:to|-|\u2013|(?<=between zero )and)\s*$")


def _share_range_units(folded: str, counted: list[tuple[re.Match, int, str]], quantities: list[Quantity]) -> None:
    """A range names its unit once, after its second value ("from 7.5 to 25 percent", "1 to 2
    percent", "from zero to 31 percent"): its first value counts the same thing, and is compared
    as that (against "from 7.5% to 25%"), not as a bare number. `counted` holds each value's match,
    its index in `quantities` and its unit key before conversion to a base unit."""
    for (first, index, unit), (second, _, second_unit) in pairwise(counted):
        # A bare number's match may run on over the joining word ("5 to", read as a counted "to").
        end = first.start("unit") if first.group("unit") else first.end()
        if unit or not second_unit or not _RANGE_JOIN.fullmatch(folded, end, second.start()):
            continue
        value = quantities[index].value
        if second.group("scale") and not first.group("scale"):
            value *= SCALE_WORDS[second.group("scale")]  # "1 to 2 billion": both in billions
        quantities[index] = _in_base_unit(value, second_unit)
    for match, _, unit in counted:
        if unit and _FROM_ZERO.search(folded, 0, match.start()):
            quantities.append(_in_base_unit(0.0, unit))


# The nouns a definite count refers back to the parties a sentence is about with ("the two countries", "these
# three leaders", "both sides"): read by the number rule (a count of them is no figure) and by the scorer (they
# restate the parties, which the record names).
PARTY_NOUNS = ("leaders", "presidents", "ministers", "sides", "countries", "nations", "governments", "delegations",
               "men", "women", "allies", "partners", "neighbors", "neighbours", "coast guards", "navies",
               "militaries", "economies", "democracies", "powers", "parties")


# An ordinal after "the"/"their" and before what places the occasion ("between", "since", "in"):
# a count of meetings or calls whose noun is left out.
# Nouns after which "third" names outsiders ("not to third countries", "third-party sellers"), not a place in a count
# ("the third country to join" still counts).
_THIRD_PARTY_NOUNS = frozenset({"countries", "nations", "party", "parties", "world"})
_ELLIPTIC_ORDINAL = re.compile(r"\b(?:the|their|its|his|her)\s+$")
_OCCASION_FOLLOWS = re.compile(r"\s+(?:between|since|with|in|of\s+(?:its|their)\s+kind)\b")
_ANY_OCCASION = ORDINAL_UNIT_PREFIX + word_key("time")
_DAY_UNIT = word_key("day")


# The numbered part of a treaty or law, or of a programme ("Pillar 2", "Tier 1", "Stage 3"), by number or
# Roman numeral: "Article IV of the Mutual Defense Treaty" is another article than "Article V", "Article 5"
# the same.
_NUMBERED_PARTS = ("article", "chapter", "section", "title", "phase", "annex", "amendment", "pillar", "tier",
                   "stage")
# The number may be a word too ("Phase two is ... inside Zambia"): up to twelve, as parts are numbered.
_PART_NUMBER_WORDS = {word: value for word, value in NUMBER_WORDS.items() if value <= 12}
_NUMBERED_PART = re.compile(r"\b(?P<part>" + "|".join(_NUMBERED_PARTS) + r")\s+(?P<label>\d{1,3}|[ivx]{1,6}|"
                            + "|".join(_PART_NUMBER_WORDS) + r")(?![\w-])")
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def _roman_value(numeral: str) -> int:
    """The value of a Roman numeral of i, v and x (0 when it is not a well-formed one)."""
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN_DIGITS[letter]
        following = _ROMAN_DIGITS[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total > 0 and re.fullmatch(r"x{0,3}(ix|iv|v?i{0,3})", numeral) else 0


# A quarter or half of a year: "in the first quarter of 2022", "the second half of the year".
_PERIOD = re.compile(r"\b(?P<which>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<part>quarter|half)\b")
_PERIOD_INDEX = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _period_months(match: re.Match[str]) -> range:
    size = 3 if match.group("part") == "quarter" else 6
    count = 12 // size
    which = match.group("which")
    index = count if which == "last" else _PERIOD_INDEX[which]
    if index > count:
        return range(0)
    return range((index - 1) * size + 1, index * size + 1)


# "two hours and 20 minutes", "an hour and 15 minutes": one duration, not two.
_HOURS_AND_MINUTES = re.compile(
    r"\b(?P<hours>\d+|an?|" + "|".join(_UNIT_WORDS) + r")\s+hours?\s*,?\s+and\s+(?P<minutes>\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+minutes?\b")


def _join_hours_and_minutes(folded: str, quantities: list[Quantity]) -> None:
    """Replace the two parts of each "N hours and M minutes" by their sum in minutes."""
    for match in _HOURS_AND_MINUTES.finditer(folded):
        hours, minutes = match.group("hours"), match.group("minutes")
        hours_value = 1.0 if hours in ("a", "an") else float(hours if hours.isdigit() else NUMBER_WORDS[hours])
        minutes_value = float(minutes if minutes.isdigit() else NUMBER_WORDS[minutes])
        parts = [Quantity(hours_value * 60, MINUTE_UNIT), Quantity(minutes_value, MINUTE_UNIT)]
        if hours in ("a", "an") or all(part in quantities for part in parts):
            for part in parts:
                if part in quantities:
                    quantities.remove(part)
            quantities.append(Quantity(hours_value * 60 + minutes_value, MINUTE_UNIT))


# The words after an ordinal's first noun that may still name what it counts: "the fourth trilateral
# leaders' meeting" counts meetings as "the third such meeting" does.
_ORDINAL_PHRASE_WORD = re.compile(r"(?:['’]s?)?[\s-]+(?P<word>[a-z]+)")
_ORDINAL_PHRASE_REACH = 2


def _ordinal_phrase(folded: str, position: int) -> list[str]:
    """The keys of the content words right after an ordinal's unit word, up to a stop word or mark."""
    words = []
    for _ in range(_ORDINAL_PHRASE_REACH):
        match = _ORDINAL_PHRASE_WORD.match(folded, position)
        if match is None or match.group("word") in STOPWORDS or match.group("word") in NUMBER_WORDS:
            break
        words.append(word_key(match.group("word")))
        position = match.end()
    return words


def _in_base_unit(value: float, unit: str) -> Quantity:
    """A duration in the unit it is compared in (TIME_UNIT_SCALE); `unit` is a key."""
    base, factor = TIME_UNIT_KEYS.get(unit, (unit, 1))
    return Quantity(value * factor, base)
