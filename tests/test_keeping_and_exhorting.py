"""Negations and opposites the twenty-third session read anew: keeping a thing in force against calling it
off in any of either class's words ("keep the credits" / "may revoke the credits"), the record's own word for
the claim's action counting as its use ("lifts the levies on X while maintaining the levies on Y" for "ends
the X levies"), a warning "not to" do a deed (an exhortation, no denial that it happened), and a publication
"account" that is a statement, a topic that "did not feature" in talks, or one not mentioned "by name".

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts
from verifier.verdicts import omission_of

DAY = date(2025, 4, 9)

FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/04/fact-sheet-westmark-battery-plant-credits/",
    "The Secretary will review each approved plant every year and, if an operator falls short of its hiring "
    "pledges, may revoke the production credits, including retroactively.\n\n"
    "The order lifts the export levies on Westmark while maintaining the export levies on Brannock's ruling "
    "generals and their associates.",
    title="Fact Sheet: Westmark Battery Plant Credits",
    published=datetime(2025, 4, 8, 18, 0, tzinfo=UTC),
)

STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/04/statement-on-the-call-with-chancellor-ostrova/",
    "The Secretary and Chancellor Ostrova discussed the importance of restoring river shipping, reopening "
    "the border crossings and advancing the Lakeland fisheries accord.\n\n"
    "The Secretary also raised the detention of two journalists in Port Vell.",
    title="Statement by the Spokesperson on the Secretary's Call with Chancellor Ostrova",
    published=datetime(2025, 4, 8, 20, 0, tzinfo=UTC),
)


def _verdicts(tmp_path, claims: list[str]) -> list[tuple[str, list[str]]]:
    checks = [(claim, DAY) for claim in claims]
    results = check_claims(tmp_path / "record.db", [FACT_SHEET, STATEMENT], checks)
    return [(result["verdict"], result["reasons"]) for result in results]


def test_keeping_a_benefit_is_the_opposite_of_revoking_it(tmp_path):
    kept, faithful = _verdicts(tmp_path, [
        "Operators that fall short of their hiring pledges keep the production credits they already "
        "received, the fact sheet says.",
        "Operators that fall short of their hiring pledges may have the production credits revoked, "
        "including retroactively, the fact sheet says.",
    ])
    assert kept == ("contested", ["opposite_action"]), kept
    assert faithful[0] != "contested", faithful


def test_the_records_own_word_for_the_action_is_its_use():
    # "Lifts" tells what "ends" tells: the record's "maintaining" is done to other levies.
    claim = analyze("The order ends the Westmark export levies.")
    record = analyze("The order lifts the export levies on Westmark while maintaining the export levies on "
                     "Brannock's ruling generals and their associates.")
    assert "opposite_action" not in find_conflicts(claim, record).reasons
    # Without the record's own word for it, keeping the levies is still the opposite of ending them.
    kept = analyze("The order maintains the export levies on Westmark.")
    assert "opposite_action" in find_conflicts(claim, kept).reasons


def test_a_warning_not_to_do_a_deed_is_no_denial_of_it():
    windfall = "the cartel the biggest windfall it could ever hope for."
    claim = analyze(f"The senator warned colleagues not to hand {windfall}")
    feared = analyze(f"The bill must pass before the recess, before they hand {windfall}")
    assert not {"negation_mismatch", "opposite_action"} & set(find_conflicts(claim, feared).reasons)
    # The opposite exhortation is still a flip, and a plain denial still denies.
    urged = analyze(f"The senator urged colleagues to hand {windfall}")
    assert "negation_mismatch" in find_conflicts(claim, urged).reasons
    denied = analyze(f"Colleagues did not hand {windfall}")
    assert "negation_mismatch" in find_conflicts(denied, feared).reasons


def test_an_account_that_is_a_statement_does_mention_the_topic(tmp_path):
    [(verdict, reasons)] = _verdicts(tmp_path, [
        "Oddly, the official account made no mention of the Lakeland fisheries accord.",
    ])
    assert (verdict, reasons) == ("contested", ["negation_mismatch"])


def test_a_topic_that_did_not_feature_in_the_talks(tmp_path):
    [(verdict, reasons)] = _verdicts(tmp_path, [
        "The detention of journalists did not feature in the call, the official account shows.",
    ])
    assert (verdict, reasons) == ("contested", ["negation_mismatch"])


def test_not_mentioned_by_name_is_about_the_name_not_the_words():
    omission = omission_of(analyze("The statement does not mention Lakeland by name, referring only to "
                                   "fisheries."))
    # "By name" says how it is left out: the topic is Lakeland alone, and a record naming Lakeland mentions
    # it.
    assert {"name"} <= omission.meta_keys
    assert not analyze("Lakeland").keys & omission.meta_keys


def test_keeping_and_calling_off_must_act_on_one_thing():
    kept = analyze("Operators keep the production credits they already received.")
    assert "opposite_action" in find_conflicts(kept, analyze(
        "The Secretary may revoke the production credits.")).reasons
    # A called-off thing that lasts is kept, not called off ("the freeze will last" / "the halt remains in
    # effect").
    freeze = analyze("The freeze on drilling permits will last until the review is done.")
    assert "opposite_action" not in find_conflicts(freeze, analyze(
        "The halt on drilling permits will remain in effect until the review is done.")).reasons
    # One shared word is another thing of the same kind; a record that keeps one thing and calls off another
    # leaves the chosen pairs to tell which is the claim's.
    assert "opposite_action" not in find_conflicts(kept, analyze(
        "The Secretary may revoke the licences.")).reasons
    assert "opposite_action" not in find_conflicts(kept, analyze(
        "The Secretary may revoke the production credits of new plants but will retain the production "
        "credits of plants already open.")).reasons
