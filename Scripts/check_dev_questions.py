#!/usr/bin/env python3
"""Check development question files (JSON Lines) against their corpora.

Usage: check_dev_questions.py FILE.jsonl [FILE.jsonl ...] [--quiet]

For every question the script resolves each "corpus" path relative to the
question file's folder and loads it:
  * a .jsonl file: one JSON object per line, keyed by "id", text in "text";
  * a directory: every *.txt file in it (recursively); the id is the file name
    without extension, the text is the file content after an optional front
    matter block delimited by lines consisting of "---";
  * a single .txt file: same as one file of a directory.

Checks (each failure is a problem; the script exits 1 if there is any):
  * required fields present with the right types; known type, family, lang;
    unique ids; "value" (if present) looks like YYYY, YYYY-MM or YYYY-MM-DD;
  * answerable questions: "doc" exists in the corpus; "answers" and "cite" are
    not empty; every cite phrase occurs verbatim (after NFC) in the article
    text and has 3-10 words; every answer alternative (every part of a list
    alternative) occurs in the article text (case-insensitive, quotes and
    spacing ignored);
  * abstain questions: "answers" == [] and "cite" == []; "doc" (if not null)
    exists; the key anchors are as claimed. Claims can be made explicit with an
    optional field
        "anchors": {"in_doc": [...], "not_in_doc": [...], "not_in_corpus": [...]}
    (strings, case-insensitive, quotes and spacing ignored). Without it, the
    script takes the capitalised words and quoted phrases of the question as
    anchors and requires that at least one of them occurs in "doc" (or, when
    "doc" is null, that no single article contains all of them);
  * every fact has at least three phrasings.
Warnings (reported, not fatal): a cite phrase that seems to span two
sentences, an answer that occurs in none of the cited sentences nor the
sentence before/after, shares below 20 % English / 15 % abstain, families not
covered, more than 4 facts per article.
Finally prints counts per family, per language, per type and the abstain share.
"""

import collections
import json
import os
import re
import sys
import unicodedata

TYPES = {"who", "when", "where", "how-many", "denial", "said", "role", "holder",
         "accusation", "agent"}
FAMILIES = ["role", "holder", "speaker", "said", "denial", "accusation", "agent",
            "when", "where", "how-many"]
FAMILY_ALIASES = {"agent/object": "agent", "object": "agent", "how many": "how-many",
                  "howmany": "how-many"}
LANGS = {"de", "en"}
REQUIRED = {"id": str, "question": str, "type": str, "family": str, "lang": str,
            "fact": str, "answers": list, "cite": list, "abstain": bool, "corpus": list}
QUOTES = "\"'„“”‚‘’»«‹›`´"
VALUE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
STOP = {
    # question words and sentence starters (de/en) that are capitalised but no anchors
    "wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "wie", "welche",
    "welcher", "welches", "welchem", "welchen", "warum", "weshalb", "seit", "bis", "an",
    "in", "im", "am", "um", "zu", "von", "nach", "laut", "mit", "für", "auf", "aus", "bei",
    "als", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem",
    "einen", "und", "oder", "hat", "ist", "war", "wurde", "wurden", "sind", "haben",
    "who", "whom", "whose", "what", "when", "where", "which", "how", "why", "did", "does",
    "do", "is", "was", "were", "are", "has", "had", "the", "a", "an", "in", "on", "at",
    "of", "for", "to", "by", "from", "with", "according", "since", "until", "tag",
    "jahr", "monat", "uhr", "zeitpunkt", "ort", "stadt", "land", "funktion", "rolle",
    "position", "aufgabe", "amt", "posten", "beruf", "geld", "prozent", "person",
    "i", "i'm", "im", "ich", "und", "weißt", "du", "sag", "mir", "kannst",
}


def norm_nfc(s):
    return unicodedata.normalize("NFC", s)


def norm_loose(s):
    """Case-insensitive, quotes and spacing ignored."""
    s = norm_nfc(s).casefold()
    s = "".join(ch for ch in s if ch not in QUOTES)
    s = re.sub(r"\s+", "", s)
    return s


def strip_front_matter(text):
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "\n".join(lines[i + 1:])
    return text


def load_corpus(path, cache):
    if path in cache:
        return cache[path]
    docs = {}
    if os.path.isdir(path):
        for root, _dirs, files in os.walk(path):
            for name in sorted(files):
                if name.endswith(".txt"):
                    with open(os.path.join(root, name), encoding="utf-8") as f:
                        docs[os.path.splitext(name)[0]] = norm_nfc(strip_front_matter(f.read()))
    elif path.endswith(".txt"):
        with open(path, encoding="utf-8") as f:
            docs[os.path.splitext(os.path.basename(path))[0]] = norm_nfc(strip_front_matter(f.read()))
    else:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                obj = json.loads(line)
                docs[str(obj["id"])] = norm_nfc(obj.get("text") or "")
    cache[path] = docs
    return docs


