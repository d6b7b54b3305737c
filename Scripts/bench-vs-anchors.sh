#!/usr/bin/env bash
# Beleg beside tantivy-py, SQLite FTS5 and bm25s (Scripts/bench_vs_anchors.py): builds beleg-bench (release), puts the
# anchors into a virtual environment under .build/ (pinned in Scripts/bench-anchors-requirements.txt) and runs.
# Usage (from the project root, or `make bench-vs-anchors`): Scripts/bench-vs-anchors.sh
#   RUNS=3 (median of RUNS)   SIZES="S L" (S only: quick)   MAX_QUESTIONS=N (first N questions only)
#   QUICK=1 is RUNS=1 SIZES=S.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${QUICK:-}" ]; then RUNS=${RUNS:-1}; SIZES=${SIZES:-S}; fi
RUNS=${RUNS:-3}
SIZES=${SIZES:-S L}
[ -f ../shared/data/bench-s/articles.jsonl ] || { echo "bench-vs-anchors: ../shared/data/bench-s is missing" >&2; exit 1; }
swift build -c release --product beleg-bench
venv=.build/anchors-venv
if ! "$venv/bin/python" -c 'import tantivy, bm25s, Stemmer' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r Scripts/bench-anchors-requirements.txt
fi
# shellcheck disable=SC2086
exec "$venv/bin/python" Scripts/bench_vs_anchors.py --python "$venv/bin/python" --runs "$RUNS" --sizes $SIZES \
  ${MAX_QUESTIONS:+--max-questions "$MAX_QUESTIONS"}
