"""ORM mappings of persons, cases and their append-only history (migrations 0003, 0004), and
the drafts a lock keeps (0006)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isange_desktop.store.models import Base


class Person(Base):
    """The columns searched at intake; everything else about the person is in form revisions."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    family_key: Mapped[str] = mapped_column(String(200), index=True)  # folded for search
    given_key: Mapped[str] = mapped_column(String(200), index=True)
    sex: Mapped[str] = mapped_column(String(16))
    birth_date: Mapped[str | None] = mapped_column(String(10), index=True)  # ISO date
    estimated_age: Mapped[int | None] = mapped_column(Integer)
    phone_key: Mapped[str | None] = mapped_column(String(16), index=True)  # last 9 digits
    national_id: Mapped[str | None] = mapped_column(String(32), index=True)
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))


class CaseCounter(Base):
    __tablename__ = "case_counters"

    center_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    arrival_at: Mapped[str] = mapped_column(String(40), index=True)
    incident_earliest: Mapped[str | None] = mapped_column(String(40))
    incident_latest: Mapped[str | None] = mapped_column(String(40))
    gbv_type: Mapped[str | None] = mapped_column(String(32), index=True)
    flags: Mapped[str] = mapped_column(Text)  # JSON list of context flags
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(Text)


class FormRevision(Base):
    """One saved state of one form (or one entry of a repeating form) of a case."""

    __tablename__ = "form_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    form_id: Mapped[str] = mapped_column(String(32))
    entry_no: Mapped[int] = mapped_column(Integer)  # 0 for a single form
    revision: Mapped[int] = mapped_column(Integer)
    values_json: Mapped[str] = mapped_column(Text)
    changed_fields: Mapped[str] = mapped_column(Text)  # JSON list of field ids
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(40))
    sealed: Mapped[bool] = mapped_column(Boolean)


class TrackStatusChange(Base):
    __tablename__ = "track_status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    track: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(40))


class CaseTrack(Base):
    """The current status of each track of a case: kept by a trigger on the history table
    (migration 0004), never written by the application."""

    __tablename__ = "case_tracks"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    track: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))


class CaseStatusChange(Base):
    __tablename__ = "case_status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)


class ConsentRow(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    scope: Mapped[str] = mapped_column(String(32))
    destination: Mapped[str | None] = mapped_column(String(200))
    given: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[str] = mapped_column(String(40))
    given_by: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(64))
    override_reason: Mapped[str | None] = mapped_column(Text)


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    due: Mapped[str] = mapped_column(String(10), index=True)  # ISO date
    done_on: Mapped[str | None] = mapped_column(String(10))
    cancelled: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """A form left unsaved when the screen locked (migration 0006): scratch, not history."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    case_number: Mapped[str] = mapped_column(String(40))
    form_id: Mapped[str] = mapped_column(String(32))
    entry_no: Mapped[int | None] = mapped_column(Integer)
    values_json: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[str] = mapped_column(String(40))
