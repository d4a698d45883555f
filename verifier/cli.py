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
from rich.table import Table
from rich.text import Text

from db.database import DatabaseError, open_database, resolve_database_url
from db.index import search_sentences
from db.queries import corpus_stats, find_readout, readout_revisions
from verifier import __version__
from verifier.importing import ImportFileError, import_files, parse_time, summarize_index
from verifier.reports import FORMATS, ReportError, format_for_path, render, write_report  # reports section
from verifier.reports.stored import list_checks, load_report  # reports section

# Exit codes, documented in README.md.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # the command ran, but some input was skipped or some source failed
EXIT_FAIL_ON = 4  # `check --fail-on VERDICT`: the check ran and some claim got that verdict

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


def table_or_json(help_text: str = "Output format."):
    """The --format option of a command that prints a table or, for scripts, JSON (`output_format`)."""
    return click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
                        show_default=True, help=help_text)


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
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

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
@table_or_json()
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
        # Text(): the record's words, never rich markup (a transcript's "[today]" correction is not a style).
        table.add_row(hit.published.date().isoformat(), hit.source, Text(speaker + hit.text), hit.url)
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


# ---------------------------------------------------------------- reports (reports helper's section)


def _usable_output(fmt: str | None, output: Path | None) -> None:
    """Refuse, before any work, an output file whose suffix names no format when --format names none."""
    if fmt is None and output is not None:
        try:
            format_for_path(output)
        except ReportError as exc:
            raise click.UsageError(str(exc)) from None


def emit_report(report: dict, fmt: str | None, output: Path | None, **options) -> None:
    """Write a report to `output` (format from --format, else from the suffix)
    or print it; `check -o FILE` and `report` share this."""
    try:
        if output is not None:
            used = write_report(report, output, fmt or format_for_path(output), **options)
            stdout.print(f"Wrote the {used} report to {output.resolve()}", markup=False)
        else:
            click.echo(render(report, fmt or "md", **options), nl=False)
    except ReportError as exc:
        raise CommandError(str(exc)) from None


_claimreview_options = [
    click.option("--org", envvar="VERIFIER_ORG", metavar="NAME",
                 help="ClaimReview: the reviewing organisation (default: $VERIFIER_ORG)."),
    click.option("--org-url", envvar="VERIFIER_ORG_URL", metavar="URL",
                 help="ClaimReview: the organisation's web address (default: $VERIFIER_ORG_URL)."),
    click.option("--review-url", envvar="VERIFIER_REVIEW_URL", metavar="URL",
                 help="ClaimReview: where the report is published; each review links to URL#claim-N "
                      "(default: $VERIFIER_REVIEW_URL)."),
]


def claimreview_options(command):
    for option in reversed(_claimreview_options):
        command = option(command)
    return command


@cli.command("report")
@click.argument("check_id", metavar="CHECK_ID|latest")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Report format (default: from the -o suffix, else md). "
                   "Suffixes: .json .md .html .csv .jsonld (claimreview).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@claimreview_options
@pass_context
def report_command(context: Context, check_id: str, fmt: str | None, output: Path | None,
                   org: str | None, org_url: str | None, review_url: str | None) -> None:
    """Render a stored check again, in any format, without re-running it.

    HTML is one self-contained page (no network) with a verdict filter;
    CSV has one row per claim (UTF-8 with BOM, for spreadsheets);
    claimreview is schema.org ClaimReview JSON-LD and needs --org.

    CHECK_ID is a number from `verifier checks list`, or `latest`.

    \b
    Example:
        verifier checks list
        verifier report 3 -o report.html
        verifier report latest --format csv -o claims.csv
        verifier report 3 --format claimreview --org "Example News" --review-url https://example.org/checks/3
    """
    _usable_output(fmt, output)
    try:
        report = load_report(context.engine(), _check_id(context, check_id))
    except ReportError as exc:
        raise CommandError(str(exc)) from None
    emit_report(report, fmt, output, org=org, org_url=org_url, review_url=review_url)


def _check_id(context: Context, value: str) -> int:
    if value.strip().lower() == "latest":
        newest = list_checks(context.engine(), limit=1)
        if not newest:
            raise CommandError("no checks stored yet: run `verifier check ARTICLE` first")
        return newest[0].id
    try:
        return int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a check id (a number, or `latest`)",
                                 param_hint="CHECK_ID") from None


