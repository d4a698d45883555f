"""Who said or did it (misattributed, actor_mismatch): the side a record sentence speaks for, the speaker of
a transcript turn, office holders, and the same point said or done by another party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verifier import thresholds as T
from verifier.claims import (
    NO_ATTRIBUTION,
    sentence_attribution,
    speaker_side,
)
from verifier.evidence import (
    Candidate,
    line_speaker_keys,
    local_day,
    title_author_keys,
    title_speaker_countries,
)
from verifier.memo import per_check
from verifier.normalize import (
    HONORIFICS,
    PERSON_OFFICES,
    PERSON_TITLES,
    SPEECH_VERBS,
    THIRD_PERSON_SUBJECTS,
    Analysis,
    analyze,
    fold,
    has_whole_phrase,
    lexicon,
    possessive,
    sayer_keys,
    speaker_keys,
)
from verifier.offices import holder_countries, offices, with_holders
from verifier.rules.actors import deed_keys, run_bounds, swapped_roles
from verifier.rules.codes import ACTOR_MISMATCH, CLAUSE_MARKS, Conflict
from verifier.rules.conflicts import find_conflicts
from verifier.segment import split_sentences


def speaks_for(candidate: Candidate, side: str) -> bool:
    """Whether the candidate states what `side` said: it was published by that
    side, or one of its sentences is that side's words — a transcript speaker
    ("PRESIDENT XI") or a sentence reporting them ("The PRC announced that ...").
    A U.S. readout quoting the Chinese side is the record of what China said."""
    if candidate.side == side:
        return True
    return any(cached_speaker_side(hit.speaker) == side or _sentence_side(hit.text) == side for hit in candidate.hits)


@lru_cache(maxsize=50_000)
def cached_speaker_side(label: str | None) -> str:
    return speaker_side(label)


@lru_cache(maxsize=50_000)
def _sentence_side(sentence: str) -> str:
    # A list item's mark ("- President Trump and President Xi agreed ...") is no word of the sentence:
    # left in, it hides who opens it.
    sentence = LIST_MARK.sub("", sentence, count=1)
    side, phrase = sentence_attribution(sentence)
    if phrase and _TOLD_THE_PUBLISHER.match(sentence, sentence.find(phrase) + len(phrase)):
        # "The Chinese delegation told us that ...": the publisher's account of
        # what was said to it in private, not a statement of the other side.
        return NO_ATTRIBUTION
    return side


_TOLD_THE_PUBLISHER = re.compile(r"\s+(?:us|me)\b", re.IGNORECASE)
LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+")


def with_record_office_holders(claim: Analysis, candidate: Candidate, conflict: Conflict) -> Conflict:
    """The claim's office is read with its holder's name on the article's day ("the National Security
    Advisor Sullivan's meetings"); a record sentence naming that office by title alone names the same
    person on its own day, so it is compared with the holder written in the same way."""
    named = record_with_holders(candidate)
    return conflict if named is None else find_conflicts(claim, named)


def with_title_holders(claim: Analysis, candidate: Candidate, conflict: Conflict) -> Conflict:
    """A person the publication's title names after an office ("Readout of Vice President Harris's Meeting with
    Prime Minister Kishida of Japan", "Remarks by President Biden and Taoiseach Leo Varadkar") is who its sentences
    mean by that office alone ("the Prime Minister's decisive action") or by the given name ("thank you, Leo"): the
    record sentence is compared with the name written in. Kept only when that takes away a disagreement and adds
    none: the name written in is the title's, never a guess. Not a conflict of who did it to whom ("The Prime
    Minister thanked the President" for "the president thanked Netanyahu"), which the titles tell as they stand,
    nor of whose words they are."""
    if conflict.swapped or conflict.said_by_another or swapped_roles(claim, candidate.analysis):
        return conflict
    named = _record_with_title_holders(candidate.analysis.text, candidate.first.title or "")
    if named is None:
        return conflict
    again = find_conflicts(claim, analyze(named))
    return again if set(again.reasons) < set(conflict.reasons) else conflict


# The offices a title writes before a person's name, and the name: capitalised words up to the title's next part
# ("of Japan", "'s Meeting", ", and", "Before Bilateral Meeting").
_TITLE_OFFICE = (r"Vice\s+President|President|Prime\s+Minister|Governor|Taoiseach|Chancellor|King|Queen|Pope|Premier|"
                 r"Emir|Crown\s+Prince|Prince|Secretary-General|Secretary\s+General|Senator|Mayor")
_TITLED_PERSON = re.compile(
    rf"\b(?P<office>{_TITLE_OFFICE})\s+(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}?)"
    r"(?=['’]s\b|\s+of\b|\s*,|\s+and\b|\s+(?:Before|After|During|at|in|on|for|to)\b|\s*\||\s*$)")


@lru_cache(maxsize=8_192)
def _title_people(title: str) -> tuple[tuple[str, str], ...]:
    """(office, name) of each person the title names after an office, each office written once: an office two
    of them hold ("President Biden ... and President Yoon") tells neither apart."""
    people = [(" ".join(match.group("office").split()), match.group("name"))
              for match in _TITLED_PERSON.finditer(title)]
    offices_held = [fold(office) for office, _ in people]
    return tuple((office, name) for office, name in people if offices_held.count(fold(office)) == 1)


@lru_cache(maxsize=8_192)
def _record_with_title_holders(text: str, title: str) -> str | None:
    """`text` with each title person's surname written after "the <office>" it names them by alone, and after
    their given name written alone; None when it names none of them so."""
    people = _title_people(title)
    if not people:
        return None
    given_names = [name.split()[0] for _, name in people if len(name.split()) > 1]
    insertions: list[tuple[int, str]] = []
    for office, name in people:
        surname = name.split()[-1]
        office_words = r"\s+".join(office.split())
        for match in re.finditer(rf"\b[Tt]he\s+{office_words}(?![\w-]|\s+[A-Z])", text):
            insertions.append((match.end(), " " + surname))
        given = name.split()[0]
        if len(name.split()) > 1 and given_names.count(given) == 1:
            for match in re.finditer(rf"\b{re.escape(given)}\b(?!\s+[A-Z])", text):
                insertions.append((match.end(), " " + surname))
    if not insertions:
        return None
    for at, words in sorted(insertions, reverse=True):
        text = text[:at] + words + text[at:]
    return text


def record_with_holders(candidate: Candidate) -> Analysis | None:
    """The record sentence with the holder's name written after each office it names by title alone on its
    own day (offices.with_holders), as the claim's are; None when it names no such office."""
    named = with_holders(candidate.analysis.text, local_day(candidate.first), candidate.side)
    return None if named == candidate.analysis.text else analyze(named)


