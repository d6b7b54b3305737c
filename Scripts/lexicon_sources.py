"""Readers of the pinned lexicon sources shared by the generators (generate-word-forms.py,
generate-name-lexicons.py): OpenThesaurus terms and Faker's person-name lists, read the same way once."""
import importlib
import os
import re

OPENTHESAURUS = "/usr/share/openthesaurus-de/openthesaurus.txt"
FAKER = "/usr/lib/python3/dist-packages/faker/providers/person"
PERSON_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "last_names")


def openthesaurus_single_words():
    """Every one-word term of the OpenThesaurus synsets, annotations in parentheses removed, in file order."""
    for line in open(OPENTHESAURUS, encoding="utf-8"):
        if line.startswith("#"):
            continue
        for term in line.rstrip("\n").split(";"):
            term = re.sub(r"\([^)]*\)", "", term).strip()
            if " " not in term:
                yield term


def faker_person_names():
    """(list name, names) for each person-name list of each Faker locale provider that loads."""
    for loc in sorted(os.listdir(FAKER)):
        if loc.startswith("_") or not os.path.isdir(os.path.join(FAKER, loc)):
            continue
        try:
            provider = importlib.import_module("faker.providers.person." + loc).Provider
        except Exception:
            continue
        for attr in PERSON_NAME_LISTS:
            v = getattr(provider, attr, None)
            if v:
                yield attr, (v.keys() if isinstance(v, dict) else v)
