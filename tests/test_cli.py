"""The command line as a user meets it: entry points, help, documentation, errors."""

import re

import click
from conftest import PROJECT_ROOT, invoke_verifier, run_verifier

from verifier.cli import cli


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, path))
    return found


def usage_pattern(path: tuple[str, ...]) -> str:
    """`verifier [--db X] sub command` as a regular expression."""
    return r"(^|\s)verifier\s+(--db\s+\S+\s+)?" + r"\s+".join(map(re.escape, path)) + r"(\s|$)"


def test_console_script_and_module_entry_points_work():
    result = run_verifier("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"verifier, version \d+\.\d+\.\d+\s*", result.stdout)


def test_every_command_has_help_with_an_example():
    for path, command in all_commands():
        help_text = command.help or ""
        assert len(help_text.strip()) > 20, f"`verifier {' '.join(path)}` has no help"
        assert "Example:" in help_text, f"`verifier {' '.join(path)}` has no example in its help"
        assert re.search(usage_pattern(path), help_text), f"`verifier {' '.join(path)}`'s example does not use it"
        result = invoke_verifier(*path, "--help")
        assert result.returncode == 0 and "Usage:" in result.stdout


def test_every_command_is_documented_with_an_example_in_the_readme():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    code = "\n".join(re.findall(r"```(?:\w+)?\n(.*?)```", readme, flags=re.S))
    for path, command in all_commands():
        if isinstance(command, click.Group):
            continue
        usage = "verifier " + " ".join(path)
        assert re.search(usage_pattern(path), code, flags=re.M), f"README has no example of `{usage}`"


def test_every_module_is_on_the_readmes_map():
    # "Where things are" is how a newcomer finds a concern: a module missing from it is found only by grep.
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    where = readme.split("## Where things are", 1)[1]
    modules = [path for folder in ("db", "sources", "verifier", "verifier/rules")
               for path in sorted((PROJECT_ROOT / folder).glob("*.py"))
               if path.name not in ("__init__.py", "__main__.py")]
    assert len(modules) > 40
    missing = [str(path.relative_to(PROJECT_ROOT)) for path in modules if f"`{path.name}`" not in where]
    assert not missing, f"README's 'Where things are' does not name {', '.join(missing)}"


def test_readme_starts_with_the_two_commands():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:\w+)?\n(.*?)```", readme, flags=re.S).group(1)
    assert "make demo" in first_block and "make test" in first_block


def test_info_on_an_empty_database_says_how_to_fill_it(db_path):
    result = invoke_verifier("info", db=db_path)
    assert result.returncode == 0
    assert "Readouts: 0" in result.stdout
    assert "verifier import" in result.stdout


def test_database_from_environment_variable(tmp_path):
    db = tmp_path / "env.db"
    result = invoke_verifier("info", "--format", "json", env={"VERIFIER_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout and db.exists()


def test_search_and_show_report_unknown_input_in_one_line(db_path):
    missing = invoke_verifier("readouts", "show", "https://example.org/none", db=db_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "Error: https://example.org/none: no readout with this URL in the record"
    bad_date = invoke_verifier("readouts", "search", "Wang", "--since", "last tuesday", db=db_path)
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