def another_speaker(claim: Analysis, candidate: Candidate) -> Conflict:
    """The claim has one person say it ("Biden said 20,000 Indians were
    stuck"); the record's lines are another's, in a transcript where the
    claim's speaker has lines of their own (remarks by Biden and Modi, the
    words Modi's): who said it differs. A speaker who is no author of the transcript at all is left to
    `_speaker_without_a_line`."""
    ours = sayer_keys(claim)
    authors = title_author_keys(candidate.first.title or "")
    if not ours or not authors:
        return _NO_CONFLICT
    if not ours & authors:
        return _speaker_without_a_line(claim, candidate, ours)
    # A label of an office ("THE PRESIDENT:") is its holder on the day, as a label of a name is.
    labelled = [line_speaker_keys(hit) if hit.speaker else frozenset() for hit in candidate.hits]
    holders = holder_names()
    # A speaker the title ties to a country ("Prime Minister Andersson of Sweden") is that country's in that
    # office ("The Swedish prime minister notes ..."), as an office holder the offices table knows is; not
    # another office of the country ("Singapore's foreign minister" is not its prime minister).
    folded = fold(claim.text)
    countries = {key: country for key, (country, office) in title_speaker_countries(candidate.first.title or "").items()
                 if office and has_whole_phrase(folded, office)}
    if not all(labelled) or any((keys | {holders[key].side for key in keys if key in holders}
                                 | {countries[key] for key in keys if key in countries}) & ours
                                for keys in labelled):
        return _NO_CONFLICT  # the claim's speaker's own line, named or by country ("The Chinese leader recalled")
    if ours & speaker_keys(candidate.analysis):
        # "as President Biden said": the line reports the claim's speaker. A line naming them otherwise
        # ("Prime Minister Modi and I have agreed") is still its own speaker's words.
        return _NO_CONFLICT
    return Conflict((ACTOR_MISMATCH,), ours, said_by_another=True)


