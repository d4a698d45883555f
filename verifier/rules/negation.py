"""Negation and opposite actions (negation_mismatch, opposite_action): what a sentence denies, in so many
words or in other words ("refused to", "never pledged"), which negations assert ("not only", "will not
hesitate to") or leave open ("did not rule out"), and actions set against their opposites ("lift" / "impose").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from verifier import thresholds as T
from verifier.memo import per_check
from verifier.normalize import (
    CLAUSE_CONJUNCTION,
    IRREGULAR_VERBS,
    NEGATION_SCOPE,
    PREVENTING_REACH,
    PREVENTING_VERBS,
    SPEECH_VERBS,
    Analysis,
    Token,
    analyze,
    denied_words,
    fold,
    freeing_froms,
    is_light,
    is_negation_cue,
    keys_of,
    lexicon,
    negated_keys,
    negated_positions,
    negation_scopes,
)
from verifier.rules.codes import NEGATION_MISMATCH, NUMBER_KEY, OPPOSITE_ACTION, ORDINAL_KEYS

# "Had never before ..." denies an earlier time, not the event: "for the first time" says the same.
# "No foreign leader had ever taken part" is "the first time a foreign leader took part" told the other way.
_NEVER_BEFORE = re.compile(r"\b(?:never|not)\s+(?:\w+\s+){0,3}?(?:before|previously|until\s+now)\b"
                           r"|\bnever\s+(?:\w+\s+){0,2}?had\b"
                           r"|\b(?:no|nobody|none)\s+(?:\w+\s+){0,3}?(?:had|has|have)\s+ever\b",
                           re.IGNORECASE)


# The verbs that tell someone to do (or not to do) a deed: "warned", "urged", "called on", "encouraged".
_TELLING_TO_VERBS = (r"warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|"
                     r"call(?:s|ed|ing)?\s+on|caution(?:s|ed|ing)?|press(?:es|ed|ing)?|"
                     r"encourag(?:e|es|ed|ing)")
# "Warned lawmakers not to hand Putin a gift", "urged Beijing not to": a negation in what someone is told to
# do exhorts against a deed; it does not say the deed did not happen. Up to four words (who is told) between.
_EXHORTED_NOT_TO = re.compile(
    rf"\b(?:{_TELLING_TO_VERBS}|implor(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)"
    r"\s+(?:[\w.'\u2019-]+\s+){0,4}?not\s+to\b", re.IGNORECASE)
# A record's own exhortation: what follows "urged", "must", "needs to", "should" is asked for, not told as
# done.
_EXHORTING = re.compile(rf"\b(?:{_TELLING_TO_VERBS}|need(?:s|ed)?\s+to|must|should|ought\s+to)\b",
                        re.IGNORECASE)


def _only_exhorted(claim: Analysis) -> bool:
    """Whether every negation of the claim is in what someone is told to do ("urged Beijing not to ...")."""
    if "not" not in claim.text:
        return False  # most sentences: the pattern needs "not to"
    cues = [index for index, token in enumerate(claim.tokens) if is_negation_word(token)]
    exhorted = [match.end() for match in _EXHORTED_NOT_TO.finditer(claim.text)]
    # A match ends with "not to": its "not" ends a space or two and "to" (three or four characters) before.
    return bool(cues) and all(any(0 <= end - claim.tokens[index].end <= 4 for end in exhorted)
                              for index in cues)


def not_exhorted_alike(claim: Analysis, candidate: Analysis, flipped: set[str]) -> set[str]:
    """The flipped words of a claim whose every negation is in what someone is told to do ("urged
    senators not to give the cartel a windfall"), that the record tells as something other than
    a deed it asks for ("before they give the cartel a windfall" after "Congress needs to pass the
    funding"): a warning against a deed agrees with a record that fears it. The flip stands where the record
    asks for the same deed ("urged lawmakers to hand ..."): that is the opposite exhortation."""
    if not _only_exhorted(claim):
        return set()
    asked = set().union(*(_scope_after(candidate, match.end())
                          for match in _EXHORTING.finditer(candidate.text)))
    return {key for key in flipped if key in claim.negated and key not in asked}


def never_before(claim: Analysis, candidate: Analysis) -> bool:
    """One side says something had "never before" happened: that denies an earlier time, not that it
    happened, so a record of it happening (or of "the first time") is no negation to disagree on
    ("had never before welcomed the same leader" / "welcomed the leader for a state visit")."""
    negative, positive = (claim, candidate) if claim.negated else (candidate, claim)
    if positive.negated:
        return False
    return _NEVER_BEFORE.search(negative.text) is not None or (
        _NONE_FOR_A_SPAN.search(negative.text) is not None and _FIRST_FOR_A_SPAN.search(positive.text) is not None)


# "No Danish king had paid a state visit in almost thirty years" denies the years between, not the visit:
# "the first state visit by a Danish king in nearly three decades" says the same. Only against a "first ...
# in" span: a record of a visit last year, without "first", does contradict it.
_SPAN = (r"\bin\s+(?:(?:almost|nearly|about|over|more\s+than|the\s+(?:past|last))\s+)?(?:[\w-]+\s+)?"
         r"(?:years?|decades?|months?)\b")
_NONE_FOR_A_SPAN = re.compile(rf"\b(?:no|not|never|nobody|none)\b[^.;]*?{_SPAN}|n[\u2019']t\b[^.;]*?{_SPAN}",
                              re.IGNORECASE)
_FIRST_FOR_A_SPAN = re.compile(rf"\bfirst\b[^.;]*?{_SPAN}", re.IGNORECASE)


# Words before a noun that name a thing ("a humanitarian pause", "the freeze", "no deal"), not an action.
NOUN_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "any", "no"})


def denied_in_other_words(claim: Analysis, candidate: Analysis) -> frozenset[str]:
    """The claim's negated verb, when the record tells the same thing as done in words of its own
    ("never pledged to help Tonga after the eruption" / "reinforced the importance of working
    together to support Tonga after the eruption"): the record holds no negation at all and states
    what the claim's negation reaches, though not its verb. Empty otherwise. Only a flat
    statement of the deed counts: a verb of saying or knowing ("did not say whether", "did not
    confirm") leaves the matter open, and "never before" denies only an earlier time."""
    heads = _denied_verbs(claim) & claim.predicate_keys
    if not heads or heads & candidate.keys or not _denies_a_deed(claim):
        return frozenset()
    # A record word negated by its prefix alone ("Russia's unprovoked and unjustified invasion") denies no
    # deed; it blocks only when it is one of the claim's words the claim does not itself deny.
    if not holds_no_denial(candidate) or (candidate.negated & claim.keys) - claim.negated:
        return frozenset()
    # What the negation reaches is in the record, and so is most of the rest of the claim's point: of its
    # whole wording when the denied verb is its only word besides names ("Ruritania will not join the
    # Harbour Compact" / "Adding Ruritania to the Harbour Compact").
    rest = claim.predicate_keys - heads or claim.keys - heads
    if not (claim.negated - heads) & candidate.keys or not rest \
            or len(rest & candidate.keys) < T.DENIED_REST_SHARE * len(rest):
        return frozenset()
    return heads


def _denies_a_deed(claim: Analysis) -> bool:
    """Whether the claim's negation denies a deed: not one that asserts ("did not hesitate", "not only": no
    denied verb), leaves the matter open ("did not say whether", "had not known") or denies only an earlier
    time ("had never before"), nor one that only tells someone not to do it ("warned them not to"). The one
    gate of every rule that sets a denied deed against the record."""
    return bool(_denied_verbs(claim)) and not _uncommittal_negation(claim) \
        and not _NEVER_BEFORE.search(claim.text) and not _only_exhorted(claim)


def is_negation_word(token: Token) -> bool:
    """Whether a token is a negation ("not", "never", "didn't"; fold makes a typographic apostrophe plain)."""
    return is_negation_cue(fold(token.surface))


def denied_and_stated(claim: Analysis, record: Analysis) -> frozenset[str]:
    """The words of the claim's denial that the record states without denying them, when the claim denies
    a deed ("never held talks with Yang", "will not link three regions") and the record holds no negation
    of those words ("met today with Yang", "will integrate three critical regions"). Empty when the claim's
    negation asserts ("did not hesitate", "not only"), leaves the matter open ("did not say whether",
    "had not known"), or denies only an earlier time ("had never before"): none of those denies the deed."""
    if not _denies_a_deed(claim):
        return frozenset()
    return frozenset((claim.negated & claim.predicate_keys & record.keys) - record.negated)


# Words by which a claim opposes what it names, so that a record's "no" to the same thing agrees with it.
_SPEAKS_AGAINST = re.compile(r"\b(?:against|oppos(?:e|ed|es|ing)|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|"
                             r"resist(?:s|ed|ing)?)\b", re.IGNORECASE)


def denies_what_is_asserted(claim: Analysis, record: Analysis) -> frozenset[str]:
    """The claim's words the record's negation denies head-on, when the claim asserts them: the first word
    a record negation cue reaches is the claim's own ("I got no pushback" / "said he had met significant
    pushback"; "I'm not at all worried about holding the alliance together" / "said he was worried about
    keeping NATO ... united"). A claim that leaves the deed open ("did not rule out adopting the fees") is
    denied by a record that rules it out ("will not adopt the fees"). Empty when the claim itself negates
    those words (the mirror case is `denied_and_stated`'s), or when the record's denied word is a saying,
    knowing or expecting ("we're not expecting ..."): that leaves the matter open rather than denying it.
    Nor when the claim speaks against what it names ("warned against bringing trade into security issues" /
    "there should be no politicizing of security"): opposing a thing is the record's "no" to it said another
    way."""
    if _SPEAKS_AGAINST.search(claim.text):
        return frozenset()
    heads = negation_heads(record) & claim.predicate_keys & record.negated
    heads -= (claim.negated - left_open_keys(claim)) | _uncommittal_keys()
    return frozenset(heads)


def denies_its_one_deed(claim: Analysis) -> bool:
    """Whether the claim's one point is a deed it denies ("Biden and Xi never held a strategic conversation"):
    a record sentence that holds no denial at all (`holds_no_denial`: "The two leaders had a broad, strategic
    discussion") tells the deed, or something else, but never the denial, so it cannot support such a claim. A
    claim whose negation asserts, leaves the matter open or denies an earlier time denies no deed
    (`_denies_a_deed`); one with a coordinated clause that denies nothing ("had not set an alliance as a goal,
    and pointed to 150 years of alliance work") may be supported on that clause."""
    return _denies_a_deed(claim) and not affirmed_keys(claim)


def holds_no_denial(record: Analysis) -> bool:
    """Whether a record sentence holds neither a negation nor a denying verb: one that has either may write a
    claim's denial in other words ("has regrettably not been arranged" for "has not materialised")."""
    return not any(is_negation_word(token) for token in record.tokens) and not _denial_spans(record.text)


@per_check
def _denied_verbs(claim: Analysis) -> frozenset[str]:
    """The word right after each verbal negation ("not", "never", "-n't"), past small words and manner
    adverbs: the verb it denies, a generic one too ("never held a wide-ranging conversation", "will not
    give the facility"). Empty when any negation of the claim asserts rather than denies: "not only",
    "never wavered in its support", or a "no" before a noun ("no change to the policy" is said as
    often as "the policy remains the same")."""
    verbs = set()
    tokens = claim.tokens
    for index, token in enumerate(tokens):
        word = fold(token.surface)
        if not is_negation_cue(word):
            continue
        if word not in _VERBAL_NEGATIONS and not word.endswith("n't"):
            return frozenset()
        following = [other for other in tokens[index + 1:index + 1 + NEGATION_SCOPE]
                     if not other.stop and not is_light("", other.surface)]
        if index + 1 < len(tokens) and fold(tokens[index + 1].surface) in _ASSERTING_AFTER_NEGATION:
            return frozenset()
        if following and following[0].key in _LITOTES_KEYS:
            return frozenset()
        if following:
            verbs.add(following[0].key)
    return frozenset(verbs)


_VERBAL_NEGATIONS = frozenset({"not", "never", "cannot"})
# "not only", "not just": the negation adds to what it is said of.
_ASSERTING_AFTER_NEGATION = frozenset({"only", "just", "merely", "simply"})
# Verbs whose denial asserts the deed ("never wavered in its support", "did not hesitate to act"); "lose" by
# its group's key, which "lost" and "loss" share.
_LITOTES_KEYS = keys_of(["hesitate", "waver", "shy", "flinch", "relent", "fail", "neglect", "cease", "stop", "doubt",
                         "deny", "forget", "=loss", "spare", "hide", "tire", "rest"])


# Verbs whose negation leaves the deed open ("did not say whether", "would not confirm", "did not rule out").
_UNCOMMITTAL_VERBS = frozenset({"say", "comment", "specify", "confirm", "mention", "elaborate", "disclose", "detail",
                                "address", "rule", "know", "expect", "identify", "name", "respond", "answer",
                                "reveal", "explain"})


# Verbs of saying that are deeds of their own: praising, welcoming, assuring, urging or warning someone is done or
# not, so "never welcomed him to Lima" denies the welcome as flatly as "never met him" denies the meeting, where
# "did not say whether" leaves the matter open.
_SPEECH_DEEDS = frozenset({"praised", "welcomed", "hailed", "assured", "assures", "urged", "urges", "warned", "warns"})


@lru_cache(maxsize=1)
def _uncommittal_keys() -> frozenset[str]:
    verbs = (SPEECH_VERBS - _SPEECH_DEEDS) | _UNCOMMITTAL_VERBS
    return frozenset(token.key for verb in verbs for token in analyze(verb).tokens)


def _uncommittal_negation(claim: Analysis) -> bool:
    """Whether a negation of the claim denies a saying or knowing ("did not say whether", "would not
    confirm"), light verbs such as "say" included, rather than the deed."""
    return any(verb.key in _uncommittal_keys() or fold(verb.surface) in _UNCOMMITTAL_VERBS | {"said", "says", "saying"}
               for verb in _first_words_past_a_negation(claim))


def _first_words_past_a_negation(analysis: Analysis) -> list[Token]:
    """The word each negation of the text denies, read plainly (_denied_verbs reads it for a denied deed): the
    first within NEGATED_WORD_REACH words after it past the small words that may stand between ("has not yet
    confirmed")."""
    tokens = analysis.tokens
    words = []
    for index, token in enumerate(tokens):
        if not is_negation_word(token):
            continue
        following = [other for other in tokens[index + 1:index + 1 + T.NEGATED_WORD_REACH]
                     if fold(other.surface) not in _BEFORE_THE_VERB]
        if following:
            words.append(following[0])
    return words


# Small words that may stand between a negation and the verb it denies ("has not yet confirmed").
_BEFORE_THE_VERB = frozenset({"be", "been", "have", "has", "had", "yet", "publicly", "immediately", "explicitly"})

# Words of knowing: "I don't know that it will figure in the Oval Office" leaves open whether it will. Not a verb
# of believing or thinking, whose "not" is said of what is believed ("we do not believe he has decided" is "we
# believe he has not decided").
_KNOWING = frozenset({"know", "knew", "knows", "known", "knowing", "sure", "certain", "aware"})


def unknown_keys(analysis: Analysis) -> frozenset[str]:
    """The words a denied knowing reaches ("I don't know that it will figure in the Oval Office": figure, oval,
    office): left open by the speaker, not denied."""
    keys: set[str] = set()
    for verb in _first_words_past_a_negation(analysis):
        if fold(verb.surface) in _KNOWING:
            keys |= _scope_after(analysis, verb.end)
    return frozenset(keys)


def done_to_another_thing(claim: Analysis, record: Analysis, key: str, opposed: set[str]) -> bool:
    """Whether the record does the claim's action to something else and its opposite to what the
    claim's action is done to ("behavior supporting unlawful maritime claims ..., we oppose any
    unilateral attempts" for "behavior opposing unlawful maritime claims"): the record's use of the
    claim's word is another point, its opposite is this one's."""
    ours = set().union(*(_scope_after(claim, token.end) for token in claim.tokens if token.key == key))
    same = set().union(*(_scope_after(record, token.end) for token in record.tokens if token.key == key))
    opposite = set().union(*(_scope_after(record, token.end) for token in record.tokens if token.key in opposed))
    return bool(ours & opposite) and not ours & same


def told_in_kindred_words(claim: Analysis, record: Analysis, key: str, opposed: set[str]) -> bool:
    """Whether the record tells the claim's action in another word of its class, done to more of what the
    claim's action is done to than its opposite is ("removes sanctions on Syria while maintaining sanctions
    on Assad" for "ends the Syria sanctions program"): the opposite is said of another thing. A tie ("lifts
    the sanctions on Iranian proxies" against the same record) leaves the opposite standing."""
    kindred = _kindred_actions(key) - opposed - {key}
    if not kindred & (record.keys - record.negated):
        return False
    ours = acted_on_by(claim, {key})
    same = acted_on_by(record, kindred)
    opposite = acted_on_by(record, opposed)
    if not ours & (same | opposite):
        # Neither is seen acting on what the claim's word is read to act on (a subject cut short at its own
        # "that": "Support for health care and other areas that help the people of Burma | will continue"):
        # the one acting on more of the claim's words tells its point ("freezing U.S. assets ..., while
        # maintaining our support for healthcare").
        ours = set(claim.keys)
    return len(ours & same) > len(ours & opposite)


def _names_a_thing_when_a_noun(key: str) -> bool:
    """Whether the key's word, as a bare noun, names the thing rather than the deed: "the pause" and "the ban"
    are in force, "a cut" and "a grant" are sums, none is done to anything."""
    permitting, forbidding = _class_pairs()["permitting"]
    return key in _CALLING_OFF_ACTIONS or key in _direction_classes()[1] or key in permitting or key in forbidding


def _of_the_measure_classes(key: str) -> bool:
    """Whether the key is a word of permitting or forbidding, loosening or tightening (`_class_pairs`)."""
    return any(key in kind for name in ("permitting", "loosening") for kind in _class_pairs()[name])


def _only_asked_for(record: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys follows, in its clause, a word that asks for the deed ("the union urged the
    republic to remove the permit rules", "Ostland must waive the fee"): a demand, not the deed done."""
    uses = [token.start for token in record.tokens if token.key in keys]
    clause_starts = [0, *(match.end() for match in re.finditer(r"[,;:.]", record.text))]
    return bool(uses) and all(
        _EXHORTING.search(record.text, max(start for start in clause_starts if start <= use), use) is not None
        for use in uses)


def class_opposite_on_another_thing(claim: Analysis, record: Analysis, key: str, opposed: set[str]) -> bool:
    """Whether the record's only opposites of the claim's action are those of its class (keeping against
    calling off, `opposites_with_class`), and either the claim's word names a thing kept rather than the
    keeping ("the freeze will last" / "the pause will remain in effect"), the record also tells an action of
    the claim's class, or the two actions share fewer than T.CLASS_OPPOSITE_SHARED_WORDS words of what they
    are done to ("tariffs imposed on China will stay in place" / "China will remove the retaliatory tariffs"):
    the lexicon's own pairs are chosen words, the classes' pairings are not, so they must be seen acting on
    the same thing."""
    if opposed & opposites_of(key):
        return False
    if _names_a_thing_when_a_noun(key) and only_as_a_thing(claim, {key}):
        return True
    if _of_the_measure_classes(key) and _only_asked_for(record, opposed):
        return True
    if _kindred_actions(key) & (record.keys - record.negated):
        # The record keeps one thing and calls off another ("will remove the additional tariffs ... but will
        # retain all duties imposed prior to April 2"): which is the claim's is for chosen pairs to tell.
        return True
    ours = acted_on_by(claim, {key})
    theirs = acted_on_by(record, opposed)
    if len(ours & theirs) < T.CLASS_OPPOSITE_SHARED_WORDS:
        return True
    return _of_the_speaking_classes(key) and not _spoken_of_alike(claim, record, key, opposed)


def _of_the_speaking_classes(key: str) -> bool:
    """Whether the key is a word of praising or faulting (`_class_pairs`)."""
    return any(key in kind for kind in _class_pairs()["praising"])


def _spoken_of_alike(claim: Analysis, record: Analysis, key: str, opposed: set[str]) -> bool:
    """Whether praise and fault are spoken of the same party or thing: the first word each speaks of is among what
    the other speaks of, or, on the record's side, names no party ("condemned Russia's attack" / "thanked Poland
    for its support after Russia's attack" speak of two parties; "faulted Ostland for holding up grain" /
    "expressed appreciation for Ostland's efforts to move grain" of one)."""
    ours, theirs = _first_spoken_of(claim, {key}), _first_spoken_of(record, opposed)
    our_reach, their_reach = acted_on_by(claim, {key}), acted_on_by(record, opposed)
    parties = {entity.key for entity in record.entities}
    # "Thanked López Obrador for Mexico's participation": what the praise is for names the party the claim faults
    # ("criticized Mexico's participation"), whoever is thanked for it.
    return bool(ours & their_reach) and (all(word in our_reach or word not in parties for word in theirs)
                                         or bool(ours & _first_spoken_of_after_for(record, opposed)))


def _first_spoken_of(analysis: Analysis, keys: Collection[str]) -> set[str]:
    """The first content word after each use of the keys, in its clause: whom or what the praise or fault is of."""
    firsts: set[str] = set()
    for index, token in enumerate(analysis.tokens):
        if token.key not in keys:
            continue
        following = [later for later in analysis.tokens[index + 1:] if not later.stop]
        if following and not _DENIAL_CLAUSE_MARK.search(analysis.text, token.end, following[0].start):
            firsts.add(following[0].key)
    return firsts


def _first_spoken_of_after_for(analysis: Analysis, keys: Collection[str]) -> set[str]:
    """The first content word after the "for" that follows each use of the keys in its clause ("thanked the
    president for Mexico's participation": Mexico): what the praise or fault is for."""
    firsts: set[str] = set()
    for index, token in enumerate(analysis.tokens):
        if token.key not in keys:
            continue
        mark = _DENIAL_CLAUSE_MARK.search(analysis.text, token.end)
        clause = [later for later in analysis.tokens[index + 1:] if mark is None or later.start < mark.start()]
        after_for = next((position for position, later in enumerate(clause) if later.surface.lower() == "for"), None)
        if after_for is None:
            continue
        following = [word for word in clause[after_for + 1:] if not word.stop]
        if following:
            firsts.add(following[0].key)
    return firsts


# "Stop" that ends nothing: a stopover at a place ("stopped in Cabo Verde", "will stop at the shipyard"), or
# holding something back ("stop advanced technologies from being used"), which is preventing, not ceasing.
_STOP_KEYS = keys_of(["stop"])
_STOPOVER = re.compile(r"\s+(?:briefly\s+)?(?:in|at|by|over)\s+(?:the\s+)?[A-Z]")


def stop_that_ends_nothing(claim: Analysis, key: str) -> bool:
    """Whether every "stop" of the claim is a stopover at a named place or the "stop ... from" of prevention
    (normalize._prevented_from): neither is the opposite of going on ("continues to defend", "will continue
    to take necessary actions")."""
    if key not in _STOP_KEYS:
        return False
    tokens = claim.tokens
    uses = [index for index, token in enumerate(tokens) if token.key == key]
    return bool(uses) and all(
        _STOPOVER.match(claim.text, tokens[index].end)
        or any(fold(token.surface) == "from" for token in tokens[index + 1:index + 2 + PREVENTING_REACH])
        for index in uses)


# Negation cues that are themselves an action: refusing to buy is the opposite of buying, not only its absence.
_REFUSALS = frozenset({"refused", "declined"})


def refused_what_is_done(claim: Analysis, candidate: Analysis, flipped: set[str]) -> bool:
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


def only_as_a_thing(analysis: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys is a bare noun after a determiner and at most one other word
    ("a humanitarian pause", "the freeze"): a thing the sentence names, not an action it reports."""
    tokens = analysis.tokens
    uses = [index for index, token in enumerate(tokens) if token.key in keys]
    for index in uses:
        # "The council kept up the dredging": an irregular past ("kept", "held", "left") is a deed told, whatever
        # stands before it.
        if INFLECTED.search(fold(tokens[index].surface)) or fold(tokens[index].surface) in IRREGULAR_VERBS:
            return False
        before = [fold(token.surface) for token in tokens[max(0, index - 2):index]]
        if not (before[-1:] and before[-1] in NOUN_DETERMINERS or before[:1] and before[0] in NOUN_DETERMINERS
                and len(before) == 2 and not tokens[index - 1].stop):
            return False
        # "to bring stability to the Middle East, bolster regional security": a comma ends the noun phrase,
        # and the word after it is the next deed of a list, not a thing the determiner names.
        determiner = index - 1 if before[-1] in NOUN_DETERMINERS else index - 2
        if CLAUSE_MARK.search(analysis.text, tokens[determiner].end, tokens[index].start):
            return False
    return bool(uses)


# "continue to call for the cessation of violence", "keep urging restraint": what goes on is the call, whose
# words ("cessation") are what the claim's "called for an end to violence" asks for, not its opposite.
_CONTINUED_CALL = re.compile(r"\s+(?:to\s+)?(?:call(?:ing)?\s+(?:for|on)|urg(?:e|ing)|press(?:ing)?\s+for|"
                             r"push(?:ing)?\s+for|advocat(?:e|ing)\s+for|demand(?:ing)?|appeal(?:ing)?\s+for)\b",
                             re.IGNORECASE)


def only_continues_a_call(analysis: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys goes on with a call or an appeal ("continue to call for"): the
    call is what continues, not the deed the claim's opposite word is about."""
    uses = [token for token in analysis.tokens if token.key in keys]
    return bool(uses) and all(_CONTINUED_CALL.match(analysis.text, token.end) for token in uses)


# A verb of opening or ending said of a text or a speech ("ended his speech with a salute", "The statement
# ends with an invitation", "opened the briefing by thanking ..."): where in the text something stands, not a
# deed that starts or stops anything. "On" only before the note it ends on ("ended on a hopeful note"):
# "opened the conference on Monday" dates a deed of the occasion a conference or a briefing also is.
_OPENS_OR_ENDS = (r"(?:end|ends|ended|ending|close|closes|closed|closing|open|opens|opened|opening|"
                  r"begin|begins|began|beginning|start|starts|started|starting)")
_TEXT_NOUN = (r"(?:speech|speeches|remarks|address|toast|statement|readout|letter|message|document|text|"
              r"briefing|conference|interview|declaration|communiqu[eé]|sheet|post|op-ed)")
_PLACING_IN_A_TEXT = re.compile(
    rf"\b(?P<after>{_OPENS_OR_ENDS})\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_TEXT_NOUN}\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:with|by|on\s+an?)\b"
    rf"|\b{_TEXT_NOUN}\s+(?:itself\s+)?(?P<before>{_OPENS_OR_ENDS})\s+(?:with|by|on\s+an?)\b",
    re.IGNORECASE)


def only_placing_in_a_text(analysis: Analysis, keys: set[str]) -> bool:
    """Whether every use of the keys is a verb of opening or ending said of a text or a speech
    (_PLACING_IN_A_TEXT): what the text says first or last, not an opening or ending the sentence reports."""
    starts = {match.start("after") if match.group("after") else match.start("before")
              for match in _PLACING_IN_A_TEXT.finditer(analysis.text)}
    uses = [token for token in analysis.tokens if token.key in keys]
    return bool(uses) and all(token.start in starts for token in uses)


# Actions whose bare form is also an adjective: "close cooperation", "open lines", "close to a deal".
_ALSO_ADJECTIVES = frozenset({"close", "open"})
_VERB_ADVERBS = frozenset({"also", "now", "then", "soon", "again", "still", "further", "eventually"})


def only_as_a_modifier(analysis: Analysis, keys: set[str]) -> bool:
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
        if before in VERB_CUES or before.endswith("n't") or not after:
            return False
        if tokens[index + 1].stop and after != "to" and not _joined_description(analysis, index):
            return False
    return bool(uses)


# Endings that make a word a description ("cooperative", "transparent", "peaceful", "constructive").
_ADJECTIVE_ENDING = re.compile(r"(?:ive|al|ent|ant|ful|ous|ic|ible|able|ary|less)$")


def _joined_description(analysis: Analysis, index: int) -> bool:
    """Whether the word at `index` is joined by "and" or "or" to another description of the noun after both ("many
    close and cooperative sessions", "an open and transparent process"); not a verb joined to another verb with its
    object ("will close and reopen the office")."""
    tokens = analysis.tokens
    if index + 3 >= len(tokens) or fold(tokens[index + 1].surface) not in ("and", "or"):
        return False
    second, noun = tokens[index + 2], tokens[index + 3]
    describes = fold(second.surface) in _ALSO_ADJECTIVES or _ADJECTIVE_ENDING.search(fold(second.surface))
    return bool(describes) and not noun.stop and not CLAUSE_MARK.search(analysis.text, tokens[index].end, noun.start)



def number_keys(claim: Analysis) -> set[str]:
    return {key for key in claim.keys if NUMBER_KEY.fullmatch(key) or key in ORDINAL_KEYS}


_CLAUSE_BREAK = re.compile(rf",\s+{CLAUSE_CONJUNCTION}\s+|;\s+")


# Verbs that deny what follows them without a "not": holding back from it ("stopped short of new
# limits", "held off on sanctions"), falling short of it ("fell short of its targets", "fails to address
# the concern", "has yet to resume") flips its polarity; calling it off ("ruled out talks", "put off
# signing", "shelved the plan", "delayed the review", "put the talks on hold") is the opposite of doing it.
# The verb may end its clause ("the talks were put on hold, the statement said"): what it denies is then
# its subject (_denied_subject).
_IMPLIED_DENIAL = re.compile(
    r"\b(?:(?P<withheld>stop(?:ped|s|ping)?\s+short\s+of|h(?:e|o)ld(?:s|ing)?\s+off\s+on|balk(?:ed|s|ing)?\s+at|"
    r"shied\s+away\s+from|shy(?:ing)?\s+away\s+from|refrain(?:ed|s|ing)?\s+from|"
    r"f(?:a|e)ll(?:s|en|ing)?\s+short\s+of|fails?\s+to|(?:has|have|had|is|are|was|were|remains?|remained)"
    r"\s+yet\s+to)|"
    r"(?P<called_off>rul(?:ed|es|ing)\s+out|put(?:s|ting)?\s+off|postpon(?:ed|es|ing)|shelv(?:ed|es|ing)|"
    r"scrapp(?:ed|ing)|scraps|call(?:ed|s|ing)?\s+off|put(?:s|ting)?\s+on\s+(?:ice|hold)|delay(?:ed|ing)))"
    r"(?:\s+|(?=[,;.]))", re.IGNORECASE)
# A denying verb told of its subject: "will be put on hold", "have been shelved", "was scrapped".
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:now\s+|also\s+|effectively\s+)?$",
                             re.IGNORECASE)
# A denying verb that is itself denied asserts the deed: "never failed to", "did not fall short of".
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def implied_denials(claim: Analysis, candidate: Analysis) -> list[tuple[str, set[str]]]:
    """What the claim says was held back or called off ("put off signing the
    memorandum") that the record states as done ("signed the memorandum"):
    a negation or an opposite action, with the words of the denying verb."""
    found: list[tuple[str, set[str]]] = []
    theirs = None  # read only for a claim with a denying verb (few have one)
    for start, end, withheld in _denial_spans(claim.text):
        if theirs is None:
            theirs = _implied_scope(candidate)
        denied = _scope_after(claim, end)
        if _PASSIVE_BEFORE.search(claim.text, 0, start):
            # "Talks on the treaty will be put on hold": the subject is what is called off, and what follows
            # the verb ("and dates are still being worked out") is no object of it.
            denied = _denied_subject(claim, start)
        elif len(denied) < _DENIED_WORDS_STATED:
            # "Communication had yet to resume": the subject is what has not happened.
            denied |= _denied_subject(claim, start)
        # What is put off is often a named thing ("put off the renewal of the Harbour Works Act"): its
        # words count, but not a known party or place (=china), which is the setting of any sentence.
        # What the record only holds off ("avoid unilateral moves") is not stated done either.
        stated = (denied & _denied_thing_keys(claim) & candidate.keys) - candidate.negated - theirs \
            - held_off_keys(candidate)
        if not stated & claim.predicate_keys:
            continue  # a name alone is not the thing denied
        if len(stated) < _DENIED_WORDS_STATED:
            continue  # one shared word ("port fees" / "port visits") is not the thing denied
        if not withheld and _only_spoken_of(candidate, _thing_called_off(claim, end) & stated):
            # "Scraps the temporary exemption" against "the benefits of this temporary exemption have accrued
            # to ...": calling a thing off takes it as in force, and a record that only speaks of it keeps
            # nothing.
            continue
        if withheld and not holds_no_denial(candidate):
            # A record with a denial of its own may tell the same shortfall in its words ("the only country
            # that has not done so yet" for "has yet to begin exploring").
            continue
        if not withheld and ((candidate.keys & _CALLING_OFF_KEYS) - denied or _ENDING.search(candidate.text)
                             or any(not held for _start, _end, held in _denial_spans(candidate.text))):
            # "Scrapping the additional fee" against "determined to eliminate the additional fee": the record
            # tells a calling off too, in its own word ("ending the fee", "the fee has been shelved"). Not one of
            # the thing's own words ("ruled out lifting the ban" / "agreed to lift the ban").
            continue
        reason = NEGATION_MISMATCH if withheld else OPPOSITE_ACTION
        verb = {token.key for token in claim.tokens if start <= token.start < end}
        found.append((reason, verb))
    return found


# Words that speak of a thing without doing anything to it ("the benefits of the exemption", "problems with
# respect to the exemption"), and the words that may stand between them and it.
_SPEAKING_OF = frozenset({"of", "to", "for", "with", "on", "about", "regarding", "concerning", "under",
                          "over", "from", "in", "by", "at", "into"})
_THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                                "her", "our", "any", "all", "such"})


def _thing_called_off(claim: Analysis, end: int) -> set[str]:
    """The words of the thing a calling-off verb ending at `end` acts on, up to its first small word
    ("scraps | the temporary exemption | for Ukrainian steel"): a deed ("put off | signing") is a thing of one
    word."""
    keys: set[str] = set()
    for token in claim.tokens:
        if token.start < end or not keys and fold(token.surface) in _THING_DETERMINERS:
            continue
        if token.stop:
            break
        keys.add(token.key)
    return keys


def _only_spoken_of(record: Analysis, keys: set[str]) -> bool:
    """Whether each phrase of the record that holds these keys follows a preposition ("problems with respect
    to the temporary exemption", "the benefits of this temporary exemption"): the record tells of the thing
    and does nothing to it, neither keeps nor ends it."""
    tokens = record.tokens
    found = False
    for index, token in enumerate(tokens):
        if token.key not in keys or index and tokens[index - 1].key in keys:
            continue  # a phrase is read from its first word
        found = True
        before = index - 1
        while before >= 0 and fold(tokens[before].surface) in _THING_DETERMINERS:
            before -= 1
        if before < 0 or fold(tokens[before].surface) not in _SPEAKING_OF:
            return False
        if before == index - 1 and fold(tokens[before].surface) == "to":
            return False  # "agreed to lift the ban": the "to" of a deed, not of a thing spoken of
    return found


# Words of what the claim denies that the record must state for the denial to be contradicted.
_DENIED_WORDS_STATED = 2
# Words that tell a thing in force is called off: a record sentence with one of them tells what a claim's
# "scrapped", "called off" tells, in its own words. "Unwind", "shelve", "dismantle" and "undo" call a thing off as
# surely ("has begun to unwind that agreement" / "they are continuing to implement the agreement").
_CALLING_OFF_KEYS = keys_of(["scrap", "eliminate", "remove", "revoke", "cancel", "rescind", "terminate", "=relax",
                             "=roll_back", "repeal", "reverse", "abolish", "=suspend", "=phase_out", "=wind_down",
                             "discontinue", "unwind", "shelve", "dismantle", "undo"])
# "End" calls a thing off only as a verb with an object ("ending the mandates", "will end the program"), not
# as a noun ("the end of", "in the end the", "year-end") nor a thing's own close ("the summit ended with a
# statement", "talks end on Friday"): that the thing took place.
_ENDING = re.compile(r"(?<![-\w])(?<!the\s)(?:end|ends|ended|ending)\s+"
                     r"(?!(?:of|on|in|at|with|by|up|after|before)\b)(?:the\s+|its\s+|their\s+|all\s+)?[a-z]",
                     re.IGNORECASE)


def _denied_thing_keys(claim: Analysis) -> frozenset[str]:
    """The claim's keys that can name what a denying verb denies: its
    predicate, and the words of names the lexicon does not know (a law, a
    programme); a known party or place ("=china") is not the thing."""
    return claim.predicate_keys | {key for key in claim.keys if not key.startswith("=")}


@per_check
def denying_verbs(claim: Analysis) -> frozenset[str]:
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
                 if not any(start <= match.start() < end for start, end in left_open)
                 and not _NEGATED_BEFORE.search(text, 0, match.start()))


# A negation said of the subject: "the idea of sending troops is not on the agenda", "new tariffs are not
# under consideration".
_OFF_THE_AGENDA = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:not|never)|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\s+"
    r"(?:\w+\s+)?(?:on\s+the\s+(?:agenda|table)|under\s+consideration|being\s+(?:considered|contemplated))\b",
    re.IGNORECASE)

