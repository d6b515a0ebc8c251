"""Reading the Semantika Hunspell dictionary's affix rules, to generate every form of a lemma.

chunspell analyses but does not generate. The dictionary (``FLAG num``) names flag sets and tag sets by
number (``AF`` and ``AM`` aliases); a ``SFX`` rule strips an ending from the lemma, adds another, and
carries a tag alias (``is:Fem_Sg_Loc``); its continuation flags add a second suffix on top (definite
adjectives: viešas → viešoji → viešojoje). ``AffixDictionary.forms("biblioteka")`` lists
``(form, tags)`` pairs such as ``("bibliotekoje", "po:noun is:Fem_Sg_Loc")``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resources import derived

SPECIAL_FLAGS = {9998, 9999}  # CIRCUMFIX, NEEDAFFIX


@dataclass(frozen=True, slots=True)
class SuffixRule:
    strip: str
    add: str
    condition: re.Pattern[str] | None
    cont: tuple[int, ...]  # continuation flags (already resolved from the AF alias)
    morph: str

    def apply(self, word: str) -> str | None:
        if self.strip and not word.endswith(self.strip):
            return None
        if self.condition is not None and not self.condition.search(word):
            return None
        base = word[: len(word) - len(self.strip)] if self.strip else word
        return base + self.add


def _flags(text: str, af: list[tuple[int, ...]]) -> tuple[int, ...]:
    """Flags of a ``/...`` field: an AF alias number (or a comma list when there are no aliases)."""
    if not text:
        return ()
    if af and text.isdigit():
        index = int(text)
        return af[index - 1] if 0 < index <= len(af) else ()
    return tuple(int(f) for f in text.split(",") if f.isdigit())


def _morph(text: str, am: list[str]) -> str:
    if text.isdigit() and am:
        index = int(text)
        return am[index - 1] if 0 < index <= len(am) else ""
    return text


@dataclass(frozen=True, slots=True)
class AffixTables:
    """What the files say, read but not yet compiled: kept in the derived-data cache (``resources.derived``)."""

    af: list[tuple[int, ...]]  # flag-set aliases
    am: list[str]  # tag-set aliases
    sfx: dict[int, str]  # flag → its SFX lines, fields joined by one space, lines by "\n" (parsed on first use)
    dic: str  # the word lines, without the count, each line after a "\n"


def _text(data: bytes) -> str:
    """``data`` decoded as a file opened in text mode reads it (universal newlines)."""
    text = data.decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_aff(text: str) -> tuple[list[tuple[int, ...]], list[str], list[list[str]]]:
    """An ``.aff`` file's flag-set aliases (AF), tag-set aliases (AM) and its SFX and PFX lines split into
    fields (comments and the alias counts left out): what both the affix tables and the store's compiler read."""
    af: list[tuple[int, ...]] = []
    am: list[str] = []
    affixes: list[list[str]] = []
    for line in text.split("\n"):  # not splitlines(): that also splits at \x0c, \u2028 …
        fields = line.split("#", 1)[0].split() if not line.startswith("#") else []
        if not fields:
            continue
        if fields[0] == "AF" and len(fields) == 2 and not af and fields[1].isdigit() and "," not in line:
            continue  # the count line
        if fields[0] == "AF":
            af.append(tuple(int(x) for x in fields[1].split(",") if x.isdigit()))
        elif fields[0] == "AM" and len(fields) >= 2:
            if not am and len(fields) == 2 and fields[1].isdigit():
                continue
            am.append(" ".join(fields[1:]))
        elif fields[0] in ("SFX", "PFX") and len(fields) >= 5:
            affixes.append(fields)
    return af, am, affixes


def parse_tables(aff: bytes, dic: bytes) -> AffixTables:
    """The ``.aff`` file's aliases and suffix lines, the ``.dic`` file's word lines (about 0.05 s of CPU)."""
    af, am, affixes = read_aff(_text(aff))
    raw_sfx: dict[int, list[str]] = defaultdict(list)
    for fields in affixes:
        if fields[0] == "SFX":
            raw_sfx[int(fields[1])].append(" ".join(fields))
    # Keep the word lines as text: a lemma's entries are parsed when first asked for (parsing all of them
    # took about 2 s, and extraction asks for a handful of lemmas).
    text = _text(dic)
    first = text.find("\n")
    words = "\n" + text[first + 1 :] if first >= 0 else ""
    return AffixTables(af, am, {flag: "\n".join(lines) for flag, lines in raw_sfx.items()}, words)


