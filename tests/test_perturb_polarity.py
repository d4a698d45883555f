"""The perturbation harness's negation and opposite kinds (tests/eval/perturb.py) write only changes a reporter
could write that reverse the claim: no double negative, no negation in a side clause, no paired verb used in a
sense where its pair is no reverse (a statement "released", an "end" to violence, "opens by saying")."""

from tests.eval.perturb import perturb_negation, perturb_opposite


def _negated(claim: str) -> str | None:
    changed = perturb_negation(claim, [])
    return changed.claim if changed else None


def _opposite(claim: str) -> str | None:
    changed = perturb_opposite(claim, [])
    return changed.claim if changed else None


# ---------------------------------------------------------------- negation

def test_a_claim_with_a_negative_word_gets_no_second_negation():
    # "there were not no sanctions", "no country should not be allowed": double negatives.
    assert _negated("Asked why, the minister said there were no sanctions on the bank.") is None
    assert _negated("The leaders agreed that no country should be allowed to charge tolls.") is None
    assert _negated("Neither the timing nor the guests could yet be confirmed, the official said.") is None


def test_a_negation_goes_in_the_main_clause_not_a_side_clause():
    assert _negated("Once the agreement is concluded, Washington will lift the tariff.") == \
        "Once the agreement is concluded, Washington will not lift the tariff."
    assert _negated("When Biden arrived in Luanda, he became the first president to visit.") is None
    # A relative clause: "a trip that has materialised".
    assert _negated("He thanked Biden for a letter inviting him, a trip that has materialised.") == \
        "He never thanked Biden for a letter inviting him, a trip that has materialised."


def test_a_side_clause_keeps_its_negation_and_the_main_clause_loses_its_own():
    assert _negated("Asked whether talks had not stalled, the envoy did not answer.") == \
        "Asked whether talks had not stalled, the envoy did answer."


def test_a_reported_clause_after_a_verb_of_saying_is_still_negated():
    assert _negated("The official said that the visit will go ahead.") == \
        "The official said that the visit will not go ahead."
    assert _negated("Sullivan told reporters that Ukraine had been the main subject.") == \
        "Sullivan told reporters that Ukraine had not been the main subject."


def test_has_and_had_as_the_main_verb_are_not_negated_as_auxiliaries():
    assert _negated("The trade target has a name: Mission 500.") is None
    assert _negated("Dalton argued that competition had to be paired with diplomacy.") is None
    assert _negated("The official said he had briefed the incoming team.") == \
        "The official said he had not briefed the incoming team."


def test_a_participle_after_a_prepositional_noun_is_not_the_verb_negated():
    assert _negated("In a statement released Thursday, Biden hailed the deal.") == \
        "In a statement released Thursday, Biden never hailed the deal."
    assert _negated("A senior official told reporters on a call arranged by the council that talks went well.") \
        != "A senior official told reporters on a call never arranged by the council that talks went well."


def test_not_yet_and_never_before_keep_their_negation():
    assert _negated("They agreed the work is not yet done.") is None
    assert _negated("South Korea had never before welcomed the same leader twice.") is None


# ---------------------------------------------------------------- opposite actions

def test_released_meaning_published_is_not_turned_into_detained():
    assert _opposite("The White House said in a statement released Thursday that the two met.") is None
    assert _opposite("The two sides released a joint statement on trade.") is None
    assert _opposite("The government released two detained journalists.") == \
        "The government detained two detained journalists."


def test_end_as_a_noun_or_without_an_object_is_not_maintained():
    assert _opposite("It called for an immediate end to violence in Myanmar.") is None
    assert _opposite("The meeting ended with a shared understanding.") is None
    assert _opposite("The two sides ended the talks on Friday.") == "The two sides maintained the talks on Friday."


def test_opening_by_saying_and_a_name_are_not_reversed():
    assert _opposite("Trump opened by saying that the alliance was strong.") is None
    assert _opposite("Saudi Arabia will invest in network technology known as Open RAN.") is None
    assert _opposite("The two countries opened a consulate in Da Nang.") == \
        "The two countries closed a consulate in Da Nang."


def test_leave_join_two_and_lift_as_raise_are_not_reversed():
    assert _opposite("Leaving an empty chair for Myanmar was under discussion.") is None
    assert _opposite("Pharmaceuticals are left for later.") is None
    assert _opposite("It is a relationship that joins the two largest economies.") is None
    assert _opposite("Seoul plans to lift defence spending to 3.5 per cent of GDP.") is None
    assert _opposite("Washington will lift the reciprocal tariff on Indian goods.") == \
        "Washington will impose the reciprocal tariff on Indian goods."


def test_a_negated_verb_is_not_swapped_for_its_pair():
    assert _opposite("Neither the timing nor the guests could yet be confirmed.") is None
    assert _opposite("Seoul did not accept the offer.") is None
    assert _opposite("Seoul accepted the offer.") == "Seoul rejected the offer."
    assert _opposite("Policy had not changed and Washington opposes any change.") == \
        "Policy had not changed and Washington supports any change."


def test_a_trailing_told_reporters_is_not_the_verb_negated():
    assert _negated("Candid talks with Xi, a spokesperson told reporters, came first.") is None


def test_support_as_a_noun_after_a_name_is_not_opposed():
    assert _opposite("U.S. support also covers the training program.") is None
    assert _opposite("Japan will support the bid.") == "Japan will oppose the bid."
