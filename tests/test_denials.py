"""A reported denial ("The official denied that the talks had stalled") claims the reported clause is untrue: the
claim checked is that clause under a negation, not the clause itself, so a record that states it disagrees and
one that denies it too agrees.

Constructed sentences and records (no labelled article's words); each test fails when the denying verb is read
as a plain verb of saying (the clause then checked as asserted).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import filler_records, record_database

from verifier.checking import check_text
from verifier.claims import extract_claims
from verifier.normalize import analyze


def _only_claim(sentence: str):
    claims = extract_claims(sentence).claims
    assert len(claims) == 1
    return claims[0]


@pytest.mark.parametrize(
    "sentence, content",
    [
        # An unnamed source leaves the content; the denial stays in it.
        ("A senior official denied that the two sides had agreed to resume the fisheries talks.",
         "It is not so that the two sides had agreed to resume the fisheries talks."),
        ("The White House flatly denies that the summit was postponed.",
         "It is not so that the summit was postponed."),
        # A named person stays in the content, now saying the clause is untrue.
        ("Sullivan denied that Westmark had asked for new harbour cranes.",
         "Sullivan said it is not so that Westmark had asked for new harbour cranes."),
    ],
)
def test_a_reported_denial_is_checked_as_its_clause_negated(sentence, content):
    claim = _only_claim(sentence)
    assert claim.content == content
    analysis = analyze(claim.content)
    # The clause's words are under the negation, and the denying verb adds no word of its own.
    clause_words = {"resum", "fisheri", "summit", "postpon", "harbour", "crane"} & analysis.keys
    assert clause_words and clause_words <= analysis.negated
    assert not {key for key in analysis.keys if key.startswith("den")}


def test_a_plain_saying_verb_and_a_denial_of_a_thing_are_left_as_they_were():
    assert _only_claim("A senior official said the two sides had agreed to resume the fisheries talks.").content \
        == "The two sides had agreed to resume the fisheries talks."
    # "denied any involvement": a thing denied, no clause reported; the sentence is checked as written.
    sentence = "Ostland denied any involvement in the attack on the harbour."
    assert _only_claim(sentence).content in ("", sentence)


READOUT = filler_records(date(2024, 3, 4), [
    ("Readout of President Marlow's Call with the Chancellor of Westmark",
     "President Marlow spoke with the Chancellor of Westmark about fisheries. The two leaders agreed to resume the "
     "fisheries talks in Lisbon next month. They also discussed harbour security."),
    ("Statement on Bridges", "The President announced new funding for bridges in twelve states. Work on them "
     "begins on June 2."),
    ("Remarks on Veterans", "The President said penalties for fraud against veterans must be raised. "
     "Repeat offenders face a penalty of ten years in prison."),
], slug="denials")
ARTICLE = ("President Marlow spoke with the Chancellor of Westmark on Monday about fisheries.\n\n"
           "{claim}\n\n"
           "They also discussed harbour security, the White House said.")


def test_a_denied_clause_that_the_record_states_is_not_supported(tmp_path):
    engine = record_database(tmp_path / "record.db", READOUT)
    try:
        report = check_text(engine, ARTICLE.format(
            claim="A senior official denied that the two leaders agreed to resume the fisheries talks."),
            date(2024, 3, 5), store=False)
    finally:
        engine.dispose()
    verdict = report["claims"][1]
    assert verdict["verdict"] == "contested"
    assert "negation_mismatch" in verdict["reasons"]
