"""The self-review report's words, in the user's language: its sections (shared by the PDF
and the Markdown file), the Markdown itself, and the week's figures a weekly review starts
with. The figures come from core/trends.py; every word is here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from l2l_desktop.core.records import Reflection
from l2l_desktop.core.support import SupportFigures
from l2l_desktop.core.trends import PracticeTrend, Trends
from l2l_desktop.ui.style import (
    done_of,
    in_units,
    number,
    percent,
    practice_name,
    strength_explanation,
    tr,
    trn,
)


def disclaimer() -> str:
    return tr(
        "Made with L2L Desktop, inspired by the Leading to Learn framework; not affiliated "
        "with or endorsed by its authors."
    )


def reflection_kind(kind: str) -> str:
    return {
        "daily": tr("Daily reflection (hansei)"),
        "weekly": tr("Weekly review"),
        "event": tr("After an event"),
    }[kind]


@dataclass(frozen=True)
class Section:
    key: str  # which section: "practices", "balance", "questions", "alignment", …
    title: str
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    paragraphs: tuple[str, ...] = ()


def _num(value: float | None) -> str:
    return "—" if value is None else number(round(value))


def _share(value: float | None) -> str:
    return "—" if value is None else percent(value)


def _done(p: PracticeTrend) -> str:
    """ "3 of 4 days", or "not started yet" for a practice not begun (as the Trends card)."""
    if p.not_started:
        return tr("not started yet")
    return done_of(p.streak.unit, p.done_in_range, p.practice_days_in_range)


def sections(trends: Trends, reflections: Sequence[Reflection]) -> list[Section]:
    """The report's content, independent of the output format."""
    return [
        _practices(trends),
        _balance(trends),
        _questions(trends),
        _alignment(trends),
        _follow_ups(trends),
        Section("support", tr("Support"), paragraphs=tuple(support_sentences(trends.support))),
        _reflections(reflections),
    ]


def _practices(trends: Trends) -> Section:
    return Section(
        "practices",
        tr("Practices"),
        (tr("Practice"), tr("Current streak"), tr("Longest"), tr("Strength"), tr("Done in range")),
        tuple(
            (
                practice_name(p.key),
                in_units(p.streak.unit, p.streak.current),
                number(p.streak.longest),
                _num(p.strength),
                _done(p),
            )
            for p in trends.practices
        ),
        (strength_explanation(),),
    )


def _balance(trends: Trends) -> Section:
    index = tr("Balance index over the whole range: {n} (100 = even).")
    return Section(
        "balance",
        tr("Balance across the three elements"),
        (
            tr("Week of"),
            tr("Set direction"),
            tr("Provide support"),
            tr("Develop yourself"),
            tr("Balance"),
        ),
        tuple(
            (
                w.week.isoformat(),
                number(w.direction),
                number(w.support),
                number(w.self_),
                _num(w.balance),
            )
            for w in trends.weeks
        ),
        (index.format(n=_num(trends.balance_now)),),
    )


def _questions(trends: Trends) -> Section:
    return Section(
        "questions",
        tr("Questions"),
        (tr("Week of"), tr("Asked"), tr("Open share"), tr("Told instead")),
        tuple(
            (w.week.isoformat(), number(w.asks), _share(w.open_share), number(w.tells))
            for w in trends.questions
        ),
    )


def _alignment(trends: Trends) -> Section:
    ratings = [r for _, r in trends.ratings]
    if ratings:
        said = trn(
            "%n rated day; mean rating {m} of 5.",
            "%n rated days; mean rating {m} of 5.",
            len(ratings),
        ).format(m=number(sum(ratings) / len(ratings), 1))
    else:
        said = tr("No rated days in this range.")
    return Section("alignment", tr("Alignment"), paragraphs=(said,))


def _follow_ups(trends: Trends) -> Section:
    f = trends.follow_ups
    median = (
        "—"
        if f.median_days_to_close is None
        else trn("%n day", "%n days", round(f.median_days_to_close))
    )
    said = tr(
        "{open} open ({overdue} overdue), {closed} closed; closure rate {rate}; median "
        "{median} to close."
    ).format(
        open=number(f.open),
        overdue=number(f.overdue),
        closed=number(f.closed),
        rate=_share(f.closure_rate),
        median=median,
    )
    return Section("follow_ups", tr("Gemba follow-ups"), paragraphs=(said,))


