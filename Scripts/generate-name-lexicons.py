#!/usr/bin/env python3
"""Generate Sources/Facts/Lexicons/CommonNouns.swift and GeneratedNames.swift.

Usage (from the project root; needs Debian's python3-fake-factory and wngerman):
    apt-get install -y python3-fake-factory wngerman wamerican
    /usr/bin/python3 Scripts/generate-name-lexicons.py [--data ../shared/data]

Sources:
- Common nouns: capitalized words seen at least twice and in >= 30 % of their uses right after an article
  or contraction, in 10kGNAD test (CC BY-NC-SA 4.0) and XGLUE NC de dev texts. No evaluation corpus
  (Wikinews, GermEval) is read. Given names and surnames of the name lists below are removed unless the
  word is a frequent common noun.
- Given names and surnames: the person-name lists of Faker (python3-fake-factory, Expat licence) for its
  Latin-script locales. The word lists wngerman (GPL-2+) and wamerican are only consulted, never copied:
  a name that is also a lower-case English word ("Earl", "Love") is dropped, a given name that is also a
  German word or an English proper noun ("Rose", "York") is listed as ambiguous, a surname that is also a
  German word ("Bauer") is dropped.
"""
import argparse
import csv
import importlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
LEX = os.path.join(ROOT, "Sources", "Facts", "Lexicons")
FAKER = "/usr/lib/python3/dist-packages/faker/providers/person"
NGERMAN = "/usr/share/dict/ngerman"
ENGLISH = "/usr/share/dict/american-english"

ARTICLES = set("""der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans
kein keine keinen keinem keiner keines dieser diese dieses diesen diesem jeder jede jedes jedem jeden
sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer""".split())
WORD = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÖØ-öø-ÿĀ-ſ][\wÀ-ÿĀ-ſ-]*")


def texts(data):
    for line in open(os.path.join(data, "10kgnad", "articles.jsonl"), encoding="utf-8"):
        x = json.loads(line)
        yield (x.get("title") or "") + ". " + x["text"]
    with open(os.path.join(data, "xglue-nc-de", "dev.tsv"), encoding="utf-8") as f:
        for row in f:
            cols = row.rstrip("\n").split("\t")
            yield ". ".join(cols[:2])


def latin(w):
    return all((c.isalpha() and ord(c) < 0x250) or c in "-'" for c in w)


def faker_names():
    first, last = set(), set()
    for loc in sorted(os.listdir(FAKER)):
        if loc.startswith("_") or not os.path.isdir(os.path.join(FAKER, loc)):
            continue
        try:
            p = importlib.import_module("faker.providers.person." + loc).Provider
        except Exception:
            continue
        for attr, out in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                          ("last_names", last)):
            v = getattr(p, attr, None)
            if v:
                out.update(v.keys() if isinstance(v, dict) else v)
    keep = lambda w: latin(w) and w[:1].isupper() and len(w) >= 3 and not w.isupper() and " " not in w
    return {w for w in first if keep(w)}, {w for w in last if keep(w)}


def swift_words(words, per_line=12):
    words = sorted(words)
    return "\n".join("        " + " ".join(words[i:i + per_line]) for i in range(0, len(words), per_line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "data")))
    args = ap.parse_args()

    dictionary = set(open(NGERMAN, encoding="utf-8").read().split())
    dict_lower = {w for w in dictionary if w[:1].islower()}
    first, last = faker_names()
    # No entry may come from the built-in corpus: names that occur in corpus/ are left out of the generated lists.
    seed_words = set()
    for name in os.listdir(os.path.join(ROOT, "corpus")):
        seed_words |= set(WORD.findall(open(os.path.join(ROOT, "corpus", name), encoding="utf-8").read()))
    first = {w for w in first if w not in seed_words}
    last = {w for w in last if w not in seed_words}

    total, after_article = Counter(), Counter()
    for text in texts(args.data):
        toks = WORD.findall(text)
        for i, t in enumerate(toks):
            if not t[:1].isupper() or t.isupper() or len(t) < 2:
                continue
            total[t] += 1
            # "von der Leyen": an article inside a name does not count.
            if i > 0 and toks[i - 1] in ARTICLES and not (i > 1 and toks[i - 2] in ("von", "van", "vom")):
                after_article[t] += 1
    nouns = {w for w, n in total.items() if n >= 2 and after_article[w] / n >= 0.3}
    # A name is not a common noun unless it is a frequent one ("Rose" after articles 10 times).
    names = first | last
    nouns = {w for w in nouns if w not in names or after_article[w] >= 10}

    existing_first = set(re.findall(r"[^\s\"]+", open(os.path.join(LEX, "FirstNames.swift"), encoding="utf-8")
                                    .read().split('words("""')[1].split('"""')[0]))
    english = set(open(ENGLISH, encoding="utf-8").read().split())
    english_lower = {w for w in english if w[:1].islower()}
    new_first = {w for w in first - existing_first
                 if w not in nouns and w.lower() not in dict_lower and w.lower() not in english_lower}
    # Also German words, or English proper nouns (places like "York", "Hudson"): only with a surname.
    ambiguous = {w for w in new_first if w in dictionary or w in english}
    surnames = {w for w in last if w not in dictionary and w.lower() not in dict_lower and w not in nouns
                and w not in first and w.lower() not in english_lower}

    with open(os.path.join(LEX, "CommonNouns.swift"), "w", encoding="utf-8") as f:
        f.write("// Common nouns: capitalized words seen at least twice and in >= 30 % of their uses right after an article\n"
                "// or determiner, in 10kGNAD test (CC BY-NC-SA 4.0) and XGLUE NC de dev texts; names of the Faker lists removed\n"
                "// unless frequent after articles. Generated by Scripts/generate-name-lexicons.py; do not edit by hand.\n\n"
                "extension Lexicons {\n"
                "    /// Capitalized words that usually follow an article (common nouns, not names).\n"
                "    static let commonNouns: Set<String> = Lexicons.words(\"\"\"\n")
        f.write(swift_words(nouns) + "\n        \"\"\")\n}\n")
    with open(os.path.join(LEX, "GeneratedNames.swift"), "w", encoding="utf-8") as f:
        f.write("// Given names and surnames from the person-name lists of Faker (python3-fake-factory, Expat licence),\n"
                "// Latin-script locales. Given names already in FirstNames.swift and words of the German word list\n"
                "// (wngerman, consulted only) are left out or marked. Generated by Scripts/generate-name-lexicons.py.\n\n"
                "extension Lexicons {\n"
                "    /// More given names (German and international), beyond `firstNames`.\n"
                "    static let moreFirstNames: Set<String> = Lexicons.words(\"\"\"\n")
        f.write(swift_words(new_first) + "\n        \"\"\")\n\n")
        f.write("    /// Given names in `moreFirstNames` that are also German words; they name a person only with a surname.\n"
                "    static let moreAmbiguousFirstNames: Set<String> = Lexicons.words(\"\"\"\n")
        f.write(swift_words(ambiguous) + "\n        \"\"\")\n\n")
        f.write("    /// Surnames (German and international) that are no German words.\n"
                "    static let listedSurnames: Set<String> = Lexicons.words(\"\"\"\n")
        f.write(swift_words(surnames) + "\n        \"\"\")\n}\n")
    print("common nouns %d, more first names %d (ambiguous %d), surnames %d"
          % (len(nouns), len(new_first), len(ambiguous), len(surnames)), file=sys.stderr)


if __name__ == "__main__":
    main()
