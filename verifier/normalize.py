"""Turning a sentence into what the engine compares: keys, names, numbers, dates, negation.

Claims and record sentences go through the same `analyze`, so a synonym or
alias (verifier/data/aliases.json) folds both sides to one key. A key is a
lower-cased word cut to a light stem (plurals, -ing, -ed, then seven letters),
or "=canonical" for an alias group or a known name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12, "a dozen": 12, "single": 1, "both": 2, "twice": 2,
}
# Ordinals count too ("the second scheduling action" vs "the third"); they are
# compared only with ordinals ("third action" is not "three actions").
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
}
ORDINAL_UNIT_PREFIX = "#"
SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})

STOPWORDS = frozenset("""
a an the and or but nor of to in on at for with by from as into onto over under about than then so such
is are was were be been being am do does did doing done have has had having will would shall should can
could may might must it its it's itself he him his she her hers they them their theirs we our ours you
your i me my this that these those there here which who whom whose what when where why how also too very
just only even still yet already again further more most other some any each every all both either
one's own same s t not no never if while because since until although though whether up out off
said says say told tell according reported report reports added add noted mr mrs ms dr
called calling describe described describes termed characterized characterised labeled labelled dubbed
after before during latest recent recently next last coming past upcoming following
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weekend
rather however meanwhile moreover furthermore indeed instead nonetheless nevertheless likewise
""".split())
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
}

# Generic verbs and event nouns: they carry little of a claim's point ("hold
# talks", "take steps"), so they weigh LIGHT_WEIGHT of their rarity.
LIGHT_WORDS = frozenset("""
hold held holding make made take took taken give gave have get got go went come came put set keep kept lead led
work worked working continue continued seek sought plan planned aim aimed want try tried help need use used
include included including see saw seen look bring brought move moved begin began start started
issue issues matter matters thing things way ways effort efforts step steps area areas part
""".split())
LIGHT_KEYS = frozenset({"=talks"})

# Who published something ("the White House", "the embassy"): never part of what is compared.
SOURCE_KEY = "=record_source"

# Words that flip the polarity of the words that follow them.
NEGATION_CUES = frozenset({"not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing",
                           "cannot", "refused", "declined", "failed", "instead", "rather"})
NEGATION_SCOPE = 5  # content words after a cue that it negates
# Small acronyms that are ordinary words in lower case ("us", "ai").
_CASE_SENSITIVE_VARIANTS = frozenset({"us", "ai", "prc", "rok", "usa", "dprk", "uk"})

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                       "‚": "'", "‛": "'", "`": "'", "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-",
                       "‑": "-", "\u00a0": " ", "\u2060": " ", "\u200b": " "})
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[a-z0-9]+(?:['.\-][a-z0-9]+)*")
_OXFORD_COMMA = re.compile(r",(\s+(?:and|or)\s)")
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


@dataclass(frozen=True, slots=True)
class Token:
    key: str
    surface: str  # as written, original case
    start: int  # offsets into the analysed text
    end: int
    stop: bool
    capitalised: bool


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    kind: str  # person, country, place, event, name (an unknown proper name)
    index: int  # token index
    after_preposition: bool  # "in Bangkok", "at Woodside"


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # key of the counted noun ("day", "peopl"), "" when none


@dataclass(slots=True)
class Analysis:
    """Everything the scorer and the verdict rules read from one text."""

    text: str
    tokens: list[Token]
    keys: frozenset[str]  # content keys
    surfaces: dict[str, str]  # key -> first surface form
    entities: list[Entity]
    quantities: list[Quantity] = field(default_factory=list)
    days: frozenset[tuple[int, int]] = frozenset()  # (month, day) named
    months: frozenset[int] = frozenset()  # months named without a day
    years: frozenset[int] = frozenset()
    relative: frozenset[tuple[str, str]] = frozenset()  # ("future"|"past", "week"|"month"|...)
    seasons: frozenset[str] = frozenset()
    negated: frozenset[str] = frozenset()  # content keys inside a negation's scope
    has_past_reference: bool = False  # "last year", "in 2022", "previously"
    entity_keys: frozenset[str] = frozenset()
    # Content other than names: what is said to have happened.
    predicate_keys: frozenset[str] = frozenset()


# ------------------------------------------------------------------ data


@dataclass(frozen=True)
class Lexicon:
    canonical: dict[str, str]  # variant, as `_lookup_form` writes it -> key
    longest_from: dict[str, int]  # first word of a variant -> words in the longest variant it starts
    entity_kind: dict[str, str]  # key -> kind
    titles: frozenset[str]
    opposites: dict[str, frozenset[str]]  # key -> keys of opposite actions
    variants: dict[str, tuple[str, ...]]  # key -> variants, for searching the index
    located_in: dict[str, str]  # key of a city -> key of its country


def _lookup_form(phrase: str) -> str:
    words = []
    for word in _WORD.findall(phrase):
        words.append(word[:-2] if word.endswith("'s") else word)
    return " ".join(words)


def _key_of_phrase(phrase: str) -> str:
    return "=" + phrase.replace(" ", "_")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(resources.files("verifier").joinpath("data/aliases.json").read_text(encoding="utf-8"))
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
    opposites: dict[str, set[str]] = {}
    for left, right in data["opposites"]:
        left_key = canonical.get(fold(left)) or word_key(left)
        right_key = canonical.get(fold(right)) or word_key(right)
        opposites.setdefault(left_key, set()).add(right_key)
        opposites.setdefault(right_key, set()).add(left_key)
    lookup = {_lookup_form(phrase): key for phrase, key in canonical.items()}
    longest_from: dict[str, int] = {}
    for phrase in lookup:
        words = phrase.split()
        longest_from[words[0]] = max(longest_from.get(words[0], 0), len(words))
    located_in = {canonical.get(fold(city), _key_of_phrase(fold(city))): canonical.get(fold(country),
                                                                                     _key_of_phrase(fold(country)))
                  for city, country in data["located_in"].items()}
    return Lexicon(lookup, longest_from, entity_kind, frozenset(fold(t) for t in data["titles"]),
                   {k: frozenset(v) for k, v in opposites.items()},
                   {k: tuple(v) for k, v in variants.items()}, located_in)


# ------------------------------------------------------------------ folding


def fold(text: str) -> str:
    """Case, curly quotes, dashes and odd spaces folded, one character for one,
    so offsets into the folded text are offsets into the original."""
    return text.translate(_FOLD).lower()


def fold_for_quotes(text: str) -> str:
    """The comparison form for quotations: folded case, quotes and dashes, no
    Oxford comma, collapsed spaces, no quote marks at the edges."""
    folded = _OXFORD_COMMA.sub(r"\1", text.translate(_FOLD).lower())
    folded = _SPACES.sub(" ", folded.replace('"', "'")).strip()
    return folded.strip(" '.,;:!?")


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Light stem of one lower-case word, cut to seven letters."""
    if word.endswith("'s"):
        word = word[:-2]
    if _NUMBER.match(word):
        return word.replace(",", "")
    word = IRREGULAR_VERBS.get(word, word)
    if _ORDINAL.match(word):
        return word[:-2]
    word = word.replace(".", "")
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    return word[:7]