# One of these words must be in a sentence for _OFF_THE_AGENDA to match it: a cheap test first.
_AGENDA_WORDS = re.compile(r"\b(?:agenda|table|consideration|considered|contemplated)\b", re.IGNORECASE)


@per_check
def denied_as_subject(analysis: Analysis) -> frozenset[str]:
    """The words of a subject the sentence says is not on the agenda or under consideration: what it denies,
    though no negation reaches them."""
    if not _AGENDA_WORDS.search(analysis.text):
        return frozenset()  # most sentences
    return frozenset(key for match in _OFF_THE_AGENDA.finditer(analysis.text)
                     for key in _denied_subject(analysis, match.start()))


# Marks that end a clause: a subject read backwards, the words a "non-" prefix reaches (rules.conflicts). Not
# a quotation mark, which a subject may close ("the "123 agreement" has been shelved").
CLAUSE_MARK = re.compile(r"[,;:.()]")
# Words before a denying verb that end its subject: a clause's opening ("said that", "which").
_SUBJECT_OPENERS = frozenset({"that", "said", "says", "which", "who", "and", "but", "while", "whereas", "as"})
# The same, but for a subject's own "and" or "as" ("support for the families and other groups | would be
# suspended"): what an action is done to is read back over them to the clause's opening (acted_on).
_JOINED_SUBJECT_OPENERS = _SUBJECT_OPENERS - {"and", "as"}


