"""The sync server under load, measured with Locust: the real `inspector-server serve
--workers N` on a throwaway PostgreSQL and on SQLite, simulated laptops of several teams.

    python bench/server_load.py [--backends postgres sqlite] [--laptops 300 --teams 10]
        [--seconds 15] [--scale 1.0]   (make bench-server)

Seeds the server's database in-process (teams of 30-300 visits, 80 answers each, one token
per laptop), then runs, each for --seconds, against the same server:
  cost   the server's CPU per request (server and database processes), /health alone and a
         no-op sync alone, at a light load: what the goal "no-op <= 3x the floor" compares;
  noop   every laptop's no-op sync at once, with the floor (/health) measured beside it;
  photos the same while some laptops make their first sync with photos;
  aide   the same while aides pull their whole team.
The load generator runs in its own process, pinned to a core of its own when there are two or
more (the server and PostgreSQL get the others). Prints syncs/s, p50/p95/p99 per request kind
and errors.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import inprocess  # noqa: E402
from pg import PgCluster, _pg_bin, free_port  # noqa: E402

from inspector.server import db, history  # noqa: E402
from inspector.server.pull import scope_of  # noqa: E402
from inspector.server.tables import counter  # noqa: E402

PASSWORD = "bench password"
LOCUSTFILE = ROOT / "bench" / "locust_laptops.py"


# --- the machine --------------------------------------------------------------------------

def split_cores(workers: int | None) -> tuple[list[int], list[int], int]:
    """(server cores, load generator cores, server workers)."""
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) >= 2:
        server, load = cores[:-1], cores[-1:]
    else:
        server, load = cores, cores
    return server, load, workers or len(server)


def pin(cores: list[int]) -> list[str]:
    return ["taskset", "-c", ",".join(map(str, cores))] if _has_taskset() else []


def _has_taskset() -> bool:
    return subprocess.run(["sh", "-c", "command -v taskset"], capture_output=True).returncode == 0


def tree_cpu(pids: list[int]) -> float:
    """CPU seconds so far of these processes and all their children."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            proc = psutil.Process(pid)
            for p in [proc, *proc.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    total += t.user + t.system
    return total


# --- seeding ------------------------------------------------------------------------------

def team_sizes(teams: int, scale: float) -> list[int]:
    """Visits per team, spread from 30 to 300 (times --scale for a quick run)."""
    if teams == 1:
        return [max(1, round(300 * scale))]
    return [max(1, round((30 + (300 - 30) * i / (teams - 1)) * scale)) for i in range(teams)]


def seed(engine, teams: int, laptops: int, scale: float, photo_laptops: int,  # type: ignore[no-untyped-def]
         aides: int) -> dict[str, list[dict[str, str]]]:
    world: dict[str, list[dict[str, str]]] = {"laptops": [], "photo_laptops": [], "aides": []}
    per_team = max(1, laptops // teams)
    sizes = team_sizes(teams, scale)
    members: list[tuple[str, list[str]]] = []
    started = time.perf_counter()
    records = 0
    for t, visits in enumerate(sizes):
        name = f"team-{t:02d}"
        extra = (1 if t < photo_laptops else 0) + (1 if t >= teams - aides else 0)
        tokens = inprocess.team(engine, name, [(f"{name}-u{i:03d}", "deputy" if i == 0 else "aide")
                                               for i in range(per_team + extra)], PASSWORD)
        who = inprocess.principal(engine, tokens[0])
        if t == 0:
            inprocess.register_template(engine, who)
        ops = []
        for _ in range(visits):
            ops += inprocess.visit_ops(80)
            if len(ops) >= 400:
                inprocess.send(engine, who, ops)
                records += len(ops)
                ops = []
        if ops:
            inprocess.send(engine, who, ops)
            records += len(ops)
        members.append((name, tokens))
    with db.read(engine) as conn:
        top = conn.execute(counter.select()).one().seq
        point = history.point(conn, top)
    for name, tokens in members:
        who = inprocess.principal(engine, tokens[0])
        me = {"cursor": f"{scope_of(who)}.{top}", "history": point, "team": name}
        for i, token in enumerate(tokens):
            if i < per_team:
                world["laptops"].append(me | {"token": token})
            elif i == per_team and name < f"team-{photo_laptops:02d}":
                world["photo_laptops"].append(me | {"token": token, "cursor": ""})
            else:
                world["aides"].append(me | {"token": token, "cursor": ""})
    print(f"seeded {len(sizes)} teams of {min(sizes)}-{max(sizes)} visits ({records} records) "
          f"and {sum(len(v) for v in world.values())} tokens in {time.perf_counter() - started:.0f} s",
          flush=True)
    return world


# --- running ------------------------------------------------------------------------------

def start_server(data: Path, database_url: str, workers: int, cores: list[int]
                 ) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [*pin(cores), sys.executable, "-m", "inspector.server.cli", "serve", "--data", str(data),
           "--port", str(port), "--workers", str(workers)]
    if database_url:
        cmd += ["--database", database_url]
    log = open(data.parent / f"server-{port}.log", "ab")  # noqa: SIM115 - lives with the server
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}; see {log.name}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url + "/health", timeout=1).ok:
                return proc, url
        time.sleep(0.1)
    raise RuntimeError("server did not come up")


