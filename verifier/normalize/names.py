"""Names and where they stand in a sentence: `Entity` and the names found among the tokens, a
capital that stands for its government, a name inside a building's or an institution's name, lists of
departments, the titles and offices before a person's name, the generic heads of places' and bodies' names
(verifier/data/name_heads.json), and another bearer of a known family name.

Apart because the actor, party and place rules read these helpers as well as the analysis.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from verifier.normalize.aliases import Lexicon, alias_data, lexicon
from verifier.normalize.keys import _NUMBER, fold
from verifier.normalize.tokens import Token, _plain_word
from verifier.normalize.words import MONTHS


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    kind: str  # person, country, place, event, agency (a government department), name (an unknown proper name)
    index: int  # token index
    after_preposition: bool  # "in Bangkok", "at Woodside"
    # The key of the country whose government a capital stands for where it is a party, not a place
    # ("Moscow's activities", "talks with Tokyo", "Bern and Vaduz intend to ..."); None otherwise.
    government: str | None = None


# Prepositions before where something is, happens, goes or comes from ("in Bangkok", "to Beijing", "during the
# Bangkok talks"), and the determiners that may stand between one and the name ("at the Woodside summit").
_LOCATING_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "inside", "outside", "across", "over", "during"})
_DETERMINERS_BEFORE_A_NAME = frozenset({"the", "their", "this", "that", "its", "his", "her"})


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


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b")
# A stop, colon, semicolon or quotation mark that closes the span searched (white space may follow it): the word
# after the span opens a sentence, a clause or a quotation. Not a sentence's end alone, as rules/conflicts'
# _SENTENCE_STOP is.
_BREAK_AT_END = re.compile(r"[.!?:;\"]\s*$")
# A comma and the mark that closes a quotation before the word ('..., the cold faces of war," Andersson says'):
# the sentence goes on, and the capitalised word after it is whoever is said to have spoken.
_QUOTATION_CLOSED_AFTER_A_COMMA = re.compile(r",\s*\"\s*$")
# A currency's letters before a dollar sign: written onto it ("C$", "A$", "US$", "HK$") or an ISO code set apart
# from it ("CAD $6.96 billion"). Capitals, yet no name of a party: the money is counted in that country's dollars.
_CURRENCY_LETTERS = re.compile(r"[A-Z]{1,3}")
_CURRENCY_MARK = re.compile(r"\$|(?<=[a-z]{3}) \$")
# A pronoun's contraction ("I'm", "I've", "We're"): capitalised, yet no one's name.
_PRONOUN_CONTRACTION = re.compile(r"(?:i|we|you|they|he|she|it|that|there|let)['’](?:m|ve|ll|d|re|s)")


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
                    or _BREAK_AT_END.search(folded, tokens[index - 1].end, token.start)
                    and not _QUOTATION_CLOSED_AFTER_A_COMMA.search(folded, tokens[index - 1].end, token.start)):
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
