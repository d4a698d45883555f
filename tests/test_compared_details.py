"""Details a claim changes that the detectors never compared: a department named for another in a list, a
figure in "U.S. dollars", a growth said as a multiple ("doubled", "tripled"), and the end of a year ("early
2026" / "late 2026").

Each rule was found among the training sets' contested claims the engine supported; each test is
constructed (an invented record, no article's words) and fails on the code before the rule. The faithful
claim is checked beside each changed one: it is not contested.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import only_the_changed_is_contested, readout_record

DAY = date(2025, 3, 13)

FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/03/fact-sheet-ostland-partnership/",
    "Carmakers from Ostland announced more than $14 billion in fresh U.S. investments this "
    "morning. Ostland has more than doubled its purchases of American soybeans this year compared to last "
    "year. The two governments plan to hold their third Arctic research dialogue in early 2026.\n\n"
    "The review of Ostland's port investments will be carried out by experts from the Commerce Department, "
    "the National Security Council, and the State Department.",
    title="Fact Sheet: The United States and Ostland Deepen Their Economic Partnership",
    published=datetime(2025, 3, 13, 18, 0, tzinfo=UTC),
)


def _only_the_changed_is_contested(tmp_path, record, reason: str, claims: list[str]) -> None:
    only_the_changed_is_contested(tmp_path / "record.db", [record], DAY, reason, claims)


def test_a_department_listed_in_anothers_place_is_another_actor(tmp_path):
    # The Pentagon (the defense department) and the National Security Council are departments, each listed with
    # the same two others: one for the other is another actor, though nothing follows either name.
    _only_the_changed_is_contested(tmp_path, FACT_SHEET, "actor_mismatch", [
        "The review of Ostland's port investments will be carried out by experts from the Commerce Department, "
        "the Pentagon and the State Department.",
        "The review of Ostland's port investments will be carried out by experts from the Commerce Department, "
        "the National Security Council and the State Department.",
    ])


def test_an_amount_in_us_dollars_is_an_amount_of_money(tmp_path):
    # "19 billion U.S. dollars" is dollars, as "$14 billion" is: not a count of something called "U".
    _only_the_changed_is_contested(tmp_path, FACT_SHEET, "number_mismatch", [
        "Ostland's carmakers announced fresh U.S. investments worth more than 19 billion "
        "U.S. dollars this morning.",
        "Ostland's carmakers announced fresh U.S. investments worth more than 14 billion "
        "U.S. dollars this morning.",
    ])


def test_a_growth_said_as_a_multiple_is_compared(tmp_path):
    _only_the_changed_is_contested(tmp_path, FACT_SHEET, "number_mismatch", [
        "Ostland has roughly tripled its purchases of American soybeans this year compared to last year.",
        "Ostland has more than doubled its purchases of American soybeans this year compared to last year.",
    ])


def test_early_and_late_in_one_year_are_other_times(tmp_path):
    _only_the_changed_is_contested(tmp_path, FACT_SHEET, "date_mismatch", [
        "The two governments plan to hold their third Arctic research dialogue in late 2026.",
        "The two governments plan to hold their third Arctic research dialogue in early 2026.",
    ])


def test_the_forms_are_read_as_numbers():
    from verifier.normalize import Quantity, analyze

    assert analyze("worth 35 billion U.S. dollars").quantities == [Quantity(35e9, "$")]
    assert analyze("exports have tripled").quantities == [Quantity(3.0, "fold")]
    assert set(analyze("a fourfold rise and a 10-fold rise").quantities) == {Quantity(4.0, "fold"),
                                                                             Quantity(10.0, "fold")}
    # "Double" as an adjective, and "doubled down", multiply nothing.
    assert analyze("they doubled down on a double standard").quantities == []


EXCHANGE_RECORD = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/03/joint-statement-westmark-ostland/",
    "The President of Westmark welcomed Ostland's decision to open a consulate in Harbourton, and both sides "
    "agreed to expand ferry links across the strait.",
    title="Joint Statement of Westmark and Ostland",
    published=datetime(2025, 3, 13, 18, 0, tzinfo=UTC),
)


def test_two_names_given_in_each_others_places_are_other_actors(tmp_path):
    # The claim says the record's words with the two names exchanged: who welcomed whose decision is the point.
    _only_the_changed_is_contested(tmp_path, EXCHANGE_RECORD, "actor_mismatch", [
        "The President of Ostland welcomed Westmark's decision to open a consulate in Harbourton.",
        "The President of Westmark welcomed Ostland's decision to open a consulate in Harbourton.",
    ])


def test_names_whose_order_is_free_are_not_exchanged():
    from verifier.alignment import exchanged_names
    from verifier.normalize import analyze

    # Joined by "and" or a meeting, and a passive's doer after "by", the two may come either way round.
    for claim, record in (("Marlow met with Kessel in Harbourton.", "Kessel met with Marlow in Harbourton."),
                          ("Ostland and Westmark agreed to expand ferry links.",
                           "Westmark and Ostland agreed to expand ferry links."),
                          ("President Marlow welcomed Chancellor Kessel to Harbourton.",
                           "Chancellor Kessel was welcomed by President Marlow to Harbourton.")):
        assert exchanged_names(analyze(claim), analyze(record)) == frozenset(), claim
    told = exchanged_names(analyze("On Monday, Marlow told Kessel that the ferry links would expand."),
                           analyze("On Monday, Kessel told Marlow that the ferry links would expand."))
    assert len(told) == 2, told


RANKED_RECORD = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/03/readout-westmark-ostland-coast-guards/",
    "The commandants of the Westmark and Ostland coast guards met in Harbourton for the fifth bilateral "
    "Coast Guard Commandants maritime meeting since the strait agreement.",
    title="Readout of the Westmark-Ostland Coast Guard Commandants' Meeting",
    published=datetime(2025, 3, 13, 18, 0, tzinfo=UTC),
)


def test_an_ordinal_ranks_the_meeting_its_phrase_ends_with(tmp_path):
    # "The fourth such meeting" counts meetings; the record's "fifth ... maritime meeting" ranks a meeting too,
    # though the lexicon reads the record's "meeting" as talks.
    _only_the_changed_is_contested(tmp_path, RANKED_RECORD, "number_mismatch", [
        "The commandants of the Westmark and Ostland coast guards met in Harbourton, the fourth such meeting "
        "since the strait agreement.",
        "The commandants of the Westmark and Ostland coast guards met in Harbourton, the fifth such meeting "
        "since the strait agreement.",
    ])


TARGETS_RECORD = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/03/fact-sheet-westmark-ostland-customs-compact/",
    "The customs compact aligns the port authorities of Westmark and Ostland, targeting container inspection "
    "reforms within two years and customs approvals within one year.",
    title="Fact Sheet: The Westmark-Ostland Customs Compact",
    published=datetime(2025, 3, 13, 18, 0, tzinfo=UTC),
)


def test_a_figure_another_clause_of_the_claim_tells_is_that_clauses(tmp_path):
    # The record's "within one year" goes with customs approvals, which the claim's other clause tells: the
    # inspection reforms' figure is the record's two years, against the claim's three.
    _only_the_changed_is_contested(tmp_path, TARGETS_RECORD, "number_mismatch", [
        "Westmark and Ostland aim to complete container inspection reforms within three years and customs "
        "approvals within one.",
        "Westmark and Ostland aim to complete container inspection reforms within two years and customs "
        "approvals within one.",
    ])


LAST_WEEK_RECORD = readout_record(
    "https://www.whitehouse.gov/remarks/2025/03/remarks-by-the-president-on-coastal-security/",
    "Last week, we asked the Westmark parliament for 40 new patrol boats to guard the northern fisheries.",
    title="Remarks by the President of Westmark on Coastal Security",
    published=datetime(2025, 3, 13, 18, 0, tzinfo=UTC),
)


def test_earlier_this_week_is_not_the_records_last_week(tmp_path):
    # The record, out on the article's day, placed the request in the week before: not earlier this week.
    _only_the_changed_is_contested(tmp_path, LAST_WEEK_RECORD, "date_mismatch", [
        "Earlier this week, Westmark asked its parliament for 40 new patrol boats to guard the northern "
        "fisheries.",
        "Last week, Westmark asked its parliament for 40 new patrol boats to guard the northern fisheries.",
    ])
