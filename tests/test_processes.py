"""Worker processes go when their parent is killed, instead of waiting forever."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import dateline_command, shared_path

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")

PARENT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from dateline.processes import exit_with_parent

context = multiprocessing.get_context(sys.argv[1])
pool = ProcessPoolExecutor(2, context, exit_with_parent, (os.getpid(),))
list(pool.map(abs, range(8)))
print("ready", flush=True)
time.sleep(600)
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running, not gone and not a zombie (a container's PID 1 may never reap orphans)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _kill_and_wait_for(workers: list[int], parent: subprocess.Popen[bytes]) -> list[int]:
    """Kill the parent with SIGKILL; the workers still alive 5 s later."""
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # leave no process behind when the test fails
        os.kill(pid, signal.SIGKILL)
    return left


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_pool_workers_exit_when_their_parent_is_killed(method: str) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, method], stdout=subprocess.PIPE)
    assert parent.stdout is not None and parent.stdout.readline() == b"ready\n"
    workers = [pid for pid in _children(parent.pid) if _alive(pid)]
    assert len(workers) >= 2  # the pool's workers (spawn adds its resource tracker)
    assert _kill_and_wait_for(workers, parent) == []


def test_ingest_workers_exit_when_the_ingest_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    data = shared_path("bench", "t17", "bpoil", "articles.jsonl.gz").read_bytes()
    (corpus / "bpoil.jsonl.gz").write_bytes(data)
    ingest = subprocess.Popen(
        dateline_command("ingest", corpus, "--db", tmp_path / "s.db"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_children(ingest.pid)) < 2:
        time.sleep(0.05)
    workers = _children(ingest.pid)
    assert len(workers) >= 2, "the ingest started no workers"
    assert _kill_and_wait_for(workers, ingest) == []


def test_server_build_workers_exit_when_the_server_is_killed(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "s.db"
    subprocess.run(
        dateline_command("ingest", seeds_dir, "--db", db),
        check=True,
        capture_output=True,
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        dateline_command("serve", "--db", db, "--port", port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _builders(server.pid):
        time.sleep(0.1)
    workers = _builders(server.pid)
    assert workers, "the server started no build workers"
    assert _kill_and_wait_for(_children(server.pid), server) == []


def _builders(pid: int) -> list[int]:
    """The spawned pool workers among a process's children."""
    return [child for child in _children(pid) if b"spawn_main" in _command_line(child)]


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # gone meanwhile
        return b""
