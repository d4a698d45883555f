"""A writer's lead-in before a colon (checking._after_lead_in): "There are smaller gestures too: ...",
"The key line: ...". The point is the clause after the colon; the lead-in is the writer's own framing, which
no record states. Constructed record, real database, no mocks. The rules' own reading (VERDICT_MODEL 0): on
this small record the calibrated model, fitted on the read sets' word weights, weighs the lead-in's unmatched
words as a miss."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier import thresholds as T
from verifier.rules.codes import SUPPORTED, UNSOURCED

_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/12/joint-statement-on-ports/",
    "The two leaders reviewed progress on the harbor modernization program. "
    "They agreed to open a joint customs training center in Valparaiso next year. "
    "The leaders welcomed the extension of student exchange grants to four years.",
    title="Joint Statement on Port Cooperation", published=datetime(2024, 6, 12, 16, tzinfo=UTC))
_POINT = "the leaders agreed to open a joint customs training center."


def _verdicts(tmp_path, monkeypatch, claims: list[str]) -> list[str]:
    monkeypatch.setattr(T, "VERDICT_MODEL", 0)
    return [result["verdict"] for result in check_claims(tmp_path / "lead-in.db", [_STATEMENT],
                                                         [(claim, date(2024, 6, 13)) for claim in claims])]


def test_the_clause_after_a_lead_in_is_the_point(tmp_path, monkeypatch):
    assert _verdicts(tmp_path, monkeypatch, [
        f"Diplomats saw it as the most tangible outcome of a ceremonial visit: {_POINT}",
    ]) == [SUPPORTED]


def test_a_lead_in_that_denies_or_dates_is_no_mere_lead_in(tmp_path, monkeypatch):
    # A negation or a day of its own says something a record must state.
    assert _verdicts(tmp_path, monkeypatch, [
        f"Diplomats saw it as not the most tangible outcome of a ceremonial visit: {_POINT}",
        f"Diplomats saw it as the most tangible outcome of the visit in 2019: {_POINT}",
    ]) == [UNSOURCED, UNSOURCED]


def test_a_lead_in_that_names_a_speaker_is_no_mere_lead_in(tmp_path, monkeypatch):
    # Whose words follow is for the record to say: a lead-in with a saying verb is kept with its point.
    assert _verdicts(tmp_path, monkeypatch, [
        f"Diplomats from the region privately told the visiting reporters: {_POINT}",
    ]) == [UNSOURCED]


def test_a_list_after_the_colon_is_no_clause(tmp_path, monkeypatch):
    # "three fields: ..." names what the part before says; the list alone states nothing.
    assert _verdicts(tmp_path, monkeypatch, [
        "Diplomats called the most tangible outcome of a ceremonial visit a joint effort: customs, training, "
        "Valparaiso.",
    ]) == [UNSOURCED]
