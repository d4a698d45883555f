"""The cross-check harness (tests/eval/crosscheck.py): which publications it holds out, what it checks and how it
reports what comes back contested."""

import io
import json
from datetime import date

from tests.eval.crosscheck import (
    Outcome,
    Publication,
    compose,
    hold_out,
    main,
    publication_sentences,
    report,
    siblings,
)
from tests.eval.selfcheck import Sample


def _publication(url: str, day: int, body: str = "The two leaders discussed trade and climate change at length.",
                 source: str = "whitehouse") -> Publication:
    return Publication(url, source, date(2024, 1, day), "{}", body)


def test_siblings_are_the_publications_one_day_apart_at_most():
    publications = [_publication("a", 10), _publication("b", 11), _publication("c", 13), _publication("d", 13)]
    near = siblings(publications)
    assert near == {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}


def test_every_held_out_publication_keeps_a_sibling_in_the_record():
    publications = [_publication(f"p{n}", day) for n, day in enumerate([1, 1, 1, 5, 5, 9, 20, 20, 20, 20])]
    held = hold_out(publications, size=10, seed=3)
    assert held == hold_out(publications, size=10, seed=3)
    held_urls = {p.url for p in held}
    near = siblings(publications)
    assert held and all(near[p.url] - held_urls for p in held)
    assert "p5" not in held_urls  # alone on its day: nothing of the record could state it in other words
    assert len(hold_out(publications, size=2, seed=3)) == 2


def test_a_publications_sentences_are_evidence_sentences_drawn_in_text_order():
    body = ("The two leaders discussed trade and climate change at length in the Oval Office.\n\n"
            "Short one.\n\n"
            "Q: Will the two leaders discuss trade and climate change at length again?\n\n"
            "MS. JEAN-PIERRE: The two leaders will meet again in the spring to discuss trade.\n\n"
            "The President thanked the Prime Minister for his leadership on the climate crisis.")
    samples = publication_sentences(_publication("a", 2, body), per_publication=10)
    assert [s.text for s in samples] == [
        "The two leaders discussed trade and climate change at length in the Oval Office.",
        "The two leaders will meet again in the spring to discuss trade.",
        "The President thanked the Prime Minister for his leadership on the climate crisis."]
    assert len(publication_sentences(_publication("a", 2, body), per_publication=2)) == 2


def test_the_article_attributes_each_sentence_to_its_publisher():
    samples = [Sample("u", "whitehouse", date(2024, 1, 2), 0, "The leaders met in Geneva on Friday."),
               Sample("u", "whitehouse", date(2024, 1, 2), 3, "They agreed to meet again.")]
    article, spans = compose(samples)
    assert article == ("The White House said the leaders met in Geneva on Friday.\n\nThe White House said they agreed "
                       "to meet again.")
    assert [article[start:end] for start, end in spans] == article.split("\n\n")


def test_contested_sentences_are_counted_by_their_reviewed_class():
    def outcome(position: int, verdict: str) -> Outcome:
        sample = Sample("https://example.gov/a/", "whitehouse", date(2024, 1, 2), position, f"Sentence {position}.")
        claim = {"verdict": verdict, "text": sample.text, "reasons": ["actor_mismatch"],
                 "evidence": [{"url": "https://example.gov/b/", "sentence": "Someone else did."}]}
        return Outcome(sample, sample.text, verdict, (claim,))
    review = {"https://example.gov/a/#1": {"class": "false", "cause": "formula said of another party",
                                           "note": "the record says it of Guatemala"},
              "https://example.gov/a/#2": {"class": "true", "note": "a later count"}}
    out = io.StringIO()
    summary = report([outcome(0, "supported"), outcome(1, "contested"), outcome(2, "contested"),
                      outcome(3, "contested"), outcome(4, "unsourced")], held=1, review=review, out=out)
    assert summary == {"publications": 1, "sentences": 5, "supported": 1, "contested": 3, "unsourced": 1,
                       "false_contests": 1, "true_differences": 1, "unread": 1}
    printed = out.getvalue()
    assert "false contests by cause: formula said of another party 1" in printed
    assert "[false (formula said of another party)]" in printed and "[unread]" in printed
    assert "evidence: https://example.gov/b/: Someone else did." in printed


def test_the_harness_runs_on_a_tiny_record(tmp_path, capsys):
    lines = []
    for n, (day, body) in enumerate([
        (8, "President Biden met with Prime Minister Okafor in Geneva to discuss the northern ferry line."),
        (8, "Today the President and Prime Minister Okafor discussed the northern ferry line in Geneva at length."),
        (20, "The President announced new funding for bridges and roads in twelve states across the country."),
    ]):
        lines.append(json.dumps({"source": "whitehouse", "url": f"https://www.whitehouse.gov/briefing-room/{n}/",
                                 "title": f"Publication {n}", "published": f"2024-03-{day:02d}T18:00:00+00:00",
                                 "body": body}))
    record = tmp_path / "record.jsonl"
    record.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written = tmp_path / "outcomes.json"
    assert main(["--db", str(tmp_path / "cross.db"), "--record", str(record), "--publications", "5",
                 "--review", str(tmp_path / "none.json"), "--json", str(written)]) == 0
    printed = capsys.readouterr().out
    # One of the two same-day publications is held out, the other stays as its sibling; the lone one is never taken.
    assert printed.startswith("1 held-out publications, 1 sentences: supported 1, contested 0, unsourced 0")
    outcome = json.loads(written.read_text(encoding="utf-8"))["outcomes"][0]
    assert outcome["article"].startswith("The White House said ")
    assert outcome["published"] == "2024-03-08"
