"""Numbers, amounts and durations of a claim compared with a record sentence (number_mismatch):
the same unit, rounding as news does, totals of "X and four others", rates and spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import pairwise

from verifier import thresholds as T
from verifier.memo import per_check
from verifier.normalize import (
    CLAUSE_CONJUNCTION,
    GENERIC_ORDINAL_UNITS,
    MINUTE_UNIT,
    NUMBER_WORDS,
    ORDINAL_UNIT_DIVIDER,
    ORDINAL_UNIT_PREFIX,
    ORDINAL_WORDS,
    PARTY_NOUNS,
    SCALE_WORDS,
    SMALL_COUNT,
    TIME_UNIT_KEYS,
    Analysis,
    Quantity,
    Token,
    analyze,
    fold,
    keys_of,
    small_count_value,
    word_key,
)
from verifier.rules.codes import CLAUSE_MARKS, NUMBER_KEY, YEAR_KEY


def numbers_differ(claim: Analysis, candidate: Analysis) -> bool:
    if _of_both_parties(claim) and _of_one_party(candidate):
        # "Both sides will cut their duties by 90 points" against "China will ... suspend 24 points": the
        # claim's figure is the two parties' together, the record's sentence tells one party's part of it.
        return False
    claim_values = {q.value for q in claim.quantities}
    # "The two countries", "the three leaders": the parties the sentence names, counted again to refer
    # back to them. The record's count of the noun ("26 other countries", "more than 35 countries") is of
    # another group; only its own such count ("the two sides") refers to the same parties (how many
    # parties met is compared by rules/parties).
    referred_back = _parties_referred_back(claim)
    record_referred_back = {unit for _, unit in _parties_referred_back(candidate)} if referred_back else set()
    for quantity in claim.quantities:
        if (quantity.value, quantity.unit) in referred_back and quantity.unit not in record_referred_back:
            continue
        if _bounded_as_written(quantity.value, claim, candidate) and not _in_another_time_unit(quantity, candidate):
            # "Nearly 500 service members" against "300 United States Service Members with nearly 500 members
            # of the Armed Forces present": the record writes the claim's figure, bound and all, of the same
            # thing in other words; its other values count something else.
            continue
        same_unit = _same_unit_values(quantity, candidate)
        if same_unit and quantity.unit in _MINUTES_IN:
            # "Within 30 days" is no other value of "every 6 months", nor "two years in the making" of "one year
            # ago", nor "in 40 years" of a superlative of "over the next two years": a recurrence, an offset from
            # another point and a superlative's reach measure other things than a length or a deadline does.
            same_unit = {value for value in same_unit if _same_duration_kind(quantity, value, claim, candidate)}
            if not same_unit:
                continue
        if same_unit and quantity.unit.startswith(ORDINAL_UNIT_PREFIX):
            same_unit = {value for value in same_unit
                         if not _ranks_another_thing(quantity, value, claim, candidate)}
            if quantity.value not in _recalled_ranks(claim):
                same_unit -= _recalled_ranks(candidate)
            if not same_unit:
                continue
        if not same_unit:
            # The counted noun in other words ("300 beef plants" / "400 beef facilities"), or left
            # out ("up to three more"): a number of the record in the same surroundings is the
            # same count. The record's numbers the claim also gives are those other counts.
            others = claim_values - {quantity.value}
            if quantity.value in _totals_of_named_and_others(candidate):
                continue
            # The record's figure may be the claim's rounded or bounded ("more than 50 synthetic drugs" for
            # "55 dangerous synthetic drugs"), as for a figure of the same unit (below).
            if any(len(values) == 1 and quantity.value not in values
                   and not _agrees_as_written(quantity, next(iter(values)), claim, candidate)
                   for values in (found - others
                                  for found in _numbers_in_same_words(claim, quantity.value, candidate))):
                return True
            theirs = _figures_of_the_same_noun(claim, quantity, candidate) - others
            if len(theirs) == 1 and quantity.value not in theirs \
                    and not _agrees_as_written(quantity, next(iter(theirs)), claim, candidate):
                return True
            if _one_duration_each_differs(claim, candidate):
                return True
            if _one_ordinal_each_differs(claim, candidate):
                return True
            continue
        # One other value is a contradiction; several ("a 34% tariff ... a 10% tariff") are
        # other quantities of the kind, and the claim's may be yet another, unless the claim
        # gives the others too ("$200 million ... and another $60 million" against "$300 million
        # ... and an additional $60 million"): the one the record has left is its value of this.
        if quantity.value in same_unit or quantity.value in _totals_of_named_and_others(candidate):
            continue
        stated = _stated_quantities(claim)
        stated_of_unit = [q.value for q in stated if same_counted_unit(quantity.unit, q.unit)]
        if same_unit <= set(stated_of_unit) - {quantity.value}:
            # "nearly 60 percent of world cement output, and ... 40 percent lower": the record states
            # the claim's other figure of the unit and is silent on this one.
            continue
        # So with a count whose noun goes unsaid after "the" ("1,500 jobs on top of the 9,000 the firm
        # supports"): it refers back to a thing the claim counts, and the record writing it in that unit
        # states it, as many times as the claim does.
        referred = _counts_referred_back(claim)
        referred_values = [q.value for q in stated if not q.unit and q.value in referred]
        if referred_values and _each_given_by_the_claim(same_unit, candidate,
                                                        stated_of_unit + referred_values):
            continue
        if quantity.unit.startswith(ORDINAL_UNIT_PREFIX) and _ordinal_written(quantity.value, candidate):
            # "for a fourth time, their second time in person" against "our fourth session, and our
            # second in person": the record's ordinal without its noun counts the same thing.
            continue
        stated_values = {q.value for q in stated}
        left = same_unit if len(same_unit) == 1 else same_unit - stated_values
        if len(left) > 1:
            # Several values of the unit ("over two hours of talks with the Premier, ...
            # with the King for a little over half an hour"): the one written in the claim's words is
            # its value; the others count other things.
            left = _values_in_same_clause_words(claim, quantity, candidate, left)
        if len(left) == 1:
            [theirs] = left
            if not _agrees_as_written(quantity, theirs, claim, candidate):
                return True
        elif _outside_the_estimate(quantity, same_unit, claim, candidate):
            return True
    return False


# One figure given as two ("four or five days", "10 or 12 percent"): a guess between the two, not two counts;
# so is a range ("by 60 to 75 percent", "between 40 and 50 percent", "60-75%"), the bounds of one figure.
_FIGURE = rf"\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)}"
_EITHER_FIGURE = re.compile(rf"\b(?:(?P<between>between)\s+)?(?P<low>{_FIGURE})\s*%?\s*"
                            rf"(?(between)and|(?:or|to|-))\s*(?P<high>{_FIGURE})\s*"
                            r"(?P<unit>%|[a-z]+)(?![\w%])")
# Words that say a figure is approximate: "nearly $8 billion", "about 1.8", "some 300,000", "close to 200".
_APPROXIMATELY = r"(?:about|nearly|almost|roughly|approximately|around|some|close\s+to)"
# Not a range after "from", the figure approximate or not: "from 7.5 to 25 percent", "from about 10 to 25
# percent" is a change, a value before and one after.
_CHANGE_FROM = re.compile(rf"\bfrom\s+(?:{_APPROXIMATELY}\s+)?$")


def _outside_the_estimate(quantity: Quantity, values: set[float], claim: Analysis,
                          candidate: Analysis) -> bool:
    """Whether every value the record gives of the claim's unit lies within one figure it gives as two ("I
    guess he's going in five days - four days - four or five days"), and the claim's value lies outside it
    ("in two weeks"): the record's several values are one guess at one thing, and the claim's is another."""
    folded = fold(candidate.text)
    for match in _EITHER_FIGURE.finditer(folded):
        if _CHANGE_FROM.search(folded, 0, match.start()):
            continue
        # In the unit the analysis compares durations in ("two weeks" is 14 days).
        written = "percent" if match.group("unit") == "%" else word_key(match.group("unit"))
        unit, factor = TIME_UNIT_KEYS.get(written, (written, 1))
        if unit != quantity.unit:
            continue
        ends = [Quantity(_figure_word(match.group(end)) * factor, unit) for end in ("low", "high")]
        low, high = sorted(end.value for end in ends)
        if all(low <= value <= high for value in values) and not low <= quantity.value <= high \
                and not any(_agrees_as_written(quantity, end.value, claim, candidate) for end in ends):
            return True
    return False


def _figure_word(word: str) -> float:
    return float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else float(word)


def _stated_quantities(claim: Analysis) -> list[Quantity]:
    """The quantities the claim's whole text writes: its own (a main clause's, an apposition's) first, then
    those of the rest of its text. The claim's figures may be its main clause's alone
    (verdicts._main_clause_times): a figure its context gives (", including roughly $15 billion ... and some
    $13.5 billion ...") is still one the sentence states, and the record giving it is no other value of the
    main clause's figure. `analyze` is cached: asking again reads nothing anew."""
    own = claim.quantities
    return list(own) + [q for q in analyze(claim.text).quantities if q not in own]


def _bounded_as_written(value: float, claim: Analysis, candidate: Analysis) -> bool:
    """Whether the record writes the claim's figure with a bound or an approximation of the same kind ("more
    than 150", "nearly 500"): a figure so copied is the claim's, whatever noun each counts it in."""
    ours = _bounds(claim).get(value)
    theirs = _bounds(candidate).get(value)
    return ours is not None and theirs is not None and ours[0] == theirs[0]


def _in_another_time_unit(quantity: Quantity, candidate: Analysis) -> bool:
    """Whether the claim's length of time is the record's figure counted in another unit ("nearly 250 months"
    / "for nearly 250 years"): lengths are compared in one base unit, so the record gives other values of it
    and not the claim's, though it writes the same bounded figure."""
    if quantity.unit not in _MINUTES_IN:
        return False
    theirs = {q.value for q in candidate.quantities if q.unit == quantity.unit}
    return bool(theirs) and quantity.value not in theirs


def _agrees_as_written(quantity: Quantity, theirs: float, claim: Analysis, candidate: Analysis) -> bool:
    """Whether the record's value is the claim's as the claim writes it: a round figure for it, a duration
    rounded to the hour, or a bound it lies within."""
    rounded = quantity.value in approximate_values(claim) or theirs in approximate_values(candidate)
    return (rounded and rounded_figure(quantity.value, theirs)
            or quantity.unit == MINUTE_UNIT and _within_the_hour(quantity.value, theirs, claim, candidate)
            or _within_the_bound(quantity.value, theirs, claim, candidate))


# The two parties together, as what a figure is of: "both sides will lower", "each country will cut". A record
# also speaks of both as "the two countries"; a claim's "the two countries" more often refers back ("the first
# ever between the two countries"), which is no subject of its figures.
# Not normalize.PARTY_NOUNS, the nouns a definite count refers back to the parties with: those are people and
# forces too ("both leaders", "the two navies"), whose figures may be their own, and have no singular ("each
# country"); only the parties themselves, the states and their sides, are named here.
_PARTY_NOUN = r"(?:sides|countries|nations|governments|parties|side|country|nation|government|party)\b"
_BOTH_PARTIES = re.compile(r"\b(?:both|each)\s+" + _PARTY_NOUN, re.IGNORECASE)
_BOTH_OR_THE_TWO_PARTIES = re.compile(r"\b(?:both|each|the\s+two)\s+" + _PARTY_NOUN, re.IGNORECASE)
# Two parties named as a pair: "China and the United States", "the U.S.-China", "Japan, Korea".
_PAIRED = re.compile(r"\.?\s*(?:and|or|,|-|/|\u2013)\s*(?:the\s+)?", re.IGNORECASE)


def _of_both_parties(claim: Analysis) -> bool:
    return _BOTH_PARTIES.search(claim.text) is not None


def _of_one_party(candidate: Analysis) -> bool:
    """Whether the sentence tells what one party does: it names a party, and no two parties together, as a
    pair or as "both sides" ("China will suspend 24 points of the rate on articles of the United States"). Not
    a sentence that names none ("We commit to a minimum tax of 15%"): its "we" may be both."""
    if _BOTH_OR_THE_TWO_PARTIES.search(candidate.text):
        return False
    tokens = candidate.tokens
    parties = [entity for entity in candidate.entities if entity.kind == "country" or entity.government]
    return bool(parties) and not any(
        _PAIRED.fullmatch(candidate.text, tokens[left.index].end, tokens[right.index].start)
        for left, right in pairwise(parties) if left.key != right.key)


# A definite count of parties: "the two countries", "these three leaders", "all four nations".
_REFERRED_BACK = re.compile(r"\b(?:the|these|those|all)\s+(?P<count>\d+|" + "|".join(NUMBER_WORDS) + r")\s+"
                            r"(?P<noun>" + "|".join(PARTY_NOUNS) + r")\b", re.IGNORECASE)


@per_check
def _parties_referred_back(analysis: Analysis) -> frozenset[tuple[float, str]]:
    """The (value, unit) of each definite count of parties the text gives ("the three coast guards")."""
    counts = set()
    for match in _REFERRED_BACK.finditer(analysis.text):
        count = match.group("count").lower()
        value = float(count) if count.isdigit() else float(NUMBER_WORDS[count])
        counts.add((value, word_key(match.group("noun").split()[0].lower())))
    return frozenset(counts)


# An ordinal of a gathering told as the one the sentence's own follows ("It follows our first summit a year
# ago", "since their second meeting", "building on the first round"): it ranks that earlier gathering, not the
# sentence's own. Words that look ahead ("ahead of the 35th anniversary") may name the very thing the claim
# ranks, and are left alone.
_RECALLED_RANK = re.compile(r"\b(?:follows|followed|following|after|since|builds\s+on|building\s+on|"
                            r"built\s+on)\s+(?:(?:the|their|our|its|his|her|that|last\s+year's)\s+)?"
                            r"(?P<rank>" + "|".join(ORDINAL_WORDS) + r"|\d+(?:st|nd|rd|th))\s+"
                            r"(?:such\s+)?(?P<noun>[a-z]+)")
# Compared by the stemmer's key alone, as the regex reads the noun ("meeting" is "meet", not its alias group).
_GATHERINGS = frozenset(word_key(word) for word in (
    "summit", "meeting", "visit", "call", "round", "talks", "dialogue", "session", "trip", "conversation",
    "gathering", "conference"))


def _recalled_ranks(analysis: Analysis) -> set[float]:
    """The ranks the text gives of a gathering it tells its own follows: another gathering's, which says
    nothing of the rank of the one the sentence is about ("the second summit in a year" against "It follows
    our first summit a year ago")."""
    ranks = set()
    for match in _RECALLED_RANK.finditer(fold(analysis.text)):
        if word_key(match.group("noun")) not in _GATHERINGS:
            continue
        rank = match.group("rank")
        ranks.add(float(ORDINAL_WORDS[rank]) if rank in ORDINAL_WORDS else float(rank[:-2]))
    return ranks


def _ordinal_written(value: float, candidate: Analysis) -> bool:
    """Whether the record writes the ordinal of `value` as a word ("second") where it counts nothing it
    names: an ordinal whose noun is left out ("our second in person"). Not one that opens a sentence before a
    comma ("Second, we concluded a historic deal"): that numbers the speaker's points, not the claim's thing."""
    words = _ordinal_words(value)
    counted = {q.value for q in candidate.quantities if q.unit.startswith(ORDINAL_UNIT_PREFIX)}
    text = candidate.text
    return value not in counted and any(
        fold(token.surface) in words and not (token.capitalised and text.startswith(",", token.end))
        for token in candidate.tokens)


def _one_ordinal_each_differs(claim: Analysis, candidate: Analysis) -> bool:
    """"Due as the service's second vessel dedicated to ..." against "scheduled as the first ever Coast Guard
    support vessel dedicated to ...": each side ranks one thing, the record's sentence names the noun the
    claim's rank counts, and the ranks differ, though the words right after them are not the same. (Two
    ranks on either side, "the first visit ever ..., and the first visit to sub-Saharan Africa since 2015",
    may count other things: left alone.)"""
    ours = [q for q in claim.quantities if q.unit.startswith(ORDINAL_UNIT_PREFIX)]
    theirs = [q for q in candidate.quantities if q.unit.startswith(ORDINAL_UNIT_PREFIX)]
    if len(ours) != 1 or len(theirs) != 1 or ours[0].value == theirs[0].value or ours[0].unit in GENERIC_ORDINAL_UNITS:
        return False
    # The noun ranked, not the superlative it is ranked by ("eighth-largest trading partner").
    counted = next((word for word in _ordinal_unit_words(ours[0].unit) if word not in _SUPERLATIVE_KEYS), "")
    return bool(counted) and any(counted in _words_ranked(candidate, index) for index in
                                 _ordinal_tokens(candidate, theirs[0].value))


def _ordinal_tokens(analysis: Analysis, value: float) -> list[int]:
    """The indices of the tokens that write the ordinal `value` ("first", "2nd")."""
    words = _ordinal_words(value)
    return [index for index, token in enumerate(analysis.tokens)
            if fold(token.surface) in words or (written := _WRITTEN_ORDINAL.fullmatch(token.surface))
            and float(written.group(1)) == value]


def _ordinal_words(value: float) -> set[str]:
    """The words that write the ordinal `value` ("second" for 2)."""
    return {word for word, number in ORDINAL_WORDS.items() if number == value}


def _ordinal_unit_words(unit: str) -> list[str]:
    """The words an ordinal quantity's unit holds after its prefix, the noun it counts first
    ("vessel", "dedicated" of the second vessel dedicated to ...)."""
    return unit[len(ORDINAL_UNIT_PREFIX):].split(ORDINAL_UNIT_DIVIDER)


_WRITTEN_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
# Where the phrase an ordinal ranks ends: a clause's mark, but not a bracket, which holds a name's abbreviation
# inside it ("the second U.S.-Pacific Island Forum (PIF) Summit").
_RANKED_PHRASE_MARKS = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")


def _words_ranked(analysis: Analysis, index: int) -> set[str]:
    """The keys of the words an ordinal at token `index` may rank: those right after it, up to the clause's next
    mark ("the first ever USCG Indo-Pacific support vessel", "the first tranche of Apache helicopters"); a noun
    further on in the sentence, or in the next one, is another thing's."""
    tokens, text = analysis.tokens, analysis.text
    words: set[str] = set()
    for position in range(index + 1, min(len(tokens), index + 1 + T.NUMBER_CONTEXT_REACH)):
        if _RANKED_PHRASE_MARKS.search(text, tokens[position - 1].end, tokens[position].start) \
                or _BETWEEN_SENTENCES.search(text, tokens[position - 1].end, tokens[position].start + 1):
            break
        # The word as an ordinal's unit writes it too: the record's "meeting" is keyed as talks, the claim's
        # "third such meeting" counts a "meet".
        words.update((tokens[position].key, word_key(tokens[position].surface.lower())))
    return words


# "the United Steelworkers and four other unions", "in addition to the bridge, 36 other projects": a count of the
# others beside one named, so the whole is one more.
_NAMED_AND_OTHERS = re.compile(r"(?:\band|,)\s+(?P<count>\d+|" + "|".join(NUMBER_WORDS) + r")\s+other\s+[a-z]",
                               re.IGNORECASE)


def _totals_of_named_and_others(analysis: Analysis) -> set[float]:
    """The wholes a text counts as one named party and N others ("X and four other unions" is five unions)."""
    totals = set()
    for match in _NAMED_AND_OTHERS.finditer(analysis.text):
        count = match.group("count").lower()
        totals.add(float(count) + 1 if count.isdigit() else float(NUMBER_WORDS[count]) + 1)
    return totals


# A sentence's end inside an evidence text that joins several ("... worth $53 billion. -   The Bank ...").
_BETWEEN_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])")
# Where one clause ends and the next begins, for telling apart the values a sentence gives of one unit.
_VALUE_CLAUSE_BREAK = re.compile(rf"[,;:]\s|\s[-\u2013\u2014]\s|\s{CLAUSE_CONJUNCTION}\s", re.IGNORECASE)


