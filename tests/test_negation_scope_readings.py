"""Negations and opposites the twenty-fourth session read anew, each a reading of scope that holds in any
text: "declined" as a fall in an amount rather than a refusal, a known event that only dates the claim's deed
("before the expanded meeting"), a "rather than" opening phrase whose word the main clause tells as done, a
called-off thing the record only speaks of ("the benefits of the exemption"), a phrasal action written as one
hyphenated word ("a scaled-back effort"), a denied noun of what would settle a question ("no evidence that"),
a deed only asked about, and a word that describes what both sentences deny ("refusing a wage deal").

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts

POLARITY = {"negation_mismatch", "opposite_action"}
DAY = date(2025, 6, 12)

ORDER = readout_record(
    "https://www.whitehouse.gov/presidential-actions/2025/06/adjusting-imports-of-copper-wire/",
    "From 2021 to 2024, copper wire imports from the quota countries rose by about 800,000 tons, even as "
    "domestic demand declined by more than 2.3 million tons over the same period.\n\n"
    "Rather than protecting the Brannock wire industry, the benefits of the temporary exclusion have gone "
    "mostly to traders in Westmark, which have sharply raised duty-free shipments of wire drawn from "
    "Brannock copper rods.",
    title="Adjusting Imports of Copper Wire into the United States",
    published=datetime(2025, 6, 11, 18, 0, tzinfo=UTC),
)


def _conflicts(claim: str, record: str) -> set[str]:
    return set(find_conflicts(analyze(claim), analyze(record)).reasons)


def test_declined_by_an_amount_is_a_fall_not_a_refusal():
    claim = "Wire imports from the quota countries rose while domestic demand fell by over 2.3 million tons."
    record = ("Wire imports from the quota countries rose, even as domestic demand declined by more than 2.3 "
              "million tons.")
    assert not _conflicts(claim, record) & POLARITY
    for fall in ("declined sharply in 2024", "declined to 4 percent", "showed a declining share of sales"):
        assert not analyze(f"Domestic demand for copper wire {fall}.").negated, fall
    # A refusal is still one: to do a deed, or of a thing offered.
    assert analyze("The minister declined to renew the fishing licences.").negated
    assert analyze("The minister declined the invitation to the harbour summit.").negated
    assert "negation_mismatch" in _conflicts("The minister renewed the fishing licences.",
                                             "The minister declined to renew the fishing licences.")


def test_a_known_event_that_dates_the_deed_is_not_what_a_denial_contradicts():
    # The record denies an earlier meeting ("has not met"): the claim takes the day's meeting as its time.
    claim = "The two ministers walked the harbour for an hour before the formal meeting, aides said."
    record = ("Again, the foreign minister has not met her Westmark counterpart, so for the two ministers to "
              "walk the harbour together matters.")
    assert "negation_mismatch" not in _conflicts(claim, record)
    # Told as the claim's point, or as an event it introduces, the meeting is still denied by the record.
    assert "negation_mismatch" in _conflicts("The foreign minister has met her Westmark counterpart.", record)
    assert "negation_mismatch" in _conflicts(
        "The two ministers walked the harbour after a meeting of the two foreign ministers.", record)
    # The dating phrase is the event's few words, not the clause that follows it.
    assert "negation_mismatch" in _conflicts(
        "The mayor said in a call ahead of the vote that the city had already lifted the fishing ban.",
        "The city has not lifted the fishing ban, the mayor said.")


def test_a_rather_than_phrase_whose_word_the_main_clause_tells_as_done():
    claim = "The exclusion mostly benefited Westmark traders who ship wire drawn from Brannock copper rods."
    record = ("Rather than protecting the Brannock wire industry, the benefits of the temporary exclusion "
              "have gone mostly to traders in Westmark, which have raised shipments of wire drawn from "
              "Brannock copper rods.")
    assert "negation_mismatch" not in _conflicts(claim, record)
    # The set-aside deed itself stays denied.
    assert "negation_mismatch" in _conflicts(
        "The exclusion protected the Brannock wire industry, the order says.", record)


def test_a_called_off_thing_the_record_only_speaks_of_is_not_kept():
    claim = "The order scraps the temporary exclusion for Brannock wire."
    spoken_of = ("The Secretary has reported similar problems with respect to the temporary exclusion for "
                 "imports of wire from Brannock.")
    assert "opposite_action" not in _conflicts(claim, spoken_of)
    # A record that keeps it, or grants it, does the opposite of scrapping it.
    for keeps in ("The temporary exclusion for Brannock wire will remain in effect.",
                  "The President extended the temporary exclusion for Brannock wire."):
        assert "opposite_action" in _conflicts(claim, keeps), keeps
    # The "to" of a deed is no preposition: agreeing to do what was ruled out still does it.
    assert "opposite_action" in _conflicts(
        "The council ruled out reopening the northern ferry route.",
        "The council agreed to reopening the northern ferry route next spring.")


def test_a_hyphenated_phrasal_action_is_the_action():
    claim = "The patrols are part of a scaled-back effort under the harbour security programme."
    record = "The patrols are part of an expanded effort under the harbour security programme."
    assert "opposite_action" in _conflicts(claim, record)
    assert "opposite_action" not in _conflicts(
        "The patrols are part of an enlarged effort under the harbour security programme.", record)
    assert analyze("stepped-up patrols").keys == analyze("patrols stepped up").keys


def test_the_order_read_whole(tmp_path):
    checks = [(claim, DAY) for claim in (
        "Quota countries shipped about 800,000 tons more wire between 2021 and 2024, even as domestic demand "
        "fell by over 2.3 million tons.",
        "The order says the temporary exclusion has mostly benefited traders in Westmark that ship wire "
        "drawn from Brannock copper rods.",
    )]
    for result in check_claims(tmp_path / "record.db", [ORDER], checks):
        assert result["verdict"] != "contested", result


def test_a_denied_settling_noun_leaves_what_it_is_about_open():
    # "No evidence that ..." and "no consensus for ..." deny what would settle the question, not the thing.
    claim = "The harbour authority said Westmark trawlers have been used to map the northern cables."
    record = ("The harbour authority has not provided any evidence that Westmark trawlers have been used to "
              "map the northern cables.")
    assert "negation_mismatch" not in _conflicts(claim, record)
    assert "negation_mismatch" not in _conflicts(
        "The plan lets the coast guard patrol deeper into the strait with long-range drones.",
        "For the moment the allies have reached no consensus on long-range drones in the strait.")
    # A plain denial of the deed still denies it.
    assert "negation_mismatch" in _conflicts(
        claim, "Westmark trawlers have not been used to map the northern cables, the harbour authority said.")


def test_a_deed_only_asked_about_is_not_told():
    claim = "The minister said Westmark trawlers would be banned from the northern harbours next year."
    asked = ("Why should trawlers from Westmark be allowed to fish our harbours without inspections? So "
             "today I am announcing new rules for trawlers in the northern harbours.")
    assert "opposite_action" not in _conflicts(claim, asked)
    assert "opposite_action" in _conflicts(
        claim, "Trawlers from Westmark will be allowed to fish the northern harbours next year.")


def test_a_word_describing_what_both_deny_is_no_flip():
    claim = "The mayor asked the council to press the union, which he said was refusing a wage deal."
    record = ("The city will keep pushing for a wage deal that protects every driver. I ask the council to "
              "press the union, which is refusing this deal.")
    assert "negation_mismatch" not in _conflicts(claim, record)
    # The record that takes the deal the claim says was refused still flips it.
    assert "negation_mismatch" in _conflicts(claim, "The union accepted the wage deal on Friday.")
