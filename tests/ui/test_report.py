"""The report: the range Trends shows, a calendar of the range's weeks, no paragraph split
across pages, and the saved file one click from being opened."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from l2l_desktop.core import records as r
from l2l_desktop.ui import report
from l2l_desktop.ui.report import calendar_weeks, keep_blocks_whole
from tests.ui.test_trends_tab import open_trends

WEDNESDAY = datetime(2026, 11, 25, 9, 0)


def test_a_calendar_shows_the_weeks_of_its_range():
    assert calendar_weeks(date(2026, 11, 2), date(2026, 11, 29)) == 4  # Monday .. Sunday
    assert calendar_weeks(date(2026, 10, 26), date(2026, 11, 25)) == 5  # to a Wednesday
    assert calendar_weeks(date(2020, 1, 6), date(2026, 11, 25)) == 52  # at most a year


def _pages(document: QTextDocument, block) -> tuple[int, int]:
    rect = document.documentLayout().blockBoundingRect(block)
    page = document.pageSize().height()
    return int(rect.top() // page), int((rect.bottom() - 1) // page)


def test_no_paragraph_is_split_across_pages_and_no_heading_is_left_behind(qapp):
    words = "Went to gemba with a purpose and asked before offering an idea. " * 4
    html = "".join(
        f"<h2>Week {week}</h2>" + "".join(f"<p>{week}.{n} {words}</p>" for n in range(5))
        for week in range(6)
    )
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(QSizeF(420, 360))
    before = document.pageCount()
    assert keep_blocks_whole(document) > 0
    assert document.pageCount() >= before
    block = document.begin()
    while block.isValid():
        first, last = _pages(document, block)
        assert first == last, block.text()[:20]
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            assert _pages(document, following)[0] == last, block.text()
        block = following
    text = document.toPlainText()
    assert all(f"{w}.{n} Went" in text for w in range(6) for n in range(5))  # nothing lost


def test_the_report_starts_from_the_range_trends_shows(journal, make_window, qtbot, tmp_path,
                                                      monkeypatch):  # fmt: skip
    journal.clock = lambda: WEDNESDAY
    journal.save(r.Reflection(date(2026, 11, 2), rating=4, learned="Ask first."))
    window = make_window()
    tab = open_trends(window, qtbot)
    four = next(i for i in range(tab.range_box.count()) if tab.range_box.itemData(i) == 4)
    tab.range_box.setCurrentIndex(four)
    tab.range_box.activated.emit(four)
    qtbot.waitUntil(lambda: not tab.stale)
    dialog = window.export_report()
    qtbot.addWidget(dialog)
    # Four weeks to Wednesday 25 Nov, from the Monday of 29 Oct's week.
    assert (dialog.first.value(), dialog.last.value()) == (date(2026, 10, 26), date(2026, 11, 25))
    written = {}
    monkeypatch.setattr(
        report, "write_pdf", lambda path, trends, refl: written.update(trends=trends) or
        path.write_bytes(b"%PDF-1.4 stand-in")
    )  # fmt: skip
    saved = dialog.save("pdf", str(tmp_path / "four.pdf"))
    assert saved == tmp_path / "four.pdf"
    assert len(written["trends"].heatmap[0]) == 5  # a calendar of those five weeks
    # Once saved: open it, or its folder.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [saved, tmp_path]


def test_a_real_report_keeps_each_reflection_whole_and_every_one_in(journal, tmp_path, qapp):
    journal.clock = lambda: WEDNESDAY
    days = [date(2026, 11, d) for d in range(2, 26)]
    lines = "\n".join(f"Line {n}: asked, listened, then agreed the next step." for n in range(6))
    for day in days:
        journal.save(
            r.Reflection(day, rating=3, went_well=f"{day.isoformat()} went fine.\n{lines}")
        )
    first, last = days[0], days[-1]
    trends = journal.trends(first, last, calendar_weeks(first, last))
    assert len(trends.heatmap[0]) == 4  # Monday 2 Nov .. Wednesday 25 Nov
    reflections = list(reversed(journal.reflections_between(first, last)))
    writer = report.pdf_writer(tmp_path / "unused.pdf", trends)
    document = report.report_document(trends, reflections, writer)
    assert document.pageCount() >= 3
    text = document.toPlainText()
    assert all(f"{day.isoformat()} went fine." in text for day in days)
    block = document.begin()
    while block.isValid():
        if "went fine." in block.text():  # one reflection: one paragraph, on one page
            first_page, last_page = _pages(document, block)
            assert first_page == last_page, block.text()[:40]
        block = block.next()
    del writer
    target = tmp_path / "review.pdf"
    report.write_pdf(target, trends, reflections)
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(
        b"%%EOF"
    )


def test_save_dialogs_propose_a_folder_of_the_user_not_the_working_directory(qapp):
    from l2l_desktop.ui.files import suggested_path

    proposed = Path(suggested_path("l2l-review.pdf"))
    assert proposed.is_absolute() and proposed.parent.is_dir()
    assert proposed.name == "l2l-review.pdf"
    assert proposed.parent in (Path.home(), Path.home() / "Documents") or "Documents" in str(
        proposed.parent
    )


def test_a_long_range_says_its_tables_show_the_last_year(qapp):
    from l2l_desktop.core.trends import TrendInputs, compute_trends

    first, last = date(2025, 9, 29), date(2026, 11, 22)  # Monday .. Sunday: 60 weeks
    trends = compute_trends(
        TrendInputs(last, first, {}, frozenset(), {}, [], [], [], [], {}, journal_start=first)
    )
    assert len(trends.weeks) == 60
    html = report.report_html(trends, [], {})
    assert "The last 53 of 60 weeks" in html
    # Rows: the practices' table (a header and 7 rows), then the balance and the questions
    # tables, each a header and the last 53 weeks.
    assert html.count("<tr>") == (1 + 7) + 2 * (1 + 53)
