"""Rule 5: "viešoji biblioteka" or "biblioteka" alone, when the post makes its library clear.

The post's library is the site's own (its address), else the one municipal library the post names,
else (for "viešoji biblioteka") the one municipality whose seat the post names.
"""

from __future__ import annotations

from .gazetteer import Entry
from .hits import FinderBase, Hit
from .readings import analyses, is_adjective
from .words import Word


class PostLibrary(FinderBase):
    def post_library(self, public: bool, district: str | None = None) -> Entry | None:
        """The library that "viešoji biblioteka" (``public``) or "biblioteka" alone means in this post.

        The site's own library when the post names no other library or names it too; for "viešoji
        biblioteka" also the one municipal library the post names, or, when it names none, the one
        municipality whose seat it names.
        """
        named = {e.id: e for hit in self.hits for e in hit.entries[:1] if e.is_public}
        url_host = self.site
        if url_host is not None:
            # another library of the host's level (a municipal library on a municipal library's site) may
            # be what "biblioteka" means; the national or a county library named in passing is not
            peers = [e for e in named.values() if e.id != url_host.id and e.kind in (url_host.kind, "municipal")]
            if not peers or url_host.id in named:
                return url_host
        if not public:
            return None
        municipal = [e for e in named.values() if e.kind == "municipal"]
        if district is not None:
            municipal = [e for e in municipal if f" {district} " in (e.municipality or "")]
        if len(municipal) == 1:
            return municipal[0]
        if not named:
            return self._branches_parent() or self.seat_evidence(district)
        return None

    def _branches_parent(self) -> Entry | None:
        """The one library whose listed branches the post names: "viešoji biblioteka" of a branch's post."""
        parents = {e.parent for hit in self.hits for e in hit.entries[:1] if e.kind == "branch" and e.parent}
        if len(parents) != 1:
            return None
        return self.gaz.get(next(iter(parents)))

    def bare_mentions(self) -> None:
        ws = self.ws
        chosen: dict[tuple[bool, str | None], Entry | None] = {}
        for h in self.library_like:  # "biblioteka" is one of them
            head = ws[h]
            if self.used[h] or head.key != "biblioteka" or head.plural:
                continue
            start = h
            if h > 0 and ws[h - 1].key in ("viesoji", "centrine") and head.joined and not self.used[h - 1]:
                start = h - 1
                start = self._municipal_words_before(start)
            if start > 0 and ws[start].joined and self._modifier(ws[start - 1]):
                continue
            if h + 1 < len(ws) and ws[h + 1].joined and ws[h + 1].text in ("g", "gatvė", "gatvėje", "gatvės"):
                continue
            public = start < h or (h > 0 and ws[h - 1].key == "musu" and head.joined)  # "mūsų biblioteka"
            if start == h and self._about_branch():
                continue  # a post about a branch: "biblioteka" alone is that branch, not its parent
            district = ws[start].key if ws[start].key in ("rajono", "miesto") else None
            if (public, district) not in chosen:
                chosen[(public, district)] = self.post_library(public, district)
            library = chosen[(public, district)]
            if library is not None:
                self.add(Hit(start, h, (library,), rule="post-library"))

    def _municipal_words_before(self, start: int) -> int:
        """ "rajono savivaldybės viešoji biblioteka", "miesto savivaldybės ...", "r. sav. ...", "rajono ...":
        the municipality's words without its town name the post's library as "viešoji biblioteka" does
        (the town is the one the post names); the first word of the phrase."""
        ws = self.ws
        k = start
        if k > 0 and ws[k].joined and not self.used[k - 1] and ws[k - 1].key == "savivaldybes":
            k -= 1
        if k > 0 and ws[k].joined and not self.used[k - 1] and ws[k - 1].key in ("rajono", "miesto"):
            k -= 1
        if k == start or (k > 0 and ws[k].joined and ws[k - 1].capitalized and not ws[k - 1].sentence_start):
            return start  # "Kelmės rajono savivaldybės viešoji biblioteka" is the gazetteer's, not this rule's
        return k

    def _about_branch(self) -> bool:
        """The post names branches and no public library by its name."""
        branches = any(hit.kind == "branch" or (hit.entries and hit.entries[0].kind == "branch") for hit in self.hits)
        return branches and not any(hit.entries and hit.entries[0].is_public for hit in self.hits)

    def _modifier(self, w: Word) -> bool:
        """A word that makes "biblioteka" someone's: a capitalised word, a genitive noun, an adjective."""
        if w.key in ("musu", "sios", "tos", "jos", "savo", "ir", "i", "su", "is", "po", "prie", "iki", "apie"):
            return False
        if w.capitalized and not w.sentence_start:
            return True
        return any(a.case == "Gen" and a.pos in ("noun", "adjective") for a in analyses(w)) or is_adjective(w)

