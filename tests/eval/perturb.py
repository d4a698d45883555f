"""Perturbation harness: how often does the engine notice one changed detail?

The labelled sets hold a few dozen hand-written contested claims. This tool
makes many more from the claims the engine already gets right: every gold
claim labelled supported that the engine supports with a publication the gold
comment cites is changed in one detail at a time, following the contested
reason codes of the verdict contract (../shared/docs/verdicts.md):

    number       a count, amount or ordinal ("two" -> "three", "34%" -> "35%")   number_mismatch
    duration     a unit of time ("two days" -> "two weeks") or a relative one
                 ("next week" -> "next month")                                   number_/date_mismatch
    date         a day of the month, a month, a year or a weekday                  date_mismatch
    actor        a person or country replaced by another of its kind that the
                 record names                                                      actor_mismatch
    place        where it happened ("in Bangkok" -> "in Geneva")                   place_/event_mismatch
    negation     the main verb negated, or a negation dropped                      negation_mismatch
    opposite     the action replaced by its opposite (agreed/refused, lift/impose) opposite_action
    attribution  the other government named as the source; a readout the article
                 names without its side given the other side's ("according to
                 the readout" -> "according to the Chinese readout"); a claim of
                 a U.S.-China story that names no source credited to the
                 government whose publications do not state it (", China's
                 foreign ministry said")                                         misattributed
    event        the occasion or document the claim names moved to another one of
                 the same parties that the record holds: a call for a meeting or
                 the reverse ("during the call" -> "during the meeting"),
                 a fact sheet for the joint statement of the same occasion or the
                 reverse, "the readout" for that occasion's joint statement or fact
                 sheet; a claim that names neither given the other occasion
                 ("During their meeting, ..." of a call's point) or document
                 ("the White House said in a fact sheet")                       event_mismatch/misattributed
    quote        one word inside a quotation replaced                              quote no longer verbatim

On request only (--kind swap, --kind listed, --kind gathering; not in the default run, whose figures stay comparable across
sessions):

    listed       a figure the record's sentence gives one item of a list it gives
                 a figure each, replaced by another item's ("18 percent Hispanic"
                 -> "26 percent Hispanic" of "26 percent Black ..., 18 percent
                 Hispanic ..."): the record writes the new figure, of something
                 else                                                              number_mismatch

    gathering    a named gathering replaced by another well-known one ("at the G20
                 summit in Rome" -> "at the NATO summit in Rome", "the Summit for
                 Democracy" -> "the Quad summit"); only claims naming one are
                 checked at all, so its base count is theirs                      event_mismatch

    swap         two parties of the claim exchanged ("Kenya will lift tariffs on
                 U.S. aircraft" -> "The U.S. will lift tariffs on Kenyan aircraft"
                 is not attempted: only two names of one form, neither joined to
                 the other by "and" or "with", whose order says who does what)    actor_mismatch

Each changed claim replaces the original in its article, and the engine checks
it against the same database. The claim is checked with the paragraphs around
it (CONTEXT_SENTENCES before it, to its paragraph's end), which keeps who said
it and costs a fraction of the whole article; `--full` checks whole articles.
The base claims are chosen from the same kind of run, so both sides see the
same text around the claim.

A detection is a contested verdict carrying one of the kind's expected reason
codes (a quote: a grade other than verbatim). The tool prints recall per kind,
what the misses became, and every miss; `--json FILE` writes them all.

Deterministic: replacement names and words are drawn with random.Random seeded
from SEED and the claim's place in its gold file.

    .venv/bin/python -m tests.eval.perturb --db build/perturb.db
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from db.database import open_database
from db.models import Readout
from tests.eval.sets import gold_path, is_unseen
from tests.eval.training_run import harness_arguments, write_outcomes
from verifier.checking import check_text
from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT, extract_claims, find_quotes
from verifier.evaluation import GoldClaim, load_gold
from verifier.normalize import MONTHS, STOPWORDS, WEEKDAYS, analyze, fold, lexicon
from verifier.segment import split_sentences

SEED = 20261128
CONTEXT_SENTENCES = 3
DEFAULT_GOLD = ("tests/eval/gold.jsonl", "tests/eval/holdout/gold.jsonl")
KINDS = ("number", "duration", "date", "actor", "place", "negation", "opposite", "attribution", "event", "quote")
ON_REQUEST_KINDS = ("swap", "listed", "gathering")
QUOTE_DETECTED = frozenset({"close", "altered", "not_found"})


@dataclass(frozen=True)
class Perturbation:
    kind: str
    claim: str  # the changed claim text
    change: str  # "two -> three"
    expected: frozenset[str]  # reason codes that count as a detection
    quote: str | None = None  # for kind "quote": the changed quotation


@dataclass(frozen=True)
class Outcome:
    perturbation: Perturbation
    gold: GoldClaim
    gold_file: str
    verdict: str
    reasons: tuple[str, ...]
    detected: bool
    excluded: str | None = None  # why the outcome does not count (the change is true after all)
    quote_grade: str | None = None
    evidence: str | None = None


# ---------------------------------------------------------------- replacing one span


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _same_case(old: str, new: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _protected(claim: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """A change inside a quotation or the attribution phrase is another kind's business."""
    return any(s < end and start < e for s, e in spans)


# ---------------------------------------------------------------- numbers, durations, dates

# The harness takes the engine's names of months and weekdays (normalize.MONTHS, WEEKDAYS): facts of the
# calendar, the same whoever reads them. Its other word lists are its own, each for a reason of its own:
# - what it changes into what (these numbers, the opposite verbs below, a country's adjectives by
#   _DEMONYM_ENDINGS) is kept apart from the engine's lexicon, so that the harness does not measure the
#   engine's words against themselves;
# - the words that gate where it writes (_SPEECH and _REPORTING, _SUBORDINATORS, _DETERMINERS, _NEGATIVE_WORD)
#   answer "would a reporter write the changed sentence?", not the engine's questions: the engine's
#   SPEECH_VERBS make a name a speaker and take present forms, its NEGATION_CUES ("refused", "instead",
#   "rather") flip what follows, its NOUN_DETERMINERS ("no") mark a noun, not a double negative;
# - the titles that tell a publication's occasion (_CALL_TITLE, _MEETING_TITLE; occasions' _REMOTE_TITLE is the
#   same pattern today) pick the other occasion an event change is measured against, which the engine's own
#   reading must not choose.
# A change to one of these lists changes the sentences the harness writes, and so every figure measured
# with it this session: keep them as they are unless that is the point.
# Value -> name, to write the next number: the engine's NUMBER_WORDS read counts ("dozen", "both",
# "twice"), which are no number to change, and no "zero".
_NUMBER_NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                 "twenty"]
_ORDINAL_NAMES = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth"]
_MONTH_PATTERN = "|".join(MONTHS)
_TIME_UNITS = ("hour", "day", "week", "month", "year", "decade")
_NEXT_UNIT = {"hour": "day", "day": "week", "week": "month", "month": "year", "year": "month", "decade": "year"}
_NUMBER_TOKEN = re.compile(
    r"(?<![\w.,$-])(?P<value>\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_NAMES[2:] + _ORDINAL_NAMES[1:])
    + r")(?P<percent>%| percent)?(?![\w-])", re.IGNORECASE)
