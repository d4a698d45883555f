"""Who is named (actor_mismatch, place_mismatch): a person, country or place standing in another's slot,
roles swapped around a directed verb ("X thanked Y"), and the names that are only context.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from verifier import thresholds as T
from verifier.alignment import people_of_a_place_named, republic_named_short, short_form
from verifier.memo import per_check
from verifier.normalize import (
    HONORIFICS,
    MONTHS,
    PERSON_OFFICES,
    PERSON_TITLES,
    RECIPIENT_PREPOSITION,
    SPEECH_VERBS,
    STOPWORDS,
    WEEKDAYS,
    Analysis,
    Entity,
    Token,
    analyze,
    fold,
    governing_position,
    has_whole_phrase,
    in_building_name,
    is_month_key,
    keys_of,
    lexicon,
    name_heads,
    place_heads,
    possessive,
    title_words,
    word_key,
)
from verifier.offices import NamedOffice, cabinet_offices_named, holder_family_names
from verifier.rules.codes import ACTOR_MISMATCH, EVENT_MISMATCH, PLACE_MISMATCH

# An unknown capitalised word ("name") may be a person, or a capitalised noun
# ("Working Group"): it stands in only for people and other unknown names.
_COMPATIBLE_KINDS = {
    "person": {"person", "name"}, "country": {"country"}, "place": {"place", "country"},
    "event": {"event"}, "name": {"person", "name"}, "agency": {"agency"},
}


# Verbs one party does to another ("the envoy thanked the minister"): who does it is part of the point.
# "welcome": "the United States welcomed Australia's decision" is not "Australia welcomed the U.S. decision".
_DIRECTED_VERBS = keys_of(["thank", "=invite", "=urge", "praise", "commend", "=warn", "congratulate", "criticize",
                           "accuse", "welcome"])
# Adverbs news and readouts put between a doer and the deed ("Biden also thanked", "the minister warmly
# welcomed"): read past them to the doer.
_DEED_ADVERBS = frozenset({
    "also", "again", "further", "then", "later", "once", "personally", "warmly", "strongly", "publicly",
    "jointly", "repeatedly", "specifically", "particularly", "especially", "likewise", "similarly",
    "separately", "subsequently", "previously", "earlier"})
# Short words a subject or object phrase may hold: articles, and the honorifics news prose puts
# before a family name ("the king thanked Mr. Trump").
_PHRASE_STOPS = frozenset({"the", "a", "an"}) | HONORIFICS


def _roles(analysis: Analysis, verb: str) -> list[tuple[frozenset[str], frozenset[str], bool]]:
    """(subject, object, named) of each use of the verb: the keys of the words right before and right after
    it ("President Trump | thanked | the king"), with the words both share (a title such as "President") left
    out, and whether any word names a doer at all (a title alone does: "The President thanked President
    Al-Sisi" has a doer, though "President" is all its subject says and the object says it too)."""
    tokens, text = analysis.tokens, analysis.text
    uses = []
    for index, token in enumerate(tokens):
        if token.key != verb:
            continue
        phrases = []
        for step in (-1, 1):
            keys: set[str] = set()
            counted = 0
            position, edge = index + step, token
            if step < 0:
                # "President Biden also thanked Prime Minister Ardern": an adverb between the doer and the
                # deed is neither; the doer is the name before it.
                while position > 0 and fold(tokens[position].surface) in _DEED_ADVERBS \
                        and not text[tokens[position].end:edge.start].strip():
                    position, edge = position - 1, tokens[position]
            if step < 0 and _relative_pronoun_before(analysis, index):
                # "It was Lula who invited Biden", "Biden, who invited Lula, ...": the name "who" stands for
                # does it. The pronoun's own edge is moved to its antecedent's end: a comma before "who" ends
                # no phrase.
                position, edge = index - 2, tokens[index - 1]._replace(start=tokens[index - 2].end)
            while 0 <= position < len(tokens) and counted < T.ROLE_PHRASE_WORDS:
                other = tokens[position]
                gap = text[other.end:edge.start] if step < 0 else text[edge.end:other.start]
                honorific = other if step < 0 else edge  # the word the gap follows: "Mr. Trump"
                # A hyphen inside a name ("President Al-Sisi") joins its particle to the family name.
                hyphened = gap == "-" and fold((edge if step > 0 else other).surface) in _NAME_PARTICLES
                if (gap.strip() and not hyphened
                        and not (gap.strip() == "." and fold(honorific.surface) in HONORIFICS)) \
                        or (other.stop and fold(other.surface) not in _PHRASE_STOPS):
                    break
                if not other.stop and fold(other.surface) not in _NAME_PARTICLES:
                    keys.add(other.key)
                    # An office's capitalised words ("thanked National Security Advisor Cho") are the name's
                    # title: the phrase reads on to the name itself, which is who receives or does the deed.
                    if not _is_title_word(other):
                        counted += 1
                position, edge = position + step, other
            if step < 0 and not keys and index and (fold(tokens[index - 1].surface) == "and"
                                                    or text[tokens[index - 1].end:token.start].strip() == ","):
                # "King Abdullah congratulated President Trump ..., and thanked the President": the second
                # verb of the sentence shares its subject, the name that opens the sentence. So does a verb
                # after an aside set off by commas ("Sisi, for his part, thanked Biden").
                keys = set(_opening_name(analysis, index))
            phrases.append(keys)
        subject, obj = phrases
        uses.append((frozenset(subject - obj), frozenset(obj - subject), bool(subject)))
    return uses


# A relative pronoun right before a verb makes the name before it the verb's doer: "it was Lula who invited
# Biden", "Hanegbi, who voiced concern", "it was the FBI that found the flaws".
_RELATIVE_PRONOUNS = frozenset({"who", "that"})


def _relative_pronoun_before(analysis: Analysis, index: int) -> bool:
    """Whether the word before the token at `index` is "who" (or "that") standing for a name right before it
    (past a comma): a capitalised word, not a clause's opening ("said that ...")."""
    tokens = analysis.tokens
    if index < 2 or analysis.text[tokens[index - 1].end:tokens[index].start].strip():
        return False
    antecedent = tokens[index - 2]
    return antecedent.capitalised and not antecedent.stop \
        and _word_after_a_name(analysis, index - 2) in _RELATIVE_PRONOUNS


def _word_after_a_name(analysis: Analysis, index: int) -> str | None:
    """The word right after the token at `index`, past at most a comma ("Hanegbi, who ..."), folded."""
    after = index + 1
    if after < len(analysis.tokens) \
            and analysis.text[analysis.tokens[index].end:analysis.tokens[after].start].strip() in ("", ","):
        return fold(analysis.tokens[after].surface)
    return None


def _is_title_word(token: Token) -> bool:
    """Whether the word is a capitalised word of an office ("Deputy", "Minister", "Gen.")."""
    return token.capitalised and fold(token.surface).rstrip(".") in title_words()


# The start of the last sentence in a text: after a full stop, not an initialism's ("U.S. President").
_SENTENCE_START = re.compile(r"(?:(?<![A-Z])[.!?]\s+)(?!.*(?<![A-Z])[.!?]\s+)", re.DOTALL)


def _opening_name(analysis: Analysis, before: int) -> frozenset[str]:
    """The keys of the capitalised words (a name and its title) that open the sentence holding the token at
    `before`, up to T.ROLE_PHRASE_WORDS of them that are not titles; empty when the sentence opens otherwise."""
    tokens, text = analysis.tokens, analysis.text
    opening = _SENTENCE_START.search(text, 0, tokens[before].start)
    start = opening.end() if opening else 0
    keys: set[str] = set()
    counted = 0
    for position in range(before):
        token = tokens[position]
        if token.start < start:
            continue
        if not token.capitalised or counted >= T.ROLE_PHRASE_WORDS:
            break
        if not token.stop:
            keys.add(token.key)
            if not _is_title_word(token):
                counted += 1
    return frozenset(keys)


def swapped_roles(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The verbs whose doer and receiver the record has the other way round
    ("The minister thanked the envoy" against "The envoy thanked the minister")."""
    swapped = set()
    for verb in _DIRECTED_VERBS & claim.keys & candidate.keys:
        for subject, obj, _ in _roles(claim, verb):
            if not subject or not obj:
                continue
            for their_subject, their_object, named in _roles(candidate, verb):
                # The claim's doer is the record's receiver, and someone else does it: by name, or by a title
                # alone ("The President thanked President Al-Sisi" against "Sisi thanked Biden").
                if subject & their_object and (obj & their_subject or named) and not subject & their_subject:
                    swapped.add(verb)
    return frozenset(swapped)


def keeps_the_doer(claim: Analysis, candidate: Analysis, verbs: frozenset[str]) -> bool:
    """Whether the candidate has the claim's doer doing each of the verbs ("The king thanked Mr. Trump" is
    kept by "King Abdullah thanked President Trump", not by "President Trump thanked President el-Sisi",
    which has the claim's receiver doing it to a third party): a verb the record has the other way round
    is stated only by a sentence whose doer is the claim's."""
    for verb in verbs:
        ours = [subject for subject, _, _ in _roles(claim, verb) if subject]
        theirs = [subject for subject, _, _ in _roles(candidate, verb)]
        if ours and not any(mine & other for mine in ours for other in theirs):
            return False
    return True


# Verbs that introduce topics: "discussed Iran" against "discussed Russia's war"
# is a topic the record lacks (absence), not a different actor.
_TOPIC_WORDS = frozenset({"=talks", "=say"})
# "including" opens a list of examples of what comes before it: the words after it are the examples', not the
# deed of a name before it ("thanked Lee for Singapore's support ..., including sanctions" / "across the
# Atlantic and the Pacific, including the United States ... have imposed sanctions"), so a name's context
# stops there, as it does at another name.
_LIST_OPENERS = keys_of(["including"])


@per_check
def _context(analysis: Analysis, index: int, as_actor: bool = False) -> frozenset[str]:
    """Content words next to a name, up to the nearest other name on each
    side. A person's name is read with the names it runs with ("Ana
    Quintal"), and a country qualifying them is passed over ("the widow of
    Chilean opposition leader Ana Quintal" has "widow" in its context)."""
    kinds = {entity.index: entity.kind for entity in analysis.entities}
    person = kinds.get(index) in ("person", "name")
    # A department acts as a person does ("the Commerce Department and Norway's Ministry of Finance signed"), and
    # so does a government set against a capital read as one ("Riyadh's commitment to support" / "Jordan has
    # committed to support"): `as_actor`.
    actor = person or kinds.get(index) == "agency" or as_actor
    first, last = run_bounds(analysis, index) if person else (index, index)
    words = set()
    for step, start in ((-1, first - 1), (1, last + 1)):
        other, counted = start, 0
        # Places and countries keep to their next few tokens: "Washington does not support" is a subject, not a slot.
        reach = 2 * T.NAME_CONTEXT_REACH if actor else T.NAME_CONTEXT_REACH - 1
        while 0 <= other < len(analysis.tokens) and counted < T.NAME_CONTEXT_REACH and abs(other - start) <= reach:
            if step == 1 and _pronoun_opens_clause(analysis, other):
                break  # "As with the talks between Biden and Xi, he raised ...": the words after are his, not Xi's
            if other in kinds and not (actor and kinds[other] == "country"):
                if person and kinds[other] in ("person", "name") and _person_listed_with(analysis, other, start, step) \
                        and person_like(analysis, _entity_at(analysis, index)) \
                        and person_like(analysis, _entity_at(analysis, other)):
                    # People only: towns in a list ("Arlow, Benvik, Corrin and Dunmere") are places, which
                    # the word-by-word alignment compares.
                    words.update(_PARTNER_MARK + key for key in name_run(analysis, other))
                elif kinds.get(index) == kinds[other] and kinds[other] in ("country", "agency") \
                        and _listed_with(analysis, other, start, step):
                    # Countries too: "Japanese and South Korean counterparts" / "the United States, Japan, and the
                    # ROK", "working with Bahrain, France and New Zealand" / "with ... Australia, France, and New
                    # Zealand": each listed with the same partner, the two fill one place of the list. And
                    # departments: "the Treasury, the Pentagon and the State Department" / "the Treasury
                    # Department, the State Department, and the National Security Council".
                    words.add(_PARTNER_MARK + analysis.tokens[other].key)
                break
            token = analysis.tokens[other]
            if token.key in _LIST_OPENERS:
                break
            if other not in kinds and not token.stop and not token.key.isdigit() and token.key not in _TOPIC_WORDS:
                # The plain stem too: "countering" and "counter" fill one slot whatever their alias groups.
                words.update((token.key, word_key(token.surface.lower())))
                counted += 1
            other += step
    return frozenset(words)


# Pronouns that open a clause of their own after a comma: the subject of what follows.
_PERSON_SUBJECT_PRONOUNS = frozenset({"he", "she", "we", "they", "i"})


def _pronoun_opens_clause(analysis: Analysis, index: int) -> bool:
    """Whether the token at `index` is a subject pronoun right after a comma: a phrase set before the clause
    ("As with other conversations between President Biden and President Xi, he raised concerns") ends there,
    and the clause's verb is the pronoun's, not the deed of the name that closed the phrase."""
    if index == 0:
        return False
    token = analysis.tokens[index]
    between = analysis.text[analysis.tokens[index - 1].end:token.start]
    return token.surface.lower() in _PERSON_SUBJECT_PRONOUNS and "," in between


def _entity_at(analysis: Analysis, index: int) -> Entity:
    return next(entity for entity in analysis.entities if entity.index == index)


# Marks the context word that is a listed partner's name, so it never matches a plain word.
_PARTNER_MARK = "&"


def _person_listed_with(analysis: Analysis, other: int, start: int, step: int) -> bool:
    """Whether the person at `other` is listed with the name whose run ends next to `start` ("Macron and
    British Prime Minister Boris Johnson", "Macron of France and Chancellor Olaf Scholz"), with at least a word
    between them: two people each listed with the same partner fill one slot of the list (the leaders on a
    call), whatever else is said of them. Unlike countries ("Bahrain, France"), two names side by side with only
    a comma between are not read as a list."""
    return other != start and _listed_with(analysis, other, start, step)


def _listed_with(analysis: Analysis, other: int, start: int, step: int) -> bool:
    """Whether the name at `other` is listed with the one whose run ends next to `start`: an "and" or a comma
    between them and nothing but titles, countries and small words ("Macron and British Prime Minister Boris
    Johnson", "Bahrain, France")."""
    tokens = analysis.tokens
    # The tokens between the two names: none when they stand side by side.
    span = range(other + 1, start + 1) if step < 0 else range(start, other)
    gap = analysis.text[tokens[start - 1].end:tokens[other].start] if step > 0 else \
        analysis.text[tokens[other].end:tokens[start + 1].start]
    countries = {entity.index for entity in analysis.entities if entity.kind == "country"}
    titles = title_words()
    joined = "," in gap or any(fold(tokens[position].surface) == "and" for position in span)
    plain = all(tokens[position].stop or fold(tokens[position].surface).rstrip(".") in titles
                or position in countries for position in span)
    return joined and plain


@per_check
def name_run(analysis: Analysis, index: int) -> frozenset[str]:
    """The keys of the run of person names a name belongs to ("Boris Nemtsov")."""
    if all(entity.index != index or entity.kind not in ("person", "name") for entity in analysis.entities):
        return frozenset({analysis.tokens[index].key})
    first, last = run_bounds(analysis, index)
    # Not its particles: the "al" of "al-Sisi" is no more his than Al-Thani's.
    return frozenset(token.key for token in analysis.tokens[first:last + 1]
                     if not token.stop and fold(token.surface) not in _NAME_PARTICLES)


@per_check
def _same_person(analysis: Analysis, index: int, keys: frozenset[str]) -> bool:
    """Whether the name at `index` is someone the other text (`keys`) names: a word of its run is there
    ("Kamala Harris" for "Harris"), and no family name of a known person in the run is missing from it
    ("Kamala Kirby" shares a given name with "Kamala Harris" but is Kirby, someone else)."""
    run = name_run(analysis, index)
    heads, directions = name_heads()
    if not run & keys - heads and not (run & keys and run - heads <= directions):
        return False  # "the Black Sea" / "the Caspian Sea": a head many names share tells no name
    entities = {entity.index: entity for entity in analysis.entities}
    first, last = run_bounds(analysis, index)
    # Heads many names share ("Sea") are left to the test above.
    shared = run & keys - heads
    others = [name_run(analysis, entity.index) for entity in analysis.entities
              if entity.kind in ("person", "name") and not first <= entity.index <= last]
    if shared and all(any(word in other and other & keys - run for other in others) for word in shared):
        # "Maria Luisa Ortega and Luisa Ramos" against "Maria Luisa Ortega and Pedro Vidal": the word shared is
        # another name's of the same text, which the other side names in its own words; it tells nothing of
        # this one.
        return False
    for position in range(first, last + 1):
        token = analysis.tokens[position]
        if token.key in keys or position not in entities:
            continue
        if entities[position].kind == "person" or fold(token.surface) in holder_family_names():
            return False
    return True


def first_names_aside(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The other words of a name the candidate gives in part ("Antony" of
    "Antony Blinken" against "Secretary Blinken"): not a word it lacks."""
    aside: set[str] = set()
    for entity in claim.entities:
        if entity.key not in candidate.keys:
            continue
        run = name_run(claim, entity.index)
        aside |= run - candidate.keys
    return frozenset(aside)


def titles_before(analysis: Analysis, keys: frozenset[str]) -> frozenset[str]:
    """The keys of the capitalised office words written right before each name of `keys` ("Prime Minister"
    of "Prime Minister Starmer"): the name's own title, which says nothing the name does not."""
    names = {entity.index for entity in analysis.entities if entity.kind in ("person", "name")}
    found: set[str] = set()
    for index in names:
        if analysis.tokens[index].key not in keys:
            continue
        first, _ = run_bounds(analysis, index)
        words: list[str] = []
        while first > 0 and spaced(analysis, first - 1, first):
            before = analysis.tokens[first - 1]
            word = fold(before.surface).rstrip(".")
            # The word next to the name is an office's head ("Minister", "President"), not any word a title
            # may hold: "National Security Strategy" is a document, though "National Security Advisor" is an
            # office. The words before the head may be any title's.
            if not before.capitalised or not (word in _OFFICE_HEADS or words and word in title_words()):
                break
            words.append(before.key)
            first -= 1
        found.update(words)
    return frozenset(found)


# The words that end an office's title, right before its holder's name: the offices of persons and the
# heads of other offices ("Chairman Powell", "Leader Schumer").
_OFFICE_HEADS = PERSON_OFFICES | frozenset({"president", "premier", "director", "chairman", "chair", "leader"})


@per_check
def run_bounds(analysis: Analysis, index: int) -> tuple[int, int]:
    """First and last token of the run of person names, one space apart, that `index` is in."""
    names = {entity.index for entity in analysis.entities if entity.kind in ("person", "name")}
    first = last = index
    while True:
        if first - 1 in names and _next_in_name(analysis, first - 1, first):
            first -= 1
        elif first - 2 in names and (_head_of(analysis, first - 2) or _particle_between(analysis, first - 2)):
            first -= 2
        else:
            break
    while True:
        if last + 1 in names and _next_in_name(analysis, last, last + 1):
            last += 1
        elif last + 2 in names and (_head_of(analysis, last) or _particle_between(analysis, last)):
            last += 2
        else:
            break
    return first, last


def _particle_between(analysis: Analysis, index: int) -> bool:
    """Whether the name word at `index` and the one two words on are one name joined by a lower-case particle
    ("Abdel Fattah al-Sisi", "Tamim bin Hamad", "Ursula von der Leyen" in part): the particle opens the family
    name, so the run goes on over it and the given names are not a person of their own."""
    tokens = analysis.tokens
    if index + 2 >= len(tokens) or tokens[index + 1].surface not in _NAME_PARTICLES:
        return False
    return _joined(analysis, index, index + 1) and _joined(analysis, index + 1, index + 2)


def _joined(analysis: Analysis, left: int, right: int) -> bool:
    """Two words of a name one space or one hyphen apart ("al-Sisi")."""
    return analysis.text[analysis.tokens[left].end:analysis.tokens[right].start] in (" ", "-")


def _head_of(analysis: Analysis, index: int) -> bool:
    """Whether the name word at `index` is a generic head followed by "of" ("the Sea of Azov"): the name
    runs on over the "of", so the whole is compared with the other side's ("the Black Sea")."""
    tokens = analysis.tokens
    return index + 2 < len(tokens) and fold(tokens[index].surface) in name_heads()[0] \
        and tokens[index + 1].surface == "of" and spaced(analysis, index, index + 1) \
        and spaced(analysis, index + 1, index + 2)


def _next_in_name(analysis: Analysis, left: int, right: int) -> bool:
    """Two words of one name: one space apart, or a middle initial's full stop between them ("Joseph R.
    Biden", "Donald J. Trump"), without which the first name would be a person of its own."""
    if spaced(analysis, left, right):
        return True
    if fold(analysis.tokens[left].surface) in _NAME_PARTICLES and _joined(analysis, left, right):
        return True  # "Al-Sisi", "El-Sisi", "Al-Thani": a capitalised particle hyphened to the family name
    if analysis.text[analysis.tokens[left].end:analysis.tokens[right].start] == "-" \
            and analysis.tokens[left].capitalised and analysis.tokens[right].capitalised \
            and _unknown_name(analysis, left) and _unknown_name(analysis, right):
        # "Indo-Pacific", "Asia-Pacific": capitalised words hyphened together are one name. Not two known
        # people ("the Biden-Harris administration"): a ticket or a pair, each a person of their own.
        return True
    initial = analysis.tokens[left].surface
    gap = analysis.text[analysis.tokens[left].end:analysis.tokens[right].start]
    return len(initial) == 1 and initial.isupper() and gap.startswith(".") and not gap[1:].strip() and len(gap) > 1


def _unknown_name(analysis: Analysis, index: int) -> bool:
    """Whether the word at `index` is a name the lexicon does not know (no known person or place)."""
    return any(entity.index == index and entity.kind == "name" for entity in analysis.entities)


# What may come after a sentence's subject other than its verb: a list or a possessive.
_NOT_SUBJECT_AFTER = re.compile(r"\s*(?:,|and\b|or\b|['\u2019]s\b|\()", re.IGNORECASE)


@per_check
def _opens_the_sentence(analysis: Analysis, entity: Entity) -> bool:
    """Whether a person (or a country) is the sentence's subject: only titles, small words and country
    adjectives come before the name ("Chinese President Xi", "Mr. Lund also ..."), and neither a list nor a
    possessive follows it. Two sentences on one point whose subjects are two people, or two countries
    ("Lebanon will be compensated" / "Israel will ... be compensated"), name two doers of it, whatever verb
    each uses ("pressed for" / "raised")."""
    first, last = run_bounds(analysis, entity.index)
    titles = lexicon().titles
    countries = {other.index for other in analysis.entities if other.kind == "country"}
    for index, token in enumerate(analysis.tokens[:first]):
        word = token.surface.lower().rstrip(".")
        if not (token.stop or word in titles or word in PERSON_TITLES or index in countries):
            return False
    return not possessive(analysis.tokens[last]) and not _NOT_SUBJECT_AFTER.match(analysis.text,
                                                                                 analysis.tokens[last].end)


def _country_acts(analysis: Analysis, entity: Entity) -> bool:
    """Whether a country is followed by a lower-case word, its verb or an auxiliary ("Lebanon will be
    compensated", "the United States also raised"), not by an office or a name it qualifies ("Chinese Foreign
    Minister Wang Yi"): only then is the country itself the one that does the deed."""
    _, last = run_bounds(analysis, entity.index)
    return last + 1 < len(analysis.tokens) and not analysis.tokens[last + 1].capitalised


def spaced(analysis: Analysis, left: int, right: int) -> bool:
    """Two tokens with nothing but space between them ("John Podesta", not "Qaeda, Kirby")."""
    return not analysis.text[analysis.tokens[left].end:analysis.tokens[right].start].strip()


@per_check
def written_in(claim: Analysis, key: str, candidate: Analysis) -> bool:
    """Whether the candidate names the claim's entity in words that a longer
    alias swallowed ("the summit meeting in San Francisco" is read as the
    Woodside summit, yet it names San Francisco)."""
    variants = lexicon().variants.get(key) or ([fold(claim.surfaces[key])] if key in claim.surfaces else [])
    folded = _folded(candidate.text)
    return any(has_whole_phrase(folded, variant) for variant in variants if variant)


# The small words a name spelt out holds between its capitalised words, which its initials may take or skip
# ("Department of Justice": DOJ; "Bureau of Alcohol, Tobacco, Firearms and Explosives": ATF).
_INITIALISM_SKIPS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_WORD = re.compile(r"[A-Za-z][\w'’]*|&")


@lru_cache(maxsize=4_096)
def _spelt_out(surface: str, text: str) -> bool:
    """Whether the initialism `surface` ("ATF", three capitals or more) is the initials of consecutive
    capitalised words of `text` ("... Alcohol, Tobacco, Firearms, and Explosives"): the other side writes the
    same body in full, which is no other party."""
    letters = surface.replace(".", "")
    if not (len(letters) >= T.INITIALISM_MIN_LETTERS and letters.isalpha() and letters.isupper()):
        return False
    words = _WORD.findall(text)

    def matches(position: int, rest: str) -> bool:
        if not rest:
            return True
        if position >= len(words):
            return False
        word = words[position]
        if word.lower() in _INITIALISM_SKIPS:
            taken = word[0].upper() == rest[0] and matches(position + 1, rest[1:])
            return taken or matches(position + 1, rest)
        return word[0].isupper() and word[0] == rest[0] and matches(position + 1, rest[1:])
    return any(matches(start, letters) for start, word in enumerate(words)
               if word[0] == letters[0] and word.lower() not in _INITIALISM_SKIPS)


@lru_cache(maxsize=4_096)
def _folded(text: str) -> str:
    """fold(), kept: a candidate is asked about one name after another, claim after claim."""
    return fold(text)


@per_check
def person_like(analysis: Analysis, entity: Entity) -> bool:
    """A known name, or an unknown capitalised word that reads as a person's
    name: next to another such word ("John Podesta") or after a title ("Senior
    Advisor Podesta"). A lone capitalised word ("Holocaust survivors") is not."""
    if entity.kind != "name":
        return True
    if _qualified_by_a_place(analysis, run_bounds(analysis, entity.index)[1]):
        return False  # "El Paso, Texas", "Sal, Cabo Verde": a town named with its state or country
    if run_bounds(analysis, entity.index) != (entity.index, entity.index):
        return True
    if fold(analysis.tokens[entity.index].surface) in holder_family_names() and not (
            entity.index and analysis.tokens[entity.index - 1].surface[:1].isupper()):
        # A head of state or government the offices list names, standing alone ("it was Marcos who ...");
        # after a capitalised office ("the Secretary of Commerce Lutnick") it is the holder that office
        # was read as, which the record may name by the office alone.
        return True
    previous = analysis.tokens[entity.index - 1].surface.lower().rstrip(".") if entity.index else ""
    if title_word(previous):
        return True
    if " " in previous and spaced(analysis, entity.index - 1, entity.index) \
            and any(word in PERSON_TITLES for word in previous.split()) \
            and fold(analysis.tokens[entity.index].surface) not in holder_family_names():
        # An office the lexicon reads as one word, its department ("Attorney General Garland"): the name after
        # it is a person's. Not a holder the offices list knows ("the Secretary of Commerce Lutnick"): that is
        # the holder the office was read as, which the record may name by the office alone (above).
        return True
    if entity.index >= 2 and spaced(analysis, entity.index - 1, entity.index) \
            and spaced(analysis, entity.index - 2, entity.index - 1) \
            and analysis.tokens[entity.index - 1].capitalised and analysis.tokens[entity.index - 1].stop:
        # A name whose first word is also a small word ("General Secretary To Lam"): the title is one further back.
        if title_word(analysis.tokens[entity.index - 2].surface.lower().rstrip(".")):
            return True
    after = entity.index + 1
    if _word_after_a_name(analysis, entity.index) == "who":
        return True  # "it was Hanegbi who voiced concern", "Hanegbi, who spoke": "who" stands for a person
    # A title in apposition: "He Lifeng, Vice Premier of the State Council".
    if after < len(analysis.tokens) and analysis.text[analysis.tokens[entity.index].end:
                                                     analysis.tokens[after].start].strip() == ",":
        return title_word(analysis.tokens[after].surface.lower().rstrip("."))
    return False


def _qualified_by_a_place(analysis: Analysis, last: int) -> bool:
    """Whether the name ending at token `last` is followed by a comma, a state or country the lexicon knows, and
    the end of that phrase ("stopped in El Paso, Texas, to see", "in Sal, Cabo Verde."): news and readouts
    qualify a town so, never a person ("Ted Cruz, a Texas Republican" has the article between)."""
    after = last + 1
    kinds = {entity.index: entity.kind for entity in analysis.entities}
    if kinds.get(after) not in ("place", "country") \
            or analysis.text[analysis.tokens[last].end:analysis.tokens[after].start].strip() != ",":
        return False
    end = after
    while kinds.get(end + 1) == kinds[after] and analysis.tokens[end + 1].key == analysis.tokens[after].key:
        end += 1  # a country of several words read as one key at each of its tokens
    if end + 1 >= len(analysis.tokens):
        return True
    between = analysis.text[analysis.tokens[end].end:analysis.tokens[end + 1].start]
    return any(mark in between for mark in ",;:.)")


def names_a_place(analysis: Analysis, entity: Entity) -> bool:
    """Whether an unknown name's run ends in a place's head word ("the Korean Peninsula", "the Diaoyu Islands"):
    a place, whatever its length, never a party that does what the sentence tells."""
    return entity.kind == "name" and fold(analysis.tokens[run_bounds(analysis, entity.index)[1]].surface) \
        in place_heads()


def _place_name(analysis: Analysis, entity: Entity) -> bool:
    """Whether a name is a place's: one the lexicon knows as a place, or a run ending in a place's head word
    ("the Diaoyu Islands"), followed by one ("the Hokkaido region") or running on from one over "of" ("the Sea
    of Azov"); not "the Coast Guard"."""
    if entity.kind == "place" or names_a_place(analysis, entity):
        return True
    if entity.kind != "name":
        return False
    first, last = run_bounds(analysis, entity.index)
    tokens, heads = analysis.tokens, place_heads()
    following = tokens[last + 1].surface if last + 1 < len(tokens) else ""
    # Over "of" only from a place's head: "the Bank of Westmark" runs on over it as well, and is a body.
    return fold(following) in heads or any(_head_of(analysis, index) and fold(tokens[index].surface) in heads
                                           for index in range(first, last))


def _untitled_name(analysis: Analysis, entity: Entity) -> bool:
    """A name the lexicon does not know, with no title before it nor a known holder's family name in it: a
    run of two such words ("Coast Guard", "Google Cloud") reads as a person's name by its form alone, yet is
    as often a body or a company, so it stands in for a lone one ("Navy", "Microsoft") whose slot it fills."""
    if entity.kind != "name" or analysis.tokens[entity.index].surface.isupper():
        return False  # an initialism ("USAID") may abbreviate the other name, whose words it does not share
    first, last = run_bounds(analysis, entity.index)
    previous = analysis.tokens[first - 1].surface.lower().rstrip(".") if first else ""
    return not title_word(previous) and not any(
        fold(token.surface) in holder_family_names() for token in analysis.tokens[first:last + 1])


def title_word(word: str) -> bool:
    """Whether a word (lower case, no full stop) is a person's title ("Secretary", "Mayor", "Deputy", "Dr"):
    a name beside it is a person's. Not a small word the lexicon's titles also hold ("the", "and")."""
    return word in PERSON_TITLES or word in lexicon().titles and word not in STOPWORDS


def people_named(analysis: Analysis) -> list[str]:
    """The people a claim names, in order: those the lexicon knows, and names it does not know that read as a
    person's ("Politburo member Yang Jiechi"), each by the first word of its run after any title."""
    named = []
    for entity in analysis.entities:
        if entity.kind == "person":
            named.append(entity.key)
        elif entity.kind == "name" and person_like(analysis, entity):
            first, last = run_bounds(analysis, entity.index)
            # Past the sentence's first word a title is capitalised like the name it precedes ("met Mayor
            # Anton Rebane", "Deputy Mayor Rebane"), and so opens the run: the person is the name after it.
            while first < last and title_word(analysis.tokens[first].surface.lower().rstrip(".")):
                first += 1
            run_kinds = {other.kind for other in analysis.entities if first <= other.index <= last}
            if entity.index == first and "person" not in run_kinds:
                named.append(entity.key)
    return list(dict.fromkeys(named))


def _short_form(ours: Entity, theirs: Entity, claim: Analysis, candidate: Analysis) -> bool:
    """One name is the other's short form (a nickname or a truncation)."""
    return short_form(fold(claim.tokens[ours.index].surface), fold(candidate.tokens[theirs.index].surface))


def _spelt_alike(ours: Entity, theirs: Entity, claim: Analysis, candidate: Analysis) -> bool:
    """One name the lexicon does not know is the other with one letter replaced ("Sperbank" for "Sberbank"):
    a misspelling in one text, as official transcripts have, not another bank or person."""
    if "name" not in (ours.kind, theirs.kind):
        return False
    mine = fold(claim.tokens[ours.index].surface)
    other = fold(candidate.tokens[theirs.index].surface)
    if len(mine) != len(other) or len(mine) < T.SPELLING_MIN_LENGTH:
        return False
    return sum(a != b for a, b in zip(mine, other, strict=True)) == 1


def substitutions(claim: Analysis, candidate: Analysis, unknown_places: bool = True) -> list[tuple[str, set[str]]]:
    """Names in the claim that the candidate replaces with another name in the same slot (an unknown
    name where a place goes counts as a place only with `unknown_places`)."""
    found: list[tuple[str, set[str]]] = []
    # A name whose run shares a word with the other side is the same person
    # ("Yulia Navalnaya" for "Navalnaya", "Kamala Harris" for "Harris").
    within = lexicon().within
    missing = [e for e in claim.entities if e.key not in candidate.keys and not written_in(claim, e.key, candidate)
               and not _same_person(claim, e.index, candidate.keys)
               and not _its_country_named(e, candidate.keys, within, claim)
               and not _spelt_out(claim.surfaces.get(e.key, ""), candidate.text)
               and not people_of_a_place_named(claim.surfaces.get(e.key, ""), candidate.text)
               and not republic_named_short(e, candidate)]
    if not missing:
        return found
    # The countries whose governments the claim's capitals stand for ("worked with Berlin" names Germany).
    governments = {e.government for e in claim.entities if e.government is not None}
    governments |= {_recipient_country(e, claim) for e in claim.entities} - {None}
    extra = [e for e in candidate.entities
             if e.key not in claim.keys and not _same_person(candidate, e.index, claim.keys)
             and not _its_country_named(e, claim.keys, within, candidate) and e.key not in governments
             and not _spelt_out(candidate.surfaces.get(e.key, ""), claim.text)
             and not people_of_a_place_named(candidate.surfaces.get(e.key, ""), claim.text)
             and not republic_named_short(e, claim)]
    # A capital standing for its government ("Moscow's activities") fills a country's slot ("the PRC's"); so
    # does one listed after "to" with a capital whose country the record names: "commitments to Tokyo and
    # Manila" / "commitment to the Philippines" are to governments, and Tokyo is no place in the Pacific.
    received = {governing_position_of(claim, e) for e in claim.entities
                if _recipient_country(e, claim) in candidate.keys}
    missing = [replace(e, government=_recipient_country(e, claim)) if e.government is None
               and _recipient_country(e, claim) is not None and governing_position_of(claim, e) in received else e
               for e in missing]
    missing = [_as_its_government(e) for e in missing]
    extra = [_as_its_government(e) for e in extra]
    known: dict[tuple[int, int, bool], set[str]] = {}

    def contexts(analysis: Analysis, index: int, as_actor: bool = False) -> frozenset[str]:  # once a pair
        key = (id(analysis), index, as_actor)
        if key not in known:
            known[key] = _context(analysis, index, as_actor)
        return known[key]
    for ours in missing:
        for theirs in extra:
            # An unknown name where a place goes ("met in Benguela", "at his Mar-a-Lago resort") fills
            # the slot of the record's place, known ("a visit to Washington") or not ("meet in Luanda").
            located = (unknown_places or ours.kind == theirs.kind == "place") \
                and _located(claim, ours) and _located(candidate, theirs) \
                and (_after_the(claim, ours) == _after_the(candidate, theirs)
                     or "name" not in (ours.kind, theirs.kind))
            gathering = _one_gathering(claim, ours, candidate, theirs)
            # "at a NATO summit" / "at the Summit of Democracies", "a G7 summit" / "a Quad meeting": each name
            # says which gathering it was, so two of them are two gatherings, whatever else each name is.
            gathering = gathering or names_a_gathering(claim, ours) and names_a_gathering(candidate, theirs)
            if theirs.kind not in _COMPATIBLE_KINDS[ours.kind] and not located and not gathering:
                continue
            if theirs.key in within.get(ours.key, ()) or ours.key in within.get(theirs.key, ()):
                continue  # a city and its state or country ("Washington" for "the U.S."): the same side
            if gathering and not _short_form(ours, theirs, claim, candidate) \
                    and not _spelt_alike(ours, theirs, claim, candidate):
                # "NATO's Warsaw summit" / "the 2014 Wales Summit": two places naming the same kind of
                # gathering are two gatherings.
                found.append((EVENT_MISMATCH, set(name_run(claim, ours.index))))
                break
            if {ours.kind, theirs.kind} == {"place", "country"} and not (ours.after_preposition
                                                                      and theirs.after_preposition):
                continue  # a country stands in for a place only as a place ("in Thailand"), not as a party
            if _names_a_room(claim, ours) != _names_a_room(candidate, theirs):
                continue  # "in the Situation Room" / "envoy to Tokyo": a room is compared with rooms only
            if _short_form(ours, theirs, claim, candidate):
                continue  # "Jen" for "Jennifer": the same person
            if _spelt_alike(ours, theirs, claim, candidate):
                continue  # "Sperbank" for "Sberbank": one name, misspelt on one side
            # Two unknown names without a title, one a run of words and one alone ("Coast Guard" / "Navy"):
            # the run's form is no sign it is a person, and only the slot they share tells (below).
            kinds_differ = person_like(claim, ours) != person_like(candidate, theirs) and not located
            untitled = kinds_differ and _untitled_name(claim, ours) and _untitled_name(candidate, theirs)
            if kinds_differ and not untitled:
                continue  # "inviting Holocaust survivors": a capitalised word, not a person
            # Two lone capitalised words in one slot are two names of a kind
            # (groups, agencies: "countering al Qaeda" / "counter ISIS").
            # Two places each after a preposition fill one slot, when both are where a meeting was
            # ("meet in Washington" / "talks in Bangkok") or neither is.
            same_slot = ((located or ours.after_preposition and theirs.after_preposition
                          and ours.kind == theirs.kind == "place")
                         and (occasion_place(claim, ours) == occasion_place(candidate, theirs)
                              # "met at the palace in Benguela": where the meeting the claim tells was
                              or located and ours.kind == "name"
                              and any(token.key in MEETING_OR_JOURNEY_KEYS for token in claim.tokens[:ours.index]))) \
                or ours.kind in _HOST_KINDS and theirs.kind in _HOST_KINDS \
                and (_hosted_by(claim, ours) or _hosted_by(candidate, theirs)) \
                and occasion_place(claim, ours) and occasion_place(candidate, theirs) \
                or _sole_places(claim, ours, candidate, theirs, missing, extra)
            shared = contexts(claim, ours.index) & contexts(candidate, theirs.index)
            if not shared and (ours.government or theirs.government):
                # A government read from its capital, read with an actor's reach: more words must agree.
                wide = contexts(claim, ours.index, True) & contexts(candidate, theirs.index, True)
                shared = wide if len(wide) >= T.GOVERNMENT_SHARED_CONTEXT else set()
            if not same_slot and not shared \
                    and not (({ours.kind, theirs.kind} <= {"person", "name"} and person_like(claim, ours)
                              and person_like(candidate, theirs)
                              or ours.kind == theirs.kind == "country" and _country_acts(claim, ours)
                              and _country_acts(candidate, theirs))
                             and _opens_the_sentence(claim, ours) and _opens_the_sentence(candidate, theirs)):
                continue
            if untitled and len(contexts(claim, ours.index) & contexts(candidate, theirs.index)) \
                    < T.UNTITLED_NAME_SHARED_CONTEXT:
                continue  # "by Jon Finer" / "the Chief of Staff's office": one word shared is chance
            if ours.kind in ("person", "name") and theirs.kind in ("person", "name") and not located \
                    and _untitled_name(claim, ours) != _untitled_name(candidate, theirs) \
                    and len(shared) < T.UNTITLED_NAME_SHARED_CONTEXT \
                    and not any(word.startswith(_PARTNER_MARK) for word in shared):
                # A known or titled person against a run of capitalised words with no title ("Biden also
                # intends to ask Congress" / "the Critical Minerals Agreement ... with congressional
                # consultation"): the run reads as a name by its form alone and is as often a document, a
                # programme or a body, so one word in common is chance, not one slot. One partner in common
                # is a slot ("Biden and Netanyahu" / "President Biden and Sheikh Tamim"): a list of people.
                continue
            if _place_name(claim, ours) != _place_name(candidate, theirs) and not located:
                continue  # "the Diaoyu Islands" / "the Treaty of Mutual Cooperation": a place is no party
            if ours.kind == theirs.kind == "agency" and _listed_with_another_agency(candidate, theirs) \
                    and not _listed_with_another_agency(claim, ours):
                continue  # "officials from the Department of Defense" / "... from DHS and DOJ": the record lists some
            if "event" in (ours.kind, theirs.kind):
                reason = EVENT_MISMATCH
            elif same_slot or "place" in (ours.kind, theirs.kind):
                reason = PLACE_MISMATCH
            else:
                reason = ACTOR_MISMATCH
            found.append((reason, set(name_run(claim, ours.index)) | _name_particle(claim, ours.index)))
            break
    return found


# Nouns of a gathering that a place written before them names ("the Warsaw summit", "the Paris conference").
GATHERING_NOUNS = frozenset({"summit", "conference", "ministerial", "forum", "assembly", "dialogue"})

# How a country's adjective ends ("Mexican", "Chinese", "British", "Israeli", "French"), where its name does
# not (the group's own name is its key: "=mexico").
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")


# Nouns of a gathering a body's name written before them names ("a NATO meeting", "the Quad Leaders Summit"), or
# that, capitalised, name one by what follows "of" or "for" ("the Summit for Democracy").
_NAMED_GATHERING_NOUNS = GATHERING_NOUNS | {"meeting"}
# Words that may stand between a body's name and the noun of its gathering: "NATO foreign ministers' meeting".
_GATHERING_QUALIFIERS = frozenset({"leaders", "leaders'", "leaders’", "foreign", "defense", "defence",
                                   "ministers", "ministers'", "ministers’", "heads", "state", "government",
                                   "special", "extraordinary", "emergency", "annual"})


def names_a_gathering(analysis: Analysis, entity: Entity) -> bool:
    """Whether the name tells which gathering the sentence speaks of: one the lexicon knows as an event ("the
    G7"), a body's name before a gathering's noun ("at a NATO summit", "the Quad Leaders Meeting", "last week's
    NATO foreign ministerial"), or the name after a capitalised gathering's noun and "of" or "for" ("the Summit
    of Democracies"). Not a person's: "the Biden meeting" is whose meeting, not which."""
    if entity.kind == "event":
        return True
    if entity.kind not in ("name", "agency") or entity.kind == "name" and _titled(analysis, entity.index):
        return False
    tokens = analysis.tokens
    between = 0
    for token in tokens[entity.index + 1:]:
        word = fold(token.surface)
        if word.split()[-1:] and word.split()[-1] in _NAMED_GATHERING_NOUNS:
            return True
        if word not in _GATHERING_QUALIFIERS and not (token.capitalised and not token.stop) \
                or between >= T.GATHERING_WORDS_AFTER_PLACE:
            break
        between += 1
    first = run_bounds(analysis, entity.index)[0] if entity.kind == "name" else entity.index
    opening = first - 1
    if opening >= 0 and tokens[opening].surface.lower() == "the":
        opening -= 1
    return opening >= 1 and tokens[opening].surface.lower() in ("of", "for") \
        and tokens[opening - 1].capitalised and fold(tokens[opening - 1].surface) in _NAMED_GATHERING_NOUNS


def _titled(analysis: Analysis, index: int) -> bool:
    """Whether a title stands right before the name's run ("President Lula"): a person, not a body."""
    first = run_bounds(analysis, index)[0]
    return first > 0 and title_word(analysis.tokens[first - 1].surface.lower().rstrip("."))


def _one_gathering(claim: Analysis, ours: Entity, candidate: Analysis, theirs: Entity) -> bool:
    """Whether each name is a place's, right before the same noun of a gathering ("Warsaw summit" / "Wales
    Summit"): the two name which gathering it was, each in its own words."""
    if "person" in (ours.kind, theirs.kind) or ours.kind == "event" or theirs.kind == "event":
        return False
    following = []
    for analysis, entity in ((claim, ours), (candidate, theirs)):
        if entity.index + 1 >= len(analysis.tokens) \
                or entity.kind == "name" and person_like(analysis, entity):
            return False
        following.append(fold(analysis.tokens[entity.index + 1].surface))
    return following[0] == following[1] and following[0] in GATHERING_NOUNS


def _sole_places(claim: Analysis, ours: Entity, candidate: Analysis, theirs: Entity, missing: list[Entity],
                 extra: list[Entity]) -> bool:
    """Whether each is the only place of its side the other lacks, both after a preposition and of one
    level (two countries, two cities), the claim's where its occasion happened: "regretted not
    flying to Samoa in June" / "for not being able to join you in Tonga this past June". The
    verbs around them may differ; with no other place to choose from, the record's is where the claim's
    trip was. Not a city against a country (two levels of one place as often as two places), nor a side
    that names a second place (either may be the claim's), nor a place the claim only talks about ("the
    situation in Pakistan"), nor a trip one side tells as yet to come and the other not ("his first visit
    to Thailand" / "the President's upcoming visit to the ROK")."""
    if ours.kind != theirs.kind or ours.kind not in _HOST_KINDS \
            or not (ours.after_preposition and theirs.after_preposition):
        return False
    if not occasion_place(claim, ours) or _planned_before(claim, ours) != _planned_before(candidate, theirs):
        return False
    return all(entity is ours for entity in missing
               if entity.kind in _HOST_KINDS and entity.after_preposition) \
        and all(entity is theirs for entity in extra
                if entity.kind in _HOST_KINDS and entity.after_preposition)


# Words that tell an occasion yet to come, before its place.
_PLANNED_WORDS = re.compile(r"\b(?:upcoming|forthcoming|will|next|planned|(?:plans?|agreed|expected|set)\s+to"
                            r"|to\s+be\s+held)\b", re.IGNORECASE)


def _planned_before(analysis: Analysis, entity: Entity) -> bool:
    """Whether the text tells an occasion yet to come (_PLANNED_WORDS) anywhere before the place."""
    return _PLANNED_WORDS.search(analysis.text, 0, analysis.tokens[entity.index].start) is not None


def _its_country_named(entity: Entity, keys: frozenset[str], within: dict[str, frozenset[str]],
                       analysis: Analysis) -> bool:
    """Whether a city named as a party speaks for a government the other text names: "welcomed Riyadh's
    commitment" / "Saudi Arabia has committed", "Bern and Vaduz intend" / "Switzerland and Liechtenstein
    intend" (normalize reads a capital's government), and a capital after "to" ("provided vessels to Manila" /
    "... to the Philippines": `_recipient_country`). Not after a preposition of place ("in Riyadh"): a place,
    compared as one."""
    if entity.government is not None:
        return entity.government in keys
    if not entity.after_preposition:
        return bool(within.get(entity.key, frozenset()) & keys)
    return _recipient_country(entity, analysis) in keys


def governing_position_of(analysis: Analysis, entity: Entity) -> int:
    """The position of the word governing the entity's list (normalize.governing_position)."""
    return governing_position(analysis.tokens, run_bounds(analysis, entity.index)[0])


def _recipient_country(entity: Entity, analysis: Analysis) -> str | None:
    """The country of a capital after "to", past the list it is part of ("commitments to Tokyo and Manila"):
    where the other text names that country ("commitments to Japan and to the Philippines"), the capital is
    the recipient, its government, not a destination (normalize leaves "flew to Tokyo" a place)."""
    country = lexicon().capital_of.get(entity.key)
    if country is None or not entity.after_preposition:
        return None
    position = governing_position_of(analysis, entity)
    if position < 0 or analysis.tokens[position].surface.lower() != RECIPIENT_PREPOSITION:
        return None
    return country


def _as_its_government(entity: Entity) -> Entity:
    """The entity as the country whose government it stands for, when it is a capital read so."""
    return replace(entity, kind="country") if entity.government is not None else entity


def _names_a_room(analysis: Analysis, entity: Entity) -> bool:
    """Whether the name is a part of a building ("the East Room", "the Rose Garden")."""
    return entity.kind == "place" and in_building_name(analysis.tokens, entity.index, fold(analysis.text))


def _listed_with_another_agency(analysis: Analysis, entity: Entity) -> bool:
    """Whether the department is one of a list of departments ("the Department of Homeland Security and
    Department of Justice"): a claim's lone department is not swapped for a member of the record's list, which
    may name only some; a member of the claim's own list is ("the Treasury, the Pentagon and the
    State Department" / "the Treasury Department, the State Department, and the National Security Council")."""
    for other in analysis.entities:
        if other.kind != "agency" or other.key == entity.key:
            continue
        if other.index > entity.index and _listed_with(analysis, other.index, entity.index + 1, 1) \
                or other.index < entity.index and _listed_with(analysis, other.index, entity.index - 1, -1):
            return True
    return False


def another_doer(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """The claim's person said to do something ("General Secretary To Lam emphasized ...") whom the
    sentence does not name, where it names another doing it ("President Biden also emphasized ..."):
    the keys of the claim's name, else None. The sentence's own words decide, not the names its
    publication's title lends it (the readout of a meeting names both leaders)."""
    doers = [(entity, deed) for entity in claim.entities if entity.kind in ("person", "name")
             and (deed := _deed_after(claim, entity)) is not None and person_like(claim, entity)]
    said = {token.key for token in candidate.tokens}
    if not doers:
        opening = _opening_doer(claim)
        if opening is None or opening[0] in said:
            return None
        ours, deed = opening
        if any(theirs.kind in ("person", "name") and theirs.key not in claim.keys
               and not name_run(candidate, theirs.index) & claim.keys
               and (theirs.kind == "person" or _title_before(candidate, theirs))
               and _deed_after(candidate, theirs) == deed for theirs in candidate.entities):
            return {ours}
        return None
    for ours, deed in doers:
        run = name_run(claim, ours.index)
        if run & said or written_in(claim, ours.key, candidate):
            continue
        for theirs in candidate.entities:
            if (theirs.kind in ("person", "name") and theirs.key not in claim.keys
                    and not name_run(candidate, theirs.index) & claim.keys
                    and _deed_after(candidate, theirs) == deed and person_like(candidate, theirs)):
                return set(run)
    return None


def another_officer(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """The claim gives its point to one officer of a government by title ("the order directs the Treasury secretary
    to review ...") where the record's sentence names another officer ("directs the Secretary of State to
    review ...") and never the claim's, by title, department or holder's name; nor does the claim name the
    record's: another actor. The keys of the claim's officer, else None."""
    ours = cabinet_offices_named(claim.text)
    theirs = cabinet_offices_named(candidate.text) if ours else ()
    if not theirs:
        return None
    missing = [office for office in ours if not _office_named(candidate, office, claim)]
    if not missing or not any(not _office_named(claim, office, candidate) for office in theirs):
        return None
    return {key for office in missing for key in _office_keys(claim, office)}


def _office_named(analysis: Analysis, office: NamedOffice, named_in: Analysis) -> bool:
    """Whether `analysis` names the office `named_in` names at its span: by any of its titles, by a holder's name,
    or by the department its title names ("the Treasury secretary" / "the Department of the Treasury")."""
    if any(other.holders == office.holders for other in cabinet_offices_named(analysis.text)):
        return True
    folded = fold(analysis.text)
    if any(has_whole_phrase(folded, fold(holder.called)) for holder in office.holders):
        return True
    return any(entity.kind == "agency" and entity.key in analysis.keys for entity in named_in.entities
               if office.start <= named_in.tokens[entity.index].start < office.end)


def _office_keys(analysis: Analysis, office: NamedOffice) -> set[str]:
    """The keys of the office's title and of any holder's name the text gives it."""
    folded = fold(analysis.text)
    names = {key for holder in office.holders if has_whole_phrase(folded, fold(holder.called))
             for key in analyze(holder.called).keys}
    return {token.key for token in analysis.tokens if office.start <= token.start < office.end} | names


def _opening_doer(analysis: Analysis) -> tuple[str, str] | None:
    """(key, deed) of a surname the lexicon does not know opening the sentence, its deed's verb right after
    it ("Kohavi reiterated that ..."): no analysis reads the first word as a name, capitalised as every first
    word is. Not a small word, a known name, nor a plural ("Officials reiterated", "Participants agreed"),
    which names a group, not one person."""
    tokens = analysis.tokens
    if len(tokens) < 2 or not tokens[0].capitalised or tokens[0].stop or tokens[0].key.startswith("=") \
            or any(entity.index == 0 for entity in analysis.entities) \
            or analysis.text[tokens[0].end:tokens[1].start].strip():
        return None
    word, verb = fold(tokens[0].surface), tokens[1]
    if word.endswith("s") or word in lexicon().titles or verb.capitalised or verb.key not in deed_keys() \
            or not fold(verb.surface).endswith(("ed", "said", "told")):
        return None
    return tokens[0].key, verb.key


def _title_before(analysis: Analysis, entity: Entity) -> bool:
    """Whether a title or an honorific stands right before the unknown name ("Mr. Halvorsen", "Secretary
    Ambler"): the record names a person doing it."""
    first = run_bounds(analysis, entity.index)[0]
    word = analysis.tokens[first - 1].surface.lower().rstrip(".") if first else ""
    return word in HONORIFICS or title_word(word)


# "The Secretary of Commerce, in coordination with the Secretary of the Treasury, will determine ...": the
# departments after "in coordination with" assist; the one before it does the deed.
_ASSISTING = keys_of(["coordination", "consultation"])


def _assisting_from(analysis: Analysis) -> int | None:
    """The position of the first word after "in coordination with" / "in consultation with", else None."""
    tokens = analysis.tokens
    for index in range(1, len(tokens) - 1):
        if tokens[index].key in _ASSISTING and tokens[index - 1].surface.lower() == "in" \
                and tokens[index + 1].surface.lower() == "with":
            return index + 2
    return None


def assisting_agency_as_doer(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """The claim's department doing the deed ("The Treasury secretary will determine ...") where the record
    has another department do it and names the claim's only as assisting ("The Secretary of Commerce, in
    coordination with the Secretary of the Treasury, will determine ..."): the claim's department's key."""
    assisting = _assisting_from(candidate)
    if assisting is None:
        return None
    ours = next((entity for entity in claim.entities if entity.kind == "agency"), None)
    if ours is None or not _leads(claim, ours):
        return None
    claimed = _assisting_from(claim)
    if claimed is not None and claimed <= ours.index:
        return None
    theirs = next((entity for entity in candidate.entities if entity.kind == "agency"), None)
    if theirs is None or theirs.key == ours.key or theirs.index >= assisting or not _leads(candidate, theirs):
        return None
    named = [entity.index for entity in candidate.entities if entity.key == ours.key]
    if not named or min(named) < assisting:
        return None
    return {ours.key}


def _leads(analysis: Analysis, entity: Entity) -> bool:
    """Whether only small words come before the name and no other is listed with it ("The Secretary of
    Commerce, in coordination with ...", not "The Treasury and the Commerce Department will ...")."""
    return all(token.stop for token in analysis.tokens[:entity.index]) \
        and not _LISTED_AFTER.match(analysis.text, analysis.tokens[entity.index].end)


_LISTED_AFTER = re.compile(r"\s*(?:and|or|&)\b", re.IGNORECASE)


def _deed_after(analysis: Analysis, entity: Entity) -> str | None:
    """The key of the verb right after a person's name ("Biden also emphasized"), past at most two
    small words; None when a mark or another word comes first."""
    tokens, text = analysis.tokens, analysis.text
    _, last = run_bounds(analysis, entity.index)
    edge = tokens[last]
    for position in range(last + 1, min(len(tokens), last + 1 + T.DEED_AFTER_NAME_MAX_WORDS)):
        token = tokens[position]
        if text[edge.end:token.start].strip():
            return None
        if not token.stop:
            return token.key if not token.capitalised and token.key in deed_keys() else None
        edge = token
    return None


@lru_cache(maxsize=1)
def deed_keys() -> frozenset[str]:
    """Keys of the verbs whose doer a record names in its own words: saying, and what a party does of its
    own accord in a readout."""
    verbs = SPEECH_VERBS | {"reaffirmed", "proposed", "raised", "invited", "thanked", "pledged", "committed",
                            "offered", "requested", "accepted", "rejected", "agreed"}
    return frozenset(token.key for verb in verbs for token in analyze(verb).tokens)


def _located(analysis: Analysis, entity: Entity) -> bool:
    """A place the text puts something in: a known place after a preposition ("talks in Bangkok", "a
    visit to Washington"), or an unknown lone name right after a preposition of location, past a
    determiner ("met in Benguela", "at his Mar-a-Lago resort"); not a name after "to" or "from",
    which is as often a person ("a letter to Scholz")."""
    if entity.kind == "place":
        return entity.after_preposition
    if entity.kind != "name" or not entity.after_preposition or person_like(analysis, entity):
        return False
    before = [token.surface.lower() for token in analysis.tokens[max(0, entity.index - 2):entity.index]]
    if len(before) == 2 and before[-1] in _PLACE_DETERMINERS:
        before = before[:1]
    return bool(before) and before[-1] in _LOCATIVE_PREPOSITIONS


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside"})


def _after_the(analysis: Analysis, entity: Entity) -> bool:
    """Whether "the" stands right before the name: an unknown name after "in the" is a region or a building ("in
    the Indo-Pacific region", "at the Lowell Institute"), after a bare "in" a town ("in Claymont"); a town and a
    region are places of two levels, not one slot."""
    return entity.index > 0 and analysis.tokens[entity.index - 1].surface.lower() == "the"


_PLACE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


# Lower-case words that open a name ("al Qaeda", "bin Salman", "van Hollen").
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "da", "di", "van", "von", "der", "la", "le"})


def _name_particle(analysis: Analysis, index: int) -> set[str]:
    first, _ = run_bounds(analysis, index)
    if first and analysis.tokens[first - 1].surface in _NAME_PARTICLES and spaced(analysis, first - 1, first):
        return {analysis.tokens[first - 1].key}
    return set()


# The host of an occasion is where it is held ("the next summit hosted by India" / "held in Japan"); a country or
# a place hosts one, not an unknown name (a person or a body may host a dinner anywhere).
_HOST_KINDS = frozenset({"country", "place"})
_HOSTING = frozenset({"hosted", "host", "hosts", "hosting"})


def _hosted_by(analysis: Analysis, entity: Entity) -> bool:
    """Whether the name follows "hosted by" right after an occasion's word ("the Leaders' Summit hosted by
    India", "a meeting hosted by Japan"): the host, where the occasion is held."""
    index = entity.index
    if index >= 4 and analysis.tokens[index - 1].surface.lower() == "the":
        index -= 1  # "hosted by the United States"
    if index < 3 or analysis.tokens[index - 1].surface.lower() != "by" \
            or analysis.tokens[index - 2].surface.lower() not in _HOSTING:
        return False
    return analysis.tokens[index - 3].key in MEETING_OR_JOURNEY_KEYS


# Words naming a meeting or a journey: a place next to one is where the claim's occasion was
# ("met in Malta", "the Vienna meeting", "a visit to Beijing").
MEETING_OR_JOURNEY_KEYS = keys_of(["=talks", "summit", "=woodside_summit", "=phone_call", "visit", "trip", "travel",
                                   "hold"])


def occasion_place(claim: Analysis, entity: Entity) -> bool:
    """The claim's place is where its occasion happened, not a topic: "during
    the Bangkok talks", "at Woodside", "met in Malta", "the Vienna meeting",
    "the summit hosted by India"; not "the situation in the Middle East"."""
    tokens = claim.tokens
    if _hosted_by(claim, entity):
        return True
    before = [token for token in tokens[:entity.index] if not token.stop or token.surface.lower() in ("during", "at")]
    if before and before[-1].surface.lower() in ("during", "at"):
        return True
    after = next((token for token in tokens[entity.index + 1:] if not token.stop), None)
    if after is not None and after.key in MEETING_OR_JOURNEY_KEYS and after.start - tokens[entity.index].end <= 1:
        return True
    return bool(before) and entity.after_preposition and before[-1].key in MEETING_OR_JOURNEY_KEYS


# Nouns of a gathering a topic written before them names ("climate talks", "the Strategic Dialogue", "the
# Counternarcotics Working Group"); "group" only after "working".
_TOPIC_GATHERING_NOUNS = frozenset({"talks", "dialogue", "negotiations", "summit", "conference", "forum"})
# Words before such a noun that tell how, when or at what level a gathering was held, not what it was about.
_NOT_A_TOPIC = frozenset({
    "bilateral", "trilateral", "multilateral", "virtual", "video", "phone", "telephone", "online", "high-level",
    "senior-level", "working-level", "leaders", "leader", "ministerial", "first", "second", "third", "next", "last",
    "latest", "annual", "inaugural", "formal", "informal", "direct", "indirect", "new", "further", "joint",
    "special", "emergency", "extraordinary", "upcoming", "recent", "previous", "planned", "closed-door",
    "face-to-face", "in-person", "two-day", "one-day", "three-day", "day-long", "marathon", "separate",
    "follow-up", "official", "regional", "global", "international", "expanded", "broader", "wide-ranging",
    "lengthy", "intense", "substantive", "candid", "productive", "constructive", "frank", "preliminary",
    "initial", "final", "key", "major", "landmark", "historic", "technical", "expert", "round", "ongoing",
    "renewed", "fresh", "stalled", "long-awaited", "weekend", "weekly", "monthly", "summit", "level", "leaders'",
    "leaders\u2019", "ministers", "government", "interagency", "in-depth", "detailed", "private", "public",
    "secret", "cordial", "positive", "successful", "important", "strategic"})
# Endings of words that describe a gathering ("meaningful dialogue", "constructive talks", "stalled negotiations"),
# where a topic is a noun ("climate talks", "shipbuilding working group"); a hyphened word in lower case
# ("face-to-face", "in-person", "first-ever", "four-way", whose last word may stand alone) describes it too.
_DESCRIBING_ENDINGS = ("ful", "ive", "ous", "ed", "al")
# Verbs whose object a gathering is ("will hold climate talks", "to open negotiations"): no topic of it. Read by the
# stemmer's key of the word as written (word_key, which reads IRREGULAR_VERBS), so every inflection of each ("held",
# "opens", "hosting"), not by the analysis's alias groups ("launch" is "=begin" there); a stop word ("have", "after")
# ends a topic anyway.
_GATHERING_VERBS = frozenset(map(word_key, [
    "hold", "open", "begin", "start", "resume", "continue", "launch", "convene", "host", "attend", "join", "chair",
    "restart", "reestablish", "re-establish", "conclude", "complete", "affect", "enter", "end", "lead", "pursue",
    "seek", "set", "plan"]))
# A party, a venue or a named event before the noun says who met or where, not what about.
_NOT_A_TOPIC_KINDS = frozenset({"person", "country", "place", "event", "agency"})


def _gathering_topics(analysis: Analysis, undated: bool = False) -> list[frozenset[str]]:
    """The topics the sentence's gatherings are named by ("climate talks": {climate}; "the U.S.-PRC
    Counternarcotics Working Group": {counternarcotics}), one set of keys a gathering. With `undated`, not a
    gathering that only dates the deed ("hours after a harbour summit ended"): another publication may date the
    same deed by another gathering ("ahead of the fisheries summit")."""
    tokens = analysis.tokens
    kinds = {entity.index: entity.kind for entity in analysis.entities}
    topics = []
    for index, token in enumerate(tokens):
        word = fold(token.surface)
        if word == "group" and index and fold(tokens[index - 1].surface) == "working":
            head = index - 1
        elif word in _TOPIC_GATHERING_NOUNS:
            head = index
        else:
            continue
        topic: list[str] = []
        position = head - 1
        while position >= 0 and len(topic) < T.GATHERING_TOPIC_WORDS:
            before = tokens[position]
            surface = fold(before.surface)
            if before.stop or surface in _NOT_A_TOPIC or kinds.get(position) in _NOT_A_TOPIC_KINDS \
                    or not surface.replace("-", "").isalpha() or "-" in surface and not before.capitalised \
                    or analysis.text[before.start - 1:before.start] == "-" and not before.capitalised \
                    or word_key(surface) in _GATHERING_VERBS or surface.endswith(_DESCRIBING_ENDINGS) \
                    or is_month_key(before.key) or surface in MONTHS or surface.capitalize() in WEEKDAYS \
                    or analysis.text[before.end:tokens[position + 1].start] != " ":
                break
            topic.append(before.key)
            position -= 1
        if topic and not (undated and _dates_the_deed(analysis, position)):
            topics.append(frozenset(topic))
    return topics


# Prepositions that place a deed in time by a gathering rather than at it.
_DATING_PREPOSITIONS = frozenset({"after", "before", "ahead", "following", "since", "until", "eve"})


def _dates_the_deed(analysis: Analysis, index: int) -> bool:
    """Whether the words up to `index` end in a dating preposition, past determiners and numbers ("after the",
    "ahead of a", "on the eve of the")."""
    position = index
    while position >= 0 and (analysis.tokens[position].stop and analysis.tokens[position].surface.lower()
                             not in _DATING_PREPOSITIONS or analysis.tokens[position].key.isdigit()):
        if analysis.tokens[position].surface.lower() not in ("the", "a", "an", "of", "this", "that", "last",
                                                             "next", "its", "their"):
            return False
        position -= 1
    return position >= 0 and analysis.tokens[position].surface.lower() in _DATING_PREPOSITIONS


def another_topic_of_gathering(claim: Analysis, record: Analysis) -> frozenset[str] | None:
    """The claim names its gathering by a topic ("will hold climate talks in Beijing") that the record's
    sentence never writes, and the sentence names its own gathering by another topic the claim never writes
    ("to launch the U.S.-PRC Counternarcotics Working Group" in Beijing): talks on another matter, another
    event. The keys of the claim's topic, else None."""
    ours = [topic for topic in _gathering_topics(claim, undated=True) if not topic & record.keys]
    if not ours or not any(not topic & claim.keys for topic in _gathering_topics(record)):
        return None
    return frozenset().union(*ours)
