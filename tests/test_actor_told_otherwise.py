"""Who did it, read as the record writes it: a verb after "and" shares the subject of the verb before it
("met with the Prime Minister of Japan and reaffirmed": the President reaffirmed), a list of departments
names each by its head word ("Agriculture" for "the Department of Agriculture"), a government's "the
President" is the day's holder, a leader's country stands for the leader and the leader for the country
("Russia's invasion" / "Putin's invasion"; not the publisher's own country), a given name the record leaves
out of a name it states is no other person, and a surname the lexicon does not know opening the claim
("Halvorsen reiterated") is a doer the record may give the deed to another. Constructed sentences and
publications; no mocks."""

from __future__ import annotations

from datetime import UTC, datetime

from db.index import SentenceHit
from verifier.alignment import name_swaps
from verifier.evidence import Candidate, coverage_of
from verifier.normalize import analyze, fold, has_whole_phrase, lexicon
from verifier.rules.codes import ACTOR_MISMATCH, Conflict
from verifier.rules.conflicts import find_conflicts
from verifier.rules.parties import absent_party
from verifier.rules.speakers import said_by_another_party, subjects_of
from verifier.verdicts import _outstated, _states


def _candidate(claim, sentence: str, title: str = "Readout of a Meeting", sentence_id: int = 5) -> Candidate:
    hit = SentenceHit(sentence_id=sentence_id, readout_id=sentence_id, position=0, start=0, end=len(sentence),
                      text=sentence, speaker=None, is_evidence=True, rank=0.0,
                      url="https://example.gov/publication", title=title,
                      source="whitehouse", side="us-government", kind="statement",
                      published=datetime(2023, 6, 14, 15, tzinfo=UTC), published_text="June 14, 2023")
    weights = {key: 1.0 for key in claim.keys}
    analysis = analyze(sentence)
    return Candidate((hit,), analysis, coverage_of(claim, weights, analysis), in_window=True)


def _publication(text: str, claim):
    """Whether the publication's text names a key: any of its lexicon variants, else as the claim writes it
    (checking.PublicationText.mentions)."""
    folded = fold(text)
    return lambda readout_id, key: any(
        has_whole_phrase(folded, variant) for variant in lexicon().variants.get(key)
        or ([fold(claim.surfaces[key]).removesuffix("'s")] if key in claim.surfaces else []))


def test_a_verb_after_and_keeps_the_subject_of_the_verb_before_it():
    claim = analyze("Biden reaffirmed the enduring alliance between Washington and Tokyo.")
    joined = _candidate(claim, "President Biden met this morning with Prime Minister Kishida of Japan and "
                               "reaffirmed the enduring alliance between the United States and Japan.")
    assert said_by_another_party(claim, subjects_of(claim), joined).reasons == ()
    # The Prime Minister himself reaffirming it is still another party's deed.
    other = _candidate(claim, "Prime Minister Kishida reaffirmed the enduring alliance between the United "
                              "States and Japan.")
    assert said_by_another_party(claim, subjects_of(claim), other).reasons == (ACTOR_MISMATCH,)


def test_a_department_listed_by_its_head_word_is_the_department():
    record = analyze("The Department of Health and Human Services (HHS), the U.S. Department of Agriculture "
                     "(USDA), and the Department of Defense (DOD) will coordinate the shipments of relief "
                     "supplies to the region.")
    listed = analyze("Three departments — Health and Human Services, Agriculture and the Pentagon — will "
                     "coordinate the shipments of relief supplies to the region.")
    assert name_swaps(listed, record) == []
    assert ACTOR_MISMATCH not in find_conflicts(listed, record).reasons
    # A department the record does not list is still another one.
    other = analyze("Three departments — Health and Human Services, Interior and the Pentagon — will "
                    "coordinate the shipments of relief supplies to the region.")
    assert ACTOR_MISMATCH in find_conflicts(other, record).reasons


