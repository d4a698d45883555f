"""The verdict rules of docs/verdicts.md: supported, contested or unsourced,
with reason codes, a confidence and a plain-words explanation; and the
separate grading of quotations.

Everything here is a pure function of the claim's analysis and its scored
candidates; retrieval lives in `verifier.evidence`, thresholds in
`verifier.thresholds`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from verifier import thresholds as T
from verifier.alignment import aligned_share, name_swaps
from verifier.claims import (
    CHINA_GOVERNMENT,
    NO_ATTRIBUTION,
    US_GOVERNMENT,
    find_quotes,
    sentence_attribution,
    speaker_side,
)
from verifier.evidence import (
    Candidate,
    Coverage,
    coverage_of,
    line_speaker_keys,
    local_day,
    speaker_label_keys,
    title_author_keys,
)
from verifier.normalize import (
    GENERIC_ORDINAL_UNITS,
    MINUTE_UNIT,
    MONTHS,
    NEGATION_SCOPE,
    NUMBER_WORDS,
    ORDINAL_UNIT_DIVIDER,
    ORDINAL_UNIT_PREFIX,
    ORDINAL_WORDS,
    PERSON_OFFICES,
    PERSON_TITLES,
    SCALE_WORDS,
    SPEECH_VERBS,
    STOPWORDS,
    TIME_UNIT_KEYS,
    Analysis,
    Entity,
    Quantity,
    analyze,
    fold,
    fold_for_quotes,
    has_whole_phrase,
    is_light,
    is_negation_cue,
    keys_of,
    lexicon,
    negated_keys,
    sayer_keys,
    speaker_keys,
    word_key,
)
from verifier.offices import (
    holder_countries,
    holder_family_names,
    holder_on,
    offices,
    qualifies_an_office,
    with_holders,
)
from verifier.segment import split_sentences

SUPPORTED = "supported"
CONTESTED = "contested"
UNSOURCED = "unsourced"
VERDICTS = (SUPPORTED, CONTESTED, UNSOURCED)

# Reason codes (docs/verdicts.md).
NUMBER_MISMATCH = "number_mismatch"
DATE_MISMATCH = "date_mismatch"
NEGATION_MISMATCH = "negation_mismatch"
ACTOR_MISMATCH = "actor_mismatch"
PLACE_MISMATCH = "place_mismatch"
EVENT_MISMATCH = "event_mismatch"
MISATTRIBUTED = "misattributed"
OPPOSITE_ACTION = "opposite_action"
NO_MATCH = "no_match"
BELOW_THRESHOLD = "below_threshold"
OUTSIDE_WINDOW = "outside_window"
ONLY_REPORTER_QUESTION = "only_reporter_question"

# A government other than the two sides (claims.foreign_government_body): a side the article may name,
# never one the record speaks for.
FOREIGN_GOVERNMENT = "foreign-government"
SIDE_NAMES = {US_GOVERNMENT: "U.S. government", CHINA_GOVERNMENT: "Chinese government",
              FOREIGN_GOVERNMENT: "government of a third country"}
REASON_WORDS = {
    NUMBER_MISMATCH: "a number or duration differs", DATE_MISMATCH: "a date or time differs",
    NEGATION_MISMATCH: "the record says the opposite (negation)", ACTOR_MISMATCH: "a different actor is named",
    PLACE_MISMATCH: "a different place is named", EVENT_MISMATCH: "a different event is named",
    OPPOSITE_ACTION: "the record describes the opposite action",
    MISATTRIBUTED: "another publication than the one named says it",
}
EMPTY_RECORD_HINT = ("The record is empty: run `verifier import FILE` or `verifier sources refresh`, "
                     "then check again.")

# Context words around a name that show two names fill the same slot
# ("former Premier Li Keqiang" / "former Premier Wen Jiabao").
_CONTEXT_REACH = 3
# An unknown capitalised word ("name") may be a person, or a capitalised noun
# ("Working Group"): it stands in only for people and other unknown names.
_COMPATIBLE_KINDS = {
    "person": {"person", "name"}, "country": {"country"}, "place": {"place", "country"},
    "event": {"event"}, "name": {"person", "name"}, "agency": {"agency"},
}


@dataclass
class Verdict:
    verdict: str
    confidence: float
    reasons: list[str]
    explanation: str
    evidence: list[Candidate] = field(default_factory=list)


@dataclass
class DecisionTrace:
    """What the rules saw on the way to a verdict, for the calibrated model
    (verifier.calibration): every candidate a contest detector fired on, with
    whether it passed the same-point gates, and the candidates no detector
    fired on. Filled by `decide` when it is given one."""

    contests: list[tuple[Candidate, Conflict, Coverage, float, bool]] = field(default_factory=list)
    agreeing: list[Candidate] = field(default_factory=list)
    supporting: list[Candidate] = field(default_factory=list)


@dataclass(frozen=True)
class Anchor:
    """The article's date and what the record may be used for."""

    date: datetime | None  # end of the article's day (UTC), None when unknown
    known: bool  # given or from metadata (evidence after it is never used), not inferred
    day: date | None = None  # the article's own calendar day: what "on Friday" or "yesterday" count from


# ------------------------------------------------------------------ conflicts


@dataclass(frozen=True)
class Conflict:
    reasons: tuple[str, ...]
    ignored: frozenset[str]  # claim keys the conflict is about, left out of the same-point test
    # The (month, day) the claim's "on Friday" or "last night" falls on, when that is what differs.
    days: frozenset[tuple[int, int]] = frozenset()
    # The verbs ("thanked") whose doer and receiver the record has the other way round.
    swapped: frozenset[str] = frozenset()
    # The record has the claim's two parties the other way round as doer and the one it is done to or for
    # (_deed_of_the_other_party): the side of the claim's doer, which a support must have doing it.
    doer_side: str | None = None


# "Had never before ..." denies an earlier time, not the event: "for the first time" says the same.
_NEVER_BEFORE = re.compile(r"\b(?:never|not)\s+(?:\w+\s+){0,3}?(?:before|previously|until\s+now)\b|\bnever\s+(?:\w+\s+){0,2}?had\b",
                           re.IGNORECASE)


def _never_before(claim: Analysis, candidate: Analysis) -> bool:
    """One side says something had "never before" happened: that denies an earlier time, not that it
    happened, so a record of it happening (or of "the first time") is no negation to disagree on
    ("had never before welcomed the same leader" / "welcomed the leader for a state visit")."""
    negative, positive = (claim, candidate) if claim.negated else (candidate, claim)
    return not positive.negated and _NEVER_BEFORE.search(negative.text) is not None


def find_conflicts(claim: Analysis, candidate: Analysis) -> Conflict:
    """Ways the candidate disagrees with the claim on a point they share."""
    reasons: list[str] = []
    ignored: set[str] = set()

    shared_predicate = claim.predicate_keys & candidate.keys
    flipped = (claim.negated ^ candidate.negated) & shared_predicate
    if flipped and claim.negated and candidate.negated:
        # Two negative sentences ("does not replace the treaties" / "does not
        # supersede the commitments of the treaty") reach different words with a
        # fixed-width scope: only the word a negation denies ("did not reach
        # agreement" / "agreed") can be asserted by the other.
        # A head the other sentence writes inside its own negated clause, past the scope's width ("will not
        # get together on that topic and discuss anything on an individual matter"), is denied there too.
        flipped = {key for key in flipped
                   if key in _negation_heads(claim) - candidate.negated and not _denied_further_on(candidate, key)
                   or key in _negation_heads(candidate) - claim.negated and not _denied_further_on(claim, key)}
    if flipped:
        # A word one side also states in a clause of its own that negates nothing
        # ("had not set an alliance as a goal, and pointed to years of alliance
        # work") is affirmed there: the negated clause is another point.
        flipped = {key for key in flipped
                   if key not in _affirmed_keys(claim if key in claim.negated else candidate)}
    if flipped and _never_before(claim, candidate):
        flipped = set()
    left_open = _left_open_keys(claim)
    if left_open:
        # What the claim leaves open is under its "not" without being denied: the record stating it agrees
        # with the claim as far as it goes; the record ruling it out ("we're not going to be stationing
        # nuclear weapons" for "did not rule out stationing nuclear weapons") is the flipped polarity.
        ruled_out = left_open & candidate.negated & shared_predicate
        if ruled_out:
            ruled_out -= _left_open_keys(candidate)
        flipped = (set(flipped) - left_open) | ruled_out
    if flipped:
        reasons.append(NEGATION_MISMATCH)
        if _refused(claim, candidate, flipped):
            reasons.append(OPPOSITE_ACTION)
    else:
        denied = _denied_in_other_words(claim, candidate)
        if denied:
            reasons.append(NEGATION_MISMATCH)
            ignored |= denied

    denying = _denying_verbs(claim)
    for reason, keys in _implied_denials(claim, candidate):
        if reason not in reasons:
            reasons.append(reason)
        ignored |= keys

    if _numbers_differ(claim, candidate):
        reasons.append(NUMBER_MISMATCH)
        ignored |= _number_keys(claim)
    if NUMBER_MISMATCH not in reasons and (_record_spans_differ(claim, candidate) or _rates_differ(claim, candidate)):
        reasons.append(NUMBER_MISMATCH)
        ignored |= _number_keys(claim) | {token.key for token in claim.tokens if token.surface.lower() in _TIME_WORDS}
    if _dates_differ(claim, candidate):
        reasons.append(DATE_MISMATCH)
        # The words that name the time are what the conflict is about: months,
        # seasons ("in the autumn") and relative units ("coming weeks").
        ignored |= _number_keys(claim) | {token.key for token in claim.tokens if token.key[:3] in _MONTH_KEYS
                                          or token.surface.lower() in _TIME_WORDS}

    for reason, keys in _substitutions(claim, candidate):
        if reason not in reasons:
            reasons.append(reason)
        ignored |= keys
    if not {ACTOR_MISMATCH, PLACE_MISMATCH, EVENT_MISMATCH} & set(reasons):
        # Names whose neighbours are other names, or that the lexicon does not know, have no slot words
        # to compare: the word-by-word alignment finds them swapped in the record's own wording.
        for reason, keys in name_swaps(claim, candidate):
            if reason not in reasons:
                reasons.append(reason)
            ignored |= keys

    if ACTOR_MISMATCH not in reasons:
        doer = _another_doer(claim, candidate)
        if doer is not None:
            reasons.append(ACTOR_MISMATCH)
            ignored |= doer

    swapped = _swapped_roles(claim, candidate)
    if swapped and ACTOR_MISMATCH not in reasons:
        reasons.append(ACTOR_MISMATCH)

    if PLACE_MISMATCH not in reasons:
        qualified = _qualified_place_swap(claim, candidate)
        if qualified is not None:
            reasons.append(PLACE_MISMATCH)
            ignored |= qualified

    virtual = _virtual_conflict(claim, candidate)
    if virtual is not None and PLACE_MISMATCH not in reasons:
        reasons.append(PLACE_MISMATCH)
        ignored |= virtual

    record_only = candidate.keys - claim.keys
    affirmed_there = candidate.keys - candidate.negated
    for key in sorted(claim.predicate_keys - denying):
        opposed = _opposites_of(key) & record_only
        if not opposed or _only_as_a_thing(candidate, opposed) or _only_continues_a_call(candidate, opposed):
            continue
        if _only_as_a_modifier(candidate, opposed) != _only_as_a_modifier(claim, {key}):
            # A deed against a description ("began talks" / "held close talks"): "close" opposes "open"
            # as a description ("a free and open Indo-Pacific") and as a deed, not across the two.
            continue
        # The record states the claim's own action too: the opposite is the point only when it is done
        # to what the claim's action is done to, and the record's own use is about something else. A
        # claim word the record has only under a negation is no action of it ("opposes unilateral
        # changes ... does not support independence" for "supports unilateral changes").
        if key in affirmed_there and not _done_to_another_thing(claim, candidate, key, opposed):
            continue
        if OPPOSITE_ACTION not in reasons:
            reasons.append(OPPOSITE_ACTION)
        ignored.add(key)
    if OPPOSITE_ACTION not in reasons:
        undone = _restriction_undone(claim, candidate)
        if undone:
            reasons.append(OPPOSITE_ACTION)
            ignored |= undone
    # A word both say ("the two met" / "the two men met") is no part of the disagreement.
    return Conflict(tuple(reasons), frozenset(ignored - candidate.keys), swapped=swapped)


# Words that restrict, and verbs that take a restriction away: "eliminate restrictive licensing procedures"
# loosens what "tighten licensing rules" tightens, though neither sentence has the other's verb.
_RESTRICTING_WORDS = ("restrict", "restriction", "restrictions", "restrictive", "tighten", "ban", "bans", "prohibition",
                      "prohibitions", "barrier", "barriers")


@lru_cache(maxsize=1)
def _restricting_keys() -> frozenset[str]:
    """The keys of the restricting words as the analysis reads them ("tighten" in its alias group)."""
    return frozenset(token.key for word in _RESTRICTING_WORDS for token in analyze(word).tokens)


_UNDOING = re.compile(
    r"\b(?P<verb>eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?|abolish(?:es|ed|ing)?|"
    r"dismantl(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|roll(?:s|ed|ing)?\s+back|(?:do|does|did|doing)\s+away\s+with)\s+"
    r"(?:(?:the|all|any|its|their|these|those|existing|remaining|unnecessary|unjustified|discriminatory|"
    r"burdensome|such)\s+)*(?P<thing>[\w-]+)", re.IGNORECASE)
# A claim that deals with a restriction in other words ("agreed to address long-standing barriers", "will
# ease the ban") is not the one that tightens it.
_EASING = re.compile(r"\b(?:address|reduc|eas(?:e|es|ed|ing)\b|relax|loosen|resolv|tackl|cut|lower|overcom|fight|combat|"
                     r"counter|end(?:s|ed|ing)?\b|lift|remov|eliminat)", re.IGNORECASE)
# Before the undoing verb: a demand or a hope that it be done, not the deed ("urged the U.S. to remove ...").
_ASKED_TO = re.compile(r"\b(?:urg\w*|ask\w*|call\w*\s+on|call\w*\s+for|press\w*|demand\w*|want\w*|hop\w*|"
                       r"request\w*)\b[^,;.]{0,60}$", re.IGNORECASE)


