"""The analysis of a text: the shortcuts that make it fast give what the full work gives.

`_times_and_numbers` skips a pattern when the text lacks every word the
pattern needs; `_words` takes a text without dotted, hyphenated or
apostrophised words in one step; `fold` replaces only the marks present.
Each is checked here against the long way on the bundled texts: the
readouts, the development set's articles and its claims.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import verifier.normalize as normalize

ROOT = Path(__file__).resolve().parents[1]
# The gap after a sentence's stop (or its closing quotation mark): a rough split of the records for the tests.
_BETWEEN_SENTENCES = re.compile(r"(?<=[.!?”\"])\s+")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found: list[str] = []
    for line in (ROOT / "examples" / "readouts.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found.append(record["title"])
        found.extend(_BETWEEN_SENTENCES.split(record["body"]))
    for article in sorted((ROOT / "tests" / "eval" / "articles").glob("*.txt")):
        found.extend(article.read_text(encoding="utf-8").splitlines())
    for line in (ROOT / "tests" / "eval" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        found.append(json.loads(line)["claim"])
    return [text for text in dict.fromkeys(found) if text.strip()]


def times_and_numbers(text: str) -> tuple:
    analysis = normalize._times_and_numbers(normalize.fold(text))
    return (analysis.quantities, analysis.days, analysis.months, analysis.years, analysis.relative,
            analysis.seasons, analysis.has_past_reference)


def test_a_pattern_is_skipped_only_where_it_could_not_match(texts, monkeypatch):
    skipping = [times_and_numbers(text) for text in texts]
    assert sum(1 for found in skipping if found[0] or found[1] or found[3] or found[4]) > 1000  # it reads dates
    # The empty string is in every text: every pattern is searched everywhere.
    monkeypatch.setattr(normalize.quantities, "_DIGIT", re.compile(""))
    for gate in ("_MONTH_STEMS", "_RELATIVE_UNITS", "_SEASON_WORDS", "_PAST_WORDS", "_COUNT_WORDS"):
        monkeypatch.setattr(normalize.quantities, gate, ("",))
    assert [times_and_numbers(text) for text in texts] == skipping


def test_words_of_a_plain_text_are_taken_in_one_step_as_word_by_word(texts, monkeypatch):
    lexicon = normalize.lexicon()
    folded = [normalize.fold(text) for text in texts]
    at_once = [normalize._words(text, lexicon) for text in folded]
    monkeypatch.setattr(normalize.tokens, "_JOINED_WORD", re.compile(""))  # every text the long way
    assert [normalize._words(text, lexicon) for text in folded] == at_once


def test_fold_changes_the_same_characters_as_the_full_table(texts):
    marks = "".join(chr(code) for code in normalize._FOLD)
    unaccent = str.maketrans(normalize._UNACCENTED)
    for text in [*texts, marks, f"«{marks}» `x` A\u00a0B", "Ångström’s “Đà Nẵng”", ""]:
        assert normalize.fold(text) == text.translate(normalize._FOLD).lower().translate(unaccent)


def test_accented_names_have_the_keys_of_their_plain_spelling():
    accented = "Prime Minister Søren Ødegård met Minister Lê Văn Thành in Đà Nẵng on Tuesday."
    plain = "Prime Minister Soren Odegard met Minister Le Van Thanh in Da Nang on Tuesday."
    assert len(normalize.fold(accented)) == len(accented)  # offsets stay exact
    assert normalize.analyze(accented).keys == normalize.analyze(plain).keys


def test_whole_phrase_search_finds_what_the_word_boundary_pattern_finds(texts):
    phrases = ["china", "u.s.", "us", "xi", "at", "s", "in", "biden’s", "_", "", "é", "2024", "the two"]
    samples = [normalize.fold(text) for text in texts[:40]]
    samples += ["xi_jinping met xi", "café us", "us", "(u.s.)", "u.s.a", "ésé", "a_b us_", ""]
    for text in samples:
        for phrase in phrases:
            pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
            assert normalize.has_whole_phrase(text, phrase) == bool(re.search(pattern, text)), (text[:60], phrase)


def test_dates_and_counts_are_worked_out_when_first_read_and_kept():
    analysis = normalize.analyze("They met on November 15, 2023 for two days of talks last year.")
    assert analysis.when is None  # not yet read
    assert analysis.days == {(11, 15)} and analysis.years == {2023} and analysis.has_past_reference
    assert [(q.value, q.unit) for q in analysis.quantities] == [(2.0, "day")]
    assert analysis.when is analysis.times()  # read once, then kept


def test_international_organisations_are_one_name_however_written():
    assert normalize.analyze("through the AU and the United Nations").keys == normalize.analyze(
        "through the African Union and the U.N.").keys
    assert normalize.analyze("the G-7 partners").keys == normalize.analyze("the Group of Seven partners").keys
    # A short acronym counts only in capitals: "un" and "eu" in lower case are other words.
    assert "=united_nations" not in normalize.analyze("an un-American act").keys


def test_may_after_a_determiner_is_the_verb_unless_an_occasion_follows():
    assert normalize.analyze("This may take weeks, the envoy said.").months == frozenset()
    assert normalize.analyze("Their May summit was cancelled.").months == {5}


def test_per_cent_is_percent():
    # British and wire spellings of one unit: "a 15 per cent tariff" shares the record's word.
    assert normalize.analyze("a 15 per cent tariff").keys == normalize.analyze("a 15 percent tariff").keys


def _fields(analysis: normalize.Analysis) -> tuple:
    return (analysis.text, analysis.tokens, analysis.keys, list(analysis.surfaces.items()), analysis.entities,
            analysis.negated, analysis.entity_keys, analysis.predicate_keys)


def test_irregular_past_forms_share_their_verbs_key():
    assert normalize.analyze("Biden flew to Jeddah.").keys & normalize.analyze("He will fly to Jeddah.").keys == (
        normalize.analyze("He will fly to Jeddah.").keys)
    assert normalize.light_stem("withdrawn") == normalize.light_stem("withdraw")


def test_the_plural_of_a_demonym_in_i_is_its_country():
    people = normalize.analyze("The safety of Israelis, Iraqis and Houthis held hostage.")
    assert {"=israel", "=iraq"} <= people.keys
    assert [entity.kind for entity in people.entities if entity.key == "=israel"] == ["country"]
    # Words in "-is" that are no plural keep their ending.
    assert {"crisis", "basis"} <= normalize.analyze("The crisis was handled on this basis.").keys


def test_a_window_made_from_its_sentences_analyses_is_the_joined_texts_analysis():
    # Windows of two and three sentences of the bundled readouts, cut as the import cuts them.
    from db.text import split_body

    made = 0
    for line in (ROOT / "examples" / "readouts.jsonl").read_text(encoding="utf-8").splitlines()[::6]:
        body = json.loads(line)["body"]
        sentences = [body[span.start:span.end] for span in split_body(body)]
        for size in (2, 3):
            for first in range(len(sentences) - size + 1):
                window = sentences[first:first + size]
                joined = normalize.analyze_joined(window)
                made += joined is not normalize.analyze(" ".join(window))
                assert _fields(joined) == _fields(normalize.analyze(" ".join(window))), window
    assert made > 1000  # most windows are made from their sentences


@pytest.mark.parametrize("window", [
    ["The talks were held with the Secretary.", "Separately Biden met Xi."],  # "Separately" opens a sentence?
    ["Officials met in the U.S.", "Government officials then left."],  # an initialism's full stop
    ["They worked to prevent.", "From Tuesday, nothing changed."],  # "prevent ... from"
    ["We will not!", "Talks resume in Geneva."],  # "!" ends a sentence, not a negation's reach
    ["They flew to.", "Bangkok hosted the talks."],  # a preposition before a name
    ["The meeting ended", "Xi left."],  # no mark between
])
def test_a_window_whose_sentences_may_read_into_each_other_is_analysed_whole(window):
    assert not normalize._apart(normalize.analyze(window[0]), normalize.analyze(window[1]))
    assert _fields(normalize.analyze_joined(window)) == _fields(normalize.analyze(" ".join(window)))


def _words_given_to_keys_of() -> list[tuple[str, str]]:
    """(file:line, word) of every plain word the engine's code passes to keys_of in a list literal."""
    import ast
    found = []
    for path in sorted((ROOT / "verifier").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "keys_of" and node.args \
                    and isinstance(node.args[0], ast.List | ast.Tuple):
                found += [(f"{path.name}:{node.lineno}", element.value) for element in node.args[0].elts
                          if isinstance(element, ast.Constant) and not element.value.startswith("=")]
    return found


def test_the_rules_word_lists_name_the_keys_the_analysis_gives_their_words():
    """A rule's list of words (keys_of) is compared with the keys of analysed text: each plain word must be
    keyed by the stemmer alone. A word of an alias group is keyed by its group ("percent" is "=percent"),
    so the list must name the group."""
    words = _words_given_to_keys_of()
    assert len(words) > 40  # the lists of the verdict rules, evidence.py and normalize.py were found
    for where, word in words:
        assert [token.key for token in normalize.analyze(word).tokens] == [normalize.word_key(word)], (where, word)


def test_a_day_written_in_digits_after_on_or_of_is_a_date_read_either_way():
    # "6/9" is 6 September where the day comes first and 9 June where the month does: both stand.
    assert normalize.analyze("On 6/9, the envoys met in Oslo.").days == {(9, 6), (6, 9)}
    assert normalize.analyze("On 6/9, the envoys met in Oslo.").quantities == []
    # A number over 12 can only be the day.
    assert normalize.analyze("On the evening of 25/9, the envoys dined in Oslo.").days == {(9, 25)}
    # Not after "on" or "of", or with a year or a third number, it is no day of a month.
    assert normalize.analyze("The hotline runs 24/7.").days == frozenset()
    assert normalize.analyze("It passed with a 2/3 majority.").days == frozenset()


def test_a_proper_name_before_group_is_a_company_not_a_committee():
    # "the Tata Group", "Mahindra Group", "the Wagner Group": a company or a force, an actor of its own;
    # "the Working Group", "the Consultative Group", "the Contact Group": a committee, no person's name.
    analyze = normalize.analyze
    for text, name in (("The ministers welcomed a deal between Anduril and the Tata Group.", "tata"),
                       ("The ministers welcomed a deal between Anduril and Mahindra Group.", "mahindr"),
                       ("The Wagner Group withdrew its fighters.", "wagner")):
        assert name in {entity.key for entity in analyze(text).entities}, text
    for text in ("The Counternarcotics Working Group met.", "The Consultative Group met.",
                 "The ministers met the Contact Group.", "The World Bank Group lent more."):
        assert not [entity for entity in analyze(text).entities if entity.kind == "name"], text


def test_a_range_names_its_unit_once_for_both_ends():
    # "from 7.5 to 25 percent" is two percentages, as "from 7.5% to 25%" is; a range from "zero" starts at 0.
    assert normalize.analyze("rates rise from 7.5 to 25 percent").quantities == [
        normalize.Quantity(7.5, "percent"), normalize.Quantity(25.0, "percent")]
    assert normalize.Quantity(0.0, "percent") in normalize.analyze("duties go from zero to 31 percent").quantities
    assert normalize.Quantity(0.0, "percent") in normalize.analyze(
        "duties go from between zero and 5 percent to 40 percent").quantities
    # "zero" joined by "and" to a figure outside a "between" is a count of its own, no range's start.
    assert normalize.Quantity(0.0, "percent") not in normalize.analyze("zero tolerance and 5 percent").quantities
    assert normalize.analyze("between 1 and 2 billion dollars").quantities == [
        normalize.Quantity(1e9, "$"), normalize.Quantity(2e9, "$")]
    # Two counts of different things side by side are no range.
    assert normalize.Quantity(2.0, "percent") not in normalize.analyze("the two sides and 25 percent").quantities


def test_third_countries_and_third_parties_are_outsiders_not_a_count():
    # "not to third countries" names outsiders to an agreement: read as the third of a series it was taken for a
    # count that any numbered list in the record disagreed with.
    for text in ("The benefits flow to the partners, not to third countries.",
                 "The platform will bar third-party sellers.", "Data may not be shared with a third party."):
        assert normalize.analyze(text).quantities == [], text
    # A third one of a series still counts.
    assert [(q.value, q.unit) for q in normalize.analyze("It was the third meeting of the leaders.").quantities] \
        == [(3.0, "#meet")]
    assert [q.value for q in normalize.analyze("Chile was the third country to join the pact.").quantities] == [3.0]


def test_a_pronouns_contraction_is_no_name():
    # A capitalised "I'm" or "I've" was read as an unknown name, a party the record's sentence lacked
    # (actor_mismatch against remarks that said the same in other words).
    for text in ("Jim is the reason that I’m president.", "And I've said it before, and I'll say it again.",
                 "That is why I'd ask the Congress to act."):
        assert [e.key for e in normalize.analyze(text).entities if e.kind == "name"] in ([], ["jim"]), text
    # Still a word of the sentence: only its reading as a name goes.
    assert "i'm" in normalize.analyze("Jim is the reason that I'm president.").keys


def _keys(text: str) -> list[str]:
    return [token.key for token in normalize.analyze(text).tokens if not token.stop]


def test_a_compound_hyphenated_or_apart_has_the_key_of_the_records_closed_word():
    # The record (U.S. government prose) writes "nonproliferation", "cooperation", "cybersecurity";
    # news, British and translated prose hyphenate them or write them apart.
    assert _keys("non-proliferation co-operation cyber security counter-terrorism peace-keeping") == \
        _keys("nonproliferation cooperation cybersecurity counterterrorism peacekeeping")
    # The record's own "health care" and a news article's "healthcare" meet as well.
    assert _keys("health care costs") == _keys("healthcare costs")


def test_a_hyphenated_word_is_joined_only_where_the_record_writes_it_closed():
    # No record word is "nonanswer" or "prorussia": the prefix and the name keep their own keys.
    assert "non" in _keys("a non-answer")
    assert "=russia" in _keys("pro-Russia forces")
    # A word that only contains two words is not written apart: "a strategic ally" is no "strategically".
    assert _keys("a strategic ally") == _keys("strategic") + _keys("ally")


def test_a_compound_is_searched_as_the_record_may_write_it():
    assert normalize.search_words("cybers", "cyber security") == ["cyber security", "cybersecurity"]
    assert normalize.search_words("nonprol", "non-proliferation") == ["non proliferation", "nonproliferation"]


def test_a_possessive_is_one_reading_for_every_rule():
    # Straight or curly, "'s" owns what follows; a plural's bare apostrophe is no part of the word, "its" no name.
    tokens = normalize.analyze(
        "Norway\u2019s minister met Oslo's mayor and the Philippines' envoy about its plan.").tokens
    assert {token.surface for token in tokens if normalize.possessive(token)} == {"Norway\u2019s", "Oslo's"}


def test_the_heads_of_names_are_the_heads_of_places_and_of_bodies():
    heads, directions = normalize.name_heads()
    assert heads == normalize.place_heads() | normalize.body_heads()
    assert {"sea", "peninsula", "ministry", "union"} <= heads and "east" in directions and "east" not in heads
