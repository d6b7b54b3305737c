#!/usr/bin/env python3
"""Convert ../shared/data/xglue-nc-de/dev.tsv (title<TAB>body<TAB>category, no ids, no dates)
into a Beleg JSONL corpus under .build/dev-corpora/xglue-nc-de.jsonl.

Ids are `xglue-NNNN`, the 1-based line number with four digits, so that question files can name
an article. No date is known (`date` is null). The output lives under .build/ and is never
committed (the XGLUE texts are for internal evaluation only).

Usage: python3 Scripts/xglue_to_jsonl.py [--data ../shared/data] [--out .build/dev-corpora]
"""
import argparse, json, os

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="../shared/data")
    p.add_argument("--out", default=".build/dev-corpora")
    a = p.parse_args()
    src = os.path.join(a.data, "xglue-nc-de", "dev.tsv")
    os.makedirs(a.out, exist_ok=True)
    dst = os.path.join(a.out, "xglue-nc-de.jsonl")
    n = 0
    with open(src, encoding="utf-8") as f, open(dst + ".tmp", "w", encoding="utf-8") as out:
        for i, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                continue
            title, body = fields[0], fields[1]
            cat = fields[2] if len(fields) > 2 else None
            out.write(json.dumps({"id": f"xglue-{i:04d}", "title": title, "date": None,
                                  "source": "XGLUE NC de" + (f" ({cat})" if cat else ""),
                                  "lang": "de", "text": body}, ensure_ascii=False) + "\n")
            n += 1
    os.replace(dst + ".tmp", dst)
    print(f"{dst}: {n} articles")

if __name__ == "__main__":
    main()
