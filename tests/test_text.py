"""Readout sentence splitting: offsets, abbreviations, transcript speakers."""

from db.text import classify_kind, content_hash, detect_language, normalise_body, split_body


def sentences(body: str) -> list[str]:
    return [body[span.start:span.end] for span in split_body(body)]


def test_offsets_slice_back_to_each_sentence():
    body = "First sentence here. Second one follows!\n\nA new paragraph? Yes."
    spans = split_body(body)
    assert [body[s.start:s.end] for s in spans] == [
        "First sentence here.", "Second one follows!", "A new paragraph?", "Yes."]
    assert [s.position for s in spans] == [0, 1, 2, 3]


def test_abbreviations_and_initials_do_not_end_sentences():
    body = ("Mr. Sullivan met Director Wang in Bangkok, Thailand. The U.S. side raised "
            "the Red Sea. President John F. Kennedy spoke on Jan. 5 in Washington, D.C. about it.")
    assert sentences(body) == [
        "Mr. Sullivan met Director Wang in Bangkok, Thailand.",
        "The U.S. side raised the Red Sea.",
        "President John F. Kennedy spoke on Jan. 5 in Washington, D.C. about it.",
    ]


def test_decimals_and_quotes_stay_inside_sentences():
    body = 'Growth was 3.5 percent. He said "we will act." Then he left.'
    assert sentences(body) == ["Growth was 3.5 percent.", 'He said "we will act."', "Then he left."]


def test_flattened_list_items_and_run_in_headings_are_sentences_of_their_own():
    # A scraped list arrives as one paragraph; each item makes its own point.
    body = ("The partners agreed on three steps. - The first fund will hold $5 billion. "
            "- **The second** will not open before 2027. **TRADE AND FEES:** Tariffs fall to 10%.")
    assert sentences(body) == [
        "The partners agreed on three steps.",
        "- The first fund will hold $5 billion.",
        "- **The second** will not open before 2027.",
        "**TRADE AND FEES:**",
        "Tariffs fall to 10%.",
    ]
    assert sentences("Members include: - one - two.") == ["Members include: - one - two."]


def test_transcript_questions_are_never_evidence():
    body = ("MS. JEAN-PIERRE:  Good afternoon. We have news.\n\n"
            "Q    Did they discuss Taiwan? Was it raised?\n\n"
            "MS. JEAN-PIERRE:  They did discuss it.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL:  Thanks. Sullivan raised Taiwan.")
    spans = split_body(body)
    by_text = {body[s.start:s.end]: s for s in spans}
    assert by_text["Did they discuss Taiwan?"].speaker == "Q"
    assert not by_text["Was it raised?"].is_evidence
    assert by_text["They did discuss it."].speaker == "MS. JEAN-PIERRE"
    assert by_text["They did discuss it."].is_evidence
    assert by_text["Sullivan raised Taiwan."].speaker == "SENIOR ADMINISTRATION OFFICIAL"
    # Labels are not part of the sentence text.
    assert "Good afternoon." in by_text


def test_prose_with_one_capitalised_colon_is_not_a_transcript():
    body = "NOTE: this is a statement.\n\nThe President met the Prime Minister."
    assert all(span.speaker is None for span in split_body(body))


def test_kind_language_and_hash():
    assert classify_kind("Readout of National Security Advisor Jake Sullivan’s Meeting", "", None, "") == "readout"
    assert classify_kind("Background Press Call on the Trip", "", None, "") == "transcript"
    assert classify_kind("Statement from President Joe Biden", "", None, "") == "statement"
    # "address" is a speech as a noun, not as the verb of an order's title.
    assert classify_kind("Address to the Nation on the Economy", "", None, "") == "remarks"
    assert classify_kind("Further Amendment to Duties Addressing the Opioid Supply Chain",
                         "https://www.whitehouse.gov/presidential-actions/2025/03/further-amendment-to-duties/",
                         "presidential-actions", "") == "action"
    assert classify_kind("Modifying Duties to Address Threats to the United States",
                         "https://www.whitehouse.gov/presidential-actions/2026/02/modifying-duties-to-address-threats/",
                         "presidential-actions", "") == "action"
    assert detect_language("王毅同沙利文举行会晤。" * 10) == "zh"
    assert detect_language("Wang Yi met Sullivan.") == "en"
    assert content_hash(normalise_body("a\r\nb\n")) == content_hash("a\nb")
