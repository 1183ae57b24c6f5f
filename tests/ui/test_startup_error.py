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
