"""Where it happened (place_mismatch, event_mismatch): in person against virtual, a place qualified
by its country or by a compass direction ("northern Gaza"), and where two leaders met (the city, or the
venue: "the Oval Office" is in "the White House").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from verifier import thresholds as T
from verifier.evidence import Candidate, line_speaker_keys, local_day, title_keys
from verifier.normalize import (
    BUILDING_PARTS,
    MONTHS,
    Analysis,
    Entity,
    fold,
    has_whole_phrase,
    honorifics_pattern,
    keys_of,
    lexicon,
)
from verifier.rules.codes import PLACE_MISMATCH, Conflict, Mentions, slot_before

# A meeting held by video, and one held somewhere in person.
_VIRTUAL = re.compile(r"\b(?:virtual|video|online)\s+(?:meeting|summit|call|conversation|conference|talks|format|link|"
                      r"session|discussion)s?\b|\bvideo\s*conferenc\w*|"
                      r"\bvirtually\s+(?:met|meet|spoke|held|attended)\b|"
                      r"\bby\s+video\b", re.IGNORECASE)
# Any word for a meeting at a distance, however put ("on video", "by phone", "virtually").
_REMOTE_MEANS = re.compile(r"\b(?:video\w*|virtual(?:ly)?|online|(?:tele)?phones?)\b", re.IGNORECASE)
# Where a meeting itself took place: "in person", "during a visit to", not a plan ("will travel to China").
_IN_PERSON = re.compile(r"\b(?:in[\s-]person|face[\s-]to[\s-]face|while\s+visiting)\b|\b(?:during|on|while\s+on|at)\s+"
                        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+)?(?:visit|trip|travels|stop)\b",
                        re.IGNORECASE)


def qualified_place_swap(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
    """"Middletown, Pennsylvania" against "Middletown, Ohio": one town, qualified by another state or
    country, wherever else the record names the claim's ("in Lyndora, Pennsylvania"): the keys of the
    claim's qualifier, else None."""
    ours = _qualified_places(claim)
    if not ours:
        return None
    theirs = _qualified_places(candidate)
    for town, qualifier in ours.items():
        other = theirs.get(town)
        if other is not None and other != qualifier:
            return frozenset({qualifier})
    return None


# A compass direction in lower case before a place's name ("in northern Gaza", "southeastern Ostland"): the
# part of the place meant. Capitalised, the direction is part of a name ("North Korea", "Southeast Asia").
_DIRECTION = re.compile(r"(?<![\w-])(?P<direction>(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)"
                        r"\s+(?P<place>[A-Z][\w'\u2019-]*)")
# The directions each word points to: "northeastern" is north and east.
_POINTS = {"north": "n", "south": "s", "east": "e", "west": "w"}
_OPPOSITE_POINTS = {"n": "s", "s": "n", "e": "w", "w": "e"}


def _directed_places(text: str) -> dict[str, dict[frozenset[str], set[str]]]:
    """Place (folded) -> the directions the text puts before it, each with its words as written, lowered
    ("northern Gaza": gaza -> {n}: {"northern"}): read once, for the test and the conflict's keys."""
    found: dict[str, dict[frozenset[str], set[str]]] = {}
    for match in _DIRECTION.finditer(text):
        word = match.group("direction")
        points = frozenset(point for name, point in _POINTS.items() if name in word.replace("-", ""))
        found.setdefault(fold(match.group("place")), {}).setdefault(points, set()).add(word.lower())
    return found


