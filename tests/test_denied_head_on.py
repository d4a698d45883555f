"""A record sentence of the article's own days whose negation denies the claim's own word head-on contests
the claim though a reporter worded the rest otherwise (verdicts._only_the_detail_reworded,
negation.denies_what_is_asserted): "I got no pushback from President Moreira" against "said he had faced
significant pushback from President Moreira in Brasilia". The denied word is the slot that pins the point,
as a number's unit or a year's two words do; so is a deed the claim leaves open ("did not rule out
adopting") that the record rules out. A claim that itself negates, a record that only does not
expect, and a claim that speaks against what it names are no such slot. Constructed record, real database,
no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, NEGATION_MISMATCH
from verifier.rules.negation import denies_what_is_asserted

_DAY = datetime(2024, 6, 12, 21, tzinfo=UTC)
_GAGGLE = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/06/12/"
    "press-gaggle-by-president-biden-en-route-brasilia/",
    "Q Mr. President, did President Moreira accept your argument on the debt swap? "
    "THE PRESIDENT: Look, I don't know what you heard in Brasilia, but I got no pushback from President "
    "Moreira. "
    "None at all. "
    "We agreed to launch a new fund for rainforest protection in the Amazon basin. "
    "Q Are you worried about the partnership? "
    "THE PRESIDENT: I'm not at all worried about holding the partnership together with Japan and South "
    "Korea, and neither are our partners in the region.",
    title="Press Gaggle by President Biden En Route Brasilia", published=_DAY)


def test_a_record_negation_of_the_claims_own_word_contests_it_however_the_rest_is_worded(tmp_path):
    # The record's sentences share under 0.45 of each claim's predicate (0.28, 0.30, 0.38): the ordinary
    # gate left all three unsourced.
    claims = [
        "Biden said he had faced significant pushback from President Moreira in Brasilia.",
        "Biden said he was worried about keeping the partnership with Japan and South Korea intact.",
        "Biden admitted he was worried about holding Japan and South Korea together in the coming months."]
    day = date(2024, 6, 13)
    checked = check_claims(tmp_path / "denied.db", [_GAGGLE], [(claim, day) for claim in claims])
    for claim in checked:
        assert claim["verdict"] == CONTESTED and NEGATION_MISMATCH in claim["reasons"], claim["text"]


def test_only_an_asserted_word_the_record_denies_head_on_is_the_slot():
    record = analyze("I got no pushback from President Moreira on the debt swap.")
    assert denies_what_is_asserted(analyze("Biden said he had faced stiff pushback from Moreira."), record)
    # A deed the claim leaves open is denied by a record that rules it out.
    fees = analyze("The ministry confirmed that it will not adopt a levy on streaming services.")
    assert denies_what_is_asserted(analyze("The ministry did not rule out adopting a streaming levy."), fees)
    # The claim denies it too: no disagreement on that word.
    assert not denies_what_is_asserted(analyze("Biden said he had faced no pushback from Moreira."), record)
    # Speaking against a thing is the record's "no" to it in other words.
    assert not denies_what_is_asserted(analyze("Biden warned against any pushback from Moreira."), record)
    # Not expecting leaves the matter open.
    assert not denies_what_is_asserted(analyze("Officials expect a decision on the port this week."),
                                       analyze("We're not expecting a decision on the port this week."))
