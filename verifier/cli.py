"""The `verifier` command line: thin commands over the library.

This is the only module of the project that prints or exits. Every command
has help text with an example; README.md documents each one (a test checks).
"""

from __future__ import annotations

import difflib
import json
import sys
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from db.database import DatabaseError, open_database, resolve_database_url
from db.index import search_sentences
from db.queries import corpus_stats, find_readout, readout_revisions
from verifier import __version__
from verifier.importing import ImportFileError, import_files, parse_time

# Exit codes, documented in README.md.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # the command ran, but some input was skipped or some source failed

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class CommandError(click.ClickException):
    """A one-sentence error for the user; exits non-zero."""

    exit_code = EXIT_ERROR


class Context:
    """What every command shares: where the database is, opened on first use."""

    def __init__(self, db_option: str | None):
        self.db_option = db_option
        self._engine = None

    @property
    def database_url(self) -> str:
        return resolve_database_url(self.db_option)

    def engine(self):
        if self._engine is None:
            try:
                self._engine = open_database(self.db_option)
            except DatabaseError as exc:
                raise CommandError(str(exc)) from None
        return self._engine


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", "db_option", metavar="PATH|URL", envvar="VERIFIER_DB",
              help="Database file or SQLAlchemy URL (default: $VERIFIER_DB, else a file in your data directory).")
@click.version_option(__version__, prog_name="verifier")
@click.pass_context
def cli(ctx: click.Context, db_option: str | None) -> None:
    """Check news articles against official diplomatic readouts.

    \b
    Example:
        verifier import examples/readouts.jsonl
        verifier info
    """
    ctx.obj = Context(db_option)


