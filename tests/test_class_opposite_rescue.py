"""A sentence of the article's event that keeps what the claim says was called off, in the words of the two
classes rather than a lexicon pair ("would scrap its talks with the fishing guilds" / "will keep up its
talks with the fishing guilds"), is rescored with its opposite counted as the claim's word, like a pair's.

Constructed (an invented record, no article's words); fails on the code before the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from db.index import SentenceHit
from verifier import thresholds as T
from verifier.evidence import Candidate, coverage_of
from verifier.normalize import analyze
from verifier.rules.codes import Anchor
from verifier.verdicts import decide

ANCHOR = Anchor(date=datetime(2024, 5, 7, 23, 59, tzinfo=UTC), known=True, day=date(2024, 5, 7))


def _verdict_against(claim_text: str, heaviest: str, sentence: str) -> tuple[str, list[str]]:
    claim = analyze(claim_text)
    # The action is the claim's heaviest word: a sentence saying its opposite lacks it and scores low.
    weights = {key: {heaviest: 8.0, "electio": 3.0}.get(key, 1.5) for key in claim.keys}
    hit = SentenceHit(sentence_id=3, readout_id=1, position=0, start=0, end=len(sentence), text=sentence,
                      speaker=None, is_evidence=True, rank=0.0, url="https://www.whitehouse.gov/briefing-room/harbour/",
                      title="Fact Sheet: The Harbour Council", source="whitehouse", side="us-government",
                      kind="fact-sheet", published=datetime(2024, 5, 6, 18, 0, tzinfo=UTC),
                      published_text="May 6, 2024")
    record = Candidate((hit,), analyze(sentence), coverage_of(claim, weights, analyze(sentence)), in_window=True)
    assert T.COUNT_ASIDE_FLOOR <= record.score < T.RELATED_SCORE
    found = decide(claim, "none", [record], weights, ANCHOR)
    return found.verdict, found.reasons


def test_keeping_what_the_claim_scraps_is_read_below_the_related_score():
    claim = "The council would scrap its talks with the fishing guilds ahead of the election."
    scrap = analyze(claim).tokens[3].key
    assert _verdict_against(claim, scrap, "The council will continue its talks with the fishing guilds on this "
                                          "question in the coming weeks.") == ("contested", ["opposite_action"])


def test_keeping_another_thing_is_no_opposite_of_scrapping():
    claim = "The council would scrap its talks with the fishing guilds ahead of the election."
    scrap = analyze(claim).tokens[3].key
    # "continue" acts on the tide tables, not the talks.
    assert _verdict_against(claim, scrap, "The council will continue to publish tide tables, and the fishing "
                                          "guilds will meet on this question.") == ("unsourced", ["no_match"])