def _clause_words_by_value(text: str, unit: str, lead_shared: bool = False) -> dict[float, set[str]]:
    """Each value the text gives of `unit` -> the words of the clauses it is given in, the unit's own
    words aside (they are the same wherever the value stands). With `lead_shared`, the words before
    the text's first value go with every value: its subject and verb ("Exporters paid a 20% levy on
    aluminium and a 10% levy on steel wire") are those of every clause that follows."""
    words_by_value: dict[float, set[str]] = {}
    lead: set[str] = set()
    start = 0
    for end in [*(match.start() for match in _VALUE_CLAUSE_BREAK.finditer(text)), len(text)]:
        clause = analyze(text[start:end])
        start = end
        values = {q.value for q in clause.quantities if same_counted_unit(unit, q.unit)}
        if not values:
            continue
        tokens = clause.tokens
        # The unit's words (its key, the key after it: "metric tons", a time unit's words, a scale) are
        # the same wherever the value stands; the parties ("China will purchase 12 MMT ... and also
        # purchase 25 MMT") are often named once for all the clauses.
        unit_words = {tokens[index + 1].key for index in range(len(tokens) - 1) if tokens[index].key == unit}
        parties = {entity.key for entity in clause.entities if entity.kind in ("person", "country")}
        # Counts are the values compared, not the words around them ("two days" is not in the clause of
        # "two hours" for its "two"); a year is ("in each of 2026, 2027 and 2028").
        words = {token.key for token in tokens if not token.stop and token.key != unit and token.key not in unit_words
                 and token.key not in TIME_UNIT_KEYS and token.key not in SCALE_WORDS and token.key not in parties
                 and not (NUMBER_KEY.fullmatch(token.key) and not YEAR_KEY.fullmatch(token.key))}
        if lead_shared and not words_by_value:
            lead = {token.key for token in tokens[:_first_value_token(clause, unit, values)]} & words
        for value in values:
            words_by_value.setdefault(value, set()).update(words)
    for words in words_by_value.values():
        words |= lead
    return words_by_value


