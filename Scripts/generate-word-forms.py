#!/usr/bin/env python3
"""Generate the German word-form lists of Sources/WordLists/Data from permissive sources only.

Usage (from the project root; Debian 12 packages, versions as pinned below):
    apt-get install -y openthesaurus-de-text unicode-cldr-core python3-fake-factory
    /usr/bin/python3 Scripts/generate-word-forms.py [--snowball ../shared/data/snowball-german/voc.txt]

Inputs (pinned; the versions are written into the headers):
- the Snowball German stemmer vocabulary `voc.txt` (Debian snowball-data 0+20210120-1, also at
  ../shared/data/snowball-german/voc.txt; BSD-3-clause, (c) 2001 Dr Martin Porter, 2004-2005 Richard Boulton):
  35,033 lower-case word forms;
- OpenThesaurus (Debian openthesaurus-de-text 20160424-4, /usr/share/openthesaurus-de/openthesaurus.txt;
  LGPL-2.1-or-later, (c) Daniel Naber and the OpenThesaurus contributors): German words and phrases with
  their usual capitalization (nouns upper case).
- only to leave names out of the common nouns: Faker's person-name lists (Debian python3-fake-factory 0.9.3-2,
  MIT) and Unicode CLDR German territory and city names (Debian unicode-cldr-core 41-0.1, Unicode licence).
No news, evaluation or non-commercial text is read.

Outputs:
- words/word-forms-snowball.txt (BSD-3-clause): Snowball words of three or more letters;
- words/word-forms-openthesaurus.txt (LGPL-2.1-or-later, a separate data file): OpenThesaurus words that are
  lower case there (verbs, adjectives, adverbs), with the attributive endings of adjectives and the
  present and past forms of regular verbs. A word's lower-case form in these lists means the word is an
  ordinary German word; the person rules use it only as counter-evidence for a bare capitalized word.
- nouns/common-nouns.txt (LGPL-2.1-or-later, a separate data file): capitalized one-word OpenThesaurus
  entries (German nouns are capitalized), with their inflected forms where the Snowball vocabulary attests
  them and the genitive -s; short unattested forms, person names and place names left out (see the header).
"""
import argparse
import os
import re
import subprocess

from lexicon_sources import faker_person_names, openthesaurus_single_words

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DATA = os.path.join(ROOT, "Sources", "WordLists", "Data")
CLDR_DE = "/usr/share/unicode/cldr/common/main/de.xml"
WORD = re.compile(r"^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*[A-Za-zÄÖÜäöüß]$")
UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def package_version(name):
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True).stdout.strip()
    return out or "unknown"


def openthesaurus_words():
    """Single words of OpenThesaurus synsets, annotations in parentheses removed."""
    return {t for t in openthesaurus_single_words() if WORD.match(t) and "--" not in t}


def umlauted(stem):
    """The stem with its last a/o/u (or au) umlauted, or None."""
    for i in range(len(stem) - 1, -1, -1):
        c = stem[i]
        if c in UMLAUT:
            if c == "u" and i > 0 and stem[i - 1] == "a":
                return stem[:i - 1] + "äu" + stem[i + 1:]
            return stem[:i] + UMLAUT[c] + stem[i + 1:]
        if c in "eiäöü":
            return None
    return None


def noun_forms(noun, vocabulary):
    """Inflected forms of a capitalized noun that the vocabulary attests (the noun itself always)."""
    forms = {noun}
    low = noun.lower()
    candidates = [low + s for s in ("s", "es", "n", "en", "e", "er", "ern", "se", "sen", "nen")]
    u = umlauted(low)
    if u:
        candidates += [u + s for s in ("e", "en", "er", "ern")]
    if low.endswith("er") or low.endswith("e"):
        base = low[:-2] if low.endswith("er") else low[:-1]
        candidates += [base + s for s in ("e", "en", "em", "es", "er")]
    for c in candidates:
        if c in vocabulary:
            forms.add(noun[0] + c[1:])
    return forms


def lower_forms(word):
    """A lower-case OpenThesaurus word with its regular inflected forms."""
    forms = {word}
    if word.endswith("en") and len(word) > 4:             # regular verb: stem + t, te, ten, st
        stem = word[:-2]
        e = "e" if stem.endswith(("t", "d")) else ""
        forms |= {stem + e + "t", stem + e + "te", stem + e + "ten", stem + e + "st", stem + "e"}
    elif word.endswith("ern") or word.endswith("eln"):    # handeln, ändern
        stem = word[:-1]
        forms |= {stem + "t", stem + "te", stem + "ten"}
    else:                                                 # adjective: attributive endings
        forms |= {word + s for s in ("e", "en", "er", "es", "em")}
    return forms