_DATE_SPAN = re.compile(r"\b(?:" + _MONTH_PATTERN + r")\.?\s+\d{1,2}"
                        r"(?:\s*(?:[-–]|to|and|through)\s*\d{1,2})?(?:,?\s+\d{4})?\b"
                        r"|\b\d{1,2}\s+(?:of\s+)?(?:" + _MONTH_PATTERN + r")\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
_DURATION = re.compile(r"\b(?P<count>\d+|a|an|" + "|".join(_NUMBER_NAMES[1:]) + r")(?P<sep>[\s-]+)"
                       r"(?P<unit>" + "|".join(_TIME_UNITS) + r")(?P<plural>s?)\b", re.IGNORECASE)
_RELATIVE_TIME = re.compile(r"\b(?P<direction>next|coming|last|past|upcoming|following)\s+(?:few\s+|several\s+)?"
                            r"(?P<unit>" + "|".join(_TIME_UNITS) + r")(?P<plural>s?)\b", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"\b(?P<month>" + _MONTH_PATTERN + r")\.?\s+(?P<day>\d{1,2})\b", re.IGNORECASE)
_MONTH_ALONE = re.compile(r"\b(?:in|during|since|until|by|early|late|mid|last|next|this|from)[\s-]+"
                          r"(?P<month>" + _MONTH_PATTERN + r")\b(?!\.?\s+\d)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w$])(?P<year>(?:19|20)\d\d)(?![\w%])")
_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def _other_number(word: str) -> str | None:
    lower = word.lower()
    if lower in _NUMBER_NAMES:
        value = _NUMBER_NAMES.index(lower)
        return _same_case(word, _NUMBER_NAMES[value + 1] if value < 20 else "thirty")
    if lower in _ORDINAL_NAMES:
        value = _ORDINAL_NAMES.index(lower)
        return _same_case(word, _ORDINAL_NAMES[value + 1] if value < 12 else "first")
    digits = word.replace(",", "")
    if "." in digits:
        whole, fraction = digits.split(".")
        return f"{int(whole) + 1}.{fraction}"
    value = int(digits)
    changed = value + 1 if value < 10 else value + max(1, value // 4)
    return f"{changed:,}" if "," in word else str(changed)


def perturb_number(claim: str, protected: list[tuple[int, int]]) -> Perturbation | None:
    dates = [m.span() for m in _DATE_SPAN.finditer(claim)]
    for match in _NUMBER_TOKEN.finditer(claim):
        start, end = match.span("value")
        if _protected(claim, protected + dates, start, end):
            continue
        new = _other_number(match.group("value"))
        if new is None:
            continue
        return Perturbation("number", _replace(claim, start, end, new), f"{match.group('value')} -> {new}",
                            frozenset({"number_mismatch"}))
    return None


_DIGIT_FIGURE = re.compile(r"(?<![\w.,$:-])(?P<value>\d[\d,]*(?:\.\d+)?)(?![\w:-])")


def _digit_value(written: str) -> float | None:
    try:
        return float(written.replace(",", ""))
    except ValueError:
        return None


def perturb_listed(claim: str, protected: list[tuple[int, int]], sentence: str) -> Perturbation | None:
    """The claim's figure, written in digits, replaced by another the record's sentence writes of the same unit
    (the figure of another item of its list), written as the sentence writes it. Only a claim that gives one figure
    of the unit: one that gives several tells the list itself. No clock time ("2:01 a.m.")."""
    if not sentence:
        return None
    dates = [m.span() for m in _DATE_SPAN.finditer(claim)]
    units = {q.value: q.unit for q in analyze(sentence).quantities}
    quantities = analyze(claim).quantities
    ours = {q.value: q.unit for q in quantities if sum(other.unit == q.unit for other in quantities) == 1}
    theirs = {}
    for match in _DIGIT_FIGURE.finditer(sentence):
        value = _digit_value(match.group("value"))
        if value is not None and value in units:
            theirs.setdefault(value, match.group("value"))
    for match in _DIGIT_FIGURE.finditer(claim):
        start, end = match.span("value")
        value = _digit_value(match.group("value"))
        if value is None or value not in theirs or value not in ours \
                or _protected(claim, protected + dates, start, end):
            continue
        others = [other for other in theirs if other != value and units[other] == units[value] == ours[value]]
        if not others:
            continue
        new = theirs[others[0]]
        return Perturbation("listed", _replace(claim, start, end, new), f"{match.group('value')} -> {new}",
                            frozenset({"number_mismatch"}))
    return None


def perturb_duration(claim: str, protected: list[tuple[int, int]]) -> Perturbation | None:
    for pattern, code in ((_DURATION, "number_mismatch"), (_RELATIVE_TIME, "date_mismatch")):
        for match in pattern.finditer(claim):
            start, end = match.span("unit")
            if _protected(claim, protected, start, end):
                continue
            unit = match.group("unit")
            new = _same_case(unit, _NEXT_UNIT[unit.lower()])
            plural = match.group("plural")
            new_claim = _replace(claim, start, end + len(plural), new + plural)
            return Perturbation("duration", new_claim, f"{unit}{plural} -> {new}{plural}", frozenset({code}))
    return None


def perturb_date(claim: str, protected: list[tuple[int, int]]) -> Perturbation | None:
    options: list[tuple[int, int, str, str]] = []  # start, end, old, new
    for match in _DAY_OF_MONTH.finditer(claim):
        day = int(match.group("day"))
        if 1 <= day <= 31:
            new = str(day + 3 if day <= 25 else day - 3)
            options.append((*match.span("day"), match.group("day"), new))
    for match in _MONTH_ALONE.finditer(claim):
        month = MONTHS[match.group("month").lower()]
        new = list(MONTHS)[(month + 1) % 12]  # two months on: next month is often still "the same season"
        options.append((*match.span("month"), match.group("month"), new.capitalize()))
    for match in _YEAR.finditer(claim):
        options.append((*match.span("year"), match.group("year"), str(int(match.group("year")) - 1)))
    for match in _WEEKDAY.finditer(claim):
        new = WEEKDAYS[(WEEKDAYS.index(match.group("day").lower()) + 3) % 7]
        options.append((*match.span("day"), match.group("day"), new.capitalize()))
    for start, end, old, new in sorted(options):
        if not _protected(claim, protected, start, end):
            return Perturbation("date", _replace(claim, start, end, new), f"{old} -> {new}",
                                frozenset({"date_mismatch"}))
    return None


# ---------------------------------------------------------------- names

@dataclass(frozen=True)
class RecordNames:
    """Names of the lexicon the record uses, by kind, in the form written there."""

    by_kind: dict[str, list[tuple[str, str, str]]]  # kind -> [(key, name, adjective)]


def record_names(engine) -> RecordNames:
    lex = lexicon()
    with engine.connect() as connection:
        record = fold("\n".join(f"{title}\n{body}" for title, body in connection.execute(
            select(Readout.title, Readout.body))))
    by_kind: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key, kind in sorted(lex.entity_kind.items()):
        variants = lex.variants.get(key, ())
        if not any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", record) for v in variants if len(v) > 1):
            continue
        # The plain name as a reporter writes it: no title, the country's noun rather than its adjective.
        plain = [v for v in variants if len(v) > 1 and v.split()[0] not in _TITLE_WORDS and "." not in v
                 and not (kind == "country" and v != variants[0] and v.endswith(_DEMONYM_ENDINGS))]
        adjectives = [v for v in variants[1:] if kind == "country" and v.endswith(_DEMONYM_ENDINGS) and " " not in v]
        # The group's own first form is its plain name ("sullivan", not "apnsa"), unless it carries a title.
        noun = variants[0] if variants[0] in plain else min(plain or variants,
                                                            key=lambda v: (len(v.split()), len(v), v))
        by_kind[kind].append((key, noun, adjectives[0] if adjectives else noun))
    return RecordNames(dict(by_kind))


_TITLE_WORDS = frozenset({"president", "premier", "director", "foreign", "minister", "mr.", "national", "secretary",
                          "summit", "the"})
_DEMONYM_ENDINGS = ("ese", "an", "ish", "i", "ch", "ine", "ino")


_ACRONYMS = frozenset({"us", "usa", "uk", "prc", "rok", "dprk", "apec", "asean", "g7", "g20", "apnsa"})


def _title(surface: str) -> str:
    if surface in _ACRONYMS:
        return surface.upper()
    return " ".join(word if word.isupper() or "." in word else word[:1].upper() + word[1:]
                    for word in surface.split())


def _name_spans(claim: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, key, kind, after a preposition) of every known name in the claim."""
    analysis = analyze(claim)
    spans = []
    for entity in analysis.entities:
        if entity.kind == "name":
            continue
        token = analysis.tokens[entity.index]
        end = token.end + 1 if "." in token.surface and claim[token.end:token.end + 1] == "." else token.end
        spans.append((token.start, end, entity.key, entity.kind, entity.after_preposition))
    return spans


def _pick(rng: random.Random, names: list[tuple[str, str, str]], avoid: set[str],
          adjective: bool = False) -> str | None:
    choices = [adjective_form if adjective else noun for key, noun, adjective_form in names if key not in avoid]
    return _title(rng.choice(choices)) if choices else None


def perturb_actor(claim: str, protected: list[tuple[int, int]], names: RecordNames,
                  rng: random.Random) -> Perturbation | None:
    located_in = lexicon().located_in
    spans = _name_spans(claim)
    present = {key for _, _, key, _, _ in spans}
    for start, end, key, kind, after_preposition in spans:
        if kind not in ("person", "country") or after_preposition or _protected(claim, protected, start, end):
            continue
        avoid = present | {key} | {k for k, country in located_in.items() if country == key}
        old = claim[start:end]
        adjective = kind == "country" and fold(old) != lexicon().variants.get(key, ("",))[0] and fold(old).endswith(
            _DEMONYM_ENDINGS)
        new = _pick(rng, names.by_kind.get(kind, []), avoid, adjective)
        if new is None:
            continue
        if old.endswith("'s") or old.endswith("’s"):
            new += old[-2:]
        return Perturbation("actor", _replace(claim, start, end, new), f"{old} -> {new}",
                            frozenset({"actor_mismatch"}))
    return None


# Words before a second name that make the two names' order say nothing of who does what: "Biden and
# Xi", "talks with Xi", "between Japan and Korea".
_SYMMETRIC_BEFORE = frozenset({"and", "with", "or", "between", "&"})
# Verbs of a meeting or talk, done by both parties whatever the order: "Biden met Xi" is "Xi met Biden".
_SYMMETRIC_VERBS = re.compile(r"\b(?:met|meet|meets|meeting|spoke|speak|talked|talks|called|call|agreed|discussed|"
                              r"signed|held|joined|shook|exchanged)\b", re.IGNORECASE)


def perturb_swap(claim: str, protected: list[tuple[int, int]]) -> Perturbation | None:
    """Two parties of the claim exchanged: the first person or country (not after a preposition) and a later
    one of the same kind and form, another party (not its capital or country), that no "and"/"with" joins
    to it; claims telling a meeting or a talk, which both do, are left alone."""
    if _SYMMETRIC_VERBS.search(claim):
        return None
    located_in = lexicon().located_in
    spans = _name_spans(claim)
    for index, (start, end, key, kind, after_preposition) in enumerate(spans):
        if kind not in ("person", "country") or after_preposition or _protected(claim, protected, start, end):
            continue
        first_adjective = kind == "country" and fold(claim[start:end]).endswith(_DEMONYM_ENDINGS)
        for other_start, other_end, other_key, other_kind, _ in spans[index + 1:]:
            if other_kind != kind or other_key == key or located_in.get(other_key) == key \
                    or located_in.get(key) == other_key or _protected(claim, protected, other_start, other_end):
                continue
            if (kind == "country" and fold(claim[other_start:other_end]).endswith(_DEMONYM_ENDINGS)) != first_adjective:
                continue
            before = claim[:other_start].split()
            if before and fold(before[-1]).strip(",") in _SYMMETRIC_BEFORE \
                    or claim[end:other_start].strip() in ("", ","):
                return None
            ours, theirs = _bare_name(claim[start:end]), _bare_name(claim[other_start:other_end])
            changed = _replace(claim, other_start, other_start + len(theirs), ours)
            changed = _replace(changed, start, start + len(ours), theirs)
            return Perturbation("swap", changed, f"{ours} <-> {theirs}", frozenset({"actor_mismatch"}))
        return None
    return None


def _bare_name(surface: str) -> str:
    """A name as written, less a possessive it carries (each slot keeps its own "'s")."""
    return re.sub(r"['\u2019]s$", "", surface)


def perturb_place(claim: str, protected: list[tuple[int, int]], names: RecordNames,
                  rng: random.Random) -> Perturbation | None:
    located_in = lexicon().located_in
    spans = _name_spans(claim)
    present = {key for _, _, key, _, _ in spans}
    for start, end, key, kind, after_preposition in spans:
        if kind not in ("place", "country") or not after_preposition or _protected(claim, protected, start, end):
            continue
        # Not the place's own country or cities: "in Thailand" for "in Bangkok" is no move.
        related = {key, located_in.get(key, "")} | {k for k, country in located_in.items()
                                                   if country in (key, located_in.get(key))}
        new = _pick(rng, names.by_kind.get("place", []), present | related)
        if new is None:
            continue
        return Perturbation("place", _replace(claim, start, end, new), f"{claim[start:end]} -> {new}",
                            frozenset({"place_mismatch", "event_mismatch"}))
    return None


# ---------------------------------------------------------------- named gatherings

# Gatherings a reporter names by who meets there: the lexicon's events and a body's summit or meeting. The
# harness's own list (see the note on word lists above): the engine must not be measured against its words.
# A group's name alone ("the G7", "APEC") is its gathering only where a gathering is held ("at the G20"); elsewhere
# ("within the G7", "ASEAN centrality") it is the body.
_AT_A_GATHERING = r"(?:(?<=\bat the )|(?<=during the )|(?<=before the )|(?<=after the )|(?<=\bof the )|(?<=\bfor the ))"
_NAMED_GATHERING = re.compile(
    r"\b(?:(?:G-?7|G-?20|Group\s+of\s+(?:Seven|Twenty|20)|APEC|ASEAN)\s+(?:[Ll]eaders['\u2019]?\s+)?"
    r"(?:[Ss]ummit|[Mm]eeting)"
    r"|" + _AT_A_GATHERING + r"(?:G-?7|G-?20|APEC)(?![\w'\u2019-])(?!\s+[A-Z])"
    r"|(?:NATO|Quad|QUAD|East\s+Asia|North\s+American\s+Leaders['\u2019]?|Pacific\s+Islands\s+Forum|EU|"
    r"U\.S\.-ASEAN|U\.S\.-Africa\s+Leaders['\u2019]?|Nuclear\s+Security)\s+(?:[Ll]eaders['\u2019]?\s+)?"
    r"(?:[Ss]ummit|[Mm]eeting|[Mm]inisterial)"
    r"|(?:U\.N\.|UN|United\s+Nations)\s+General\s+Assembly|UNGA"
    r"|Summit\s+(?:for|of)\s+(?:the\s+)?(?:Democracy|Democracies|Americas)"
    r"|Munich\s+Security\s+Conference|Shangri-La\s+Dialogue)(?![\w-])")
# What a named gathering becomes, each with the word that tells it apart (no replacement shares it with the
# gathering it replaces, nor with the claim).
_OTHER_GATHERINGS = (("G7 summit", "g7"), ("G20 summit", "g20"), ("NATO summit", "nato"), ("APEC summit", "apec"),
                     ("Quad summit", "quad"), ("ASEAN summit", "asean"), ("Summit for Democracy", "democracy"),
                     ("UN General Assembly", "general assembly"), ("East Asia Summit", "east asia"),
                     ("Summit of the Americas", "americas"))


def _gathering_words(text: str) -> str:
    return fold(text).replace("-", "").replace("group of seven", "g7").replace("group of twenty", "g20") \
        .replace("group of 20", "g20")


def names_a_gathering(claim: str) -> bool:
    """Whether the claim names a gathering the `gathering` kind can replace."""
    return _NAMED_GATHERING.search(claim) is not None


def perturb_gathering(claim: str, protected: list[tuple[int, int]], rng: random.Random) -> Perturbation | None:
    words = _gathering_words(claim)
    for found in _NAMED_GATHERING.finditer(claim):
        if _protected(claim, protected, found.start(), found.end()):
            continue
        choices = [name for name, word in _OTHER_GATHERINGS if word not in words]
        if not choices:
            continue
        new = rng.choice(choices)
        return Perturbation("gathering", _replace(claim, found.start(), found.end(), new),
                            f"{found.group()} -> {new}", frozenset({"event_mismatch"}))
    return None


# ---------------------------------------------------------------- polarity and actions

_NEGATED_AUX = re.compile(r"\b(?P<aux>did|does|do|has|have|had|is|are|was|were|will|would|could|should|can|must)"
                          r"\s+not\b|\b(?P<short>didn't|doesn't|don't|hasn't|haven't|hadn't|isn't|aren't|wasn't|"
                          r"weren't|won't|wouldn't|couldn't|shouldn't|can't|cannot)|\b(?P<never>never)\s+",
                          re.IGNORECASE)
_SHORT_POSITIVE = {"didn't": "did", "doesn't": "does", "don't": "do", "hasn't": "has", "haven't": "have",
                   "hadn't": "had", "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were",
                   "won't": "will", "wouldn't": "would", "couldn't": "could", "shouldn't": "should",
                   "can't": "can", "cannot": "can"}
_AUX = re.compile(r"\b(?:will|would|could|should|can|must|is|are|was|were|has|have|had)\b(?!\s+(?:not|never)\b)"
                  r"(?=\s+[a-z])")
# Past tense verbs the words around them mark as verbs: after a name or pronoun subject.
_PAST_VERB = re.compile(r"(?<=[A-Za-z] )(?P<verb>[a-z]{3,}ed|met|held|made|took|gave|told|spoke|sought|"
                        r"brought|began|kept|sent|led|saw|won)\b")
_NOT_VERB_BEFORE = frozenset({"the", "a", "an", "of", "to", "and", "or", "for", "with", "by", "its", "their",
                              "his", "her", "our", "in", "on", "at", "as", "more", "most", "well", "newly", "jointly",
                              "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "who",
                              "that", "which", "not", "never", "so", "very", "too", "quite", "million", "billion",
                              "trillion", "percent", "cent"})
_SPEECH = frozenset({"said", "stated", "added", "noted", "reported", "announced", "called", "described",
                     "stressed", "emphasized", "emphasised", "underscored", "reiterated", "expressed", "urged",
                     "warned", "asked", "confirmed", "declared", "claimed", "insisted", "explained", "argued",
                     "remarked", "replied", "responded", "acknowledged", "mentioned", "indicated"})


# A claim that already holds a negative word: a second negation makes a double negative ("there were not no
# sanctions", "no country should not be allowed") that no reporter writes and no reader takes as the reverse.
_NEGATIVE_WORD = re.compile(r"\b(?:no|not|never|nothing|none|nobody|neither|nor|without|cannot)\b|n't\b"
                            r"|\bno[\s-]one\b", re.IGNORECASE)
# Words that open a side clause: a negation there changes a circumstance ("Once the deal is not concluded",
# "Asked whether he never regretted"), not what the claim reports.
_SUBORDINATORS = frozenset({"when", "once", "if", "whether", "after", "before", "while", "because", "although",
                            "though", "until", "unless", "since", "why", "how", "what", "where", "which", "who", "whom",
                            "whose", "asked", "as"})
# "that" opens a relative clause ("a trip that has materialised") unless it follows a verb of saying or
# thinking ("said that", "agreed that"), where the clause is what the claim reports.
_REPORTING = _SPEECH | frozenset({"say", "says", "agree", "agrees", "agreed", "believe", "believes", "believed",
                                  "think", "thinks", "thought", "reaffirmed", "affirmed", "recognized", "recognised",
                                  "vowed", "pledged", "promised", "hoped", "noting", "saying", "adding", "stressing",
                                  "told", "tell", "tells", "telling", "reminded", "assured", "informed"})
# A noun inside a prepositional phrase followed by a participle ("in a statement released Thursday", "on a
# teleconference arranged by ...") is a modifier, not the clause's verb.
_PREPOSITIONAL_NOUN = re.compile(r"\b(?:in|on|at|during|from|after|with|via|through)\s+(?:a|an|the)\s+"
                                 r"(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "a delegation led by ...": a participle with its agent; "spoke by phone" is the verb itself.
_PASSIVE_BY = re.compile(r"\s+by\s+(?!(?:tele)?phone\b|video\w*|teleconference\b|letter\b|e-?mail\b)", re.IGNORECASE)
# "has", "have" and "had" are auxiliaries only before a participle ("had announced", "has long held");
# before a noun or "to" they are the main verb ("has a name", "had no plans", "had to be paired").
_IRREGULAR_PARTICIPLES = frozenset({"been", "had", "met", "held", "made", "taken", "given", "told", "spoken",
                                    "sought", "brought", "begun", "kept", "sent", "led", "seen", "won", "said",
                                    "put", "set", "cut", "run", "become", "come", "gone", "done", "left", "lost",
                                    "paid", "built", "bought", "found", "heard", "known", "felt", "stood", "struck",
                                    "taught", "thought", "understood", "grown", "shown", "drawn", "written",
                                    "chosen", "fallen", "risen", "spent", "dealt", "meant", "reached", "signed"})
# An object relative clause without "that": "the tariffs they have imposed", "an arrangement the two leaders
# reached". A noun phrase runs straight into the clause's own subject, so the verb after it belongs to the
# relative clause, not to the claim; "reduced the tariffs they have not imposed" reverses nothing the claim
# reports. The first noun phrase must hold no verb ("the official said he had" is a reported clause) and
# open no prepositional phrase ("In the meeting the two sides discussed" is the main clause).
_SUBJECT_PRONOUNS = r"(?:he|she|they|we|i|you)"
_RELATIVE_WITHOUT_THAT = re.compile(
    r"(?:^|\s)(?P<before>\S+\s+)?(?:the|a|an|this|these|those|its|their|his|her|our|any|every|each|some|all)\s+"
    r"(?P<noun>(?:[a-z0-9$][\w'$.%-]*\s+){1,4}?)"
    r"(?:" + _SUBJECT_PRONOUNS + r"|(?:the|a|an|their|his|her|its|our)\s+(?:[\w'-]+\s+){0,2}[\w'-]+)\s+"
    r"(?:(?:also|just|already|long|recently|since|then|first|last|jointly|previously)\s+)?$")
_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "with", "for", "under", "over", "from",
                           "into", "by", "of", "about", "to", "through", "across", "among", "between", "since"})


def _in_relative_without_that(claim: str, start: int) -> bool:
    match = _RELATIVE_WITHOUT_THAT.search(claim[:start])
    if match is None:
        return False
    noun_words = match.group("noun").split()
    if any(w in _REPORTING or w in _IRREGULAR_PARTICIPLES or w in _PREPOSITIONS or w.endswith("ed") or w == "that"
           for w in noun_words):
        return False  # "an attack anywhere in the Pacific would": the noun phrase goes on, no new subject
    before = (match.group("before") or "").strip().lower()
    # "told his guest the partnership had grown": an indirect object, then the reported clause.
    return before not in _PREPOSITIONS and before not in _REPORTING


_AUX_ADVERBS = frozenset({"just", "already", "long", "also", "yet", "still", "now", "recently", "repeatedly",
                          "previously", "since", "ever", "often", "always", "consistently", "twice"})


def _clause_opening(claim: str, start: int) -> list[str]:
    """The words of the claim's comma-, colon- or dash-delimited stretch before start."""
    stretch = re.split(r"[,;:\u2014\u2013]|\s-\s", claim[:start])[-1]
    return [w.lower().strip("\"'\u201c\u201d()") for w in stretch.split()]


def _in_side_clause(claim: str, start: int) -> bool:
    words = _clause_opening(claim, start)
    for index, word in enumerate(words):
        if word in _SUBORDINATORS:
            return True
        if word == "that" and not any(earlier in _REPORTING for earlier in words[:index]):
            return True
    return False


def _before_participle(claim: str, end: int) -> bool:
    words = [w.lower().strip("\"'\u201c\u201d,.") for w in claim[end:].split()[:2]]
    if words and (words[0] in _AUX_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words:
        return False
    word = words[0]
    return word in _IRREGULAR_PARTICIPLES or word.endswith(("ed", "en", "wn"))


def perturb_negation(claim: str, protected: list[tuple[int, int]]) -> Perturbation | None:
    for match in _NEGATED_AUX.finditer(claim):
        if _protected(claim, protected, *match.span()) or _in_side_clause(claim, match.start()):
            continue
        following = claim[match.end():].split()[:1]
        # "is not yet done" and "had never before welcomed" lose their sense without the negation.
        if following and following[0].lower() in ("yet", "before", "ever"):
            continue
        if match.group("aux"):
            new_claim = _replace(claim, match.end("aux"), match.end(), "")
            change = f"{match.group()} -> {match.group('aux')}"
        elif match.group("short"):
            short = match.group("short")
            new = _same_case(short, _SHORT_POSITIVE[short.lower()])
            new_claim, change = _replace(claim, *match.span("short"), new), f"{short} -> {new}"
        else:
            new_claim, change = _replace(claim, *match.span(), ""), "never -> (dropped)"
        return Perturbation("negation", new_claim, change, frozenset({"negation_mismatch"}))
    if _NEGATIVE_WORD.search(claim):
        return None
    for match in _AUX.finditer(claim):
        if (_protected(claim, protected, *match.span()) or _in_side_clause(claim, match.start())
                or _in_relative_without_that(claim, match.start())):
            continue
        following = claim[match.end():].split()[:1]
        # "had just finished", "had already spoken", "had now brought": "had not just finished" is no
        # sentence a reporter writes; the reverse would be another sentence ("had not yet finished").
        adverb = following[0].lower() if following else ""
        if adverb in ("just", "already", "still", "recently", "long") or (
                adverb == "now" and match.group().lower() in ("has", "have", "had")):
            continue
        if match.group().lower() in ("has", "have", "had") and not _before_participle(claim, match.end()):
            continue
        # "would be unacceptable": "not unacceptable" is a double negative in one word.
        if any(w.lower().strip("\"'\u201c\u201d").startswith("un") for w in claim[match.end():].split()[:2]):
            continue
        # "will also discuss" -> "will also not discuss": "will not also discuss" reads as "not in addition".
        if following and following[0].lower() == "also":
            at = match.end() + claim[match.end():].index(following[0]) + len(following[0])
            return Perturbation("negation", _replace(claim, at, at, " not"),
                                f"{match.group()} also -> {match.group()} also not", frozenset({"negation_mismatch"}))
        return Perturbation("negation", _replace(claim, match.end(), match.end(), " not"),
                            f"{match.group()} -> {match.group()} not", frozenset({"negation_mismatch"}))
    for match in _PAST_VERB.finditer(claim):
        verb = match.group("verb")
        before = claim[:match.start()].split()
        # "told reporters" tags the source like "said": negating it leaves what the claim reports untouched.
        if (verb.lower() in _SPEECH or verb.lower() == "told" or verb.lower().startswith("un") or not before
                or before[-1].lower().strip(",") in _NOT_VERB_BEFORE
                or before[-1].endswith(",") or _protected(claim, protected, *match.span())
                or _in_side_clause(claim, match.start()) or _PREPOSITIONAL_NOUN.search(claim[:match.start()])
                or _in_relative_without_that(claim, match.start())
                # "to buy armed drones": after an infinitive's verb the participle describes its object.
                or (len(before) > 1 and before[-2] == "to")
                # "had just finished", "had now brought": a compound tense the auxiliaries above left alone.
                or any(w.lower() in _MODALS_AND_BE for w in before[-2:])
                or _PASSIVE_BY.match(claim[match.end():])):
            continue
        return Perturbation("negation", _replace(claim, match.start(), match.start(), "never "),
                            f"{verb} -> never {verb}", frozenset({"negation_mismatch"}))
    return None


# Opposite actions, each verb with its forms (base, third person, past, gerund). The harness keeps
# its own list so that it does not measure the engine's aliases against themselves.
_OPPOSITE_VERBS = [
    (("agree", "agrees", "agreed", "agreeing"), ("refuse", "refuses", "refused", "refusing")),
    (("accept", "accepts", "accepted", "accepting"), ("reject", "rejects", "rejected", "rejecting")),
    (("approve", "approves", "approved", "approving"), ("reject", "rejects", "rejected", "rejecting")),
    (("welcome", "welcomes", "welcomed", "welcoming"), ("condemn", "condemns", "condemned", "condemning")),
    (("praise", "praises", "praised", "praising"), ("criticize", "criticizes", "criticized", "criticizing")),
    (("support", "supports", "supported", "supporting"), ("oppose", "opposes", "opposed", "opposing")),
    (("lift", "lifts", "lifted", "lifting"), ("impose", "imposes", "imposed", "imposing")),
    (("increase", "increases", "increased", "increasing"), ("reduce", "reduces", "reduced", "reducing")),
    (("expand", "expands", "expanded", "expanding"), ("restrict", "restricts", "restricted", "restricting")),
    (("resume", "resumes", "resumed", "resuming"), ("suspend", "suspends", "suspended", "suspending")),
    (("strengthen", "strengthens", "strengthened", "strengthening"), ("weaken", "weakens", "weakened", "weakening")),
    (("ease", "eases", "eased", "easing"), ("tighten", "tightens", "tightened", "tightening")),
    (("allow", "allows", "allowed", "allowing"), ("ban", "bans", "banned", "banning")),
    (("deploy", "deploys", "deployed", "deploying"), ("withdraw", "withdraws", "withdrew", "withdrawing")),
    (("join", "joins", "joined", "joining"), ("leave", "leaves", "left", "leaving")),
    (("continue", "continues", "continued", "continuing"), ("cease", "ceases", "ceased", "ceasing")),
    (("maintain", "maintains", "maintained", "maintaining"), ("end", "ends", "ended", "ending")),
    (("encourage", "encourages", "encouraged", "encouraging"), ("discourage", "discourages", "discouraged",
                                                                 "discouraging")),
    (("improve", "improves", "improved", "improving"), ("worsen", "worsens", "worsened", "worsening")),
    (("stabilize", "stabilizes", "stabilized", "stabilizing"), ("destabilize", "destabilizes", "destabilized",
                                                                 "destabilizing")),
    (("escalate", "escalates", "escalated", "escalating"), ("de-escalate", "de-escalates", "de-escalated",
                                                             "de-escalating")),
    (("confirm", "confirms", "confirmed", "confirming"), ("deny", "denies", "denied", "denying")),
    (("release", "releases", "released", "releasing"), ("detain", "detains", "detained", "detaining")),
    (("establish", "establishes", "established", "establishing"), ("dissolve", "dissolves", "dissolved",
                                                                     "dissolving")),
    (("restore", "restores", "restored", "restoring"), ("sever", "severs", "severed", "severing")),
    (("launch", "launches", "launched", "launching"), ("cancel", "cancels", "canceled", "canceling")),
    (("open", "opens", "opened", "opening"), ("close", "closes", "closed", "closing")),
]
# Pairs that reverse only one way. "maintain lines of communication" -> "end" them reverses; but what a claim
# says is "ended" is mostly a thing to stop (a war, a pandemic, a flow of drugs), and "maintaining the
# pandemic" is no claim a reporter writes.
_ONE_WAY = frozenset({("maintain", "end")})
_OPPOSITE_FORM: dict[str, str] = {}
for _left, _right in _OPPOSITE_VERBS:
    for _ours, _theirs in zip(_left, _right, strict=True):
        _OPPOSITE_FORM.setdefault(_ours, _theirs)
        if (_left[0], _right[0]) not in _ONE_WAY:
            _OPPOSITE_FORM.setdefault(_theirs, _ours)
_OPPOSITE_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _OPPOSITE_FORM), key=len, reverse=True))
                            + r")\b", re.IGNORECASE)


