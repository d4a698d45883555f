"""Polarity read in its context, which the twenty-first session found misread both ways: a denial whose sentence
leaves to its transcript's title who said it and where ("I don't think the task forces will have finished ..." in
the gaggle aboard Air Force One); what an action is done to when the claim names it before a passive verb
("support for the refugees would be suspended"), so that an opposite done to the same thing is a contest though
a window adds the neighbour's other action; and a calling off the record tells in its own verb ("ending the
requirements", "has been delayed"); an action word that ends its clause is done to what precedes it ("new
U.S. naval deployments").

Each test is constructed (an invented record, no article's words) and fails on the code before the rule; the
faithful claim is checked beside each changed one and is not contested.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, only_the_changed_is_contested, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import OPPOSITE_ACTION
from verifier.rules.conflicts import find_conflicts
from verifier.rules.negation import opposites_of
from verifier.verdicts import _acts_on_the_same

DAY = date(2025, 5, 14)

GAGGLE = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/05/press-gaggle-by-deputy-envoy-ruth-calder-aboard-air-"
    "force-one-en-route-lisbon/",
    "MS. CALDER: Good morning, everybody.\n\n"
    "MS. CALDER: The President will sit down with the Prime Minister this afternoon.\n\n"
    "MS. CALDER: I don't think the task forces will have completed their work before the trip is over.",
    title="Press Gaggle by Deputy Envoy Ruth Calder Aboard Air Force One En Route Lisbon, Portugal",
    published=datetime(2025, 5, 13, 9, 0, tzinfo=UTC),
    kind="transcript",
)

BRIEFING = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/05/press-briefing-by-press-secretary-on-the-westmark-"
    "coup/",
    "MS. IVERSEN: The President has approved new measures against the Westmark junta.\n\n"
    "MS. IVERSEN: In addition, we are freezing American assistance that benefits the junta, while maintaining "
    "our funding for clinics, schools and other programs that benefit the people of Westmark directly. We also "
    "keep up our support for the displaced Karsi families and other vulnerable groups.",
    title="Press Briefing by Press Secretary Lena Iversen",
    published=datetime(2025, 5, 13, 19, 0, tzinfo=UTC),
    kind="transcript",
)


def test_a_denial_whose_title_says_who_spoke_where_contests(tmp_path):
    # The sentence never says who spoke or where: the gaggle's title does, as it would for a support.
    only_the_changed_is_contested(tmp_path / "record.db", [GAGGLE], DAY, "negation_mismatch", [
        "Ruth Calder, the deputy envoy, speaking on the plane the day before, predicted that the shipping "
        "task forces would complete their work before the trip was over.",
        "Ruth Calder, the deputy envoy, speaking on the plane the day before, said she did not expect the "
        "shipping task forces to complete their work before the trip was over.",
    ])


def test_a_passive_verb_acts_on_its_subject(tmp_path):
    # "Support ... would be suspended" is the opposite of "continue our support": the window that adds the
    # other sentence's "freezing" (done to the junta's assistance) does not state the claim.
    only_the_changed_is_contested(tmp_path / "record.db", [BRIEFING], DAY, "opposite_action", [
        "Iversen said support for the displaced Karsi families and other vulnerable groups would be suspended "
        "as well.",
        "Iversen said support for the displaced Karsi families and other vulnerable groups would continue.",
    ])


FRAMEWORK = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/05/joint-statement-on-a-united-states-ostland-trade-"
    "framework/",
    "Ostland will continue to streamline its customs procedures, including by ending the duplicate labeling "
    "requirements for imported machinery, and will publish its new tariff schedule within sixty days.",
    title="Joint Statement on a United States-Ostland Trade Framework",
    published=datetime(2025, 5, 13, 15, 0, tzinfo=UTC),
)


def _verdicts(tmp_path, records: list, claims: list[str]) -> list[tuple[str, list[str]]]:
    return [(result["verdict"], result["reasons"])
            for result in check_claims(tmp_path / "record.db", records, [(claim, DAY) for claim in claims])]


def test_ending_a_requirement_is_scrapping_it(tmp_path):
    # "Ending" the requirements tells the calling off the claim's "scrapped" tells; the noun ("the end of")
    # would not.
    verdicts = _verdicts(tmp_path, [FRAMEWORK], [
        "The duplicate labeling requirements for imported machinery are to be scrapped, the joint statement said.",
        "The duplicate labeling requirements for imported machinery are to be kept, the joint statement said.",
    ])
    assert verdicts[0] == ("supported", [])
    assert verdicts[1][0] != "supported"


REMARKS = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/05/background-call-previewing-the-ostland-visit/",
    "SENIOR ADMINISTRATION OFFICIAL: Many of you know that the harbor forum has been delayed. We are still "
    "working with Ostland on a new date and look forward to continuing our preparations with them.",
    title="Background Press Call Previewing the Ostland Visit",
    published=datetime(2025, 5, 13, 17, 0, tzinfo=UTC),
    kind="transcript",
)


def test_a_calling_off_the_record_tells_in_the_same_verb(tmp_path):
    # The record tells the delay itself ("has been delayed"); its "continuing our preparations" is done to
    # another thing than the forum, and what follows the claim's passive verb is no object of it.
    assert _verdicts(tmp_path, [REMARKS], [
        "The harbor forum had been delayed, the official said, and a new date was still being worked out.",
    ]) == [("supported", [])]


def test_an_action_that_ends_its_clause_is_done_to_what_precedes_it():
    # "New defensive U.S. naval deployments": the deploying is done to the naval forces named before it, the
    # forces the claim has withdrawn; "deployments to the harbor" are done to the harbor, another thing.
    claim = analyze("Trump discussed plans to withdraw U.S. naval forces from the region.")
    withdraw = frozenset(key for key in claim.keys if opposites_of(key))
    assert _acts_on_the_same(claim, analyze("The President discussed new defensive U.S. naval deployments."),
                             withdraw)
    assert not _acts_on_the_same(claim, analyze("The President discussed deployments to the harbor of Ostland."),
                                 withdraw)


def test_a_thing_that_ended_took_place_and_was_not_called_off():
    # "Ended with a statement" is the summit's own close, "year-end" a noun: neither tells a calling off, so
    # the record's sentence still contradicts what the claim says was called off or put on hold.
    assert find_conflicts(analyze("The harbor summit was called off, the ministry said."),
                          analyze("The harbor summit ended with a joint statement on shipping.")).reasons \
        == (OPPOSITE_ACTION,)
    assert find_conflicts(analyze("The duplicate labeling requirements were put on hold."),
                          analyze("Ostland will keep the duplicate labeling requirements until the year-end "
                                  "review.")).reasons == (OPPOSITE_ACTION,)
    # Ending a thing as a verb calls it off, as the claim's word does.
    assert find_conflicts(analyze("Ostland scrapped the duplicate labeling requirements."),
                          analyze("Ostland will end the duplicate labeling requirements for machinery.")).reasons \
        == ()
