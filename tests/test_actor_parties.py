"""Who a claim makes a party to its point, read from the name as a whole: the later words of a place's name
stand after its preposition as its first word does ("at the Amber Hall"), a name ending in a place's head word
is a place ("the Karsk Peninsula"), a country's possessive before a person ("Iceland's Katla Ormsdottir") says
who that person is, whom a transcript may name by its speaker's label alone, "Jr." is no one of its own, the
signatories after "by" may come in either order, and a capital of a known country stands for its government.
Constructed sentences and publications; no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import readout_record, record_database

from db.index import SentenceHit
from verifier.alignment import exchanged_names
from verifier.checking import check_text
from verifier.evidence import Candidate, coverage_of
from verifier.normalize import analyze, fold, has_whole_phrase
from verifier.rules.actors import names_a_place
from verifier.rules.codes import ACTOR_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.parties import absent_party


def _candidate(claim, sentence: str, title: str, kind: str = "statement") -> Candidate:
    hit = SentenceHit(sentence_id=5, readout_id=1, position=0, start=0, end=len(sentence), text=sentence,
                      speaker=None, is_evidence=True, rank=0.0, url="https://example.gov/publication", title=title,
                      source="whitehouse", side="us-government", kind=kind,
                      published=datetime(2024, 10, 18, 15, tzinfo=UTC), published_text="October 18, 2024")
    weights = {key: 1.0 for key in claim.keys}
    return Candidate((hit,), analyze(sentence), coverage_of(claim, weights, analyze(sentence)), in_window=True)


def _publication(text: str, claim):
    """Whether the publication's text names a key of the claim, as the claim writes it."""
    folded = fold(text)
    return lambda readout_id, key: has_whole_phrase(folded, fold(claim.surfaces.get(key, key)).removesuffix("'s"))


def test_every_word_of_a_name_stands_after_its_preposition():
    analysis = analyze("In a speech at the Amber Hall in Halden, President Ormar declared that the city stands firm.")
    hall = [entity for entity in analysis.entities if analysis.tokens[entity.index].surface in ("Amber", "Hall")]
    assert len(hall) == 2 and all(entity.after_preposition for entity in hall)
    # A name that opens the clause is no place, however many words it has.
    assert not any(entity.after_preposition for entity in analyze(
        "Halvard Ormar gave the President the medal at noon.").entities)


def test_the_hall_a_speech_was_given_in_is_no_absent_party():
    claim = analyze("In a speech at the Amber Hall in Halden on Tuesday evening, President Ormar declared that the "
                    "city stands firm.")
    sentence = "Following his speech in Halden today, President Ormar declared that the city stands firm."
    text = "Readout of President Ormar's Meeting. " + sentence
    candidate = _candidate(claim, sentence, "Readout of President Ormar's Meeting")
    assert absent_party(claim, candidate, _publication(text, claim), None).reasons == ()
    # A person the publication never names is still a party it does not state.
    other = analyze("In a speech at the Amber Hall in Halden, Chancellor Brunvoll declared that the city stands firm.")
    assert absent_party(other, candidate, _publication(text, other), None).reasons == (ACTOR_MISMATCH,)


def test_a_countrys_possessive_names_the_person_a_transcript_labels():
    claim = analyze("Iceland's Katla Ormsdottir said historians will look back to the fourteenth century for a "
                    "precedent.")
    sentence = "Historians will look back to the fourteenth century to see us at one table."
    title = "Remarks by President Biden at the Arctic Leaders' Summit"
    candidate = _candidate(claim, sentence, title, kind="remarks")
    labelled = f"{title}\n\nPRIME MINISTER ORMSDOTTIR:  I will follow up on my colleagues. {sentence}"
    assert absent_party(claim, candidate, _publication(labelled, claim), None).reasons == ()
    # A transcript where she has no line names neither her nor her country.
    unlabelled = f"{title}\n\nPRIME MINISTER LUND:  I will follow up on my colleagues. {sentence}"
    assert absent_party(claim, candidate, _publication(unlabelled, claim), None).reasons == (ACTOR_MISMATCH,)


def test_a_generational_suffix_is_no_one_of_its_own():
    record = ("President Joseph R. Biden, Jr. and Speaker of the National Assembly Anton Rebane of Estonia met today "
              "at the National Assembly in Tallinn, Estonia.")
    assert not any(analyze(record).tokens[entity.index].surface == "Jr" for entity in analyze(record).entities)
    # "NA" and "Jr." shared the title's slot: the suffix read as a name stood in for the initialism.
    assert find_conflicts(analyze("On Monday, NA Speaker Anton Rebane hosted President Biden at the National "
                                  "Assembly building in Tallinn."), analyze(record)).reasons == ()


