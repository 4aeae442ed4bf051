"""The command line: parses options, calls the runner, hands results to a formatter."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from lint import __version__
from lint.errors import NewslintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _error(message: str) -> None:
    click.echo(f"newslint: {message}", err=True)


def _rule_list(value: str | None) -> frozenset[str]:
    from lint.rules import rule_ids

    if not value:
        return frozenset()
    ids = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = sorted(ids - set(rule_ids()))
    if unknown:
        raise click.BadParameter(f"unknown rule id {', '.join(unknown)} (known: {', '.join(rule_ids())})")
    return ids


def _use_color(no_color: bool, stream: object) -> bool:
    if no_color or "NO_COLOR" in os.environ:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Group(click.Group):
    """Turns click's usage errors into exit 2 (click's default too) with one line."""


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """A data-quality linter for news copy."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--select", help="Comma-separated rule ids to run (instead of the configured ones).")
@click.option("--ignore", help="Comma-separated rule ids not to run.")
@click.option("--format", "output_format", default="text", show_default=True,
              type=click.Choice(["text", "json"]), help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that makes the exit code 1 (default: the config's, else warning).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file only.")
@click.option("--stdin-filename", help="Name (and so format) for the story read from '-'.")
def check(paths: Sequence[str], select: str | None, ignore: str | None, output_format: str,
          output: str | None, fail_on: str | None, fix: bool, diff: bool, unsafe_fixes: bool,
          no_color: bool, config_path: str | None, stdin_filename: str | None) -> None:
    """Lint stories: files, folders, globs, or - for standard input."""
    from lint.engine import RunOptions
    from lint.findings import Severity
    from lint.formats import RunSummary, get_formatter
    from lint.runner import CheckRequest, failing, run_check

    if not paths:
        raise click.UsageError("give at least one path (or - for standard input)")
    if fix and "-" in paths:
        raise click.UsageError("--fix cannot write to standard input; use --diff")
    request = CheckRequest(
        paths=tuple(paths),
        options=RunOptions(
            select=_rule_list(select), ignore=_rule_list(ignore),
            fix=fix and not diff, diff=diff, unsafe_fixes=unsafe_fixes,
        ),
        config=Path(config_path) if config_path else None,
        stdin_filename=stdin_filename,
        fail_on=Severity(fail_on) if fail_on else None,
    )
    try:
        results, errors, _ = run_check(request)
        for message in errors:
            _error(message)
        reported = []
        checked = failed = fixed = 0
        exit_code = EXIT_ERROR if errors else EXIT_CLEAN
        rules_seen: set[str] = set()
        for result in results:
            checked += 1
            if result.error:
                failed += 1
                _error(result.error)
                exit_code = EXIT_ERROR
                continue
            if result.diff:
                sys.stdout.write(result.diff)
            fixed += result.fixed
            reported.extend(result.reported)
            rules_seen.update(r.rule for r in result.reported)
            if exit_code == EXIT_CLEAN and failing(result, request.fail_on):
                exit_code = EXIT_FINDINGS
    except NewslintError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    fixable = sum(1 for r in reported if r.fix_applicability is not None
                  and (unsafe_fixes or r.fix_applicability.value == "safe"))
    ran = tuple(sorted(rules_seen))
    summary = RunSummary(checked, failed, fixed, fixable, ran,
                         color=not output and _use_color(no_color, sys.stdout))
    if output:
        with open(output, "w", encoding="utf-8") as stream:
            get_formatter(output_format)(reported, summary, stream)
    else:
        get_formatter(output_format)(reported, summary, sys.stdout)
    sys.exit(exit_code)


@main.command("rules")
def rules_command() -> None:
    """List every rule: id, default severity, summary."""
    from lint.rules import all_rules

    rules = all_rules()
    width = max(len(r.id) for r in rules)
    for rule in rules:
        click.echo(f"{rule.id:<{width}}  {rule.severity.value:<7}  {rule.summary}")


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Print a rule's explanation, options and defaults."""
    from lint.rules import get_rule, rule_ids

    try:
        rule = get_rule(rule_id)
    except KeyError:
        _error(f"unknown rule id '{rule_id}' (known: {', '.join(rule_ids())})")
        sys.exit(EXIT_ERROR)
    click.echo(f"{rule.id} ({rule.severity.value} by default)\n")
    click.echo(rule.explanation.strip())
    if rule.options:
        click.echo("\nOptions and defaults:")
        for option in rule.options:
            click.echo(f"  {option.name}: {option.default!r}  {option.doc}")