def _restriction_undone(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The claim's restricting words, when the record takes that restriction away ("will tighten import
    licensing rules" / "eliminate restrictive import licensing procedures") and the claim itself
    takes nothing away: the opposite action in other words. Empty otherwise."""
    ours = claim.predicate_keys & _restricting_keys()
    if not ours or _UNDOING.search(claim.text) or _EASING.search(claim.text):
        return frozenset()
    for match in _UNDOING.finditer(candidate.text):
        if not {token.key for token in analyze(match.group("thing")).tokens} & _restricting_keys():
            continue
        if _ASKED_TO.search(candidate.text, 0, match.start()):
            continue
        return frozenset(ours)
    return frozenset()


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "any", "no"})


def _denied_in_other_words(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The claim's negated verb, when the record tells the same thing as done in words of its own
    ("never pledged to help Tonga after the eruption" / "reinforced the importance of working
    together to support Tonga after the eruption"): the record holds no negation at all and states
    what the claim's negation reaches, though not its verb. Empty otherwise. Only a flat
    statement of the deed counts: a verb of saying or knowing ("did not say whether", "did not
    confirm") leaves the matter open, and "never before" denies only an earlier time."""
    heads = _denied_verbs(claim) & claim.predicate_keys
    if not heads or heads & candidate.keys or _uncommittal_negation(claim):
        return frozenset()
    if candidate.negated or _denial_spans(candidate.text) or _NEVER_BEFORE.search(claim.text):
        return frozenset()
    if any(is_negation_cue(fold(token.surface).replace("\u2019", "'")) for token in candidate.tokens):
        return frozenset()
    # What the negation reaches is in the record, and so is most of the rest of the claim's point.
    rest = claim.predicate_keys - heads
    if not (claim.negated - heads) & candidate.keys or not rest \
            or len(rest & candidate.keys) < _DENIED_REST_SHARE * len(rest):
        return frozenset()
    return heads


# The share of the claim's other predicate words a record must hold to tell the deed the claim denies.
_DENIED_REST_SHARE = 0.6


def _denied_verbs(claim: Analysis) -> frozenset[str]:
    """The word right after each verbal negation ("not", "never", "-n't"), past small words and manner
    adverbs: the verb it denies, a generic one too ("never held a wide-ranging conversation", "will not
    give the facility"). Empty when any negation of the claim asserts rather than denies: "not only",
    "never wavered in its support", or a "no" before a noun ("no change to the policy" is said as
    often as "the policy remains the same")."""
    verbs = set()
    tokens = claim.tokens
    for index, token in enumerate(tokens):
        word = fold(token.surface).replace("\u2019", "'")
        if not is_negation_cue(word):
            continue
        if word not in _VERBAL_NEGATIONS and not word.endswith("n't"):
            return frozenset()
        following = [other for other in tokens[index + 1:index + 1 + NEGATION_SCOPE]
                     if not other.stop and not is_light("", other.surface)]
        if index + 1 < len(tokens) and fold(tokens[index + 1].surface) in _ASSERTING_AFTER_NEGATION:
            return frozenset()
        if following and word_key(fold(following[0].surface)) in _LITOTES_KEYS:
            return frozenset()
        if following:
            verbs.add(following[0].key)
    return frozenset(verbs)


_VERBAL_NEGATIONS = frozenset({"not", "never", "cannot"})
# "not only", "not just": the negation adds to what it is said of.
_ASSERTING_AFTER_NEGATION = frozenset({"only", "just", "merely", "simply"})
# Verbs whose denial asserts the deed ("never wavered in its support", "did not hesitate to act").
_LITOTES_KEYS = keys_of(["hesitate", "waver", "shy", "flinch", "relent", "fail", "neglect", "cease", "stop", "doubt",
                         "deny", "forget", "lose", "spare", "hide", "tire", "rest"])


# Verbs whose negation leaves the deed open ("did not say whether", "would not confirm", "did not rule out").
_UNCOMMITTAL_VERBS = frozenset({"say", "comment", "specify", "confirm", "mention", "elaborate", "disclose", "detail",
                                "address", "rule", "know", "expect", "identify", "name", "respond", "answer",
                                "reveal", "explain"})


@lru_cache(maxsize=1)
def _uncommittal_keys() -> frozenset[str]:
    return frozenset(token.key for verb in SPEECH_VERBS | _UNCOMMITTAL_VERBS for token in analyze(verb).tokens)


def _uncommittal_negation(claim: Analysis) -> bool:
    """Whether a negation of the claim denies a saying or knowing ("did not say whether", "would not
    confirm"), light verbs such as "say" included, rather than the deed."""
    tokens = claim.tokens
    for index, token in enumerate(tokens):
        if not is_negation_cue(fold(token.surface).replace("\u2019", "'")):
            continue
        following = [other for other in tokens[index + 1:index + 4] if fold(other.surface) not in _BEFORE_THE_VERB]
        if following and (following[0].key in _uncommittal_keys()
                          or fold(following[0].surface) in _UNCOMMITTAL_VERBS | {"said", "says", "saying"}):
            return True
    return False


# Small words that may stand between a negation and the verb it denies ("has not yet confirmed").
_BEFORE_THE_VERB = frozenset({"be", "been", "have", "has", "had", "yet", "publicly", "immediately", "explicitly"})


def _done_to_another_thing(claim: Analysis, record: Analysis, key: str, opposed: set[str]) -> bool:
    """Whether the record does the claim's action to something else and its opposite to what the
    claim's action is done to ("behavior supporting unlawful maritime claims ..., we oppose any
    unilateral attempts" for "behavior opposing unlawful maritime claims"): the record's use of the
    claim's word is another point, its opposite is this one's."""
    ours = set().union(*(_scope_after(claim, token.end) for token in claim.tokens if token.key == key))
    same = set().union(*(_scope_after(record, token.end) for token in record.tokens if token.key == key))
    opposite = set().union(*(_scope_after(record, token.end) for token in record.tokens if token.key in opposed))
    return bool(ours & opposite) and not ours & same


# Negation cues that are themselves an action: refusing to buy is the opposite of buying, not only its absence.
_REFUSALS = frozenset({"refused", "declined"})


def _refused(claim: Analysis, candidate: Analysis, flipped: set[str]) -> bool:
    """Whether one side refused what the other says was done ("refused to buy the soybeans" /
    "will purchase the soybeans"): an opposite action as well as a flipped polarity."""
    for refusing, doing in ((claim, candidate), (candidate, claim)):
        cues = [index for index, token in enumerate(refusing.tokens) if fold(token.surface) in _REFUSALS]
        if not cues:
            continue
        # The words the refusal negates, reached as the analysis reached them ("refused to step up U.S. support").
        refused = negated_keys(refusing.tokens, fold(refusing.text), cues)
        if refused & flipped - doing.negated:
            return True
    return False


def _only_as_a_thing(analysis: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys is a bare noun after a determiner and at most one other word
    ("a humanitarian pause", "the freeze"): a thing the sentence names, not an action it reports."""
    tokens = analysis.tokens
    uses = [index for index, token in enumerate(tokens) if token.key in keys]
    for index in uses:
        if _INFLECTED.search(fold(tokens[index].surface)):
            return False
        before = [fold(token.surface) for token in tokens[max(0, index - 2):index]]
        if not (before[-1:] and before[-1] in _DETERMINERS or before[:1] and before[0] in _DETERMINERS
                and len(before) == 2 and not tokens[index - 1].stop):
            return False
    return bool(uses)


# "continue to call for the cessation of violence", "keep urging restraint": what goes on is the call, whose
# words ("cessation") are what the claim's "called for an end to violence" asks for, not its opposite.
_CONTINUED_CALL = re.compile(r"\s+(?:to\s+)?(?:call(?:ing)?\s+(?:for|on)|urg(?:e|ing)|press(?:ing)?\s+for|"
                             r"push(?:ing)?\s+for|advocat(?:e|ing)\s+for|demand(?:ing)?|appeal(?:ing)?\s+for)\b",
                             re.IGNORECASE)


def _only_continues_a_call(analysis: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys goes on with a call or an appeal ("continue to call for"): the
    call is what continues, not the deed the claim's opposite word is about."""
    uses = [token for token in analysis.tokens if token.key in keys]
    return bool(uses) and all(_CONTINUED_CALL.match(analysis.text, token.end) for token in uses)


# Actions whose bare form is also an adjective: "close cooperation", "open lines", "close to a deal".
_ALSO_ADJECTIVES = frozenset({"close", "open"})
_VERB_ADVERBS = frozenset({"also", "now", "then", "soon", "again", "still", "further", "eventually"})


def _only_as_a_modifier(analysis: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys is the bare form of an action that is also an adjective, before
    a word it describes and after no verb cue ("held close talks", "a free and open Indo-Pacific"):
    a description, not the opening or closing of anything."""
    tokens = analysis.tokens
    uses = [index for index, token in enumerate(tokens) if token.key in keys]
    for index in uses:
        if fold(tokens[index].surface) not in _ALSO_ADJECTIVES:
            return False
        previous = index - 1
        while previous >= 0 and (fold(tokens[previous].surface) in _VERB_ADVERBS
                                 or fold(tokens[previous].surface).endswith("ly")):
            previous -= 1  # "will also close", "to formally open"
        before = fold(tokens[previous].surface) if previous >= 0 else ""
        after = fold(tokens[index + 1].surface) if index + 1 < len(tokens) else ""
        if before in _VERB_CUES or before.endswith("n't") or not after or tokens[index + 1].stop and after != "to":
            return False
    return bool(uses)


def _number_keys(claim: Analysis) -> set[str]:
    return {key for key in claim.keys if _NUMBER_KEY.fullmatch(key) or key in _ORDINAL_KEYS}


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


# Verbs that deny what follows them without a "not": holding back from it ("stopped short of new
# limits", "held off on sanctions") flips its polarity; calling it off ("ruled out talks", "put off
# signing", "shelved the plan", "delayed the review") is the opposite of doing it.
_IMPLIED_DENIAL = re.compile(
    r"\b(?:(?P<withheld>stop(?:ped|s|ping)?\s+short\s+of|h(?:e|o)ld(?:s|ing)?\s+off\s+on|balk(?:ed|s|ing)?\s+at|"
    r"shied\s+away\s+from|shy(?:ing)?\s+away\s+from|refrain(?:ed|s|ing)?\s+from)|"
    r"(?P<called_off>rul(?:ed|es|ing)\s+out|put(?:s|ting)?\s+off|postpon(?:ed|es|ing)|shelv(?:ed|es|ing)|"
    r"scrapp(?:ed|ing)|scraps|call(?:ed|s|ing)?\s+off|put(?:s|ting)?\s+on\s+ice|delay(?:ed|ing)))\s+", re.IGNORECASE)


def _implied_denials(claim: Analysis, candidate: Analysis) -> list[tuple[str, set[str]]]:
    """What the claim says was held back or called off ("put off signing the
    memorandum") that the record states as done ("signed the memorandum"):
    a negation or an opposite action, with the words of the denying verb."""
    found: list[tuple[str, set[str]]] = []
    theirs = None  # read only for a claim with a denying verb (few have one)
    for start, end, withheld in _denial_spans(claim.text):
        if theirs is None:
            theirs = _implied_scope(candidate)
        denied = _scope_after(claim, end)
        # What is put off is often a named thing ("put off the renewal of the Harbour Works Act"): its
        # words count, but not a known party or place (=china), which is the setting of any sentence.
        stated = (denied & _denied_thing_keys(claim) & candidate.keys) - candidate.negated - theirs
        if not stated & claim.predicate_keys:
            continue  # a name alone is not the thing denied
        if len(stated) < _DENIED_WORDS_STATED:
            continue  # one shared word ("port fees" / "port visits") is not the thing denied
        if not withheld and (candidate.keys & _UNDOING_KEYS) - denied:
            # "Scrapping the additional fee" against "determined to eliminate the additional fee": the record
            # tells a calling off too, in its own word. Not one of the thing's own words ("ruled out lifting
            # the ban" / "agreed to lift the ban").
            continue
        reason = NEGATION_MISMATCH if withheld else OPPOSITE_ACTION
        verb = {token.key for token in claim.tokens if start <= token.start < end}
        found.append((reason, verb))
    return found


# Words of what the claim denies that the record must state for the denial to be contradicted.
_DENIED_WORDS_STATED = 2
# Words that tell a thing in force is called off: a record sentence with one of them tells what a claim's
# "scrapped", "called off" tells, in its own words.
_UNDOING_KEYS = keys_of(["scrap", "eliminate", "remove", "revoke", "cancel", "rescind", "terminate", "=relax",
                         "=roll_back", "repeal", "reverse", "abolish", "=suspend"])


def _denied_thing_keys(claim: Analysis) -> frozenset[str]:
    """The claim's keys that can name what a denying verb denies: its
    predicate, and the words of names the lexicon does not know (a law, a
    programme); a known party or place ("=china") is not the thing."""
    return claim.predicate_keys | {key for key in claim.keys if not key.startswith("=")}


def _denying_verbs(claim: Analysis) -> frozenset[str]:
    """The keys of the claim's denying verbs ("stopped short of" is no "stop")."""
    spans = _denial_spans(claim.text)
    if not spans:
        return frozenset()
    return frozenset(token.key for start, end, _withheld in spans for token in claim.tokens
                     if start <= token.start < end)


def _implied_scope(analysis: Analysis) -> set[str]:
    scope: set[str] = set()
    for _start, end, _withheld in _denial_spans(analysis.text):
        scope |= _scope_after(analysis, end)
    return scope


@lru_cache(maxsize=8_192)
def _denial_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, whether it holds back rather than calls off) of each denying
    verb in the text: the claim's are asked about for each of its candidates."""
    left_open = [match.span("verb") for match in _LEFT_OPEN.finditer(text) if match.group("verb")]
    # A denying verb that is itself denied ("has not ruled out talks") denies nothing: it leaves the deed open.
    return tuple((match.start(), match.end(), bool(match.group("withheld")))
                 for match in _IMPLIED_DENIAL.finditer(text)
                 if not any(start <= match.start() < end for start, end in left_open))


# A denial that is itself denied: "did not rule out new sanctions", "declined to rule out", "left open the
# possibility of talks". What follows is neither done nor denied but possible, so a record that states it
# is no contradiction, and one that rules it out ("we are not going to impose sanctions") is.
_LEFT_OPEN = re.compile(
    r"\b(?:(?:not|never|refus(?:ed|es|ing)?\s+to|declin(?:ed|es|ing)?\s+to)\s+|n[’']t\s+)(?:(?:yet|be|been|publicly|"
    r"explicitly|entirely|completely|fully)\s+)*(?P<verb>rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing))\s+"
    r"|\b(?:(?:left|leave|leaves|leaving|kept|keep|keeps|keeping)\s+open\s+(?:the\s+)?"
    r"(?:possibility|option|prospect|door)\s+(?:of|to|for|that)|(?:left|leave|leaves|leaving|kept|keep|keeps|keeping)"
    r"\s+the\s+door\s+open\s+(?:to|for))\s+", re.IGNORECASE)


def _left_open_keys(analysis: Analysis) -> frozenset[str]:
    """The words of what the sentence leaves open ("did not rule out | stationing nuclear weapons")."""
    if not _LEFT_OPEN_WORDS.search(analysis.text):
        return frozenset()  # most sentences: the pattern needs one of these words
    return frozenset(key for match in _LEFT_OPEN.finditer(analysis.text) for key in _scope_after(analysis, match.end()))


_LEFT_OPEN_WORDS = re.compile(r"\b(?:rul|exclud|open)", re.IGNORECASE)


def _scope_after(analysis: Analysis, start: int) -> set[str]:
    """The content words a negation at `start` reaches: as many as a "not" reaches, within the clause."""
    keys: set[str] = set()
    previous_end = start
    for token in analysis.tokens:
        if token.start < previous_end:
            continue
        mark = _DENIAL_CLAUSE_MARK.search(analysis.text, previous_end, token.start)
        aside = mark and _ASIDE.match(analysis.text, mark.start())
        if aside:
            # "ruled out new steps, however, to rally support": an adverb set off by commas
            # interrupts the clause without ending it; the denial reaches past it.
            previous_end = aside.end()
            continue
        if mark or (
                keys and fold(token.surface) in ("but", "while", "although", "and", "which", "who")):
            break
        previous_end = token.end
        if "." in token.surface and analysis.text.startswith(".", previous_end):
            previous_end += 1  # the full stop of "U.S." closes the initialism, not the clause
        if not token.stop:
            keys.add(token.key)
            if len(keys) >= NEGATION_SCOPE:
                break
    return keys


_DENIAL_CLAUSE_MARK = re.compile(r"[,;:.()\"]")
# A sentence adverb between two commas (", however,"): an aside inside the clause, not its end.
_ASIDE = re.compile(r",\s*(?:however|though|meanwhile|moreover|therefore|thus|instead|also|too|nonetheless|"
                    r"nevertheless|for now|for the moment|for the time being|in turn)\s*,", re.IGNORECASE)


# Clauses, and the sentences of a window or of a numbered list the splitter left in one piece
# ("... shall not be subject to such additional duty. (b) The rates of duty ...").
# Each sentence keeps its final mark: a question affirms nothing ("Has he spoken with her? No.").
_AFFIRMED_BREAK = re.compile(rf"{_CLAUSE_BREAK.pattern}|(?<=[.!?])\s+(?=[A-Z(*\"\u201c])")


_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:but|while|although|whereas)\s")


def _denied_further_on(analysis: Analysis, key: str) -> bool:
    """Whether every use of `key` follows a negation cue of its own clause (no clause mark between)."""
    uses = [token.start for token in analysis.tokens if token.key == key]
    cues = [token.end for token in analysis.tokens
            if is_negation_cue(token.surface.lower().replace("\u2019", "'"))]
    return bool(uses) and all(any(cue <= use and not _CLAUSE_END.search(analysis.text, cue, use) for cue in cues)
                              for use in uses)


def _affirmed_keys(analysis: Analysis) -> frozenset[str]:
    """Keys of the sentence's coordinated clauses (or its window's sentences) that hold no negation."""
    clauses = _AFFIRMED_BREAK.split(analysis.text)
    if len(clauses) < 2:
        return frozenset()
    affirmed: set[str] = set()
    for clause in clauses:
        if clause.rstrip(" \"'\u201d)").endswith("?"):
            continue
        part = analyze(clause)
        if not part.negated:
            affirmed |= part.keys
    return frozenset(affirmed)


def _negation_heads(analysis: Analysis) -> frozenset[str]:
    """The word each negation cue denies: the first content word after it that
    is not a light verb ("did not reach agreement" denies the agreement)."""
    heads = set()
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        surface = fold(token.surface)
        if not is_negation_cue(surface):
            continue
        for following in tokens[index + 1:index + 1 + NEGATION_SCOPE]:
            if not following.stop and not is_light(following.key):
                heads.add(following.key)
                break
    return frozenset(heads)


# Verbs one party does to another ("the envoy thanked the minister"): who does it is part of the point.
_DIRECTED_VERBS = keys_of(["thank", "=invite", "=urge", "praise", "commend", "=warn", "congratulate", "criticize",
                           "accuse"])
_ROLE_WORDS = 3  # words of a subject or object phrase next to its verb
# Short words a subject or object phrase may hold: articles, and the honorifics news prose puts
# before a family name ("the king thanked Mr. Trump").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})
_PHRASE_STOPS = frozenset({"the", "a", "an"}) | _HONORIFICS


def _roles(analysis: Analysis, verb: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(subject, object) keys of each use of the verb: the words right before
    and right after it ("President Trump | thanked | the king"), with the
    words both share (a title such as "President") left out."""
    tokens, text = analysis.tokens, analysis.text
    uses = []
    for index, token in enumerate(tokens):
        if token.key != verb:
            continue
        phrases = []
        for step in (-1, 1):
            keys: set[str] = set()
            position, edge = index + step, token
            while 0 <= position < len(tokens) and len(keys) < _ROLE_WORDS:
                other = tokens[position]
                gap = text[other.end:edge.start] if step < 0 else text[edge.end:other.start]
                honorific = other if step < 0 else edge  # the word the gap follows: "Mr. Trump"
                if (gap.strip() and not (gap.strip() == "." and fold(honorific.surface) in _HONORIFICS)) or (
                        other.stop and fold(other.surface) not in _PHRASE_STOPS):
                    break
                if not other.stop:
                    keys.add(other.key)
                position, edge = position + step, other
            phrases.append(keys)
        subject, obj = phrases
        uses.append((frozenset(subject - obj), frozenset(obj - subject)))
    return uses


def _swapped_roles(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The verbs whose doer and receiver the record has the other way round
    ("The minister thanked the envoy" against "The envoy thanked the minister")."""
    swapped = set()
    for verb in _DIRECTED_VERBS & claim.keys & candidate.keys:
        for subject, obj in _roles(claim, verb):
            if not subject or not obj:
                continue
            for their_subject, their_object in _roles(candidate, verb):
                if subject & their_object and obj & their_subject and not subject & their_subject:
                    swapped.add(verb)
    return frozenset(swapped)


def _opposites_of(key: str) -> frozenset[str]:
    """The keys of the opposite actions of a claim key."""
    return lexicon().opposites.get(key, frozenset())


_TIME_WORDS = frozenset({"spring", "summer", "fall", "autumn", "winter", "day", "days", "week", "weeks", "month",
                         "months", "year", "years", "decade", "decades", "quarter", "half"})
_MONTH_KEYS = frozenset(name[:3] for name in ("january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"))


# Keys that are numbers ("12", "395.4") or ordinals ("fourth"): what a number conflict is about.
_NUMBER_KEY = re.compile(r"\d+(?:\.\d+)?")
_ORDINAL_KEYS = frozenset(word_key(word) for word in ORDINAL_WORDS)


# A meeting held by video, and one held somewhere in person.
_VIRTUAL = re.compile(r"\b(?:virtual|video|online)\s+(?:meeting|summit|call|conversation|conference|talks|format|link|"
                      r"session|discussion)s?\b|\bvideo\s*conferenc\w*|\bvirtually\s+(?:met|meet|spoke|held|attended)\b|"
                      r"\bby\s+video\b", re.IGNORECASE)
# Where a meeting itself took place: "in person", "during a visit to", not a plan ("will travel to China").
_IN_PERSON = re.compile(r"\b(?:in[\s-]person|face[\s-]to[\s-]face|while\s+visiting)\b|\b(?:during|on|while\s+on|at)\s+"
                        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+)?(?:visit|trip|travels|stop)\b", re.IGNORECASE)


def _qualified_place_swap(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
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


def _virtual_conflict(claim: Analysis, candidate: Analysis) -> frozenset[str] | None:
    """A meeting the claim places somewhere in person ("during a visit to
    Beijing") that the record says was held by video, or the reverse: the
    claim's words for where it was (the conflict's keys), else None."""
    claim_virtual, record_virtual = _virtual_span(claim.text), _virtual_span(candidate.text)
    if bool(claim_virtual) == bool(record_virtual):
        return None
    if record_virtual:
        places = {entity.key for entity in claim.entities
                  if entity.after_preposition and entity.kind in ("place", "country") and _met_at(claim, entity)
                  and entity.key not in candidate.keys}
        in_person = _IN_PERSON.search(claim.text)
        if not places and not in_person:
            return None
        return frozenset(places | {token.key for token in claim.tokens if token.key in _TRAVEL_KEYS})
    if _IN_PERSON.search(candidate.text) is None:
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
    return before[-1].key in _TRAVEL_KEYS and _IN_PERSON.search(claim.text, 0, claim.tokens[entity.index].start) is not None


def _numbers_differ(claim: Analysis, candidate: Analysis) -> bool:
    claim_values = {q.value for q in claim.quantities}
    for quantity in claim.quantities:
        same_unit = _same_unit_values(quantity, candidate)
        if not same_unit:
            # The counted noun in other words ("300 beef plants" / "400 beef facilities"), or left
            # out ("up to three more"): a number of the record in the same surroundings is the
            # same count. The record's numbers the claim also gives are those other counts.
            others = claim_values - {quantity.value}
            if quantity.value in _totals_of_named_and_others(candidate):
                continue
            if any(len(values) == 1 and quantity.value not in values
                   for values in (found - others for found in _numbers_in_same_words(claim, quantity.value, candidate))):
                return True
            if _one_duration_each_differs(claim, candidate):
                return True
            continue
        # One other value is a contradiction; several ("a 34% tariff ... a 10% tariff") are
        # other quantities of the kind, and the claim's may be yet another, unless the claim
        # gives the others too ("$200 million ... and another $60 million" against "$300 million
        # ... and an additional $60 million"): the one the record has left is its value of this.
        if quantity.value in same_unit or quantity.value in _totals_of_named_and_others(candidate):
            continue
        if quantity.unit.startswith(ORDINAL_UNIT_PREFIX) and _ordinal_written(quantity.value, candidate):
            # "for the fourth time, and the second time in person" against "our fourth meeting, and our
            # second in person": the record's ordinal without its noun counts the same thing.
            continue
        left = same_unit if len(same_unit) == 1 else same_unit - claim_values
        if len(left) > 1:
            # Several values of the unit ("more than two hours of meetings with the Crown Prince, ...
            # with the King for a little over half an hour"): the one written in the claim's words is
            # its value; the others count other things.
            left = _values_in_same_clause_words(claim, quantity, candidate, left)
        if len(left) == 1:
            [theirs] = left
            rounded = quantity.value in _approximate_values(claim) or theirs in _approximate_values(candidate)
            if not (rounded and _within_rounding(quantity.value, theirs)) and not (
                    quantity.unit == MINUTE_UNIT and _within_the_hour(quantity.value, theirs, claim, candidate)):
                return True
    return False


def _ordinal_written(value: float, candidate: Analysis) -> bool:
    """Whether the record writes the ordinal of `value` as a word ("second") where it counts nothing it
    names: an ordinal whose noun is left out ("our second in person")."""
    words = {word for word, number in ORDINAL_WORDS.items() if number == value}
    counted = {q.value for q in candidate.quantities if q.unit.startswith(ORDINAL_UNIT_PREFIX)}
    return value not in counted and any(fold(token.surface) in words for token in candidate.tokens)


# "the United Steelworkers and four other unions", "in addition to the bridge, 36 other projects": a count of the
# others beside one named, so the whole is one more.
_NAMED_AND_OTHERS = re.compile(r"(?:\band|,)\s+(?P<count>\d+|" + "|".join(NUMBER_WORDS) + r")\s+other\s+[a-z]", re.IGNORECASE)


def _totals_of_named_and_others(analysis: Analysis) -> set[float]:
    """The wholes a text counts as one named party and N others ("X and four other unions" is five unions)."""
    totals = set()
    for match in _NAMED_AND_OTHERS.finditer(analysis.text):
        count = match.group("count").lower()
        totals.add(float(count) + 1 if count.isdigit() else float(NUMBER_WORDS[count]) + 1)
    return totals


# A sentence's end inside an evidence text that joins several ("... worth $53 billion. -   The Bank ...").
_YEAR_KEY = re.compile(r"(?:19|20)\d\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])")
# Where one clause ends and the next begins, for telling apart the values a sentence gives of one unit.
_VALUE_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[-\u2013\u2014]\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def _clause_words_by_value(text: str, unit: str, lead_shared: bool = False) -> dict[float, set[str]]:
    """Each value the text gives of `unit` -> the words of the clauses it is given in, the unit's own
    words aside (they are the same wherever the value stands). With `lead_shared`, the words before
    the text's first value go with every value: its subject and verb ("Exporters paid a 20% levy on
    aluminium and a 10% levy on steel wire") are those of every clause that follows."""
    words_by_value: dict[float, set[str]] = {}
    lead: set[str] = set()
    start = 0
    for end in [*(match.start() for match in _VALUE_CLAUSE_BREAK.finditer(text)), len(text)]:
        clause = analyze(text[start:end])
        start = end
        values = {q.value for q in clause.quantities if _same_unit(unit, q.unit)}
        if not values:
            continue
        tokens = clause.tokens
        # The unit's words (its key, the key after it: "metric tons", a time unit's words, a scale) are
        # the same wherever the value stands; the parties ("China will purchase 12 MMT ... and also
        # purchase 25 MMT") are often named once for all the clauses.
        unit_words = {tokens[index + 1].key for index in range(len(tokens) - 1) if tokens[index].key == unit}
        parties = {entity.key for entity in clause.entities if entity.kind in ("person", "country")}
        # Counts are the values compared, not the words around them ("two days" is not in the clause of
        # "two hours" for its "two"); a year is ("in each of 2026, 2027 and 2028").
        words = {token.key for token in tokens if not token.stop and token.key != unit and token.key not in unit_words
                 and token.key not in TIME_UNIT_KEYS and token.key not in SCALE_WORDS and token.key not in parties
                 and not (_NUMBER_KEY.fullmatch(token.key) and not _YEAR_KEY.fullmatch(token.key))}
        if lead_shared and not words_by_value:
            lead = {token.key for token in tokens[:_first_value_token(clause, unit, values)]} & words
        for value in values:
            words_by_value.setdefault(value, set()).update(words)
    for words in words_by_value.values():
        words |= lead
    return words_by_value


def _first_value_token(clause: Analysis, unit: str, values: set[float]) -> int:
    """The index of the token from which the clause still gives all its `values` of `unit`."""
    text = clause.text
    for index in range(len(clause.tokens) - 1, 0, -1):
        start = clause.tokens[index].start
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # the whole written word: "$500", "US$40"
        rest = analyze(text[start:])
        if values <= {q.value for q in rest.quantities if _same_unit(unit, q.unit)}:
            return index
    return 0


def _values_in_same_clause_words(claim: Analysis, quantity: Quantity, candidate: Analysis,
                                 values: set[float], their_unit: str | None = None) -> set[float]:
    """Of the record's `values` of the claim's quantity's unit (or of `their_unit`, a duration's other
    unit), the one whose clause shares the most of the claim's clause's words that tell the record's
    clauses apart (words every one of them has say nothing of which is meant); all of `values` when
    none does or several tie."""
    ours = _clause_words_by_value(claim.text, quantity.unit).get(quantity.value)
    their_unit = their_unit or quantity.unit
    if not ours:
        return values
    # Values the evidence gives in different sentences are of different points (a fact sheet's
    # "$3 billion ... in critical mineral projects" and, in its next item, "$2.2 billion in
    # financing"): they are told apart only within one sentence.
    theirs = next((found for sentence in _SENTENCE_END.split(candidate.text)
                   if (found := {value: words for value, words
                                 in _clause_words_by_value(sentence, their_unit, lead_shared=True).items()
                                 if value in values})), {})
    if set(theirs) != values:
        return values
    common = set.intersection(*theirs.values())
    shared = {value: len((words - common) & ours) for value, words in theirs.items()}
    best = max(shared.values())
    chosen = {value for value, count in shared.items() if count == best}
    return chosen if best > 0 and len(chosen) == 1 else values


# How far back a superlative reaches: "the lowest in a decade", "the largest in over two years", "the first
# time in a year". The span is written with "a" as often as with a number, which counts as no quantity.
_RECORD_SPAN = re.compile(
    r"\b(?:lowest|highest|largest|biggest|smallest|fewest|most|least|best|worst|strongest|weakest|first\s+time)\b"
    r"[^,.;:]{0,40}?\bin\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|(?:the\s+)?(?:past|last)\s+)?"
    r"(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>decade|year|month|week|day)s?\b")
_SPAN_MONTHS = {"decade": 120, "year": 12, "month": 1, "week": 0.25, "day": 1 / 30}


def _record_spans(text: str) -> set[float]:
    spans = set()
    for match in _RECORD_SPAN.finditer(fold(text)):
        count = match.group("count")
        number = 1 if count in ("a", "an") else int(count) if count.isdigit() else NUMBER_WORDS[count]
        spans.add(number * _SPAN_MONTHS[match.group("unit")])
    return spans


def _record_spans_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"The lowest in a year" against "the lowest in a decade": the record reaches back another span."""
    ours = _record_spans(claim.text)
    if not ours:
        return False
    theirs = _record_spans(candidate.text)
    return bool(theirs) and not ours & theirs


# An amount for each span of time: "$17 billion a year", "40,000 tons per month", "2 million annually".
_RATE = re.compile(
    r"(?P<amount>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>thousand|million|billion|trillion))?(?:\s+[a-z]+){0,2}?\s+"
    r"(?:(?:a|an|per|each|every)\s+(?P<period>day|week|month|year)\b|(?P<adverb>daily|weekly|monthly|annually)\b)")
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year"}


def _rates(text: str) -> set[tuple[float, str]]:
    rates = set()
    for match in _RATE.finditer(fold(text)):
        value = float(match.group("amount").replace(",", "")) * SCALE_WORDS.get(match.group("scale") or "", 1)
        rates.add((value, match.group("period") or _RATE_ADVERBS[match.group("adverb")]))
    return rates


def _rates_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"$17 billion a month" against "$17 billion per year": the same amount, for another span of time."""
    ours = _rates(claim.text)
    if not ours:
        return False
    theirs = _rates(candidate.text)
    return any((value, period) not in theirs and any(value == other and period != span for other, span in theirs)
               for value, period in ours)


# Durations compared across the units they are counted in (TIME_UNIT_SCALE's bases), in minutes.
_MINUTES_IN = {MINUTE_UNIT: 1, word_key("day"): 24 * 60, word_key("month"): 30 * 24 * 60}


def _one_duration_each_differs(claim: Analysis, candidate: Analysis) -> bool:
    """"Spoke for more than two days" against "for more than two hours": when each side gives one
    duration, in units of different kinds, they are the same span of time or a contradiction.
    (A claim with two durations, "a two-day visit ... talks of 90 minutes", is left alone: the
    record's one may be the other.)"""
    ours = [q for q in claim.quantities if q.unit in _MINUTES_IN]
    theirs = [q for q in candidate.quantities if q.unit in _MINUTES_IN]
    if len(ours) != 1 or not theirs or any(q.unit == ours[0].unit for q in theirs):
        return False
    if len(theirs) > 1:
        # Several durations of one other unit ("more than two hours of meetings ..., meeting with the
        # King for a little over half an hour"): the one written in the claim's words is its span.
        if len({q.unit for q in theirs}) > 1:
            return False
        values = _values_in_same_clause_words(claim, ours[0], candidate, {q.value for q in theirs},
                                              their_unit=theirs[0].unit)
        if len(values) != 1:
            return False
        theirs = [Quantity(next(iter(values)), theirs[0].unit)]
    claimed, stated = (q.value * _MINUTES_IN[q.unit] for q in (ours[0], theirs[0]))
    return not _within_rounding(claimed, stated)


# A number said to be approximate: "nearly $8 billion", "about 1.8", "some 300,000", "close to 200".
_APPROXIMATE_NUMBER = re.compile(
    r"\b(?:about|nearly|almost|roughly|approximately|around|some|close\s+to)\s+(?:US)?\$?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>thousand|million|billion|trillion))?", re.IGNORECASE)


def _approximate_values(analysis: Analysis) -> frozenset[float]:
    """The values the text writes as approximate."""
    values = set()
    for match in _APPROXIMATE_NUMBER.finditer(analysis.text):
        scale = SCALE_WORDS.get((match.group("scale") or "").lower(), 1)
        values.add(float(match.group("number").replace(",", "")) * scale)
    return frozenset(values)


# "about two hours", "roughly an hour": a duration rounded to whole hours.
_APPROXIMATE_HOURS = re.compile(r"\b(?:about|nearly|almost|roughly|approximately|around|some|close\s+to|more\s+than|"
                                r"over|under)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+hours?\b",
                                re.IGNORECASE)


def _within_the_hour(ours: float, theirs: float, claim: Analysis, candidate: Analysis) -> bool:
    """Two durations in minutes one of which is rounded to whole hours ("about two hours" for two
    hours and 20 minutes) and that differ by less than half an hour."""
    rounded = _APPROXIMATE_HOURS.search(claim.text) or _APPROXIMATE_HOURS.search(candidate.text)
    return bool(rounded) and abs(ours - theirs) < 30


def _within_rounding(ours: float, theirs: float) -> bool:
    """Two values one of which is a round figure for the other ("nearly $8 billion" for $7.8
    billion, "about $1.8 billion" for approximately $1.77 billion)."""
    return abs(ours - theirs) <= T.APPROXIMATE_NUMBER_SHARE * max(abs(ours), abs(theirs))


def _numbers_in_same_words(claim: Analysis, value: float, candidate: Analysis) -> list[set[float]]:
    """For each place the claim writes the number `value` (as one token), the
    record's numbers written next to a content word that is also next to it."""
    found = []
    # The candidate's number tokens by value and their surroundings, each worked out once.
    positions: dict[float, list[int]] | None = None
    surroundings: dict[int, set[str]] = {}
    for index in _number_tokens(claim, value):
        ours = _number_surroundings(claim, index)
        if ours:
            if positions is None:
                positions = _number_positions(candidate)
            for other in (other for quantity in candidate.quantities for other in positions.get(quantity.value, ())):
                if other not in surroundings:
                    surroundings[other] = _number_surroundings(candidate, other)
            found.append({quantity.value for quantity in candidate.quantities
                          if any(surroundings[other] & ours for other in positions.get(quantity.value, ()))})
    return found


def _number_tokens(analysis: Analysis, value: float) -> list[int]:
    return [index for index, token in enumerate(analysis.tokens)
            if _NUMBER_KEY.fullmatch(token.key) and float(token.key) == value]


def _number_positions(analysis: Analysis) -> dict[float, list[int]]:
    """_number_tokens of every value at once: value -> its tokens' indices, in order."""
    positions: dict[float, list[int]] = {}
    for index, token in enumerate(analysis.tokens):
        if _NUMBER_KEY.fullmatch(token.key):
            positions.setdefault(float(token.key), []).append(index)
    return positions


def _number_surroundings(analysis: Analysis, index: int) -> set[str]:
    """The words of what a number counts: the content words right after it
    ("300 American beef plants", "50 of the 737 MAX aircraft", "two more if
    needed"), up to the next small word or mark of the clause, names aside."""
    tokens, text = analysis.tokens, analysis.text
    words: set[str] = set()
    edge = index
    for position in range(index + 1, min(len(tokens), index + 1 + _NUMBER_REACH)):
        if _CLAUSE_MARKS.search(text, tokens[edge].end, tokens[position].start):
            break
        other = tokens[position]
        edge = position
        if other.stop or other.key in _NUMBER_FILLER:
            if words:
                break
            continue  # "60 of the", "three more if": what is counted comes after
        if not _NUMBER_KEY.fullmatch(other.key) and other.key not in analysis.entity_keys:
            words.add(other.key)  # a name ("four U.S. boats", "five U.S. SSNs") is whose, not what
    return words


# Words after a number that may tell what it counts.
_NUMBER_REACH = 6
_CLAUSE_MARKS = re.compile(r"[,;:()\[\]]|\s[-\u2013\u2014]\s")
# Words next to any number that say nothing of what it counts.
_NUMBER_FILLER = keys_of(["=percent", "about", "roughly", "nearly", "almost", "least", "than", "more", "up"])


def _same_unit_values(quantity: Quantity, candidate: Analysis) -> set[float]:
    """The record's values of what `quantity` counts. An ordinal of the claim's own noun ("my third
    extended round") is the record's count of it; ordinals of an unnamed occasion in the same sentence
    ("the first in Vienna, the second in Malta") then count its parts, not the claim's thing."""
    if not quantity.unit:
        return set()
    matching = [q for q in candidate.quantities if _same_unit(quantity.unit, q.unit)]
    if quantity.unit.startswith(ORDINAL_UNIT_PREFIX):
        named = [q for q in matching if _same_unit(quantity.unit, q.unit, generic=False)]
        if named:
            matching = named
    return {q.value for q in matching}


def _same_unit(ours: str, theirs: str, generic: bool = True) -> bool:
    """Counts of one thing: the same unit, or two ordinals one of which counts
    occasions of any kind ("the fifth time they spoke", "their fourth call")."""
    if ours == theirs:
        return True
    if not (ours.startswith(ORDINAL_UNIT_PREFIX) and theirs.startswith(ORDINAL_UNIT_PREFIX)):
        return False
    our_words = ours[len(ORDINAL_UNIT_PREFIX):].split(ORDINAL_UNIT_DIVIDER)
    their_words = theirs[len(ORDINAL_UNIT_PREFIX):].split(ORDINAL_UNIT_DIVIDER)
    return (bool(set(our_words) & set(their_words))
            or generic and bool({ORDINAL_UNIT_PREFIX + our_words[0], ORDINAL_UNIT_PREFIX + their_words[0]}
                                & GENERIC_ORDINAL_UNITS))


def _dated_as_published(claim: Analysis, candidate: Candidate) -> bool:
    """Whether the claim dates its point to the month the record came out in, while the dates the
    record names are all earlier: those recall other occasions ("building on the Summit in
    November 2023" in a January readout; the claim: "In January, he met ..."), not this one's."""
    published = local_day(candidate.first)
    claim_months = claim.months | {month for month, _ in claim.days}
    if published.month not in claim_months or claim.years and published.year not in claim.years:
        return False
    record = candidate.analysis
    named = record.months | {month for month, _ in record.days}
    if not named or record.relative:
        return False
    if record.years:
        return max(record.years) < published.year or (
            max(record.years) == published.year and max(named) < published.month)
    return max(named) < published.month


def _dates_differ(claim: Analysis, candidate: Analysis) -> bool:
    if claim.days and candidate.days and not claim.days & candidate.days:
        return True
    claim_months = claim.months | {month for month, _ in claim.days}
    candidate_months = candidate.months | {month for month, _ in candidate.days}
    if claim.months and candidate_months and not claim.months & candidate_months:
        return True
    if claim.months and _parts_of_month_differ(claim, candidate):
        return True
    if claim.months and candidate_months and _place_months_differ(claim, candidate):
        return True
    for direction, unit in claim.relative:
        units = {u for d, u in candidate.relative if d == direction}
        if units and unit not in units:
            return True
    if claim.seasons and candidate.seasons and not claim.seasons & candidate.seasons:
        return True
    if claim.periods or candidate.periods:
        # "in the second half of the year" against "in the first quarter of 2022" or "in March".
        ours, theirs = claim.periods or claim_months, candidate.periods or candidate_months
        if ours and theirs and not ours & theirs:
            return True
    if _order_differs(claim, candidate):
        return True
    return bool(claim.years and candidate.years and not claim.years & candidate.years)


# Which side of an occasion something is placed on: "before the election" against "after the election".
_ORDER = re.compile(r"\b(?P<word>before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|after|following|"
                    r"in\s+the\s+wake\s+of)\s+(?:(?:the|a|an|this|that|its|his|her|their|next|last|[a-z]+['\u2019]s)"
                    r"\s+)?(?P<occasion>(?:[a-z][\w.-]*\s+){0,2}?(?:election|elections|vote|summit|meeting|talks|visit|"
                    r"trip|call|inauguration|ceremony|conference|session|signing|announcement|deadline|war|attack))\b",
                    re.IGNORECASE)
_AFTER_WORDS = frozenset({"after", "following", "in the wake of"})


def _occasion_sides(analysis: Analysis) -> dict[str, set[str]]:
    """Each occasion the text places something before or after -> the sides it names ("before", "after")."""
    sides: dict[str, set[str]] = {}
    for match in _ORDER.finditer(analysis.text):
        occasion = word_key(match.group("occasion").split()[-1].lower())
        side = "after" if " ".join(match.group("word").lower().split()) in _AFTER_WORDS else "before"
        sides.setdefault(occasion, set()).add(side)
    return sides


def _order_differs(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """"send a delegation before the election" against "send a delegation after the election": the
    occasions (keys) the record places on the other side, and never on the claim's."""
    ours = _occasion_sides(claim)
    if not ours:
        return frozenset()
    theirs = _occasion_sides(candidate)
    return frozenset(occasion for occasion, sides in ours.items() if occasion in theirs and not sides & theirs[occasion])


# The part of a month a text places something in ("in early October", "mid-June"), and the days
# each part may stand for: loosely written, so neighbouring parts overlap and only "early" against
# "late", or a day outside the part's days, is another time.
_MONTH_PART = re.compile(r"\b(?P<part>early|mid|late)[\s-]+(?P<month>" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_PART_DAYS = {"early": range(1, 16), "mid": range(6, 26), "late": range(16, 32)}
_FAR_PARTS = frozenset({"early", "late"})


def _month_parts(analysis: Analysis) -> dict[int, set[str]]:
    text = analysis.text
    if not any(part in text.lower() for part in _PART_DAYS):
        return {}
    parts: dict[int, set[str]] = {}
    for match in _MONTH_PART.finditer(text):
        parts.setdefault(MONTHS[match.group("month").lower()], set()).add(match.group("part").lower())
    return parts


def _parts_of_month_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"In early October" against "in late October" or "on October 24": the same month, another time in it."""
    ours = {month: parts for month, parts in _month_parts(claim).items() if month in claim.months}
    if not ours:
        return False
    theirs = _month_parts(candidate)
    for month, parts in ours.items():
        their_parts = theirs.get(month, set())
        if their_parts and not parts & their_parts and _FAR_PARTS <= parts | their_parts:
            return True
        their_days = {day for named, day in candidate.days if named == month}
        if their_days and not their_parts and not any(day in _PART_DAYS[part] for part in parts
                                                      for day in their_days):
            return True
    return False


# A month written right after a place ("in Malta in November", "Vienna in May 2023"): when it was there.
_PLACE_MONTH = re.compile(r",?\s+in\s+(?:(?:early|late)\s+|mid-)?(?P<month>" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def _months_by_place(analysis: Analysis) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for entity in analysis.entities:
        if entity.kind not in ("place", "country", "event") and not (entity.kind == "name" and entity.after_preposition):
            continue
        match = _PLACE_MONTH.match(analysis.text, analysis.tokens[entity.index].end)
        if match is not None:
            found.setdefault(entity.key, set()).add(MONTHS[match.group("month").lower()])
    return found


def _place_months_differ(claim: Analysis, candidate: Analysis) -> bool:
    """"Meetings in Malta in November and in Vienna in May" against "Malta in September and Vienna in
    May": both months are in the record, but not at the claim's place. Only a month the claim's main
    clause names, and only where both give the place its month."""
    ours = _months_by_place(claim)
    if not ours:
        return False
    theirs = _months_by_place(candidate)
    return any(key in theirs and months & claim.months and not months & theirs[key]
               for key, months in ours.items())


# Verbs that introduce topics: "discussed Iran" against "discussed Russia's war"
# is a topic the record lacks (absence), not a different actor.
_TOPIC_WORDS = frozenset({"=talks", "=say"})


def _context(analysis: Analysis, index: int) -> set[str]:
    """Content words next to a name, up to the nearest other name on each
    side. A person's name is read with the names it runs with ("Boris
    Nemtsov"), and a country qualifying them is passed over ("the widow of
    Russian opposition leader Boris Nemtsov" has "widow" in its context)."""
    kinds = {entity.index: entity.kind for entity in analysis.entities}
    person = kinds.get(index) in ("person", "name")
    # A department acts as a person does ("the Commerce Department and the Saudi Ministry of Finance signed").
    actor = person or kinds.get(index) == "agency"
    first, last = _run_bounds(analysis, index) if person else (index, index)
    words = set()
    for step, start in ((-1, first - 1), (1, last + 1)):
        other, counted = start, 0
        # Places and countries keep to their next few tokens: "Washington does not support" is a subject, not a slot.
        reach = 2 * _CONTEXT_REACH if actor else _CONTEXT_REACH - 1
        while 0 <= other < len(analysis.tokens) and counted < _CONTEXT_REACH and abs(other - start) <= reach:
            if other in kinds and not (actor and kinds[other] == "country"):
                break
            token = analysis.tokens[other]
            if other not in kinds and not token.stop and not token.key.isdigit() and token.key not in _TOPIC_WORDS:
                # The plain stem too: "countering" and "counter" fill one slot whatever their alias groups.
                words.update((token.key, word_key(token.surface.lower())))
                counted += 1
            other += step
    return words


def _name_run(analysis: Analysis, index: int) -> frozenset[str]:
    """The keys of the run of person names a name belongs to ("Boris Nemtsov")."""
    if all(entity.index != index or entity.kind not in ("person", "name") for entity in analysis.entities):
        return frozenset({analysis.tokens[index].key})
    first, last = _run_bounds(analysis, index)
    return frozenset(token.key for token in analysis.tokens[first:last + 1])


def _same_person(analysis: Analysis, index: int, keys: frozenset[str]) -> bool:
    """Whether the name at `index` is someone the other text (`keys`) names: a word of its run is there
    ("Kamala Harris" for "Harris"), and no family name of a known person in the run is missing from it
    ("Kamala Kirby" shares a given name with "Kamala Harris" but is Kirby, someone else)."""
    run = _name_run(analysis, index)
    if not run & keys:
        return False
    entities = {entity.index: entity for entity in analysis.entities}
    first, last = _run_bounds(analysis, index)
    for position in range(first, last + 1):
        token = analysis.tokens[position]
        if token.key in keys or position not in entities:
            continue
        if entities[position].kind == "person" or fold(token.surface) in holder_family_names():
            return False
    return True


def _first_names_aside(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The other words of a name the candidate gives in part ("Antony" of
    "Antony Blinken" against "Secretary Blinken"): not a word it lacks."""
    aside: set[str] = set()
    for entity in claim.entities:
        if entity.key not in candidate.keys:
            continue
        run = _name_run(claim, entity.index)
        aside |= run - candidate.keys
    return frozenset(aside)


def _run_bounds(analysis: Analysis, index: int) -> tuple[int, int]:
    """First and last token of the run of person names, one space apart, that `index` is in."""
    names = {entity.index for entity in analysis.entities if entity.kind in ("person", "name")}
    first = last = index
    while first - 1 in names and _next_in_name(analysis, first - 1, first):
        first -= 1
    while last + 1 in names and _next_in_name(analysis, last, last + 1):
        last += 1
    return first, last


def _next_in_name(analysis: Analysis, left: int, right: int) -> bool:
    """Two words of one name: one space apart, or a middle initial's full stop between them ("Joseph R.
    Biden", "Donald J. Trump"), without which the first name would be a person of its own."""
    if _spaced(analysis, left, right):
        return True
    initial = analysis.tokens[left].surface
    gap = analysis.text[analysis.tokens[left].end:analysis.tokens[right].start]
    return len(initial) == 1 and initial.isupper() and gap.startswith(".") and not gap[1:].strip() and len(gap) > 1


# What may come after a sentence's subject other than its verb: a list or a possessive.
_NOT_SUBJECT_AFTER = re.compile(r"\s*(?:,|and\b|or\b|['\u2019]s\b|\()", re.IGNORECASE)


def _opens_the_sentence(analysis: Analysis, entity: Entity) -> bool:
    """Whether a person is the sentence's subject: only titles, small words and country adjectives come
    before the name ("Chinese President Xi", "Mr. Lund also ..."), and neither a list nor a possessive
    follows it. Two sentences on one point whose subjects are two people name two doers of it, whatever
    verb each uses ("pressed for" / "raised")."""
    first, last = _run_bounds(analysis, entity.index)
    titles = lexicon().titles
    countries = {other.index for other in analysis.entities if other.kind == "country"}
    for index, token in enumerate(analysis.tokens[:first]):
        word = token.surface.lower().rstrip(".")
        if not (token.stop or word in titles or word in PERSON_TITLES or index in countries):
            return False
    name = analysis.tokens[last].surface
    return not name.endswith(("'s", "\u2019s")) and not _NOT_SUBJECT_AFTER.match(analysis.text, analysis.tokens[last].end)


def _spaced(analysis: Analysis, left: int, right: int) -> bool:
    """Two tokens with nothing but space between them ("John Podesta", not "Qaeda, Kirby")."""
    return not analysis.text[analysis.tokens[left].end:analysis.tokens[right].start].strip()


def _written_in(claim: Analysis, key: str, candidate: Analysis) -> bool:
    """Whether the candidate names the claim's entity in words that a longer
    alias swallowed ("the summit meeting in San Francisco" is read as the
    Woodside summit, yet it names San Francisco)."""
    variants = lexicon().variants.get(key) or ([fold(claim.surfaces[key])] if key in claim.surfaces else [])
    folded = _folded(candidate.text)
    return any(has_whole_phrase(folded, variant) for variant in variants if variant)


@lru_cache(maxsize=4_096)
def _folded(text: str) -> str:
    """fold(), kept: a candidate is asked about one name after another, claim after claim."""
    return fold(text)


def _person_like(analysis: Analysis, entity: Entity) -> bool:
    """A known name, or an unknown capitalised word that reads as a person's
    name: next to another such word ("John Podesta") or after a title ("Senior
    Advisor Podesta"). A lone capitalised word ("Holocaust survivors") is not."""
    if entity.kind != "name":
        return True
    if _run_bounds(analysis, entity.index) != (entity.index, entity.index):
        return True
    if fold(analysis.tokens[entity.index].surface) in holder_family_names() and not (
            entity.index and analysis.tokens[entity.index - 1].surface[:1].isupper()):
        # A head of state or government the offices list names, standing alone ("it was Marcos who ...");
        # after a capitalised office ("the Secretary of Commerce Lutnick") it is the holder that office
        # was read as, which the record may name by the office alone.
        return True
    previous = analysis.tokens[entity.index - 1].surface.lower().rstrip(".") if entity.index else ""
    if previous in PERSON_TITLES or previous in lexicon().titles and previous not in STOPWORDS:
        return True
    if entity.index >= 2 and _spaced(analysis, entity.index - 1, entity.index) \
            and _spaced(analysis, entity.index - 2, entity.index - 1) \
            and analysis.tokens[entity.index - 1].capitalised and analysis.tokens[entity.index - 1].stop:
        # A name whose first word is also a small word ("General Secretary To Lam"): the title is one further back.
        before = analysis.tokens[entity.index - 2].surface.lower().rstrip(".")
        if before in PERSON_TITLES or before in lexicon().titles and before not in STOPWORDS:
            return True
    # A title in apposition: "He Lifeng, Vice Premier of the State Council".
    after = entity.index + 1
    if after < len(analysis.tokens) and analysis.text[analysis.tokens[entity.index].end:
                                                     analysis.tokens[after].start].strip() == ",":
        following = analysis.tokens[after].surface.lower().rstrip(".")
        return following in PERSON_TITLES or following in lexicon().titles and following not in STOPWORDS
    return False


def _short_form(ours: Entity, theirs: Entity, claim: Analysis, candidate: Analysis) -> bool:
    """One name is the other's short form (a nickname or a truncation)."""
    mine = fold(claim.tokens[ours.index].surface)
    other = fold(candidate.tokens[theirs.index].surface)
    shorter, longer = sorted((mine, other), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


def _substitutions(claim: Analysis, candidate: Analysis, unknown_places: bool = True) -> list[tuple[str, set[str]]]:
    """Names in the claim that the candidate replaces with another name in the same slot (an unknown
    name where a place goes counts as a place only with `unknown_places`)."""
    found: list[tuple[str, set[str]]] = []
    # A name whose run shares a word with the other side is the same person
    # ("Yulia Navalnaya" for "Navalnaya", "Kamala Harris" for "Harris").
    missing = [e for e in claim.entities if e.key not in candidate.keys and not _written_in(claim, e.key, candidate)
               and not _same_person(claim, e.index, candidate.keys)]
    if not missing:
        return found
    extra = [e for e in candidate.entities if e.key not in claim.keys and not _same_person(candidate, e.index, claim.keys)]
    located_in = lexicon().located_in
    known: dict[tuple[int, int], set[str]] = {}

    def contexts(analysis: Analysis, index: int) -> set[str]:  # each name's context once, for every pair it is in
        key = (id(analysis), index)
        if key not in known:
            known[key] = _context(analysis, index)
        return known[key]
    for ours in missing:
        for theirs in extra:
            # An unknown name where a place goes ("met in Benguela", "at his Mar-a-Lago resort") fills
            # the slot of the record's place, known ("a visit to Washington") or not ("meet in Luanda").
            located = (unknown_places or ours.kind == theirs.kind == "place") \
                and _located(claim, ours) and _located(candidate, theirs)
            if theirs.kind not in _COMPATIBLE_KINDS[ours.kind] and not located:
                continue
            if located_in.get(ours.key) == theirs.key or located_in.get(theirs.key) == ours.key:
                continue  # a city and its country ("Washington" for "the U.S."): the same side
            if {ours.kind, theirs.kind} == {"place", "country"} and not (ours.after_preposition
                                                                      and theirs.after_preposition):
                continue  # a country stands in for a place only as a place ("in Thailand"), not as a party
            if _short_form(ours, theirs, claim, candidate):
                continue  # "Jen" for "Jennifer": the same person
            if _person_like(claim, ours) != _person_like(candidate, theirs) and not located:
                continue  # "inviting Holocaust survivors": a capitalised word, not a person
            # Two lone capitalised words in one slot are two names of a kind
            # (groups, agencies: "countering al Qaeda" / "counter ISIS").
            # Two places each after a preposition fill one slot, when both are where a meeting was
            # ("meet in Washington" / "talks in Bangkok") or neither is.
            same_slot = ((located or ours.after_preposition and theirs.after_preposition
                          and ours.kind == theirs.kind == "place")
                         and (_occasion_place(claim, ours) == _occasion_place(candidate, theirs)
                              # "met at the palace in Benguela": where the meeting the claim tells was
                              or located and ours.kind == "name"
                              and any(token.key in _MEETING_KEYS for token in claim.tokens[:ours.index])))
            if not same_slot and not contexts(claim, ours.index) & contexts(candidate, theirs.index) \
                    and not ({ours.kind, theirs.kind} <= {"person", "name"} and _person_like(claim, ours)
                             and _person_like(candidate, theirs) and _opens_the_sentence(claim, ours)
                             and _opens_the_sentence(candidate, theirs)):
                continue
            if "event" in (ours.kind, theirs.kind):
                reason = EVENT_MISMATCH
            elif same_slot or "place" in (ours.kind, theirs.kind):
                reason = PLACE_MISMATCH
            else:
                reason = ACTOR_MISMATCH
            found.append((reason, set(_name_run(claim, ours.index)) | _name_particle(claim, ours.index)))
            break
    return found


def _another_doer(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """The claim's person said to do something ("General Secretary To Lam emphasized ...") whom the
    sentence does not name, where it names another doing it ("President Biden also emphasized ..."):
    the keys of the claim's name, else None. The sentence's own words decide, not the names its
    publication's title lends it (the readout of a meeting names both leaders)."""
    doers = [(entity, deed) for entity in claim.entities if entity.kind in ("person", "name")
             and (deed := _deed_after(claim, entity)) is not None and _person_like(claim, entity)]
    if not doers:
        return None
    said = {token.key for token in candidate.tokens}
    for ours, deed in doers:
        run = _name_run(claim, ours.index)
        if run & said or _written_in(claim, ours.key, candidate):
            continue
        for theirs in candidate.entities:
            if (theirs.kind in ("person", "name") and theirs.key not in claim.keys
                    and not _name_run(candidate, theirs.index) & claim.keys
                    and _deed_after(candidate, theirs) == deed and _person_like(candidate, theirs)):
                return set(run)
    return None


def _deed_after(analysis: Analysis, entity: Entity) -> str | None:
    """The key of the verb right after a person's name ("Biden also emphasized"), past at most two
    small words; None when a mark or another word comes first."""
    tokens, text = analysis.tokens, analysis.text
    _, last = _run_bounds(analysis, entity.index)
    edge = tokens[last]
    for position in range(last + 1, min(len(tokens), last + 4)):
        token = tokens[position]
        if text[edge.end:token.start].strip():
            return None
        if not token.stop:
            return token.key if not token.capitalised and token.key in _deed_keys() else None
        edge = token
    return None


@lru_cache(maxsize=1)
def _deed_keys() -> frozenset[str]:
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
    if entity.kind != "name" or not entity.after_preposition or _person_like(analysis, entity):
        return False
    before = [token.surface.lower() for token in analysis.tokens[max(0, entity.index - 2):entity.index]]
    if len(before) == 2 and before[-1] in _PLACE_DETERMINERS:
        before = before[:1]
    return bool(before) and before[-1] in _LOCATIVE_PREPOSITIONS


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside"})
_PLACE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


# Lower-case words that open a name ("al Qaeda", "bin Salman", "van Hollen").
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "da", "di", "van", "von", "der", "la", "le"})


def _name_particle(analysis: Analysis, index: int) -> set[str]:
    first, _ = _run_bounds(analysis, index)
    if first and analysis.tokens[first - 1].surface in _NAME_PARTICLES and _spaced(analysis, first - 1, first):
        return {analysis.tokens[first - 1].key}
    return set()


# ------------------------------------------------------------------ the verdict


# Words naming the occasion itself: a claim placed "during the call" or "at the
# summit" is contested by evidence from a publication about another occasion.
_OCCASION_KEYS = keys_of(["=phone_call", "summit", "=woodside_summit"])
# Capitals a publisher's readouts take for granted (a White House readout of a
# meeting in Washington seldom says so).
_HOME_PLACES = frozenset({"=washington", "=us", "=china"})

Mentions = Callable[[int, str], bool]


def decide(claim: Analysis, attribution: str, candidates: list[Candidate], key_weights: dict[str, float],
           anchor: Anchor, *, record_empty: bool = False, later: list[Candidate] | None = None,
           questions: list[Candidate] | None = None, mentions: Mentions | None = None,
           known_elsewhere: Callable[[str], bool] | None = None, main_clause_end: int | None = None,
           event_publications: frozenset[int] | None = None, event_days: frozenset[date] = frozenset(),
           question: str = "",
           trace: DecisionTrace | None = None) -> Verdict:
    """The verdict for one claim from its scored candidates (best first).

    `attribution` is the side the article says published the claim (or
    "none" when the speaker is a party named in the claim itself). `later`
    are candidates published after the article (never evidence, but they tell
    `outside_window` from `no_match`); `questions` are reporters' questions
    matching the claim (never evidence either). `mentions(readout_id, key)`
    says whether a publication names a place or occasion anywhere;
    `known_elsewhere(key)` whether the record names it at all; only the main
    clause (up to `main_clause_end`) places the claim at an occasion.
    `event_publications` are the publications the article's event is told
    in (see `_about_the_event`); None puts no such limit on a contradiction.
    `event_days` are the days those publications came out on.
    `question` is the reporter's question that opens the sentence the claim
    answers ("Asked at a news conference late on Wednesday whether ...,"):
    the day it names is the day the answer was given (see
    `_answered_on_another_day`).
    `trace`, when given, is filled with what the rules saw (DecisionTrace).
    """
    if record_empty:
        return Verdict(UNSOURCED, T.CONFIDENCE_CEILING, [NO_MATCH], EMPTY_RECORD_HINT)
    omission = omission_of(claim)
    left_out = omission or topic_left_out(claim)
    if left_out is not None:
        mentioned = _mentioned_after_all(claim, left_out, candidates, key_weights, anchor)
        if mentioned is not None:
            return Verdict(CONTESTED, _confidence(mentioned.score), [NEGATION_MISMATCH],
                           f"{cite(mentioned)} does mention it: {REASON_WORDS[NEGATION_MISMATCH]}.",
                           top_evidence([mentioned], candidates))
    negated_claim = bool(claim.negated & claim.predicate_keys)
    directional = _actions(claim)
    framed = _framed_actions(claim)

    supporting: list[Candidate] = []
    contesting: list[tuple[Candidate, Conflict]] = []
    agreeing: list[Candidate] = []  # candidates no detector fired on, related or not
    # No publication of the article's own period speaks to the point: the
    # article recounts an earlier occasion ("Speaking on November 26, he said
    # ..."), whose publication then gives the count to disagree with. Only a
    # count: an older denial or other actor is too likely another occasion's.
    own_event_silent = anchor.known and not any(c.in_window and c.score >= T.RELATED_SCORE for c in candidates)
    compared = _main_clause_times(claim, main_clause_end)
    claimed_days = _claimed_event_days(claim, anchor, main_clause_end)
    named = _named_publication(claim, anchor, main_clause_end)
    # The dated publication the claim names ("In a joint vision statement released late on Friday"), when the
    # record holds it and it speaks to the claim's subject.
    named_in_record = named if named is not None and named.days and any(
        candidate.score >= T.RELATED_SCORE and _is_named_publication(candidate, named) for candidate in candidates) \
        else None
    if named is not None and any(candidate.score >= T.SUPPORT_SCORE and _is_named_publication(candidate, named)
                                 for candidate in candidates):
        named = None  # the publication the claim names is in the record and says it: no other one speaks for it
    # A transcript of the day the claim says someone spoke that states the point: other days' are
    # the same words said again, not a sign they were said on another day.
    claimed_spoken = spoken_days(claim.text, anchor.day) if anchor.day is not None else frozenset()
    spoken_on_the_day = any(candidate.score >= T.SUPPORT_SCORE and candidate.first.kind in _SPOKEN_KINDS
                            and claimed_spoken & _transcript_days(candidate) for candidate in candidates)
    claim_subjects = _subjects(claim)  # who says what in the claim, for _said_by_another_party
    for candidate in candidates:
        if candidate.score < T.RELATED_SCORE:
            candidate = (_scored_without_its_count(compared, claim, candidate, key_weights)
                         or _scored_with_its_opposite(compared, claim, candidate, key_weights))
            if candidate is None:
                continue
        conflict = find_conflicts(compared, candidate.analysis)
        if ACTOR_MISMATCH in conflict.reasons:
            conflict = _with_record_office_holders(compared, candidate, conflict)
        else:
            conflict = _with_conflict(conflict, _office_holder_conflict(compared, candidate, mentions))
        if DATE_MISMATCH in conflict.reasons and _dated_as_published(compared, candidate):
            conflict = replace(conflict, reasons=tuple(r for r in conflict.reasons if r != DATE_MISMATCH))
        if omission is not None and NEGATION_MISMATCH in conflict.reasons:
            # What one publication left out is contradicted only by that publication (above).
            conflict = replace(conflict, reasons=tuple(r for r in conflict.reasons if r != NEGATION_MISMATCH))
        if PLACE_MISMATCH in conflict.reasons and anchor.known and not candidate.in_window \
                and not any(reason == PLACE_MISMATCH for reason, _ in _substitutions(compared, candidate.analysis,
                                                                                     unknown_places=False)):
            # A name the lexicon does not know, where a place goes, is another place only in the article's
            # own event: another year's meeting "in Zurich" is another occasion, not the claim's ("in Luxembourg").
            conflict = replace(conflict, reasons=tuple(r for r in conflict.reasons if r != PLACE_MISMATCH))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = _with_conflict(conflict, _day_conflict(compared, candidate, anchor, main_clause_end))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = _with_conflict(conflict, _relative_day_conflict(compared, candidate))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = _with_conflict(conflict, _weekday_of_date_conflict(compared, candidate, anchor))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = _with_conflict(conflict, _relative_year_conflict(claim, candidate, anchor, main_clause_end))
        if DATE_MISMATCH not in conflict.reasons:
            conflict = _with_conflict(conflict, _recalled_month_conflict(compared, candidate))
        if DATE_MISMATCH not in conflict.reasons:
            # The whole claim, not its main clause alone: a date in the record's own words is the same detail.
            conflict = _with_conflict(conflict, _worded_date_conflict(claim, candidate.analysis))
        if NUMBER_MISMATCH not in conflict.reasons and compared is not claim:
            conflict = _with_conflict(conflict, _context_number_conflict(claim, main_clause_end, candidate.analysis))
        # The record states its own value of the detail (a number, date, name, polarity), not
        # merely lacks the claim's: only then may one clause of the claim carry the point.
        states_other = bool(conflict.reasons)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = _period_conflict(claim, candidate, anchor)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = _month_conflict(compared, candidate, anchor)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = _readout_day_conflict(compared, candidate, anchor, main_clause_end)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE and not spoken_on_the_day:
            conflict = _spoken_day_conflict(claim, candidate, anchor)
        if not conflict.reasons and candidate.score >= T.SUPPORT_SCORE:
            conflict = _party_count_conflict(compared, candidate)
        if not conflict.reasons and mentions is not None and candidate.score >= T.SUPPORT_SCORE:
            # An older publication that never names a place the claim only
            # mentions ("the situation in the Middle East") is another occasion,
            # not a sign the article's own event happened elsewhere; one that
            # never names the place of the claim's occasion ("during the Bangkok
            # talks") is.
            own_event = candidate.in_window or not anchor.known or names_its_time(claim)
            conflict = _occasion_conflict(claim, candidate, mentions, known_elsewhere, main_clause_end,
                                          occasions_only=not own_event)
        if not conflict.reasons and mentions is not None:
            # Below the support score too: the missing name may be what keeps it below.
            conflict = _absent_party(claim, candidate, mentions, main_clause_end)
        if not conflict.reasons and mentions is not None:
            conflict = _absent_counterpart(claim, candidate, mentions, main_clause_end)
        if not conflict.reasons:
            conflict = _another_speaker(claim, candidate)
        if not conflict.reasons:
            conflict = _said_by_another_party(claim, claim_subjects, candidate)
        if not conflict.reasons:
            conflict = _deed_of_the_other_party(compared, candidate)
        if not conflict.reasons and named is not None and candidate.score >= T.SUPPORT_SCORE \
                and not _is_named_publication(candidate, named) and not _recounts_named_publication(candidate, named):
            conflict = Conflict((_named_publication_reason(candidate, named),), named.keys)
        if conflict.reasons and _read_together(candidate) and not (
                candidate.denial and NEGATION_MISMATCH in conflict.reasons
                and set(conflict.reasons) <= {NEGATION_MISMATCH, OPPOSITE_ACTION}):
            # Two sentences read together may state a point neither states alone, but joined,
            # one's negations, numbers and places attach to the other's words: the only
            # disagreement they show is an official's "no" to the question asked (a flipped
            # polarity, with the opposite action a refusal also is).
            continue
        if conflict.reasons == (ACTOR_MISMATCH,) and mentions is not None \
                and not _names_a_party_of(claim, candidate, mentions):
            continue
        if conflict.reasons:
            aside = conflict.ignored | _first_names_aside(claim, candidate.analysis)
            stated, point_aside = _as_stated(claim, candidate, conflict, aside)
            same_point = coverage_of(claim, key_weights, stated, point_aside)
            # How closely the sentence states the point, its opposite action counted as the claim's word.
            closeness = _opposite_counted(claim, candidate, stated, key_weights)
            covered = (same_point.coverage >= T.CONTEST_COVERAGE and same_point.predicate >= T.CONTEST_PREDICATE_COVERAGE
                       and closeness.score >= T.CONTEST_MIN_SCORE)
            # The gap is the costliest test: only when it can matter, or the trace records it.
            gap = largest_gap(claim, candidate, key_weights, aside) if covered or trace is not None else 1.0
            if states_other and not (covered and gap < T.SUPPORT_MISSING_SHARE) and closeness.score >= T.CONTEST_MIN_SCORE:
                # The detail in conflict sits in one clause of a longer sentence ("Before leaving
                # for Ohio, he told reporters he hoped to meet again in the coming weeks"): that
                # clause is the point the record must share; the rest is its setting.
                # The clause of the detail's weighed words; failing those ("in the coming weeks"), of any of its words.
                clause = (_conflict_clause(claim, conflict.ignored & claim.keys, key_weights)
                          or _conflict_clause(claim, conflict.ignored - claim.keys, key_weights))
                if clause is not None:
                    part, part_weights = clause
                    part_point = coverage_of(part, part_weights, stated, point_aside)
                    if (part_point.coverage >= T.CONTEST_COVERAGE
                            and part_point.predicate >= T.CONTEST_PREDICATE_COVERAGE
                            and largest_gap(part, candidate, part_weights, aside) < T.SUPPORT_MISSING_SHARE):
                        covered, gap, same_point = True, 0.0, part_point
            # A date in conflict is no word the record should share: how closely the record states
            # the rest of the point is what tells whether it speaks of the claim's occasion.
            near = _scored_without_the_date(claim, closeness, conflict, key_weights)
            passed = (covered and gap < T.SUPPORT_MISSING_SHARE and _close_enough_from_afar(near, anchor)
                      and _about_the_event(near, event_publications)
                      and not _published_before_the_claimed_day(candidate, conflict, claimed_days, candidates, event_days)
                      and not _published_before_the_named_publication(candidate, conflict, named_in_record, anchor)
                      and not _counts_for_others(claim, candidate, conflict)
                      and (_same_occasion(claim, candidate, conflict, anchor)
                           or own_event_silent and conflict.reasons == (NUMBER_MISMATCH,)
                           and candidate.score >= T.SUPPORT_SCORE))
            if passed:
                contesting.append((candidate, conflict))
            if trace is not None:
                trace.contests.append((candidate, conflict, same_point, gap, passed))
            continue
        agreeing.append(candidate)
        if (candidate.score < T.SUPPORT_SCORE or candidate.coverage.predicate < T.SUPPORT_PREDICATE_COVERAGE) \
                and not (candidate.score >= T.RELATED_SCORE and _quoted_in_own_line(claim, attribution, candidate)):
            continue
        if largest_gap(claim, candidate, key_weights) >= T.SUPPORT_MISSING_SHARE:
            continue  # one word that carries much of the claim is not in the record's sentence
        if not _states_actions(candidate.analysis, directional, framed):
            continue  # the claim's action (lift, resume, reduce...) is its point: the record must state it
        if not _denies_too(claim, candidate.analysis, negated_claim):
            continue  # a record that simply lacks the thing is not a denial of it
        supporting.append(candidate)

    formula = _said_of_several(compared, contesting)
    if formula:
        contesting = [item for item in contesting if not any(item[0] is candidate for candidate in formula)]
        if trace is not None:
            trace.contests = [entry for entry in trace.contests if not any(entry[0] is c for c in formula)]
    if trace is not None:
        trace.agreeing.extend(agreeing)
    if contesting and agreeing:
        outstated = [item for item in contesting if _outstated(claim, item, agreeing)]
        if outstated:
            contesting = [item for item in contesting if not any(item is other for other in outstated)]
            if trace is not None:
                dropped = {id(candidate) for candidate, _ in outstated}
                trace.contests = [(c, conflict, point, gap, ok and id(c) not in dropped)
                                  for c, conflict, point, gap, ok in trace.contests]
    if anchor.known and not names_its_time(claim):
        # The article's own event first: another occasion's words that agree are the fallback.
        supporting = [c for c in supporting if c.in_window] + [c for c in supporting if not c.in_window]
        # ... and so does its disagreement.
        contesting = [c for c in contesting if c[0].in_window] + [c for c in contesting if not c[0].in_window]
    best_contest = contesting[0] if contesting else None
    if trace is not None:
        trace.supporting = list(supporting)
    if (supporting and anchor.known and _pinned_to_own_occasion(claim, main_clause_end)
            and not any(c.in_dated_window for c in supporting)
            and (best_contest is not None
                 or any(c.in_dated_window and c.score >= T.PINNED_EVENT_SCORE for c in candidates))):
        # "During the call ...": the article's own occasion, which the record
        # has (or another occasion's record places the point elsewhere); only
        # other occasions' publications say it happened.
        best_contest = best_contest or (supporting[0], Conflict((EVENT_MISMATCH,), frozenset()))
        supporting = []
    elsewhere = _said_at_another_occasion(claim, supporting, candidates, anchor, main_clause_end)
    if elsewhere is None and not supporting and best_contest is None:
        # Another occasion's sentence that shares the point's words, though too loosely to support it
        # alone ("discussed the Grand Ethiopian Renaissance Dam" for "the Nile dam dispute came up"): when
        # the claim's own occasion is read out and silent on the point, that is where the point was made.
        sharing = [c for c in agreeing if c.score >= T.RELATED_SCORE
                   and c.coverage.predicate >= T.SUPPORT_PREDICATE_COVERAGE]
        elsewhere = _said_at_another_occasion(claim, sharing, candidates, anchor, main_clause_end)
    if elsewhere is not None and best_contest is None:
        # "At the news conference ...": the record reads out that occasion, yet only the readout of
        # another (a call, a meeting with someone else) states the point.
        occasion = _claim_occasion(claim, main_clause_end)
        best_contest = (elsewhere, Conflict((EVENT_MISMATCH,), occasion.keys if occasion else frozenset()))
        supporting = []
    if supporting and (best_contest is None or _support_confirms(claim, supporting, best_contest)):
        if attribution in SIDE_NAMES:
            own_side = [c for c in supporting if speaks_for(c, attribution)]
            if anchor.known and not names_its_time(claim) and supporting[0].in_window:
                # The article's event is what the side is said to have said of: its words on another
                # occasion ("candid, constructive" of another meeting) do not make this one theirs.
                own_side = [c for c in own_side if c.in_window]
            if not own_side:
                other = supporting[0]
                return Verdict(CONTESTED, _confidence(other.score), [MISATTRIBUTED],
                               f"The article attributes this to the {SIDE_NAMES[attribution]}, but only "
                               f"{SIDE_NAMES.get(other.side, other.side)} publications say it "
                               f"({cite(other)}).", supporting[: T.EVIDENCE_PER_CLAIM])
            rest = [c for c in supporting if not speaks_for(c, attribution)]
            supporting = own_side + rest
        best = supporting[0]
        evidence = top_evidence(supporting, candidates)
        if _answered_on_another_day(question, evidence, anchor):
            # "Asked late on Wednesday whether ..., Biden said": only another day's transcript states it.
            return Verdict(CONTESTED, _confidence(best.score), [DATE_MISMATCH],
                           f"{cite(evidence[0])} speaks to the same point and disagrees: "
                           f"{REASON_WORDS[DATE_MISMATCH]}.", evidence[:1])
        return Verdict(SUPPORTED, _confidence(best.score), [], f"{cite(best)} states the same point.", evidence)
    if best_contest is not None:
        candidate, conflict = best_contest
        words = "; ".join(REASON_WORDS[r] for r in conflict.reasons)
        return Verdict(CONTESTED, _confidence(candidate.score), list(conflict.reasons),
                       f"{cite(candidate)} speaks to the same point and disagrees: {words}.",
                       top_evidence([candidate], candidates))

    best_score = max((c.score for c in candidates), default=0.0)
    # "Only" a later publication: one the record of the period nearly matches is no better evidence than it.
    said_later = [c for c in later or [] if c.score >= T.SUPPORT_SCORE and c.score >= best_score + T.LATER_MARGIN
                  and c.coverage.predicate >= T.SUPPORT_PREDICATE_COVERAGE and not find_conflicts(claim, c.analysis).reasons]
    if said_later:
        return Verdict(UNSOURCED, _confidence(said_later[0].score), [OUTSIDE_WINDOW],
                       f"Only a publication from after the article says this ({cite(said_later[0])}); "
                       "evidence published after the article is not used.")
    asked = [q for q in questions or [] if q.score >= T.SUPPORT_SCORE and q.score >= best_score + T.QUESTION_MARGIN]
    if asked:
        return Verdict(UNSOURCED, _confidence(asked[0].score), [ONLY_REPORTER_QUESTION],
                       f"Only a reporter's question says this ({cite(asked[0])}); questions are never evidence.")
    related = on_its_point(claim, candidates, key_weights)
    if related:
        return Verdict(UNSOURCED, _clamp(0.5 + (T.SUPPORT_SCORE - best_score)), [BELOW_THRESHOLD],
                       f"The closest official text ({cite(related[0])}) is related but does not state this point.",
                       related[: T.EVIDENCE_PER_CLAIM])
    return Verdict(UNSOURCED, _clamp(1.0 - best_score), [NO_MATCH],
                   "Nothing in the official record speaks to this claim.")


def _quoted_in_own_line(claim: Analysis, attribution: str, candidate: Candidate) -> bool:
    """Whether the candidate is the claimed speaker's own transcript line holding every quotation of the
    claim word for word (QUOTED_MIN_WORDS in all): the claim's other words then set the scene ("Still,
    Biden insisted at the news conference: ...", "Asked about the timing, the official said the decision
    ...") and need not be the record's. The speaker is the person the claim has speak ("Biden insisted"),
    else the side the article attributes the claim to ("the official said"): the same words in another's
    line, or in a readout with no speaker, are no such line."""
    quotes = [quote.text for quote in find_quotes(claim.text)]
    if sum(len(_QUOTE_WORD.findall(fold(quote))) for quote in quotes) < T.QUOTED_MIN_WORDS:
        return False
    holding = [hit for hit in candidate.hits if any(holds_quotation(quote, hit.text) for quote in quotes)]
    if not all(any(holds_quotation(quote, hit.text) for hit in holding) for quote in quotes):
        return False
    speakers = speaker_keys(claim)
    if speakers:
        return all(line_speaker_keys(hit) & speakers for hit in holding)
    return attribution in SIDE_NAMES and all(hit.speaker and _speaker_side(hit.speaker) == attribution
                                             for hit in holding)


def _said_of_several(claim: Analysis, contesting: list[tuple[Candidate, Conflict]]) -> list[Candidate]:
    """The sentences that disagree with the claim only on who, when the record says the point in the same words
    of two other parties that share no name ("El Salvador has committed to ..." and "Guatemala has committed to
    ..." for "Ecuador has committed to ..."; readouts of a day's calls with two leaders, worded alike): the
    point is a formula said of each party in turn, and one more party it is said of is no contradiction (the
    record lacks that party's text, or the article's words match another's better), nor is any other sentence
    on the point that names one of those parties in its place. Sentences that share a name (He Lifeng in one,
    Vice Premier He in another) name one other party, which still contests."""
    actor_only = [(candidate, conflict.ignored, _other_parties(claim, candidate.analysis))
                  for candidate, conflict in contesting if conflict.reasons == (ACTOR_MISMATCH,) and conflict.ignored]
    formula_parties: dict[frozenset[str], set[str]] = {}
    for n, (one, ignored, parties) in enumerate(actor_only):
        for other, other_ignored, other_parties in actor_only[n + 1:]:
            if (ignored == other_ignored and parties and other_parties and not parties & other_parties
                    and _worded_alike(one.analysis, other.analysis)):
                formula_parties.setdefault(ignored, set()).update(parties | other_parties)
    # With them, the record's other sentences on the claim's point that name one of those parties in its place.
    return [candidate for candidate, ignored, parties in actor_only if parties & formula_parties.get(ignored, set())]


def _other_parties(claim: Analysis, record: Analysis) -> frozenset[str]:
    return frozenset(entity.key for entity in record.entities
                     if entity.kind in ("person", "country", "name") and entity.key not in claim.keys)


def _worded_alike(one: Analysis, other: Analysis) -> bool:
    """Two sentences whose words, names aside, are mostly the same."""
    ours, theirs = one.keys - one.entity_keys, other.keys - other.entity_keys
    return bool(ours | theirs) and len(ours & theirs) >= T.FORMULA_SHARED_WORDS * len(ours | theirs)


def _outstated(claim: Analysis, contest: tuple[Candidate, Conflict], agreeing: list[Candidate]) -> bool:
    """Whether another sentence states the claim's point at least as closely as the disagreeing
    one (scores as high, follows the claim's wording as far) and states the very detail in
    conflict the claim's way (its number, date, name, polarity), from the article's event when
    the disagreement is: then the disagreeing sentence is another mention of something near the
    point (a number of another deployment, a place named in passing), not the record's account
    of it, and the record does state the claim."""
    candidate, conflict = contest
    details = _detail_keys(claim, candidate.analysis, conflict)
    if not details:
        return False
    # Names, verbs and polar words must be there as written; numbers may be written otherwise
    # ("about $1.8 billion" / "approximately $1.77 billion", `_states`).
    words = details - _number_keys(claim)
    ours = None
    for other in agreeing:
        if other.score < max(candidate.score, T.SUPPORT_SCORE) or (candidate.in_window and not other.in_window) \
                or not words <= other.analysis.keys or _overlaps(other, candidate):
            continue
        if any((key in claim.negated) != (key in other.analysis.negated) for key in words):
            continue  # the word is there, with the other polarity
        if not _states(claim, other.analysis, conflict):
            continue
        if ours is None:
            ours = aligned_share(claim, candidate.analysis)
        if aligned_share(claim, other.analysis) > ours:
            return True
    return False


def _counts_for_others(claim: Analysis, candidate: Candidate, conflict: Conflict) -> bool:
    """A count or date that differs in a sentence about other parties: the record names people or
    countries the claim does not, and none of the names the claim names ("Marcos's second visit" /
    "their dozenth meeting since Prime Minister Kishida took office"). Its number counts something
    of theirs, not the claim's point."""
    if not conflict.reasons or not set(conflict.reasons) <= {NUMBER_MISMATCH, DATE_MISMATCH}:
        return False
    record = candidate.analysis
    located_in = lexicon().located_in
    # A capital stands for its country ("Kyiv and Washington agreed" / "Ukraine and the United States").
    ours = claim.entity_keys | {located_in[key] for key in claim.entity_keys if key in located_in}
    return bool(ours) and bool(_parties(record) - ours - claim.keys) and not ours & (record.keys
                                                                                    | _speaking_for(candidate))


# "We also intend to send a delegation": a government's publication says "we" for its country (_OWN_COUNTRY).
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us)\b(?!\.)", re.IGNORECASE)


def _speaking_for(candidate: Candidate) -> frozenset[str]:
    """The country the record sentence's "we" is: its publisher's."""
    country = _OWN_COUNTRY.get(candidate.side)
    if country is None or not _FIRST_PERSON_PLURAL.search(candidate.analysis.text):
        return frozenset()
    return frozenset({country})


def _parties(analysis: Analysis) -> frozenset[str]:
    """The people and countries a sentence names."""
    return frozenset(entity.key for entity in analysis.entities
                     if entity.kind in ("person", "country") or entity.kind == "name" and _person_like(analysis, entity))


def _detail_keys(claim: Analysis, record: Analysis, conflict: Conflict) -> frozenset[str]:
    """The claim's words a disagreement is about: the number, date or name it names, the
    verbs whose roles are swapped, and the words whose polarity flips."""
    keys = (conflict.ignored & claim.keys) | conflict.swapped
    if NEGATION_MISMATCH in conflict.reasons:
        keys |= claim.predicate_keys & record.keys & (claim.negated ^ record.negated)
    return keys


def _opposite_counted(claim: Analysis, candidate: Candidate, stated: Analysis,
                      key_weights: dict[str, float]) -> Candidate:
    """The candidate scored as if it said the claim's action where it says the
    opposite ("agreed to continue consultations" for "agreed to suspend
    consultations"): the opposite fills the same place in the sentence, and
    when the action is the claim's heaviest word, leaving it out of the score
    keeps the very sentence that contradicts the claim below the gates.
    `stated` is the sentence as `_as_stated` reads it."""
    if stated is candidate.analysis:
        return candidate
    coverage = coverage_of(claim, key_weights, stated)
    return replace(candidate, coverage=coverage) if coverage.score > candidate.score else candidate


def _as_stated(claim: Analysis, candidate: Candidate, conflict: Conflict,
               aside: frozenset[str]) -> tuple[Analysis, frozenset[str]]:
    """The record's sentence as the same-point test reads it, and the claim's
    keys it leaves aside. Where the only disagreement is the action, the
    record's opposite stands for the claim's word and counts as it, rather
    than being left out: left out, a claim whose heaviest word is the action
    would be judged on its light words alone."""
    if conflict.reasons != (OPPOSITE_ACTION,):
        return candidate.analysis, aside
    opposed = conflict.ignored & claim.keys
    if not opposed or not _acts_on_the_same(claim, candidate.analysis, opposed):
        return candidate.analysis, aside
    return replace(candidate.analysis, keys=candidate.analysis.keys | opposed), aside - opposed


def _acts_on_the_same(claim: Analysis, record: Analysis, opposed: frozenset[str]) -> bool:
    """Whether the record's opposite action acts on what the claim's does: a
    word of what follows one follows the other ("wind down its consultations
    with allies" / "continue to work with allies"), not another thing done
    ("stop the leakage" / "continuing to share information"). A denying verb
    ("put off") has no lexicon opposite: what it denies is already checked."""
    for key in opposed:
        opposites = _opposites_of(key)
        if not opposites:
            continue
        ours = set().union(*(_scope_after(claim, token.end) for token in claim.tokens if token.key == key))
        theirs = set().union(*(_scope_after(record, token.end) for token in record.tokens if token.key in opposites))
        if not ours & theirs:
            return False
    return True


def _scored_with_its_opposite(compared: Analysis, claim: Analysis, candidate: Candidate,
                              key_weights: dict[str, float]) -> Candidate | None:
    """A sentence of the article's event that states the opposite of the
    claim's action ("will continue to work with allies" for "would wind down
    its work with allies"), scored with the opposite as the claim's word: the
    action, a rare word, is what kept it below the related score."""
    if not candidate.in_window or candidate.score < T.COUNT_ASIDE_FLOOR:
        return None
    keys = candidate.analysis.keys
    if not _opposite_keys(compared.predicate_keys) & keys:
        return None  # nothing opposite to the claim's actions in it (and find_conflicts is costly)
    opposed = frozenset(key for key in compared.predicate_keys - keys if _opposite_keys(frozenset({key})) & keys)
    if not opposed or not _acts_on_the_same(compared, candidate.analysis, opposed):
        return None  # the opposite acts on another thing: cheaper to tell than find_conflicts
    conflict = find_conflicts(compared, candidate.analysis)
    if conflict.reasons != (OPPOSITE_ACTION,):
        return None
    stated, _aside = _as_stated(claim, candidate, conflict, frozenset())
    rescored = _opposite_counted(claim, candidate, stated, key_weights)
    return rescored if rescored.score >= T.RELATED_SCORE else None


@lru_cache(maxsize=8_192)
def _opposite_keys(keys: frozenset[str]) -> frozenset[str]:
    """The keys of every opposite of the keys' actions."""
    return frozenset().union(*map(_opposites_of, keys))


# Where a sentence joins clauses: a comma or semicolon, "that" after a verb of saying, or the verb
# of saying itself when "that" is left out ("thanks his host and says the two sides agreed ..."),
# a subordinating word ("before leaving ...", "as he ...", "until the deal is signed").
_CLAUSE_JOINS = re.compile(r"[,;]\s+|\s+(?:that|before|after|while|whereas|as|when|because|until|unless|says|said|"
                           r"adds|added)\s+", re.IGNORECASE)


def _conflict_clause(claim: Analysis, keys: frozenset[str] | set[str],
                     key_weights: dict[str, float]) -> tuple[Analysis, dict[str, float]] | None:
    """The clause of the claim that holds the words in conflict (`keys`), as
    an analysis of its own keys with their weights; None when the claim is
    one clause, or that clause says too little besides the conflict."""
    if not keys:
        return None
    bounds = [0] + [match.end() for match in _CLAUSE_JOINS.finditer(claim.text)] + [len(claim.text) + 1]
    if len(bounds) < 3:
        return None
    for start, end in pairwise(bounds):
        # The detail may be a word the scorer does not weigh ("in the coming weeks"): look for it among all words.
        said = {token.key for token in claim.tokens if start <= token.start < end}
        if not said & keys:
            continue
        inside = said & claim.keys
        if len(inside - keys) < T.CONTEST_CLAUSE_KEYS or inside == claim.keys:
            return None
        part = replace(claim, keys=frozenset(inside), predicate_keys=claim.predicate_keys & inside,
                       entity_keys=claim.entity_keys & inside)
        return part, {key: weight for key, weight in key_weights.items() if key in inside}
    return None


def states_claimed_action(claim: Analysis, record: Analysis) -> bool:
    """Whether the record states each directional action of the claim (the support test of `decide`)."""
    return _states_actions(record, _actions(claim), _framed_actions(claim))


def keeps_denial(claim: Analysis, record: Analysis) -> bool:
    """Whether a record can support the claim's denial: the claim denies nothing, or the record denies it too."""
    return _denies_too(claim, record, bool(claim.negated & claim.predicate_keys))


def _states_actions(record: Analysis, actions: set[str], framed: dict[str, frozenset[str]]) -> bool:
    # An action "agreed to X" is also stated by a record that states X as a deed ("will restock"), not as
    # what was talked about ("discussed restocking": _framed_actions).
    return all(_states_action(record, key) or (key in framed and framed[key] <= _deeds(record)) for key in actions)


def _deeds(record: Analysis) -> frozenset[str]:
    """The record's keys less those it writes only in an -ing form (a gerund is the thing discussed)."""
    gerunds = {token.key for token in record.tokens if token.surface.lower().endswith("ing")}
    done = {token.key for token in record.tokens if not token.surface.lower().endswith("ing")}
    return frozenset(record.keys - (gerunds - done))


def _denies_too(claim: Analysis, record: Analysis, negated_claim: bool) -> bool:
    return not negated_claim or bool(record.negated & claim.negated)


def on_its_point(claim: Analysis, candidates: list[Candidate], key_weights: dict[str, float]) -> list[Candidate]:
    """The closest candidates that hold the words carrying the claim's point
    (its heaviest words other than names), or come near support as a whole:
    those are "related" evidence. A sentence that shares only the claim's
    people and places (every sentence of an event names Biden and Xi) is not:
    then nothing in the record is close."""
    point_keys = sorted(claim.predicate_keys & key_weights.keys() or claim.keys & key_weights.keys(),
                        key=lambda key: (-key_weights[key], key))[: T.RELATED_POINT_WORDS]
    point_weight = sum(key_weights[key] for key in point_keys)
    return [candidate for candidate in candidates[: T.RELATED_CANDIDATES]
            if candidate.score >= T.RELATED_CLOSE_SCORE or point_weight and sum(
                key_weights[key] for key in point_keys if key in candidate.analysis.keys)
            >= T.RELATED_POINT_SHARE * point_weight]


# "The White House readout did not mention X", "the statement made no mention of X": a claim about what
# one publication leaves out.
_OMISSION = re.compile(
    r"^(?P<publisher>.*?)\b(?P<kind>readout|statement|communiqu[eé]|transcript|release|summary|account)s?\s+"
    r"(?:also\s+|itself\s+)?(?:did\s+not|didn't|does\s+not|doesn't|made\s+no|makes\s+no|contained\s+no|contains\s+no|"
    r"had\s+no|has\s+no|never|failed\s+to|omitted(?:\s+any)?)\s+(?:mention(?:s|ed)?|refer(?:s|red)?\s+to|"
    r"reference[sd]?|include[sd]?|address(?:es|ed)?|cite[sd]?|raised?|discuss(?:es|ed)?|note[sd]?)(?:\s+of)?\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Omission:
    kind: str  # "readout", "statement", ...: the publication the claim is about
    side: str  # the side that published it, "none" when the claim does not say
    meta_keys: frozenset[str]  # the claim's keys that name the publication and the omitting, not the topic
    # Who is said to have left it out ("Harris did not raise ..."): the record's mention must be theirs.
    parties: frozenset[str] = frozenset()


def omission_of(claim: Analysis) -> Omission | None:
    match = _OMISSION.search(claim.text)
    if match is None:
        return None
    side = speaker_side(match.group("publisher")) or NO_SIDE
    meta = frozenset(token.key for token in claim.tokens if token.end <= match.end())
    if not claim.keys - meta:
        return None
    return Omission(match.group("kind").lower(), side, meta)


NO_SIDE = "none"
# A newsroom's "account" or "summary" of a meeting is what the White House titles a readout.
_OMITTING_TITLES = {"account": ("readout", "account"), "summary": ("readout", "summary")}

# "Harris did not raise human rights", "she never brought up tariffs": a claim that a party left a topic
# out of the talks, the topic after the verb ...
_LEFT_OUT_BY = re.compile(
    r"\b(?:(?:did|does|do|had|has|have|would)\s+not|didn't|doesn't|don't|hadn't|hasn't|haven't|never)\s+"
    r"(?:raise[ds]?|discuss(?:ed|es)?|address(?:ed|es)?|mention(?:ed|s)?|broach(?:ed|es)?|bring\s+up|brought\s+up|"
    r"touch(?:ed)?\s+on|talk(?:ed)?\s+about|take\s+up|took\s+up|go\s+into|went\s+into)\b", re.IGNORECASE)
# ... or before it: "the balloon incident was not discussed", "Ukraine did not come up".
_LEFT_OUT = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:not|never)|wasn't|weren't|isn't|aren't|never\s+(?:was|were))\s+"
    r"(?:discussed|raised|addressed|mentioned|broached|brought\s+up|touched\s+on|taken\s+up)\b|"
    r"\b(?:did\s+not|didn't|never)\s+(?:come|came)\s+up\b", re.IGNORECASE)
# Where the topic ends (after the verb) or starts (before it): a clause break, the occasion, the reporting.
_TOPIC_END = re.compile(r"[,;:]|\s(?:during|at|in|on|with|when|while|because|since|before|after|as|but|and\s+instead|"
                        r"instead|according)\s", re.IGNORECASE)
_TOPIC_START = re.compile(r".*(?:[,;:]\s|\b(?:that|said|says|saying)\s)", re.IGNORECASE | re.DOTALL)


def topic_left_out(claim: Analysis) -> Omission | None:
    """The claim says a party left a topic out of the talks ("did not raise
    human rights"): what any publication of the occasion states of the topic
    contradicts it (docs/verdicts.md: "did not discuss" against a readout
    that discusses it). The topic's keys are the claim's point; the rest
    (who, the verb, the occasion) is `meta_keys`."""
    text = claim.text
    match = _LEFT_OUT_BY.search(text)
    parties: frozenset[str] = frozenset()
    if match is not None:
        end = _TOPIC_END.search(text, match.end())
        span = (match.end(), end.start() if end else len(text))
        parties = frozenset(entity.key for entity in claim.entities
                            if entity.kind in ("person", "name") and claim.tokens[entity.index].start < match.start())
        tokens = claim.tokens
        if tokens and tokens[0].capitalised and not tokens[0].stop and len(tokens) > 1 \
                and tokens[1].start >= match.start():
            parties |= {tokens[0].key}  # "Okafor did not raise ...": a name opening the sentence is no entity
    else:
        match = _LEFT_OUT.search(text)
        if match is None:
            return None
        opening = _TOPIC_START.match(text, 0, match.start())
        span = (opening.end() if opening else 0, match.start())
    topic = frozenset(token.key for token in claim.tokens
                      if span[0] <= token.start < span[1] and token.key in claim.keys) - _GENERIC_TOPICS
    if not topic:
        return None
    return Omission("", NO_SIDE, claim.keys - topic, parties)


# Topics that name nothing ("did not raise the issue", "the topic never came up").
_GENERIC_TOPICS = keys_of(["issue", "matter", "topic", "subject", "question", "thing", "=talks", "=phone_call"])


def _mentioned_after_all(claim: Analysis, omission: Omission, candidates: list[Candidate],
                         key_weights: dict[str, float], anchor: Anchor) -> Candidate | None:
    """The article's own event's publication of that kind and side that does
    state the topic the claim says it left out (docs/verdicts.md: "did not
    discuss" against a readout that discusses it is a negation mismatch)."""
    for candidate in candidates:
        if anchor.known and not candidate.in_window:
            continue
        if omission.side in SIDE_NAMES and candidate.side != omission.side:
            continue
        if omission.kind and not any(word in fold(candidate.first.title)
                                     for word in _OMITTING_TITLES.get(omission.kind, (omission.kind,))):
            continue
        if omission.parties and not _by_party(candidate.analysis, omission.parties):
            continue  # another party's words on the topic: the one the claim names may still have kept quiet
        topic = coverage_of(claim, key_weights, candidate.analysis, omission.meta_keys)
        if topic.coverage < T.CONTEST_COVERAGE or (claim.keys - omission.meta_keys) & candidate.analysis.negated:
            continue
        return candidate
    return None


def _by_party(record: Analysis, parties: frozenset[str]) -> bool:
    """Whether the record's sentence can be the words of one of `parties`: it
    names one, or names no one and is theirs by its speaker or its readout's
    title (verifier.evidence.with_speakers)."""
    named = {entity.key for entity in record.entities if entity.kind in ("person", "name")}
    return bool(parties & named) if named else bool(parties & record.keys)


def _actions(claim: Analysis) -> set[str]:
    """The claim's directional actions (lift, resume, reduce: words with an
    opposite), each used as a verb: inflected ("lifted", "resumption") or, in
    its bare form, after "to" or a modal ("agreed to sharply reduce", "would
    lift"). A bare form elsewhere is an adjective ("keep the channel open",
    "open lines of communication", "close cooperation"), not what happened."""
    opposites = lexicon().opposites
    actions = set()
    for index, token in enumerate(claim.tokens):
        key = token.key
        if key not in opposites or key not in claim.predicate_keys or key in actions or is_light(key):
            continue
        surface = fold(token.surface)
        if surface in _PREPOSITIONAL_PARTICIPLES and not (index and fold(claim.tokens[index - 1].surface) in _BE_FORMS):
            continue  # "starting this year", "beginning in 2026": from when, not what was begun
        # A phrase's first word is its verb ("scaled back", "to set up"): "first meeting" is no deed.
        if _INFLECTED.search(surface.split()[0]):
            actions.add(key)
            continue
        previous = index - 1
        while previous >= 0 and fold(claim.tokens[previous].surface).endswith("ly"):
            previous -= 1  # "to sharply reduce"
        before = fold(claim.tokens[previous].surface) if previous >= 0 else ""
        if before in _VERB_CUES or before.endswith("n't"):
            actions.add(key)
    return actions


# Participles that also serve as prepositions of time ("starting this year" is "from this year on");
# after a form of "be" they are the verb ("talks are starting").
_PREPOSITIONAL_PARTICIPLES = frozenset({"starting", "beginning"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})

# Words before a bare verb: "to lift", "will resume", "did not expand", "we oppose".
_VERB_CUES = frozenset({"to", "will", "would", "shall", "should", "must", "can", "could", "may", "might", "not",
                        "never", "cannot", "did", "do", "does", "we", "they", "i", "you"})
_INFLECTED = re.compile(r"(?:ed|ing|s|ions?|ment|ance|ence)$")


# Actions that frame another ("agreed to lift", "committed to buy", "pledged to expand"): the record may
# state the framed action alone ("will lift", "will purchase").
_FRAMING_ACTIONS = frozenset({"=agree"})


def _framed_actions(claim: Analysis) -> dict[str, frozenset[str]]:
    """Framing actions followed by "to" and a verb ("agreed to open", not
    "agreed to the plan" nor "agreed to it"), each with the framed verb's key:
    a record that states the framed action ("will open") states the claim's."""
    framed: dict[str, frozenset[str]] = {}
    for index, token in enumerate(claim.tokens[:-2]):
        to, verb = claim.tokens[index + 1], claim.tokens[index + 2]
        if (token.key in _FRAMING_ACTIONS and fold(to.surface) == "to" and not verb.stop
                and fold(verb.surface) not in _NOT_A_VERB):
            framed[token.key] = framed.get(token.key, frozenset()) | {verb.key}
    return framed


_NOT_A_VERB = (_DETERMINERS - {"no"}) | {"these", "those", "it", "them", "all", "some", "each", "both"}


def _states_action(analysis: Analysis, key: str) -> bool:
    """The record states the claim's action: the same word, or an action with
    the same opposites ("keep" and "continue" both oppose "suspend" and "wind
    down") that is not its own opposite."""
    if key in analysis.keys:
        return True
    opposites = _opposites_of(key)
    if not opposites or opposites & analysis.keys:
        return False
    return any(_same_opposites(opposites, _opposites_of(other)) for other in analysis.keys
               if other in lexicon().opposites and key not in _opposites_of(other))


def _same_opposites(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two actions are one when the opposites of one include all of the
    other's, and at least two: sharing a single opposite ("scale back" undoes
    both "expand" and "strengthen") does not make two actions the same."""
    return len(ours & theirs) >= _MIN_SHARED_OPPOSITES and (ours <= theirs or theirs <= ours)


_MIN_SHARED_OPPOSITES = 2


def speaks_for(candidate: Candidate, side: str) -> bool:
    """Whether the candidate states what `side` said: it was published by that
    side, or one of its sentences is that side's words — a transcript speaker
    ("PRESIDENT XI") or a sentence reporting them ("The PRC announced that ...").
    A U.S. readout quoting the Chinese side is the record of what China said."""
    if candidate.side == side:
        return True
    return any(_speaker_side(hit.speaker) == side or _sentence_side(hit.text) == side for hit in candidate.hits)


@lru_cache(maxsize=50_000)
def _speaker_side(label: str | None) -> str:
    return speaker_side(label)


@lru_cache(maxsize=50_000)
def _sentence_side(sentence: str) -> str:
    # A list item's mark ("- President Trump and President Xi agreed ...") is no word of the sentence:
    # left in, it hides who opens it.
    sentence = _LIST_MARK.sub("", sentence, count=1)
    side, phrase = sentence_attribution(sentence)
    if phrase and _TOLD_THE_PUBLISHER.match(sentence, sentence.find(phrase) + len(phrase)):
        # "The Chinese delegation told us that ...": the publisher's account of
        # what was said to it in private, not a statement of the other side.
        return NO_ATTRIBUTION
    return side


_TOLD_THE_PUBLISHER = re.compile(r"\s+(?:us|me)\b", re.IGNORECASE)
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+")


# How much of a context clause's own words the record must share to be stating that clause too.
_CONTEXT_STATED_SHARE = 0.6
_CONTEXT_MIN_WORDS = 2


def _context_number_conflict(claim: Analysis, main_clause_end: int | None, record: Analysis) -> Conflict:
    """A count in the context after the main clause (", which is 50 years since the end of the war",
    ", as well as its ambitions over the next four years") is context, unless the record states that
    clause too, in most of its words: then the record's count of it is the one to agree with."""
    if main_clause_end is None or main_clause_end >= len(claim.text):
        return Conflict((), frozenset())
    context = analyze(claim.text[main_clause_end:])
    if not context.quantities:
        return Conflict((), frozenset())
    words = {token.key for token in context.tokens if not token.stop and not _NUMBER_KEY.fullmatch(token.key)
             and token.key not in _ORDINAL_KEYS and token.surface.lower() not in _TIME_WORDS}
    if len(words) < _CONTEXT_MIN_WORDS or len(words & record.keys) < _CONTEXT_STATED_SHARE * len(words):
        return Conflict((), frozenset())
    if not _numbers_differ(context, record):
        return Conflict((), frozenset())
    counted = _number_keys(context) | {token.key for token in context.tokens if token.surface.lower() in _TIME_WORDS}
    return Conflict((NUMBER_MISMATCH,), frozenset(counted & claim.keys))


def _with_record_office_holders(claim: Analysis, candidate: Candidate, conflict: Conflict) -> Conflict:
    """The claim's office is read with its holder's name on the article's day ("the National Security
    Advisor Sullivan's meetings"); a record sentence naming that office by title alone names the same
    person on its own day, so it is compared with the holder written in the same way."""
    named = _record_with_holders(candidate)
    return conflict if named is None else find_conflicts(claim, named)


def _office_holder_conflict(claim: Analysis, candidate: Candidate, mentions: Mentions | None) -> Conflict:
    """Another actor behind a title: a record sentence that gives the claim's act to an office by title
    alone ("The Vice President reaffirmed ...", "the National Security Advisor proposed ...") names its
    holder on its day, so the claim giving the act to someone else ("Marcos declared ...") is contested
    as it would be by the holder's name. Only when the publication names the holder somewhere (its title
    "Readout of Vice President Harris's Meeting ...", its first sentence): then the title is that person,
    whatever the offices' data say of the day."""
    named = _record_with_holders(candidate)
    if named is None or mentions is None:
        return _NO_CONFLICT
    holders = named.keys - candidate.analysis.keys
    if not all(mentions(candidate.first.readout_id, key) for key in sorted(holders)):
        return _NO_CONFLICT
    by_name = find_conflicts(claim, named)
    if ACTOR_MISMATCH not in by_name.reasons:
        return _NO_CONFLICT
    return Conflict((ACTOR_MISMATCH,), by_name.ignored, swapped=by_name.swapped)


def _record_with_holders(candidate: Candidate) -> Analysis | None:
    """The record sentence with the holder's name written after each office it names by title alone on its
    own day (offices.with_holders), as the claim's are; None when it names no such office."""
    named = with_holders(candidate.analysis.text, local_day(candidate.first), candidate.side)
    return None if named == candidate.analysis.text else analyze(named)


def _main_clause_times(claim: Analysis, main_clause_end: int | None) -> Analysis:
    """The claim with only its main clause's numbers and dates: context hung
    after the point (", paving the way for Biden and Xi to meet in November")
    dates that context, not the point."""
    if main_clause_end is None or main_clause_end >= len(claim.text):
        return claim
    main = analyze(claim.text[:main_clause_end])
    times = replace(main.times(), has_past_reference=claim.has_past_reference)
    if _ORDINAL_APPOSITION.match(claim.text, main_clause_end):
        # ", their fourth meeting", ", the first time in nearly three months": the apposition counts
        # the point's own occasion, so its counts and spans are the point's (its dates stay context).
        end = _APPOSITION_END.search(claim.text, main_clause_end + 1)
        counted = analyze(claim.text[:end.start() if end else len(claim.text)]).quantities
        times = replace(times, quantities=counted)
    return replace(claim, when=times)


# An apposition that numbers the point's occasion: ", their third meeting", ", the first such call".
_ORDINAL_APPOSITION = re.compile(r",\s+(?:their|his|her|its|the)\s+(?:" + "|".join(ORDINAL_WORDS)
                                 + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
# Where such an apposition ends: the next clause hung on it.
_APPOSITION_END = re.compile(r";|,\s+(?:which|who|where|including|paving|continuing|following|after|as|while|when)\b")


def largest_gap(claim: Analysis, candidate: Candidate, key_weights: dict[str, float],
                 ignore: frozenset[str] = frozenset()) -> float:
    """The share of the claim's weight carried by its heaviest word the
    candidate lacks (words in conflict, `ignore`, aside)."""
    total = sum(key_weights.values())
    missing = [key_weights[key] for key in claim.keys
               if key not in candidate.analysis.keys and key in key_weights and key not in ignore]
    return max(missing, default=0.0) / total if total else 0.0


def _names_a_party_of(claim: Analysis, candidate: Candidate, mentions: Mentions) -> bool:
    """Whether the publication of a sentence naming other actors is about any
    of the people, countries and places the claim names: "Blinken discussed
    exports with Wang" is contradicted by a readout of Wang's talks with
    Yellen, not by remarks in which Yellen discussed exports with growers in
    Iowa. A claim naming one party only has nothing else to look for."""
    names = claim.entity_keys
    # A capital stands for its country ("Beijing's industrial targeting" / a fact sheet on the PRC).
    located_in = lexicon().located_in
    countries = {located_in[key] for key in names if key in located_in}
    return len(names) < 2 or any(mentions(candidate.first.readout_id, key) for key in sorted(names | countries))


def _scored_without_its_count(compared: Analysis, claim: Analysis, candidate: Candidate,
                              key_weights: dict[str, float]) -> Candidate | None:
    """A sentence of the article's event that gives another count or date
    than the claim ("We have 5,000 troops in Somalia" for "3,000 troops"),
    scored without the claim's number: the number, a rare word, is what kept
    it below the related score."""
    if not candidate.in_window or candidate.score < T.COUNT_ASIDE_FLOOR:
        return None
    if not (_counts_or_dates(compared.keys) and _counts_or_dates(candidate.analysis.keys)):
        return None  # no count or date on one side: nothing to differ (and find_conflicts is costly)
    conflict = find_conflicts(compared, candidate.analysis)
    if not conflict.reasons or not set(conflict.reasons) <= {NUMBER_MISMATCH, DATE_MISMATCH} or not conflict.ignored:
        return None
    rescored = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
    return replace(candidate, coverage=rescored) if rescored.score >= T.RELATED_SCORE else None


def _scored_without_the_date(claim: Analysis, candidate: Candidate, conflict: Conflict,
                             key_weights: dict[str, float]) -> Candidate:
    """The candidate scored with the claim's words of a date in conflict left aside, when the two
    dates agree in part ("in November 2020" against "the November 15, 2021 virtual meeting"): the
    year the record writes otherwise, a rare word, would otherwise count against the very sentence
    that contradicts it. Dates with nothing in common ("in February" against "January 30-31", "next
    year" against "July 15-16, 2022") are as likely another occasion's: they keep their weight."""
    if conflict.reasons != (DATE_MISMATCH,) or not conflict.ignored & claim.keys:
        return candidate
    record = candidate.analysis
    months = claim.months | {month for month, _ in claim.days}
    if not (months & (record.months | {month for month, _ in record.days}) or claim.years & record.years):
        return candidate
    rescored = coverage_of(claim, key_weights, candidate.analysis, conflict.ignored)
    return replace(candidate, coverage=rescored) if rescored.score > candidate.score else candidate


@lru_cache(maxsize=16_384)
def _counts_or_dates(keys: frozenset[str]) -> bool:
    return any(_NUMBER_KEY.fullmatch(key) or key in _ORDINAL_KEYS or key[:3] in _MONTH_KEYS for key in keys)


def _another_speaker(claim: Analysis, candidate: Candidate) -> Conflict:
    """The claim has one person say it ("Biden said 20,000 Indians were
    stuck"); the record's lines are another's, in a transcript where the
    claim's speaker has lines of their own (remarks by Biden and Modi, the
    words Modi's): who said it differs."""
    ours = sayer_keys(claim)
    if not ours or not ours & title_author_keys(candidate.first.title or ""):
        return _NO_CONFLICT
    labelled = [speaker_label_keys(hit.speaker) for hit in candidate.hits]
    holders = _holder_names()
    if not all(labelled) or any((keys | {holders[key].side for key in keys if key in holders}) & ours
                                for keys in labelled):
        return _NO_CONFLICT  # the claim's speaker's own line, named or by country ("The Chinese leader recalled")
    if ours & speaker_keys(candidate.analysis):
        # "as President Biden said": the line reports the claim's speaker. A line naming them otherwise
        # ("Prime Minister Modi and I have agreed") is still its own speaker's words.
        return _NO_CONFLICT
    return Conflict((ACTOR_MISMATCH,), ours)


_NO_CONFLICT = Conflict((), frozenset())


def _said_by_another_party(claim: Analysis, claim_subjects: list[_Subject], candidate: Candidate) -> Conflict:
    """The claim gives a point to one party ("The Ukrainians stressed that the work is driven by ...");
    the record's sentence has another party say or do it with the same verb ("They [Secretary Rubio
    and his team] emphasized that this work is driven by ..."): who said it is part of what the
    article states. Parties are sides: a country or its people ("Ukrainian representatives"), or an
    office holder the offices table knows ("Secretary Rubio": the United States), so "U.S. officials
    said" and "Secretary Blinken said" are one party. A subject naming no side ("the two leaders",
    "the President", "the White House") decides nothing, nor does a pronoun the window gives no
    antecedent. Of a window, the sentence sharing most of the claim's words is the one compared.
    `claim_subjects` are the claim's own (_subjects), read once for all its candidates."""
    ours = _sayers(claim_subjects, None)
    if not ours:
        return _NO_CONFLICT
    sentences = [analyze(hit.text) for hit in candidate.hits]
    point = max(range(len(sentences)), key=lambda i: len(sentences[i].keys & claim.keys))
    record, record_subjects = sentences[point], _subjects(sentences[point])
    theirs = _sayers(record_subjects, sentences[point - 1] if point else None)
    compared = [verb for verb in ours if verb in theirs]
    if not compared or any(ours[verb] & theirs[verb] for verb in compared):
        return _NO_CONFLICT
    our_sides = set().union(*(ours[verb] for verb in compared))
    their_sides = set().union(*(theirs[verb] for verb in compared))
    if our_sides & _sides_spoken_of(claim, claim_subjects, compared) \
            and their_sides & _sides_spoken_of(record, record_subjects, compared):
        # Each party speaks of itself ("Xi said China is ready to work with ..." / "President Biden stated
        # that the United States stands ready to work with ..."): two leaders' mirrored statements, the
        # record holding one of them, not the claim's point given to another.
        return _NO_CONFLICT
    if their_sides & _sides_spoken_to(claim, claim_subjects, compared):
        # The claim's speaker speaks to the record's ("Xi told Sullivan that ...") or of what it did ("Bessent
        # said the Chinese delegation did not engage ..."): the record's line is that party's own side of
        # the exchange, not the claim's words in another's mouth.
        return _NO_CONFLICT
    # The words that name the claim's sayer (its sides when they cannot be read): a support confirms the
    # claim only when it names that sayer too ("With respect to Japan, President Biden welcomed that" is
    # stated by its own words, whoever else the record has welcoming it).
    named = {claim.tokens[i].key for subject in claim_subjects if subject.verb in compared
             for i in subject.words if not claim.tokens[i].stop}
    return Conflict((ACTOR_MISMATCH,), frozenset(named or our_sides))


def _deed_of_the_other_party(claim: Analysis, candidate: Candidate) -> Conflict:
    """The two parties of a sentence with their parts the other way round: the claim has one party do the
    deed ("India will also drop the tariffs on certain aircraft ... under the U.S. proclamations"), the
    record has the other do it, naming the claim's doer only as what the deed is done to or for ("The
    United States will also remove tariffs on certain aircraft and aircraft parts of India"). Both
    parties are in both sentences, so neither names an absent party; what differs is who acts. A party
    is a side: a country, its capital, or an office holder the offices table knows (the record's
    "The President" read as its holder on its day)."""
    record = _record_with_holders(candidate) or candidate.analysis
    ours, theirs = _doer(claim), _doer(record)
    if ours is None or theirs is None:
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


# Words between a subject and its verb: auxiliaries and the adverbs news prose sets there ("India will
# also drop", "the United States has now lifted").
_SUBJECT_TO_VERB = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "also",
                              "has", "have", "had", "now", "then", "further", "already", "jointly", "separately"})
_AUXILIARIES = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have",
                          "had"})


def _party_sides(analysis: Analysis, capitals: bool = True) -> dict[int, str]:
    """Token position -> the side (country key) it names: a country or its people ("Chinese"), an office
    holder's name ("Secretary Rubio", "President Biden") and, with `capitals`, a capital standing for its
    country ("Beijing said"; elsewhere than as a doer a capital is as often the place: "visit Washington")."""
    located_in = lexicon().located_in
    holders = _holder_names()
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


def _doer(analysis: Analysis) -> tuple[str, list[int]] | None:
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
        # Who says it is not who does it: which party said what is _said_by_another_party's business.
        later = [index for index in sides if index > verb]
        reported = _clause_subject(analysis, min(later), sides, after=verb) if later else None
        return (sides[min(later)], reported[0]) if reported is not None else None
    return sides[min(sides)], subject


# Small words between a verb of saying and the subject of the clause it reports ("said that the U.S.").
_REPORTED_OPENERS = frozenset({"that", "the", "a", "an"})


def _clause_subject(analysis: Analysis, index: int, sides: dict[int, str], after: int | None = None
                    ) -> tuple[list[int], int] | None:
    """(subject positions, verb position) when the party at `index` opens a clause (the sentence's, one
    after a mark, or - with `after` - the one a verb of saying at `after` reports) and a verb follows it."""
    tokens, text = analysis.tokens, analysis.text
    first, last = _run_bounds(analysis, index)
    titles = lexicon().titles
    start = first
    while start > 0 and start - 1 != after and not _CLAUSE_MARKS.search(text, tokens[start - 1].end,
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


def _point_doer(claim: Analysis, record: Analysis) -> str | None:
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
        first, last = _run_bounds(analysis, index)
        while first > 0 and (tokens[first - 1].capitalised or fold(tokens[first - 1].surface) in ("the", "a", "an")):
            first -= 1  # the titles and article before the name
        if first > 0 and fold(tokens[first - 1].surface) in _PREPOSITIONS:
            continue
        verb = _verb_after(analysis, last)
        if verb is not None and fold(tokens[verb].surface) not in SPEECH_VERBS:
            doing.add(side)  # not "Xi said ...": who tells of a deed does not do it
    return doing


_PREPOSITIONS = frozenset({"of", "on", "to", "from", "with", "by", "for", "in", "at", "against", "into", "onto",
                           "toward", "towards", "about", "over", "under", "between", "among", "through"})


def _verb_after(analysis: Analysis, last: int) -> int | None:
    """The position of the verb after token `last`, past auxiliaries and adverbs and no mark: a word that
    reads as a verb, one after an auxiliary ("will also drop", "has given"), a past tense ("launched"), a
    verb of saying or a present tense before "to" ("plans to join"). None when another word comes first."""
    tokens, text = analysis.tokens, analysis.text
    if tokens[last].surface.endswith(("'s", "\u2019s")):
        return None
    position, edge, helped = last + 1, tokens[last], False
    while position < len(tokens):
        token = tokens[position]
        gap = text[edge.end:token.start].strip()
        if gap and not (gap == "." and "." in edge.surface):  # "U.S. will": an abbreviation's last full stop
            return None  # a mark after the name: a list, an apposition, another clause
        word = fold(token.surface)
        if word in _SUBJECT_TO_VERB:
            helped = helped or word in _AUXILIARIES
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


def _sides_outside(analysis: Analysis, subject: list[int]) -> set[str]:
    """The sides a sentence names other than in its subject."""
    return {side for index, side in _party_sides(analysis, capitals=False).items() if index not in subject}


# Words a sayer's phrase may carry besides names: "Ukrainian representatives", "Secretary Rubio and his team".
_SUBJECT_REACH = 6
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they"})
# Common words a subject may hold ("Ukrainian representatives", "Japan's prime minister"); more are another
# clause's words ("raised concerns about the PRC's unfair trade policies and emphasized").
_SUBJECT_COMMON_WORDS = 2
# Small words inside a subject and between it and its verb: "Secretary Rubio and his team", "it was Rubio
# who said", "Modi has also said"; any other small word ("of Qatar to express") ends the subject.
_SUBJECT_SMALL_WORDS = frozenset({"the", "a", "an", "and", "his", "her", "their", "its", "who", "also", "has", "have",
                                  "had", "mr", "mrs", "ms", "dr"})


@lru_cache(maxsize=1)
def _saying_keys() -> frozenset[str]:
    """Keys of the verbs whose subject is who said or did the point: saying, and a party's own deeds."""
    verbs = {"commended", "pledged", "reaffirmed", "thanked", "praised", "welcomed", "expressed", "conveyed"}
    return frozenset(token.key for verb in verbs for token in analyze(verb).tokens) | _deed_keys()


@dataclass(frozen=True)
class _HolderName:
    """What an office holder's name tells of whoever it names."""
    side: str  # the key of the country the holder speaks for ("=us")
    given_names: frozenset[str]  # given names of the holders called so, folded: "Marco Rubio" is still Rubio


@lru_cache(maxsize=1)
def _holder_names() -> dict[str, _HolderName]:
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
    ("... said the current draft reflects Ukraine's national interests": Ukraine)."""
    said = [subject.position for subject in subjects if subject.verb in verbs]
    if not said:
        return set()
    holders = _holder_names()
    sides = {entity.key for entity in analysis.entities if entity.kind == "country" and entity.index > said[0]}
    return sides | {holders[analysis.tokens[i].key].side for i in range(said[0] + 1, len(analysis.tokens))
                    if _names_a_holder(analysis, i)}


def _sides_spoken_to(analysis: Analysis, subjects: list[_Subject], verbs: list[str]) -> set[str]:
    """The sides named right after a verb of speech of the given keys: whom it is said to ("told
    Sullivan"), or the subject of the clause it reports ("said the Chinese delegation did not ...")."""
    speech = _speech_key()
    holders = _holder_names()
    countries = {entity.index: entity.key for entity in analysis.entities if entity.kind == "country"}
    sides: set[str] = set()
    for subject in subjects:
        if subject.verb not in verbs or subject.verb != speech:
            continue
        after = subject.position + 1
        for position in range(after, min(len(analysis.tokens), after + _ADDRESSEE_REACH)):
            token = analysis.tokens[position]
            if position in countries:
                sides.add(countries[position])
            elif _names_a_holder(analysis, position):
                sides.add(holders[token.key].side)
    return sides


# Words after a verb of speech that name whom it is said to or the reported clause's subject ("told
# Secretary Blinken", "said that the Chinese delegation").
_ADDRESSEE_REACH = 4


@lru_cache(maxsize=1)
def _speech_key() -> str:
    """The key every verb of saying folds to ("said", "stated", "told")."""
    return analyze("said").tokens[0].key


def _names_a_holder(analysis: Analysis, index: int) -> bool:
    """Token `index` is an office holder's name standing alone or after a title or their own given name
    ("Secretary Rubio", "Boris Johnson"), not part of another name ("Mike Johnson", "Johnson & Johnson")."""
    tokens = analysis.tokens
    token = tokens[index]
    holder = _holder_names().get(token.key)
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


def _subjects(analysis: Analysis) -> list[_Subject]:
    """Each verb of saying or doing in the past or present tense ("stressed", "says"; not the noun
    "call") with its subject: the words right before the verb in its clause ("it was Secretary Rubio
    who said"), auxiliaries and "also" left out, and the sides they name. One pass for everything the
    party rules read of who says what (_said_by_another_party)."""
    tokens, text = analysis.tokens, analysis.text
    countries = {entity.index: entity.key for entity in analysis.entities if entity.kind == "country"}
    holders = _holder_names()
    found = []
    for index, token in enumerate(tokens):
        word = fold(token.surface)
        if token.key not in _saying_keys() or token.capitalised or not (word.endswith(("ed", "s"))
                                                                         or word in ("said", "told")):
            continue
        start, common = index, 0
        while start > 0 and index - start < _SUBJECT_REACH:
            before = tokens[start - 1]
            gap = text[before.end:tokens[start].start]
            small = fold(before.surface).rstrip(".")
            if not before.stop and not before.capitalised:
                common += 1  # "representatives", "prime minister": a subject's head noun and its modifier
            if any(mark in gap for mark in ",;:()\"“”—–") or before.key in _saying_keys() \
                    or before.stop and before.key != "=record_source" and small not in _SUBJECT_SMALL_WORDS \
                    and small not in _PRONOUN_SUBJECTS or common > _SUBJECT_COMMON_WORDS:
                break
            start -= 1
        words = tuple(i for i in range(start, index) if fold(tokens[i].surface) not in ("also", "has", "have", "had"))
        sides = frozenset({countries[i] for i in words if i in countries}
                          | {holders[tokens[i].key].side for i in words if _names_a_holder(analysis, i)})
        pronoun = [fold(tokens[i].surface) for i in words] in (["he"], ["she"], ["they"]) and words[0] == 0
        found.append(_Subject(token.key, index, words, sides, pronoun))
    return found


def _sayers(subjects: list[_Subject], previous: Analysis | None) -> dict[str, set[str]]:
    """Verb key -> the sides (country keys) its subjects name, for each verb of saying or doing (see
    _subjects). A bare "He" or "They" opening the sentence is the subject of the sentence before,
    when there is one. Verbs whose subject names no side are left out."""
    found: dict[str, set[str]] = {}
    for subject in subjects:
        if subject.pronoun:
            if previous is not None:
                for sides in _sayers(_subjects(previous), None).values():
                    found.setdefault(subject.verb, set()).update(sides)
            continue
        if subject.sides:
            found.setdefault(subject.verb, set()).update(subject.sides)
    return found


def _close_enough_from_afar(candidate: Candidate, anchor: Anchor) -> bool:
    """A publication from outside the article's event window contradicts the
    claim only when it states the point as closely as a supporting sentence
    must: in a record of years, some sentence of another occasion shares a
    verb and a name with almost any short claim, and a swapped actor or date
    against it says nothing about the article's event."""
    return candidate.in_window or anchor.date is None or candidate.score >= T.SUPPORT_SCORE


def _about_the_event(candidate: Candidate, event_publications: frozenset[int] | None) -> bool:
    """Whether a disagreeing sentence's publication tells the article's event:
    one that holds the best evidence of some claim of the article, or the
    sentence states the point as closely as support must. A record of years
    holds, in the event's own days, remarks and fact sheets on other matters
    whose sentences share a verb and a name or two with a short claim ("our
    embassy will continue to attend the hearings" for "Mexican officials also
    attended the meeting"); a swapped name or number in them says nothing
    about the event the article reports."""
    return (event_publications is None or candidate.score >= T.CONTEST_OUTSIDE_EVENT_SCORE
            or candidate.first.readout_id in event_publications)


def _same_occasion(claim: Analysis, candidate: Candidate, conflict: Conflict, anchor: Anchor) -> bool:
    """Whether a disagreeing publication can speak for the claim's occasion.
    When the article's date is known and the claim does not date itself, the
    claim is about the article's event: a publication from another period
    that gives another number, actor or polarity describes another occasion.
    That the point was made at another time or place is itself the conflict
    of an event, place or date mismatch."""
    if not anchor.known or candidate.in_window or names_its_time(claim):
        return True
    return not set(conflict.reasons) & {NUMBER_MISMATCH, ACTOR_MISMATCH, NEGATION_MISMATCH, OPPOSITE_ACTION}


def _support_confirms(claim: Analysis, supporting: list[Candidate], contest: tuple[Candidate, Conflict]) -> bool:
    """Support outweighs a contradiction only when it states the very facts in
    conflict (the date, the number, the name) or, for a flipped polarity or
    action, scores at least as well."""
    candidate, conflict = contest
    if conflict.doer_side is not None:
        # Both parties are in the disagreeing sentence too, in the same words: how closely a support
        # follows the claim's wording says nothing; only one with the claim's doer doing it confirms it.
        return any(_states(claim, support.analysis, conflict) for support in supporting)
    if any(_overlaps(support, candidate) and support.score >= candidate.score and not _adds_to(support, candidate)
           for support in supporting):
        # The agreeing sentence is part of the disagreeing window and says it
        # better: the disagreement comes from the sentence the window adds.
        return True
    reordered = _order_differs(claim, candidate.analysis)
    if reordered:
        # "Before the election" against "after the election": only a sentence that places it before
        # the election too confirms the claim; one that never says when does not.
        ours = _occasion_sides(claim)
        supporting = [support for support in supporting
                      if all(ours[occasion] & _occasion_sides(support.analysis).get(occasion, set())
                             for occasion in reordered)]
        if not supporting:
            return False
    factual = {NUMBER_MISMATCH, DATE_MISMATCH, ACTOR_MISMATCH, PLACE_MISMATCH, EVENT_MISMATCH}
    claimed_parties = _party_counts(claim.text)
    if conflict.reasons == (NUMBER_MISMATCH,) and len(claimed_parties) == 1 \
            and _parties_of(candidate) not in claimed_parties | {None} and any(
            support.score >= candidate.score and _parties_of(support) in claimed_parties for support in supporting):
        # "The two leaders" of a bilateral meeting: its readout counts them so, and a joint statement of
        # three, which says it too, is another occasion's count.
        return True
    closest = max(support.score for support in supporting)
    if (candidate.in_window and factual & set(conflict.reasons) and closest >= T.RECOUNTED_VERBATIM_SCORE
            and closest >= candidate.score + T.NEAR_VERBATIM_LEAD):
        # Another occasion's publication states the claim almost word for word ("Xi said then that
        # protectionism is rising"): the article recounts that occasion, and a sentence of its own
        # days that shares far less of the claim is about something else.
        return True
    if candidate.in_window and not names_its_time(claim):
        # The article's own event speaks against the claim: a publication from
        # another occasion that happens to agree describes that other occasion.
        supporting = [support for support in supporting if support.in_window]
        if not supporting:
            return False
    if not factual & set(conflict.reasons):
        return supporting[0].score >= candidate.score
    if ACTOR_MISMATCH in conflict.reasons:
        # A place named in another sentence is as often the same occasion's ("... in Vienna"): only an actor.
        supporting = [support for support in supporting if not _adds_only_the_name(claim, support, candidate, conflict)]
        if not supporting:
            return False
    if (supporting[0].score >= T.NEAR_VERBATIM_SCORE
            and supporting[0].score >= candidate.score + T.NEAR_VERBATIM_LEAD):
        # A sentence that says nearly all of the claim outweighs one that shares far less of it
        # ("I am working with Congress to make Kenya the first country ..." against another
        # passage's "we've worked with Congress to ... the IMF"): the two are about different points.
        return True
    if conflict.reasons == (EVENT_MISMATCH,) and names_its_time(claim):
        # Another meeting's readout says it too; a publication of the meeting
        # the claim dates (it passed the same occasion tests) says it happened there.
        return True
    return any(_states(claim, support.analysis, conflict) and conflict.days <= (
        support.analysis.days | named_days(support.analysis.text, local_day(support.first))) for support in supporting)


def names_its_time(claim: Analysis) -> bool:
    """The claim dates itself ("last year", "in November", "at their Woodside
    summit"), so evidence outside the article's own window may be its event."""
    return bool(claim.has_past_reference or claim.days or claim.months or claim.years or claim.seasons
                or any(entity.kind == "event" for entity in claim.entities))


def _states(claim: Analysis, support: Analysis, conflict: Conflict) -> bool:
    if conflict.doer_side is not None:
        # Parties swapped: the support must have the claim's doer doing it, written any way ("Beijing will
        # also suspend" is stated by "China will also suspend").
        return _point_doer(claim, support) == conflict.doer_side
    missing = conflict.ignored - support.keys
    numbers_stated = NUMBER_MISMATCH in conflict.reasons and _states_numbers(claim, support)
    if numbers_stated:
        # "about $1.8 billion" is stated by "approximately $1.77 billion", "three of them" by "three
        # American citizens": the same values, however written or counted.
        missing -= _number_keys(claim)
    if missing:
        return False
    if not conflict.swapped <= support.keys or _swapped_roles(claim, support):
        return False  # who did it to whom: the support must say it, the claim's way round
    if DATE_MISMATCH in conflict.reasons and not (
            claim.days <= support.days and claim.months <= support.months | {m for m, _ in support.days}
            and claim.relative <= support.relative and claim.seasons <= support.seasons):
        return False
    return NUMBER_MISMATCH not in conflict.reasons or numbers_stated


def _states_numbers(claim: Analysis, support: Analysis) -> bool:
    """Whether the support gives each of the claim's counted values (within rounding where
    either side writes it as approximate) and disagrees with none of them."""
    approximate = _approximate_values(claim) | _approximate_values(support)
    for quantity in claim.quantities:
        if not quantity.unit:
            continue
        ordinal = quantity.unit.startswith(ORDINAL_UNIT_PREFIX)
        # A count may name its thing in other words ("three of them" / "three American citizens");
        # an ordinal ranks one kind of thing ("the second scheduling action" is not "the second day").
        if not any((their.value == quantity.value or (quantity.value in approximate or their.value in approximate)
                    and _within_rounding(quantity.value, their.value))
                   and (_same_unit(quantity.unit, their.unit) if ordinal
                        else not their.unit.startswith(ORDINAL_UNIT_PREFIX))
                   for their in support.quantities):
            return False
    return not _numbers_differ(claim, support)


_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_NAMED_DAY = re.compile(
    r"\b(?:(?P<modifier>last|next|this\s+past|this\s+coming|coming|past|this)\s+)?"
    # "Good Friday", "Black Friday", "Super Tuesday": a name, not a day of the week the text is dated by.
    r"(?<!good\s)(?<!black\s)(?<!cyber\s)(?<!super\s)"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<relative>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b")
_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1}
# The day someone spoke is not the day of what they spoke about ("the White House said on Sunday").
_SAYING = r"said|says|announced|announces|stated|added|wrote|confirmed|reported|noted|declared"
# "told reporters on a Sunday-evening call": the article may name the occasion after the day.
_SAID_ON = re.compile(rf"\b(?:{_SAYING}|told\s+\w+|speech|statement|briefing)\s+(?:late\s+|early\s+)?(?:on\s+(?:an?\s+)?)?$")
_FUTURE_CUE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|scheduled|expected\s+to|plans?\s+to|set\s+to)\b")
# A verb that reports what someone said or decided: a future after it is the content reported
# ("On Thursday, the president announced that the department will investigate"), not when the
# weekday falls.
_REPORTING_VERB = re.compile(rf"\b(?:{_SAYING}|told|agreed|pledged|promised|vowed|warned|urged|decided|ordered|"
                             r"directed)\b")
# Claim words that only say which part of the named day it was.
_DAY_PART_KEYS = keys_of(["night", "morning", "afternoon", "evening", "tonight"])


@lru_cache(maxsize=50_000)
def named_days(text: str, day: date) -> frozenset[tuple[int, int]]:
    """The (month, day) of each "on Friday", "last night", "yesterday" or
    "this morning" in a text written on `day`: a weekday is the last one on
    or before that day, or the next one when the text speaks of the future
    ("will meet on Saturday", "next Friday")."""
    folded = fold(text)
    found: set[tuple[int, int]] = set()
    for match in _NAMED_DAY.finditer(folded):
        if _SAID_ON.search(folded, max(0, match.start() - 30), match.start()):
            continue
        moment = _day_named(folded, match, day)
        found.add((moment.month, moment.day))
    return frozenset(found)


def _day_named(folded: str, match: re.Match, day: date) -> date:
    """The day a _NAMED_DAY match of a text written on `day` stands for."""
    if match.group("relative"):
        offset = _DAY_OFFSETS.get(" ".join(match.group("relative").split()), 0)
    else:
        weekday = _WEEKDAY_NUMBERS[match.group("weekday")]
        modifier = " ".join((match.group("modifier") or "").split())
        ahead = modifier in ("next", "coming", "this coming") or (
            modifier not in ("last", "past", "this past") and _speaks_ahead(folded, match))
        if ahead:
            offset = (weekday - day.weekday()) % 7 or (7 if modifier == "next" else 0)
        else:
            offset = -((day.weekday() - weekday) % 7 or (7 if modifier == "last" else 0))
    return day + timedelta(days=offset)


# The day someone spoke: "told reporters aboard Air Force One on Thursday", "argued on Monday",
# "asked at a news conference late on Wednesday", and "On Monday, the spokesperson said ...".
_SPEAKING = (rf"{_SAYING}|says|told|tells|argued|asked|stressed|insisted|explained|replied|answered|remarked|"
             r"briefing|conference|gaggle|interview|speech")
_SPOKE_BEFORE = re.compile(rf"\b(?:{_SPEAKING})\b[^,;:.]{{0,45}}$")
_OPENING_DAY = re.compile(r"^\W*(?:late\s+|early\s+)?on\s+$")
_SPOKE_AFTER = re.compile(rf"[^;:]{{0,100}}?\b(?:{_SPEAKING})\b")
# Publications that are the words spoken on their day: a briefing's or a speech's transcript.
_SPOKEN_KINDS = frozenset({"transcript", "remarks"})
# Days before its publication on which a transcript's words may have been spoken (posted the next morning).
_TRANSCRIPT_LAG_DAYS = 1


def spoken_days(text: str, day: date) -> frozenset[date]:
    """The days a text written on `day` says someone spoke on."""
    folded = fold(_unquoted(text))
    found: set[date] = set()
    for match in _NAMED_DAY.finditer(folded):
        if match.group("relative") and not match.group("relative").startswith(("yesterday", "last")):
            continue  # "today", "this morning": the article's own day, said of anything
        before = folded[max(0, match.start() - 60):match.start()]
        opening = _OPENING_DAY.match(folded[:match.start()]) and folded[match.end():].lstrip().startswith(",")
        if _SPOKE_BEFORE.search(before) or opening and _SPOKE_AFTER.match(folded, match.end()):
            found.add(_day_named(folded, match, day))
    return frozenset(found)


def _transcript_days(candidate: Candidate) -> frozenset[date]:
    """The days a transcript's words may have been spoken on."""
    published = local_day(candidate.first)
    return frozenset(published - timedelta(days=lag) for lag in range(_TRANSCRIPT_LAG_DAYS + 1))


def _spoken_day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Dalton said on Monday ..." against the transcript of what she said on Friday: a briefing's or
    a speech's transcript gives the day its words were spoken, and the claim names another."""
    if anchor.day is None or not candidate.in_dated_window or candidate.first.kind not in _SPOKEN_KINDS:
        return Conflict((), frozenset())
    record = candidate.analysis
    if record.days or named_days(record.text, local_day(candidate.first)):
        return Conflict((), frozenset())
    ours = spoken_days(claim.text, anchor.day)
    if not ours or ours & _transcript_days(candidate):
        return Conflict((), frozenset())
    if ours & spoken_days(record.text, local_day(candidate.first)):
        # The transcript itself recounts someone speaking on that day ("As the Speaker said on Sunday, ...").
        return Conflict((), frozenset())
    weekdays = {token.key for token in claim.tokens if fold(token.surface) in _WEEKDAY_NUMBERS
                or fold(token.surface) in ("yesterday", "night")}
    return Conflict((DATE_MISMATCH,), frozenset(weekdays & claim.keys), frozenset((d.month, d.day) for d in ours))


def _answered_on_another_day(question: str, evidence: list[Candidate], anchor: Anchor) -> bool:
    """Whether the supporting evidence of an answer whose opening question says when it was given
    ("Asked at a news conference late on Wednesday whether ..., Biden said: ...") is all transcripts of
    another day's remarks: the words were spoken then, not on the day the claim gives. What the
    question asks is no point of the record's; the day it was asked is the answer's."""
    if not question or not evidence or anchor.day is None:
        return False
    asked = analyze(question)
    if not spoken_days(asked.text, anchor.day):
        return False
    # One publication of the day the question gives that states it is enough.
    return all(_spoken_day_conflict(asked, candidate, anchor).reasons for candidate in evidence)


def _unquoted(text: str) -> str:
    """The text with its quotations blanked: a quoted "today" or "on Monday" is the speaker's, counted
    from the day they spoke, which the article need not give ("“Today's deal ...,” he said")."""
    for quote in find_quotes(text):
        text = text[:quote.start] + " " * (quote.end - quote.start) + text[quote.end:]
    return text


def _speaks_ahead(folded: str, weekday: re.Match) -> bool:
    """Whether the text speaks of the future where it names the weekday: a future before it, or
    after it with no reporting verb between (the weekday then dates the report, in the past)."""
    for cue in _FUTURE_CUE.finditer(folded):
        if cue.start() < weekday.start() or _REPORTING_VERB.search(folded, weekday.end(), cue.start()) is None:
            return True
    return False


def _day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor, main_clause_end: int | None) -> Conflict:
    """The claim's "on Friday" or "last night", counted from the article's
    day, against the days its evidence names, counted from its publication
    day ("Last night, ..." in a statement of Sunday is Saturday)."""
    if anchor.day is None or not candidate.in_dated_window:
        return Conflict((), frozenset())
    text = _unquoted(claim.text if main_clause_end is None else claim.text[:main_clause_end])
    published = local_day(candidate.first)
    text, echoed = _blank_echoed_day_words(text, candidate.analysis.text)
    ours = named_days(text, anchor.day)
    theirs = named_days(candidate.analysis.text, published)
    if not ours and not theirs and not echoed:
        return Conflict((), frozenset())  # explicit dates alone: find_conflicts compares them
    # An echoed word counts from the record's day: its "yesterday" is the day before it was published.
    ours |= {_month_day(published, offset) for offset in echoed}
    # "..., a day after he welcomed the deal" often follows the main clause it counts from.
    ours |= _days_one_apart(_unquoted(claim.text), ours, anchor.day)
    ours |= claim.days
    if theirs or claim.days:
        theirs |= candidate.analysis.days
    else:
        # The claim dates its news by a weekday or "yesterday"; a record that names no such day but only
        # dates weeks before its own publication ("taken in its assault on October 7th" in a statement of
        # November 21) dates what it recalls, not what it reports: its news is of its publication day, or
        # the day before for one posted the next morning.
        recent = {day for day in candidate.analysis.days if not _recalled(day, published)}
        if recent or not candidate.analysis.days:
            theirs |= recent
        else:
            theirs |= {_month_day(published), _month_day(published, -1)}
    if not ours or not theirs or ours & theirs:
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(claim.keys & _DAY_PART_KEYS), frozenset(ours))


