"""The parties of an occasion: how many took part (bilateral, trilateral), which are named, and a party or
counterpart the claim names that the record's occasion never had.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from verifier import thresholds as T
from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT, find_quotes
from verifier.evidence import Candidate, descriptor_words, local_day
from verifier.memo import per_check
from verifier.normalize import (
    PERSON_TITLES,
    Analysis,
    Entity,
    Token,
    analyze,
    body_heads,
    fold,
    lexicon,
    possessive,
    sayer_keys,
)
from verifier.offices import holder_on, offices, qualifies_an_office
from verifier.rules.actors import (
    DEMONYM_ENDINGS,
    name_run,
    names_a_place,
    person_like,
    run_bounds,
    spaced,
    title_word,
    written_in,
)
from verifier.rules.codes import (
    ACTOR_MISMATCH,
    CLAUSE_MARKS,
    EVENT_MISMATCH,
    NUMBER_MISMATCH,
    Conflict,
    Mentions,
)
from verifier.rules.occasions import OCCASION_WITH, counterpart_slot, lateral_counts
from verifier.rules.quotes import CLOSE, VERBATIM, grade_quote, quoted_word_count
from verifier.rules.speakers import LIST_MARK, holder_names, record_with_holders

# "The two leaders", "the three sides", "both countries": how many parties the text says took part.
_PARTY_COUNT = re.compile(
    r"\b(?:(?P<count>two|three|four|five|[2-5])|(?P<both>both))\s+(?:leaders|presidents|heads\s+of\s+state|"
    r"(?:prime\s+|foreign\s+)?ministers|sides|countries|nations|governments|delegations|men|allies|partners|"
    r"neighbou?rs)\b"
    # "The three discussed ...", "the four would have ...": the count alone, as the subject of a verb.
    r"|\bthe\s+(?P<alone>two|three|four|five)\s+(?=(?:also\s+|then\s+|later\s+)?(?:would|will|have|had|are|were|"
    r"can|could|should|must|did|met|spoke|held|said|agreed|discussed|signed|pledged|vowed|issued|reaffirmed|"
    r"committed|underscored|emphasized|emphasised|expressed|shared)\b)", re.IGNORECASE)
_PARTY_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


# Titles of one meeting or call between the people they name ("Readout of President Biden's Call with
# President Xi"), not of briefings that name their speakers.
# A joint statement or appearance: the title names every party ("Joint Statement of Japan, the Republic
# of Korea, and the United States", "Remarks by ... in Joint Press Conference").
# "Joint Leaders' Statement" too: the statement is the leaders'.
# "Joint Vision Statement", "Joint Leaders Statement": one word may say what kind of statement it is.
_JOINT_TITLE = re.compile(r"\bjoint\s+(?:leaders['\u2019]?\s+|vision\s+|strategic\s+)?"
                          r"(?:statement|press\s+conference|declaration|readout)\b", re.IGNORECASE)


_MEETING_TITLE = re.compile(rf"\b(?:meeting|call|conversation|summit|talks)\s+(?:with|between)\b"
                            rf"|{_JOINT_TITLE.pattern}",
                            re.IGNORECASE)
_STATEMENT_ON = re.compile(r"^\s*(?:statement|remarks|readout)\s+(?:from|by)\s+.*?\s+on\s+", re.IGNORECASE)


def party_counts(text: str) -> set[int]:
    return {_PARTY_COUNT_WORDS[(match.group("count") or match.group("alone")).lower()]
            if match.group("count") or match.group("alone") else 2 for match in _PARTY_COUNT.finditer(text)}


def parties_of(candidate: Candidate) -> int | None:
    """How many parties the evidence says met: its sentence's own count ("the two sides"), else the parties
    its sentence names (a joined subject, a "we" set off by their names, governments joined by "and"), else
    its publication's title ("Trilateral Meeting", the people a meeting or call readout names, the speakers
    of joint remarks)."""
    stated = party_counts(candidate.analysis.text)
    if len(stated) == 1:
        return next(iter(stated))
    if stated:
        return None
    doers = _coordinated_subject(candidate.analysis.text)
    if doers is None:
        doers = _named_we(candidate.analysis.text)
    if doers is None:
        doers = _joined_governments(candidate.analysis.text)
    if doers is not None:
        return doers
    joined = _joined_party_counts(candidate.analysis.text)
    if len(joined) == 1:
        return next(iter(joined))
    title = candidate.first.title or ""
    lateral = lateral_counts(title)
    if lateral:
        return next(iter(lateral)) if len(lateral) == 1 else None
    documented = _document_party_counts(title)
    if documented:
        return next(iter(documented)) if len(documented) == 1 else None
    if _MEETING_TITLE.search(title):
        about = _STATEMENT_ON.sub("", title, count=1)  # "Statement from <spokesperson> on the Meeting Between ..."
        people = _people_in(analyze(about))
        if people >= 2:
            return people
    return _joint_speakers(title)


# A title naming its speakers joined by "and" ("Remarks by President Okafor and Prime Minister Lindqvist at State
# Dinner", "Remarks by A, B, and C on the Partnership"): the speakers, up to the word that opens what or where the
# words were about.
_SPEAKERS_TITLE = re.compile(r"^\s*(?:remarks|statement|comments)\s+by\s+(?P<speakers>.+?\s+and\s+.+?)"
                             r"(?=\s+(?:on|at|in|before|after|during|ahead|following|upon|to|for|with|\|)\s|$)",
                             re.IGNORECASE)


def _joint_speakers(title: str) -> int | None:
    """How many leaders a title gives as the speakers of its remarks or statement, when two or more are joined by
    "and": the occasion is theirs, as a meeting readout's title names its parties."""
    match = _SPEAKERS_TITLE.match(title)
    if match is None:
        return None
    people = _people_in(analyze(match.group("speakers")))
    return people if people >= 2 else None


