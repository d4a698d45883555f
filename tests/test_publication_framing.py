"""The words a publication gives around its sentences (evidence.with_publication_words, framed,
states_the_details; read in checking._check_claims once nothing else sources a claim): a title names
the occasion and who spoke, the dateline the day, and the sentences never repeat them, while an article
writes them around the point. Constructed record, real database, no mocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from db.index import SentenceHit
from verifier.evidence import with_publication_words
from verifier.normalize import analyze
from verifier.rules.codes import SUPPORTED, UNSOURCED

_TITLE = "U.S.-China Joint Statement Addressing the Climate Crisis"
_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/joint-statement/",
    "The United States and China recognize the seriousness and urgency of the climate crisis. "
    "Both countries will work together on methane reduction and the power sector transition. "
    "They intend to resume the working group on enhancing climate action in the 2020s.",
    title=_TITLE, published=datetime(2024, 4, 2, 16, tzinfo=UTC))


def _verdicts(tmp_path, claims: list[str]) -> list[str]:
    return [result["verdict"] for result in check_claims(tmp_path / "framing.db", [_STATEMENT],
                                                         [(claim, date(2024, 4, 3)) for claim in claims])]


def test_the_title_and_the_day_give_the_words_the_article_writes_around_the_point(tmp_path):
    # "joint statement", "climate crisis" are the title's, "April 2" the dateline's: the sentence states the rest.
    assert _verdicts(tmp_path, [
        "In a joint statement on the climate crisis issued on April 2, the two governments pledged to work "
        "together on methane reduction.",
    ]) == [SUPPORTED]


def test_a_figure_the_sentence_does_not_give_is_never_the_frames(tmp_path):
    # The frame gives the occasion and the day; a target year the sentence leaves out stays unverified.
    assert _verdicts(tmp_path, [
        "In a joint statement on the climate crisis issued on April 2, the two governments pledged to work "
        "together on methane reduction by 2030.",
    ]) == [UNSOURCED]


def _hit(text: str, published: datetime) -> SentenceHit:
    return SentenceHit(sentence_id=1, readout_id=1, position=0, start=0, end=len(text), text=text, speaker=None,
                       is_evidence=True, rank=0.0, url="https://www.whitehouse.gov/x/", title=_TITLE,
                       source="whitehouse", side="us-government", kind="statement", published=published,
                       published_text=published.isoformat())


def test_the_days_words_are_credited_only_on_the_publications_own_day():
    sentence = "Both countries will work together on methane reduction."
    hit = _hit(sentence, datetime(2024, 4, 2, 16, tzinfo=UTC))
    on_the_day = analyze("In a joint statement on April 2, 2024, both countries pledged methane reduction.")
    framed = with_publication_words(analyze(sentence), (hit,), on_the_day)
    assert {"april", "2", "2024"} <= framed.keys
    another_day = analyze("In a joint statement on April 9, 2024, both countries pledged methane reduction.")
    reframed = with_publication_words(analyze(sentence), (hit,), another_day)
    assert "april" not in reframed.keys and "9" not in reframed.keys
    # The title's words are the claim's on any day.
    assert analyze("joint statement").keys <= reframed.keys


def _decisions_counted(tmp_path, monkeypatch, claims: list[str], bound) -> tuple[list[str], int]:
    """The claims' verdicts, and how many times the rules decided, with `bound` standing for possible_support."""
    from verifier import checking

    calls = []
    decide = checking.decide

    def counted(*args, **options):
        calls.append(args[0].text)
        return decide(*args, **options)

    monkeypatch.setattr(checking, "decide", counted)
    monkeypatch.setattr(checking, "possible_support", bound)
    return _verdicts(tmp_path, claims), len(calls)


_FRAMED_CLAIMS = [
    "In a joint statement on the climate crisis issued on April 2, the two governments pledged to work "
    "together on methane reduction.",
    # The record states no dissolution: with its title's words the statement scores closer, yet cannot support.
    # (Not a suspension: the framed statement's "intend to resume" contests that, test_polarity_in_context.)
    "In a joint statement on the climate crisis issued on April 2, the two governments dissolved the working "
    "group on climate action.",
]


def test_a_framed_pool_that_cannot_support_is_not_decided_again(tmp_path, monkeypatch):
    from verifier.verdicts import possible_support

    def every_candidate(claim, attribution, candidates, key_weights):
        return candidates

    bounded, bounded_calls = _decisions_counted(tmp_path / "bounded", monkeypatch, _FRAMED_CLAIMS, possible_support)
    unbounded, unbounded_calls = _decisions_counted(tmp_path / "all", monkeypatch, _FRAMED_CLAIMS, every_candidate)
    # The bound changes no verdict; it spares the decision the framed pool of the suspension could not change.
    assert bounded == unbounded == [SUPPORTED, UNSOURCED]
    assert bounded_calls < unbounded_calls


# Where and to whom a line was spoken (evidence.setting_keys): credited only by a transcript's spoken lines.
_STEEL_LINE = ("The trade representative is reviewing the steel practices of the Chinese government. "
               "If that review confirms the unfair practices, I am calling on her to consider tripling the tariff "
               "rates on steel imports.")