# ------------------------------------------------------------------ analysis

_DATE = re.compile(
    r"\b(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|to|and|through)\s*(?:(?P<month2>january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?\b")
_DAY_OF_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<month>january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b")
_MONTH_ONLY = re.compile(
    r"\b(?:in|by|since|until|during|through|before|after|early|late|mid|from|last|next|this)[\s-]+"
    r"(?P<month>january|february|march|april|june|july|august|september|october|november|december|may)"
    r"(?!\s+\d)(?:,?\s+(?P<year>\d{4}))?\b")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_RELATIVE = re.compile(
    r"\b(?P<direction>coming|next|following|upcoming|past|last|recent|previous|preceding)\s+"
    r"(?:(?:few|several|couple\s+of|\w+)\s+)?(?P<unit>day|week|month|year|decade)s?\b")
_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\b")
_PAST_REFERENCE = re.compile(r"\b(?:last\s+(?:year|month|spring|summer|fall|autumn|winter)|previously|"
                             r"in\s+(?:19|20)\d\d|years?\s+ago|earlier\s+this\s+year|since\s+(?:19|20)\d\d)\b")
_QUANTITY = re.compile(
    r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
    r"(?P<ordinal>st|nd|rd|th)?(?:\s+(?P<scale>thousand|million|billion|trillion))?(?:\s*(?P<percent>%|percent|per cent))?"
    r"(?:[\s-]+(?P<unit>[a-z]+))?")