class AffixDictionary:
    """The suffix rules and the lemma index of a ``FLAG num`` Hunspell dictionary with aliases."""

    def __init__(self, tables: AffixTables) -> None:
        self.af = tables.af
        self.am = tables.am
        self._raw_sfx = tables.sfx
        self._dic = tables.dic
        self.sfx: dict[int, list[SuffixRule]] = {}  # built per flag on first use (``rules``)
        self._entries: dict[str, list[tuple[tuple[int, ...], str]]] = {}

    @classmethod
    def from_files(cls, aff_path: Path, dic_path: Path) -> AffixDictionary:
        """Parsed afresh (``load_affix_dictionary`` loads what an earlier process parsed)."""
        return cls(parse_tables(aff_path.read_bytes(), dic_path.read_bytes()))

    def rules(self, flag: int) -> list[SuffixRule]:
        """The suffix rules of ``flag``, in the file's order (parsed when first asked for)."""
        found = self.sfx.get(flag)
        if found is None:
            found = []
            lines = self._raw_sfx.get(flag)
            for line in lines.split("\n") if lines else ():
                fields = line.split()
                strip = "" if fields[2] == "0" else fields[2]
                add, _, cont = fields[3].partition("/")
                add = "" if add == "0" else add
                cond = fields[4]
                condition = None if cond == "." else re.compile(f"{cond}$")
                morph = _morph(fields[5], self.am) if len(fields) > 5 else ""
                found.append(SuffixRule(strip, add, condition, _flags(cont, self.af), morph))
            self.sfx[flag] = found
        return found

    def entries(self, lemma: str) -> list[tuple[tuple[int, ...], str]]:
        """The ``(flags, tags)`` of the lines whose word is ``lemma`` (``word[/flags][\\tmorph]``), in order."""
        found = self._entries.get(lemma)
        if found is not None:
            return found
        found = []
        key = "\n" + lemma
        dic = self._dic
        at = dic.find(key) if lemma else -1
        while at >= 0:
            end = at + len(key)
            if end == len(dic) or dic[end] in "/\t\n":
                line_end = dic.find("\n", end)
                line = dic[at + 1 : line_end if line_end >= 0 else len(dic)]
                word_part, _, morph = line.partition("\t")
                _, _, flags = word_part.partition("/")
                found.append((_flags(flags, self.af), _morph(morph.strip(), self.am)))
            at = dic.find(key, end)
        self._entries[lemma] = found
        return found

    def forms(self, lemma: str) -> list[tuple[str, str]]:
        """Every ``(form, tags)`` the rules give for ``lemma`` (tags: ``po:... is:...``)."""
        out: list[tuple[str, str]] = []
        for flags, entry_morph in self.entries(lemma):
            needs_affix = 9999 in flags
            if not needs_affix:
                out.append((lemma, entry_morph))
            for flag in flags:
                if flag in SPECIAL_FLAGS:
                    continue
                for rule in self.rules(flag):
                    form = rule.apply(lemma)
                    if form is None:
                        continue
                    if 9999 not in rule.cont:
                        out.append((form, f"{entry_morph} {rule.morph}".strip()))
                    for flag2 in rule.cont:
                        if flag2 in SPECIAL_FLAGS:
                            continue
                        for rule2 in self.rules(flag2):
                            form2 = rule2.apply(form)
                            if form2 is not None:
                                out.append((form2, f"{entry_morph} {rule.morph} {rule2.morph}".strip()))
        return out


@cache
def load_affix_dictionary(folder: Path, stem: str = "lt-LT") -> AffixDictionary:
    """The dictionary in ``folder`` (its rules; the words are parsed as asked for): parsed once, then loaded
    from the derived-data cache, keyed by the two files' contents (about 0.01 s rather than 0.05)."""
    aff, dic = (folder / f"{stem}.aff").read_bytes(), (folder / f"{stem}.dic").read_bytes()
    return AffixDictionary(derived(f"affixes-{stem}", (aff, dic), lambda: parse_tables(aff, dic)))
