"""A window of consecutive record sentences that disagrees with a claim only in polarity (here an opposite
action), holding a sentence that, read alone, states the claim and outscores every sentence of the window that
disagrees by itself: the window scores high because it holds that sentence, and the opposite verb is its
neighbour's, said of the neighbour's own deed ("imposed visa restrictions ... for supporting the regime's
attacks" beside "urges the regime to cease its attacks"). verdicts._polarity_of_a_neighbour. A claim the
stating sentence itself disagrees with still does not stand.

Each record is constructed (invented names and words); the first test fails on the code before the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

DAY = date(2025, 3, 6)

STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/03/statement-on-actions-against-the-velmar-regime/",
    "Today the United States is taking further steps against the Velmar regime.\n\n"
    "Additionally, the Department of State imposed visa restrictions on over 40 members of the Velmar "
    "government and their families for their roles in supporting the regime's attacks on journalists and "
    "independent newspapers. The Administration urges the Velmar regime to cease its systematic attacks on "
    "journalists and to stop its practice of seizing the presses of independent newspapers.\n\n"
    "We will continue to stand with the people of Velmar.",
    title="Statement on Actions Against the Velmar Regime",
    published=datetime(2025, 3, 5, 18, 0, tzinfo=UTC),
    kind="statement",
)


def test_an_urging_beside_a_neighbours_support_for_the_attacks_is_supported(tmp_path):
    [faithful, changed] = check_claims(tmp_path / "record.db", [STATEMENT], [
        ("The White House urged the Velmar government to stop its systematic attacks on journalists.", DAY),
        ("The White House urged the Velmar government to continue its systematic attacks on "
         "journalists.", DAY),
    ])
    assert faithful["verdict"] == "supported", (faithful["verdict"], faithful["reasons"])
    assert changed["verdict"] != "supported", (changed["verdict"], changed["reasons"])
