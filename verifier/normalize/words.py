"""The word lists the whole analysis shares: month and weekday names, number, ordinal and scale words,
seasons, courtesy titles, stop words, irregular verb forms, the small acronyms that are ordinary words in lower
case, and the key of a record's source.

Apart because they are data, not reading: every module of the package and many verdict rules read them, and
they import nothing, so anything may import them.
"""

from __future__ import annotations

from collections.abc import Callable

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
# The months' names as a pattern's alternatives, lower case (a pattern over written text takes re.IGNORECASE):
# every date pattern of the engine writes its months with this.
MONTH_NAMES = "|".join(MONTHS)
# "May" is as often the verb ("They may meet in the spring"): a pattern that reads it apart writes the others with
# this, and the month only where its case or the words around it tell it.
MONTH_NAMES_BUT_MAY = "|".join(month for month in MONTHS if month != "may")
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

# Who published something ("the White House", "the embassy"): never part of what is compared.
SOURCE_KEY = "=record_source"
# Small acronyms that are ordinary words in lower case ("us", "ai").
_CASE_SENSITIVE_VARIANTS = frozenset({"us", "ai", "prc", "rok", "usa", "dprk", "uk", "un", "au", "eu"})
