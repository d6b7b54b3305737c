#!/usr/bin/env python3
"""Sentence-boundary agreement of Beleg's splitter with SoMaJo's on bench corpus S.

Usage: python3 Scripts/splitter_agreement.py BELEG_SENTENCES.jsonl [--somajo PATH] [--articles PATH]
                                              [--examples OUT.txt] [--max-examples 30]
BELEG_SENTENCES.jsonl comes from `beleg-bench --max-questions 0 --export-sentences FILE ../shared/data/bench-s/articles.jsonl`
(`make splitter-agreement` runs both). A boundary is the start of every sentence but a document's first, in Unicode
code points after leading white space is skipped. SoMaJo's offsets index the raw text; Beleg's index the text after its
hygiene (soft hyphens and byte-order marks removed, CRLF/CR to LF, no-break spaces to spaces, NFC); the raw offsets are
mapped onto the normalized text first. Prints precision, recall and F1 of Beleg's boundaries against SoMaJo's (a peer,
not a gold standard) and writes up to --max-examples disagreements, with context, for reading.
Python standard library only.
"""
import argparse
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "data", "bench-s")


def normalize_with_map(raw):
    """Beleg's TextHygiene in Python: (normalized text, raw index → normalized index, len(raw)+1 entries)."""
    out, mapping = [], []
    previous_cr = False
    for i, c in enumerate(raw):
        mapping.append(len(out))
        if i == 0 and c == "\ufeff":
            continue
        if c == "\r":
            out.append("\n")
            previous_cr = True
            continue
        if c == "\n" and previous_cr:
            previous_cr = False
            continue
        previous_cr = False
        if c in "\u00ad\ufeff":
            continue
        out.append(" " if c in "\u00a0\u202f\u2007" else c)
    mapping.append(len(out))
    text = "".join(out)
    nfc = unicodedata.normalize("NFC", text)
    return nfc, mapping, nfc == text


def boundaries(text, spans):
    """Sentence starts after the first, moved past white space."""
    out = set()
    for start, _ in spans[1:]:
        while start < len(text) and text[start].isspace():
            start += 1
        out.add(start)
    return out


def context(text, at, width=60):
    left = text[max(0, at - width):at].replace("\n", "⏎")
    right = text[at:at + width].replace("\n", "⏎")
    return f"{left} ‖ {right}"


def read_by_id(path, field):
    """A JSON Lines file as {id: record[field]}."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                out[record["id"]] = record[field]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("beleg")
    ap.add_argument("--somajo", default=os.path.join(SHARED, "somajo-sentences.jsonl"))
    ap.add_argument("--articles", default=os.path.join(SHARED, "articles.jsonl"))
    ap.add_argument("--examples", default=os.path.join(HERE, "..", ".build", "bench", "splitter-disagreements.txt"))
    ap.add_argument("--max-examples", type=int, default=30)
    args = ap.parse_args()

    raw = read_by_id(args.articles, "text")
    somajo = read_by_id(args.somajo, "sentences")

    both = only_beleg = only_somajo = 0
    skipped, misaligned = [], 0
    fp_examples, fn_examples = [], []
    with open(args.beleg, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            doc = d["id"]
            if doc not in raw or doc not in somajo:
                skipped.append(doc)
                continue
            text, mapping, nfc_stable = normalize_with_map(raw[doc])
            if not nfc_stable:
                skipped.append(doc)
                continue
            for (s, e), t in zip(d["sentences"], d["texts"]):
                if text[s:e] != t:
                    misaligned += 1
            b = boundaries(text, [tuple(x) for x in d["sentences"]])
            s = boundaries(text, [(mapping[x], mapping[y]) for x, y in somajo[doc]])
            both += len(b & s)
            only_beleg += len(b - s)
            only_somajo += len(s - b)
            fp_examples += [(doc, at, context(text, at)) for at in sorted(b - s)]
            fn_examples += [(doc, at, context(text, at)) for at in sorted(s - b)]

    precision = both / (both + only_beleg) if both + only_beleg else 0.0
    recall = both / (both + only_somajo) if both + only_somajo else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"boundaries: Beleg {both + only_beleg}, SoMaJo {both + only_somajo}, shared {both}")
    print(f"precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}  (Beleg against SoMaJo)")
    if skipped:
        print(f"skipped {len(skipped)} documents (missing, or text that NFC changes): {', '.join(skipped[:5])}")
    if misaligned:
        print(f"warning: {misaligned} Beleg sentences do not match the normalized text at their offsets", file=sys.stderr)

    rng = random.Random(8)   # a fixed sample, so that reruns show the same examples
    half = args.max_examples // 2
    sample_fp = sorted(rng.sample(fp_examples, min(half, len(fp_examples))))
    sample_fn = sorted(rng.sample(fn_examples, min(args.max_examples - len(sample_fp), len(fn_examples))))
    os.makedirs(os.path.dirname(os.path.abspath(args.examples)), exist_ok=True)
    with open(args.examples, "w", encoding="utf-8") as out:
        out.write(f"# Beleg vs SoMaJo sentence boundaries on S: precision {precision:.4f}, recall {recall:.4f}, F1 {f1:.4f}\n")
        out.write("# ‖ marks the boundary; ⏎ a line break. A random sample (seed 8) of each kind.\n\n")
        out.write(f"## Beleg splits, SoMaJo does not ({len(fp_examples)} in all)\n")
        for doc, at, ctx in sample_fp:
            out.write(f"{doc}@{at}\t{ctx}\n")
        out.write(f"\n## SoMaJo splits, Beleg does not ({len(fn_examples)} in all)\n")
        for doc, at, ctx in sample_fn:
            out.write(f"{doc}@{at}\t{ctx}\n")
    print(f"{len(sample_fp) + len(sample_fn)} disagreement examples in {os.path.relpath(args.examples)}")


if __name__ == "__main__":
    main()
