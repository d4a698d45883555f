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
    assert _negated("The export goal has a name: Project 300.") is None
    assert _negated("Dalton argued that competition had to be paired with diplomacy.") is None
    assert _negated("The official said he had briefed the incoming team.") == \
        "The official said he had not briefed the incoming team."


def test_a_participle_after_a_prepositional_noun_is_not_the_verb_negated():
    assert _negated("In a statement released Thursday, Biden hailed the deal.") == \
        "In a statement released Thursday, Biden never hailed the deal."
    assert _negated("A senior official told reporters on a call arranged by the council that talks went well.") \
        != "A senior official told reporters on a call never arranged by the council that talks went well."


def test_not_yet_and_never_before_keep_their_negation():
    assert _negated("They agreed the job is not yet finished.") is None
    assert _negated("Norway had never before hosted the same premier twice.") is None


# ---------------------------------------------------------------- opposite actions

def test_released_meaning_published_is_not_turned_into_detained():
    assert _opposite("The ministry said in a statement issued Thursday that the two met.") is None
    assert _opposite("The two sides released a joint statement on trade.") is None
    assert _opposite("The government released two detained journalists.") == \
        "The government detained two detained journalists."


def test_end_as_a_noun_or_without_an_object_is_not_maintained():
    assert _opposite("It called for an immediate halt to the fighting in Sudan.") is None
    assert _opposite("The meeting ended with a shared understanding.") is None
    # "ended" is never turned into "maintained": see test_ended_is_not_turned_into_maintained.
    assert _opposite("The two sides maintained the talks on Friday.") == "The two sides ended the talks on Friday."


def test_opening_by_saying_and_a_name_are_not_reversed():
    assert _opposite("Trump opened by saying that the alliance was strong.") is None
    assert _opposite("Saudi Arabia will invest in network technology known as Open RAN.") is None
    assert _opposite("The two countries opened a consulate in Da Nang.") == \
        "The two countries closed a consulate in Da Nang."


def test_leave_join_two_and_lift_as_raise_are_not_reversed():
    assert _opposite("Leaving an empty seat for Sudan was being discussed.") is None
    assert _opposite("Pharmaceuticals are left for later.") is None
    assert _opposite("It is a relationship that joins the two largest economies.") is None
    assert _opposite("Oslo plans to lift defence spending to 2.5 per cent of GDP.") is None
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


# ---------------------------------------------------------------- changes no reporter writes (session of 2026-11-30)

def test_a_relative_clause_without_that_keeps_its_verb_positive():
    # "the tariffs they have not imposed" negates the relative clause, not what the claim reports.
    assert _negated("The two sides agreed to cut the duties they have imposed on each other.") == \
        "The two sides never agreed to cut the duties they have imposed on each other."
    assert _negated("The talks follow a truce the two armies reached in May.") is None
    # A reported clause after "said" or after an indirect object is still the claim's own.
    assert _negated("The envoy said he had briefed the cabinet.") == "The envoy said he had not briefed the cabinet."
    assert _negated("She told her guest the partnership had grown.") == \
        "She told her guest the partnership had not grown."
    # A noun phrase that goes on through a preposition opens no new subject.
    assert _negated("Such an attack anywhere in the region would trigger the treaty.") == \
        "Such an attack anywhere in the region would not trigger the treaty."


def test_a_negation_goes_after_also_and_not_before_just_or_already():
    assert _negated("The ministers will also discuss fisheries.") == "The ministers will also not discuss fisheries."
    assert _negated("The two envoys had already spoken by phone.") is None
    # "had just never finished" is no better: the compound tense is left alone.
    assert _negated("The minister had just finished two hours of talks.") is None


def test_a_participle_after_an_infinitives_verb_is_not_negated():
    assert _negated("The navy intends to buy armed drones from the firm.") is None


def test_open_and_close_as_adjectives_are_not_reversed():
    assert _opposite("Both sides pledged to keep the channel of communication open.") is None
    assert _opposite("They stressed the value of maintaining open lines of communication.") is None
    assert _opposite("The leaders pledged to stay in close contact.") is None
    assert _opposite("They back a free and open Pacific.") is None
    assert _opposite("The ministry will close the border crossing.") == "The ministry will open the border crossing."


def test_a_listed_word_used_as_a_noun_is_not_reversed():
    assert _opposite("The minister voiced strong support for the plan.") is None
    assert _opposite("The president ordered steep increases in duties on steel.") is None
    assert _opposite("He said the duty increase should follow the review.") is None
    assert _opposite("Washington will keep providing financial support to Kyiv.") is None


def test_ended_is_not_turned_into_maintained():
    # What a claim says was ended is mostly a thing to stop: "maintaining the pandemic" is no claim.
    assert _opposite("The goals include ending the pandemic.") is None
    assert _opposite("The two sides will maintain regular contact.") == "The two sides will end regular contact."


def test_a_pair_that_does_not_share_the_to_construction_is_not_reversed():
    assert _opposite("The mechanism was expanded to include Norway.") is None
    assert _opposite("The accord allowed the three states to begin talks.") is None
    assert _opposite("The accord allowed new flights.") == "The accord banned new flights."


def test_joined_by_and_opening_something_new_are_not_reversed():
    assert _opposite("The president took the call, joined by his aides.") is None
    assert _opposite("The country will open new consulates in two cities.") is None


def test_agreed_to_a_noun_or_agreed_on_a_day_to_act():
    assert _opposite("The government agreed to all of the terms.") is None
    assert _opposite("The plan was agreed to by both leaders.") is None
    # The verb still takes "to": "refused on Monday to cut", not "rejected on Monday to cut".
    assert _opposite("The two sides agreed on Monday to cut tariffs.") == \
        "The two sides refused on Monday to cut tariffs."
    assert _opposite("The leaders agreed at Woodside to open talks.") == \
        "The leaders refused at Woodside to open talks."


def test_continued_in_a_place_is_not_ceased_there():
    assert _opposite("The talks began in Oslo and continued in Geneva.") is None
    assert _opposite("The talks will continue next week.") == "The talks will cease next week."


def test_an_adverb_that_judges_the_act_keeps_it():
    assert _opposite("He raised the cases of citizens wrongfully detained abroad.") is None