def _month_day(day: date, shift: int = 0) -> tuple[int, int]:
    """The (month, day) `shift` days from `day`: how the rules compare days, whatever the year."""
    moved = day + timedelta(days=shift)
    return moved.month, moved.day


# Days before its publication beyond which a date a publication writes recalls an earlier event.
_RECALLED_AFTER_DAYS = 7


def _recalled(day: tuple[int, int], published: date) -> bool:
    """Whether a (month, day) a publication of `published` writes lies more than a week before it in its
    year. A day later in the year is an upcoming one ("will meet on November 15"), never recalled."""
    month, number = day
    try:
        return (published - date(published.year, month, number)).days > _RECALLED_AFTER_DAYS
    except ValueError:
        return False  # no such day ("February 30")


# "Today's agreement means ..., Harris said": a day word of reported words, in the record's own words.
_REPORTED_DAY_WORD = re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow)(?:'s)?\s+(?P<next>[a-z]+)")


def _blank_echoed_day_words(text: str, record: str) -> tuple[str, set[int]]:
    """The claim's text with each day word blanked that it reports in the record's own words ("today's
    agreement" where the record writes "today's agreement"), and the day offsets of those words (today 0,
    yesterday -1). Reported speech keeps the speaker's deixis: that "today" is the day the record was
    written, not the article's, just as a quoted one is (_unquoted)."""
    folded = fold(text)
    if not _REPORTING_VERB.search(folded):
        return text, set()
    theirs = fold(record)
    echoed: set[int] = set()
    for match in _REPORTED_DAY_WORD.finditer(folded):
        if re.search(r"\b" + re.escape(match.group(0)) + r"\b", theirs):
            start, end = match.span("word")
            text = text[:start] + " " * (end - start) + text[end:]
            echoed.add(_DAY_OFFSETS.get(match.group("word"), 0))
    return text, echoed


# "a day after he welcomed the deal", "a day later": the text speaks of the day next to the one it names too.
_DAY_APART = re.compile(r"\b(?:a|one|the)\s+day\s+(?P<which>after|before|earlier|later)\b")


def _days_one_apart(text: str, days: frozenset[tuple[int, int]] | set[tuple[int, int]],
                    anchor_day: date) -> set[tuple[int, int]]:
    """The days one apart from `days` that the text's "a day after ..." or "a day later" speak of
    ("on Wednesday ..., a day after he welcomed the agreement" places the welcome on Tuesday)."""
    shifts = {-1 if match.group("which") in ("after", "earlier") else 1 for match in _DAY_APART.finditer(fold(text))}
    found = set()
    for month, day in days:
        try:
            when = date(anchor_day.year, month, day)
        except ValueError:
            continue
        found |= {_month_day(when, shift) for shift in shifts}
    return found


# A weekday written with its date: "on Sunday, February 13", "Thursday 13 February 2025".
_WEEKDAY_AND_DATE = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAY_NUMBERS)}),?\s+(?:(?P<month>{'|'.join(MONTHS)})\s+(?P<day>\d{{1,2}})|"
    rf"(?P<day_first>\d{{1,2}})\s+(?P<month_after>{'|'.join(MONTHS)}))\b(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE)


def _weekday_of_date_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"On Sunday, February 13" against a record that gives February 13, a Thursday that year: the
    record's date is the claim's, and the weekday the claim writes with it is another day's. The
    year is the one written, else the one that puts the date nearest the article's."""
    if anchor.day is None:
        return Conflict((), frozenset())
    theirs = candidate.analysis.days
    for match in _WEEKDAY_AND_DATE.finditer(claim.text):
        month = MONTHS[(match.group("month") or match.group("month_after")).lower()]
        day = int(match.group("day") or match.group("day_first"))
        if (month, day) not in theirs:
            continue
        years = [int(match.group("year"))] if match.group("year") else [anchor.day.year + shift for shift in (-1, 0, 1)]
        try:
            written = min((date(year, month, day) for year in years), key=lambda when: abs(when - anchor.day))
        except ValueError:
            continue  # no such day ("February 30")
        if written.weekday() != _WEEKDAY_NUMBERS[match.group("weekday").lower()]:
            weekday = {token.key for token in claim.tokens if fold(token.surface) == match.group("weekday").lower()}
            return Conflict((DATE_MISMATCH,), frozenset(weekday & claim.keys), frozenset({(month, day)}))
    return Conflict((), frozenset())


def _with_conflict(conflict: Conflict, other: Conflict) -> Conflict:
    if not other.reasons:
        return conflict
    reasons = conflict.reasons + tuple(r for r in other.reasons if r not in conflict.reasons)
    return Conflict(reasons, conflict.ignored | other.ignored, conflict.days | other.days,
                    conflict.swapped | other.swapped)


# A calendar year named from the day of the text that names it: "next year", "this year"; "the end of the
# year", "later in the year" (with no year written, the year of that day). "The past year" is a span of
# time, not one year.
_RELATIVE_YEAR = re.compile(r"(?<!\bthe\s)\b(?P<which>next|this|last)\s+year\b(?!\s+and\s+a\s+half)"
                            r"|\b(?:end|close|rest|remainder|balance)\s+of\s+the\s+year\b|\blater\s+in\s+the\s+year\b",
                            re.IGNORECASE)
_YEAR_OFFSETS = {"next": 1, "this": 0, "last": -1}


def _relative_years(text: str, year: int, end: int | None = None) -> set[int]:
    """The calendar years `text` names counting from `year`, its own (_RELATIVE_YEAR)."""
    return {year + _YEAR_OFFSETS[match.group("which").lower()] if match.group("which") else year
            for match in _RELATIVE_YEAR.finditer(text, 0, len(text) if end is None else end)}


def _relative_year_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor,
                            main_clause_end: int | None) -> Conflict:
    """"From next year", read from the article's date, against the year the record names ("beginning
    in 2023" in an article of 2023 is this year; "by the end of the year" is its publication's year)."""
    if anchor.day is None or not anchor.known or claim.years:
        return Conflict((), frozenset())
    record = candidate.analysis
    theirs = set(record.years) or _relative_years(record.text, local_day(candidate.first).year)
    if not theirs:
        return Conflict((), frozenset())
    ours = _relative_years(claim.text, anchor.day.year, main_clause_end)
    if not ours or ours & theirs:
        return Conflict((), frozenset())
    words = {token.key for token in claim.tokens if fold(token.surface) in ("next", "this", "last", "year")}
    return Conflict((DATE_MISMATCH,), frozenset(words & claim.keys))


