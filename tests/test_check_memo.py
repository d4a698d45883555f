"""What one check works out about its sentences is worked out once (verifier.memo), and never confused.

The rules compare a claim with the same record sentence again and again within a check (each decision on a
pool widened by a window, a frame or the claim's main clause repeats the pool's pairs); within `one_check()`
each question is answered once, by the contents of the analyses asked about. These tests pin that the
answers are the ones the rules give, that two analyses of the same text with other dates are not confused,
and that nothing is kept past the check.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.memo import one_check, per_check
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.verdicts import _main_clause_times


def test_an_answer_is_worked_out_once_per_check_by_the_contents():
    calls: list[str] = []

    @per_check
    def words(analysis):
        calls.append(analysis.text)
        return frozenset(analysis.keys)

    text = "The harbour authority opened a second ferry terminal in Corvel."
    with one_check():
        first = words(analyze(text))
        # Another object of the same contents (the claim's main clause is analysed afresh for each decision).
        again = words(replace(analyze(text)))
        assert again is first
        assert len(calls) == 1
    # Outside a check, and in the next check, the function simply runs.
    words(analyze(text))
    with one_check():
        words(analyze(text))
    assert len(calls) == 3


def test_the_same_text_with_its_main_clause_dates_is_another_question():
    # The claim dates two things; its main clause only the first. Against a record of the second date, the
    # whole claim agrees and the main clause does not: the memo must keep the two answers apart.
    claim = analyze("The two ministers met in Corvel on March 3, and agreed to meet again on May 5.")
    compared = _main_clause_times(claim, len("The two ministers met in Corvel on March 3"))
    record = analyze("The two ministers met in Corvel on May 5.")
    assert compared.text == claim.text and compared is not claim
    with one_check():
        whole = find_conflicts(claim, record)
        main = find_conflicts(compared, record)
        assert find_conflicts(claim, record) is whole
    assert DATE_MISMATCH not in whole.reasons
    assert DATE_MISMATCH in main.reasons
    assert whole == find_conflicts(claim, record) and main == find_conflicts(compared, record)


def test_a_check_reads_the_same_verdicts_with_the_memo(tmp_path):
    # Claims decided on more than once (the pool read again with windows of two sentences): the verdicts are
    # those of each rule asked afresh.
    records = [readout_record(
        "https://www.example.gov/readouts/harbour-talks",
        ("The two ministers met in Corvel on May 5. They agreed to open a second ferry terminal. "
         "The ministers did not discuss fishing quotas."),
        title="Readout of the Harbour Talks", published=datetime(2024, 5, 6, 15, 0, tzinfo=UTC))]
    day = date(2024, 5, 7)
    claims = check_claims(tmp_path / "memo.db", records, [
        ("The two ministers met in Corvel on May 5 and agreed to open a second ferry terminal.", day),
        ("The two ministers met in Corvel on May 9.", day),
        ("The ministers discussed fishing quotas in Corvel.", day)])
    assert [claim["verdict"] for claim in claims] == ["supported", "contested", "contested"]
