"""Who a sentence names, read one way for every actor rule: a currency's letters are no party ("C$3 billion"),
a name runs on over its particle ("al-Nour", "bin Omar"), the doer of a directed verb is found past an aside
and by a title alone ("The President thanked ..."), and a capital that acts stands for its government
("Moscow's activities", "Bern and Vaduz intend"). Constructed sentences; real analyses and a real record
database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import only_the_changed_is_contested, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import ACTOR_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_a_currency_written_before_the_dollar_sign_is_no_party():
    assert _conflicts("Canada will put nearly C$3 billion into coastal radar stations on Hudson Bay.",
                      "Canada will invest CAD $2.96 billion in coastal radar stations on Hudson Bay.") == ()
    # "US$" is the money's currency, not the United States acting.
    assert "=us" not in {entity.key for entity in analyze("Japan pledged US$2 billion for the port.").entities}
    # A country written apart from the sign is still a party.
    assert "=us" in {entity.key for entity in analyze("The US will pledge $2 billion for the port.").entities}


def test_a_name_runs_on_over_its_particle():
    record = "Today, the President spoke with Qatari Amir Sheikh Al-Kaabi and Egyptian President El-Nour."
    # The full names, with the particle lower-cased or hyphened, are the record's two leaders.
    assert _conflicts("The President spoke with Egypt's President Karim Fathi al-Nour and with the Amir of Qatar, "
                      "Sheikh Rashid bin Omar Al Kaabi.", record) == ()
    # The particle is no part of who is named: "al-Nour" and "Al-Kaabi" share none of it.
    assert _conflicts("The President spoke with President Karim Fathi al-Nour.",
                      "The President spoke with President Al-Kaabi.") == (ACTOR_MISMATCH,)


def test_who_thanked_whom_is_read_past_an_aside_and_from_a_title_alone():
    record = "The President thanked President Al-Nour for Egypt's leadership in delivering aid to the border towns."
    # The doer is the record's receiver; the record's own doer is its President, named by the title alone.
    assert ACTOR_MISMATCH in _conflicts(
        "Nour thanked Biden for the leadership in delivering aid to the border towns.", record)
    assert ACTOR_MISMATCH in _conflicts(
        "Nour, for his part, thanked Biden for the leadership in delivering aid to the border towns.", record)
    # The faithful order, and the title for the name, stay uncontested.
    assert _conflicts("Biden thanked Nour for Egypt's leadership in delivering aid to the border towns.",
                      record) == ()
    assert _conflicts("The President thanked President Nour for Egypt's leadership in delivering aid to the "
                      "border towns.", record) == ()


def test_a_capital_that_acts_stands_for_its_government():
    record = ("The leaders voiced their common concern over the PRC's coercive and destabilizing conduct near "
              "Palau.")
    assert _conflicts("The leaders voiced concern about Moscow's coercive and destabilising activities near Palau.",
                      record) == (ACTOR_MISMATCH,)
    assert _conflicts("The leaders voiced concern about Beijing's coercive and destabilising activities near Palau.",
                      record) == ()
    # Two capitals opening the clause are the two governments the record names.
    assert _conflicts("Bern and Vaduz intend to lower tariffs on American cheese and walnuts.",
                      "Switzerland and Liechtenstein intend to lower tariffs on American cheese and walnuts.") == ()
    # Where a meeting was, a capital is a place, not a government.
    assert analyze("The ministers met in Madrid on Monday.").entities[-1].government is None
    assert analyze("Madrid will lower its tariffs.").entities[0].government == "=spain"


def test_a_capital_after_a_preposition_opening_the_sentence_is_a_place():
    # The capitalised preposition still governs the capital: where the talks were, not who acted.
    assert analyze("In Madrid, the two ministers signed the fisheries accord.").entities[0].government \
        is None
    assert analyze("During the Madrid talks, the envoys agreed on quotas.").entities[0].government is None
    assert analyze("At Madrid the delegations exchanged their drafts.").entities[0].government is None
    # A party's preposition opening the sentence still makes the capitals parties; a subject is still one.
    parties = analyze("With Madrid and Lisbon, the envoys agreed on quotas.").entities
    assert [entity.government for entity in parties[:2]] == ["=spain", "=portugal"]
    assert analyze("In March, Madrid lowered its tariffs.").entities[-1].government == "=spain"


def test_a_swapped_thanks_is_contested_against_the_readout(tmp_path):
    records = [readout_record("https://example.gov/readout-call-nour",
                       "President Biden spoke today with President Karim Fathi Al-Nour of Egypt. The two leaders "
                       "discussed the crossing at the border towns. The President thanked President Al-Nour for "
                       "Egypt's lead role in getting humanitarian aid to the border towns.",
                       title="Readout of President Biden's Call with President Al-Nour of Egypt",
                       published=datetime(2024, 2, 29, 23, tzinfo=UTC))]
    only_the_changed_is_contested(tmp_path / "record.db", records, date(2024, 3, 1), ACTOR_MISMATCH, [
        "Nour, in turn, thanked Biden for Washington's lead role in getting humanitarian aid to the "
        "border towns.",
        "Biden thanked Nour for Egypt's lead role in getting humanitarian aid to the border towns.",
    ])



def test_who_welcomed_whose_decision_is_read_both_ways(tmp_path):
    records = [readout_record("https://example.gov/joint-statement-polar",
                              "Chile welcomed Norway's decision to acquire two polar research vessels, and continued "
                              "cooperation with Norway on fisheries science.",
                              title="Joint Statement of Chile and Norway on Polar Research",
                              published=datetime(2024, 5, 14, 16, tzinfo=UTC))]
    only_the_changed_is_contested(tmp_path / "record.db", records, date(2024, 5, 15), ACTOR_MISMATCH, [
        "Norway welcomed Chile's decision to acquire two polar research vessels, the statement says.",
        "Chile welcomed Norway's decision to acquire two polar research vessels, the statement says.",
    ])


def test_a_capitals_government_needs_more_than_one_word_in_common_to_fill_a_country_slot():
    # One word ("build") in the wide windows is chance: another country building something else.
    assert _conflicts("The council has approved Madrid's long-term plan to build two coastal radar stations.",
                      "It will help as Portugal and its partners slowly build the skills to run a fleet of patrol "
                      "boats.") == ()
    # Several words in common are one slot: another government made the commitment.
    assert _conflicts("Westmark welcomed Madrid's commitment to support stable fuel supplies for growth.",
                      "Portugal has committed to support stable fuel supplies for growth.") == (ACTOR_MISMATCH,)
