"""What a negation denies: its cues and its reach to the end of its clause (past a speaker's filler,
verifier/data/negation.json), the cues that deny nothing ("no fewer than", "will not rise until 2026"), a
denied privative verb that asserts what follows it, and "kept ... from", which denies what comes after the
"from".

Apart because it is one reading of the tokens with its own word lists, which the negation, number and conflict
rules also call directly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from verifier import thresholds as T
from verifier.normalize.keys import fold, is_light, keys_of
from verifier.normalize.tokens import Token
from verifier.normalize.words import MONTHS, NUMBER_WORDS, WEEKDAYS

# Words that flip the polarity of the words that follow them.
NEGATION_CUES = frozenset({"not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing",
                           "cannot", "refused", "declined", "failed", "instead", "rather",
                           # the same refusal told in another tense: "Declining to speculate, the official ..."
                           "refuses", "refusing", "declines", "declining",
                           # being unable to do a thing is not doing it: "were unable to agree on a plan"
                           "unable"})
NEGATION_SCOPE = 5  # content words after a cue that it negates
# "from" negates what follows it after a verb of holding back: "keep competition from veering
# into conflict" says what "ensure competition does not veer into conflict" says.
PREVENTING_FROM = "from"
PREVENTING_VERBS = frozenset({
    "keep", "keeps", "keeping", "kept", "prevent", "prevents", "prevented", "preventing", "stop", "stops",
    "stopped", "stopping", "bar", "bars", "barred", "barring", "ban", "bans", "banned", "banning", "deter",
    "deters", "deterred", "deterring", "block", "blocks", "blocked", "blocking", "restrain", "restrains",
    "restrained", "restraining", "discourage", "discourages", "discouraged", "discouraging", "dissuade",
    "dissuades", "dissuaded", "dissuading", "prohibit", "prohibits", "prohibited", "prohibiting"})
PREVENTING_REACH = 4  # words between the verb and its "from" ("keep the two navies' competition from")
# Verbs of sparing someone a burden: "exempting U.S. companies and originating goods from local content
# requirements" says they are not subject to them, and "refrain from imposing digital services taxes" that
# none will be imposed. What is exempted is often a list, so its "from" may come further on
# (T.EXEMPTION_REACH).
EXEMPTING_VERBS = frozenset({
    "exempt", "exempts", "exempted", "exempting", "exemption", "exemptions",
    "refrain", "refrains", "refrained", "refraining"})
_HOLDING_BACK_VERBS = PREVENTING_VERBS | EXEMPTING_VERBS  # either takes a "from" that names what is not done


_CLAUSE_MARK = re.compile(r"[,;:.()\"]")
# What ends a clause for certain; a comma may only set off an aside ("shall constrain, or otherwise
# prevent,").
_STRONG_CLAUSE_MARK = re.compile(r"[;:.()\"]")
_CLAUSE_JOINERS = frozenset({"but", "while", "although", "and"})
# Words that open a new clause: "will not stop working until every American ... is home" negates the stopping,
# not the Americans.
_CLAUSE_JOINERS |= {"until", "unless", "because", "before", "after", "when", "whenever", "who", "which", "whose",
                    "whom", "where", "so", "if"}


_NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely"})


@lru_cache(maxsize=1)
def negation_words() -> dict:
    """verifier/data/negation.json as parsed, read once."""
    return json.loads(resources.files("verifier").joinpath("data/negation.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def privative_keys() -> frozenset[str]:
    """Verbs of holding back or going without: a negation of one ("does not lack the capacity", "never wavered
    in its support", "did not fail to raise it") is a double negation that asserts what follows the verb."""
    return keys_of(negation_words()["privative"])


@lru_cache(maxsize=1)
def stance_keys() -> frozenset[str]:
    """Verbs of a stance towards a thing: "cannot afford an attack on the port" rejects the attack, and denies
    neither that it may happen nor what it would bring."""
    return keys_of(negation_words()["stance"])


@lru_cache(maxsize=1)
def _filler_aside() -> re.Pattern:
    """A speaker's filler between two commas or dashes, which a negation reaches past ("we will not, you know,
    insist on it"): words that say nothing of what is denied."""
    return re.compile(r"\s*[,-]+\s*(?P<filler>" + "|".join(map(re.escape, negation_words()["fillers"]))
                      + r")\s*[,-]+\s*")


# Verbs of telling, after "have to" / "need to" in a rhetorical denial of the need to say something.
_TELLING = frozenset({"tell", "remind", "say", "explain"})
# Nouns of what would settle a question: denied ("no consensus for long-range weapons", "has not provided any
# evidence that the cars collect data"), they leave what they are about open, neither done nor denied; the
# negation reaches no further.
_SETTLING_NOUNS = frozenset({"evidence", "proof", "consensus", "indication", "indications"})
# "No question that it has been a factor", "without doubt": the cue affirms what follows, with certainty.
_CERTAINTY_NOUNS = frozenset({"question", "doubt", "doubts"})
# A quotation that opens inside the clause ("had not been "very clear and consistent"") is what the
# negation denies, in the speaker's words: its opening mark, right before its first word, ends nothing.
_OPENING_QUOTE = re.compile(r'\s+"')


# What opens a clause of its own after "and": a subject ("and the mayor thanked ...", "and Wang said ...").
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                              "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "there", "both"})


def _joins_the_predicate(tokens: list[Token], next_index: int, joiner: Token) -> bool:
    """Whether an "and" inside a negation's reach joins a second verb or object to what is negated
    ("will not get together on that topic and discuss anything"; "did not discuss trade and security")
    rather than opening a clause with a subject of its own."""
    if joiner.surface.lower() != "and" or next_index >= len(tokens):
        return False
    word = tokens[next_index].surface
    return word.lower() not in _SUBJECT_OPENERS and not word[:1].isupper()


def is_negation_cue(word: str) -> bool:
    """Whether a lower-cased word, its apostrophes straight, negates what follows it ("not", "don't")."""
    return word in NEGATION_CUES or word.endswith("n't")


def denied_words(tokens: list[Token]) -> list[str]:
    """The key of the word each negation cue denies, in order: the first content word after it within
    NEGATION_SCOPE that is not a light verb ("did not hold talks" denies the talks)."""
    denied = []
    for scope in negation_scopes(tokens):
        head = next((other for other in scope if not other.stop and not is_light(other.key)), None)
        if head is not None:
            denied.append(head.key)
    return denied


def negation_scopes(tokens: list[Token]) -> Iterator[list[Token]]:
    """The tokens each negation cue reaches, in order: the NEGATION_SCOPE tokens after it."""
    for index, token in enumerate(tokens):
        if is_negation_cue(fold(token.surface)) and not denies_nothing(tokens, index):
            yield tokens[index + 1:index + 1 + NEGATION_SCOPE]


# "No less than", "not more than", "no later than", "no longer than": a bound on a figure, a time or a
# duration, which denies nothing ("no longer" without "than" is a deed stopped, and stays a negation).
_COMPARED_BOUNDS = frozenset({"less", "fewer", "more", "later", "earlier", "sooner", "greater", "higher",
                              "lower", "longer", "shorter"})


_DECLINING = frozenset({"declined", "declines", "declining"})
# What follows "declined" when it refuses something: "declined to comment", "declined the invitation",
# "declined comment". Anything else ("declined by 6 percent", "declined sharply", "declined to 4 percent",
# "declined in 2024", "a declining share") is a fall in an amount, which denies nothing.
_REFUSED_OBJECTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
                              "that", "these", "those", "any", "all", "comment", "requests", "invitations",
                              "offers"})