@cli.group("checks")
def checks_group() -> None:
    """The checks stored in the database.

    \b
    Example:
        verifier checks list --limit 5
    """


@checks_group.command("list")
@click.option("--limit", type=click.IntRange(1, 100_000), default=20, show_default=True,
              help="How many checks, newest first.")
@table_or_json()
@pass_context
def checks_list_command(context: Context, limit: int, output_format: str) -> None:
    """List stored checks, newest first: id, when, article, claims per verdict.

    \b
    Example:
        verifier checks list --format json
    """
    checks = list_checks(context.engine(), limit=limit)
    if output_format == "json":
        rows = [{"id": c.id, "created_at": c.created_at.isoformat() + "Z", "article": c.article, **c.counts}
                for c in checks]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not checks:
        stdout.print("No checks stored yet: run `verifier check ARTICLE`.")
        return
    table = Table("id", "checked (UTC)", "article", "supported", "contested", "unsourced", "skipped")
    for c in checks:
        # Text(): a title is the article's words, never rich markup.
        table.add_row(str(c.id), f"{c.created_at:%Y-%m-%d %H:%M}", Text(c.article), str(c.counts["supported"]),
                      str(c.counts["contested"]), str(c.counts["unsourced"]), str(c.counts["skipped"]))
    stdout.print(table)


# ---------------------------------------------------------------- check (engine helper's section)

_VERDICT_STYLE = {"supported": "green", "contested": "red", "unsourced": "yellow"}


@cli.command("check")
@click.argument("article", metavar="ARTICLE|URL|-")
@click.option("--published", metavar="DATE",
              help="The article's date (YYYY-MM-DD). Default: the page's metadata, else inferred from the "
                   "dates of its strongest matches. Nothing published after it is used as evidence.")
@click.option("--source", "sources", multiple=True, metavar="NAME",
              help="Check against this source only (repeatable), e.g. whitehouse or china-mfa.")
@click.option("--format", "fmt", type=click.Choice(["table", *FORMATS]),
              help="Output format (default: from the -o suffix, else a table on the terminal).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file (.json .md .html .csv .jsonld).")
@click.option("--fail-on", "fail_on", multiple=True, type=click.Choice(["contested", "unsourced"]),
              help="Exit with status 4 when any claim gets this verdict (repeatable; for scripts and CI).")
@claimreview_options
@pass_context
def check_command(context: Context, article: str, published: str | None, sources: tuple[str, ...],
                  fmt: str | None, output: Path | None, fail_on: tuple[str, ...], org: str | None,
                  org_url: str | None, review_url: str | None) -> None:
    """Check an article's claims against the official record.

    ARTICLE is a text, Markdown or HTML file, a URL (fetched politely, main
    text extracted) or - for standard input. Each claim comes back supported,
    contested or unsourced, with the official sentence, its URL and the
    reasons; quotations are graded verbatim, close, altered or not_found.
    The check is stored in the database (see `verifier checks list`).

    \b
    Example:
        verifier check examples/seed-article.txt --published 2024-01-29
        verifier check https://example.com/news/story.html -o report.html
        cat story.txt | verifier check - --format json --fail-on contested
    """
    from verifier.articles import ArticleError, load_article
    from verifier.checking import CheckError, check_article

    if fmt == "table" and output is not None:
        raise click.UsageError("the table is for the terminal; give -o a .json .md .html .csv or .jsonld file")
    _usable_output(fmt, output)
    published_date = _date_option("--published", published).date() if published else None
    engine = context.engine()
    try:
        if article == "-":
            loaded = load_article(article, stdin=sys.stdin.buffer.read())
        elif article.lower().startswith(("http://", "https://")):
            from sources.http import FetchError, PoliteClient

            try:
                with PoliteClient() as client:
                    loaded = load_article(article, fetch=client.fetch)
            except FetchError as exc:
                raise CommandError(str(exc)) from None
        else:
            loaded = load_article(article)
        report = check_article(engine, loaded, published=published_date, sources=list(sources) or None)
    except (ArticleError, CheckError) as exc:
        raise CommandError(str(exc)) from None
    if fmt in (None, "table") and output is None:
        _print_check_table(report)
    else:
        emit_report(report, fmt, output, org=org, org_url=org_url, review_url=review_url)
    if any(claim["verdict"] in fail_on for claim in report["claims"]):
        sys.exit(EXIT_FAIL_ON)