def _first_value_token(clause: Analysis, unit: str, values: set[float]) -> int:
    """The index of the token from which the clause still gives all its `values` of `unit`."""
    text = clause.text
    for index in range(len(clause.tokens) - 1, 0, -1):
        start = clause.tokens[index].start
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # the whole written word: "$500", "US$40"
        rest = analyze(text[start:])
        if values <= {q.value for q in rest.quantities if same_counted_unit(unit, q.unit)}:
            return index
    return 0


def _values_in_same_clause_words(claim: Analysis, quantity: Quantity, candidate: Analysis,
                                 values: set[float], their_unit: str | None = None) -> set[float]:
    """Of the record's `values` of the claim's quantity's unit (or of `their_unit`, a duration's other
    unit), the one whose clause shares the most of the claim's clause's words that tell the record's
    clauses apart (words every one of them has say nothing of which is meant); all of `values` when
    none does or several tie."""
    ours = _clause_words_by_value(claim.text, quantity.unit).get(quantity.value)
    their_unit = their_unit or quantity.unit
    if not ours:
        return values
    # Values the evidence gives in different sentences are of different points (a fact sheet's
    # "$3 billion ... in critical mineral projects" and, in its next item, "$2.2 billion in
    # financing"): they are told apart only within one sentence.
    theirs = next((found for sentence in _BETWEEN_SENTENCES.split(candidate.text)
                   if (found := {value: words for value, words
                                 in _clause_words_by_value(sentence, their_unit, lead_shared=True).items()
                                 if value in values})), {})
    if set(theirs) != values:
        return values
    common = set.intersection(*theirs.values())
    # A record value whose clause tells what another clause of the claim tells is that clause's figure ("permit
    # checks within two years and port approval within one year" for the claim's "permit checks within three
    # years and port approval within one"): it counts against that value.
    elsewhere = {token.key for token in claim.tokens if not token.stop} - ours
    shared = {value: len((words - common) & ours) - len((words - common) & elsewhere)
              for value, words in theirs.items()}
    best = max(shared.values())
    chosen = {value for value, count in shared.items() if count == best}
    return chosen if (best > 0 or min(shared.values()) < 0) and len(chosen) == 1 else values


