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

The package, lowest first (a module imports only from those above it in this list):
  words       shared word lists: months, weekdays, numbers, ordinals, stop words, irregular verbs
  keys        folding, American spelling, light stems and keys, derivational bases, light keys
  aliases     the lexicon of verifier/data/aliases.json (`lexicon()`)
  quantities  dates, periods and counts (`Times`, `Quantity`)
  tokens      the word split, closed compounds, known phrases (`Token`), the words to search the index for
  negation    what a negation reaches and denies
  names       names and their place in a sentence (`Entity`), name heads, titles and offices
  analysis    `analyze`, `analyze_joined` and the `Analysis` they give
  speakers    who speaks in an analysed text, and the verbs that frame what is said

Every name the rest of the code uses is imported here: import from `verifier.normalize`, not from a module of
the package. (A test that swaps a module's global swaps it in that module: `normalize.quantities._DIGIT`.)
"""

from __future__ import annotations

from verifier.normalize.aliases import alias_data, lexicon
from verifier.normalize.analysis import PHONE_CALL_KEY, Analysis, _apart, analyze, analyze_joined
from verifier.normalize.keys import (
    _FOLD,
    _UNACCENTED,
    derivational_bases,
    fold,
    fold_for_quotes,
    has_whole_phrase,
    is_light,
    keys_of,
    light_stem,
    word_key,
)
from verifier.normalize.names import (
    BUILDING_PARTS,
    CLAUSE_CONJUNCTION,
    INSTITUTION_WORDS,
    PARTY_PREPOSITIONS,
    PERSON_OFFICES,
    PERSON_TITLES,
    RECIPIENT_PREPOSITION,
    Entity,
    body_heads,
    governing_position,
    in_building_name,
    in_institution_name,
    name_heads,
    owned_or_seated,
    place_heads,
    possessive,
    title_words,
)
from verifier.normalize.negation import (
    NEGATION_SCOPE,
    PREVENTING_REACH,
    PREVENTING_VERBS,
    denied_words,
    freeing_froms,
    is_negation_cue,
    negated_keys,
    negated_positions,
    negation_scopes,
    negation_words,
    privative_keys,
    stance_keys,
)
from verifier.normalize.quantities import (
    GENERIC_ORDINAL_UNITS,
    MINUTE_UNIT,
    PARTY_NOUNS,
    TIME_UNIT_KEYS,
    Quantity,
    _times_and_numbers,
)
from verifier.normalize.speakers import (
    QUOTATION_MARKS,
    SPEECH_VERBS,
    THIRD_PERSON_SUBJECTS,
    opening_verb_keys,
    sayer_keys,
    saying_aside_keys,
    spanning_keys,
    speaker_keys,
    telling_verb_keys,
)
from verifier.normalize.tokens import Token, _words, is_month_key, search_words
from verifier.normalize.words import (
    HONORIFICS,
    IRREGULAR_VERBS,
    MONTH_NAMES,
    MONTH_NAMES_BUT_MAY,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_UNIT_DIVIDER,
    ORDINAL_UNIT_PREFIX,
    ORDINAL_WORDS,
    SCALE_WORDS,
    SMALL_COUNT,
    SOURCE_KEY,
    STOPWORDS,
    WEEKDAYS,
    honorifics_pattern,
    small_count_value,
)

__all__ = [
    "HONORIFICS", "IRREGULAR_VERBS", "MONTH_NAMES", "MONTH_NAMES_BUT_MAY", "MONTHS", "NUMBER_WORDS", "ORDINAL_UNIT_DIVIDER",
    "ORDINAL_UNIT_PREFIX", "ORDINAL_WORDS", "SCALE_WORDS", "SMALL_COUNT", "SOURCE_KEY", "STOPWORDS", "WEEKDAYS",
    "honorifics_pattern", "small_count_value",
    "_FOLD", "_UNACCENTED", "derivational_bases", "fold", "fold_for_quotes", "has_whole_phrase", "is_light",
    "keys_of", "light_stem", "word_key",
    "alias_data", "lexicon",
    "GENERIC_ORDINAL_UNITS", "MINUTE_UNIT", "PARTY_NOUNS", "Quantity", "TIME_UNIT_KEYS", "_times_and_numbers",
    "Token", "_words", "is_month_key", "search_words",
    "NEGATION_SCOPE", "PREVENTING_REACH", "PREVENTING_VERBS", "denied_words", "freeing_froms", "is_negation_cue",
    "negated_keys", "negated_positions", "negation_scopes", "negation_words", "privative_keys", "stance_keys",
    "BUILDING_PARTS", "CLAUSE_CONJUNCTION", "Entity", "INSTITUTION_WORDS", "PARTY_PREPOSITIONS", "PERSON_OFFICES",
    "PERSON_TITLES", "RECIPIENT_PREPOSITION", "body_heads", "governing_position", "in_building_name",
    "in_institution_name", "name_heads", "owned_or_seated", "place_heads", "possessive", "title_words",
    "Analysis", "PHONE_CALL_KEY", "_apart", "analyze", "analyze_joined",
    "QUOTATION_MARKS", "SPEECH_VERBS", "THIRD_PERSON_SUBJECTS", "opening_verb_keys", "sayer_keys",
    "saying_aside_keys", "spanning_keys", "speaker_keys", "telling_verb_keys",
]
