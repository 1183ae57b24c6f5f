"""A learner's storyboard: the challenge and the target condition, the current condition as it
changed, the obstacles (worked on, open, overcome), and the log of the steps tried with what
was expected beside what happened. Read-only, from every session with the learner."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from l2l_desktop.core import records as r
from l2l_desktop.core.coaching import Condition, Storyboard
from l2l_desktop.ui.style import percent, person_name, tr, trn


def _text(value: str) -> str:
    """A user's text for the page: escaped, its line breaks kept."""
    return escape(value.strip()).replace("\n", "<br>") or "—"


def _span(c: Condition) -> str:
    """The days a current condition held: "2026-11-30", or "2026-11-30 to 2026-12-02"."""
    if c.until is None:
        return c.day.isoformat()
    return tr("{first} to {last}").format(first=c.day.isoformat(), last=c.until.isoformat())


def _outcome(outcome: r.StepOutcome | None) -> str:
    if outcome is r.StepOutcome.AS_EXPECTED:
        return tr("as expected")
    if outcome is r.StepOutcome.OTHERWISE:
        return tr("not as expected")
    return tr("not judged")


def _obstacles(board: Storyboard) -> str:
    groups = (
        (r.ObstacleStatus.WORKING, tr("Working on")),
        (r.ObstacleStatus.OPEN, tr("Open")),
        (r.ObstacleStatus.OVERCOME, tr("Overcome")),
    )
    cells = []
    none = tr("None")
    for status, title in groups:
        items = board.obstacles.get(status, ())
        body = "".join(f"<li>{_text(t)}</li>" for t in items)
        listed = f"<ul>{body}</ul>" if items else f"<p>{none}</p>"
        cells.append(f'<td width="33%" valign="top"><b>{title}</b>{listed}</td>')
    return f'<table width="100%" cellspacing="0" cellpadding="4"><tr>{"".join(cells)}</tr></table>'


def _experiments(board: Storyboard) -> str:
    if not board.experiments:
        return "<p>" + tr("No steps tried yet: the next session records the first.") + "</p>"
    titles = (tr("Day"), tr("Step"), tr("Expected"), tr("What happened"), tr("Learned"))
    head = "".join(f"<th align='left'>{h}</th>" for h in titles)
    rows = []
    for e in reversed(board.experiments):  # the latest first, as the other lists
        rows.append(
            "<tr>"
            f"<td valign='top'>{e.day.isoformat()}</td>"
            f"<td valign='top'>{_text(e.step)}</td>"
            f"<td valign='top'>{_text(e.expected)}</td>"
            f"<td valign='top'>{_text(e.actual)}<br><i>{_outcome(e.outcome)}</i></td>"
            f"<td valign='top'>{_text(e.learned)}</td>"
            "</tr>"
        )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse: collapse;"><tr>{head}</tr>{"".join(rows)}</table>'
    )


def storyboard_html(board: Storyboard) -> str:
    """The storyboard as a page for a text browser (every text of the user's escaped)."""
    name = escape(person_name(board.learner))
    title = "<h2>" + tr("Storyboard of {name}").format(name=name) + "</h2>"
    if not board.sessions:
        return title + "<p>" + tr("No coaching sessions with them yet.") + "</p>"
    right, judged = board.as_expected
    if judged:
        signal = tr("{right} of {judged} steps went as expected ({share}).").format(
            right=right, judged=judged, share=percent(100 * right / judged)
        )
    else:
        signal = tr("No step judged yet.")
    conditions = "".join(
        f"<tr><td valign='top'>{_span(c)}</td><td>{_text(c.text)}</td></tr>"
        for c in reversed(board.conditions)
    )
    if board.next_step.strip():
        next_lines = [
            _text(board.next_step),
            tr("Expected: {result}").format(result=_text(board.next_expected)),
        ]
    else:
        next_lines = [tr("Not agreed yet: the latest session has no next step.")]
    if board.go_see:
        next_lines.append(tr("Go and see on {day}.").format(day=board.go_see.isoformat()))
    sessions = trn("%n session", "%n sessions", board.sessions)

    def section(heading: str, body: str) -> str:
        return f"<h3>{heading}</h3>{body}"

    return "".join(
        [
            title,
            f"<p>{sessions} · {signal}</p>",
            section(tr("Challenge"), f"<p>{_text(board.challenge)}</p>"),
            section(tr("Target condition"), f"<p>{_text(board.target)}</p>"),
            section(
                tr("Current condition, over time"),
                f"<table cellpadding='3'>{conditions}</table>" if conditions else "<p>—</p>",
            ),
            section(tr("Obstacles"), _obstacles(board)),
            section(tr("Next step"), "<p>" + "<br>".join(next_lines) + "</p>"),
            section(tr("Steps tried"), _experiments(board)),
        ]
    )


class StoryboardView(QTextBrowser):
    """The storyboard page, read-only, scrolled and searched with the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(tr("Storyboard"))
        # Selectable with the mouse, scrolled with the keys: no caret blinking in a page
        # that cannot be edited.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_board(self, board: Storyboard) -> None:
        self.setHtml(storyboard_html(board))


class StoryboardDialog(QDialog):
    """A learner's storyboard in a window of its own (Esc closes it)."""

    def __init__(self, board: Storyboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Storyboard of {name}").format(name=person_name(board.learner)))
        self.view = StoryboardView(self)
        self.view.show_board(board)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.view.setFocus()
