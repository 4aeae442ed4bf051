"""The command line: parses options, calls the runner, hands results to a formatter."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import click

from lint import __version__
from lint.errors import NewslintError
from lint.formats import format_names

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130


def unwritable(path: str, name: str) -> str | None:
    """Why a report cannot be written to ``path`` (``name`` says where the path came from), or
    None. Checked before any linting, so a long run never ends in a report it cannot write."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        return f"{name} {path}: is a folder, not a file"
    if not os.path.isdir(folder):
        return f"{name} {path}: no such folder {folder}"
    if os.path.exists(path):
        return None if os.access(path, os.W_OK) else f"{name} {path}: not writable"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{name} {path}: cannot create a file in {folder}"
    return None


def _error(message: str) -> None:
    click.echo(f"newslint: {message}", err=True)


def _rule_list(value: str | None, option: str) -> frozenset[str]:
    from lint.rules import rule_ids

    if not value:
        return frozenset()
    ids = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = sorted(ids - set(rule_ids()))
    if unknown:
        known = ", ".join(rule_ids())
        raise click.BadParameter(f"unknown rule id {', '.join(unknown)} (known: {known})", param_hint=option)
    return ids


def _use_color(no_color: bool, stream: object) -> bool:
    if no_color or "NO_COLOR" in os.environ:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


# Below this many files a run is over before a progress bar would tell anyone anything.
PROGRESS_MIN_FILES = 50


def _in_ci() -> bool:
    """GitHub Actions, GitLab CI and most other CI systems set CI=true."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false")


def _show_progress(stream: object, files: int) -> bool:
    """A progress bar is for a person watching a long run: never in a pipe or in CI."""
    if files < PROGRESS_MIN_FILES or _in_ci():
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _repository_root() -> Path:
    """The nearest folder up from here with a .git entry, else the current folder: CI systems
    want paths relative to the repository root."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


class _Group(click.Group):
    """Reports a usage error as one line and exit 2, where click would print a usage block."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.UsageError as exc:  # a bad option or value, an unknown rule id
            _error(exc.format_message())
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            _error(exc.format_message())
            sys.exit(exc.exit_code)
        except click.Abort as exc:
            if isinstance(exc.__cause__, KeyboardInterrupt):  # Ctrl-C: the shell's 128 + SIGINT
                _error("interrupted")
                sys.exit(EXIT_INTERRUPTED)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """A data-quality linter for news copy."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--select", help="Comma-separated rule ids to run (instead of the configured ones).")
@click.option("--ignore", help="Comma-separated rule ids not to run.")
@click.option("--format", "output_format", default="text", show_default=True,
              type=click.Choice(format_names()), help="Output format.")
@click.option("--statistics", is_flag=True,
              help="Print how many findings each rule made instead of the findings (text or json).")
@click.option("--base-dir", type=click.Path(file_okay=False),
              help="Make paths in sarif, github, gitlab, rdjsonl and junit reports relative to this "
                   "folder (default: the repository root, else the current folder).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that makes the exit code 1 (default: the config's, else warning).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file only.")
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="Processes to lint with (default: the number of CPUs; 1 runs in one process).")
@click.option("--stdin-filename", help="Name (and so format) for the story read from '-'.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Lint on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786).")
@click.option("--across", is_flag=True,
              help="Also compare the names of all the stories of the run (rule across-spelling).")
@click.option("--no-cache", is_flag=True,
              help="Lint every story, and keep nothing, instead of reusing the findings of unchanged ones.")