def _print_check_table(report: dict) -> None:
    article = report["article"]
    anchor = report["parameters"]["anchor"]
    heading = article["title"] or article["url"] or "article"
    dated = f"dated {anchor['date']} ({anchor['origin']})" if anchor["date"] else "date unknown"
    stdout.print(Text(f"{heading} · {dated} · check {report['check']['id']}"))
    table = Table("#", "verdict", "claim", show_lines=True)
    table.add_column("official record", overflow="fold")  # URLs wrap whole, never cut with "…"
    for claim in report["claims"]:
        verdict = Text(f"{claim['verdict']}\n{claim['confidence']:.2f}", style=_VERDICT_STYLE[claim["verdict"]])
        if claim["reasons"]:
            verdict.append("\n" + "\n".join(claim["reasons"]), style="dim")
        record = Text(claim["explanation"])
        if claim["evidence"]:
            evidence = claim["evidence"][0]
            sentence = evidence["sentence"] if len(evidence["sentence"]) <= 320 else evidence["sentence"][:319] + "…"
            record.append(f"\n“{sentence}”\n{evidence['url']}", style="dim")
        for quote in claim["quotes"]:
            record.append(f"\nquote “{quote['text']}”: {quote['grade']}", style="italic")
        table.add_row(str(claim["index"]), verdict, Text(claim["text"]), record)
    stdout.print(table)
    summary = report["summary"]
    stdout.print(f"{summary['supported']} supported, {summary['contested']} contested, "
                 f"{summary['unsourced']} unsourced, {summary['skipped']} skipped", markup=False)
    if report["corpus"]["readouts"] == 0:
        stdout.print("The record is empty: run `verifier import FILE` or `verifier sources refresh`.", markup=False)


# ---------------------------------------------------------------- end check


# ---------------------------------------------------------------- eval (evaluation helper's section)


@cli.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@table_or_json()
@click.option("--fail-under", type=click.FloatRange(0, 1), metavar="MACRO_F1",
              help="Exit with status 1 when macro-F1 is below this (for CI).")
@pass_context
def eval_command(context: Context, gold: Path, output_format: str, fail_under: float | None) -> None:
    """Score the engine against a labelled development set.

    GOLD is JSON Lines, one labelled claim a line (format: tests/eval/README.md).
    Each article is checked once, with its labelled date, against the database;
    nothing is stored. Each labelled claim is matched to the engine's claim that
    overlaps it most; one the engine skipped or never produced counts as
    predicted unsourced. Prints precision, recall and F1 per verdict, the
    confusion matrix, macro-F1, recall per reason code, quote grades, and every
    mismatch with the label's comment.

    \b
    Example:
        verifier --db build/eval.db import examples/readouts.jsonl
        verifier --db build/eval.db eval tests/eval/gold.jsonl --fail-under 0.8
    """
    from contextlib import nullcontext

    from verifier.checking import CheckError
    from verifier.evaluation import GoldFileError, engine_checker, evaluate

    engine = context.engine()
    show_progress = stderr.is_terminal and output_format == "table"
    try:
        with stderr.status("checking", spinner="dots") if show_progress else nullcontext() as status:
            result = evaluate(gold, engine_checker(engine),
                              on_article=(lambda name: status.update(f"checking {name}")) if status else None)
    except (GoldFileError, CheckError) as exc:
        raise CommandError(str(exc)) from None
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print_evaluation(result)
    if fail_under is not None and result.macro_f1 < fail_under:
        raise CommandError(f"macro-F1 {result.macro_f1:.3f} is below --fail-under {fail_under}")


