"""The lexicon read from verifier/data/aliases.json (`lexicon()`, built once per process): alias
groups and their variants, known names and their kind, titles, opposite actions, where cities and states lie,
which capital speaks for which government, and the inflections an alias group's base forms take.

Apart because it is data built from the keys alone, which the words, names and rules then look up. Named after
its file rather than `lexicon`, so that `verifier.normalize.lexicon` stays the function.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from verifier.normalize.keys import _WORD, _without_silent_e, fold, light_stem, word_key
from verifier.normalize.words import _CASE_SENSITIVE_VARIANTS, IRREGULAR_VERBS, STOPWORDS


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


# Irregular pasts that only a phrasal verb's particle tells from another word: "wound down" is "wind down",
# while "wound" alone is an injury, so IRREGULAR_VERBS (which keys every use) cannot hold it.
_PHRASAL_PASTS = {"wind": ("wound",)}


def _phrase_inflections(phrase: str) -> list[str]:
    """A phrasal verb in its regular forms: "scale back", "scales back",
    "scaled back", "scaling back" ("cut back": "cutting back"), and its irregular pasts ("wound down")."""
    verb, _, rest = phrase.partition(" ")
    return [f"{form} {rest}" for form in (*_verb_forms(verb), *_PHRASAL_PASTS.get(verb, ()))]
