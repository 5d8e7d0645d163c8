"""Time ``newsmodel convert`` in batch with --jobs 1 and --jobs 2, and measure its peak memory.

For each size (1,000 and 10,000 articles by default) the script generates that many articles
(a fixed seed; 2 sections of 6 paragraphs, a byline, keywords: about 3 KB of JSON each) into one
JSON Lines file, then runs, each in a fresh Python process:

* ``convert batch.jsonl --to json -o folder/`` (JSON Lines to a folder of JSON files);
* ``convert folder/ --to jsonl -o all.jsonl`` (a folder to one JSON Lines file);

with ``--jobs 1`` and ``--jobs 2``. It prints the wall time of each run, the ratio of the
``--jobs 1`` time to the ``--jobs 2`` time (above 1.00 means two jobs are faster), the CPU time
of each run (user and system, of the command and its workers: on a machine that other work keeps
busy, the wall times show the share of the CPUs the run got rather than the speed-up), and the
peak resident set size: of the command's own process (``VmHWM`` of ``/proc/self/status`` on Linux,
else ``resource.getrusage(RUSAGE_SELF).ru_maxrss``, which would also count the peak of the forked
parent before ``exec``) and of its largest worker process (``RUSAGE_CHILDREN``: the largest child
waited for), both read in the fresh process after the run, so no run sees another's memory. The
articles are generated in a process of their own too, so that this script stays small.

Run: ``python benchmarks/bench_batch.py [--sizes 1000 10000] [--dir DIR]``; ``--dir`` chooses
where the files go (default: the system's temporary folder; ``/dev/shm`` measures the work without
the disk). Linux: ru_maxrss is in KiB.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import newsmodel
from newsmodel import Article, Paragraph, Person, Section

_RUN = """
import json, resource, sys, time
from newsmodel.cli import main
start = time.perf_counter()
code = main(sys.argv[1:])
seconds = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:  # VmHWM starts afresh at exec; ru_maxrss keeps the forked parent's peak
    with open("/proc/self/status") as status:
        own = next(int(x.split()[1]) for x in status if x.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
cpu = sum(
    usage.ru_utime + usage.ru_stime
    for usage in (resource.getrusage(resource.RUSAGE_SELF),
                  resource.getrusage(resource.RUSAGE_CHILDREN))
)
print(json.dumps({"code": code, "seconds": seconds, "own_kib": own, "worker_kib": workers,
                  "cpu": cpu}))
"""

_WORDS = [
    "council",
    "vote",
    "harbour",
    "ferry",
    "storm",
    "minister",
    "said",
    "on",
    "Tuesday",
    "residents",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "plan",
    "budget",
    "school",
    "river",
    "bridge",
    "police",
    "report",
    "agreed",
    "after",
    "weeks",
    "talks",
    "new",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def _article(rng: random.Random, number: int) -> Article:
    sections = tuple(
        Section(
            heading=None if s == 0 else f"Part {s + 1}",
            blocks=tuple(
                Paragraph(text=" ".join(_sentence(rng) for _ in range(2))) for _ in range(6)
            ),
        )
        for s in range(2)
    )
    return Article(
        headline=f"Story {number}: {_sentence(rng)[:60]}",
        language="en",
        bylines=(Person(name=f"Reporter {number % 37}"),),
        keywords=tuple(rng.sample(_WORDS, 3)),
        sections=sections,
    )


def _generate(path: Path, count: int) -> None:
    rng = random.Random(20261127)
    with path.open("wb") as out:
        for number in range(count):
            out.write(newsmodel.dumps(_article(rng, number), format="jsonl").encode("utf-8"))


def _run(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args], capture_output=True, check=False, text=True
    )
    if not done.stdout.strip():
        raise SystemExit(f"the run failed: {args}\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise SystemExit(f"newsmodel convert exited {result['code']}: {args}\n{done.stderr}")
    return result


def _measure(
    size: int, jobs: tuple[int, ...], where: str | None
) -> dict[str, dict[int, dict[str, float]]]:
    results: dict[str, dict[int, dict[str, float]]] = {"jsonl->folder": {}, "folder->jsonl": {}}
    with tempfile.TemporaryDirectory(dir=where) as temporary:
        root = Path(temporary)
        batch = root / "batch.jsonl"
        subprocess.run([sys.executable, __file__, "--generate", str(batch), str(size)], check=True)
        for n in jobs:
            folder = root / f"folder-{n}"
            results["jsonl->folder"][n] = _run(
                "convert", str(batch), "--to", "json", "-o", f"{folder}/", "--jobs", str(n)
            )
            stream = root / f"all-{n}.jsonl"
            results["folder->jsonl"][n] = _run(
                "convert", str(folder), "--to", "jsonl", "-o", str(stream), "--jobs", str(n)
            )
            if n == jobs[0]:
                first = stream
            elif stream.read_bytes() != first.read_bytes():
                raise SystemExit("--jobs 1 and --jobs 2 wrote different JSON Lines")
    return results


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--dir", help="where to write the files (default: a temporary folder)")
    parser.add_argument("--generate", nargs=2, metavar=("PATH", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        _generate(Path(args.generate[0]), int(args.generate[1]))
        return
    print(f"files in {args.dir or tempfile.gettempdir()}; {os.cpu_count()} CPUs")
    jobs = (1, 2)
    peaks: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        results = _measure(size, jobs, args.dir)
        print(f"{size} articles:")
        for name, runs in results.items():
            one, two = runs[1]["seconds"], runs[2]["seconds"]
            print(
                f"  {name:14} --jobs 1 {one:7.2f} s   --jobs 2 {two:7.2f} s   "
                f"ratio jobs1/jobs2 {one / two:5.2f}x   (CPU time: {runs[1]['cpu']:.2f} s and "
                f"{runs[2]['cpu']:.2f} s)"
            )
            for n in jobs:
                print(
                    f"  {'':14} --jobs {n} peak RSS: command {runs[n]['own_kib'] / 1024:6.1f} MiB, "
                    f"largest worker {runs[n]['worker_kib'] / 1024:6.1f} MiB"
                )
        peaks[size] = {
            "command": max(run["own_kib"] for runs in results.values() for run in runs.values()),
            "worker": max(run["worker_kib"] for runs in results.values() for run in runs.values()),
        }
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        for kind in ("command", "worker"):
            ratio = peaks[large][kind] / peaks[small][kind]
            print(
                f"peak RSS of the {kind} at {large} / at {small} articles: {ratio:.3f} "
                f"({peaks[large][kind] / 1024:.1f} MiB / {peaks[small][kind] / 1024:.1f} MiB)"
            )


if __name__ == "__main__":
    main()