def faker_names():
    """Given names and surnames of Faker's person providers (all locales), as Faker spells them."""
    names = set()
    for _, values in faker_person_names():
        names.update(values)
    return names


def place_names():
    """One-word German place names: CLDR territories and exemplar cities, and Beleg's places list."""
    import xml.etree.ElementTree as ET
    tree = ET.parse(CLDR_DE)
    names = {e.text for e in tree.iter("territory") if e.text} | {e.text for e in tree.iter("exemplarCity") if e.text}
    names |= {l.strip() for l in open(os.path.join(DATA, "places", "places.txt"), encoding="utf-8")
              if l.strip() and not l.startswith("#")}
    return {n for n in names if " " not in n}


def write(path, header, words):
    with open(os.path.join(DATA, path), "w", encoding="utf-8") as f:
        for h in header.strip("\n").split("\n"):
            f.write(("# " + h).rstrip() + "\n")
        f.write("\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(f"{len(words):6d} {path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--snowball", default=os.path.join(ROOT, "..", "shared", "data", "snowball-german", "voc.txt"))
    args = ap.parse_args()
    vocabulary = {w.strip() for w in open(args.snowball, encoding="utf-8") if w.strip()}
    ot = openthesaurus_words()
    ot_version = package_version("openthesaurus-de-text")

    snowball = {w for w in vocabulary if len(w) >= 3 and w.isalpha()}
    write("words/word-forms-snowball.txt", """Lower-case German word forms: the Snowball German stemmer vocabulary (voc.txt), words of three or more letters.
Source: Snowball (snowball-data 0+20210120-1, german/voc.txt), BSD-3-clause,
(c) 2001 Dr Martin Porter, 2004-2005 Richard Boulton.
Licence: BSD-3-clause. Generated by Scripts/generate-word-forms.py; do not edit by hand.
""", snowball)

    lower = set()
    for w in ot:
        if w[0].islower() and len(w) >= 3:
            lower |= lower_forms(w)
    lower -= snowball
    write("words/word-forms-openthesaurus.txt", f"""Lower-case German word forms: OpenThesaurus words that are lower case there (verbs, adjectives, adverbs),
with the attributive endings of adjectives and the present and past forms of regular verbs.
Source: OpenThesaurus (Debian openthesaurus-de-text {ot_version}), (c) Daniel Naber and the OpenThesaurus contributors.
Licence: LGPL-2.1-or-later (a separate data file; see LGPL-2.1.txt in this folder).
Generated by Scripts/generate-word-forms.py; do not edit by hand.
""", lower)

    cldr_version = package_version("unicode-cldr-core")
    faker_version = package_version("python3-fake-factory")
    base = {w for w in ot if w[0].isupper() and not w.isupper() and len(w) >= 3 and not w[1:2].isupper()}
    nouns = set()
    for w in base:
        nouns |= noun_forms(w, vocabulary)
    # Short rare words collide with name parts ("Ster", "Pard"): a form of fewer than eight letters stays only
    # when the Snowball vocabulary attests it.
    nouns = {n for n in nouns if len(n) >= 8 or n.lower() in vocabulary}
    # Genitive and English plural -s of nouns of five or more letters ("Konzerns", "Streiks").
    nouns |= {w + "s" for w in base & nouns if len(w) >= 5 and not w.lower().endswith(("s", "x", "z", "ß"))}
    # Person names and place names are no common nouns (with their genitive -s).
    names = faker_names() | place_names()
    nouns -= names | {n + "s" for n in names}
    write("nouns/common-nouns.txt", f"""Capitalized German nouns (common nouns, not names): the one-word capitalized entries of OpenThesaurus, with
their inflected forms (-s, -es, -n, -en, -e, -er, -ern, -se, -sen, -nen, umlaut plurals, adjectival nouns) where
the Snowball German vocabulary attests the form, and the genitive -s of nouns of five or more letters. A form
of fewer than eight letters is kept only when the Snowball vocabulary attests it. Given names and surnames
of Faker's person lists and place names (CLDR territories and exemplar cities, places/places.txt) are left out.
Source: OpenThesaurus (Debian openthesaurus-de-text {ot_version}), (c) Daniel Naber and the OpenThesaurus
contributors; Snowball german/voc.txt (BSD-3-clause) to attest forms; Faker (python3-fake-factory
{faker_version}, MIT) and Unicode CLDR (unicode-cldr-core {cldr_version}, Unicode licence) only to leave names out.
Licence: LGPL-2.1-or-later (a separate data file; see LGPL-2.1.txt in this folder).
Generated by Scripts/generate-word-forms.py; do not edit by hand.
""", nouns)


if __name__ == "__main__":
    main()