_MONTH_NAMES = "|".join(MONTHS)
_MONTH_OF_YEAR = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_LAST_MONTH_NAMED = re.compile(rf"\blast\s+(?P<month>{_MONTH_NAMES})\b", re.IGNORECASE)


def _recalled_month_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"Welcomed him to the White House in September 2020" against a record of April 2022 that
    says "last September": the record's month, read from its own publication day, is of another year."""
    claimed = {(MONTHS[match.group("month").lower()], int(match.group("year")))
               for match in _MONTH_OF_YEAR.finditer(claim.text)}
    if not claimed:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    recalled = set()
    for match in _LAST_MONTH_NAMED.finditer(candidate.analysis.text):
        month = MONTHS[match.group("month").lower()]
        recalled.add((month, published.year if month < published.month else published.year - 1))
    months = {month for month, _ in recalled}
    ours = {pair for pair in claimed if pair[0] in months}
    if not ours or ours & recalled:
        return Conflict((), frozenset())
    years = {str(year) for _, year in ours}
    return Conflict((DATE_MISMATCH,), frozenset(token.key for token in claim.tokens if token.surface in years))


# A date as written: a day of a month (of a year), a month of a year, or a year alone. Matched
# left to right, so "October 7, 2023" is one date, not a day and then a year.
_WRITTEN_DATE = re.compile(
    rf"\b(?:(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES})\b(?:,?\s+(?P<year2>(?:19|20)\d\d)\b)?"
    rf"|(?P<month3>{_MONTH_NAMES})\s+(?:of\s+)?(?P<year3>(?:19|20)\d\d)\b"
    r"|(?<![$\d.,])(?P<year4>(?:19|20)\d\d)\b(?![.,]?\d|\s*%|\s+percent))", re.IGNORECASE)
