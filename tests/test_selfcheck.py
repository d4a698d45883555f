"""The self-check harness (tests/eval/selfcheck.py): which record sentences it samples and how it reports them."""

import io
from collections import Counter
from datetime import date

from tests.eval.selfcheck import Outcome, Sample, attributed, choose, eligible, report, sentence_verdict


def _samples(url: str, count: int) -> list[Sample]:
    return [Sample(url, "whitehouse", date(2024, 1, 2), n, f"Sentence {n} of {url}.") for n in range(count)]


def test_only_evidence_sentences_of_eight_to_forty_words_are_taken():
    nine_words = "The two leaders discussed trade and climate change at length."
    assert eligible(nine_words, True, "MS. LEAVITT")
    assert not eligible(nine_words, False, None)  # not evidence
    assert not eligible(nine_words, True, "Q")  # a reporter's question
    assert not eligible("The leaders met today.", True, None)  # too short
    assert not eligible(" ".join(["word"] * 41), True, None)  # too long


def test_the_sample_is_spread_across_publications_and_repeatable():
    candidates = {"a": _samples("a", 10), "b": _samples("b", 1), "c": _samples("c", 3)}
    chosen = choose(candidates, size=6, seed=7)
    assert chosen == choose(candidates, size=6, seed=7)
    # Every publication gives one before any gives a second; a small one runs out and the others go on.
    assert {s.url for s in chosen[:3]} == {"a", "b", "c"}
    drawn = Counter(s.url for s in chosen)
    assert drawn["b"] == 1 and sorted((drawn["a"], drawn["c"])) == [2, 3]
    assert len({(s.url, s.position) for s in chosen}) == 6
    assert len(choose(candidates, size=100, seed=7)) == 14


def test_a_sentence_is_contested_when_any_of_its_claims_is():
    assert sentence_verdict([{"verdict": "supported"}, {"verdict": "contested"}]) == "contested"
    assert sentence_verdict([{"verdict": "unsourced"}, {"verdict": "supported"}]) == "supported"
    assert sentence_verdict([]) == "unsourced"


def test_the_attributed_form_names_the_publisher():
    sample = Sample("u", "whitehouse", date(2024, 1, 2), 0, "The leaders discussed trade at length today.")
    assert attributed(sample) == "The White House said the leaders discussed trade at length today."
    named = Sample("u", "china-mfa", date(2024, 1, 2), 0, "Wang Yi met the Secretary in Beijing on Friday.")
    assert attributed(named) == "China's Foreign Ministry said Wang Yi met the Secretary in Beijing on Friday."


def test_every_false_contest_is_printed_with_its_reasons_and_evidence():
    sample = _samples("https://example.gov/readout/", 1)[0]
    contested = {"verdict": "contested", "text": sample.text, "reasons": ["date_mismatch"],
                 "evidence": [{"url": "https://example.gov/other/", "sentence": "They met on Monday."}]}
    outcomes = [Outcome(sample, "plain", sample.text, "contested", (contested,)),
                Outcome(sample, "plain", sample.text, "supported", ({"verdict": "supported"},))]
    out = io.StringIO()
    summary = report(outcomes, out=out)
    assert summary["plain"] == {"sentences": 2, "supported": 1, "contested": 1, "unsourced": 0,
                                "contested_by_own_publication": 0}
    printed = out.getvalue()
    assert "reasons: date_mismatch" in printed
    assert "evidence: https://example.gov/other/: They met on Monday." in printed