def direction_swap(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
    """"In southern Gaza" against "in northern Gaza": one place, the opposite part of it (north against south,
    east against west; "northern" and "northeastern" overlap and agree). The keys of the claim's direction
    word, else None. A record that also names the claim's part of the place does not disagree."""
    if not any(point in claim.text for point in _POINTS):  # most claims: the pattern needs one of these words
        return None
    ours = _directed_places(claim.text)
    if not ours:
        return None
    theirs = _directed_places(candidate.text)
    for place, directions in ours.items():
        other = theirs.get(place)
        if not other or directions.keys() & other.keys():
            continue
        if any(_OPPOSITE_POINTS[point] in there for here in directions for point in here for there in other):
            words = set().union(*directions.values())
            return frozenset(token.key for token in claim.tokens if token.surface.lower() in words)
    return None


def _qualified_places(analysis: Analysis) -> dict[str, str]:
    """Town -> the state or country that follows it after a comma ("Lima, Peru": lima -> peru)."""
    kinds = {entity.index: entity.kind for entity in analysis.entities}
    tokens = analysis.tokens
    found = {}
    for index, kind in kinds.items():
        if kind not in ("place", "country") or index == 0:
            continue
        town = tokens[index - 1]
        if not town.capitalised or town.stop or analysis.text[town.end:tokens[index].start] != ", ":
            continue
        # "Vietnam, India and Mexico", "Texas, Arizona": a list of names of a kind, not a town and its state.
        if kinds.get(index - 1) == "country" or kinds.get(index - 1) == kind == "place":
            continue
        if index + 1 in kinds and analysis.text[tokens[index].end:tokens[index + 1].start] in (", ", " and ", ", and "):
            continue
        found.setdefault(town.key, tokens[index].key)
    return found


def virtual_conflict(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
    """A meeting the claim places somewhere in person ("during a visit to
    Beijing") that the record says was held by video, or the reverse: the
    claim's words for where it was (the conflict's keys), else None."""
    claim_virtual, record_virtual = _virtual_span(claim.text), _virtual_span(candidate.text)
    if bool(claim_virtual) == bool(record_virtual):
        return None
    if claim_virtual and _IN_PERSON.search(claim.text):
        # "nothing replaces face-to-face talks after months of meeting only by video": the claim sets the
        # two apart itself, so a record that tells one in person does not say the video meeting was not.
        return None
    if record_virtual:
        places = {entity.key for entity in claim.entities
                  if entity.after_preposition and entity.kind in ("place", "country") and _met_at(claim, entity)
                  and entity.key not in candidate.keys}
        in_person = _IN_PERSON.search(claim.text)
        if not places and not in_person:
            return None
        return frozenset(places | {token.key for token in claim.tokens if token.key in _TRAVEL_KEYS})
    if _IN_PERSON.search(candidate.text) is None or _REMOTE_MEANS.search(candidate.text):
        # "We've spoken on the telephone as well as on video, but it's good to see you in person": the record
        # sets the two apart itself, as the claim may (above); it tells other occasions, not this one's means.
        return None
    return frozenset(token.key for token in claim.tokens if claim_virtual[0] <= token.start < claim_virtual[1])


@lru_cache(maxsize=16_384)
def _virtual_span(text: str) -> tuple[int, int] | None:
    """Where the text says a meeting was held by video (_VIRTUAL), else None."""
    # Every match holds one of these words: an ASCII text without them needs no search
    # (the pattern tries each of a long sentence's positions in turn).
    if text.isascii():
        lowered = text.lower()
        if "virtual" not in lowered and "video" not in lowered and "online" not in lowered:
            return None
    match = _VIRTUAL.search(text)
    return match.span() if match else None


_TRAVEL_KEYS = keys_of(["visit", "trip", "travel", "person"])
# Words right before a place that make it where the meeting was held ("talks in Geneva", "held in Bali").
_MET_AT_KEYS = keys_of(["=talks", "summit", "hold"])


def _met_at(claim: Analysis, entity: Entity) -> bool:
    """The place the claim's meeting was held ("met in Malta", "talks in
    Geneva", "during a visit to Beijing"), not where someone will go."""
    before = [token for token in claim.tokens[:entity.index] if not token.stop]
    if not before:
        return False
    if before[-1].key in _MET_AT_KEYS:
        return True
    return before[-1].key in _TRAVEL_KEYS \
        and _IN_PERSON.search(claim.text, 0, claim.tokens[entity.index].start) is not None


# Where a meeting was held, as news and readouts write it: the meeting word, then at most the day and whom it
# was with ("met today with Chinese Minister Liu Jianchao in Washington", "their March 14 meeting in Rome",
# "last met in person in Paris", "had a session in Glasgow"), then "in" or "at" and the place's capitalised
# name. Only capitalised words, "with", "of", "the", "and" and a few words of time or manner may stand between:
# "met to discuss the situation in Gaza" names a topic, not where they met.
# Not "meet": "agreed to meet", "will meet" tell a meeting yet to be held.
_MEETING_WORD = r"\b(?:met|meets|meeting|meetings|talks|session)\b"
_BETWEEN = (r"(?:today|yesterday|again|last|first|briefly|virtually|in\s+person|face[\s-]to[\s-]face|with|of|the|and|"
            r"(?-i:[A-Z][\w.'\u2019-]*))")
_MEETING_PLACE = re.compile(rf"{_MEETING_WORD}(?:\s+{_BETWEEN}){{0,30}}?\s+(?:in|at)\s+(?P<the>the\s+)?"
                            r"(?P<place>(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*))*)", re.IGNORECASE)
# The kinds of name a meeting place may be: a country, a known place, an unknown one-word name (a city the
# lexicon does not know: "Rome"), a venue of _VENUES. A longer unknown name is most often a venue inside a city
# ("Filoli Estate"), which the city does not contradict: it is left out.
_COUNTRY, _PLACE, _VENUE = "country", "place", "venue"
# The buildings and grounds where leaders meet that news names instead of a city, each with the venue it is
# part of (None: a whole venue). Two of them disagree only when neither is part of the other: "the Oval Office"
# is "the White House", "Mar-a-Lago" is not.
_VENUES: dict[str, str | None] = {
    "white house": None, "oval office": "white house", "situation room": "white house", "rose garden": "white house",
    "east room": "white house", "roosevelt room": "white house", "cabinet room": "white house",
    "state dining room": "white house", "south lawn": "white house", "mar-a-lago": None, "camp david": None,
    "kremlin": None, "zhongnanhai": None, "diaoyutai state guesthouse": None, "great hall of the people": None,
}


def names_a_room(folded: str) -> bool:
    """Whether a folded text names a room or ground of a venue ("the East Room", its transcript's place line):
    one that names none says nothing of which room an occasion was held in."""
    return any(outer is not None and has_whole_phrase(folded, name) for name, outer in _VENUES.items())


# "at the White House", "at Mr. Trump's Mar-a-Lago estate", "in the Oval Office": a venue after the place's
# preposition, with at most an owner before it.
_VENUE_AFTER = re.compile(r"(?:the\s+)?(?:(?:" + honorifics_pattern(str.capitalize) + r"\.|President)\s+)?"
                          r"(?:[A-Z][\w.-]*['\u2019]s\s+)?"
                          r"(?P<venue>" + "|".join(re.escape(name) for name in sorted(_VENUES, key=len, reverse=True))
                          + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class MeetingPlace:
    start: int  # where its meeting word is in the text
    keys: frozenset[str]  # the place's key, and the key of the state or country after it ("Rome, Italy")
    kind: str  # _COUNTRY, _PLACE (a known place, or a one-word unknown name) or _VENUE


def meeting_places(analysis: Analysis, end: int | None = None) -> list[MeetingPlace]:
    """The places the text says a meeting was held in ("met in Paris", "meeting in Rome, Italy", "meeting at
    the White House"), before `end` when given."""
    limit = len(analysis.text) if end is None else end
    found = []
    for match in _MEETING_PLACE.finditer(analysis.text, 0, limit):
        place_start, place_end = match.span("place")
        venue = _VENUE_AFTER.match(analysis.text, match.start("the") if match.group("the") else place_start)
        if venue is not None:
            found.append(MeetingPlace(match.start(), frozenset({fold(venue.group("venue"))}), _VENUE))
            continue
        inside = [entity for entity in analysis.entities
                  if place_start <= analysis.tokens[entity.index].start < place_end]
        if not inside or inside[0].kind not in ("country", "place", "name"):
            continue
        head = inside[0]
        if match.group("the") and head.kind != "country":
            continue  # "inside the Great Hall of the People", "in the West Bank": a building or a region, not a city
        if head.kind == "name" and (len(inside) > 1 or analysis.tokens[head.index].end < place_end):
            continue  # "the Great Hall of the People", "Mar-a-Lago estate": a venue, or a name not read whole
        keys = {head.key}
        after = analysis.tokens[head.index + 1] if head.index + 1 < len(analysis.tokens) else None
        qualifier = next((entity for entity in analysis.entities if after is not None and entity.index == head.index + 1
                          and entity.kind in ("country", "place")
                          and analysis.text[analysis.tokens[head.index].end:after.start] == ", "), None)
        if qualifier is not None:
            keys.add(qualifier.key)
        found.append(MeetingPlace(match.start(), frozenset(keys), _COUNTRY if head.kind == "country" else _PLACE))
    return found


def another_meeting_place(claim: MeetingPlace, record: MeetingPlace) -> bool:
    """Two places that are not one another, nor one inside the other as the lexicon knows: a city against a
    city, a country against a country, or a city against a country when the lexicon knows the city is in
    another ("Vienna" / "Malta"; not "Valletta" / "Malta", nor "Bangkok" / "Bangkok, Thailand", nor "San
    Francisco" / "California")."""
    if claim.keys & record.keys:
        return False
    if _VENUE in (claim.kind, record.kind):
        return claim.kind == record.kind and not _venue_within(claim.keys, record.keys) \
            and not _venue_within(record.keys, claim.keys)
    within = lexicon().within
    if claim.kind != record.kind:
        city, country = (claim, record) if claim.kind == _PLACE else (record, claim)
        # The state and the country the city is in: "Woodside" is in California and in the United States.
        containing = {outer for key in city.keys for outer in within.get(key, ())}
        return bool(containing) and not containing & country.keys
    # A city and its state ("Woodside" / "California") are one place at two levels.
    inside = {outer for key in claim.keys | record.keys for outer in within.get(key, ())}
    return not inside & (claim.keys | record.keys)


def _venue_within(inner: frozenset[str], outer: frozenset[str]) -> bool:
    """Whether a venue of `inner` is part of one of `outer` ("oval office" of "white house")."""
    return any(_VENUES.get(name) in outer for name in inner)


# A claim that plans a meeting ("will meet in Vienna", "expected to hold talks in Geneva") speaks of one the
# record may not yet place; one it denies ("did not meet in Paris") has no place to disagree with.
_NOT_HELD = re.compile(r"\b(?:will|would|could|may|might|expected|plans?|planned|set\s+to|hopes?\s+to|agreed\s+to|"
                       r"not|never|no)\b", re.IGNORECASE)


def meeting_held_elsewhere(claim: Analysis, candidates: list[Candidate], mentions: Mentions,
                           main_clause_end: int | None, event_publications: frozenset[int] | None,
                           publication_text: Callable[[int], str] | None = None) -> tuple[Candidate, Conflict] | None:
    """A record sentence that places the claim's meeting somewhere else ("The two men met in New York" /
    "Finer met today with ... Liu Jianchao in Washington, D.C."; "last met in Paris in March" / "their March
    14 meeting in Rome"): (the sentence, the place_mismatch on the claim's place), else None.

    The claim must say where a meeting was held in its main clause, and the sentence where a meeting was held,
    another place (another_meeting_place). It is the same meeting when the sentence names everyone the claim
    names (its publication's title counts: "Readout of ... Meeting with ..."; for "the two men", its
    publication is one the article's claims are told from), and of the same time: the same month when both
    date it; the publication's own month when only the claim does (a readout's "met today"); when the claim
    does not, the article's own days, and no other month than the publication's. A publication that
    names the claim's place anywhere may hold both (a city and its venue, a meeting and an earlier one): no
    disagreement (a venue is looked for in `publication_text(readout_id)`, its folded text: without it, a
    claim's venue is not compared)."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    ours = meeting_places(claim, end)
    if not ours or _NOT_HELD.search(claim.text, 0, ours[0].start):
        return None
    place = ours[0]
    if place.kind == _VENUE and publication_text is None:
        return None

    def names_it(readout_id: int) -> bool:
        if place.kind == _VENUE:
            return any(has_whole_phrase(publication_text(readout_id), name) for name in place.keys)
        return any(mentions(readout_id, key) for key in place.keys)

    folded_claim = fold(claim.text)
    people = {entity.key for entity in claim.entities if entity.kind == "person"}
    claimed_months = _months_of(claim)
    # Candidates of the article's own story first: the meeting the article tells is theirs.
    ordered = sorted(candidates, key=lambda candidate: not _of_the_story(candidate, event_publications))
    for candidate in ordered:
        record = candidate.analysis
        theirs = [found for found in meeting_places(record) if another_meeting_place(place, found)]
        if not theirs or theirs[0].keys & claim.keys \
                or any(has_whole_phrase(folded_claim, key) for key in theirs[0].keys):
            continue  # the claim names the record's place too
        if names_it(candidate.first.readout_id):
            continue
        if people and not people <= (record.keys | title_keys(candidate.first.title)):
            continue
        if not people and not _of_the_story(candidate, event_publications):
            continue  # "the two men": only the article's own publications tell whom it means
        record_months = _months_of(record)
        if claimed_months:
            # Both date it alike, or the claim's month is the one its readout came out in ("met today").
            if not (claimed_months & record_months or not record_months and not record.has_past_reference
                    and local_day(candidate.first).month in claimed_months):
                continue
        elif (not candidate.in_window or record_months - {local_day(candidate.first).month}
              or record.has_past_reference and not claim.has_past_reference):
            # An undated meeting is the article's own, of its days (or of the publication its paragraph is told
            # from, checking._read_in_context): a year-old readout of the same people tells another meeting, and
            # so does a sentence dated in another month than its publication's ("When Biden met Xi in San
            # Francisco this past November"); a readout's own meeting may be dated ("on September 16-17").
            continue
        words = {word for key in place.keys for word in re.findall(r"\w+", key)}
        return candidate, Conflict((PLACE_MISMATCH,), (place.keys & claim.keys)
                                   | {token.key for token in claim.tokens if fold(token.surface) in words})
    return None


def _months_of(analysis: Analysis) -> set[int]:
    """The months a text dates things in, however it writes them ("in March", "March 14", "this past
    November"). "May" only capitalised inside a sentence: at its start it is as often the verb."""
    months = set(analysis.months) | {month for month, _ in analysis.days}
    for position, token in enumerate(analysis.tokens):
        word = token.surface.lower()
        if token.capitalised and word in MONTHS and (word != "may" or position > 0):
            months.add(MONTHS[word])
    return months


def _of_the_story(candidate: Candidate, event_publications: frozenset[int] | None) -> bool:
    """The candidate's publication tells the article's own event: one the article's claims are told from."""
    return event_publications is not None and candidate.first.readout_id in event_publications


def name_in_the_same_place(claim: Analysis, record: Analysis, ignored: frozenset[str]) -> bool:
    """Whether the record names another party or place after the same two words as the claim's name in
    conflict ("a harbour memorial in Szczecin" / "the harbour memorial in Gdansk"): the name's slot, not a
    name said in passing. Not when the record dates its sentence by a year the claim does not give ("building
    on their talks in Rome in March 2021" for a summit "in Lisbon in March"): that slot is another
    occasion's."""
    if record.years - claim.years:
        return False
    ours = {slot_before(claim, i) for i, token in enumerate(claim.tokens)
            if token.key in ignored and not token.stop}
    ours = {words for words in ours if len(words) == 2}
    return any(token.key in record.entity_keys and token.key not in claim.keys
               and slot_before(record, i) in ours for i, token in enumerate(record.tokens))


# Where the claim's speaker spoke, as news opens a sentence with it ("Speaking in the Oval Office on Tuesday,",
# "At a press conference outside the Lakeside hotel after the talks,", a live blog's "18:42 EDT — At the
# Hollis School in Dunmore,"), or tells it after the speech verb ("told reporters in the Oval Office").
# Who the speaker spoke to or beside, between the speech word and the place: "Speaking to reporters in the
# Cabinet Room", "speaking alongside Starmer in the East Room", "spoke to reporters at Camp David".
_TO_WHOM = (r"(?:\s+(?:to\s+(?:reporters|journalists|the\s+press|the\s+media)|"
            r"(?:alongside|beside|next\s+to)\s+(?:[A-Z][\w.'\u2019-]*\s*){1,4}?))?")
_OPENING_SETTING = re.compile(r"^\W*(?:\d{1,2}:\d{2}\s*[A-Z]*\s*[\u2014\u2013-]\s*)?(?:speaking" + _TO_WHOM + r"\s+)?"
                              r"(?P<place>(?:at|in|from)\s[^,;:]{3,120}?),", re.IGNORECASE)
# After the speech word, up to where the point or another time begins: "said, speaking from the Oval Office
# ahead of the meeting.", "gave the remarks in the Cabinet Room, with ... beside him".
_SPEECH_SETTING = re.compile(r"\b(?:told\s+(?:reporters|journalists)|speaking|spoke|said|"
                             r"(?:made|gave|delivered)\s+(?:the|his|her|their)\s+(?:\w+\s+)?remarks)"
                             + _TO_WHOM + r"\s+(?P<place>(?:at|in|from)\s+"
                             r"(?:(?:a|an|the|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)"
                             r"(?=\s+(?:that|before|after|during|as|when|on)\b|\s*[,.;:]|\s*$)", re.IGNORECASE)
# A transcript's place line is its body's first line, right before the time it began ("Rose Garden" / "3:38
# P.M. EST"); those of a call or a flight name no place where the words were spoken.
_TIME_LINE = re.compile(r"^\W*\d{1,2}:\d{2}\s*[ap]\.?\s*m\b", re.IGNORECASE)
# Transcripts of the press's sessions with a spokesperson or an official (not a leader's own remarks).
_BRIEFING_TITLE = re.compile(r"\b(?:press\s+briefing|gaggle|background|press\s+call)\b", re.IGNORECASE)
_NO_PLACE_LINE = re.compile(r"\b(?:teleconference|en\s+route|aboard|virtual)\b")


# A transcript may give its day between its place line and the time: "Indian Treaty Room ..." / "(December 12,
# 2023)" / "5:01 P.M. EST".
_DATE_LINE = re.compile(r"^\(\w+\.?\s+\d{1,2},\s+\d{4}\)$")


def transcript_place_line(folded_publication: str) -> str | None:
    """The place line of a transcript's folded text (title, then body), else None."""
    lines = [line.strip(" *_") for line in folded_publication.split("\n")[1:]]
    lines = [line for line in lines if line]
    if len(lines) > 2 and _DATE_LINE.match(lines[1]):
        del lines[1]
    if len(lines) < 2 or not _TIME_LINE.match(lines[1]) or len(lines[0].split()) > T.PLACE_LINE_MAX_WORDS:
        return None
    return lines[0]


def _setting_words(claim: Analysis) -> tuple[frozenset[str], bool, frozenset[str]]:
    """The names of where the claim's speaker spoke (_OPENING_SETTING, _SPEECH_SETTING), folded as written, and
    whether it names a room or ground of a venue ("the Oval Office"); the keys of those words. Names only:
    not a person's, nor a country (a place line gives the city and its state, not always the country), nor an
    acronym (a live blog's "EDT")."""
    # From the place's preposition on: who the speaker stood beside ("alongside Starmer") is no place.
    spans = [match.span("place") for pattern in (_OPENING_SETTING, _SPEECH_SETTING)
             for match in [pattern.search(claim.text)] if match is not None]
    return _words_of_places(claim, spans)


def _words_of_places(claim: Analysis, spans: list[tuple[int, int]]) -> tuple[frozenset[str], bool, frozenset[str]]:
    """_setting_words of the places the claim writes in these spans."""
    words, keys = set(), set()
    for entity in claim.entities:
        token = claim.tokens[entity.index]
        if entity.kind not in ("place", "name") or token.surface.isupper() \
                or not any(start <= token.start < end for start, end in spans):
            continue
        words |= set(re.findall(r"[\w'\u2019-]+", fold(token.surface)))
        keys.add(token.key)
    for start, end in spans:
        for name in _VENUES:
            # "the Oval Office": a venue the lexicon reads as words, not a name
            if has_whole_phrase(fold(claim.text[start:end]), name):
                words.update(name.split())
                keys |= {token.key for token in claim.tokens if start <= token.start < end
                         and fold(token.surface) in name.split()}
    room = any(names_a_room(fold(claim.text[start:end])) for start, end in spans)
    return frozenset(words), room, frozenset(keys)


def spoken_elsewhere(claim: Analysis, candidate: Candidate, spoken: bool,
                     publication_text: Callable[[int], str]) -> Conflict | None:
    """A line the claim's speaker spoke where the claim says ("Speaking in the Oval Office, Biden said ..."),
    stated by the transcript of words spoken elsewhere: its place line names none of the claim's place ("Rose
    Garden"): PLACE_MISMATCH on the claim's place words, else None. `spoken`: the candidate is all spoken
    lines of a transcript. Compared at one level only: a place line of a venue, its city and state ("Lakeside
    Hotel Geneva, Switzerland") holds the claim's city or venue if it is theirs; one of a room alone ("East
    Room") is compared with a room the claim names ("in the Oval Office"), not a city or "the White House"."""
    if not spoken or _BRIEFING_TITLE.search(candidate.first.title or "") \
            and not all(line_speaker_keys(hit) & claim.keys for hit in candidate.hits):
        # A briefing's place line is where its spokesperson spoke, whoever's words they recount ("I got to
        # listen to him speak"): its lines tell where the claim's speaker spoke only when the claim names them.
        return None
    words, room, keys = _setting_words(claim)
    if not words:
        return None
    line = transcript_place_line(publication_text(candidate.first.readout_id))
    if line is None or _NO_PLACE_LINE.search(line) or not _line_names_another_place(words, room, line):
        return None
    return Conflict((PLACE_MISMATCH,), keys)


def _line_names_another_place(words: frozenset[str], room: bool, line: str) -> bool:
    """Whether a transcript's folded place line names a place other than the one of the claim's place words
    (_setting_words), at the level the line gives: a venue with its city and state ("Lakeside Hotel Geneva,
    Switzerland") against any place, a room ("East Room") against a room, a whole venue of _VENUES against
    another ("Camp David" / "Oval Office", the White House's)."""
    line_words = set(re.findall(r"[\w'\u2019-]+", line))
    # A room's head noun is every room's ("Cabinet Room" / "Indian Treaty Room"): only its other words tell which.
    named = words - _ROOM_HEADS
    if not named or named & line_words:
        return False
    if "," in line or room and _line_names_a_room(line):
        return True
    # A room of the White House against a city, or against the White House itself, is one place at two levels;
    # two venues neither of which is part of the other are two places.
    ours = {name for name in _VENUES if set(name.split()) <= words}
    theirs = {name for name in _VENUES if has_whole_phrase(line, name)}
    return bool(ours and theirs) and not (_venue_within(frozenset(ours), frozenset(theirs))
                                          or _venue_within(frozenset(theirs), frozenset(ours))
                                          or ours & theirs)


# A claim whose point is where words were spoken, not what: "Okafor gave the remarks in the Cabinet Room",
# "The two spoke to journalists at Camp David ahead of their talks"; or where the occasion of a transcript was
# held: "The press conference took place in the East Room", "The reception, held in the State Dining Room, was
# attended by ...". The occasion's noun is the word its transcript's title names it by.
_HELD_OCCASIONS = {"news conference": "conference", "press conference": "conference", "reception": "reception",
                   "state dinner": "dinner", "dinner": "dinner", "luncheon": "lunch", "lunch": "lunch",
                   "ceremony": "ceremony"}
_SETTING_AS_POINT = re.compile(
    r"\b(?:(?:made|gave|delivered)\s+(?:the|his|her|their)\s+(?:\w+\s+)?remarks"
    r"|spoke\s+to\s+(?:reporters|journalists|the\s+press)"
    r"|remarks\s+(?:were|had\s+been)\s+(?:made|given|delivered)"
    r"|(?P<occasion>" + "|".join(name.replace(" ", r"\s+") for name in _HELD_OCCASIONS) + r")\s*,?\s+"
    r"(?:was\s+|were\s+|had\s+been\s+)?held)"
    r"\s+(?P<place>(?:at|in|on)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)"
    r"(?=\s+(?:before|after|during|as|when|on|flanked|drew)\b|\s*[,.;:]|\s*$)", re.IGNORECASE)


def held_elsewhere_by_its_transcripts(claim: Analysis,
                                      transcripts: list[tuple[int, str]]) -> tuple[int, Conflict] | None:
    """A claim whose point is where its speaker's words were spoken (_SETTING_AS_POINT), against the place lines
    of the transcripts of the article's story (`transcripts`: each publication's id and folded text) that may
    be those words: a leader's transcript (not a briefing's) whose title names everyone the claim names before
    the place, and the occasion the claim says was held there (a news conference, a reception, a dinner). When
    every such place line names another place (_line_names_another_place), (the first's id, PLACE_MISMATCH on
    the claim's place words), else None; one that names the claim's place, or none at all, is where it may have
    been."""
    match = _SETTING_AS_POINT.search(claim.text)
    if match is None:
        return None
    words, room, keys = _words_of_places(claim, [match.span("place")])
    if not words:
        return None
    # Whose words they were, or who held the occasion, is told before the place; who came ("drew Speaker Pelosi")
    # after it.
    people = {entity.key for entity in claim.entities
              if entity.kind == "person" and claim.tokens[entity.index].start < match.start()}
    occasion = _HELD_OCCASIONS[" ".join(match.group("occasion").lower().split())] if match.group("occasion") else None
    lines = []
    for readout_id, folded in transcripts:
        title = folded.split("\n", 1)[0]
        if _BRIEFING_TITLE.search(title) or occasion is not None and occasion not in title \
                or not people <= title_keys(title):
            continue
        line = transcript_place_line(folded)
        if line is not None and not _NO_PLACE_LINE.search(line):
            lines.append((readout_id, line))
    if not lines or not all(_line_names_another_place(words, room, line) for _, line in lines):
        return None
    return lines[0][0], Conflict((PLACE_MISMATCH,), keys)


# The head nouns of a room or ground a place line gives, the White House's or another building's: "Indian Treaty
# Room Eisenhower Executive Office Building", "Vice President's Ceremonial Office".
_ROOM_HEADS = BUILDING_PARTS | {"office"}


def _line_names_a_room(line: str) -> bool:
    """Whether a folded place line names a room or ground (of _VENUES, or by its head noun)."""
    return names_a_room(line) or bool(_ROOM_HEADS & set(re.findall(r"[\w'\u2019-]+", line)))