def _denied_subject(analysis: Analysis, start: int, openers: frozenset[str] = _SUBJECT_OPENERS) -> set[str]:
    """The content words of the subject of a denying verb at `start`, back to its clause's opening ("Talks on
    modernizing the treaty | will be put on hold"), past an aside set off by commas (", however,"); `openers`
    are the words that open it."""
    keys: set[str] = set()
    text = analysis.text
    asides = [match.span() for match in _ASIDE.finditer(text, 0, start)]
    following_start = start
    for token in reversed(analysis.tokens):
        if token.start >= start:
            continue
        if any(aside_start <= token.start < aside_end for aside_start, aside_end in asides):
            following_start = token.start
            continue
        if CLAUSE_MARK.search(text, token.end, following_start) and not any(
                aside_start <= token.end and following_start <= aside_end for aside_start, aside_end in asides):
            break
        if fold(token.surface) in openers:
            break
        following_start = token.start
        if not token.stop:
            keys.add(token.key)
            if len(keys) >= NEGATION_SCOPE:
                break
    return keys


# A denial that is itself denied: "did not rule out new sanctions", "declined to rule out", "left open the
# possibility of talks". What follows is neither done nor denied but possible, so a record that states it
# is no contradiction, and one that rules it out ("we are not going to impose sanctions") is.
_LEFT_OPEN = re.compile(
    r"\b(?:(?:not|never|refus(?:ed|es|ing)?\s+to|declin(?:ed|es|ing)?\s+to)\s+|n[’']t\s+)(?:(?:yet|be|been|publicly|"
    r"explicitly|entirely|completely|fully)\s+)*(?P<verb>rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing))\s+"
    r"|\b(?:(?:left|leave|leaves|leaving|kept|keep|keeps|keeping)\s+open\s+(?:the\s+)?"
    r"(?:possibility|option|prospect|door)\s+(?:of|to|for|that)|(?:left|leave|leaves|leaving|kept|keep|keeps|keeping)"
    r"\s+the\s+door\s+open\s+(?:to|for))\s+", re.IGNORECASE)


