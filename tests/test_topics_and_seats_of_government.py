"""Words news uses for what a readout tells plainly: a topic "on the agenda" is one the parties discussed; a
capital that owns a deed after "over" or "from" ("over Moscow's actions") is its government; a capital of
two words ("San Salvador") is read as one name, its country's seat; a statement naming that government
outweighs the same formula said of another party (verdicts._outstated)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.evidence import _capitals_for_governments
from verifier.normalize import analyze

TOPICS_READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/04/14/"
    "readout-of-a-meeting-on-the-caribbean/",
    "President Harlan met with Prime Minister Ostrova of Westmark at the White House today. The leaders "
    "reviewed the expansion of their joint port inspections. They also discussed Haiti and the security of "
    "shipping lanes in the Windward Passage.",
    published=datetime(2026, 4, 14, 20, 0, tzinfo=UTC),
)


def test_a_topic_on_the_agenda_is_one_discussed():
    assert analyze("Haiti was on the agenda.").keys == analyze("They discussed Haiti.").keys
    assert analyze("with Haiti at the top of the agenda").keys >= analyze("discussed Haiti").keys
    # A programme called an agenda is no discussion.
    assert "=talks" not in analyze("the Investing in America agenda").keys


def test_a_topic_on_the_agenda_is_supported_by_the_readout_that_discussed_it(tmp_path):
    haiti = check_claim(tmp_path / "agenda.db", [TOPICS_READOUT],
                        "Haiti was also on the agenda, the White House said.", date(2026, 4, 15))
    assert haiti["verdict"] == "supported", haiti
    assert haiti["evidence"][0]["url"] == TOPICS_READOUT.url


def test_a_capital_owning_a_deed_after_a_preposition_is_its_government():
    assert _capitals_for_governments(
        analyze("The order answers an emergency declared over Moscow's actions."))
    assert _capitals_for_governments(analyze("The envoy brought a letter from Beijing's leaders."))
    # Where something is: a place, not a government.
    assert not _capitals_for_governments(analyze("They flew to Beijing's Capital Airport."))
    assert not _capitals_for_governments(analyze("They flew to Beijing's airport."))
    assert not _capitals_for_governments(analyze("They met in Moscow's suburbs."))
    assert not _capitals_for_governments(analyze("They flew over Moscow."))


SANCTIONS_FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2026/05/fact-sheet-president-addresses-threats-in-the-black-sea/",
    "The order blocks the assets of four shipping firms to address the national emergency declared with "
    "respect to the Government of the Russian Federation's seizures of grain vessels in the Black Sea.",
    published=datetime(2026, 5, 6, 14, 0, tzinfo=UTC),
)
# The same deed of another government, worded a little closer to the claim.
OTHER_SANCTIONS = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2026/05/fact-sheet-president-addresses-threats-in-the-gulf/",
    "The order blocks the assets of two shipping firms to address the national emergency declared over "
    "the Government of Iran's seizures of grain vessels in the Gulf.",
    published=datetime(2026, 5, 6, 15, 0, tzinfo=UTC),
)


def _supported_by_the_first_over_the_second(report: dict, first, second) -> None:
    """The claim is supported by `first`'s statement, which outscores `second`'s of the other party."""
    assert report["verdict"] == "supported", report
    assert report["evidence"][0]["url"] == first.url
    scores = {evidence["url"]: evidence["score"] for evidence in report["evidence"]}
    assert scores[first.url] > scores[second.url], scores


def test_a_deed_credited_to_a_capital_is_stated_by_the_record_naming_its_country(tmp_path):
    seizures = check_claim(tmp_path / "possessive_capital.db", [SANCTIONS_FACT_SHEET, OTHER_SANCTIONS],
                           "The emergency was declared over Moscow's seizures of grain vessels.",
                           date(2026, 5, 7))
    _supported_by_the_first_over_the_second(seizures, SANCTIONS_FACT_SHEET, OTHER_SANCTIONS)


TRADE_FRAMEWORK = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2026/03/"
    "joint-statement-on-a-trade-framework-with-el-salvador/",
    "El Salvador has committed to removing import restrictions on refurbished medical devices and to "
    "accepting electronic customs certificates.",
    published=datetime(2026, 3, 12, 21, 0, tzinfo=UTC),
)
OTHER_FRAMEWORK = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2026/03/"
    "joint-statement-on-a-trade-framework-with-guatemala/",
    "Guatemala has agreed to remove import restrictions on refurbished medical devices and to accept "
    "electronic customs certificates.",
    published=datetime(2026, 3, 12, 21, 0, tzinfo=UTC),
)


def test_a_capital_of_two_words_is_its_country_seat():
    claim = analyze("San Salvador agreed to lift the restrictions.")
    assert _capitals_for_governments(claim) == frozenset(analyze("San Salvador").keys)
    assert "=el_salvador" not in claim.keys  # the city is named, not the country
    assert _capitals_for_governments(analyze("Talks opened in Kuala Lumpur.")) == frozenset()


def test_a_two_word_capital_is_stated_by_the_record_naming_its_country(tmp_path):
    lifted = check_claim(tmp_path / "two_word_capital.db", [TRADE_FRAMEWORK, OTHER_FRAMEWORK],
                         "San Salvador agreed to remove import restrictions on refurbished medical devices.",
                         date(2026, 3, 13))
    _supported_by_the_first_over_the_second(lifted, TRADE_FRAMEWORK, OTHER_FRAMEWORK)


ECUADOR_FRAMEWORK = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2026/03/"
    "joint-statement-on-a-trade-framework-with-ecuador/",
    "-   Ecuador has committed to addressing a wide range of barriers affecting trade, including removing "
    "import restrictions on refurbished medical devices; accepting electronic customs certificates; and "
    "streamlining approvals for agricultural exports.",
    published=datetime(2026, 3, 12, 21, 0, tzinfo=UTC),
)
PERU_FRAMEWORK = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2026/03/joint-statement-on-a-trade-framework-with-peru/",
    "-   Peru has committed to addressing a wide range of barriers affecting trade, including removing "
    "import restrictions on refurbished medical devices; accepting electronic customs certificates; and "
    "streamlining approvals for agricultural exports.",
    published=datetime(2026, 3, 12, 21, 5, tzinfo=UTC),
)


def test_a_formula_said_of_the_capitals_government_outweighs_the_same_said_of_another(tmp_path):
    # The two statements are worded alike: the one naming the claim's party, as its capital, scores higher and
    # states the claim; the other party's is no contradiction.
    quito = check_claim(tmp_path / "formula.db", [ECUADOR_FRAMEWORK, PERU_FRAMEWORK],
                        "Quito agreed to lift import restrictions on refurbished medical devices and accept "
                        "electronic customs certificates.", date(2026, 3, 13))
    assert quito["verdict"] == "supported", quito
    assert quito["evidence"][0]["url"] == ECUADOR_FRAMEWORK.url
    # The other party's capital is still stated by its own statement only.
    lima = check_claim(tmp_path / "formula_other.db", [ECUADOR_FRAMEWORK, PERU_FRAMEWORK],
                       "Lima agreed to lift import restrictions on refurbished medical devices.",
                       date(2026, 3, 13))
    assert lima["evidence"][0]["url"] == PERU_FRAMEWORK.url, lima
