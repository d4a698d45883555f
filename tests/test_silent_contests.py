"""The harness of contests no detector sees (tests/eval/silent_contests.py) keeps only the gold-contested claims
left uncontested with no contest found for them, and never measures an unseen set."""

import pytest

from tests.eval import silent_contests
from tests.eval.sets import UNSEEN_NAMES


def _outcome(predicted: str, found: bool) -> silent_contests.Outcome:
    return silent_contests.Outcome("tests/eval/blind1/gold.jsonl", 3, "A claim.", ("number_mismatch",), predicted,
                                   found, "cited/S", "")


def test_only_claims_with_no_contest_found_and_none_given_are_silent():
    contested = _outcome("contested", True)
    refused = _outcome("supported", True)  # a gate or the model set the contest aside: not silent
    quiet = _outcome("supported", False)
    also_quiet = _outcome("unsourced", False)
    assert silent_contests.silent([contested, refused, quiet, also_quiet]) == [quiet, also_quiet]


@pytest.mark.parametrize("name", UNSEEN_NAMES)
def test_an_unseen_set_is_refused(name, capsys):
    with pytest.raises(SystemExit):
        silent_contests.main(["--db", "unused.db", "--set", name])
    assert "only the training sets" in capsys.readouterr().err
