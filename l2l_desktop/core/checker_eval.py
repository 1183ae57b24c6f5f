"""How well the question checker does on a labelled corpus: accuracy, the confusion matrix,
and precision and recall per kind, for the tuning set and for the held-back set apart.

    python -m l2l_desktop.core.checker_eval tests/data/questions.tsv [--set tune|held|all]

The corpus is tab-separated with a header: ``kind``, ``setting``, ``family``, ``set``
(``tune`` or ``held``: a quarter held back, never tuned against) and ``text``. A file without
``set`` (a set written by someone else, never tuned against) counts as held back.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from l2l_desktop.core.question_checker import check_question
from l2l_desktop.core.records import QuestionKind

KINDS: tuple[QuestionKind, ...] = (QuestionKind.OPEN, QuestionKind.CLOSED, QuestionKind.LEADING)


@dataclass(frozen=True)
class Labelled:
    """One phrasing of the corpus and the kind a person gave it."""

    text: str
    kind: QuestionKind
    setting: str
    family: str
    held: bool


@dataclass(frozen=True)
class Scores:
    """The checker's figures on a set of phrasings."""

    total: int
    correct: int
    confusion: dict[tuple[QuestionKind, QuestionKind], int]  # (labelled, checked) -> count
    misses: tuple[tuple[Labelled, QuestionKind | None], ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def precision(self, kind: QuestionKind) -> float | None:
        said = sum(n for (_, checked), n in self.confusion.items() if checked == kind)
        return self.confusion.get((kind, kind), 0) / said if said else None

    def recall(self, kind: QuestionKind) -> float | None:
        truly = sum(n for (labelled, _), n in self.confusion.items() if labelled == kind)
        return self.confusion.get((kind, kind), 0) / truly if truly else None


def read_corpus(path: Path) -> list[Labelled]:
    """The corpus at ``path`` (see the module docstring for its columns)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Labelled(
                row["text"],
                QuestionKind(row["kind"]),
                row.get("setting") or "",
                row.get("family") or "",
                row.get("set", "held") == "held",
            )
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def score(items: Iterable[Labelled]) -> Scores:
    """Run the checker on each phrasing and count what it got right."""
    confusion: Counter[tuple[QuestionKind, QuestionKind]] = Counter()
    misses = []
    total = correct = 0
    for item in items:
        found = check_question(item.text)
        checked = found.kind if found is not None else None
        total += 1
        if checked == item.kind:
            correct += 1
        else:
            misses.append((item, checked))
        if checked is not None:
            confusion[(item.kind, checked)] += 1
    return Scores(total, correct, dict(confusion), tuple(misses))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def report(name: str, scores: Scores, show_misses: bool = False) -> str:
    """The figures as text: accuracy, the confusion matrix, precision and recall per kind."""
    lines = [f"{name}: {scores.correct} of {scores.total} right, accuracy {_pct(scores.accuracy)}"]
    lines.append("labelled \\ checked " + "".join(f"{k.value:>9}" for k in KINDS))
    for labelled in KINDS:
        cells = "".join(f"{scores.confusion.get((labelled, c), 0):>9}" for c in KINDS)
        lines.append(f"{labelled.value:<18}{cells}")
    for kind in KINDS:
        lines.append(
            f"  {kind.value:<8} precision {_pct(scores.precision(kind)):>8}"
            f"   recall {_pct(scores.recall(kind)):>8}"
        )
    if show_misses:
        for item, checked in scores.misses:
            got = checked.value if checked else "none"
            lines.append(f"  miss [{item.family}] {item.kind.value} -> {got}: {item.text}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m l2l_desktop.core.checker_eval")
    parser.add_argument("path", type=Path, help="the labelled corpus (TSV)")
    parser.add_argument(
        "--set", choices=("tune", "held", "all"), default="all", help="which phrasings to score"
    )
    parser.add_argument("--misses", action="store_true", help="list the phrasings it got wrong")
    args = parser.parse_args(argv)
    corpus = read_corpus(args.path)
    parts = {
        "tune": [x for x in corpus if not x.held],
        "held": [x for x in corpus if x.held],
    }
    names = [n for n in (("tune", "held") if args.set == "all" else (args.set,)) if parts[n]]
    print(f"{len(corpus)} phrasings in {args.path}")
    for name in names:
        label = "tuning set" if name == "tune" else "held-back set (never tuned against)"
        print()
        print(report(label, score(parts[name]), args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
