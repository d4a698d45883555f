"""The conflicts between a claim and one record sentence: every detector of numbers, dates, negation,
opposite actions, actors and places run over the pair, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from verifier import thresholds as T
from verifier.alignment import exchanged_names, exchanged_pair, name_swaps
from verifier.memo import per_check
from verifier.normalize import (
    Analysis,
    analyze,
    fold,
    is_month_key,
    negated_positions,
    privative_keys,
    stance_keys,
)
from verifier.rules.actors import (
    another_doer,
    another_officer,
    another_topic_of_gathering,
    assisting_agency_as_doer,
    substitutions,
    swapped_roles,
)
from verifier.rules.bodies import another_body
from verifier.rules.codes import (
    ACTOR_MISMATCH,
    DATE_MISMATCH,
    EVENT_MISMATCH,
    NEGATION_MISMATCH,
    NUMBER_MISMATCH,
    OPPOSITE_ACTION,
    PLACE_MISMATCH,
    TIME_WORDS,
    Conflict,
)
from verifier.rules.dates import dates_differ
from verifier.rules.negation import (
    CLAUSE_MARK,
    affirmed_keys,
    asserted_by_a_double_negation,
    asserted_by_degree,
    class_opposite_on_another_thing,
    denied_as_subject,
    denied_further_on,
    denied_in_other_words,
    denies_a_holding_back,
    denies_only_in_supposing,
    denies_with_a_negation_word,
    denying_verbs,
    done_to_another_thing,
    ended_but_kept,
    held_off_keys,
    implied_denials,
    is_negation_word,
    left_open_keys,
    negation_heads,
    never_before,
    not_exhorted_alike,
    number_keys,
    only_aimed_at,
    only_as_a_modifier,
    only_as_a_thing,
    only_asked,
    only_continues_a_call,
    only_dating_keys,
    only_in_a_denied_domain,
    only_placing_in_a_text,
    only_supposed,
    opposites_with_class,
    refused_what_is_done,
    set_aside_alike,
    stop_that_ends_nothing,
    told_in_kindred_words,
    unknown_keys,
)
from verifier.rules.numbers import (
    frequencies_differ,
    magnitudes_differ,
    numbers_differ,
    rates_differ,
    record_spans_differ,
)
from verifier.rules.places import direction_swap, qualified_place_swap, virtual_conflict


@per_check
def find_conflicts(claim: Analysis, candidate: Analysis) -> Conflict:
    """Ways the candidate disagrees with the claim on a point they share. Once per pair within a check:
    the pool decided on again (verifier.memo) repeats its pairs."""
    reasons: list[str] = []
    ignored: set[str] = set()

    shared_predicate = claim.predicate_keys & candidate.keys
    # A negation word is the denial, not what is denied: a repeated one ("nobody — nobody can reverse it")
    # falls within the first one's reach, yet both sides that write it say the same "no".
    flipped = (claim.negated ^ candidate.negated) & shared_predicate
    if flipped:
        # Asked only of a flip: reading every word's cue for each of the thousands of pairs cost a tenth of a
        # check (make bench).
        flipped -= _cue_keys(claim) | _cue_keys(candidate)
    if flipped and claim.negated and candidate.negated and not _only_holds_back(claim) \
            and not _only_holds_back(candidate):
        # Two negative sentences ("does not replace the treaties" / "does not
        # supersede the commitments of the treaty") reach different words with a
        # fixed-width scope: only the word a negation denies ("did not reach
        # agreement" / "agreed") can be asserted by the other.
        # A head the other sentence writes inside its own negated clause, past the scope's width ("will not
        # get together on that topic and discuss anything on an individual matter"), is denied there too.
        flipped = {key for key in flipped
                   if key in negation_heads(claim) - candidate.negated and not denied_further_on(candidate, key)
                   or key in negation_heads(candidate) - claim.negated and not denied_further_on(claim, key)}
        if flipped:
            # "Refusing a ceasefire deal" / "refusing this deal": the head denied on one side only describes
            # the word after it, which both deny; the two deny one thing.
            flipped = {key for key in flipped
                       if not _describes_a_word_both_deny(claim if key in claim.negated else candidate, key,
                                                          claim.negated & candidate.negated)}
    if flipped:
        # "We cannot afford an offensive in the port" / "an offensive in the port would cause a famine": a denied
        # stance rejects the offensive; it says nothing of whether one comes or what it would bring.
        flipped = {key for key in flipped
                   if not _only_a_stance_denied(*((claim, candidate) if key in claim.negated else (candidate, claim)),
                                                key)}
    if flipped:
        # A word one side also states in a clause of its own that negates nothing
        # ("had not set an alliance as a goal, and pointed to years of alliance
        # work") is affirmed there: the negated clause is another point.
        flipped = {key for key in flipped
                   if key not in affirmed_keys(claim if key in claim.negated else candidate)}
    if flipped:
        # A word the negating sentence also states outside every negation's reach ("in response to Russia's
        # admission that it will not withdraw its forces, I have authorized movements of U.S. forces") is
        # another thing's under the negation: the sentence tells the claim's word as done.
        flipped = {key for key in flipped
                   if not _stated_outside_its_negation(claim if key in claim.negated else candidate, key)}
    if flipped:
        # "Countries that have no free-trade agreement" / "non-free trade agreement countries": a word the
        # other side writes after the prefix "non-" is denied there too, in one word.
        flipped = {key for key in flipped
                   if key not in _after_non_prefix(candidate if key in claim.negated else claim)}
    if flipped:
        # "Nothing in either memorandum ... creates any right" / "This memorandum does not create any right": the
        # words a "nothing in" or "not everyone in" names are where the denial holds, not what it denies.
        flipped = {key for key in flipped
                   if not only_in_a_denied_domain(claim if key in claim.negated else candidate, key)}
    if flipped:
        # "The abuses must not go without consequence" / "the abuses must have consequences": two negations cancel.
        flipped = {key for key in flipped
                   if not asserted_by_a_double_negation(claim if key in claim.negated else candidate, key)}
    if flipped:
        # "I couldn't agree more with what the President said" agrees with him: a degree none could pass.
        flipped = {key for key in flipped
                   if not asserted_by_degree(claim if key in claim.negated else candidate, key)}
    if flipped:
        # "Act against countries whose practices undercut prices" / "to ensure foreign countries are not engaged in
        # practices that undercut prices": a purpose clause's negation states an aim, and denies no deed.
        flipped = {key for key in flipped
                   if not only_aimed_at(*((claim, candidate) if key in claim.negated else (candidate, claim)), key)}
    if flipped:
        # "Hamas out of power" / "without Hamas in power", "ignoring the request" / "refusing to take up the
        # request": a word that sets aside what follows it says the other side's "no".
        flipped = {key for key in flipped if not set_aside_alike(candidate if key in claim.negated else claim, key)
                   or denies_a_holding_back(claim if key in claim.negated else candidate, key)}
    if flipped:
        # "I don't know that it will figure in the Oval Office": what a denied knowing reaches is left open,
        # neither stated nor denied; only the knowing is denied.
        flipped = {key for key in flipped
                   if key not in unknown_keys(claim if key in claim.negated else candidate)}
    off_agenda = denied_as_subject(claim), denied_as_subject(candidate)
    if any(off_agenda):
        # "The idea of sending troops is not on the agenda": the subject is what the negation denies, though
        # it stands before it. Those words denied by a "not" on the other side agree with it; stated there
        # undenied, in a clause of their own, they are the flipped polarity.
        flipped = {key for key in flipped
                   if key not in (off_agenda[1] if key in claim.negated else off_agenda[0])}
        flipped |= {key for key in off_agenda[0] & shared_predicate - candidate.negated - off_agenda[1]
                    if key not in affirmed_keys(claim)}
        flipped |= {key for key in off_agenda[1] & shared_predicate - claim.negated - off_agenda[0]
                    if key not in affirmed_keys(candidate)}
    if flipped:
        # "Should the PRC fail to take adequate steps, ..." / "had not taken adequate steps": a deed only supposed
        # on one side is neither told nor denied there, whatever the other side says of it.
        flipped = {key for key in flipped
                   if not only_supposed(claim, {key}) and not only_supposed(candidate, {key})
                   and not denies_only_in_supposing(claim if key in claim.negated else candidate)}
    if flipped:
        # "Prevent China's evasion of tariffs" / "stop China from evading tariffs": what a verb of holding back
        # keeps from happening is no deed told done, though no negation word reaches it. Against a negation word
        # it still is: "meant to stop money flowing into Iran" / "what we're trying to prevent is not money
        # going into China" deny each other.
        flipped = {key for key in flipped
                   if key not in held_off_keys(candidate if key in claim.negated else claim)
                   or denies_with_a_negation_word(claim if key in claim.negated else candidate)}
    if flipped and never_before(claim, candidate):
        flipped = set()
    if flipped:
        flipped = set(flipped) - not_exhorted_alike(claim, candidate, flipped)
    if flipped:
        # "Spent an hour alone before the expanded meeting" takes the meeting as its time: a record that
        # denies a meeting ("has not met the prime minister", of the weeks before) speaks of another time, not
        # of the hour alone.
        flipped -= only_dating_keys(claim) - claim.negated
    left_open = left_open_keys(claim)
    if left_open:
        # What the claim leaves open is under its "not" without being denied: the record stating it agrees
        # with the claim as far as it goes; the record ruling it out ("we're not going to be stationing
        # nuclear weapons" for "did not rule out stationing nuclear weapons") is the flipped polarity.
        ruled_out = left_open & candidate.negated & shared_predicate
        if ruled_out:
            ruled_out -= left_open_keys(candidate)
        flipped = (set(flipped) - left_open) | ruled_out
    if flipped:
        reasons.append(NEGATION_MISMATCH)
        if refused_what_is_done(claim, candidate, flipped):
            reasons.append(OPPOSITE_ACTION)
    else:
        denied = denied_in_other_words(claim, candidate) or ended_but_kept(claim, candidate)
        if denied:
            reasons.append(NEGATION_MISMATCH)
            ignored |= denied

    denying = denying_verbs(claim)
    for reason, keys in implied_denials(claim, candidate):
        if reason not in reasons:
            reasons.append(reason)
        ignored |= keys

    _add_each_missing(reasons, ignored, claim, candidate, _NUMBER_AND_DATE_DETECTORS)

    for reason, keys in substitutions(claim, candidate):
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

    _add_each_missing(reasons, ignored, claim, candidate, _ACTOR_DETECTORS)
    if not {ACTOR_MISMATCH, PLACE_MISMATCH, EVENT_MISMATCH} & set(reasons):
        _add_each_missing(reasons, ignored, claim, candidate, _EVENT_DETECTORS)

    swapped = swapped_roles(claim, candidate)
    if swapped and ACTOR_MISMATCH not in reasons:
        reasons.append(ACTOR_MISMATCH)
    pair: tuple[str, ...] = ()
    if not {ACTOR_MISMATCH, PLACE_MISMATCH} & set(reasons):
        exchanged = exchanged_names(claim, candidate)
        if exchanged:
            places = {entity.key for entity in claim.entities if entity.kind == "place"}
            reasons.append(PLACE_MISMATCH if exchanged <= places else ACTOR_MISMATCH)
            ignored |= exchanged
            pair = _parties_of_one_kind(claim, exchanged_pair(claim, candidate))

    _add_each_missing(reasons, ignored, claim, candidate, _PLACE_DETECTORS)

    record_only = candidate.keys - claim.keys
    affirmed_there = candidate.keys - candidate.negated
    for key in sorted(claim.predicate_keys - denying - claim.negated):
        # A deed denied on either side is no deed to oppose: "will not withdraw" agrees with "deploy", and "will
        # not deploy" with "withdraw".
        opposed = opposites_with_class(key) & record_only - candidate.negated
        if not opposed or only_as_a_thing(candidate, opposed) or only_continues_a_call(candidate, opposed):
            continue
        if only_placing_in_a_text(claim, {key}) or only_placing_in_a_text(candidate, opposed):
            continue  # "ended his speech with a salute" / "continued the talks": no deed against another
        if only_asked(candidate, opposed):
            continue  # "Why should they be allowed to operate here?" asks; it allows nothing
        if only_supposed(candidate, opposed) or only_supposed(claim, {key}):
            continue  # "If Ostland deploys troops, ..." weighs a deed; it tells none done
        if only_as_a_modifier(candidate, opposed) != only_as_a_modifier(claim, {key}):
            # A deed against a description ("began talks" / "held close talks"): "close" opposes "open"
            # as a description ("a free and open Indo-Pacific") and as a deed, not across the two.
            continue
        # The record states the claim's own action too: the opposite is the point only when it is done
        # to what the claim's action is done to, and the record's own use is about something else. A
        # claim word the record has only under a negation is no action of it ("opposes unilateral
        # changes ... does not support independence" for "supports unilateral changes").
        if key in affirmed_there and not done_to_another_thing(claim, candidate, key, opposed):
            continue
        if told_in_kindred_words(claim, candidate, key, opposed) \
                or class_opposite_on_another_thing(claim, candidate, key, opposed):
            continue
        if stop_that_ends_nothing(claim, key):
            continue  # "stopped in Cabo Verde", "to stop technologies from being used": no end of anything
        if OPPOSITE_ACTION not in reasons:
            reasons.append(OPPOSITE_ACTION)
        ignored.add(key)
    _add_each_missing(reasons, ignored, claim, candidate, _UNDOING_DETECTORS)
    # A word both say ("the two met" / "the two men met") is no part of the disagreement.
    return Conflict(tuple(reasons), frozenset(ignored - candidate.keys), swapped=swapped, exchanged=pair)


def _parties_of_one_kind(claim: Analysis, pair: tuple[str, str] | None) -> tuple[str, ...]:
    """The exchanged pair when both are known parties of one kind (two countries, two people, two departments):
    their order says who does what to whom. A name the lexicon does not know beside a person ("the SBA's head
    of capital access, Katie Frost" / "Katie Frost, ..., SBA") may be whom that person works for, told in
    either order."""
    if pair is None:
        return ()
    kinds = {entity.key: entity.kind for entity in claim.entities}
    return pair if kinds.get(pair[0]) == kinds.get(pair[1]) != "name" else ()


def _describes_a_word_both_deny(analysis: Analysis, key: str, denied_by_both: frozenset[str]) -> bool:
    """Whether every use of `key` stands right before a word that both sentences deny ("a ceasefire | deal"):
    it describes that word rather than naming a thing of its own."""
    tokens = analysis.tokens
    uses = [index for index, token in enumerate(tokens) if token.key == key]
    return bool(uses and denied_by_both) and all(
        index + 1 < len(tokens) and not tokens[index + 1].stop and tokens[index + 1].key in denied_by_both
        and not CLAUSE_MARK.search(analysis.text, tokens[index].end, tokens[index + 1].start)
        for index in uses)


def _only_holds_back(analysis: Analysis) -> bool:
    """Whether every negation of the sentence denies a verb of holding back ("will not hesitate to take further
    steps", "does not lack the capacity"): a double negation, so the sentence asserts rather than denies."""
    heads = negation_heads(analysis)
    return bool(heads) and heads <= privative_keys()


def _only_a_stance_denied(analysis: Analysis, other: Analysis, key: str) -> bool:
    """Whether every negation of the sentence denies a stance the other sentence does not take ("we cannot afford
    an attack on the port" against "an attack on the port would cause a famine"): the thing is rejected, not
    denied, so the key, unless it is the stance itself, is stated alike on both sides."""
    heads = negation_heads(analysis)
    return bool(heads) and heads <= stance_keys() and not heads & other.keys and key not in heads


@per_check
def _cue_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the sentence's negation words ("nobody", "nothing", "refusing")."""
    return frozenset(token.key for token in analysis.tokens if is_negation_word(token))


def _stated_outside_its_negation(analysis: Analysis, key: str) -> bool:
    """Whether every negated use of `key` lies in a sentence's opening phrase ("In response to Russia's admission
    that it will not withdraw its forces, ...") and the same sentence writes it again after that phrase, out of
    any negation's reach ("... I have authorized additional movements of U.S. forces"): the opening phrase is the
    setting, and the sentence's own point tells the claim's word as done. A word that negates itself (such as
    "unprecedented") is under no cue and stays negated."""
    tokens = analysis.tokens
    reached = negated_positions(tokens, fold(analysis.text), range(len(tokens)))
    negated = [index for index in reached if tokens[index].key == key]
    if not negated:
        return False
    for opening in _OPENING_PHRASE.finditer(analysis.text):
        start, end = opening.span()
        sentence_end = _SENTENCE_STOP.search(analysis.text, end)
        stop = sentence_end.start() if sentence_end else len(analysis.text)
        if all(start <= tokens[index].start < end for index in negated) and any(
                token.key == key and end <= token.start < stop and index not in reached
                for index, token in enumerate(tokens)):
            return True
    return False


# A sentence's opening phrase set off by a comma: "In response to ...,", "After ...,", "Given ...,"; or
# one that names the topic, often what others say of it ("But in terms of the media saying Germany is not
# reliable, Germany is completely reliable": the negation is theirs, the point the speaker's). A one-word
# adverb ("Today, in response to ...,") or a joiner ("But as for ...,") may come first; an initialism's
# stop ("U.S.") ends nothing.
_OPENING_PHRASE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:[A-Z]\w+,\s+|(?i:but|and|so|now)\s+)?"
    r"(?i:in\s+response\s+to|after|given|because|since|while|although|though|despite|following|amid|as|"
    r"in\s+terms\s+of|as\s+for|as\s+to|regarding|with\s+regard\s+to|when\s+it\s+comes\s+to|"
    r"contrary\s+to|unlike|rather\s+than|instead\s+of)\b(?:[^,.;:!?]|(?<=\b[A-Z])\.)*,")