# What may join the dates of one list or span: "2026, 2027, and 2028", "2026 (prorated), 2027",
# "late 2024 or early 2026", "May to July 2023".
_DATE_JOIN = re.compile(r"\s*(?:\([^()]{0,25}\))?\s*,?\s*(?:(?:and|or|to|through|until)\s+)?"
                        r"(?:(?:early|mid|late)[\s-]+)?", re.IGNORECASE)
# Words on either side of a list of dates that may tell what it dates ("captured after", "war").
_DATE_REACH = 3
_DATE_CLAUSE_MARKS = re.compile(r"[,;:()\[\]\"\u201c\u201d]|\s[-\u2013\u2014]\s")


@dataclass(frozen=True)
class _DateList:
    dates: tuple[tuple[int | None, int | None, int | None], ...]  # (year, month, day), None where not written
    start: int
    end: int


def _written_dates(text: str) -> list[_DateList]:
    """The text's dates, those written as one list or span together."""
    lists: list[_DateList] = []
    for match in _WRITTEN_DATE.finditer(text):
        month = match.group("month") or match.group("month2") or match.group("month3")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2") or match.group("year3") or match.group("year4")
        written = (int(year) if year else None, MONTHS[month.lower()] if month else None, int(day) if day else None)
        if day and not 1 <= int(day) <= 31:
            continue
        previous = lists[-1] if lists else None
        if previous is not None and _DATE_JOIN.fullmatch(text, previous.end, match.start()):
            lists[-1] = _DateList(previous.dates + (written,), previous.start, match.end())
        else:
            lists.append(_DateList((written,), match.start(), match.end()))
    return lists