def check(paths: Sequence[str], select: str | None, ignore: str | None, output_format: str,
          statistics: bool, base_dir: str | None, output: str | None, fail_on: str | None,
          fix: bool, diff: bool, unsafe_fixes: bool, no_color: bool, config_path: str | None,
          stdin_filename: str | None, jobs: int | None, dask_address: str | None,
          across: bool, no_cache: bool) -> None:
    """Lint stories: files, folders, globs, or - for standard input."""
    from lint.api import CheckRequest, failing, run_check
    from lint.engine import FileResult, RunOptions
    from lint.findings import Severity
    from lint.formats import FileError, RuleInfo, RunSummary, get_formatter, needs_text
    from lint.rules import get_rule, rule_ids

    if not paths:
        raise click.UsageError("give at least one path (or - for standard input)")
    if fix and "-" in paths:
        raise click.UsageError("--fix cannot write to standard input; use --diff")
    if dask_address and (fix or diff):
        raise click.UsageError("--dask reports findings; run --fix or --diff locally")
    if statistics and output_format not in ("text", "json"):
        raise click.UsageError("--statistics works with --format text or json")
    if diff and output_format != "text" and not output:
        # The diff goes to standard output, where it would corrupt a JSON or XML report.
        raise click.UsageError(f"--diff prints a diff on standard output: with --format "
                               f"{output_format}, write the report with --output FILE")
    selected, ignored = _rule_list(select, "--select"), _rule_list(ignore, "--ignore")
    from lint.formats.github import STEP_SUMMARY

    step_summary = os.environ.get(STEP_SUMMARY) if output_format == "github" else None
    if output and os.path.isfile(output) and any(
            os.path.isfile(p) and os.path.samefile(p, output) for p in paths):
        raise click.UsageError(f"--output {output} is a story being checked: it would be overwritten")
    for where, name in ((output, "--output"), (step_summary, STEP_SUMMARY)):
        problem = unwritable(where, name) if where else None
        if problem:
            _error(problem)
            sys.exit(EXIT_ERROR)
    request = CheckRequest(
        paths=tuple(paths),
        options=RunOptions(
            select=selected, ignore=ignored,
            fix=fix and not diff, diff=diff, unsafe_fixes=unsafe_fixes,
            keep_text=needs_text(output_format),
        ),
        config=Path(config_path) if config_path else None,
        stdin_filename=stdin_filename,
        fail_on=Severity(fail_on) if fail_on else None,
        jobs=jobs or os.cpu_count() or 1,
        cache=not no_cache and not dask_address,  # a worker's cache folder is not this one
    )
    stack = contextlib.ExitStack()  # the Dask client, when there is one
    try:
        client = stack.enter_context(_dask_client(dask_address))
        if client is not None:
            from lint.archive.dask_sweep import run_check_on_dask

            results, errors, count = run_check_on_dask(request, client)
        else:
            results, errors, count = run_check(request)
        for message in errors:
            _error(message)
        reported = []
        checked = failed = fixed = not_written = 0
        unreadable: list[FileError] = []
        exit_code = EXIT_ERROR if errors else EXIT_CLEAN
        rules_seen: set[str] = set()
        linted: list[str] = []
        texts: dict[str, str] = {}
        file_errors: list[str] = []  # printed after the loop, so they never break a progress bar
        progress: AbstractContextManager[Iterable[FileResult]] = (
            click.progressbar(results, length=count, file=sys.stderr, label="Checking stories")
            if not diff and _show_progress(sys.stderr, count) else contextlib.nullcontext(results)
        )
        with progress as each_result:
            for result in each_result:
                if result.excluded:  # named on the command line: say why it was not checked
                    file_errors.append(result.excluded)
                    continue
                checked += 1
                if result.error:
                    failed += 1
                    file_errors.append(result.error)
                    unreadable.append(FileError.from_line(result.path, result.error))
                    exit_code = EXIT_ERROR
                    continue
                if result.not_written:
                    not_written += 1
                    file_errors.append(result.not_written)
                    exit_code = EXIT_ERROR
                if result.diff:  # as gofmt -d: a change to show is a failure
                    sys.stdout.write(result.diff)
                    exit_code = exit_code or EXIT_FINDINGS
                fixed += result.fixed
                linted.append(result.path)
                reported.extend(result.reported)
                if result.text is not None:
                    texts[result.path] = result.text
                rules_seen.update(r.rule for r in result.reported)
                if exit_code == EXIT_CLEAN and failing(result, request.fail_on):
                    exit_code = EXIT_FINDINGS
        for message in file_errors:
            _error(message)
        if across and (not selected or "across-spelling" in selected) and "across-spelling" not in ignored:
            from lint.api import load_configuration
            from lint.archive.across import across_findings

            config = load_configuration(config_path)
            found_across = [r for items in across_findings(linted, config).values() for r in items]
            reported.extend(found_across)
            reported.sort(key=lambda r: (r.path, r.place.line, r.place.column))
            threshold = (request.fail_on or config.fail_on).rank
            if exit_code == EXIT_CLEAN and any(r.severity.rank >= threshold for r in found_across):
                exit_code = EXIT_FINDINGS
    except NewslintError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    finally:
        stack.close()
    fixable = sum(1 for r in reported if r.fix_applicability is not None
                  and (unsafe_fixes or r.fix_applicability.value == "safe"))
    # Every rule the run could enable, in registry order, and any other that reported.
    enabled = [r for r in rule_ids() if (r in selected if selected else True) and r not in ignored]
    ran = tuple(dict.fromkeys([*enabled, *sorted(rules_seen)]))
    # What SARIF and the statistics show of each rule that ran or reported (across-spelling
    # reports after rules_seen was counted), so that they need not import the registry. Only
    # for them: describing a rule imports its module, which a run from the cache never needs.
    rule_info = {}
    if statistics or output_format == "sarif":
        known = set(rule_ids())
        described = [get_rule(i) for i in dict.fromkeys([*ran, *(r.rule for r in reported)]) if i in known]
        rule_info = {rule.id: RuleInfo(rule.summary, rule.explanation, rule.severity) for rule in described}
    summary = RunSummary(checked, failed, fixed, fixable, ran,
                         color=not output and _use_color(no_color, sys.stdout),
                         base_dir=str(Path(base_dir).resolve() if base_dir else _repository_root()),
                         paths=tuple(linted), texts=texts, unreadable=tuple(unreadable),
                         files_not_written=not_written, dry_run=diff, rule_info=rule_info)
    try:
        with open(output, "w", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout) as out:
            if statistics:
                from lint.formats import statistics as rule_statistics

                rule_statistics.write(reported, summary, out, as_json=output_format == "json",
                                      unsafe_fixes=unsafe_fixes)
            else:
                get_formatter(output_format)(reported, summary, out)
    except OSError as exc:  # the disk filled, or the folder went away, after the check above
        _error(f"{exc.filename or output}: cannot write the report: {exc.strerror}")
        sys.exit(EXIT_ERROR)
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