@per_check
def left_open_keys(analysis: Analysis) -> frozenset[str]:
    """The words of what the sentence leaves open ("did not rule out | stationing nuclear weapons")."""
    if not _LEFT_OPEN_WORDS.search(analysis.text):
        return frozenset()  # most sentences: the pattern needs one of these words
    return frozenset(key for match in _LEFT_OPEN.finditer(analysis.text) for key in _scope_after(analysis, match.end()))


_LEFT_OPEN_WORDS = re.compile(r"\b(?:rul|exclud|open)", re.IGNORECASE)


def acted_on(analysis: Analysis, token: Token) -> set[str]:
    """The content words of what an action is done to: what follows its verb ("continue our support for the
    refugees"), and for a passive verb, or one that ends its clause, its subject ("support for the refugees
    would be suspended", "support for the refugees will continue")."""
    keys = _scope_after(analysis, token.end)
    if not keys or _PASSIVE_BEFORE.search(analysis.text, 0, token.start):
        keys |= _denied_subject(analysis, token.start, _JOINED_SUBJECT_OPENERS)
    return keys


def acted_on_by(analysis: Analysis, keys: Collection[str]) -> set[str]:
    """The content words of what the text's actions of these keys are done to, all together."""
    return set().union(*(acted_on(analysis, token) for token in analysis.tokens if token.key in keys))


