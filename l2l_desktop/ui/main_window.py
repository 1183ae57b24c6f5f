"""The main window: six tabs, the menus, the status bar, and the window's remembered state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from l2l_desktop import APP_NAME
from l2l_desktop.core import records as r
from l2l_desktop.core.dates import week_start
from l2l_desktop.core.reminders import ReminderKind
from l2l_desktop.services import Change, Journal
from l2l_desktop.settings import Settings
from l2l_desktop.ui.changes import ChangeSignal
from l2l_desktop.ui.first_paint import FirstPaint
from l2l_desktop.ui.lazy_tabs import LazyTabs
from l2l_desktop.ui.menus import build_menus, build_tab_shortcuts
from l2l_desktop.ui.pages import PAGE_NAMES, make_page, page_titles
from l2l_desktop.ui.reminder_banner import ReminderBanner
from l2l_desktop.ui.reminders import ReminderRunner
from l2l_desktop.ui.status_facts import StatusFacts
from l2l_desktop.ui.style import said, tr
from l2l_desktop.ui.widgets import TabPage, guarded

# The Trends tab and its charts (and pyqtgraph) are made this long after the window's first
# paint, while the user reads the tab it opened on.
WARM_UP_DELAY_MS = 400

if TYPE_CHECKING:
    from l2l_desktop.ui.report import ReportDialog
    from l2l_desktop.ui.restore_dialog import RestoreDialog
    from l2l_desktop.ui.search_dialog import SearchDialog
    from l2l_desktop.ui.tabs.coaching import CoachingTab
    from l2l_desktop.ui.tabs.gemba import GembaTab
    from l2l_desktop.ui.tabs.people import PeopleTab
    from l2l_desktop.ui.tabs.questions import QuestionsTab
    from l2l_desktop.ui.tabs.reflection import ReflectionTab
    from l2l_desktop.ui.tabs.today import TodayTab
    from l2l_desktop.ui.tabs.trends import TrendsTab
    from l2l_desktop.ui.tray import Tray


class MainWindow(QMainWindow):
    theme_chosen = Signal(str)  # "system", "light" or "dark": app.py's Theme applies it
    warmed_up = Signal()  # start-up's work is done, the Trends tab made ahead of time

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        data_location: str,
        status_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.data_location = data_location
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(760, 480)
        self._warmed = False
        self.undo_stack = QUndoStack(self)
        self.tabs = LazyTabs(PAGE_NAMES, page_titles(), self._make_page)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(tr("Sections"))
        self.banner = ReminderBanner()
        self.setCentralWidget(self.banner.above(self.tabs))
        self.first_paint = FirstPaint(self)  # what waits for it: app.py's start-up, the warm-up
        self.reminders = ReminderRunner(
            journal,
            settings,
            data_location,
            self.banner,
            {
                ReminderKind.MORNING: self.write_intention,
                ReminderKind.EVENING: self.open_hansei,
                ReminderKind.WEEKLY: self.weekly_review,
            },
            parent=self,
        )
        build_menus(self)
        self.tab_actions = build_tab_shortcuts(self)
        from l2l_desktop.ui.icons import WindowIcons  # (app.py has it loaded already)

        self.icons = WindowIcons(self)  # on the tabs and menus, in the palette's colours
        self.changes = ChangeSignal(journal.bus, self)
        self.changes.changed.connect(self._on_changed)
        self.reminders.said.connect(lambda text: self.statusBar().showMessage(text, 6000))
        to_reminder = QAction(tr("Go to the reminder"), self)
        to_reminder.setShortcut(QKeySequence("Ctrl+Shift+R"))  # it never takes the keys itself
        to_reminder.triggered.connect(lambda: self.banner.isVisible() and self.banner.focus_first())
        self.addAction(to_reminder)
        self.tabs.currentChanged.connect(lambda _i: self.focus_page())
        self._restore()
        self.tray: Tray | None = None
        self._quitting = False
        self.login_options: list[str] | None = []  # app.py: the data folder, None for a demo
        self.search_dialog: SearchDialog | None = None
        self.facts = StatusFacts(journal, data_location, status_note)
        self.statusBar().addPermanentWidget(self.facts)

    def weekly_review(self) -> None:
        """Open this week's review in the Reflection tab, started with the week's figures."""
        from l2l_desktop.ui.report_text import week_figures

        today = self.journal.today()
        figures = week_figures(self.journal.trends(week_start(today), today))
        self.tabs.setCurrentWidget(self.reflection)
        self.reflection.start_weekly_review(figures)

    def find(self) -> SearchDialog:
        """Edit › Find (Ctrl+F): the search box, kept between uses."""
        if self.search_dialog is None:
            from l2l_desktop.ui.open_record import open_record
            from l2l_desktop.ui.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.journal, self)
            self.search_dialog.open_requested.connect(
                lambda kind, uuid: self._said(open_record(self, kind, uuid))
            )
        self.search_dialog.start()
        return self.search_dialog

    def open_record(self, kind: str, uuid: str) -> None:
        """A row of a person's page, opened in the tab that keeps its record."""
        from l2l_desktop.ui.open_record import open_record

        self._said(open_record(self, kind, uuid))

    def coach(self, learner: r.Person) -> None:
        """A new coaching session with ``learner``, started from their last one."""
        self.tabs.setCurrentWidget(self.coaching)
        self.coaching.start_with(learner)

    def open_storyboard(self, learner: r.Person) -> QDialog:
        """The storyboard of ``learner`` (a stored person), in a window of its own."""
        from l2l_desktop.ui.storyboard import StoryboardDialog

        dialog = StoryboardDialog(self.journal.storyboard(learner), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def editor_pages(self) -> list[Any]:
        """The tabs made so far with a form whose unsaved text is kept as a draft (a tab never
        made holds no typing: its draft, if any, stays as it was)."""
        return [p for p in self.tabs.made_pages() if self.tabs.name_of(p) != "trends"]

    def _said(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)

    def open_settings(self) -> QDialog:
        """Edit › Settings… (Ctrl+,): every change applies at once."""
        from l2l_desktop.ui.settings_dialog import open_settings

        return open_settings(self)

    def edit_rest_days(self) -> QDialog:
        from l2l_desktop.ui.trend_dialogs import RestDaysDialog

        dialog = RestDaysDialog(self.journal, self.undo_stack, self)
        dialog.open()
        return dialog

    def edit_practice_days(self) -> QDialog:
        from l2l_desktop.ui.trend_dialogs import PracticeDaysDialog

        dialog = PracticeDaysDialog(self.journal, self)
        dialog.open()
        return dialog

    def export_report(self) -> ReportDialog:
        from l2l_desktop.ui.report import ReportDialog

        dialog = ReportDialog(self.journal, self, self.trends.current_range())
        dialog.open()
        return dialog

    def export_journal(self) -> QDialog:
        from l2l_desktop.ui.exchange_dialogs import ExportDialog

        dialog = ExportDialog(self.journal, self)
        dialog.exported.connect(lambda note: self.statusBar().showMessage(note, 10000))
        dialog.open()
        return dialog

    def import_journal(self) -> QDialog:
        """Window-modal while it works: the import is the one writer until it is done."""
        from l2l_desktop.ui.exchange_dialogs import ImportDialog

        dialog = ImportDialog(self.journal, self)
        dialog.imported.connect(self._after_import)
        dialog.finished.connect(lambda _result: self.backup_made())  # a stopped import's too
        dialog.open()
        return dialog

    def _after_import(self, note: str) -> None:
        self.undo_stack.clear()  # its steps may name records the import replaced
        self.statusBar().showMessage(note, 15000)  # its backup: said when the dialog closes

    def write_intention(self) -> None:
        """From the pause dialog's "set one now": today's intention, ready to write."""
        self.tabs.setCurrentWidget(self.today)
        self.today.set_day(self.journal.today())
        self.today.focus_first()

    def use_tray(self, tray: Tray) -> None:
        """The tray icon: with one shown, closing the window may keep the app there."""
        self.tray = tray

    def log_question(self) -> None:
        """Log › Question… (and the tray's): a question in a small dialog, without the tab."""
        from l2l_desktop.ui.quick_question import log_question

        if log_question(self.journal, self) is not None:
            self.statusBar().showMessage(tr("Question logged."), 6000)

    def quit(self) -> None:
        """File › Quit, the tray's Quit, a signal: close for good, whatever the tray setting."""
        self._quitting = True
        self.close()

    def open_hansei(self) -> None:
        """Today's daily reflection, with the day's actions to tick."""
        self.tabs.setCurrentWidget(self.reflection)
        self.reflection.new()

    def practise(self, uuid: str) -> None:
        self.today.set_practice_question(uuid)
        self.statusBar().showMessage(tr("Today's question to practise is set."), 4000)

    def show_about(self) -> Any:
        from l2l_desktop.ui.about import show_about

        return show_about(self, self.data_location)

    def _on_changed(self, change: Change) -> None:
        for page in self.tabs.made_pages():  # a page made later reads what is there then
            page.changed(change)
        self.facts.changed(change)

    def back_up_now(self) -> str | None:
        try:
            path = self.journal.back_up_now()
        except Exception as exc:  # told to the user, and the app carries on
            QMessageBox.warning(
                self, tr("Backup failed"), tr("The backup failed: {e}").format(e=said(exc))
            )
            return None
        self.backup_made()
        self.statusBar().showMessage(tr("Backed up to {path}").format(path=path), 6000)
        return path

    def backup_made(self) -> None:
        """A backup was written (from the menu, or the daily one): say so in the status bar."""
        self.facts.backup_made()

    @property
    def records(self) -> int:
        """How many records the journal holds, as the status bar says."""
        return self.facts.records

    def restore_from_backup(self) -> RestoreDialog:
        from l2l_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.journal, self)
        dialog.restored.connect(self._after_restore)
        dialog.open()
        return dialog

    def _after_restore(self, what: str, aside: str) -> None:
        self.undo_stack.clear()  # its steps name records of the database that was replaced
        note = tr("Restored {what}.").format(what=what)
        if aside:
            note += " " + tr("The database it replaced was kept as {path}.").format(path=aside)
        self.statusBar().showMessage(note, 15000)

    def focus_page(self) -> None:
        """Put the focus where the user will type on the tab shown (at start, on Ctrl+1…6)."""
        page = self.tabs.currentWidget()
        focus = getattr(page, "focus_first", None)
        if focus is not None:
            focus()

    def _restore(self) -> None:
        geometry = self.settings.geometry
        # One Qt cannot read (cut short, or kept by another version) leaves the window at its
        # minimum: the usual size then, as on a first start.
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_tab(self.data_location)
        if last in PAGE_NAMES:
            self.tabs.setCurrentIndex(PAGE_NAMES.index(last))  # its page is made when shown

    def page_name(self, page: object) -> str:
        """The window's attribute for a tab's page ("trends"): how the last tab is kept."""
        return self.tabs.name_of(page)

    def save_state(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.set_last_tab(self.data_location, PAGE_NAMES[self.tabs.currentIndex()])
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(0, self, self.focus_page)
            self.first_paint.then(lambda: QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up))

    def _warm_up(self) -> None:
        """The Trends tab and its charts, made ahead of time while the user reads another
        tab (pyqtgraph's import is most of its first draw). Not before the first paint."""
        if self.isVisible():
            self.trends.warm_up()
        self.warmed_up.emit()

    # --- the pages, made when first shown or asked for (ui/lazy_tabs.py) ------------------

    @property
    def pages(self) -> list[TabPage]:
        """Every page, in tab order (each is made now if it was not yet)."""
        return [self.tabs.page(name) for name in PAGE_NAMES]

    @property
    def today(self) -> TodayTab:
        return self.tabs.page("today")

    @property
    def questions(self) -> QuestionsTab:
        return self.tabs.page("questions")

    @property
    def gemba(self) -> GembaTab:
        return self.tabs.page("gemba")

    @property
    def reflection(self) -> ReflectionTab:
        return self.tabs.page("reflection")

    @property
    def people(self) -> PeopleTab:
        return self.tabs.page("people")

    @property
    def coaching(self) -> CoachingTab:
        return self.tabs.page("coaching")

    @property
    def trends(self) -> TrendsTab:
        return self.tabs.page("trends")

    def _make_page(self, name: str) -> TabPage:
        """Make the page ``name`` (its module is imported only now), wired to this window."""
        page = make_page(self, name)
        page.saved_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        return page

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.editor_pages():
            guarded(page.drafts.write)  # typed but unsaved text is kept for the next start
        guarded(self.save_state)
        tray = self.tray
        keep = tray is not None and tray.available and self.settings.close_to_tray
        if keep and not self._quitting and tray is not None:
            event.ignore()  # to the tray: the reminders go on
            self.hide()
            tray.message(APP_NAME, tr("Still here, in the tray: reminders go on."))
            return
        super().closeEvent(event)
