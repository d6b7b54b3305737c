#!/usr/bin/env python3
"""Score Beleg's TIMEX facts against the WikiWarsDE TIMEX2 gold standard.

Usage (from the project root):
    python3 Scripts/eval_time.py [--cmd .build/release/beleg] [--limit N] [--data DIR] [--verbose]

Each of the 22 documents becomes one JSONL article (the <TEXT> body with SGML tags removed, date = the
document creation time); one `beleg --export-facts` run over a temporary file; the `timex` facts are
compared to the gold TIMEX2 mentions. Writes nothing into the repository.
"""
import argparse
import glob
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beleg_export import export_facts, prf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "wikiwarsde", "WikiWarsDE_20110412"))
TAG = re.compile(r"<[^>]*>")

RULE = """\
Matching rule. Gold: the TIMEX2 mentions of key/*.key.apf.xml (value: the last VAL attribute, as 200
elements repeat VAL with the anchor value first; UTF-8 byte offsets into the document
with all SGML tags removed, END inclusive), without the document-creation-time mention in the header.
Each document is given to Beleg as one article whose text is the <TEXT> body with tags removed
(so gold offsets are shifted by the body's start; the exported `text` of every fact is checked
against the same slice) and whose date is the <DATETIME> day (2011-02-16; the CLI resolves in news
mode, there is no narrative mode on the command line). Predictions: every `timex` fact, its
`expression` span as [start, end) UTF-8 bytes. Strict: a prediction is correct when a gold mention has
exactly the same byte span (one-to-one). Relaxed: prediction and gold overlap by at least one byte;
pairs taken greedily one-to-one by overlap size (ties: earlier gold, then earlier prediction).
P = matched / predictions, R = matched / gold. Value accuracy: over the relaxed pairs whose gold has a
VAL, the share whose predicted value equals the gold VAL after normalisation: upper-case, surrounding
space removed, TIMEX3 negative years `-0499...` written TIMEX2-style `BC0499...`, a TIMEX3 `mod`
is ignored (TIMEX2 keeps it in a separate attribute too), and otherwise exact string equality (so
`1939-09` != `1939-09-01`, `P2W` must be `P2W`, centuries `19` must be `19`). Pairs whose gold
has no VAL are not counted; a missing predicted value never equals a gold VAL."""


def norm_value(v):
    if v is None:
        return None
    v = v.strip().upper()
    m = re.match(r"^-(\d{4})(.*)$", v)
    if m:
        v = "BC" + m.group(1) + m.group(2)
    return v or None


def load_doc(sgm, key):
    raw = open(sgm, encoding="utf-8").read()
    docid = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", raw).group(1)
    dct = re.search(r"<DATETIME>\s*(\d{4}-\d{2}-\d{2})", raw).group(1)
    i = raw.index("<TEXT>") + len("<TEXT>")
    j = raw.index("</TEXT>")
    full = TAG.sub("", raw).encode("utf-8")
    base = len(TAG.sub("", raw[:i]).encode("utf-8"))
    body = TAG.sub("", raw[i:j])
    body_b = body.encode("utf-8")
    assert full[base:base + len(body_b)] == body_b
    gold = []
    # Not parsed as XML: 200 elements repeat the VAL attribute (the first copy is the TIMEX2
    # anchor_val, the last one the value, as keyinline/ shows), which XML parsers reject.
    apf = open(key, encoding="utf-8").read()
    for m in re.finditer(r"<timex2 ([^>]*)>(.*?)</timex2>", apf, re.S):
        vals = re.findall(r'VAL="([^"]*)"', m.group(1))
        val = html.unescape(vals[-1]) if vals else None
        for cs in re.finditer(r'<charseq START="(\d+)" END="(\d+)">(.*?)</charseq>', m.group(2), re.S):
            s, e, ctext = int(cs.group(1)), int(cs.group(2)) + 1, html.unescape(cs.group(3))
            if full[s:e].decode("utf-8") != ctext:
                sys.exit("gold offset mismatch in %s: %r" % (docid, ctext))
            if s < base:
                continue  # document creation time in the header
            gold.append({"start": s - base, "end": e - base, "text": ctext, "val": val})
    return docid, dct, body, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", default=".build/release/beleg")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true", help="list misses, false positives and wrong values")
    args = ap.parse_args()

    sgms = sorted(glob.glob(os.path.join(args.data, "in", "*.sgm")))
    if args.limit:
        sgms = sgms[:args.limit]
    docs = {}
    for sgm in sgms:
        name = os.path.basename(sgm)[:-len(".sgm")]
        docid, dct, body, gold = load_doc(sgm, os.path.join(args.data, "key", name + ".key.apf.xml"))
        docs[docid] = (dct, body, gold)

    facts = export_facts(args.cmd, [{"id": docid, "title": None, "date": dct, "lang": "de", "text": body}
                                    for docid, (dct, body, _) in docs.items()])

    preds = {d: [] for d in docs}
    for x in facts:
        if x.get("kind") != "timex" or x.get("doc") not in docs:
            continue
        e = x["expression"]
        body_b = docs[x["doc"]][1].encode("utf-8")
        if body_b[e["start"]:e["end"]].decode("utf-8", "replace") != e["text"]:
            sys.exit("prediction offset mismatch in %s: %r" % (x["doc"], e))
        preds[x["doc"]].append({"start": e["start"], "end": e["end"], "text": e["text"],
                                "value": x.get("value"), "type": x.get("type")})

    n_gold = sum(len(g) for _, _, g in docs.values())
    n_pred = sum(len(p) for p in preds.values())
    strict = relaxed = 0
    with_val = val_ok = 0
    for docid, (_, _, gold) in docs.items():
        pd = preds[docid]
        spans = {(g["start"], g["end"]) for g in gold}
        used = set()
        for p in pd:
            k = (p["start"], p["end"])
            if k in spans and k not in used:
                used.add(k)
                strict += 1
        pairs = []
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pd):
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov > 0:
                    pairs.append((-ov, g["start"], p["start"], gi, pi))
        pairs.sort()
        gm, pm = {}, {}
        for _, _, _, gi, pi in pairs:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        relaxed += len(gm)
        for gi, pi in gm.items():
            g, p = gold[gi], pd[pi]
            if norm_value(g["val"]) is None:
                continue
            with_val += 1
            ok = norm_value(g["val"]) == norm_value(p["value"])
            val_ok += ok
            if args.verbose and not ok:
                print("VALUE %s %r gold=%s pred=%r as %r" % (docid, g["text"], g["val"], p["value"], p["text"]))
        if args.verbose:
            for gi, g in enumerate(gold):
                if gi not in gm:
                    print("MISS  %s %r %s" % (docid, g["text"], g["val"]))
            for pi, p in enumerate(pd):
                if pi not in pm:
                    print("FP    %s %r %s" % (docid, p["text"], p["value"]))

    print("WikiWarsDE: %d documents, %d gold TIMEX2, %d predicted timex" % (len(docs), n_gold, n_pred))
    print("strict   P=%.3f R=%.3f F1=%.3f  (%d exact spans)" % (prf(strict, n_pred, n_gold) + (strict,)))
    print("relaxed  P=%.3f R=%.3f F1=%.3f  (%d overlapping pairs)" % (prf(relaxed, n_pred, n_gold) + (relaxed,)))
    print("value    accuracy=%.3f  (%d of %d relaxed pairs with a gold VAL)"
          % (val_ok / with_val if with_val else 0.0, val_ok, with_val))
    print()
    print(RULE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