# Words that open another clause after the denied words ("ruled out new sanctions but kept ..."): the denial
# reaches no further, once it has reached a word.
_SCOPE_JOINERS = frozenset({"but", "while", "although", "and", "which", "who"})


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
        if mark or keys and fold(token.surface) in _SCOPE_JOINERS:
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
# A contrast after a comma ("would carry ordinary torpedoes and run on nuclear reactors, not nuclear-armed")
# denies only what follows its "not": what comes before it is told as so.
_AFFIRMED_BREAK = re.compile(rf"{_CLAUSE_BREAK.pattern}|(?<=[.!?])\s+(?=[A-Z(*\"\u201c])|,\s+(?=not\s)")


_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:but|while|although|whereas)\s")


def denied_further_on(analysis: Analysis, key: str) -> bool:
    """Whether every use of `key` follows a negation cue of its own clause (no clause mark between)."""
    uses = [token.start for token in analysis.tokens if token.key == key]
    cues = [token.end for token in analysis.tokens if is_negation_word(token)]
    # "Does not bar Jordan from imposing": the "from" of a denied holding back leaves what follows free.
    freeing = freeing_froms(analysis.tokens, fold(analysis.text)) if "from" in analysis.text else []
    return bool(uses) and all(any(cue <= use and not _CLAUSE_END.search(analysis.text, cue, use)
                                  and not any(cue <= start < use for start in freeing) for cue in cues)
                              for use in uses)


@per_check
def affirmed_keys(analysis: Analysis) -> frozenset[str]:
    """Keys of the sentence's coordinated clauses (or its window's sentences) that hold no negation."""
    clauses = _AFFIRMED_BREAK.split(analysis.text)
    if len(clauses) < 2:
        return frozenset()
    affirmed: set[str] = set()
    for clause in clauses:
        if _is_question(clause):
            continue
        part = analyze(clause)
        if not part.negated:
            affirmed |= part.keys
    return frozenset(affirmed)


@per_check
def negation_heads(analysis: Analysis) -> frozenset[str]:
    """The word each negation cue denies: the first content word after it that
    is not a light verb ("did not reach agreement" denies the agreement), and
    a light verb that is denied itself (`_denied_light_verbs`)."""
    return frozenset(denied_words(analysis.tokens)) | _denied_light_verbs(analysis.tokens)


# Prepositions that open what a verb is done with or to when the verb has no object ("worked with Germany",
# "went to Beijing").
_PREPOSITIONS_AFTER_VERB = frozenset({"with", "to", "on", "for", "at", "in", "into", "about"})


def _denied_light_verbs(tokens: list[Token]) -> frozenset[str]:
    """Light verbs a negation cue denies as verbs: the first content word after the cue, when a preposition
    follows it ("had not worked with Germany", "did not go to Beijing"). Without an object after it, the verb
    is the deed denied; read past it, the head would be only the name after the preposition, and a sentence
    that names that party in a negation of its own ("... will not move forward" after "worked with Germany")
    would seem to deny the same thing."""
    denied = set()
    for scope in negation_scopes(tokens):
        position = next((i for i, other in enumerate(scope) if not other.stop), None)
        if position is None or not is_light(scope[position].key) or position + 1 >= len(scope):
            continue
        if fold(scope[position + 1].surface) in _PREPOSITIONS_AFTER_VERB:
            denied.add(scope[position].key)
    return frozenset(denied)


def opposites_of(key: str) -> frozenset[str]:
    """The keys of the opposite actions of a claim key."""
    return lexicon().opposites.get(key, frozenset())


# Keeping a thing in force ("keep the benefits", "the tariff remains in effect", "will continue the
# program") and calling it off ("may rescind the benefits", "revoked", "brings to an end") are opposite
# actions whichever word of each class a writer picks: a list of pairs misses "keep" / "rescind" as soon as
# the lexicon has "keep" / "eliminate". Resuming a thing ("agreed to restart the working group") sets it going
# again: against winding it down or cancelling it, it is a keeping.
_MAINTAINING_KEYS = keys_of(["=maintain"])
_REMAINING_KEYS = keys_of(["=remain_in_effect"])
# Putting a thing back in force ("reinstates the order") and upholding it keep it as resuming does; pressing ahead
# with it ("pressed ahead with the planned withdrawal") keeps it going.
_KEEPING_KEYS = keys_of(["continue", "=resume", "reinstate", "uphold", "=press_ahead"]) | _MAINTAINING_KEYS \
    | _REMAINING_KEYS
# Stopping a deed told with "cease" or "pause" ("ceased its patrols of the strait", "the cessation of the raids",
# "paused the shipments") is calling it off as "stop" and "halt" are: against maintaining, resuming or keeping it
# up, not only against the lexicon's "continue".
_CALLING_OFF_ACTIONS = _CALLING_OFF_KEYS | keys_of(["stop", "end", "cease", "cessation", "pause"])


# Growing a thing ("deepened our cooperation", "the extension of the three offices", "will increase support")
# and shrinking it ("phase down their cooperation", "wind down the offices", "scale back support") are
# opposite directions whichever word of each a writer picks; like the classes above, only when both are seen
# acting on the same thing (class_opposite_on_another_thing). Words, read as the analysis keys them (phrasal
# actions are one key).
# Raising a level and lowering it are the same two directions ("will raise the tariff on steel" / "will cut the
# tariff on steel", "enlarge the quota" / "shrink the quota"): the lexicon pairs few of these words with each other.
# The phrasal "ramp up" and "scale up" and the news words "hike" and "slash" are as common. Not "draw down": the
# record's "drawdown" of defense articles is a transfer of them, which shrinks nothing the claim speaks of.
_GROWING_WORDS = ("increase", "expand", "deepen", "strengthen", "step up", "bolster", "boost", "intensify",
                  "extension", "renew", "raise", "heighten", "enlarge", "accelerate", "ramp up", "scale up", "hike")
