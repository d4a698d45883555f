"""An officer of a government named by title ("the Treasury secretary") where the record gives the same act to another
officer ("directs the Secretary of State") is another actor, when that sentence never names the claim's officer by
title, department or name, though the publication may elsewhere. Constructed publications; no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import only_the_changed_is_contested, readout_record

from verifier.normalize import analyze
from verifier.rules.actors import another_officer

ORDER = readout_record(
    "https://www.whitehouse.gov/briefing-room/fact-sheet-export-controls/",
    "Today, President Trump signed an Executive Order on semiconductor exports. The Order directs the Secretary "
    "of State to review every export licence for advanced chips within 90 days. The Secretary of the Treasury will "
    "lead a new interagency task force on supply chains.",
    title="Fact Sheet: President Trump Signs an Executive Order on Semiconductor Exports",
    published=datetime(2025, 3, 14, 18, tzinfo=UTC))


def test_the_act_given_to_another_officer_by_title_is_another_actor(tmp_path):
    only_the_changed_is_contested(tmp_path / "record.db", [ORDER], date(2025, 3, 15), "actor_mismatch", [
        "The order asks the Treasury secretary to review every export licence for advanced chips within 90 days.",
        "The order asks the secretary of state to review every export licence for advanced chips within 90 days.",
    ])


def test_an_officer_the_record_names_by_department_or_beside_the_other_is_no_other_actor():
    claim = analyze("The Treasury secretary will review the licences.")
    assert another_officer(claim, analyze("The Secretary of State will review the licences.")) is not None
    for sentence in ("The Department of the Treasury, with the Secretary of State, will review the licences.",
                     "The Secretary of State, with the Secretary of the Treasury, will review the licences.",
                     "Secretary Yellen and the Secretary of State will review the licences."):
        assert another_officer(claim, analyze(sentence)) is None, sentence
    # A deputy is someone other than the office's holder.
    assert another_officer(analyze("The deputy secretary of state will review the licences."),
                           analyze("The Secretary of the Treasury will review the licences.")) is None
