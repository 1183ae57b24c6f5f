"""Peewee models: the current schema (version given by ``migrations.SCHEMA_VERSION``).

Element sets are stored as a bit mask (direction 1, support 2, self 4) so SQL can count them per
week. Days are local calendar days (``YYYY-MM-DD``); timestamps are naive UTC.
"""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _one_of(column: str, values: tuple[str, ...]) -> Check:
    quoted = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({quoted})")


ELEMENTS_CHECK = Check("elements BETWEEN 1 AND 7")


class BaseModel(Model):
    uuid = TextField(unique=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        legacy_table_names = False
        database = None  # bound at open time by Store


class PersonRow(BaseModel):
    name = TextField()
    role = TextField(default="")

    class Meta:
        table_name = "person"


class IntentionRow(BaseModel):
    day = DateField(unique=True)
    heart = TextField()
    direction = TextField()
    elements = IntegerField(default=0, constraints=[Check("elements BETWEEN 0 AND 7")])

    class Meta:
        table_name = "intention"


class ActionRow(BaseModel):
    intention = ForeignKeyField(IntentionRow, backref="actions", on_delete="CASCADE")
    day = DateField(index=True)
    position = IntegerField()
    text = TextField()
    elements = IntegerField(constraints=[Check("elements IN (1, 2, 4)")])
    done = BooleanField(default=False)

    class Meta:
        table_name = "intention_action"


class PauseRow(BaseModel):
    day = DateField(index=True)
    at = DateTimeField()
    alignment = TextField(constraints=[_one_of("alignment", ("aligned", "partly", "off"))])
    note = TextField(default="")
    elements = IntegerField(constraints=[ELEMENTS_CHECK])

    class Meta:
        table_name = "intention_pause"


class QuestionRow(BaseModel):
    day = DateField(index=True)
    asked_at = DateTimeField()
    text = TextField()
    context = TextField(default="")
    kind = TextField(constraints=[_one_of("kind", ("open", "closed", "leading"))])
    suggested_kind = TextField(
        null=True, constraints=[_one_of("suggested_kind", ("open", "closed", "leading"))]
    )
    learned = TextField(default="")
    person = ForeignKeyField(PersonRow, null=True, on_delete="SET NULL")
    elements = IntegerField(constraints=[ELEMENTS_CHECK])

    class Meta:
        table_name = "question"


class TellRow(BaseModel):
    day = DateField(index=True)
    told_at = DateTimeField()
    note = TextField(default="")
    person = ForeignKeyField(PersonRow, null=True, on_delete="SET NULL")
    elements = IntegerField(constraints=[ELEMENTS_CHECK])

    class Meta:
        table_name = "tell"


class BankQuestionRow(BaseModel):
    text = TextField()
    purpose = TextField()
    active = BooleanField(default=True)
    builtin = BooleanField(default=False)

    class Meta:
        table_name = "bank_question"


class VisitRow(BaseModel):
    day = DateField(index=True)
    place = TextField()
    purpose = TextField()
    status = TextField(constraints=[_one_of("status", ("planned", "done"))])
    observed = TextField(default="")
    care = TextField(default="")
    elements = IntegerField(constraints=[ELEMENTS_CHECK])

    class Meta:
        table_name = "gemba_visit"


class AssumptionRow(BaseModel):
    visit = ForeignKeyField(VisitRow, backref="assumptions", on_delete="CASCADE")
    day = DateField(index=True)
    position = IntegerField()
    text = TextField()
    result = TextField(constraints=[_one_of("result", ("confirmed", "refuted", "unclear"))])
    fact = TextField(default="")

    class Meta:
        table_name = "gemba_assumption"


class ConversationRow(BaseModel):
    visit = ForeignKeyField(VisitRow, backref="conversations", on_delete="CASCADE")
    day = DateField(index=True)
    position = IntegerField()
    person = ForeignKeyField(PersonRow, null=True, on_delete="SET NULL")
    learned = TextField()

    class Meta:
        table_name = "gemba_conversation"


class FollowUpRow(BaseModel):
    visit = ForeignKeyField(VisitRow, backref="follow_ups", on_delete="CASCADE")
    day = DateField(index=True)
    position = IntegerField()
    text = TextField()
    owner = TextField(default="")
    due_day = DateField(null=True, index=True)
    done_day = DateField(null=True, index=True)

    class Meta:
        table_name = "follow_up"


class ReflectionRow(BaseModel):
    day = DateField(index=True)
    kind = TextField(constraints=[_one_of("kind", ("daily", "weekly", "event"))])
    went_well = TextField(default="")
    went_badly = TextField(default="")
    learned = TextField(default="")
    adjust_next = TextField(default="")
    rating = IntegerField(null=True, constraints=[Check("rating BETWEEN 1 AND 5")])
    intention = ForeignKeyField(IntentionRow, null=True, on_delete="SET NULL")
    elements = IntegerField(constraints=[ELEMENTS_CHECK])

    class Meta:
        table_name = "reflection"


# One daily reflection per day; weekly and event reflections may share a day.
ReflectionRow.add_index(
    ReflectionRow.index(ReflectionRow.day, unique=True, name="reflection_one_daily_per_day").where(
        SQL("kind = 'daily'")
    )
)


class RestPeriodRow(BaseModel):
    first_day = DateField(index=True)
    last_day = DateField(index=True)
    kind = TextField(constraints=[_one_of("kind", ("rest", "leave", "sick"))])
    note = TextField(default="")

    class Meta:
        table_name = "rest_period"
        constraints = (Check("last_day >= first_day"),)


class DraftRow(Model):
    """Text typed into a form but not saved yet, kept so a crash or restart loses nothing."""

    key = TextField(primary_key=True)
    payload = TextField()  # JSON object of the form's fields
    updated_at = DateTimeField()

    class Meta:
        table_name = "draft"
        database = None


class PreferenceRow(Model):
    """A setting that belongs with the records (the command line reads it too), as JSON."""

    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "preference"
        database = None


# The tables of the user's records (drafts and preferences are not records).
RECORD_MODELS: tuple[type[BaseModel], ...] = (
    PersonRow,
    IntentionRow,
    ActionRow,
    PauseRow,
    QuestionRow,
    TellRow,
    BankQuestionRow,
    VisitRow,
    AssumptionRow,
    ConversationRow,
    FollowUpRow,
    ReflectionRow,
    RestPeriodRow,
)
MODELS: tuple[type[Model], ...] = (*RECORD_MODELS, DraftRow, PreferenceRow)
TABLE_NAMES: tuple[str, ...] = tuple(m._meta.table_name for m in MODELS)
