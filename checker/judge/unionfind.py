"""Partition: names joined pair by pair into disjoint sets, each set named by its least member."""

from __future__ import annotations

from typing import Hashable, Iterable

__all__ = ["Partition"]


class Partition:
    """Disjoint sets of names (union-find). Each set is named by its least member, so the sets and
    their order never depend on the order the pairs were joined in."""

    __slots__ = ("_parent",)

    def __init__(self, names: Iterable[Hashable] = ()) -> None:
        self._parent = {name: name for name in names}

    def add(self, name: Hashable) -> None:
        self._parent.setdefault(name, name)

    def __contains__(self, name: Hashable) -> bool:
        return name in self._parent

    def find(self, name: Hashable) -> Hashable:
        """The least member of the set holding `name`."""
        parent = self._parent
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    def join(self, a: Hashable, b: Hashable) -> None:
        """One set of the sets holding a and b."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def sets(self) -> dict[Hashable, list[Hashable]]:
        """Every set by its least member, its members in order, least member first."""
        out: dict[Hashable, list[Hashable]] = {}
        for name in sorted(self._parent):
            out.setdefault(self.find(name), []).append(name)
        return out