def _speaker_without_a_line(claim: Analysis, candidate: Candidate, ours: frozenset[str]) -> Conflict:
    """The claim's speaker (`ours`, people only) is no author of the transcript ("Harris replies that ..." against
    "Remarks by President Biden and President Ruto"): each line there is one of its authors', labelled, or the
    sole author's statement, so a line no label gives the claim's speaker, and that does not report them, is
    another's words."""
    people = {entity.key for entity in claim.entities if entity.kind == "person"}
    # A given name the lexicon does not know, right before a known person's ("Kamala Harris"), is part of the
    # person's name, not another speaker; a mark between them parts them ("grateful to you, Tamsin," Harris said).
    names = {entity.index: entity for entity in claim.entities}
    tokens = claim.tokens
    for entity in claim.entities:
        before = entity.index - 1
        while entity.kind == "person" and before in names and names[before].kind == "name" \
                and not claim.text[tokens[before].end:tokens[before + 1].start].strip():
            people.add(names[before].key)
            before -= 1
    if not ours <= people:
        return _NO_CONFLICT
    lines = [line_speaker_keys(hit) for hit in candidate.hits]
    if not all(lines) or any(keys & ours for keys in lines) or ours & speaker_keys(candidate.analysis):
        return _NO_CONFLICT
    return Conflict((ACTOR_MISMATCH,), ours, said_by_another=True)


_NO_CONFLICT = Conflict((), frozenset())

def said_by_another_party(claim: Analysis, claim_subjects: list[_Subject], candidate: Candidate) -> Conflict:
    """The claim gives a point to one party ("The Norwegians stressed that the effort is guided by ...");
    the record's sentence has another party say or do it with the same verb ("They [Secretary Rubio
    and his team] emphasized that this effort is guided by ..."): who said it is part of what the
    article states. Parties are sides: a country or its people ("Ukrainian representatives"), or an
    office holder the offices table knows ("Secretary Rubio": the United States), so "U.S. officials
    said" and "Secretary Blinken said" are one party. A subject naming no side ("the two leaders",
    "the President", "the White House") decides nothing, nor does a pronoun the window gives no
    antecedent. Of a window, the sentence sharing most of the claim's words is the one compared.
    `claim_subjects` are the claim's own (subjects_of), read once for all its candidates."""
    ours = _sayers(claim_subjects, None)
    if not ours:
        return _NO_CONFLICT
    sentences = [analyze(hit.text) for hit in candidate.hits]
    point = max(range(len(sentences)), key=lambda i: len(sentences[i].keys & claim.keys))
    record, record_subjects = sentences[point], subjects_of(sentences[point])
    theirs = _sayers(record_subjects, sentences[point - 1] if point else None)
    compared = [verb for verb in ours if verb in theirs]
    if not compared or any(ours[verb] & theirs[verb] for verb in compared):
        return _NO_CONFLICT
    our_sides = set().union(*(ours[verb] for verb in compared))
    their_sides = set().union(*(theirs[verb] for verb in compared))
    if our_sides & _sides_spoken_of(claim, claim_subjects, compared) \
            and their_sides & _sides_spoken_of(record, record_subjects, compared):
        # Each party speaks of itself ("Okafor said Norway is prepared to cooperate with ..." / "President
        # Lindqvist stated that Sweden is prepared to cooperate with ..."): two leaders' mirrored statements, the
        # record holding one of them, not the claim's point given to another.
        return _NO_CONFLICT
    if their_sides & _sides_spoken_to(claim, claim_subjects, compared):
        # The claim's speaker speaks to the record's ("Xi told Sullivan that ...") or of what it did ("the envoy
        # said the other delegation would not engage ..."): the record's line is that party's own side of
        # the exchange, not the claim's words in another's mouth.
        return _NO_CONFLICT
    # The words that name the claim's sayer (its sides when they cannot be read): a support confirms the
    # claim only when it names that sayer too ("With respect to Japan, President Biden welcomed that" is
    # stated by its own words, whoever else the record has welcoming it).
    named = {claim.tokens[i].key for subject in claim_subjects if subject.verb in compared
             for i in subject.words if not claim.tokens[i].stop}
    # Said, not done: the claim's words are another party's ("The Ukrainians stressed that ..." of Rubio's).
    said = all(verb in _speech_verb_keys() for verb in compared)
    return Conflict((ACTOR_MISMATCH,), frozenset(named or our_sides), said_by_another=said)