def _print_evaluation(result) -> None:
    from verifier.evaluation import VERDICTS

    stdout.print(f"{result.claims} labelled claims in {result.articles} articles; "
                 f"{result.skipped} skipped and {result.not_produced} not produced by the engine "
                 "(both count as predicted unsourced)", markup=False)
    labels = Table("verdict", "precision", "recall", "F1", "gold", "predicted", title="Per verdict")
    for s in result.labels:
        labels.add_row(s.label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support),
                       str(s.predicted))
    stdout.print(labels)
    confusion = Table("gold \\ predicted", *VERDICTS, title="Confusion matrix")
    for gold_label in VERDICTS:
        confusion.add_row(gold_label, *(str(result.confusion[gold_label][p]) for p in VERDICTS))
    stdout.print(confusion)
    stdout.print(f"macro-F1: {result.macro_f1:.3f}   accuracy: {result.accuracy:.3f}   "
                 f"quote grades agreeing: {result.quote_grades[0]}/{result.quote_grades[1]}")
    reasons = Table("reason code", "recall", "found", "gold", title="Reason codes (same verdict and code)")
    for r in result.reasons:
        reasons.add_row(r.code, f"{r.recall:.3f}", str(r.found), str(r.support))
    stdout.print(reasons)
    articles = Table("article", "verdicts agreeing", "claims", title="Per article")
    for article, (agreeing, total) in result.per_article.items():
        articles.add_row(article, str(agreeing), str(total))
    stdout.print(articles)
    for gold_claim, quote, grade in result.quote_mismatches:
        stdout.print(f"quote graded {grade or 'nothing'}, gold {quote.grade}: “{quote.text}” "
                     f"({gold_claim.article}, gold line {gold_claim.line})", markup=False)
    if not result.mismatches:
        stdout.print("No mismatches.")
        return
    # One block per mismatch rather than a table: claims and comments are long prose.
    stdout.print(f"\nMismatches ({len(result.mismatches)}):")
    for m in result.mismatches:
        engine_side = m.prediction.missing or ", ".join((m.prediction.verdict, *m.prediction.reasons))
        stdout.print(f"\n{m.gold.article} (gold line {m.gold.line})\n  claim:  {m.gold.claim}\n"
                     f"  gold:   {', '.join((m.gold.verdict, *m.gold.reasons))}\n  engine: {engine_side}\n"
                     f"  why:    {m.gold.comment}", markup=False)
        if m.prediction.evidence:
            stdout.print(f"  engine evidence: {_shorten(m.prediction.evidence, 300)}", markup=False)


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------- end eval


# ---------------------------------------------------------------- sources (sources helper's section)


@cli.group("sources")
def sources_group() -> None:
    """The official sources: list them, refresh them now or on a schedule.

    \b
    Example:
        verifier sources list
        verifier sources refresh whitehouse --since 2025-01-01
    """


@sources_group.command("list")
@table_or_json()
@pass_context
def sources_list_command(context: Context, output_format: str) -> None:
    """Each source: where it is read from, its last refresh, readouts held, last error.

    \b
    Example:
        verifier sources list --format json
    """
    from sources.status import source_statuses

    statuses = source_statuses(context.engine())
    if output_format == "json":
        click.echo(json.dumps([status.as_json() for status in statuses], indent=2, ensure_ascii=False))
        return
    table = Table("source", "side", "readouts", "last refresh", "last run", "last error")
    for status in statuses:
        last_run = (f"{status.last_run_status}: {status.last_run_new} new, {status.last_run_revised} revised, "
                    f"{status.last_run_failed} failed" if status.last_run_status else "-")
        table.add_row(status.name, status.side, str(status.readouts),
                      status.last_refresh_at.strftime("%Y-%m-%d %H:%M UTC") if status.last_refresh_at else "never",
                      last_run, Text(_first_error(status.last_error)))
    stdout.print(table)
    for status in statuses:
        if status.urls:
            stdout.print(f"{status.name} reads: {' '.join(status.urls)}", markup=False)


def _first_error(errors: str | None) -> str:
    if not errors:
        return "-"
    parts = errors.split("; ")
    return parts[0] + (f" (+{len(parts) - 1} more, see --format json)" if len(parts) > 1 else "")


_refresh_options = [
    click.argument("names", nargs=-1, metavar="[NAME...]"),
    click.option("--since", metavar="DATE", help="Only publications on or after this date (YYYY-MM-DD)."),
    click.option("--max-pages", type=click.IntRange(1, None), metavar="N",
                 help="Read at most N pages of each feed or listing."),
    click.option("--backfill", is_flag=True,
                 help="Walk on past already stored items, to find ones an earlier run missed."),
    click.option("--base-url", metavar="URL",
                 help="Read the sources from this server instead (a mirror or a replay); "
                      "readouts are still cited by their official URLs."),
    click.option("--delay", type=click.FloatRange(0, None), default=1.0, show_default=True, metavar="SECONDS",
                 help="At most one request per host every SECONDS (longer if robots.txt asks)."),
    click.option("--user-agent", envvar="VERIFIER_USER_AGENT", metavar="TEXT",
                 help="User-Agent to send, with a contact URL (default: verifier's own; $VERIFIER_USER_AGENT)."),
]


def refresh_options(command):
    for option in reversed(_refresh_options):
        command = option(command)
    return command