_SHRINKING_WORDS = ("scale back", "wind down", "phase down", "cut back", "curtail", "weaken", "reduce", "lower",
                    "shrink", "diminish", "decrease", "slow", "slash")


# Letting a thing be done ("will allow the sale", "approved the transfer", "granted the licences") and keeping it
# from being done ("will prohibit the sale", "blocked the transfer", "denied the licences") are opposite
# actions whichever word of each a writer picks: the lexicon pairs only some of them (allow / ban, forbid /
# permit, approve / veto). "Bar" and "licence" are left out: mostly nouns in the record's prose.
_PERMITTING_WORDS = ("allow", "permit", "authorize", "approve", "grant")
_FORBIDDING_WORDS = ("prohibit", "forbid", "ban", "block", "deny", "veto", "outlaw")
# Loosening a measure ("will remove the arms embargo", "waives the fee", "streamlining import licences") and
# tightening it ("will tighten the arms embargo", "impose the fee") likewise: "lift", "ease" and "loosen" are
# one alias group ("=relax"), "tighten" and "restrict" another ("=restrict"). Simplifying a rule loosens it.
_LOOSENING_WORDS = ("relax", "remove", "waive", "streamline", "simplify")
_TIGHTENING_WORDS = ("restrict", "impose", "toughen", "stiffen")
# Speaking well of a party or a deed ("thanked Ostland for its efforts to move grain", "expressed appreciation for")
# and finding fault with it ("faulted Ostland for holding up grain", "denounced") likewise: the lexicon pairs
# only praise, commend and welcome with criticize, condemn, rebuke.
_PRAISING_WORDS = ("praise", "commend", "applaud", "hail", "laud", "thank", "appreciation", "appreciate",
                   "gratitude", "welcome")
_FAULTING_WORDS = ("criticize", "condemn", "denounce", "rebuke", "fault", "blame", "chide", "scold", "deplore",
                   "decry")
# Assenting to a thing ("concurred with the proposal", "accepted the offer", "endorsed the plan") and refusing it
# ("rejected the proposal", "turned down the offer", "opposed the plan") likewise: the lexicon pairs agree and accept
# with refuse and reject, support with oppose, not across them. "Approve" and "veto" are the permitting and
# forbidding classes' already; "back" is left out, mostly a word of place in the record's prose ("back to").
_ASSENTING_WORDS = ("concur", "agree", "accept", "endorse")
_REFUSING_WORDS = ("reject", "refuse", "turn down", "oppose")
# Setting a thing up ("the fund established by the council", "launched the initiative") and doing away with it
# ("canceled by the council", "disbanded the task force") likewise; the lexicon pairs only establish with abolish
# and dissolve, launch with cancel. "Found" is left out: it is the past of "find".
_CREATING_WORDS = ("establish", "create", "set up", "launch")
_DOING_AWAY_WORDS = ("cancel", "abolish", "scrap", "disband", "dissolve", "terminate")


def _keyed(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(analyze(word).tokens[0].key for word in words)


@lru_cache(maxsize=1)
def _direction_classes() -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the growing and the shrinking words (_GROWING_WORDS, _SHRINKING_WORDS)."""
    return _keyed(_GROWING_WORDS), _keyed(_SHRINKING_WORDS)


@lru_cache(maxsize=1)
def _class_pairs() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each pair of classes whose every word is the opposite of every word of the other, by the first class's
    name: growing against shrinking, permitting against forbidding, loosening against tightening, praising
    against faulting, assenting against refusing, creating against doing away with."""
    return {"growing": _direction_classes(),
            "permitting": (_keyed(_PERMITTING_WORDS), _keyed(_FORBIDDING_WORDS)),
            "loosening": (_keyed(_LOOSENING_WORDS), _keyed(_TIGHTENING_WORDS)),
            "praising": (_keyed(_PRAISING_WORDS), _keyed(_FAULTING_WORDS)),
            "assenting": (_keyed(_ASSENTING_WORDS), _keyed(_REFUSING_WORDS)),
            "creating": (_keyed(_CREATING_WORDS), _keyed(_DOING_AWAY_WORDS))}


@lru_cache(maxsize=1)
def _opposed_classes() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Every pair of `_class_pairs`."""
    return tuple(_class_pairs().values())


@lru_cache(maxsize=4_096)
def opposites_with_class(key: str) -> frozenset[str]:
    """The keys of the opposite actions of a claim key: the lexicon's pairs, and across the pairs of classes
    above, every word of one against every word of the other. Only the contest detector reads the
    classes: the lexicon's pairs alone tell which words state the same action (verdicts._states_action)."""
    found = opposites_of(key)
    for one, other in _opposed_classes():
        if key in one:
            found = found | other
        elif key in other:
            found = found | one
    if key in _KEEPING_KEYS:
        return found | _CALLING_OFF_ACTIONS
    if key in _CALLING_OFF_ACTIONS:
        return found | _KEEPING_KEYS
    return found


# A thing said to be "no longer" in force ("the baseline tariff no longer applies", "the waiver is no longer in
# effect") is said to have ended: a record that keeps the same thing in force ("remains in effect", "will
# continue", "maintains") says it has not, though neither denies the other's word.
_NO_LONGER_IN_FORCE = re.compile(
    r"\bno\s+longer\s+(?:(?:be|is|are|being)\s+)?(?:appl(?:y|ies|ied)|in\s+(?:effect|force|place)|valid|exists?)\b",
    re.IGNORECASE)


def ended_but_kept(claim: Analysis, record: Analysis) -> frozenset[str]:
    """The claim's words of a thing's end ("no longer applies") when the record keeps that very thing in force:
    the claim's subject, its head word among them, shares at least T.CLASS_OPPOSITE_SHARED_WORDS words of the
    thing (not a known party or place) with what the record's undenied keeping word keeps (`_kept_things`).
    Empty otherwise."""
    if "longer" not in claim.negated or not _KEEPING_KEYS & (record.keys - record.negated):
        return frozenset()  # most pairs
    kept = _kept_things(record)
    for match in _NO_LONGER_IN_FORCE.finditer(claim.text):
        subject = [token for token in claim.tokens if token.end <= match.start() and not token.stop
                   and token.key in _denied_subject(claim, match.start(), _JOINED_SUBJECT_OPENERS)]
        if not subject:
            continue
        ours = {token.key for token in subject} & _denied_thing_keys(claim)
        head = subject[-1].key
        if any(head in theirs and len(ours & theirs) >= T.CLASS_OPPOSITE_SHARED_WORDS for theirs in kept):
            return frozenset(token.key for token in claim.tokens if match.start() <= token.start < match.end())
    return frozenset()


# "Continues" keeps its subject in force only alone or before "to apply" ("the tariff continues to apply"), not
# before another deed ("will continue to review timber imports": the review goes on).
_CONTINUES_IN_FORCE = re.compile(r"\s*(?:$|[,;.]|to\s+(?:apply|be\s+in\s+(?:effect|force|place))\b)", re.IGNORECASE)


def _kept_things(record: Analysis) -> list[set[str]]:
    """The words of each thing the record keeps in force: the subject of "remains in effect" or of "continues"
    alone, what follows "maintains"."""
    things = []
    for token in record.tokens:
        if token.key not in _KEEPING_KEYS or token.key in record.negated:
            continue
        if token.key in _MAINTAINING_KEYS:
            things.append(_scope_after(record, token.end))
        elif token.key in _REMAINING_KEYS or _CONTINUES_IN_FORCE.match(record.text, token.end):
            things.append(_denied_subject(record, token.start, _JOINED_SUBJECT_OPENERS))
    return things


def _kindred_actions(key: str) -> frozenset[str]:
    """The key with the other words of its classes (keeping or calling off, and each class of
    `_opposed_classes`), which tell the same action."""
    kindred = frozenset({key})
    for kind in (_KEEPING_KEYS, _CALLING_OFF_ACTIONS, *(kind for pair in _opposed_classes() for kind in pair)):
        if key in kind:
            kindred |= kind
    return kindred


# Words before a bare verb: "to lift", "will resume", "did not expand", "we oppose".
VERB_CUES = frozenset({"to", "will", "would", "shall", "should", "must", "can", "could", "may", "might", "not",
                       "never", "cannot", "did", "do", "does", "we", "they", "i", "you"})
INFLECTED = re.compile(r"(?:ed|ing|s|ions?|ment|ance|ence)$")


# A phrase that dates the sentence's deed by another event it names as known: "before the expanded meeting",
# "after their talks", "ahead of the summit". The event is the deed's time, taken as given, not the point told
# of it; an event the sentence introduces ("after a visit of barely ten hours") is part of what it tells.
_DATING_PHRASE = re.compile(r"\b(?:before|after|during|following|ahead\s+of|prior\s+to)\s+"
                            r"(?=(?:the|their|his|her|its|this|that|these|those)\s)", re.IGNORECASE)


@per_check
def only_dating_keys(analysis: Analysis) -> frozenset[str]:
    """The keys the sentence writes only inside phrases that date its deed by another event ("spent an hour
    alone before the expanded meeting": the meeting)."""
    if not _DATING_PHRASE.search(analysis.text):
        return frozenset()  # most sentences
    inside: set[int] = set()
    for match in _DATING_PHRASE.finditer(analysis.text):
        # The event's own words: its determiner, then up to DATING_EVENT_MAX_WORDS words before the first
        # small word or mark ("ahead of the visit | that Washington had lifted ...").
        words = 0
        previous_end = match.end()
        for index, token in enumerate(analysis.tokens):
            if token.start < match.end() or words == 0 and fold(token.surface) in _THING_DETERMINERS:
                continue
            if token.stop or words >= T.DATING_EVENT_MAX_WORDS \
                    or CLAUSE_MARK.search(analysis.text, previous_end, token.start):
                break
            inside.add(index)
            words += 1
            previous_end = token.end
    keys = [(index in inside, token.key) for index, token in enumerate(analysis.tokens) if not token.stop]
    return frozenset(key for dating, key in keys if dating) - {key for dating, key in keys if not dating}


# A sentence of a window, or of a text the splitter left whole, with its final mark.
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+|$)")


