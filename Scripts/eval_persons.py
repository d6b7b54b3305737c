#!/usr/bin/env python3
"""Score Beleg's person facts against the GermEval 2014 NER PER spans.

Usage (from the project root):
    python3 Scripts/eval_persons.py [--cmd .build/release/beleg] [--split test|dev] [--limit N] [--verbose]

Every sentence becomes one JSONL document (tokens joined by single spaces); one
`beleg --export-facts` run over a temporary file; the `name` spans of the `person` facts are compared
to the gold PER spans. Writes nothing into the repository.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beleg_export import export_facts, prf  # noqa: E402
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "germeval2014-ner"))

RULE = """\
Matching rule. Gold: the PER entities of the outer tag column (column 3) of GermEval 2014 NER:
a B-PER token followed by its I-PER tokens; PERderiv, PERpart and the inner (nested) column are not
counted. Each sentence is one document (id `s<n>`, no title, no date) whose text is its tokens
joined by single spaces, so a gold span runs from the first character of its first token to the last
character of its last token (Unicode scalars). Predictions: the `name` span
[char_start, char_end) of every `person` fact, each distinct span once per sentence. Exact: a
prediction is correct when a gold span has the same start and end (one-to-one). Partial: a prediction
and a gold span that share at least one character match, greedily one-to-one by overlap size (ties:
earlier gold, then earlier prediction). P = matched / predictions, R = matched / gold,
F1 = 2PR/(P+R). No title, date or other context is given, and organisations, places and pronouns are
not predictions."""


def read_sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        sent.append((cols[1], cols[2]))
    if sent:
        yield sent


def build(sent):
    text, spans, pos = [], [], 0
    gold, cur = [], None
    for tok, tag in sent:
        start = pos
        text.append(tok)
        pos += len(tok) + 1
        end = start + len(tok)
        if tag == "B-PER":
            cur = [start, end]
            gold.append(cur)
        elif tag == "I-PER" and cur is not None:
            cur[1] = end
        else:
            cur = None
    return " ".join(text), [tuple(g) for g in gold]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", default=".build/release/beleg")
    ap.add_argument("--split", choices=["test", "dev"], default="test")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = ap.parse_args()

    docs = {}
    for i, sent in enumerate(read_sentences(os.path.join(args.data, args.split + ".tsv")), 1):
        if args.limit and i > args.limit:
            break
        text, gold = build(sent)
        if unicodedata.normalize("NFC", text) != text or any(c in text for c in "\r\u00ad\u00a0\ufeff"):
            sys.exit("sentence %d would be changed by Beleg's text normalisation; offsets would not map" % i)
        docs["s%d" % i] = (text, gold)

    facts = export_facts(args.cmd, [{"id": did, "title": None, "date": None, "lang": "de", "text": text}
                                    for did, (text, _) in docs.items()])

    preds = {d: set() for d in docs}
    for x in facts:
        if x.get("kind") != "person" or x.get("doc") not in docs or not x.get("name"):
            continue
        n = x["name"]
        if docs[x["doc"]][0][n["char_start"]:n["char_end"]] != n["text"]:
            sys.exit("offset mismatch in %s: %r" % (x["doc"], n))
        preds[x["doc"]].add((n["char_start"], n["char_end"]))

    n_gold = sum(len(g) for _, g in docs.values())
    n_pred = sum(len(p) for p in preds.values())
    exact = partial = 0
    for did, (text, gold) in docs.items():
        pd = sorted(preds[did])
        exact += len(set(gold) & set(pd))
        pairs = []
        for gi, (gs, ge) in enumerate(gold):
            for pi, (ps, pe) in enumerate(pd):
                ov = min(ge, pe) - max(gs, ps)
                if ov > 0:
                    pairs.append((-ov, gs, ps, gi, pi))
        pairs.sort()
        gm, pm = {}, {}
        for _, _, _, gi, pi in pairs:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        partial += len(gm)
        if args.verbose:
            for g in gold:
                if g not in pd:
                    print("MISS %s %r  | %s" % (did, text[g[0]:g[1]], text))
            for p in pd:
                if p not in gold:
                    print("FP   %s %r  | %s" % (did, text[p[0]:p[1]], text))

    print("GermEval 2014 NER %s: %d sentences, %d gold PER spans, %d predicted person names"
          % (args.split, len(docs), n_gold, n_pred))
    print("exact    P=%.3f R=%.3f F1=%.3f  (%d exact spans)" % (prf(exact, n_pred, n_gold) + (exact,)))
    print("partial  P=%.3f R=%.3f F1=%.3f  (%d overlapping pairs)" % (prf(partial, n_pred, n_gold) + (partial,)))
    print()
    print(RULE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
