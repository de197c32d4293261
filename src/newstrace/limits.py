"""A wall-clock limit on one article's analysis, so a pathological text cannot stall a batch."""
from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in this block after ``seconds``.

    In the main thread of a Unix process (the CLI, a local worker process) a SIGALRM
    timer interrupts the block. In any other thread (a Dask worker's task thread, a web
    server's worker thread), where signals cannot be delivered, a timer thread raises
    the exception in the block's thread instead. Either way the exception arrives
    between two Python bytecodes, so one long C call (a spaCy pass, a regex) finishes
    first.
    """
    if seconds <= 0:
        yield
        return
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _from_timer_thread(seconds):
            yield


def _exceeded(seconds: float) -> TimeLimitExceeded:
    return TimeLimitExceeded(f"took longer than {seconds:g} s")


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum, frame):  # noqa: ARG001
        raise _exceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _from_timer_thread(seconds: float) -> Iterator[None]:
    # An asynchronous exception is raised as a class, so the class carries the message.
    expired = type("TimeLimitExceeded", (TimeLimitExceeded,),
                   {"__init__": lambda self, *a: TimeLimitExceeded.__init__(self, f"took longer than {seconds:g} s")})
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"inside": True}

    def expire() -> None:
        with lock:  # never raise once the block is left
            if state["inside"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(expired))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["inside"] = False
            timer.cancel()
            # An exception set but not yet raised (the block ended at that moment) is withdrawn.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
