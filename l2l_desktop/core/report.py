"""The self-review report as Markdown (the PDF is made from the same sections)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from l2l_desktop.core.records import Reflection
from l2l_desktop.core.trends import STRENGTH_EXPLANATION, PracticeTrend, Trends

DISCLAIMER = (
    "Made with L2L Desktop, inspired by the Leading to Learn framework; "
    "not affiliated with or endorsed by its authors."
)
KIND_NAMES = {
    "daily": "Daily reflection (hansei)",
    "weekly": "Weekly review",
    "event": "After an event",
}


@dataclass(frozen=True)
class Section:
    title: str
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    paragraphs: tuple[str, ...] = ()


def _num(value: float | None, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.0f}{suffix}"


def sections(trends: Trends, reflections: Sequence[Reflection]) -> list[Section]:
    """The report's content, independent of the output format."""
    practices = Section(
        "Practices",
        ("Practice", "Current streak", "Longest", "Strength", "Done in range"),
        tuple(
            (
                p.label,
                _count(p.streak.current, p.streak.unit.removesuffix("s")),
                str(p.streak.longest),
                f"{p.strength:.0f}",
                _done(p),
            )
            for p in trends.practices
        ),
        (STRENGTH_EXPLANATION,),
    )
    balance = Section(
        "Balance across the three elements",
        ("Week of", "Set direction", "Provide support", "Develop yourself", "Balance"),
        tuple(
            (w.week.isoformat(), str(w.direction), str(w.support), str(w.self_), _num(w.balance))
            for w in trends.weeks
        ),
        (f"Balance index over the whole range: {_num(trends.balance_now)} (100 = even).",),
    )
    questions = Section(
        "Questions",
        ("Week of", "Asked", "Open share", "Told instead"),
        tuple(
            (w.week.isoformat(), str(w.asks), _num(w.open_share, "%"), str(w.tells))
            for w in trends.questions
        ),
    )
    ratings = [r for _, r in trends.ratings]
    mean = sum(ratings) / len(ratings) if ratings else None
    alignment = Section(
        "Alignment",
        paragraphs=(
            f"{_count(len(ratings), 'rated day')}; mean rating {mean:.1f} of 5."
            if mean is not None
            else "No rated days in this range.",
        ),
    )
    f = trends.follow_ups
    follow_ups = Section(
        "Gemba follow-ups",
        paragraphs=(
            f"{f.open} open ({f.overdue} overdue), {f.closed} closed; closure rate "
            f"{_num(f.closure_rate, '%')}; median {_days(f.median_days_to_close)} to close.",
        ),
    )
    notes = []
    for x in reflections:
        lines = [
            f"{x.day.isoformat()} · {KIND_NAMES[x.kind.value]}"
            + (f" · rated {x.rating}/5" if x.rating else "")
        ]
        for label, text in (
            ("Went well", x.went_well),
            ("Did not go well", x.went_badly),
            ("Learned", x.learned),
            ("Adjust next", x.adjust_next),
        ):
            if text.strip():
                lines.append(f"{label}: {text.strip()}")
        notes.append("\n".join(lines))
    return [
        practices,
        balance,
        questions,
        alignment,
        follow_ups,
        Section("Reflections", paragraphs=tuple(notes) or ("No reflections in this range.",)),
    ]


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _paragraph(text: str) -> str:
    escaped = [
        line if not line.lstrip().startswith(("#", ">", "-", "*", "+")) else "\\" + line
        for line in text.split("\n")
    ]
    return "  \n".join(escaped)


def markdown_report(trends: Trends, reflections: Sequence[Reflection]) -> str:
    """A self-review of ``trends.first`` .. ``trends.as_of`` as Markdown."""
    out = [
        f"# Self-review, {trends.first.isoformat()} to {trends.as_of.isoformat()}",
        "",
        f"_{DISCLAIMER}_",
    ]
    for section in sections(trends, reflections):
        out += ["", f"## {section.title}", ""]
        if section.header:
            out.append("| " + " | ".join(section.header) + " |")
            out.append("|" + "---|" * len(section.header))
            out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in section.rows]
            out.append("")
        for paragraph in section.paragraphs:
            out += [_paragraph(paragraph), ""]
    return "\n".join(out).rstrip() + "\n"


def _count(n: int, singular: str) -> str:
    """ "1 day", "2 days": a count with its noun in the right form (English)."""
    return f"{n:,} {singular}" if n == 1 else f"{n:,} {singular}s"


def _done(p: PracticeTrend) -> str:
    """ "3 of 4 days", or "not started yet" for a practice not begun (as the Trends card)."""
    if p.not_started:
        return "not started yet"
    unit = p.streak.unit.removesuffix("s")
    return f"{p.done_in_range:,} of {_count(p.practice_days_in_range, unit)}"


def _days(value: float | None) -> str:
    return "—" if value is None else _count(round(value), "day")


def week_figures(trends: Trends) -> str:
    """A few lines with the week's figures, to start a weekly review with."""
    by_key = {p.key: p for p in trends.practices}
    lines = [f"This week in figures ({trends.first.isoformat()} to {trends.as_of.isoformat()}):"]
    for key in ("intention", "pause", "question", "gemba_visit", "daily_reflection"):
        p = by_key[key]
        lines.append(
            f"- {p.label}: {p.done_in_range} of {_count(p.practice_days_in_range, 'day')}, "
            f"strength {p.strength:.0f}"
        )
    asks = sum(w.asks for w in trends.questions)
    opens = sum(w.open for w in trends.questions)
    tells = sum(w.tells for w in trends.questions)
    share = f"{100 * opens / asks:.0f}% open" if asks else "none asked"
    lines.append(
        f"- Questions: {asks} asked ({share}), told instead of asking {_count(tells, 'time')}"
    )
    d = sum(w.direction for w in trends.weeks)
    s = sum(w.support for w in trends.weeks)
    x = sum(w.self_ for w in trends.weeks)
    lines.append(f"- Balance {_num(trends.balance_now)} (direction {d}, support {s}, yourself {x})")
    ratings = [v for _, v in trends.ratings]
    if ratings:
        lines.append(
            f"- Alignment: mean {sum(ratings) / len(ratings):.1f} over "
            f"{_count(len(ratings), 'day')}"
        )
    return "\n".join(lines)