_STEEL_DAY = datetime(2024, 4, 17, 18, tzinfo=UTC)
_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/04/17/remarks-by-president-biden-on-steel/",
    f"Pittsburgh, Pennsylvania\n\n2:15 P.M. EDT\n\nTHE PRESIDENT: Hello, Pittsburgh!\n\nTHE PRESIDENT: {_STEEL_LINE}",
    title="Remarks by President Biden on Trade", published=_STEEL_DAY)
# The same words written, not spoken: a fact sheet could have said where they were said, and did not.
_FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/17/fact-sheet-steel/",
    _STEEL_LINE, title="FACT SHEET: New Actions on Trade", published=_STEEL_DAY)
_AT_THE_HEADQUARTERS = ("Speaking at the headquarters of the steelworkers' union, the president said he was "
                        "calling for tripling the tariff rates on steel imports.")


def _spoken(tmp_path, record, claim: str) -> str:
    return check_claims(tmp_path / "setting.db", [record], [(claim, date(2024, 4, 18))])[0]["verdict"]


def test_where_and_to_whom_a_line_was_spoken_is_the_transcripts_frame(tmp_path):
    # "Speaking at the headquarters of the steelworkers' union": the transcript never says where it was said.
    assert _spoken(tmp_path, _REMARKS, _AT_THE_HEADQUARTERS) == SUPPORTED


def test_a_written_publication_never_gives_the_setting(tmp_path):
    assert _spoken(tmp_path, _FACT_SHEET, _AT_THE_HEADQUARTERS) == UNSOURCED


def test_the_setting_never_makes_a_quotation_supported(tmp_path):
    # A quotation is the speaker's own line or nothing: these words are not the line's, and no frame makes them so.
    quoted = ("Speaking at the headquarters of the steelworkers' union, the president said he was "
              "\"demanding\" tripling the tariff rates on steel imports.")
    assert _spoken(tmp_path, _REMARKS, quoted) == UNSOURCED


def test_the_setting_words_are_the_where_and_to_whom_not_the_point():
    from verifier.evidence import setting_keys

    assert setting_keys(analyze("Speaking at the headquarters of the union, Biden said tariffs should rise.")) == (
        analyze("speaking headquarters union").keys)
    assert setting_keys(analyze("Kirby told reporters aboard Air Force One that Abbas had pulled out.")) == (
        analyze("reporters aboard Air Force One").keys)
    # Speaking to a leader is the act itself; a place named in the setting is a detail, never the frame's.
    assert setting_keys(analyze("The president wanted to consult allies before speaking to Xi.")) == frozenset()
    assert "=california" not in setting_keys(analyze("At a fundraiser in California, Biden called Xi a dictator."))
    # A statement is written: "in a statement" is the occasion its title names, not a spoken setting.
    assert setting_keys(analyze("In a statement, the ministry said the talks were useful.")) == frozenset()


def test_a_dateline_is_no_spoken_line():
    from verifier.evidence import spoken_line

    line = _hit("We will triple the tariffs.", _STEEL_DAY)
    remarks = {"title": "Remarks by President Biden on Trade", "kind": "remarks"}
    assert spoken_line(replace(line, speaker="THE PRESIDENT", **remarks))
    assert not spoken_line(replace(line, speaker=None, **remarks))  # "Pittsburgh, Pennsylvania", "2:15 P.M. EDT"
    assert not spoken_line(replace(line, speaker="THE PRESIDENT"))  # a joint statement's title
    briefing = {"title": "Press Briefing by Press Secretary", "kind": "transcript"}
    assert spoken_line(replace(line, speaker="MS. JEAN-PIERRE", **briefing))
    assert not spoken_line(replace(line, speaker="Q", is_evidence=False, **briefing))



# A count the speaker's own line gives otherwise: the title names the guest and the dateline the room, which the
# line leaves out; framed, the line is the claim's, and its count disagrees, as a contest on polarity would.
_WELCOME = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/04/17/remarks-before-bilateral-meeting/",
    "Oval Office\n\n11:02 A.M. EDT\n\nTHE PRESIDENT: Well, welcome back. We have been together eight times this "
    "year already, and that says a great deal.\n\nPRIME MINISTER HALVORSEN: Thank you, Mr. President.",
    title="Remarks by President Biden and Prime Minister Halvorsen of Westmark Before Bilateral Meeting",
    published=_STEEL_DAY)


def test_a_count_the_framed_line_gives_otherwise_is_contested(tmp_path):
    [other, same] = check_claims(tmp_path / "count.db", [_WELCOME], [
        (f"Welcoming Halvorsen to the Oval Office, the president guessed they had been together roughly {count} "
         "times this year.", date(2024, 4, 18)) for count in ("a dozen", "eight")])
    assert (other["verdict"], other["reasons"]) == ("contested", ["number_mismatch"])
    assert same["verdict"] == SUPPORTED
