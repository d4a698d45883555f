"""The word "call" names a phone call only where it tells one: "renewed its call for Congress to act" is an appeal,
which no publication need place at a call; and a transcript's "I called you so late" tells the call a claim says
someone "phoned" about, though the lexicon keeps "called" (as often naming: "what they called the plan") out of
the call's group. Constructed sentences and records, real databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.rules.codes import CONTESTED

_ANNOUNCEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/02/14/new-actions-on-pool-safety/",
    "The Administration will keep working to make home pools safer and calls on Congress to pass a national "
    "pool fencing law that sets one standard for every backyard pool.",
    title="White House Announces New Actions to Promote Pool Safety",
    published=datetime(2024, 2, 14, 15, tzinfo=UTC))

_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/05/07/remarks-before-bilateral-meeting/",
    "PRESIDENT BIDEN: Mr. President, welcome. I think I woke you up the night of the vote. I called you so "
    "late to congratulate you. PRESIDENT HALVORSEN: You did, and I was glad of it.",
    title="Remarks by President Biden and President Halvorsen of Esmerel Before Bilateral Meeting",
    published=datetime(2024, 5, 7, 16, tzinfo=UTC))


def test_a_call_for_something_is_an_appeal_not_an_occasion(tmp_path):
    claim = check_claim(tmp_path / "appeal.db", [_ANNOUNCEMENT],
                        "The administration renewed its call for Congress to pass a national pool fencing law "
                        "that sets one standard for every backyard pool.", date(2024, 2, 15))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])


def test_a_person_called_was_phoned(tmp_path):
    claim = check_claim(tmp_path / "phoned.db", [_REMARKS],
                        "Biden joked that he had woken Halvorsen on the night of the vote when he phoned late to "
                        "congratulate him.", date(2024, 5, 8))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])
