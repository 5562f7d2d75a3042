"""Load on the HTTP API: a store of the seven T17 dev topics, 50 concurrent clients.

For 30 s, 50 clients send requests back to back: 45 % ask /api/timeline for the seven topic
queries (built once, then cached), 45 % search /api/articles, 10 % ask a timeline never asked
before (new query words and date counts), built from the store on the spot. Requests go to
127.0.0.1 only; every loop is bounded in time.

    python bench/api_load.py [--seconds 30] [--clients 50] [--new-share 0.1] [--db FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import T17, print_command, print_table

QUERIES = [
    "BP oil spill",
    "Egyptian protests",
    "financial crisis",
    "H1N1 swine flu",
    "Haiti earthquake",
    "Iraq war",
    "Michael Jackson death",
]
WORDS = [
    "oil",
    "well",
    "Obama",
    "Mubarak",
    "Cairo",
    "bank",
    "Lehman",
    "flu",
    "vaccine",
    "quake",
    "aid",
    "Baghdad",
    "troops",
    "Jackson",
    "doctor",
    "police",
    "court",
    "crisis",
    "deaths",
    "leak",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_store(db: Path) -> float:
    from dateline.ingest import ingest_paths
    from dateline.store import open_store

    started = time.perf_counter()
    with open_store(db) as store:
        ingest_paths(sorted(T17.glob("*/articles.jsonl.gz")), store)
    return time.perf_counter() - started


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dateline.cli",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--token",
            "load-test",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start")


class Recorder:
    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.lock = threading.Lock()

    def add(self, kind: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            self.errors[kind] = self.errors.get(kind, 0) + (not ok)


def run_clients(base: str, clients: int, seconds: float, pick, recorder: Recorder) -> float:  # type: ignore[no-untyped-def]
    """`clients` concurrent clients on one event loop (light on the machine under test)."""
    stop = time.time() + seconds

    async def client(number: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(number)
        while time.time() < stop:
            kind, path, params = pick(rng)
            started = time.perf_counter()
            try:
                ok = (await http.get(path, params=params)).status_code == 200
            except httpx.HTTPError:
                ok = False
            recorder.add(kind, time.perf_counter() - started, ok)

    async def one_client(number: int) -> None:
        # Its own connection, as a separate user has: one shared pool of 50 connections
        # added up to 200 ms to the measured p95 that the server never saw.
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            await client(number, http)

    async def everyone() -> None:
        await asyncio.gather(*(one_client(n) for n in range(clients)))

    started = time.perf_counter()
    asyncio.run(everyone())
    return time.perf_counter() - started


def make_pick(new_share: float, offset: int = 0):  # type: ignore[no-untyped-def]
    counter = iter(range(offset, 10**9))
    lock = threading.Lock()

    def pick(rng: random.Random):  # type: ignore[no-untyped-def]
        roll = rng.random()
        if roll < new_share:
            with lock:
                number = next(counter)
            topic = QUERIES[(number // len(WORDS)) % len(QUERIES)].split()[-1]
            query = f"{WORDS[number % len(WORDS)]} {topic}"
            return "timeline (new)", "/api/timeline", {"query": query, "dates": 5 + number % 26}
        if roll < new_share + (1 - new_share) / 2:
            return "timeline (cached)", "/api/timeline", {"query": rng.choice(QUERIES)}
        return "articles search", "/api/articles", {"q": rng.choice(WORDS), "limit": 20}

    return pick


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--new-share", type=float, default=0.1)
    parser.add_argument("--solo-clients", type=int, default=2)
    parser.add_argument("--db", type=Path, default=None, help="reuse a store built from T17")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "t17.db"
        build_seconds = build_store(db) if args.db is None else 0.0
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=120) as http:  # build the cached ones once
                for query in QUERIES:
                    http.get("/api/timeline", params={"query": query})
            recorder = Recorder()
            wall = run_clients(
                base, args.clients, args.seconds, make_pick(args.new_share), recorder
            )
            # Then new timelines alone, as many clients as build workers: the build time itself.
            solo = Recorder()
            solo_wall = run_clients(
                base, args.solo_clients, args.seconds, make_pick(1.0, offset=10_000), solo
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    rows = []
    measured = [
        (kind, values, recorder.errors[kind], wall) for kind, values in recorder.latencies.items()
    ]
    measured += [
        (f"timeline (new), {args.solo_clients} clients alone", values, solo.errors[kind], solo_wall)
        for kind, values in solo.latencies.items()
    ]
    for kind, values, errors, duration in measured:
        rows.append(
            [
                kind,
                len(values),
                f"{len(values) / duration:.1f}",
                f"{1000 * statistics.median(values):.0f}",
                f"{1000 * percentile(values, 0.95):.0f}",
                f"{1000 * percentile(values, 0.99):.0f}",
                errors,
            ]
        )
    print_table(
        f"API under load: {args.clients} clients for {args.seconds:.0f} s, {args.new_share:.0%} new "
        f"timelines (store of the 7 T17 topics built in {build_seconds:.0f} s)",
        ["requests", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"],
        rows,
    )
    print_command()


if __name__ == "__main__":
    main()
