"""The main window's menus, its tab shortcuts (Ctrl+1…7) and what an undo says it did. The
actions are the window's attributes (``window.find_action``): the icons and the tests find
them there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from l2l_desktop import APP_NAME
from l2l_desktop.ui.pages import page_titles
from l2l_desktop.ui.style import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from l2l_desktop.ui.main_window import MainWindow


def _action(window: MainWindow, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def _fill(menu: QMenu, *actions: QAction | None) -> None:
    """``actions`` into ``menu``, in order; None is a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def build_menus(window: MainWindow) -> None:
    """File, Edit, Log and Help, each action wired to the window's method of that name."""
    w = window
    file_menu = w.menuBar().addMenu(tr("&File"))
    w.quit_action = _action(w, tr("&Quit"), "Ctrl+Q")
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    w.quit_action.triggered.connect(w.quit)
    w.backup_action = _action(w, tr("&Back up now"))
    w.backup_action.triggered.connect(w.back_up_now)
    w.restore_action = _action(w, tr("&Restore from backup…"))
    w.restore_action.triggered.connect(w.restore_from_backup)
    w.report_action = _action(w, tr("Export Trends &report…"))
    w.report_action.triggered.connect(w.export_report)
    w.export_action = _action(w, tr("E&xport journal…"), "Ctrl+Shift+E")
    w.export_action.triggered.connect(w.export_journal)
    w.import_action = _action(w, tr("&Import journal…"))
    w.import_action.triggered.connect(w.import_journal)
    _fill(file_menu, w.backup_action, w.restore_action, w.report_action, None)
    _fill(file_menu, w.export_action, w.import_action, None, w.quit_action)

    edit_menu = w.menuBar().addMenu(tr("&Edit"))
    w.undo_action = w.undo_stack.createUndoAction(w, tr("&Undo"))
    w.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    w.redo_action = w.undo_stack.createRedoAction(w, tr("&Redo"))
    w.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    w.undo_action.triggered.connect(lambda: _undo_said(w, tr("Undone: {what}."), 0))
    w.redo_action.triggered.connect(lambda: _undo_said(w, tr("Redone: {what}."), -1))
    w.find_action = _action(w, tr("&Find…"), QKeySequence(QKeySequence.StandardKey.Find))
    w.find_action.triggered.connect(w.find)
    w.settings_action = _action(w, tr("&Settings…"), "Ctrl+,")
    w.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.settings_action.triggered.connect(w.open_settings)
    _fill(edit_menu, w.undo_action, w.redo_action, None, w.find_action, None, w.settings_action)

    log_menu = w.menuBar().addMenu(tr("&Log"))
    w.pause_action = _action(w, tr("Intention &pause…"), "Ctrl+Shift+P")
    w.pause_action.triggered.connect(lambda: w.today.log_pause())
    w.tell_action = _action(w, tr("&Told instead of asking…"), "Ctrl+Shift+T")
    w.tell_action.triggered.connect(lambda: w.questions.log_tell())
    w.question_action = _action(w, tr("&Question…"))
    w.question_action.triggered.connect(w.log_question)
    w.bank_action = _action(w, tr("Question &bank…"))
    w.bank_action.triggered.connect(lambda: w.questions.open_bank())
    _fill(log_menu, w.pause_action, w.question_action, w.tell_action, w.bank_action)

    help_menu = w.menuBar().addMenu(tr("&Help"))
    w.about_action = _action(w, tr("&About {app}").format(app=APP_NAME))
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    w.about_action.triggered.connect(w.show_about)
    help_menu.addAction(w.about_action)


def build_tab_shortcuts(window: MainWindow) -> list[QAction]:
    """Ctrl+1 for the first tab, Ctrl+2 for the second, and so on."""
    actions = []
    for i, title in enumerate(page_titles()):
        action = _action(window, title, f"Ctrl+{i + 1}")
        action.triggered.connect(lambda _=False, i=i: window.tabs.setCurrentIndex(i))
        window.addAction(action)
        actions.append(action)
    return actions


def _undo_said(window: MainWindow, text: str, offset: int) -> None:
    """After an undo (or a redo), say what it did."""
    command = window.undo_stack.command(window.undo_stack.index() + offset)
    if command is not None:
        what = command.text()
        window.statusBar().showMessage(text.format(what=what[:1].lower() + what[1:]), 6000)