# A capitalised word of a name, with its initials, apostrophes and hyphens ("U.S.", "People's", "Kim-Jong").
_CAPITALISED_WORD = r"[A-Z][\w.'\u2019-]*"
# A party as a sentence names it: capitalised words, with "of (the)" inside ("the Government of the
# United States", "President Xi", "Prime Minister Kishida").
_PARTY_NAME = rf"(?:[Tt]he\s+)?{_CAPITALISED_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_CAPITALISED_WORD})*"
# A body of states by its name as the record's prose writes it, with "the" and every word capitalised ("the
# European Union", "the African Union"), or its initials ("NATO"): the lexicon reads the name as one word, but
# knows no country by it (`_named_body`).
_BODY_NAME = re.compile(rf"(?:[Tt]he\s+)?{_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD})+|[A-Z]{{2,}}")


def _listed(item: str) -> str:
    """A pattern for two or more `item`s joined by commas and a last "and" ("A and B", "A, B, and C"), as the
    list patterns below read parties (`_listed_parties` splits it)."""
    return rf"{item}(?:,\s+{item})*,?\s+and\s+{item}"


# Parties joined as the subject of the sentence's verb, at its start (or a sentence read with it) or
# after an opening phrase:
# "President Trump and President Xi chartered ...", "The Government of Lebanon, the Government of
# Israel, and the Government of the United States will ...".
# "Both the United States and the United Kingdom recognize ...": "both" opens the subject, it names no party.
_COORDINATED_SUBJECT = re.compile(
    rf"(?:^|[,.]\s+)(?:[Bb]oth\s+)?(?P<list>{_listed(_PARTY_NAME)})(?=\s+[a-z])")
_PARTY_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# A capitalised word and a comma right before a list: the list began earlier ("100 American, Australian,
# Indian, and Japanese students"), and what follows its comma is no subject of the sentence.
_LIST_GOES_ON_BEFORE = re.compile(rf"\b{_CAPITALISED_WORD},\s+$")


def _coordinated_subject(text: str) -> int | None:
    """How many parties the sentence's subject joins, when each is a country, a government or a
    named person; None when it has no such subject."""
    # A list item's mark ("-   The United States and Saudi Arabia signed ...") is no word of the
    # sentence: left in, the subject would not open it.
    text = LIST_MARK.sub("", text, count=1)
    match = next((found for found in _COORDINATED_SUBJECT.finditer(text) if not _LIST_GOES_ON_BEFORE.search(
        text, 0, found.start("list"))), None)
    if match is None:
        return None
    return _listed_parties(match.group("list"))


def _listed_parties(listed: str) -> int | None:
    """How many parties a list joined by commas and "and" names, when each item is a country, a government, a
    named person or a body of states beside them; None when an item is none of these or every item is a body."""
    parties = set()
    bodies = 0
    for item in _PARTY_SPLIT.split(listed):
        analysis = analyze(item)
        keys = {entity.key for entity in analysis.entities if entity.kind in ("person", "country")}
        if not keys:
            titled = [entity for entity in analysis.entities if entity.kind == "name" and entity.index > 0
                      and fold(analysis.tokens[entity.index - 1].surface) in _LEADER_TITLES]
            body = _named_body(analysis)
            if titled:
                keys = {titled[0].key}
            elif body is not None:
                keys, bodies = {body}, bodies + 1
            else:
                return None  # not a list of parties ("Trade and Investment")
        parties.add(frozenset(keys))
    if bodies == len(parties):
        return None  # "the Department of Commerce and the Department of State": offices of one side, not parties
    return len(parties) if len(parties) >= 2 else None


# "We", then the parties it stands for set off by commas or dashes, then the verb: "We, Prime Minister A,
# President B, and President C, affirm ...", "Today, we – A, B, C, and D – convene ...", "We, the leaders of
# Japan, the Philippines, and the United States, met ...". A generational suffix is part of its name
# ("Joseph R. Biden, Jr.,").
_WE_SET_OFF = r"(?:,|\s*[\u2013\u2014]|\s+--)"
_NAMED_WE = re.compile(
    rf"\b[Ww]e{_WE_SET_OFF}\s+(?:the\s+(?:leaders|heads\s+of\s+(?:state|government)|(?:foreign\s+)?ministers)\s+of\s+)?"
    rf"(?P<list>{_listed(_PARTY_NAME)}){_WE_SET_OFF}\s+(?=[a-z])")