# Senses of the listed verbs in which the paired word is no reverse. "released" a statement is published, not
# freed; a speech "opens by saying"; "lift" spending to 3.5 per cent raises it; "join" two economies links
# them.
_DOCUMENT_NEAR = re.compile(r"\b(?:statement|statements|sheet|readout|report|reports|document|documents|text|"
                            r"transcript|communiqu\w*|declaration|details|video|figures|data|list|record|plan|"
                            r"findings|results|summary|letter|guidance|rule|strategy)\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"^(?:\s+\S+){0,4}?\s+(?:sanctions?|tariffs?|bans?|restrictions?|embargo\w*|controls?|"
                            r"curbs?|caps?|duty|duties|quotas?|measures?|suspensions?|limits?|barriers?|blockade|"
                            r"moratorium|freeze|visa\w*|holds?)\b", re.IGNORECASE)
_LEAVE_FORMS = frozenset({"leave", "leaves", "left", "leaving"})
_END_FORMS = frozenset({"end", "ends", "ended", "ending"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                          "all", "any", "my", "your"})


# Words that make a bare verb form a verb: "to open", "will close", "did not support". Without one, "open"
# and "close" are adjectives ("keep lines of communication open", "maintaining close lines", "in close
# contact", "a free and open Indo-Pacific").
_VERB_MARKERS = frozenset({"to", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "do",
                           "does", "did", "not", "never", "also", "jointly"})
_MODALS_AND_BE = frozenset({"will", "would", "can", "could", "should", "must", "may", "might", "shall", "is", "are",
                            "was", "were", "has", "have", "had"})
# Verbs whose pair does not take the same "to" construction: "allowed them to begin" / "banned them to begin",
# "expanded to include France" / "restricted to include France".
_NO_SHARED_INFINITIVE = ("allow", "ban", "expand", "restrict")
# Adverbs that judge the act itself: "wrongfully detained" -> "wrongfully released" keeps a judgment the
# reverse act cannot carry.
_JUDGING_ADVERBS = frozenset({"wrongfully", "unlawfully", "illegally", "arbitrarily", "unjustly", "forcibly"})


def _not_a_verb(claim: str, start: int, end: int) -> bool:
    """The listed word used as a noun or adjective, where its pair would be no reverse or no English."""
    word = claim[start:end].lower()
    before = [w.lower().strip("\"'\u201c\u201d(") for w in claim[:start].split()[-1:]]
    after = [w.lower().strip("\"'\u201c\u201d") for w in claim[end:].split()[:1]]
    bare = not word.endswith(("ed", "ing")) and word not in ("left", "withdrew")
    if word in ("open", "close") and not (before and before[0] in _VERB_MARKERS):
        return True
    # "strong support for", "steep increases in tariffs", "the tariff increase should follow": a noun.
    if bare and after and (after[0] in ("for", "of", "in") or after[0] in _MODALS_AND_BE
                           or (word.startswith("support") and after[0] == "to")):
        return True
    return False


def _other_sense(claim: str, start: int, end: int) -> bool:
    word = claim[start:end].lower()
    words_after = [w.lower().strip("\"'\u201c\u201d,.;:") for w in claim[end:].split()[:3]]
    if _not_a_verb(claim, start, end):
        return True
    before = claim[:start].split()
    if before and before[-1].lower() in _JUDGING_ADVERBS:
        return True
    if word.startswith(_NO_SHARED_INFINITIVE) and re.match(r"^(?:\s+[\w'.$-]+){0,4}?\s+to\s+[a-z]+\b(?<!\bthe)",
                                                           claim[end:]):
        return True
    if word.startswith(("continu", "ceas")) and words_after[:1] in (["in"], ["at"]):
        return True  # "began in Vienna and continued in Malta": went on elsewhere; "ceased in Malta" is no reverse
    if word.startswith("join") and words_after[:1] == ["by"]:
        return True  # "joined by aides": accompanied, not a membership to leave
    if word.startswith("open") and words_after[:1] == ["new"]:
        return True  # "open new consulates" creates them; nothing new is there to close
    if word.startswith("agree") and words_after[:1] == ["to"] and len(words_after) > 1 \
            and (words_after[1] in _DETERMINERS or words_after[1] == "by"):
        return True  # "agreed to all of the terms", "agreed to by both": "refused to all" is no English
    if start > 0 and claim[start].isupper() and not claim[:start].rstrip().endswith((".", ":", "\"", "\u201c")):
        return True  # "Open RAN": part of a name
    if word in _LEAVE_FORMS:
        return True  # leave a chair empty, left for later, leaving the country: rarely quitting a pact
    if word in _END_FORMS:
        # Only "ended the talks" (a transitive act someone could have maintained instead); not the noun
        # "an end to violence" or "the meeting ended with ...".
        return not words_after or words_after[0] not in _DETERMINERS
    if word.startswith(("releas", "launch")):
        window = claim[max(0, start - 40):end + 40]
        return bool(_DOCUMENT_NEAR.search(window))
    if word.startswith(("open", "clos")):
        # "opens by saying" tells a speech's order; "the door open to", "close to" are adjectives.
        return bool(words_after) and words_after[0] in ("by", "with", "to")
    if word.startswith("lift"):
        return not _MEASURE_AFTER.match(claim[end:])
    if word.startswith("join"):
        return any(w in ("two", "both", "together", "hands", "forces") for w in words_after)
    if word in ("support", "supports"):
        before = claim[:start].split()
        # "U.S. support also covers": the noun after a name.
        return bool(before) and (before[-1][:1].isupper() or before[-1].endswith(("'s", "\u2019s", "s'")))
    return False


def perturb_opposite(claim: str, protected: list[tuple[int, int]]) -> Perturbation | None:
    for match in _OPPOSITE_WORD.finditer(claim):
        word = match.group()
        before = claim[:match.start()].split()
        # "open" as an adjective ("open lines"), "support" as a noun ("their support"): not an action.
        if before and before[-1].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "of", "for"):
            continue
        if _protected(claim, protected, *match.span()) or _other_sense(claim, *match.span()):
            continue
        # "could not yet be confirmed" -> "could not yet be denied" reverses nothing. Only the verb's own
        # conjunct counts: "policy had not changed and that Washington opposes ..." still reverses.
        conjunct = re.split(r"\b(?:and|but|or|that)\b", " ".join(_clause_opening(claim, match.start())))[-1]
        if _NEGATIVE_WORD.search(conjunct):
            continue
        new = _same_case(word, _OPPOSITE_FORM[word.lower()])
        # "agreed on Monday to cut", "agreed at Woodside to open": the verb still takes "to"; "refused" fits.
        takes_to = re.match(r"^\s+(?:(?:on|at|in|last|this)\s+)?(?:[A-Z][\w.-]*\s+){1,2}to\s+[a-z]",
                            claim[match.end():])
        if (word.lower().startswith("agree") and not claim[match.end():].lstrip().lower().startswith("to")
                and not takes_to):
            new = _same_case(word, {"agree": "reject", "agrees": "rejects", "agreed": "rejected",
                                    "agreeing": "rejecting"}[word.lower()])
            # "agreed on a plan", "agreed that": rejected a plan, rejected that.
            rest = claim[match.end():]
            rest = re.sub(r"^\s+(?:on|upon)\b", "", rest)
            return Perturbation("opposite", claim[:match.start()] + new + rest, f"{word} -> {new}",
                                frozenset({"opposite_action"}))
        return Perturbation("opposite", _replace(claim, *match.span(), new), f"{word} -> {new}",
                            frozenset({"opposite_action"}))
    return None


