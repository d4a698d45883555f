"""Turning a sentence into what the engine compares: keys, names, numbers, dates, negation.

Claims and record sentences go through the same `analyze`, so a synonym or
alias (verifier/data/aliases.json) folds both sides to one key. A key is a
lower-cased word cut to a light stem (plurals, -ing, -ed and a silent final "e",
then seven letters), or "=canonical" for an alias group or a known name. Code
that compares keys with words of its own names the words and reads them
through `keys_of`, never as hand-cut stems.

Names are read with their place in the sentence: a capital that stands for its
government ("Beijing's support", "talks with Tokyo") rather than a place, a
name inside a building's or an institution's name, the generic head words of
places and bodies (verifier/data/name_heads.json). A word the record writes
closed ("non-proliferation") is one word (verifier/data/compounds.json), and
what a negation reaches stops at its clause, past a speaker's filler; a denied
verb of holding back asserts what follows it (verifier/data/negation.json).
"""

from __future__ import annotations

import atexit
import gc
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import accumulate, pairwise
from typing import NamedTuple

from verifier import thresholds as T

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
# In the order of `date.weekday()`: Monday is 0.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The words a number below a hundred is spelt with, by their place ("seventy-five"; "six hundred and twelve").
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
               "eighteen", "nineteen")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS = {
    **dict(zip(_UNIT_WORDS, range(1, 10), strict=True)), **dict(zip(_TEEN_WORDS, range(10, 20), strict=True)),
    **dict(zip(_TENS_WORDS, range(20, 100, 10), strict=True)),
    "hundred": 100, "dozen": 12, "a dozen": 12, "single": 1, "both": 2, "twice": 2, "thrice": 3,
}
# A count of a unit in digits, in words or as "a" ("10 days", "two weeks", "a year"): the pattern the rules
# write before their unit, and its value.
SMALL_COUNT = "|".join(sorted([*_UNIT_WORDS, *_TEEN_WORDS, *_TENS_WORDS], key=len, reverse=True)) + r"|an?|\d+"


def small_count_value(count: str) -> int:
    return 1 if count in ("a", "an") else int(count) if count.isdigit() else NUMBER_WORDS[count]


# Counts of occasions in one word ("met twice"): compared with "three times".
TIMES_WORDS = frozenset({"twice", "thrice"})
# Units of time folded to one unit each, so "a year and a half" is "eighteen
# months", "two weeks" is "14 days" and "an hour and a half" is "90 minutes"
# (in words: TIME_UNIT_KEYS, below the stemmer, is what quantities are compared in).
TIME_UNIT_SCALE = {"year": ("month", 12), "decade": ("month", 120), "week": ("day", 7), "hour": ("minute", 60)}
# Ordinals count too ("the second scheduling action" vs "the third"); they are
# compared only with ordinals ("third action" is not "three actions").
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
    # "The inaugural meeting" is the first of its series.
    "inaugural": 1,
}
ORDINAL_UNIT_PREFIX = "#"
# An ordinal's unit holds the words of its noun phrase ("#trilate+leader+meet"): two ordinals count
# the same thing when their phrases share a word.
ORDINAL_UNIT_DIVIDER = "+"
SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
# The courtesy titles news prose and transcripts put before a family name ("Mr. Sullivan", "MS. BRAINARD",
# "Dr. Fauci"), in lower case without their full stop: the one list every reader of names uses.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})


def honorifics_pattern(written: Callable[[str], str]) -> str:
    """A regular-expression group matching any of HONORIFICS as `written` writes it (str.capitalize: "Mr",
    str.upper: "MR"), without the full stop; the longest first, so "Mrs" is never read as "Mr"."""
    longest_first = sorted(HONORIFICS, key=lambda title: (-len(title), title))
    return "(?:" + "|".join(written(title) for title in longest_first) + ")"


STOPWORDS = frozenset("""
a an the and or but nor of to in on at for with by from as into onto over under about than then so such
is are was were be been being am do does did doing done have has had having will would shall should can
could may might must it its it's itself he him his she her hers they them their theirs we our ours you
your i me my this that these those there here which who whom whose what when where why how also too very
just only even still yet already again further more most other some any each every all both either
one's own same s t not no never if while because since until although though whether up out off
said says say told tell according reported report reports added add noted noting replied replies answered responded
called calling describe described describes termed characterized characterised labeled labelled dubbed
after before during latest recent recently next last coming past upcoming following later earlier soon
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weekend
rather however meanwhile moreover furthermore indeed instead nonetheless nevertheless likewise
between among amid within across through throughout toward towards via upon around along per despite
""".split()) | HONORIFICS
# A pronoun's contraction ("I'm", "I've", "We're"): capitalised, yet no one's name.
_PRONOUN_CONTRACTION = re.compile(r"(?:i|we|you|they|he|she|it|that|there|let)['’](?:m|ve|ll|d|re|s)")
# Irregular past forms the light stemmer cannot join to their verb ("held" talks
# are "holding" talks).
IRREGULAR_VERBS = {
    "held": "hold", "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "led": "lead", "sought": "seek", "brought": "bring", "began": "begin", "begun": "begin", "spoke": "speak",
    "spoken": "speak", "told": "tell", "saw": "see", "seen": "see", "went": "go", "gone": "go", "came": "come",
    "kept": "keep", "left": "leave", "won": "win", "wrote": "write", "written": "write", "chose": "choose",
    "chosen": "choose", "drew": "draw", "drawn": "draw", "grew": "grow", "grown": "grow", "knew": "know",
    "known": "know", "thought": "think", "understood": "understand", "stood": "stand", "sent": "send",
    "spent": "spend", "built": "build", "paid": "pay", "felt": "feel", "fell": "fall", "fallen": "fall",
    "ran": "run", "sold": "sell", "bought": "buy", "caught": "catch", "taught": "teach", "laid": "lay",
    "shook": "shake", "struck": "strike", "sank": "sink", "rose": "rise", "risen": "rise", "froze": "freeze",
    "frozen": "freeze", "broke": "break", "broken": "break", "forgot": "forget", "hid": "hide", "met": "meet",
    "flew": "fly", "flown": "fly", "withdrew": "withdraw", "withdrawn": "withdraw", "fought": "fight", "lost": "lose",
    "meant": "mean", "dealt": "deal", "heard": "hear", "upheld": "uphold", "withheld": "withhold",
    "rebuilt": "rebuild", "oversaw": "oversee", "overseen": "oversee", "undertook": "undertake",
    "undertaken": "undertake", "shot": "shoot", "swore": "swear", "sworn": "swear", "threw": "throw",
    "thrown": "throw", "drove": "drive", "driven": "drive", "lent": "lend", "arose": "arise", "arisen": "arise",
    "shown": "show", "forgave": "forgive", "forgiven": "forgive", "foresaw": "foresee", "foreseen": "foresee",
}

# Generic verbs and event nouns: they carry little of a claim's point ("hold
# talks", "take steps", "reach agreement"), so they weigh LIGHT_WEIGHT of their rarity. So do
# verbs of duration ("the talks stretched over two days": the days are the
# point), linking verbs ("proved important"), the kind of place before its
# name ("the island of Bali"), and the setting a report was given in ("told
# reporters at a news conference", "the text says") and the manner of saying
# ("insisted", "conceded"): the record states what was said, not to whom, where or how. So does the news
# word that ranks a point ("the headline move", "the centrepiece of the visit"): the record states the point.
LIGHT_WORDS = frozenset("""
hold held holding make made take took taken give gave have get got go went come came put set keep kept lead led
work worked working continue continued seek sought plan planned aim aimed want try tried help need use used
include included including see saw seen look bring brought move moved begin began start started
reach reached reaching
issue issues matter matters thing things way ways effort efforts step steps area areas part situation situations
occur occurred occurring happen happened happening
stretch stretched span spanned lasting
island islands city cities town towns province provinces
become became becoming remain remained remaining seem seemed appear appeared prove proved proven
reporters reporter journalists journalist press conference briefing interview audience remarks statement speech
text document
insisted insists argued argues acknowledged acknowledges conceded concedes remarked
explained explains pointed
headline centrepiece centerpiece
""".split())
LIGHT_KEYS = frozenset({"=talks"})
# Nouns that stand in for the people a story is about ("his Chinese counterpart", "their Philippine
# counterparts"): the record names them instead. By the word as written, since the stem is another
# word's too ("countering").
_STAND_IN_NOUNS = frozenset({"counterpart", "counterparts"})

# Who published something ("the White House", "the embassy"): never part of what is compared.
SOURCE_KEY = "=record_source"

# Words that flip the polarity of the words that follow them.
NEGATION_CUES = frozenset({"not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing",
                           "cannot", "refused", "declined", "failed", "instead", "rather",
                           # the same refusal told in another tense: "Declining to speculate, the official ..."
                           "refuses", "refusing", "declines", "declining",
                           # being unable to do a thing is not doing it: "were unable to agree on a plan"
                           "unable"})
NEGATION_SCOPE = 5  # content words after a cue that it negates
# "from" negates what follows it after a verb of holding back: "keep competition from veering
# into conflict" says what "ensure competition does not veer into conflict" says.
PREVENTING_FROM = "from"
PREVENTING_VERBS = frozenset({
    "keep", "keeps", "keeping", "kept", "prevent", "prevents", "prevented", "preventing", "stop", "stops",
    "stopped", "stopping", "bar", "bars", "barred", "barring", "ban", "bans", "banned", "banning", "deter",
    "deters", "deterred", "deterring", "block", "blocks", "blocked", "blocking", "restrain", "restrains",
    "restrained", "restraining", "discourage", "discourages", "discouraged", "discouraging", "dissuade",
    "dissuades", "dissuaded", "dissuading", "prohibit", "prohibits", "prohibited", "prohibiting"})
PREVENTING_REACH = 4  # words between the verb and its "from" ("keep the two navies' competition from")
# Verbs of sparing someone a burden: "exempting U.S. companies and originating goods from local content
# requirements" says they are not subject to them, and "refrain from imposing digital services taxes" that
# none will be imposed. What is exempted is often a list, so its "from" may come further on
# (T.EXEMPTION_REACH).
EXEMPTING_VERBS = frozenset({
    "exempt", "exempts", "exempted", "exempting", "exemption", "exemptions",
    "refrain", "refrains", "refrained", "refraining"})
