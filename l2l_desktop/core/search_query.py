"""What the user typed into the search box, as FTS5 queries that cannot fail.

The words of the text (letters and digits, in any script) are searched for, each as a quoted
FTS5 string, so the user's quotes, ``AND``, ``NEAR(``, ``*``, ``-`` or a lone ``"`` are words or
nothing, never syntax. Every word must be found:

* in the word index, as the start of a word ("team" finds "teams");
* in the trigram index, anywhere inside a word ("work" finds "teamwork"), for words of three
  characters or more (a trigram index cannot look for less).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MARK = ("\u0002", "\u0003")  # around each match in a snippet: never in a user's text


@dataclass(frozen=True)
class Hit:
    """One record found: its kind and UUID, its day, and a snippet with the matches marked
    (between ``MARK[0]`` and ``MARK[1]``)."""

    kind: str
    uuid: str
    day: date | None
    snippet: str
    rank: float


def highlights(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet without its marks, and where the matches are in it (start, end)."""
    plain, spans, start = [], [], 0
    for i, piece in enumerate(snippet.split(MARK[0])):
        matched, _, rest = piece.partition(MARK[1]) if i else ("", "", piece)
        if i:
            spans.append((start, start + len(matched)))
            plain.append(matched)
            start += len(matched)
        plain.append(rest)
        start += len(rest)
    return "".join(plain), tuple(spans)


_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12  # a sentence pasted in is searched by its first words


@dataclass(frozen=True)
class SearchQuery:
    """The FTS5 queries for one text; ``words`` empty means there is nothing to search."""

    words: tuple[str, ...]

    @property
    def prefixes(self) -> str:
        """For the word index: each word as the start of a word, all of them."""
        return " AND ".join(f'"{w}"*' for w in self.words)

    @property
    def inner(self) -> str | None:
        """For the trigram index: each word anywhere, all of them (None when a word is too
        short for trigrams: then only the word index is asked)."""
        if not self.words or any(len(w) < 3 for w in self.words):
            return None
        return " AND ".join(f'"{w}"' for w in self.words)


def parse(text: str) -> SearchQuery:
    """The words to look for in ``text`` (``_`` counts as a separator, as FTS5 reads it)."""
    words = [w for w in _WORD.findall(text.replace("_", " ")) if w]
    return SearchQuery(tuple(words[:MAX_WORDS]))