_FUTURE = frozenset({"coming", "next", "following", "upcoming"})
_NOT_UNITS = frozenset({"of", "and", "or", "to", "the", "a", "in", "on", "at", "for", "by", "with", "from"})
_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "inside", "outside", "across", "over", "during"})
_DETERMINERS = frozenset({"the", "their", "this", "that", "its", "his", "her"})


def analyze(text: str) -> Analysis:
    return _analyze(text)


@lru_cache(maxsize=200_000)
def _analyze(text: str) -> Analysis:
    lex = lexicon()
    folded = fold(text)
    words = _words(folded, lex)
    tokens: list[Token] = []
    self_negated: set[str] = set()
    index = 0
    while index < len(words):
        longest = lex.longest_from.get(words[index][2], 0)
        for size in range(min(longest, len(words) - index), 0, -1):
            phrase = " ".join(word for _, _, word in words[index:index + size])
            key = lex.canonical.get(phrase)
            if key is None and size > 1 and phrase.endswith("s") and lex.canonical.get(phrase[:-1]) in lex.entity_kind:
                # A name's plural is a spelling variant ("Taiwan Straits"); a
                # common noun's is not ("phone calls" in general is not "the call").
                key = lex.canonical.get(phrase[:-1])
            if key is None or size > 1 and not _contiguous(folded, words[index:index + size]):
                continue
            start, end = words[index][0], words[index + size - 1][1]
            if phrase in _CASE_SENSITIVE_VARIANTS and not text[start:start + len(phrase)].isupper():
                continue
            tokens.append(Token(key, text[start:end], start, end, stop=phrase in STOPWORDS or key == SOURCE_KEY,
                                capitalised=text[start:start + 1].isupper()))
            index += size
            break
        else:
            start, end, word = words[index]
            key, stop = _plain_word(word)
            negated_word = _UN_PREFIXED.match(word)
            if negated_word:
                # "unchanged" is "changed", negated: compared like "not changed"
                key, stop = _plain_word(negated_word.group(1))
                self_negated.add(key)
            if key:
                tokens.append(Token(key, text[start:end], start, end, stop=stop,
                                    capitalised=text[start:start + 1].isupper()))
            index += 1

    keys = frozenset(token.key for token in tokens if not token.stop)
    surfaces: dict[str, str] = {}
    for token in tokens:
        if not token.stop:
            surfaces.setdefault(token.key, token.surface)
    analysis = Analysis(text=text, tokens=tokens, keys=keys, surfaces=surfaces, entities=_entities(tokens, lex, folded))
    _times_and_numbers(folded, analysis)
    analysis.negated = _negated_keys(tokens, folded) | self_negated
    analysis.entity_keys = frozenset(entity.key for entity in analysis.entities)
    analysis.predicate_keys = keys - analysis.entity_keys
    return analysis


@lru_cache(maxsize=200_000)
def _plain_word(word: str) -> tuple[str, bool]:
    key = str(NUMBER_WORDS[word]) if word in NUMBER_WORDS else word_key(word)
    return key, word in STOPWORDS or key in STOPWORDS or word.endswith("n't")


def _words(folded: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, lookup form) of each word: possessive 's dropped; a
    hyphenated or dotted word the lexicon does not know split into its parts
    ("U.S.-China" → "u.s", "china"; "end.Next" → "end", "next")."""
    words: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(folded):
        word, start = match.group(0), match.start()
        if word.endswith("'s"):
            word = word[:-2]
        if not word:
            continue
        if "-" not in word and "." not in word:
            words.append((start, match.end(), word))
            continue
        if ("-" in word or "." in word) and word not in lex.canonical and not _NUMBER.match(word):
            offset = start
            for piece in word.split("-"):
                if piece in lex.canonical or _INITIALISM.fullmatch(piece) or "." not in piece:
                    if piece:
                        words.append((offset, offset + len(piece), piece))
                else:
                    inner = offset
                    for part in piece.split("."):
                        if part:
                            words.append((inner, inner + len(part), part))
                        inner += len(part) + 1
                offset += len(piece) + 1
            continue
        words.append((start, start + len(word), word))
    return words


def _contiguous(folded: str, words: list[tuple[int, int, str]]) -> bool:
    """A phrase's words may be separated by spaces, not by punctuation."""
    return all(not folded[left[1]:right[0]].strip(" '") for left, right in zip(words, words[1:], strict=False))


