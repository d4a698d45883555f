"""A sentence of the article's own days that names another place in the claim's place's slot, after the same two
words ("a memorial in Gdansk" / "the memorial in Szczecin"), contests the claim though a reporter worded the rest
otherwise (verdicts._scored_without_its_place, rules.places.name_in_the_same_place): the place, a rare word,
is what kept that sentence below the related score and the predicate gate. A place named after other words stays
to the ordinary gates. Constructed record, real database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, PLACE_MISMATCH, UNSOURCED
from verifier.rules.places import name_in_the_same_place

_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/06/04/remarks-by-president-biden-in-warsaw/",
    "THE PRESIDENT: Thank you all for coming out tonight. "
    "I was proud to stand at the harbour memorial in Gdansk yesterday to pay tribute to the sailors who gave "
    "their lives, standing alongside the Prime Minister. "
    "Our alliance has never been stronger, and it will stay that way.",
    title="Remarks by President Biden to the People of Poland", published=datetime(2024, 6, 4, 20, tzinfo=UTC))


def _checked(tmp_path, claims: list[str]) -> list[dict]:
    return check_claims(tmp_path / "places.db", [_REMARKS], [(claim, date(2024, 6, 5)) for claim in claims])


def test_another_place_after_the_same_two_words_contests_the_claims_place(tmp_path):
    # Both cover less of the predicate than the general contest gate asks: the slot is what pins the point.
    honoured, visited = _checked(tmp_path, [
        "Biden told the crowd he had honoured the sailors at a harbour memorial in Szczecin the day before.",
        "Biden told the crowd he had visited the harbour memorial in Szczecin to honour fallen sailors."])
    assert honoured["verdict"] == CONTESTED and PLACE_MISMATCH in honoured["reasons"]
    assert visited["verdict"] == CONTESTED and PLACE_MISMATCH in visited["reasons"]


def test_a_place_after_other_words_is_left_to_the_ordinary_gates(tmp_path):
    [elsewhere] = _checked(tmp_path, [
        "Biden told the cheering crowd that he had honoured Poland's drowned seamen, on a trip through Szczecin "
        "the day before."])
    assert elsewhere["verdict"] == UNSOURCED


def test_a_place_in_a_sentence_dated_by_another_year_is_another_occasions_slot():
    # "in Rome in March 2021" recounts an earlier summit: its place fills the slot of a summit the claim
    # expects "in Lisbon in March", but the year the claim does not give tells another occasion.
    claim = analyze("A possible summit between the two presidents in Lisbon in March is being prepared.")
    recounted = analyze("The talks built on the summit between the two presidents in Rome in March 2021.")
    undated = analyze("The talks prepared the summit between the two presidents in Rome in March.")
    lisbon = frozenset(token.key for token in claim.tokens if token.surface == "Lisbon")
    assert name_in_the_same_place(claim, undated, lisbon)
    assert not name_in_the_same_place(claim, recounted, lisbon)
