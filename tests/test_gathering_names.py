"""Which gathering a name is: "the Summit of the Americas" is a gathering of its own, not the United States (the
Americas are two continents); "a leaders' summit" and "the November summit" are what many gatherings are called
(the Quad's, the North American one, a G20 in November), so neither folds to one summit of the alias data.
Constructed sentences, no mocks."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import EVENT_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_the_summit_of_the_americas_is_another_gathering_than_a_leaders_summit():
    record = analyze("The ministers endorsed the migration framework their leaders adopted at the Summit of the "
                     "Americas in June.")
    moved = analyze("The ministers endorsed the migration framework their leaders adopted at the North American "
                    "Leaders Summit in June.")
    conflict = find_conflicts(moved, record)
    assert conflict.reasons == (EVENT_MISMATCH,), conflict
    # Its shorter name is the same gathering.
    same = analyze("The ministers endorsed the migration framework their leaders adopted at the Americas summit "
                   "in June.")
    assert not find_conflicts(same, record).reasons


def test_the_americas_are_not_the_united_states():
    assert "=us" not in analyze("Trade ministers from across the Americas met in Lima.").keys
    assert "=us" in analyze("American farmers will sell more soybeans.").keys


def test_a_leaders_summit_or_a_november_summit_is_no_one_summit_of_its_own():
    record = analyze("At the Woodside summit, the two presidents agreed to resume military talks.")
    for other in ("At the Quad leaders' summit, the two presidents agreed to resume military talks.",
                  "At their November summit, the two presidents agreed to resume military talks."):
        claim = analyze(other)
        assert not record.keys & claim.keys - {"=agree", "=military-to-military", "=president", "=resume", "2"}, \
            sorted(claim.keys)
    # The summit's own names still fold to it.
    assert record.keys & analyze("They met at the Filoli estate summit.").keys & {"=woodside_summit"}
