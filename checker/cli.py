"""The command line: arguments to engine to reporter to exit code; nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import __version__

__all__ = ["main", "cli"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "markdown", "html", "json", "sarif", "github", "claimreview")
# checker.engine.DEFAULT_PATHS, named here so that a replayed run need not import the engine.
DEFAULT_PATHS = ("seeds", "claims")


class _Failure(Exception):
    """A problem already worded for the user: print it and exit 2."""


def _fail(message: str) -> None:
    click.echo(message, err=True)
    raise SystemExit(EXIT_ERROR)


def _config(ctx: click.Context):
    from checker.inputs.config import load_config

    path = ctx.find_root().params.get("config")
    return load_config(Path(path) if path else None)


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for value in values for code in (part.strip() for part in value.split(",")) if code)


def _check_selection(codes: tuple[str, ...], where: str) -> None:
    """Exit 2 on a code or prefix that names no rule: in CI a typo in --select would otherwise pass every run."""
    from checker.judge.rules import all_rules

    rules = all_rules()
    unknown = [c for c in codes if not any(r.code.startswith(c) or r.name == c for r in rules)]
    if unknown:
        prefixes = ", ".join(sorted({r.code[:3] for r in rules}))
        _fail(f"checker: {where}: unknown rule code or prefix {', '.join(repr(c) for c in unknown)}; "
              f"known prefixes are {prefixes} (`checker rules` lists every code and name)")


def _options(config, select: tuple[str, ...], ignore: tuple[str, ...]):
    from checker.options import Options

    select, ignore = _codes(select), _codes(ignore)
    source = f"{config.path}: [tool.checker]" if config.path else "[tool.checker]"
    for codes, given, name in ((select, config.select, "select"), (ignore, config.ignore, "ignore")):
        _check_selection(codes, f"--{name}")
        _check_selection(tuple(given), f"{source} {name}")
    return Options(
        select=select or config.select,
        ignore=ignore or config.ignore,
        severities=config.severity,
        tolerances=config.tolerances,
        vocabulary=config.vocabulary,
        names=config.names,
        number_policy=config.number_policy(),
    )


def _inputs(paths) -> set[str]:
    """Every input file a report must never be written over."""
    out = set()
    for raw in paths or DEFAULT_PATHS:
        p = Path(raw)
        if p.is_dir():
            out.update(str(q) for q in p.iterdir())
        out.add(str(p))
    return out


def _emit(text: str, output: str | None, protected: set[str], guard: bool = True, overwrite: bool = True) -> None:
    """Write to the output file atomically, or to stdout; in a GitHub Actions log no line of an
    untrusted quote may run a workflow command. overwrite=False refuses an existing file."""
    from checker.output import emit, guard_workflow_commands, quiet_broken_pipe

    if output is None and guard:
        text = guard_workflow_commands(text)
    with quiet_broken_pipe():
        emit(text, Path(output) if output else None, protected=protected, guard=guard, overwrite=overwrite)


def _colour_wanted() -> bool:
    """Colour for a report on stdout: NO_COLOR and FORCE_COLOR honoured, else only on a terminal."""
    from checker.report.terminal import colour_wanted

    return colour_wanted(sys.stdout)


class _Commands(click.Group):
    """The command group; commands that live in their own modules are imported only when one is named
    or all are listed, so `checker report` does not pay for the evaluation and CI modules."""

    def get_command(self, ctx: click.Context, cmd_name: str):
        found = super().get_command(ctx, cmd_name)
        if found is None:
            _register_optional()
            found = super().get_command(ctx, cmd_name)
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        _register_optional()
        return super().list_commands(ctx)


class _Notes:
    """Notes on inputs passed over (a named pipe in a source folder): each printed once on stderr, and kept
    so that a replayed run prints them again."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> None:
        if line in self.lines:
            return
        self.lines.append(line)
        from checker.output import guard_workflow_commands

        click.echo(guard_workflow_commands(line).rstrip("\n"), err=True)