# ---------------------------------------------------------------- attribution

# Words of a U.S. or Chinese source phrase and their counterpart on the other side, longest first.
_TO_CHINA = [("the White House", "China's foreign ministry"), ("The White House", "China's foreign ministry"),
             ("White House", "Chinese foreign ministry"), ("the State Department", "China's foreign ministry"),
             ("The State Department", "China's foreign ministry"), ("the Biden administration", "Beijing"),
             ("The Biden administration", "Beijing"), ("the United States", "China"), ("The United States", "China"),
             ("Washington", "Beijing"), ("U.S.", "Chinese"), ("US", "Chinese"), ("American", "Chinese"),
             ("America", "China")]
_TO_US = [("China's foreign ministry", "the White House"), ("China's Foreign Ministry", "the White House"),
          ("the Chinese foreign ministry", "the White House"), ("The Chinese foreign ministry", "The White House"),
          ("the Chinese Foreign Ministry", "the White House"), ("The Chinese Foreign Ministry", "The White House"),
          ("the Chinese embassy", "the White House"), ("The Chinese embassy", "The White House"),
          ("the Chinese Embassy", "the White House"), ("The Chinese Embassy", "The White House"),
          ("the foreign ministry", "the White House"), ("The foreign ministry", "The White House"),
          ("Chinese Foreign Ministry", "White House"), ("Chinese foreign ministry", "White House"),
          ("the Chinese readout", "the U.S. readout"), ("The Chinese readout", "The U.S. readout"),
          ("the Chinese side", "the U.S. side"), ("The Chinese side", "The U.S. side"),
          ("the Chinese government", "the U.S. government"), ("The Chinese government", "The U.S. government"),
          ("Beijing", "Washington"), ("China", "the United States"), ("Chinese", "U.S.")]


