"""The kind of publication a claim credits with its words ("according to the joint statement", "the fact sheet
said", "Biden said in his speech"): when the record's document of that kind, of the occasion, does not say it
and only another kind of publication does, the claim is misattributed. Constructed records (no article's
words); each test fails on the rules before them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import check_claim, check_claims, readout_record

from verifier.rules.codes import MISATTRIBUTED
from verifier.rules.documents import (
    FACT_SHEET,
    JOINT_STATEMENT,
    MEMORANDUM,
    MEMORANDUM_OF_UNDERSTANDING,
    PRESIDENTIAL_ACTION,
    SPOKEN,
    claimed_document,
)

# Thursday, April 9, 2026: a leaders' visit told in a joint statement, a fact sheet and the leaders' remarks.
RIVER_JOINT_STATEMENT = readout_record(
    url="https://www.whitehouse.gov/briefings-statements/2026/04/joint-statement-river-states/",
    title="United States-Lorvania Joint Statement on River Cooperation",
    published=datetime(2026, 4, 9, 16, 0, tzinfo=UTC),
    body=("The United States and Lorvania reaffirmed their partnership on river navigation and engineering. "
          "The two leaders resolved to deepen cooperation on flood forecasting along the shared valley."))
RIVER_FACT_SHEET = readout_record(
    url="https://www.whitehouse.gov/fact-sheets/2026/04/fact-sheet-lorvania-visit/",
    title="Fact Sheet: The United States and Lorvania Launch a River Partnership",
    published=datetime(2026, 4, 9, 17, 0, tzinfo=UTC),
    body=("Lorvania will station four hydrology engineers at the Army Corps of Engineers laboratory in Vicksburg "
          "for the first time. The partnership will map every lock on the northern canal by 2028."))
RIVER_REMARKS = readout_record(
    url="https://www.whitehouse.gov/remarks/2026/04/remarks-lorvania-arrival/",
    title="Remarks by the President and President Oskar Veld of Lorvania at Arrival Ceremony",
    published=datetime(2026, 4, 9, 14, 0, tzinfo=UTC),
    body=("Welcome to the White House, Mr. President. Our two peoples have shared a river valley and its floods "
          "for a century. Together we will keep the barges moving and the towns dry."))
RIVER_RECORD = [RIVER_JOINT_STATEMENT, RIVER_FACT_SHEET, RIVER_REMARKS]
POINT = "Lorvania would station four hydrology engineers at the Army Corps of Engineers laboratory in Vicksburg " \
        "for the first time."


def test_a_point_credited_to_the_joint_statement_that_only_the_fact_sheet_states_is_misattributed(tmp_path):
    according, subject, plain, white_house = check_claims(tmp_path / "river.db", RIVER_RECORD, [
        ("According to the joint statement, " + POINT, date(2026, 4, 10)),
        ("Thursday's joint statement said " + POINT, date(2026, 4, 10)),
        (POINT[0].upper() + POINT[1:], date(2026, 4, 10)),
        # A side, not a document: the White House's fact sheet is the White House's word.
        ("The White House said " + POINT, date(2026, 4, 10)),
    ])
    assert (according["verdict"], according["reasons"]) == ("contested", [MISATTRIBUTED]), according
    assert (subject["verdict"], subject["reasons"]) == ("contested", [MISATTRIBUTED]), subject
    assert plain["verdict"] == "supported", plain
    assert white_house["verdict"] == "supported", white_house


def test_a_point_credited_to_the_document_that_states_it_is_supported(tmp_path):
    fact_sheet, joint = check_claims(tmp_path / "own.db", RIVER_RECORD, [
        ("According to the fact sheet, " + POINT, date(2026, 4, 10)),
        ("In their joint statement, the two leaders resolved to deepen cooperation on flood forecasting along "
         "the shared valley.", date(2026, 4, 10)),
    ])
    assert fact_sheet["verdict"] == "supported", fact_sheet
    assert joint["verdict"] == "supported", joint


def test_without_the_named_document_of_that_occasion_in_the_record_nothing_says_the_credit_is_wrong(tmp_path):
    # The record holds no joint statement of the visit: the article may have seen one the record lacks.
    without = check_claim(tmp_path / "without.db", [RIVER_FACT_SHEET, RIVER_REMARKS],
                          "According to the joint statement, " + POINT, date(2026, 4, 10))
    assert without["verdict"] != "contested", without


def test_another_visits_joint_statement_of_the_same_day_does_not_say_the_credit_is_wrong(tmp_path):
    # A day of two visits: the record holds the fact sheet of the one with Korea and the joint statement of the
    # one with Japan. The Korean visit's own joint statement, which the article credits, is not in the record.
    korea_fact_sheet = readout_record(
        url="https://www.whitehouse.gov/fact-sheets/2026/04/fact-sheet-korea-visit/",
        title="Fact Sheet: America and South Korea Launch a Shipbuilding Partnership",
        published=datetime(2026, 4, 9, 17, 0, tzinfo=UTC),
        body=("Korea will station four naval architects at the shipyard in Philadelphia for the first time. "
              "The partnership will survey every dry dock on the eastern seaboard by 2028."))
    japan_joint_statement = readout_record(
        url="https://www.whitehouse.gov/briefings-statements/2026/04/joint-statement-japan/",
        title="Joint Statement of America and Japan on Shipbuilding",
        published=datetime(2026, 4, 9, 20, 0, tzinfo=UTC),
        body=("The United States and Japan reaffirmed their alliance and their cooperation on shipbuilding. "
              "The two leaders resolved to train naval architects at the shipyards of both countries."))
    point = "Korea would station four naval architects at the shipyard in Philadelphia for the first time."
    credited = ("According to the joint statement, " + point, date(2026, 4, 10))
    other_visits = check_claim(tmp_path / "two_visits.db", [korea_fact_sheet, japan_joint_statement],
                               *credited)
    assert other_visits["verdict"] == "supported", other_visits
    # With the Korean visit's own joint statement in the record, silent on the point, the credit is wrong.
    korea_joint_statement = readout_record(
        url="https://www.whitehouse.gov/briefings-statements/2026/04/joint-statement-korea/",
        title="Joint Statement of America and South Korea on Shipbuilding",
        published=datetime(2026, 4, 9, 18, 0, tzinfo=UTC),
        body=("America and South Korea reaffirmed their alliance and their cooperation on "
              "shipbuilding. The two leaders resolved to train naval architects at the shipyards of both countries."))
    own_visits = check_claim(tmp_path / "own_visit.db",
                             [korea_fact_sheet, japan_joint_statement, korea_joint_statement], *credited)
    assert (own_visits["verdict"], own_visits["reasons"]) == ("contested", [MISATTRIBUTED]), own_visits


def test_a_title_naming_only_a_leader_names_the_leaders_country(tmp_path):
    # A day of two visits again, the Japanese visit's joint statement titled by its leaders alone: Prime Minister
    # Kishida's visit is Japan's, another occasion than the Korean one whose fact sheet states the point.
    korea_fact_sheet = readout_record(
        url="https://www.whitehouse.gov/fact-sheets/2024/04/fact-sheet-korea-visit/",
        title="Fact Sheet: America and South Korea Launch a Shipbuilding Partnership",
        published=datetime(2024, 4, 10, 17, 0, tzinfo=UTC),
        body=("Korea will station four naval architects at the shipyard in Philadelphia for the first time. "
              "The partnership will survey every dry dock on the eastern seaboard by 2028."))
    leaders_joint_statement = readout_record(
        url="https://www.whitehouse.gov/briefing-room/2024/04/10/joint-statement-kishida/",
        title="Joint Statement of Prime Minister Kishida and President Biden",
        published=datetime(2024, 4, 10, 20, 0, tzinfo=UTC),
        body=("The two leaders reaffirmed their alliance and their cooperation on shipbuilding. "
              "The two leaders resolved to train naval architects at the shipyards of both countries."))
    point = "Korea would station four naval architects at the shipyard in Philadelphia for the first time."
    credited = check_claim(tmp_path / "leaders.db", [korea_fact_sheet, leaders_joint_statement],
                           "According to the joint statement, " + point, date(2024, 4, 11))
    assert credited["verdict"] == "supported", credited


def test_a_point_credited_to_a_speech_that_only_a_written_text_states_is_misattributed(tmp_path):
    speech = check_claim(tmp_path / "speech.db", RIVER_RECORD,
                         "The President said in his remarks that " + POINT, date(2026, 4, 10))
    assert (speech["verdict"], speech["reasons"]) == ("contested", [MISATTRIBUTED]), speech


def test_a_document_that_only_dates_the_point_is_not_credited_with_it(tmp_path):
    # "In the hours after the joint statement" places the point in time; the fact sheet may state it.
    after = check_claim(tmp_path / "after.db", RIVER_RECORD,
                        "In the hours after the joint statement, the White House said " + POINT,
                        date(2026, 4, 10))
    assert after["verdict"] == "supported", after


def test_a_readout_that_recounts_a_speech_does_not_make_it_misattributed(tmp_path):
    # A readout tells what was said: that it, not the transcript, holds the words is no sign they were not said.
    readout = readout_record(
        url="https://www.whitehouse.gov/briefings-statements/2026/04/readout-lorvania/",
        title="Readout of the President's Meeting with President Veld of Lorvania",
        published=datetime(2026, 4, 9, 19, 0, tzinfo=UTC),
        body="The President announced that Lorvania would station four hydrology engineers at the Army Corps of "
             "Engineers laboratory in Vicksburg for the first time.")
    speech = check_claim(tmp_path / "recounted.db", [RIVER_JOINT_STATEMENT, RIVER_REMARKS, readout],
                         "The President said in his remarks that " + POINT, date(2026, 4, 10))
    assert speech["verdict"] == "supported", speech


def test_a_text_that_speaks_of_the_named_document_is_an_account_of_it(tmp_path):
    # The fact sheet says the joint statement was issued: news quoting its summary as the joint statement's
    # words has them from the record's account of that document.
    summary = readout_record(
        url=RIVER_FACT_SHEET.url, title=RIVER_FACT_SHEET.title,
        published=RIVER_FACT_SHEET.published,
        body="Today the two leaders issued a joint statement on their river partnership. " + RIVER_FACT_SHEET.body)
    according = check_claim(tmp_path / "summary.db", [RIVER_JOINT_STATEMENT, summary, RIVER_REMARKS],
                            "According to the joint statement, " + POINT, date(2026, 4, 10))
    assert according["verdict"] == "supported", according


@pytest.mark.parametrize(("sentence", "kind"), [
    ("According to the joint statement, both governments consented.", JOINT_STATEMENT),
    ("Friday's joint statement recalled that the leaders met.", JOINT_STATEMENT),
    ("The leaders will meet again, the joint leaders' statement said.", JOINT_STATEMENT),
    ("The duty rises to 35 percent, according to a White House fact sheet.", FACT_SHEET),
    ("The dairy proclamation said retailers may not use the quota.", PRESIDENTIAL_ACTION),
    ("Both premiers wrote in their declaration that the ceasefire would last.", JOINT_STATEMENT),
    ("According to the memorandum of understanding, the two agencies will share data.", MEMORANDUM_OF_UNDERSTANDING),
    ("The MOU commits both sides to a review.", MEMORANDUM_OF_UNDERSTANDING),
    ("The memorandum itself commits Lorvania to buying barges.", MEMORANDUM),
    ("The presidential memorandum said the agency must report.", PRESIDENTIAL_ACTION),
    ("Biden said in his speech that the sanctions would bite.", SPOKEN),
    ("In his opening remarks, the President thanked the host.", SPOKEN),
    # Not documents this reads: a side, "the readout", "the statement", an agreement between firms.
    ("The White House said the leaders agreed.", None),
    ("The leaders agreed, according to the readout.", None),
    ("The leaders agreed, the statement said.", None),
    ("The ministers welcomed a memorandum of understanding between two carmakers.", None),
    # A declaration of a state of things, a disaster's or an emergency's, is no text the parties issued.
    ("In his declaration of a national emergency, the President cited the deficit.", None),
    ("In the disaster declaration, the President ordered federal aid.", None),
    ("His speech was interrupted by applause.", None),
    # A document past a preposition or another determiner only places or qualifies what the phrase names.
    ("Officials worked in the days before the speech to settle the figures.", None),
    ("He defended the measure in the name of free speech.", None),
    ("In a break from the executive order, the agency delayed the rule.", None),
    ("The deal was signed in the hours after the joint statement was released.", None),
])
def test_the_document_a_sentence_credits(sentence, kind):
    claimed = claimed_document(sentence)
    assert (claimed.kind if claimed else None) == kind


# Saturday, April 11, 2026: two leaders sign a memorandum of understanding and issue a joint declaration; the
# White House's fact sheet tells of both.
BARGE_UNDERSTANDING = readout_record(
    url="https://www.whitehouse.gov/briefings-statements/2026/04/memorandum-of-understanding-lorvania-barges/",
    title="Memorandum of Understanding Between the United States and Lorvania on Inland Shipping",
    published=datetime(2026, 4, 11, 15, 0, tzinfo=UTC),
    body=("The Participants intend to cooperate on inland shipping, lock maintenance and barge safety. "
          "This Memorandum does not commit either Participant to any expenditure of funds."))
BARGE_DECLARATION = readout_record(
    url="https://www.whitehouse.gov/briefings-statements/2026/04/joint-declaration-lorvania/",
    title="Joint Declaration of President Marlow and President Veld of Lorvania",
    published=datetime(2026, 4, 11, 15, 30, tzinfo=UTC),
    body="The two Presidents note with appreciation the long friendship of their peoples along the shared river.")
BARGE_FACT_SHEET = readout_record(
    url="https://www.whitehouse.gov/fact-sheets/2026/04/fact-sheet-lorvania-shipping/",
    title="Fact Sheet: President Secures an Inland Shipping Partnership with Lorvania",
    published=datetime(2026, 4, 11, 16, 0, tzinfo=UTC),
    body=("Lorvania committed to buying forty river barges from American shipyards over the next five years. "
          "These orders will reopen three shuttered boatyards along the Ohio River. "
          # A customs form, not the text the two presidents issued: no account of their declaration.
          "Lorvania will waive import declarations on barge parts."))
BARGE_RECORD = [BARGE_UNDERSTANDING, BARGE_DECLARATION, BARGE_FACT_SHEET]


def test_a_point_credited_to_the_memorandum_or_the_declaration_that_only_the_fact_sheet_states_is_misattributed(
        tmp_path):
    memorandum, understanding, declaration, statement, own = check_claims(tmp_path / "barges.db", BARGE_RECORD, [
        ("The memorandum itself commits Lorvania to buying forty river barges from American shipyards over five "
         "years.", date(2026, 4, 12)),
        ("According to the memorandum of understanding, Lorvania committed to buying forty river barges from "
         "American shipyards over the next five years.", date(2026, 4, 12)),
        ("The two presidents wrote in their declaration that the orders would reopen three shuttered boatyards "
         "along the Ohio River.", date(2026, 4, 12)),
        # "The statement" is what news calls any of the day's publications: a loose name, not a wrong one.
        ("Lorvania committed to buying forty river barges from American shipyards over the next five years, the "
         "statement said.", date(2026, 4, 12)),
        ("In their declaration, the two presidents noted the long friendship of their peoples along the shared "
         "river.", date(2026, 4, 12)),
    ])
    assert (memorandum["verdict"], memorandum["reasons"]) == ("contested", [MISATTRIBUTED]), memorandum
    assert (understanding["verdict"], understanding["reasons"]) == ("contested", [MISATTRIBUTED]), understanding
    assert (declaration["verdict"], declaration["reasons"]) == ("contested", [MISATTRIBUTED]), declaration
    assert statement["verdict"] == "supported", statement
    assert own["verdict"] == "supported", own