def _notes(ctx: click.Context) -> _Notes:
    """The notes of this invocation (a command run on its own, outside the group, starts its own)."""
    root = ctx.find_root()
    if not isinstance(root.obj, _Notes):
        root.obj = _Notes()
    return root.obj


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="checker")
@click.option("--config", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.checker] from.")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
@click.pass_context
def cli(ctx, config, verbose):
    """Find where news sources disagree on hard facts: counts, dates, casualty figures, durations."""
    from checker.errors import noting

    ctx.obj = _Notes()
    ctx.with_resource(noting(ctx.obj))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here (atomically).")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (FC1, FC101).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit status 1 (default: error, or [tool.checker] fail-on).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Leave out the findings recorded in this baseline (default: [tool.checker] baseline, if it exists).")
@click.option("--no-baseline", is_flag=True, help="Ignore the configured baseline.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for extraction.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: here, or on a Dask cluster (needs --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address for --engine dask (tcp://host:8786).")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Folder of cached extractions (default: $CHECKER_CACHE_DIR or .checker-cache).")
@click.option("--no-cache", is_flag=True, help="Extract every source again and write no cache.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on (2 still means bad input).")
@click.option("--show-info", is_flag=True,
              help="In the text report, list corroborated and single-source figures too (else one summary line).")
@click.pass_context
def report(ctx, paths, fmt, output, select, ignore, fail_on, baseline_path, no_baseline, jobs, engine, scheduler,
           cache_dir, no_cache, exit_zero, show_info):
    """Report where the sources disagree. PATHS are source files or folders and claim files
    (default: seeds claims)."""
    if not paths:
        _require_default_paths()
    replayable = fmt in _CACHED_FORMATS and not no_cache and not (engine == "dask" and not scheduler)
    if replayable:
        from checker.store.files import default_cache_dir
        from checker.store.replays import ReplayCache

        replays = ReplayCache(Path(cache_dir) if cache_dir else default_cache_dir())
        config_path = ctx.find_root().params.get("config")
        invocation = replays.invocation_key("report", (paths, fmt, select, ignore, fail_on, baseline_path,
                                                       no_baseline, config_path))
        code = _replay(replays, invocation, paths, fmt, output, Path(cache_dir) if cache_dir else None,
                       _notes(ctx))
        if code is not None:
            raise SystemExit(EXIT_CLEAN if exit_zero else code)

    from checker.run import execute_keyed
    from checker.model import SEVERITY_RANK

    from dataclasses import replace

    from checker.judge.baseline import choose_baseline

    config = _config(ctx)
    baseline = choose_baseline(baseline_path, config.baseline, no_baseline)
    if engine == "dask" and not scheduler:
        _fail("checker: --engine dask needs --scheduler ADDRESS")
    options = replace(_options(config, select, ignore), baseline=baseline, jobs=jobs, engine=engine,
                      scheduler=scheduler, cache=not no_cache, cache_dir=Path(cache_dir) if cache_dir else None)
    from checker.extract.parallel import DaskUnavailable

    if replayable:
        from checker.store.replays import input_files

        read_files = [*_config_files(config_path), *(p for p in (config.vocabulary, config.names) if p),
                      *(p for p in (baseline_path, None if no_baseline else config.baseline) if p)]
        inputs_before = input_files(paths or DEFAULT_PATHS, read_files)
    from checker.store.files import default_cache_dir
    from checker.inputs.sources import metadata_cache

    from checker.progress import StageProgress

    try:
        # On stderr, only on a terminal, and gone before the report is written.
        with StageProgress(_REPORT_STAGES), metadata_cache(None if no_cache else options.cache_dir or default_cache_dir()):
            result, texts, key = execute_keyed(paths or DEFAULT_PATHS, options)
    except DaskUnavailable as e:
        _fail(f"checker: {e}")
    extra = (str(baseline.path),) if baseline else ()
    protected = _inputs(paths) | set(extra)
    color = fmt == "text" and output is None and _colour_wanted()
    _write_report(result, fmt, output, protected, key=key, cache_dir=options.cache_dir, guard=fmt != "github",
                  texts=texts, root=Path.cwd(), color=color, show_info=show_info)
    threshold = SEVERITY_RANK[fail_on or config.fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings)
    code = EXIT_FINDINGS if failing else EXIT_CLEAN
    if replayable and key is not None and inputs_before is not None:
        from checker.store.replays import Replay

        # Recorded only if no input changed while the run read it: the entry pairs these states with this output.
        if input_files(paths or DEFAULT_PATHS, read_files) == inputs_before:
            replays.put(invocation, inputs_before, Replay(key, code, extra, tuple(_notes(ctx).lines)))
    if not no_cache:
        from checker.store.files import bound_size, DEFAULT_MAX_BYTES

        bound_size(options.cache_dir or default_cache_dir(), config.cache_size or DEFAULT_MAX_BYTES)
    raise SystemExit(EXIT_CLEAN if exit_zero else code)


