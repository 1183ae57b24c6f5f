"""Which backups are kept: the history reaches back months (issue 10, item 6)."""

from __future__ import annotations

from datetime import datetime, timedelta

from l2l_desktop.core.retention import Retention, to_keep

NOW = datetime(2026, 12, 1, 12, 0)  # a Tuesday


def test_every_backup_of_the_last_day_then_one_a_day_a_week_a_month():
    made = {}
    # Three quits today and one yesterday evening (all within 24 hours).
    for name, when in (
        ("today 11:00", datetime(2026, 12, 1, 11)),
        ("today 08:00", datetime(2026, 12, 1, 8)),
        ("today 07:59", datetime(2026, 12, 1, 7, 59)),
        ("yesterday 13:00", datetime(2026, 11, 30, 13)),
    ):
        made[name] = when
    # Yesterday morning too (26 hours ago): of two that day, only the newest is kept.
    made["yesterday 10:00"] = datetime(2026, 11, 30, 10)
    # Two a day from 29 Nov back to 1 Oct.
    day = datetime(2026, 11, 29, 18)
    while day >= datetime(2026, 10, 1):
        made[f"{day:%m-%d} 18:00"] = day
        made[f"{day:%m-%d} 09:00"] = day.replace(hour=9)
        day -= timedelta(days=1)
    # One on the 1st of each month of 2025, and one before an upgrade three years ago.
    for month in range(1, 13):
        made[f"2025-{month:02d}"] = datetime(2025, month, 1, 9)
    made["before-v2"] = datetime(2023, 6, 1, 9)
    pinned = {"before-v2"}
    kept = to_keep([(n, t, n in pinned) for n, t in made.items()], NOW)

    # Worked out by hand:
    # - the last 24 hours: today 11:00, 08:00, 07:59 and yesterday 13:00;
    # - the newest of each of the 14 most recent days with one: 1 Dec (today 11:00),
    #   30 Nov (yesterday 13:00), then 29 Nov .. 18 Nov at 18:00 (12 days);
    # - the newest of each of the 8 most recent ISO weeks (Monday to Sunday): this week's
    #   (today 11:00), then the Sundays at 18:00 of the weeks that began on 23, 16, 9, 2 Nov,
    #   26, 19 and 12 Oct: 29, 22, 15, 8, 1 Nov, 25 and 18 Oct;
    # - the newest of each of the 12 most recent months: Dec (today 11:00), Nov (29 Nov),
    #   Oct (31 Oct 18:00), then 2025-12 .. 2025-04 on the 1st (9 months);
    # - the one before an upgrade, always.
    by_hand = {"today 11:00", "today 08:00", "today 07:59", "yesterday 13:00"}
    by_hand |= {f"11-{d:02d} 18:00" for d in range(18, 30)}
    by_hand |= {"11-15 18:00", "11-08 18:00", "11-01 18:00", "10-25 18:00", "10-18 18:00"}
    by_hand |= {"10-31 18:00"} | {f"2025-{m:02d}" for m in range(4, 13)}
    by_hand |= {"before-v2"}
    assert kept == by_hand
    assert "yesterday 10:00" not in kept  # a second of that day, older than a day


def test_sixty_quits_a_day_apart_reach_back_weeks_not_seconds():
    # Quit n days ago, n = 0..59: 1 Dec back to 3 Oct.
    quits = [(n, NOW - timedelta(days=n), False) for n in range(60)]
    kept = to_keep(quits, NOW)
    # By hand: day 0 (the last 24 hours); days 0..13 (daily); the newest of 8 ISO weeks: this
    # week's (day 0), then the Sundays before it: 29, 22, 15, 8, 1 Nov, 25, 18 Oct = days 2,
    # 9, 16, 23, 30, 37, 44; the newest of each month: Dec (day 0), Nov (30 Nov, day 1) and
    # Oct (31 Oct, day 31).
    assert kept == set(range(14)) | {16, 23, 30, 37, 44} | {31}
    assert max(kept) == 44  # six weeks back, where fourteen kept quits reached 14 days


def test_the_newest_is_kept_however_old_and_nothing_else_without_a_rule():
    old = [("a", NOW - timedelta(days=400), False), ("b", NOW - timedelta(days=800), False)]
    assert to_keep(old, NOW, Retention(0, 0, 0, 0)) == {"a"}
    assert to_keep([], NOW) == set()
