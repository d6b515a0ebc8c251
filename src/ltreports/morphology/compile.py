"""Compiling the Hunspell dictionary's analyses into the lookup store (``store.py``).

Every form the dictionary accepts is generated from its roots and suffix rules (one suffix, or two where
a rule's continuation flags allow a second one), and given the analyses chunspell's ``analyze`` would
return for it, in the same order. The order follows Hunspell's own search, for a word:

1. the word as a root (not when the root needs an affix), homonyms in dictionary order;
   then prefix + suffix, where a suffix names the prefix in its continuation flags (the circumfixed
   optative: te-…-ie), prefixes in order of their text;
2. one suffix: zero-length suffixes in reverse file order, then the suffixes whose text ends the word,
   sorted by their reversed text (bytes; equal texts in reverse file order); each with the root's
   homonyms carrying the suffix's flag, in dictionary order;
3. two suffixes: the outer suffix in the same order, the inner ones under it likewise.

Each analysis string (`` st:ROOT <root tags> <suffix tags> [<outer suffix tags>]``) goes through
``parse_hunspell`` as before. ``tests/test_morphology.py`` checks the result against chunspell on a
sample. A build takes about 6.5 minutes of CPU and 5 GB of memory (116 MB on disk); ``build_store`` writes into a fresh
folder and renames it into place, so readers never see half a store.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .affixes import _flags, _morph, read_aff
from .analyzer import Analysis, parse_hunspell

NEEDAFFIX = 9999
CIRCUMFIX = 9998
PARTS = 32


@dataclass(frozen=True, slots=True)
class Rule:
    flag: int
    index: int  # position in the .aff file
    strip: str
    add: str
    condition: re.Pattern[str] | None
    cont: frozenset[int]
    morph: str

    def apply(self, root: str) -> str | None:
        if self.strip and not root.endswith(self.strip):
            return None
        if self.condition is not None and not self.condition.search(root):
            return None
        return (root[: len(root) - len(self.strip)] if self.strip else root) + self.add


@dataclass(frozen=True, slots=True)
class Prefix:
    flag: int
    add: str
    morph: str


@dataclass
class Dictionary:
    rules: dict[int, list[Rule]]
    rank: dict[int, int]  # rule index -> place in Hunspell's suffix search
    entries: list[tuple[str, frozenset[int], str]]  # (root, flags, tags) in .dic order
    prefixes: dict[int, Prefix]  # flag -> prefix (only "PFX flag 0 text/cont ." rules are modelled)


def read_dictionary(aff: Path, dic: Path) -> Dictionary:
    af, am, affixes = read_aff(aff.read_text(encoding="utf-8"))  # text mode: universal newlines, as before
    raw = [fields for fields in affixes if fields[0] == "SFX"]
    raw_pfx = [fields for fields in affixes if fields[0] == "PFX"]
    prefixes: dict[int, Prefix] = {}
    for fields in raw_pfx:
        add = fields[3].partition("/")[0]
        if fields[2] == "0" and fields[4] == ".":
            flag = int(fields[1])
            prefixes[flag] = Prefix(flag, "" if add == "0" else add, _morph(fields[5], am) if len(fields) > 5 else "")
    rules: dict[int, list[Rule]] = defaultdict(list)
    every: list[Rule] = []
    for index, fields in enumerate(raw):
        add, _, cont = fields[3].partition("/")
        cond = fields[4]
        rule = Rule(
            flag=int(fields[1]),
            index=index,
            strip="" if fields[2] == "0" else fields[2],
            add="" if add == "0" else add,
            condition=None if cond == "." else re.compile(f"{cond}$"),
            cont=frozenset(_flags(cont, af)),
            morph=_morph(fields[5], am) if len(fields) > 5 else "",
        )
        rules[rule.flag].append(rule)
        every.append(rule)
    # Hunspell keys suffixes by their reversed UTF-8 bytes: zero-length ones first (the last read
    # first), then the rest sorted by key, equal keys the last read first
    order = sorted(every, key=lambda r: (bool(r.add), r.add.encode()[::-1], -r.index))
    rank = {r.index: i for i, r in enumerate(order)}
    entries: list[tuple[str, frozenset[int], str]] = []
    with dic.open(encoding="utf-8") as f:
        next(f, None)
        for line in f:
            word_part, _, morph = line.rstrip("\n").partition("\t")
            word, _, flags = word_part.partition("/")
            if not word:
                continue
            entry_flags = frozenset(_flags(flags, af))
            tags = _morph(morph.strip(), am)
            entries.append((word, entry_flags, tags))
            if _hidden_capitalized(word, entry_flags):
                # Hunspell adds "Ios" beside "iOS", "Cia" beside "CIA/flags", for all-capitals input
                entries.append((word[:1].upper() + word[1:].lower(), entry_flags, tags))
    return Dictionary(dict(rules), rank, entries, prefixes)


def _hidden_capitalized(word: str, flags: frozenset[int]) -> bool:
    caps = sum(1 for c in word if c.isupper())
    if caps == 0 or (caps == 1 and word[:1].isupper()):
        return False
    neutral = sum(1 for c in word if c.lower() == c.upper())
    if caps == len(word) or caps + neutral == len(word):
        return bool(flags)
    return True


def generate(d: Dictionary) -> Iterator[tuple[str, tuple[int, ...], str, str]]:
    """``(form, order key, root, tag string)`` for every analysis of every form."""
    homonyms: dict[str, int] = defaultdict(int)
    prefix_rank = {p.flag: i for i, p in enumerate(sorted(d.prefixes.values(), key=lambda p: p.add.encode()))}
    for root, flags, tags in d.entries:
        h = homonyms[root]
        homonyms[root] += 1
        if NEEDAFFIX not in flags:
            yield root, (0, 0, 0, h), root, tags
        for flag in flags:
            for rule in d.rules.get(flag, ()):
                form = rule.apply(root)
                if form is None:
                    continue
                inner = d.rank[rule.index]
                if NEEDAFFIX not in rule.cont and CIRCUMFIX not in rule.cont:
                    yield form, (2, inner, 0, h), root, f"{tags} {rule.morph}"
                if CIRCUMFIX in rule.cont:
                    for pflag in rule.cont:
                        prefix = d.prefixes.get(pflag)
                        if prefix is not None:
                            yield (prefix.add + form, (1, prefix_rank[pflag], inner, h), root,
                                   f"{prefix.morph} {tags} {rule.morph}")
                    continue
                for flag2 in rule.cont:
                    for rule2 in d.rules.get(flag2, ()):
                        form2 = rule2.apply(form)
                        if form2 is not None:
                            yield form2, (3, d.rank[rule2.index], inner, h), root, f"{tags} {rule.morph} {rule2.morph}"


def _part(form: str) -> int:
    return zlib.crc32(form.encode()) % PARTS


class _Grams:
    """Analysis templates (everything but the lemma), numbered."""

    def __init__(self) -> None:
        self.ids: dict[tuple, int] = {}
        self.by_tags: dict[str, Analysis | None] = {}

    def parse(self, root: str, tags: str) -> Analysis | None:
        if tags not in self.by_tags:
            self.by_tags[tags] = parse_hunspell(f" st:X {tags}")
        template = self.by_tags[tags]
        if template is None:
            return None
        return Analysis(root, *_fields(template)[1:])

    def id(self, a: Analysis) -> int:
        key = _fields(a)[1:]
        if key not in self.ids:
            self.ids[key] = len(self.ids)
        return self.ids[key]


def _fields(a: Analysis) -> tuple:
    return (a.lemma, a.pos, a.kind, a.gender, a.number, a.case, a.source, a.tags)


def _transform(form: str, lemma: str) -> tuple[int, str]:
    """(characters cut from the form's end, text added) that turn ``form`` into ``lemma``."""
    n = 0
    for a, b in zip(form, lemma, strict=False):
        if a != b:
            break
        n += 1
    return len(form) - n, lemma[n:]


def build_store(dic_dir: Path, out: Path, stem: str = "lt-LT", log=print) -> Path:
    """Compile ``dic_dir/{stem}.aff,.dic`` into the store folder ``out`` (replaced when there)."""
    import marisa_trie
    import numpy

    d = read_dictionary(dic_dir / f"{stem}.aff", dic_dir / f"{stem}.dic")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=out.parent))
    try:
        files = [(work / f"part{i}.tsv").open("w", encoding="utf-8") for i in range(PARTS)]
        count = 0
        for form, key, root, tags in generate(d):
            files[_part(form)].write(f"{form}\t{key[0]} {key[1]} {key[2]} {key[3]}\t{root}\t{tags}\n")
            count += 1
        for f in files:
            f.close()
        log(f"compile: {count:,} analyses generated")
        grams = _Grams()
        transforms: dict[tuple[int, str, int], int] = {}
        sets: dict[tuple[int, ...], int] = {}
        form_sets: list[tuple[str, int]] = []
        for i in range(PARTS):
            by_form: dict[str, list[tuple[tuple[int, ...], str, str]]] = defaultdict(list)
            with (work / f"part{i}.tsv").open(encoding="utf-8") as f:
                for line in f:
                    form, key, root, tags = line.rstrip("\n").split("\t")
                    by_form[form].append((tuple(int(k) for k in key.split()), root, tags))
            (work / f"part{i}.tsv").unlink()
            for form, items in by_form.items():
                items.sort(key=lambda item: item[0])
                found: list[Analysis] = []
                for _, root, tags in items:
                    a = grams.parse(root, tags)
                    if a is not None and a not in found:
                        found.append(a)
                if not found:
                    continue
                ids = []
                for a in found:
                    cut, add = _transform(form, a.lemma)
                    t = (cut, add, grams.id(a))
                    ids.append(transforms.setdefault(t, len(transforms)))
                set_id = sets.setdefault(tuple(ids), len(sets))
                form_sets.append((form, set_id))
            log(f"compile: part {i + 1}/{PARTS}, {len(form_sets):,} forms")
        trie = marisa_trie.Trie(form for form, _ in form_sets)
        table = numpy.zeros(len(trie), dtype=numpy.uint32)
        for form, set_id in form_sets:
            table[trie.key_id(form)] = set_id
        del form_sets
        offsets = numpy.zeros(len(sets) + 1, dtype=numpy.uint32)
        items_list: list[int] = []
        for ids, set_id in sorted(sets.items(), key=lambda kv: kv[1]):
            offsets[set_id] = len(items_list)
            items_list.extend(ids)
        offsets[len(sets)] = len(items_list)
        trie.save(str(work / "forms.marisa"))
        numpy.save(work / "form_sets.npy", table)
        numpy.save(work / "set_offsets.npy", offsets)
        numpy.save(work / "set_items.npy", numpy.asarray(items_list, dtype=numpy.uint32))
        gram_list = [list(k) for k, _ in sorted(grams.ids.items(), key=lambda kv: kv[1])]
        transform_list = [list(t) for t, _ in sorted(transforms.items(), key=lambda kv: kv[1])]
        meta = {"grams": gram_list, "transforms": transform_list, "forms": len(trie), "sets": len(sets)}
        (work / "tables.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        log(f"compile: {len(trie):,} forms, {len(sets):,} analysis sets, {len(transforms):,} transforms")
        if out.exists():
            old = out.with_name(out.name + f".old{os.getpid()}")
            out.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        work.rename(out)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)