@lru_cache(maxsize=1)
def _speech_verb_keys() -> frozenset[str]:
    """The keys of the verbs of saying (normalize.SPEECH_VERBS): a party's words, not its deeds."""
    return frozenset(token.key for verb in SPEECH_VERBS for token in analyze(verb).tokens)


def deed_of_the_other_party(claim: Analysis, candidate: Candidate) -> Conflict:
    """The two parties of a sentence with their parts the other way round: the claim has one party do the
    deed ("Chile will also lift the duties on some gliders ... under the U.S. proclamations"), the
    record has the other do it, naming the claim's doer only as what the deed is done to or for ("The
    United States will also lift duties on some gliders and glider parts of Chile"). Both
    parties are in both sentences, so neither names an absent party; what differs is who acts. A party
    is a side: a country, its capital, or an office holder the offices table knows (the record's
    "The President" read as its holder on its day)."""
    ours = _doer(claim)
    if ours is None:
        return _NO_CONFLICT  # before reading the record: most claims open with no party doing a deed
    record = record_with_holders(candidate) or candidate.analysis
    theirs = _doer(record)
    if theirs is None:
        return _NO_CONFLICT
    our_side, our_subject = ours
    their_side, their_subject = theirs
    if our_side == their_side:
        return _NO_CONFLICT
    # Each sentence names the other's doer, and never as a doer of its own: "South Korea has given" in
    # the claim's second clause is that party's own deed, which the record may well tell alone.
    if our_side not in _sides_outside(record, their_subject) or our_side in _doing_sides(record) \
            or their_side not in _sides_outside(claim, our_subject) or their_side in _doing_sides(claim):
        return _NO_CONFLICT
    # The conflict is about both parties: the claim's words for each are left out of the same-point test
    # (a window whose other sentence names them is no support of the claim's roles).
    sides = _party_sides(claim, capitals=False)
    named = {claim.tokens[i].key for i in our_subject} | {claim.tokens[i].key for i, side in sides.items()
                                                          if side == their_side}
    return Conflict((ACTOR_MISMATCH,), frozenset(named), doer_side=our_side)


# The modals and "have" that stand between a subject and its verb ("will drop", "has given").
_MODALS_AND_HAVE = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has",
                              "have", "had"})
# Words between a subject and its verb: auxiliaries and the adverbs news prose sets there ("India will
# also drop", "the United States has now lifted").
_SUBJECT_TO_VERB = _MODALS_AND_HAVE | {"also", "now", "then", "further", "already", "jointly", "separately"}