_GENERATION_SUFFIX = re.compile(r",(\s+(?:Jr|Sr)\.)")


def _named_we(text: str) -> int | None:
    """How many parties a sentence's "we" names in the words set off right after it; None when it names none."""
    match = _NAMED_WE.search(_GENERATION_SUFFIX.sub(r"\1", text))
    return None if match is None else _listed_parties(match.group("list"))


# Governments joined by "and", wherever the sentence names them ("will allow the United States Government and the
# Government of China to manage ...", "the Governments of Norway and Denmark"): the parties of what they do.
_GOVERNMENT = rf"(?:[Tt]he\s+)?(?:Government\s+of\s+{_PARTY_NAME}|{_PARTY_NAME}\s+Government)"
_JOINED_GOVERNMENTS = re.compile(
    rf"(?<![\w.'\u2019-])(?:(?P<list>{_listed(_GOVERNMENT)})"
    rf"|[Gg]overnments\s+of\s+(?P<plural>{_listed(_PARTY_NAME)}))")
_GOVERNMENT_WORD = re.compile(r"\b(?:of\s+)?Government\b(?:\s+of\b)?")


def _joined_governments(text: str) -> int | None:
    """How many governments a sentence joins by "and" (the first such list), each by one country's name."""
    match = _JOINED_GOVERNMENTS.search(text)
    if match is None:
        return None
    listed = match.group("plural") or _GOVERNMENT_WORD.sub(" ", match.group("list"))
    return _listed_parties(listed)


def _named_body(analysis: Analysis) -> str | None:
    """The key of a body of states a list item names ("the European Union" -> "=european_union"): a
    capitalised name the alias data reads as one word (its key starts with "="), and no other entity."""
    if analysis.entities or not _BODY_NAME.fullmatch(analysis.text.strip()):
        return None
    named = [token for token in analysis.tokens if _names_a_body(token)]
    return named[0].key if len(named) == 1 else None


def _names_a_body(token: Token) -> bool:
    """Whether a token is a capitalised name the alias data reads as one word (its key starts with "="): how a
    body of states the lexicon knows no country by stands in a sentence ("European Union")."""
    return token.key.startswith("=") and token.surface[:1].isupper()


# Parties joined by hyphens before the occasion they hold ("a POTUS-Xi meeting", "the U.S.-Japan-ROK
# trilateral summit"): the occasion is theirs, as many as are joined.
_JOINED_PARTIES = re.compile(
    r"(?<![\w\-\u2010\u2011\u2013])(?P<chain>[A-Z][\w.]*(?:[\-\u2010\u2011\u2013][A-Z][\w.]*)+)\s+"
    r"(?:(?:bilateral|trilateral|virtual|leaders['\u2019]?|phone|video)\s+)?"
    r"(?:meeting|summit|call|talks|conversation)s?\b")
_JOINED_PART = re.compile(r"[\-\u2010\u2011\u2013]")
# The office's abbreviation, for its holder ("a POTUS-Xi meeting").
_OFFICE_ABBREVIATIONS = frozenset({"potus", "vpotus"})


def _joined_party_counts(text: str) -> set[int]:
    """How many parties each hyphen-joined name chain before a meeting, call or summit joins, when
    every part is a person, a country or an office's abbreviation ("Indo-Pacific talks" joins none)."""
    counts = set()
    for match in _JOINED_PARTIES.finditer(text):
        parts = _JOINED_PART.split(match.group("chain"))
        keys = set()
        for part in parts:
            if fold(part) in _OFFICE_ABBREVIATIONS:
                keys.add(fold(part))
                continue
            entities = [entity for entity in analyze(part).entities if entity.kind in ("person", "country")]
            if not entities:
                break
            keys.add(entities[0].key)
        else:
            counts.add(len(keys))
    return counts


# A title's parties joined by hyphens, each one or more capitalised words ("United States-Australia Framework For
# Securing of Supply", "Joint Statement on a United States-European Union Framework", "U.S.-ROK Leaders' Joint
# Statement"); the words after the last party's name run on into what follows it.
_TITLE_CHAIN = re.compile(r"(?<![\w\-\u2010\u2011\u2013])(?P<chain>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
                          r"(?:[\-\u2010\u2011\u2013][A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)+)")
# What a title joining its parties by hyphens may name as theirs: one agreement or statement of all of them.
_PARTIES_DOCUMENT = re.compile(r"\b(?:framework|agreement|joint\s+statement|leaders['\u2019]?\s+statement|"
                               r"declaration|deal|memorandum|communiqu[e\u00e9])\b", re.IGNORECASE)


def _document_party_counts(title: str) -> set[int]:
    """How many parties each hyphen-joined chain of a title names, when the title is that of their document (a
    framework, agreement, joint statement or declaration) and every part of the chain names a country, a person or
    a body of states ("United States-European Union Framework" joins two)."""
    if not _PARTIES_DOCUMENT.search(title):
        return set()
    counts = set()
    for match in _TITLE_CHAIN.finditer(title):
        keys = set()
        for part in _JOINED_PART.split(match.group("chain")):
            analysis = analyze(part)
            entities = [entity for entity in analysis.entities if entity.kind in ("person", "country")]
            if entities and entities[0].index == 0:
                keys.add(entities[0].key)
                continue
            # The body's name is the part's first words ("European Union Framework"): read it alone.
            first = analysis.tokens[0] if analysis.tokens and not any(e.index == 0 for e in analysis.entities) else None
            if first is None or not _names_a_body(first):
                break
            keys.add(first.key)
        else:
            counts.add(len(keys))
    return counts


