"""A clause that supposes ("if the talks collapse", "unless the council acts", "should Ostland fail to curb the
smuggling") weighs a deed without telling it done or denied: a claim that denies the deed, or one that supposes
its denial, is not contested by it. The same deed told outright still is.

Constructed records and claims (no labelled article's words). Each faithful claim is contested without the
reading; the changed ones stay contested.
"""

from __future__ import annotations

from datetime import date

from conftest import check_claims, filler_records

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.negation import denies_only_in_supposing, only_supposed

RECORD = filler_records(date(2024, 5, 6), [
    ("Order on Harbour Duties",
     "The Minister of Trade shall recommend further duties, if needed, should Ostland fail to curb the "
     "smuggling of fuel across the Westmark harbour."),
    ("Statement on the Ferry Levy",
     "If the ferry operators refuse to publish their fares, the Order directs the Harbour Board to set a "
     "ceiling on those fares."),
], slug="suppose")


def test_a_supposed_deed_is_neither_told_nor_denied():
    record = analyze("The minister shall recommend further duties, should Ostland fail to curb the smuggling.")
    assert only_supposed(record, {token.key for token in analyze("curb").tokens})
    assert not only_supposed(analyze("The Ostland Ministry should curb the smuggling."),
                             {token.key for token in analyze("curb").tokens})
    # An aside right after the opening word is part of the clause.
    lapsing = analyze("The levy lapses unless, within ninety days, the council renews the harbour levy.")
    assert only_supposed(lapsing, {token.key for token in analyze("renews").tokens})
    # A thing supposed absent before what would then happen denies nothing.
    assert denies_only_in_supposing(analyze("Without the renewal, the harbour levy would have lapsed in May."))
    assert not denies_only_in_supposing(analyze("The levy lapsed in May without a renewal."))
    denied = analyze("Marlow said Ostland had not curbed the smuggling.")
    assert NEGATION_MISMATCH not in find_conflicts(denied, record).reasons
    # Told outright, the deed is denied by the claim.
    told = analyze("The minister said Ostland curbed the smuggling last month.")
    assert NEGATION_MISMATCH in find_conflicts(denied, told).reasons


def test_faithful_claims_are_not_contested_and_changed_ones_are(tmp_path):
    results = check_claims(tmp_path / "record.db", RECORD, [
        (text, date(2024, 5, 9)) for text in (
            "The order says the trade minister will recommend further duties if needed, declaring that Ostland "
            "has not curbed the smuggling of fuel across the Westmark harbour.",
            "If ferry operators do not publish their fares, the order directs the Harbour Board to set a ceiling "
            "on those fares.",
            "The order directs the Harbour Board not to set a ceiling on ferry fares if operators refuse to "
            "publish them.",
        )])
    verdicts = [result["verdict"] for result in results]
    assert verdicts[0] != "contested", results[0]
    assert verdicts[1] != "contested", results[1]
    assert verdicts[2] == "contested", results[2]


def test_a_supposed_deed_is_no_opposite_action():
    claim = analyze("Ostland withdrew its troops from the border.")
    supposed = analyze("If Ostland deploys troops to the border, the council will impose sanctions.")
    assert find_conflicts(claim, supposed).reasons == ()
    told = analyze("Ostland deployed troops to the border.")
    assert find_conflicts(claim, told).reasons == ("opposite_action",)


def test_an_inverted_had_supposes_and_a_relative_had_does_not():
    stay = {token.key for token in analyze("stayed").tokens}
    supposed = analyze("She said that had the Ostland guards stayed, the raiders would have attacked them again.")
    assert only_supposed(supposed, stay)
    assert only_supposed(analyze("Had the guards stayed at the border, the raiders would not have crossed."), stay)
    # An initial's point ends no clause.
    assert only_supposed(analyze("He said that had U.N. guards stayed, the raiders would have attacked them."), stay)
    leaving = analyze("The council agreed that although the Ostland guards are leaving, the patrols will go on.")
    assert find_conflicts(supposed, leaving).reasons == ()
    # Told outright, staying is the opposite of leaving.
    told = analyze("She said the Ostland guards stayed at the border.")
    assert "opposite_action" in find_conflicts(told, leaving).reasons
    # A relative "had" owns a thing; it supposes nothing.
    owned = {token.key for token in analyze("contract").tokens}
    assert not only_supposed(analyze("The company that had the contract said it would have to cut jobs."), owned)
    assert not only_supposed(analyze("The firm that had the harbour contract stayed in Westmark."), stay)