_UN_PREFIXED = re.compile(r"un([a-z]{4,}(?:ed|able|ful|ive))$")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b")
_SENTENCE_END = re.compile(r"[.!?:;\"]\s*$")


def _entities(tokens: list[Token], lex: Lexicon, folded: str) -> list[Entity]:
    entities: list[Entity] = []
    for index, token in enumerate(tokens):
        kind = lex.entity_kind.get(token.key)
        if kind is None:
            # An unknown capitalised word, not the first of the sentence nor a title: a name.
            if (not token.capitalised or token.stop or index == 0
                    or _SENTENCE_END.search(folded[tokens[index - 1].end:token.start]) or token.key.startswith("=")
                    or token.surface.lower() in lex.titles or _NUMBER.match(token.key)
                    or token.surface.lower() in MONTHS or token.surface.isupper() and len(token.surface) > 5):
                continue
            if _in_institution_name(tokens, index, folded):
                continue  # "National Security Council", "Department of Defense": an office, not a person
            kind = "name"
        # "in Bangkok", and "during the Bangkok talks", "at the Woodside summit"
        before = [t.surface.lower() for t in tokens[max(0, index - 2):index]]
        after_preposition = bool(before) and (before[-1] in _PREPOSITIONS or len(before) == 2
                                              and before[-1] in _DETERMINERS and before[0] in _PREPOSITIONS)
        entities.append(Entity(token.key, kind, index, after_preposition))
    return _share_prepositions(entities, tokens, folded)


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
            shared[position] = Entity(current.key, current.kind, current.index, True)
    return shared


# Head nouns of institutions: a capitalised run holding one names an office,
# whose other words ("Defense", "Homeland", "Public Security") are not people.
INSTITUTION_WORDS = frozenset("""
department council ministry bureau office commission agency committee administration institute university
party group command force forces service services board authority court congress senate parliament
""".split())
_OF_JOINERS = frozenset({"of", "the", "for"})


def _in_institution_name(tokens: list[Token], index: int, folded: str) -> bool:
    """A word of "National Security Council" (capitalised words up to the head
    noun) or of "Department of Homeland Security" (after "<head noun> of")."""
    def joined(left: int, right: int) -> bool:
        return not folded[tokens[left].end:tokens[right].start].strip(" '")

    def is_head(i: int) -> bool:
        return tokens[i].capitalised and tokens[i].surface.lower() in INSTITUTION_WORDS

    i = index
    while i < len(tokens) and tokens[i].capitalised and (i == index or joined(i - 1, i)):
        if is_head(i):
            return True
        i += 1
    i = index - 1
    while i >= 0 and joined(i, i + 1) and (tokens[i].capitalised or tokens[i].surface.lower() in _OF_JOINERS):
        if is_head(i) and i + 1 < len(tokens) and tokens[i + 1].surface.lower() == "of":
            return True
        i -= 1
    return False


def _negated_keys(tokens: list[Token], folded: str) -> frozenset[str]:
    negated: set[str] = set()
    for index, token in enumerate(tokens):
        word = token.surface.lower()
        if word in NEGATION_CUES or word.endswith("n't"):
            counted = 0
            previous_end = token.end
            for following in tokens[index + 1:]:
                # A negation reaches to the end of its clause, not across punctuation.
                if (following.surface.lower() in {"but", "while", "although", "and"} and counted
                        or any(mark in folded[previous_end:following.start] for mark in ",;:.()\"")):
                    break
                previous_end = following.end
                if not following.stop:
                    negated.add(following.key)
                    counted += 1
                    if counted >= NEGATION_SCOPE:
                        break
    return frozenset(negated)


def _month_number(name: str) -> int:
    return MONTHS.get(name) or _MONTH_ABBREVIATIONS[name[:4] if name == "sept" else name[:3]]