def _replay(replays, invocation: str, paths, fmt: str, output: str | None, cache_dir: Path | None,
            notes: _Notes) -> int | None:
    """Write an unchanged invocation's stored output and notes again and give its exit status; None when
    anything it read has changed or an entry is missing (the full run then decides, with its own caches)."""
    from checker.store.files import default_cache_dir
    from checker.store.reports import RunCache

    found = replays.get(invocation)
    if found is None:
        return None
    stored = RunCache(cache_dir or default_cache_dir()).open_rendered(found.run_key, fmt)
    if stored is None:
        return None
    protected = _inputs(paths) | set(found.protected)
    with stored:
        if not _write_stored(stored, output, protected, guard=fmt != "github"):
            return None
    for line in found.notes:
        notes(line)
    return found.exit_code


def _require_default_paths() -> None:
    """Without PATHS the run reads ./seeds and ./claims: say plainly when neither is here, and how to name paths."""
    if not any(Path(p).exists() for p in DEFAULT_PATHS):
        _fail(f"checker: no PATHS given, and no {'/ or '.join(DEFAULT_PATHS)}/ folder in {Path.cwd()}; name the "
              "sources and claim files to check, e.g. `checker report articles/ claims/story.yaml`, or run "
              "where seeds/ and claims/ are")


def _config_files(explicit: str | None) -> list[Path]:
    """The pyproject.toml files whose presence or content decides the configuration: the one given, else
    each place checker.inputs.config.find_pyproject looks, up to the one it takes."""
    if explicit:
        return [Path(explicit)]
    here = Path.cwd().resolve()
    looked = []
    for folder in (here, *here.parents):
        looked.append(folder / "pyproject.toml")
        if looked[-1].is_file():
            break
    return looked


_REPORT_STAGES = ("reading sources", "extracting figures", "checking")
# Formats whose bytes depend only on the report, the sources and the working folder (not the terminal).
_CACHED_FORMATS = ("json", "sarif")


def _write_report(result, fmt: str, output: str | None, protected: set[str], *, key: str | None = None,
                  cache_dir: Path | None = None, guard: bool = True, **options) -> None:
    """Render the report and write it to the output file (atomically) or to stdout.

    A format rendered piece by piece (json) goes straight into the output's temporary file or to
    stdout, so its whole text is never held: at 100,000 articles it is over a gigabyte. For an
    unchanged run (key from the run cache) the rendering stored last time is written instead, and
    a new rendering is stored by copying the written file, not by rendering it twice.
    """
    from checker.report import stream_writer

    write = stream_writer(fmt)
    if write is None:
        _emit(_render(result, fmt, key, cache_dir, **options), output, protected, guard=guard)
        return
    runs = None
    if key is not None and fmt in _CACHED_FORMATS:
        from checker.store.files import default_cache_dir
        from checker.store.reports import RunCache

        runs = RunCache(cache_dir or default_cache_dir())
        stored = runs.open_rendered(key, fmt)
        if stored is not None:
            with stored:
                if _write_stored(stored, output, protected, guard):
                    return
    from checker.output import Utf8Sink, atomic_file, quiet_broken_pipe, workflow_command_guard

    if output and output != "-":
        with atomic_file(output, protected=protected, guard=guard) as handle:
            sink = Utf8Sink(binary=[handle])
            write(result, sink, **options)
            if runs is not None and not sink.replaced:
                runs.put_rendered_file(key, fmt, handle, sink.hexdigest())
        return
    import contextlib

    with contextlib.ExitStack() as stack:
        copy = None
        if runs is not None:
            try:  # a copy beside the cache, stored once the whole text is written; no cache, no copy
                copy = stack.enter_context(runs.spool())
            except OSError:
                copy = None
        sink = Utf8Sink(text=[sys.stdout], spare=[copy] if copy is not None else [])
        frame = workflow_command_guard() if guard and output is None else None
        with quiet_broken_pipe():
            if frame is not None:
                sys.stdout.write(frame[0])
            write(result, sink, **options)
            if frame is not None:
                sys.stdout.write(("" if sink.ends_with_newline else "\n") + frame[1])
            sys.stdout.flush()
        if copy is not None and sink.spare_kept and not sink.replaced:
            runs.put_rendered_file(key, fmt, copy, sink.hexdigest())


