"""Analyze many documents in one run: in this process, or in worker processes.

The rule book and the spaCy pipeline are built once, here, before any worker starts; workers are
forked from this process and inherit them, so the spaCy import and the pipeline build are paid
once per run, never per document. Results come back in input order whatever order the workers
finish in. A document that fails (unreadable, or over ``timeout`` seconds, after which its worker
is killed and replaced) becomes an error Analysis; the others complete. Ctrl-C kills the workers
and propagates, so the CLI leaves no partial output file.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from .api import Context, analyze_bytes, analyze_path, error_analysis
from .errors import ConfigError, InputError, UsageError
from .findings import Analysis
from .ingest import STDIN, read_bytes, read_stdin


@dataclass(frozen=True)
class Task:
    index: int
    label: str
    data: bytes | None = None  # stdin's bytes, read here (workers cannot read our stdin)
    error: str | None = None  # why stdin could not be read (closed, failed)

    @property
    def name(self) -> str:
        """What reports call this document."""
        return "<stdin>" if self.data is not None or self.error is not None else self.label


# Told (input index, pages done, pages in all) as an input's PDF is read.
PageProgress = Callable[[int, int, int], None]
PAGE_REPORT_INTERVAL = 0.25  # seconds between a worker's page reports


def _tell(on_page: PageProgress, index: int, _label: str, done: int, total: int) -> None:
    on_page(index, done, total)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _run_task(task: Task, context: Context) -> Analysis:
    """One document's analysis; whatever goes wrong stays this document's error record."""
    if task.error is not None:
        return error_analysis(task.name, task.error)
    try:
        if task.data is None:
            return analyze_path(task.label, context)
        return analyze_bytes(task.data, task.name, context)
    except InputError as exc:
        return error_analysis(exc.path, exc)
    except (KeyboardInterrupt, ConfigError):
        raise
    except MemoryError:
        return error_analysis(task.name, f"exceeded the memory limit ({context.options.limits.max_memory_mb} MB; "
                                         "raise it with --max-memory)")
    except Exception as exc:  # a bug of ours or of a PDF library: one line, not a traceback
        return error_analysis(task.name, f"internal error, please report it: {type(exc).__name__}: {exc}",
                              internal=True)


def _settled(task: Task, context: Context) -> Analysis | None:
    """The task's analysis when it needs no pipeline: from the cache, or the error record of a
    file that is missing or unreadable (so ``redline analyze typo.txt`` never builds spaCy)."""
    if task.data is None and context.cache is None and os.path.isfile(task.label) \
            and os.access(task.label, os.R_OK):
        return None  # readable, and no cache to look in: the worker reads it
    try:
        data, label = (task.data, task.name) if task.data is not None else read_bytes(task.label)
    except InputError as exc:
        return error_analysis(exc.path, exc)
    return context.cached(data, label)


WARM_UP = ("Sec. 1. Ban.\n(a) No City department shall obtain, retain, access or use face recognition technology, "
           "except pursuant to a warrant.\n")


def warm_up(context: Context) -> None:
    """Pay the one-time costs of a process's first analysis (lazy imports, the pipeline's first
    call) here, before any worker is forked and any document's ``--timeout`` clock starts: every
    worker, a replacement for a timed-out one too, is forked warm, so the clock measures the
    document alone."""
    from .api import analyze_document
    from .ingest import load_bytes

    with contextlib.suppress(ImportError):  # the PDF engine's import, paid on the first PDF otherwise
        import pdfplumber  # noqa: F401
    analyze_document(load_bytes(WARM_UP.encode("utf-8"), "<warm-up>", use_cache=False), context)


def _size(task: Task) -> int:
    """A task's input size in bytes, the best guess of its work that costs no reading."""
    if task.data is not None:
        return len(task.data)
    try:
        return os.path.getsize(task.label)
    except OSError:
        return 0


def _tasks(paths: list[str]) -> list[Task]:
    if paths.count(STDIN) > 1:  # the second read would be empty, and both would be called <stdin>
        raise UsageError("stdin (-) can be read only once; it is named more than once")
    out = []
    for i, path in enumerate(paths):
        if path != STDIN:
            out.append(Task(i, path))
            continue
        try:
            out.append(Task(i, path, read_stdin()))
        except InputError as exc:
            out.append(Task(i, path, error=exc.reason))
    return out


def _cap_memory(megabytes: int) -> int | None:
    """Bound this process's address space: a document that would take more fails with MemoryError
    (reported as over the memory limit) instead of growing until the machine kills something.
    Returns the soft limit it replaced (to restore it), or None where nothing was set."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return None
    cap = megabytes * 2**20
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        return None
    return soft


@contextlib.contextmanager
def _memory_capped(megabytes: int) -> Iterator[None]:
    """The cap of a worker, for a document analyzed in this process (``--jobs 1``): set for the
    analysis only, so writing the reports afterwards is never refused memory."""
    previous = _cap_memory(megabytes)
    try:
        yield
    finally:
        if previous is not None:
            import resource

            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_AS, (previous, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _page_sender(conn: Connection, index: list[int]) -> Callable[[str, int, int], None]:
    """A worker's page hook: ("page", task index, done, total) to the parent, at most every
    quarter second (and on the last page), so progress costs the pipe almost nothing."""
    last = [0.0]

    def send(_label: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] >= PAGE_REPORT_INTERVAL:
            last[0] = now
            with contextlib.suppress(OSError):
                conn.send(("page", index[0], done, total))
    return send


def _worker(conn: Connection, context: Context, pages: bool = False) -> None:
    """Worker loop: receive a Task, send back (index, Analysis), and ("page", index, done, total)
    while a PDF is read when ``pages``; None ends the loop."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    for name in ("SIGTERM", "SIGHUP"):  # and a worker told to stop just stops (no parent's handler)
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _cap_memory(context.options.limits.max_memory_mb)
    current = [0]
    if pages:
        context.on_page = _page_sender(conn, current)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        current[0] = task.index
        conn.send((task.index, _run_task(task, context)))