def run_locust(url: str, world_file: Path, classes: list[str], users: int, seconds: int,
               cores: list[int], out: Path, env: dict[str, str]) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    prefix = out / "_".join(classes)
    cmd = [*pin(cores), sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
           "-u", str(users), "-r", str(max(users, 1)), "-t", f"{seconds}s", "--host", url,
           "--csv", str(prefix), "--only-summary", "--stop-timeout", "10", "--loglevel", "ERROR",
           *classes]
    subprocess.run(cmd, cwd=ROOT, env=os.environ | env | {"BENCH_WORLD": str(world_file)},
                   check=False, stdout=subprocess.DEVNULL, stderr=open(out / "locust.log", "ab"))  # noqa: SIM115
    with open(f"{prefix}_stats.csv", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if row["Name"] != "Aggregated"]


def show(title: str, rows: list[dict[str, str]], seconds: int) -> dict[str, dict[str, float]]:
    print(f"\n  {title}")
    print(f"    {'request kind':38} {'count':>7} {'per s':>7} {'p50':>6} {'p95':>6} {'p99':>6} "
          f"{'max':>6} {'errors':>6}   (ms)")
    found = {}
    for row in sorted(rows, key=lambda r: r["Name"]):
        count = int(row["Request Count"])
        figures = {"count": count, "rate": count / seconds, "p50": float(row["50%"]),
                   "p95": float(row["95%"]), "p99": float(row["99%"]),
                   "max": float(row["Max Response Time"]), "errors": int(row["Failure Count"])}
        found[row["Name"]] = figures
        print(f"    {row['Name']:38} {count:7d} {figures['rate']:7.1f} {figures['p50']:6.0f} "
              f"{figures['p95']:6.0f} {figures['p99']:6.0f} {figures['max']:6.0f} "
              f"{figures['errors']:6d}")
    return found