# How far back a superlative reaches: "the lowest in a decade", "the largest in over two years", "the first
# time in a year". The span is written with "a" as often as with a number, which counts as no quantity.
_RECORD_SPAN = re.compile(
    r"\b(?:lowest|highest|largest|biggest|smallest|fewest|most|least|best|worst|strongest|weakest|first\s+time)\b"
    r"[^,.;:]{0,40}?\bin\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|(?:the\s+)?(?:past|last)\s+)?"
    rf"(?P<count>{SMALL_COUNT})\s+(?P<unit>decade|year|month|week|day)s?\b")
_SPAN_MONTHS = {"decade": 120, "year": 12, "month": 1, "week": 0.25, "day": 1 / 30}


def _record_spans(text: str) -> set[float]:
    spans = set()
    for match in _RECORD_SPAN.finditer(fold(text)):
        spans.add(small_count_value(match.group("count")) * _SPAN_MONTHS[match.group("unit")])
    return spans


def record_spans_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"The lowest in a year" against "the lowest in a decade": the record reaches back another span."""
    ours = _record_spans(claim.text)
    if not ours:
        return False
    theirs = _record_spans(candidate.text)
    return bool(theirs) and not ours & theirs


# An amount for each span of time: "$17 billion a year", "40,000 tons per month", "2 million annually".
_RATE = re.compile(
    rf"(?P<amount>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>{'|'.join(SCALE_WORDS)}))?(?:\s+[a-z]+){{0,2}}?\s+"
    r"(?:(?:a|an|per|each|every)\s+(?P<period>day|week|month|year)\b|(?P<adverb>daily|weekly|monthly|annually)\b)")
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year"}


def _rates(text: str) -> set[tuple[float, str]]:
    rates = set()
    for match in _RATE.finditer(fold(text)):
        value = float(match.group("amount").replace(",", "")) * SCALE_WORDS.get(match.group("scale") or "", 1)
        rates.add((value, match.group("period") or _RATE_ADVERBS[match.group("adverb")]))
    return rates


def rates_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"$17 billion a month" against "$17 billion per year": the same amount, for another span of time."""
    ours = _rates(claim.text)
    if not ours:
        return False
    theirs = _rates(candidate.text)
    return any((value, period) not in theirs and any(value == other and period != span for other, span in theirs)
               for value, period in ours)


# How often a thing recurs, written before it ("an annual exhibition", "a twice-yearly summit", "quarterly
# reviews"), in times a year. "Biannual" is read as twice a year, as news writes it; "biennial" as every two
# years.
_TIMES_A_YEAR = {"once a year": 1.0, "twice a year": 2.0, "two times a year": 2.0, "twice yearly": 2.0,
                 "semiannual": 2.0, "semi annual": 2.0, "biannual": 2.0, "bi annual": 2.0, "biennial": 0.5,
                 "annual": 1.0, "yearly": 1.0, "quarterly": 4.0, "monthly": 12.0, "weekly": 52.0,
                 "daily": 365.0}
# Not after a hyphen: "half-yearly" and "bi-weekly" are other frequencies than their last word's.
_FREQUENCY = re.compile(r"\b(?<!-)(?P<often>(?:once|twice|two\s+times)[- ]a[- ]year|twice[- ]yearly|"
                        r"semi-?annual|bi-?annual|biennial|annual|yearly|quarterly|monthly|weekly|daily)\s+"
                        r"(?P<thing>[a-z]+)")


def _frequencies(analysis: Analysis) -> dict[str, tuple[set[float], set[str]]]:
    """The key of each thing the text says how often recurs -> those times a year, and the keys of the words
    that say so."""
    found: dict[str, tuple[set[float], set[str]]] = {}
    for match in _FREQUENCY.finditer(fold(analysis.text)):
        often = " ".join(match.group("often").replace("-", " ").split())
        values, words = found.setdefault(word_key(match.group("thing")), (set(), set()))
        values.add(_TIMES_A_YEAR[often])
        words |= {token.key for token in analysis.tokens
                  if match.start("often") <= token.start < match.end("often")}
    return found


