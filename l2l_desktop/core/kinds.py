"""The record kinds: each kind's name (used by the store, the change bus and exports) and its
declaration (a dataclass of :mod:`l2l_desktop.core.records`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from l2l_desktop.core import records as r
from l2l_desktop.core.declared import FieldSpec, Shape, content


@dataclass(frozen=True)
class Kind:
    name: str
    record: type[r.Record]
    noun: str = ""  # one record of it, in words ("gemba visit"); the name's words by default
    plural: str = ""  # several ("gemba visits"); the noun with an s by default

    def __post_init__(self) -> None:
        noun = self.noun or self.name.replace("_", " ")
        object.__setattr__(self, "noun", noun)
        object.__setattr__(self, "plural", self.plural or f"{noun}s")

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        """The declared fields, stamps left out."""
        return content(self.record)

    @property
    def parts(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.shape is Shape.PARTS)


class Kinds:
    """A registry of kinds, looked up by name or by record class."""

    def __init__(self, *kinds: Kind) -> None:
        self._by_name = {k.name: k for k in kinds}
        self._by_type = {k.record: k for k in kinds}
        if len(self._by_name) != len(kinds) or len(self._by_type) != len(kinds):
            raise ValueError("each kind needs a name and a class of its own")

    def __iter__(self) -> Iterator[Kind]:
        return iter(self._by_name.values())

    def named(self, name: str) -> Kind:
        return self._by_name[name]

    def of(self, record: r.Record | type[r.Record]) -> Kind:
        """The kind of a record (or of a record class)."""
        cls = record if isinstance(record, type) else type(record)
        try:
            return self._by_type[cls]
        except KeyError:
            raise TypeError(f"{cls.__name__} is not a record kind") from None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._by_name)

    def replacing(self, name: str, record: type[r.Record]) -> Kinds:
        """These kinds with ``name`` declared by ``record`` instead (a kind with a new field)."""
        return Kinds(*(replace(k, record=record) if k.name == name else k for k in self))


KINDS = Kinds(
    Kind("person", r.Person, plural="people"),
    Kind("intention", r.Intention),
    Kind("pause", r.Pause),
    Kind("question", r.Question),
    Kind("tell", r.Tell),
    Kind("bank_question", r.BankQuestion),
    Kind("gemba_visit", r.GembaVisit),
    Kind("reflection", r.Reflection),
    Kind("rest_period", r.RestPeriod, "days-off period"),
    Kind("coaching_session", r.CoachingSession),
)


def kind_of(record: r.Record) -> str:
    """The name of a record's kind."""
    return KINDS.of(record).name
