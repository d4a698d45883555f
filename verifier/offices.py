"""Who an office meant on a day: "the national security adviser" in an article
of March 2023 is Jake Sullivan, in March 2025 Mike Waltz.

News prose names people by office ("the secretary of state", "China's top
diplomat", "the Japanese prime minister"); the record names them by name
("Secretary Blinken", "Director Wang Yi"). `with_holders` writes the holder's
name after each office a text names without a name, so the claim is searched
and compared as if the article had written "the secretary of state Antony
Blinken": the record's sentences about Blinken are found, and a record
sentence giving the same act to "Secretary Austin" is another actor. The
facts (offices, their spellings, holders and their dates) are
verifier/data/offices.json; a day no holder's range covers names nobody.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from verifier.normalize import MONTHS, WEEKDAYS


@dataclass(frozen=True)
class Holder:
    name: str
    called: str  # the name a readout calls the holder by ("Sullivan", "Wang Yi", "Xi")
    start: date
    until: date | None  # the first day no longer in office; None: in office as far as the record goes


@dataclass(frozen=True)
class Offices:
    pattern: re.Pattern
    qualifier_country: dict[str, str]  # "japanese" -> "japan"
    side: dict[str, str]  # a country whose government publishes the record -> its side ("us" -> "us-government")
    # (country or None for a bare title, title) -> the office's country and its holders
    holders: dict[tuple[str | None, str], tuple[str, tuple[Holder, ...]]]
    leaders: frozenset[str]  # the titles of the offices that lead a country ("prime minister", "chancellor")


@lru_cache(maxsize=1)
def offices() -> Offices:
    data = json.loads(resources.files("verifier").joinpath("data/offices.json").read_text(encoding="utf-8"))
    qualifier_country: dict[str, str] = {}
    side = {country: forms["side"] for country, forms in data["countries"].items() if "side" in forms}
    for country, forms in data["countries"].items():
        for form in forms["before"] + forms["after"]:
            qualifier_country[form] = country
    holders: dict[tuple[str | None, str], tuple[str, tuple[Holder, ...]]] = {}
    titles = set()
    for office in data["offices"]:
        held = tuple(Holder(holder["name"], holder["called"], date.fromisoformat(holder["from"]),
                            date.fromisoformat(holder["until"]) if holder["until"] else None)
                     for holder in office["holders"])
        bare = office["bare"]
        for title in office["titles"]:
            titles.add(title)
            holders[(office["country"], title)] = (office["country"], held)
            if bare is True or isinstance(bare, list) and title in bare:
                holders[(None, title)] = (office["country"], held)

    def alternatives(words) -> str:
        return "|".join(re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
                        for word in sorted(words, key=len, reverse=True))

    before = alternatives({form for forms in data["countries"].values() for form in forms["before"]})
    after = alternatives({form for forms in data["countries"].values() for form in forms["after"]})
    pattern = re.compile(
        rf"(?<![\w.'’-])(?:(?P<before>{before})\s+)?"
        rf"(?P<office>(?:(?:top|chief)\s+)?(?P<title>{alternatives(titles)}))"
        rf"(?:\s+of\s+(?P<after>{after}))?(?![\w-])",
        re.IGNORECASE)
    # An office a news sentence may also call the country's "leader" leads it: its every title does.
    leaders = frozenset(title for office in data["offices"] if "leader" in office["titles"]
                        for title in office["titles"])
    return Offices(pattern, qualifier_country, side, holders, leaders)


# Words before an office that make it someone other than its holder on the day ("the former secretary of
# state", "the deputy national security adviser", "Vice Premier"), or a day other than the article's.
_NOT_THE_HOLDER = frozenset({"former", "deputy", "vice", "assistant", "under", "acting", "then", "ex", "late", "future",
                   "incoming", "outgoing", "next", "previous", "principal", "associate", "special", "senior",
                   "first", "executive", "shadow", "opposition", "another", "a"})

# Capitalised words that may follow an office and are no name ("the secretary of state Tuesday said").
_NOT_A_NAME = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(
    {"on", "in", "at", "the", "and", "but", "for", "of", "to", "with", "said", "says", "told"})

_PREVIOUS_WORD = re.compile(r"([\w’'.]+)[\s-]+$")
# "was the", "as the", "became the": the office that follows says what someone is or was.
_WAS_THE = re.compile(r"\b(?:was|were|is|are|am|been|be|became|become|becomes|as|remains|remained)\s+$", re.IGNORECASE)
# "the Office of the Trade Representative": the department the office heads, not its holder.
_DEPARTMENT_OF = re.compile(r"\b(?:office|department|ministry|bureau)\s+of\s+the\s+$", re.IGNORECASE)
# "Deputy Assistant to the President and Deputy Homeland Security Advisor Jen Daskal": a staff title
# that names the office it serves; its holder is the one named after it, not the office's.
_SERVES_THE = re.compile(r"\b(?:assistant|adviser|advisor|counselor|counsellor|aide)\s+to\s+the\s+$", re.IGNORECASE)
# "the trade representative's office": the office's staff or department, not its holder.
_STAFF = re.compile(r"['’]s\s+(?:office|department|ministry|team|staff|aides?|agency)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*,?\s*([\w.’'-]+)")
_POSSESSIVE = re.compile(r"['’]s(?![\w])")


def holder_on(country: str | None, title: str, day: date) -> Holder | None:
    """Who held the office on `day`, or None when no range covers it."""
    for holder in offices().holders.get((country, title), ("", ()))[1]:
        if holder.start <= day and (holder.until is None or day < holder.until):
            return holder
    return None


# A check asks for each claim's text more than once (its analysis, its main clause, its clauses).
@lru_cache(maxsize=4096)
def with_holders(text: str, day: date | None, publisher: str | None = None) -> str:
    """`text` with the holder's name written after each office it names by title alone on `day`
    ("the national security adviser met Wang" -> "the national security adviser Jake Sullivan met
    Wang"); the text itself when it names none, or names the holder already.

    `publisher`, the side a record sentence's publication speaks for, reads the capitalised titles
    it gives its own country's offices alone ("The President reaffirmed ...", "the Vice President's
    meeting" in a White House text) as that country's holder: a government writes its own leader's
    title without its country, and capitalises it, where it names another country's leader with the
    country or the name ("President Marcos", "the President of Colombia")."""
    if day is None:
        return text
    table = offices()
    own_country = next((country for country, side in table.side.items() if side == publisher), None)
    insertions: list[tuple[int, str]] = []
    for match in table.pattern.finditer(text):
        previous = _PREVIOUS_WORD.search(text, 0, match.start())
        if previous and previous.group(1).lower() in _NOT_THE_HOLDER \
                or text[match.end():match.end() + 6].lower() == "-elect" or _STAFF.match(text, match.end()) \
                or _DEPARTMENT_OF.search(text, 0, match.start()) or _SERVES_THE.search(text, 0, match.start()):
            continue
        if previous and previous.group(1).lower() == "the" and _WAS_THE.search(text, 0, previous.start()):
            continue  # "when I was the vice president of China": what someone was, not the day's holder
        if not (previous and previous.group(1).lower() == "the" or _POSSESSIVE.search(match.group("before") or "")):
            # "when Xi was vice president", "the first sitting American president": what someone was, or
            # any holder, not whom the sentence names ("the president", "China's top diplomat").
            continue
        qualifier = match.group("before") or match.group("after")
        if qualifier and qualifier.lower() == "us" and qualifier != "US":
            continue  # "told us leader ..." is the pronoun
        country = table.qualifier_country[_spaced(qualifier)] if qualifier else None
        title = _spaced(match.group("title"))
        if country is None and (None, title) not in table.holders and own_country is not None \
                and _publishers_own_title(text, match):
            country = own_country
        if table.holders.get((country, title), ("", ()))[0] not in table.side:
            continue  # a foreign office: its holder's name is rare in the record (verifier/data/offices.json)
        holder = holder_on(country, title, day)
        if holder is None or _named_already(text, holder.name):
            continue
        end = match.end()
        following = _NEXT_WORD.match(text, end)
        if following and following.group(1)[:1].isupper() and following.group(1).lower() not in _NOT_A_NAME:
            continue  # "Secretary of State Antony Blinken", "the foreign minister, Qin Gang,": named already
        # The holder's name takes the country's place: "the Japanese prime minister" reads "the prime
        # minister Fumio Kishida", not "the Japanese prime minister Fumio Kishida", whose country a
        # record sentence naming another country ("Prime Minister Kishida of Japan met the U.S.
        # president") would seem to replace.
        # By the name a readout calls the holder ("Secretary Blinken"): a given name the record seldom
        # writes would weigh as much as the rest of the claim.
        insertions.append((match.start(), match.end(), f"{match.group('office')} {holder.called}"))
    for start, end, written in reversed(insertions):
        text = text[:start] + written + text[end:]
    return text


# After a title, words that make it another country's office ("the President of Colombia") or a
# group ("the President and First Lady" stays the President; "the Presidents" never matches).
_OF_ANOTHER = re.compile(r"\s+of\b", re.IGNORECASE)


def _publishers_own_title(text: str, match: re.Match) -> bool:
    """A title written with a capital and no country ("The President", "the Vice President"), not
    followed by "of ..." (another country's office): a government's own office in its own text."""
    title = match.group("title")
    return title[:1].isupper() and not match.group("before") and not match.group("after") \
        and not _OF_ANOTHER.match(text, match.end())


@lru_cache(maxsize=1)
def holder_family_names() -> frozenset[str]:
    """The family names of everyone verifier/data/offices.json lists as holding an office, folded
    ("marcos", "scholz", "modi"): a capitalised word spelled so is a person, even alone ("it was
    Marcos who declared")."""
    return frozenset(holder.called.split()[-1].lower() for _, held in offices().holders.values() for holder in held
                     if " " not in holder.called)


def side_of_office(subject: str) -> str | None:
    """The side whose official a reporting verb's subject names by office alone ("the national security
    adviser", "China's top diplomat"): the government the office belongs to, on any day; None for
    another text, or an office of a government that publishes no part of the record."""
    table = offices()
    match = table.pattern.fullmatch(re.sub(r"^the\s+", "", subject.strip(), flags=re.IGNORECASE))
    if match is None:
        return None
    qualifier = match.group("before") or match.group("after")
    country = table.qualifier_country[_spaced(qualifier)] if qualifier else None
    office = table.holders.get((country, _spaced(match.group("title"))))
    return table.side.get(office[0]) if office else None


def qualifies_an_office(text: str, start: int) -> bool:
    """Whether the country named at `start` qualifies one of the offices of verifier/data/offices.json
    ("the German chancellor", "the prime minister of Japan" qualified after the title is not asked)."""
    match = offices().pattern.match(text, start)
    return match is not None and match.group("before") is not None


@dataclass(frozen=True)
class NamedOffice:
    holders: tuple[Holder, ...]  # who held it, ever: the office itself, whatever the title it is named by
    start: int  # the title's span in the text
    end: int


@lru_cache(maxsize=8192)
def cabinet_offices_named(text: str) -> tuple[NamedOffice, ...]:
    """The offices below the leader's of a government that publishes the record ("the Treasury secretary",
    "the Secretary of State") that `text` names by title, as their holder's own ("the deputy secretary of
    state", "the Treasury secretary's office" name someone else); a country's leader is left out, whose
    title the record writes beside nearly every act it tells."""
    table = offices()
    named = []
    for match in table.pattern.finditer(text):
        previous = _PREVIOUS_WORD.search(text, 0, match.start())
        if previous and previous.group(1).lower() in _NOT_THE_HOLDER or _STAFF.match(text, match.end()) \
                or _DEPARTMENT_OF.search(text, 0, match.start()) or _SERVES_THE.search(text, 0, match.start()):
            continue
        if _WAS_THE.search(text, 0, match.start()) \
                or previous and previous.group(1).lower() == "the" and _WAS_THE.search(text, 0, previous.start()) \
                or not (previous and previous.group(1).lower() == "the"
                        or _POSSESSIVE.search(match.group("before") or "")
                        or match.group("office")[:1].isupper()):
            continue  # "when Xi was vice president", "as the secretary of state": what someone was or is
        title = _spaced(match.group("title"))
        qualifier = match.group("before") or match.group("after")
        if title in table.leaders or qualifier and qualifier.lower() == "us" and qualifier != "US":
            continue
        country = table.qualifier_country[_spaced(qualifier)] if qualifier else None
        office = table.holders.get((country, title))
        if office is None and country is None and _publishers_own_title(text, match):
            # A title the record writes without its country ("the Secretary of State") is its own government's.
            office = next((table.holders[(country, title)] for country in table.side
                           if (country, title) in table.holders), None)
        if office is not None and office[0] in table.side:
            named.append(NamedOffice(office[1], match.start("office"), match.end("office")))
    return tuple(named)


def _spaced(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def _named_already(text: str, name: str) -> bool:
    """Whether the text names the holder by the family name (the last word; the first for a Chinese name,
    which a reporter writes family name first: "Wang", "Xi")."""
    words = name.split()
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in {words[0], words[-1]}
               if len(word) > 2 or words[0] == word)


@lru_cache(maxsize=1)
def holder_countries() -> dict[str, str]:
    """The name a readout calls each office holder by, folded ("rubio", "albanese", "wang yi"), -> the
    country whose office they held: whose side a person speaks for. A name two countries' holders
    share names neither."""
    found: dict[str, set[str]] = {}
    for country, held in offices().holders.values():
        for holder in held:
            found.setdefault(holder.called.lower(), set()).add(country)
    return {name: next(iter(countries)) for name, countries in found.items() if len(countries) == 1}