def _people_in(title: Analysis) -> int:
    """The people a title names: those the lexicon knows, and each run of unknown names right after a
    leader's title ("Prime Minister Anthony Albanese"). A run that holds a known person is that person
    ("President Joseph R. Biden Jr."), and so is a run of names of one known country's leader
    ("Joint Statement of Japan, the Republic of Korea, and the United States" names three parties)."""
    known: set[str] = set()
    unknown = 0
    runs: list[list] = []
    for entity in sorted(title.entities, key=lambda entity: entity.index):
        if runs and runs[-1][-1].index == entity.index - 1 and entity.kind in ("person", "name") \
                and runs[-1][-1].kind in ("person", "name"):
            runs[-1].append(entity)
        else:
            runs.append([entity])
    for run in runs:
        people = {entity.key for entity in run if entity.kind == "person"}
        if people:
            known |= people
        elif run[0].kind == "name" and (_after_leader_title(title, run[0].index)
                                        or fold(title.tokens[run[0].index].surface) in _LEADER_TITLES):
            # The leader's title may be read as the first word of the name ("Chairperson Moussa Faki Mahamat").
            unknown += 1
    if _JOINT_TITLE.search(title.text):
        return max(len(known) + unknown, len({entity.key for entity in title.entities if entity.kind == "country"}))
    return len(known) + unknown


def _after_leader_title(title: Analysis, index: int) -> bool:
    """Whether the name at `index` follows a leader's title, past a capitalised word of the name the
    lexicon reads as no name ("General Secretary Tô Lâm": "Tô" folds to a stop word)."""
    before = index - 1
    if before > 0 and title.tokens[before].surface[:1].isupper() \
            and fold(title.tokens[before].surface) not in _LEADER_TITLES \
            and not any(entity.index == before for entity in title.entities):
        before -= 1
    return before >= 0 and fold(title.tokens[before].surface) in _LEADER_TITLES


_LEADER_TITLES = frozenset({"president", "minister", "secretary", "chancellor", "king", "queen", "prince", "premier",
                            "emperor", "amir", "emir", "sultan", "taoiseach", "chairperson", "chairman", "chairwoman"})


