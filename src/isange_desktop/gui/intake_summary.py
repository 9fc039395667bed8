"""The review step's summary: each step's answers in words, read from the pages as they stand,
so what the nurse checks with the survivor is exactly what Create will send."""

from __future__ import annotations

from PySide6.QtCore import QObject

from isange_desktop.gui.case_words import track_name, track_status_name
from isange_desktop.gui.intake_classification_page import ClassificationPage
from isange_desktop.gui.intake_consent_page import ConsentPage
from isange_desktop.gui.intake_form_pages import IncidentPage, PersonPage
from isange_desktop.gui.intake_review_page import Section, form_lines
from isange_desktop.gui.intake_search_page import SearchPage
from isange_desktop.gui.intake_tracks_page import TracksPage
from isange_desktop.i18n.messages import translate


class IntakeSummary(QObject):
    """Only a translation context: Qt's Python lupdate does not see strings passed to a helper
    such as `_tr(text)`, so they stayed English; it does read `IntakeSummary.tr(...)`."""


def summary_sections(*, search: SearchPage, person: PersonPage, incident: IncidentPage,
                     consent: ConsentPage, classification: ClassificationPage,
                     tracks: TracksPage) -> tuple[list[Section], list[Section]]:
    """(left column, right column): who and what happened; what follows from it."""
    yes, no = IntakeSummary.tr("Yes"), IntakeSummary.tr("No")
    linked = search.linked_case()
    person_lines = [IntakeSummary.tr("Same person as case %1").replace("%1", linked) if linked
                    else IntakeSummary.tr("A new person (no earlier record linked)")]
    person_lines += form_lines("person", person.values(), yes, no)
    incident_lines = form_lines("incident", incident.values(), yes, no)
    if (event := incident.same_event_as()) is not None:
        incident_lines.append(IntakeSummary.tr("Same incident as case %1").replace("%1", event))
    clocks = incident.clock_panel.texts() or [IntakeSummary.tr("No incident time yet: no clock.")]

    consent_lines = []
    answered = {str(r["scope"]): r for r in consent.records()}
    for scope, (allowed, words) in consent.decisions().items():
        name = translate(f"consent.scope.{scope.value}")
        record = answered.get(scope.value)
        if record is None:
            consent_lines.append(IntakeSummary.tr("%1: not asked yet").replace("%1", name))
            continue
        if "destination" in record:
            name = f"{name} ({record['destination']})"
        who = translate(f"consent.by.{record['by']}")
        answer = (IntakeSummary.tr("given by %1") if record["given"]
                  else IntakeSummary.tr("refused by %1")).replace("%1", who)
        verdict = IntakeSummary.tr("allowed") if allowed else IntakeSummary.tr("not allowed")
        consent_lines.append(f"{name}: {answer}; {verdict}. {words}")

    gbv_type, flags = classification.summary()
    classification_lines = [gbv_type, IntakeSummary.tr("Flags: %1").replace(
        "%1", "; ".join(flags) if flags else IntakeSummary.tr("none"))]
    screening = classification.screening.indication() \
        if classification.screening.isChecked() else None
    classification_lines.append(
        IntakeSummary.tr("Trafficking screening: %1").replace(
            "%1", translate(f"traffick.indication.{screening.value}")) if screening
        else IntakeSummary.tr("Trafficking screening: not done"))

    track_lines = [f"{track_name(track)}: {track_status_name(status)}"
                   for track, status in tracks.statuses().items()]
    return ([Section(IntakeSummary.tr("Person"), person_lines),
             Section(IntakeSummary.tr("Incident"), incident_lines)],
            [Section(IntakeSummary.tr("What can still be given"), clocks),
             Section(IntakeSummary.tr("Classification"), classification_lines),
             Section(IntakeSummary.tr("Consent"), consent_lines),
             Section(IntakeSummary.tr("Tracks"), track_lines)])
