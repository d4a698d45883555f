"""`analyze`: a text to its `Analysis` (tokens, content keys, names, negated keys; its dates and
counts on first use), cached; and `analyze_joined`, a window of record sentences made from their own analyses
where no rule reads from one into the next (`_apart`).

Apart because it is where the lower modules are put together, and what the rest of the engine calls.
"""

from __future__ import annotations

import atexit
import gc
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from verifier import thresholds as T
from verifier.normalize.aliases import Lexicon, lexicon
from verifier.normalize.keys import american_spelling, derivational_bases, fold, light_stem
from verifier.normalize.names import (
    _BREAK_AT_END,
    _DETERMINERS_BEFORE_A_NAME,
    _LOCATING_PREPOSITIONS,
    PERSON_OFFICES,
    Entity,
    _another_bearer,
    _another_family_member,
    _department_lists,
    _entities,
    _rekey_previous,
)
from verifier.normalize.negation import (
    _CLAUSE_MARK,
    _HOLDING_BACK_VERBS,
    PREVENTING_FROM,
    PREVENTING_REACH,
    is_negation_cue,
    negated_keys,
)
from verifier.normalize.quantities import Quantity, Times, _times_and_numbers
from verifier.normalize.tokens import Token, _known_phrase, _plain_word, _words
from verifier.normalize.words import _CASE_SENSITIVE_VARIANTS, SOURCE_KEY, STOPWORDS


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


# The key of the alias group of a phone call (verifier/data/aliases.json), by which the rules name the occasion.
PHONE_CALL_KEY = "=phone_call"
# "Call" that gives something a name, no phone call: "in what Oslo and Santiago call their partnership",
# "what both sides call a 'new era'". After "what" and a subject in the same clause, the verb takes the thing
# named; a noun "call" has a determiner or a preposition before it ("what was said on the call").
_WHAT_AND_A_SUBJECT = re.compile(r"\bwhat\s+(?:[^\s.!?;:,\"]+\s+){1,6}$")
_THING_NAMED = re.compile(r"\s+(?:their|its|his|her|our|the|a|an|it|them|this|these)\b|\s*[\"']|\s+[A-Z]")
_BEFORE_A_NOUN = _DETERMINERS_BEFORE_A_NAME | _LOCATING_PREPOSITIONS | {"a", "an", "on", "phone", "telephone"}


def _calls_by_a_name(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the word "call" at `start` is the verb of naming ("what X and Y call their partnership")."""
    before = _WHAT_AND_A_SUBJECT.search(folded, 0, start)
    return bool(before) and folded[:start].split()[-1] not in _BEFORE_A_NOUN and bool(_THING_NAMED.match(text, end))


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


# "unchanged", "unacceptable": not "underlined", "undermined" (under-), nor
# verbs whose un- is no negation ("unveiled a plan", "unleashed").
_UN_PREFIXED = re.compile(r"un(?!der|veil|leash|earth|ravel|lock|fold)([a-z]{4,}(?:ed|able|ful|ive))$")
