"""The app opens no network socket: a guard records every socket made while it runs."""

import socket
from datetime import datetime

from l2l_desktop.core import records as r


def test_a_session_opens_no_network_socket(make_window, journal, qtbot, monkeypatch, tmp_path):
    made = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family != socket.AF_UNIX:
                made.append(family)
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: made.append(a) or None)
    window = make_window()
    window.show()
    journal.save(r.Question(journal.today(), datetime.now(), "What?", r.QuestionKind.OPEN))
    for index in range(5):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    qtbot.waitUntil(lambda: bool(window.trends.charts))
    dialog = window.export_report()
    qtbot.addWidget(dialog)
    dialog.save("pdf", str(tmp_path / "r.pdf"))
    journal.back_up_now()
    assert made == []