def test_the_signatories_of_a_passive_may_come_in_either_order():
    claim = analyze("The memorandum was signed by Secretary of State Dana Holt and the chairperson of the Lakes "
                    "Commission, Amara Diallo.")
    record = analyze("The memorandum was signed between Her Excellency Amara Diallo, Chairperson of the Lakes "
                     "Commission, and U.S. Secretary of State Dana Holt.")
    assert exchanged_names(claim, record) == frozenset()
    # Who did it to whom, in the active voice, is still read.
    assert exchanged_names(analyze("Amara Diallo thanked Dana Holt for the memorandum on the lakes."),
                           analyze("Dana Holt thanked Amara Diallo for the memorandum on the lakes.")) != frozenset()


def test_a_place_named_with_its_head_word_is_no_absent_party():
    claim = analyze("On the Karsk Peninsula, both leaders restated their commitment to a lasting peace.")
    assert all(names_a_place(claim, entity) for entity in claim.entities)
    sentence = "Both leaders restated their commitment to a lasting peace."
    candidate = _candidate(claim, sentence, "Joint Leaders' Statement")
    assert absent_party(claim, candidate, _publication(sentence, claim), None).reasons == ()
    # A person's name of two words still reads as a person's.
    person = analyze("Prime Minister Anton Rebane reaffirmed his commitment to a lasting peace.")
    assert not any(names_a_place(person, entity) for entity in person.entities)


def test_a_capital_of_a_known_country_stands_for_its_government():
    record = analyze("The United States and Argentina announced the outline of a reciprocal trade deal.")
    assert find_conflicts(analyze("Washington and Buenos Aires announced the outline of a reciprocal trade "
                                  "deal."), record).reasons == ()
    assert [entity.government for entity in analyze("Oslo will lower its tariffs on salmon.").entities] == ["=norway"]


def test_the_two_leaders_of_a_paragraph_on_another_leaders_call_are_not_the_articles_pair(tmp_path):
    record = readout_record(
        "https://example.gov/readout-call-amir-qatar",
        "President Joseph R. Biden, Jr. held a call today with Amir Sheikh Khalid bin Saad Al-Marri of Qatar. The two "
        "leaders pledged to keep in close touch so that the ceasefire along the coast is fully carried out. "
        "President Biden and Sheikh Khalid agreed to keep consulting on the relief convoys to the coastal towns.",
        title="Readout of President Biden's Call with Amir Sheikh Khalid bin Saad Al-Marri of Qatar",
        published=datetime(2024, 3, 5, 22, tzinfo=UTC))
    # The article's pair is Biden and Netanyahu; the second paragraph tells the call with the emir.
    article = ("President Biden spoke with Prime Minister Netanyahu on Tuesday about the ceasefire. Biden and "
               "Netanyahu also discussed the relief convoys to the coastal towns, the White House said.\n\n"
               "With the emir of Qatar, Biden voiced his thanks for the emir's part in the ceasefire. The two "
               "leaders pledged to keep in close contact so that the ceasefire along the coast is fully "
               "implemented, and to keep consulting on the relief convoys.\n")
    engine = record_database(tmp_path / "record.db", [record])
    try:
        claims = check_text(engine, article, date(2024, 3, 5), store=False)["claims"]
    finally:
        engine.dispose()
    [pair] = [claim for claim in claims if claim["text"].startswith("The two leaders")]
    assert pair["verdict"] != "contested", pair["reasons"]
    # A paragraph that names no other leader still reads "the two leaders" as the article's pair, whom the
    # readout of another leader's call does not name.
    engine = record_database(tmp_path / "again.db", [record])
    try:
        claims = check_text(engine, article.replace("With the emir of Qatar, Biden voiced his thanks for the "
                                                    "emir's part", "Biden also voiced his thanks for the part "
                                                    "Israel played"), date(2024, 3, 5), store=False)["claims"]
    finally:
        engine.dispose()
    [pair] = [claim for claim in claims if claim["text"].startswith("The two leaders")]
    assert (pair["verdict"], pair["reasons"]) == ("contested", ["actor_mismatch"])
