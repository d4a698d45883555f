"""HTML inside imported bodies becomes the plain text it shows (db.markup), on real White House snippets
(tests/fixtures/markup/bodies.jsonl, each with the URL it is copied from), through `verifier import`."""

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import BUNDLED_READOUTS, invoke_verifier, readout, readout_record, record_database, write_jsonl

from db.markup import has_markup, plain_text_body

FIXTURES = Path(__file__).parent / "fixtures" / "markup" / "bodies.jsonl"
SNIPPETS = {entry["name"]: entry for entry in map(json.loads, FIXTURES.read_text(encoding="utf-8").splitlines())}


def plain(name: str) -> str:
    return plain_text_body(SNIPPETS[name]["body"])


def stored_sentences(db: Path) -> dict[str, list[str]]:
    """Each readout's sentences (text cut out of its stored body), by URL."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            'SELECT r.url, substr(r.body, s.start + 1, s."end" - s.start) FROM sentence s '
            "JOIN readout r ON r.id = s.readout_id ORDER BY r.id, s.position").fetchall()
    result: dict[str, list[str]] = {}
    for url, sentence in rows:
        result.setdefault(url, []).append(" ".join(sentence.split()))
    return result


def test_struck_slip_is_dropped_and_its_bracketed_correction_kept():
    text = plain("struck_slip")
    assert "Starting [today] and continuing in the days ahead, we will also impose sanctions" in text
    assert "tomorrow" not in text and "<" not in text


def test_deleted_slip_and_line_breaks():
    text = plain("deleted_slip_between_line_breaks")
    assert "came to Rocky\u00a0[Mount] and spoke" in text
    assert "Mountain" not in text
    # Two line breaks end a paragraph, as a blank line does in the body's Markdown.
    assert "like yours —\n\nBack in 1964" in text
    assert "make good.”\n\nThat’s exactly" in text


def test_each_table_row_is_a_paragraph_of_its_cells():
    paragraphs = plain("table_in_figure").split("\n\n")
    assert paragraphs == [
        "An honest portrayal of current future deficits adjusts for the continuation of the TCJA:",
        "Baseline Deficits | Deficit Impact ($ billions)",
        "CBO Baseline Deficit (+) FYs 2025-2034 | $21,092",
        "TCJA Extension | $3,760",
        "Change in Debt Service | $594",
        "Current Baseline Deficit | $25,445",
        "On its own, the OBBB reduces the deficit by over $1.4 trillion.",
    ]


def test_underlined_heading_keeps_its_words_without_the_spans():
    text = plain("underlined_section_heading")
    assert text.startswith("Sec.\u00a02. Suspension of Country-Specific\u00a0*Ad Valorem*\u00a0Rate of Duty.\u00a0 "
                           "Effective")
    assert "span" not in text


def test_pictures_are_dropped_and_embedded_posts_kept():
    assert plain("picture_before_text").startswith("President Donald J. Trump and his administration have secured")
    assert "geneva-2.jpg" not in plain("picture_before_text")
    paragraphs = plain("embedded_post").split("\n\n")
    assert paragraphs[1] == ("The BBB will increase by orders of magnitude the scope, scale and speed of removing "
                             "illegal and criminal aliens from the United States.")
    assert paragraphs[-1] == "— Stephen Miller (@StephenM) June 3, 2025"


def test_superscripts_read_as_footnote_marks_powers_and_word_endings():
    assert "since its peak and a reduction" in plain("footnote_mark_after_word")
    assert "growth from 2005 to 2017. Economists" in plain("footnote_mark_after_year")
    assert "greater than 10^26 integer" in plain("power_of_ten")
    assert plain_text_body("the 118<sup>th</sup>\u00a0Congress") == "the 118th\u00a0Congress"
    assert plain_text_body("more potent than CO<sub>2</sub>.") == "more potent than CO2."


def test_a_square_or_cube_after_a_unit_is_a_power_not_a_footnote_mark():
    # An area or a volume keeps its power, written as a power of ten is; a mark after a word is still dropped.
    assert plain_text_body("a reserve of 500 km<sup>2</sup> in the north") == "a reserve of 500 km^2 in the north"
    assert plain_text_body("homes of 90 m<sup>2</sup>, and 12,000 ft<sup>3</sup> of gas") == (
        "homes of 90 m^2, and 12,000 ft^3 of gas")
    # A word ending in a unit's letters, or a time ("p.m."), is no unit: the digit after it marks a footnote.
    assert plain_text_body("the program<sup>2</sup> began at 5 p.m.<sup>3</sup> today") == (
        "the program began at 5 p.m. today")


def test_a_superscript_digit_that_is_part_of_a_name_or_a_unit_is_kept():
    # A name spelled with a superscript keeps it as the page shows it, a superscript character.
    assert plain_text_body("announced the (ISC)<sup>2</sup> One Million Cybersecurity Certified Pathway") == (
        "announced the (ISC)\u00b2 One Million Cybersecurity Certified Pathway")
    assert plain_text_body("**M<sup>3</sup>** will build on the Maritime Manufacturing (M<sup>3</sup>) work") == (
        "**M\u00b3** will build on the Maritime Manufacturing (M\u00b3) work")
    # A unit per volume, or an acceleration, is a power like an area.
    assert plain_text_body("above 35 \u00b5g/m<sup>3</sup> and 9.8 m/s<sup>2</sup>") == \
        "above 35 \u00b5g/m^3 and 9.8 m/s^2"
    # A mark after a word, an acronym, or an abbreviation right after the words it stands for is a footnote.
    assert plain_text_body("Gross Domestic Product (GDP)<sup>1</sup> grew, said NATO<sup>2</sup> and the "
                           "Department of Homeland Security (DHS)<sup>3</sup> in the South<sup>4</sup>.") == (
        "Gross Domestic Product (GDP) grew, said NATO and the Department of Homeland Security (DHS) in the South.")


def test_entities_decoded_and_bare_ampersands_left_alone():
    assert plain_text_body("<u>R&amp;D</u> at AT&T, &notably &lt;5%; basic R&D; next") == (
        "R&D at AT&T, &notably <5%; basic R&D; next")
    # A paragraph without a tag, in a body holding markup elsewhere, has its references decoded too.
    assert plain_text_body("<u>Heading</u>\n\na majority (&gt;50%) of R&D; spending") == (
        "Heading\n\na majority (>50%) of R&D; spending")


def test_paragraphs_of_inline_markup_stay_apart():
    """Two paragraphs that are each one link stay two (an HTML parser keeps only a newline between tags)."""
    body = ("Done this nineteenth day of May.\n\n<a href=\"https://www.whitehouse.gov/ANNEX-I.pdf\">ANNEX I</a>\n\n"
            "<a href=\"https://www.whitehouse.gov/ANNEX-II.pdf\">ANNEX II</a>\n\nDONALD J. TRUMP")
    assert plain_text_body(body) == "Done this nineteenth day of May.\n\nANNEX I\n\nANNEX II\n\nDONALD J. TRUMP"


def test_picture_only_publication_keeps_its_pictures_as_markdown():
    body = ('<figure> <img src="https://www.whitehouse.gov/wp-content/uploads/2026/06/doc-1.png" width="1200" /> '
            '</figure>\n\n<figure> <img src="https://www.whitehouse.gov/wp-content/uploads/2026/06/doc-2.png" /> '
            '</figure>')
    assert plain_text_body(body) == ("![](https://www.whitehouse.gov/wp-content/uploads/2026/06/doc-1.png)\n\n"
                                     "![](https://www.whitehouse.gov/wp-content/uploads/2026/06/doc-2.png)")


@pytest.mark.parametrize("body", [
    "To view the slides, visit\u00a0<https://bidenwhitehouse.archives.gov/wp-content/uploads/2021/06/slides.pdf>",
    "Write to <internship@who.eop.gov> by Friday.\n\nR&D &amp; more, x < 5 and y > 2.",
    "Plain text.\r\n\r\nWith Windows line ends and  two spaces.  ",
])
def test_body_without_markup_is_returned_unchanged(body):
    assert not has_markup(body)
    assert plain_text_body(body) is body


def test_bundled_bodies_without_a_tag_are_byte_identical():
    for line in BUNDLED_READOUTS.read_text(encoding="utf-8").splitlines():
        body = json.loads(line)["body"]
        if "<" not in body:
            assert plain_text_body(body) is body


def test_import_stores_plain_sentences(tmp_path, db_path):
    lines = [readout(entry["url"], entry["body"], published=entry["published"]) for entry in SNIPPETS.values()]
    result = invoke_verifier("import", str(write_jsonl(tmp_path / "markup.jsonl", lines)), db=db_path)
    assert result.returncode == 0, result.stderr
    sentences = stored_sentences(db_path)
    every = [sentence for url_sentences in sentences.values() for sentence in url_sentences]
    assert not [sentence for sentence in every if "<" in sentence or "style=" in sentence]
    slip = sentences[SNIPPETS["struck_slip"]["url"]]
    assert ("Starting [today] and continuing in the days ahead, we will also impose sanctions on Russia’s elites "
            "and their family members.") in slip
    table = sentences[SNIPPETS["table_in_figure"]["url"]]
    assert "TCJA Extension | $3,760" in table and "Change in Debt Service | $594" in table


def test_reimport_replaces_a_body_stored_with_its_markup(tmp_path, db_path):
    """A database imported before bodies were cleaned holds the markup; importing the same file again stores
    the plain text as the current revision, with sentences and index entries cut from it, and the old text
    kept as the first revision."""
    from db.index import index_problems
    from db.integrity import record_problems

    entry = SNIPPETS["struck_slip"]
    engine = record_database(db_path, [readout_record(entry["url"], entry["body"])])
    engine.dispose()
    assert any("<s>" in sentence for sentence in stored_sentences(db_path)[entry["url"]])

    line = write_jsonl(tmp_path / "again.jsonl", [readout(entry["url"], entry["body"])])
    result = invoke_verifier("import", str(line), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "0 new, 1 revised, 0 unchanged" in result.stdout
    sentences = stored_sentences(db_path)[entry["url"]]
    assert not [sentence for sentence in sentences if "<" in sentence]
    assert any(sentence.startswith("Starting [today] and continuing") for sentence in sentences)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT revision_count FROM readout").fetchone() == (2,)
    from db.database import open_database

    engine = open_database(str(db_path))
    try:
        with engine.connect() as connection:
            assert record_problems(connection) == []
            assert index_problems(connection) == []
    finally:
        engine.dispose()
    searched = invoke_verifier("readouts", "search", "sanctions elites", db=db_path)
    assert "tomorrow" not in searched.stdout and "Starting [today]" in " ".join(searched.stdout.split())

    again = invoke_verifier("import", str(line), db=db_path)
    assert "0 new, 0 revised, 1 unchanged" in again.stdout


def test_struck_text_left_unclosed_at_the_end_of_a_paragraph_is_kept():
    # html.parser closes the element at the end of what is parsed: the rest of the last paragraph, no slip.
    body = SNIPPETS["struck_slip"]["body"].replace("</s>", "")
    assert "Starting tomorrow [today] and continuing in the days ahead" in plain_text_body(body)
    # A slip that ends its paragraph is short, and is still dropped.
    assert plain_text_body("In the — like I <s>said,</s>\n\nNext.") == "In the — like I\n\nNext."
    assert plain_text_body("we will act <em><s>tomorrow</s></em>") == "we will act"


def test_site_parsers_drop_struck_text_as_the_import_does():
    """A page read by a source's parser (sources/html.py) keeps no tags, but kept the struck word as said."""
    from sources.html import paragraphs, parse_html

    page = parse_html("<html><body><div><p>" + SNIPPETS["struck_slip"]["body"].split("\n\n")[1]
                      + "</p><p>Came to Rocky\u00a0<del>Mountain</del>\u00a0[Mount] and spoke.</p></div></body></html>")
    assert paragraphs(page.body) == [
        "Starting [today] and continuing in the days ahead, we will also impose sanctions on Russia’s elites and "
        "their family members. They share in the corrupt gains of the Kremlin policies and should share in the "
        "pain as well.",
        "Came to Rocky [Mount] and spoke.",
    ]
