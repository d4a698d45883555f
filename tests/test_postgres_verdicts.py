"""The same check on the same corpus gives the same verdicts on SQLite and PostgreSQL:
the bundled corpus with the seed article and every article of the development set
(tests/eval/). Run-dependent keys (check id and time) are the only allowed difference."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import BUNDLED_READOUTS, PROJECT_ROOT

from db.database import open_database
from verifier.checking import check_text
from verifier.importing import import_files

pytestmark = pytest.mark.postgres

DEV_SET = PROJECT_ROOT / "tests" / "eval"


def dev_set_articles() -> list[tuple[str, date | None]]:
    rows = [json.loads(line) for line in (DEV_SET / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return sorted({(row["article"], date.fromisoformat(row["published"]) if row.get("published") else None)
                   for row in rows}, key=lambda item: item[0])


def comparable(report: dict) -> dict:
    """The report without its run-dependent keys; evidence scores to 6 places, as
    the two databases' BM25 ranks agree to about that."""
    report = {key: value for key, value in report.items() if key != "check"}
    for claim in report["claims"]:
        for evidence in claim["evidence"]:
            evidence["score"] = round(evidence["score"], 6)
        claim["confidence"] = round(claim["confidence"], 6)
    return report


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    """The bundled corpus imported into a fresh SQLite file and a fresh PostgreSQL database."""
    import os

    from conftest import POSTGRES_SKIP_REASON, POSTGRES_URL_ENV, fresh_postgres_database

    server_url = os.environ.get(POSTGRES_URL_ENV)
    if not server_url:
        pytest.skip(POSTGRES_SKIP_REASON)
    sqlite_engine = open_database(str(tmp_path_factory.mktemp("verdicts") / "record.db"))
    with fresh_postgres_database(server_url) as postgres_url:
        postgres_engine = open_database(postgres_url)
        for engine in (sqlite_engine, postgres_engine):
            import_files(engine, [BUNDLED_READOUTS])
        yield sqlite_engine, postgres_engine
        postgres_engine.dispose()
    sqlite_engine.dispose()


def test_seed_article_gets_the_same_report_on_both(engines):
    text = (PROJECT_ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    on_sqlite, on_postgres = (check_text(engine, text, date(2024, 1, 28), store=False) for engine in engines)
    assert on_sqlite["claims"], "the seed article should yield claims"
    assert comparable(on_postgres) == comparable(on_sqlite)


@pytest.mark.parametrize(("article", "published"), dev_set_articles(), ids=lambda value: str(value))
def test_dev_set_article_gets_the_same_verdicts_on_both(engines, article, published):
    text = (DEV_SET / article).read_text(encoding="utf-8")
    on_sqlite, on_postgres = (check_text(engine, text, published, store=False) for engine in engines)
    verdicts = [[(c["index"], c["verdict"], c["reasons"]) for c in report["claims"]]
                for report in (on_sqlite, on_postgres)]
    assert verdicts[1] == verdicts[0]
    assert comparable(on_postgres) == comparable(on_sqlite)
