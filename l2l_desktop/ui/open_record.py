"""Show one record in the tab that keeps it (for a search result)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l2l_desktop.ui.style import tr

if TYPE_CHECKING:
    from l2l_desktop.ui.main_window import MainWindow

EDITOR_TABS = {
    "question": "questions",
    "gemba_visit": "gemba",
    "reflection": "reflection",
    "person": "people",
    "coaching_session": "coaching",
}


def open_record(window: MainWindow, kind: str, uuid: str) -> str:
    """Bring ``kind``/``uuid`` up where it is kept, selected, its form showing it; what the
    window says in its status bar (empty when it opened as asked)."""
    record = window.journal.by_uuid(kind, uuid)
    if record is None:
        return tr("That record is no longer there.")
    window.raise_()
    window.activateWindow()
    if kind in EDITOR_TABS:
        tab = getattr(window, EDITOR_TABS[kind])
        window.tabs.setCurrentWidget(tab)
        if tab.current is None or tab.current.uuid != uuid:
            if not tab.confirm_leave():
                return ""
            tab.edit(record)
        tab.select_uuid(uuid)
        tab.focus_first()
        return ""
    if kind in ("intention", "pause"):
        window.tabs.setCurrentWidget(window.today)
        window.today.set_day(record.day)
        return ""
    if kind == "tell":
        window.tabs.setCurrentWidget(window.questions)
        page = window.questions
        if page.stale:  # a window not shown yet loads its tabs when they are shown
            page.refresh()
        row = page.tells.row_of(uuid)
        if row is None:  # the list holds the last year's: an older one is said whole
            note = record.note.strip() or tr("(no note)")
            return tr("Told instead of asking on {day}: {note}").format(
                day=record.day.isoformat(), note=note
            )
        index = page.tells.index(row, 0)
        page.tell_table.setCurrentIndex(index)
        page.tell_table.scrollTo(index)
        page.tell_table.setFocus()
        return tr(
            "Told instead of asking on {day}: selected in the list below the questions."
        ).format(day=record.day.isoformat())
    if kind == "rest_period":
        window.edit_rest_days()
        return ""
    return tr("{name} is a person named in your records.").format(name=getattr(record, "name", ""))
