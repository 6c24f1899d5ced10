"""The ``cleanseed`` command line: ``clean``, ``score``, ``check`` and ``rules``.

``main(argv) -> int`` runs in-process, so tests call it directly. Exit status: 0 when
nothing is wrong, 1 when ``check`` found errors or some inputs of ``clean``/``score``
failed, 2 on a usage, configuration or internal failure (2 even with ``--exit-zero``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, NoReturn, TextIO

from . import __version__
from . import _check as check_rules
from . import _config as config
from . import _output as output
from .batch import clean_many, score_many
from .corpus import DEFAULT_EXTENSIONS, Item, iter_files, read_jsonl, read_warc, write_jsonl
from .errors import CleanseedError

__all__ = ["main"]

SourceKind = Literal["files", "jsonl", "warc"]
STDIN_NAME = "<stdin>"


class UsageError(Exception):
    """The command line cannot be acted on (exit status 2)."""


@dataclass(slots=True)
class _State:
    """The output format known so far, so a failure is reported in it (``--format``, then the config's)."""

    format: str | None


class _Parser(argparse.ArgumentParser):
    """argparse that raises :class:`UsageError` instead of exiting, so ``main`` can honour ``--format``."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    state = _State(_format_in(arguments))
    try:
        args = _parser().parse_args(arguments)
        command: Callable[[argparse.Namespace, _State], int] = args.run
        return command(args, state)
    except SystemExit as exc:  # --help and --version exit through argparse
        return exc.code if isinstance(exc.code, int) else 0
    except UsageError as exc:
        output.tool_error("usage", str(exc), state.format, sys.stderr)
    except config.ConfigError as exc:
        output.tool_error("configuration", str(exc), state.format, sys.stderr)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # writing output failed (disk full, permissions): not a bug, but the run is incomplete
        output.tool_error("i/o", str(exc), state.format, sys.stderr)
    except Exception as exc:  # the tool's own bug: say so in the requested format, exit 2
        detail = f"{type(exc).__name__}: {exc}"
        if state.format not in output.MACHINE_FORMATS:
            detail = traceback.format_exc().rstrip()
        output.tool_error("internal", detail, state.format, sys.stderr)
    return 2


def _format_in(arguments: Sequence[str]) -> str | None:
    """The ``--format`` the user asked for, read before parsing so even a usage error honours it."""
    for i, argument in enumerate(arguments):
        if argument.startswith("--format="):
            return argument.partition("=")[2]
        if argument in ("--format", "-f") and i + 1 < len(arguments):
            return arguments[i + 1]
    return None


def _option(convert: config.Convert) -> Callable[[str], Any]:
    """An argparse ``type`` from a config converter, so flags and ``[tool.cleanseed]`` parse alike."""

    def parse(text: str) -> Any:
        try:
            return convert(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = convert.__name__
    return parse


def _parser() -> _Parser:
    parser = _Parser(prog="cleanseed", description="Clean captured news pages, score and check seed files.")
    parser.add_argument("--version", action="version", version=f"cleanseed {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    inputs = _Parser(add_help=False)
    group = inputs.add_argument_group("input")
    group.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories (searched recursively), - for stdin"
    )
    group.add_argument(
        "--extensions",
        type=_option(config.extensions),
        default=argparse.SUPPRESS,
        help=f"file endings to pick up in directories (default: {','.join(DEFAULT_EXTENSIONS)})",
    )
    group.add_argument("-j", "--jobs", type=_option(config.jobs), default=argparse.SUPPRESS, help="worker processes")
    group.add_argument("--config", type=Path, metavar="FILE", help="pyproject.toml to read (default: the nearest)")
    group.add_argument("--isolated", action="store_true", help="ignore every configuration file")

    corpus = _Parser(add_help=False)
    corpus.add_argument(
        "--input-format",
        choices=("auto", "files", "jsonl", "warc"),
        default="auto",
        help="how to read each input: one document per file, JSON Lines records, or WARC responses "
        "(default auto: .jsonl is JSON Lines, .warc and .warc.gz are WARC, anything else a document)",
    )

    clean = commands.add_parser(
        "clean", parents=[inputs, corpus], help="print or write the cleaned text of each document"
    )
    clean.add_argument("-f", "--format", choices=("text", "json", "jsonl"), default="text", help="output format")
    clean.add_argument(
        "-o",
        "--output-dir",
        type=Path,
        metavar="DIR",
        help="write one file per input into DIR (mirroring directories) instead of stdout; never over an input",
    )
    clean.set_defaults(run=_run_clean)

    score = commands.add_parser("score", parents=[inputs, corpus], help="score how well sourced each document is")
    score.add_argument("-f", "--format", choices=("table", "json", "jsonl"), default="table", help="output format")
    score.set_defaults(run=_run_score)

    check = commands.add_parser(
        "check",
        parents=[inputs],
        help="check seed files against the rules (see `cleanseed rules`)",
        description="Check seed files. Options may also be set in [tool.cleanseed] of pyproject.toml; flags win.",
    )
    check.add_argument(
        "-f", "--format", choices=config.CHECK_FORMATS, default=argparse.SUPPRESS, help="output format (default text)"
    )
    rules = check.add_argument_group("rules")
    for key, metavar, text in _CHECK_FLAGS:
        rules.add_argument(
            f"--{key}", type=_option(config.OVERRIDE_KEYS[key]), default=argparse.SUPPRESS, metavar=metavar, help=text
        )
    check.add_argument(
        "--exit-zero", action="store_const", const=True, default=argparse.SUPPRESS, help="exit 0 even with errors"
    )
    check.add_argument("--stdin-filename", metavar="NAME", help="the path to report (and match overrides) for -")
    check.set_defaults(run=_run_check)

    explain = commands.add_parser("rules", help="list the check rules, or explain one")
    explain.add_argument("rule", nargs="?", metavar="CODE", help="a rule code (CS301) or name (no-byline)")
    explain.add_argument("-f", "--format", choices=("text", "json"), default="text", help="output format")
    explain.set_defaults(run=_run_rules)
    return parser


_CHECK_FLAGS: tuple[tuple[str, str, str], ...] = (
    ("select", "CODES", "rules to run: codes, prefixes (CS3) or names, comma-separated (default: all)"),
    ("ignore", "CODES", "rules not to run"),
    ("error", "CODES", "rules to report as errors"),
    ("warning", "CODES", "rules to report as warnings"),
    ("min-words", "N", "CS202: fewest words left after cleaning (default 100)"),
    ("max-chrome", "SHARE", "CS203: largest share of words removed as chrome (default 0.75)"),
    ("languages", "LANGS", "CS204: allowed languages, ISO 639-1, comma-separated (default: any)"),
    ("min-score", "SCORE", "CS303: lowest sourcing score (default 0.5)"),
    ("max-overlap", "SHARE", "CS205: largest shingle overlap with another file of the run (default 0.8)"),
)


def _load_config(args: argparse.Namespace) -> config.Config:
    if args.isolated:
        return config.Config()
    path = args.config if args.config is not None else config.find_pyproject(Path.cwd())
    if args.config is not None and not args.config.is_file():
        raise config.ConfigError(f"{args.config}: no such file")
    return config.load(path)


def _given(args: argparse.Namespace, keys: Iterable[str]) -> dict[str, Any]:
    """The options the user passed on the command line (they override the configuration)."""
    names = {config.dest(k) for k in keys}
    return {k: v for k, v in vars(args).items() if k in names}


# --- check -------------------------------------------------------------------------------------------


def _run_check(args: argparse.Namespace, state: _State) -> int:
    settings_file = _load_config(args)
    merged = {**settings_file.options, **_given(args, config.GLOBAL_KEYS)}
    state.format = fmt = merged.get("format", "text")
    _refuse_unknown_selectors([merged, *(o.options for o in settings_file.overrides)])
    settings = _settings_for(settings_file, _given(args, config.OVERRIDE_KEYS))
    extensions = merged.get("extensions", DEFAULT_EXTENSIONS)
    tasks = list(_check_tasks(args.paths, extensions, args.stdin_filename, settings))
    if not tasks:  # a gate pointed at the wrong folder would otherwise pass in silence
        found = ", ".join(extensions)
        output.tool_warning(f"no files to check in {' '.join(args.paths)} (extensions: {found})", fmt, sys.stderr)
    progress = output.Progress(len(tasks), sys.stderr, enabled=sys.stderr.isatty() and fmt == "text")
    reports = []
    for report in check_rules.run(tasks, merged.get("jobs", 1)):
        progress.advance(report.path)
        reports.append(report)
    progress.close()
    broken = [r for r in reports if r.internal_error is not None]
    for report in broken:
        output.tool_error("internal", f"{report.path}: {report.internal_error}", fmt, sys.stderr)
    findings = [f for r in reports for f in r.findings] + check_rules.near_duplicates(reports, settings)
    summary = output.Summary(tuple(sorted(findings)), len(tasks), __version__)
    output.CHECK_EMITTERS[fmt](summary, sys.stdout)
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and step_summary:
        with open(step_summary, "a", encoding="utf-8") as stream:
            stream.write(output.step_summary(summary))
    if broken:
        return 2
    return 1 if summary.errors and not merged.get("exit_zero", False) else 0


def _refuse_unknown_selectors(tables: Iterable[Mapping[str, Any]]) -> None:
    """A typo in a rule selector would silently check nothing: refuse it, from flags and configuration alike."""
    for table in tables:
        for key in ("select", "ignore", "error", "warning"):
            unknown = check_rules.unknown_selectors(table.get(key, ()))
            if unknown:
                raise UsageError(f"--{key}: no rule matches {unknown[0]!r} (see `cleanseed rules`)")


def _settings_for(settings_file: config.Config, flags: Mapping[str, Any]) -> Callable[[str], check_rules.Settings]:
    """Per-file rule settings: the configuration (with its overrides for that path), then the flags."""
    rule_keys = {config.dest(k) for k in config.OVERRIDE_KEYS}

    def settings(path: str) -> check_rules.Settings:
        options = {k: v for k, v in settings_file.for_path(path).items() if k in rule_keys}
        return check_rules.Settings(**{**options, **flags})

    return settings


def _check_tasks(
    paths: Sequence[str],
    extensions: Sequence[str],
    stdin_name: str | None,
    settings: Callable[[str], check_rules.Settings],
) -> Iterator[check_rules.Task]:
    for raw in paths:
        if raw == "-":
            name = stdin_name or STDIN_NAME
            yield check_rules.Task(name, settings(name), sys.stdin.buffer.read())
            continue
        for path in iter_files([raw], extensions=extensions):
            yield check_rules.Task(str(path), settings(str(path)))


# --- rules -------------------------------------------------------------------------------------------


def _run_rules(args: argparse.Namespace, state: _State) -> int:
    if args.rule is None:
        chosen: Sequence[check_rules.Rule] = check_rules.RULES
    else:
        try:
            chosen = [check_rules.rule(args.rule)]
        except KeyError:
            raise UsageError(f"no rule {args.rule!r} (see `cleanseed rules`)") from None
    if args.format == "json":
        rows = [
            {"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary, "explanation": r.explanation}
            for r in chosen
        ]
        output.write_json_array(rows, sys.stdout)
    elif args.rule is None:
        for r in chosen:
            sys.stdout.write(f"{r.code}  {r.name:<21} {r.severity:<8} {r.summary}\n")
    else:
        r = chosen[0]
        sys.stdout.write(f"{r.code} {r.name} ({r.severity} by default)\n\n{r.summary}\n\n{r.explanation}\n")
    return 0


# --- clean and score ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Source:
    """One input of ``clean``/``score``: a document file, a JSON Lines or WARC file, or stdin (``path`` None)."""

    name: str
    kind: SourceKind
    path: Path | None = None
    root: Path | None = None

    def items(self) -> Iterator[Item]:
        """The source's documents; a source that breaks half-way ends with an error item, not an exception."""
        try:
            yield from self._read()
        except (OSError, CleanseedError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            yield Item(self.name, "", error=f"cannot read {self.name}: {message}")

    def _read(self) -> Iterator[Item]:
        stream: IO[bytes] = sys.stdin.buffer
        if self.kind == "jsonl":
            yield from read_jsonl(stream if self.path is None else self.path)
        elif self.kind == "warc":
            yield from read_warc(stream if self.path is None else self.path)
        else:
            content = stream.read() if self.path is None else self.path.read_bytes()
            yield Item(self.name, content)

    def target(self, directory: Path, suffix: str) -> Path:
        """Where ``-o DIR`` writes this source: its path under the directory argument, or its name."""
        if self.path is None:
            return directory / f"stdin{suffix}"
        relative = self.path.relative_to(self.root) if self.root is not None else Path(self.path.name)
        return directory / relative.with_suffix(suffix)


_KINDS: dict[str, SourceKind] = {"files": "files", "jsonl": "jsonl", "warc": "warc"}
"""--input-format values that name a kind; ``auto`` decides per file."""


def _sources(paths: Sequence[str], input_format: str, extensions: Sequence[str]) -> list[_Source]:
    sources: list[_Source] = []
    for raw in paths:
        if raw == "-":
            sources.append(_Source(STDIN_NAME, _KINDS.get(input_format, "files")))
            continue
        root = Path(raw) if Path(raw).is_dir() else None
        for path in iter_files([raw], extensions=extensions):
            sources.append(_Source(str(path), _kind(path, input_format), path, root))
    return sources


def _kind(path: Path, input_format: str) -> SourceKind:
    if input_format in _KINDS:
        return _KINDS[input_format]
    name = path.name.lower()
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return "files"


def _tagged(sources: Sequence[_Source], tags: deque[int]) -> Iterator[Item]:
    """Every source's items in order, noting each item's source so rows can be grouped back by source."""
    for index, source in enumerate(sources):
        for item in source.items():
            tags.append(index)
            yield item


def _rows(
    args: argparse.Namespace, run: Callable[..., Iterator[dict[str, Any]]], *, human: bool
) -> tuple[list[_Source], Iterator[tuple[int, dict[str, Any]]]]:
    """The sources of a clean or score run and its rows, in order, each with its source's index.

    ``human``: the output is not for a program, so a terminal's stderr may show progress.
    """
    settings_file = _load_config(args)
    merged = {**settings_file.options, **_given(args, ("extensions", "jobs"))}
    sources = _sources(args.paths, args.input_format, merged.get("extensions", DEFAULT_EXTENSIONS))
    tags: deque[int] = deque()
    rows = run(_tagged(sources, tags), jobs=merged.get("jobs", 1))
    total = len(sources) if all(s.kind == "files" for s in sources) else None
    progress = output.Progress(total, sys.stderr, enabled=human and sys.stderr.isatty())
    return sources, _progressing(((tags.popleft(), row) for row in rows), progress)


def _progressing(
    rows: Iterator[tuple[int, dict[str, Any]]], progress: output.Progress
) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        for pair in rows:
            progress.advance(str(pair[1]["id"]))
            yield pair
    finally:
        progress.close()


def _run_clean(args: argparse.Namespace, state: _State) -> int:
    if args.output_dir is not None:
        return _clean_to_directory(args, args.output_dir)
    sources, rows = _rows(args, clean_many, human=False)  # the documents themselves go to stdout
    many = len(sources) > 1 or any(s.kind != "files" for s in sources)
    failures = _Failures(text_to_stderr=args.format == "text")
    _write_clean(failures.watch(rows), args.format, sys.stdout, headers=many, single=False)
    return failures.status


class _Failures:
    """Watches a stream of rows for error rows; in text output their messages go to stderr."""

    def __init__(self, *, text_to_stderr: bool) -> None:
        self.failed = False
        self.text_to_stderr = text_to_stderr

    @property
    def status(self) -> int:
        return 1 if self.failed else 0

    def watch(self, rows: Iterable[tuple[int, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
        for _, row in rows:
            if row["error"] is not None:
                self.failed = True
                if self.text_to_stderr:
                    sys.stderr.write(f"{row['id']}: {row['error']['type']}: {row['error']['message']}\n")
            yield row


def _write_clean(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, *, headers: bool, single: bool) -> None:
    """Write cleaned rows in ``fmt``: text (failed rows skipped), a JSON array or object, or JSON Lines."""
    if fmt == "jsonl":
        write_jsonl(rows, out)
    elif fmt == "json" and single:
        for row in rows:
            output.write_json(row, out)
    elif fmt == "json":
        output.write_json_array(rows, out)
    else:
        for row in rows:
            if row["error"] is None:
                if headers:
                    out.write(f"==> {row['id']} <==\n")
                out.write(row["text"] + "\n")


_SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl"}


def _clean_to_directory(args: argparse.Namespace, directory: Path) -> int:
    """One output file per input, each written to a temporary file and renamed into place."""
    sources, rows = _rows(args, clean_many, human=True)
    suffix = _SUFFIXES[args.format]
    targets = [s.target(directory, suffix) for s in sources]
    _refuse_clashes(sources, targets)
    status = 0
    for index, group in itertools.groupby(rows, key=lambda pair: pair[0]):
        source, target = sources[index], targets[index]
        single = source.kind == "files"
        failures = _Failures(text_to_stderr=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                _write_clean(failures.watch(group), args.format, out, headers=not single, single=single)
            if failures.failed and single:
                os.unlink(temporary)  # a document that failed leaves no output file rather than an empty one
            else:
                os.replace(temporary, target)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
        status = max(status, failures.status)
    return status


def _refuse_clashes(sources: Sequence[_Source], targets: Sequence[Path]) -> None:
    inputs = {os.path.realpath(s.path) for s in sources if s.path is not None}
    seen: dict[str, str] = {}
    for source, target in zip(sources, targets, strict=True):
        real = os.path.realpath(target)
        if real in inputs:
            raise UsageError(f"-o would overwrite the input {target}; choose another directory")
        if real in seen:
            raise UsageError(f"{seen[real]} and {source.name} would both be written to {target}")
        seen[real] = source.name


def _run_score(args: argparse.Namespace, state: _State) -> int:
    _, rows = _rows(args, score_many, human=args.format == "table")
    failures = _Failures(text_to_stderr=args.format == "table")
    watched = failures.watch(rows)
    if args.format == "table":
        output.score_table(watched, sys.stdout)
    elif args.format == "jsonl":
        write_jsonl(watched, sys.stdout)
    else:
        output.write_json_array(watched, sys.stdout)
    return failures.status
