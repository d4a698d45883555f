"""Another body in the claim's body's slot: the claim gives a grant, a loan or a deal to one organisation ("funding
to UNICEF") where the record's sentence tells the same deed with another one there ("funding to the World Food
Programme"), which a fact-checker calls the wrong recipient. The same body named another way (its initials, the
lexicon's other name, a longer form of its name) is no other body. Constructed records in a real SQLite database."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, conflict_reasons, readout_record

from verifier.rules.codes import ACTOR_MISMATCH

DAY = date(2024, 6, 12)

GRANT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/11/fact-sheet-sahel-food-aid/",
    ("The Department of State announced $45 million in new humanitarian assistance for the Sahel. The funds "
     "include $30 million in emergency nutrition funding to the UN World Food Programme (WFP) to reach about "
     "800,000 children in Niger and Chad."),
    title="Fact Sheet: New Humanitarian Assistance for the Sahel", published=datetime(2024, 6, 11, 18, tzinfo=UTC))


def test_another_body_in_the_slot_is_another_actor(tmp_path):
    other, initials, spelt = check_claims(tmp_path / "grant.db", [GRANT], [
        ("The funds include $30 million in emergency nutrition funding to UNICEF to reach about 800,000 children in "
         "Niger and Chad.", DAY),
        ("The funds include $30 million in emergency nutrition funding to WFP to reach about 800,000 children in "
         "Niger and Chad.", DAY),
        ("The funds include $30 million in emergency nutrition funding to the World Food Programme to reach about "
         "800,000 children in Niger and Chad.", DAY)])
    assert (other["verdict"], other["reasons"]) == ("contested", [ACTOR_MISMATCH]), other
    assert initials["verdict"] == "supported", initials
    assert spelt["verdict"] == "supported", spelt


def test_a_body_the_lexicon_knows_by_another_name():
    plan = "The package would widen vaccine supplies for poorer states through grants to {}."
    claim = plan.format("the World Health Organization")
    # The lexicon's other name for the same organisation is the same body.
    assert conflict_reasons(claim, plan.format("the W.H.O")) == ()
    # A bank in the organisation's place is another body.
    assert ACTOR_MISMATCH in conflict_reasons(claim, plan.format("the Asian Development Bank"))


def test_a_body_in_another_slot_is_no_swap():
    # The record's body is the doer, the claim's the recipient: two places of the deed, not one.
    claim = "The package includes $20 million in loans to the African Development Bank for rural roads."
    assert conflict_reasons(
        claim, "The World Bank approved a package that includes $20 million in loans for rural roads.") == ()


FUNDING = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/11/fact-sheet-rural-clinics/",
    ("The new clinic network, financed by the Millennium Challenge Corporation and working with the Peace Corps, "
     "will serve 9,000 families in the northern valleys."),
    title="Fact Sheet: Rural Clinics in the Northern Valleys", published=datetime(2024, 6, 11, 18, tzinfo=UTC))


def test_the_claims_body_in_another_slot_of_the_deed(tmp_path):
    partner, funder, both = check_claims(tmp_path / "funding.db", [FUNDING], [
        ("The new clinic network, financed by the Peace Corps, will serve 9,000 families in the northern valleys.",
         DAY),
        ("The new clinic network, financed by the Millennium Challenge Corporation, will serve 9,000 families in the "
         "northern valleys.", DAY),
        ("The new clinic network, financed by the Millennium Challenge Corporation and the Peace Corps, will serve "
         "9,000 families.", DAY)])
    # The record names the claim's body as a partner and another as the funder: the funder is another actor.
    assert (partner["verdict"], partner["reasons"]) == ("contested", [ACTOR_MISMATCH]), partner
    assert funder["verdict"] == "supported", funder
    # Two funders where the record has one funder and one partner: the extra one is the claim's addition, not
    # a body in another's place.
    assert ACTOR_MISMATCH not in both["reasons"], both