def support_sentences(s: SupportFigures) -> list[str]:
    """Whom the user supported: people a week, the team seen lately, and how the steps of
    the learners they coach went against what was expected."""
    if s.people_per_week is None:
        weekly = tr("No weeks in this range.")
    else:
        weekly = tr("{n} people supported a week on average.").format(
            n=number(s.people_per_week, 1)
        )
    if s.coverage is None:
        coverage = tr("Nobody on the team yet: add the people you support in the People tab.")
    else:
        coverage = tr(
            "{seen} of {active} on the team seen in the last two weeks ({share})."
        ).format(seen=number(s.seen), active=number(s.active), share=percent(100 * s.coverage))
    if s.expected_share is None:
        steps = tr("No coaching step judged in this range.")
    else:
        steps = tr("{right} of {judged} coaching steps went as expected ({share}).").format(
            right=number(s.as_expected),
            judged=number(s.judged),
            share=percent(100 * s.expected_share),
        )
    return [weekly, coverage, steps]


def _reflections(reflections: Sequence[Reflection]) -> Section:
    notes = []
    for x in reflections:
        head = f"{x.day.isoformat()} · {reflection_kind(x.kind.value)}"
        if x.rating:
            head += " · " + tr("rated {n}/5").format(n=x.rating)
        lines = [head]
        for label, text in (
            (tr("Went well"), x.went_well),
            (tr("Did not go well"), x.went_badly),
            (tr("Learned"), x.learned),
            (tr("Adjust next"), x.adjust_next),
        ):
            if text.strip():
                lines.append(f"{label}: {text.strip()}")
        notes.append("\n".join(lines))
    none = tr("No reflections in this range.")
    return Section("reflections", tr("Reflections"), paragraphs=tuple(notes) or (none,))


def title(trends: Trends) -> str:
    return tr("Self-review, {first} to {last}").format(
        first=trends.first.isoformat(), last=trends.as_of.isoformat()
    )


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
    out = [f"# {title(trends)}", "", f"_{disclaimer()}_"]
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


WEEK_PRACTICES = ("intention", "pause", "question", "gemba_visit", "daily_reflection")


def week_figures(trends: Trends) -> str:
    """A few lines with the week's figures, to start a weekly review with."""
    by_key = {p.key: p for p in trends.practices}
    lines = [
        tr("This week in figures ({first} to {last}):").format(
            first=trends.first.isoformat(), last=trends.as_of.isoformat()
        )
    ]
    for key in WEEK_PRACTICES:
        p = by_key[key]
        lines.append(
            tr("- {practice}: {done}, strength {s}").format(
                practice=practice_name(key),
                done=done_of("days", p.done_in_range, p.practice_days_in_range),
                s=_num(p.strength),
            )
        )
    asks = sum(w.asks for w in trends.questions)
    opens = sum(w.open for w in trends.questions)
    tells = sum(w.tells for w in trends.questions)
    if asks:
        asked = trn(
            "- Questions: %n asked ({share} open)", "- Questions: %n asked ({share} open)", asks
        )
        asked = asked.format(share=_share(100 * opens / asks))
    else:
        asked = tr("- Questions: none asked")
    lines.append(
        asked
        + ", "
        + trn("told instead of asking %n time", "told instead of asking %n times", tells)
    )
    d = sum(w.direction for w in trends.weeks)
    s = sum(w.support for w in trends.weeks)
    x = sum(w.self_ for w in trends.weeks)
    lines.append(
        tr("- Balance {index} (direction {d}, support {s}, yourself {x})").format(
            index=_num(trends.balance_now), d=number(d), s=number(s), x=number(x)
        )
    )
    ratings = [v for _, v in trends.ratings]
    if ratings:
        lines.append(
            trn(
                "- Alignment: mean {m} over %n day",
                "- Alignment: mean {m} over %n days",
                len(ratings),
            ).format(m=number(sum(ratings) / len(ratings), 1))
        )
    return "\n".join(lines)
