"""Messages of form fields and their validation: id -> (English, French, Kinyarwanda).

Field labels, help texts and choice labels are not here: they are Qt source strings in
domain/forms (context "forms"), translated through the .ts files.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
    # One answer at a time (domain/forms/validation.py)
    "form.required": (
        "This field is required.",
        "Ce champ est obligatoire.",
        "Iki gice kigomba kuzuzwa.",
    ),
    "form.invalid_choice": (
        "Choose among the options offered.",
        "Choisissez parmi les options proposées.",
        "Hitamo mu bisubizo byatanzwe.",
    ),
    "form.out_of_range": (
        "Enter a value from {minimum} to {maximum}.",
        "Saisissez une valeur comprise entre {minimum} et {maximum}.",
        "Andika umubare uri hagati ya {minimum} na {maximum}.",
    ),
    "form.too_long": (
        "This text must not be longer than {max_length} characters.",
        "Ce texte ne doit pas dépasser {max_length} caractères.",
        "Iyi nyandiko ntigomba kurenza inyuguti {max_length}.",
    ),
    "form.bad_date": (
        "Enter a real date as year-month-day (for example 2024-05-31).",
        "Saisissez une date réelle au format année-mois-jour (par exemple 2024-05-31).",
        "Andika itariki nyayo mu buryo bw'umwaka-ukwezi-umunsi (urugero: 2024-05-31).",
    ),
    "form.bad_datetime": (
        "Enter a real date and time, with its time zone (for example +02:00).",
        "Saisissez une date et une heure réelles, avec leur fuseau horaire (par exemple +02:00).",
        "Andika itariki n'isaha nyabyo, hamwe n'isaha mpuzamahanga bigenderaho (urugero: +02:00).",
    ),
    "form.wrong_type": (
        "This value is not of the kind this field takes.",
        "Cette valeur n'est pas du type que ce champ accepte.",
        "Iki gisubizo si cy'ubwoko iki gice cyakira.",
    ),
    "form.bad_format": (
        "This value is not in the expected format; see the field's help.",
        "Cette valeur n'a pas le format attendu ; voyez l'aide du champ.",
        "Iki gisubizo ntikiri mu buryo bwitezwe; reba ibisobanuro by'iki gice.",
    ),
    "form.unknown_field": (
        "This field does not belong to this form.",
        "Ce champ n'appartient pas à ce formulaire.",
        "Iki gice ntikiri muri iyi fomu.",
    ),
    "form.hidden_not_empty": (
        "This field does not apply to the answers given, so it must stay empty.",
        "Ce champ ne s'applique pas aux réponses données : il doit rester vide.",
        "Iki gice ntikireba ibisubizo byatanzwe, bityo kigomba kuguma kirimo ubusa.",
    ),
    "form.attachment_repeated": (
        "The same attachment is listed twice.",
        "La même pièce jointe figure deux fois.",
        "Umugereka umwe wanditswe inshuro ebyiri.",
    ),
    "form.body_map_mark_invalid": (
        "Mark {index} on the body map is incomplete or invalid.",
        "Le repère {index} de la carte du corps est incomplet ou invalide.",
        "Ikimenyetso cya {index} ku gishushanyo cy'umubiri kituzuye cyangwa gifite amakosa.",
    ),
    "form.body_map_number_repeated": (
        "Number {number} is given to more than one mark on the body map.",
        "Le numéro {number} est attribué à plus d'un repère de la carte du corps.",
        "Nomero {number} yahawe ibimenyetso birenze kimwe ku gishushanyo cy'umubiri.",
    ),
    # Several answers at once (domain/forms/rules.py)
    "form.birth_in_future": (
        "The date of birth cannot be in the future.",
        "La date de naissance ne peut pas être dans le futur.",
        "Itariki y'amavuko ntishobora kuba itaragera.",
    ),
    "form.age_contradicts_dob": (
        "The estimated age ({estimated}) does not agree with the date of birth (age {age}).",
        "L'âge estimé ({estimated} ans) ne concorde pas avec la date de naissance ({age} ans).",
        "Imyaka igereranyijwe ({estimated}) ntihuye n'itariki y'amavuko (imyaka {age}).",
    ),
    "form.district_not_in_province": (
        "This district is not in the chosen province.",
        "Ce district ne se trouve pas dans la province choisie.",
        "Aka karere ntikari mu ntara yahiswemo.",
    ),
    "form.incident_after_arrival": (
        "The incident cannot be after the arrival at the center.",
        "L'incident ne peut pas être postérieur à l'arrivée au centre.",
        "Igihe ibyabaye byabereye ntigishobora kuba nyuma yo kugera ku kigo.",
    ),
    "form.earliest_after_latest": (
        "The earliest possible time cannot be after the latest possible time.",
        "L'heure la plus précoce possible ne peut pas être postérieure à la plus tardive.",
        "Igihe cya mbere gishoboka ntigishobora kuba nyuma y'igihe cya nyuma gishoboka.",
    ),
    "form.diastolic_not_below_systolic": (
        "The diastolic pressure must be lower than the systolic pressure.",
        "La pression diastolique doit être inférieure à la pression systolique.",
        "Umuvuduko w'amaraso wo hasi (diastolique) ugomba kuba muto ku wo hejuru (systolique).",
    ),
    "form.discharge_before_admission": (
        "Discharge cannot be before admission.",
        "La sortie ne peut pas précéder l'admission.",
        "Igihe cyo gusezererwa ntigishobora kubanziriza igihe cyo kwakirwa.",
    ),
    "form.sample_ref_repeated": (
        "Sample number {sample_ref} is already used by another sample.",
        "Le numéro d'échantillon {sample_ref} est déjà utilisé par un autre échantillon.",
        "Nomero y'icyitegererezo {sample_ref} isanzwe ikoreshwa n'ikindi cyitegererezo.",
    ),
    "form.unknown_sample_ref": (
        "No sample with number {sample_ref} has been recorded.",
        "Aucun échantillon portant le numéro {sample_ref} n'a été enregistré.",
        "Nta cyitegererezo gifite nomero {sample_ref} cyanditswe.",
    ),
    "form.handover_before_collection": (
        "This handover is dated before sample {sample_ref} was collected.",
        "Cette remise est datée d'avant le prélèvement de l'échantillon {sample_ref}.",
        "Iri hererekanya ryanditsweho igihe kibanziriza ifatwa ry'icyitegererezo {sample_ref}.",
    ),
}
