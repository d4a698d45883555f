"""Claims, skipped sentences, attribution and quotes: verifier/claims.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.claims import (
    CHINA_GOVERNMENT,
    MEDIA,
    NO_ATTRIBUTION,
    SKIP_FRAGMENT,
    SKIP_FURNITURE,
    SKIP_HEADING,
    SKIP_QUESTION,
    US_GOVERNMENT,
    extract_claims,
    find_quotes,
    foreign_government_body,
    learn_names,
    sentence_attribution,
    speaker_side,
)

SEED_ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "seed-article.txt"


def only_claim(text: str):
    result = extract_claims(text)
    assert len(result.claims) == 1, (result.claims, result.skipped)
    return result.claims[0]


def skip_reason(text: str) -> str | None:
    result = extract_claims(text)
    return result.skipped[0].reason if result.skipped else None


# --------------------------------------------------------------------------- skipped


@pytest.mark.parametrize(
    "line",
    [
        "Stay informed with free updates",
        "Just sign up for the Asia-Pacific Digest — delivered straight to your inbox.",
        "Sign up for our daily newsletter",
        "By Demetri Sevastopulo in Washington and Joe Leahy in Beijing",
        "Additional reporting by Kathrin Hille in Taipei",
        "Photo: Jake Sullivan arrives in Bangkok. Getty Images",
        "Wang Yi, left, and Jake Sullivan in Bangkok on Friday © Reuters",
        "Share this article",
        "Share on Twitter | Facebook | Email",
        "Copy link",
        "Advertisement",
        "Updated January 29, 2024 at 10:42 am",
        "January 29, 2024",
        "5 min read",
        "Copyright The Financial Times Limited 2024. All rights reserved.",
        "By a Correspondent",
        "(Editor: Li Ming)",
        "Read more: Biden and Xi agree to restore military talks",
        "Reporting by Trevor Hunnicutt; Editing by Don Durfee",
        "(Reporting by Trevor Hunnicutt; Editing by Don Durfee)",
        "FILE - Chinese Foreign Minister Wang Yi speaks in Beijing.",
        "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
        "Associated Press writer Ken Moritsugu in Beijing contributed to this report.",
        "___",
        "* * *",
    ],
)
def test_site_furniture_is_skipped(line):
    assert skip_reason(line) == SKIP_FURNITURE


@pytest.mark.parametrize(
    "line",
    ["Sullivan and Wang meet in Bangkok", "What the readouts say", "Key takeaways:", "TAIWAN AND THE SOUTH CHINA SEA"],
)
def test_headings_are_skipped(line):
    text = f"{line}\nThe two officials met for two days in Bangkok."
    result = extract_claims(text)
    assert [(s.text, s.reason) for s in result.skipped] == [(line, SKIP_HEADING)]
    assert len(result.claims) == 1


def test_a_long_unpunctuated_line_is_a_headline_first_and_a_bullet_point_later():
    headline = "Biden and Xi agree to restore military talks and curb fentanyl at their California summit"
    bullet = "Okafor and Lindqvist agreed to hold fisheries talks in Bergen next month"
    subheading = "How The Talks In Bangkok Came Together After Months Of Quiet Work"
    text = f"Stay informed with free updates\n{headline}\nThe two men met in Bangkok.\n{bullet}\n{subheading}"
    result = extract_claims(text)
    assert [(s.text, s.reason) for s in result.skipped] == [
        ("Stay informed with free updates", SKIP_FURNITURE), (headline, SKIP_HEADING), (subheading, SKIP_HEADING)]
    assert [c.text for c in result.claims] == ["The two men met in Bangkok.", bullet]


def test_headings_known_to_the_loader_are_skipped_even_with_a_full_stop():
    text = "Talks resume in Bangkok.\nThe two officials met for two days in Bangkok."
    result = extract_claims(text, headings=[(0, 24)])
    assert [s.reason for s in result.skipped] == [SKIP_HEADING]
    assert result.claims[0].text.startswith("The two officials")


@pytest.mark.parametrize("fragment", ["Ta.", "He said there was no.", "Bangkok, Thailand.", "They agreed to the.",
                                      "The official said.", "A senior U.S. official told reporters.",
                                      "According to the paper."])
def test_fragments_are_skipped(fragment):
    text = f"The two officials met for two days in Bangkok. {fragment}"
    result = extract_claims(text)
    assert [(s.text, s.reason) for s in result.skipped] == [(fragment, SKIP_FRAGMENT)]


@pytest.mark.parametrize("sentence", [
    "The ministers agreed to meet again next year and every two years after that.",
    "The tariff could be reimposed if it does.",
    "The navy, which sent two frigates, intends to send three more.",
    "The memo stops short of saying the ministry could stop the shipments if it wanted to.",
])
def test_a_sentence_ending_on_a_pronoun_or_an_elided_verb_is_complete(sentence):
    """"after that", "five more", "if it does": the last word stands for what came before, nothing is cut off."""
    assert only_claim(sentence).text == sentence


@pytest.mark.parametrize("sentence", [
    "The minister said both governments were free to decide which partners they trade with.",
    "Officials said the envoy would visit three capitals to begin with.",
    "The ministry said it would lift the export curbs once the national regulators agree to.",
])
def test_a_sentence_ending_on_a_stranded_preposition_is_complete(sentence):
    """"which partners they trade with", "to begin with", "once the national regulators agree to": the preposition's
    object or the elided verb stands earlier in the clause."""
    assert only_claim(sentence).text == sentence


@pytest.mark.parametrize("sentence", [
    "The ministry said it would only fine the firms that broke the rules, not those who did.",
    "She said the new fund adds to the foreign currency reserves Beijing already has.",
    "The minister said the port was reopened but that there was still a great deal of repair work to do.",
    "Officials said the talks went well, and that the allies got the assurances they had hoped they would.",
])
def test_a_sentence_ending_on_a_verb_after_its_subject_is_complete(sentence):
    """"those who were", "the reserves Beijing already has", "work to do": the verb's subject stands right
    before it (a pronoun or a name) or it is an infinitive; what follows it is elided or stands earlier."""
    assert only_claim(sentence).text == sentence


@pytest.mark.parametrize("fragment", ["The talks were.", "He said the talks would.", "The ministers have."])
def test_a_verb_after_a_plain_noun_is_still_a_fragment(fragment):
    result = extract_claims(f"The two officials met for two days in Bangkok. {fragment}")
    assert [(s.text, s.reason) for s in result.skipped] == [(fragment, SKIP_FRAGMENT)]


@pytest.mark.parametrize("fragment", ["He met with.", "The talks are due to.",
                                      "The deal, which he signed, was one of."])
def test_a_preposition_with_nothing_above_it_is_still_a_fragment(fragment):
    result = extract_claims(f"The two officials met for two days in Bangkok. {fragment}")
    assert [(s.text, s.reason) for s in result.skipped] == [(fragment, SKIP_FRAGMENT)]


@pytest.mark.parametrize("sentence", ["The magazine named her one of the most influential people of 2024.",
                                      "Shares rose, with the main index gaining more than 3%.",
                                      "Markets rallied, with the S&P 500 up by more than 2 percent."])
def test_a_sentence_ending_in_a_number_is_complete(sentence):
    assert only_claim(sentence).text == sentence


def test_a_capitalised_may_at_the_end_is_a_month_not_a_dangling_word():
    claim = only_claim("The US has urged China to show restraint before the inauguration in May.")
    assert claim.text.endswith("in May.")


@pytest.mark.parametrize(
    "question",
    ["Will Biden and Xi meet again this year?", "Did the talks achieve anything?”", "Why does this matter?"],
)
def test_questions_are_skipped(question):
    text = f"The two officials met for two days in Bangkok. {question}"
    result = extract_claims(text)
    assert [s.reason for s in result.skipped] == [SKIP_QUESTION]


def test_a_reported_question_is_a_claim():
    claim = only_claim("The official asked reporters, “Why would we cancel the talks now?”")
    assert claim.quotes[0].text == "Why would we cancel the talks now?"


def test_every_sentence_is_either_a_claim_or_skipped_in_order_of_the_text():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    result = extract_claims(text)
    spans = sorted([(c.start, c.end) for c in result.claims] + [(s.start, s.end) for s in result.skipped])
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start
    covered = "".join(text[start:end] for start, end in spans)
    assert "".join(text.split()) == "".join(covered.split())
    assert [c.index for c in result.claims] == list(range(len(result.claims)))
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text


def test_the_seed_article_furniture_and_fragments_are_skipped():
    result = extract_claims(SEED_ARTICLE.read_text(encoding="utf-8"))
    reasons = [(s.text[:20], s.reason) for s in result.skipped]
    assert ("Stay informed with f", SKIP_FURNITURE) in reasons
    assert ("Just sign up for US-", SKIP_FURNITURE) in reasons
    assert reasons.count(("Ta.", SKIP_FRAGMENT)) == 2
    assert ("He said there was no", SKIP_FRAGMENT) in reasons
    joined = [c for c in result.claims if "Houthis. urged" in c.text]
    assert len(joined) == 1


# --------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    "sentence, phrase, content",
    [
        ("The White House said Okafor and Lindqvist discussed fisheries.", "The White House said",
         "Okafor and Lindqvist discussed fisheries."),
        ("A senior U.S. official said Okafor brought up the quotas with Lindqvist.", "A senior U.S. official said",
         "Okafor brought up the quotas with Lindqvist."),
        ("U.S. officials say there were no unsafe encounters at sea.", "U.S. officials say",
         "There were no unsafe encounters at sea."),
        ("Sullivan and Wang did not discuss Ukraine, the White House said.", "the White House said",
         "Sullivan and Wang did not discuss Ukraine."),
        ("The talks were productive, said a senior administration official.",
         "said a senior administration official", "The talks were productive."),
        ("According to a White House readout, the two sides discussed fentanyl.",
         "According to a White House readout", "The two sides discussed fentanyl."),
        ("The State Department said in a statement on Friday that Blinken would travel in June.",
         "The State Department said in a statement on Friday", "Blinken would travel in June."),
        ("The White House also announced that the two sides will hold counter-drug talks.",
         "The White House also announced", "The two sides will hold counter-drug talks."),
        # When the official spoke belongs to the phrase: "afterwards" is no part of what was said.
        ("The session ran for an hour, a senior U.S. official told journalists later.",
         "a senior U.S. official told journalists later", "The session ran for an hour."),
    ],
)
def test_us_government_attribution(sentence, phrase, content):
    claim = only_claim(sentence)
    assert claim.attribution == US_GOVERNMENT
    assert claim.attribution_phrase == phrase
    assert claim.content == content
    assert sentence[claim.attribution_start - claim.start:claim.attribution_end - claim.start] == phrase


@pytest.mark.parametrize(
    "sentence, phrase, content",
    [
        ("The Chinese embassy added that the sanctions violate international law.", "The Chinese embassy added",
         "The sanctions violate international law."),
        ("China's foreign ministry said Sullivan offered condolences.", "China's foreign ministry said",
         "Sullivan offered condolences."),
        ("Beijing said the talks were candid and constructive.", "Beijing said",
         "The talks were candid and constructive."),
        ("The talks were candid, according to the Chinese readout.", "according to the Chinese readout",
         "The talks were candid."),
        ("Chinese officials noted that the summit produced results.", "Chinese officials noted",
         "The summit produced results."),
        ("The Chinese Embassy in Washington said in a statement that China opposes the sanctions.",
         "The Chinese Embassy in Washington said in a statement", "China opposes the sanctions."),
        ("Beijing's own version of the talks said the two sides agreed to meet again.",
         "Beijing's own version of the talks said", "The two sides agreed to meet again."),
        ("The two sides agreed to meet again, a news agency reported, citing China's foreign ministry.",
         "a news agency reported", "The two sides agreed to meet again."),
    ],
)
def test_china_government_attribution(sentence, phrase, content):
    claim = only_claim(sentence)
    assert claim.attribution == CHINA_GOVERNMENT
    assert claim.attribution_phrase == phrase
    assert claim.content == content


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("Wang told Sullivan that the United States must stop arming Taiwan.", "Wang told Sullivan"),
        ("“We will not back down,” said Mao Ning, a foreign ministry spokeswoman.", "said Mao Ning"),
        ("Mao Ning, a Chinese foreign ministry spokeswoman, said the visit was a success.",
         "Mao Ning, a Chinese foreign ministry spokeswoman, said"),
    ],
)
def test_a_named_chinese_official_speaks_for_china_and_stays_in_the_content(sentence, phrase):
    claim = only_claim(sentence)
    assert claim.attribution == CHINA_GOVERNMENT
    assert claim.attribution_phrase == phrase
    assert claim.content == sentence


@pytest.mark.parametrize(
    "sentence, phrase, content",
    [
        ("According to the paper, Wang called for equal treatment.", "According to the paper",
         "Wang called for equal treatment."),
        ("The FT reported last week that Okafor and Lindqvist met in Norway.", "The FT reported last week",
         "Okafor and Lindqvist met in Norway."),
        ("The newspaper said the two men met for twelve hours.", "The newspaper said",
         "The two men met for twelve hours."),
        ("The report said both sides welcomed the progress.", "The report said", "Both sides welcomed the progress."),
        ("The two sides discussed fentanyl, according to Reuters.", "according to Reuters",
         "The two sides discussed fentanyl."),
        ("Xinhua said Xi and Biden agreed to resume military talks.", "Xinhua said",
         "Xi and Biden agreed to resume military talks."),
        ("The Financial Times recently reported that officials pressed China on Iran.",
         "The Financial Times recently reported", "Officials pressed China on Iran."),
        ("An early bulletin said the two premiers spoke on Thursday.", "An early bulletin said",
         "The two premiers spoke on Thursday."),
        ("According to one Manila broadsheet, the envoy reaffirmed the treaty.", "According to one Manila broadsheet",
         "The envoy reaffirmed the treaty."),
    ],
)
def test_media_attribution(sentence, phrase, content):
    claim = only_claim(sentence)
    assert claim.attribution == MEDIA
    assert claim.attribution_phrase == phrase
    assert claim.content == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders also discussed a bilateral dialogue on ocean science.",
        "Smuggling rings make counterfeit pills from imported chemicals.",
        "The report noted the progress made on fentanyl.",  # "noted" + object: no reported clause
        "The Norwegian government has urged Russia not to take reckless steps.",
        # Verbs that report speech only with a clause: here they take an object.
        "Beijing added three companies to its export control list.",
        "China claims most of the South China Sea.",
        "China posted a record trade surplus.",
        "China has agreed.",
    ],
)
def test_no_attribution(sentence):
    claim = only_claim(sentence)
    assert claim.attribution == NO_ATTRIBUTION
    assert claim.attribution_phrase is None
    assert claim.content == sentence


@pytest.mark.parametrize(
    "sentence, attribution",
    [
        ("China’s foreign ministry said Sullivan offered condolences.", CHINA_GOVERNMENT),
        ("The People’s Daily said the talks were useful.", MEDIA),
        ("Taiwan’s presidential office said it was monitoring the drills.", NO_ATTRIBUTION),
    ],
)
def test_curly_apostrophes_are_read_like_straight_ones(sentence, attribution):
    claim = only_claim(sentence)
    assert claim.attribution == attribution
    assert claim.attribution_phrase is not None and claim.attribution_phrase in sentence
    assert learn_names("Taiwan’s President Lai Ching-de spoke.")["Lai"] == "other"


@pytest.mark.parametrize(("sentence", "content"), [
    ("Norway's royal court said later that the king had thanked the envoy.", "The king had thanked the envoy."),
    ("The Saudi foreign ministry said the two sides signed 12 agreements.", "The two sides signed 12 agreements."),
    ("Japanese officials said the meeting ran long.", "The meeting ran long."),
])
def test_a_third_governments_body_is_a_source_of_neither_side(sentence, content):
    claim = only_claim(sentence)
    assert claim.attribution == NO_ATTRIBUTION and claim.speaker_kind == "party"
    assert claim.content == content
    assert foreign_government_body(claim.speaker)


@pytest.mark.parametrize("speaker", ["China's foreign ministry", "the White House", "Analysts", "Modi",
                                     "Apple's spokesperson"])
def test_the_two_sides_people_and_companies_are_no_third_government(speaker):
    assert not foreign_government_body(speaker)


def test_a_ministry_of_something_is_no_person():
    # "of Public Security" names the ministry: the ministry speaks for its government as a source,
    # so the claim's content is what it said, and the record must have China say it.
    claim = only_claim("China's Ministry of Public Security says the working group would meet monthly.")
    assert claim.attribution == CHINA_GOVERNMENT
    assert claim.speaker_kind == "source"
    assert claim.content == "The working group would meet monthly."
    assert learn_names("China's Ministry of Public Security said so. Chinese Vice Premier He Lifeng agreed.") == {
        "He Lifeng": CHINA_GOVERNMENT, "Lifeng": CHINA_GOVERNMENT}


def test_other_speakers_keep_their_phrase_but_speak_for_neither_side():
    claim = only_claim("Taiwan's presidential office said it was monitoring the drills.")
    assert claim.attribution == NO_ATTRIBUTION
    assert claim.attribution_phrase == "Taiwan's presidential office said"
    analysts = only_claim("Analysts said the meeting signalled a thaw.")
    assert analysts.attribution == NO_ATTRIBUTION


def test_a_joint_subject_of_both_sides_is_neither():
    claim = only_claim("China and the United States said in a joint statement that they would cooperate.")
    assert claim.attribution == NO_ATTRIBUTION


def test_the_official_and_he_take_the_side_of_the_last_official():
    text = (
        "A senior Chinese official said the talks were useful. The official said Taiwan was discussed. "
        "He said no date was set.\n"
        "The White House said the meeting was good. The official said more talks would follow. "
        "But he said nothing was agreed on tariffs."
    )
    claims = extract_claims(text).claims
    assert [c.attribution for c in claims] == [CHINA_GOVERNMENT] * 3 + [US_GOVERNMENT] * 3
    assert claims[5].attribution_phrase == "he said"
    assert claims[5].content == "But nothing was agreed on tariffs."


def test_it_takes_the_side_of_the_last_attribution_of_any_kind():
    text = "The newspaper said Biden was upbeat. It said the tone was warm. The embassy added that ties were stable."
    claims = extract_claims(text).claims
    assert [c.attribution for c in claims] == [MEDIA, MEDIA, MEDIA]
    text = "The Chinese embassy said ties were stable. The embassy added that talks would continue."
    assert [c.attribution for c in extract_claims(text).claims] == [CHINA_GOVERNMENT, CHINA_GOVERNMENT]


def test_the_official_in_a_new_paragraph_is_the_last_official_quoted_not_the_last_institution():
    text = ("The envoys met for ten hours, a senior U.S. official said.\n\n"
            "Beijing said the talks were useful. China's foreign ministry said more would follow.\n\n"
            "The format suits both capitals, the official noted.")
    assert [c.attribution for c in extract_claims(text).claims] == [US_GOVERNMENT, CHINA_GOVERNMENT,
                                                                     CHINA_GOVERNMENT, US_GOVERNMENT]
    # In the same paragraph as the institution quoted, "the official" is one of its officials.
    same = ("The envoys met for ten hours, a senior U.S. official said.\n\n"
            "Beijing said the talks were useful. The official said more would follow.")
    assert [c.attribution for c in extract_claims(same).claims] == [US_GOVERNMENT, CHINA_GOVERNMENT,
                                                                     CHINA_GOVERNMENT]


def test_the_official_with_no_earlier_official_is_unattributed_but_keeps_its_phrase():
    claim = only_claim("The official said more talks would follow.")
    assert claim.attribution == NO_ATTRIBUTION
    assert claim.attribution_phrase == "The official said"


def test_a_source_outranks_a_named_person_reported_inside_it():
    claim = only_claim("Xi told Biden that Taiwan is the most important issue, according to the U.S. readout.")
    assert claim.attribution == US_GOVERNMENT
    assert claim.attribution_phrase == "according to the U.S. readout"


def test_people_introduced_with_their_side_are_learnt_from_the_article():
    text = (
        "Chinese Vice Premier Zhang Guoqing met American Trade Envoy Maria Fernsby in Geneva. "
        "Zhang said the tariffs would fall. Fernsby told reporters that the deal was close."
    )
    names = learn_names(text)
    assert names["Zhang"] == CHINA_GOVERNMENT and names["Fernsby"] == US_GOVERNMENT
    claims = extract_claims(text).claims
    assert [c.attribution for c in claims] == [NO_ATTRIBUTION, CHINA_GOVERNMENT, US_GOVERNMENT]


def test_he_said_is_the_person_the_sentence_before_names():
    text = (
        "Chinese officials said exports would keep growing.\n\n"
        "President Biden contrasted his approach with across-the-board tariffs.\n\n"
        "\"I am not looking for a fight,\" he said.\n\n"
        "Wang Yi had been surprised, he said, because nobody had told him."
    )
    claims = extract_claims(text).claims
    # Biden, named in the sentence before, is "he", not the side quoted last ...
    assert claims[2].attribution == US_GOVERNMENT
    # ... and a person the sentence itself names before "he said" is who it is about, not who said it.
    assert claims[3].attribution == US_GOVERNMENT


def test_he_said_is_who_spoke_in_the_sentence_before_not_whom_he_spoke_of():
    text = (
        "Chinese officials said exports would keep growing.\n\n"
        "President Biden told reporters that he hoped to see Xi Jinping again in the coming weeks. "
        "He said the buoy incident was more careless than deliberate."
    )
    claims = extract_claims(text).claims
    # Xi is named last, but Biden is the one speaking in the sentence before: "he" is Biden.
    assert claims[2].attribution == US_GOVERNMENT


def test_he_said_is_the_subject_of_the_sentence_before_not_whom_it_was_told_to():
    text = (
        "Chinese officials said exports would keep growing.\n\n"
        "On the harbor dispute, President Biden told Xi Jinping that U.S. policy was unchanged, the "
        "readout said. Washington, he said, opposes any move to close the strait."
    )
    claims = extract_claims(text).claims
    # The sentence before is the readout's words: no person speaks there. Biden, its subject, is "he";
    # Xi, whom he told, is named last.
    assert claims[2].attribution == US_GOVERNMENT


def test_the_seed_article_attributions():
    claims = extract_claims(SEED_ARTICLE.read_text(encoding="utf-8")).claims
    by_start = {c.text[:30]: c for c in claims}
    assert by_start["The official said China has “s"].attribution == US_GOVERNMENT
    assert by_start["But he said the United States "].attribution == US_GOVERNMENT
    assert by_start["The Chinese embassy in Washing"].attribution == CHINA_GOVERNMENT
    assert by_start["According to the paper, Wang c"].attribution == MEDIA
    assert by_start["The FT reported last week that"].attribution == MEDIA
    assert by_start["In another sign of improvement"].attribution == US_GOVERNMENT
    assert by_start["The two leaders also discussed"].attribution == NO_ATTRIBUTION


# --------------------------------------------------------------------------- quotes


def test_curly_quotes_with_offsets_into_the_article():
    text = "Filler line one.\nThe ministry called the visit “warm, frank, and useful.”"
    claim = extract_claims(text).claims[1]
    (quote,) = claim.quotes
    assert quote.text == "warm, frank, and useful"
    assert text[quote.start:quote.end] == quote.text


def test_straight_quotes_and_several_quotes_in_one_sentence():
    text = 'Wang called the talks "candid" and said Taiwan was "the first red line" for China.'
    claim = only_claim(text)
    assert [q.text for q in claim.quotes] == ["candid", "the first red line"]
    for quote in claim.quotes:
        assert text[quote.start:quote.end] == quote.text


def test_single_curly_quotes_are_quotes_but_apostrophes_are_not():
    text = "Beijing’s envoy called it a ‘new starting point’ for China’s ties."
    assert [q.text for q in find_quotes(text)] == ["new starting point"]


def test_a_quote_spanning_sentences_belongs_to_one_claim():
    text = "Wang said: “We will not back down. We never have.” The meeting then ended."
    claims = extract_claims(text).claims
    assert [q.text for q in claims[0].quotes] == ["We will not back down. We never have"]
    assert claims[1].quotes == ()


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "He said “the talks will go on for weeks\nThe next paragraph is prose."
    assert [q.text for q in find_quotes(text)] == ["the talks will go on for weeks"]


def test_a_quote_left_open_past_its_sentence_is_cut_at_the_sentence_edge():
    filler = " ".join(f"Sentence number {n} of the long quotation is here." for n in range(1, 8))
    text = f"Wang said “the talks were useful. {filler}\nThe next paragraph is prose."
    claims = extract_claims(text).claims
    first_quote = claims[0].quotes[0]
    assert first_quote.text.startswith("the talks were useful")
    assert text[first_quote.start:first_quote.end] == first_quote.text
    assert first_quote.end <= claims[0].end
    assert claims[-1].quotes == ()


def test_empty_quotes_are_not_quotes():
    assert find_quotes('He said "" and “ ”.') == []


# --------------------------------------------------------------------------- harder news prose


@pytest.mark.parametrize(
    "sentence, attribution, phrase",
    [
        # A negated reporting verb makes the speaker's silence the claim.
        ("The White House did not say whether Taiwan was discussed.", NO_ATTRIBUTION, None),
        ("Beijing declined to say when the talks would resume.", NO_ATTRIBUTION, None),
        # Whom it was said to, before "that".
        ("Xi warned Biden that the strait is a line not to be crossed.", CHINA_GOVERNMENT, "Xi warned Biden"),
        ("China's top diplomat Wang Yi told U.S. National Security Adviser Jake Sullivan that Taiwan mattered most.",
         CHINA_GOVERNMENT, "China's top diplomat Wang Yi told U.S. National Security Adviser Jake Sullivan"),
        # A clause without "that" after a verb that otherwise takes an object.
        ("Wang Yi stressed the border question is for China alone.", CHINA_GOVERNMENT, "Wang Yi stressed"),
        ("Biden emphasized the value of open sea lanes.", NO_ATTRIBUTION, None),
        # A state news outlet is the press, not the government, whatever adjective it carries.
        ("China's state news agency Xinhua said the talks were candid.", MEDIA,
         "China's state news agency Xinhua said"),
        ("Chinese state media said the talks were candid.", MEDIA, "Chinese state media said"),
        ("Xinhua, China's official news agency, reported that the talks were candid.", MEDIA,
         "Xinhua, China's official news agency, reported"),
        ("A spokesperson for the Chinese embassy, Liu Pengyu, said China opposes the sanctions.", CHINA_GOVERNMENT,
         "A spokesperson for the Chinese embassy, Liu Pengyu, said"),
        ("Officials in Washington said the talks would continue.", US_GOVERNMENT, "Officials in Washington said"),
        ("People familiar with the matter said the meeting lasted twelve hours.", NO_ATTRIBUTION,
         "People familiar with the matter said"),
        ("U.S. and Chinese officials said the talks were productive.", NO_ATTRIBUTION,
         "U.S. and Chinese officials said"),
    ],
)
def test_harder_attributions(sentence, attribution, phrase):
    claim = only_claim(sentence)
    assert (claim.attribution, claim.attribution_phrase) == (attribution, phrase)


def test_reporting_verbs_inside_a_quotation_are_not_the_attribution():
    text = "The Chinese embassy said ties were stable. “The White House said it would act,” the embassy added."
    claim = extract_claims(text).claims[1]
    assert (claim.attribution, claim.attribution_phrase) == (CHINA_GOVERNMENT, "the embassy added")


def test_a_title_points_to_the_nearest_person_named_before_it():
    text = "Wang also saw Biden on Tuesday, and the president stressed that both nations must cooperate."
    claim = only_claim(text)
    assert claim.attribution == US_GOVERNMENT
    assert claim.attribution_phrase == "the president stressed"
    text = "Biden greeted Xi at the door. The president said the relationship mattered to the world."
    assert extract_claims(text).claims[1].attribution == CHINA_GOVERNMENT


def test_characterising_verbs_attribute_only_a_quotation():
    quoted = only_claim("The White House called the talks “frank, warm, and practical”.")
    assert (quoted.attribution, quoted.attribution_phrase) == (US_GOVERNMENT, "The White House called")
    assert quoted.content == quoted.text  # who called them so is part of what is checked
    plain = only_claim("The White House called the talks useful.")
    assert plain.attribution == NO_ATTRIBUTION


def test_an_institution_named_after_a_person_is_still_an_institution():
    institution = only_claim("The Biden administration has said it does not seek a new Cold War.")
    assert institution.content == "It does not seek a new Cold War."
    person = only_claim("National Security Adviser Jake Sullivan said that he had brought up port fees.")
    assert person.attribution == US_GOVERNMENT
    assert person.content == person.text


@pytest.mark.parametrize("dateline", ["WASHINGTON (Reuters) - ", "BEIJING, Jan. 27 (Xinhua) -- ", "(CNN) — ",
                                      "BANGKOK — ", "PORT LOUIS, Mauritius, Mar 3 (Agency) - ",
                                      "OSLO/ROME, Jun 4 (Agency) - ", "LIMA / QUITO - ", "Port Louis, 14/3 - ",
                                      "09:05 CEST — ", "3:15 p.m. - ", "17.40 - "])
def test_a_dateline_is_not_part_of_the_content(dateline):
    claim = only_claim(f"{dateline}Sullivan will meet Wang in Bangkok this week, the White House said on Tuesday.")
    assert claim.attribution_phrase == "the White House said on Tuesday"
    assert claim.content == "Sullivan will meet Wang in Bangkok this week."
    assert claim.text.startswith(dateline.strip())


@pytest.mark.parametrize("phrase", ["in a fact sheet", "in a readout of the meeting", "after the conversation"])
def test_the_document_or_occasion_named_after_the_verb_is_part_of_the_phrase(phrase):
    claim = only_claim(f"The ministers agreed to cut fees, the White House said {phrase}.")
    assert claim.attribution_phrase == f"the White House said {phrase}"
    assert claim.content == "The ministers agreed to cut fees."
    # A noun right after the verb starts what was said.
    assert only_claim("The White House said talks would resume.").content == "Talks would resume."


def test_a_closing_as_aside_names_the_source():
    claim = only_claim("The envoys met in Oslo and Lima, as the State Department noted before they left.")
    assert claim.attribution == US_GOVERNMENT
    assert claim.attribution_phrase == "the State Department noted before they left"
    assert claim.content == "The envoys met in Oslo and Lima."
    middle = only_claim("The envoys met in Oslo, as the State Department said, and then flew home.")
    assert middle.content == "The envoys met in Oslo and then flew home."


def test_the_official_points_back_past_a_document_of_the_other_side():
    text = ("The envoys spoke for an hour, a senior U.S. official said. "
            "Beijing's readout of the call said the envoys discussed fishing. "
            "The official said the envoys also discussed shipping.")
    assert [c.attribution for c in extract_claims(text).claims] == [US_GOVERNMENT, CHINA_GOVERNMENT, US_GOVERNMENT]


def test_an_office_speaks_for_its_owner_and_leaves_the_content():
    text = ("Vice President Harris met the envoy. Harris thanked the envoy, her office said. "
            "Several prisoners were freed, according to the vice president's office.")
    claims = extract_claims(text).claims[1:]
    assert [c.attribution for c in claims] == [US_GOVERNMENT, US_GOVERNMENT]
    assert [c.content for c in claims] == ["Harris thanked the envoy.", "Several prisoners were freed."]
    spokeswoman = only_claim("The fleet will sail at dawn, Harris's spokeswoman said.")
    assert (spokeswoman.attribution, spokeswoman.content) == (US_GOVERNMENT, "The fleet will sail at dawn.")


def test_the_readout_points_back_to_the_last_document_named():
    text = ("The envoys discussed fishing, the White House said in the readout of that call. "
            "China's foreign ministry said the envoys discussed shipping. "
            "The envoys also discussed ports, according to the readout.")
    assert [c.attribution for c in extract_claims(text).claims] == [US_GOVERNMENT, CHINA_GOVERNMENT, US_GOVERNMENT]
    # With no document named before it, "the readout" takes the last attribution of any kind.
    text = "China's foreign ministry said the envoys discussed shipping. The readout said they discussed ports."
    assert [c.attribution for c in extract_claims(text).claims] == [CHINA_GOVERNMENT, CHINA_GOVERNMENT]


def test_a_trailing_quote_attribution_leaves_the_quotation_as_content():
    claim = only_claim("“The two sides had candid discussions,” the White House said in a statement.")
    assert claim.attribution_phrase == "the White House said in a statement"
    assert claim.content == "“The two sides had candid discussions”."


# --------------------------------------------------------------------------- for the engine


@pytest.mark.parametrize(
    "label, side",
    [
        ("PRESIDENT XI", CHINA_GOVERNMENT),
        ("FOREIGN MINISTER WANG", CHINA_GOVERNMENT),
        ("PRESIDENT BIDEN", US_GOVERNMENT),
        ("MS. JEAN-PIERRE", US_GOVERNMENT),
        ("SENIOR ADMINISTRATION OFFICIAL", US_GOVERNMENT),
        ("the Chinese embassy", CHINA_GOVERNMENT),
        ("Reuters", MEDIA),
        ("Q", NO_ATTRIBUTION),
        ("MODERATOR", NO_ATTRIBUTION),
        ("", NO_ATTRIBUTION),
        (None, NO_ATTRIBUTION),
    ],
)
def test_speaker_side_of_transcript_labels_and_noun_phrases(label, side):
    assert speaker_side(label) == side


def test_sentence_attribution_of_an_official_sentence_reporting_the_other_side():
    side, phrase = sentence_attribution(
        "The People's Republic of China (PRC) announced it will start controlling two more chemicals.")
    assert (side, phrase) == (CHINA_GOVERNMENT, "The People's Republic of China (PRC) announced")
    assert sentence_attribution("Over the past four years, relations have gone through ups and downs.") == (
        NO_ATTRIBUTION, None)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The White House said the talks were useful.", "source"),
        ("Wang told Sullivan that the talks were useful.", "person"),
        ("Analysts said the talks were useful.", "party"),
        ("The official said the talks were useful.", "anaphora"),
        ("The talks were useful.", None),
    ],
)
def test_speaker_kind(text, kind):
    assert only_claim(text).speaker_kind == kind


# --------------------------------------------------------------------------- what the record is matched against


@pytest.mark.parametrize("closing", ["the fact sheet added", "the same document said", "the short statement said",
                                     "according to the fact sheet"])
def test_a_document_named_before_by_its_kind_is_the_source_not_part_of_the_claim(closing):
    result = extract_claims("Tariffs on pears will fall, the White House said in its fact sheet. "
                            f"Quotas on plums will go, {closing}.")
    second = result.claims[1]
    assert second.content == "Quotas on plums will go."
    assert second.attribution == US_GOVERNMENT
    assert second.speaker_kind == "anaphora"


def test_the_press_secretary_speaks_for_the_person_named_before():
    result = extract_claims("Biden spoke with the Kenyan leader on Friday. "
                            "Kenya will send more troops, the press secretary said in a statement.")
    claim = result.claims[1]
    assert claim.attribution == US_GOVERNMENT
    assert claim.content == "Kenya will send more troops."


@pytest.mark.parametrize("tail", [", speaking on condition of anonymity because the plan was not final",
                                  ", as it listed the outcomes of the visit", ", who asked not to be named",
                                  ", citing a new decree"])
def test_a_clause_about_the_speaking_leaves_the_content_with_the_attribution(tail):
    claim = only_claim(f"The two sides set no date for the next round, a U.S. official said{tail}.")
    assert claim.content == "The two sides set no date for the next round."
    assert claim.attribution == US_GOVERNMENT
    # What the speaker adds in a participle is still what was said.
    kept = only_claim("Ferries will resume on Monday, the White House said, calling the move overdue.")
    assert "overdue" in kept.content


def test_a_reporting_verb_that_is_also_a_plural_noun_is_a_noun_after_a_modifier():
    noun = only_claim("Beijing lifted its ban on beef from U.S. states that regulators had cleared.")
    assert noun.attribution == NO_ATTRIBUTION
    assert noun.content == noun.text
    verb = only_claim("The U.S. states that the drills must stop.")
    assert (verb.attribution, verb.content) == (US_GOVERNMENT, "The drills must stop.")


def test_a_reporting_verb_that_is_also_a_plural_noun_is_a_noun_after_a_preposition():
    # "action against states": the preposition's object; the clause before it is no speaker.
    noun = only_claim("The agency has wasted no time taking action against states and cities which have ignored it.")
    assert noun.attribution == NO_ATTRIBUTION
    assert noun.content == noun.text


@pytest.mark.parametrize("adverb", ["Notably", "Separately", "In addition", "Meanwhile"])
def test_a_comment_adverb_opening_the_sentence_is_not_matched(adverb):
    claim = only_claim(f"{adverb}, the council stopped short of a ban on imports.")
    assert claim.content == "The council stopped short of a ban on imports."
    # With a named speaker the whole sentence stays what is checked.
    person = only_claim(f"{adverb}, Biden said the council stopped short of a ban.")
    assert person.content == person.text


@pytest.mark.parametrize("motive", [", seeking to ease a bruising trade war", ", hoping to calm the markets",
                                    " in a bid to stop a rivalry from spinning out of control",
                                    ", in an effort to reassure an ally that doubts Washington's staying power",
                                    ", suggesting no quick decision on the levies"])
def test_the_reporters_reading_of_a_motive_is_not_part_of_the_content(motive):
    claim = only_claim(f"The envoys met in Oslo on Monday{motive}.")
    assert claim.content == "The envoys met in Oslo on Monday."
    assert claim.text.endswith(f"{motive}.")
    # Inside a quotation the words are the claim's own.
    quoted = only_claim(f'The envoy said: "We met in Oslo{motive}."')
    assert motive.strip(", ") in quoted.content


def test_an_outlet_quoting_a_ministry_attributes_the_words_to_the_ministry():
    claim = only_claim("Chinese state media cited the foreign ministry as saying the envoy would visit in spring.")
    assert claim.attribution == CHINA_GOVERNMENT
    assert claim.content == "The envoy would visit in spring."
    told = only_claim("The paper quoted a U.S. official as telling reporters that the envoy would stay home.")
    assert (told.attribution, told.content) == (US_GOVERNMENT, "The envoy would stay home.")


def test_a_subject_citing_a_government_leaves_the_content():
    claim = only_claim("A separate dispatch, citing China's foreign ministry, described the meeting as a step "
                       "toward steadier ties.")
    assert claim.attribution == CHINA_GOVERNMENT
    assert claim.content == "The meeting as a step toward steadier ties."
    # Without a verb of reporting after it the subject is what the sentence is about.
    assert only_claim("The envoy, citing security concerns, cancelled the visit to the port.").content == (
        "The envoy, citing security concerns, cancelled the visit to the port.")


def test_a_report_citing_nobody_of_either_government_stays_the_reports():
    assert only_claim("The envoys met in Oslo, the paper reported, citing two people familiar with the talks."
                      ).attribution == "media"
    assert only_claim("The ministry imposed the duties, citing security concerns.").attribution == "none"

