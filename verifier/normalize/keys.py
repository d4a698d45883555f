"""From a word to the key it is compared by: folding (case, quotes, dashes and accents, one character
for one, so offsets stay exact), British to American spelling, the light stem and the seven-letter key, the bases
a derived word comes from, `keys_of` for the rules' own word lists, and which keys are light (generic verbs and
event nouns, manner adverbs: `is_light`).

Apart because it is the one place a key is made: claims, record sentences and the rules' word lists all go
through it. It reads no data file and knows no alias.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from verifier.normalize.words import IRREGULAR_VERBS

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                       "‚": "'", "‛": "'", "`": "'", "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-",
                       "‑": "-", "\u00a0": " ", "\u2060": " ", "\u200b": " "})
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[a-z0-9]+(?:['.\-][a-z0-9]+)*")
_OXFORD_COMMA = re.compile(r",(\s+(?:and|or)\s)")
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


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
