"""Two people of one sentence whose names share a word ("Aung San Suu Kyi and Min Aung Hlaing"): the shared
word is the first one's, which the record names, and tells nothing of the second, whom the record may replace
with someone else. Constructed record in a real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

DAY = date(2024, 3, 6)

STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/statement-ruritania-coup/",
    ("The junta must release all those unjustly detained, including Tamsin Oduya Adeyemi and Kwame "
     "Mensah, other elected leaders, journalists and activists."),
    title="Statement by President Joe Biden on the Anniversary of the Coup in Ruritania",
    published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC))


def test_a_word_shared_with_another_named_person_is_not_this_ones(tmp_path):
    listed = ("Biden urged the junta to release all those unjustly detained, including Tamsin Oduya Adeyemi "
              "and {}.")
    swapped = check_claim(tmp_path / "swapped.db", [STATEMENT], listed.format("Kofi Oduya Boateng"), DAY)
    faithful = check_claim(tmp_path / "faithful.db", [STATEMENT], listed.format("Kwame Mensah"), DAY)
    # "Oduya" is Tamsin Oduya Adeyemi's word, named on both sides; Kofi Oduya Boateng is not Kwame Mensah.
    assert (swapped["verdict"], swapped["reasons"][:1]) == ("contested", ["actor_mismatch"]), swapped
    assert faithful["verdict"] != "contested", faithful