def perturb_attribution(claim: str, article: str, claim_start: int,
                        stating_side: str | None = None) -> Perturbation | None:
    """The source phrase ("the White House said") turned to the other government's; a readout named
    without its side ("according to the readout") given the other side's than the publication stating it
    ("according to the Chinese readout" of words only the White House's readout has)."""
    found = _engine_claim(article, claim_start, claim_start + len(claim))
    if found is not None and found.speaker_kind != "source" and stating_side in (US_GOVERNMENT, CHINA_GOVERNMENT):
        return _readout_of_the_other_side(claim, article, claim_start, stating_side) \
            or _said_by_the_other_side(claim, article, claim_start, stating_side)
    if found is None or found.speaker_kind != "source" or found.attribution not in (US_GOVERNMENT, CHINA_GOVERNMENT):
        return None
    if found.attribution_start is None or not (claim_start <= found.attribution_start
                                               and found.attribution_end <= claim_start + len(claim)):
        return None
    phrase_start, phrase_end = found.attribution_start - claim_start, found.attribution_end - claim_start
    phrase = claim[phrase_start:phrase_end]
    for old, new in _TO_CHINA if found.attribution == US_GOVERNMENT else _TO_US:
        at = re.search(r"(?<![\w.])" + re.escape(old) + r"(?![\w])", phrase)
        if at is None:
            continue
        new_phrase = _replace(phrase, at.start(), at.end(), new)
        new_claim = claim[:phrase_start] + new_phrase + claim[phrase_end:]
        flipped = _engine_claim(_replace(article, claim_start, claim_start + len(claim), new_claim), claim_start,
                                claim_start + len(new_claim))
        wanted = CHINA_GOVERNMENT if found.attribution == US_GOVERNMENT else US_GOVERNMENT
        if flipped is None or flipped.attribution != wanted:
            return None  # the engine would not read it as the other side: no test of the verdict
        return Perturbation("attribution", new_claim, f"{phrase} -> {new_phrase}", frozenset({"misattributed"}))
    return None


