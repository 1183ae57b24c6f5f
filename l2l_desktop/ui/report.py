"""Export a self-review report of any range: PDF (charts as images) and Markdown."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QDesktopServices,
    QFont,
    QImage,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.dates import week_start
from l2l_desktop.core.records import Reflection
from l2l_desktop.core.trends import HEATMAP_WEEKS, Trends
from l2l_desktop.services import Journal
from l2l_desktop.ui.files import suggested_path, written_whole
from l2l_desktop.ui.forms import ErrorLabel, date_edit, date_value, set_date_value
from l2l_desktop.ui.report_text import disclaimer, markdown_report, sections, title
from l2l_desktop.ui.style import tr

DPI = 150
MAX_TABLE_ROWS = 53  # a year of weeks in a table; longer ranges say where the rest is
IMAGE_WIDTH = 680  # the text's width on A4 with 15 mm margins, in CSS pixels (1/96 inch)
CHART_WIDTH = 760  # laid out at this width, drawn at CHART_SCALE times it for print
CHART_SCALE = 1.6
HEIGHTS = {"heatmap": 0, "balance": 330, "questions": 300, "alignment": 240}  # 0: its own


def calendar_weeks(first: date, last: date) -> int:
    """The weeks a report's calendar shows: those of its range, at most a year's 52."""
    return min(HEATMAP_WEEKS, (last - week_start(first)).days // 7 + 1)


def chart_images(trends: Trends) -> dict[str, QImage]:
    """Draw the report's charts offscreen for ``trends``, each with its title and range,
    at print resolution."""
    from l2l_desktop.ui.charts.trends_charts import draw, make_charts

    charts = make_charts()
    draw(charts, trends)
    images = {}
    for name, chart in charts.items():
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        if HEIGHTS[name]:
            chart.plot_widget.setFixedHeight(HEIGHTS[name])
        chart.resize(CHART_WIDTH, chart.sizeHint().height())
        chart.show()
        for _ in range(3):  # laid out, then (the calendar) fitted to square days
            QApplication.processEvents()
            if hasattr(chart, "fit"):
                chart.fit()
        if not chart.empty.isVisible():
            images[name] = chart.export_image(CHART_SCALE)
        chart.close()
        chart.deleteLater()
    return images


def keep_blocks_whole(document: QTextDocument) -> int:
    """Move each paragraph that would be split across two pages to the next page, with the
    heading just before it (one reflection, one chart stays on one page), and each table whose
    header row would be left alone at the foot of a page; a paragraph taller than a page is
    left to split. Returns how many were moved. The document's page size must be set, and
    each chart must follow its section's heading.

    Each pass reads from the top (Qt lays a document out lazily, up to the block asked about,
    so each position read reflects the moves above it); the document is then set anew from
    its own HTML, since Qt prints a document changed in place from a stale layout (pages
    went missing). A second pass finds nothing to move, or moves what the new layout split.
    """
    moved = 0
    for _ in range(4):
        found = _keep_pass(document)
        if not found:
            break
        moved += found
        document.setHtml(document.toHtml())
    return moved


def _keep_pass(document: QTextDocument) -> int:
    """One pass of :func:`keep_blocks_whole`; how many blocks and tables it moved."""
    page = document.pageSize().height()
    layout = document.documentLayout()
    root = document.rootFrame()

    def pages(block: QTextBlock) -> tuple[int, int]:
        rect = layout.blockBoundingRect(block)
        bottom = max(rect.bottom(), rect.top() + 1) - 1
        return int(rect.top() // page), int(bottom // page)

    def break_before(block: QTextBlock) -> None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        document.markContentsDirty(block.position(), block.length())

    moved = 0
    heading: QTextBlock | None = None  # the heading just before, if the block follows one
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            block = _after_table(table, layout, page, root)
            moved += block[1]
            block, heading = block[0], None
            continue
        first, last = pages(block)
        if first != last and layout.blockBoundingRect(block).height() < page:
            # A heading goes along with what it heads. (Qt also mislays a page break put on
            # a paragraph that holds only an image: the heading before it takes the break.)
            break_before(heading if heading is not None else block)
            moved += 1
        heading = block if block.blockFormat().headingLevel() else None
        block = block.next()
    return moved


def _after_table(
    table: QTextTable, layout: QAbstractTextDocumentLayout, page: float, root: QTextFrame
) -> tuple[QTextBlock, int]:
    """Start ``table`` on a new page when its header row would end a page alone; returns the
    block after the table, and 1 when it was moved."""
    moved = 0
    if table.rows() > 1:
        head = layout.blockBoundingRect(table.cellAt(0, 0).firstCursorPosition().block())
        row = layout.blockBoundingRect(table.cellAt(1, 0).firstCursorPosition().block())
        if int(head.top() // page) != int(row.top() // page):
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
            moved = 1
    after = table.lastCursorPosition()
    after.movePosition(QTextCursor.MoveOperation.NextBlock)
    return after.block(), moved


def report_html(
    trends: Trends, reflections: Sequence[Reflection], images: dict[str, QImage]
) -> str:
    parts = [
        f"<h1>{escape(title(trends))}</h1>",
        f"<p><i>{escape(disclaimer())}</i></p>",
    ]
    chart_after = {
        "practices": ("heatmap",),
        "balance": ("balance",),
        "questions": ("questions",),
        "alignment": ("alignment",),
    }
    for section in sections(trends, reflections):
        parts.append(f"<h2>{escape(section.title)}</h2>")
        for name in chart_after.get(section.key, ()):
            if name in images:
                parts.append(f'<p><img src="chart://{name}" width="{IMAGE_WIDTH}"></p>')
        if section.header and section.rows:
            rows = section.rows[-MAX_TABLE_ROWS:]
            if len(rows) < len(section.rows):
                parts.append(
                    "<p><i>"
                    + escape(
                        tr(
                            "The last {shown} of {all} weeks; the chart shows them all, and "
                            "the Markdown export lists every week."
                        ).format(shown=len(rows), all=len(section.rows))
                    )
                    + "</i></p>"
                )
            head = "".join(f"<th align='left'>{escape(h)}</th>" for h in section.header)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            parts.append(
                f"<table cellspacing='0' cellpadding='3' border='0'><tr>{head}</tr>{body}</table>"
            )
        for paragraph in section.paragraphs:
            parts.append("<p>" + escape(paragraph).replace("\n", "<br>") + "</p>")
    return "".join(parts)


def report_document(
    trends: Trends, reflections: Sequence[Reflection], writer: QPdfWriter
) -> QTextDocument:
    """The report laid out in pages of ``writer``, charts included, no paragraph split."""
    images = chart_images(trends)
    document = QTextDocument()
    document.setDefaultFont(QFont(QApplication.font().family(), 10))
    for name, image in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image
        )
    document.documentLayout().setPaintDevice(writer)  # points are the page's points
    document.setHtml(report_html(trends, reflections, images))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    keep_blocks_whole(document)
    return document


def pdf_writer(path: Path, trends: Trends) -> QPdfWriter:
    """An A4 PDF writer at DPI with 15 mm margins, titled for ``trends``."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(DPI)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15))
    writer.setTitle(f"L2L Desktop self-review {trends.first} – {trends.as_of}")
    writer.setCreator("L2L Desktop")
    return writer