class _Slot:
    """One worker process and what it is doing."""

    def __init__(self, ctx, context: Context, pages: bool = False) -> None:
        self.conn, child = ctx.Pipe()
        self.pages = pages
        self.proc = ctx.Process(target=_worker, args=(child, context, pages), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()


def _parallel(tasks: list[Task], context: Context, jobs: int, timeout: float | None,
              on_page: PageProgress | None = None) -> Iterator[tuple[int, Analysis]]:
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    slots = [_Slot(ctx, context, on_page is not None) for _ in range(min(jobs, len(tasks)))]
    queue = list(reversed(tasks))
    try:
        while queue or any(s.task for s in slots):
            for n, slot in enumerate(slots):
                if slot.task is None and queue:
                    slots[n] = _give(slot, queue.pop(), ctx, context)
            busy = [s for s in slots if s.task is not None]
            wait_for = None
            if timeout is not None:
                now = time.monotonic()
                wait_for = max(0.0, min(s.started + timeout - now for s in busy))
            ready = wait([s.conn for s in busy], timeout=wait_for)
            for slot in busy:
                if slot.conn in ready:
                    try:
                        message = slot.conn.recv()
                        if message[0] == "page":  # progress of the document in hand; it goes on
                            if on_page is not None:
                                on_page(*message[1:])
                            continue
                        index, analysis = message
                    except EOFError:  # the worker died (out of memory, a crash in a PDF library)
                        index, analysis = slot.task.index, error_analysis(
                            slot.task.name, "the worker analyzing this document died")
                        slots[slots.index(slot)] = _replace(slot, ctx, context)
                    slot.task = None
                    yield index, analysis
                elif timeout is not None and time.monotonic() - slot.started >= timeout:
                    task = slot.task
                    fresh = _replace(slot, ctx, context)
                    slots[slots.index(slot)] = fresh
                    yield task.index, error_analysis(task.name, f"timed out after {timeout:g} s")
    finally:
        for slot in slots:
            if slot.task is None and slot.proc.is_alive():
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
            slot.kill()


def _give(slot: _Slot, task: Task, ctx, context: Context) -> _Slot:
    """Hand ``task`` to the slot's worker; a worker that died while idle (killed, out of memory) is
    replaced first, so its death costs no document."""
    if not slot.proc.is_alive():
        slot = _replace(slot, ctx, context)
    try:
        slot.give(task)
    except OSError:  # it died between the check and the send
        slot = _replace(slot, ctx, context)
        slot.give(task)
    return slot


def _replace(slot: _Slot, ctx, context: Context) -> _Slot:
    slot.kill()
    return _Slot(ctx, context, slot.pages)


def run(paths: list[str], context: Context, *, jobs: int = 1, timeout: float | None = None,
        on_result: Callable[[int, Analysis], None] | None = None,
        unreadable: dict[str, str] | None = None, on_page: PageProgress | None = None) -> Iterator[Analysis]:
    """Analyses of ``paths`` in input order, each yielded as soon as it and those before it are
    done (so jsonl streams). ``on_result(i, analysis)`` is told of each as it finishes.
    ``unreadable`` maps inputs already known to give nothing (a directory without documents) to
    the reason: each becomes an error record in its place, as a missing file does.
    ``on_page(i, done, total)`` is told of the pages of input i's PDF as they are read."""
    tasks = _tasks(paths)
    if not tasks:
        return
    _ = context.rulebook, context.scoring  # validate rules and load the model before any work
    pending: dict[int, Analysis] = {}
    for task in tasks:  # cache hits and unreadable files first: they need no pipeline and no worker
        if unreadable and task.data is None and task.label in unreadable:
            pending[task.index] = error_analysis(task.label, unreadable[task.label])
            continue
        if task.error is not None:
            pending[task.index] = error_analysis(task.name, task.error)
            continue
        settled = _settled(task, context)
        if settled is not None:
            pending[task.index] = settled
    misses = [t for t in tasks if t.index not in pending]
    if misses:
        from . import nlp

        nlp.pipeline(context.rulebook)  # build spaCy once, here; forked workers inherit it
        if timeout is not None or (jobs > 1 and len(misses) > 1):
            warm_up(context)  # and pay the lazy imports once, not once per worker
    if jobs <= 1 and timeout is None:
        for task in tasks:
            analysis = pending.pop(task.index, None)
            if analysis is None:
                with _memory_capped(context.options.limits.max_memory_mb):
                    context.on_page = None if on_page is None else functools.partial(_tell, on_page, task.index)
                    try:
                        analysis = _run_task(task, context)
                    finally:
                        context.on_page = None
            if on_result:
                on_result(task.index, analysis)
            yield analysis
        return
    next_index = 0
    for index in list(pending):
        if on_result:
            on_result(index, pending[index])
    while next_index in pending:
        yield pending.pop(next_index)
        next_index += 1
    # the biggest first, so that no worker is left with a long PDF while the others idle at the end
    misses.sort(key=_size, reverse=True)
    results = _parallel(misses, context, max(1, jobs), timeout, on_page) if misses else iter(())
    for index, analysis in results:
        if on_result:
            on_result(index, analysis)
        pending[index] = analysis
        while next_index in pending:
            yield pending.pop(next_index)
            next_index += 1