def _declined_as_refusal(after: list[str]) -> bool:
    """Whether the words after a "declined" (lower case) make it a refusal rather than a fall."""
    if after[:1] == ["to"]:
        following = after[1:2]
        return bool(following) and not following[0][:1].isdigit() and following[0] not in NUMBER_WORDS
    return bool(after) and after[0] in _REFUSED_OBJECTS


def denies_nothing(tokens: list[Token], index: int) -> bool:
    """Whether the negation cue at `index` is part of a set phrase that denies nothing: "whether or not we
    have a dialogue" asks both ways ("or not" never negates the words after it), "second to none" and "none
    other than" assert."""
    word = tokens[index].surface.lower()
    before = [token.surface.lower() for token in tokens[max(0, index - 2):index]]
    after = [token.surface.lower() for token in tokens[index + 1:index + 4]]
    if word == "none":
        return before == ["second", "to"] or after[:2] == ["other", "than"]
    if word == "no" and after[:1] == ["matter"]:
        return True  # "no matter whether it originates there" is "regardless of whether": it denies nothing
    if word == "not" and before[-1:] == ["or"]:
        return True
    if word in ("no", "not") and after[1:2] == ["than"] and after[0] in _COMPARED_BOUNDS:
        return True  # "no less than $10 million" is at least that much; "no later than May" is by then
    if word in ("no", "not") and after[:1] in (["less"], ["more"]) and after[2:3] == ["than"]:
        return True  # "terms no less favorable than those" are at least as favourable: a bound
    if word == "failed" and any(is_negation_cue(other.replace("\u2019", "'")) for other in before):
        return True  # "never failed to raise it" raised it: the failure is what is denied
    if word in _DECLINING and not _declined_as_refusal(after):
        return True  # "demand declined by 6 million tons", "a declining share": a fall, not a refusal
    if word == "rather" and after[:1] != ["than"]:
        # Only "rather than" sets aside what follows it: "a rather extensive note" is a fairly long one, and
        # "but rather because ..." or "Rather, ..." asserts what follows.
        return True
    return _not_until_a_time(tokens, index)


