"""A person the publication's title names after an office is who its sentences mean by that office alone ("the
Governor") or by the given name alone ("thank you, Maren"): a claim naming them by surname is no other actor. A
name the title does not give, or an office two of its people hold, is still compared as written. Constructed
publications; no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.rules.speakers import _record_with_title_holders

CALL = readout_record(
    "https://www.whitehouse.gov/briefing-room/readout-call-governor-halvorsen/",
    "President Biden spoke today with Governor Tomas Halvorsen about the flooding along the river. The President "
    "offered his condolences to the Governor and the people of the valley towns, and promised federal help to "
    "rebuild the levees.",
    title="Readout of President Biden's Call with Governor Tomas Halvorsen",
    published=datetime(2023, 5, 9, 18, tzinfo=UTC))

REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/remarks-president-biden-prime-minister-maren-lysgaard/",
    "PRESIDENT BIDEN: Well, thank you, Maren, for Ostland's steady support for the reconstruction of the port "
    "cities, including the engineers your government sent last spring.",
    title="Remarks by President Biden and Prime Minister Maren Lysgaard of Ostland Before Bilateral Meeting",
    published=datetime(2023, 6, 14, 18, tzinfo=UTC))


def test_a_person_the_title_names_after_an_office_is_the_one_the_sentence_names_by_office_or_given_name(tmp_path):
    condolences, thanks = check_claims(tmp_path / "record.db", [CALL, REMARKS], [
        ("Biden offered his condolences to Halvorsen and the people of the valley towns.", date(2023, 5, 10)),
        ("Biden thanked Lysgaard for Ostland's steady support for the reconstruction of the port cities.",
         date(2023, 6, 15)),
    ])
    assert condolences["verdict"] == "supported", condolences
    assert thanks["verdict"] == "supported", thanks


def test_a_name_the_title_does_not_give_is_still_another_actor(tmp_path):
    [other] = check_claims(tmp_path / "record.db", [REMARKS], [
        ("Biden thanked Pellegrini for Ostland's steady support for the reconstruction of the port cities.",
         date(2023, 6, 15))])
    assert other["verdict"] == "contested" and "actor_mismatch" in other["reasons"], other


def test_an_office_two_of_the_titles_people_hold_names_neither():
    title = "Remarks by President Biden, President Ansel Varga of Westmark, and Prime Minister Lysgaard of Ostland"
    # "the President" may be either president; "the Prime Minister" is Lysgaard alone.
    assert _record_with_title_holders("The President thanked the Prime Minister.", title) \
        == "The President thanked the Prime Minister Lysgaard."
    assert _record_with_title_holders("The President spoke first.", title) is None


def test_who_did_it_to_whom_stays_as_the_titles_tell_it(tmp_path):
    call = readout_record(
        "https://www.whitehouse.gov/briefing-room/readout-call-prime-minister-lysgaard/",
        "The Prime Minister thanked the President for his patient work, and that of his envoys, to settle the "
        "fisheries dispute.",
        title="Readout of President Biden's Call with Prime Minister Maren Lysgaard of Ostland",
        published=datetime(2023, 6, 14, 18, tzinfo=UTC))
    [reversed_roles] = check_claims(tmp_path / "record.db", [call], [
        ("The President thanked Lysgaard for her patient work, and that of her envoys, to settle the fisheries "
         "dispute.", date(2023, 6, 15))])
    assert reversed_roles["verdict"] == "contested", reversed_roles