def _date_words(analysis: Analysis, written: _DateList) -> set[str]:
    """The content words next to a list of dates, within its clause: what the dates are of."""
    tokens, text = analysis.tokens, analysis.text
    # Who is named beside a date (a leader, a country, "President") is whose it is, not what it dates.
    parties = {entity.key for entity in analysis.entities if entity.kind in ("person", "country")}
    words: set[str] = set()
    before = [index for index, token in enumerate(tokens) if token.end <= written.start]
    after = [index for index, token in enumerate(tokens) if token.start >= written.end]
    for indices, edge in ((reversed(before), written.start), (after, written.end)):
        found = 0
        for index in indices:
            token = tokens[index]
            gap = (token.end, edge) if token.end <= edge else (edge, token.start)
            if _DATE_CLAUSE_MARKS.search(text, *gap):
                break
            edge = token.start if token.end <= edge else token.end
            if token.stop or _NUMBER_KEY.fullmatch(token.key) or token.key[:3] in _MONTH_KEYS \
                    or token.surface.lower() in _TIME_WORDS or token.key in _DATE_FILLER or token.key in parties \
                    or fold(token.surface) in _DATE_TITLES:
                continue
            words.add(token.key)
            found += 1
            if found == _DATE_REACH:
                break
    return words


# Titles beside a date ("President Marcos in May 2023"): whose, not what.
_DATE_TITLES = PERSON_TITLES | {"president", "vice", "premier", "chancellor", "king", "prince"}
# Words next to a date that say nothing of what it dates.
_DATE_FILLER = frozenset({"early", "mid", "late", "end", "start", "begin", "since", "until", "before", "after"})