# What may stand between "until" and the time it names ("until the end of 2026", "until early next year").
_BEFORE_A_TIME = frozenset({"the", "early", "late", "mid", "end", "start", "beginning", "middle", "of"})
# Named times: a month or weekday ("until January"). Not "until next year": a relative time the record seldom
# words the same way, so a claim's "not expected until next year" stays a denial to the scorer.
_NAMED_TIMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


# Verbs of a state lasting through a time: "not ... until" a time denies that it lasts that long ("the truce will
# not remain in force until May"), where an onset ("will not take effect until May") is only put off to then.
_LASTING = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed", "continue", "continues",
                      "continued", "last", "lasts", "lasted"})


def _not_until_a_time(tokens: list[Token], index: int) -> bool:
    """Whether a negation is "not ... until" a time ("will not rise until 2026", "won't take effect until
    January"): what it negates happens then, which a record dating it to that time states, not denies.
    The time is a year, a month or a weekday; "will not stop working until every American is home" stays a
    denial."""
    word = tokens[index].surface.lower().replace("\u2019", "'")
    if not (word in ("not", "never") or word.endswith("n't")):
        return False
    reach = tokens[index + 1:index + 1 + T.NOT_UNTIL_REACH]
    for position, token in enumerate(reach):
        if token.surface.lower().split(" ")[0] in _LASTING:
            return False  # "will not remain in force until May" ends sooner: a denial of its lasting that long
        if token.surface.lower() == "until":
            after = [other.surface.lower() for other in reach[position + 1:]]
            time = next((other for other in after if other not in _BEFORE_A_TIME), "")
            return time in _NAMED_TIMES or _YEAR_WORD.fullmatch(time) is not None
    return False


def negated_keys(tokens: list[Token], folded: str, candidates: list[int]) -> frozenset[str]:
    """Keys in the scope of a negation cue; cues are looked for among the
    `candidates` (token indices, ascending), which hold every token that is one."""
    return frozenset(tokens[index].key for index in negated_positions(tokens, folded, candidates))


