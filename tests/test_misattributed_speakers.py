"""Words given to the wrong person (misattributed): another speaker's line of a joint transcript (also when a clause
credits it: ", which Ruto called ..."), one party's statement in a readout credited to the other, and a third
government's own account credited with what only the White House published. Constructed transcripts and readouts
in a real record database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, check_claims, readout_record

from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT, extract_claims, foreign_government_body

JOINT_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/06/12/remarks-biden-kenyatta-ferries/",
    ("PRESIDENT BIDEN: Our two countries will open a joint training school for harbour pilots in Mombasa next "
     "spring.\n\n"
     "PRESIDENT RUTO: Thank you, Mr. President. Kenya will double the number of scholarships for American "
     "students at our marine engineering colleges.\n\n"
     "Q: Mr. President, will the school train pilots from other countries?\n\n"
     "PRESIDENT BIDEN: We hope it will, in time."),
    title="Remarks by President Biden and President Ruto of Kenya in Joint Press Conference",
    published=datetime(2024, 6, 12, 18, 0, tzinfo=UTC))


def test_the_guests_line_given_to_the_host_is_misattributed(tmp_path):
    host, guest, own = check_claims(tmp_path / "joint.db", [JOINT_REMARKS], [
        ("Biden said Kenya would double the number of scholarships for American students at its marine engineering "
         "colleges.", date(2024, 6, 13)),
        ("Ruto said the two countries would open a joint training school for harbour pilots in Mombasa next spring.",
         date(2024, 6, 13)),
        ("Ruto said Kenya would double the number of scholarships for American students at its marine engineering "
         "colleges.", date(2024, 6, 13))])
    # The words are real, in the other leader's mouth: misattributed first, and another actor than the
    # record's.
    assert (host["verdict"], host["reasons"]) == ("contested", ["misattributed", "actor_mismatch"]), host
    assert (guest["verdict"], guest["reasons"]) == ("contested", ["misattributed", "actor_mismatch"]), guest
    assert own["verdict"] == "supported", own
    assert "another speaker" in host["explanation"], host["explanation"]


TALKS_READOUT = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/06/readout-of-harbour-talks-in-oslo/",
    ("Today, Secretary Rubio met the Kenyan delegation in Oslo to review the draft harbour agreement.\n\n"
     "Kenyan representatives stated that the current draft protects the livelihoods of their fishing towns and "
     "provides enforceable rules for the use of the northern harbour.\n\n"
     "The two delegations will meet again in Nairobi next month."),
    title="Readout of Harbour Talks in Oslo", published=datetime(2025, 6, 20, 18, 0, tzinfo=UTC))


def test_one_partys_statement_in_a_readout_given_to_the_other_is_misattributed(tmp_path):
    cleft, plain = check_claims(tmp_path / "talks.db", [TALKS_READOUT], [
        ("As the readout tells it, it was Secretary Rubio who said the present draft protects the livelihoods of "
         "fishing towns and provides enforceable rules for the use of the northern harbour.", date(2025, 6, 21)),
        ("Secretary Rubio stressed that the current draft protects the livelihoods of the fishing towns and "
         "provides enforceable rules for the use of the northern harbour.", date(2025, 6, 21))])
    assert (cleft["verdict"], cleft["reasons"][:1]) == ("contested", ["misattributed"]), cleft
    assert (plain["verdict"], plain["reasons"][:1]) == ("contested", ["misattributed"]), plain


DEED_READOUT = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/06/readout-of-the-harbour-commission/",
    "The commissioners reviewed the winter timetable, and Commissioner Costa closed the southern pier.",
    title="Readout of the Harbour Commission Meeting", published=datetime(2025, 6, 20, 18, 0, tzinfo=UTC))


def test_a_deed_done_by_another_stays_an_actor_mismatch(tmp_path):
    claim = check_claim(
        tmp_path / "deed.db", [DEED_READOUT],
        "The commissioners reviewed the winter timetable, and Japan closed the southern pier.",
        date(2025, 6, 21))
    # Who did it, not who said it: no words are given to anyone.
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["actor_mismatch"]), claim


def test_a_third_governments_presidency_or_own_account_is_a_side_the_record_does_not_hold():
    for subject in ("Egypt's presidency", "A Saudi government account of the talks", "The Saudi readout",
                    "India's readout of the call", "Kenya's foreign ministry"):
        [claim] = extract_claims(f"{subject} said both leaders agreed to cooperate on port security.").claims
        assert claim.speaker_kind == "party" and foreign_government_body(claim.speaker), claim
        assert claim.content == "Both leaders agreed to cooperate on port security.", claim
    # The two sides' readouts are theirs, and a readout named by its kind alone points back to the one named
    # before.
    [chinese] = extract_claims("The Chinese readout said the two leaders agreed to work on port security.").claims
    assert chinese.attribution == CHINA_GOVERNMENT and not foreign_government_body(chinese.speaker)
    [bare] = extract_claims("The readout said both leaders agreed to work on port security.").claims
    assert not foreign_government_body(bare.speaker)
    # A leader's own statement is their words, not a government body's.
    assert not foreign_government_body("Modi's statement")


CALL_READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2023/10/18/readout-call-kenya-ports/",
    ("President Biden spoke today with President William Ruto of Kenya. The two leaders agreed to cooperate "
     "closely on reopening the northern ferry line before the harvest season."),
    title="Readout of President Biden's Call with President William Ruto of Kenya",
    published=datetime(2023, 10, 18, 22, 0, tzinfo=UTC))


def test_a_third_governments_account_of_what_only_the_white_house_published_is_misattributed(tmp_path):
    presidency, account, unattributed = check_claims(tmp_path / "call.db", [CALL_READOUT], [
        ("Kenya's presidency said the two leaders agreed to cooperate closely on reopening the northern ferry line "
         "before the harvest season.", date(2023, 10, 19)),
        ("A Kenyan government account of the call said the two leaders agreed to cooperate closely on reopening "
         "the northern ferry line before the harvest season.", date(2023, 10, 19)),
        ("The two leaders agreed to cooperate closely on reopening the northern ferry line before the harvest "
         "season.", date(2023, 10, 19))])
    assert (presidency["verdict"], presidency["reasons"]) == ("contested", ["misattributed"]), presidency
    assert (account["verdict"], account["reasons"]) == ("contested", ["misattributed"]), account
    assert unattributed["verdict"] == "supported", unattributed


def _sides_by_opening(article: str) -> dict[str, str]:
    """Each claim's attribution, by the claim's first two words."""
    return {" ".join(claim.text.split()[:2]): claim.attribution for claim in extract_claims(article).claims}


def test_the_plain_readout_is_the_one_the_article_names_plainly_not_the_other_sides_named_by_its_side():
    article = ("The two sides discussed port security, the White House said. Both sides welcomed new ferry talks, "
               "according to the readout.\n\n"
               "Xi told Sullivan that the seas must stay calm, according to the Chinese readout. The readout also "
               "said the two sides would meet again.\n\n"
               "Sullivan pressed for the release of detained sailors from the northern harbour.\n\n"
               "Fisheries and coast guard contacts were also discussed, according to the readout.")
    sides = _sides_by_opening(article)
    # Within its paragraph, "the readout" is the Chinese one just named; past it, the plain one named first.
    assert sides["The readout"] == CHINA_GOVERNMENT, sides
    assert sides["Fisheries and"] == US_GOVERNMENT, sides


def test_the_plain_readout_after_another_government_is_quoted_is_that_governments():
    article = ("Beijing has put out its version. Beijing's readout said the two presidents had talked about "
               "fisheries and the northern harbour.\n\n"
               "The call is over. President Biden has spoken by phone with President Xi about the harbour, the White "
               "House said late on Wednesday.\n\n"
               "According to the readout, Biden pressed Xi on the detained sailors of the northern harbour.")
    sides = _sides_by_opening(article)
    # Past Beijing's paragraph, with no plain readout named, "the readout" is the White House's, quoted since.
    assert sides["According to"] == US_GOVERNMENT, sides


TRILATERAL_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/09/03/remarks-biden-haavisto-lindqvist-ports/",
    ("PRESIDENT BIDEN: Welcome to you both. Our three countries will share one rescue centre on the Baltic.\n\n"
     "PRESIDENT HAAVISTO: Thank you, Mr. President. Our parliament approved the rescue centre by a wide margin "
     "last week.\n\n"
     "PRIME MINISTER LINDQVIST: The first icebreaker of the joint fleet will sail from Gothenburg in December."),
    title="Remarks by President Biden, President Haavisto of Finland, and Prime Minister Lindqvist of Sweden "
          "Before Trilateral Meeting",
    published=datetime(2024, 9, 3, 18, 0, tzinfo=UTC))


def test_a_speaker_named_by_country_and_office_owns_the_line_the_title_ties_to_that_country(tmp_path):
    finnish, swedish, wrong, minister = check_claims(tmp_path / "trilateral.db", [TRILATERAL_REMARKS], [
        ("The Finnish president says his parliament approved the rescue centre by a wide margin last week.",
         date(2024, 9, 4)),
        ("The Swedish prime minister says the first icebreaker of the joint fleet will sail from Gothenburg in "
         "December.", date(2024, 9, 4)),
        ("The Finnish president says the first icebreaker of the joint fleet will sail from Gothenburg in "
         "December.", date(2024, 9, 4)),
        ("Sweden's foreign minister says the first icebreaker of the joint fleet will sail from Gothenburg in "
         "December.", date(2024, 9, 4))])
    # The labels name no country; the title does ("President Haavisto of Finland"): the line is the Finnish
    # president's own, while the Swedish prime minister's line stays another speaker's.
    assert finnish["verdict"] == "supported", finnish
    assert swedish["verdict"] == "supported", swedish
    assert (wrong["verdict"], wrong["reasons"][:1]) == ("contested", ["misattributed"]), wrong
    # The title gives Lindqvist Sweden's office of prime minister: Sweden's foreign minister is someone else.
    assert minister["verdict"] != "supported", minister


WELCOME_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/10/08/remarks-biden-koster-bilateral/",
    ("PRESIDENT BIDEN: President Koster, welcome back to the White House, my friend. We have a lot to talk about.\n\n"
     "PRESIDENT KOSTER: Thank you, Mr. President. Our harbours will host the allied fleet next summer."),
    title="Remarks by President Biden and President Koster of Estonia Before Bilateral Meeting",
    published=datetime(2024, 10, 8, 18, 0, tzinfo=UTC))


def test_a_name_before_a_passive_verb_of_saying_is_spoken_to_not_the_speaker(tmp_path):
    claim = check_claim(tmp_path / "welcome.db", [WELCOME_REMARKS],
                        "President Koster of Estonia was welcomed back to the White House by President Biden.",
                        date(2024, 10, 9))
    # "was welcomed": Koster is the one welcomed; the welcome is Biden's line, no one else's words.
    assert claim["verdict"] == "supported", claim
    assert "misattributed" not in claim["reasons"], claim


def test_a_joke_or_an_assurance_has_its_speaker_too(tmp_path):
    assured, quipped, own = check_claims(tmp_path / "verbs.db", [JOINT_REMARKS], [
        ("Biden assured reporters that Kenya would double the number of scholarships for American students at its "
         "marine engineering colleges.", date(2024, 6, 13)),
        ("Ruto quipped that the two countries would open a joint training school for harbour pilots in Mombasa next "
         "spring.", date(2024, 6, 13)),
        ("Ruto assured reporters that Kenya would double the number of scholarships for American students at its "
         "marine engineering colleges.", date(2024, 6, 13))])
    # Assuring and joking are ways of saying: the words are the other leader's line.
    assert (assured["verdict"], assured["reasons"][:1]) == ("contested", ["misattributed"]), assured
    assert (quipped["verdict"], quipped["reasons"][:1]) == ("contested", ["misattributed"]), quipped
    assert own["verdict"] == "supported", own


JOINED_NAME_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/05/14/remarks-biden-al-hashemi-bilateral/",
    ("PRESIDENT BIDEN: Welcome, Mr. Prime Minister. We have a lot to talk about.\n\n"
     "PRIME MINISTER AL-HASHEMI: Thank you, Mr. President. Our new railway to the coast will open next spring."),
    title="Remarks by President Biden and Prime Minister Al-Hashemi of Jordan Before Bilateral Meeting",
    published=datetime(2024, 5, 14, 18, 0, tzinfo=UTC))


def test_a_label_of_a_joined_name_is_read_as_the_name_articles_write(tmp_path):
    claim = check_claim(tmp_path / "joined.db", [JOINED_NAME_REMARKS],
                        "Hashemi said the new railway to the coast would open next spring.", date(2024, 5, 15))
    # "AL-HASHEMI" is Al-Hashemi, whom the article calls Hashemi: his own line, not another speaker's.
    assert claim["verdict"] == "supported", claim


def test_a_name_the_lexicon_does_not_know_after_a_closed_quotation_is_its_speaker(tmp_path):
    wrong, own = check_claims(tmp_path / "after-quote.db", [TRILATERAL_REMARKS], [
        ('"Our parliament approved the rescue centre by a wide margin last week," Lindqvist says.',
         date(2024, 9, 4)),
        ('"Our parliament approved the rescue centre by a wide margin last week," Haavisto says.',
         date(2024, 9, 4))])
    # After the comma and the closing mark the sentence goes on: the capitalised word is who speaks, not the
    # opening of another sentence. The line is Haavisto's, not Lindqvist's.
    assert (wrong["verdict"], wrong["reasons"][:1]) == ("contested", ["misattributed"]), wrong
    assert own["verdict"] == "supported", own


ACADEMY_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/12/joint-statement-harbour-academy/",
    "The United States and Kenya agreed today to open a joint maritime academy for harbour pilots in Mombasa.",
    title="Joint Statement on a Maritime Academy", published=datetime(2024, 6, 12, 16, 0, tzinfo=UTC))
ACADEMY_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/06/12/remarks-biden-ruto-academy/",
    ("PRESIDENT BIDEN: This academy is the finest step our two navies have taken together in a generation.\n\n"
     "PRESIDENT RUTO: Thank you, Mr. President. Our cadets are ready."),
    title="Remarks by President Biden and President Ruto of Kenya Before Bilateral Meeting",
    published=datetime(2024, 6, 12, 18, 0, tzinfo=UTC))


def test_words_a_clause_credits_to_the_other_leader_are_misattributed(tmp_path):
    # ", which Ruto called ...": the main clause is the joint statement's, and the words the clause credits to
    # the guest are the host's line.
    claim = ("The United States and Kenya agreed to open a joint maritime academy for harbour pilots in Mombasa, "
             "which {} called the finest step the two navies have taken together in a generation.")
    other, own = check_claims(tmp_path / "credited.db", [ACADEMY_STATEMENT, ACADEMY_REMARKS], [
        (claim.format("Ruto"), date(2024, 6, 13)), (claim.format("Biden"), date(2024, 6, 13))])
    assert (other["verdict"], other["reasons"][:1]) == ("contested", ["misattributed"]), other
    assert own["verdict"] == "supported", own
