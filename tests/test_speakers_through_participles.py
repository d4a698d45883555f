"""A sentence's subject speaks through a participle of saying after a comma ("Biden, too, spoke of the
danger, telling reporters ..."): a quotation so told is the subject's, and another speaker's line holding it
word for word is a misattribution. Constructed records in a real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze, speaker_keys

DAY = date(2024, 3, 6)

BEFORE_TALKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/05/remarks-biden-okafor/",
    ("PRESIDENT BIDEN: Welcome to the White House, Prime Minister.\n\n"
     "PRIME MINISTER OKAFOR: Thank you, Mr. President. Our two nations now face the stormiest decade "
     "our fishing fleets have ever known."),
    published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC), kind="speeches-remarks",
    title="Remarks by President Biden and Prime Minister Okafor of Ruritania Before Bilateral Meeting")


def test_a_quotation_told_through_a_participle_is_the_subjects(tmp_path):
    other, own = check_claims(tmp_path / "talks.db", [BEFORE_TALKS], [
        ("Biden, too, spoke of the danger, telling reporters the allies faced \"the stormiest decade our "
         "fishing fleets have ever known.\"", DAY),
        ("Okafor, too, spoke of the danger, telling reporters the allies faced \"the stormiest decade our "
         "fishing fleets have ever known.\"", DAY)])
    assert (other["verdict"], other["reasons"][:1]) == ("contested", ["misattributed"]), other
    assert own["verdict"] != "contested", own


def test_a_saying_verb_of_its_own_keeps_the_participle_its_speakers():
    # "he said" has its own speaker: "adding" goes on with his words, not the opening name's.
    told = analyze("Biden had been upset, he said, because nobody had warned him, adding: \"That is what "
                   "embarrasses rulers most.\"")
    assert "=biden" not in speaker_keys(told)
    assert "=biden" in speaker_keys(analyze("Biden, too, spoke of the danger, adding: \"The storms grow "
                                            "worse.\""))
    # Once "he said" is read apart as the attribution, a pronoun between still says someone else may be
    # adding.
    assert "=biden" not in speaker_keys(analyze("Biden had been upset because he was not warned, adding: "
                                                "\"That is what embarrasses rulers most.\""))