def _same_date(ours: tuple[int | None, ...], theirs: tuple[int | None, ...]) -> bool:
    """Two written dates that may be one: every part both write is the same."""
    return all(a is None or b is None or a == b for a, b in zip(ours, theirs, strict=True))


def _within(ours: _DateList, theirs: _DateList) -> bool:
    return all(any(_same_date(date_, other) for other in theirs.dates) for date_ in ours.dates)


def _one_list(ours: _DateList, theirs: _DateList) -> bool:
    """Two lists of dates that share two of them are one list, however its thing is worded."""
    shared = sum(1 for date_ in ours.dates if any(date_ == other for other in theirs.dates))
    return shared >= 2


def _worded_date_conflict(claim: Analysis, candidate: Analysis) -> Conflict:
    """A date the record writes in the claim's own words, and otherwise ("prisoners captured after
    October 10" / "after October 7", "in each of 2025, 2027 and 2028" / "2026, 2027, and 2028"),
    wherever in the sentence it stands: the claim's date of that very thing is another. A record
    date in the words of another of the claim's dates is that other one's."""
    ours = _written_dates(claim.text)
    if not ours:
        return Conflict((), frozenset())
    theirs = _written_dates(candidate.text)
    if not theirs:
        return Conflict((), frozenset())
    their_words = [(written, _date_words(candidate, written)) for written in theirs]
    conflicting: list[_DateList] = []
    for written in ours:
        words = _date_words(claim, written)
        same_words = [other for other, other_words in their_words if (words & other_words or _one_list(written, other))
                      and not any(_within(mine, other) for mine in ours if mine is not written)]
        if same_words and not any(_within(written, other) for other in same_words):
            conflicting.append(written)
    if not conflicting:
        return Conflict((), frozenset())
    keys = {token.key for token in claim.tokens
            if any(written.start <= token.start < written.end for written in conflicting)}
    return Conflict((DATE_MISMATCH,), frozenset(keys & claim.keys))


_LAST_PERIOD = re.compile(r"\blast\s+(year|month)\b", re.IGNORECASE)


def _month_before(day: date) -> tuple[int, int]:
    """The month before the one `day` falls in, as (month, year)."""
    return (day.month - 1, day.year) if day.month > 1 else (12, day.year - 1)


def _period_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"Last year" / "last month", read from the article's date, against when
    the evidence was published: a statement made at this year's meeting is
    not what was said "at their summit last year" (unless it names that year)."""
    if anchor.date is None or not anchor.known:
        return Conflict((), frozenset())
    match = _LAST_PERIOD.search(claim.text)
    if match is None:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    unit = match.group(1).lower()
    # The record's own "last year" / "last month" is the one before its publication: the same period
    # when the record was published in the article's year (or month).
    their_period = any(m.group(1).lower() == unit for m in _LAST_PERIOD.finditer(candidate.analysis.text))
    if unit == "year":
        expected_year = anchor.date.year - 1
        if published.year == expected_year or expected_year in candidate.analysis.years \
                or (their_period and published.year - 1 == expected_year):
            return Conflict((), frozenset())
    else:
        month, year = _month_before(anchor.date)
        if (published.year, published.month) == (year, month) or month in candidate.analysis.months | {
                m for m, _ in candidate.analysis.days} or (their_period and _month_before(published) == (month, year)):
            return Conflict((), frozenset())
    period_keys = {token.key for token in claim.tokens if token.surface.lower() in ("last", "year", "month")}
    # The record's sentence dates its point itself ("In 2023, two-way trade totaled ...", against
    # "reached $1.8 billion last month"): its own date, not its publication's occasion, differs.
    reason = DATE_MISMATCH if candidate.analysis.years or candidate.analysis.months else EVENT_MISMATCH
    return Conflict((reason,), frozenset(period_keys & claim.keys))


# Words naming a meeting or a journey: a place next to one is where the claim's occasion was
# ("met in Malta", "the Vienna meeting", "a visit to Beijing").
_MEETING_KEYS = keys_of(["=talks", "summit", "=woodside_summit", "=phone_call", "visit", "trip", "travel", "hold"])


def _occasion_place(claim: Analysis, entity: Entity) -> bool:
    """The claim's place is where its occasion happened, not a topic: "during
    the Bangkok talks", "at Woodside", "met in Malta", "the Vienna meeting";
    not "the situation in the Middle East"."""
    tokens = claim.tokens
    before = [token for token in tokens[:entity.index] if not token.stop or token.surface.lower() in ("during", "at")]
    if before and before[-1].surface.lower() in ("during", "at"):
        return True
    after = next((token for token in tokens[entity.index + 1:] if not token.stop), None)
    if after is not None and after.key in _MEETING_KEYS and after.start - tokens[entity.index].end <= 1:
        return True
    return bool(before) and entity.after_preposition and before[-1].key in _MEETING_KEYS


# "During Thursday's call": an occasion of the article's own week, named by its weekday.
_WEEKDAY_POSSESSIVE = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s"
# Not "at that meeting": "that" points back at an occasion the article has just recounted.
_OWN_OCCASION = re.compile(rf"\b(?:during|at|in|on)\s+(?:the|their|this|its|{_WEEKDAY_POSSESSIVE})\s+(?:\w+\s+)?"
                           r"(?:call|meeting|talks|summit|visit|conversation|discussions?)\b", re.IGNORECASE)


def _pinned_to_own_occasion(claim: Analysis, main_clause_end: int | None) -> bool:
    """The claim places its point at "the call" or "their meeting" without a
    date or a named event: the occasion the article reports."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    return _OWN_OCCASION.search(claim.text, 0, end) is not None and not names_its_time(claim)


# The kind of occasion a claim places its point at, in its main clause: "during the call", "at Thursday's
# news conference", "in the Oval Office before their talks", "during her meeting with ...". Not "a call"
# (one yet to come, or any) nor "that meeting" (an occasion the article has just recounted).
_CLAIM_OCCASION = re.compile(
    rf"\b(?:during|at|in|on)\s+(?:the|their|his|her|its|this|{_WEEKDAY_POSSESSIVE})"
    r"\s+(?:(?P<adjective>\w+)\s+)?(?P<kind>phone\s+call|call|meeting|talks|(?:news|press)\s+conference)\b"
    r"|\bbefore\s+(?:the|their|his|her)\s+(?:bilateral\s+)?(?:talks|meeting)\b"
    # "When Mr. Trump and the king met this week", "when the two leaders spoke by phone": the occasion as
    # a time clause whose subject met or called.
    r"|\bwhen\s+(?:(?!when\b)[\w.'\u2019-]+\s+){1,6}?(?P<met>met|(?:spoke|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone)\b",
    re.IGNORECASE)
# "Before their talks" is an occasion of its own, the remarks to the press, only for words spoken there.
_SPOKEN = re.compile(r"\b(?:said|says|told|remarks|declared|stressed|noted|insisted|added|joked)\b", re.IGNORECASE)
# Words before "meeting" that make it one held at a distance: a call's readout may read it out.
_REMOTE_WORDS = frozenset({"virtual", "video", "phone", "telephone", "online"})
REMOTE, MEETING, PRESS_CONFERENCE, REMARKS_BEFORE = "remote", "meeting", "press conference", "remarks before"
# Kinds of occasion that belong to one in-person meeting: a claim placed "during their meeting" may be
# read out by the remarks before it or the news conference after it.
_PART_OF_MEETING = frozenset({PRESS_CONFERENCE, REMARKS_BEFORE})
# Titles that recount an occasion rather than read it out (a briefing, a background call with reporters):
# they speak of any occasion, so never of another one.
# A spokesperson's regular press conference recounts the week's calls and meetings too.
_RECOUNTING_TITLE = re.compile(r"\b(?:briefing|background|press\s+call|fact\s+sheet|statement|gaggle|regular|"
                               r"spokesperson)\b", re.IGNORECASE)
_PRESS_CONFERENCE_TITLE = re.compile(r"\b(?:press|news)\s+conference\b", re.IGNORECASE)
_REMARKS_BEFORE_TITLE = re.compile(r"\bremarks\b.*\bbefore\b.*\b(?:meeting|talks)\b", re.IGNORECASE)
_REMOTE_TITLE = re.compile(r"\b(?:call|phone|telephone|video|virtual|videoconference)\b", re.IGNORECASE)
# A title's counterpart who is one person, by the office before the name ("with Prime Minister X").
_ONE_OFFICE_HOLDER = re.compile(r"\s*(?:his\s+|her\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emperor|"
                                r"Crown\s+Prince|Premier|General\s+Secretary|Foreign\s+Minister|Vice\s+President|"
                                r"Secretary|Minister|Director|Chairman)\b")
_READOUT_OF_MEETING_TITLE = re.compile(r"\breadout\b.*\b(?:meeting|talks)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ClaimOccasion:
    kind: str  # REMOTE, MEETING, PRESS_CONFERENCE or REMARKS_BEFORE
    counterpart: frozenset[str]  # the name run after "meeting with", "call with" (empty: none named)
    counterpart_words: frozenset[str]  # ... as written, folded: a title may name them without the lexicon's key
    keys: frozenset[str]  # the claim's words that name the occasion
    parties: int | None = None  # how many took part, when the claim says ("the trilateral meeting": 3)
    # The keys of the phrase that sets the scene ("In the Oval Office before their talks, ..."): words
    # every publication of that occasion shares (its place line, its title), none of them the point.
    setting: frozenset[str] = frozenset()


def _claim_occasion(claim: Analysis, main_clause_end: int | None) -> ClaimOccasion | None:
    end = len(claim.text) if main_clause_end is None else main_clause_end
    # "On the call" places the point only where it opens a clause: "follow up on the call" is a topic.
    match = next((found for found in _CLAIM_OCCASION.finditer(claim.text, 0, end)
                  if fold(found.group(0)).split()[0] != "on"
                  or claim.text[:found.start()].rstrip().endswith((",", ";")) or not claim.text[:found.start()].strip()),
                 None)
    if match is None:
        return None
    kind_words = fold(match.group("kind") or match.group("met") or "")
    adjective = fold(match.group("adjective") or "")
    if match.group("met"):
        kind = MEETING if kind_words == "met" else REMOTE
    elif not kind_words:
        if not _SPOKEN.search(claim.text, 0, end):
            return None  # "they had spoken by phone before their meeting": a time, not remarks
        kind = REMARKS_BEFORE
    elif "call" in kind_words or adjective in _REMOTE_WORDS:
        kind = REMOTE
    elif "conference" in kind_words:
        kind = PRESS_CONFERENCE
    else:
        kind = MEETING
    counterpart: frozenset[str] = frozenset()
    counterpart_words: frozenset[str] = frozenset()
    for entity in claim.entities:
        token = claim.tokens[entity.index]
        if entity.kind in ("person", "name") and token.start < end and not token.surface.isupper() \
                and fold(claim.text[max(0, token.start - 40):token.start]).split()[-1:] != ["told"] \
                and _counterpart_slot(claim, entity.index):
            counterpart = _name_run(claim, entity.index)
            first, last = _run_bounds(claim, entity.index)
            counterpart_words = frozenset(word for token in claim.tokens[first:last + 1]
                                          for word in re.findall(r"\w+", fold(token.surface)))
            break
    keys = frozenset(token.key for token in claim.tokens if match.start() <= token.start < match.end())
    lateral = _LATERAL_TITLE.fullmatch(adjective)
    parties = _LATERAL_COUNTS[lateral.group("kind")] if lateral else None
    # An opening phrase that holds the occasion ("In the Oval Office before their talks, Biden told ...")
    # is the scene as a whole; elsewhere only the occasion's own words are.
    comma = claim.text.find(",", 0, end)
    setting_end = comma if 0 <= match.start() < comma else match.end()
    setting = frozenset(token.key for token in claim.tokens
                        if (token.start < setting_end if setting_end == comma else match.start() <= token.start < match.end()))
    return ClaimOccasion(kind, counterpart, counterpart_words, keys & claim.keys, parties, setting & claim.keys)


@lru_cache(maxsize=8_192)
def _title_occasion(title: str) -> tuple[str | None, frozenset[str], int | None]:
    """The kind of occasion a publication's title reads out ("Readout of ... Call with ...", "Remarks ...
    Before Bilateral Meeting", "... in Joint Press Conference"; None for one that recounts or names
    none), the keys of whom it was with (empty when the title names no "with") and how many took part
    when it says ("Trilateral": 3; None otherwise)."""
    if _RECOUNTING_TITLE.search(title):
        return None, frozenset(), None
    if _PRESS_CONFERENCE_TITLE.search(title):
        kind: str | None = PRESS_CONFERENCE
    elif _REMARKS_BEFORE_TITLE.search(title):
        kind = REMARKS_BEFORE
    elif "readout" in fold(title) and _REMOTE_TITLE.search(title):
        kind = REMOTE
    elif _READOUT_OF_MEETING_TITLE.search(title):
        kind = MEETING
    else:
        kind = None
    parts = re.split(r"\b(?:with|between)\b", title, maxsplit=1, flags=re.IGNORECASE)
    with_whom = analyze(parts[1]).keys | set(re.findall(r"\w+", fold(parts[1]))) \
        if kind is not None and len(parts) == 2 else frozenset()
    counts = _lateral_counts(title)
    if not counts and kind in (MEETING, REMOTE) and len(parts) == 2 and _ONE_OFFICE_HOLDER.match(parts[1]) \
            and not re.search(r"\band\b|&", parts[1], re.IGNORECASE):
        counts = {2}  # "Meeting with Prime Minister X of Y": one host, one guest
    return kind, frozenset(with_whom), counts.pop() if len(counts) == 1 else None


def _kinds_agree(claimed: str, read_out: str) -> bool:
    """Whether a publication of the `read_out` kind may speak for the `claimed` occasion. A news
    conference after a meeting retells what the meeting agreed ("we're resuming military contacts"), in
    words retrieval may not match: the meeting's readout speaks for it, as do the remarks before it."""
    if claimed == read_out or (claimed == MEETING and read_out in _PART_OF_MEETING):
        return True
    return claimed == PRESS_CONFERENCE and read_out in (MEETING, REMARKS_BEFORE)


def _reads_out_another_occasion(occasion: ClaimOccasion, candidate: Candidate) -> bool:
    """The candidate's title reads out an occasion of another kind than the claim's (a call's readout
    for "at the news conference"), or one with someone else than the claim's counterpart."""
    kind, with_whom, parties = _title_occasion(candidate.first.title)
    if kind is None:
        return False
    if not _kinds_agree(occasion.kind, kind) or None not in (occasion.parties, parties) and occasion.parties != parties:
        return True
    return bool(occasion.counterpart and with_whom) and not _names_counterpart(occasion, with_whom)


def _names_counterpart(occasion: ClaimOccasion, with_whom: frozenset[str]) -> bool:
    return bool(occasion.counterpart & with_whom or occasion.counterpart_words & with_whom)


def _reads_out_the_occasion(occasion: ClaimOccasion, candidate: Candidate) -> bool:
    """The candidate's title reads out the claim's occasion: its kind, and its counterpart when named."""
    kind, with_whom, parties = _title_occasion(candidate.first.title)
    if kind is None or not _kinds_agree(occasion.kind, kind) or occasion.parties not in (None, parties):
        return False
    return not occasion.counterpart or _names_counterpart(occasion, with_whom)


def _said_at_another_occasion(claim: Analysis, supporting: list[Candidate], candidates: list[Candidate],
                              anchor: Anchor, main_clause_end: int | None) -> Candidate | None:
    """Every publication that states the claim's point reads out another occasion than the one the claim
    places it at, and the record holds a publication of the article's own period that reads out the
    claim's occasion: the point was made, but elsewhere. The first stating publication, or None."""
    if not anchor.known or not supporting:
        return None
    occasion = _claim_occasion(claim, main_clause_end)
    if occasion is None or not all(_reads_out_another_occasion(occasion, c) for c in supporting):
        return None
    own = [c for c in candidates if c.in_window and _reads_out_the_occasion(occasion, c)]
    # Who took part is named all through the occasion's publication, with their titles (its speaker
    # labels, "PRESIDENT OKAFOR:").
    people: set[str] = set()
    for entity in claim.entities:
        if entity.kind in ("person", "name"):
            first, last = _run_bounds(claim, entity.index)
            titles = [token for token in claim.tokens[max(0, first - 2):first] if token.capitalised]
            people |= {entity.key} | {token.key for token in claim.tokens[first:last + 1]} | {t.key for t in titles}
    if not own or any(c.coverage.predicate >= T.OWN_OCCASION_POINT_COVERAGE
                      and c.coverage.matched - occasion.setting - people for c in own):
        # Not in the record; or its publication speaks to the point in other words (a stock line,
        # "reaffirmed the policy has not changed", is said at every occasion, seldom alike). A sentence
        # that shares only the scene's words ("Oval Office", its place line) and the names of those who
        # took part does not speak to it.
        return None
    return supporting[0]


# Days after a month's end in which a readout of a meeting that month may still appear.
_READOUT_DELAY_DAYS = 7


def _month_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor) -> Conflict:
    """"During their meeting in May", against a readout published in
    September whose sentence names no date of its own: a readout's undated
    sentences describe the meeting it reads out, so the point was made at
    another meeting than the claim says."""
    if anchor.day is None or not claim.months or claim.days or claim.years:
        return Conflict((), frozenset())
    record = candidate.analysis
    dated = record.days or record.months or record.years or record.has_past_reference or any(
        direction == "past" for direction, _ in record.relative)
    if dated or "readout" not in fold(candidate.first.title):
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    for month in claim.months:
        year = anchor.day.year if month <= anchor.day.month else anchor.day.year - 1
        start = date(year, month, 1)
        end = date(year + month // 12, month % 12 + 1, 1) + timedelta(days=_READOUT_DELAY_DAYS)
        if start <= published < end:
            return Conflict((), frozenset())
    month_keys = {token.key for token in claim.tokens if token.key[:3] in _MONTH_KEYS}
    places = {entity.key for entity in claim.entities if entity.after_preposition and entity.key not in record.keys}
    return Conflict((EVENT_MISMATCH,), frozenset(month_keys | places))


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
# A publication's title that says how many took part ("... Trilateral Meeting", "Bilateral Meeting").
_LATERAL_TITLE = re.compile(r"\b(?P<kind>bi|tri|quadri)lateral\b", re.IGNORECASE)
_LATERAL_COUNTS = {"bi": 2, "tri": 3, "quadri": 4}


def _lateral_counts(title: str) -> set[int]:
    """The numbers of parties a title's "bilateral", "trilateral" or "quadrilateral" give."""
    return {_LATERAL_COUNTS[match.group("kind").lower()] for match in _LATERAL_TITLE.finditer(title)}


# Titles of one meeting or call between the people they name ("Readout of President Biden's Call with
# President Xi"), not of briefings that name their speakers.
# A joint statement or appearance: the title names every party ("Joint Statement of Japan, the Republic
# of Korea, and the United States", "Remarks by ... in Joint Press Conference").
# "Joint Leaders' Statement" too: the statement is the leaders'.
_JOINT_TITLE = re.compile(r"\bjoint\s+(?:leaders['\u2019]?\s+)?(?:statement|press\s+conference|declaration|readout)\b",
                          re.IGNORECASE)


_MEETING_TITLE = re.compile(rf"\b(?:meeting|call|conversation|summit|talks)\s+(?:with|between)\b|{_JOINT_TITLE.pattern}",
                            re.IGNORECASE)
_STATEMENT_ON = re.compile(r"^\s*(?:statement|remarks|readout)\s+(?:from|by)\s+.*?\s+on\s+", re.IGNORECASE)


def _party_counts(text: str) -> set[int]:
    return {_PARTY_COUNT_WORDS[(match.group("count") or match.group("alone")).lower()]
            if match.group("count") or match.group("alone") else 2 for match in _PARTY_COUNT.finditer(text)}


def _parties_of(candidate: Candidate) -> int | None:
    """How many parties the evidence says met: its sentence's own count ("the two sides"), else its
    publication's title ("Trilateral Meeting", or the people a meeting or call readout names)."""
    stated = _party_counts(candidate.analysis.text)
    if len(stated) == 1:
        return next(iter(stated))
    if stated:
        return None
    doers = _coordinated_subject(candidate.analysis.text)
    if doers is not None:
        return doers
    joined = _joined_party_counts(candidate.analysis.text)
    if len(joined) == 1:
        return next(iter(joined))
    title = candidate.first.title or ""
    lateral = _lateral_counts(title)
    if lateral:
        return next(iter(lateral)) if len(lateral) == 1 else None
    if _MEETING_TITLE.search(title):
        about = _STATEMENT_ON.sub("", title, count=1)  # "Statement from <spokesperson> on the Meeting Between ..."
        people = _people_in(analyze(about))
        if people >= 2:
            return people
    return None


# A party as a sentence names it: capitalised words, with "of (the)" inside ("the Government of the
# United States", "President Xi", "Prime Minister Kishida").
_PARTY_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*)*"
# Parties joined as the subject of the sentence's verb, at its start (or a sentence read with it) or
# after an opening phrase:
# "President Trump and President Xi chartered ...", "The Government of Lebanon, the Government of
# Israel, and the Government of the United States will ...".
_COORDINATED_SUBJECT = re.compile(
    rf"(?:^|[,.]\s+)(?P<list>{_PARTY_NAME}(?:,\s+{_PARTY_NAME})*,?\s+and\s+{_PARTY_NAME})(?=\s+[a-z])")
_PARTY_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# A capitalised word and a comma right before a list: the list began earlier ("100 American, Australian,
# Indian, and Japanese students"), and what follows its comma is no subject of the sentence.
_LIST_GOES_ON_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*,\s+$")


def _coordinated_subject(text: str) -> int | None:
    """How many parties the sentence's subject joins, when each is a country, a government or a
    named person; None when it has no such subject."""
    # A list item's mark ("-   The United States and Saudi Arabia signed ...") is no word of the
    # sentence: left in, the subject would not open it.
    text = _LIST_MARK.sub("", text, count=1)
    match = next((found for found in _COORDINATED_SUBJECT.finditer(text) if not _LIST_GOES_ON_BEFORE.search(
        text, 0, found.start("list"))), None)
    if match is None:
        return None
    parties = set()
    for item in _PARTY_SPLIT.split(match.group("list")):
        analysis = analyze(item)
        keys = {entity.key for entity in analysis.entities if entity.kind in ("person", "country")}
        if not keys:
            titled = [entity for entity in analysis.entities if entity.kind == "name" and entity.index > 0
                      and fold(analysis.tokens[entity.index - 1].surface) in _LEADER_TITLES]
            if not titled:
                return None  # not a list of parties ("Trade and Investment")
            keys = {titled[0].key}
        parties.add(frozenset(keys))
    return len(parties) if len(parties) >= 2 else None


# Parties joined by hyphens before the occasion they hold ("a POTUS-Xi meeting", "the U.S.-Japan-ROK
# trilateral summit"): the occasion is theirs, as many as are joined.
_JOINED_PARTIES = re.compile(
    r"(?<![\w\-\u2010\u2011\u2013])(?P<chain>[A-Z][\w.]*(?:[\-\u2010\u2011\u2013][A-Z][\w.]*)+)\s+"
    r"(?:(?:bilateral|trilateral|virtual|leaders['\u2019]?|phone|video)\s+)?(?:meeting|summit|call|talks|conversation)s?\b")
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
        elif run[0].kind == "name" and _after_leader_title(title, run[0].index):
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


_LEADER_TITLES = frozenset({"president", "minister", "secretary", "chancellor", "king", "queen", "prince", "premier", "emperor",
                            "amir", "emir", "sultan", "taoiseach"})


def _party_count_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"The three leaders agreed ..." against the readout of a meeting of two: the claim counts the
    parties, and the evidence (its sentence, or its publication's title) counts them otherwise."""
    claimed = _party_counts(claim.text)
    if len(claimed) != 1:
        return Conflict((), frozenset())
    theirs = _parties_of(candidate)
    if theirs is None or theirs in claimed:
        return Conflict((), frozenset())
    count_words = {match.group("count") or match.group("both") or match.group("alone")
                   for match in _PARTY_COUNT.finditer(claim.text)}
    keys = {token.key for token in claim.tokens if token.surface in count_words}
    return Conflict((NUMBER_MISMATCH,), frozenset(keys))


# Days before its publication on which the meeting a readout reads out may have been held
# (a two-day meeting, a readout posted the next morning).
_READOUT_LAG_DAYS = 2


def _relative_day_conflict(claim: Analysis, candidate: Candidate) -> Conflict:
    """"Took effect on November 28" against a publication of November 26 that
    says "effective tomorrow": the record's "tomorrow", "today" or weekday,
    counted from its own publication day, is another day than the claim's date."""
    record = candidate.analysis
    if not claim.days or record.days:
        return Conflict((), frozenset())
    theirs = named_days(record.text, local_day(candidate.first))
    if not theirs or claim.days & theirs:
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(claim.keys & _DAY_PART_KEYS), frozenset(claim.days))


def _claimed_event_days(claim: Analysis, anchor: Anchor, main_clause_end: int | None) -> frozenset[date]:
    """The past days the claim's main clause says its news happened on ("signed an order on Friday",
    "in Friday's joint statement"), counted from the article's day. Not the day someone said it ("the
    White House said on Sunday"): that dates the saying, which may recount an older occasion."""
    if anchor.day is None:
        return frozenset()
    folded = fold(_unquoted(claim.text if main_clause_end is None else claim.text[:main_clause_end]))
    days = set()
    for match in _NAMED_DAY.finditer(folded):
        if match.group("relative") or _SAID_ON.search(folded, max(0, match.start() - 30), match.start()):
            continue  # "today", "this morning" are any day's words; only a weekday names the occasion's day
        day = _day_named(folded, match, anchor.day)
        if day <= anchor.day:
            days.add(day)
    return frozenset(days)