# "the readout", "a short readout", "the written readout": a readout whose side the article leaves to its
# context.
_SIDELESS_READOUT = re.compile(r"\b(?P<determiner>the|a|an)\s+(?:(?:short|brief|written|official)\s+)?readout\b",
                               re.IGNORECASE)


def _readout_of_the_other_side(claim: str, article: str, claim_start: int, stating_side: str) -> Perturbation | None:
    match = _SIDELESS_READOUT.search(claim)
    if match is None:
        return None
    wanted = CHINA_GOVERNMENT if stating_side == US_GOVERNMENT else US_GOVERNMENT
    determiner = match.group("determiner")
    side_word = "Chinese" if wanted == CHINA_GOVERNMENT else "U.S."
    new_determiner = _same_case(determiner, "the") if determiner.lower() != "the" or side_word == "U.S." else determiner
    new_claim = _replace(claim, *match.span("determiner"), f"{new_determiner} {side_word}")
    flipped = _engine_claim(_replace(article, claim_start, claim_start + len(claim), new_claim), claim_start,
                            claim_start + len(new_claim))
    if flipped is None or flipped.attribution != wanted:
        return None  # the engine would not read it as that side: no test of the verdict
    return Perturbation("attribution", new_claim, f"{match.group()} -> {new_determiner} {side_word} "
                        f"{match.group()[len(determiner):].strip()}", frozenset({"misattributed"}))


# A claim of a U.S.-China story, where a reader may take one government's account for the other's.
_OF_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Xi|PRC)\b")
# A source the claim names already, which the engine does not read as one government's ("according to a
# senior official", "the statement said"): left alone. A person's words ("Xi said ...") may still be
# credited to a government's account of them.
_SOURCE_PHRASE = re.compile(r"\b(?:according\s+to|readout|statement|reported|reports)\b", re.IGNORECASE)


def _said_by_the_other_side(claim: str, article: str, claim_start: int, stating_side: str) -> Perturbation | None:
    """A U.S.-China claim that names no source given the government's whose publications do not state it:
    ", the White House said" of a point only Beijing's readout has, ", China's foreign ministry said" of one
    only the White House's has."""
    if not _OF_CHINA.search(claim) or _SOURCE_PHRASE.search(claim) or not re.search(r"[^.\s]\.$", claim):
        return None
    wanted = CHINA_GOVERNMENT if stating_side == US_GOVERNMENT else US_GOVERNMENT
    phrase = "China's foreign ministry said" if wanted == CHINA_GOVERNMENT else "the White House said"
    new_claim = f"{claim[:-1]}, {phrase}."
    flipped = _engine_claim(_replace(article, claim_start, claim_start + len(claim), new_claim), claim_start,
                            claim_start + len(new_claim))
    if flipped is None or flipped.attribution != wanted:
        return None
    return Perturbation("attribution", new_claim, f"(none) -> {phrase}", frozenset({"misattributed"}))


def _engine_claim(article: str, start: int, end: int):
    best, overlap = None, 0
    for claim in extract_claims(article).claims:
        shared = min(end, claim.end) - max(start, claim.start)
        if shared > overlap:
            best, overlap = claim, shared
    return best


# ---------------------------------------------------------------- events and documents

@dataclass(frozen=True)
class Publication:
    url: str
    title: str
    day: date
    kind: str  # the record's kind: readout, statement, fact-sheet, remarks, transcript, action, other


@dataclass(frozen=True)
class RecordPublications:
    """Every publication of the record, by URL and in date order, for finding another occasion of the
    same parties or another document of the same occasion."""

    by_url: dict[str, Publication]
    ordered: tuple[Publication, ...]


def record_publications(engine) -> RecordPublications:
    with engine.connect() as connection:
        rows = connection.execute(select(Readout.url, Readout.title, Readout.published, Readout.kind)).all()
    publications = sorted((Publication(url, title, published.date(), kind) for url, title, published, kind in rows),
                          key=lambda p: (p.day, p.url))
    return RecordPublications({p.url: p for p in publications}, tuple(publications))


CALL, MEETING = "call", "meeting"
JOINT_STATEMENT, FACT_SHEET, READOUT = "joint statement", "fact sheet", "readout"
# Days apart within which another call or meeting of the same parties is "the earlier meeting" or "the
# follow-up call" an article may confuse with the one it reports: the engine's own event window
# (thresholds.ANCHOR_WINDOW_DAYS), so the record holds it as of the article's days.
OTHER_OCCASION_DAYS = 21
# Days apart within which two documents are of one occasion (a joint statement and the fact sheet of a visit).
SAME_OCCASION_DAYS = 2

# "during the call", "on Tuesday's call", "in their phone call", "at the bilateral meeting", "in the meeting
# with Modi": a call or a meeting as the occasion of the claim's point. Not "a call" (any) nor "that meeting".
_OCCASION_PHRASE = re.compile(
    r"\b(?:during|at|in|on)\s+(?:the|their|his|her|its|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s)\s+"
    r"(?P<words>(?:(?P<adjective>phone|telephone|video|virtual|bilateral|in-person|face-to-face)\s+)?"
    r"(?P<kind>call|meeting|talks|summit|conversation))\b", re.IGNORECASE)
_REMOTE_ADJECTIVES = frozenset({"phone", "telephone", "video", "virtual"})
_NEW_OCCASION_WORDS = {CALL: "meeting", MEETING: "phone call"}
# A title that reads out one occasion with a counterpart, by its kind; not one that recounts many (a briefing,
# a background or press call, a fact sheet, a statement).
_RECOUNTING = re.compile(r"\b(?:briefing|background|press\s+call|fact\s+sheet|statement|gaggle|conference)\b",
                         re.IGNORECASE)
_CALL_TITLE = re.compile(r"\b(?:call|phone|telephone|video|virtual|videoconference)\b", re.IGNORECASE)
_MEETING_TITLE = re.compile(r"\b(?:meeting|meets|met|talks|summit|bilateral)\b", re.IGNORECASE)


def _occasion_of_title(title: str) -> str | None:
    if _RECOUNTING.search(title) or not re.search(r"\b(?:with|between|and)\b", title, re.IGNORECASE):
        return None
    if _CALL_TITLE.search(title):
        return CALL
    if _MEETING_TITLE.search(title):
        return MEETING
    return None


def _document_of(publication: Publication) -> str | None:
    if re.search(r"\bjoint\s+(?:\w+\s+){0,2}statement\b|\bleaders['\u2019]?\s+statement\b|\bcommuniqu|\bdeclaration\b",
                 publication.title, re.IGNORECASE):
        return JOINT_STATEMENT
    if publication.kind == "fact-sheet" or re.search(r"\bfact\s+sheet\b", publication.title, re.IGNORECASE):
        return FACT_SHEET
    if publication.kind == "readout" or re.search(r"\breadout\b", publication.title, re.IGNORECASE):
        return READOUT
    return None


def _parties(title: str) -> frozenset[str]:
    """The countries a title names, a city standing for its country, less the United States that every White
    House title is of. Not its people: the president it names is in every title of his."""
    located_in = lexicon().located_in
    countries = {located_in.get(entity.key, entity.key) for entity in analyze(title).entities
                 if entity.kind in ("country", "place")}
    return frozenset(countries - {"=us"})


def _same_parties(one: Publication, other: Publication) -> bool:
    ours, theirs = _parties(one.title), _parties(other.title)
    return bool(ours & theirs) or not ours and not theirs


# A claim's words for a document: "the joint statement", "a White House fact sheet", "the U.S. readout".
_DOCUMENT_PHRASE = re.compile(r"\b(?P<words>joint\s+(?:(?:vision|leaders['\u2019]?)\s+)?statement"
                              r"|(?:joint\s+)?fact\s+sheet|readout)\b", re.IGNORECASE)


def _claimed_kind(words: str) -> str:
    folded = " ".join(words.lower().split())
    if "fact sheet" in folded:
        return FACT_SHEET
    return JOINT_STATEMENT if "statement" in folded else READOUT