@main.group()
def idf() -> None:
    """Background document-frequency tables for the off-topic rule."""


@idf.command("build")
@click.argument("archive", type=click.Path(exists=True))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, writable=True),
              help="Write the table here (gzip-compressed if the name ends in .gz).")
@click.option("--min-df", default=2, show_default=True, type=click.IntRange(min=1),
              help="Leave out words used by fewer stories.")
def idf_build(archive: str, output: str, min_df: int) -> None:
    """Count, for each word, how many stories in ARCHIVE (a folder or one file) use it."""
    from lint.archive.idf_build import archive_stories, count_archive
    from lint.idf import pruned, write_table

    problem = unwritable(output, "--output")
    if problem:
        _error(problem)
        sys.exit(EXIT_ERROR)
    table, skipped = count_archive(archive_stories(archive))
    for message in skipped:
        _error(f"skipped {message}")
    if table.documents == 0:
        _error(f"{archive}: no readable stories")
        sys.exit(EXIT_ERROR)
    table = pruned(table, min_df)
    try:
        write_table(table, Path(output))
    except OSError as exc:
        _error(f"{output}: cannot write: {exc.strerror}")
        sys.exit(EXIT_ERROR)
    click.echo(f"{output}: {len(table.counts)} words from {table.documents} stories", err=True)


@contextlib.contextmanager
def _dask_client(address: str | None) -> Iterator[Any]:
    """A client of the Dask scheduler at ``address``, closed after; None without an address."""
    if not address:
        yield None
        return
    from lint.archive.dask_sweep import connect

    client = connect(address)
    try:
        yield client
    finally:
        client.close()


@main.group()
def register() -> None:
    """The house register: the names of an archive and their house spellings."""


@register.command("build")
@click.argument("archive", nargs=-1, required=True)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False),
              help="Write the register here (a rebuild keeps what an editor pinned or marked).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Use this config's inconsistent-spelling options (default: the one found here).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Processes to read with (default: CPUs).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Read on this Dask scheduler's cluster.")
def register_build(archive: Sequence[str], output: str, config_path: str | None, jobs: int | None,
                   dask_address: str | None) -> None:
    """Collect the names of ARCHIVE (folders, files, globs) and their spellings."""
    from lint.api import load_configuration
    from lint.archive.register import read_kept, register_text, tally_archive

    problem = unwritable(output, "--output")
    if problem:
        _error(problem)
        sys.exit(EXIT_ERROR)
    try:
        config = load_configuration(config_path)
        kept = read_kept(Path(output))
        with _dask_client(dask_address) as client:
            tally, errors = tally_archive(archive, config, jobs or os.cpu_count() or 1, client)
        text, names, with_variants = register_text(tally, kept, Path.cwd())
    except NewslintError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    for message in errors:
        _error(message)
    if tally.stories == 0:
        _error(f"{' '.join(archive)}: no readable stories")
        sys.exit(EXIT_ERROR)
    from lint.engine import write_atomically

    try:
        if Path(output).exists():
            write_atomically(output, text.encode("utf-8"))
        else:
            Path(output).write_text(text, encoding="utf-8")
    except (OSError, NewslintError) as exc:
        _error(f"{output}: cannot write: {exc}")
        sys.exit(EXIT_ERROR)
    click.echo(f"{output}: {names} names from {tally.stories} stories, {with_variants} of them "
               "written more than one way", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


@main.command()
def lsp() -> None:
    """Run the language server on standard input and output (needs the lsp extra)."""
    try:
        from lint.lsp.server import serve
    except ImportError as exc:  # pygls is an optional extra
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs"):
            raise
        _error(f"newslint lsp needs pygls ({exc.name} is missing): pip install 'newslint[lsp]'")
        sys.exit(EXIT_ERROR)
    serve()
