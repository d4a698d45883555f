"""How a reporter names the same party otherwise, which is no other actor (verifier/rules/actors.py
_substitutions, verifier/evidence.py capitals): a run of capitalised words without a title set against a
known or titled person on one shared word, a place's name against a name that is no place, two names that
only follow "including", and a capital for its government that no alias group names. Constructed sentences
and a real record database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import filler_records, readout_record, record_database

from verifier.checking import check_text
from verifier.normalize import analyze
from verifier.rules.actors import _place_name
from verifier.rules.codes import ACTOR_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_an_untitled_run_of_capitalised_words_is_no_person_on_one_shared_word():
    # "Ferry Parts Agreement" reads as a name by its form alone: one word in common with the President's
    # slot ("Congress" / "congressional") is chance; a document's name, not another doer.
    record = ("-   **Launching negotiations on a Ferry Parts Agreement.** With congressional consultation, "
              "we intend to open talks right away on a targeted ferry parts agreement covering the "
              "five relevant ferry parts.")
    assert _conflicts('President Okafor also intends to ask Congress to treat Norway as a "trusted source" '
                      'under the Harbor Security Act.', record) == ()
    # A titled person in the same slot, with the words around both alike, is still another actor.
    assert _conflicts("Mayor Anton Rebane praised the ferry crews for their work.",
                      "Mayor Ilse Kruger praised the ferry crews for their work.") == (ACTOR_MISMATCH,)


def test_a_place_named_by_its_head_word_is_no_party_of_a_treaty():
    # "the Kestrel Islands" against "the Treaty of Mutual Cooperation": a place stands only for a place.
    assert _conflicts("The two leaders affirmed that the security treaty applies to the Kestrel Islands, "
                      "which Norway calls the Varno Islands.",
                      "The two leaders affirmed that the Varno Islands fall under the Treaty of Mutual Cooperation "
                      "and Security.") == ()


def test_a_body_named_over_of_is_no_place():
    # "the Bank of Westmark" runs on over "of" from a body's head, not a place's: a party, which another bank
    # in the same slot replaces; "the Gulf of Westmark" is a place.
    assert _conflicts("The Bank of Westmark announced the new grants for farmers.",
                      "The Halvard Bank announced the new grants for farmers.") == (ACTOR_MISMATCH,)
    assert _conflicts("The Bank of Westmark announced the new grants for farmers.",
                      "The Bank of Westmark announced the new grants for farmers.") == ()
    gulf = analyze("The Gulf of Westmark was closed to shipping.")
    assert _place_name(gulf, next(entity for entity in gulf.entities if entity.key == analyze("gulf").tokens[0].key))


def test_names_after_including_share_no_slot_by_that_word():
    # "including" opens examples of two different things: Okafor thanked, the oceans crossed.
    assert _conflicts("Harris thanked Okafor for Ghana's support for Ukraine, including financial sanctions "
                      "on Russia.",
                      "Many countries across the Atlantic and the Pacific, including the United States and "
                      "Ghana, have imposed their own financial sanctions on Russia.") == ()


def _published(day: int) -> datetime:
    return datetime(2025, 11, day, 15, 0, tzinfo=UTC)


FILLER = filler_records(date(2025, 10, 20), [
    ("Statement on Roads", "The President announced new funding for bridges and roads in twelve states."),
    ("Readout of a Call", "The President spoke with the Prime Minister about the economy and energy."),
    ("Remarks on Health Care", "The President discussed lowering the cost of prescription drugs."),
])


def test_a_capital_no_alias_group_names_is_its_government(tmp_path):
    # Quito is in the capitals list but in no alias group: the sentence naming Ecuador states the claim,
    # and Guatemala's sentence in the same words is another party's, not a contradiction.
    ecuador = readout_record(
        "https://www.whitehouse.gov/briefings-statements/2025/11/ecuador-framework/",
        ("Ecuador has committed to combat illegal logging and fully implement the obligations of the "
         "Agreement on Fisheries Subsidies."),
        title="Joint Statement on the Outline of a United States-Ecuador Trade Agreement", published=_published(13))
    guatemala = readout_record(
        "https://www.whitehouse.gov/briefings-statements/2025/11/guatemala-framework/",
        ("Guatemala has committed to take measures to further combat illegal logging and fully "
         "implement the obligations of the Agreement on Fisheries Subsidies."),
        title="Joint Statement on the Outline of a United States-Guatemala Trade Agreement", published=_published(13))
    engine = record_database(tmp_path / "record.db", [ecuador, guatemala, *FILLER])
    try:
        text = ("Quito also committed to fully implement the Agreement on Fisheries Subsidies and to combat "
                "illegal logging.")
        report = check_text(engine, text, date(2025, 11, 14), store=False)
    finally:
        engine.dispose()
    claim = report["claims"][-1]
    assert claim["verdict"] == "supported", claim
    assert "ecuador" in claim["evidence"][0]["url"], claim
