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
    "Today, President Trump signed an Executive Order on semiconductor exports. The Order instructs the Secretary "
    "of State to audit every export licence for advanced chips within 90 days. The Secretary of the Treasury will "
    "lead a new interagency task force on supply chains.",
    title="Fact Sheet: President Trump Signs an Executive Order on Semiconductor Exports",
    published=datetime(2025, 3, 14, 18, tzinfo=UTC))


def test_the_act_given_to_another_officer_by_title_is_another_actor(tmp_path):
    only_the_changed_is_contested(tmp_path / "record.db", [ORDER], date(2025, 3, 15), "actor_mismatch", [
        "The order tells the Treasury secretary to audit every export licence for advanced chips within 90 days.",
        "The order tells the secretary of state to audit every export licence for advanced chips within 90 days.",
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


PROCLAMATION = readout_record(
    "https://www.whitehouse.gov/fact-sheets/fact-sheet-visa-fee-proclamation/",
    "Today, President Trump signed a Proclamation on a new fee for seasonal work visas. The Proclamation requires "
    "employers to keep records of each fee paid, with the Attorney General verifying payment during the review of "
    "each application. The screening council will be headed by the Assistant to the President for National "
    "Security Affairs.",
    title="Fact Sheet: President Trump Sets a Fee for Seasonal Work Visas",
    published=datetime(2025, 9, 19, 18, tzinfo=UTC))


def test_every_cabinet_office_and_the_record_s_own_title_for_the_adviser_are_officers(tmp_path):
    # The cabinet beyond State, Defense, Treasury and Commerce holds officers too; and the record's staff title
    # for the national security adviser names that office.
    only_the_changed_is_contested(tmp_path / "record.db", [PROCLAMATION], date(2025, 9, 20), "actor_mismatch", [
        "Employers must keep records of each fee paid, and the secretary of state will verify payment during the "
        "review of each application.",
        "Employers must keep records of each fee paid, and the attorney general will verify payment during the "
        "review of each application.",
    ])
    claim = analyze("The screening council will be headed by the secretary of state.")
    assert another_officer(claim, analyze(PROCLAMATION.body.split(". ")[-1])) is not None
    assert another_officer(analyze("The screening council will be headed by the national security adviser."),
                           analyze(PROCLAMATION.body.split(". ")[-1])) is None
