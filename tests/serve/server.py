"""A real `newstrace serve` process on a free loopback port, for the API and browser tests."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

START_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``newstrace serve --db db`` in a child process; ``url`` is its base URL."""

    def __init__(self, db: str, *, token: str | None = None, log: Path | None = None, args: tuple[str, ...] = ()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "NEWSTRACE_API_TOKEN"}
        if token:
            env["NEWSTRACE_API_TOKEN"] = token
        self.log = open(log, "w") if log else subprocess.DEVNULL
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from newstrace.cli import main; main()", "serve", "--db", db,
             "--port", str(self.port), "--no-access-log", *args], env=env, stdout=self.log, stderr=self.log)
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"newstrace serve exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/api/counts", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"newstrace serve did not answer within {START_TIMEOUT_S} s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.log is not subprocess.DEVNULL:
            self.log.close()
