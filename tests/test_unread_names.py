"""Proper names the entity reader leaves out, read as names where the claim is otherwise the record's own wording:
the words of an institution's name before its head ("the Coastal Affairs Council" / "the Harbour Works Council"),
and a company or a body opening the sentence ("Vantor plans to invest" / "KRX plans to invest"), capitalised as
every first word is. A plural first word ("Officials plan to ...") names a group, not a body, and the same
institution named another way ("the State Department" / "the Department of State") is no other. Constructed
sentences and publications; no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, conflict_reasons, readout_record

from verifier.rules.codes import ACTOR_MISMATCH

FACT_SHEET = readout_record(
    "https://example.gov/fact-sheet-harbour-partnership",
    "Fact Sheet: The Harbour Partnership. KRX plans to invest more than $4 billion in port equipment, mostly on "
    "the northern coast. Mira Holm, a deputy director of the Harbour Works Council, attended for the ministry.",
    title="Fact Sheet: The Harbour Partnership", published=datetime(2024, 5, 2, 14, tzinfo=UTC))


def test_another_institution_of_the_same_head_is_another_actor():
    assert ACTOR_MISMATCH in conflict_reasons(
        "Mira Holm, a deputy director of the Coastal Affairs Council, attended for the ministry.",
        "Mira Holm, a deputy director of the Harbour Works Council, attended for the ministry.")


def test_another_company_opening_the_sentence_is_another_actor():
    assert ACTOR_MISMATCH in conflict_reasons(
        "Vantor plans to invest more than $4 billion in port equipment, mostly on the northern coast.",
        "KRX plans to invest more than $4 billion in port equipment, mostly on the northern coast.")


def test_a_group_opening_the_sentence_or_an_institution_named_another_way_is_no_other_actor():
    assert ACTOR_MISMATCH not in conflict_reasons(
        "Officials plan to invest more than $4 billion in port equipment, mostly on the northern coast.",
        "KRX plans to invest more than $4 billion in port equipment, mostly on the northern coast.")
    assert ACTOR_MISMATCH not in conflict_reasons(
        "Mira Holm, of the Department of State, attended the talks on port equipment.",
        "Mira Holm, of the State Department, attended the talks on port equipment.")


def test_a_checked_claim_naming_another_council_or_company_is_contested(tmp_path):
    day = date(2024, 5, 3)
    changed_council, changed_company, faithful = check_claims(tmp_path / "harbour.db", [FACT_SHEET], [
        ("Mira Holm, a deputy director of the Coastal Affairs Council, attended for the ministry, the fact sheet "
         "said.", day),
        ("Vantor plans to invest more than $4 billion in port equipment, mostly on the northern coast, the fact "
         "sheet said.", day),
        ("KRX plans to invest more than $4 billion in port equipment, mostly on the northern coast, the fact "
         "sheet said.", day)])
    assert (changed_council["verdict"], changed_council["reasons"]) == ("contested", [ACTOR_MISMATCH])
    assert (changed_company["verdict"], changed_company["reasons"]) == ("contested", [ACTOR_MISMATCH])
    assert faithful["verdict"] == "supported", faithful["reasons"]