SENT_SPLIT = re.compile(r"(?<=[.!?])[\"“”»«]?\s+(?=[A-ZÄÖÜ„\"»«0-9])")


def sentences(text):
    """Rough sentence split returning (start, end) spans."""
    spans = []
    start = 0
    for m in SENT_SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def question_anchors(q):
    anchors = re.findall(r"[„“\"»«]([^„“”\"»«]{3,})[“”\"«»]", q)
    words = re.findall(r"[A-ZÄÖÜ][\w\-]+", q)
    for w in words:
        if w.casefold() not in STOP and len(w) >= 3:
            anchors.append(w)
    return anchors



def tally(items):
    """Question ids per fact and facts per article, for (question, family) pairs."""
    facts = collections.defaultdict(list)
    per_doc = collections.defaultdict(set)
    for q, fam in items:
        facts[q["fact"]].append(q["id"])
        if q["doc"] is not None:
            per_doc[q["doc"]].add(q["fact"])
    return facts, per_doc

def main(argv):
    files = [a for a in argv if not a.startswith("--")]
    quiet = "--quiet" in argv
    if not files:
        print(__doc__)
        return 2
    problems = []
    warnings = []
    cache = {}
    all_q = []
    for qfile in files:
        base = os.path.dirname(os.path.abspath(qfile))
        seen_ids = set()
        file_q = []
        with open(qfile, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{os.path.basename(qfile)}:{n}"
                try:
                    q = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: invalid JSON: {e}")
                    continue
                qid = q.get("id", "?")
                where = f"{os.path.basename(qfile)}:{n} [{qid}]"
                bad = False
                for key, typ in REQUIRED.items():
                    if key not in q:
                        problems.append(f"{where}: missing field {key!r}")
                        bad = True
                    elif not isinstance(q[key], typ):
                        problems.append(f"{where}: field {key!r} should be {typ.__name__}")
                        bad = True
                if "doc" not in q:
                    problems.append(f"{where}: missing field 'doc'")
                    bad = True
                if bad:
                    continue
                if qid in seen_ids:
                    problems.append(f"{where}: duplicate id")
                seen_ids.add(qid)
                if q["type"] not in TYPES:
                    problems.append(f"{where}: unknown type {q['type']!r}")
                fam = FAMILY_ALIASES.get(q["family"], q["family"])
                if fam not in FAMILIES:
                    problems.append(f"{where}: unknown family {q['family']!r}")
                if q["lang"] not in LANGS:
                    problems.append(f"{where}: unknown lang {q['lang']!r}")
                if "value" in q and not (isinstance(q["value"], str) and VALUE_RE.match(q["value"])):
                    problems.append(f"{where}: bad value {q.get('value')!r}")
                if not q["question"].strip():
                    problems.append(f"{where}: empty question")
                # corpus
                docs = {}
                for cp in q["corpus"]:
                    p = os.path.normpath(os.path.join(base, cp))
                    if not os.path.exists(p):
                        problems.append(f"{where}: corpus path not found: {cp} -> {p}")
                        continue
                    try:
                        docs.update(load_corpus(p, cache))
                    except Exception as e:  # noqa: BLE001
                        problems.append(f"{where}: cannot load corpus {p}: {e}")
                doc_id = q["doc"]
                text = None
                if doc_id is not None:
                    if str(doc_id) not in docs:
                        problems.append(f"{where}: doc {doc_id!r} not in corpus")
                    else:
                        text = docs[str(doc_id)]
                file_q.append((q, fam))
                if q["abstain"]:
                    if q["answers"] != [] or q["cite"] != []:
                        problems.append(f"{where}: abstain question must have answers [] and cite []")
                    check_abstain(q, text, docs, where, problems)
                    continue
                if doc_id is None:
                    problems.append(f"{where}: answerable question needs a doc")
                    continue
                if not q["answers"]:
                    problems.append(f"{where}: no answers")
                if not q["cite"]:
                    problems.append(f"{where}: no cite")
                if text is None:
                    continue
                check_answerable(q, text, where, problems, warnings)
        # per-file checks
        facts, per_doc = tally(file_q)
        for fact, ids in facts.items():
            if len(ids) < 3:
                problems.append(f"{os.path.basename(qfile)}: fact {fact!r} has only {len(ids)} phrasing(s): {ids}")
        for doc, fs in per_doc.items():
            if len(fs) > 4:
                warnings.append(f"{os.path.basename(qfile)}: doc {doc} has {len(fs)} facts (more than ~4)")
        report(qfile, file_q, facts, per_doc, warnings)
        all_q.extend(file_q)
    if len(files) > 1:
        facts, per_doc = tally(all_q)
        report("ALL FILES", all_q, facts, per_doc, None)
    if warnings and not quiet:
        print(f"\n{len(warnings)} warning(s):")
        for w in warnings:
            print("  WARN " + w)
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  FAIL " + p)
        return 1
    print("\nOK: no problems found")
    return 0


def check_answerable(q, text, where, problems, warnings):
    loose_text = norm_loose(text)
    spans = sentences(text)
    cite_sents = set()
    for c in q["cite"]:
        if not isinstance(c, str) or not c.strip():
            problems.append(f"{where}: bad cite {c!r}")
            continue
        c_n = norm_nfc(c)
        nwords = len(c_n.split())
        if nwords < 3 or nwords > 10:
            problems.append(f"{where}: cite has {nwords} words (want 3-10): {c!r}")
        pos = text.find(c_n)
        if pos < 0:
            problems.append(f"{where}: cite not verbatim in doc {q['doc']}: {c!r}")
            continue
        while pos >= 0:
            for i, (s, e) in enumerate(spans):
                if s <= pos < e or (s <= pos + len(c_n) - 1 < e):
                    cite_sents.add(i)
            pos = text.find(c_n, pos + 1)
        inner = c_n.rstrip(".!?\"“”»« ")
        if SENT_SPLIT.search(inner) and re.search(r"[a-zäöüß)]{3}[.!?]\s", inner):
            warnings.append(f"{where}: cite may span two sentences: {c!r}")
    near = set()
    for i in cite_sents:
        near.update({i - 1, i, i + 1})
    near_text = norm_loose(" ".join(text[s:e] for i, (s, e) in enumerate(spans) if i in near))
    any_near = False
    for alt in q["answers"]:
        parts = alt if isinstance(alt, list) else [alt]
        if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
            problems.append(f"{where}: bad answer alternative {alt!r}")
            continue
        missing = [p for p in parts if norm_loose(p) not in loose_text]
        if missing:
            problems.append(f"{where}: answer {alt!r} not in doc {q['doc']} (missing {missing})")
        if all(norm_loose(p) in near_text for p in parts):
            any_near = True
    if cite_sents and not any_near:
        warnings.append(f"{where}: no answer alternative occurs in or next to the cited sentence(s)")


def check_abstain(q, text, docs, where, problems):
    anchors = q.get("anchors")
    if anchors is not None:
        if not isinstance(anchors, dict):
            problems.append(f"{where}: 'anchors' must be an object")
            return
        loose_doc = norm_loose(text) if text is not None else None
        for a in anchors.get("in_doc", []):
            if loose_doc is None:
                problems.append(f"{where}: anchors.in_doc given but doc is missing/null")
            elif norm_loose(a) not in loose_doc:
                problems.append(f"{where}: anchor {a!r} expected in doc {q['doc']} but not found")
        for a in anchors.get("not_in_doc", []):
            if loose_doc is not None and norm_loose(a) in loose_doc:
                problems.append(f"{where}: anchor {a!r} claimed absent from doc {q['doc']} but found")
        for a in anchors.get("not_in_corpus", []):
            la = norm_loose(a)
            hits = [d for d, t in docs.items() if la in norm_loose(t)]
            if hits:
                problems.append(f"{where}: anchor {a!r} claimed absent from corpus but found in {hits[:5]}")
        for key in anchors:
            if key not in ("in_doc", "not_in_doc", "not_in_corpus"):
                problems.append(f"{where}: unknown anchors key {key!r}")
        return
    auto = question_anchors(q["question"])
    if not auto:
        return
    if text is not None:
        lt = norm_loose(text)
        if not any(norm_loose(a) in lt for a in auto):
            problems.append(f"{where}: none of the question anchors {auto} occurs in doc {q['doc']}")
    elif q["doc"] is None:
        la = [norm_loose(a) for a in auto]
        hits = [d for d, t in docs.items() if all(a in norm_loose(t) for a in la)]
        if hits:
            problems.append(f"{where}: doc is null but all anchors {auto} occur in {hits[:5]}")


def report(name, qs, facts, per_doc, _warnings):
    n = len(qs)
    print(f"== {name}: {n} question(s), {len(facts)} fact(s), {len(per_doc)} article(s)")
    if not n:
        return
    fam = collections.Counter(f for _q, f in qs)
    lang = collections.Counter(q["lang"] for q, _f in qs)
    typ = collections.Counter(q["type"] for q, _f in qs)
    ab = sum(1 for q, _f in qs if q["abstain"])
    print("  per family:   " + ", ".join(f"{k}={fam[k]}" for k in FAMILIES if fam[k])
          + "".join(f", {k}={v}" for k, v in fam.items() if k not in FAMILIES))
    missing = [k for k in FAMILIES if not fam[k]]
    if missing:
        print("  families not covered: " + ", ".join(missing))
    print("  per language: " + ", ".join(f"{k}={v} ({100*v/n:.1f} %)" for k, v in sorted(lang.items())))
    print("  per type:     " + ", ".join(f"{k}={v}" for k, v in sorted(typ.items())))
    print(f"  abstain:      {ab} ({100*ab/n:.1f} %)")
    en = lang.get("en", 0) / n
    if en < 0.20:
        print(f"  note: English share {100*en:.1f} % is below 20 %")
    if ab / n < 0.15:
        print(f"  note: abstain share {100*ab/n:.1f} % is below 15 %")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
