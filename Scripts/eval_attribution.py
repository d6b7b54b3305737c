#!/usr/bin/env python3
"""Score Beleg's attribution facts against the SpkAtt-2023 (German Wikinews) gold events.

Usage (from the project root):
    python3 Scripts/eval_attribution.py [--cmd .build/release/beleg] [--limit N] [--data DIR] [--verbose]

Runs `beleg --no-default-corpus --corpus articles.jsonl --export-facts` once (on a temporary copy
when --limit is given), then prints cue precision/recall/F1, the token-level source and message
scores over matched pairs, and the exact matching rule. Writes nothing into the repository.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beleg_export import export_facts, prf as prf_counts  # noqa: E402


def prf(tp, fp, fn):
    return prf_counts(tp, tp + fp, tp + fn)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "wikinews-de", "train"))
TARGET_STWR = {"Speech", "SW", "ST"}
PRONOUNS = {
    "er", "sie", "es", "ich", "wir", "ihr", "du", "man", "ihm", "ihn", "ihnen", "mir", "uns",
    "dieser", "diese", "dieses", "jener", "jene", "der", "die", "das", "dem", "den", "welcher", "welche",
}
TOKEN = re.compile(r"\w+|[^\w\s]")
WORD = re.compile(r"\w")
SENTENCE_END = re.compile(r"(?<=[.!?])[“\"»)]?\s+(?=[„\"«(A-ZÄÖÜ0-9])")

RULE = """\
Matching rule. Gold: the non-nested SpkAtt-2023 train events whose stwr is Speech, SW or ST, in the
articles that carry at least one gold event (articles without any gold event are not scored). Gold
events without a cue span cannot be cue-matched: they are left out of the cue figures and the recall
counting them as misses is printed separately. Each predicted `attribution` fact is matched within its
document against ALL gold events (any stwr, nested or not) whose cue pieces overlap the predicted cue's
[char_start, char_end) range (Unicode code points; a discontinuous predicted cue covers its whole
range); pairs are taken greedily one-to-one by overlap size in characters (ties: earlier gold cue,
then earlier predicted cue). A prediction matched to an out-of-scope event (Thought/Writing/TW/none or
nested) is neither a true nor a false positive; an unmatched prediction is a false positive; an
unmatched scored gold event is a false negative. Source and message: each article is tokenized once
into tokens (regex \\w+|[^\\w\\s]); a span's tokens are the tokens that overlap it (for gold, the union
of its pieces); per matched pair, F1 = 2|G∩P|/(|G|+|P|) over token positions, with word tokens only
(punctuation tokens such as quotes and commas dropped; the line `incl. punct.` keeps them), 1 when
both sets are empty, 0 when exactly one is; the figure is the mean over matched scored pairs (gold
events without source count: a predicted speaker there scores 0, no speaker scores 1). The predicted
source span is `speaker`; when absent, no source. Pronoun sources: when the whole gold source is one
pronoun (er, sie, Sie, es, ich, wir, der, die, dieser, ...), the pair scores 1 if the predicted speaker
span overlaps the gold source, or if the predicted resolved_speaker (else the speaker text, unless
itself a pronoun) occurs in the article text - as a whole or by its last word of at least 4
letters - from the start of the 3rd sentence before the gold cue's sentence up to the cue (sentences
split by a regex at . ! ? followed by space and an upper-case letter, digit or opening quote);
otherwise the normal token F1 applies."""


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def token_set(tokens, pieces, words_only):
    out = set()
    for s, e in pieces:
        for ts, te, w in tokens:
            if words_only and not w:
                continue
            if ts < e and te > s:
                out.add(ts)
    return out


def f1_sets(g, p):
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    return 2 * len(g & p) / (len(g) + len(p))


def sentence_starts(text):
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def pronoun_match(text, gold, pred, starts):
    src = gold["source"]
    sp = pred.get("speaker")
    if sp and any(overlap(s, e, sp["char_start"], sp["char_end"]) for s, e in src):
        return True
    name = pred.get("resolved_speaker") or (sp["text"] if sp else None)
    if not name or name.lower() in PRONOUNS:
        return False
    cue_start = min(s for s, _ in gold["cue"])
    idx = max(i for i, st in enumerate(starts) if st <= cue_start)
    window = text[starts[max(0, idx - 3)]:cue_start]
    if name in window:
        return True
    last = name.split()[-1]
    return len(last) >= 4 and last.lower() not in PRONOUNS and re.search(r"\b%s\b" % re.escape(last), window) is not None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", default=".build/release/beleg")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N gold-annotated articles")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = ap.parse_args()

    gold = [json.loads(l) for l in open(os.path.join(args.data, "gold.jsonl"), encoding="utf-8") if l.strip()]
    articles = [json.loads(l) for l in open(os.path.join(args.data, "articles.jsonl"), encoding="utf-8") if l.strip()]
    annotated = set(g["id"] for g in gold)
    articles = [a for a in articles if a["id"] in annotated]
    if args.limit:
        articles = articles[:args.limit]
    texts = {a["id"]: a["text"] for a in articles}
    gold = [g for g in gold if g["id"] in texts]

    facts = export_facts(args.cmd, articles)

    preds = [x for x in facts if x.get("kind") == "attribution" and x.get("doc") in texts]
    for x in preds:  # offsets must address the gold text
        c = x["cue"]
        if texts[x["doc"]][c["char_start"]:c["char_end"]] != c["text"]:
            sys.exit("offset mismatch in %s: %r" % (x["doc"], c))

    def scored(g):
        return (not g["nested"]) and g["stwr"] in TARGET_STWR

    tp = fp = fn = 0
    ignored = 0
    src_scores, msg_scores, src_scores_p, msg_scores_p = [], [], [], []
    pron_pairs = pron_hits = 0
    misses, falses = [], []
    for doc, text in texts.items():
        tokens = [(m.start(), m.end(), bool(WORD.match(m.group()))) for m in TOKEN.finditer(text)]
        starts = sentence_starts(text)
        gd = [g for g in gold if g["id"] == doc and g["cue"]]
        pd = [x for x in preds if x["doc"] == doc]
        pairs = []
        for gi, g in enumerate(gd):
            for pi, p in enumerate(pd):
                ov = sum(overlap(s, e, p["cue"]["char_start"], p["cue"]["char_end"]) for s, e in g["cue"])
                if ov > 0:
                    pairs.append((-ov, g["cue"][0][0], p["cue"]["char_start"], gi, pi))
        pairs.sort()
        gm, pm = {}, {}
        for _, _, _, gi, pi in pairs:
            if gi in gm or pi in pm:
                continue
            gm[gi] = pi
            pm[pi] = gi
        for gi, g in enumerate(gd):
            if not scored(g):
                continue
            if gi not in gm:
                fn += 1
                misses.append((doc, g))
                continue
            tp += 1
            p = pd[gm[gi]]
            sp = p.get("speaker")
            ppieces = [(sp["char_start"], sp["char_end"])] if sp else []
            m = p.get("message")
            mpieces = [(m["char_start"], m["char_end"])] if m else []
            src_text = g.get("source_text", "").strip()
            is_pron = len(g["source"]) == 1 and src_text.lower() in PRONOUNS
            if is_pron:
                pron_pairs += 1
            for words_only, ss, ms in ((True, src_scores, msg_scores), (False, src_scores_p, msg_scores_p)):
                if is_pron and pronoun_match(text, g, p, starts):
                    s = 1.0
                    if words_only:
                        pron_hits += 1
                else:
                    s = f1_sets(token_set(tokens, g["source"], words_only), token_set(tokens, ppieces, words_only))
                ss.append(s)
                ms.append(f1_sets(token_set(tokens, g["message"], words_only), token_set(tokens, mpieces, words_only)))
        for pi, p in enumerate(pd):
            if pi in pm:
                if not scored(gd[pm[pi]]):
                    ignored += 1
            else:
                fp += 1
                falses.append(p)

    cueless = sum(1 for g in gold if scored(g) and not g["cue"])
    p, r, f = prf(tp, fp, fn)
    _, r2, f2 = prf(tp, fp, fn + cueless)
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    if args.verbose:
        for doc, g in misses:
            print("MISS %s #%d cue=%r source=%r" % (doc, g["sentence"] + 1, g["cue_text"], g["source_text"]))
        for x in falses:
            print("FP   %s #%d cue=%r speaker=%r rule=%s" % (x["doc"], x["sentence"], x["cue"]["text"],
                                                        (x.get("speaker") or {}).get("text"), x.get("rule")))
    print("SpkAtt-2023 wikinews-de train: %d articles, %d scored gold events with a cue (+%d without), %d predicted attributions"
          % (len(texts), tp + fn, cueless, len(preds)))
    print("cue      P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d; %d predictions matched out-of-scope events, ignored)"
          % (p, r, f, tp, fp, fn, ignored))
    print("cue incl. cue-less gold as misses: R=%.3f F1=%.3f" % (r2, f2))
    print("source   token F1=%.3f over %d matched pairs (incl. punct. %.3f; %d pronoun sources, %d credited by the pronoun rule)"
          % (mean(src_scores), len(src_scores), mean(src_scores_p), pron_pairs, pron_hits))
    print("message  token F1=%.3f over %d matched pairs (incl. punct. %.3f)"
          % (mean(msg_scores), len(msg_scores), mean(msg_scores_p)))
    print()
    print(RULE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