# ---------------------------------------------------------------- import


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Abort at the first bad line, leaving the database as it was.")
@pass_context
def import_command(context: Context, files: tuple[Path, ...], strict: bool) -> None:
    """Import official readouts from JSON Lines files (plain or .gz).

    One readout a line with source, url, title, published and body.
    Re-importing is safe: unchanged texts are skipped, changed ones become
    new revisions. Bad lines are reported as FILE:LINE: reason and skipped;
    the exit code is 3 if any were.

    \b
    Example:
        verifier import examples/readouts.jsonl ../shared/data/whitehouse-briefing-room.jsonl.gz
    """
    engine = context.engine()
    show_progress = stderr.is_terminal
    progress = Progress(TextColumn("importing"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                        console=stderr, disable=not show_progress, transient=True)
    task = progress.add_task("import", total=None)
    try:
        with progress:
            summary = import_files(
                engine,
                list(files),
                strict=strict,
                on_problem=lambda problem: stderr.print(str(problem), markup=False),
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    except ImportFileError as exc:
        raise CommandError(str(exc)) from None
    if strict and summary.skipped:
        raise CommandError(f"--strict: aborted at {summary.problems[0]}; nothing was imported")
    stdout.print(f"Imported: {summary.line}", markup=False)
    if summary.skipped:
        sys.exit(EXIT_PARTIAL)


# ---------------------------------------------------------------- info


@cli.command("info")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@pass_context
def info_command(context: Context, output_format: str) -> None:
    """Summarise the record: database location and size, readouts per source, dates.

    \b
    Example:
        verifier info --format json
    """
    stats = corpus_stats(context.engine())
    as_json = {
        "database": stats.location,
        "size_bytes": stats.size_bytes,
        "readouts": stats.readouts,
        "revisions": stats.revisions,
        "sentences": stats.sentences,
        "first_published": _iso(stats.first_published),
        "last_published": _iso(stats.last_published),
        "sources": {
            s.name: {"title": s.title, "side": s.side, "readouts": s.readouts,
                     "first_published": _iso(s.first_published), "last_published": _iso(s.last_published)}
            for s in stats.sources
        },
    }
    if output_format == "json":
        click.echo(json.dumps(as_json, indent=2, ensure_ascii=False))
        return
    stdout.print(f"Database: {stats.location}", markup=False)
    if stats.size_bytes is not None:
        stdout.print(f"Size: {stats.size_bytes / 1_048_576:.1f} MiB")
    stdout.print(f"Readouts: {stats.readouts}   Revisions: {stats.revisions}   Sentences: {stats.sentences}")
    if stats.first_published:
        stdout.print(f"Published: {_day(stats.first_published)} to {_day(stats.last_published)}")
    table = Table("source", "side", "readouts", "first", "last")
    for s in stats.sources:
        table.add_row(s.name, s.side, str(s.readouts), _day(s.first_published), _day(s.last_published))
    stdout.print(table)
    if not stats.readouts:
        stdout.print("The record is empty: run `verifier import FILE` or `verifier sources refresh`.")


# ---------------------------------------------------------------- readouts


@cli.group("readouts")
def readouts_group() -> None:
    """Search and read the official record.

    \b
    Example:
        verifier readouts search "counternarcotics working group" --source whitehouse
    """


@readouts_group.command("search")
@click.argument("query")
@click.option("--source", "sources", multiple=True, help="Only this source (repeatable).")
@click.option("--since", type=str, help="Only publications on or after this date (YYYY-MM-DD).")
@click.option("--until", type=str, help="Only publications on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True, help="How many sentences.")
@click.option("--include-questions", is_flag=True, help="Also show reporters' questions from transcripts.")
@pass_context
def readouts_search_command(context: Context, query: str, sources: tuple[str, ...], since: str | None,
                            until: str | None, limit: int, include_questions: bool) -> None:
    """Full-text search over the sentences of the record.

    \b
    Example:
        verifier readouts search "Sullivan Wang Bangkok" --since 2024-01-01 --until 2024-02-01
    """
    after = _date_option("--since", since)
    before = _date_option("--until", until, end_of_day=True)
    engine = context.engine()
    with engine.connect() as connection:
        hits = search_sentences(connection, query.split(), limit=limit, sources=sources or None,
                                published_after=after, published_before=before,
                                evidence_only=not include_questions)
    if not hits:
        stdout.print("No sentence matches.")
        return
    table = Table("date", "source", "sentence", "url", show_lines=True)
    for hit in hits:
        speaker = f"[{hit.speaker}] " if hit.speaker else ""
        table.add_row(hit.published.date().isoformat(), hit.source, speaker + hit.text, hit.url)
    stdout.print(table)


@readouts_group.command("show")
@click.argument("url")
@click.option("--revisions", is_flag=True, help="List every revision and show what changed between them.")
@pass_context
def readouts_show_command(context: Context, url: str, revisions: bool) -> None:
    """Print one readout's text, and optionally its revision history as diffs.

    \b
    Example:
        verifier readouts show https://www.whitehouse.gov/briefing-room/... --revisions
    """
    engine = context.engine()
    readout = find_readout(engine, url)
    if readout is None:
        raise CommandError(f"{url}: no readout with this URL in the record")
    stdout.print(f"{readout.title}\n{readout.url}\n{readout.source_name} · {readout.kind} · "
                 f"published {readout.published_text} · {readout.revision_count} revision(s)\n", markup=False)
    stdout.print(readout.body, markup=False)
    if not revisions:
        return
    history = readout_revisions(engine, readout.id)
    for previous, current in zip(history, history[1:], strict=False):
        stdout.print(f"\n--- revision {previous.number} (seen {previous.seen_at:%Y-%m-%d %H:%M}) "
                     f"→ revision {current.number} (seen {current.seen_at:%Y-%m-%d %H:%M})", markup=False)
        diff = difflib.unified_diff(previous.body.splitlines(), current.body.splitlines(),
                                    f"revision {previous.number}", f"revision {current.number}", lineterm="")
        stdout.print("\n".join(diff) or "(same text, other metadata)", markup=False)
    if len(history) < 2:
        stdout.print("\nOnly one revision has been seen.")


# ---------------------------------------------------------------- helpers


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else "-"


def _date_option(name: str, value: str | None, *, end_of_day: bool = False) -> datetime | None:
    if value is None:
        return None
    try:
        moment = parse_time(value)
    except ValueError:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)", param_hint=name) from None
    if end_of_day and len(value.strip()) == 10:
        moment = moment.replace(hour=23, minute=59, second=59)
    return moment.replace(tzinfo=None)


def main() -> None:
    cli(prog_name="verifier")


if __name__ == "__main__":
    main()
