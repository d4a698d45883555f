"""Two parties the record has in each other's places ("Norland agrees to address barriers to trade in Ostland
devices" / "Ostland agreed to address barriers to trade in Norland devices"): a sentence of the same publication
that names both only joined ("Ostland and Norland commit to address barriers to digital trade"), or one of them,
says nothing of who does what to whom and supports no claim of it. Constructed publications; no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import only_the_changed_is_contested, readout_record

from verifier.alignment import tells_the_pair_otherwise
from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts

STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/joint-statement-united-states-peru-commerce/",
    "The United States and Peru commit to address barriers to online trade and to draft common trade rules. "
    "Peru agrees to address old barriers to the trade in U.S. tractors and solar panels. The two sides will "
    "meet again in the autumn to review progress.",
    title="United States-Peru Joint Statement on Commerce",
    published=datetime(2025, 11, 13, 18, tzinfo=UTC))


def test_a_sentence_naming_both_parties_joined_does_not_support_them_exchanged(tmp_path):
    only_the_changed_is_contested(tmp_path / "record.db", [STATEMENT], date(2025, 11, 14), "actor_mismatch", [
        "The United States agreed to address old barriers to trade in Peruvian tractors.",
        "Peru agreed to address old barriers to trade in American tractors.",
    ])


def test_only_both_parties_named_joined_or_the_other_way_round_tell_the_roles_otherwise():
    pair = ("=peru", "=us")
    for sentence in ("The United States and Peru commit to address barriers.", "Peru and the United States met.",
                     "The United States will address barriers in Peru."):
        assert tells_the_pair_otherwise(analyze(sentence), pair), sentence
    # In the claim's order with a deed between, or one party alone (a speaker's "we" for the other): not so.
    for sentence in ("Peru agrees to address barriers to trade in U.S. devices.", "Peru agrees to address barriers.",
                     "We are committed to the security of our partners, including Peru."):
        assert not tells_the_pair_otherwise(analyze(sentence), pair), sentence


def test_a_person_and_an_unknown_name_beside_them_are_no_roles_told_in_order():
    # Whom a person works for may come before or after the person; only two known parties of one kind (two
    # countries here) have roles a support must tell in the claim's order.
    unknown = find_conflicts(analyze("The readout listed the Halvor Agency's acting head of grants, Katie Frost, "
                                     "and the Treasury's Jessica Milano."),
                             analyze("Katie Frost, Acting Head of Grants, Halvor Agency, and Jessica Milano of the "
                                     "Treasury took part."))
    assert unknown.exchanged == ()
    countries = find_conflicts(analyze("The United States agreed to address barriers to trade in Peruvian devices."),
                               analyze("Peru agreed to address barriers to trade in U.S. devices."))
    assert countries.exchanged == ("=us", "=peru"), countries
