#!/usr/bin/env python3
"""One anchor engine, one corpus size: builds a sentence index and times the question workload.

Run by Scripts/bench_vs_anchors.py inside the virtual environment .build/anchors-venv (pinned versions in
Scripts/bench-anchors-requirements.txt); not a product dependency.

Usage: bench_anchors.py ENGINE --sentences FILE [--copies N] --articles FILE --questions FILE... [--threads N]
ENGINE: tantivy | fts5 | bm25s. FILE is Beleg's sentence export of S (`beleg-bench --export-sentences`): every engine
indexes exactly Beleg's sentences, so splitting is not part of any anchor's build time. --copies 10 indexes them ten
times (corpus L). Prints one JSON object: build seconds and MB/s (MB = 10^6 bytes of the corpus's UTF-8 article text
× copies), query latency p50/p99/max in microseconds (question text → top 50 sentences, query analysis included),
and peak RSS of this process in bytes (including the sentence texts Python holds, reported as rss_input_bytes).

Engines:
  tantivy  tantivy-py, in-RAM index, one text field; analyzer from tantivy's own filters: simple tokenizer,
           remove_long(40), lowercase, German stop words, Snowball German stemmer; query = the question through the
           same analyzer, terms OR-ed (boolean Should); writer heap 100 MB, --threads writer threads.
  fts5     SQLite FTS5 in memory (Python's sqlite3), tokenize='unicode61 remove_diacritics 2'; query = the question's
           words (\\w+, lower-cased) without bm25s's German stop words (FTS5 has no stop list; a query of every
           word matches nearly every sentence), quoted and OR-ed, ORDER BY rank (bm25) LIMIT 50.
  bm25s    bm25s with PyStemmer (Snowball German) and bm25s's German stop words, default token pattern.
"""
import argparse
import json
import re
import resource
import sys
import time

# Imported before any timing starts.
import bm25s
import bm25s.stopwords
import sqlite3
import Stemmer
import tantivy

K = 50


def load_sentences(path, copies):
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.extend(json.loads(line)["texts"])
    return texts * copies   # the same string objects repeated: L costs no extra input memory


def article_bytes(path):
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                total += len(json.loads(line)["text"].encode("utf-8"))
    return total


def load_questions(paths):
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            if path.endswith(".jsonl"):
                out += [json.loads(l)["question"] for l in f if l.strip()]
            elif path.endswith(".json"):
                for article in json.load(f)["data"]:
                    for p in article["paragraphs"]:
                        out += [q["question"] for q in p["qas"]]
            else:
                out += [l.rstrip("\n") for l in f if l.strip()]
    return out


def current_rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def tantivy_engine(texts, threads):
    analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                .filter(tantivy.Filter.remove_long(40)).filter(tantivy.Filter.lowercase())
                .filter(tantivy.Filter.stopword("german")).filter(tantivy.Filter.stemmer("german")).build())
    schema = tantivy.SchemaBuilder().add_text_field("text", stored=False, tokenizer_name="de").build()
    index = tantivy.Index(schema)
    index.register_tokenizer("de", analyzer)
    writer = index.writer(100_000_000, threads)
    for t in texts:
        writer.add_document(tantivy.Document(text=t))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()

    def query(q):
        terms = dict.fromkeys(analyzer.analyze(q))
        if not terms:
            return []
        clauses = [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "text", t)) for t in terms]
        return searcher.search(tantivy.Query.boolean_query(clauses), K, count=False).hits
    return query


def fts5_engine(texts, threads):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE s USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    with db:
        db.executemany("INSERT INTO s(text) VALUES (?)", ((t,) for t in texts))
    word = re.compile(r"\w+")
    stop = set(bm25s.stopwords.STOPWORDS_GERMAN)

    def query(q):
        words = dict.fromkeys(w for w in (w.lower() for w in word.findall(q)) if w not in stop)
        if not words:
            return []
        match = " OR ".join('"' + w + '"' for w in words)
        return db.execute("SELECT rowid FROM s WHERE s MATCH ? ORDER BY rank LIMIT ?", (match, K)).fetchall()
    return query


def bm25s_engine(texts, threads):
    stemmer = Stemmer.Stemmer("german")
    tokens = bm25s.tokenize(texts, stopwords="de", stemmer=stemmer, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(tokens, show_progress=False)
    vocab = retriever.vocab_dict

    def query(q):
        words = [w for w in bm25s.tokenize(q, stopwords="de", stemmer=stemmer, return_ids=False, show_progress=False)[0] if w in vocab]
        if not words:
            return []
        return retriever.retrieve([words], k=min(K, len(texts)), show_progress=False, n_threads=threads)
    return query


ENGINES = {"tantivy": tantivy_engine, "fts5": fts5_engine, "bm25s": bm25s_engine}


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = max(0, -(-int(p * 100) * len(sorted_values) // 100) - 1)   # nearest rank, as beleg-bench
    return sorted_values[min(k, len(sorted_values) - 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("engine", choices=sorted(ENGINES))
    ap.add_argument("--sentences", required=True)
    ap.add_argument("--articles", required=True)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--questions", nargs="+", required=True)
    ap.add_argument("--max-questions", type=int)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    texts = load_sentences(args.sentences, args.copies)
    total_bytes = article_bytes(args.articles) * args.copies
    questions = load_questions(args.questions)[:args.max_questions]
    input_rss = current_rss_bytes()

    start = time.perf_counter()
    query = ENGINES[args.engine](texts, args.threads)
    build = time.perf_counter() - start

    latencies = []
    for q in questions:
        t = time.perf_counter_ns()
        query(q)
        latencies.append((time.perf_counter_ns() - t) / 1000)
    latencies.sort()
    json.dump({
        "engine": args.engine, "copies": args.copies, "sentences": len(texts), "bytes": total_bytes,
        "build_s": build, "build_mb_s": total_bytes / 1e6 / build if build > 0 else 0,
        "questions": len(latencies), "p50_us": percentile(latencies, 0.50), "p99_us": percentile(latencies, 0.99),
        "max_us": latencies[-1] if latencies else 0,
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "rss_input_bytes": input_rss,
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
