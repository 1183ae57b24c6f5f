"""An import plan in words: what it adds, updates, keeps and removes, kind by kind."""

from __future__ import annotations

from l2l_desktop.core.kinds import KINDS
from l2l_desktop.store.exchange import ADDED, DELETED, OUTCOMES, SKIPPED, UNCHANGED, UPDATED, Plan

VERBS = {
    ADDED: "added",
    UPDATED: "updated",
    UNCHANGED: "unchanged",
    SKIPPED: "skipped",
    DELETED: "removed",
}
SHOWN_SKIPS = 5


def rows(plan: Plan) -> list[tuple[str, dict[str, int]]]:
    """(kind, outcome -> count) for each kind the plan touches, in kind order (the window
    and the command line each word the kinds)."""
    out = []
    for kind in KINDS:
        counts = plan.counts.get(kind.name)
        if counts and any(counts.values()):
            out.append((kind.name, {o: counts[o] for o in OUTCOMES}))
    return out


def summary_lines(plan: Plan, dry_run: bool = False) -> list[str]:
    """The plan as lines for a terminal (and the import dialog's details)."""
    mode = "Replace everything" if plan.replace else "Merge"
    lead = f"{mode}: this import would" if dry_run else f"{mode}:"
    lines = [lead]
    for kind, counts in rows(plan):
        said = ", ".join(f"{n:,} {VERBS[o]}" for o, n in counts.items() if n)
        lines.append(f"  {KINDS.named(kind).plural:<17} {said}")
    changed = plan.total(ADDED) + plan.total(UPDATED) + plan.total(DELETED)
    if not changed and not plan.replace:
        lines.append("  Nothing to change: this journal already has everything in the file.")
    if plan.same_people:
        names = sorted({p.name for p in plan.same_people.values()}, key=str.casefold)
        lines.append(f"Taken as the people of the same name here: {', '.join(names)}.")
    if plan.skipped:
        lines.append(f"Skipped ({len(plan.skipped):,}):")
        lines += [f"  {why}" for why in sorted(plan.skipped)[:SHOWN_SKIPS]]
        if len(plan.skipped) > SHOWN_SKIPS:
            lines.append(f"  … and {len(plan.skipped) - SHOWN_SKIPS:,} more")
    if dry_run:
        lines.append("Nothing was changed (dry run).")
    return lines