def _party_sides(analysis: Analysis, capitals: bool = True) -> dict[int, str]:
    """Token position -> the side (country key) it names: a country or its people ("Chinese"), an office
    holder's name ("Secretary Rubio", "President Biden") and, with `capitals`, a capital standing for its
    country ("Beijing said"; elsewhere than as a doer a capital is as often the place: "visit Washington")."""
    located_in = lexicon().located_in
    holders = holder_names()
    sides = {}
    for entity in analysis.entities:
        if entity.kind == "country":
            sides[entity.index] = entity.key
        elif capitals and entity.kind == "place" and located_in.get(entity.key, "").startswith("="):
            sides[entity.index] = located_in[entity.key]
    for index in range(len(analysis.tokens)):
        if index not in sides and _names_a_holder(analysis, index):
            sides[index] = holders[analysis.tokens[index].key].side
    return sides


@per_check
def _doer(analysis: Analysis) -> tuple[str, tuple[int, ...]] | None:
    """(side, subject positions) of the party that opens the sentence's first clause with a verb ("The
    United States will also remove", "As we strengthen ties, the United States launched"): only small
    words, titles and names before it in its clause, and after it only auxiliaries and adverbs before a
    word that reads as a verb (after an auxiliary, or a past tense). When that verb is one of saying ("Biden
    said the U.S. would invest ..."), the deed is the reported clause's, and so is its doer. None when the
    first party named opens no such clause: a possessive ("India's ministry"), a list ("the U.S. and
    India"), an object; or only says something ("Xi said the relationship is ...")."""
    sides = _party_sides(analysis)
    if not sides:
        return None
    found = _clause_subject(analysis, min(sides), sides)
    if found is None:
        return None
    subject, verb = found
    if fold(analysis.tokens[verb].surface) in SPEECH_VERBS:
        # Who says it is not who does it: which party said what is said_by_another_party's business.
        later = [index for index in sides if index > verb]
        reported = _clause_subject(analysis, min(later), sides, after=verb) if later else None
        return (sides[min(later)], tuple(reported[0])) if reported is not None else None
    return sides[min(sides)], tuple(subject)


# Small words between a verb of saying and the subject of the clause it reports ("said that the U.S.").
_REPORTED_OPENERS = frozenset({"that", "the", "a", "an"})


def _clause_subject(analysis: Analysis, index: int, sides: dict[int, str], after: int | None = None
                    ) -> tuple[list[int], int] | None:
    """(subject positions, verb position) when the party at `index` opens a clause (the sentence's, one
    after a mark, or - with `after` - the one a verb of saying at `after` reports) and a verb follows it."""
    tokens, text = analysis.tokens, analysis.text
    first, last = run_bounds(analysis, index)
    titles = lexicon().titles
    start = first
    while start > 0 and start - 1 != after and not CLAUSE_MARKS.search(text, tokens[start - 1].end,
                                                                         tokens[start].start):
        before = tokens[start - 1]
        word = fold(before.surface).rstrip(".")
        reported = after is not None and word in _REPORTED_OPENERS
        if not (before.capitalised or word in ("the", "a", "an") or word in titles or word in PERSON_TITLES
                or reported):
            return None  # an object or a possessor of another word ("tariffs on India", "with Xi")
        start -= 1
    verb = _verb_after(analysis, last)
    if verb is None:
        return None
    subject = [position for position in range(start, last + 1)
               if fold(tokens[position].surface) not in _REPORTED_OPENERS or position in sides]
    return subject, verb


def point_doer(claim: Analysis, record: Analysis) -> str | None:
    """The side of the doer of the record's sentence that shares most of the claim's words: of a window
    of several sentences, the point's, not whoever opens the first ("Kenya will address ... The U.S. plans
    to join ...")."""
    sentences = [analyze(sentence.text) for sentence in split_sentences(record.text)] or [record]
    point = max(sentences, key=lambda sentence: len(sentence.keys & claim.keys))
    doer = _doer(point)
    return doer[0] if doer is not None else None


