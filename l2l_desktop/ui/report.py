"""Export a self-review report of any range: PDF (charts as images) and Markdown."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from datetime import timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument
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

from l2l_desktop.core.records import Reflection
from l2l_desktop.core.report import DISCLAIMER, markdown_report, sections
from l2l_desktop.core.trends import Trends
from l2l_desktop.services import Journal
from l2l_desktop.ui.files import written_whole
from l2l_desktop.ui.forms import ErrorLabel, date_edit, date_value, set_date_value
from l2l_desktop.ui.style import tr

CHART_SIZE = (1000, 420)


def chart_images(trends: Trends) -> dict[str, QImage]:
    """Draw the report's charts offscreen for ``trends`` and return them as images."""
    from l2l_desktop.ui.charts.alignment import AlignmentChart
    from l2l_desktop.ui.charts.heatmap import HeatmapChart
    from l2l_desktop.ui.charts.weekly import BalanceChart, QuestionsChart

    charts = {
        "heatmap": HeatmapChart(),
        "balance": BalanceChart(),
        "questions": QuestionsChart(),
        "alignment": AlignmentChart(),
    }
    charts["heatmap"].update_data(
        trends.heatmap_first, [list(r) for r in trends.heatmap], trends.as_of
    )
    charts["balance"].update_data(trends.weeks)
    charts["questions"].update_data(trends.questions)
    charts["alignment"].update_data(
        trends.ratings, trends.ratings_mean7, trends.first, trends.as_of
    )
    images = {}
    for name, chart in charts.items():
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.export_button.hide()
        chart.resize(*CHART_SIZE)
        chart.show()
        QApplication.processEvents()
        images[name] = chart.plot_widget.grab().toImage()  # the report has its own headings
        chart.close()
        chart.deleteLater()
    return images


def report_html(
    trends: Trends, reflections: Sequence[Reflection], images: dict[str, QImage]
) -> str:
    parts = [
        f"<h1>{escape(tr('Self-review'))}, {trends.first} – {trends.as_of}</h1>",
        f"<p><i>{escape(DISCLAIMER)}</i></p>",
    ]
    chart_after = {
        "Practices": ("heatmap",),
        "Balance across the three elements": ("balance",),
        "Questions": ("questions",),
        "Alignment": ("alignment",),
    }
    for section in sections(trends, reflections):
        parts.append(f"<h2>{escape(section.title)}</h2>")
        for name in chart_after.get(section.title, ()):
            if name in images:
                parts.append(f'<p><img src="chart://{name}" width="620"></p>')
        if section.header and section.rows:
            rows = section.rows if len(section.rows) <= 30 else section.rows[-30:]
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


def write_pdf(path: Path, trends: Trends, reflections: Sequence[Reflection]) -> None:
    """The report as an A4 PDF, charts included."""
    images = chart_images(trends)
    document = QTextDocument()
    for name, image in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image
        )
    document.setHtml(report_html(trends, reflections, images))
    with written_whole(path) as part:
        writer = QPdfWriter(str(part))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(150)
        writer.setPageMargins(QMarginsF(15, 15, 15, 15))
        writer.setTitle(f"L2L Desktop self-review {trends.first} – {trends.as_of}")
        writer.setCreator("L2L Desktop")
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
        del writer  # finishes the file
        with open(part, "rb") as written:  # QPdfWriter says nothing of a failed write
            written.seek(max(0, part.stat().st_size - 64))
            if b"%%EOF" not in written.read():
                raise OSError(errno.ENOSPC, "the PDF could not be written in full")


def write_markdown(path: Path, trends: Trends, reflections: Sequence[Reflection]) -> None:
    with written_whole(path) as part:
        part.write_text(markdown_report(trends, reflections), encoding="utf-8")


class ReportDialog(QDialog):
    """Choose a range, then save it as PDF or Markdown."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(tr("Export report"))
        today = journal.today()
        self.first = date_edit(tr("First day"))
        self.last = date_edit(tr("Last day"))
        set_date_value(self.first, today - timedelta(days=27))
        set_date_value(self.last, today)
        form = QFormLayout()
        form.addRow(tr("From"), self.first)
        form.addRow(tr("To"), self.last)
        self.error = ErrorLabel()
        self.done_label = QLabel()
        self.pdf_button = QPushButton(tr("Save PDF…"))
        self.md_button = QPushButton(tr("Save Markdown…"))
        close = QPushButton(tr("Close"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.md_button.clicked.connect(lambda: self.save("md"))
        close.clicked.connect(self.accept)
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
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)

    def save(self, kind: str, path: str | None = None) -> Path | None:
        first, last = date_value(self.first), date_value(self.last)
        if first is None or last is None or last < first:
            self.error.set_error(tr("The last day comes before the first day."))
            return None
        self.error.set_error("")
        if path is None:
            suffix = "PDF files (*.pdf)" if kind == "pdf" else "Markdown files (*.md)"
            name = f"l2l-review-{first}-{last}.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, tr("Save report"), name, tr(suffix))
            if not path:
                return None
        target = Path(path)
        trends = self.journal.trends(first, last)
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
        self.done_label.setText(tr("Saved {path}").format(path=target))
        return target
