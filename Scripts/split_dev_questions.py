#!/usr/bin/env python3
"""Split the development questions into train and development sets by article.

Reads Tests/DevQuestions/{wikinews,xglue,builtin}.jsonl (written by people who had not read the code, checked by
Scripts/check_dev_questions.py) and writes Tests/DevQuestions/train.jsonl and dev.jsonl. An article's questions all
go to one side: the side is the parity of the first byte of sha1(article id) (questions about no article: of their
fact id). The built-in article goes to dev, so that paraphrases of it measure what the public seed set does not.
Weights and thresholds are fitted on train only; dev is reported.

Usage: python3 Scripts/split_dev_questions.py
"""
import hashlib, json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "DevQuestions")

def side(q):
    if q.get("doc") == "000_8620b59045d05632":
        return "dev"
    key = q.get("doc") or q.get("fact") or q["id"]
    return "dev" if hashlib.sha1(key.encode()).digest()[0] % 2 else "train"

def main():
    out = {"train": [], "dev": []}
    for name in ("wikinews", "xglue", "builtin"):
        path = os.path.join(HERE, name + ".jsonl")
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                q = json.loads(line)
                out[side(q)].append(q)
    for s, qs in out.items():
        with open(os.path.join(HERE, s + ".jsonl"), "w", encoding="utf-8") as f:
            for q in qs:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        docs = {q.get("doc") for q in qs}
        print(f"{s}: {len(qs)} questions, {len(docs)} articles, "
              f"{sum(q['lang'] == 'en' for q in qs)} English, {sum(bool(q['abstain']) for q in qs)} unanswerable")

if __name__ == "__main__":
    main()