def _doing_sides(analysis: Analysis) -> set[str]:
    """The sides a sentence names right before a verb other than one of saying, in any of its clauses ("...
    South Korea has given"), not after a preposition: "parts of India imposed to ..." is what was done to
    India's goods."""
    tokens = analysis.tokens
    doing = set()
    for index, side in _party_sides(analysis).items():
        first, last = run_bounds(analysis, index)
        while first > 0 and (tokens[first - 1].capitalised or fold(tokens[first - 1].surface) in ("the", "a", "an")):
            first -= 1  # the titles and article before the name
        if first > 0 and fold(tokens[first - 1].surface) in _PREPOSITIONS_BEFORE_A_PARTY:
            continue
        verb = _verb_after(analysis, last)
        if verb is not None and fold(tokens[verb].surface) not in SPEECH_VERBS:
            doing.add(side)  # not "Xi said ...": who tells of a deed does not do it
    return doing


# A side named after one of these ("parts of India", "tariffs on China") is what a deed is done to or about,
# not its doer.
_PREPOSITIONS_BEFORE_A_PARTY = frozenset({"of", "on", "to", "from", "with", "by", "for", "in", "at", "against",
                                          "into", "onto", "toward", "towards", "about", "over", "under", "between",
                                          "among", "through"})


def _verb_after(analysis: Analysis, last: int) -> int | None:
    """The position of the verb after token `last`, past auxiliaries and adverbs and no mark: a word that
    reads as a verb, one after an auxiliary ("will also drop", "has given"), a past tense ("launched"), a
    verb of saying or a present tense before "to" ("plans to join"). None when another word comes first."""
    tokens, text = analysis.tokens, analysis.text
    if possessive(tokens[last]):
        return None
    position, edge, helped = last + 1, tokens[last], False
    while position < len(tokens):
        token = tokens[position]
        gap = text[edge.end:token.start].strip()
        if gap and not (gap == "." and "." in edge.surface):  # "U.S. will": an abbreviation's last full stop
            return None  # a mark after the name: a list, an apposition, another clause
        word = fold(token.surface)
        if word in _SUBJECT_TO_VERB:
            helped = helped or word in _MODALS_AND_HAVE
            position, edge = position + 1, token
            continue
        if word in SPEECH_VERBS and not token.capitalised:
            return position  # "said", a small word of the index's, is a verb all the same
        if token.stop or token.capitalised:
            return None
        # A present tense before "to" ("plans to join", "intends to"): a noun in -s seldom stands there.
        planned = word.endswith("s") and position + 1 < len(tokens) and fold(tokens[position + 1].surface) == "to"
        return position if helped or planned or word.endswith("ed") or word in SPEECH_VERBS else None
    return None


def _sides_outside(analysis: Analysis, subject: tuple[int, ...]) -> set[str]:
    """The sides a sentence names other than in its subject."""
    return {side for index, side in _party_sides(analysis, capitals=False).items() if index not in subject}


# Small words inside a subject and between it and its verb: "Secretary Rubio and his team", "it was Rubio
# who said", "Modi has also said"; any other small word ("of Qatar to express") ends the subject.
_SUBJECT_SMALL_WORDS = frozenset({"the", "a", "an", "and", "his", "her", "their", "its", "who", "also", "has", "have",
                                  "had"}) | HONORIFICS


@lru_cache(maxsize=1)
def _saying_keys() -> frozenset[str]:
    """Keys of the verbs whose subject is who said or did the point: saying, and a party's own deeds."""
    verbs = {"commended", "pledged", "reaffirmed", "thanked", "praised", "welcomed", "expressed", "conveyed"}
    return frozenset(token.key for verb in verbs for token in analyze(verb).tokens) | deed_keys()


@dataclass(frozen=True)
class _HolderName:
    """What an office holder's name tells of whoever it names."""
    side: str  # the key of the country the holder speaks for ("=us")
    given_names: frozenset[str]  # given names of the holders called so, folded: "Marco Rubio" is still Rubio