_HOLDING_BACK_VERBS = PREVENTING_VERBS | EXEMPTING_VERBS  # either takes a "from" that names what is not done
# Small acronyms that are ordinary words in lower case ("us", "ai").
_CASE_SENSITIVE_VARIANTS = frozenset({"us", "ai", "prc", "rok", "usa", "dprk", "uk", "un", "au", "eu"})

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                       "‚": "'", "‛": "'", "`": "'", "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-",
                       "‑": "-", "\u00a0": " ", "\u2060": " ", "\u200b": " "})
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[a-z0-9]+(?:['.\-][a-z0-9]+)*")
_OXFORD_COMMA = re.compile(r",(\s+(?:and|or)\s)")
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


class Token(NamedTuple):
    """One word, or one known multi-word name, of an analysed text. A named
    tuple, not a dataclass: a check builds hundreds of thousands of them, and
    a tuple is built several times faster."""

    key: str
    surface: str  # as written, original case
    start: int  # offsets into the analysed text
    end: int
    stop: bool
    capitalised: bool


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    kind: str  # person, country, place, event, agency (a government department), name (an unknown proper name)
    index: int  # token index
    after_preposition: bool  # "in Bangkok", "at Woodside"
    # The key of the country whose government a capital stands for where it is a party, not a place
    # ("Moscow's activities", "talks with Tokyo", "Bern and Vaduz intend to ..."); None otherwise.
    government: str | None = None


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


@dataclass(slots=True)
class Analysis:
    """Everything the scorer and the verdict rules read from one text."""

    text: str
    tokens: list[Token]
    keys: frozenset[str]  # content keys
    surfaces: dict[str, str]  # key -> first surface form
    entities: list[Entity]
    negated: frozenset[str] = frozenset()  # content keys inside a negation's scope
    entity_keys: frozenset[str] = frozenset()
    # Content other than names: what is said to have happened.
    predicate_keys: frozenset[str] = frozenset()
    # The text's dates and counts, worked out on first use (None until then):
    # only the verdict rules read them, for the candidates near a claim, and
    # most of the thousands of record sentences a check analyses are not.
    when: Times | None = None
    # What its words derive from (derivational_bases), and that with their own light stems: worked out on
    # first use.
    based: tuple[frozenset[str], frozenset[str]] | None = None

    def times(self) -> Times:
        if self.when is None:
            self.when = _times_and_numbers(fold(self.text))
        return self.when

    def bases(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every base a word of the text derives from (derivational_bases), and those with every word's own
        light stem."""
        if self.based is None:
            derived = frozenset().union(*map(derivational_bases, self.surfaces.values()))
            self.based = derived, derived.union(light_stem(fold(surface).lower())
                                                for surface in self.surfaces.values())
        return self.based

    @property
    def quantities(self) -> list[Quantity]:
        return self.times().quantities

    @property
    def days(self) -> frozenset[tuple[int, int]]:
        return self.times().days

    @property
    def months(self) -> frozenset[int]:
        return self.times().months

    @property
    def years(self) -> frozenset[int]:
        return self.times().years

    @property
    def relative(self) -> frozenset[tuple[str, str]]:
        return self.times().relative

    @property
    def seasons(self) -> frozenset[str]:
        return self.times().seasons

    @property
    def periods(self) -> frozenset[int]:
        return self.times().periods

    @property
    def has_past_reference(self) -> bool:
        return self.times().has_past_reference


# ------------------------------------------------------------------ data


def _places_around(key: str, parent: dict[str, str]) -> dict[str, None]:
    """The places `key` lies in, innermost first (an ordered set): its state, then the state's country."""
    around: dict[str, None] = {}
    while key in parent and parent[key] not in around and parent[key] != key:
        key = parent[key]
        around[key] = None
    return around


@dataclass(frozen=True)
class Lexicon:
    canonical: dict[str, str]  # variant, as `_lookup_form` writes it -> key
    longest_from: dict[str, int]  # first word of a variant -> words in the longest variant it starts
    entity_kind: dict[str, str]  # key -> kind
    titles: frozenset[str]
    opposites: dict[str, frozenset[str]]  # key -> keys of opposite actions
    variants: dict[str, tuple[str, ...]]  # key -> variants, for searching the index
    located_in: dict[str, str]  # key of a city or state -> key of its country
    within: dict[str, frozenset[str]]  # key of a city or state -> keys of every place it lies in (state, country)
    capital_of: dict[str, str]  # key of a capital -> key of the country whose government sits there
    # The first words (one up to all but the last) of every variant: a phrase
    # lookup stops at the first run of words that begins none.
    phrase_prefixes: frozenset[str]
    # The bare stem of each one-word base form of an alias group ("talk", "agree",
    # "launch") -> the group's key: its other inflections ("talked", "agrees",
    # "launches") belong to the group without being listed one by one.
    inflected_groups: dict[str, str]
    # What _analyze has worked out about each word seen (see _word_info).
    word_info: dict[str, tuple[int, str, bool, bool, bool, bool]] = field(default_factory=dict, compare=False,
                                                                           repr=False)


def _lookup_form(phrase: str) -> str:
    words = []
    for word in _WORD.findall(phrase):
        words.append(word[:-2] if word.endswith("'s") else word)
    return " ".join(words)


def _key_of_phrase(phrase: str) -> str:
    return "=" + phrase.replace(" ", "_")


@lru_cache(maxsize=1)
def alias_data() -> dict:
    """verifier/data/aliases.json as parsed, read once: the lexicon and the scorer's word lists share it."""
    return json.loads(resources.files("verifier").joinpath("data/aliases.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = alias_data()
    canonical: dict[str, str] = {}
    variants: dict[str, list[str]] = {}
    for group in data["groups"]:
        key = _key_of_phrase(fold(group[0]))
        for variant in group:
            canonical.setdefault(fold(variant), key)
            variants.setdefault(key, []).append(fold(variant))
    entity_kind: dict[str, str] = {}
    for kind, names in data["entities"].items():
        for name in names:
            folded = fold(name)
            key = canonical.setdefault(folded, _key_of_phrase(folded))
            variants.setdefault(key, [folded]) if folded not in variants.get(key, []) else None
            entity_kind.setdefault(key, kind)
    # A city whose name holds its country's ("Mexico City", "Kuwait City") is that city, not the country and
    # the word "city": its whole name is one place key, which the longest-match lookup reads first.
    for city in (*data["capitals"], *data["located_in"]):
        folded = fold(city)
        if " " in folded and folded not in canonical:
            key = canonical.setdefault(folded, _key_of_phrase(folded))
            variants.setdefault(key, [folded])
            entity_kind.setdefault(key, "place")
    opposites: dict[str, set[str]] = {}
    for left, right in data["opposites"]:
        for phrase in (left, right):
            # A phrasal action ("scale back", "wind down") is one key, in each of its forms.
            if " " in phrase.strip() and fold(phrase) not in canonical:
                key = _key_of_phrase(fold(phrase))
                for form in _phrase_inflections(fold(phrase)):
                    canonical.setdefault(form, key)
                    variants.setdefault(key, []).append(form)
        left_key = canonical.get(fold(left)) or word_key(left)
        right_key = canonical.get(fold(right)) or word_key(right)
        opposites.setdefault(left_key, set()).add(right_key)
        opposites.setdefault(right_key, set()).add(left_key)
    uninflected = frozenset(fold(word) for word in data["uninflected"])
    # A directional action's group takes no other word of its stem (see _inflected_groups), but the
    # verb forms of its base forms are its own: "reduces", "lifts", "halts" are the group's "reduce",
    # "lift", "halt", and so stand against its opposites.
    for group in data["groups"]:
        key = _key_of_phrase(fold(group[0]))
        if key not in opposites:
            continue
        for variant in map(fold, group):
            if not _is_base_form(variant, uninflected):
                continue
            for form in _verb_forms(variant):
                canonical.setdefault(form, key)
    lookup = {_lookup_form(phrase): key for phrase, key in canonical.items()}
    longest_from: dict[str, int] = {}
    for phrase in lookup:
        words = phrase.split()
        longest_from[words[0]] = max(longest_from.get(words[0], 0), len(words))
    parent = {canonical.get(fold(city), _key_of_phrase(fold(city))): canonical.get(fold(country),
                                                                                 _key_of_phrase(fold(country)))
              for city, country in data["located_in"].items()}
    # A capital lies in its country ("in Riyadh" is in Saudi Arabia, and "Riyadh" speaks for its government).
    capital_of: dict[str, str] = {}
    for city, country in data["capitals"].items():
        # A capital no group names is read as its word's own key ("Riyadh" is "riyadh").
        city_key = canonical.get(fold(city)) or (word_key(fold(city)) if " " not in city
                                                 else _key_of_phrase(fold(city)))
        country_key = canonical.get(fold(country), _key_of_phrase(fold(country)))
        if city_key != country_key:
            parent.setdefault(city_key, country_key)
            capital_of[city_key] = country_key
    within = {key: _places_around(key, parent) for key in parent}
    # The country is the last place out: a city listed in its state is in the state's country.
    located_in = {key: next(reversed(around), parent[key]) for key, around in within.items()}
    within = {key: frozenset(around) | {parent[key]} for key, around in within.items()}
    return Lexicon(lookup, longest_from, entity_kind, frozenset(fold(t) for t in data["titles"]),
                   {k: frozenset(v) for k, v in opposites.items()},
                   {k: tuple(v) for k, v in variants.items()}, located_in, within, capital_of,
                   frozenset(" ".join(words[:size]) for words in map(str.split, lookup)
                             for size in range(1, len(words))),
                   _inflected_groups(data["groups"], uninflected, frozenset(opposites)))


_PLAIN_VARIANT = re.compile(r"[a-z]{3,}")


def _inflected_groups(groups: list[list[str]], uninflected: frozenset[str], actions: frozenset[str]) -> dict[str, str]:
    """Light stem -> group key for the one-word variants that are base forms
    (their light stem is themselves, but for a silent "e"). An inflected variant
    ("pressed", "noted", "passing") stands for itself only: its stem ("press",
    "note", "pass") is another word. Groups of directional actions (those with
    opposites: agree, suspend, resume) keep to the forms they list: each form
    made theirs becomes an action the record must state in so many words."""
    found: dict[str, str] = {}
    for group in groups:
        key = _key_of_phrase(fold(group[0]))
        if key in actions:
            continue
        for variant in map(fold, group):
            if _is_base_form(variant, uninflected):
                found.setdefault(light_stem(variant), key)
    return found


def _is_base_form(variant: str, uninflected: frozenset[str]) -> bool:
    """Whether an alias group's variant is a plain one-word base form whose inflections are its own
    (its light stem is itself, but for a silent "e"; not listed in 'uninflected')."""
    return bool(_PLAIN_VARIANT.fullmatch(variant) and variant not in STOPWORDS and variant not in uninflected
                and variant not in _CASE_SENSITIVE_VARIANTS and light_stem(variant) == _without_silent_e(variant))


def _verb_forms(verb: str) -> list[str]:
    """A verb in its regular forms: base, third person, gerund, past ("reduce": "reduces", "reducing",
    "reduced"; "halt": "halts"; "ease": "eases"), and its irregular past forms. After a short vowel and
    one consonant the consonant may double: a stressed last syllable doubles it ("stopping",
    "beginning", "committed"), an unstressed one does not ("opening", "differed"); which, the spelling
    does not tell, so both are the verb's."""
    consonant_y = verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou"
    if consonant_y:
        forms = [verb, verb[:-1] + "ies", verb + "ing", verb[:-1] + "ied"]
    else:
        third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"
        stem = verb[:-1] if verb.endswith("e") else verb
        forms = [verb, third, stem + "ing", verb + "d" if verb.endswith("e") else stem + "ed"]
        if (len(verb) > 1 and verb[-1] in "bdgmnprt" and verb[-2] in "aeiou"
                and (len(verb) < 3 or verb[-3] not in "aeiou")):
            forms += [verb + verb[-1] + "ing", verb + verb[-1] + "ed"]
    forms += [form for form, base in IRREGULAR_VERBS.items() if base == verb]
    return list(dict.fromkeys(forms))


def _phrase_inflections(phrase: str) -> list[str]:
    """A phrasal verb in its regular forms: "scale back", "scales back",
    "scaled back", "scaling back" ("cut back": "cutting back")."""
    verb, _, rest = phrase.partition(" ")
    return [f"{form} {rest}" for form in _verb_forms(verb)]


# ------------------------------------------------------------------ folding


def fold(text: str) -> str:
    """Case, curly quotes, dashes, odd spaces and accents folded, one character
    for one, so offsets into the folded text are offsets into the original."""
    if len(text) <= _WORD_LENGTH:
        return _fold_word(text)
    return _fold(text)


# A word's length at most: the rules fold a word of a sentence for every sentence it is compared with (40,000
# times in the seed check), most of them the same few words.
_WORD_LENGTH = 24


@lru_cache(maxsize=16_384)
def _fold_word(word: str) -> str:
    return _fold(word)


def _fold(text: str) -> str:
    folded = _fold_marks(text).lower()
    if folded.isascii():
        return folded
    return _ACCENTED_LETTER.sub(_unaccented, folded)


def _unaccented_letters() -> dict[str, str]:
    """Latin letters with diacritics to their base letter: an article writes
    "To Lam" where the readout has "Tô Lâm" (and the full-text index, which
    removes diacritics, already finds one for the other). Letters without a
    one-letter base ("ß") are left alone to keep offsets exact."""
    letters = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        letter = chr(code).lower()
        base = unicodedata.normalize("NFD", letter)[0]
        if len(letter) == 1 and base != letter and base.isascii() and base.isalpha():
            letters[letter] = base
    letters.update({"đ": "d", "ø": "o", "ł": "l", "ı": "i"})  # no decomposition, one obvious base
    return letters


_UNACCENTED = _unaccented_letters()
_ACCENTED_LETTER = re.compile("[" + "".join(_UNACCENTED) + "]")


def _unaccented(match: re.Match) -> str:
    return _UNACCENTED[match.group()]


def _fold_marks(text: str) -> str:
    """text.translate(_FOLD), faster: str.translate looks up every character
    of a non-ASCII text, where a text holds a few marks to change. Each mark
    the text holds is replaced in one pass of str.replace (every mark becomes
    an ASCII character that is no mark, so the order does not matter): a
    third of the time of a pattern calling back for each mark found, which a
    transcript has by the hundred (its apostrophes)."""
    if text.isascii():  # the backquote is the one ASCII character _FOLD changes
        return text.replace("`", "'")
    for mark, replacement in _FOLDED_MARKS:
        if mark in text:
            text = text.replace(mark, replacement)
    return text


_FOLDED_MARKS = [(chr(code), replacement) for code, replacement in _FOLD.items()]


_WORD_CHARACTER = re.compile(r"\w")


def has_whole_phrase(text: str, phrase: str) -> bool:
    r"""Whether `phrase` occurs in `text` with no word character either side:
    what re.search(r"(?<!\w)PHRASE(?!\w)", text) says, found with str.find,
    whose fast scan a pattern opening with a look-behind cannot use (it tries
    every position of a long transcript in turn)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if not (start and _WORD_CHARACTER.match(text, start - 1)) and not _WORD_CHARACTER.match(text, end):
            return True
        start = text.find(phrase, start + 1)
    return False


def fold_for_quotes(text: str) -> str:
    """The comparison form for quotations: folded case, quotes and dashes, no
    Oxford comma, collapsed spaces, no quote marks at the edges."""
    folded = _OXFORD_COMMA.sub(r"\1", _fold_marks(text).lower())
    folded = _SPACES.sub(" ", folded.replace('"', "'")).strip()
    return folded.strip(" '.,;:!?")


# ------------------------------------------------------------------ spelling

# British spellings (a newsroom in London or Hong Kong, a translation) of the record's American words:
# "defence", "centre", "labour", "organise", "travelled" are compared as "defense", "center", "labor",
# "organize", "traveled". Rules for the regular families, a list for the rest.
_BRITISH_WORDS = {
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "licence": "license", "licences": "licenses", "pretence": "pretense", "centre": "center",
    "centres": "centers", "centred": "centered", "centring": "centering", "metre": "meter",
    "metres": "meters", "kilometre": "kilometer", "kilometres": "kilometers", "theatre": "theater",
    "theatres": "theaters", "litre": "liter", "litres": "liters", "fibre": "fiber", "calibre": "caliber",
    "spectre": "specter", "sombre": "somber", "meagre": "meager", "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers", "manoeuvring": "maneuvering", "programme": "program",
    "programmes": "programs", "judgement": "judgment", "judgements": "judgments",
    "acknowledgement": "acknowledgment", "ageing": "aging", "grey": "gray", "sceptic": "skeptic",
    "sceptical": "skeptical", "scepticism": "skepticism", "aluminium": "aluminum", "whilst": "while",
    "amongst": "among", "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "instil": "instill", "tonne": "ton", "tonnes": "tons",
    "analogue": "analog", "jewellery": "jewelry", "practise": "practice", "practised": "practiced",
    "sulphur": "sulfur", "mould": "mold", "smoulder": "smolder", "plough": "plow"}
_BRITISH_OUR = re.compile(r"^(lab|hon|fav|neighb|col|behavi|harb|endeav|vig|rum|arm|savi|sav|val|rig|flav|"
                          r"clam|cand|ard|splend|hum|od|tum|vap)our")
# -ise/-yse for -ize/-yze: "organisation", "prioritised", "analyse". The root is four letters or
# more and ends in a consonant other than w, which leaves out "raise", "noise", "otherwise"; the
# roots below end words that are -ise in American spelling too ("promise", "exercise", "surprise",
# "advertise", "sunrise", also after a prefix: "uncompromising").
_BRITISH_ISE = re.compile(r"^(?P<root>[a-z]{3,}[b-df-hj-np-tvxz])(?P<s>i|y)s(?P<end>e|es|ed|ing|ation|ations|er|ers)$")
_AMERICAN_ISE_ROOTS = tuple(sorted({
    "prem", "prom", "superv", "telev", "improv", "comprom", "enterpr", "exerc", "prec", "conc", "expert",
    "franch", "surpr", "merchand", "disgu", "compr", "desp", "chast", "treat", "circumc", "appr", "appra",
    "parad", "repr", "advert", "chem", "mort", "cert", "exorc", "sunr", "upr", "surm"}))
_BRITISH_DOUBLED_L = re.compile(r"^(travel|cancel|label|model|fuel|refuel|signal|channel|counsel|level|total|"
                                r"marshal|equal|rival|tunnel|quarrel|dial|pencil|shovel|jewel)l(ed|ing|er|ers)$")


# Words American English itself spells two ways, as the record spells them: news style writes "national
# security adviser", the White House "National Security Advisor" (the bundled record: 253 to 4).
_TWO_WAY_WORDS = {"adviser": "advisor", "advisers": "advisors"}
_SPELLED_AS = _BRITISH_WORDS | _TWO_WAY_WORDS


@lru_cache(maxsize=100_000)
def american_spelling(word: str) -> str:
    """One lower-case word in American spelling, as the record writes it (most words come back as they are)."""
    listed = _SPELLED_AS.get(word)
    if listed is not None:
        return listed
    if "our" in word:
        word = _BRITISH_OUR.sub(r"\1or", word, count=1)
    if "is" in word or "ys" in word:
        ise = _BRITISH_ISE.match(word)
        if ise is not None and not ise.group("root").endswith(_AMERICAN_ISE_ROOTS):
            return f"{ise.group('root')}{ise.group('s')}z{ise.group('end')}"
    if "ll" in word:
        word = _BRITISH_DOUBLED_L.sub(r"\1\2", word, count=1)
    return word


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Light stem of one lower-case word, cut to seven letters. A silent "e" the cut leaves at the
    end goes too: "improvement" and "enforcement" are cut to "improve", "enforce", whose stem is
    "improv", "enforc", the stem of "improved" and "enforced"; but not the first of a doubled one
    ("detainee" stays "detaine", apart from "detain")."""
    stem = light_stem(word)
    cut = stem[:7]
    return cut if stem[7:8] == "e" else _without_silent_e(cut)


@lru_cache(maxsize=200_000)
def light_stem(word: str) -> str:
    """Plural, past and -ing endings of one lower-case word taken off (numbers as digits), and a
    final silent "e" with them: "raise", "raises", "raised" and "raising" are all "rais". A short
    word whose "e" makes its vowel long keeps it, and gets it back when an ending took it away
    ("make", "making": "make"; "time", "timed": "time"), so that it stays apart from the word
    without ("plane" from "plan", "planned"; "ride" from "rid")."""
    if word.endswith("'s"):
        word = word[:-2]
    # Both number patterns begin with a digit: most words need neither.
    if word[:1].isdigit():
        if _NUMBER.match(word):
            return word.replace(",", "")
        if _ORDINAL.match(word):
            return word[:-2]
    word = american_spelling(word)
    word = IRREGULAR_VERBS.get(word, word)
    word = word.replace(".", "")
    if len(word) > 4 and word.endswith(("ies", "ied")):
        word = word[:-3] + "y"  # "denied" is "deny", "supplies" "supply"
    elif word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = _with_silent_e(word[:-3])
    elif word.endswith("eed") and len(word) > 4:
        if word not in _EED_WORDS:
            word = word[:-1]  # "freed", "agreed", "guaranteed": "free", "agree", "guarantee"
    elif len(word) > 4 and word.endswith("ed"):
        word = _with_silent_e(word[:-2])
    if len(word) > 5 and word.endswith("y"):
        word = word[:-1] + "i"  # "economy" as "economic", "policy" as "policies"
    return _without_silent_e(word)


# Words in -eed that are no past tense of a verb in -ee ("agreed" is "agree", "proceed" is itself).
_EED_WORDS = frozenset({"need", "feed", "seed", "speed", "bleed", "breed", "heed", "deed", "weed", "greed", "reed",
                        "steed", "indeed", "proceed", "succeed", "exceed", "creed", "tweed"})
_VOWELS = frozenset("aeiou")
# Words whose final "e" is all that tells them from another word the record uses: "severe" is not
# "sever" (an action with opposites), an "aide" is no "aid", "humane" not "human".
_DISTINCT_BY_E = frozenset({"severe", "aide", "humane", "morale", "suite", "borne"})


def _with_silent_e(stem: str) -> str:
    """What an -ed or -ing ending leaves: "planned" and "stopping" leave "plann", "stopp", the
    verb is "plan", "stop" (not after l, s or z: "called", "passed"); "timed" and "making" leave
    "tim", "mak", whose verb had a silent "e" ("time", "make"), which _without_silent_e keeps."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]
    return stem + "e" if _keeps_silent_e(stem) else stem


def _without_silent_e(word: str) -> str:
    """A final silent "e" taken off ("raise" as "rais", "welcome" as "welcom", "issue" as "issu"),
    but not a doubled one ("agree", "free"), nor one the short vowel before needs ("make", "time",
    "state", "close"), nor that of a word of three letters ("the", "use"), nor the "e" that tells a
    word from another (_DISTINCT_BY_E)."""
    if not word.endswith("e") or word.endswith("ee") or len(word) < 4 or word in _DISTINCT_BY_E \
            or _keeps_silent_e(word[:-1]):
        return word
    return word[:-1]


def _keeps_silent_e(stem: str) -> bool:
    """A stem of one syllable ending in consonant, vowel, consonant ("mak", "tim", "clos", "stat"):
    the "e" after it is what makes the vowel long, so it is part of the word. A stem with two
    vowels ("rais", "seiz") or of two syllables ("welcom", "impos") does not need it."""
    if len(stem) < 3 or stem[-1] in _VOWELS or stem[-1] in "wxy" or stem[-2] not in _VOWELS \
            or stem[-3] in _VOWELS:
        return False
    return not any(letter in _VOWELS for letter in stem[:-3])  # one syllable: no vowel before


# A noun or adjective made from a verb or another word by a suffix, as light stems: the suffix, and what may
# replace it to give the base ("resumption" from "resume", "exclusion" from "exclude", "expansion" from
# "expand", "arrival" from "arrive", "urgency" from "urgent", "tourism" as "tourist"; the light stem has
# already taken a final "e" off, so "-ance" is "anc"). A stem must keep DERIVATION_MIN_STEM letters before
# the suffix ("station" is no "state", "nation" no "nate"), and a base DERIVATION_MIN_BASE. Of suffixes
# that end alike the longer comes first ("-ssion" before "-sion", "-ation" before "-tion").
_DERIVATIONS = (
    ("ification", ("ify",)), ("ation", ("ate", "", "e")), ("ition", ("", "e")), ("ption", ("pt", "e")),
    ("ction", ("ct", "ce")), ("ssion", ("t", "ss")), ("sion", ("d", "de", "t", "se")), ("tion", ("t",)),
    ("ment", ("", "e")), ("anci", ("ant",)), ("enci", ("ent",)), ("anc", ("ant", "")), ("enc", ("ent", "")),
    ("val", ("ve",)), ("sal", ("se", "ss")), ("wal", ("w",)), ("ful", ("",)), ("ism", ("ist",)),
    ("ist", ("ism",)),
)
DERIVATION_MIN_STEM = 3
DERIVATION_MIN_BASE = 4
# Nouns whose meaning left the word they were made from: a "statement" is no act of a "state", a
# "department" no departure, a "commission" no commitment, "importance" has nothing to do with imports.
_NOT_DERIVED = frozenset({"statement", "department", "government", "apartment", "importance", "important",
                          "commission", "pension", "sentence", "substance", "instance", "distance", "evidence"})


@lru_cache(maxsize=100_000)
def derivational_bases(surface: str) -> frozenset[str]:
    """The light stems of what a word may be derived from: "exclusion" gives "exclud" ("exclude"), "exclus",
    "exclut"; "excluding" none. Two words one of which derives from the other, or both from one base, are one
    word made two ways ("the exclusion of farm goods" / "excluding farm goods"); a base that is no word
    ("exclut") matches nothing. "-ption" gives only "-pt" and "-me" ("adoption" / "adopt",
    "resumption" / "resume"): a "reception" is a welcome, nothing received."""
    word = fold(surface).lower()
    stem = light_stem(word)
    found: set[str] = set()
    if word in _NOT_DERIVED or not stem.isalpha():
        return frozenset()
    for suffix, replacements in _DERIVATIONS:
        if stem.endswith(suffix):
            root = stem[: -len(suffix)]
            if len(root) >= DERIVATION_MIN_STEM:
                found.update(base for base in (light_stem(root + replacement) for replacement in replacements)
                             if len(base) >= DERIVATION_MIN_BASE and base != stem)
            break  # the longest suffix the word ends with, or none: "station" is no "stat" + "-ion"
    return frozenset(found)


def keys_of(words: Iterable[str]) -> frozenset[str]:
    """The keys of plain words as the analysis gives them (an alias group's "=key" kept as it is).
    Word lists the rules compare with keys are written as words and read through this, never as
    hand-cut stems, so that they follow the stemmer wherever it cuts."""
    return frozenset(word if word.startswith("=") else word_key(word) for word in words)


# TIME_UNIT_SCALE in keys, and the key of the base unit durations under an hour are counted in.
TIME_UNIT_KEYS = {word_key(unit): (word_key(base), factor) for unit, (base, factor) in TIME_UNIT_SCALE.items()}
MINUTE_UNIT = word_key("minute")
# Every unit of time a duration may be written in ("months", "days" as well as "years").
_TIME_KEYS = frozenset(TIME_UNIT_KEYS) | {base for base, _ in TIME_UNIT_KEYS.values()}
# Ordinal units that count occasions of any kind: "the fifth time they spoke"
# is compared with "their fourth conversation".
GENERIC_ORDINAL_UNITS = frozenset(ORDINAL_UNIT_PREFIX + key for key in keys_of(["time", "occasion", "round"]))


# ------------------------------------------------------------------ analysis

# The months' names as a pattern's alternatives; "may" is as often the verb, and some patterns read it apart.
_MONTH_NAMES = "|".join(MONTHS)
_MONTH_NAMES_BUT_MAY = "|".join(month for month in MONTHS if month != "may")
# "September the 20th", as people say it in remarks, is the month's day too.
_DATE = re.compile(
    r"\b(?P<month>" + _MONTH_NAMES + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+"
    r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and|through)\s*"
    r"(?:(?P<month2>" + _MONTH_NAMES + r")\s+)?"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?\b")
# The day first, as most of the world and joint statements write it: "the 25th of September", "1 September
# 2025", "25-26 September". "May" then needs its year ("10 may face" is no date).
_DAY_OF_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?\s+"
    r"(?:of\s+(?P<month_of>" + _MONTH_NAMES + r")|(?P<month>" + _MONTH_NAMES_BUT_MAY + r"|may(?=,?\s+\d{4}\b)))\b")
# A day written in digits after "on" or "of": "on 6/9", "on the afternoon of 25/9". Day first or month
# first, as the writer's country has it: both readings stand unless one of the numbers is over 12.
_NUMERIC_DATE = re.compile(r"\b(?:on|of)\s+(?P<first>\d{1,2})/(?P<second>\d{1,2})\b(?![/.,]?\d)")
_MONTH_ONLY = re.compile(
    # "the October summit", "his March visit": a month naming an occasion is its month too; "at the end
    # of July" is July.
    r"\b(?:in|on|by|since|until|during|through|before|after|early|late|mid|from|last|next|this|the|his|her|their|"
    r"its|of)[\s-]+"
    r"(?P<month>" + _MONTH_NAMES_BUT_MAY + r"|may"
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
    r"(?<![\w.,:+])(?<![a-z]-)(?P<money>(?:us)?\$\s?)?"
    # A word number is a whole word ("eighteen" is not "eight"); "twenty-four" is one number.
    r"(?P<number>\d[\d,]*(?:\.\d+)?(?![\d,.]*\+\d)|(?:"
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
    # "35 billion U.S. dollars": the country of the currency is no unit of its own.
    r"(?:u\.?s\.?\s+(?=dollars?\b))?(?P<unit>[a-z]+))?")
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
# Prepositions before where something is, happens, goes or comes from ("in Bangkok", "to Beijing", "during the
# Bangkok talks"), and the determiners that may stand between one and the name ("at the Woodside summit").
_LOCATING_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "inside", "outside", "across", "over", "during"})
_DETERMINERS_BEFORE_A_NAME = frozenset({"the", "their", "this", "that", "its", "his", "her"})


def analyze(text: str) -> Analysis:
    return _analyze(text)


def analyze_joined(texts: Sequence[str]) -> Analysis:
    """What analyze(" ".join(texts)) gives (a window of record sentences),
    made from the texts' own analyses when every text but the last ends a
    sentence so that no rule of `_analyze` reads on into the next
    (`_apart`): each sentence is then analysed once, not again in each of
    the windows it joins (a check tries five windows around each of its best
    sentences). Otherwise the joined text is analysed whole."""
    if len(texts) < 2:
        return analyze(" ".join(texts))
    return _analyze_joined(tuple(texts))


@lru_cache(maxsize=20_000)
def _analyze_joined(texts: tuple[str, ...]) -> Analysis:
    # Kept like _analyze's: a warm process's next check tries the same windows.
    parts = [analyze(text) for text in texts]
    if not all(_apart(left, right) for left, right in zip(parts, parts[1:], strict=False)):
        return analyze(" ".join(texts))
    tokens: list[Token] = []
    entities: list[Entity] = []
    surfaces: dict[str, str] = {}
    negated: set[str] = set()
    offset = 0
    for part in parts:
        if offset:
            count = len(tokens)
            tokens += [_new_token(Token, (token.key, token.surface, token.start + offset, token.end + offset,
                                          token.stop, token.capitalised)) for token in part.tokens]
            entities += [Entity(entity.key, entity.kind, entity.index + count, entity.after_preposition,
                                entity.government) for entity in part.entities]
        else:
            tokens += part.tokens
            entities += part.entities
        for key, surface in part.surfaces.items():
            surfaces.setdefault(key, surface)  # a key's first surface, in the order the keys first occur
        negated |= part.negated
        offset += len(part.text) + 1
    keys = frozenset(surfaces)
    analysis = Analysis(text=" ".join(texts), tokens=tokens, keys=keys, surfaces=surfaces, entities=entities)
    analysis.negated = frozenset(negated)
    analysis.entity_keys = frozenset(entity.key for entity in entities)
    analysis.predicate_keys = keys - analysis.entity_keys
    return analysis


def _apart(left: Analysis, right: Analysis) -> bool:
    """Whether `left.text + " " + right.text` analyses into `left`'s tokens,
    names and negations followed by `right`'s. The rules of `_analyze` that
    read across words are: a known phrase (its words joined by spaces alone,
    or an initialism's full stop: `_contiguous`), a family name after a given
    name (one space before it: `_another_bearer`, `_another_family_member`),
    whether that given name opens a sentence (the word before it a title?),
    an unknown capitalised word opening a sentence (a mark of `_BREAK_AT_END`
    before it), a name after a preposition (`_entities`), a negation's reach
    (to a `_CLAUSE_MARK`) and "kept ... from" (`negated_keys`). So `left`
    must end with a clause mark that ends a sentence, after a word that is
    no initialism, title, preposition or determiner; `right` must open with
    a word; and no "from" early in `right` may follow a verb of preventing
    late in `left`."""
    if not left.tokens or not right.tokens or right.tokens[0].start != 0:
        return False
    folded_left, folded_right = fold(left.text), fold(right.text)
    if len(folded_left) != len(left.text) or len(folded_right) != len(right.text):
        return False  # offsets into the joined text would not be offsets into its folded form
    last = left.tokens[-1]
    if not _BREAK_AT_END.search(folded_left) or not _CLAUSE_MARK.search(folded_left, last.end):
        return False
    word = last.surface.lower()
    if "." in word or word in _LOCATING_PREPOSITIONS or word in _DETERMINERS_BEFORE_A_NAME or word in PERSON_OFFICES \
            or word in lexicon().titles:
        return False
    reach = max(PREVENTING_REACH, T.EXEMPTION_REACH) + 1
    return not (any(token.surface.lower() == PREVENTING_FROM for token in right.tokens[:reach])
                and any(token.surface.lower() in _HOLDING_BACK_VERBS for token in left.tokens[-reach:]))


# A check analyses thousands of record sentences on first sight (about 80
# words each), so the loops below work on plain tuples, look words up in
# dicts, and skip a pattern when its words are not in the text at all.
_new_token = tuple.__new__


@lru_cache(maxsize=200_000)
def _analyze(text: str) -> Analysis:
    lex = lexicon()
    canonical, word_info = lex.canonical, lex.word_info
    folded = fold(text)
    # Folding kept every character one character: a word's offsets in the
    # folded text are its offsets in the text (see `cue` below).
    aligned = len(folded) == len(text)
    words = _words(folded, lex)
    count = len(words)
    tokens: list[Token] = []
    surfaces: dict[str, str] = {}  # key -> first surface form, content words only
    self_negated: set[str] = set()
    # Tokens that may name someone (for _entities) or open a negation (for
    # negated_keys): those functions look at these alone.
    may_name: list[int] = []
    may_negate: list[int] = []
    resume = 0  # the word after the last known phrase
    listed = _department_lists(folded, words, lex) if "of" in folded else {}
    for index, (start, end, word) in enumerate(words):
        if index < resume:
            continue
        if index in listed:
            phrase_key, size = listed[index]
            end = words[index + size - 1][1]
            surface = text[start:end]
            may_name.append(len(tokens))
            tokens.append(_new_token(Token, (phrase_key, surface, start, end, False, surface[:1].isupper())))
            surfaces.setdefault(phrase_key, surface)
            resume = index + size
            continue
        longest, key, stop, negated, cue, named = word_info.get(word) or _word_info(word, lex)
        if longest:
            if longest > 1 and index + 1 < count:
                known = _known_phrase(text, folded, words, index, min(longest, count - index), lex)
            else:
                phrase_key = canonical.get(word)
                known = (None if phrase_key is None or word in _CASE_SENSITIVE_VARIANTS
                         and not text[start:start + len(word)].isupper() else (phrase_key, 1, word, end))
            if known is not None:
                phrase_key, size, phrase, end = known
                surface = text[start:end]
                if size == 1 and tokens and _another_bearer(tokens, text, start, phrase_key, lex):
                    # "First Lady Jill Biden" is not President Biden: her family name is a word of its own.
                    phrase_key = _plain_word(word)[0]
                elif phrase_key == PHONE_CALL_KEY and _calls_by_a_name(text, folded, start, end):
                    phrase_key = _plain_word(word)[0]
                stop = phrase in STOPWORDS or phrase_key == SOURCE_KEY
                may_name.append(len(tokens))
                may_negate.append(len(tokens))
                tokens.append(_new_token(Token, (phrase_key, surface, start, end, stop, surface[:1].isupper())))
                if not stop and phrase_key not in surfaces:
                    surfaces[phrase_key] = surface
                resume = index + size
                continue
        if negated:
            self_negated.add(key)
        if key:
            surface = text[start:end]
            capitalised = surface[:1].isupper()
            if capitalised and not stop or named:
                may_name.append(len(tokens))
                if capitalised and not stop and tokens and tokens[-1].key[0] == "=" \
                        and _another_family_member(tokens[-1], text, start, word, lex):
                    # "Wang Wenbin" is not Wang Yi: the family name before another given name is a word of its own.
                    _rekey_previous(tokens, surfaces)
            # A token whose text is a negation cue has a cue for its word
            # (the word is that text, lower-cased) when offsets line up.
            if cue or not aligned:
                may_negate.append(len(tokens))
            tokens.append(_new_token(Token, (key, surface, start, end, stop, capitalised)))
            if not stop and key not in surfaces:
                surfaces[key] = surface

    keys = frozenset(surfaces)
    analysis = Analysis(text=text, tokens=tokens, keys=keys, surfaces=surfaces,
                        entities=_entities(tokens, lex, folded, may_name))
    analysis.negated = negated_keys(tokens, folded, may_negate) | self_negated
    analysis.entity_keys = frozenset(entity.key for entity in analysis.entities)
    analysis.predicate_keys = keys - analysis.entity_keys
    return analysis


# "The departments of Homeland Security, Justice and the Treasury", "the secretaries of state and commerce": each
# item after the plural is one department ("Justice" the Department of Justice), not a person or a place.
_DEPARTMENTS_PLURAL = frozenset({"departments", "secretaries"})
_LIST_JOINERS = frozenset({"and", "the"})


def _department_lists(folded: str, words: list[tuple[int, int, str]], lex: Lexicon) -> dict[int, tuple[str, int]]:
    """Word index -> (the department's key, its words) for each item of a list of departments after
    "departments of" or "secretaries of" (_DEPARTMENTS_PLURAL): one or two words the lexicon knows with
    "department" after them, the list running on through commas, "and" and "the" and stopping at any other word."""
    found: dict[int, tuple[str, int]] = {}
    for opener in range(len(words) - 2):
        if words[opener][2] not in _DEPARTMENTS_PLURAL or words[opener + 1][2] != "of":
            continue
        index = opener + 2
        while index < len(words) and not folded[words[index - 1][1]:words[index][0]].strip(" ,"):
            word = words[index][2]
            if word in _LIST_JOINERS:
                index += 1
                continue
            item = next(((key, size) for size in (2, 1) if index + size <= len(words)
                         and (key := lex.canonical.get(" ".join(w[2] for w in words[index:index + size])
                                                       + " department")) is not None
                         and lex.entity_kind.get(key) == "agency"
                         and not folded[words[index][1]:words[index + size - 1][0]].strip()), None)
            if item is None:
                break
            found[index] = item
            index += item[1]
    return found


# Offices written before a person's name that the lexicon's titles leave out ("Envoy Kerry", "Senator
# Rubio"): the name after one is a person's (rules.actors._person_like), and the office is no given name.
PERSON_TITLES = frozenset({"envoy", "advisor", "adviser", "spokesperson", "spokesman", "ambassador", "secretary",
                           "senator", "representative", "governor", "mayor", "general", "admiral", "minister"})
# With the rarer ones, and abbreviations, that are no given name either ("Chancellor", "First Lady", "Sen.").
PERSON_OFFICES = PERSON_TITLES | {"chancellor", "king", "queen", "prince", "first", "lady", "pope", "sen", "rep", "gov"}


@lru_cache(maxsize=1)
def _name_heads_data() -> dict:
    return json.loads(resources.files("verifier").joinpath("data/name_heads.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def name_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The generic head words of names, a place's or a body's ("sea", "command"), and the directions that alone
    may tell another language's name of one place (verifier/data/name_heads.json): the actor rules and the
    alignment read them to keep two names that share only a head apart."""
    return place_heads() | body_heads(), frozenset(_name_heads_data()["directions"])


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """The head words that end a place's name ("peninsula", "islands", "sea"; verifier/data/name_heads.json):
    a run of capitalised words ending in one is a place, never a party (rules/actors.names_a_place)."""
    return frozenset(_name_heads_data()["places"])


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The head words that end the name of a body that acts ("foundation", "bank", "council"; the "bodies" of
    verifier/data/name_heads.json): such a name after an article is a party, not a thing."""
    return frozenset(_name_heads_data()["bodies"])


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word a person's title may hold, folded ("prime", "minister", "secretary", "king"): the lexicon's
    title words and the offices of persons. Built once, as lexicon() is: the actor and name-order rules read it
    for every name of every candidate."""
    return frozenset(lexicon().titles | PERSON_OFFICES)


def _another_bearer(tokens: list[Token], text: str, start: int, key: str, lex: Lexicon) -> bool:
    """Whether a known person's one-word name (a family name) follows a given name the lexicon does not
    give that person ("Jill Biden", "Hunter Biden" where it knows "Joe Biden"): another bearer of the
    name. Only when the lexicon knows the person's given names, and the word before is a capitalised
    name right before it, neither a title nor a small word ("Secretary Blinken", "When Biden")."""
    previous = tokens[-1]
    if lex.entity_kind.get(key) != "person" or not previous.capitalised or previous.stop or previous.key[0] == "=":
        return False
    given = _known_given_names()[0].get(key)
    word = previous.surface.lower().rstrip(".")
    if not given or len(word) < 2 or word in given or word in lex.titles or word in PERSON_OFFICES \
            or text[previous.end:start] != " ":
        return False
    opens = not previous.start or _BREAK_AT_END.search(text, 0, previous.start) and not (
        len(tokens) > 1 and (tokens[-2].surface.lower() in lex.titles or tokens[-2].surface.lower() in PERSON_OFFICES))
    # A word opening a sentence ("Dr." ends none) is capitalised whatever it is: an adverb there ("Separately
    # Biden said") is no given name.
    return not (opens and (word.endswith("ly") or word in _OPENING_ADVERBS))


# The key of the alias group of a phone call (verifier/data/aliases.json), by which the rules name the occasion.
PHONE_CALL_KEY = "=phone_call"
# "Call" that gives something a name, no phone call: "in what Washington and New Delhi call their partnership",
# "what both sides call a 'new era'". After "what" and a subject in the same clause, the verb takes the thing
# named; a noun "call" has a determiner or a preposition before it ("what was said on the call").
_WHAT_AND_A_SUBJECT = re.compile(r"\bwhat\s+(?:[^\s.!?;:,\"]+\s+){1,6}$")
_THING_NAMED = re.compile(r"\s+(?:their|its|his|her|our|the|a|an|it|them|this|these)\b|\s*[\"']|\s+[A-Z]")
_BEFORE_A_NOUN = _DETERMINERS_BEFORE_A_NAME | _LOCATING_PREPOSITIONS | {"a", "an", "on", "phone", "telephone"}


def _calls_by_a_name(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the word "call" at `start` is the verb of naming ("what X and Y call their partnership")."""
    before = _WHAT_AND_A_SUBJECT.search(folded, 0, start)
    return bool(before) and folded[:start].split()[-1] not in _BEFORE_A_NOUN and bool(_THING_NAMED.match(text, end))


# Adverbs that open a sentence without a comma and are no stop words.
_OPENING_ADVERBS = frozenset({"now", "afterwards", "tonight", "first", "next", "thereafter", "overnight"})


def _another_family_member(previous: Token, text: str, start: int, word: str, lex: Lexicon) -> bool:
    """Whether a known person's one-word name written family name first ("Wang") is followed by a given
    name the lexicon does not give that person ("Wang Wenbin" where it knows "Wang Yi")."""
    if lex.entity_kind.get(previous.key) != "person" or " " in previous.surface or text[previous.end:start] != " ":
        return False
    given = _known_given_names()[1].get((previous.key, previous.surface.lower()))
    return bool(given) and word not in given


def _rekey_previous(tokens: list[Token], surfaces: dict[str, str]) -> None:
    """Give the last token its own word's key, in the surfaces too when no other token has the old key."""
    previous = tokens[-1]
    plain = _plain_word(fold(previous.surface))[0]
    tokens[-1] = previous._replace(key=plain)
    if surfaces.get(previous.key) is not None and all(token.key != previous.key for token in tokens):
        del surfaces[previous.key]
    surfaces.setdefault(plain, previous.surface)


@lru_cache(maxsize=1)
def _known_given_names() -> tuple[dict[str, frozenset[str]], dict[tuple[str, str], frozenset[str]]]:
    """From the lexicon's full names of known people, one pass: each person's given names, the first
    words ("joe", "joseph"); and, for names of two words, the word after the first ((person's key,
    "wang") -> "yi"), for names written family name first."""
    lex = lexicon()
    given: dict[str, set[str]] = {}
    after: dict[tuple[str, str], set[str]] = {}
    for key, kind in lex.entity_kind.items():
        if kind != "person":
            continue
        for variant in lex.variants.get(key, ()):
            words = variant.split()
            if len(words) > 1 and words[0].rstrip(".") not in lex.titles and words[0] not in PERSON_OFFICES:
                given.setdefault(key, set()).add(words[0])
            if len(words) == 2 and words[0] not in lex.titles and words[0] not in PERSON_OFFICES:
                after.setdefault((key, words[0]), set()).add(words[1])
    return ({key: frozenset(names) for key, names in given.items()},
            {pair: frozenset(names) for pair, names in after.items()})


@atexit.register
def _no_collection_at_exit() -> None:
    """Leave what the process holds to the operating system when the
    interpreter exits. A process ends holding the analysis of every record
    sentence it met (after one check on the full corpus, some 140,000
    tokens), the record's rows it read and the lexicon, and shutdown runs
    the cycle collector over every live container, then frees what it finds
    object by object: a tenth of a fresh process's check. Frozen, they are
    walked by no collection and freed as the process ends. Nothing the
    engine keeps needs a finalizer: its database connections are closed at
    exit by db.database, before or after this."""
    gc.freeze()


def _known_phrase(text: str, folded: str, words: list[tuple[int, int, str]], index: int, most: int,
                  lex: Lexicon) -> tuple[str, int, str, int] | None:
    """The longest known name or alias (up to `most` words) starting at the
    word `index`: (key, words, lookup form, end offset), or None."""
    canonical = lex.canonical
    prefixes = lex.phrase_prefixes
    # Only as many words as begin some known phrase can be one: "the" starts
    # "the white house", but "the talks" need not be looked up.
    phrases = [words[index][2]]
    while len(phrases) < most and phrases[-1] in prefixes:
        phrases.append(phrases[-1] + " " + words[index + len(phrases)][2])
    for size in range(len(phrases), 0, -1):
        phrase = phrases[size - 1]
        key = canonical.get(phrase)
        if key is None and size > 1 and phrase.endswith("s") and canonical.get(phrase[:-1]) in lex.entity_kind:
            # A name's plural is a spelling variant ("Taiwan Straits"); a
            # common noun's is not ("phone calls" in general is not "the call").
            key = canonical.get(phrase[:-1])
        span = words[index:index + size]
        if key is None or size > 1 and not _contiguous(folded, span) \
                and not (size == 2 and key in lex.opposites and _hyphenated(folded, span)):
            continue
        start, end = words[index][0], words[index + size - 1][1]
        if phrase in _CASE_SENSITIVE_VARIANTS and not text[start:start + len(phrase)].isupper():
            continue
        return key, size, phrase, end
    return None


_WORD_INFO_LIMIT = 200_000


def _word_info(word: str, lex: Lexicon) -> tuple[int, str, bool, bool, bool, bool]:
    """What the analysis needs of a word, remembered in lex.word_info: the
    longest known phrase it starts, and as a word outside the lexicon its
    key, whether it is a stop word, whether an un- prefix negates it, whether
    it may be a negation cue, whether its key is a known name's."""
    key, stop = _plain_word(word)
    american = american_spelling(word)
    if american != word and american in lex.canonical and word not in lex.canonical:
        key = lex.canonical[american]  # "programme" in the alias group of "program"
    elif not stop and word not in lex.canonical:
        # An inflection the alias group does not list ("talked", "launches"): the group's key.
        key = lex.inflected_groups.get(light_stem(word), key)
        if word.endswith("is") and word[:-1] in lex.canonical:
            # The plural of a demonym in -i ("Israelis", "Iraqis"): the stemmer keeps "-is" words
            # whole, for "crisis" and "basis".
            key = lex.canonical[word[:-1]]
        stop = key == SOURCE_KEY
    negated_word = _UN_PREFIXED.match(word)
    if negated_word:
        # "unchanged" is "changed", negated: compared like "not changed"
        key, stop = _plain_word(negated_word.group(1))
    if len(lex.word_info) >= _WORD_INFO_LIMIT:
        lex.word_info.clear()
    info = lex.word_info[word] = (lex.longest_from.get(word, 0), key, stop, bool(negated_word),
                                  is_negation_cue(word) or word == PREVENTING_FROM,
                                  key in lex.entity_kind)
    return info


# "Nov. 10" is "November 10": an abbreviated month has its month's key ("mar" is
# left alone: it is a verb and the start of names as often as March).
_MONTH_OF_ABBREVIATION = {abbreviation: name for abbreviation, name in
                          [(name[:3], name) for name in MONTHS] + [("sept", "september")]
                          if abbreviation not in ("mar", "may")}
# The key of every month word as the record and news write it ("December", "Dec.", "Sept", "Mar."): the rules
# that set a date's words aside test a key against these exactly, for words that merely start like a month
# ("market", "declared", "junior") are no dates.
MONTH_KEYS = frozenset(word_key(_MONTH_OF_ABBREVIATION.get(word, word))
                       for word in [*MONTHS, *_MONTH_ABBREVIATIONS])


def is_month_key(key: str) -> bool:
    return key in MONTH_KEYS


def _plain_word(word: str) -> tuple[str, bool]:
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word]), word in STOPWORDS
    word = _MONTH_OF_ABBREVIATION.get(word, word)
    # A stop word inflected ("reporting", "tells") is one too. Its stem is compared before the cut to
    # seven letters: the cut makes "reporters" "report", but "reporters" is no stop word.
    return word_key(word), word in STOPWORDS or light_stem(word) in STOPWORDS or word.endswith("n't")


# _WORD with its match captured: re.split hands back the words and what lies
# between them as plain strings, cheaper than a match object per word.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


# How a clock time is written, not what it says: "4am", "4 a.m." and "4:00 a.m." give the same hour ("a.m." is
# a stop word), so a reporter's "takes effect at 4am" shares the record's "at 4:00 a.m." key.
_CLOCK_WRITTEN = re.compile(r"\d(?:am|pm)\b|:00\b")
_CLOCK_HOUR = re.compile(r"(\d{1,2})([ap])m")


def _words(folded: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """_split_words, with a clock time written as the record writes it: "4pm" as "4 p.m.", "4:00" as "4"."""
    words = _split_words(folded, lex)
    if not _CLOCK_WRITTEN.search(folded):
        return words
    found = []
    for start, end, word in words:
        if word == "00" and start and folded[start - 1] == ":":
            continue  # the minutes of a full hour ("4:00")
        hour = _CLOCK_HOUR.fullmatch(word)
        if hour:  # "4pm" as "4 p.m."
            split = start + len(hour.group(1))
            found += [(split - len(hour.group(1)), split, hour.group(1)), (split, end, f"{hour.group(2)}.m")]
            continue
        found.append((start, end, word))
    return found


def _split_words(folded: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, lookup form) of each word: possessive 's dropped; a
    hyphenated or dotted word the lexicon does not know split into its parts
    ("U.S.-China" → "u.s", "china"; "end.Next" → "end", "next")."""
    pieces = _WORD_SPLIT.split(folded)
    # Where each piece ends: word k runs from bounds[2k] to bounds[2k + 1]
    # (one more separator than words, so the zips below stop at the last word).
    bounds = list(accumulate(map(len, pieces)))
    found = compounds()
    if not _JOINED_WORD.search(folded):
        # No word holds an apostrophe, a dot or a hyphen: every word is its own lookup form.
        words = list(zip(bounds[0::2], bounds[1::2], pieces[1::2], strict=False))
        if found.apart_first.isdisjoint(pieces[1::2]):
            return words
        return _join_compounds_apart(folded, words, found)
    words = []
    append = words.append
    for word, start, end in zip(pieces[1::2], bounds[0::2], bounds[1::2], strict=False):
        if "'" not in word and "-" not in word and "." not in word:
            append((start, end, word))
            continue
        if word.endswith("'s"):
            word = word[:-2]
        if not word:
            continue
        if "-" not in word and "." not in word:
            append((start, end, word))
            continue
        if word not in lex.canonical and not _NUMBER.match(word):
            if "." not in word and word.replace("-", "") in found.closed:
                # "non-proliferation", "co-operation": the word the record writes closed. Only a word
                # that exists closed joins, so a prefix that changes the meaning never just vanishes.
                append((start, end, word.replace("-", "")))
                continue
            offset = start
            for piece in word.split("-"):
                if piece in lex.canonical or _INITIALISM.fullmatch(piece) or "." not in piece:
                    if piece:
                        append((offset, offset + len(piece), piece))
                else:
                    inner = offset
                    for part in piece.split("."):
                        if part:
                            append((inner, inner + len(part), part))
                        inner += len(part) + 1
                offset += len(piece) + 1
            continue
        append((start, start + len(word), word))
    if found.apart_first.isdisjoint(word for _, _, word in words):
        return words
    return _join_compounds_apart(folded, words, found)


# A word's inner apostrophe, dot or hyphen stands between two word characters.
_JOINED_WORD = re.compile(r"\w['.\-]\w")


class Compounds(NamedTuple):
    """The record's closed compounds (verifier/data/compounds.json, read from the record's own prose by
    tests/eval/compounds.py): U.S. government prose writes "nonproliferation", "cybersecurity", "healthcare"
    where news, British and translated prose write "non-proliferation", "cyber security", "health care"."""
    closed: dict[str, tuple[str, str]]  # closed word -> its two parts
    apart: dict[tuple[str, str], str]  # two words apart that are read as one closed word
    apart_first: frozenset[str]  # the first words of `apart`, to skip a text that has none


@lru_cache(maxsize=1)
def compounds() -> Compounds:
    data = json.loads(resources.files("verifier").joinpath("data/compounds.json").read_text(encoding="utf-8"))
    lex = lexicon()
    closed, apart = {}, {}
    for word, (first, second, joins_apart) in data["compounds"].items():
        # A name stays a name ("pro-Russia" is not a word of its own), and a known phrase stays the
        # phrase ("white house"): only words the lexicon does not name are joined.
        if any(lex.canonical.get(part) in lex.entity_kind for part in (first, second)):
            continue
        closed[word] = (first, second)
        if joins_apart and f"{first} {second}" not in lex.canonical and first not in lex.phrase_prefixes:
            apart[(first, second)] = word
    return Compounds(closed, apart, frozenset(first for first, _ in apart))


def _join_compounds_apart(folded: str, words: list[tuple[int, int, str]],
                          found: Compounds) -> list[tuple[int, int, str]]:
    """Two words one space apart that the record writes as one ("cyber security") read as that word."""
    joined: list[tuple[int, int, str]] = []
    index, count = 0, len(words)
    while index < count:
        start, end, word = words[index]
        if word in found.apart_first and index + 1 < count:
            next_start, next_end, next_word = words[index + 1]
            closed = found.apart.get((word, next_word))
            if closed is not None and next_start == end + 1 and folded[end] == " ":
                joined.append((start, next_end, closed))
                index += 2
                continue
        joined.append(words[index])
        index += 1
    return joined


def _contiguous(folded: str, words: list[tuple[int, int, str]]) -> bool:
    """A phrase's words may be separated by spaces, not by punctuation (but an
    initialism keeps its full stop: "talks between the U.S. and ...")."""
    return all(not folded[left[1]:right[0]].lstrip("." if "." in left[2] else "").strip(" '")
               for left, right in zip(words, words[1:], strict=False))


def _hyphenated(folded: str, words: list[tuple[int, int, str]]) -> bool:
    """Two words joined by a hyphen alone: a phrasal action written as one word describing a thing ("a
    scaled-back effort", "stepped-up patrols") is the action still, set against its opposites like it."""
    return folded[words[0][1]:words[1][0]] == "-"


# "unchanged", "unacceptable": not "underlined", "undermined" (under-), nor
# verbs whose un- is no negation ("unveiled a plan", "unleashed").
_UN_PREFIXED = re.compile(r"un(?!der|veil|leash|earth|ravel|lock|fold)([a-z]{4,}(?:ed|able|ful|ive))$")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b")
# A stop, colon, semicolon or quotation mark that closes the span searched (white space may follow it): the word
# after the span opens a sentence, a clause or a quotation. Not a sentence's end alone, as rules/conflicts'
# _SENTENCE_STOP is.
_BREAK_AT_END = re.compile(r"[.!?:;\"]\s*$")
# A currency's letters before a dollar sign: written onto it ("C$", "A$", "US$", "HK$") or an ISO code set apart
# from it ("CAD $6.96 billion"). Capitals, yet no name of a party: the money is counted in that country's dollars.
_CURRENCY_LETTERS = re.compile(r"[A-Z]{1,3}")
_CURRENCY_MARK = re.compile(r"\$|(?<=[a-z]{3}) \$")


def _entities(tokens: list[Token], lex: Lexicon, folded: str, candidates: list[int]) -> list[Entity]:
    """Known names, and unknown capitalised words that look like names, among
    the `candidates` (token indices, ascending): every token that is
    capitalised and no stop word, or a known name's."""
    entities: list[Entity] = []
    entity_kind = lex.entity_kind
    for index in candidates:
        token = tokens[index]
        if _CURRENCY_MARK.match(folded, token.end) and _CURRENCY_LETTERS.fullmatch(token.surface):
            continue  # "C$7 billion", "US$2 million", "CAD $6.96 billion": the money's currency, not a party
        kind = entity_kind.get(token.key)
        government = _government_of(tokens, index, folded, lex) if token.capitalised else None
        if kind is None and (government is not None or token.capitalised and token.key in lex.located_in):
            # "Bern and Vaduz intend ...": a capital the lexicon lists only as its country's seat;
            # "in Vilnius": a city the lexicon places in its country is a place wherever it stands.
            kind = "place"
        if kind is None:
            # An unknown capitalised word, not the first of the sentence nor a title: a name.
            if not token.capitalised or token.stop or index == 0:
                continue
            surface = token.surface.lower()
            if (token.key[0] == "=" or surface in lex.titles or surface in MONTHS
                    or token.surface.isupper() and len(token.surface) > 5 or _NUMBER.match(token.key)
                    or _BREAK_AT_END.search(folded, tokens[index - 1].end, token.start)):
                continue
            if _PRONOUN_CONTRACTION.fullmatch(surface):
                continue
            if surface.rstrip(".") in _NAME_SUFFIXES and index and tokens[index - 1].capitalised:
                continue  # "Joseph R. Biden, Jr.": the suffix of the name before it, no one of its own
            if in_institution_name(tokens, index, folded):
                continue  # "National Security Council", "Department of Defense": an office, not a person
            # "the East Room", "the Rose Garden": where in a building something happened, never one who acts.
            kind = "place" if in_building_name(tokens, index, folded) else "name"
        # "in Bangkok", and "during the Bangkok talks", "at the Woodside summit"
        if index == 0:
            after_preposition = False
        else:
            previous = tokens[index - 1].surface.lower()
            after_preposition = previous in _LOCATING_PREPOSITIONS or (
                index >= 2 and previous in _DETERMINERS_BEFORE_A_NAME
                and tokens[index - 2].surface.lower() in _LOCATING_PREPOSITIONS)
            if after_preposition and previous == "in" and _in_a_language(tokens, index, folded):
                after_preposition = False  # "speaking in English": how the words were put, no place
        entities.append(Entity(token.key, kind, index, after_preposition, government))
    if len(entities) < 2:
        return entities
    return _share_prepositions(_share_run_prepositions(entities, tokens, folded), tokens, folded)


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(alias_data()["languages"])


def _in_a_language(tokens: list[Token], index: int, folded: str) -> bool:
    """The capitalised word at `index`, after "in", is a language with no noun of its own after it ("spoke in
    English to reporters", "said in Mandarin that ..."; not "in Chinese companies", a country's)."""
    if tokens[index].surface.lower() not in _languages():
        return False
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    return bool(folded[tokens[index].end:following.start].strip()) or following.stop


def _share_run_prepositions(entities: list[Entity], tokens: list[Token], folded: str) -> list[Entity]:
    """"at the Royal Castle", "At Bellevue Palace": the unknown words of one name, one space apart, stand
    where its first word stands when a preposition of place puts it there; the preposition before the name is
    every word's, so no later word of a place reads as a party the sentence names. Not after "to" or "from"
    ("a letter to Anna Kovar"), nor when the name opens with a person's title ("talk to Senator Tommy Lund"):
    a person's name, whom the sentence may make a party."""
    shared = list(entities)
    named = {entity.index for entity in entities}
    for position in range(1, len(shared)):
        current, previous = shared[position], shared[position - 1]
        if current.after_preposition or not previous.after_preposition or current.kind != "name" \
                or previous.kind != "name" or current.index != previous.index + 1 \
                or folded[tokens[previous.index].end:tokens[current.index].start] != " ":
            continue
        first = previous.index  # the run's first word: the one its preposition stands before
        while first - 1 in named and folded[tokens[first - 1].end:tokens[first].start] == " ":
            first -= 1
        word = tokens[first - 1].surface.lower() if first else ""
        if word in _DETERMINERS_BEFORE_A_NAME and first > 1:
            word = tokens[first - 2].surface.lower()
        if word not in _PLACE_PREPOSITIONS or tokens[first].surface.lower() in PERSON_TITLES:
            continue
        shared[position] = replace(current, after_preposition=True)
    return shared


# Prepositions that place a name where something happened ("at the Royal Castle"), unlike "to" and "from".
_PLACE_PREPOSITIONS = _LOCATING_PREPOSITIONS - {"to", "from"}


# Generational suffixes written after a person's name ("Joseph R. Biden, Jr.", "Martin Luther King Sr.").
_NAME_SUFFIXES = frozenset({"jr", "sr"})


# A capital that names its government: its possessive ("Beijing's support", "Paris' stance"), the government
# placed in it ("the government in Kyiv"), a party's preposition before it ("talks with Tokyo and Manila"), or
# a clause it opens as the subject ("Bern and Vaduz intend", "... said Washington would").
_CAPITAL_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
_GOVERNMENT_IN = re.compile(r"\bgovernments?\s+in\s+$")
# Not "to": "flew to Tokyo" is where a journey went, "assistance to Moscow" a party; the place is read as
# before (`RECIPIENT_PREPOSITION`: the rules that also know the record names its country read it as a party).
PARTY_PREPOSITIONS = frozenset({"with", "against", "toward", "towards", "between"})
RECIPIENT_PREPOSITION = "to"
# A subordinating conjunction opens a clause with its subject too ("... if Moscow keeps escalating", "unless
# Beijing agrees").
_CLAUSE_OPENERS = frozenset({"that", "and", "but", "while", "as", "because", "since", "although", "though",
                             "if", "unless", "whether", "when", "once", "until",
                             "said", "says", "warned", "insisted", "argued", "stressed", "noted", "added"})
_LIST_WORDS = frozenset({"and", "or", ","})
# The conjunctions that join two clauses of one sentence, each telling its own thing ("the minister signed it,
# and the port will close", "set a cap of 10, whereas Tokyo set 12"): where a reading of one clause's details
# (a figure, a day, what a negation leaves affirmed) stops. One list for every rule that cuts a sentence so.
CLAUSE_CONJUNCTIONS = ("and", "but", "while", "whereas")
CLAUSE_CONJUNCTION = "(?:" + "|".join(CLAUSE_CONJUNCTIONS) + ")"


def possessive(token: Token) -> bool:
    """Whether the word ends in a possessive "'s" ("Norway's", "Beijing’s"): it owns what follows it."""
    return token.surface.endswith(("'s", "\u2019s"))


def owned_or_seated(tokens: list[Token], index: int, folded: str) -> bool:
    """Whether the name at `index` (the last word of its run) owns what follows it ("Beijing's support",
    "Paris' stance") or, at `index` its first word, is where "the government" sits ("the government in
    Kyiv"): a government, never the place anything happened."""
    token = tokens[index]
    return bool(_CAPITAL_POSSESSIVE.match(folded, token.end) or possessive(token)
                or _GOVERNMENT_IN.search(folded, 0, token.start))


def governing_position(tokens: list[Token], index: int) -> int:
    """The position of the word that governs the name at `index`, back past the list it is part of ("with
    Tokyo and Manila", "between the United States and Beijing": "with", "between"); -1 when the list opens
    the text."""
    position = index - 1
    while position >= 0 and (tokens[position].capitalised or tokens[position].surface.lower() in _LIST_WORDS
                             or tokens[position].surface.lower() == "the"):
        position -= 1
    return position


def _government_of(tokens: list[Token], index: int, folded: str, lex: Lexicon) -> str | None:
    """The country whose government the capital at `index` stands for, where the text makes it a party, not
    a place (see _CAPITAL_POSSESSIVE); None for a place ("met in Moscow", "the Moscow talks") or no capital.
    One reading for every rule that asks who a capital is: the actor rules compare "Moscow's activities" with
    "the PRC's activities" as two governments, and "Bern and Vaduz" with "Switzerland and Liechtenstein" as
    the same two."""
    country = lex.capital_of.get(tokens[index].key)
    if country is None:
        return None
    if owned_or_seated(tokens, index, folded):
        return country
    # Back past a list it is part of ("with Tokyo and Manila"): the word that governs the list.
    position = governing_position(tokens, index)
    before = tokens[position].surface.lower() if position >= 0 else None
    if before in PARTY_PREPOSITIONS:
        return country
    if before is not None and before not in _CLAUSE_OPENERS \
            and not _BREAK_AT_END.search(folded, tokens[position].end, tokens[position + 1].start):
        return None  # "the Moscow talks", "in Moscow": a place, or a name's part
    # A preposition opening the sentence, capitalised, governs the capital all the same ("In Vienna, the two
    # men ...", "During the Moscow talks"), unless a comma closes its phrase first ("In March, Madrid lowered
    # ...").
    opener = tokens[position + 1]
    if position + 1 < index and opener.surface.lower() in _LOCATING_PREPOSITIONS \
            and "," not in folded[opener.end:tokens[index].start]:
        return None
    # The subject: what follows it (past the rest of its list) is a lower-case word, its verb.
    after = index + 1
    while after < len(tokens) and (tokens[after].surface.lower() in _LIST_WORDS or
                                   tokens[after].key in lex.capital_of or tokens[after].capitalised
                                   and lex.entity_kind.get(tokens[after].key) == "country"):
        after += 1
    return country if after < len(tokens) and not tokens[after].capitalised else None


def _share_prepositions(entities: list[Entity], tokens: list[Token], folded: str) -> list[Entity]:
    """"in Xinjiang, Tibet and Inner Mongolia": a list shares its first
    member's preposition. A comma alone is an apposition ("in Woodside,
    California"), not a list, unless the list goes on after it."""
    def joiner(left: Entity, right: Entity) -> str | None:
        between = folded[tokens[left.index].end:tokens[right.index].start]
        return between if _LIST_JOIN.fullmatch(between) else None

    shared = list(entities)
    for position in range(1, len(shared)):
        current, previous = shared[position], shared[position - 1]
        if current.after_preposition or not previous.after_preposition:
            continue
        between = joiner(previous, current)
        if between is None:
            continue
        conjunction = bool(_CONJUNCTION.search(between))
        continues = position + 1 < len(shared) and joiner(current, shared[position + 1]) is not None
        if conjunction or continues:
            shared[position] = Entity(current.key, current.kind, current.index, True, current.government)
    return shared


# Head nouns of the parts of a building and its grounds: a capitalised run ending in one ("the East Room",
# "the Diplomatic Reception Room", "the Rose Garden") names where in it something happened, never a person,
# and fills the slot only of another such part (rules/actors). (Not "Castle" or "Palace": "Windsor Castle" is
# a place of its own, which a record may give as another.)
BUILDING_PARTS = frozenset("room rooms garden lawn portico balcony".split())


def in_building_name(tokens: list[Token], index: int, folded: str) -> bool:
    """Whether the capitalised word at `index` is in a run of capitalised words, one space apart, that ends in
    a part of a building ("East Room", "Diplomatic Reception Room")."""
    position = index
    while position < len(tokens) and tokens[position].capitalised:
        if tokens[position].surface.lower() in BUILDING_PARTS:
            return True
        if position + 1 >= len(tokens) or folded[tokens[position].end:tokens[position + 1].start] != " ":
            return False
        position += 1
    return False


# Head nouns of institutions: a capitalised run holding one names an office,
# whose other words ("Defense", "Homeland", "Public Security") are not people.
INSTITUTION_WORDS = frozenset("""
department council ministry bureau office commission agency committee administration institute university
party group command force forces service services board authority court congress senate parliament
""".split())
_OF_JOINERS = frozenset({"of", "the", "for"})


# A committee is named for what it does ("Working Group", "Consultative Group", "Contact Group"), a company
# or a force by a proper name ("Tata Group", "Mahindra Group", "Wagner Group"): the word before "Group" that
# ends as a common noun or adjective does, or is one of the committees' usual words, opens an institution.
_COMMON_NOUN_ENDING = re.compile(r"(?:ing|ive|ion|ment|ory|ary|al|ship|ance|ence|ity|ics)$")
_COMMITTEE_WORDS = frozenset({"contact", "response", "study", "task", "expert", "core", "action", "focus", "peer",
                              "support", "control", "friends", "steering", "liaison", "review", "trade", "policy"})


def _proper_before_group(tokens: list[Token], index: int) -> bool:
    """Whether the one capitalised word at `index`, right before "Group" and opening the name, is a proper
    name ("the Tata Group") rather than a committee's common word ("the Working Group")."""
    word = tokens[index].surface.lower()
    opens = index == 0 or not tokens[index - 1].capitalised or tokens[index - 1].stop
    return opens and word not in _COMMITTEE_WORDS and not _COMMON_NOUN_ENDING.search(word)


def in_institution_name(tokens: list[Token], index: int, folded: str) -> bool:
    """A word of "National Security Council" (capitalised words up to the head
    noun) or of "Department of Homeland Security" (after "<head noun> of")."""
    # Capitalised words joined by spaces, from this one on: is one a head noun?
    i = index
    while i < len(tokens):
        token = tokens[i]
        if not token.capitalised or i != index and folded[tokens[i - 1].end:token.start].strip(" '"):
            break
        if token.surface.lower() in INSTITUTION_WORDS:
            return not (token.surface.lower() == "group" and i == index + 1 and _proper_before_group(tokens, index))
        i += 1
    # Back through capitalised words and "of", "the", "for": "<head noun> of" before it?
    i = index - 1
    while i >= 0:
        token = tokens[i]
        if folded[token.end:tokens[i + 1].start].strip(" '"):
            break
        word = token.surface.lower()
        if not token.capitalised:
            if word in _OF_JOINERS:
                i -= 1
                continue
            break
        if word in INSTITUTION_WORDS and tokens[i + 1].surface.lower() == "of":
            return True
        i -= 1
    return False


_CLAUSE_MARK = re.compile(r"[,;:.()\"]")
# What ends a clause for certain; a comma may only set off an aside ("shall constrain, or otherwise
# prevent,").
_STRONG_CLAUSE_MARK = re.compile(r"[;:.()\"]")
_CLAUSE_JOINERS = frozenset({"but", "while", "although", "and"})
# Words that open a new clause: "will not stop working until every American ... is home" negates the stopping,
# not the Americans.
_CLAUSE_JOINERS |= {"until", "unless", "because", "before", "after", "when", "whenever", "who", "which", "whose",
                    "whom", "where", "so", "if"}


_NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely"})


@lru_cache(maxsize=1)
def negation_words() -> dict:
    """verifier/data/negation.json as parsed, read once."""
    return json.loads(resources.files("verifier").joinpath("data/negation.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def privative_keys() -> frozenset[str]:
    """Verbs of holding back or going without: a negation of one ("does not lack the capacity", "never wavered
    in its support", "did not fail to raise it") is a double negation that asserts what follows the verb."""
    return keys_of(negation_words()["privative"])


@lru_cache(maxsize=1)
def _filler_aside() -> re.Pattern:
    """A speaker's filler between two commas or dashes, which a negation reaches past ("we will not, you know,
    insist on it"): words that say nothing of what is denied."""
    return re.compile(r"\s*[,-]+\s*(?P<filler>" + "|".join(map(re.escape, negation_words()["fillers"]))
                      + r")\s*[,-]+\s*")


# Verbs of telling, after "have to" / "need to" in a rhetorical denial of the need to say something.
_TELLING = frozenset({"tell", "remind", "say", "explain"})
# Nouns of what would settle a question: denied ("no consensus for long-range weapons", "has not provided any
# evidence that the cars collect data"), they leave what they are about open, neither done nor denied; the
# negation reaches no further.
_SETTLING_NOUNS = frozenset({"evidence", "proof", "consensus", "indication", "indications"})
# "No question that it has been a factor", "without doubt": the cue affirms what follows, with certainty.
_CERTAINTY_NOUNS = frozenset({"question", "doubt", "doubts"})
# A quotation that opens inside the clause ("had not been "very clear and consistent"") is what the
# negation denies, in the speaker's words: its opening mark, right before its first word, ends nothing.
_OPENING_QUOTE = re.compile(r'\s+"')


# What opens a clause of its own after "and": a subject ("and the mayor thanked ...", "and Wang said ...").
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                              "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "there", "both"})


def _joins_the_predicate(tokens: list[Token], next_index: int, joiner: Token) -> bool:
    """Whether an "and" inside a negation's reach joins a second verb or object to what is negated
    ("will not get together on that topic and discuss anything"; "did not discuss trade and security")
    rather than opening a clause with a subject of its own."""
    if joiner.surface.lower() != "and" or next_index >= len(tokens):
        return False
    word = tokens[next_index].surface
    return word.lower() not in _SUBJECT_OPENERS and not word[:1].isupper()


def is_negation_cue(word: str) -> bool:
    """Whether a lower-cased word, its apostrophes straight, negates what follows it ("not", "don't")."""
    return word in NEGATION_CUES or word.endswith("n't")


def denied_words(tokens: list[Token]) -> list[str]:
    """The key of the word each negation cue denies, in order: the first content word after it within
    NEGATION_SCOPE that is not a light verb ("did not hold talks" denies the talks)."""
    denied = []
    for scope in negation_scopes(tokens):
        head = next((other for other in scope if not other.stop and not is_light(other.key)), None)
        if head is not None:
            denied.append(head.key)
    return denied


def negation_scopes(tokens: list[Token]) -> Iterator[list[Token]]:
    """The tokens each negation cue reaches, in order: the NEGATION_SCOPE tokens after it."""
    for index, token in enumerate(tokens):
        if is_negation_cue(fold(token.surface)) and not denies_nothing(tokens, index):
            yield tokens[index + 1:index + 1 + NEGATION_SCOPE]


# "No less than", "not more than", "no later than": a bound on a figure or a time, which denies nothing.
_COMPARED_BOUNDS = frozenset({"less", "fewer", "more", "later", "earlier", "sooner", "greater", "higher",
                              "lower"})


_DECLINING = frozenset({"declined", "declines", "declining"})
# What follows "declined" when it refuses something: "declined to comment", "declined the invitation",
# "declined comment". Anything else ("declined by 6 percent", "declined sharply", "declined to 4 percent",
# "declined in 2024", "a declining share") is a fall in an amount, which denies nothing.
_REFUSED_OBJECTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
                              "that", "these", "those", "any", "all", "comment", "requests", "invitations",
                              "offers"})


def _declined_as_refusal(after: list[str]) -> bool:
    """Whether the words after a "declined" (lower case) make it a refusal rather than a fall."""
    if after[:1] == ["to"]:
        following = after[1:2]
        return bool(following) and not following[0][:1].isdigit() and following[0] not in NUMBER_WORDS
    return bool(after) and after[0] in _REFUSED_OBJECTS


def denies_nothing(tokens: list[Token], index: int) -> bool:
    """Whether the negation cue at `index` is part of a set phrase that denies nothing: "whether or not we
    have a dialogue" asks both ways ("or not" never negates the words after it), "second to none" and "none
    other than" assert."""
    word = tokens[index].surface.lower()
    before = [token.surface.lower() for token in tokens[max(0, index - 2):index]]
    after = [token.surface.lower() for token in tokens[index + 1:index + 4]]
    if word == "none":
        return before == ["second", "to"] or after[:2] == ["other", "than"]
    if word == "no" and after[:1] == ["matter"]:
        return True  # "no matter whether it originates there" is "regardless of whether": it denies nothing
    if word == "not" and before[-1:] == ["or"]:
        return True
    if word in ("no", "not") and after[1:2] == ["than"] and after[0] in _COMPARED_BOUNDS:
        return True  # "no less than $10 million" is at least that much; "no later than May" is by then
    if word in ("no", "not") and after[:1] in (["less"], ["more"]) and after[2:3] == ["than"]:
        return True  # "terms no less favorable than those" are at least as favourable: a bound
    if word == "failed" and any(is_negation_cue(other.replace("\u2019", "'")) for other in before):
        return True  # "never failed to raise it" raised it: the failure is what is denied
    if word in _DECLINING and not _declined_as_refusal(after):
        return True  # "demand declined by 6 million tons", "a declining share": a fall, not a refusal
    if word == "rather" and after[:1] != ["than"]:
        # Only "rather than" sets aside what follows it: "a rather extensive note" is a fairly long one, and
        # "but rather because ..." or "Rather, ..." asserts what follows.
        return True
    return _not_until_a_time(tokens, index)


# What may stand between "until" and the time it names ("until the end of 2026", "until early next year").
_BEFORE_A_TIME = frozenset({"the", "early", "late", "mid", "end", "start", "beginning", "middle", "of"})
# Named times: a month or weekday ("until January"). Not "until next year": a relative time the record seldom
# words the same way, so a claim's "not expected until next year" stays a denial to the scorer.
_NAMED_TIMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


# Verbs of a state lasting through a time: "not ... until" a time denies that it lasts that long ("the truce will
# not remain in force until May"), where an onset ("will not take effect until May") is only put off to then.
_LASTING = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed", "continue", "continues",
                      "continued", "last", "lasts", "lasted"})


def _not_until_a_time(tokens: list[Token], index: int) -> bool:
    """Whether a negation is "not ... until" a time ("will not rise until 2026", "won't take effect until
    January"): what it negates happens then, which a record dating it to that time states, not denies.
    The time is a year, a month or a weekday; "will not stop working until every American is home" stays a
    denial."""
    word = tokens[index].surface.lower().replace("\u2019", "'")
    if not (word in ("not", "never") or word.endswith("n't")):
        return False
    reach = tokens[index + 1:index + 1 + T.NOT_UNTIL_REACH]
    for position, token in enumerate(reach):
        if token.surface.lower().split(" ")[0] in _LASTING:
            return False  # "will not remain in force until May" ends sooner: a denial of its lasting that long
        if token.surface.lower() == "until":
            after = [other.surface.lower() for other in reach[position + 1:]]
            time = next((other for other in after if other not in _BEFORE_A_TIME), "")
            return time in _NAMED_TIMES or _YEAR_WORD.fullmatch(time) is not None
    return False


def negated_keys(tokens: list[Token], folded: str, candidates: list[int]) -> frozenset[str]:
    """Keys in the scope of a negation cue; cues are looked for among the
    `candidates` (token indices, ascending), which hold every token that is one."""
    return frozenset(tokens[index].key for index in negated_positions(tokens, folded, candidates))


def negated_positions(tokens: list[Token], folded: str, candidates: list[int] | range) -> frozenset[int]:
    """The indices of the content tokens in the scope of a negation cue (`negated_keys`, by position)."""
    negated: set[int] = set()
    for index in candidates:
        token = tokens[index]
        # The surface is the original text: "don’t" with a curly apostrophe is a cue too.
        word = token.surface.lower().replace("\u2019", "'")
        if is_negation_cue(word):
            if denies_nothing(tokens, index):
                continue
            if index + 1 < len(tokens) and tokens[index + 1].surface.lower() in _NOT_ONLY:
                continue  # "not just a deal but an alliance" affirms the deal
            if word in ("rather", "instead") and index + 2 < len(tokens) \
                    and tokens[index + 1].surface.lower() in ("than", "of") \
                    and tokens[index + 2].surface.lower() in _NOT_ONLY:
                continue  # "act on its own rather than only responding": it responds, and acts too
            if word in ("no", "without") and index + 1 < len(tokens) \
                    and tokens[index + 1].surface.lower() in _CERTAINTY_NOUNS \
                    and not (index + 2 < len(tokens) and tokens[index + 2].surface.lower() == "of"):
                continue  # though "no question of a deal" rules the deal out
        elif word == PREVENTING_FROM:
            if not _prevented_from(tokens, index) or _prevention_denied(tokens, folded, index):
                continue
        else:
            continue
        counted = 0
        previous_end = token.end
        told = False
        for position, following in enumerate(tokens[index + 1:]):
            if following.start < previous_end:
                continue  # a word of the filler aside passed over below
            aside = _filler_aside().match(folded, previous_end)
            if aside and aside.start("filler") == following.start:
                # A speaker's filler set off by commas or dashes ("I don't think we will, you know, insist
                # on it"; "does not, I emphasize, seek conflict") interrupts the clause without ending it.
                previous_end = aside.end()
                continue
            if told and following.surface.lower() == "that":
                break
            if following.surface.lower() == PREVENTING_FROM and _prevented_from(tokens, index + 1 + position,
                                                                                after=index):
                # "Does not bar Jordan from imposing taxes": denying the holding back leaves the deed free,
                # so the negation ends with the verb of holding back and what follows "from" is asserted.
                break
            # "I don't think I have to tell anybody here that 100,000 people die": only the need to tell is
            # denied, and what is told is affirmed ("did not tell reporters that ..." stays a denial of both).
            told = told or (following.surface.lower() in _TELLING and tokens[index + position].surface.lower() == "to")
            # A negation reaches to the end of its clause, not across punctuation; a joiner right
            # after the cue ("not until", "not when") is what it negates, one after any word
            # ("not yet done and the mayor thanked ...") opens the next clause.
            if (position and following.surface.lower() in _CLAUSE_JOINERS
                    and not _joins_the_predicate(tokens, index + position + 2, following)
                    or _CLAUSE_MARK.search(folded, previous_end, following.start)
                    and not _OPENING_QUOTE.fullmatch(folded, previous_end, following.start)):
                break
            previous_end = following.end
            if "." in following.surface and folded.startswith(".", previous_end):
                previous_end += 1  # the full stop of "U.S." closes the initialism, not the clause
            if not following.stop:
                negated.add(index + 1 + position)
                counted += 1
                if counted >= NEGATION_SCOPE:
                    break
                if counted == 1 and following.key in privative_keys():
                    break  # "will not hesitate to take further steps": denying the holding back asserts the deed
                if following.surface.lower() in _SETTLING_NOUNS:
                    break
    return frozenset(negated)


def _prevented_from(tokens: list[Token], index: int, after: int = -1) -> bool:
    """Whether the "from" at `index` follows a verb of holding back ("keep competition from veering") or of
    sparing a burden ("exempting U.S. companies and originating goods from local content requirements")
    close enough to be its "from": what follows it is then not done. Only a verb after the token at `after`
    counts."""
    return _holding_back_verb(tokens, index, after) is not None


def _holding_back_verb(tokens: list[Token], index: int, after: int = -1) -> int | None:
    """The index of the verb of holding back or sparing whose "from" is at `index` (`_prevented_from`)."""
    for reach, verbs in ((PREVENTING_REACH, PREVENTING_VERBS), (T.EXEMPTION_REACH, EXEMPTING_VERBS)):
        for position in range(index - 1, max(after, index - reach - 2), -1):
            if tokens[position].surface.lower() in verbs:
                return position
    return None


def freeing_froms(tokens: list[Token], folded: str) -> list[int]:
    """Where each "from" of a denied verb of holding back starts ("does not bar Jordan from imposing"): what
    follows it is left free, and a negation before it reaches no further (`_prevention_denied`)."""
    return [token.start for index, token in enumerate(tokens)
            if token.surface.lower() == PREVENTING_FROM and _prevention_denied(tokens, folded, index)]


def _prevention_denied(tokens: list[Token], folded: str, index: int) -> bool:
    """Whether the verb of holding back whose "from" is at `index` is itself denied, in its own clause: "does
    not bar Jordan from imposing", "Nothing in this Agreement shall constrain, or otherwise prevent, a Party
    from imposing", "will not be deterred from standing with Ukraine". Two negations: the deed after "from"
    is left free, not denied. A clause mark other than a comma, or a word opening another clause, between
    the negation and the verb ends the negation's reach (T.DENIED_PREVENTION_REACH words at most)."""
    verb = _holding_back_verb(tokens, index)
    if verb is None:
        return False
    for position in range(verb - 1, max(-1, verb - T.DENIED_PREVENTION_REACH - 1), -1):
        token = tokens[position]
        word = token.surface.lower().replace("\u2019", "'")
        if word in _CLAUSE_JOINERS \
                or _STRONG_CLAUSE_MARK.search(folded, token.end, tokens[position + 1].start):
            return False
        # "Rather" and "instead" deny another deed, not a verb of holding back after them ("Instead, the rule
        # keeps firms from bidding").
        if is_negation_cue(word) and word not in ("rather", "instead") \
                and not denies_nothing(tokens, position):
            return True
    return False


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
            if match.group("money") or unit in _DOLLAR_UNITS:
                unit = "$"
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


# Verbs that make the name before them the speaker of what follows ("Xi said
# China is ready ...", "Savett called the move ...").
SPEECH_VERBS = frozenset("""
said says say told tells called calls call stressed stresses noted notes added adds urged urges recalled recalls
emphasized emphasised emphasizes emphasises underscored underscores reiterated reiterates warned warns described
describes declared declares stated states insisted insists argued argues pointed expressed expresses praised
welcomed hailed announced announces asked asks informed informs explained explains acknowledged acknowledges
remarked conceded replied replies answered answers responded responds
""".split())


def speaker_keys(analysis: Analysis) -> frozenset[str]:
    """Names the analysed text makes speakers: a name followed, within a few
    words, by a verb of saying."""
    return _speaker_keys_of(analysis.text)


# The double quotation marks, straight and curly, one definition for every module that reads where a quotation
# opens or closes. The single ones stay out: ’ is also the apostrophe ("Biden’s").
QUOTATION_MARKS = "\"“”"


@lru_cache(maxsize=20_000)
def _speaker_keys_of(text: str) -> frozenset[str]:
    analysis = analyze(text)
    speakers = set()
    for entity in analysis.entities:
        following = analysis.tokens[entity.index + 1:entity.index + 1 + T.SPEAKER_VERB_MAX_WORDS]
        verb = next((token for token in following if token.surface.lower() in SPEECH_VERBS), None)
        # A quotation mark between the name and the verb closes a quotation the name stands in: it is spoken to
        # or of ("grateful to you, Tamsin," Harris said), not the one speaking.
        if verb is not None and not set(QUOTATION_MARKS) & set(text[analysis.tokens[entity.index].end:verb.start]):
            speakers.add(entity.key)
    tokens = analysis.tokens
    speakers |= _speakers_after_quotation(analysis)
    opener = _opening_speaker(analysis)
    if opener is not None:
        speakers.add(opener)
    if len(tokens) > 1 and _first_word_may_be_name(tokens) and tokens[1].surface.lower() in SPEECH_VERBS \
            and not text[tokens[0].end:tokens[1].start].strip():
        # "Modi said ...": the sentence's first word, which no analysis calls a name when the lexicon does not
        # know it, is the speaker when the verb of saying follows it directly.
        speakers.add(tokens[0].key)
    return frozenset(speakers)


def _speakers_after_quotation(analysis: Analysis) -> set[str]:
    """The names right after a verb of saying that closes a quotation ("...," said Philippa Marsh; "...," said
    Foreign Minister Wang Yi): the attribution written after the words, titles and all."""
    tokens, text = analysis.tokens, analysis.text
    names = {entity.index: entity.key for entity in analysis.entities}
    found = set()
    for index in range(1, len(tokens) - 1):
        if tokens[index].surface.lower() not in SPEECH_VERBS \
                or not set(QUOTATION_MARKS) & set(text[tokens[index - 1].end:tokens[index].start]):
            continue
        position = index + 1
        while position < len(tokens) and tokens[position].capitalised and not tokens[position].stop:
            if position in names:
                found.add(names[position])
            if position + 1 >= len(tokens) or text[tokens[position].end:tokens[position + 1].start].strip():
                break
            position += 1
    return found


# Participles of saying a sentence's subject speaks through, after a comma ("Biden, too, dwelt on the threats,
# telling reporters ...", "The minister welcomed the deal, saying ...").
_SAYING_PARTICIPLES = frozenset({"saying", "telling", "adding", "noting", "stressing", "insisting",
                                 "declaring", "arguing", "explaining", "warning"})
# Third-person pronouns, which stand for a person named before: as subjects the sayer a sentence reads through
# them ("he said", rules/speakers), and with the objects any person a sentence names by pronoun (_opening_speaker).
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
_PERSONAL_PRONOUNS = THIRD_PERSON_SUBJECTS | {"him", "her", "them"}


def _opening_speaker(analysis: Analysis) -> str | None:
    """The name that opens the sentence (after its titles), when a participle of saying after a comma has it
    speak: "Biden, too, dwelt on the threats, telling reporters the allies faced ..." is Biden's saying."""
    tokens = analysis.tokens
    saying = next((index for index, token in enumerate(tokens) if index
                   and token.surface.lower() in _SAYING_PARTICIPLES
                   and analysis.text[tokens[index - 1].end:token.start].strip() == ","), None)
    if saying is None or not analysis.entities:
        return None
    first = analysis.entities[0]
    if first.kind not in ("person", "name") or first.index >= saying:
        return None
    # "Xi had been upset, he said, ..., adding": a verb of saying, or a person the sentence names by pronoun
    # ("because he did not know", once "he said" is read apart as the attribution), may be the one adding.
    if any(token.surface.lower() in SPEECH_VERBS or token.surface.lower() in _PERSONAL_PRONOUNS
           for token in tokens[first.index + 1:saying]):
        return None
    # Only titles (capitalised) and articles before it: the sentence's subject, not a name inside a phrase.
    if any(not (token.capitalised or token.stop) for token in tokens[:first.index]):
        return None
    return first.key


def _first_word_may_be_name(tokens: list[Token]) -> bool:
    """The sentence's first word may be a name the lexicon does not know ("Modi said", "Yoon, standing
    beside ..."): capitalised, as any first word is, but no stop word."""
    return tokens[0].capitalised and not tokens[0].stop


def sayer_keys(analysis: Analysis) -> frozenset[str]:
    """Who the analysed text says speaks: its speakers (speaker_keys), read past an aside between
    commas before the verb ("Yoon, standing beside Biden, said ...": Yoon, not Biden)."""
    openers, aside = _asides_before_speech(analysis)
    speakers = set(speaker_keys(analysis))
    if aside:
        inside = {entity.key for entity in analysis.entities if entity.index in aside}
        outside = {entity.key for entity in analysis.entities if entity.index not in aside}
        speakers = (speakers - (inside - outside)) | openers
    return frozenset(speakers)


# A verb that only spans the days it runs between ("the visit runs from Friday to Saturday", "talks that ran from
# Sunday through Tuesday"): the days are the point, and a record gives them as dates ("March 23-25").
_SPANNING_VERB = re.compile(r"\b(?P<verb>r(?:un|uns|an|unning)|last(?:s|ed|ing)?|stretch(?:es|ed|ing)?"
                            r"|span(?:s|ned|ning)?)\s+from\s+(?:[\w,.]+\s+){1,4}?(?:to|through|until|till)\b",
                            re.IGNORECASE)


def spanning_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the verbs that only span the days between "from" and "to" (_SPANNING_VERB), when the text
    uses them nowhere else."""
    starts = {match.start("verb") for match in _SPANNING_VERB.finditer(analysis.text)}
    if not starts:
        return frozenset()
    return _keys_only_at(analysis, _positions_starting_at(analysis, starts))


# A verb that only tells that something was said, followed by what was said ("Biden recalled that ...", "they
# stressed that ..."), and a verb that casts a thing as something ("framed the move as a step against ...",
# "billed as the largest ...", "credited Germany with being a leader"): the telling is the article's, and the
# record says the thing itself in its own line ("I was standing on the Senate floor ...", "Germany has been a
# leader"). Verbs that commit, ask, warn or deny are no mere telling: they stay the point.
_TELLING_STEMS = ("recall", "note", "stress", "emphasize", "emphasise", "underscore", "reiterate", "observe",
                  "highlight", "remark", "explain", "insist", "argue", "acknowledge", "state", "add", "declare")
_CASTING_STEMS = ("frame", "describe", "characterize", "characterise", "portray", "present", "bill", "tout",
                  "pitch", "credit", "cast")


def _forms_pattern(stems: tuple[str, ...]) -> str:
    """The verbs' forms as one alternation, the longest first: an article writes the telling in any of them
    ("notes", "noted", "noting")."""
    forms = sorted({form for stem in stems for form in _verb_forms(stem)}, key=len, reverse=True)
    return "|".join(forms)


_TELLING_VERB = re.compile(
    rf"\b(?P<verb>{_forms_pattern(_TELLING_STEMS)})\s+(?:that|how)\b"
    rf"|\b(?P<casting>{_forms_pattern(_CASTING_STEMS)})\s+(?:[\w'’-]+\s+){{0,5}}?(?:as|with)\s", re.IGNORECASE)


def telling_verb_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the verbs that only tell or cast what follows (_TELLING_VERB), when the text uses them
    nowhere else."""
    starts = {match.start("verb") if match.group("verb") else match.start("casting")
              for match in _TELLING_VERB.finditer(analysis.text)}
    if not starts:
        return frozenset()
    return _keys_only_at(analysis, _positions_starting_at(analysis, starts))


# A verb that only places what follows first in an occasion ("Biden opened by offering condolences", "Sunak began
# his remarks with a word on ..."): the order is the article's, and the record says the thing itself (a transcript's
# first line). After "by" a participle, after "with" an article: "opened a new trade front with Beijing" is the deed
# itself. Not the verbs of ending: "the meeting ended with a shared understanding" tells how the occasion went,
# which a record of another occasion's end would then contradict.
_OPENING_STEMS = ("open", "begin", "start")
_OPENING_VERB = re.compile(
    rf"\b(?P<verb>{_forms_pattern(_OPENING_STEMS)})\s+"
    rf"(?:(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){{0,{T.OPENING_OBJECT_MODIFIERS}}}?"
    rf"[\w'’-]+\s+)?(?:by\s+\w+ing|with\s+an?)\b", re.IGNORECASE)


def opening_verb_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the verbs that only place what follows first (_OPENING_VERB), when the text uses them
    nowhere else."""
    starts = {match.start("verb") for match in _OPENING_VERB.finditer(analysis.text)}
    if not starts:
        return frozenset()
    return _keys_only_at(analysis, _positions_starting_at(analysis, starts))


_SPEAKING_PARTICIPLES = frozenset({"speaking", "talking", "addressing", "answering", "responding", "replying",
                                   "writing", "testifying"})


def saying_aside_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of a participle's aside between a speaker and the verb of saying ("Marcos, welcoming her at the
    palace, said ...", "Johnson, laughing, said ..."), when the text uses them nowhere else: what the speaker was
    doing while saying it, not what was said, and the record's sentence of the saying seldom tells it."""
    _, aside = _asides_before_speech(analysis)
    if not aside:
        return frozenset()
    tokens = analysis.tokens
    inside: set[int] = set()
    for position in sorted(aside):
        opening = tokens[position].surface.lower()
        # "Xi, speaking through an interpreter, said": how he spoke is the saying's setting, which a transcript
        # records ("(as interpreted)") and the setting phrases weigh on their own.
        if position - 1 not in aside and opening.endswith("ing") and opening not in _SPEAKING_PARTICIPLES:
            run = position
            while run in aside:
                inside.add(run)
                run += 1
    return _keys_only_at(analysis, inside)


def _positions_starting_at(analysis: Analysis, starts: set[int]) -> set[int]:
    """The positions of the tokens that begin at one of the character offsets `starts`."""
    return {index for index, token in enumerate(analysis.tokens) if token.start in starts}


def _keys_only_at(analysis: Analysis, positions: set[int]) -> frozenset[str]:
    """The content words' keys at `positions` that no other word of the text has."""
    tokens = analysis.tokens
    elsewhere = {token.key for index, token in enumerate(tokens) if index not in positions and not token.stop}
    return frozenset(tokens[index].key for index in positions if not tokens[index].stop) - elsewhere


def _asides_before_speech(analysis: Analysis) -> tuple[set[str], set[int]]:
    """(speakers, aside positions) of the asides set between commas right before a verb of saying: the
    name before the aside is the speaker ("Yoon, standing beside Biden, said ...": Yoon), the names
    inside it are not (Biden, whom the verb follows, only stands beside the speaker)."""
    tokens, text = analysis.tokens, analysis.text
    names = {entity.index: entity.key for entity in analysis.entities}
    speakers: set[str] = set()
    aside: set[int] = set()
    for verb, token in enumerate(tokens):
        if verb < 2 or token.surface.lower() not in SPEECH_VERBS \
                or text[tokens[verb - 1].end:token.start].strip() != ",":
            continue
        for opening in range(verb - 1, max(0, verb - 1 - T.ASIDE_MAX_WORDS), -1):
            gap = text[tokens[opening - 1].end:tokens[opening].start]
            before = opening - 1
            # The name before it: a known one, or the sentence's capitalised first word, which no analysis
            # calls a name ("Yoon, standing beside ...").
            named = names.get(before) or (tokens[0].key if before == 0 and _first_word_may_be_name(tokens) else None)
            if gap.strip() == "," and named and not tokens[opening].capitalised:
                # The aside opens with a small word or a participle, not a name of a list ("Japan, Korea, said").
                speakers.add(named)
                aside.update(range(opening, verb))
                break
            if gap.strip():
                break
    return speakers, aside


@lru_cache(maxsize=1)
def _light_keys() -> frozenset[str]:
    return LIGHT_KEYS | {word_key(word) for word in LIGHT_WORDS}


def is_light(key: str, surface: str = "") -> bool:
    """A generic verb or event noun (see LIGHT_WORDS), or a manner adverb
    ("met quietly", "firmly rejected"): how it was done is seldom the point."""
    return key in _light_keys() or _is_manner_adverb(surface) or surface.lower() in _STAND_IN_NOUNS


# Words in -ly that are not manner adverbs.
_NOT_ADVERBS = frozenset("""
ally rally supply apply reply rely comply multiply family assembly italy july early only holy monopoly anomaly
deadly friendly unfriendly costly likely unlikely elderly lonely lovely orderly timely daily weekly monthly
yearly quarterly ugly bodily
""".split())


def _is_manner_adverb(surface: str) -> bool:
    word = surface.lower()
    return (len(word) >= 6 and word.endswith("ly") and word not in _NOT_ADVERBS and word.isalpha()
            and not surface[:1].isupper())


def search_words(key: str, analysis_surface: str) -> list[str]:
    """Plain words to ask the full-text index for one key: every variant of
    an alias group, or the word as written."""
    variants = lexicon().variants.get(key)
    if variants:
        return sorted({" ".join(re.findall(r"[a-z0-9]+", variant)) for variant in variants} - {""})
    # "month's" is searched as "month": a possessive is no part of the word.
    surface = re.sub(r"'s$", "", fold(analysis_surface).strip())
    words = re.findall(r"[a-z0-9]+", surface)
    american = [american_spelling(word) for word in words]
    if american != words:  # "defence" is searched as written and as the record writes it
        return [" ".join(words), " ".join(american)]
    if len(words) == 2 and "".join(words) in compounds().closed:
        # "cyber security", "non-proliferation" are searched as written and as the record writes them. (Not the
        # other way round: the query is made of single words, and "non" and "proliferation" as two more of
        # them would outweigh the claim's other words.)
        return [" ".join(words), "".join(words)]
    return [" ".join(words)]