def write_pdf(path: Path, trends: Trends, reflections: Sequence[Reflection]) -> None:
    """The report as an A4 PDF, charts included."""
    with written_whole(path) as part:
        writer = pdf_writer(part, trends)
        report_document(trends, reflections, writer).print_(writer)
        del writer  # finishes the file
        with open(part, "rb") as written:  # QPdfWriter says nothing of a failed write
            written.seek(max(0, part.stat().st_size - 64))
            if b"%%EOF" not in written.read():
                raise OSError(errno.ENOSPC, "the PDF could not be written in full")


def write_markdown(path: Path, trends: Trends, reflections: Sequence[Reflection]) -> None:
    with written_whole(path) as part:
        part.write_text(markdown_report(trends, reflections), encoding="utf-8")


class ReportDialog(QDialog):
    """Choose a range (the one Trends shows, to begin with), then save it as PDF or Markdown;
    once saved, open it or its folder."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        shown: tuple[date, date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(tr("Export report"))
        first, last = shown or journal.trend_range(4)
        self.first = date_edit(tr("First day"))
        self.last = date_edit(tr("Last day"))
        set_date_value(self.first, first)
        set_date_value(self.last, last)
        form = QFormLayout()
        form.addRow(tr("From"), self.first)
        form.addRow(tr("To"), self.last)
        self.error = ErrorLabel()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.saved: Path | None = None
        self.open_button = QPushButton(tr("Open"))
        self.folder_button = QPushButton(tr("Show in folder"))
        for button in (self.open_button, self.folder_button):
            button.hide()
        self.open_button.clicked.connect(lambda: self._show(self.saved))
        self.folder_button.clicked.connect(
            lambda: self._show(self.saved.parent if self.saved else None)
        )
        self.pdf_button = QPushButton(tr("Save PDF…"))
        self.md_button = QPushButton(tr("Save Markdown…"))
        close = QPushButton(tr("Close"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.md_button.clicked.connect(lambda: self.save("md"))
        close.clicked.connect(self.accept)
        done = QHBoxLayout()
        done.addWidget(self.done_label, 1)
        done.addWidget(self.open_button)
        done.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.md_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("A printable self-review: the figures, the charts and your reflections."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(done)
        layout.addLayout(buttons)
        self.pdf_button.setDefault(True)

    def _show(self, path: Path | None) -> None:
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.error.set_error(tr("No application could open {path}.").format(path=path))
            self.adjustSize()  # room for the message: the fields above keep their height

    def save(self, kind: str, path: str | None = None) -> Path | None:
        first, last = date_value(self.first), date_value(self.last)
        if first is None or last is None or last < first:
            self.error.set_error(tr("The last day comes before the first day."))
            self.adjustSize()
            return None
        self.error.set_error("")
        if path is None:
            suffix = tr("PDF files (*.pdf)") if kind == "pdf" else tr("Markdown files (*.md)")
            name = f"l2l-review-{first}-{last}.{kind}"
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save report"), suggested_path(name), suffix
            )
            if not path:
                return None
        target = Path(path)
        trends = self.journal.trends(first, last, calendar_weeks(first, last))
        reflections = list(reversed(self.journal.reflections_between(first, last)))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind == "pdf":
                write_pdf(target, trends, reflections)
            else:
                write_markdown(target, trends, reflections)
        except OSError as exc:
            self.error.set_error(
                tr("Could not write {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc
                )
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.saved = target
        self.done_label.setText(tr("Saved {path}").format(path=target))
        for button in (self.open_button, self.folder_button):
            button.show()
        self.open_button.setFocus()
        return target
