"""A person named by office ("the national security adviser") is whoever held it on the article's day.

Constructed records (no article's words): the record names people by name, the claim by office.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import filler_records, readout_record, record_database

from db.store import ReadoutRecord
from verifier.checking import check_text
from verifier.claims import extract_claims
from verifier.offices import holder_on, with_holders

FILLER = filler_records(date(2023, 2, 1), [
    ("Statement on Bridges", "The President announced new funding for bridges and roads in twelve states. "
     "Construction begins in the spring."),
    ("Remarks on Insulin", "The President discussed lowering the cost of prescription drugs. Millions of "
     "families will save money on insulin."),
    ("Readout of a Call on Fisheries", "Officials spoke about fisheries management in the Pacific. They agreed "
     "to meet again in the autumn."),
])


def _readout(day: date, slug: str, body: str) -> ReadoutRecord:
    return readout_record(
        f"https://www.whitehouse.gov/briefing-room/{day.isoformat()}/{slug}/", body,
        title="Readout of a Meeting on Maritime Safety",
        published=datetime(day.year, day.month, day.day, 18, 0, tzinfo=UTC))


def _verdicts(tmp_path, records: list[ReadoutRecord], checks: list[tuple[str, date]]) -> list[dict]:
    engine = record_database(tmp_path / "offices.db", [*records, *FILLER])
    try:
        return [check_text(engine, claim, day, store=False)["claims"][0] for claim, day in checks]
    finally:
        engine.dispose()


def test_an_office_is_read_as_its_holder_on_the_articles_day():
    assert holder_on("us", "national security adviser", date(2023, 6, 1)) .name == "Jake Sullivan"
    assert holder_on("us", "national security adviser", date(2025, 3, 1)) .name == "Mike Waltz"
    assert holder_on("china", "foreign minister", date(2023, 3, 1)) .name == "Qin Gang"
    assert holder_on("china", "foreign minister", date(2023, 9, 1)).name == "Wang Yi"
    # The holder takes the country's place; a foreign leader's office is left as written (the record names
    # that leader seldom: the name would outweigh the claim's point).
    assert with_holders("The national security adviser met China's top diplomat and the Japanese prime minister.",
                        date(2023, 6, 1)) == (
        "The national security adviser Sullivan met top diplomat Wang Yi and the Japanese prime minister.")
    # Named already, a deputy or a former holder, what someone was, or the office's staff: nothing to add.
    for text in ("Secretary of State Antony Blinken spoke.", "Blinken, the secretary of state, spoke.",
                 "The deputy secretary of state spoke.", "The former secretary of state spoke.",
                 "He spoke when he was vice president.", "He was the first sitting American president to go.",
                 "The U.S. trade representative's office spoke.",
                 "The Office of the Trade Representative spoke.",
                 "The president spoke.", "The vice president spoke."):
        assert with_holders(text, date(2023, 6, 1)) == text


def test_a_day_no_holders_range_covers_names_nobody():
    # Before the ranges the data covers, and a vacancy the data leaves open (an acting holder): no guess.
    assert holder_on("us", "national security adviser", date(2019, 6, 1)) is None
    assert holder_on("rok", "president", date(2025, 2, 1)) is None
    assert holder_on("china", "top diplomat", date(2022, 6, 1)) is None
    for day in (date(2019, 6, 1), None):
        assert with_holders("The national security adviser met the press.", day) == (
            "The national security adviser met the press.")


def test_an_office_matches_the_holders_name_in_the_record(tmp_path):
    readout = _readout(date(2023, 6, 20), "sullivan",
                       "Mr. Sullivan met counterparts from the Pacific Islands in Suva. Mr. Sullivan pledged new "
                       "coast guard cutters to patrol the exclusive economic zones of the island states.")
    # The same pledge by another official the day after: the claim's office is Sullivan's.
    other = _readout(date(2023, 6, 21), "austin",
                     "Secretary Austin met counterparts from the Pacific Islands in Suva. Secretary Austin "
                     "pledged new coast guard cutters to patrol the exclusive economic zones of the island states.")
    claim = ("The national security adviser pledged new coast guard cutters to patrol the island states' exclusive "
             "economic zones.")
    # Dated, or undated: the day inferred from the claims' best matches names the holder, and the claim is
    # searched again.
    for verdict in _verdicts(tmp_path, [readout, other], [(claim, date(2023, 6, 22)), (claim, None)]):
        assert verdict["verdict"] == "supported", verdict
        assert verdict["evidence"][0]["url"] == readout.url


def test_an_office_held_by_someone_else_on_the_day_is_another_actor(tmp_path):
    austin = _readout(date(2023, 6, 20), "austin",
                      "Secretary Austin met counterparts from the Pacific Islands in Suva. Secretary Austin pledged "
                      "new coast guard cutters to patrol the exclusive economic zones of the island states.")
    rubio = _readout(date(2025, 7, 20), "rubio",
                     "Secretary Rubio met counterparts from the Pacific Islands in Suva. Secretary Rubio pledged "
                     "new coast guard cutters to patrol the exclusive economic zones of the island states.")
    claims = _verdicts(tmp_path, [austin, rubio], [
        # Austin was the defense secretary, not the secretary of state.
        ("The secretary of state pledged new coast guard cutters to patrol the island states' exclusive economic "
         "zones.", date(2023, 6, 21)),
        ("The defense secretary pledged new coast guard cutters to patrol the island states' exclusive economic "
         "zones.", date(2023, 6, 21)),
        # The national security adviser was Mike Waltz in March 2025, and Rubio (acting) by July.
        ("The national security adviser pledged new coast guard cutters to patrol the island states' exclusive "
         "economic zones.", date(2025, 7, 21)),
    ])
    assert (claims[0]["verdict"], claims[0]["reasons"]) == ("contested", ["actor_mismatch"]), claims[0]
    assert claims[1]["verdict"] == "supported", claims[1]
    assert claims[2]["verdict"] == "supported", claims[2]


def test_the_wrong_holder_for_the_day_is_another_actor(tmp_path):
    rubio = _readout(date(2025, 3, 20), "rubio",
                     "Secretary Rubio met counterparts from the Pacific Islands in Suva. Secretary Rubio pledged "
                     "new coast guard cutters to patrol the exclusive economic zones of the island states.")
    (claim,) = _verdicts(tmp_path, [rubio], [
        ("The national security adviser pledged new coast guard cutters to patrol the island states' exclusive "
         "economic zones.", date(2025, 3, 21))])
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["actor_mismatch"]), claim


def test_an_office_speaks_for_its_government_not_for_whoever_was_named_last():
    claims = extract_claims("Talks in Geneva\n\nThe two delegations met the Ruritanian foreign minister on Monday. "
                            "Ruritania's minister said the harbour dispute was settled.\n\n"
                            "The national security adviser said the talks on fisheries were candid.\n\n"
                            "China's top diplomat said the fisheries talks would resume in May.").claims
    sides = {claim.text.split(" said")[0]: claim.attribution for claim in claims if " said" in claim.text}
    assert sides["The national security adviser"] == "us-government", sides
    assert sides["China's top diplomat"] == "china-government", sides


def test_a_country_qualifying_an_office_names_its_holder_not_a_party():
    from verifier.normalize import analyze
    from verifier.rules.parties import _names_an_office

    def qualifying(text: str) -> dict[str, bool]:
        analysis = analyze(text)
        return {entity.key: _names_an_office(analysis, entity.index) for entity in analysis.entities
                if entity.kind == "country"}
    assert qualifying("The German chancellor pledged support for the harbour project.") == {"=germany": True}
    # The country's own deficit is the country's.
    assert qualifying("The German trade deficit grew last year.") == {"=germany": False}


def test_a_government_writes_its_own_leaders_title_alone():
    # A White House text's capitalised "The President" / "the Vice President" is the U.S. holder on its day.
    day = date(2022, 11, 21)
    assert with_holders("The Vice President reaffirmed the alliance and thanked the President.", day,
                        "us-government") == (
        "The Vice President Harris reaffirmed the alliance and thanked the President Biden.")
    # Another country's office ("the President of Colombia"), a lower-case title (an article's "the president",
    # whoever it is), or what someone was ("when I was the vice president of China"): nothing to add.
    for text in ("The President of Colombia spoke.", "The president spoke.", "When I was the Vice President we met."):
        assert with_holders(text, day, "us-government") == text
    # Without the publisher, the title alone names nobody.
    assert with_holders("The President spoke.", day) == "The President spoke."
    assert with_holders("I think of your trip when I was the vice president of China.", date(2023, 11, 15)) == (
        "I think of your trip when I was the vice president of China.")


def test_a_record_giving_the_act_to_a_title_names_its_holder_as_the_doer(tmp_path):
    pledge = _readout(date(2022, 11, 21), "harris",
                      "The Vice President met counterparts from the Pacific Islands in Suva. The Vice President "
                      "pledged new coast guard cutters to patrol the exclusive economic zones of the island states.")
    claims = _verdicts(tmp_path, [pledge], [
        ("Blinken pledged new coast guard cutters to patrol the island states' exclusive economic zones.",
         date(2022, 11, 22)),
        ("Harris pledged new coast guard cutters to patrol the island states' exclusive economic zones.",
         date(2022, 11, 22)),
    ])
    assert (claims[0]["verdict"], claims[0]["reasons"]) == ("contested", ["actor_mismatch"]), claims[0]
    assert claims[1]["verdict"] == "supported", claims[1]


def test_a_staff_title_to_an_office_is_not_that_offices_holder():
    # "Deputy Assistant to the President" is the staffer's title: the staffer is named after it.
    day = date(2024, 1, 28)
    sentence = "Deputy Assistant to the President and Deputy Advisor Jen Daskal will lead the delegation."
    assert with_holders(sentence, day, "us-government") == sentence
    assert with_holders("The President will lead the delegation.", day, "us-government") != (
        "The President will lead the delegation.")


def test_holder_countries_name_the_side_each_holder_speaks_for():
    from verifier.offices import holder_countries
    countries = holder_countries()
    assert countries["rubio"] == "us" and countries["albanese"] == "australia" and countries["wang yi"] == "china"


def test_the_offices_that_lead_a_country_are_those_news_also_calls_its_leader():
    from verifier.checking import _leaders_by_office
    from verifier.normalize import analyze
    from verifier.offices import offices
    assert {"president", "prime minister", "premier", "chancellor"} <= offices().leaders
    assert not {"secretary of state", "foreign minister", "national security adviser"} & offices().leaders
    # The table's leaders and the rulers it holds no terms of name a country's leader before "of" its name.
    named = _leaders_by_office(analyze("The chancellor of Germany and the emir of Qatar met the foreign minister "
                                       "of Japan."))
    assert len(named) == 2 and not {entity.key for entity in analyze("Japan").entities} & named
