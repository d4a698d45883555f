"""A person's saying framed in the claim's own words ("Matthew Miller, the State Department spokesman, said on
Monday that ..."): who told it is no part of what a contradicting sentence must share with the claim. A
sentence that only names the speaker, with a date of its own, is no contest of what the speaker said; one that
gives the deed itself another date still is (verdicts.decide, checking._frame_keys). Constructed sentences,
real analysis, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from db.index import SentenceHit
from verifier.checking import _frame_keys
from verifier.claims import extract_claims
from verifier.evidence import Candidate, coverage_of
from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, DATE_MISMATCH, Anchor
from verifier.verdicts import decide

_TEXT = ("Matthew Miller, the State Department spokesman, said on Monday that the ferry service to Kelvin Island "
         "would resume in May.")
_ANCHOR = Anchor(date=datetime(2024, 5, 7, 23, 59, tzinfo=UTC), known=True, day=date(2024, 5, 7))


def _candidate(claim, weights, sentence: str) -> Candidate:
    hit = SentenceHit(sentence_id=3, readout_id=1, position=0, start=0, end=len(sentence), text=sentence,
                      speaker=None, is_evidence=True, rank=0.0,
                      url="https://www.whitehouse.gov/briefing-room/harbour-council/", title="Press Briefing",
                      source="whitehouse", side="us-government", kind="briefing",
                      published=datetime(2024, 5, 6, 18, 0, tzinfo=UTC), published_text="May 6, 2024")
    analysis = analyze(sentence)
    return Candidate((hit,), analysis, coverage_of(claim, weights, analysis), in_window=True)


def test_the_frame_of_a_persons_saying_is_read_apart_from_what_was_said():
    [framed] = extract_claims(_TEXT).claims
    claim = analyze(framed.content or framed.text)
    frame = _frame_keys(framed, claim)
    assert {"miller", "=state_department"} <= frame
    assert not frame & {"ferry", "island", "=resume"}


def test_a_sentence_sharing_only_the_speakers_frame_does_not_contest_what_was_said():
    [framed] = extract_claims(_TEXT).claims
    claim = analyze(framed.content or framed.text)
    frame = _frame_keys(framed, claim)
    # The speaker's name and office are the claim's rarest words: they weigh more than the deed.
    weights = {key: (3.0 if key in frame else 1.0) for key in claim.keys}
    speaker_only = _candidate(claim, weights, "Matthew Miller, the State Department spokesman, will take questions "
                                              "on the island in June.")
    assert decide(claim, "none", [speaker_only], weights, _ANCHOR).verdict == CONTESTED  # without the frame read
    assert decide(claim, "none", [speaker_only], weights, _ANCHOR, frame_keys=frame).verdict != CONTESTED
    deed = _candidate(claim, weights, "The ferry service to Kelvin Island will resume in June, the State Department "
                                      "said.")
    found = decide(claim, "none", [deed], weights, _ANCHOR, frame_keys=frame)
    assert (found.verdict, found.reasons) == (CONTESTED, [DATE_MISMATCH])