def frequencies_differ(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The claim's words of how often a thing recurs where the record says it recurs otherwise ("a
    twice-yearly exhibition" / "an annual exhibition"): empty when the record gives no frequency of that
    thing, or the claim's."""
    if not _FREQUENCY.search(fold(claim.text)):
        return frozenset()
    theirs = _frequencies(candidate)
    return frozenset(key for thing, (values, words) in _frequencies(claim).items()
                     if thing in theirs and not values & theirs[thing][0] for key in words)


# A count given by its order of magnitude alone: "dozens of hostages", "hundreds of thousands of doses". The
# longer forms first, so "tens of thousands of" is one count, not "thousands of" inside it; "scores" are
# dozens. Or standing alone as the subject of a verb ("Thousands have been detained"): what it counts goes
# unsaid, and what is said of it (the predicate) tells which count it is.
_MAGNITUDE = re.compile(r"\b(?P<magnitude>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|"
                        r"hundreds|thousands|millions|billions)\s+(?:of\s+"
                        r"(?:(?:the|these|those|their|our|its|his|her)\s+)?"
                        r"(?P<counted>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})|"
                        r"(?=(?:have|has|had|were|was|are|is|will|would|could|may|might|remain|remained)\b))")
_SAME_MAGNITUDE = {"scores": "dozens"}


def _magnitudes(analysis: Analysis) -> list[tuple[str, frozenset[str], frozenset[str], frozenset[str]]]:
    """Each count given by its order of magnitude: (the magnitude, the content words of what it counts, the
    keys of the magnitude's words, the content words said of it up to the clause's next mark)."""
    found = []
    folded = fold(analysis.text)
    for match in _MAGNITUDE.finditer(folded):
        magnitude = " ".join(match.group("magnitude").split())
        counted_text = match.group("counted") or ""
        counted = frozenset(token.key for token in analyze(counted_text).tokens if not token.stop)
        words = frozenset(token.key for token in analysis.tokens if not token.stop
                          and match.start("magnitude") <= token.start < match.end("magnitude"))
        end = match.end()
        reach = folded[end:end + T.MAGNITUDE_PREDICATE_REACH_CHARS]
        said = CLAUSE_MARKS.split(reach)[0]
        predicate = frozenset(token.key for token in analysis.tokens if not token.stop
                              and end <= token.start and token.end <= end + len(said)) - counted
        found.append((_SAME_MAGNITUDE.get(magnitude, magnitude), counted, words, predicate))
    return found


def magnitudes_differ(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The claim's words of a count given by its order of magnitude where the record counts the same thing by
    another ("the release of hundreds of hostages" / "the release of dozens of hostages"): empty when the
    record gives the claim's magnitude of it too, or none. A count whose noun goes unsaid on either side is of
    the same thing when the two say the same of it."""
    ours = _magnitudes(claim)
    if not ours:
        return frozenset()
    theirs = _magnitudes(candidate)
    found: set[str] = set()
    for magnitude, counted, words, predicate in ours:
        others = {other for other, their_counted, _, their_predicate in theirs
                  if counted & their_counted or (not counted or not their_counted)
                  and len(predicate & their_predicate) >= T.MAGNITUDE_SAME_PREDICATE_WORDS}
        if others and magnitude not in others:
            found |= words
    return frozenset(found)


def _recurs(analysis: Analysis, quantity: Quantity) -> bool:
    """Whether the text gives the duration as the time between recurrences ("publish a list every 6 months",
    "each two weeks"): how often, not how long one thing lasts or takes, so no duration to set against the
    other side's ("within 30 days")."""
    return "recurrence" in _duration_kinds(analysis).get((quantity.value, quantity.unit), ())


# Durations compared across the units they are counted in (TIME_UNIT_SCALE's bases), in minutes.
_MINUTES_IN = {MINUTE_UNIT: 1, word_key("day"): 24 * 60, word_key("month"): 30 * 24 * 60}


def _one_duration_each_differs(claim: Analysis, candidate: Analysis) -> bool:
    """"Spoke for more than two days" against "for more than two hours": when each side gives one
    duration, in units of different kinds, they are the same span of time or a contradiction.
    (A claim with two durations, "a two-day visit ... talks of 90 minutes", is left alone: the
    record's one may be the other.)"""
    ours = [q for q in claim.quantities if q.unit in _MINUTES_IN and not _recurs(claim, q)]
    theirs = [q for q in candidate.quantities if q.unit in _MINUTES_IN and not _recurs(candidate, q)]
    if len(ours) != 1 or not theirs or any(q.unit == ours[0].unit for q in theirs):
        return False
    theirs = [q for q in theirs if _same_duration_kind(ours[0], q.value, claim, candidate, q.unit)]
    if not theirs:
        return False
    if len(theirs) > 1:
        # Several durations of one other unit ("over two hours of talks ..., meeting with the
        # King for a little over half an hour"): the one written in the claim's words is its span.
        if len({q.unit for q in theirs}) > 1:
            return False
        values = _values_in_same_clause_words(claim, ours[0], candidate, {q.value for q in theirs},
                                              their_unit=theirs[0].unit)
        if len(values) != 1:
            return False
        theirs = [Quantity(next(iter(values)), theirs[0].unit)]
    claimed, stated = (q.value * _MINUTES_IN[q.unit] for q in (ours[0], theirs[0]))
    return not _within_rounding(claimed, stated)


# The count of a duration, in digits or a word ("30 days", "two weeks").
_DURATION_COUNT = rf"(?:{_FIGURE})"
# A duration with the words that tell what it measures: "every" or "each" before it (a recurrence), "ago",
# "later", "earlier", "after" or "before" after it (an offset from another point in time), "within" before it
# (a deadline, which measures a span as a length does; gives_its_deadlines asks for it).
_DURATION = re.compile(r"(?P<every>\b(?:every|each|per)\s+(?:other\s+)?)?(?P<within>\bwithin\s+)?\b"
                       rf"(?P<count>{_DURATION_COUNT})[\s-]+"
                       r"(?P<unit>minute|hour|day|week|month|year|decade)s?\b"
                       r"(?P<after>\s+(?:ago|later|earlier|after|before)\b)?")
# The reach of a first: "its first such filings in nearly six years" ("the first time in" is _RECORD_SPAN's).
_FIRST_IN = re.compile(r"\bfirst\b[^,.;:]{0,40}?\bin\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|"
                       r"(?:the\s+)?(?:past|last)\s+)?(?:\d+|[a-z]+)\s+(?:decade|year|month|week|day)s?\b")


def _duration_kinds(analysis: Analysis) -> dict[tuple[float, str], set[str]]:
    """Each duration the text gives, (value, unit) as the analysis compares it -> what it measures: "recurrence"
    ("every 6 months"), "reach" (of a superlative or a first: "the largest in 40 years"), "offset" ("two years
    ago") or "span" (a length or a deadline: "for two hours", "within 30 days")."""
    text = fold(analysis.text)
    reaches = [match.span() for pattern in (_RECORD_SPAN, _FIRST_IN) for match in pattern.finditer(text)]
    kinds: dict[tuple[float, str], set[str]] = {}
    for match in _DURATION.finditer(text):
        unit, factor = TIME_UNIT_KEYS.get(word_key(match.group("unit")), (word_key(match.group("unit")), 1))
        value = _figure_word(match.group("count")) * factor
        if match.group("every"):
            kind = "recurrence"
        elif any(start <= match.start("count") < end for start, end in reaches):
            kind = "reach"
        elif match.group("after") and not match.group("within"):
            # "Within 90 days after the date of this proclamation" is a deadline counted from a point, the
            # span "within 90 days" gives; only a bare "90 days after" places a point in time.
            kind = "offset"
        else:
            kind = "span"
        kinds.setdefault((value, unit), set()).add(kind)
    return kinds


def _same_duration_kind(quantity: Quantity, theirs: float, claim: Analysis, candidate: Analysis,
                        their_unit: str | None = None) -> bool:
    """Whether the record's duration `theirs` may measure what the claim's does: some kind of the two is the
    same (a duration neither text writes in a way _DURATION reads is a span)."""
    ours = _duration_kinds(claim).get((quantity.value, quantity.unit)) or {"span"}
    stated = _duration_kinds(candidate).get((theirs, their_unit or quantity.unit)) or {"span"}
    return bool(ours & stated)


# A figure in digits with its scale word, as `_figure_value` reads it: "8 billion", "1.8", "300,000".
_FIGURE_AND_SCALE = rf"(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>{'|'.join(SCALE_WORDS)}))?"
# A figure after the word that qualifies it, in dollars or not: "$8 billion".
_QUALIFIED_FIGURE = r"\s+(?:US)?\$?" + _FIGURE_AND_SCALE
# A number said to be approximate (_APPROXIMATELY).
_APPROXIMATE_NUMBER = re.compile(rf"\b{_APPROXIMATELY}{_QUALIFIED_FIGURE}", re.IGNORECASE)


def _figure_value(match: re.Match) -> float:
    """The value of a match of `_QUALIFIED_FIGURE`, its scale word applied ("$1.2 trillion" -> 1.2e12)."""
    scale = SCALE_WORDS.get((match.group("scale") or "").lower(), 1)
    return float(match.group("number").replace(",", "")) * scale


def approximate_values(analysis: Analysis) -> frozenset[float]:
    """The values the text writes as approximate."""
    return frozenset(_figure_value(match) for match in _APPROXIMATE_NUMBER.finditer(analysis.text))


# A round figure the claim gives as a bound: "more than $10 million", "a little over 3 percent", "up to 40",
# "nearly 50", "about 50". News rounds an official exact figure this way ("more than $1 trillion" for $1.2 trillion).
_BOUND_NUMBER = re.compile(
    r"\b(?P<bound>more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|up\s+to|less\s+than|"
    r"fewer\s+than|under|at\s+most|below|nearly|almost|close\s+to|approaching|about|around|roughly|approximately|"
    rf"some){_QUALIFIED_FIGURE}", re.IGNORECASE)
_LOWER_BOUNDS = ("more", "over", "at least", "upwards", "in excess", "above")
# A bound that also says the figure is close to it: "nearly 50" is 47, not 30 (T.NEAR_BOUND_SHARE).
_NEAR_BOUNDS = ("nearly", "almost", "close", "approaching")
# A round figure on either side of the value: "about 50" is 47 or 53, not 40.
_EITHER_SIDE = ("about", "around", "roughly", "approximately", "some")
# "no more than", "not over": the bound turned the other way.
_BOUND_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)


def _bounds(analysis: Analysis) -> dict[float, tuple[int, bool]]:
    """The values the text gives as a bound: (+1 for a lower one ("more than 150"), -1 for an upper one, 0 for
    a round figure on either side ("about 50"); whether it is a near one ("nearly 50", "about 50"))."""
    bounds: dict[float, tuple[int, bool]] = {}
    for match in _BOUND_NUMBER.finditer(analysis.text):
        word = " ".join(match.group("bound").lower().split())
        side = 1 if word.startswith(_LOWER_BOUNDS) else 0 if word in _EITHER_SIDE else -1
        if _BOUND_NEGATED.search(analysis.text, 0, match.start()):
            side = -side
        bounds[_figure_value(match)] = (side, word.startswith(_NEAR_BOUNDS + _EITHER_SIDE))
    for match in _PLUS_FIGURE.finditer(analysis.text):
        bounds.setdefault(_figure_value(match), (1, False))
    return bounds


# A lower bound written after the figure: "50-plus years", "a 100 plus strong delegation".
_PLUS_FIGURE = re.compile(r"(?<![\w.,])\$?" + _FIGURE_AND_SCALE + r"(?:-|\s+)plus\b", re.IGNORECASE)


# The floats of written decimals differ by a hair more than their digits do (3.4 - 3.3 > 0.1): a reach
# is widened by this share of itself.
_FLOAT_SLACK = 1e-9


def _within_the_bound(ours: float, theirs: float, claim: Analysis, candidate: Analysis) -> bool:
    """Whether the claim gives its value as a round bound the record's exact value lies within: past the
    bound on its side and short of the next round figure ("more than $10 million" for $11 million, "a
    little over 3 percent" for 3.3 percent; not for $50 million, nor for $9 million). A near bound holds
    only a value close below it: "nearly 50" for 47, "nearly $200 million" for $183 million, not for 30 or
    $150 million; "about 50" one close on either side (47 or 53, not 40). A record's bound on the same side
    counts as its figure; a bound only the record gives ("more than $10 million" for the claim's exact $11
    million) is left alone: the claim states more than the record does."""
    claimed = _bounds(claim).get(ours)
    if claimed is None:
        return False
    side, near = claimed
    stated = _bounds(candidate).get(theirs)
    if stated is not None and (side == 0 or stated[0] != side):
        return False
    # A record's bound on the claim's side holds the claim's when it is as far or further: "over $230 million"
    # is "more than $200 million"; "more than $10 million" is not "more than $11 million".
    reach = _last_digit_worth(ours)
    if near:
        reach = min(reach / 2, T.NEAR_BOUND_SHARE * abs(ours))
    past = abs(theirs - ours) if side == 0 else side * (theirs - ours)
    if stated is not None and past >= reach * (1 - _FLOAT_SLACK):
        return False  # "more than 400" is a bound a whole step past "more than 300": another round figure
    return 0 <= past <= reach * (1 + _FLOAT_SLACK)


# "about two hours", "roughly an hour": a duration rounded to whole hours.
_APPROXIMATE_HOURS = re.compile(r"\b(?:about|nearly|almost|roughly|approximately|around|some|close\s+to|more\s+than|"
                                rf"over|under)\s+(?:{SMALL_COUNT})\s+hours?\b",
                                re.IGNORECASE)


def _within_the_hour(ours: float, theirs: float, claim: Analysis, candidate: Analysis) -> bool:
    """Two durations in minutes one of which is rounded to whole hours ("about two hours" for two
    hours and 20 minutes) and that differ by less than half an hour."""
    rounded = _APPROXIMATE_HOURS.search(claim.text) or _APPROXIMATE_HOURS.search(candidate.text)
    return bool(rounded) and abs(ours - theirs) < T.ROUNDED_HOURS_MAX_MINUTES


def rounded_figure(ours: float, theirs: float) -> bool:
    """Two values one of which is a round figure for the other (_within_rounding) at its own precision:
    they differ by no more than the last digit either writes is worth ("nearly $8 billion" for $7.8
    billion: a billion; "about $1.8 billion" for $1.77 billion: a tenth of one). "About $386 billion"
    for "almost $368 billion" is within a twentieth, yet neither figure rounds to the other: the digits
    are another number's."""
    return _within_rounding(ours, theirs) and abs(ours - theirs) <= max(_last_digit_worth(ours),
                                                                         _last_digit_worth(theirs))


# Significant digits a value is read with to find its last written digit: more than any figure news prints,
# fewer than the 16-17 at which a float shows its error ("4.1 billion" is 4.1 * 10**9 = 4099999999.9999995).
_WRITTEN_DIGITS = 12


def _last_digit_worth(value: float) -> float:
    """What the last non-zero digit of a value is worth: 10**9 for 386 billion, 0.1 for 1.8, 10 for 50. Read
    as written, not as its float: the float of "4.1 billion" ends in a digit worth 10**-7."""
    if value == 0:
        return 1.0
    written = Decimal(f"{value:.{_WRITTEN_DIGITS}g}")
    return float(Decimal(10) ** written.normalize().as_tuple().exponent)


def _within_rounding(ours: float, theirs: float) -> bool:
    """Two values one of which is a round figure for the other ("nearly $8 billion" for $7.8
    billion, "about $1.8 billion" for approximately $1.77 billion)."""
    return abs(ours - theirs) <= T.APPROXIMATE_NUMBER_SHARE * max(abs(ours), abs(theirs))


def _numbers_in_same_words(claim: Analysis, value: float, candidate: Analysis) -> list[set[float]]:
    """For each place the claim writes the number `value` (as one token), the
    record's numbers written next to a content word that is also next to it."""
    found = []
    # The candidate's number tokens by value and what each is of, each worked out once.
    positions: dict[float, list[int]] | None = None
    told: dict[int, tuple[int, set[str]]] = {}
    for index in _number_tokens(claim, value):
        kind, ours = _what_a_number_is_of(claim, index)
        if ours:
            if positions is None:
                positions = _number_positions(candidate)
            for other in (other for quantity in candidate.quantities for other in positions.get(quantity.value, ())):
                if other not in told:
                    told[other] = _what_a_number_is_of(candidate, other)
            # Names are shared by many counts of a sentence: only several of them make one thing counted.
            enough = T.SAME_COUNTED_WORDS if kind == _COUNTED_NAMES else 1
            found.append({quantity.value for quantity in candidate.quantities
                          if any(told[other][0] == kind and len(told[other][1] & ours) >= enough
                                 for other in positions.get(quantity.value, ()))})
    return found


def _figures_of_the_same_noun(claim: Analysis, quantity: Quantity, candidate: Analysis) -> set[float]:
    """The record's figures whose noun phrase shares a counted word with the claim's figure's, read past the
    modifiers the analysis takes for the unit ("nearly 79 million safe and effective vaccine doses" counts
    doses, as "close to 97 million doses" does) and past a scale word: the record's count of the claim's thing."""
    ours: set[str] = set()
    for index, value in _scaled_number_positions(claim):
        if value == quantity.value:
            ours |= _noun_phrase_after(claim, index)
    if not ours:
        return set()
    found = set()
    for index, value in _scaled_number_positions(candidate):
        words = _noun_phrase_after(candidate, index)
        # The record's own unit for the figure is one of the phrase's words: a modifier of the noun counted, not
        # money, a share or a length, which count something else whatever noun follows.
        if (words & ours or _same_group_counted(words, ours)) \
                and any(q.value == value and q.unit in words for q in candidate.quantities):
            found.add(value)
    return found


# The words a force's strength is counted in: a leader counts soldiers as the country's "sons and daughters"
# ("almost 600,000 incredibly brave Ukrainian sons and daughters" / "almost 800,000 Ukrainian soldiers").
# Soldiers only, not people at large: "3,000 troops" and "200 people" count different groups.
_TROOP_WORDS = keys_of(["=troops", "personnel", "sons", "daughters"])
# An alliance's size is counted in its members or in the nations, countries or allies they are ("now has 31
# members" / "now 32 nations strong").
_MEMBER_WORDS = keys_of(["members", "nations", "countries", "allies"])


def _same_group_counted(theirs: set[str], ours: set[str]) -> bool:
    return any(bool(theirs & group) and bool(ours & group) for group in (_TROOP_WORDS, _MEMBER_WORDS))


def _scaled_number_positions(analysis: Analysis) -> list[tuple[int, float]]:
    """Each number token's index and its value with the scale word after it ("79 million" is 79,000,000)."""
    tokens = analysis.tokens
    positions = []
    for index, token in enumerate(tokens):
        if NUMBER_KEY.fullmatch(token.key) and not YEAR_KEY.fullmatch(token.key):
            scale = SCALE_WORDS.get(tokens[index + 1].key, 1) if index + 1 < len(tokens) else 1
            positions.append((index, float(token.key) * scale))
    return positions


def _noun_phrase_after(analysis: Analysis, index: int) -> set[str]:
    """The content words of the noun phrase right after the number at token `index`, names aside: past a scale
    word and the words of a bound, through "and" or "or" between two modifiers ("safe and effective vaccine
    doses"), up to the clause's next mark, another number or any other small word. Unlike
    _words_after_a_number's run, a small word before the first content word ends it, and a word of
    _NUMBER_FILLER or a scale word never does."""
    tokens = analysis.tokens
    words: set[str] = set()
    for position, token in _clause_run_after(analysis, index, T.NOUN_PHRASE_AFTER_NUMBER_REACH):
        if NUMBER_KEY.fullmatch(token.key):
            break
        if token.key in SCALE_WORDS or token.key in _NUMBER_FILLER:
            continue
        if token.stop:
            following = position + 1
            if not words or token.key not in _JOINING_MODIFIERS or following >= len(tokens) \
                    or tokens[following].stop:
                break
            continue
        if token.key not in analysis.entity_keys:
            words.add(token.key)
    return words


_JOINING_MODIFIERS = frozenset({"and", "or"})


_COUNTED_WORDS, _BARE_FIGURE_WORDS, _COUNTED_NAMES = range(3)


def _what_a_number_is_of(analysis: Analysis, index: int) -> tuple[int, set[str]]:
    """The words that tell what the number at token `index` is of, and how they tell it: the content words
    after it; for a number with nothing counted after it ("women, men over 60, and the wounded"), the word
    right before it; for a count of named things ("four of India's Technology Innovation Hubs"), their names."""
    words = _number_surroundings(analysis, index)
    if words:
        return _COUNTED_WORDS, words
    words = _words_before_a_bare_number(analysis, index)
    if words:
        return _BARE_FIGURE_WORDS, words
    return _COUNTED_NAMES, _names_counted(analysis, index)


def _names_counted(analysis: Analysis, index: int) -> set[str]:
    """The names right after the number at token `index` (past "of"), up to the clause's next small word, when
    no common word comes first: the things a count of named things counts."""
    return _words_after_a_number(analysis, index, counted=lambda token: True,
                                 ends=lambda token: token.key not in analysis.entity_keys
                                 or bool(NUMBER_KEY.fullmatch(token.key)))


def _words_before_a_bare_number(analysis: Analysis, index: int) -> set[str]:
    """The content words right before the number at token `index` (at most T.BARE_NUMBER_WORDS of them, names
    aside) when it ends its clause: what a figure with no noun after it is of ("men over 60,")."""
    tokens, text = analysis.tokens, analysis.text
    if index + 1 < len(tokens) and not CLAUSE_MARKS.search(text, tokens[index].end, tokens[index + 1].start):
        return set()
    words: set[str] = set()
    for position in range(index - 1, max(-1, index - 1 - T.NUMBER_CONTEXT_REACH), -1):
        other = tokens[position]
        if CLAUSE_MARKS.search(text, other.end, tokens[position + 1].start):
            break
        if other.stop or other.key in _NUMBER_FILLER or NUMBER_KEY.fullmatch(other.key):
            continue
        if other.key in analysis.entity_keys:
            break
        words.add(other.key)
        if len(words) == T.BARE_NUMBER_WORDS:
            break
    return words


def counts_the_same_thing(claim: Analysis, candidate: Analysis) -> bool:
    """Whether the record gives another number of the very thing a number of the claim counts, named
    in the same words ("30 of the carrier's long-range turboprop aircraft" / "40 long-range turboprop
    aircraft", "five strategic technology areas" / "six main strategic technology areas"): at least
    SAME_COUNTED_WORDS content words after each number. A count so named is the record's count of the
    claim's thing however the rest of the sentence is worded ("covers" / "will sign ... to purchase")."""
    theirs = _number_positions(candidate)
    if not theirs:
        return False
    for quantity in claim.quantities:
        for index in _number_tokens(claim, quantity.value):
            ours = _counted_words(claim, index)
            if len(ours) < T.SAME_COUNTED_WORDS or _counts_an_increment(claim, index):
                continue
            for value, positions in theirs.items():
                if value == quantity.value:
                    continue
                if any(len(_counted_words(candidate, other) & ours) >= T.SAME_COUNTED_WORDS
                       and not _counts_an_increment(candidate, other) for other in positions):
                    return True
    return False


# Words before a number that make it a count of some more of the thing, not of all of it ("these
# additional four radar sites" beside "nine radar sites").
_INCREMENT_WORDS = frozenset({"additional", "another", "more", "new", "extra", "further", "other"})


def _counts_an_increment(analysis: Analysis, index: int) -> bool:
    return any(fold(token.surface) in _INCREMENT_WORDS for token in analysis.tokens[max(0, index - 2):index])


def _counted_words(analysis: Analysis, index: int) -> set[str]:
    """The content words right after the number at token `index`, up to the clause's next mark, names
    included ("Harbor Aero turboprop aircraft"): here they name the thing counted, whoever's it is."""
    return _words_after_a_number(analysis, index, counted=lambda token: not NUMBER_KEY.fullmatch(token.key),
                                 ends=lambda token: False, past_small_words=True)


def _number_tokens(analysis: Analysis, value: float) -> list[int]:
    return [index for index, token in enumerate(analysis.tokens)
            if NUMBER_KEY.fullmatch(token.key) and float(token.key) == value]


def _number_positions(analysis: Analysis) -> dict[float, list[int]]:
    """_number_tokens of every value at once: value -> its tokens' indices, in order."""
    positions: dict[float, list[int]] = {}
    for index, token in enumerate(analysis.tokens):
        if NUMBER_KEY.fullmatch(token.key):
            positions.setdefault(float(token.key), []).append(index)
    return positions


def _number_surroundings(analysis: Analysis, index: int) -> set[str]:
    """The words of what a number counts: the content words right after it
    ("300 American beef plants", "50 of the 737 MAX aircraft", "two more if
    needed"), up to the next small word or mark of the clause, names aside."""
    # A name ("four U.S. boats", "five U.S. SSNs") is whose, not what.
    return _words_after_a_number(analysis, index, ends=lambda token: False,
                                 counted=lambda token: not NUMBER_KEY.fullmatch(token.key)
                                 and token.key not in analysis.entity_keys)


def _words_after_a_number(analysis: Analysis, index: int, counted: Callable[[Token], bool],
                          ends: Callable[[Token], bool], past_small_words: bool = False) -> set[str]:
    """The keys of the `counted` tokens in the run of words right after the number at token `index`: past the
    small words before it ("60 of the", "three more if": what is counted comes after), up to the clause's next
    mark, the next small word after a word counted (or, `past_small_words`, on past it), or a token that `ends`
    the run."""
    words: set[str] = set()
    for _position, other in _clause_run_after(analysis, index, T.NUMBER_CONTEXT_REACH):
        if other.stop or other.key in _NUMBER_FILLER:
            if words and not past_small_words:
                break
            continue
        if ends(other):
            break
        if counted(other):
            words.add(other.key)
    return words


def _clause_run_after(analysis: Analysis, index: int, reach: int) -> Iterator[tuple[int, Token]]:
    """The tokens after the number at token `index` with their positions, at most `reach` of them, up to the
    clause's next mark: the one stretch each walk after a number reads for what the number counts."""
    tokens, text = analysis.tokens, analysis.text
    for position in range(index + 1, min(len(tokens), index + 1 + reach)):
        if CLAUSE_MARKS.search(text, tokens[position - 1].end, tokens[position].start):
            return
        yield position, tokens[position]


# Words next to any number that say nothing of what it counts.
_NUMBER_FILLER = keys_of(["=percent", "about", "roughly", "nearly", "almost", "least", "than", "more", "up"])


# "The 20,000", "the two that already": a definite count, which refers back when the analysis finds no noun
# for it (a quantity without a unit).
_COUNT_REFERRED_BACK = re.compile(rf"\bthe\s+(?P<count>\d[\d,]*(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})"
                                  r"\b(?![\s-]*%)")


def _counts_referred_back(claim: Analysis) -> set[float]:
    return {_figure_word(match.group("count").replace(",", ""))
            for match in _COUNT_REFERRED_BACK.finditer(fold(claim.text))}


def _each_given_by_the_claim(values: set[float], candidate: Analysis, stated: list[float]) -> bool:
    """Whether each of the record's `values` is one of the claim's other figures `stated`, as many times as
    the record writes it in any unit: "two new bee colonies to the existing two colonies" gives a second two
    where the claim's "three colonies to the two that already" has its three."""
    written = [q.value for q in candidate.quantities]
    return all(written.count(value) <= stated.count(value) for value in values)


def _same_unit_values(quantity: Quantity, candidate: Analysis) -> set[float]:
    """The record's values of what `quantity` counts. An ordinal of the claim's own noun ("my third
    extended round") is the record's count of it; ordinals of an unnamed occasion in the same sentence
    ("the first in Vienna, the second in Malta") then count its parts, not the claim's thing."""
    if not quantity.unit:
        return set()
    matching = [q for q in candidate.quantities if same_counted_unit(quantity.unit, q.unit)]
    if quantity.unit.startswith(ORDINAL_UNIT_PREFIX):
        named = [q for q in matching if same_counted_unit(quantity.unit, q.unit, generic=False)]
        # A claim's "for the fourth time" names no noun of its own: the record's "met for the first time"
        # a year ago is no truer a rank of it than "our fourth meeting" beside it, which states it.
        if named and not (quantity.unit in GENERIC_ORDINAL_UNITS and quantity.value in {q.value for q in matching}):
            matching = named
    return {q.value for q in matching}


def same_counted_unit(ours: str, theirs: str, generic: bool = True) -> bool:
    """Counts of one thing: the same unit, or two ordinals one of which counts
    occasions of any kind ("the fifth time they spoke", "their fourth call")."""
    if ours == theirs:
        return True
    if not (ours.startswith(ORDINAL_UNIT_PREFIX) and theirs.startswith(ORDINAL_UNIT_PREFIX)):
        return False
    our_words, their_words = _ordinal_unit_words(ours), _ordinal_unit_words(theirs)
    return (bool(set(our_words) & set(their_words))
            or generic and bool({ORDINAL_UNIT_PREFIX + our_words[0], ORDINAL_UNIT_PREFIX + their_words[0]}
                                & GENERIC_ORDINAL_UNITS))


def _ranks_another_thing(quantity: Quantity, value: float, claim: Analysis, candidate: Analysis) -> bool:
    """Whether every rank `value` the record gives of the claim's ordinal shares only its superlative with it
    and ranks a noun the claim never names ("the eighth-largest trading partner" / "the fifth-largest foreign
    student population"): the same measure of another thing. A noun the claim has anywhere ("the fourth-largest
    U.S. trade partner" / "the fourth largest trade partner") is the claim's thing."""
    ours = set(_ordinal_unit_words(quantity.unit))
    ranks = [q for q in candidate.quantities if q.value == value and same_counted_unit(quantity.unit, q.unit)]
    for rank in ranks:
        theirs = set(_ordinal_unit_words(rank.unit))
        ranked = theirs - _SUPERLATIVE_KEYS
        shared = ours & theirs
        if not shared or not shared <= _SUPERLATIVE_KEYS or not ranked or ranked & claim.keys:
            return False
    return bool(ranks)


# The superlatives an ordinal ranks by ("the fifth-largest", "the second-biggest"), as keys.
_SUPERLATIVE_KEYS = keys_of(["largest", "biggest", "smallest", "highest", "lowest", "greatest", "most", "least",
                             "fastest", "busiest", "leading", "top"])


# Units any figure of a topic may carry: a sum of money or a share is the claim's own quantity only when the
# words after it name the same thing (counts_the_same_thing); another measure (hours, days, sites) is.
_GENERIC_UNITS = frozenset({"$", "€", "£", "percent"})


def gives_its_sums_and_shares(claim: Analysis, record: Analysis) -> bool:
    """Whether the record's sentence gives a sum, or a share, wherever the claim gives one. Any topic may carry
    a figure of money or a percentage, so it is a detail of the claim's own: "urge Norway to put 3 percent of
    its output into defence" is not stated by a sentence urging more defence spending that gives no share.
    (A share or sum the record gives otherwise is the contest rules' to weigh.)"""
    measured = {quantity.unit for quantity in claim.quantities if quantity.unit in _GENERIC_UNITS}
    return not measured or measured <= {quantity.unit for quantity in record.quantities}


def gives_its_deadlines(claim: Analysis, record: Analysis) -> bool:
    """Whether the record's sentence gives a length of time wherever the claim sets a deadline ("would convene
    for the first time within ten days"): like a sum, a deadline is a detail any plan may carry, so it is the
    claim's own, not stated by a sentence that launches the group and gives no time at all. (Another value of it
    is the contest rules' to weigh.) Other lengths ("for the past two months", "a four-year review") are often
    the article's own setting of the point, and are not asked for."""
    return not _DEADLINE.search(fold(claim.text)) \
        or any(quantity.unit in _MINUTES_IN for quantity in record.quantities)


_DEADLINE = re.compile(rf"\bwithin\s+{_DURATION_COUNT}[\s-]+"
                       r"(?:minute|hour|day|week|month|year)s?\b")


def measures_the_same(claim: Analysis, candidate: Analysis) -> bool:
    """Whether the record gives another value in the very unit of a claim's figure ("the session ran for six
    hours" / "the meeting was four and a half hours long"): a measure other than money or a share, and no
    count of some more of the thing ("these additional four sites")."""
    theirs = _number_positions(candidate)
    for quantity in claim.quantities:
        if not quantity.unit or quantity.unit in _GENERIC_UNITS or quantity.unit.startswith(ORDINAL_UNIT_PREFIX):
            continue
        for other in candidate.quantities:
            if other.unit != quantity.unit or other.value == quantity.value:
                continue
            if not any(_counts_an_increment(candidate, index) for positions in theirs.values() for index in positions
                       if abs(float(candidate.tokens[index].key) - other.value) < 1e-9):
                return True
    return False
