"""Denials a reporter writes without a "not", and the publication a claim says left something out.

A claim may deny a deed with a verb of falling short ("fell short of its targets", "fails to address", "has yet to
resume") or call it off told of its subject ("the talks will be put on hold, the ministry said"): a record that
states the deed disagrees. A claim whose only word besides names is the denied verb ("Kenya will not join the
Harbourton Grain Compact") is denied by a record stating the names' deed in its own verb ("Adding Kenya to the
Harbourton Grain Compact"). And "the readout of the Kenya call made no mention of X", "the Kenya readout, by
contrast, made no mention of X", "the fact sheet made no mention of X" name the publication that left X out, which
the record's publication of that title answers.

Constructed sentences (no labelled article's words); each test fails on the engine before these rules.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import conflict_reasons, readout_record

from db.store import ReadoutRecord
from tests.conftest import checked_against
from verifier.rules.codes import NEGATION_MISMATCH, OPPOSITE_ACTION
from verifier.rules.negation import _denial_spans


@pytest.mark.parametrize("claim, record", [
    ("The agency has fallen short of its annual export targets for grain.",
     "The agency exceeded its annual export targets for grain in each of the past three years."),
    ("The ministry said the draft fails to address grain storage in the northern provinces.",
     "The draft addresses grain storage in the northern provinces and port fees."),
    ("Both ministers acknowledged that coast guard patrols had yet to resume.",
     "The ministers welcomed progress in resuming coast guard patrols."),
])
def test_a_deed_the_claim_says_fell_short_is_contested_by_its_statement(claim, record):
    assert NEGATION_MISMATCH in conflict_reasons(claim, record)


def test_the_same_shortfall_is_no_contest():
    assert NEGATION_MISMATCH not in conflict_reasons(
        "The agency has fallen short of its annual export targets for grain.",
        "The agency fell short of its annual export targets for grain again.")


@pytest.mark.parametrize("text", ["The agency never fails to meet its targets.",
                                  "The agency did not fall short of its targets.",
                                  "The talks have not been put on hold."])
def test_a_denying_verb_that_is_itself_denied_denies_nothing(text):
    assert _denial_spans(text) == ()


def test_a_deed_called_off_is_told_of_its_subject():
    claim = "Talks on renewing the harbour accord will be put on hold, the ministry said."
    assert OPPOSITE_ACTION in conflict_reasons(
        claim, "The two governments will step up their work toward renewing the harbour accord this year.")
    # The record calls it off too, in its own word.
    assert OPPOSITE_ACTION not in conflict_reasons(claim, "The talks on renewing the harbour accord were suspended.")
    # An aside between the subject and the verb does not end the subject.
    assert OPPOSITE_ACTION in conflict_reasons(
        "Work on the harbour accord, however, will be put on hold until the spring.",
        "Work on the harbour accord will continue at pace through the spring.")


def test_a_denied_verb_with_nothing_but_names_beside_it_is_contested_by_the_names_deed():
    assert NEGATION_MISMATCH in conflict_reasons(
        "Kenya, however, will not join the Harbourton Grain Compact.",
        "Adding Kenya to the Harbourton Grain Compact, a commitment from the first ministerial meeting.")


def _readout(slug: str, title: str, body: str) -> ReadoutRecord:
    return readout_record(
        f"https://www.whitehouse.gov/briefing-room/2024/03/08/{slug}/", body, title=title,
        published=datetime(2024, 3, 8, 18, 0, tzinfo=UTC))


KENYA = _readout("readout-kenya", "Readout of the President's Call with President Ruto of Kenya",
                 "The leaders discussed fertilizer prices and grain corridors. They agreed to stay in close touch.")
CHILE = _readout("readout-chile", "Readout of the President's Call with President Boric of Chile",
                 "The leaders discussed lithium supply chains. They agreed to stay in close touch.")
FACT_SHEET = _readout("fact-sheet-grain", "Fact Sheet: New Steps on Global Grain Security",
                      "The United States will fund new grain silos in East Africa. The program includes strong "
                      "safeguards against diversion of the grain.")


def test_a_publication_named_further_is_the_one_said_to_leave_the_topic_out(tmp_path):
    with checked_against(tmp_path / "omitted.db", [KENYA, CHILE, FACT_SHEET]) as check:
        kenya = check("The readout of the Kenya call made no mention of fertilizer prices.", date(2024, 3, 9))
        aside = check("The Kenya readout, by contrast, made no mention of fertilizer prices.", date(2024, 3, 9))
        chile = check("The readout of the Chile call made no mention of fertilizer prices.", date(2024, 3, 9))
        sheet = check("The White House fact sheet never mentioned safeguards against diversion.",
                      date(2024, 3, 9))
    assert (kenya["verdict"], kenya["reasons"]) == ("contested", [NEGATION_MISMATCH]), kenya
    assert kenya["evidence"][0]["url"] == KENYA.url
    assert (aside["verdict"], aside["reasons"]) == ("contested", [NEGATION_MISMATCH]), aside
    # Another call's readout states it: the Chile readout may well have left it out.
    assert chile["verdict"] != "contested", chile
    assert (sheet["verdict"], sheet["reasons"]) == ("contested", [NEGATION_MISMATCH]), sheet


def test_a_publication_named_in_another_clause_is_not_the_one_said_to_leave_the_topic_out(tmp_path):
    with checked_against(tmp_path / "omitted-unlike.db", [KENYA, CHILE]) as check:
        claim = check("Unlike the Chile readout of last week, the readout made no mention of fertilizer prices.",
                      date(2024, 3, 9))
    assert (claim["verdict"], claim["reasons"]) == ("contested", [NEGATION_MISMATCH]), claim


def test_a_shortfall_the_record_denies_in_its_own_words_is_no_contest():
    # "has not done so yet" tells the same lack as "has yet to begin": the record's denial need not repeat the verb.
    assert NEGATION_MISMATCH not in conflict_reasons(
        "Westmark is the only port on the coast that has yet to begin dredging its harbour channel.",
        "The grant lets Westmark begin dredging its harbour channel, as the only port on the coast that has not "
        "done so yet.")


def test_a_topic_said_to_be_off_the_agenda_is_contested_by_the_talks_that_discussed_it(tmp_path):
    with checked_against(tmp_path / "agenda.db", [KENYA]) as check:
        claim = check("Fertilizer prices were not on the agenda, the readout said.", date(2024, 3, 9))
    assert (claim["verdict"], claim["reasons"]) == ("contested", [NEGATION_MISMATCH]), claim


def test_a_word_after_the_prefix_non_is_denied_as_a_no_before_it_denies_it():
    claim = "The ministry paused export licences for grain to countries which hold no free-trade agreement with Kenya."
    assert NEGATION_MISMATCH not in conflict_reasons(
        claim, "The ministry announced a pause on export licences for grain to non-free trade agreement countries.")
    assert NEGATION_MISMATCH in conflict_reasons(
        claim, "The ministry announced a pause on export licences for grain to free trade agreement countries.")


def test_a_subject_said_to_be_off_the_agenda_is_what_the_negation_denies():
    record = "But the idea of reopening the northern border crossing is not on the agenda for now."
    assert NEGATION_MISMATCH in conflict_reasons(
        "The minister said she was ready to reopen the northern border crossing.",
        record)
    assert NEGATION_MISMATCH in conflict_reasons("New port fees are not under consideration, the minister said.",
                                                 "The minister said the government is weighing new port fees.")
    # The same denial, by a "not" or off the agenda, is no contest.
    assert NEGATION_MISMATCH not in conflict_reasons(
        "The minister said reopening the northern border crossing was not on "
        "the agenda.", record)
    assert NEGATION_MISMATCH not in conflict_reasons(
        "The minister said she would not reopen the northern border crossing.",
        record)


def test_a_deed_denied_in_other_words_is_contested_past_the_records_prefixed_adjectives():
    # "Unprovoked" and "unjustified" negate a word by their prefix; they deny no deed, so the record still states
    # what the claim's "did not review" denies.
    record = ("The ministers also discussed ongoing coordination to impose costs on Ostland for its unprovoked and "
              "unjustified seizure of the harbour, and their efforts to provide relief to the port city.")
    claim = ("The ministers did not review coordination to impose costs on Ostland for its unprovoked seizure of "
             "the harbour.")
    assert NEGATION_MISMATCH in conflict_reasons(claim, record)