def party_count_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"The three leaders agreed ..." against the readout of a meeting of two: the claim counts the
    parties, and the evidence (its sentence, or its publication's title) counts them otherwise."""
    claimed = party_counts(claim.text)
    if len(claimed) != 1:
        return Conflict((), frozenset())
    theirs = parties_of(candidate)
    if theirs is None or theirs in claimed or _counts_the_others(claim, candidate, next(iter(claimed)), theirs):
        return Conflict((), frozenset())
    count_words = {match.group("count") or match.group("both") or match.group("alone")
                   for match in _PARTY_COUNT.finditer(claim.text)}
    keys = {token.key for token in claim.tokens if token.surface in count_words}
    return Conflict((NUMBER_MISMATCH,), frozenset(keys))


def _counts_the_others(claim: Analysis, candidate: Candidate, claimed: int, theirs: int) -> bool:
    """Whether the claim counts the occasion's parties but one, whom it names apart: "Biden welcomed the two
    countries' applications" of a trilateral meeting's readout names Biden and counts his guests. The one named
    is a party the publication's title names, and the only one of them the claim names before its count; two
    named there ("Biden and Xi, the two leaders") are counted with the rest."""
    if theirs != claimed + 1:
        return False
    title = analyze(candidate.first.title or "").keys
    counted = next(_PARTY_COUNT.finditer(claim.text)).start()
    # The names before the count that the title gives too: capitalised words, not the offices before them.
    named = {token.key for token in claim.tokens if token.end <= counted and token.surface[:1].isupper()
             and not token.stop and token.key in title and fold(token.surface) not in _LEADER_TITLES | PERSON_TITLES}
    return len(named) == 1


# Words before a name that make it what was talked about or whom it was done with, not who acted:
# "discussed Iran", "on Taiwan", "met with Xi", "Biden and Xi" (the second of a pair).
_TOPIC_CUES = frozenset({"discuss", "discussed", "discussing", "discusses", "on", "about", "regarding", "concerning",
                         "including", "over", "raised", "of", "and", "toward", "towards", "with", "against", "to",
                         "from", "by", "for"})


# Offices of one holder a country's adjective or possessive qualifies ("the Chinese leader", "America's top
# diplomat", "the U.S. national security adviser"), and the adjectives of rank that may stand between. Not
# "officials" or "diplomats": the record names such a group by its country, if at all.
_OFFICE_WORDS = PERSON_TITLES | {"leader", "diplomat", "negotiator", "counterpart", "chief", "president", "premier",
                                  "prime", "vice", "foreign", "national", "deputy", "defense", "finance"}
_RANK_WORDS = frozenset({"top", "chief", "senior", "lead", "own"})
# Office words that only qualify the office after them ("defense minister", "foreign ministry"): alone
# before another noun ("the Kenya defense treaties") they name no office.
_OFFICE_QUALIFIERS = frozenset({"foreign", "national", "deputy", "defense", "finance", "prime", "vice"})
_QUALIFIED_OFFICES = frozenset({"ministry", "ministrie", "department", "office", "council", "official"})


def _names_an_office(analysis: Analysis, index: int) -> bool:
    """The country at `index` qualifies an office ("the U.S. president", "China's top diplomat") or a
    department ("China's commerce ministry"): its holder is who acts, whom the record names by name
    ("President Biden") without the country."""
    after = index + 1
    if after < len(analysis.tokens) and analysis.tokens[after].surface.lower() in _RANK_WORDS:
        after += 1
    if after >= len(analysis.tokens):
        return False
    if any(entity.index == after and entity.kind == "agency" for entity in analysis.entities) \
            or qualifies_an_office(analysis.text, analysis.tokens[index].start):
        return True
    word = analysis.tokens[after].surface.lower().rstrip(".")
    if word not in _OFFICE_QUALIFIERS:
        return word in _OFFICE_WORDS
    # The office a qualifier opens follows within two words ("defense minister", "national security
    # adviser", "top foreign policy official", "finance ministry").
    following = [token.surface.lower().rstrip(".").removesuffix("s") for token in analysis.tokens[after + 1:after + 3]]
    return any(word in _OFFICE_WORDS - _OFFICE_QUALIFIERS or word in _QUALIFIED_OFFICES for word in following)


def _holders_named(candidate: Candidate) -> frozenset[str]:
    named = record_with_holders(candidate)
    return frozenset() if named is None else frozenset(named.keys)


def absent_party(claim: Analysis, candidate: Candidate, mentions: Mentions, main_clause_end: int | None) -> Conflict:
    """A person or country the claim makes a party to its point ("Harris
    told Sullivan ...", "Yemen notified ...") that the evidence's publication
    never names, title or body: the publication cannot state that this party
    did it; when it states the same point, someone else did (actor_mismatch)."""
    readout_id = candidate.first.readout_id
    record = candidate.analysis
    parties = _claimed_parties(claim, main_clause_end)
    # Graded once a sentence, not once a quoted name: grading a quotation is the dearest test here.
    quotations_held = not any(quoted for _, _, quoted in parties) or holds_the_claims_quotations(claim, candidate)
    for entity, name, quoted in parties:
        if quoted and not quotations_held:
            # "\"A speech about memory, not about ferries or Norway,\" said a historian": a name in words the
            # claim quotes and the sentence does not hold is what its speaker said, not a party the record must
            # name doing anything. Where the sentence holds those words, its own name there is the point.
            continue
        if entity.kind == "country" and _qualifies_what_the_record_names(claim, entity.index, record):
            continue  # "Mexican drug cartels" / "drug cartels": the record leaves open whose, names no other
        if entity.key in record.keys or name & record.keys:
            continue
        if _qualifies_a_named_person(claim, entity.index, record,
                                     lambda key, readout_id=readout_id: mentions(readout_id, key)):
            continue  # "the Communist Party's top diplomat Wang Yi": who he is, not another party
        if _titled_as_the_record_names(claim, entity.index, record):
            continue  # "North Korean leader Kim Jong Un" where the record says "the leader of North Korea"
        if written_in(claim, entity.key, record) \
                or any(mentions(readout_id, key) for key in sorted(name)):
            continue  # named there, or a word of the name is ("Narendra Modi" / "Prime Minister Modi")
        if entity.key in _holders_named(candidate):
            continue  # the record names the office by title ("the National Security Advisor"): its holder
        leaders = _leaders()
        if entity.kind != "country" and any(
                leaders.get(key) in record.keys and not publishers_own(leaders[key], candidate.side)
                for key in name):
            # "Netanyahu's commitment" / "the commitment that Israel has made": the leader's country. Not the
            # publisher's own ("the United States" in a White House text): it names its leader when he acts.
            continue
        if entity.kind == "country" and any(
                country == entity.key and (key in record.keys or mentions(readout_id, key))
                for key, country in sorted(leaders.items())):
            continue  # "Russia's war" / "Putin's war": the publication names the country by its leader's name
        if _issues_the_action(name, candidate):
            continue  # "Trump signed an order": the order is his, in the first person ("I have determined")
        # "Biden unveiled the declaration": "we are announcing" in his White House's own text. Not his own words
        # quoted ("Biden insisted: \"Our fishermen ...\""): a fact sheet is no line of his.
        if _his_administrations_we(name, candidate) \
                and not (find_quotes(claim.text) and name & sayer_keys(claim)):
            continue
        if _named_by_its_office(claim, entity.index, readout_id, mentions) and not any(
                other.kind in ("agency", "person") and other.key not in claim.keys for other in record.entities):
            # "the commerce secretary Lutnick" in an order that names "the Secretary of Commerce", against one of
            # its sentences that names no other office or person doing it ("the Trade Representative shall").
            continue
        if publishers_own(entity.key, candidate.side):
            # A government's publication speaks for its country without naming it ("both countries",
            # "we"): the White House need not write "the United States" to say the U.S. took part.
            continue
        return Conflict((ACTOR_MISMATCH,), name)
    return Conflict((), frozenset())


def holds_the_claims_quotations(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the candidate holds, word for word or closely, any quotation of the claim; true of a claim
    quoting fewer than QUOTED_MIN_WORDS words, whose point is in its other words."""
    quotes = [quote.text for quote in find_quotes(claim.text)]
    if quoted_word_count(quotes) < T.QUOTED_MIN_WORDS:
        return True
    passages = [hit.text for hit in candidate.hits]
    return any(grade_quote(quote, passages, None).grade in (VERBATIM, CLOSE) for quote in quotes)


@per_check
def _claimed_parties(claim: Analysis, main_clause_end: int | None
                     ) -> tuple[tuple[Entity, frozenset[str], bool], ...]:
    """The persons and countries the claim's main clause makes parties to its point, each with the whole name
    it is a word of ("Boris Nemtsov") and whether it stands in the words the claim quotes: what `absent_party`
    asks every record sentence about, once a claim."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    quotes = find_quotes(claim.text)
    parties = []
    for entity in claim.entities:
        if entity.kind not in ("person", "country", "name") or entity.after_preposition:
            continue
        if entity.kind == "name" and (not person_like(claim, entity) or names_a_place(claim, entity)):
            continue  # a capitalised word, or a place's name ("on the Korean Peninsula"), names no party
        if entity.kind == "name" and _written_as_a_thing(claim, entity.index):
            continue  # "awarded him the Grand Cross", "At Bellevue Palace": a thing or a place, no party
        if entity.kind == "country" and _names_an_office(claim, entity.index):
            continue  # "the U.S. president", "China's top diplomat": the party is the office holder
        token = claim.tokens[entity.index]
        if token.start >= end:
            continue
        if _word_before_name(claim, entity.index) in _TOPIC_CUES and not possessive(token) \
                and not _of_a_person(claim, entity.index):
            continue  # a topic or a counterpart, which a readout may word otherwise ("Russia's war": a party)
        parties.append((entity, name_run(claim, entity.index),
                        any(quote.start <= token.start < quote.end for quote in quotes)))
    return tuple(parties)


@lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    """Key of the name of each country's leader in verifier/data/offices.json (the holders of its "leader"
    office) -> the key of the country ("=putin" -> "=russia"): a text naming either names that party. Only
    leaders: a minister or an adviser is one of many who may act for the country."""
    holders = holder_names()
    found = {}
    for (_, office), (_, held) in offices().holders.items():
        if office != "leader":
            continue
        for holder in held:
            keys = [token.key for token in analyze(holder.called.title()).tokens if not token.stop]
            if keys and keys[-1] in holders:
                found[keys[-1]] = holders[keys[-1]].side
    return found


# Words before a capitalised run that make it a thing's or a place's name, not a person's: an article
# ("the Grand Cross", "of the Johnson & Johnson vaccine") or a preposition of place ("At Bellevue Palace").
# News prose names a person without an article; "with", "to", "from" ... before a name are topic cues
# (_TOPIC_CUES).
_THING_CUES = frozenset({"the", "a", "an", "at", "in", "inside", "near", "outside", "across", "during"})
# What may join the words of one capitalised run: a space, a hyphen, an ampersand ("Johnson & Johnson").
_RUN_JOINS = (" ", "-", " & ")


def _written_as_a_thing(analysis: Analysis, index: int) -> bool:
    """Whether the unknown name at `index` is written as a thing's or a place's: its capitalised run follows
    an article or a preposition of place, and holds no title (a title makes it a person's: "the Prime
    Minister Ishiba") nor ends as a body's name ("the Gates Foundation"). Not a possessive ("at Lutnick's
    request"): whose request is a party."""
    tokens = analysis.tokens
    first = index
    while first > 0 and tokens[first - 1].capitalised and not tokens[first - 1].stop \
            and analysis.text[tokens[first - 1].end:tokens[first].start] in _RUN_JOINS:
        first -= 1
    last = run_bounds(analysis, index)[1]
    if first == 0 or possessive(analysis.tokens[last]):
        return False
    if any(title_word(fold(token.surface).rstrip(".")) for token in tokens[first - 1:last + 1]):
        return False
    if fold(tokens[last].surface) in body_heads():
        return False  # "the Gates Foundation", "the World Bank": a body, which acts
    return fold(tokens[first - 1].surface) in _THING_CUES


def _qualifies_what_the_record_names(claim: Analysis, index: int, record: Analysis) -> bool:
    """Whether the country at `index` is an adjective before a common noun the record sentence names too
    ("Mexican drug cartels" / "the diversion of precursor chemicals to drug cartels"): the record names the
    claim's doer without saying whose it is, and names no one else in its place."""
    tokens = claim.tokens
    if index + 1 >= len(tokens) or not spaced(claim, index, index + 1):
        return False
    token, following = tokens[index], tokens[index + 1]
    surface = fold(token.surface)
    if surface == token.key.lstrip("=").replace("_", " ") or not surface.endswith(DEMONYM_ENDINGS):
        return False  # the country's own name ("Mexico agreed", "Japan"), not its adjective
    if following.capitalised or following.stop:
        return False  # "Chinese President Xi": an office's holder, compared as such
    return following.key in record.keys


def _issues_the_action(keys: frozenset[str], candidate: Candidate) -> bool:
    """Whether a name is the head of the publishing government on the publication's day and the publication
    is an executive action (order, proclamation, memorandum): the President issues it in the first person
    ("I hereby determine") and signs it, so its text need not name him for him to be its actor."""
    return candidate.first.kind == "action" and _names_its_president(keys, candidate)


def _names_its_president(keys: frozenset[str], candidate: Candidate) -> bool:
    """Whether a name (its keys) is the President of the publishing government on the publication's day."""
    country = next((country for country, side in offices().side.items() if side == candidate.side), None)
    holder = holder_on(country, "president", local_day(candidate.first)) if country else None
    return holder is not None and bool(keys & analyze(holder.called).entity_keys)


# Publications written in the publisher's own voice, not spoken: in a transcript or remarks "we" is whoever speaks.
_PUBLISHERS_VOICE_KINDS = frozenset({"fact-sheet", "statement", "action", "other"})
# The first person plural as a sentence's subject or owner ("we are announcing", "our 7 for 70 campaign").
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)


def _his_administrations_we(keys: frozenset[str], candidate: Candidate) -> bool:
    """Whether a name is the President on the publication's day and the record sentence, of a written White House
    publication (fact sheet, statement, declaration), speaks as "we" or as "the United States": the White House
    writes in the President's name, and its "we" is the administration he heads, whose acts news prose gives to
    him ("Biden unveiled the Atlantic Declaration" for "Today, we are announcing the Atlantic Declaration",
    "Trump will set a duty" for "The United States will set a reciprocal duty"). Only the White House's:
    a ministry's "we" is the ministry's, not its head of state's."""
    if candidate.side != US_GOVERNMENT or candidate.first.kind not in _PUBLISHERS_VOICE_KINDS:
        return False
    if not _FIRST_PERSON_PLURAL.search(candidate.analysis.text) \
            and OWN_COUNTRY[candidate.side] not in candidate.analysis.keys:
        return False  # neither "we" nor "the United States": the sentence's doer may be someone the text names
    return _names_its_president(keys, candidate)


def _named_by_its_office(claim: Analysis, index: int, readout_id: int, mentions: Mentions) -> bool:
    """The person at `index` comes right after the office they hold, an agency the lexicon knows ("the
    commerce secretary Lutnick", "Secretary of Commerce Howard Lutnick"), and the publication names that
    office: a government's orders and fact sheets name its officers by office ("The Secretary of Commerce
    shall monitor ..."), so the holder's name missing from them is no sign that someone else acts."""
    first, _ = run_bounds(claim, index)
    return any(entity.kind == "agency" and entity.index == first - 1 and spaced(claim, first - 1, first)
               and mentions(readout_id, entity.key) for entity in claim.entities)


def _of_a_person(analysis: Analysis, index: int) -> bool:
    """The country at `index` says whose a named person is ("King Hamad of Bahrain"): a publication
    that names the person but never the country speaks of the same name in another country."""
    if index < 2 or fold(analysis.tokens[index - 1].surface) != "of" or not spaced(analysis, index - 2, index - 1):
        return False
    named = index - 2
    for entity in analysis.entities:
        if entity.index == named and (entity.kind == "person" or entity.kind == "name" and (
                person_like(analysis, entity) or named and spaced(analysis, named - 1, named)
                and fold(analysis.tokens[named - 1].surface) in _MONARCHS_TITLES)):
            return True
    return False


# Titles of monarchs, which the lexicon's offices leave out: "King Hamad of Bahrain", "Emir Tamim of Qatar".
_MONARCHS_TITLES = frozenset({"king", "queen", "emir", "amir", "prince", "princess", "sultan", "sheikh"})


def _word_before_name(analysis: Analysis, index: int) -> str | None:
    """The word that puts the name at `index` in its slot: the one before its titles and country
    adjectives ("with Chinese President Xi": "with") and before the list of names it ends ("with Japan,
    South Korea and Kenya": "with"). None when the name opens a clause: after a comma, a colon or a dash
    that no name of a list stands before, or after the "and" of a clause's ", and" ("..., and Kim
    condemned"): what the words before it say of their own clause says nothing of its slot."""
    tokens = analysis.tokens
    names = {entity.index for entity in analysis.entities}
    position = index
    while True:
        while position > 0 and tokens[position - 1].capitalised and spaced(analysis, position - 1, position):
            position -= 1  # the name's own words and the titles before it
        if position == 0:
            return None
        previous = position - 1
        if CLAUSE_MARKS.search(analysis.text, tokens[previous].end, tokens[position].start):
            if previous in names:
                position = previous  # one name of a list ("Japan, Kenya"): the list's slot is the name's
                continue
            return None
        word = fold(tokens[previous].surface)
        if word in ("and", "or") and previous > 0:
            before = previous - 1
            if before in names:
                position = before
                continue
            if CLAUSE_MARKS.search(analysis.text, tokens[before].end, tokens[previous].start):
                return None  # "..., and Kim condemned": a clause of its own opens
        return word


def _qualifies_a_named_person(claim: Analysis, index: int, record: Analysis,
                              named: Callable[[str], bool] = lambda key: False) -> bool:
    """Whether the possessive name at `index` opens a description of a person the record names
    ("the Party's top diplomat Wang Yi", "Norway's trade minister Ivers"): the possessive says who
    the person is, and the record naming that person names the party the claim means. The record is the
    sentence, or its publication where `named` finds the person's family name there (a transcript's
    speaker "PRIME MINISTER STORE" for "Norway's Jonas Gahr Store"): the party is that person."""
    # The name ends at its possessive, which a run of capitalised words may go on past ("Norway's Jonas").
    last = next((position for position in range(index, run_bounds(claim, index)[1] + 1)
                 if possessive(claim.tokens[position])), None)
    if last is None:
        return False
    people = {entity.index: entity for entity in claim.entities
              if entity.kind == "person" or entity.kind == "name" and person_like(claim, entity)}
    for position in range(last + 1, min(len(claim.tokens), last + 2 + T.NAME_TITLE_MAX_WORDS)):
        if position in people:
            # By the family name that ends the run: not by a title the run may open with ("Jordan's King
            # Abdullah" is not named by a "King Hamad"), nor by a given name alone.
            family = claim.tokens[run_bounds(claim, position)[1]].key
            return family in record.keys or named(family)
        if CLAUSE_MARKS.search(claim.text[claim.tokens[position - 1].end:claim.tokens[position].start]):
            return False
    return False


def _titled_as_the_record_names(claim: Analysis, index: int, record: Analysis) -> bool:
    """Whether the person at `index` is introduced by a country's title ("North Korean leader Kim Jong Un",
    "Indian Prime Minister Modi") that the record holds in its own words ("the leader of North Korea",
    "the Prime Minister of India"): a reporter writes the name where an official names the office, which
    is that person, not someone else. Both the country and a title word must be there."""
    first = run_bounds(claim, index)[0]
    countries = {entity.index: entity.key for entity in claim.entities if entity.kind == "country"}
    descriptors = descriptor_words()
    title: set[str] = set()
    country: set[str] = set()
    position = first - 1
    while position >= 0 and first - position <= T.NAME_TITLE_MAX_WORDS + 1:
        token = claim.tokens[position]
        if CLAUSE_MARKS.search(claim.text[token.end:claim.tokens[position + 1].start]):
            break
        if position in countries:
            country.add(countries[position])
        elif fold(token.surface) in descriptors:
            title.add(token.key)
        else:
            break
        position -= 1
    return bool(title) and bool(country) and title | country <= record.keys


# The country each publishing side speaks for.
OWN_COUNTRY = {US_GOVERNMENT: "=us", CHINA_GOVERNMENT: "=china"}


def publishers_own(key: str, side: str) -> bool:
    """Whether a name is the publishing side's own country, or its capital standing for it."""
    own = OWN_COUNTRY.get(side)
    return own is not None and (key == own or lexicon().located_in.get(key) == own)


def absent_counterpart(claim: Analysis, candidate: Candidate, mentions: Mentions,
                       main_clause_end: int | None) -> Conflict:
    """The other party of the claim's occasion ("in his meeting with Yoon",
    "told Lapid") whom the evidence's publication never names: it reads out
    another meeting or call, so the point was made at another occasion."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    readout_id = candidate.first.readout_id
    record = candidate.analysis
    for entity in claim.entities:
        if entity.kind not in ("person", "name", "country"):
            continue
        token = claim.tokens[entity.index]
        if token.start >= end or entity.key in record.keys or name_run(claim, entity.index) & record.keys:
            continue
        if entity.kind == "country":
            # "In her call with the king of Norway": a head of state or government named by office and country.
            if not _TITLED_COUNTERPART.search(claim.text, 0, token.start):
                continue
        elif not counterpart_slot(claim, entity.index):
            continue
        if token.surface.isupper() or written_in(claim, entity.key, record) or mentions(readout_id, entity.key):
            continue  # an acronym ("told CNN") is an outlet, not a party
        run = name_run(claim, entity.index)
        if entity.kind == "name" and any(mentions(readout_id, key) for key in sorted(run - {entity.key})):
            continue  # the given name of "told Anna Kovar" in a publication that writes "President Kovar"
        return Conflict((EVENT_MISMATCH,), frozenset(run))
    return Conflict((), frozenset())


# An occasion's other party named by office and country, up to the country: "met with the prime
# minister of Japan", "call with the emir of".
_TITLED_COUNTERPART = re.compile(
    r"\b(?:" + "|".join(sorted(OCCASION_WITH)) + r")\s+with\s+the\s+(?:(?:crown|prime|vice|foreign)\s+)?"
    r"(?:emir|king|queen|president|premier|chancellor|sultan|leader|minister|prince|monarch)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
