"""Shared by the evaluation scripts: run Beleg's fact export over a list of articles."""
import json
import os
import subprocess
import sys
import tempfile


def prf(tp, n_pred, n_gold):
    """Precision, recall and F1 from true positives and the numbers of predictions and gold items."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def export_facts(cmd, articles):
    """Writes `articles` (dicts with id, title, date, lang, text) as one JSONL corpus, runs
    `cmd --no-default-corpus --corpus FILE --export-facts` and returns the exported facts (dicts).
    Exits with a message when Beleg fails."""
    tmp = tempfile.mkdtemp(prefix="beleg-eval-")
    corpus = os.path.join(tmp, "articles.jsonl")
    try:
        with open(corpus, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        proc = subprocess.run([cmd, "--no-default-corpus", "--corpus", corpus, "--export-facts"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        if os.path.exists(corpus):
            os.remove(corpus)
        os.rmdir(tmp)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit("beleg failed with exit status %d" % proc.returncode)
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr[:2000])
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
