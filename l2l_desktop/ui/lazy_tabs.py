"""A tab widget whose pages are made when first needed, so that the window's first paint pays
only for the tab it shows.

Each tab holds a frame; its page is made, and put in the frame, the first time the tab is
shown or the page is asked for (``page(name)``). Everything that names a page, such as
``setCurrentWidget(page)`` and ``indexOf(page)``, takes the page itself, as with a plain
QTabWidget: the frames stay out of sight.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class _Frame(QWidget):
    """A tab's own widget: empty until its page is made, on its first show."""

    def __init__(self, make: Callable[[], QWidget]) -> None:
        super().__init__()
        self.page: QWidget | None = None
        self._make = make
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def made(self) -> QWidget:
        if self.page is None:
            self.page = self._make()
            self.layout().addWidget(self.page)
            self.page.show()  # with the frame, now (a layout would show it a moment later)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.made()
        super().showEvent(event)


class LazyTabs(QTabWidget):
    """Tabs named ``names``, titled ``titles``; ``make(name)`` makes a page when first needed."""

    made = Signal(str, QWidget)  # a page was just made: its name, the page

    def __init__(
        self,
        names: Sequence[str],
        titles: Sequence[str],
        make: Callable[[str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = tuple(names)
        self._frames: list[_Frame] = []
        for name, title in zip(self.names, titles, strict=True):
            frame = _Frame(lambda name=name: self._make(name, make))
            self._frames.append(frame)
            self.addTab(frame, title)

    def _make(self, name: str, make: Callable[[str], QWidget]) -> QWidget:
        page = make(name)
        self.made.emit(name, page)
        return page

    def page(self, name: str) -> Any:
        """The page of the tab ``name``, made now if it was not yet."""
        return self._frames[self.names.index(name)].made()

    def made_pages(self) -> list[Any]:
        """The pages made so far, in tab order (the others have nothing to show or keep)."""
        return [f.page for f in self._frames if f.page is not None]

    def name_of(self, page: object) -> str:
        """The name of the tab that holds ``page`` (ValueError when none does)."""
        return self.names[self._index_of_page(page)]

    def _index_of_page(self, page: object) -> int:
        for i, frame in enumerate(self._frames):
            if page is frame or (page is not None and page is frame.page):
                return i
        raise ValueError("not a page of these tabs")

    # The page stands for its tab, as in a plain QTabWidget.

    def indexOf(self, page: QWidget) -> int:
        try:
            return self._index_of_page(page)
        except ValueError:
            return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self._index_of_page(page))

    def currentWidget(self) -> Any:
        """The page shown (made, since it is shown); None with no tabs."""
        index = self.currentIndex()
        return None if index < 0 else self._frames[index].made()

    def widget(self, index: int) -> Any:
        return self._frames[index].made() if 0 <= index < len(self._frames) else None
