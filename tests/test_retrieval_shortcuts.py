"""The shortcuts that make a check's first run cheaper give what the plain way gives.

Each test runs the engine's path and a plain restatement of what it must
equal on a real SQLite record (the bundled readouts): the index's phrase
lookups, the retrieval bounds, the reporters' questions scored on demand, and
a check that stores nothing starting without the ORM models.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import BUNDLED_READOUTS, PROJECT_ROOT, run_verifier

from db.index import _without_longer_phrases, sentences_holding
from verifier import thresholds as T
from verifier.evidence import SearchScope, TermWeights, bound_sentences, find_candidates, key_contributions
from verifier.normalize import analyze, search_words

GOLD = PROJECT_ROOT / "tests" / "eval" / "gold.jsonl"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    from db.database import open_database

    path = tmp_path_factory.mktemp("bundled") / "record.db"
    result = run_verifier("import", str(BUNDLED_READOUTS), db=path)
    assert result.returncode == 0, result.stderr
    engine = open_database(str(path))
    yield engine
    engine.dispose()


def _claims() -> list:
    texts = [json.loads(line)["claim"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [claim for claim in map(analyze, dict.fromkeys(texts)) if claim.keys]


def test_a_phrase_inside_a_longer_one_stands_for_it():
    kept = _without_longer_phrases([["united", "states"], ["united", "states", "of", "america"], ["us"],
                                    ["u", "s", "a"], ["u", "s"], ["states"], ["usa"]])
    assert kept == [["us"], ["u", "s"], ["states"], ["usa"]]
    # Words are compared whole: "us" is not inside "usa"; a phrase given twice is kept.
    assert _without_longer_phrases([["us"], ["usa"], ["us"]]) == [["us"], ["usa"], ["us"]]


def test_phrase_lookups_find_what_each_phrase_finds_alone(bundled):
    groups = [("america", "american", "u s", "u s a", "united states", "united states of america", "us", "usa"),
              ("china", "chinese", "people s republic of china", "prc"),
              ("jake sullivan", "national security advisor jake sullivan", "sullivan"),
              ("wang", "wang yi", "director wang yi", "foreign minister wang yi")]
    with bundled.connect() as connection:
        for phrases in groups:
            alone = set()
            for phrase in phrases:
                alone.update(sentences_holding(connection, [phrase]))
            found = sentences_holding(connection, phrases)
            assert found == sorted(alone) and found, phrases
            within = sentences_holding(connection, ["bangkok", "talks"], within=phrases)
            assert within == sorted(set(within) & alone) and set(within) == set(found) & (
                set(sentences_holding(connection, ["bangkok"])) | set(sentences_holding(connection, ["talks"])))


def _bounds_the_plain_way(connection, claim, weights, key_weights) -> tuple[dict[int, float], int]:
    """bound_sentences restated one id at a time, the index intersecting the common keys' lists."""
    shares = key_contributions(claim, key_weights)
    plans = sorted((weights.key_frequency(key, claim.surfaces[key]), key,
                    tuple(phrase for phrase in search_words(key, claim.surfaces[key]) if phrase))
                   for key in sorted(claim.keys))
    plans = [plan for plan in plans if plan[2]]
    seed, postings = [], 0
    for frequency, key, phrases in plans:
        if frequency > T.SEED_POSTINGS_BUDGET or (seed and postings + frequency > T.SEED_POSTINGS_BUDGET):
            break
        seed.append((key, phrases))
        postings += frequency
    if not seed:  # even the rarest key is too common: the engine searches by BM25
        return {}, 0
    bounds: dict[int, float] = {}
    for key, phrases in seed:
        for sentence_id in sentences_holding(connection, phrases):
            bounds[sentence_id] = bounds.get(sentence_id, 0.0) + shares[key]
    seed_phrases = [phrase for _key, phrases in seed for phrase in phrases]
    common = sorted((plan for plan in plans if plan[1] not in dict(seed) and plan[0] > 0),
                    key=lambda plan: (-shares[plan[1]], plan[1]))
    for _frequency, key, phrases in common[: T.COMMON_KEY_PROBES]:
        for sentence_id in sentences_holding(connection, phrases, within=seed_phrases):
            bounds[sentence_id] += shares[key]
    return bounds, len(common[: T.COMMON_KEY_PROBES])


@pytest.mark.parametrize("budget", [T.SEED_POSTINGS_BUDGET, 300, 40])
def test_bounds_are_those_of_the_plain_way_in_the_same_order(bundled, monkeypatch, budget):
    # Small budgets leave most keys to the common probes, as the full corpus does.
    monkeypatch.setattr(T, "SEED_POSTINGS_BUDGET", budget)
    probed = 0
    with bundled.connect() as connection:
        weights = TermWeights(connection)
        for claim in _claims():
            key_weights = weights.weigh(claim)
            found = bound_sentences(connection, claim, weights, key_weights)
            plain, probes = _bounds_the_plain_way(connection, claim, weights, key_weights)
            if found is None:
                assert not plain, claim.text
                continue
            # Exactly equal, in the same order: ties among equal bounds are broken by that order.
            assert list(found.items()) == list(plain.items()), claim.text
            probed += probes
    if budget < T.SEED_POSTINGS_BUDGET:
        assert probed, "no claim had a common key probed: the test did not reach the intersection"



def test_kept_sentence_lists_are_nothing_the_cycle_collector_walks(bundled, monkeypatch):
    # A small budget leaves keys to the common probes, whose lists were once also kept as sets.
    import gc

    from verifier import evidence

    monkeypatch.setattr(T, "SEED_POSTINGS_BUDGET", 40)
    caches = [name for name, value in vars(evidence).items() if isinstance(value, evidence._IdCache)]
    for name in caches:
        monkeypatch.setattr(evidence, name, evidence._IdCache(getattr(evidence, name).limit))
    with bundled.connect() as connection:
        weights = TermWeights(connection)
        for claim in _claims()[:20]:
            bound_sentences(connection, claim, weights, weights.weigh(claim))
    kept = {key: ids for name in caches for key, ids in getattr(evidence, name).entries.items()}
    assert any(key[0] == "seeded" for key in kept), "no common key was probed"
    # The collector visits what get_referents lists: a set's every id, an array's type alone.
    assert not [key for key, ids in kept.items() if any(isinstance(item, int) for item in gc.get_referents(ids))]

def test_reporters_questions_are_scored_only_when_asked_for(bundled):
    claim = analyze("Reporters asked whether Sullivan raised fentanyl with Wang in Bangkok.")
    with bundled.connect() as connection:
        weights = TermWeights(connection)
        found = find_candidates(connection, claim, weights, SearchScope())
        assert found._questions is None
        questions = found.questions
    assert questions and all(not question.first.is_evidence for question in questions)
    assert [q.sort_key for q in questions] == sorted(q.sort_key for q in questions)
    assert all(candidate.first.is_evidence for candidate in found.candidates)
    assert found.questions is questions  # scored once


def test_a_check_that_stores_nothing_starts_without_the_models(bundled):
    program = ("import sys\n"
               "from db.database import open_database\n"
               "from verifier.checking import check_text\n"
               f"engine = open_database({str(bundled.url.database)!r})\n"
               "report = check_text(engine, 'Jake Sullivan met Wang Yi in Bangkok.', store=False)\n"
               "assert report['claims'], report\n"
               "print(sorted(name for name in sys.modules if name.split('.')[0] in ('sqlmodel', 'pydantic')"
               " or name in ('db.models', 'db.store')))\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=PROJECT_ROOT,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
