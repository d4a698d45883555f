"""Bulk import of official readouts from JSON Lines files (plain or gzip).

One readout a line: `source`, `url`, `title`, `published`, `body` (paragraphs
separated by a blank line), optional `modified`, `section`, `language`, `kind`.
HTML inside a body is turned into the plain text it shows (db.markup).
A bad line is reported as FILE:LINE: reason and skipped; a file that is not
JSON Lines at all is refused whole.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from db.markup import plain_text_body
from db.store import ReadoutRecord, StoreSummary, ensure_sources, store_readouts, write_transaction
from sources.registry import source_info

REQUIRED_FIELDS = ("source", "url", "title", "published", "body")
GZIP_MAGIC = b"\x1f\x8b"
PARALLEL_SPLIT_MIN_BYTES = 4_000_000


class ImportFileError(Exception):
    """The file as a whole cannot be imported (missing, a directory, not JSON Lines)."""


@dataclass(frozen=True, slots=True)
class LineProblem:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class ImportSummary:
    stored: StoreSummary = field(default_factory=StoreSummary)
    skipped: int = 0
    problems: list[LineProblem] = field(default_factory=list)

    @property
    def line(self) -> str:
        return (f"{self.stored.new} new, {self.stored.revised} revised, "
                f"{self.stored.unchanged} unchanged, {self.skipped} skipped")


def parse_time(value: object) -> datetime:
    """An ISO 8601 time; one without an offset is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"unparseable date {value!r}")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"unparseable date {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def record_from_json(data: object) -> ReadoutRecord:
    """A readout from one decoded line; ValueError names what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    missing = [name for name in REQUIRED_FIELDS if data.get(name) in (None, "")]
    if "body" in missing:
        raise ValueError("empty body" if "body" in data else "missing field 'body'")
    if missing:
        raise ValueError(f"missing field {missing[0]!r}")
    for name in REQUIRED_FIELDS:
        if not isinstance(data[name], str):
            raise ValueError(f"field {name!r} is not a string")
    if not data["body"].strip():
        raise ValueError("empty body")
    if not data["url"].startswith(("http://", "https://")):
        raise ValueError(f"url is not an http(s) URL: {data['url'][:80]!r}")
    # The record holds what a publication says, never how its page drew it (db.markup).
    body = plain_text_body(data["body"])
    if not body.strip():
        raise ValueError("empty body once its HTML markup is removed")
    published = parse_time(data["published"])
    modified = parse_time(data["modified"]) if data.get("modified") else None
    return ReadoutRecord(
        source=data["source"].strip(),
        url=data["url"].strip(),
        title=data["title"],
        published=published,
        published_text=data["published"].strip(),
        body=body,
        modified=modified,
        section=data.get("section") or None,
        kind=data.get("kind") or None,
        language=data.get("language") or None,
    )


class JsonLinesFile:
    """Reads one import file, line by line, with its position for progress bars."""

    def __init__(self, path: Path):
        self.path = path
        if not path.exists():
            raise ImportFileError(f"{path}: no such file")
        if path.is_dir():
            raise ImportFileError(f"{path}: is a directory, not a JSON Lines file")
        self.size = path.stat().st_size
        if self.size == 0:
            raise ImportFileError(f"{path}: empty file, expected JSON Lines")
        with path.open("rb") as probe:
            self.compressed = probe.read(2) == GZIP_MAGIC
        self._raw: io.BufferedReader | None = None

    def position(self) -> int:
        return self._raw.tell() if self._raw and not self._raw.closed else self.size

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of every non-blank line; refuses a file that is not JSON Lines."""
        with self.path.open("rb") as raw:
            self._raw = raw
            stream = gzip.GzipFile(fileobj=raw) if self.compressed else raw
            seen_content = False
            try:
                for number, chunk in enumerate(stream, start=1):
                    if b"\x00" in chunk:
                        raise ImportFileError(f"{self.path}:{number}: binary data, not a JSON Lines file")
                    try:
                        line = chunk.decode("utf-8")
                    except UnicodeDecodeError:
                        if not seen_content:
                            raise ImportFileError(f"{self.path}: not UTF-8 text, not a JSON Lines file") from None
                        yield number, chunk.decode("utf-8", errors="replace")
                        continue
                    if not line.strip():
                        continue
                    if not seen_content and not line.lstrip().startswith("{"):
                        raise ImportFileError(
                            f"{self.path}:{number}: not a JSON Lines file (expected one JSON object a line)")
                    seen_content = True
                    yield number, line
            except (OSError, EOFError, zlib.error) as exc:
                raise ImportFileError(f"{self.path}: cannot read: {exc}") from None
            if not seen_content:
                raise ImportFileError(f"{self.path}: no JSON lines in file")


def read_records(file: JsonLinesFile) -> Iterator[ReadoutRecord | LineProblem]:
    for number, line in file.lines():
        try:
            yield record_from_json(json.loads(line))
        except json.JSONDecodeError as exc:
            yield LineProblem(str(file.path), number, f"not valid JSON ({exc.msg})")
        except ValueError as exc:
            yield LineProblem(str(file.path), number, str(exc))


def import_files(
    engine: Engine,
    paths: list[Path],
    *,
    strict: bool = False,
    on_problem: Callable[[LineProblem], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    batch_size: int | None = None,
) -> ImportSummary:
    """Import every file; in strict mode the first bad line aborts before anything is written."""
    files = [JsonLinesFile(path) for path in paths]
    summary = ImportSummary()

    def skip(problem: LineProblem) -> None:
        """A bad line is counted, kept in the summary and told to `on_problem`, never stored."""
        summary.problems.append(problem)
        summary.skipped += 1
        if on_problem:
            on_problem(problem)

    if strict:
        for file in files:
            for item in read_records(file):
                if isinstance(item, LineProblem):
                    skip(item)
                    return summary
    total_bytes = sum(file.size for file in files)
    done_before = 0
    for file in files:
        seen_sources: set[str] = set()

        def records(file: JsonLinesFile = file, seen_sources: set[str] = seen_sources) -> Iterator[ReadoutRecord]:
            for item in read_records(file):
                if isinstance(item, LineProblem):
                    skip(item)
                    continue
                if item.source not in seen_sources:
                    seen_sources.add(item.source)
                    ensure_sources(engine, [source_info(item.source)])
                yield item

        def progress(_total: StoreSummary, _count: int, file: JsonLinesFile = file, base: int = done_before) -> None:
            if on_progress:
                on_progress(base + file.position(), total_bytes)

        options = {"batch_size": batch_size} if batch_size else {}
        # Worth a worker process only when there is a lot to split.
        if file.size > PARALLEL_SPLIT_MIN_BYTES and (os.cpu_count() or 1) > 1:
            options["splitter_processes"] = 1
        summary.stored.add(store_readouts(engine, records(), on_batch=progress, **options))
        done_before += file.size
    summarize_index(engine)
    return summary


def summarize_index(engine: Engine) -> None:
    """Bring the index's summary up to date for the next checks, after the
    writes before (verifier.evidence.summarize_record)."""
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL keeps no summary (see db.index)
    from verifier.evidence import summarize_record

    with write_transaction(engine) as connection, connection.begin():
        summarize_record(connection)
