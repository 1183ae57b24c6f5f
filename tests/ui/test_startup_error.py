from PySide6.QtWidgets import QMessageBox

from l2l_desktop.ui.startup_error import show_startup_error, startup_error_box


def test_box_says_what_went_wrong(qtbot):
    box = startup_error_box("The data directory /x is not a folder.")
    qtbot.addWidget(box)
    assert "cannot start" in box.text()
    assert box.informativeText() == "The data directory /x is not a folder."
    assert box.icon() == QMessageBox.Icon.Critical


def test_no_modal_dialog_on_a_headless_platform(qapp):
    assert qapp.platformName() == "offscreen"
    assert show_startup_error("anything") is False


def _button(box, choice):
    return next(b for b in box.buttons() if b.property("choice") == choice.value)


def test_database_problem_offers_restore_open_and_quit(qtbot):
    from l2l_desktop.ui.startup_error import StartupChoice, chosen, database_problem_box

    box = database_problem_box("It is damaged.", "the backup of Tue 24 Nov 2026, 21:05 (3 records)")
    qtbot.addWidget(box)
    assert "problem with its database" in box.text()
    assert "It is damaged." in box.informativeText()
    assert "the backup of Tue 24 Nov 2026" in box.informativeText()
    assert {b.property("choice") for b in box.buttons()} == {"restore", "open", "quit"}
    # Enter never swaps the file found for an older backup: the default is to quit.
    assert box.defaultButton() is _button(box, StartupChoice.QUIT)
    assert box.escapeButton() is _button(box, StartupChoice.QUIT)
    assert chosen(box) is StartupChoice.QUIT  # closed without a choice
    box.show()
    qtbot.waitExposed(box)
    _button(box, StartupChoice.OPEN_OTHER).click()
    assert chosen(box) is StartupChoice.OPEN_OTHER


def test_without_a_good_backup_there_is_no_restore_button(qtbot):
    from l2l_desktop.ui.startup_error import StartupChoice, database_problem_box

    box = database_problem_box("It is damaged.", None)
    qtbot.addWidget(box)
    assert StartupChoice.RESTORE.value not in {b.property("choice") for b in box.buttons()}
    assert "no sound backup" in box.informativeText()


def test_a_condition_that_may_pass_offers_to_try_again_and_no_restore(qtbot):
    from l2l_desktop.ui.startup_error import StartupChoice, database_problem_box

    box = database_problem_box("The disk is full.", None, can_retry=True)
    qtbot.addWidget(box)
    assert "cannot open its database just now" in box.text()
    assert {b.property("choice") for b in box.buttons()} == {"retry", "open", "quit"}
    assert box.defaultButton() is _button(box, StartupChoice.RETRY)
    assert box.escapeButton() is _button(box, StartupChoice.QUIT)
