#!/usr/bin/env python3
"""Beleg beside tantivy-py, SQLite FTS5 and bm25s on corpora S and L: build MB/s, query p50/p99, peak RSS.

Run by `make bench-vs-anchors` (Scripts/bench-vs-anchors.sh sets up the venv and the release build).
Usage: bench_vs_anchors.py --python VENV_PYTHON [--runs 3] [--sizes S L] [--max-questions N]

In each run, for each size, Beleg (`beleg-bench --json`) and the three anchors (Scripts/bench_anchors.py, one process
each) run one after the other, pinned to CPU 0 with `taskset -c 0`; the engine order rotates from run to run. After all
pinned runs, Beleg runs again on both cores (no taskset) for each size. Figures are medians over the runs.
S is ../shared/data/bench-s/articles.jsonl; L is S ten times with ids prefixed c0/ … c9/, written to .build/bench/tmp-L
and deleted at the end. The anchors index Beleg's own sentences of S (exported once by `beleg-bench --export-sentences`,
not timed), so every engine indexes the same units. Questions: ../shared/eval/xquad-de.jsonl and the MLQA-de dev set.
Results: a table on standard output, all raw figures in .build/bench/bench-vs-anchors.json.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SHARED = os.path.join(ROOT, "..", "shared")
S = os.path.join(SHARED, "data", "bench-s", "articles.jsonl")
QUESTIONS = [os.path.join(SHARED, "eval", "xquad-de.jsonl"), os.path.join(SHARED, "data", "mlqa-de", "mlqa.dev.de-de.json")]
WORK = os.path.join(ROOT, ".build", "bench")
BENCH = os.path.join(ROOT, ".build", "release", "beleg-bench")
ANCHORS = ["tantivy", "fts5", "bm25s"]


def rel(path):
    return os.path.relpath(path, ROOT)


def make_l(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(S, encoding="utf-8") as f:
        articles = [json.loads(l) for l in f if l.strip()]
    with open(path, "w", encoding="utf-8") as out:
        for k in range(10):
            for a in articles:
                out.write(json.dumps(dict(a, id=f"c{k}/{a['id']}"), ensure_ascii=False) + "\n")


def run_json(cmd):
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return json.loads(done.stdout)


def beleg(corpus, pinned, max_questions):
    cmd = (["taskset", "-c", "0"] if pinned else []) + [BENCH, "--json", corpus]
    for q in QUESTIONS:
        cmd += ["--questions", q]
    if max_questions is not None:
        cmd += ["--max-questions", str(max_questions)]
    c = run_json(cmd)["corpora"][0]
    stage = {s["stage"]: s for s in c["stages"]}
    total = c["latency_us"]["total"]
    return {"build_mb_s": stage["build"]["mb_per_s"], "index_mb_s": stage["index"]["mb_per_s"],
            "p50_us": total["p50"], "p99_us": total["p99"], "peak_rss_mb": c["peak_rss_bytes"] / 1e6,
            "answered": c["answered"], "questions": c["questions"]}


def anchor(python, engine, sentences, copies, max_questions):
    cmd = ["taskset", "-c", "0", python, os.path.join(ROOT, "Scripts", "bench_anchors.py"), engine,
           "--sentences", sentences, "--articles", S, "--copies", str(copies), "--questions", *QUESTIONS]
    if max_questions is not None:
        cmd += ["--max-questions", str(max_questions)]
    r = run_json(cmd)
    return {"build_mb_s": r["build_mb_s"], "p50_us": r["p50_us"], "p99_us": r["p99_us"], "peak_rss_mb": r["peak_rss_bytes"] / 1e6}


def median(rows, key):
    values = [r[key] for r in rows if key in r]
    return statistics.median(values) if values else None


def fmt(v, digits=1):
    return "-" if v is None else f"{v:.{digits}f}"


def report(results, sizes, runs):
    keys = ["build_mb_s", "index_mb_s", "p50_us", "p99_us", "peak_rss_mb"]
    med = {name: {k: median(rows, k) for k in keys} for name, rows in results.items()}
    print(f"\nmedian of {runs} run(s); 1 core = taskset -c 0; MB = 10^6 bytes of article text; latency = question → answer "
          f"(Beleg) or → top 50 sentences (anchors)")
    print(f"{'size':5}{'engine':17}{'build MB/s':>11}{'index MB/s':>11}{'p50 µs':>10}{'p99 µs':>10}{'peak RSS MB':>13}")
    for size in sizes:
        for name in [f"beleg-1core-{size}", f"beleg-2cores-{size}"] + [f"{a}-{size}" for a in ANCHORS]:
            if name not in med:
                continue
            m = med[name]
            label = name[:-len(size) - 1].replace("beleg-1core", "Beleg, 1 core").replace("beleg-2cores", "Beleg, 2 cores")
            print(f"{size:5}{label:17}{fmt(m['build_mb_s'], 2):>11}{fmt(m['index_mb_s'], 2):>11}{fmt(m['p50_us']):>10}"
                  f"{fmt(m['p99_us']):>10}{fmt(m['peak_rss_mb']):>13}")
    print("\nBeleg (1 core) / anchor: build = Beleg's full build MB/s ÷ anchor's build MB/s (>1: Beleg faster); "
          "index = Beleg's index stage alone ÷ anchor; p50, p99, RSS = Beleg ÷ anchor (<1: Beleg better)")
    print(f"{'size':5}{'anchor':10}{'build':>8}{'index':>8}{'p50':>8}{'p99':>8}{'RSS':>8}")
    for size in sizes:
        b = med.get(f"beleg-1core-{size}")
        for a in ANCHORS:
            m = med.get(f"{a}-{size}")
            if not b or not m:
                continue
            ratio = lambda x, y: None if x is None or not y else x / y
            print(f"{size:5}{a:10}{fmt(ratio(b['build_mb_s'], m['build_mb_s']), 2):>8}{fmt(ratio(b['index_mb_s'], m['build_mb_s']), 2):>8}"
                  f"{fmt(ratio(b['p50_us'], m['p50_us']), 2):>8}{fmt(ratio(b['p99_us'], m['p99_us']), 2):>8}"
                  f"{fmt(ratio(b['peak_rss_mb'], m['peak_rss_mb']), 2):>8}")
    return med


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", required=True, help="the virtual environment's python (anchors)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", nargs="+", default=["S", "L"], choices=["S", "L"])
    ap.add_argument("--max-questions", type=int)
    args = ap.parse_args()
    if not shutil.which("taskset"):
        sys.exit("taskset not found (util-linux)")

    os.makedirs(WORK, exist_ok=True)
    sentences = os.path.join(WORK, "beleg-sentences-s.jsonl")
    subprocess.run([BENCH, "--max-questions", "0", "--json", "--export-sentences", sentences, S], cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    l_path = os.path.join(WORK, "tmp-L", "articles.jsonl")
    corpora = {"S": (S, 1)}
    if "L" in args.sizes:
        make_l(l_path)
        corpora["L"] = (l_path, 10)
    load_start = os.getloadavg()
    results = {}
    try:
        for run in range(args.runs):
            for size in args.sizes:
                corpus, copies = corpora[size]
                engines = ["beleg"] + ANCHORS
                engines = engines[run % len(engines):] + engines[:run % len(engines)]
                for engine in engines:
                    print(f"run {run + 1}/{args.runs} {size} {engine} (1 core)", file=sys.stderr, flush=True)
                    if engine == "beleg":
                        results.setdefault(f"beleg-1core-{size}", []).append(beleg(corpus, True, args.max_questions))
                    else:
                        results.setdefault(f"{engine}-{size}", []).append(anchor(args.python, engine, sentences, copies, args.max_questions))
        for run in range(args.runs):
            for size in args.sizes:
                print(f"run {run + 1}/{args.runs} {size} beleg (2 cores)", file=sys.stderr, flush=True)
                results.setdefault(f"beleg-2cores-{size}", []).append(beleg(corpora[size][0], False, args.max_questions))
    finally:
        shutil.rmtree(os.path.dirname(l_path), ignore_errors=True)
    load_end = os.getloadavg()
    med = report(results, args.sizes, args.runs)
    print(f"\nload average (1 min) at start {load_start[0]:.2f}, at end {load_end[0]:.2f} on {os.cpu_count()} cores: "
          "other work on the machine shows up as noise")
    out = os.path.join(WORK, "bench-vs-anchors.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"runs": args.runs, "sizes": args.sizes, "raw": results, "median": med,
                   "load_average": [load_start, load_end]}, f, indent=1)
    print(f"raw figures: {rel(out)}")


if __name__ == "__main__":
    main()
