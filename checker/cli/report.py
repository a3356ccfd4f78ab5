"""`checker report`: the consistency report, replayed from the cache when nothing it read has changed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker.cli.common import (EXIT_CLEAN, EXIT_FINDINGS, Notes, colour_wanted, config_of, emit_text, fail, notes_of,
                                protected_inputs, run_options)
from checker.inputs.paths import DEFAULT_PATHS
from checker.report import FORMATS, STORED_FORMATS

__all__ = ["report", "write_report", "config_files"]


@click.command()
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
    replayable = fmt in STORED_FORMATS and not no_cache and not (engine == "dask" and not scheduler)
    if replayable:
        from checker.store.files import default_cache_dir
        from checker.store.replays import ReplayCache

        replays = ReplayCache(Path(cache_dir) if cache_dir else default_cache_dir())
        config_path = ctx.find_root().params.get("config")
        invocation = replays.invocation_key("report", (paths, fmt, select, ignore, fail_on, baseline_path,
                                                       no_baseline, config_path))
        code = _replay(replays, invocation, paths, fmt, output, Path(cache_dir) if cache_dir else None,
                       notes_of(ctx))
        if code is not None:
            raise SystemExit(EXIT_CLEAN if exit_zero else code)

    from dataclasses import replace

    from checker.judge.baseline import choose_baseline
    from checker.model import SEVERITY_RANK
    from checker.run import execute_keyed

    config = config_of(ctx)
    baseline = choose_baseline(baseline_path, config.baseline, no_baseline)
    if engine == "dask" and not scheduler:
        fail("checker: --engine dask needs --scheduler ADDRESS")
    options = replace(run_options(config, select, ignore), baseline=baseline, jobs=jobs, engine=engine,
                      scheduler=scheduler, cache=not no_cache, cache_dir=Path(cache_dir) if cache_dir else None)
    from checker.extract.parallel import DaskUnavailable

    if replayable:
        from checker.store.replays import input_files

        read_files = [*config_files(config_path), *(p for p in (config.vocabulary, config.names) if p),
                      *(p for p in (baseline_path, None if no_baseline else config.baseline) if p)]
        inputs_before = input_files(paths or DEFAULT_PATHS, read_files)
    from checker.inputs.sources import metadata_cache
    from checker.progress import StageProgress
    from checker.store.files import default_cache_dir

    try:
        # On stderr, only on a terminal, and gone before the report is written.
        with StageProgress(_REPORT_STAGES), metadata_cache(None if no_cache else options.cache_dir or default_cache_dir()):
            result, texts, key = execute_keyed(paths or DEFAULT_PATHS, options)
    except DaskUnavailable as e:
        fail(f"checker: {e}")
    extra = (str(baseline.path),) if baseline else ()
    protected = protected_inputs(paths) | set(extra)
    color = fmt == "text" and output is None and colour_wanted()
    write_report(result, fmt, output, protected, key=key, cache_dir=options.cache_dir, guard=fmt != "github",
                  texts=texts, root=Path.cwd(), color=color, show_info=show_info)
    threshold = SEVERITY_RANK[fail_on or config.fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings)
    code = EXIT_FINDINGS if failing else EXIT_CLEAN
    if replayable and key is not None and inputs_before is not None:
        from checker.store.replays import Replay

        # Recorded only if no input changed while the run read it: the entry pairs these states with this output.
        if input_files(paths or DEFAULT_PATHS, read_files) == inputs_before:
            replays.put(invocation, inputs_before, Replay(key, code, extra, tuple(notes_of(ctx).lines)))
    if not no_cache:
        from checker.store.files import DEFAULT_MAX_BYTES, bound_size

        bound_size(options.cache_dir or default_cache_dir(), config.cache_size or DEFAULT_MAX_BYTES)
    raise SystemExit(EXIT_CLEAN if exit_zero else code)


def _replay(replays, invocation: str, paths, fmt: str, output: str | None, cache_dir: Path | None,
            notes: Notes) -> int | None:
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
    protected = protected_inputs(paths) | set(found.protected)
    with stored:
        if not _write_stored(stored, output, protected, guard=fmt != "github"):
            return None
    for line in found.notes:
        notes(line)
    return found.exit_code


def _require_default_paths() -> None:
    """Without PATHS the run reads ./seeds and ./claims: say plainly when neither is here, and how to name paths."""
    if not any(Path(p).exists() for p in DEFAULT_PATHS):
        fail(f"checker: no PATHS given, and no {'/ or '.join(DEFAULT_PATHS)}/ folder in {Path.cwd()}; name the "
              "sources and claim files to check, e.g. `checker report articles/ claims/story.yaml`, or run "
              "where seeds/ and claims/ are")


def config_files(explicit: str | None) -> list[Path]:
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


def write_report(result, fmt: str, output: str | None, protected: set[str], *, key: str | None = None,
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
        emit_text(_render(result, fmt, key, cache_dir, **options), output, protected, guard=guard)
        return
    runs = None
    if key is not None and fmt in STORED_FORMATS:
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

    if key is None or fmt not in STORED_FORMATS:
        return render(result, fmt, **options)
    from checker.store.files import default_cache_dir
    from checker.store.reports import RunCache

    runs = RunCache(cache_dir or default_cache_dir())
    text = runs.get_rendered(key, fmt)
    if text is None:
        text = render(result, fmt, **options)
        runs.put_rendered(key, fmt, text)
    return text
