"""A claim is read in its paragraph: the publication its neighbours are checked against tells its event, and a
subject that points back ("The penalty ...", "The document ...") is what that publication names its own way.

Constructed articles and records (no labelled article's words): each test fails when a claim is checked alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from conftest import filler_records, readout_record, record_database

from verifier.checking import check_text

FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/05/fact-sheet-duties-on-ostland-harbour-cranes/",
    ("President Marlow is imposing an additional 30 percent duty on harbour cranes imported from Ostland. "
     "Ostland has subsidised its crane makers for a decade and flooded the market with cheap cranes.\n\n"
     "The additional duty applies to cranes entering the United States from June 14. "
     "The Secretary of Commerce will report on Ostland's subsidies every ninety days."),
    title="Fact Sheet: President Marlow Imposes Duties on Harbour Cranes from Ostland",
    published=datetime(2025, 5, 12, 18, 0, tzinfo=UTC))
OTHER_NEWS = filler_records(date(2025, 5, 1), [
    ("Statement on Bridges", "The President announced new funding for bridges in twelve states. Work on them "
     "begins on June 2."),
    ("Readout of a Call with Westmark", "The President spoke with the Chancellor of Westmark about fisheries. "
     "They agreed to meet in July."),
    ("Remarks on Veterans", "The President said penalties for fraud against veterans must be raised. "
     "Repeat offenders face a penalty of ten years in prison."),
], slug="other")
ARTICLE = ("President Marlow on Monday imposed an additional 30 percent duty on harbour cranes imported from "
           "Ostland, saying it had subsidised its crane makers for a decade.\n\n"
           "{claim}\n\n"
           "The Secretary of Commerce will report on Ostland's subsidies every ninety days, the fact sheet said.")


def _verdicts(tmp_path, article: str) -> list[tuple[str, list[str]]]:
    engine = record_database(tmp_path / "record.db", [FACT_SHEET, *OTHER_NEWS])
    try:
        report = check_text(engine, article, date(2025, 5, 13), store=False)
    finally:
        engine.dispose()
    return [(claim["verdict"], claim["reasons"]) for claim in report["claims"]]


def _offered_support(tmp_path, article: str) -> list[list[tuple[str, float]]]:
    """Per claim, the sentences the rules offer as its support with their scores (the model then weighs them)."""
    from verifier.checking import check_with_decisions

    engine = record_database(tmp_path / f"offered-{len(article)}.db", [FACT_SHEET, *OTHER_NEWS])
    try:
        _, results = check_with_decisions(engine, article, date(2025, 5, 13))
    finally:
        engine.dispose()
    return [[(candidate.first.text, candidate.score) for candidate in result.decision.options.support]
            for result in results]


def test_a_subject_that_points_back_is_read_with_the_publication_its_neighbours_are_checked_against(tmp_path):
    # "The penalty" is the duty the sentences around it report: the fact sheet calls it "the additional duty", so
    # read there the pointing word no longer counts against the fact sheet's sentence. Whether that support is
    # taken is the verdict model's weighing, fitted on the labelled sets and moving with every refit: the
    # reading is asserted by what it does to the offered support, scored against the same claim read alone.
    claim = "The penalty takes effect on June 14."
    first, _, last = _verdicts(tmp_path, ARTICLE.format(claim=claim))
    assert first[0] == last[0] == "supported"
    [in_paragraph] = _offered_support(tmp_path, ARTICLE.format(claim=claim))[1:2]
    [alone] = _offered_support(tmp_path, claim)
    duty = "The additional duty applies to cranes entering the United States from June 14."
    assert in_paragraph[0][0] == alone[0][0] == duty
    assert in_paragraph[0][1] > alone[0][1] + 0.05, (in_paragraph[0], alone[0])


def test_the_claims_own_point_must_still_be_stated(tmp_path):
    # The context gives what "the penalty" is, never what happens to it.
    doubled = _verdicts(tmp_path, ARTICLE.format(claim="The penalty will be doubled for cranes with Ostland engines "
                                                       "next year."))[1]
    assert doubled[0] == "unsourced", doubled


def test_without_neighbours_that_place_it_the_pointing_words_count_as_before(tmp_path):
    # Alone, "the penalty" may be any penalty (the record also speaks of penalties for fraud against veterans).
    alone = _verdicts(tmp_path, "The penalty takes effect on June 14.")
    assert alone == [("unsourced", ["below_threshold"])], alone


def test_what_the_verdict_model_is_fitted_on_never_rests_on_the_model(tmp_path, monkeypatch):
    # The model is fitted on the rules' decisions over the labelled sets; if the context pass read the model's
    # verdicts, each fit would depend on the model before it (make train-verdicts alternated between two files).
    from verifier import calibration
    from verifier.checking import check_with_decisions

    def decisions(model_says_unsourced: bool) -> list:
        if model_says_unsourced:
            monkeypatch.setattr(calibration, "apply", lambda decision, model, pool: replace(
                decision.rule, verdict="unsourced", reasons=["below_threshold"], evidence=[]))
        engine = record_database(tmp_path / f"record-{model_says_unsourced}.db", [FACT_SHEET, *OTHER_NEWS])
        try:
            _, results = check_with_decisions(engine, ARTICLE.format(claim="The penalty takes effect on June 14."),
                                              date(2025, 5, 13))
        finally:
            engine.dispose()
        return [(result.decision.rule.verdict, result.decision.features) for result in results]

    assert decisions(False) == decisions(True)