def _published_before_the_claimed_day(candidate: Candidate, conflict: Conflict, claimed_days: frozenset[date],
                                      candidates: list[Candidate], event_days: frozenset[date]) -> bool:
    """The disagreeing sentence tells, in the past or present, what a publication out before the day the
    claim gives its news said ("on Friday committed $90 million" against Thursday's "committed $60
    million"; "signed an order on Friday scrapping the duty" against last August's fact sheet on the order
    imposing it), and the record holds a publication of that day on the claim's subject or of the
    article's event (`event_days`): the earlier publication told an earlier step, not the day's news,
    which the day's own publication speaks for, or is silent on.
    Stay conflicts: one over the day itself ("met on Friday" against "met on Thursday"), a point the
    record places at the other occasion (event_mismatch: what the occasion rules decide), and a
    preview of the day ("he'll be joined by the vice president of Tanzania"), which speaks for it."""
    if not claimed_days or conflict.days or {EVENT_MISMATCH, MISATTRIBUTED} & set(conflict.reasons):
        return False
    if local_day(candidate.first) >= min(claimed_days):
        return False
    if _PREVIEW.search(fold(candidate.analysis.text)):
        return False
    published = event_days | {local_day(other.first) for other in candidates
                              if other.score >= T.RELATED_SCORE and other.in_window}
    return any(day <= other <= day + timedelta(days=_CLAIMED_DAY_PUBLICATION_LAG)
               for day in claimed_days for other in published)


# A sentence that speaks of what is to come: "will", "is expected to", "he'll".
_PREVIEW = re.compile(rf"{_FUTURE_CUE.pattern}|\w['\u2019]ll\b")


# Days after an occasion in which its own publication may appear (a statement released late at night
# carries the next day's date in the record).
_CLAIMED_DAY_PUBLICATION_LAG = 1


def _readout_day_conflict(claim: Analysis, candidate: Candidate, anchor: Anchor,
                          main_clause_end: int | None) -> Conflict:
    """"Met on Monday" against a readout's undated sentence: the sentence
    describes the meeting the readout reads out, held on or just before its
    publication day, so a claimed day outside that span is another day."""
    if anchor.day is None or not candidate.in_dated_window:
        return Conflict((), frozenset())
    record = candidate.analysis
    dated = record.days or record.months or record.years or record.has_past_reference or record.relative
    if dated or "readout" not in fold(candidate.first.title):
        return Conflict((), frozenset())
    text = claim.text if main_clause_end is None else claim.text[:main_clause_end]
    ours = named_days(text, anchor.day) | claim.days
    if not ours:
        return Conflict((), frozenset())
    published = local_day(candidate.first)
    held = {_month_day(published, -lag) for lag in range(_READOUT_LAG_DAYS + 1)}
    if ours & held:
        return Conflict((), frozenset())
    return Conflict((DATE_MISMATCH,), frozenset(claim.keys & _DAY_PART_KEYS), frozenset(ours))


def _occasion_conflict(claim: Analysis, candidate: Candidate, mentions: Mentions,
                       known_elsewhere: Callable[[str], bool] | None, main_clause_end: int | None,
                       occasions_only: bool = False) -> Conflict:
    """The claim places the point at an occasion or place its evidence's
    publication never names: it happened, but elsewhere or at another meeting."""
    readout_id = candidate.first.readout_id
    located_in = lexicon().located_in
    end = len(claim.text) if main_clause_end is None else main_clause_end
    for entity in claim.entities:
        if not entity.after_preposition or entity.kind == "person" or entity.key in _HOME_PLACES:
            continue
        if occasions_only and not _occasion_place(claim, entity):
            continue
        if claim.tokens[entity.index].start >= end:
            continue  # context added after the point ("..., after they met in Bangkok")
        if entity.key in candidate.analysis.keys or mentions(readout_id, entity.key):
            continue
        surface = claim.tokens[entity.index].surface
        if _spells_out(surface, candidate.first.title) or _spells_out(surface, candidate.analysis.text):
            continue  # "at the EAS" names the East Asia Summit the publication names in full
        if any(country == entity.key and mentions(readout_id, city) for city, country in sorted(located_in.items())):
            continue  # "in Thailand" agrees with a publication from Bangkok
        if _country_in_its_slot(claim, entity, located_in.get(entity.key), candidate.analysis):
            continue  # "ambassador to Tokyo" / "ambassador to Japan": the sentence names the place less closely
        if entity.kind == "event" or (known_elsewhere is not None and known_elsewhere(entity.key)):
            return Conflict((EVENT_MISMATCH,), frozenset({entity.key}))
        return Conflict((PLACE_MISMATCH,), frozenset({entity.key}))
    occasions = {token.key for token in claim.tokens if token.start < end} & _OCCASION_KEYS
    for key in sorted(occasions):
        if key not in candidate.analysis.keys and not mentions(readout_id, key):
            if key == _SUMMIT and _the_leaders_meeting(claim, candidate.analysis):
                continue  # "the virtual summit between Biden and Xi": "the virtual meeting between" them
            if key == _CALL_KEY and _SPOKE_WITH.search(candidate.analysis.text):
                continue  # "I have just spoken with the Prime Minister": how a call is told, not another occasion
            return Conflict((EVENT_MISMATCH,), frozenset({key}))
    return Conflict((), frozenset())


def _country_in_its_slot(claim: Analysis, entity: Entity, country: str | None, record: Analysis) -> bool:
    """Whether the record's sentence names the country of the claim's city after the same words
    ("ambassador to Japan" for "ambassador to Tokyo"): the same place, named less closely. Only in
    the same slot: a sentence naming the country elsewhere ("visitors to the United States") says
    nothing of where the claim's occasion was ("in San Francisco")."""
    if country is None:
        return False
    ours = _slot_words(claim, entity.index)
    return any(other.key == country and _slot_words(record, other.index) == ours for other in record.entities)


def _slot_words(analysis: Analysis, index: int) -> tuple[str, ...]:
    """The two words before a name, past "the" ("envoy to" of "envoy to the Netherlands")."""
    words = [token.surface.lower() for token in analysis.tokens[:index] if token.surface.lower() != "the"]
    return tuple(words[-2:])


_SUMMIT = "summit"
_CALL_KEY = "=phone_call"
# How a publication tells a call without the word ("President Biden spoke today with ..."): no sign
# the point was made at another occasion than the call the claim names.
_SPOKE_WITH = re.compile(r"\b(?:spoke|spoken|speaks|speak|talked)\s+(?:\w+\s+){0,2}?with\b", re.IGNORECASE)
_MEETING_KEY = "=talks"  # the group of "meet", "meeting", "talks"


def _the_leaders_meeting(claim: Analysis, record: Analysis) -> bool:
    """The record's sentence tells a meeting of the very people the claim names (two or more)."""
    people = {entity.key for entity in claim.entities if entity.kind == "person"}
    return len(people) >= 2 and _MEETING_KEY in record.keys and people <= record.keys


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _spells_out(initials: str, text: str) -> bool:
    """Whether the text names in full what `initials` abbreviates: consecutive
    capitalised words whose first letters are those initials ("EAS": "East
    Asia Summit")."""
    if not (2 <= len(initials) <= 6 and initials.isalpha() and initials.isupper()):
        return False
    words = _CAPITALISED_WORD.findall(text)
    size = len(initials)
    return any("".join(word[0] for word in words[start:start + size]) == initials
               for start in range(len(words) - size + 1))


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
    named = _record_with_holders(candidate)
    return frozenset() if named is None else frozenset(named.keys)


def _absent_party(claim: Analysis, candidate: Candidate, mentions: Mentions, main_clause_end: int | None) -> Conflict:
    """A person or country the claim makes a party to its point ("Harris
    told Sullivan ...", "Yemen notified ...") that the evidence's publication
    never names, title or body: the publication cannot state that this party
    did it; when it states the same point, someone else did (actor_mismatch)."""
    end = len(claim.text) if main_clause_end is None else main_clause_end
    readout_id = candidate.first.readout_id
    record = candidate.analysis
    for entity in claim.entities:
        if entity.kind not in ("person", "country", "name") or entity.after_preposition:
            continue
        if entity.kind == "name" and not _person_like(claim, entity):
            continue
        if entity.kind == "country" and _names_an_office(claim, entity.index):
            continue  # "the U.S. president", "China's top diplomat": the party is the office holder
        token = claim.tokens[entity.index]
        if token.start >= end or entity.key in record.keys or _name_run(claim, entity.index) & record.keys:
            continue
        possessive = claim.text[token.end - 2:token.end] in ("'s", "’s")
        if _word_before_name(claim, entity.index) in _TOPIC_CUES and not possessive \
                and not _of_a_person(claim, entity.index):
            continue  # a topic or a counterpart, which a readout may word otherwise ("Russia's war" has a party)
        if _qualifies_a_named_person(claim, entity.index, record):
            continue  # "the Communist Party's top diplomat Wang Yi": who he is, not another party
        if _written_in(claim, entity.key, record) \
                or any(mentions(readout_id, key) for key in sorted(_name_run(claim, entity.index))):
            continue  # named there, or a word of the name is ("Narendra Modi" / "Prime Minister Modi")
        if entity.key in _holders_named(candidate):
            continue  # the record names the office by title ("the National Security Advisor"): its holder
        if _issues_the_action(_name_run(claim, entity.index), candidate):
            continue  # "Trump signed an order": the order is his, in the first person ("I have determined")
        if _named_by_its_office(claim, entity.index, readout_id, mentions) and not any(
                other.kind in ("agency", "person") and other.key not in claim.keys for other in record.entities):
            # "the commerce secretary Lutnick" in an order that names "the Secretary of Commerce", against one of
            # its sentences that names no other office or person doing it ("the Trade Representative shall").
            continue
        if _publishers_own(entity.key, candidate.side):
            # A government's publication speaks for its country without naming it ("both countries",
            # "we"): the White House need not write "the United States" to say the U.S. took part.
            continue
        return Conflict((ACTOR_MISMATCH,), frozenset(_name_run(claim, entity.index)))
    return Conflict((), frozenset())


def _issues_the_action(keys: set[str], candidate: Candidate) -> bool:
    """Whether a name is the head of the publishing government on the publication's day and the publication
    is an executive action (order, proclamation, memorandum): the President issues it in the first person
    ("I hereby determine") and signs it, so its text need not name him for him to be its actor."""
    if candidate.first.kind != "action":
        return False
    country = next((country for country, side in offices().side.items() if side == candidate.side), None)
    holder = holder_on(country, "president", local_day(candidate.first)) if country else None
    return holder is not None and bool(keys & analyze(holder.called).entity_keys)


def _named_by_its_office(claim: Analysis, index: int, readout_id: int, mentions: Mentions) -> bool:
    """The person at `index` comes right after the office they hold, an agency the lexicon knows ("the
    commerce secretary Lutnick", "Secretary of Commerce Howard Lutnick"), and the publication names that
    office: a government's orders and fact sheets name its officers by office ("The Secretary of Commerce
    shall monitor ..."), so the holder's name missing from them is no sign that someone else acts."""
    first, _ = _run_bounds(claim, index)
    return any(entity.kind == "agency" and entity.index == first - 1 and _spaced(claim, first - 1, first)
               and mentions(readout_id, entity.key) for entity in claim.entities)


def _of_a_person(analysis: Analysis, index: int) -> bool:
    """The country at `index` says whose a named person is ("King Hamad of Bahrain"): a publication
    that names the person but never the country speaks of the same name in another country."""
    if index < 2 or fold(analysis.tokens[index - 1].surface) != "of" or not _spaced(analysis, index - 2, index - 1):
        return False
    named = index - 2
    for entity in analysis.entities:
        if entity.index == named and (entity.kind == "person" or entity.kind == "name" and (
                _person_like(analysis, entity) or named and _spaced(analysis, named - 1, named)
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
        while position > 0 and tokens[position - 1].capitalised and _spaced(analysis, position - 1, position):
            position -= 1  # the name's own words and the titles before it
        if position == 0:
            return None
        previous = position - 1
        if _CLAUSE_MARKS.search(analysis.text, tokens[previous].end, tokens[position].start):
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
            if _CLAUSE_MARKS.search(analysis.text, tokens[before].end, tokens[previous].start):
                return None  # "..., and Kim condemned": a clause of its own opens
        return word


def _qualifies_a_named_person(claim: Analysis, index: int, record: Analysis) -> bool:
    """Whether the possessive name at `index` opens a description of a person the record names
    ("the Party's top diplomat Wang Yi", "Norway's trade minister Ivers"): the possessive says who
    the person is, and the record naming that person names the party the claim means."""
    last = _run_bounds(claim, index)[1]
    if claim.text[claim.tokens[last].end - 2:claim.tokens[last].end] not in ("'s", "\u2019s"):
        return False
    people = {entity.index: entity for entity in claim.entities
              if entity.kind == "person" or entity.kind == "name" and _person_like(claim, entity)}
    for position in range(last + 1, min(len(claim.tokens), last + 2 + _TITLE_WORDS)):
        if position in people:
            return bool(_name_run(claim, position) & record.keys)
        if _CLAUSE_MARKS.search(claim.text[claim.tokens[position - 1].end:claim.tokens[position].start]):
            return False
    return False


# The country each publishing side speaks for.
_OWN_COUNTRY = {US_GOVERNMENT: "=us", CHINA_GOVERNMENT: "=china"}


def _publishers_own(key: str, side: str) -> bool:
    """Whether a name is the publishing side's own country, or its capital standing for it."""
    own = _OWN_COUNTRY.get(side)
    return own is not None and (key == own or lexicon().located_in.get(key) == own)


# Words that make the name after them the other party of the claim's occasion: "in his meeting
# with Sunak", "a call with the Israeli prime minister", "told Lapid". Not a plan's bare verb
# ("expected to speak with Xi"): a call yet to come has no publication to be absent from.
_OCCASION_WITH = frozenset({"meeting", "meetings", "met", "call", "calls", "called", "spoke", "speaking", "speaks",
                            "talks", "talked", "conversation", "bilateral", "discussion", "discussions", "summit"})
_TOLD = frozenset({"told", "tells", "telling", "assured", "urged", "pressed", "thanked"})


def _absent_counterpart(claim: Analysis, candidate: Candidate, mentions: Mentions,
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
        if token.start >= end or entity.key in record.keys or _name_run(claim, entity.index) & record.keys:
            continue
        if entity.kind == "country":
            # "In his call with the emir of Qatar": a head of state or government named by office and country.
            if not _TITLED_COUNTERPART.search(claim.text, 0, token.start):
                continue
        elif not _counterpart_slot(claim, entity.index):
            continue
        if token.surface.isupper() or _written_in(claim, entity.key, record) or mentions(readout_id, entity.key):
            continue  # an acronym ("told CNN") is an outlet, not a party
        return Conflict((EVENT_MISMATCH,), frozenset(_name_run(claim, entity.index)))
    return Conflict((), frozenset())


# An occasion's other party named by office and country, up to the country: "met with the prime
# minister of Japan", "call with the emir of".
_TITLED_COUNTERPART = re.compile(
    r"\b(?:" + "|".join(sorted(_OCCASION_WITH)) + r")\s+with\s+the\s+(?:(?:crown|prime|vice|foreign)\s+)?"
    r"(?:emir|king|queen|president|premier|chancellor|sultan|leader|minister|prince|monarch)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)


def _counterpart_slot(claim: Analysis, index: int) -> bool:
    """The name at `index`, with the titles before it, follows "told" or an
    occasion word and "with" ("met with Prime Minister Sunak")."""
    position = _run_bounds(claim, index)[0] - 1
    tokens = claim.tokens
    while position >= 0 and tokens[position].capitalised and index - position <= _TITLE_WORDS:
        position -= 1  # titles and a country's adjective: "with Israeli Prime Minister"
    if position < 0:
        return False
    before = fold(tokens[position].surface)
    if before in _TOLD:
        return True
    return before == "with" and position > 0 and fold(tokens[position - 1].surface) in _OCCASION_WITH


# Capitalised words a name's titles may take before it ("Chinese Foreign Minister").
_TITLE_WORDS = 4


# "In the joint statement he issued with ...", "In Thursday's statement", "in a readout on May 3": the
# claim places its words in one publication (its kind, and maybe its day), up to the clause's comma.
# Not "according to a joint statement": that names a side (attribution), which other publications of
# the side may confirm.
# "Written into Friday's joint statement" places the words in it as "in" does; "in the March order" names
# a president's order (an executive order, whose title seldom says so) by its month.
_NAMED_PUBLICATION = re.compile(
    r"\bin(?:to)?\s+(?:the|a|an|his|her|their|its|(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)['\u2019]s)\s+(?:(?:\w+\s+){0,2}?)(?P<kind>joint\s+statement|statement|readout|fact\s+sheet|"
    r"press\s+release|executive\s+order|order)\b(?P<rest>[^,;]*)", re.IGNORECASE)
# Where a publisher files a president's orders: their titles name what they do ("Modifying Duties to ..."),
# not that they are orders.
_ORDERS_SECTION = "/presidential-actions/"


# What news calls "the joint statement" is titled in other words too: "Leaders' Statement", "Joint Vision
# Statement", "Jeddah Communique", "Washington Declaration" - one text the several parties issued together.
_JOINTLY_ISSUED_TITLE = re.compile(r"\bjoint\s+(?:\w+\s+){0,2}statement\b|\bleaders['\u2019]?\s+statement\b"
                                   r"|\bcommuniqu|\bdeclaration\b", re.IGNORECASE)


@dataclass(frozen=True)
class NamedPublication:
    kind: str  # folded words that the publication's title holds ("joint statement")
    days: frozenset[tuple[int, int]]  # the (month, day) it was published, when the claim says
    keys: frozenset[str]  # the claim's words that name it
    months: frozenset[int] = frozenset()  # the month it was published, when the claim names only that


def _named_publication(claim: Analysis, anchor: Anchor, main_clause_end: int | None) -> NamedPublication | None:
    end = len(claim.text) if main_clause_end is None else main_clause_end
    match = _NAMED_PUBLICATION.search(claim.text, 0, end)
    if match is None:
        return None
    days: set[tuple[int, int]] = set(analyze(match.group(0)).days)
    if match.group("weekday") and anchor.day is not None:
        days |= named_days(f"on {match.group('weekday').lower()}", anchor.day)
    if anchor.day is not None:
        days |= _release_days(match.group("rest"), anchor.day)
    keys = frozenset(token.key for token in claim.tokens if match.start() <= token.start < match.end())
    months = frozenset() if days else analyze(match.group(0)).months
    kind = " ".join(fold(match.group("kind")).split())
    if kind == "order" and not (days or months):
        return None  # "in the order of $5 billion", "in the new world order": only a dated order is a publication
    return NamedPublication("order" if kind == "executive order" else kind, frozenset(days), keys & claim.keys,
                            months)


# "... statement released late on Friday", "issued on Monday": the day the publication came out.
_RELEASED_ON = re.compile(r"\b(?:released|issued|published|put\s+out)\s+(?:late\s+|early\s+)?(?:on\s+)?"
                          r"(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.IGNORECASE)


def _release_days(rest: str, day: date) -> frozenset[tuple[int, int]]:
    """The (month, day) a named publication's own words say it came out on ("released late on Friday")."""
    match = _RELEASED_ON.search(rest)
    if match is None:
        return frozenset()
    return named_days(f"on {fold(rest[match.end():].split()[0])}", day)


def _is_named_publication(candidate: Candidate, named: NamedPublication) -> bool:
    """The candidate's publication is of the kind the claim names (by its
    title; an order by where its publisher files it), published on the day
    the claim names, or the day after, or in the month it names."""
    title = " ".join(fold(candidate.first.title).split())
    if named.kind not in title and not (named.kind == "joint statement" and _JOINTLY_ISSUED_TITLE.search(title)) \
            and not (named.kind == "order" and _ORDERS_SECTION in candidate.first.url):
        return False
    published = local_day(candidate.first)
    if named.months and not named.days:
        return published.month in named.months
    if not named.days:
        return True
    return any((day.month, day.day) in named.days for day in (published, published - timedelta(days=1)))


def _published_before_the_named_publication(candidate: Candidate, conflict: Conflict,
                                            named: NamedPublication | None, anchor: Anchor) -> bool:
    """The claim tells what a publication of a given day said ("In a joint vision statement released late on
    Friday, the leaders committed to ..."), the record holds it, and the disagreeing sentence came out
    before that day (the eve's fact sheet recalling last year's summit): an earlier publication is no
    account of what a later one said, which the named publication states or is silent on. That only
    another publication states the point is itself the conflict (event_mismatch, misattributed)."""
    if named is None or anchor.day is None or {EVENT_MISMATCH, MISATTRIBUTED} & set(conflict.reasons):
        return False
    days = [day for day in (_last_on_or_before(month, day, anchor.day) for month, day in named.days) if day]
    return bool(days) and local_day(candidate.first) < min(days)


def _last_on_or_before(month: int, day: int, until: date) -> date | None:
    """The last date with this month and day on or before `until` (None for a February 29 not found)."""
    year = until.year - ((month, day) > (until.month, until.day))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _named_publication_reason(candidate: Candidate, named: NamedPublication) -> str:
    """Why a publication other than the one the claim names, stating its point, contests it: another
    document of the same day (the executive order, for "written into Friday's joint statement") makes the
    claim credit the words to the wrong text, `misattributed`; one of another day tells another occasion."""
    published = local_day(candidate.first)
    if named.days and any((day.month, day.day) in named.days for day in (published, published - timedelta(days=1))):
        return MISATTRIBUTED
    return EVENT_MISMATCH


def _recounts_named_publication(candidate: Candidate, named: NamedPublication) -> bool:
    """The record sentence itself tells what that publication said ("The outcome is outlined in the joint
    statement adopted today", "as he said in his statement last night"): it speaks of the very publication
    the claim names, from its own date, so it is no other occasion's account."""
    published = local_day(candidate.first)
    for match in _NAMED_PUBLICATION.finditer(candidate.analysis.text):
        if " ".join(fold(match.group("kind")).split()) != named.kind:
            continue
        theirs = set(analyze(match.group(0)).days)
        if match.group("weekday"):
            theirs |= named_days(f"on {match.group('weekday').lower()}", published)
        if not named.days or not theirs or named.days & theirs:
            return True
    return False


def top_evidence(first: list[Candidate], all_candidates: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    for candidate in first + all_candidates:
        if len(chosen) >= T.EVIDENCE_PER_CLAIM:
            break
        if candidate.score < T.RELATED_SCORE or any(_overlaps(candidate, c) for c in chosen):
            continue
        chosen.append(candidate)
    return chosen


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.first.readout_id == b.first.readout_id and a.start < b.end and b.start < a.end


def _adds_only_the_name(claim: Analysis, window: Candidate, sentence: Candidate, conflict: Conflict) -> bool:
    """Whether a window of the disagreeing sentence agrees only because its other sentence names the
    claim's name ("He raised detained American citizens ... / ... work with the PRC" for "detained Chinese
    citizens"): the sentence gives the name's slot to another, and the name read beside it is in another
    role. A window whose other sentence states more of the claim (its second clause) is support of its own."""
    if not _adds_to(window, sentence):
        return False
    gained = (claim.keys & window.analysis.keys) - sentence.analysis.keys
    return gained <= conflict.ignored


def _adds_to(window: Candidate, sentence: Candidate) -> bool:
    """Whether the window is the sentence with more of its publication read with it: what the
    sentence says, the window says too, and its added sentence's numbers or dates only blur it."""
    return (window.first.readout_id == sentence.first.readout_id and window.start <= sentence.start
            and sentence.end <= window.end and (window.start, window.end) != (sentence.start, sentence.end))


def _read_together(candidate: Candidate) -> bool:
    """An answer read with its question, or two sentences apart in one publication."""
    return bool(candidate.asked) or not candidate.contiguous


def cite(candidate: Candidate) -> str:
    title = candidate.first.title.strip() or candidate.first.url
    # A reporter's question is never evidence: say that the answer is read with it.
    answer = ", an official's answer to a reporter's question" if candidate.asked else ""
    return f"“{title}” ({candidate.first.source}, {candidate.published.date().isoformat()}{answer})"


def _confidence(score: float) -> float:
    return _clamp(0.5 + (score - T.RELATED_SCORE) / (1.0 - T.RELATED_SCORE) * 0.5)


def _clamp(value: float) -> float:
    return round(min(T.CONFIDENCE_CEILING, max(T.CONFIDENCE_FLOOR, value)), 2)


# ------------------------------------------------------------------ quotes

VERBATIM = "verbatim"
CLOSE = "close"
ALTERED = "altered"
NOT_FOUND = "not_found"


@dataclass(frozen=True)
class QuoteGrade:
    grade: str
    matched: str | None


def grade_quote(quote: str, passages: list[str], related_passage: str | None) -> QuoteGrade:
    """Grade a quotation against record passages.

    `related_passage` is the record text on the claim's point (its best
    evidence), if any: a quote found nowhere word for word is `altered` when
    the record makes the same point in other words, else `not_found`.
    """
    wanted = fold_for_quotes(quote)
    if not wanted:
        return QuoteGrade(NOT_FOUND, None)
    wanted_words = _quote_words(quote)
    best: tuple[int, str] | None = None
    for passage in passages:
        folded, positions = _fold_with_positions(passage)
        at = folded.find(wanted)
        if at >= 0:
            return QuoteGrade(VERBATIM, passage[positions[at]:positions[at + len(wanted) - 1] + 1])
        alignment = fuzz.partial_ratio_alignment(wanted, folded, score_cutoff=T.QUOTE_ALIGN_RATIO)
        if alignment is None:
            continue
        start, end = _word_bounds(folded, alignment.dest_start, alignment.dest_end)
        if end <= start:
            continue
        original = passage[positions[start]:positions[end - 1] + 1]
        differing = Levenshtein.distance(wanted_words, _quote_words(original))
        if best is None or differing < best[0]:
            best = (differing, original)
    if best is not None:
        allowed = max(T.QUOTE_CLOSE_WORDS, int(len(wanted_words) * T.QUOTE_CLOSE_SHARE))
        if len(wanted_words) < T.QUOTE_SHORT_WORDS:
            # In a short quote one word is a third of it: "substantial influence" is not "substantial quantities".
            allowed = int(len(wanted_words) * T.QUOTE_SHORT_SHARE)
        if best[0] <= allowed:
            return QuoteGrade(CLOSE, best[1])
    if related_passage is not None:
        return QuoteGrade(ALTERED, related_passage)
    return QuoteGrade(NOT_FOUND, None)


def holds_quotation(quote: str, passage: str) -> bool:
    """Whether the passage holds the quotation word for word (as `grade_quote` finds it verbatim)."""
    wanted = fold_for_quotes(quote)
    return bool(wanted) and wanted in _fold_with_positions(passage)[0]


_QUOTE_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*")


def _quote_words(text: str) -> list[str]:
    """Words as compared inside quotations: case, plurals and dots folded
    ("Straits" = "Strait", "U.S." = "US"), no synonyms (those make a quote close, not verbatim)."""
    return [word_key(word) for word in _QUOTE_WORD.findall(fold(text))]


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """`fold_for_quotes` without trimming the edges, with each folded
    character's offset in the original, so a match can quote the record as written."""
    lowered = fold(text).replace('"', "'")
    # Characters dropped: an Oxford comma, and a space after a space kept
    # (all but the first of a run of spaces, and after an Oxford comma that
    # follows a space, every space up to the "and").
    dropped: set[int] = set()
    for comma in _OXFORD_COMMA.finditer(lowered):
        at = comma.start()
        dropped.add(at)
        if at and lowered[at - 1].isspace():
            spaces = _SPACES_FROM.match(lowered, at + 1)
            dropped.update(range(spaces.start(), spaces.end()))
    for run in _SPACE_RUN.finditer(lowered):
        dropped.update(range(run.start() + 1, run.end()))
    if dropped:
        pieces: list[str] = []
        positions: list[int] = []
        kept_from = 0
        for at in sorted(dropped):
            pieces.append(lowered[kept_from:at])
            positions.extend(range(kept_from, at))
            kept_from = at + 1
        pieces.append(lowered[kept_from:])
        positions.extend(range(kept_from, len(lowered)))
        folded = "".join(pieces)
    else:
        folded, positions = lowered, list(range(len(lowered)))
    # Every space kept is a plain one, character for character.
    return _OTHER_SPACE.sub(" ", folded), positions


# \s is str.isspace().
_OXFORD_COMMA = re.compile(r",(?=\s+(?:and|or)\s)", re.IGNORECASE)
_SPACES_FROM = re.compile(r"\s*")
_SPACE_RUN = re.compile(r"\s{2,}")
_OTHER_SPACE = re.compile(r"[^\S ]")
