"""The monthly figures as a flat list of named indicators: what the CSV lists and what the DHIS2
mapping (docs/dhis2-mapping.md) assigns data element codes to.

Ids are stable: a center's mapping file names them. Adding an indicator is harmless; renaming
one breaks every mapping that names it.
"""

from __future__ import annotations

from isange_desktop.domain.monthly import (
    AGE_GROUP_IDS,
    DELAY_IDS,
    GBV_TYPE_IDS,
    REFERRAL_SOURCE_IDS,
    SERVICE_IDS,
    SEX_IDS,
    TRACK_IDS,
    TRACK_STATUS_IDS,
    MonthlyFigures,
)

# The two mapping rows that carry the dataValueSet's own codes, not a figure.
DATA_SET = "data_set"
ORG_UNIT = "org_unit"


def _ids() -> tuple[str, ...]:
    ids = ["cases.total"]
    for gbv in GBV_TYPE_IDS:
        ids.append(f"cases.{gbv}")
        ids += [f"cases.{gbv}.{sex}.{age}" for sex in SEX_IDS for age in AGE_GROUP_IDS]
    ids += [f"referral_source.{s}" for s in REFERRAL_SOURCE_IDS]
    ids += [f"report_delay.{d}" for d in DELAY_IDS]
    ids += [f"track.{t}.{s}" for t in TRACK_IDS for s in TRACK_STATUS_IDS]
    ids += [f"service.{s}" for s in SERVICE_IDS]
    ids += ["pep.eligible", "pep.within_72h"]
    ids += ["shelter.admissions", "shelter.discharges", "shelter.nights",
            "shelter.staying_at_end"]
    ids += ["referrals.sent", "referrals.sent_received", "referrals.received"]
    return tuple(ids)


INDICATORS: tuple[str, ...] = _ids()
KNOWN = frozenset(INDICATORS)


def indicator_values(figures: MonthlyFigures) -> dict[str, int]:
    """Every indicator with its value, zeros included, in catalogue order."""
    values = dict.fromkeys(INDICATORS, 0)
    values["cases.total"] = figures.cases
    for (gbv, sex, age), n in figures.by_type_sex_age.items():
        values[f"cases.{gbv}.{sex}.{age}"] += n
        values[f"cases.{gbv}"] += n
    for source, n in figures.referral_sources.items():
        values[f"referral_source.{source}"] += n
    for bucket, n in figures.report_delay.items():
        values[f"report_delay.{bucket}"] += n
    for (track, status), n in figures.track_statuses.items():
        values[f"track.{track}.{status}"] += n
    for service, n in figures.services.items():
        values[f"service.{service}"] += n
    values["pep.eligible"] = figures.pep.eligible
    values["pep.within_72h"] = figures.pep.within_72h
    shelter = figures.shelter
    values["shelter.admissions"] = shelter.admissions
    values["shelter.discharges"] = shelter.discharges
    values["shelter.nights"] = shelter.nights
    values["shelter.staying_at_end"] = shelter.staying_at_end
    values["referrals.sent"] = figures.referrals.sent
    values["referrals.sent_received"] = figures.referrals.sent_received
    values["referrals.received"] = figures.referrals.received
    if set(values) != KNOWN:  # a figure under an id the catalogue lacks: a bug, say so
        raise ValueError(f"unknown indicators: {sorted(set(values) - KNOWN)[:3]}")
    return values