@lru_cache(maxsize=1)
def holder_names() -> dict[str, _HolderName]:
    """Key of an office holder's name (the last word of what a readout calls them) -> their side and given
    names ("=rubio" -> "=us", {"marco"}), from verifier/data/offices.json, read once. It holds the holders of
    a country the lexicon knows by name whose name no other country's holder has (holder_countries); the
    given names are those of every holder called so."""
    given: dict[str, set[str]] = {}
    for _, held in offices().holders.values():
        for holder in held:
            keys = _name_keys(holder.called)
            if keys:
                given.setdefault(keys[-1], set()).update(fold(word).rstrip(".") for word in holder.name.split()[:-1])
    found = {}
    for name, country in holder_countries().items():
        keys = _name_keys(name)
        side = [token.key for token in analyze(country.upper() if len(country) <= 2 else country.title()).tokens]
        if keys and len(side) == 1 and side[0].startswith("="):  # a country the lexicon knows by name
            found[keys[-1]] = _HolderName(side[0], frozenset(given[keys[-1]]))
    return found


def _name_keys(name: str) -> list[str]:
    """The keys of the words of a name as a readout writes it ("Wang Yi", "Rubio"), small words left out."""
    return [token.key for token in analyze(name.title()).tokens if not token.stop]


def _sides_spoken_of(analysis: Analysis, subjects: list[_Subject], verbs: list[str]) -> set[str]:
    """The sides a sentence names after its first verb of the given keys: what its sayer speaks of
    ("... said the present text serves Norway's national interests": Norway)."""
    said = [subject.position for subject in subjects if subject.verb in verbs]
    if not said:
        return set()
    holders = holder_names()
    sides = {entity.key for entity in analysis.entities if entity.kind == "country" and entity.index > said[0]}
    return sides | {holders[analysis.tokens[i].key].side for i in range(said[0] + 1, len(analysis.tokens))
                    if _names_a_holder(analysis, i)}


def _sides_spoken_to(analysis: Analysis, subjects: list[_Subject], verbs: list[str]) -> set[str]:
    """The sides named right after a verb of speech of the given keys: whom it is said to ("told
    Sullivan"), or the subject of the clause it reports ("said the Chinese delegation did not ...")."""
    speech = _speech_key()
    holders = holder_names()
    countries = {entity.index: entity.key for entity in analysis.entities if entity.kind == "country"}
    sides: set[str] = set()
    for subject in subjects:
        if subject.verb not in verbs or subject.verb != speech:
            continue
        after = subject.position + 1
        for position in range(after, min(len(analysis.tokens), after + T.ADDRESSEE_REACH)):
            token = analysis.tokens[position]
            if position in countries:
                sides.add(countries[position])
            elif _names_a_holder(analysis, position):
                sides.add(holders[token.key].side)
    return sides




@lru_cache(maxsize=1)
def _speech_key() -> str:
    """The key every verb of saying folds to ("said", "stated", "told")."""
    return analyze("said").tokens[0].key


def holders_countries(analysis: Analysis) -> frozenset[str]:
    """The keys of the countries whose office holders the text names by name ("Remarks by President Biden and
    Prime Minister Kishida": "=us", "=japan"; verifier/data/offices.json, _names_a_holder)."""
    holders = holder_names()
    return frozenset(holders[analysis.tokens[index].key].side for index in range(len(analysis.tokens))
                     if _names_a_holder(analysis, index))


def _names_a_holder(analysis: Analysis, index: int) -> bool:
    """Token `index` is an office holder's name standing alone or after a title or their own given name
    ("Secretary Rubio", "Boris Johnson"), not part of another name ("Mike Johnson", "Johnson & Johnson")."""
    tokens = analysis.tokens
    token = tokens[index]
    holder = holder_names().get(token.key)
    if holder is None or not token.capitalised:
        return False
    for position in (index - 1, index + 1):
        if not 0 <= position < len(tokens):
            continue
        gap = analysis.text[tokens[min(index, position)].end:tokens[max(index, position)].start]
        if "&" in gap:
            return False
        other = tokens[position]
        word = fold(other.surface).rstrip(".")
        if other.capitalised and not other.stop and gap.strip() in ("", ".") and word not in lexicon().titles \
                and word not in PERSON_OFFICES and word not in holder.given_names \
                and not (position == index - 1 and position in {e.index for e in analysis.entities
                                                                 if e.kind == "country"}):
            return False
    return True