def perturb_event(claim: str, protected: list[tuple[int, int]], stating: Publication | None,
                  record: RecordPublications, attribution: tuple[int, int] | None = None,
                  published: date | None = None) -> Perturbation | None:
    """The occasion or document the claim names moved to another of the same parties that the record holds.

    A call becomes a meeting (or the reverse) when the publication stating the point reads out the claim's
    kind of occasion and the record holds the other kind with the same parties within OTHER_OCCASION_DAYS: the
    point was made, but at another occasion. A fact sheet becomes the same occasion's joint statement, a joint
    statement its fact sheet, "the readout" either, when the record holds that document: the words are
    credited to a text of the occasion that does not carry them. Never "the readout" for another document:
    news calls any of a day's publications a readout.

    A claim that names neither is given one, as an article misplaces a point: "During their meeting, "
    before a point a call's readout states; "said in a joint statement" for "said" in its source phrase ("the
    White House said") when only another document of the occasion states it."""
    if stating is None:
        return None

    def held(kind_of: Callable[[Publication], str | None], kind: str, days: int) -> bool:
        """The record holds a publication of that kind of the same parties, out by the article's date."""
        return any(kind_of(p) == kind and abs((p.day - stating.day).days) <= days and _same_parties(stating, p)
                   and (published is None or p.day <= published) for p in record.ordered)

    def occasion(publication: Publication) -> str | None:
        return _occasion_of_title(publication.title)

    for match in _OCCASION_PHRASE.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        if match.group().lower().startswith("on ") and claim[:match.start()].strip() \
                and not claim[:match.start()].rstrip().endswith((",", ";")):
            continue  # "follow up on the call": a topic, not the occasion of the point
        adjective = (match.group("adjective") or "").lower()
        word = match.group("kind").lower()
        claimed = CALL if word in ("call", "conversation") or adjective in _REMOTE_ADJECTIVES else MEETING
        if _occasion_of_title(stating.title) != claimed:
            continue  # the claim's phrase is not the occasion its evidence reads out ("on the call" with reporters)
        target = MEETING if claimed == CALL else CALL
        if not held(occasion, target, OTHER_OCCASION_DAYS):
            continue
        new = _NEW_OCCASION_WORDS[claimed]
        old = match.group("words")
        return Perturbation("event", _replace(claim, *match.span("words"), new), f"{old} -> {new}",
                            frozenset({"event_mismatch", "misattributed"}))
    stating_document = _document_of(stating)
    for match in _DOCUMENT_PHRASE.finditer(claim):
        if _protected(claim, protected, *match.span()):
            continue
        claimed = _claimed_kind(match.group("words"))
        if claimed != READOUT and stating_document != claimed:
            continue  # the evidence is not the document the claim names: no move of ours to test
        targets = (FACT_SHEET,) if claimed == JOINT_STATEMENT else (JOINT_STATEMENT,) if claimed == FACT_SHEET \
            else (JOINT_STATEMENT, FACT_SHEET)
        for target in targets:
            if stating_document == target or not held(_document_of, target, SAME_OCCASION_DAYS):
                continue
            old = match.group("words")
            new = _same_case(old, target)
            return Perturbation("event", _replace(claim, *match.span("words"), new), f"{old} -> {new}",
                                frozenset({"event_mismatch", "misattributed"}))
    if _OCCASION_PHRASE.search(claim) or _DOCUMENT_PHRASE.search(claim):
        return None  # it names its occasion or document, in a way none of the moves above can test
    claimed = occasion(stating)
    if claimed is not None and not _TELLS_AN_OCCASION.search(claim) and not _SETTING_OPENING.match(claim) \
            and held(occasion, MEETING if claimed == CALL else CALL, OTHER_OCCASION_DAYS):
        new = _NEW_OCCASION_WORDS[claimed]
        first = claim.split(maxsplit=1)[0]
        rest = claim[:1].lower() + claim[1:] if first in _LOWERED_OPENINGS else claim
        return Perturbation("event", f"During their {new}, {rest}", f"(none) -> during their {new}",
                            frozenset({"event_mismatch", "misattributed"}))
    if attribution is None:
        return None
    source = claim[attribution[0]:attribution[1]]
    said = re.search(r"\bsaid\b", source)
    document = _document_of(stating)
    if said is None or _SPOKEN_SETTING.search(claim) or _ONE_SPEAKER.search(source):
        return None
    for target in (JOINT_STATEMENT, FACT_SHEET):
        if document == target or not held(_document_of, target, SAME_OCCASION_DAYS):
            continue
        if target == FACT_SHEET and not _INSTITUTION.search(source):
            continue  # a fact sheet has no speaker: "Biden said in a fact sheet" is no article's way
        at = attribution[0] + said.end()
        return Perturbation("event", _replace(claim, at, at, f" in a {target}"), f"said -> said in a {target}",
                            frozenset({"event_mismatch", "misattributed"}))
    return None


# A claim that tells an occasion itself ("Biden spoke by phone with ...", "the call followed their meeting")
# is given no other one: "During their meeting, Biden spoke by phone" says nothing an article would.
_TELLS_AN_OCCASION = re.compile(r"\b(?:met|meet|meets|meeting|meetings|summit|call|calls|called|spoke|speak|talked|"
                                r"talks|visit|visited|phone|telephone|conversation|trip|hosted|hosts|welcomed)\b",
                                re.IGNORECASE)
# A claim that opens on its own setting or an adverb ("At Woodside, ...", "In his opening remarks, ...",
# "Separately, ...") would hold two: no place for another occasion before it.
_SETTING_OPENING = re.compile(r"(?:(?:at|in|during|after|before|while|when)\b[^,]{0,60}|\w+),", re.IGNORECASE)
# A claim that tells where words were spoken, or names a statement already, has no room for a document.
_SPOKEN_SETTING = re.compile(r"\b(?:reporters|journalists|podium|asked|speaking|standing|conference|briefing|interview|"
                             r"statement|remarks|speech|told|call)\b", re.IGNORECASE)
# An official or a pronoun speaks at briefings and calls, seldom in a joint statement or a fact sheet.
_ONE_SPEAKER = re.compile(r"\b(?:official|officials|spokesperson|spokesman|spokeswoman|adviser|advisor|secretary|"
                          r"he|she|they)\b", re.IGNORECASE)
# A government as a body, which issues fact sheets.
_INSTITUTION = re.compile(r"\b(?:White\s+House|administration|United\s+States|U\.S\.|Washington|side|government|"
                          r"department|ministry)\b", re.IGNORECASE)
# Sentence openings that are not names: lowered after a new opening phrase.
_LOWERED_OPENINGS = frozenset({"The", "They", "He", "She", "It", "Both", "Their", "This", "These", "Those", "In", "On",
                               "At", "A", "An", "Its", "His", "Her", "We", "There", "That", "According"})


def _target_document(perturbation: Perturbation) -> str | None:
    new = fold(perturbation.change.split("->")[-1])
    for kind in (JOINT_STATEMENT, FACT_SHEET):
        if kind in new:
            return kind
    return None


# ---------------------------------------------------------------- quotations

_QUOTE_WORD = re.compile(r"[A-Za-z]{5,}")


def perturb_quote(claim: str, article: str, rng: random.Random) -> Perturbation | None:
    """One content word of the claim's first quotation replaced by a content word of the same
    ending from elsewhere in the article."""
    for quote in find_quotes(claim):
        words = [m for m in _QUOTE_WORD.finditer(claim, quote.start, quote.end) if m.group().lower() not in STOPWORDS]
        if not words:
            continue
        target = max(words, key=lambda m: (len(m.group()), -m.start()))
        old = target.group()
        suffix = next((s for s in ("ing", "ed", "ly", "s") if old.lower().endswith(s)), "")
        pool = sorted({w for w in _QUOTE_WORD.findall(article) if w.lower() not in STOPWORDS and w.islower()
                       and w.lower().endswith(suffix) and w.lower() != old.lower() and w.lower() not in claim.lower()
                       and (suffix or not w.endswith(("ing", "ed", "ly", "s")))})
        if not pool:
            continue
        new = _same_case(old, rng.choice(pool))
        new_claim = _replace(claim, *target.span(), new)
        new_quote = _replace(quote.text, target.start() - quote.start, target.end() - quote.start, new)
        return Perturbation("quote", new_claim, f"{old} -> {new}", frozenset(), quote=new_quote)
    return None


# ---------------------------------------------------------------- running

@dataclass(frozen=True)
class Base:
    gold: GoldClaim
    gold_file: str
    article: str  # the text the engine checks: the whole article or the claim's neighbourhood
    start: int  # the claim's offsets in `article`
    verbatim_quotes: frozenset[str]
    stating_url: str | None = None  # the first evidence the engine cites that the gold comment cites too
    stating_side: str | None = None  # ... and whose publication it is (us-government, china-government ...)
    stating_sentence: str | None = None  # ... and its sentence


def _window(text: str, start: int, end: int, full: bool) -> tuple[str, int]:
    """The text checked for a claim at start..end, and the claim's offset in it."""
    if full:
        return text, start
    sentences = split_sentences(text)
    first = next((i for i, s in enumerate(sentences) if s.end > start), 0)
    opening = sentences[max(0, first - CONTEXT_SENTENCES)].paragraph
    window_start = next(s.start for s in sentences if s.paragraph == opening)
    closing = max((s for s in sentences if s.start < end), key=lambda s: s.start).paragraph
    window_end = max(s.end for s in sentences if s.paragraph == closing)
    window_end = max(window_end, end)
    return text[window_start:window_end], start - window_start


def _cited(comment: str) -> set[str]:
    return {url.rstrip(".,;:)'\"") for url in re.findall(r"https?://\S+", comment)}


def _check(engine, text: str, published: date | None, start: int, end: int) -> dict:
    report = check_text(engine, text, published, store=False)
    best, overlap = None, 0
    for claim in report.get("claims", []):
        shared = min(end, claim["end"]) - max(start, claim["start"])
        if shared > overlap:
            best, overlap = claim, shared
    return best or {"verdict": "unsourced", "reasons": ["not produced"], "evidence": [], "quotes": []}


