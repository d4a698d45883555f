"""Changed details the rules read but did not see as a disagreement: an action and its opposite the lexicon
did not pair ("narrowed" / "expanding"), a burden the record spares ("exempting ... from local content
requirements", "refrain from imposing") or takes on to ease ("address concerns regarding restrictions"), two
names of several words given the other way round, and one country put in another's place as the subject.

Each rule was found among the training sets' contested claims the engine supported; each test is
constructed (an invented record, no article's words) and fails on the code before the rule. The faithful
claim is checked beside each changed one: it is not contested.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import only_the_changed_is_contested, readout_record

DAY = date(2025, 6, 12)

FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/06/fact-sheet-ostland-trade-framework/",
    "Ostland has strengthened its screening of foreign investment by expanding the scope of its critical "
    "infrastructure review regime. Following consultations with the United States, Ostland announces the "
    "termination of its maritime fishing quotas, and the two governments welcomed the decision.\n\n"
    "Ostland will exempt U.S. firms and their subsidiaries from domestic sourcing requirements for public "
    "procurement. Ostland intends to continue to refrain from imposing levies on satellite broadband "
    "services. Ostland will also address U.S. concerns regarding prohibitions on the sale of agricultural "
    "drones and spare parts.\n\n"
    "In April the United States signed fisheries agreements with the Faroe Islands and Vestmark, and it is "
    "pressing ahead with its negotiations with Norland.\n\n"
    "Chile and Peru have agreed on a joint survey of the pipeline route. Chile will also ensure that they "
    "have, through a separate fund, a way to be reimbursed for any costs of the pipeline survey that fall on "
    "their side of the new line.",
    title="Fact Sheet: The United States and Ostland Agree a Trade Framework",
    published=datetime(2025, 6, 12, 18, 0, tzinfo=UTC),
)


def _only_the_changed_is_contested(tmp_path, reason: str, claims: list[str]) -> None:
    only_the_changed_is_contested(tmp_path / "record.db", [FACT_SHEET], DAY, reason, claims)


def test_narrowing_is_the_opposite_of_expanding(tmp_path):
    _only_the_changed_is_contested(tmp_path, "opposite_action", [
        "The fact sheet says Ostland has narrowed the scope of its critical infrastructure review regime.",
        "The fact sheet says Ostland has expanded the scope of its critical infrastructure review regime.",
    ])


def test_extending_is_the_opposite_of_terminating(tmp_path):
    _only_the_changed_is_contested(tmp_path, "opposite_action", [
        "After consultations with the United States, Ostland announced it would extend its maritime fishing "
        "quotas, and the two governments welcomed the decision.",
        "After consultations with the United States, Ostland announced it would terminate its maritime "
        "fishing quotas, and the two governments welcomed the decision.",
    ])


def test_a_burden_the_record_exempts_from_is_not_kept(tmp_path):
    # "exempt ... from domestic sourcing requirements" says the firms are not subject to them; what is
    # exempted is a list, so the "from" comes five words after the verb.
    _only_the_changed_is_contested(tmp_path, "negation_mismatch", [
        "U.S. firms will still be subject to Ostland's domestic sourcing requirements for public procurement.",
        "U.S. firms will be exempted from Ostland's domestic sourcing requirements for public procurement.",
    ])


def test_what_the_record_refrains_from_is_not_done(tmp_path):
    _only_the_changed_is_contested(tmp_path, "negation_mismatch", [
        "Ostland has agreed to introduce levies on satellite broadband services.",
        "Ostland has agreed to refrain from imposing levies on satellite broadband services.",
    ])


def test_addressing_concerns_about_a_restriction_does_not_tighten_it(tmp_path):
    _only_the_changed_is_contested(tmp_path, "opposite_action", [
        "Ostland will tighten its prohibitions on the sale of agricultural drones and spare parts.",
        "Ostland will address U.S. concerns about prohibitions on the sale of agricultural drones and spare "
        "parts.",
    ])


def test_two_names_of_several_words_exchanged_are_other_actors(tmp_path):
    # "the Faroe Islands" is one name of two words: exchanged whole for "Norland", the claim follows the
    # record.
    _only_the_changed_is_contested(tmp_path, "actor_mismatch", [
        "In April the United States signed fisheries agreements with Norland and Vestmark, and it is still "
        "negotiating with the Faroe Islands.",
        "In April the United States signed fisheries agreements with the Faroe Islands and Vestmark, and it is "
        "still negotiating with Norland.",
    ])


def test_another_country_as_the_subject_is_another_actor(tmp_path):
    # The publication names both countries (no absent party): each opens its sentence and a verb follows it:
    # the two subjects name two doers of one point, though the words beside each differ ("will be reimbursed"
    # / "will also ensure that they have ... a way to be reimbursed").
    _only_the_changed_is_contested(tmp_path, "actor_mismatch", [
        "Peru will be reimbursed through a separate fund for any costs of the pipeline survey on its side of "
        "the new line.",
        "Chile will be reimbursed through a separate fund for any costs of the pipeline survey on its side of "
        "the new line.",
    ])



def test_names_sharing_a_word_are_exchanged_on_their_own_words():
    from verifier.alignment import exchanged_names
    from verifier.normalize import analyze

    # "USS Vega" and "USS Altair" share "USS": they are still two names, each exchanged for the other.
    claim = analyze("He said the USS Vega was already in the northern Atlantic, with the USS Altair on the way.")
    record = analyze("We have moved the USS Altair into the northern Atlantic, with the USS Vega on the way.")
    assert exchanged_names(claim, record) == {"vega", "altair"}
    assert not exchanged_names(record, record)