# A full stop before a capital or the end, not the stop of an initialism ("U.S. forces", "U.S. President").
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])[.!?](?=\s+[A-Z\"(\u201c]|\s*$)")


# The prefix "non-" ("non-market policies", "non-free trade agreement countries"), a word of its own in the
# tokens.
_NON_PREFIX = re.compile(r"\bnon-", re.IGNORECASE)


def _after_non_prefix(analysis: Analysis) -> frozenset[str]:
    """The keys of the words a "non-" prefix denies ("non-free trade agreement" denies the free trade
    agreement), up to a clause mark."""
    keys: set[str] = set()
    for match in _NON_PREFIX.finditer(analysis.text):
        mark = CLAUSE_MARK.search(analysis.text, match.end())
        stop = mark.start() if mark else len(analysis.text)
        reached = [token for token in analysis.tokens if match.end() <= token.start < stop and not token.stop]
        keys |= {token.key for token in reached[:T.NON_PREFIX_MAX_WORDS]}
    return frozenset(keys)


# Words that restrict, and verbs that take a restriction away: "eliminate restrictive licensing procedures"
# loosens what "tighten licensing rules" tightens, though neither sentence has the other's verb. A trade text
# that "addresses restrictive measures", or "U.S. concerns regarding prohibitions or restrictions", takes them
# on to ease them: the same loosening in the words of a deal.
_RESTRICTING_WORDS = ("restrict", "restriction", "restrictions", "restrictive", "tighten", "ban", "bans", "prohibition",
                      "prohibitions", "barrier", "barriers")


@lru_cache(maxsize=1)
def _restricting_keys() -> frozenset[str]:
    """The keys of the restricting words as the analysis reads them ("tighten" in its alias group)."""
    return frozenset(token.key for word in _RESTRICTING_WORDS for token in analyze(word).tokens)


_UNDOING = re.compile(
    r"\b(?P<verb>eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?|abolish(?:es|ed|ing)?|"
    r"dismantl(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|roll(?:s|ed|ing)?\s+back|"
    r"(?:do|does|did|doing)\s+away\s+with|"
    r"(?<!\ban\s)(?<!\bthe\s)address(?:es|ed|ing)?(?:\s+(?:[\w.'\u2019-]+\s+){0,2}?concerns\s+"
    r"(?:regarding|about|over|on|with|related\s+to))?)\s+"
    r"(?:(?:the|all|any|its|their|these|those|existing|remaining|unnecessary|unjustified|discriminatory|"
    r"burdensome|such)\s+)*(?P<thing>[\w-]+)", re.IGNORECASE)
# A claim that deals with a restriction in other words ("agreed to address long-standing barriers", "will
# ease the ban") is not the one that tightens it. Each verb with its own endings and a closing \b, no
# hyphen after it and no article before "address": a bare stem would find "counterpart", "cutting-edge" or
# "in an address" and spare a claim that tightens.
_EASING = re.compile(r"\b(?:(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)address(?:es|ed|ing)?|"
                     r"reduc(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?|"
                     r"resolv(?:e|es|ed|ing)|tackl(?:e|es|ed|ing)|cut(?:s|ting)?|"
                     r"lower(?:s|ed|ing)?|overcom(?:e|es|ing)|overcame|fight(?:s|ing)?|fought|"
                     r"combat(?:s|ed|ted|ing|ting)?|counter(?:s|ed|ing)?|end(?:s|ed|ing)?|lift(?:s|ed|ing)?|"
                     r"remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\b(?!-)", re.IGNORECASE)
# Before the undoing verb: a demand or a hope that it be done, not the deed ("urged the U.S. to remove ...").
# The verbs with their endings only: "press" alone is the noun of "told a press conference that ...", and
# "hop\w*" would find "Hopkins".
_ASKED_TO = re.compile(r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|"
                       r"press(?:es|ed|ing)?\s+(?:for|on)|pressed|pressing|demand(?:s|ed|ing)?|"
                       r"want(?:s|ed|ing)?|hop(?:e|es|ed|ing)|request(?:s|ed|ing)?)\b"
                       rf"[^,;.]{{0,{T.ASKED_TO_MAX_CHARS}}}$", re.IGNORECASE)


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


# A detector of the tables below: the claim's keys the conflict is about, or None where it finds none.
_Detector = Callable[[Analysis, Analysis], Collection[str] | None]


def _add_each_missing(reasons: list[str], ignored: set[str], claim: Analysis, candidate: Analysis,
                      detectors: tuple[tuple[str, _Detector], ...]) -> None:
    """Runs each detector whose reason is still missing, in the table's order: the first that finds it adds the
    reason and the keys it is about; the detectors after it for that reason are not read."""
    for reason, detect in detectors:
        if reason in reasons:
            continue
        keys = detect(claim, candidate)
        if keys is not None:
            reasons.append(reason)
            ignored |= keys


def _numbers_differ_keys(claim: Analysis, candidate: Analysis) -> set[str] | None:
    return number_keys(claim) if numbers_differ(claim, candidate) else None


def _spans_or_rates_differ_keys(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """Another span of time ("the lowest in a decade") or rate ("a month" / "per year"): the words of time too."""
    if not (record_spans_differ(claim, candidate) or rates_differ(claim, candidate)):
        return None
    return number_keys(claim) | {token.key for token in claim.tokens if token.surface.lower() in TIME_WORDS}


def _dates_differ_keys(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """The words that name the time are what the conflict is about: months, seasons ("in the autumn") and
    relative units ("coming weeks")."""
    if not dates_differ(claim, candidate):
        return None
    return number_keys(claim) | {token.key for token in claim.tokens if is_month_key(token.key)
                                 or token.surface.lower() in TIME_WORDS}


def _another_actor_keys(claim: Analysis, candidate: Analysis) -> set[str] | None:
    """Another doer, an assisting agency as the doer, another officer named by title, or another body in the
    claim's body's slot: the first of the four that finds keys."""
    return another_doer(claim, candidate) or assisting_agency_as_doer(claim, candidate) \
        or another_officer(claim, candidate) or another_body(claim, candidate)


def _found_or_none(detect: Callable[[Analysis, Analysis], frozenset[str] | None]) -> _Detector:
    """A detector whose empty answer means it found nothing."""
    return lambda claim, candidate: detect(claim, candidate) or None


# The detectors read while their reason is missing, by the step of find_conflicts that reads them: a table's
# order is the order its reasons are reported in and, within one reason, which detector's keys it is about.
_NUMBER_AND_DATE_DETECTORS: tuple[tuple[str, _Detector], ...] = (
    (NUMBER_MISMATCH, _numbers_differ_keys),
    (NUMBER_MISMATCH, _spans_or_rates_differ_keys),
    (NUMBER_MISMATCH, _found_or_none(frequencies_differ)),
    (NUMBER_MISMATCH, _found_or_none(magnitudes_differ)),
    (DATE_MISMATCH, _dates_differ_keys),
)
_ACTOR_DETECTORS: tuple[tuple[str, _Detector], ...] = ((ACTOR_MISMATCH, _another_actor_keys),)
_PLACE_DETECTORS: tuple[tuple[str, _Detector], ...] = (
    (PLACE_MISMATCH, qualified_place_swap),
    (PLACE_MISMATCH, _found_or_none(direction_swap)),
    (PLACE_MISMATCH, virtual_conflict),
)
_EVENT_DETECTORS: tuple[tuple[str, _Detector], ...] = ((EVENT_MISMATCH, another_topic_of_gathering),)
_UNDOING_DETECTORS: tuple[tuple[str, _Detector], ...] = ((OPPOSITE_ACTION, _found_or_none(_restriction_undone)),)