def _times_and_numbers(folded: str, analysis: Analysis) -> None:
    days: set[tuple[int, int]] = set()
    months: set[int] = set()
    date_spans: list[tuple[int, int]] = []
    quantities: list[Quantity] = []
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
                quantities.append(Quantity(float(day2 - day + 1), "day"))
                continue
            days.add((month2, day2))
        days.add((month, day))
    for match in _DAY_OF_MONTH.finditer(folded):
        date_spans.append(match.span())
        days.add((_month_number(match.group("month")), int(match.group("day"))))
    for match in _MONTH_ONLY.finditer(folded):
        if not any(start <= match.start("month") < end for start, end in date_spans):
            months.add(_month_number(match.group("month")))
    years = {int(year) for year in _YEAR.findall(folded)}
    relative = {("future" if m.group("direction") in _FUTURE else "past", m.group("unit"))
                for m in _RELATIVE.finditer(folded)}
    seasons = {"fall" if s == "autumn" else s for s in _SEASON.findall(folded)}
    for match in _QUANTITY.finditer(folded):
        if any(start <= match.start() < end for start, end in date_spans):
            continue
        number = match.group("number")
        if number.isdigit() and len(number) == 4 and 1950 <= int(number) <= 2099 and not match.group("scale"):
            continue  # a year
        ordinal = bool(match.group("ordinal")) or number in ORDINAL_WORDS
        if number[0].isdigit():
            value = float(number.replace(",", ""))
        else:
            value = float(ORDINAL_WORDS[number] if number in ORDINAL_WORDS else NUMBER_WORDS[number])
        if match.group("scale"):
            value *= SCALE_WORDS[match.group("scale")]
        unit = "percent" if match.group("percent") else (match.group("unit") or "")
        if unit in _NOT_UNITS or unit in MONTHS:
            unit = ""
        if number in {"one", "single", "both"} and not unit:
            continue  # "one of", "both sides": not a count worth comparing
        if ordinal and not unit:
            continue  # "first, ..." / "the second" alone: nothing counted
        unit = word_key(unit) if unit and unit != "percent" else unit
        quantities.append(Quantity(value, ORDINAL_UNIT_PREFIX + unit if ordinal else unit))
    analysis.quantities = quantities
    analysis.days = frozenset(days)
    analysis.months = frozenset(months)
    analysis.years = frozenset(years)
    analysis.relative = frozenset(relative)
    analysis.seasons = frozenset(seasons)
    analysis.has_past_reference = bool(_PAST_REFERENCE.search(folded))


# Verbs that make the name before them the speaker of what follows ("Xi said
# China is ready ...", "Savett called the move ...").
SPEECH_VERBS = frozenset("""
said says say told tells called calls call stressed stresses noted notes added adds urged urges recalled recalls
emphasized emphasised emphasizes emphasises underscored underscores reiterated reiterates warned warns described
describes declared declares stated states insisted insists argued argues pointed expressed expresses praised
welcomed hailed announced announces asked asks
""".split())
_SPEAKER_REACH = 3


def speaker_keys(analysis: Analysis) -> frozenset[str]:
    """Names the analysed text makes speakers: a name followed, within a few
    words, by a verb of saying."""
    return _speaker_keys_of(analysis.text)


@lru_cache(maxsize=20_000)
def _speaker_keys_of(text: str) -> frozenset[str]:
    analysis = analyze(text)
    speakers = set()
    for entity in analysis.entities:
        following = analysis.tokens[entity.index + 1:entity.index + 1 + _SPEAKER_REACH]
        if any(token.surface.lower() in SPEECH_VERBS for token in following):
            speakers.add(entity.key)
    return frozenset(speakers)


@lru_cache(maxsize=1)
def _light_keys() -> frozenset[str]:
    return LIGHT_KEYS | {word_key(word) for word in LIGHT_WORDS}


def is_light(key: str, surface: str = "") -> bool:
    """A generic verb or event noun (see LIGHT_WORDS), or a manner adverb
    ("met quietly", "firmly rejected"): how it was done is seldom the point."""
    return key in _light_keys() or _is_manner_adverb(surface)


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
    return [" ".join(re.findall(r"[a-z0-9]+", surface))]
