"""Words an article writes around a point that the record's sentence of it does not repeat weigh little
(evidence.TermWeights.weigh): "the pair" only points back at the two (evidence.descriptor_keys); a news word that
ranks a point ("the headline rate", normalize.LIGHT_WORDS); what a speaker was doing while speaking ("Luxon,
smiling broadly, said ...", normalize.saying_aside_keys); a verb that only spans the days between "from" and "to"
("the visit runs from Monday to Wednesday", normalize.spanning_keys); a verb that only tells or casts what follows
("recalled that", "framed the move as", "credited Denmark with being", normalize.telling_verb_keys); a verb that
only places what follows first ("opened by offering condolences", normalize.opening_verb_keys)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import check_claim, readout_record

from verifier.evidence import descriptor_keys
from verifier.normalize import analyze, opening_verb_keys, saying_aside_keys, spanning_keys, telling_verb_keys

EYE_TO_EYE = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2026/07/09/remarks-before-bilateral-meeting/",
    "PRIME MINISTER LUXON:  We see eye to eye on nearly every question, Mr. President.",
    published=datetime(2026, 7, 9, 20, 0, tzinfo=UTC),
    title="Remarks by President Trump and Prime Minister Luxon of New Zealand Before Bilateral Meeting",
)


def test_the_pair_points_back_at_the_two():
    assert descriptor_keys(analyze("He said the pair agree on most things.")) == analyze("pair").keys
    assert descriptor_keys(analyze("He bought the pair of boots.")) == frozenset()


def test_only_a_participle_aside_before_the_saying_is_set_apart():
    assert saying_aside_keys(analyze("Luxon, smiling broadly, said they agree.")) == analyze("smiling broadly").keys
    # A relative clause may be the point ("who signed the accord"): kept.
    assert saying_aside_keys(analyze("Kishida, who signed the accord, said it was historic.")) == frozenset()
    # How he spoke is the saying's setting, which a transcript records ("(as interpreted)").
    assert saying_aside_keys(analyze("Xi, speaking through an interpreter, said they last met in 2017.")) \
        == frozenset()
    # A word the claim also uses outside the aside keeps its weight.
    assert saying_aside_keys(analyze("Luxon, smiling, said the smiling crowd cheered.")) == frozenset()


def test_spanning_verbs_only_between_from_and_to():
    assert spanning_keys(analyze("The visit runs from Monday to Wednesday.")) == analyze("runs").keys
    assert spanning_keys(analyze("The talks, which ran from Sunday through Tuesday, ended.")) == analyze("ran").keys
    # Who runs a program, or for how long, is not a span of days between two ends.
    assert spanning_keys(analyze("The agency runs the program.")) == frozenset()
    assert spanning_keys(analyze("The program runs through 2030.")) == frozenset()


def test_the_manner_of_saying_does_not_keep_the_point_unsourced(tmp_path):
    smiling = check_claim(
        tmp_path / "around.db", [EYE_TO_EYE],
        "Luxon, smiling broadly, said the pair see eye to eye on nearly every question.", date(2026, 7, 10))
    assert smiling["verdict"] == "supported", smiling
    assert smiling["evidence"][0]["url"] == EYE_TO_EYE.url


OFFSHORE_GRID_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/03/04/statement-by-president-on-the-grid/",
    "Denmark has been a leader in that effort, and we have closely coordinated our work on the offshore "
    "grid. We will keep building it with our partners.",
    published=datetime(2026, 3, 4, 18, 0, tzinfo=UTC),
    title="Statement by the President on the North Sea Offshore Grid",
)


def test_telling_verbs_only_before_what_was_said():
    assert telling_verb_keys(analyze("Biden recalled that they had met in Rome.")) == analyze("recalled").keys
    assert telling_verb_keys(analyze("The ministry framed the move as a step against smuggling.")) \
        == analyze("framed").keys
    assert telling_verb_keys(analyze("He credited Denmark with being a leader.")) == analyze("credited").keys
    # The "-ing" participle tells as the past does, with a verb's silent "e" dropped ("describing", "declaring").
    assert telling_verb_keys(analyze("He signed it, describing the order as a first step.")) \
        == analyze("describing").keys
    assert telling_verb_keys(analyze("He signed it, declaring that the talks had failed.")) \
        == analyze("declaring").keys
    # A recall of goods, a declared emergency and a noun followed by a comma tell nothing that was said.
    assert telling_verb_keys(analyze("The firm recalled formula made at the plant.")) == frozenset()
    assert telling_verb_keys(analyze("He declared a national emergency.")) == frozenset()
    assert telling_verb_keys(analyze("Nobody knew who owned it, whether a state, a company or a person.")) \
        == frozenset()


def test_the_verb_that_credits_someone_does_not_keep_the_point_unsourced(tmp_path):
    credited = check_claim(tmp_path / "credited.db", [OFFSHORE_GRID_STATEMENT],
                           "The president credited Denmark with being a leader in that effort.",
                           date(2026, 3, 5))
    assert credited["verdict"] == "supported", credited
    assert credited["evidence"][0]["url"] == OFFSHORE_GRID_STATEMENT.url


@pytest.mark.parametrize("claim", [
    "The president praised the grid, describing Denmark as a leader in that effort.",
    "The president, stressing that Denmark has been a leader in that effort, praised the grid."])
def test_a_participle_that_tells_does_not_keep_the_point_unsourced(tmp_path, claim):
    told = check_claim(tmp_path / "told.db", [OFFSHORE_GRID_STATEMENT], claim, date(2026, 3, 5))
    assert told["verdict"] == "supported", told
    assert told["evidence"][0]["url"] == OFFSHORE_GRID_STATEMENT.url


FERRY_TARIFFS = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2026/05/fact-sheet-president-protects-harbor-workers/",
    "The tariff rate on ferries from Ruritania will increase from 25 percent to 100 percent this year. "
    "The tariff rate on cranes will increase to 25 percent.",
    published=datetime(2026, 5, 12, 18, 0, tzinfo=UTC),
    title="Fact Sheet: President Protects Harbor Workers",
)


def test_the_news_word_that_ranks_a_point_does_not_keep_it_unsourced(tmp_path):
    # "headline" is the article's ranking of the rate; the fact sheet states the rate.
    ranked = check_claim(tmp_path / "ranked.db", [FERRY_TARIFFS], "The headline rate is 100 percent.",
                         date(2026, 5, 13))
    assert ranked["verdict"] == "supported", ranked
    assert ranked["evidence"][0]["url"] == FERRY_TARIFFS.url


FLOOD_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2026/06/02/remarks-before-bilateral-meeting-voss/",
    "PRESIDENT ALDANA:  Let me begin by expressing my condolences to the people of Ruritania for the loss of life "
    "in the floods. We stand with you. And we have a lot to talk about today on the harbor.",
    published=datetime(2026, 6, 2, 15, 0, tzinfo=UTC),
    title="Remarks by President Aldana and Prime Minister Voss of Ruritania Before Bilateral Meeting",
)


def test_opening_verbs_only_before_what_came_first():
    assert opening_verb_keys(analyze("Biden opened by offering condolences.")) == analyze("opened").keys
    assert opening_verb_keys(analyze("He opened the Oval Office session by paying tribute.")) \
        == analyze("opened").keys
    # Opening something with someone is the deed itself; how an occasion ended is how it went.
    assert opening_verb_keys(analyze("The administration opened a new trade front with Beijing.")) == frozenset()
    assert opening_verb_keys(analyze("They will open an embassy with Fiji.")) == frozenset()
    assert opening_verb_keys(analyze("The meeting ended with a shared understanding.")) == frozenset()


@pytest.mark.parametrize("claim", ["Aldana opened his remarks by voicing condolences over the floods.",
                                   "The president opened his remarks by offering condolences."])
def test_the_order_of_the_remarks_does_not_keep_the_point_unsourced(tmp_path, claim):
    opened = check_claim(tmp_path / "opened.db", [FLOOD_REMARKS], claim, date(2026, 6, 3))
    assert opened["verdict"] == "supported", opened
    assert opened["evidence"][0]["url"] == FLOOD_REMARKS.url