def only_asked(analysis: Analysis, keys: Collection[str]) -> bool:
    """Whether every use of these keys is in a question ("Why should these cars be allowed to operate here
    without safeguards?"): a question asks, and tells no deed done."""
    uses = [token.start for token in analysis.tokens if token.key in keys]
    if not uses or "?" not in analysis.text:
        return False
    asked = [match.span() for match in _SENTENCE.finditer(analysis.text)
             if _is_question(match.group())]
    return all(any(start <= use < end for start, end in asked) for use in uses)


def _is_question(text: str) -> bool:
    """Whether the clause or sentence asks: a question mark ends it, before any closing quotation mark or
    bracket."""
    return text.rstrip(" \"'\u201d)").endswith("?")


# A clause that supposes ("if talks collapse", "unless Congress acts", "should the PRC fail to take adequate
# steps", "were Moscow to invade") weighs a deed without telling it done or denied: its words are neither side of
# a negation. It runs from its opening word to the next clause mark; "should" opens one only inverted, before its
# subject at the head of a sentence or clause ("should the PRC fail to ..." but not "the PRC should take"), and so
# does "had" (below).
_SUPPOSING = re.compile(r"\b(?:if|unless|in\s+(?:the\s+event|case))\b|(?:^|[,;:(]\s*)(?:should|were)\s+"
                        r"(?=(?:the|a|an|any|it|they|he|she|we|(?-i:[A-Z])\w*)\s)"
                        # "(he said that) had the ferry stayed, the storm would have ...": an inverted "had"
                        # supposes only before its subject, a comma and a "would have" that tells what then
                        # follows, not in "the company that had the contract".
                        r"|(?:^|[,;:(]\s*|\bthat\s+)had\s+(?=(?:the|a|an|any|it|they|he|she|we|(?-i:[A-Z])\S*)\s"
                        r"[^,;]{0,60},[^;]*\b(?:would|could|might)\s+(?:not\s+|never\s+)?have\b)", re.IGNORECASE)
# Where a supposing clause ends: a clause mark, but not the point of an initial ("had U.S. troops stayed", "if the
# E.U. acts"), which ends nothing.
_SUPPOSING_END = re.compile(r"[,;:()]|(?<!\b[A-Z])\.")
# "Unless, within 90 days, the President publishes a notice": an aside between commas right after the opening
# word, which the clause runs past.
_ASIDE_FIRST = re.compile(r"\s*,[^,;.]*,")
# A thing supposed absent in a clause that tells what would then happen: "Without the order, the curfew
# would have ended". The phrase up to its comma is the supposition, "without" with it.
_SUPPOSED_WITHOUT = re.compile(r"(?:^|[;:(]\s*)without\b[^,;.]*,(?=[^.;]*\b(?:would|could|might)\b)",
                               re.IGNORECASE)