def test_a_country_is_named_by_its_leader_and_the_leader_by_the_country():
    claim = analyze("Russia's invasion had exposed the need to diversify energy supplies.")
    sentence = "has further exposed the need to diversify energy supplies."
    candidate = _candidate(claim, sentence, "Remarks by the President")
    named = "Remarks by the President. And now, Putin's brutal invasion " + sentence
    assert absent_party(claim, candidate, _publication(named, claim), None).reasons == ()
    silent = "Remarks by the President. And now, the brutal invasion " + sentence
    assert absent_party(claim, candidate, _publication(silent, claim), None).reasons == (ACTOR_MISMATCH,)

    leader = analyze("Biden welcomed Prime Minister Netanyahu's decision to open the crossing for aid "
                     "trucks.")
    country = "I welcome the decision Israel has made to open the crossing for aid trucks."
    candidate = _candidate(leader, country, "Statement from President Joe Biden on the Crossing")
    text = "Statement from President Joe Biden on the Crossing. " + country
    assert absent_party(leader, candidate, _publication(text, leader), None).reasons == ()
    # A minister the offices list does not know is no leader of the country the sentence names.
    minister = analyze("Biden welcomed Minister Dorfmann's decision to open the crossing for aid trucks.")
    assert absent_party(minister, candidate, _publication(text, minister), None).reasons == (ACTOR_MISMATCH,)
    # The publisher's own country is its government, which names its leader when he acts.
    own = analyze("Trump welcomed the decision to open the crossing for aid trucks.")
    ours = "The United States welcomes the decision to open the crossing for aid trucks."
    candidate = _candidate(own, ours, "Statement on the Crossing")
    publication = _publication("Statement on the Crossing. " + ours, own)
    assert absent_party(own, candidate, publication, None).reasons == (ACTOR_MISMATCH,)


def test_a_given_name_left_out_is_the_same_person():
    claim = analyze("Biden welcomed Prime Minister Benjamin Netanyahu's decision to open the crossing.")
    support = analyze("I welcome the decision Prime Minister Netanyahu has made to open the crossing.")
    conflict = Conflict((ACTOR_MISMATCH,), frozenset({"=netanyahu", "benjami"}))
    assert _states(claim, support, conflict, given_names=True)
    other = analyze("I welcome the decision Prime Minister Lapid has made to open the crossing.")
    assert not _states(claim, other, conflict, given_names=True)


def test_the_presidents_own_government_names_him_by_his_title():
    claim = analyze("Biden would welcome a conversation on fertilizer supplies with Ruto.")
    contest = _candidate(claim, "Vice President Harris welcomed a deeper conversation on space cooperation "
                                "and thanked President Ruto for Kenya's leadership on fertilizer supplies.")
    conflict = find_conflicts(claim, contest.analysis)
    assert conflict.reasons == (ACTOR_MISMATCH,)
    # A White House sentence's "the President" is the day's holder: it states the claim's name, and more
    # closely than the Vice President's sentence states anything of the claim.
    support = _candidate(claim, "With respect to trade, I expect the President would welcome a conversation "
                                "on fertilizer supplies with President Ruto.", sentence_id=9)
    assert _outstated(claim, (contest, conflict), [support])
    # Another's title names someone else.
    envoy = _candidate(claim, "With respect to trade, I expect the Special Envoy would welcome a conversation "
                              "on fertilizer supplies with President Ruto.", sentence_id=9)
    assert not _outstated(claim, (contest, conflict), [envoy])


def test_a_surname_opening_the_sentence_does_what_the_record_gives_another():
    record = analyze("The two discussed the harbour dispute, and Mr. Sullivan reiterated that a negotiated "
                     "settlement remains the surest path to a lasting calm.")
    claim = analyze("Halvorsen reiterated that a negotiated settlement remains the surest path to a lasting "
                    "calm.")
    assert ACTOR_MISMATCH in find_conflicts(claim, record).reasons
    # A plural opening the sentence names a group, which the record's person may belong to.
    group = analyze("Negotiators reiterated that a negotiated settlement remains the surest path to a "
                    "lasting calm.")
    assert ACTOR_MISMATCH not in find_conflicts(group, record).reasons
    # The record's doer with no title or known name may be anything capitalised.
    untitled = analyze("The two discussed the harbour dispute, and Brightwater reiterated that a negotiated "
                       "settlement remains the surest path to a lasting calm.")
    assert ACTOR_MISMATCH not in find_conflicts(claim, untitled).reasons