class _StopFlag:
    """Set by SIGTERM or the first Ctrl-C, so a refresh ends between two stored pages."""

    def __init__(self):
        import threading

        self.event = threading.Event()
        self._previous = {}

    def __enter__(self):
        import signal

        def request_stop(signum, _frame):
            if signum == signal.SIGINT and self.event.is_set():
                raise KeyboardInterrupt  # a second Ctrl-C: stop now
            self.event.set()
            stderr.print("Stopping after the current page (Ctrl-C again to stop at once)…")

        for signum in (signal.SIGTERM, signal.SIGINT):
            try:
                self._previous[signum] = signal.signal(signum, request_stop)
            except ValueError:  # not the main thread (click's test runner may be elsewhere)
                pass
        return self

    def __exit__(self, *_exc):
        import signal

        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


def _refresh_names(names: tuple[str, ...]) -> list[str]:
    from sources.registry import SCRAPERS

    unknown = [name for name in names if name not in SCRAPERS]
    if unknown:
        raise click.BadParameter(f"unknown source {unknown[0]!r}; known sources: {', '.join(SCRAPERS)}",
                                 param_hint="NAME")
    return list(dict.fromkeys(names)) or list(SCRAPERS)


def _run_refresh(context: Context, names: list[str], options, delay: float, user_agent: str | None,
                 stop) -> list:
    """One locked refresh with a progress display; the summaries, failures included."""
    from rich.progress import BarColumn, Progress, TextColumn

    from sources.http import PoliteClient
    from sources.refresh import refresh_sources
    from sources.schedule import LockBusy, refresh_lock

    engine = context.engine()
    progress = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[counts]}"),
                        console=stderr, disable=not stderr.is_terminal, transient=True)
    tasks: dict[str, int] = {}

    def on_progress(summary) -> None:
        if summary.source not in tasks:
            tasks[summary.source] = progress.add_task(summary.source, total=None, counts="")
        progress.update(tasks[summary.source], counts=(
            f"{summary.pages} pages, {summary.new} new, {summary.revised} revised, {summary.failed} failed, "
            f"{summary.requests} requests"))

    try:
        with refresh_lock(engine), PoliteClient(user_agent=user_agent, delay=delay) as client, progress:
            summaries = refresh_sources(engine, names, client, options, should_stop=stop.is_set,
                                        on_progress=on_progress)
            summarize_index(engine)
            return summaries
    except LockBusy as exc:
        raise CommandError(str(exc)) from None


def _refresh_settings(since: str | None, max_pages: int | None, backfill: bool, base_url: str | None):
    from datetime import UTC

    from sources.refresh import RefreshOptions

    if base_url is not None and not base_url.startswith(("http://", "https://")):
        raise click.BadParameter(f"not an http(s) URL: {base_url!r}", param_hint="--base-url")
    moment = _date_option("--since", since)
    return RefreshOptions(since=moment.replace(tzinfo=UTC) if moment else None, max_pages=max_pages,
                          backfill=backfill, base_url=base_url)


def _print_refresh_summaries(summaries: list, output_format: str = "table") -> None:
    if output_format == "json":
        click.echo(json.dumps([
            {"source": s.source, "status": s.status, "new": s.new, "revised": s.revised, "unchanged": s.unchanged,
             "failed": s.failed, "skipped": s.skipped, "requests": s.requests, "bytes": s.bytes,
             "not_modified": s.not_modified, "new_urls": s.new_urls, "revised_urls": s.revised_urls,
             "errors": s.errors, "notes": s.notes}
            for s in summaries], indent=2, ensure_ascii=False))
    else:
        table = Table("source", "status", "new", "revised", "unchanged", "failed", "requests", "bytes")
        for s in summaries:
            table.add_row(s.source, s.status, str(s.new), str(s.revised), str(s.unchanged), str(s.failed),
                          str(s.requests), f"{s.bytes:,}")
        stdout.print(table)
    for s in summaries:
        for note in s.notes:
            stderr.print(f"{s.source}: note: {note}", markup=False)
        for error in s.errors:
            stderr.print(f"{s.source}: {error}", markup=False)