class _Torn(Exception):
    """A stored rendering that does not match its digest (torn or edited): it is not written."""


def _write_stored(stored, output: str | None, protected: set[str], guard: bool) -> bool:
    """Write a stored rendering's bytes as the run would write its text, piece by piece (at 100,000
    articles it is over a gigabyte); False, with nothing written, if it is torn or edited or not UTF-8."""
    import codecs

    if output and output != "-":
        from checker.output import atomic_file

        try:
            # The stored bytes, never decoded and encoded again; checked as they are copied, and a
            # mismatch removes the temporary file before it could replace the output.
            with atomic_file(output, protected=protected, guard=guard) as handle:
                for chunk in stored.chunks():
                    handle.write(chunk)
                if not stored.whole:
                    raise _Torn
        except _Torn:
            return False
        return True
    # Checked through first: nothing reaches stdout unless all of it can.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in stored.chunks():
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    if not stored.whole:
        return False
    from checker.output import quiet_broken_pipe, workflow_command_guard

    frame = workflow_command_guard() if guard and output is None else None
    decoder = codecs.getincrementaldecoder("utf-8")()
    last = ""
    with quiet_broken_pipe():
        if frame is not None:
            sys.stdout.write(frame[0])
        for chunk in stored.chunks():
            text = decoder.decode(chunk)
            if text:
                sys.stdout.write(text)
                last = text
        if frame is not None:
            sys.stdout.write(("" if last.endswith("\n") else "\n") + frame[1])
        sys.stdout.flush()
    return True


def _render(result, fmt: str, key: str | None, cache_dir: Path | None, **options) -> str:
    """The rendered report; for an unchanged run (key from the run cache) the rendering stored last time."""
    from checker.report import render

    if key is None or fmt not in _CACHED_FORMATS:
        return render(result, fmt, **options)
    from checker.store.files import default_cache_dir
    from checker.store.reports import RunCache

    runs = RunCache(cache_dir or default_cache_dir())
    text = runs.get_rendered(key, fmt)
    if text is None:
        text = render(result, fmt, **options)
        runs.put_rendered(key, fmt, text)
    return text


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the draft claim file here (never over an existing file without --force).")
@click.option("--force", is_flag=True, help="Replace the --output file if it exists.")
@click.option("--story", default=None, help="Story name for the draft (default: from the first source's folder).")
@click.pass_context
def extract(ctx, sources, output, force, story):
    """Write a draft claim file of the figures found in SOURCES, for an editor to curate."""
    from checker.report.drafts import draft_claim_file
    from checker.extract.pipeline import extract_claims
    from checker.inputs.sources import load_sources
    from checker.vocabulary import DEFAULT_NAMES, DEFAULT_VOCABULARY, load_vocabulary

    config = _config(ctx)
    if output and output != "-":
        from checker.output import check_output

        check_output(output, protected=_inputs(sources), overwrite=force)
    loaded = load_sources(sources)
    vocabulary = load_vocabulary(config.vocabulary or DEFAULT_VOCABULARY, config.names or DEFAULT_NAMES)
    claims = [c for ls in loaded for c in extract_claims(ls.source, ls.text, vocabulary, config.number_policy())]
    name = story or _story_name(sources[0])
    texts = {ls.source.id: ls.text for ls in loaded}
    _emit(draft_claim_file(name, claims, texts), output, _inputs(sources), overwrite=force)


def _story_name(path: str) -> str:
    import re

    stem = Path(path).resolve()
    stem = stem.name if stem.is_dir() else stem.parent.name
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "story"


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--sources", "source_paths", multiple=True, type=click.Path(),
              help="Source files or folders the claims quote (default: seeds).")