def find_bases(engine, gold_files: list[str], full: bool,
               wanted: Callable[[str], bool] | None = None) -> list[Base]:
    """The supported claims the engine supports citing the gold publication; with `wanted`, only the claims
    it accepts are checked at all (a kind that changes only some claims' words need not check the rest)."""
    bases = []
    for gold_file in gold_files:
        folder = Path(gold_file).parent
        for gold in load_gold(Path(gold_file)):
            if gold.verdict != "supported" or wanted is not None and not wanted(gold.claim):
                continue
            text = (folder / gold.article).read_text(encoding="utf-8")
            article, start = _window(text, gold.start, gold.end, full)
            result = _check(engine, article, gold.published, start, start + len(gold.claim))
            urls = {entry.get("url") for entry in result.get("evidence", [])}
            if result["verdict"] != "supported" or not urls & _cited(gold.comment):
                continue
            verbatim = frozenset(q["text"] for q in result.get("quotes", []) if q.get("grade") == "verbatim")
            stating = next(entry for entry in result.get("evidence", []) if entry.get("url") in _cited(gold.comment))
            bases.append(Base(gold, gold_file, article, start, verbatim, stating.get("url"), stating.get("side"),
                              stating.get("sentence")))
    return bases


def perturbations(base: Base, names: RecordNames, kinds: tuple[str, ...],
                  record: RecordPublications | None = None) -> list[Perturbation]:
    claim = base.gold.claim
    engine_claim = _engine_claim(base.article, base.start, base.start + len(claim))
    protected = [(q.start, q.end) for q in find_quotes(claim)]
    if engine_claim is not None and engine_claim.attribution_start is not None:
        protected.append((engine_claim.attribution_start - base.start, engine_claim.attribution_end - base.start))
    found = []
    for kind in kinds:
        rng = random.Random(f"{SEED}:{base.gold_file}:{base.gold.line}:{kind}")
        if kind == "number":
            made = perturb_number(claim, protected)
        elif kind == "duration":
            made = perturb_duration(claim, protected)
        elif kind == "date":
            made = perturb_date(claim, protected)
        elif kind == "actor":
            made = perturb_actor(claim, protected, names, rng)
        elif kind == "place":
            made = perturb_place(claim, protected, names, rng)
        elif kind == "negation":
            made = perturb_negation(claim, protected)
        elif kind == "opposite":
            made = perturb_opposite(claim, protected)
        elif kind == "attribution":
            made = perturb_attribution(claim, base.article, base.start, base.stating_side)
        elif kind == "event":
            stating = record.by_url.get(base.stating_url or "") if record is not None else None
            phrase = (engine_claim.attribution_start - base.start, engine_claim.attribution_end - base.start) \
                if engine_claim is not None and engine_claim.attribution_start is not None \
                and engine_claim.attribution in (US_GOVERNMENT, CHINA_GOVERNMENT) \
                and 0 <= engine_claim.attribution_start - base.start else None
            made = perturb_event(claim, protected, stating, record, phrase, base.gold.published) \
                if record is not None else None
        elif kind == "swap":
            made = perturb_swap(claim, protected)
        elif kind == "listed":
            made = perturb_listed(claim, protected, base.stating_sentence or "")
        elif kind == "gathering":
            made = perturb_gathering(claim, protected, rng)
        else:
            made = perturb_quote(claim, base.article, rng)
            if made is not None and not any(made.quote and q in claim and q not in made.claim
                                            for q in base.verbatim_quotes):
                made = None  # only a quotation the engine found word for word can lose that grade
        if made is not None and made.claim != claim:
            found.append(made)
    return found


def run_one(engine, base: Base, perturbation: Perturbation, record: RecordPublications | None = None) -> Outcome:
    start = base.start
    text = _replace(base.article, start, start + len(base.gold.claim), perturbation.claim)
    result = _check(engine, text, base.gold.published, start, start + len(perturbation.claim))
    verdict, reasons = result["verdict"], tuple(result.get("reasons", ()))
    evidence = result.get("evidence") or []
    top = f"{evidence[0].get('url')}: {evidence[0].get('sentence')}" if evidence else None
    excluded = None
    quote_grade = None
    if perturbation.kind == "quote":
        quote_grade = next((q.get("grade") for q in result.get("quotes", [])
                            if perturbation.quote and fold(perturbation.quote).strip() in fold(q.get("text", ""))
                            or fold(q.get("text", "")).strip() and fold(q.get("text", "")).strip()
                            in fold(perturbation.quote or "")), None)
        detected = quote_grade in QUOTE_DETECTED
    else:
        detected = verdict == "contested" and bool(set(reasons) & perturbation.expected)
        if perturbation.kind == "attribution" and verdict == "supported":
            wanted = "china-government" if "Chin" in perturbation.change.split("->")[1] or "Beijing" in \
                perturbation.change.split("->")[1] else "us-government"
            if any(entry.get("side") == wanted for entry in evidence):
                excluded = "the other side's own publication says it too"
            stating = record.by_url.get(evidence[0].get("url") or "") if record is not None and evidence else None
            if perturbation.change.startswith("(none)") and stating is not None \
                    and stating.kind in ("remarks", "transcript"):
                # "Xi said ..., China's foreign ministry said" of Xi's words in a White House transcript: the
                # engine takes an official's own words for their side's, wherever they are published.
                excluded = "a transcript holds the named side's official's own words"
        if perturbation.kind == "event" and verdict == "supported" and record is not None:
            document = _target_document(perturbation)
            for entry in evidence:
                publication = record.by_url.get(entry.get("url") or "")
                if publication is None:
                    continue
                changed_to = MEETING if "meeting" in perturbation.change.split("->")[-1] else CALL
                if (_document_of(publication) == document if document else
                        _occasion_of_title(publication.title) == changed_to):
                    excluded = "the other occasion's own publication says it too"
    if perturbation.kind == "gathering" and verdict == "supported":
        new = perturbation.change.split(" -> ")[-1]
        word = next(word for name, word in _OTHER_GATHERINGS if name == new)
        if any(word in _gathering_words(entry.get("sentence") or "") for entry in evidence):
            excluded = "the record's sentence names the new gathering too"
    return Outcome(perturbation, base.gold, base.gold_file, verdict, reasons, detected, excluded, quote_grade, top)


def report(outcomes: list[Outcome], bases: int, out=sys.stdout) -> dict:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.perturbation.kind].append(outcome)
    summary = {}
    print(f"{bases} base claims (gold supported, engine supported citing the gold publication)", file=out)
    print(f"{'kind':<12} {'recall':>7} {'found':>6} {'made':>5} {'excl':>5}  what the misses became", file=out)
    total_found = total = 0
    for kind in KINDS + tuple(k for k in ON_REQUEST_KINDS if k in by_kind):
        counted = [o for o in by_kind.get(kind, []) if o.excluded is None]
        found = sum(o.detected for o in counted)
        misses = Counter(f"{o.verdict}{'/' + ','.join(o.reasons) if o.verdict == 'contested' else ''}"
                         if kind != "quote" else f"quote {o.quote_grade}" for o in counted if not o.detected)
        recall = found / len(counted) if counted else 0.0
        total_found += found
        total += len(counted)
        summary[kind] = {"recall": round(recall, 3), "found": found, "made": len(counted),
                         "excluded": len(by_kind.get(kind, [])) - len(counted)}
        became = ", ".join(f"{label} {count}" for label, count in misses.most_common())
        print(f"{kind:<12} {recall:>7.3f} {found:>6} {len(counted):>5} {summary[kind]['excluded']:>5}  {became}",
              file=out)
    print(f"{'all':<12} {total_found / total if total else 0:>7.3f} {total_found:>6} {total:>5}", file=out)
    print("\nMisses:", file=out)
    for kind in KINDS + ON_REQUEST_KINDS:
        for o in by_kind.get(kind, []):
            if o.detected or o.excluded:
                continue
            got = f"{o.verdict} {','.join(o.reasons)}" + (f" quote={o.quote_grade}" if kind == "quote" else "")
            print(f"[{kind}] {o.gold_file}:{o.gold.line} {o.perturbation.change} => {got}", file=out)
            print(f"    {o.perturbation.claim}", file=out)
            if o.evidence:
                print(f"    evidence: {o.evidence[:300]}", file=out)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = harness_arguments("python -m tests.eval.perturb", __doc__)
    parser.add_argument("--gold", action="append", help="gold file (default: the dev and holdout sets)")
    parser.add_argument("--sets",
                        help="comma-separated set names instead of --gold (dev, holdout, blind1 ...)")
    parser.add_argument("--kind", action="append", choices=KINDS + ON_REQUEST_KINDS,
                        help="only these kinds (default: all but the on-request ones, see above)")
    parser.add_argument("--full", action="store_true", help="check whole articles, not the claim's paragraphs")
    args = parser.parse_args(argv)
    gold_files = args.gold or [gold_path(name.strip()) for name in (args.sets or "").split(",") if name.strip()] \
        or list(DEFAULT_GOLD)
    if any(is_unseen(g) for g in gold_files):
        parser.error("the unseen sets (tests/eval/sets.py) are never used for tuning")
    kinds = tuple(k for k in KINDS + ON_REQUEST_KINDS if k in (args.kind or KINDS))
    engine = open_database(args.db)
    names = record_names(engine)
    record = record_publications(engine)
    # Only the gathering kind asked: the claims naming no gathering would make no change, so are not checked.
    wanted = names_a_gathering if kinds == ("gathering",) else None
    bases = find_bases(engine, gold_files, args.full, wanted)
    outcomes = [run_one(engine, base, perturbation, record) for base in bases
                for perturbation in perturbations(base, names, kinds, record)]
    summary = report(outcomes, len(bases))
    if args.json:
        write_outcomes(args.json, {"summary": summary, "outcomes": [
            {"kind": o.perturbation.kind, "gold": f"{o.gold_file}:{o.gold.line}", "change": o.perturbation.change,
             "claim": o.perturbation.claim, "verdict": o.verdict, "reasons": list(o.reasons),
             "detected": o.detected, "excluded": o.excluded, "quote_grade": o.quote_grade, "evidence": o.evidence}
            for o in outcomes]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
