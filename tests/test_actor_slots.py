"""Who is in the claim's slot: a person or a country listed with the same partner as the record's
(verifier/rules/actors.py _listed_with), a support that keeps a directed verb's doer (keeps_the_doer), and a
window that agrees only because a sentence beside the disagreeing one names the claim's person with their title
(titles_before).
Constructed sentences and a real record database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import filler_records, readout_record, record_database

from verifier.checking import check_text
from verifier.normalize import analyze
from verifier.rules.actors import keeps_the_doer, people_named, titles_before
from verifier.rules.codes import ACTOR_MISMATCH, MISATTRIBUTED
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_a_person_listed_with_the_same_partner_as_another_is_another_actor():
    record = ("The Governor spoke with Mayor Anton Rebane of Estonia and Chancellor Ilse Kruger of Germany today "
              "about the port strike. The leaders condemned the blockade.")
    # Rebane is listed with Vasquez where the record lists him with Kruger: one slot of the list, two people,
    # though nothing else around the two names is alike.
    assert _conflicts("The Governor held a call with Mayor Anton Rebane and Senator Diego Vasquez, in which the "
                      "leaders condemned the blockade.", record) == (ACTOR_MISMATCH,)
    # The same two people, in the other order or without their titles, are no swap.
    assert _conflicts("The Governor held a call with Ilse Kruger and Anton Rebane, in which the leaders condemned "
                      "the blockade.", record) == ()


def test_a_country_listed_with_the_same_partner_as_another_is_another_actor():
    record = ("Noting the damage on the islands, the leaders stressed working together with partners including "
              "Australia, France, and New Zealand to support the recovery.")
    # Bahrain stands beside France where the record has Australia: one place of the list, two countries,
    # though the words around them differ ("working with" / "partners including").
    assert _conflicts("The leaders pledged to support the recovery of the islands, working with Bahrain, France "
                      "and New Zealand.", record) == (ACTOR_MISMATCH,)
    # An adjective listed with the record's partner: "Fijian and South Korean" for "Japan, and the ROK".
    assert _conflicts("The laboratories will start new trilateral work with Fijian and South Korean counterparts.",
                      "The United States, Japan, and the ROK will start new trilateral work between their "
                      "laboratories.") == (ACTOR_MISMATCH,)
    # The same countries in another order are the same list.
    assert _conflicts("The leaders pledged to support the recovery of the islands, working with New Zealand, "
                      "France and Australia.", record) == ()


def test_a_partner_spelt_with_one_letter_changed_is_the_same_name():
    # An official transcript's "Sperbank" is the article's "Sberbank": its list partner VTB is no sign of a swap.
    assert _conflicts("The Treasury is ready to act against Sberbank and VTB, the largest banks.",
                      "We are ready to act against the largest banks, including Sperbank and VTB.") == ()


def test_a_person_not_listed_with_anyone_keeps_to_the_words_around_them():
    # "Vasquez" is no partner of Rebane's here: the sentence lists nobody, and nothing else puts the two
    # people in one slot.
    assert _conflicts("Diego Vasquez praised the ferry. Mayor Anton Rebane opened the pier.",
                      "Mayor Ilse Kruger opened the pier, and Mayor Anton Rebane thanked the crews.") == ()


def test_a_support_that_gives_the_claims_receiver_the_deed_does_not_keep_its_doer():
    claim = analyze("The king thanked Mr. Okafor for his longtime friendship.")
    thank = frozenset({analyze("thanked").tokens[0].key})
    assert keeps_the_doer(claim, analyze("King Abdullah thanked President Okafor for his friendship."), thank)
    # The claim's receiver thanks a third party: who thanked whom is not the claim's.
    assert not keeps_the_doer(claim, analyze("President Okafor thanked President Mensah for his friendship."),
                              thank)


def test_the_title_before_a_name_belongs_to_the_name():
    claim = analyze("Prime Minister Larsen said the accord covers ferries.")
    assert titles_before(claim, frozenset({"larsen"})) == {analyze("Prime Minister").tokens[0].key,
                                                           analyze("Prime Minister").tokens[1].key}
    assert titles_before(claim, frozenset({"ferri"})) == frozenset()


def _published(day: int, hour: int = 15) -> datetime:
    return datetime(2025, 3, day, hour, 0, tzinfo=UTC)


FILLER = filler_records(date(2025, 2, 20), [
    ("Statement on Roads", "The President announced new funding for bridges and roads in twelve states."),
    ("Readout of a Call", "The President spoke with the Prime Minister about the economy and energy."),
    ("Remarks on Health Care", "The President discussed lowering the cost of prescription drugs."),
])


def _check(records: list, text: str, day: date, tmp_path) -> dict:
    engine = record_database(tmp_path / "record.db", [*records, *FILLER])
    try:
        report = check_text(engine, text, day, store=False)
    finally:
        engine.dispose()
    return report["claims"][-1]


def test_a_quotation_the_fact_sheet_gives_to_the_other_leader_is_contested(tmp_path):
    fact_sheet = readout_record(
        "https://www.whitehouse.gov/fact-sheets/2025/03/ferry-accord/",
        ("Today, President Okafor and Prime Minister Larsen announced a historic ferry accord. "
         "This is a great deal for both nations.\n\n"
         "- President Okafor: \u201cThe accord includes new ferry routes across the northern strait for "
         "passengers and freight.\u201d"),
        title="Fact Sheet: The Ferry Accord", published=_published(5))
    claim = _check([fact_sheet], 'Prime Minister Larsen said the accord included "new ferry routes across the '
                                 'northern strait for passengers and freight."', date(2025, 3, 6), tmp_path)
    assert (claim["verdict"], claim["reasons"]) == ("contested", [MISATTRIBUTED, ACTOR_MISMATCH]), claim


def test_thanks_the_other_way_round_are_contested_whatever_a_third_call_says(tmp_path):
    king = readout_record(
        "https://www.whitehouse.gov/readouts/2025/03/call-with-king-abdullah/",
        ("Today, President Okafor held a call with King Abdullah, in which King Abdullah congratulated "
         "President Okafor on his inauguration. President Okafor thanked King Abdullah for his longtime "
         "friendship, and the two leaders discussed regional security."),
        title="Readout of President Okafor's Call with King Abdullah", published=_published(3))
    other = readout_record(
        "https://www.whitehouse.gov/readouts/2025/03/call-with-president-mensah/",
        ("Today, President Okafor received a call from President Mensah, in which President Mensah "
         "congratulated President Okafor on his inauguration. President Okafor thanked President Mensah "
         "for his friendship, and discussed the river dam."),
        title="Readout of President Okafor's Call with President Mensah", published=_published(4))
    claim = _check([king, other], "In that call, the king thanked Mr. Okafor for his longtime friendship.",
                   date(2025, 3, 5), tmp_path)
    assert (claim["verdict"], claim["reasons"]) == ("contested", [ACTOR_MISMATCH]), claim


def test_a_name_after_an_office_read_as_one_word_is_its_holder():
    # "Attorney General" is one word to the lexicon (the Justice Department): the name after it is a person's,
    # in the slot of the record's secretary.
    assert _conflicts("Attorney General Marlow said the ferry rules are fair.",
                      "Secretary Haldane said the ferry rules are fair.") == (ACTOR_MISMATCH,)
    # The office alone names nobody in particular.
    assert _conflicts("The Attorney General said the ferry rules are fair.",
                      "Secretary Haldane said the ferry rules are fair.") == ()


def test_a_name_in_a_phrase_set_before_the_clause_is_not_the_doer_of_its_verb():
    record = ("As with other conversations between Governor Ilse Kruger and Mayor Anton Rebane, he raised "
              "concerns about the port strike.")
    # Rebane closes the opening phrase; "he" raised the concerns: the name's slot is not the clause's subject.
    assert _conflicts("The harbor master Diego Vasquez raised concerns about the port strike.", record) == ()
    # Rebane doing it himself is the slot the claim's person fills.
    assert _conflicts("The harbor master Diego Vasquez raised concerns about the port strike.",
                      "Mayor Anton Rebane raised concerns about the port strike.") == (ACTOR_MISMATCH,)


def test_the_people_a_claim_names_include_names_the_lexicon_does_not_know():
    claim = analyze("Politburo member Yang Jiechi met Secretary Blinken, then Holocaust survivors spoke.")
    # An unknown two-word name is one person, keyed by its first word; a lone capitalised word is nobody.
    assert people_named(claim) == ["yang", "=blinken"]


def test_a_capitalised_title_inside_the_sentence_is_not_the_person_people_named_keys():
    # Mid-sentence, "Mayor" and "Governor" are capitalised like the names after them and read as one run with
    # them: the person is the name, not the office ("mayor", "governor" would pair two offices as the article's people).
    claim = analyze("On Tuesday, Mayor Anton Rebane met Governor Ilse Kruger and Deputy Mayor Tomas Vold at the port.")
    assert [claim.surfaces[key] for key in people_named(claim)] == ["Anton", "Ilse", "Tomas"]
