"""Messages of clinical clocks, report delay and follow-up tasks: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # The incident time (domain/incident_time.py)
    "clock.time_not_aware": (
        "The incident time has no time zone, so it cannot be counted from. Enter it again.",
        "L'heure de l'incident n'a pas de fuseau horaire : on ne peut pas compter à partir d'elle. Saisissez-la à nouveau.",
        "Igihe ihohoterwa ryabereye nta saha y'akarere gifite, ntigishobora kubarirwaho. Ongera ucyandike.",
    ),
    "clock.time_range_reversed": (
        "The estimated incident time ends before it starts: check the two times.",
        "La période estimée de l'incident finit avant de commencer : vérifiez les deux heures.",
        "Igihe cyagereranyijwe ihohoterwa ryabereyemo kirangira mbere y'uko gitangira: genzura ayo masaha yombi.",
    ),
    # Windows (domain/clinical_clocks.py, ClockKind)
    "clock.pep": (
        "HIV post-exposure prophylaxis (PEP)",
        "Prophylaxie post-exposition au VIH (PEP)",
        "PEP (imiti irinda kwandura virusi itera SIDA)",
    ),
    "clock.ec_levonorgestrel": (
        "Emergency contraception: levonorgestrel",
        "Contraception d'urgence : lévonorgestrel",
        "Kwirinda gusama byihutirwa: levonorgestrel",
    ),
    "clock.ec_ulipristal_or_iud": (
        "Emergency contraception: ulipristal or copper IUD",
        "Contraception d'urgence : ulipristal ou DIU au cuivre",
        "Kwirinda gusama byihutirwa: ulipristal cyangwa agapira k'umuringa ko mu mura",
    ),
    "clock.forensic_best": (
        "Forensic evidence (best within 72 hours)",
        "Preuves médico-légales (idéalement dans les 72 heures)",
        "Ibimenyetso bya gihanga (byiza mu masaha 72)",
    ),
    "clock.forensic_extended": (
        "Forensic evidence, some samples (up to 7 days)",
        "Preuves médico-légales, certains prélèvements (jusqu'à 7 jours)",
        "Ibimenyetso bya gihanga, bimwe mu bizamini (kugeza ku minsi 7)",
    ),
    "clock.hepatitis_b": (
        "Hepatitis B vaccination",
        "Vaccination contre l'hépatite B",
        "Urukingo rw'indwara y'umwijima wo mu bwoko bwa B",
    ),
    # Window states (ClockStatus)
    "clock.status.open": ("Open", "Ouvert", "Biracyashoboka"),
    "clock.status.closing": ("Closing soon", "Ferme bientôt", "Igihe kiri hafi kurangira"),
    "clock.status.closed": ("Closed", "Fermé", "Igihe cyarangiye"),
    # Days from incident to report (domain/report_delay.py, DelayBucket)
    "delay.0_3": ("0-3 days", "0 à 3 jours", "Iminsi 0-3"),
    "delay.4_5": ("4-5 days", "4 à 5 jours", "Iminsi 4-5"),
    "delay.6_14": ("6-14 days", "6 à 14 jours", "Iminsi 6-14"),
    "delay.2w_1m": ("2 weeks - 1 month", "2 semaines à 1 mois", "Ibyumweru 2 - ukwezi 1"),
    "delay.over_1m": ("Over 1 month", "Plus d'un mois", "Birenze ukwezi kumwe"),
    # Follow-up tasks (domain/followups.py, TaskKind)
    "task.pep_adherence_check": (
        "PEP adherence check",
        "Contrôle de l'observance de la PEP",
        "Kugenzura uko PEP ifatwa",
    ),
    "task.pep_completion": (
        "PEP course completion",
        "Fin du traitement PEP",
        "Kurangiza imiti ya PEP",
    ),
    "task.hiv_test_6_weeks": (
        "HIV test at 6 weeks",
        "Test VIH à 6 semaines",
        "Kwipimisha virusi itera SIDA nyuma y'ibyumweru 6",
    ),
    "task.hiv_test_3_months": (
        "HIV test at 3 months",
        "Test VIH à 3 mois",
        "Kwipimisha virusi itera SIDA nyuma y'amezi 3",
    ),
    "task.hiv_test_6_months": (
        "HIV test at 6 months",
        "Test VIH à 6 mois",
        "Kwipimisha virusi itera SIDA nyuma y'amezi 6",
    ),
    "task.pregnancy_test_2_weeks": (
        "Pregnancy test at 2 weeks",
        "Test de grossesse à 2 semaines",
        "Kwipimisha inda nyuma y'ibyumweru 2",
    ),
    "task.hepatitis_b_dose_2": (
        "Hepatitis B vaccine, dose 2",
        "Vaccin contre l'hépatite B, 2e dose",
        "Urukingo rwa kabiri rw'umwijima wo mu bwoko bwa B",
    ),
    "task.hepatitis_b_dose_3": (
        "Hepatitis B vaccine, dose 3",
        "Vaccin contre l'hépatite B, 3e dose",
        "Urukingo rwa gatatu rw'umwijima wo mu bwoko bwa B",
    ),
    "task.counselling_session": (
        "Counselling session",
        "Séance d'accompagnement psychologique",
        "Ikiganiro cy'ubujyanama",
    ),
    # Task states (TaskState)
    "task.state.done": ("Done", "Fait", "Byakozwe"),
    "task.state.upcoming": ("Upcoming", "À venir", "Biri imbere"),
    "task.state.due_today": ("Due today", "Prévu aujourd'hui", "Bigomba gukorwa uyu munsi"),
    "task.state.overdue": ("Overdue", "En retard", "Byarengeje igihe"),
    # Why a task exists (PlannedTask.reason)
    "task.reason.pep_day_3": (
        "Day 3 of PEP: check the doses are taken and tolerated",
        "Jour 3 de la PEP : vérifier que les doses sont prises et bien tolérées",
        "Umunsi wa 3 wa PEP: genzura ko imiti ifatwa kandi nta ngaruka mbi itera",
    ),
    "task.reason.pep_day_14": (
        "Day 14 of PEP: check adherence and side effects",
        "Jour 14 de la PEP : vérifier l'observance et les effets indésirables",
        "Umunsi wa 14 wa PEP: genzura uko imiti ifatwa n'ingaruka zayo",
    ),
    "task.reason.pep_day_28": (
        "Day 28: the 28-day PEP course should be complete",
        "Jour 28 : le traitement PEP de 28 jours devrait être terminé",
        "Umunsi wa 28: imiti ya PEP y'iminsi 28 igomba kuba yararangiye",
    ),
    "task.reason.hiv_6_weeks": (
        "6 weeks after the exposure",
        "6 semaines après l'exposition",
        "Ibyumweru 6 nyuma y'igihe yashoboraga kwandura",
    ),
    "task.reason.hiv_3_months": (
        "3 months after the exposure",
        "3 mois après l'exposition",
        "Amezi 3 nyuma y'igihe yashoboraga kwandura",
    ),
    "task.reason.hiv_6_months": (
        "6 months after the exposure",
        "6 mois après l'exposition",
        "Amezi 6 nyuma y'igihe yashoboraga kwandura",
    ),
    "task.reason.hepatitis_b_dose_2": (
        "One month after the first dose",
        "Un mois après la première dose",
        "Ukwezi kumwe nyuma y'urukingo rwa mbere",
    ),
    "task.reason.hepatitis_b_dose_3": (
        "Six months after the first dose",
        "Six mois après la première dose",
        "Amezi atandatu nyuma y'urukingo rwa mbere",
    ),
    "task.reason.pregnancy_2_weeks": (
        "2 weeks after the incident (emergency contraception given or pregnancy risk)",
        "2 semaines après l'incident (contraception d'urgence donnée ou risque de grossesse)",
        "Ibyumweru 2 nyuma y'ihohoterwa (yahawe imiti yo kwirinda gusama cyangwa ashobora kuba yarasamye)",
    ),
    "task.reason.counselling": (
        "Next session agreed with the survivor",
        "Prochaine séance convenue avec la personne survivante",
        "Ikiganiro gikurikira cyumvikanyweho n'uwahohotewe",
    ),
}