def validate(files, source_paths):
    """Check claim files: schema, quotes found verbatim in their sources, unique ids, known sources."""
    from checker.inputs.claimfiles import validate_claim_files
    from checker.inputs.paths import split_paths
    from checker.errors import InputErrors
    from checker.inputs.sources import collect_sources

    srcs, claim_files = split_paths(files)
    if not claim_files:
        named = ", ".join(str(p) for p in srcs)
        metadata = [p for p in srcs if p.name == "sources.yaml"]
        what = ("sources.yaml describes source articles (outlet, title, published), it holds no claims"
                if metadata else "these are sources, not claim files")
        _fail(f"checker validate: no claim file among {named}: {what}. Claim files are YAML files with "
              "`story` and `claims` (see `checker schema`); name them, e.g. `checker validate claims/story.yaml`")
    loaded, errors = collect_sources([*(source_paths or ("seeds",)), *srcs])
    sources = {ls.source.id: (ls.source, ls.text) for ls in loaded}
    errors = [*errors, *validate_claim_files(claim_files, sources)]
    if errors:
        raise InputErrors(errors)
    click.echo(f"{len(claim_files)} claim file(s) valid", err=True)


@cli.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text")
def rules(fmt):
    """List every rule: code, name, severity, category and summary."""
    import json

    from checker.judge.rules import all_rules

    rows = [{"code": r.code, "name": r.name, "severity": r.severity, "category": r.category,
             "summary": r.summary, "doc": r.doc} for r in all_rules()]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(rules_markdown(), nl=False)
    else:
        width = max(len(r["name"]) for r in rows)
        for r in rows:
            click.echo(f"{r['code']}  {r['name']:<{width}}  {r['severity']:<7}  {r['summary']}")


def rules_markdown() -> str:
    """The rule catalogue as markdown: the taxonomy, then every rule's documentation (docs/rules.md)."""
    from checker.judge.rules import CATEGORIES, all_rules

    rules_ = all_rules()
    lines = ["# Rules", "", "Generated by `checker rules --format markdown`; do not edit by hand.", "",
             "## Taxonomy", "", "| Category | Meaning | Rules (default severity) |", "|---|---|---|"]
    for category, meaning in CATEGORIES.items():
        members = ", ".join(f"{r.code} ({r.severity})" for r in rules_ if r.category == category)
        lines.append(f"| {category} | {meaning} | {members} |")
    lines += ["", "Severities: error fails a run (exit 1) by default, warning and info do not; "
              "`fail-on` and `severity` in [tool.checker] change that.", ""]
    for r in rules_:
        lines += [f"## {r.code} {r.name}", "", f"Severity: {r.severity}. Category: {r.category}.", "", r.doc, ""]
    return "\n".join(lines)


_OPTIONAL_REGISTERED = False


def _register_optional() -> None:
    """Commands that live in their own modules, registered when present (once)."""
    import importlib

    global _OPTIONAL_REGISTERED
    if _OPTIONAL_REGISTERED:
        return
    _OPTIONAL_REGISTERED = True
    for module, attr in (("checker.evaluate.command", "eval_command"), ("checker.workflow", "COMMANDS")):
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        found = getattr(mod, attr, None)
        for command in found if isinstance(found, (list, tuple)) else [found]:
            if command is not None:
                cli.add_command(command)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; never let a traceback reach the user unless -v asks for one."""
    from checker.errors import InputError

    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args or "--verbose" in args
    try:
        cli.main(args=args, prog_name="checker", standalone_mode=False)
    except SystemExit as e:
        return int(e.code or 0) if not isinstance(e.code, str) else EXIT_ERROR
    except click.exceptions.Abort:
        return 130
    except click.ClickException as e:
        e.show()
        return EXIT_ERROR
    except InputError as e:
        from checker.output import guard_workflow_commands

        click.echo(guard_workflow_commands(str(e)), err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLEAN
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no traceback
        if verbose:
            raise
        from checker.errors import one_line

        click.echo(f"checker: internal error: {one_line(type(e).__name__ + ': ' + str(e))} "
                   "(re-run with -v for details)", err=True)
        return EXIT_ERROR
    return EXIT_CLEAN


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