def bench_backend(backend: str, args: argparse.Namespace, work: Path) -> dict[str, object]:
    server_cores, load_cores, workers = split_cores(args.workers)
    cluster = None
    database_url = ""
    try:
        if backend == "postgres":
            bindir = _pg_bin()
            if bindir is None:
                raise SystemExit("PostgreSQL binaries not found (initdb, pg_ctl, postgres in "
                                 "/usr/local/bin, /usr/lib/postgresql/*/bin or PATH; or set PG_BIN)")
            cluster = PgCluster(bindir)
            cluster.start()
            pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
            if _has_taskset():
                subprocess.run(["taskset", "-a", "-cp", ",".join(map(str, server_cores)), str(pid)],
                               check=True, capture_output=True)
            database_url = cluster.new_database()
        data = work / backend / "data"
        engine = inprocess.engine_for(data, database_url)
        world = seed(engine, args.teams, args.laptops, args.scale, args.photo_laptops, args.aides)
        engine.dispose()
        world_file = work / backend / "world.json"
        world_file.write_text(json.dumps(world))
        proc, url = start_server(data, database_url, workers, server_cores)
        try:
            watched = [proc.pid] + ([pid] if cluster else [])
            print(f"\n== {backend}: serve --workers {workers} on cores {server_cores}"
                  f"{' with PostgreSQL' if cluster else ''}; Locust on cores {load_cores}; "
                  f"{len(world['laptops'])} laptops, a no-op sync each every {args.every:g} s",
                  flush=True)
            env = {"BENCH_SYNC_EVERY": str(args.every), "BENCH_FLOOR_USERS": str(args.floor_users)}
            results: dict[str, object] = {"workers": workers}
            out = work / backend
            # The cost of a request to the server, CPU-seconds over requests, at a light load.
            light = min(20, len(world["laptops"]))
            for name, classes, users in (("floor", ["Floor"], args.floor_users),
                                         ("noop", ["NoopLaptop"], light)):
                before = tree_cpu(watched)
                rows = run_locust(url, world_file, classes, users, args.seconds, load_cores,
                                  out / f"cost-{name}", env | {"BENCH_FLOOR_USERS": str(users)})
                spent = tree_cpu(watched) - before
                key = "floor: /health" if name == "floor" else "no-op sync (push+pull)"
                count = sum(int(r["Request Count"]) for r in rows if r["Name"] == key)
                results[f"cpu_ms_{name}"] = 1000 * spent / max(count, 1)
            print(f"\n  server CPU per request, light load ({light} laptops; server and database "
                  f"processes): /health {results['cpu_ms_floor']:.2f} ms, no-op sync "
                  f"{results['cpu_ms_noop']:.2f} ms = {results['cpu_ms_noop'] / results['cpu_ms_floor']:.1f}x"
                  f" the floor ({results['cpu_ms_noop'] / 2 / results['cpu_ms_floor']:.1f}x per request: "
                  f"a no-op sync is two)")
            everyone = len(world["laptops"]) + args.floor_users
            for scenario, classes, users in (
                    ("noop", ["NoopLaptop", "Floor"], everyone),
                    ("photos", ["NoopLaptop", "PhotoLaptop", "Floor"],
                     everyone + len(world["photo_laptops"])),
                    ("aide", ["NoopLaptop", "AidePull", "Floor"], everyone + len(world["aides"]))):
                (out / scenario).mkdir(parents=True, exist_ok=True)
                rows = run_locust(url, world_file, classes, users, args.seconds, load_cores,
                                  out / scenario, env)
                titles = {"noop": "everyone's no-op sync at once",
                          "photos": f"the same, while {len(world['photo_laptops'])} laptops make a first "
                                    f"sync with {os.environ.get('BENCH_PHOTOS', '5')} photos each",
                          "aide": f"the same, while {len(world['aides'])} aides pull their whole team"}
                results[scenario] = show(titles[scenario], rows, args.seconds)
                sync = results[scenario].get("no-op sync (push+pull)")  # type: ignore[union-attr]
                if sync:
                    print(f"    => {sync['rate']:.0f} no-op syncs/s")
            return results
        finally:
            proc.terminate()
            proc.wait(30)
    finally:
        if cluster is not None:
            cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", nargs="+", default=["postgres", "sqlite"])
    parser.add_argument("--laptops", type=int, default=300)
    parser.add_argument("--teams", type=int, default=10)
    parser.add_argument("--scale", type=float, default=1.0, help="times the team sizes 30-300")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--every", type=float, default=1.0, help="seconds between a laptop's syncs")
    parser.add_argument("--workers", type=int, default=None, help="default: one per server core")
    parser.add_argument("--photo-laptops", type=int, default=3)
    parser.add_argument("--aides", type=int, default=3)
    parser.add_argument("--floor-users", type=int, default=10)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, this process may use {sorted(os.sched_getaffinity(0))}; "
          f"load {os.getloadavg()[0]:.1f} (other work on the machine shares the cores)")
    summary = {}
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        for backend in args.backends:
            summary[backend] = bench_backend(backend, args, Path(tmp))
    print("\n== goals")
    for backend, found in summary.items():
        noop = found["noop"].get("no-op sync (push+pull)", {})  # type: ignore[union-attr]
        ratio = found["cpu_ms_noop"] / found["cpu_ms_floor"]  # type: ignore[operator]
        print(f"  {backend}: no-op sync costs {ratio:.1f}x the floor in server CPU (goal <= 3x); "
              f"{args.laptops} laptops of {args.teams} teams, {found['workers']} worker(s): "
              f"no-op p95 {noop.get('p95', float('nan')):.0f} ms (goal < 200), "
              f"{noop.get('errors', 0)} errors (goal 0)")


if __name__ == "__main__":
    main()