@sources_group.command("refresh")
@refresh_options
@table_or_json("Summary format; json also lists the new and revised URLs.")
@pass_context
def sources_refresh_command(context: Context, names: tuple[str, ...], since: str | None, max_pages: int | None,
                            backfill: bool, base_url: str | None, delay: float, user_agent: str | None,
                            output_format: str) -> None:
    """Fetch new and changed publications from the official sites (all sources by default).

    Newest first, stopping at publications already stored with the same
    text; changed texts are kept as new revisions. An unchanged feed or
    listing costs one request answered 304. One failing source does not
    stop the others; the exit code is 3 if any failed. Sources:
    whitehouse, whitehouse-archive, china-mfa, china-embassy-us.

    \b
    Example:
        verifier sources refresh
        verifier sources refresh china-mfa --since 2024-01-01 --max-pages 3
        verifier sources refresh whitehouse --base-url http://127.0.0.1:8000 --delay 0
    """
    from sources.refresh import RefreshInterrupted

    selected = _refresh_names(names)
    options = _refresh_settings(since, max_pages, backfill, base_url)
    with _StopFlag() as stop:
        try:
            summaries = _run_refresh(context, selected, options, delay, user_agent, stop.event)
        except RefreshInterrupted as exc:
            raise CommandError(str(exc)) from None
    _print_refresh_summaries(summaries, output_format)
    if any(not s.ok for s in summaries):
        sys.exit(EXIT_PARTIAL)


@sources_group.command("schedule")
@click.option("--every", metavar="INTERVAL", help="Refresh every INTERVAL, starting now (e.g. 6h, 90m, 1d).")
@click.option("--cron", metavar="EXPRESSION",
              help="Refresh at the times of a five-field cron expression, local time (e.g. '0 */6 * * *').")
@click.option("--max-runs", type=click.IntRange(1, None), hidden=True, help="Stop after N runs (for tests).")
@refresh_options
@pass_context
def sources_schedule_command(context: Context, every: str | None, cron: str | None, max_runs: int | None,
                             names: tuple[str, ...], since: str | None, max_pages: int | None, backfill: bool,
                             base_url: str | None, delay: float, user_agent: str | None) -> None:
    """Refresh on a schedule until stopped (SIGTERM or Ctrl-C).

    Runs never overlap, even across processes (a lock beside the SQLite
    file, or a PostgreSQL advisory lock); a run finding the lock taken is
    skipped. A failed run is logged and retried at the next time. Stopping
    ends the loop between two stored pages, never inside a readout. The
    README shows cron and systemd-timer equivalents.

    \b
    Example:
        verifier sources schedule --every 6h
        verifier sources schedule --cron '15 */6 * * *' whitehouse china-mfa
    """
    from sources.refresh import RefreshInterrupted
    from sources.schedule import Schedule, ScheduleError, run_schedule

    try:
        schedule = Schedule.from_options(every, cron)
    except ScheduleError as exc:
        raise click.UsageError(str(exc)) from None
    selected = _refresh_names(names)
    options = _refresh_settings(since, max_pages, backfill, base_url)
    context.engine()
    stderr.print(f"Refreshing {', '.join(selected)} {schedule.describe()}; stop with Ctrl-C or SIGTERM.",
                 markup=False)
    failures = []

    def run_once() -> None:
        started = datetime.now()
        try:
            summaries = _run_refresh(context, selected, options, delay, user_agent, stop.event)
        except RefreshInterrupted:
            return
        line = "; ".join(f"{s.source} {s.status} ({s.new} new, {s.revised} revised, {s.failed} failed)"
                         for s in summaries)
        stdout.print(f"{started:%Y-%m-%d %H:%M:%S} {line}", markup=False)
        for s in summaries:
            for error in s.errors:
                stderr.print(f"{s.source}: {error}", markup=False)
        if any(not s.ok for s in summaries):
            failures.append(started)

    def on_error(exc: Exception) -> None:
        failures.append(datetime.now())
        message = exc.format_message() if isinstance(exc, click.ClickException) else str(exc)
        stderr.print(f"{datetime.now():%Y-%m-%d %H:%M:%S} run failed: {message}; will try again next time",
                     markup=False)

    with _StopFlag() as stop:
        runs = run_schedule(schedule, run_once, stop.event, on_error=on_error, max_runs=max_runs,
                            on_wait=lambda due: stderr.print(f"Next refresh at {due:%Y-%m-%d %H:%M}.",
                                                             markup=False))
    stderr.print(f"Stopped after {runs} run(s).", markup=False)
    if failures and max_runs is not None:
        sys.exit(EXIT_PARTIAL)


# ---------------------------------------------------------------- end sources


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