@per_check
def _supposing_spans(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's supposing clauses, each from its opening word to the next clause mark."""
    text = analysis.text
    spans = [match.span() for match in _SUPPOSED_WITHOUT.finditer(text)]
    for match in _SUPPOSING.finditer(text):
        aside = _ASIDE_FIRST.match(text, match.end())
        end = _SUPPOSING_END.search(text, aside.end() if aside else match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return tuple(spans)


def _all_supposed(analysis: Analysis, positions: list[int]) -> bool:
    spans = _supposing_spans(analysis)
    return bool(positions and spans) and all(any(start <= at < end for start, end in spans) for at in positions)


def only_supposed(analysis: Analysis, keys: Collection[str]) -> bool:
    """Whether every use of these keys lies in a clause that supposes (`_SUPPOSING`)."""
    return _all_supposed(analysis, [token.start for token in analysis.tokens if token.key in keys])


def denies_with_a_negation_word(analysis: Analysis) -> bool:
    """Whether the sentence holds a negation word ("not", "never", "nothing"), not only verbs of holding back."""
    return any(is_negation_word(token) for token in analysis.tokens)


def denies_only_in_supposing(analysis: Analysis) -> bool:
    """Whether every negation word of the sentence lies in a clause that supposes ("If operators do not publish
    their fares, the board sets a ceiling on those fares"): it supposes a denial and denies nothing."""
    return _all_supposed(analysis, [token.start for token in analysis.tokens if is_negation_word(token)])


# Verbs whose object is kept from happening: "prevent the spread of the virus", "avoid unilateral moves", "avert
# a strike". Not "keep", whose object is kept in force ("keep the tariff"), unless a "from" follows (normalize).
_HOLDING_OFF_VERBS = PREVENTING_VERBS - {"keep", "keeps", "keeping", "kept"} | {
    "avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting"}


@per_check
def held_off_keys(analysis: Analysis) -> frozenset[str]:
    """The keys the sentence writes only as what a verb of holding back keeps from happening ("to prevent the
    spread of COVID-19 in shelters"), to the end of its clause and T.HELD_OFF_REACH content words: such a
    sentence tells the thing not done, as "keep COVID-19 from spreading" does."""
    if not any(fold(token.surface) in _HOLDING_OFF_VERBS for token in analysis.tokens):
        return frozenset()  # most sentences
    held: set[int] = set()
    for index, token in enumerate(analysis.tokens):
        if fold(token.surface) not in _HOLDING_OFF_VERBS:
            continue
        counted = 0
        previous_end = token.end
        for position in range(index + 1, len(analysis.tokens)):
            following = analysis.tokens[position]
            if counted >= T.HELD_OFF_REACH or _CLAUSE_END.search(analysis.text, previous_end, following.start):
                break
            previous_end = following.end
            if not following.stop:
                held.add(position)
                counted += 1
    keys = [(index in held, token.key) for index, token in enumerate(analysis.tokens) if not token.stop]
    return frozenset(key for inside, key in keys if inside) - {key for inside, key in keys if not inside}


# Negations that stand for a thing, a person or a share of them ("nothing", "nobody", "not everyone"): the words
# of an "in" or "of" phrase right after one name where it is sought ("Nothing in either memorandum creates any
# right", "Not everyone in the hemisphere has done that", "asking nothing of the countries"), not what is denied.
_DENYING_PRONOUNS = frozenset({"nothing", "none", "nobody", "everyone", "everybody", "anyone", "anybody"})
_DOMAIN_PREPOSITIONS = frozenset({"in", "of", "among", "within", "across"})
# Small words a domain's noun phrase may hold ("in either memorandum", "of the countries ... and").
_WITHIN_A_DOMAIN = frozenset({"the", "a", "an", "either", "both", "any", "all", "its", "their", "this", "these",
                              "those", "that", "his", "her", "our", "or", "and", "else"})


@per_check
def _domain_positions(analysis: Analysis) -> frozenset[int]:
    """The positions of the content words of each denying pronoun's domain (`_DENYING_PRONOUNS`): the noun of its
    "in" or "of" phrase, with what "or" or "and" joins to it and a participle's phrase after it ("of the countries
    receiving doses"), up to the verb ("Nothing in the order | changes the tariffs") or a clause mark."""
    tokens = analysis.tokens
    positions: set[int] = set()
    for index, token in enumerate(tokens[:-1]):
        word = fold(token.surface)
        if word == "one" and index and fold(tokens[index - 1].surface) == "no":
            pass  # "no one in the room"
        elif word not in _DENYING_PRONOUNS:
            continue
        elif word not in ("nothing", "none", "nobody") and not (index and is_negation_word(tokens[index - 1])):
            continue  # "everyone in the room" denies nothing without a "not" before it
        if fold(tokens[index + 1].surface) not in _DOMAIN_PREPOSITIONS:
            continue
        previous_end = tokens[index + 1].end
        last_content: str | None = None
        joined = False
        for position in range(index + 2, len(tokens)):
            other = tokens[position]
            surface = fold(other.surface)
            if CLAUSE_MARK.search(analysis.text, previous_end, other.start):
                break
            if other.stop:
                if surface not in _WITHIN_A_DOMAIN:
                    break
                joined = joined or surface in ("or", "and")
            else:
                if last_content is not None and not (joined or surface.endswith("ing") or surface == "else"
                                                     or last_content.endswith("ing")):
                    break  # the verb the domain is the subject of: "Nothing in the order | changes the tariffs"
                positions.add(position)
                last_content, joined = surface, False
            previous_end = other.end
    return frozenset(positions)


def only_in_a_denied_domain(analysis: Analysis, key: str) -> bool:
    """Whether every use of `key` that a negation reaches names where a denying pronoun's nothing or nobody is
    sought ("Nothing in either memorandum ... creates any right": the memorandum is not denied)."""
    if not _domain_positions(analysis):
        return False  # most sentences
    tokens = analysis.tokens
    reached = negated_positions(tokens, fold(analysis.text), range(len(tokens)))
    uses = [index for index in reached if tokens[index].key == key]
    return bool(uses) and set(uses) <= _domain_positions(analysis)


# A negation of a negation asserts: "must not go without consequence" is "must have consequences", "will not leave
# without the hostages" leaves with them. The "without" stands within T.DOUBLE_NEGATION_REACH words after the
# verbal negation.
_VERBAL_CUE = re.compile(r"(?:not|never|cannot|\w+n't)")


def _doubly_negating_cues(analysis: Analysis) -> frozenset[int]:
    """The positions of each verbal negation followed closely by a "without" in its clause, and of that
    "without": the two cancel ("must not go without consequence")."""
    tokens = analysis.tokens
    cues: set[int] = set()
    for index, token in enumerate(tokens):
        if not _VERBAL_CUE.fullmatch(fold(token.surface)):
            continue
        for position in range(index + 1, min(len(tokens), index + 1 + T.DOUBLE_NEGATION_REACH)):
            if CLAUSE_MARK.search(analysis.text, tokens[position - 1].end, tokens[position].start):
                break
            if fold(tokens[position].surface) == "without":
                cues |= {index, position}
                break
    return frozenset(cues)


def asserted_by_a_double_negation(analysis: Analysis, key: str) -> bool:
    """Whether every use of `key` a negation reaches is reached only by a negation that a second one cancels
    ("The abuses must not go without consequence" asserts the consequence)."""
    if "without" not in analysis.text.lower():
        return False  # most sentences
    doubled = _doubly_negating_cues(analysis)
    if not doubled:
        return False
    tokens = analysis.tokens
    folded = fold(analysis.text)
    cues = [index for index, token in enumerate(tokens) if is_negation_word(token)]
    denying = negated_positions(tokens, folded, [index for index in cues if index not in doubled])
    uses = [index for index in negated_positions(tokens, folded, cues) if tokens[index].key == key]
    return bool(uses) and not any(index in denying for index in uses)


# A degree no one could pass asserts the highest: "I couldn't agree more with the President", "we could not be
# more proud of the alliance", "I can't thank you enough", "we cannot overstate the importance of": praise,
# agreement and stress, not their denial.
_HIGHEST_DEGREE = re.compile(
    r"\b(?:could\s+not|couldn[\u2019']t|can\s*not|can[\u2019']t)\s+(?:agree\s+more|(?:have\s+)?been\s+more|be\s+more|"
    r"(?:thank|stress|emphasi[sz]e)\s+(?:[\w\u2019'-]+\s+){0,6}?enough|overstate|overemphasi[sz]e|exaggerate)\b",
    re.IGNORECASE)


def asserted_by_degree(analysis: Analysis, key: str) -> bool:
    """Whether every use of `key` a negation reaches is reached only by a negation of a degree that asserts
    ("I couldn't agree more with what the President said": the President's words are agreed with)."""
    text = analysis.text
    spans = [match.span() for match in _HIGHEST_DEGREE.finditer(text)]
    if not spans:
        return False  # most sentences
    tokens = analysis.tokens
    folded = fold(text)
    cues = [index for index, token in enumerate(tokens) if is_negation_word(token)]
    asserting = {index for index in cues if any(start <= tokens[index].start < end for start, end in spans)}
    denying = negated_positions(tokens, folded, [index for index in cues if index not in asserting])
    uses = [index for index in negated_positions(tokens, folded, cues) if tokens[index].key == key]
    return bool(asserting) and bool(uses) and not any(index in denying for index in uses)


# A purpose clause states an aim: "so that city funds do not pour money into rival firms", "to ensure foreign
# countries are not engaged in practices that undercut prices". Its negation denies no deed done; the aim
# presupposes the deed may be happening, so a sentence telling it is no flipped polarity. The negation stands within
# T.PURPOSE_NEGATION_REACH words of the opener, in its clause.
# Not after a verb of committing: "Malaysia has committed to ensure no restrictions are imposed" is the commitment
# itself, a deed the claim may deny ("leaves Malaysia free to restrict sales").
_PURPOSE_OPENER = re.compile(r"(?<!committed\s)(?<!commits\s)(?<!commit\s)(?<!agreed\s)(?<!agrees\s)(?<!agree\s)"
                             r"(?<!pledged\s)(?<!pledges\s)(?<!promised\s)(?<!vowed\s)(?<!undertook\s)"
                             r"(?<!undertakes\s)(?<!intends\s)(?<!intend\s)"
                             r"\b(?:so\s+that|in\s+order\s+that|to\s+(?:ensure|make\s+sure|guarantee))\b"
                             r"(?:\s+that)?", re.IGNORECASE)


# What tells an aim on the other side: a purpose clause, or a verb of making sure ("ensures that plans invest").
_AIMING = re.compile(r"\b(?:so\s+that|in\s+order\s+(?:that|to)|ensur(?:e|es|ed|ing)|make\s+sure|"
                     r"guarantee(?:s|d)?)\b", re.IGNORECASE)


def only_aimed_at(analysis: Analysis, other: Analysis, key: str) -> bool:
    """Whether every use of `key` a negation reaches is reached only by a negation of a purpose clause ("so that
    city funds do not pour money into companies from rival nations": the firms are not denied), and the other
    sentence tells no aim or demand of its own that reaches the word ("so that city funds pour money into ...",
    "must invest in ..."): an aim against the opposite aim is a flipped polarity still."""
    aims = [match.end() for pattern in (_AIMING, _EXHORTING) for match in pattern.finditer(other.text)]
    if any(key in _scope_after(other, end) for end in aims):
        return False
    text = analysis.text
    openers = [match.end() for match in _PURPOSE_OPENER.finditer(text)]
    if not openers:
        return False  # most sentences
    tokens = analysis.tokens
    cues = [index for index, token in enumerate(tokens) if is_negation_word(token)]
    aiming = set()
    for index in cues:
        for end in openers:
            between = [token for token in tokens if end <= token.start < tokens[index].start]
            if end <= tokens[index].start and len(between) <= T.PURPOSE_NEGATION_REACH \
                    and not CLAUSE_MARK.search(text, end, tokens[index].start):
                aiming.add(index)
    if not aiming:
        return False
    folded = fold(text)
    denying = negated_positions(tokens, folded, [index for index in cues if index not in aiming])
    uses = [index for index in negated_positions(tokens, folded, cues) if tokens[index].key == key]
    return bool(uses) and not any(index in denying for index in uses)


# Words that set aside what follows them without a negation word: "Hamas out of power" (the record's "without Hamas
# in power"), "an alternative to migrants relying on smugglers" ("without relying on smugglers"), "contrasting it
# with indiscriminate tariffs" ("rather than applying indiscriminate tariffs"), "ignoring the request" ("refusing
# to take up the request"), "disincentives to choose careers" ("discourages them from choosing"), "prevents
# consideration of the areas" ("cannot be considered"). Not "stop doing": "agreed to stop supplying arms" is an
# undertaking, which a record's "that China not become supportive" does not state.
_SETTING_ASIDE = re.compile(
    r"\b(?:out\s+of\s+(?=(?:power|office|government)\b)|alternatives?\s+to|contrast(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|"
    r"disincentives?|prevent(?:s|ed|ing)?|prohibit(?:s|ed|ing)?)\b", re.IGNORECASE)
# Words of setting aside or holding back that a negation may deny: "never agreed to ban imports of goods" says the
# goods are not banned, which "a prohibition on the importation of goods" contradicts on the goods themselves.
_HOLDING_BACK = re.compile(r"\b(?:ban|bans|banned|banning|bar|bars|barred|barring|block(?:s|ed|ing)?|"
                           r"restrict(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forbid(?:s|den)?|"
                           r"stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|ignor(?:e|es|ed|ing))\b",
                           re.IGNORECASE)


def denies_a_holding_back(analysis: Analysis, key: str) -> bool:
    """Whether a negation that reaches `key` reaches a word of holding back before it ("never agreed to ban imports
    of goods"): the sentence then says the thing is not held back, and a word of setting aside on the other side
    disagrees with it rather than agreeing."""
    tokens = analysis.tokens
    folded = fold(analysis.text)
    for index, token in enumerate(tokens):
        if not is_negation_word(token):
            continue
        reached = sorted(negated_positions(tokens, folded, [index]))
        keyed = [position for position in reached if tokens[position].key == key]
        if keyed and any(_HOLDING_BACK.fullmatch(fold(tokens[position].surface))
                         for position in range(index + 1, keyed[0])):
            return True
    return False


def set_aside_alike(analysis: Analysis, key: str) -> bool:
    """Whether every use of `key` in a sentence that does not negate it follows a word that sets it aside
    (`_SETTING_ASIDE`), in its clause, within T.SET_ASIDE_REACH content words: the sentence says the "no" the other
    side's negation says ("Hamas out of power" / "without Hamas in power"). The setting-aside word itself is the
    deed and stays a flipped polarity ("did not ignore the request" / "ignored the request")."""
    text = analysis.text
    reaches = [_reach_in_clause(analysis, match.end()) for match in _SETTING_ASIDE.finditer(text)]
    if not reaches:
        return False  # most sentences
    uses = [index for index, token in enumerate(analysis.tokens) if token.key == key]
    return bool(uses) and all(any(index in reach for reach in reaches) for index in uses)


def _reach_in_clause(analysis: Analysis, start: int) -> set[int]:
    """The positions of the first T.SET_ASIDE_REACH content words after `start`, within its clause."""
    positions: set[int] = set()
    previous_end = start
    for index, token in enumerate(analysis.tokens):
        if token.start < start:
            continue
        if _DENIAL_CLAUSE_MARK.search(analysis.text, previous_end, token.start):
            break
        previous_end = token.end
        if not token.stop:
            positions.add(index)
            if len(positions) >= T.SET_ASIDE_REACH:
                break
    return positions
