"""One name swapped in a sentence that otherwise says the record's words.

The slot-by-context test of `verifier.rules.actors._substitutions` reads the few
words around each name; it misses a swap where a name's neighbours are other
names ("the presidents of Ukraine and Russia", "Mombasa, Nairobi, Kisumu and
Eldoret") or the lexicon knows neither name. Here the claim is aligned with
the record's sentence word by word (difflib over token keys, after aliases):
a short run of names in the claim that the record replaces with a short run of
other names, with matched words on one side and, on the other, matched words
or the edge of the clause, is one name swapped for another.

Pure functions of two analyses; no imports from the verdict rules.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from verifier import thresholds as T
from verifier.normalize import (
    INSTITUTION_WORDS,
    MONTHS,
    QUOTATION_MARKS,
    WEEKDAYS,
    Analysis,
    Entity,
    fold,
    in_institution_name,
    lexicon,
    name_heads,
    title_words,
)

ACTOR = "actor_mismatch"
PLACE = "place_mismatch"

# Prepositions after which a name is where something happens ("talks in Vienna", "a road to Malaba").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "to", "from", "between", "across", "through", "via"})
# Small words a name may carry in front of it on one side only ("the United States" / "Russia").
_LEADING_SMALL = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# Marks that end a clause: a name right before one is flanked by the clause's edge.
_CLAUSE_MARKS = frozenset(",;:.!?()—–" + QUOTATION_MARKS)
_KINDS_OF_ACTORS = frozenset({"person", "name", "country"})
_KINDS_OF_PLACES = frozenset({"place", "name", "country"})


def name_swaps(claim: Analysis, candidate: Analysis) -> list[tuple[str, frozenset[str]]]:
    """(reason, keys of the claim's name) for each run of names the candidate's
    sentence replaces with other names in the same place of the same wording. Proper names the analysis leaves
    out of its entities count here as names: aligned in the record's own wording, their place says they are one."""
    claim, candidate = with_unread_names(claim, candidate), with_unread_names(candidate, claim)
    # Cheap test first: a swap needs a name only the claim says and one only the candidate says.
    if not claim.entity_keys - candidate.keys or not candidate.entity_keys - claim.keys:
        return []
    # And enough of the claim's other words in the candidate at all for the aligned share below (the
    # alignment itself costs a hundred times more; most candidates stop here).
    said = candidate.keys
    content = [token.key for token in claim.tokens if not token.stop]
    unsaid_names = sum(1 for key in content if key in claim.entity_keys and key not in said)
    if sum(1 for key in content if key in said) < T.SWAP_MIN_ALIGNED_SHARE * (len(content) - unsaid_names):
        return []
    ours, theirs = [t.key for t in claim.tokens], [t.key for t in candidate.tokens]
    blocks = SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes()
    found: list[tuple[str, frozenset[str]]] = []
    for position, (tag, i1, i2, j1, j2) in enumerate(blocks):
        if tag != "replace":
            continue
        left = position > 0 and _anchors(claim, blocks[position - 1])
        right = position + 1 < len(blocks) and _anchors(claim, blocks[position + 1])
        pair = None
        if left:
            # Matched words before: the names open both replaced spans ("of Ukraine and [Russia]").
            pair = _leading_names(claim, i1, i2), _leading_names(candidate, j1, j2)
        if (pair is None or None in pair) and right and (i1 == 0 or left or _edge_before(claim, i1)) \
                and (j1 == 0 or left or _edge_before(candidate, j1)):
            # Matched words after, the clause's edge before: the names close both spans ("[Kishida] told reporters").
            pair = _trailing_names(claim, i1, i2), _trailing_names(candidate, j1, j2)
        if pair is None or None in pair:
            continue
        swap = _swap(claim, candidate, *pair)
        if swap is not None:
            found.append(swap)
    if found:
        # The rest of the claim must be the record's wording: most of its other content words matched
        # in order. Two sentences that share a verb and a name's neighbour are not one point.
        swapped = set().union(*(keys for _, keys in found))
        content = [token for token in claim.tokens if not token.stop and token.key not in swapped]
        matched = sum(1 for tag, i1, i2, _, _ in blocks if tag == "equal"
                      for token in claim.tokens[i1:i2] if not token.stop)
        if matched < T.SWAP_MIN_ALIGNED_SHARE * len(content):
            return []
    return found


def with_unread_names(analysis: Analysis, other: Analysis) -> Analysis:
    """The analysis with the proper names it does not read as entities added as unknown names: the words of an
    institution's name before its head ("the Domestic Policy Council", "the Department of Health"), which no
    person rule may read, and a name opening the sentence (`_opening_name`), capitalised as any first word is."""
    named = {entity.index for entity in analysis.entities}
    folded = fold(analysis.text)
    added = []
    for index, token in enumerate(analysis.tokens):
        if index in named or not token.capitalised or token.stop or token.key.startswith("="):
            continue
        word = fold(token.surface).rstrip(".")
        if word in INSTITUTION_WORDS or word in MONTHS or word in WEEKDAYS:
            continue  # the head says what kind of body, not which; a date is no name
        if index == 0 and word not in title_words() and _opening_name(analysis, other) \
                or index and in_institution_name(analysis.tokens, index, folded):
            added.append(Entity(token.key, "name", index, False))
    if not added:
        return analysis
    return replace(analysis, entities=sorted(analysis.entities + added, key=lambda entity: entity.index),
                   entity_keys=analysis.entity_keys | {entity.key for entity in added})


def _opening_name(analysis: Analysis, other: Analysis) -> bool:
    """Whether the sentence's first word is a name: an initialism ("BP", "IIE"); or, a lone singular word, where
    the other sentence opens with an initialism or a name the lexicon knows ("Shell plans to invest" / "BP plans
    to invest"). Plural first words name a group ("Officials", "Leaders"); a first word running on into a name
    ("Wang Wenbin") is its given name, which the swap reading already lets open a name."""
    if _opens_with_initialism(analysis):
        return True
    tokens = analysis.tokens
    lone = len(tokens) < 2 or not any(entity.index == 1 for entity in analysis.entities) \
        or analysis.text[tokens[0].end:tokens[1].start] != " "
    return lone and not fold(tokens[0].surface).endswith("s") and (
        _opens_with_initialism(other) or any(entity.index == 0 for entity in other.entities))


def _opens_with_initialism(analysis: Analysis) -> bool:
    first = analysis.tokens[0].surface
    return len(first) >= 2 and first.isalpha() and first.isupper()


# Words between two names that leave their order free: "Biden and Xi", "Modi's meeting with Biden", "Biden
# met with Xi" say the same with the names the other way round.
_SYMMETRIC_WORDS = frozenset({"and", "or", "with", "between", "met", "meet", "meets", "meeting", "spoke", "speak",
                              "talk", "talks", "talked", "call", "called", "held", "hold", "together", "both", "joint"})
_SMALL_WORDS = frozenset({"the", "a", "an", "of", "s", "'s", "’s", "his", "her", "their", "its"})
# Kinds of names whose places in a sentence say who did what, or where.
_EXCHANGED_KINDS = frozenset({"person", "name", "country", "agency", "place"})


def exchanged_names(claim: Analysis, record: Analysis) -> frozenset[str]:
    """The keys of two names the claim gives in each other's places in the record's own wording ("Norway
    praised Chile's plan to buy the patrol boats" / "Chile praised Norway's plan to buy the patrol
    boats"; "the Ford in the eastern Mediterranean, with the Eisenhower on the way" the other way
    round): each named once in the claim, both in the record in the other order, and the claim, with the two
    exchanged back, following the record's wording closely and much more closely than as written. Names
    joined only by "and", "with" or a meeting ("Biden met with Xi"), or listed, may come in either order, and a name
    after "by" (a passive: "was welcomed by Biden") does what the sentence tells; empty when none."""
    found = _exchanged(claim, record)
    return found[0] if found else frozenset()


def exchanged_pair(claim: Analysis, record: Analysis) -> tuple[str, str] | None:
    """The keys of the two names of `exchanged_names`, in the claim's order; None when none."""
    found = _exchanged(claim, record)
    return found[1] if found else None


def tells_the_pair_otherwise(record: Analysis, pair: tuple[str, str]) -> bool:
    """Whether `record` names both names of the pair and not in this order with words between them that say who
    does what to whom: the other way round, or only joined or listed ("The United States and India commit to
    address ..."), which tells nobody's role. A sentence naming one of them (a speaker's "we") is not read so."""
    keys = [token.key for token in record.tokens]
    first, second = pair
    if first not in keys or second not in keys:
        return False
    left = keys.index(first)
    right = next((index for index in range(left + 1, len(keys)) if keys[index] == second), None)
    if right is None:
        return True
    named = {entity.index for entity in record.entities}
    return all(fold(token.surface).rstrip(".") in _SYMMETRIC_WORDS | _SMALL_WORDS or index in named
               for index, token in enumerate(record.tokens[left + 1:right], start=left + 1))


def _exchanged(claim: Analysis, record: Analysis) -> tuple[frozenset[str], tuple[str, str]] | None:
    ours_keys = [token.key for token in claim.tokens]
    theirs_keys = [token.key for token in record.tokens]
    names = sorted({entity.key for entity in claim.entities if entity.kind in _EXCHANGED_KINDS
                    and ours_keys.count(entity.key) == 1 and entity.key in theirs_keys
                    and not _office_before_a_name(claim, entity)})
    if len(names) < 2 or _after_by(claim, names) or _after_by(record, names):
        return None
    titles = title_words()
    named = {entity.index for entity in claim.entities if not _office_before_a_name(claim, entity)}
    theirs = [token.key for token in record.tokens if not token.stop]
    ours = [token.key for token in claim.tokens if not token.stop]
    written = None
    for position, first in enumerate(names):
        for second in names[position + 1:]:
            left, right = sorted((ours_keys.index(first), ours_keys.index(second)))
            if (ours_keys[left] == first) == (theirs_keys.index(first) < theirs_keys.index(second)):
                continue  # the record has them in the claim's order
            if all(fold(token.surface).rstrip(".") in _SYMMETRIC_WORDS | _SMALL_WORDS | titles or index in named
                   for index, token in enumerate(claim.tokens[left + 1:right], start=left + 1)):
                continue  # joined, or listed with other names between: "Arlow, Benvik, Corrin and Tavish"
            first_run, second_run = _name_run_keys(claim, first, named), _name_run_keys(claim, second, named)
            if second in first_run:
                continue  # two words of one name ("Marshall Islands")
            if written is None:
                written = _share_in_order(ours, theirs)
            exchanged = _share_in_order(_with_runs_exchanged(ours, first_run, second_run), theirs)
            if exchanged >= T.EXCHANGE_MIN_ALIGNED_SHARE and exchanged - written >= T.EXCHANGE_MIN_GAIN:
                # A word both names share ("USS Eisenhower" / "USS Ford") is no part of the swap.
                return (frozenset(first_run) ^ frozenset(second_run) | {first, second},
                        (claim.tokens[left].key, claim.tokens[right].key))
    return None


def _office_before_a_name(analysis: Analysis, entity: Entity) -> bool:
    """Whether a department's name is the title of the person named right after it ("Secretary of State Antony
    Blinken"): the person is the party, and the office no name of its own to exchange."""
    following = entity.index + 1
    return entity.kind == "agency" and following < len(analysis.tokens) \
        and analysis.tokens[following].capitalised and not analysis.tokens[following].stop \
        and not analysis.text[analysis.tokens[entity.index].end:analysis.tokens[following].start].strip()


def _name_run_keys(analysis: Analysis, key: str, named: set[int]) -> tuple[str, ...]:
    """The keys of the whole name a name's word is part of: the named words next to it with nothing but space
    between ("Marshall Islands"), in order; the word's own key alone when it stands by itself."""
    tokens = analysis.tokens
    index = next(position for position, token in enumerate(tokens) if token.key == key)
    first = last = index
    while first - 1 in named and not analysis.text[tokens[first - 1].end:tokens[first].start].strip():
        first -= 1
    while last + 1 in named and not analysis.text[tokens[last].end:tokens[last + 1].start].strip():
        last += 1
    return tuple(token.key for token in tokens[first:last + 1] if not token.stop)


def _with_runs_exchanged(keys: list[str], one: tuple[str, ...], other: tuple[str, ...]) -> list[str]:
    """`keys` with the whole name `one` written where `other` stands and `other` where `one` stands: a name of
    several words ("the Marshall Islands") is exchanged whole for a name of one ("Micronesia")."""
    result: list[str] = []
    position = 0
    while position < len(keys):
        for run, replacement in ((one, other), (other, one)):
            if run and tuple(keys[position:position + len(run)]) == run:
                result.extend(replacement)
                position += len(run)
                break
        else:
            result.append(keys[position])
            position += 1
    return result


def _after_by(analysis: Analysis, names: list[str]) -> bool:
    """Whether one of the names comes right after "by" (past a title and the name's other words: "welcomed by
    President Biden", "signed by Secretary of State Antony Blinken")."""
    tokens = analysis.tokens
    titles = title_words()
    for index, token in enumerate(tokens):
        if token.key in names:
            before = index - 1
            while before >= 0 and (fold(tokens[before].surface).rstrip(".") in titles
                                   or fold(tokens[before].surface) in ("the", "u.s", "u.s.")
                                   or tokens[before].capitalised and not tokens[before].stop
                                   or fold(tokens[before].surface) == "of" and before > 0
                                   and tokens[before - 1].capitalised):
                before -= 1
            if before >= 0 and fold(tokens[before].surface) == "by":
                return True
    return False


def _share_in_order(ours: list[str], theirs: list[str]) -> float:
    if not ours:
        return 0.0
    blocks = SequenceMatcher(None, ours, theirs, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(ours)


def aligned_share(claim: Analysis, record: Analysis) -> float:
    """The share of the claim's content words the record's sentence says in the claim's order
    (difflib over token keys, after aliases): how closely a sentence follows the claim's own
    wording, where coverage counts its words in any order and place."""
    ours = [token.key for token in claim.tokens if not token.stop]
    if not ours:
        return 0.0
    theirs = [token.key for token in record.tokens if not token.stop]
    blocks = SequenceMatcher(None, ours, theirs, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(ours)


def _anchors(claim: Analysis, block: tuple[str, int, int, int, int]) -> bool:
    """A matched block holding at least one word that is not a small word: "the" alone anchors nothing."""
    tag, i1, i2, _, _ = block
    return tag == "equal" and any(not token.stop for token in claim.tokens[i1:i2])


def _edge_before(analysis: Analysis, index: int) -> bool:
    """A mark ends a clause right before token `index` ("..., Xi told him")."""
    between = analysis.text[analysis.tokens[index - 1].end:analysis.tokens[index].start]
    return any(mark in _CLAUSE_MARKS for mark in between)


def _entity_at(analysis: Analysis) -> dict[int, Entity]:
    return {entity.index: entity for entity in analysis.entities}


def _is_name(analysis: Analysis, entities: dict[int, Entity], index: int) -> bool:
    """A name token, not an office ("President", "Vice"): an office on both sides says nothing of who."""
    word = analysis.tokens[index].surface.lower().rstrip(".")
    return index in entities and word not in title_words()


def _leading_names(analysis: Analysis, start: int, end: int) -> tuple[int, int] | None:
    """The run of names that opens tokens[start:end], past small words and offices ("the Presidents of"
    is not a name; "the United States" is); None when the span opens with another word."""
    entities = _entity_at(analysis)
    index = start
    while index < end and (analysis.tokens[index].surface.lower() in _LEADING_SMALL
                           or index in entities and not _is_name(analysis, entities, index)):
        index += 1
    first = index
    while index < end and _is_name(analysis, entities, index):
        index += 1
    return (first, index) if index > first and index - first <= T.SWAP_MAX_NAME_TOKENS else None


def _trailing_names(analysis: Analysis, start: int, end: int) -> tuple[int, int] | None:
    """The run of names that closes tokens[start:end], with nothing but small words and offices before
    it in the span ("Prime Minister [Kishida]"); None otherwise."""
    entities = _entity_at(analysis)
    index = end
    while index > start and _is_name(analysis, entities, index - 1):
        index -= 1
    if index == end or end - index > T.SWAP_MAX_NAME_TOKENS:
        return None
    # Before the run only small words, offices, and the sentence's capitalised first word (a given name
    # no analysis calls a name: "Maria Sullivan opened ...").
    if any(not (token.stop or position in entities or position == 0 and token.capitalised)
           for position, token in enumerate(analysis.tokens[start:index], start)):
        return None
    return index, end


# A country's formal name, "(Democratic) Republic of (the) X": the press names it by its X alone.
_REPUBLIC_OF = re.compile(r"republic_of_(?:the_)?(?P<short>[a-z]+)$")


def republic_named_short(entity: Entity, other: Analysis) -> bool:
    """Whether an unknown name is what the other side's republic is called for short ("Congo" for "the
    Democratic Republic of the Congo", however that side writes it: "the DRC"): the same country, not another
    place. Only a republic's "of" name: "Guinea" is no short name of Papua New Guinea."""
    if entity.kind != "name":
        return False
    return any(found is not None and found.group("short") == entity.key
               for found in (_REPUBLIC_OF.search(named.key) for named in other.entities if named.kind == "country"))


# The endings of the plural names of a place's people ("Gazans", "Palestinians", "Israelis", "Afghans",
# "Icelanders"; rules/actors.DEMONYM_ENDINGS are a country adjective's): what is left before one is how the place's
# own name begins.
_PEOPLE_ENDINGS = ("ians", "ans", "ns", "is", "ese", "ers", "s")
_PEOPLE_STEM_LETTERS = 4
_PLAIN_WORD = re.compile(r"[A-Za-z][\w'’]*")


def people_of_a_place_named(surface: str, text: str) -> bool:
    """Whether `surface` names the people of a place `text` names ("Gazans" against "Palestinians in Gaza",
    "Floridians" against "in Florida"): the lexicon knows the peoples of countries, not of every territory,
    region or city, and an unknown people read as a name is no other party than the place's."""
    if not surface[:1].isupper():
        return False
    stems = {surface[:-len(ending)] for ending in _PEOPLE_ENDINGS if surface.endswith(ending)}
    stems = {stem for stem in stems if len(stem) >= _PEOPLE_STEM_LETTERS}
    return bool(stems) and any(word != surface and word[:1].isupper() and word.startswith(tuple(stems))
                               for word in _PLAIN_WORD.findall(text))


def _swap(claim: Analysis, candidate: Analysis, ours: tuple[int, int], theirs: tuple[int, int]
          ) -> tuple[str, frozenset[str]] | None:
    """The reason a run of the claim's names and a run of the candidate's are another actor or place,
    or None when they may well be the same (a city and its country, a name and its short form, a name
    either sentence also states elsewhere)."""
    our_keys = frozenset(token.key for token in claim.tokens[ours[0]:ours[1]])
    their_keys = frozenset(token.key for token in candidate.tokens[theirs[0]:theirs[1]])
    if our_keys & candidate.keys or their_keys & claim.keys:
        return None  # one name said on both sides ("Kamala Harris" / "Vice President Harris"), or a reordering
    our_words = [claim.tokens[i].surface for i in range(*ours)]
    their_words = [candidate.tokens[j].surface for j in range(*theirs)]
    if _named_in_a_department(our_words, candidate):
        return None  # "Agriculture" / "the U.S. Department of Agriculture": the record names the department
    if any(short_form(mine, other) for mine in our_words for other in their_words):
        return None  # "Jen" for "Jennifer"
    if any(people_of_a_place_named(word, candidate.text) for word in our_words) \
            or any(people_of_a_place_named(word, claim.text) for word in their_words):
        return None  # "Gazans" / "Palestinians in Gaza": the place's people
    if _initials_of(our_words, their_words) or _initials_of(their_words, our_words):
        return None  # "UN" for "United Nations"
    within = lexicon().within
    if any(within.get(key, frozenset()) & their_keys for key in our_keys) or \
            any(within.get(key, frozenset()) & our_keys for key in their_keys):
        return None  # "Washington" for "the United States", "Woodside" for "California": the same side
    our_entities, their_entities = _entity_at(claim), _entity_at(candidate)
    if any(i in our_entities and republic_named_short(our_entities[i], candidate) for i in range(*ours)) or any(
            j in their_entities and republic_named_short(their_entities[j], claim) for j in range(*theirs)):
        return None  # "Congo" / "the DRC": the republic named for short
    # A capital that acts is its country (normalize reads its government): "Riyadh's commitment" / "Jordan has".
    our_kinds = {"country" if our_entities[i].government else our_entities[i].kind for i in range(*ours)}
    their_kinds = {"country" if their_entities[j].government else their_entities[j].kind for j in range(*theirs)}
    # The whole names the swapped words belong to: the alignment may have matched their last word
    # ("West [Sea]" / "Korea Bay [Sea]").
    our_name, their_name = _whole_name(claim, ours), _whole_name(candidate, theirs)
    our_words = _words_of([claim.tokens[i].surface for i in range(*our_name)])
    their_words = _words_of([candidate.tokens[j].surface for j in range(*their_name)])
    shared = our_words & their_words
    heads, directions = name_heads()
    shared_keys = _keys(claim, our_name) & _keys(candidate, their_name)
    if shared and shared <= heads and not our_words - heads <= directions and not their_words - heads <= directions:
        # "Caspian Sea" / "Black Sea": a head many names share tells no name, unless a direction alone tells
        # one apart ("West Sea", Korean for the Yellow Sea): the words that tell them apart must agree.
        shared, shared_keys = set(), shared_keys - heads
    if shared_keys:
        return None
    if shared and not (
            shared <= _person_words(claim, our_name) | _person_words(candidate, their_name)):
        # Names that share a word ("East Sea" / "South China Sea", "Antony Blinken" / "Anthony Blinken")
        # may be two spellings of one name; only a family name the analysis gave two people ("Maria
        # Sullivan" / "Jake Sullivan", normalize._another_bearer) leaves them two.
        return None
    rest = _keys(claim, our_name) - our_keys
    if rest and rest <= candidate.entity_keys and not rest & _keys(candidate, their_name):
        # The rest of the claim's name is a name the record states elsewhere in the sentence ("Gina
        # Raimondo" / "Deputy Secretary Sherman; Secretary Raimondo"): the record names the claim's
        # person; the word it does not say is their given name, aligned with a neighbour in a list.
        return None
    if "event" in our_kinds | their_kinds:
        return None  # another occasion is the occasion detectors' business
    our_place = "place" in our_kinds or our_kinds <= _KINDS_OF_PLACES and _placed(claim, ours[0])
    their_place = "place" in their_kinds or their_kinds <= _KINDS_OF_PLACES and _placed(candidate, theirs[0])
    if our_place and their_place or our_place and _listed_lone_name(candidate, theirs) \
            or their_place and _listed_lone_name(claim, ours):
        # Where one side puts a place, a lone unknown word on the other fills the same slot ("join Arlow
        # and Dunmere" / "between Arlow and Tavish"); a person's name ("Gene Sperling") does not.
        return PLACE, our_keys
    if our_place or their_place:
        return None
    if our_kinds <= _KINDS_OF_ACTORS and their_kinds <= _KINDS_OF_ACTORS \
            and ("country" in our_kinds) == ("country" in their_kinds):
        # A person for a country ("Biden" / "the United States") is as often the same side speaking.
        return ACTOR, our_keys
    return None


def _keys(analysis: Analysis, run: tuple[int, int]) -> set[str]:
    return {token.key for token in analysis.tokens[run[0]:run[1]]}


def _listed_lone_name(analysis: Analysis, run: tuple[int, int]) -> bool:
    """One word the lexicon does not know in a list of names ("Benvik and Dunmere"), no office before
    it: a place as readily as a person, where the other side lists places."""
    first, last = run
    entities = _entity_at(analysis)
    if last - first != 1 or entities[first].kind != "name" or analysis.tokens[first].surface.isupper():
        return False  # an acronym ("HHS") is an agency
    if not (first >= 2 and first - 2 in entities and analysis.tokens[first - 1].surface.lower() in ("and", "or")
            or first >= 1 and first - 1 in entities
            and "," in analysis.text[analysis.tokens[first - 1].end:analysis.tokens[first].start]):
        return False
    if not first or not analysis.tokens[first - 1].capitalised:
        return True
    # The lexicon's titles hold small words too ("and", "the"): only a capitalised one is an office.
    previous = analysis.tokens[first - 1].surface.lower().rstrip(".")
    return previous not in title_words()


def _placed(analysis: Analysis, index: int) -> bool:
    """A name where a place goes: after a place preposition ("a corridor to Malaba"), or one of a list
    whose head is ("between Mombasa, Nairobi and Malaba")."""
    entities = _entity_at(analysis)
    position = index
    while True:
        previous = analysis.tokens[position - 1].surface.lower() if position else ""
        if previous in _PLACE_PREPOSITIONS:
            return True
        if previous in _LEADING_SMALL and position >= 2:
            position -= 1
            continue
        # Back over the list: a comma or "and" between two names.
        before = position - 1
        if before >= 0 and previous in ("and", "or") and before - 1 in entities:
            position = before - 1
        elif before in entities and "," in analysis.text[analysis.tokens[before].end:analysis.tokens[position].start]:
            position = before
        else:
            return False
        while position - 1 in entities and not analysis.text[analysis.tokens[position - 1].end:
                                                               analysis.tokens[position].start].strip():
            position -= 1  # to the first word of a name of several ("New York")


def _whole_name(analysis: Analysis, run: tuple[int, int]) -> tuple[int, int]:
    """The run widened over the name words written next to it, one space apart."""
    entities = _entity_at(analysis)
    first, last = run

    def spaced(left: int) -> bool:
        return not analysis.text[analysis.tokens[left].end:analysis.tokens[left + 1].start].strip()
    while first > 0 and _is_name(analysis, entities, first - 1) and spaced(first - 1):
        first -= 1
    while last < len(analysis.tokens) and _is_name(analysis, entities, last) and spaced(last - 1):
        last += 1
    return first, last


def _person_words(analysis: Analysis, run: tuple[int, int]) -> set[str]:
    """The written words of the known people's names in a run."""
    entities = _entity_at(analysis)
    return _words_of([analysis.tokens[i].surface for i in range(*run) if entities[i].kind == "person"])


def _named_in_a_department(words: list[str], record: Analysis) -> bool:
    """Whether the record names a department whose written name holds every one of the words ("Agriculture"
    in "the U.S. Department of Agriculture", "Homeland Security" in "the Department of Homeland Security"):
    a list of departments names each by its head word alone, which the lexicon does not read as the
    department."""
    ours = _words_of(words)
    entities = _entity_at(record)
    return any(" " in token.surface and entities[index].kind == "agency"
               and ours <= _words_of([token.surface])
               for index, token in enumerate(record.tokens) if index in entities)


def _words_of(surfaces: list[str]) -> set[str]:
    """The written words of a run of names, a known name of several words ("South China Sea") split."""
    return {word.lower().removesuffix("'s").removesuffix("’s") for surface in surfaces for word in surface.split()}


def _initials_of(short: list[str], long: list[str]) -> bool:
    """One written word that is the first letters of the other's words ("UN", "United Nations")."""
    return len(short) == 1 and len(long) > 1 and short[0].upper() == "".join(word[0] for word in long).upper()


def short_form(mine: str, other: str) -> bool:
    """One name is the other's short form, a nickname or a truncation ("Jen" for "Jennifer"), whatever their case."""
    shorter, longer = sorted((mine.lower(), other.lower()), key=len)
    return len(shorter) >= T.SHORT_FORM_MIN_LETTERS and longer.startswith(shorter)
