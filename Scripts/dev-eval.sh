#!/usr/bin/env bash
# Grade a build of beleg on the development questions (Tests/DevQuestions/train.jsonl and dev.jsonl, whichever
# exist) and print one summary line per file, as ../shared/eval/run-all.sh does for the public sets.
# Usage (from the project root): Scripts/dev-eval.sh [COMMAND]   (default: .build/release/beleg)
# VERBOSE=1 Scripts/dev-eval.sh lists each failure too. `make dev-eval` builds, writes the XGLUE corpus first.
set -u
cd "$(dirname "$0")/.."
cmd=${1:-.build/release/beleg}
grader=../shared/eval/grade.py
status=0 found=0
for file in Tests/DevQuestions/train.jsonl Tests/DevQuestions/dev.jsonl; do
  [ -f "$file" ] || { printf '%-16s not present\n' "$(basename "$file" .jsonl)"; continue; }
  found=1
  out=$(python3 "$grader" "$file" --cmd "$cmd" ${VERBOSE:+--verbose} 2>&1) || status=1
  [ -n "${VERBOSE:-}" ] && printf '%s\n' "$out" | grep -E '^(PASS|FAIL|     )'
  printf '%-16s %s | %s\n' "$(basename "$file" .jsonl)" "$(printf '%s\n' "$out" | tail -1)" "$(printf '%s\n' "$out" | grep -E '^answers' | head -1)"
done
[ "$found" = 1 ] || echo "no development questions in Tests/DevQuestions" >&2
exit "$status"
