"""Measure the peak memory of ``newsmodel.load_all`` over JSON Lines files of 1,000 and 100,000
lines: streaming keeps it flat, so the two peaks should be within 10% of each other.

The script writes one JSON Lines file per size (default: 1,000 and 100,000 lines) into a
temporary folder, from the realistic articles of ``bench_json.make_article`` (three sections of
eight paragraphs, half of them with a quote and its speaker, a figure, a block quote, a list, a
dateline, a byline, subjects, a note: about 12 KB of JSON each). 1,000 distinct articles are
generated (a fixed seed) and repeated, each line with its own id, so every line is a different
article. The files are written by a process of their own, so that this script stays small.

Then, for each file, a fresh Python process iterates ``newsmodel.load_all(path)`` to the end,
counting the articles, and reports its own peak resident set size:
``resource.getrusage(RUSAGE_SELF).ru_maxrss`` and, on Linux, ``VmHWM`` of
``/proc/self/status`` (which starts afresh at ``exec``, where ``ru_maxrss`` keeps the peak of the
process before it). A first process that only imports newsmodel shows the fixed cost.
The script prints each peak and the ratio of the largest file's peak to the smallest's.

Run: ``python benchmarks/bench_stream.py [--sizes 1000 100000] [--dir DIR]``; ``--dir`` chooses
where the files go (default: the system's temporary folder). The 100,000-line file is about
1.2 GB and takes a minute or two to read.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_GENERATE = """
import random, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import newsmodel
from bench_json import make_article

rng = random.Random(13)
lines = [newsmodel.dumps(make_article(rng, n), format="jsonl") for n in range(1000)]
for target in sys.argv[2:]:
    path, count = target.rsplit(":", 1)
    with open(path, "w", encoding="utf-8") as out:
        for number in range(int(count)):
            base = number % len(lines)
            out.write(lines[base].replace(
                f'"urn:example:{base}"', f'"urn:example:{number}"', 1))
"""

_MEASURE = """
import json, resource, sys, time
import newsmodel
start = time.perf_counter()
count = 0
if sys.argv[1] != "-":
    for article in newsmodel.load_all(sys.argv[1]):
        count += 1
seconds = time.perf_counter() - start
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.platform == "darwin":  # bytes there, KiB on Linux
    maxrss //= 1024
hwm = None
try:
    with open("/proc/self/status") as status:
        hwm = next(int(x.split()[1]) for x in status if x.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(json.dumps({"articles": count, "seconds": seconds, "maxrss_kib": maxrss, "hwm_kib": hwm}))
"""


def _python(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    return done.stdout


def _mib(kib: int | None) -> str:
    return "-" if kib is None else f"{kib / 1024:.1f}"


def main() -> None:
    """Write the files, measure each in a fresh process, print the peaks and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        paths = {size: Path(folder) / f"feed-{size}.jsonl" for size in sizes}
        benchmarks = str(Path(__file__).resolve().parent)
        _python(_GENERATE, benchmarks, *(f"{paths[size]}:{size}" for size in sizes))
        print(
            f"load_all over JSON Lines, each in a fresh process (Python {sys.version.split()[0]})"
        )
        print(
            f"{'lines':>9} {'file MiB':>9} {'articles':>9} {'seconds':>8} "
            f"{'ru_maxrss MiB':>14} {'VmHWM MiB':>10}"
        )
        base = json.loads(_python(_MEASURE, "-"))
        print(
            f"{'import':>9} {'-':>9} {'-':>9} {'-':>8} "
            f"{_mib(base['maxrss_kib']):>14} {_mib(base['hwm_kib']):>10}"
        )
        results = {}
        for size in sizes:
            result = json.loads(_python(_MEASURE, str(paths[size])))
            if result["articles"] != size:
                raise SystemExit(f"read {result['articles']} articles of {size}")
            results[size] = result
            megabytes = paths[size].stat().st_size / 2**20
            print(
                f"{size:>9,} {megabytes:>9.1f} {size:>9,} {result['seconds']:>8.1f} "
                f"{_mib(result['maxrss_kib']):>14} {_mib(result['hwm_kib']):>10}"
            )
    small, large = results[sizes[0]], results[sizes[-1]]
    ratio = large["maxrss_kib"] / small["maxrss_kib"]
    print(
        f"peak RSS ratio, {sizes[-1]:,} lines / {sizes[0]:,} lines: {ratio:.3f} (ru_maxrss)", end=""
    )
    if small["hwm_kib"] and large["hwm_kib"]:
        print(f", {large['hwm_kib'] / small['hwm_kib']:.3f} (VmHWM)", end="")
    print("; target: within 10% (at most 1.100)")


if __name__ == "__main__":
    main()