@dataclass(frozen=True)
class _Subject:
    """A verb of saying or doing in a sentence and the words before it that say who said or did it."""
    verb: str  # the verb's key
    position: int  # the verb's position among the sentence's tokens
    words: tuple[int, ...]  # the subject's positions ("it was Secretary Rubio who said": Secretary, Rubio, who)
    sides: frozenset[str]  # the sides (country keys) the subject names: countries, office holders
    pronoun: bool  # a bare "He", "She" or "They" opening the sentence: the sentence before says who


def subjects_of(analysis: Analysis) -> list[_Subject]:
    """Each verb of saying or doing in the past or present tense ("stressed", "says"; not the noun
    "call") with its subject: the words right before the verb in its clause ("it was Secretary Rubio
    who said"), auxiliaries and "also" left out, and the sides they name. One pass for everything the
    party rules read of who says what (said_by_another_party)."""
    tokens, text = analysis.tokens, analysis.text
    countries = {entity.index: entity.key for entity in analysis.entities if entity.kind == "country"}
    holders = holder_names()
    found = []
    for index, token in enumerate(tokens):
        word = fold(token.surface)
        if token.key not in _saying_keys() or token.capitalised or not (word.endswith(("ed", "s"))
                                                                         or word in ("said", "told")):
            continue
        start, common = index, 0
        while start > 0 and index - start < T.SAYER_PHRASE_REACH:
            before = tokens[start - 1]
            gap = text[before.end:tokens[start].start]
            small = fold(before.surface).rstrip(".")
            if not before.stop and not before.capitalised:
                common += 1  # "representatives", "prime minister": a subject's head noun and its modifier
            if any(mark in gap for mark in ",;:()\"“”—–") or before.key in _saying_keys() \
                    or before.stop and before.key != "=record_source" and small not in _SUBJECT_SMALL_WORDS \
                    and small not in THIRD_PERSON_SUBJECTS or common > T.SAYER_COMMON_WORDS:
                break
            start -= 1
        words = tuple(i for i in range(start, index) if fold(tokens[i].surface) not in ("also", "has", "have", "had"))
        if words and fold(tokens[words[-1]].surface) == "and":
            # "Biden met with King Abdullah of Jordan and reaffirmed ...": a verb right after "and" shares the
            # subject of the verb before it; the words before "and" end that verb's object ("A and B said"
            # would have B right before the verb). Its subject is the earlier one found, else none read.
            earlier = found[-1] if found and found[-1].position < start else None
            found.append(_Subject(token.key, index, earlier.words if earlier else (),
                                  earlier.sides if earlier else frozenset(),
                                  earlier.pronoun if earlier else False))
            continue
        sides = frozenset({countries[i] for i in words if i in countries}
                          | {holders[tokens[i].key].side for i in words if _names_a_holder(analysis, i)})
        pronoun = len(words) == 1 and words[0] == 0 and fold(tokens[0].surface) in THIRD_PERSON_SUBJECTS
        found.append(_Subject(token.key, index, words, sides, pronoun))
    return found


def _sayers(subjects: list[_Subject], previous: Analysis | None) -> dict[str, set[str]]:
    """Verb key -> the sides (country keys) its subjects name, for each verb of saying or doing (see
    subjects_of). A bare "He" or "They" opening the sentence is the subject of the sentence before,
    when there is one. Verbs whose subject names no side are left out."""
    found: dict[str, set[str]] = {}
    for subject in subjects:
        if subject.pronoun:
            if previous is not None:
                for sides in _sayers(subjects_of(previous), None).values():
                    found.setdefault(subject.verb, set()).update(sides)
            continue
        if subject.sides:
            found.setdefault(subject.verb, set()).update(subject.sides)
    return found