def negated_positions(tokens: list[Token], folded: str, candidates: list[int] | range) -> frozenset[int]:
    """The indices of the content tokens in the scope of a negation cue (`negated_keys`, by position)."""
    negated: set[int] = set()
    for index in candidates:
        token = tokens[index]
        # The surface is the original text: "don’t" with a curly apostrophe is a cue too.
        word = token.surface.lower().replace("\u2019", "'")
        if is_negation_cue(word):
            if denies_nothing(tokens, index):
                continue
            if index + 1 < len(tokens) and tokens[index + 1].surface.lower() in _NOT_ONLY:
                continue  # "not just a deal but an alliance" affirms the deal
            if word in ("rather", "instead") and index + 2 < len(tokens) \
                    and tokens[index + 1].surface.lower() in ("than", "of") \
                    and tokens[index + 2].surface.lower() in _NOT_ONLY:
                continue  # "act on its own rather than only responding": it responds, and acts too
            if word in ("no", "without") and index + 1 < len(tokens) \
                    and tokens[index + 1].surface.lower() in _CERTAINTY_NOUNS \
                    and not (index + 2 < len(tokens) and tokens[index + 2].surface.lower() == "of"):
                continue  # though "no question of a deal" rules the deal out
        elif word == PREVENTING_FROM:
            if not _prevented_from(tokens, index) or _prevention_denied(tokens, folded, index):
                continue
        else:
            continue
        counted = 0
        previous_end = token.end
        told = False
        for position, following in enumerate(tokens[index + 1:]):
            if following.start < previous_end:
                continue  # a word of the filler aside passed over below
            aside = _filler_aside().match(folded, previous_end)
            if aside and aside.start("filler") == following.start:
                # A speaker's filler set off by commas or dashes ("I don't think we will, you know, insist
                # on it"; "does not, I emphasize, seek conflict") interrupts the clause without ending it.
                previous_end = aside.end()
                continue
            if told and following.surface.lower() == "that":
                break
            if following.surface.lower() == PREVENTING_FROM and _prevented_from(tokens, index + 1 + position,
                                                                                after=index):
                # "Does not bar Jordan from imposing taxes": denying the holding back leaves the deed free,
                # so the negation ends with the verb of holding back and what follows "from" is asserted.
                break
            # "I don't think I have to tell anybody here that 100,000 people die": only the need to tell is
            # denied, and what is told is affirmed ("did not tell reporters that ..." stays a denial of both).
            told = told or (following.surface.lower() in _TELLING and tokens[index + position].surface.lower() == "to")
            # A negation reaches to the end of its clause, not across punctuation; a joiner right
            # after the cue ("not until", "not when") is what it negates, one after any word
            # ("not yet done and the mayor thanked ...") opens the next clause.
            if (position and following.surface.lower() in _CLAUSE_JOINERS
                    and not _joins_the_predicate(tokens, index + position + 2, following)
                    or _CLAUSE_MARK.search(folded, previous_end, following.start)
                    and not _OPENING_QUOTE.fullmatch(folded, previous_end, following.start)):
                break
            previous_end = following.end
            if "." in following.surface and folded.startswith(".", previous_end):
                previous_end += 1  # the full stop of "U.S." closes the initialism, not the clause
            if not following.stop:
                negated.add(index + 1 + position)
                counted += 1
                if counted >= NEGATION_SCOPE:
                    break
                if counted == 1 and following.key in privative_keys():
                    break  # "will not hesitate to take further steps": denying the holding back asserts the deed
                if following.surface.lower() in _SETTLING_NOUNS:
                    break
    return frozenset(negated)


def _prevented_from(tokens: list[Token], index: int, after: int = -1) -> bool:
    """Whether the "from" at `index` follows a verb of holding back ("keep competition from veering") or of
    sparing a burden ("exempting U.S. companies and originating goods from local content requirements")
    close enough to be its "from": what follows it is then not done. Only a verb after the token at `after`
    counts."""
    return _holding_back_verb(tokens, index, after) is not None


def _holding_back_verb(tokens: list[Token], index: int, after: int = -1) -> int | None:
    """The index of the verb of holding back or sparing whose "from" is at `index` (`_prevented_from`)."""
    for reach, verbs in ((PREVENTING_REACH, PREVENTING_VERBS), (T.EXEMPTION_REACH, EXEMPTING_VERBS)):
        for position in range(index - 1, max(after, index - reach - 2), -1):
            if tokens[position].surface.lower() in verbs:
                return position
    return None


def freeing_froms(tokens: list[Token], folded: str) -> list[int]:
    """Where each "from" of a denied verb of holding back starts ("does not bar Jordan from imposing"): what
    follows it is left free, and a negation before it reaches no further (`_prevention_denied`)."""
    return [token.start for index, token in enumerate(tokens)
            if token.surface.lower() == PREVENTING_FROM and _prevention_denied(tokens, folded, index)]


def _prevention_denied(tokens: list[Token], folded: str, index: int) -> bool:
    """Whether the verb of holding back whose "from" is at `index` is itself denied, in its own clause: "does
    not bar Jordan from imposing", "Nothing in this Agreement shall constrain, or otherwise prevent, a Party
    from imposing", "will not be deterred from standing with Ukraine". Two negations: the deed after "from"
    is left free, not denied. A clause mark other than a comma, or a word opening another clause, between
    the negation and the verb ends the negation's reach (T.DENIED_PREVENTION_REACH words at most)."""
    verb = _holding_back_verb(tokens, index)
    if verb is None:
        return False
    for position in range(verb - 1, max(-1, verb - T.DENIED_PREVENTION_REACH - 1), -1):
        token = tokens[position]
        word = token.surface.lower().replace("\u2019", "'")
        if word in _CLAUSE_JOINERS \
                or _STRONG_CLAUSE_MARK.search(folded, token.end, tokens[position + 1].start):
            return False
        # "Rather" and "instead" deny another deed, not a verb of holding back after them ("Instead, the rule
        # keeps firms from bidding").
        if is_negation_cue(word) and word not in ("rather", "instead") \
                and not denies_nothing(tokens, position):
            return True
    return False
