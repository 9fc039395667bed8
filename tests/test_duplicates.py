"""Duplicate detection at intake: spelling variants of Kinyarwanda and French names."""

from datetime import date

import pytest

from isange_desktop.domain.duplicates import PersonFacts, is_worth_showing, score
from isange_desktop.domain.names import fold_name, initials, phone_key

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        (("Nyirabukeye", "Marie Claire"), ("Nyira-Bukéye", "Marie-Claire")),
        (("Mukamana", "Aline"), ("Mukamane", "Aline")),
        (("Uwimana", "Jean Bosco"), ("Uwimanna", "Jean-Bosco")),
        (("Habimana", "Jean de Dieu"), ("Jean de Dieu", "Habimana")),  # order swapped
        (("Niyonsaba", "Clarisse"), ("Niyonsaba", "Clarise")),
        (("Mutoni", "Ange"), ("MUTONI", "ANGE")),
        (("Ingabire", "Josée"), ("Ingabire", "Josee")),
    ],
)
def test_spelling_variants_are_shown_with_their_reason(typed, known):
    # Given a person already known and the same person typed with another spelling
    result = score(PersonFacts(*typed), PersonFacts(*known), TODAY)
    # Then the match is shown, because the names are similar
    assert "dup.similar_name" in result.reasons
    assert is_worth_showing(result)


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        (("Uwimana", "Jean"), ("Habimana", "Eric")),
        (("Mukamana", "Aline"), ("Mukandayisenga", "Beatrice")),
        (("Niyonsaba", "Clarisse"), ("Nsengiyumva", "Claude")),
    ],
)
def test_different_people_are_not_shown(typed, known):
    assert not is_worth_showing(score(PersonFacts(*typed), PersonFacts(*known), TODAY))


def test_identifiers_count_for_more_than_names():
    # Given a different spelling but the same national ID and phone
    typed = PersonFacts("Mukeshimana", "Divine", phone="0788 123 456",
                        national_id="1 1990 7 0012345 1 23")
    known = PersonFacts("Mukeshimana", "Divine", phone="+250788123456",
                        national_id="119907001234512 3")
    result = score(typed, known, TODAY)
    assert {"dup.same_national_id", "dup.same_phone", "dup.similar_name"} <= set(result.reasons)
    assert result.score == 100


def test_a_shared_phone_alone_is_not_a_duplicate():
    # Families share phones: a mother and daughter are different people
    mother = PersonFacts("Mukamana", "Aline", estimated_age=45, phone="0788123456")
    daughter = PersonFacts("Uwase", "Divine", estimated_age=14, phone="0788123456")
    result = score(daughter, mother, TODAY)
    assert result.reasons == ("dup.same_phone",)
    assert not is_worth_showing(result)


def test_date_of_birth_and_estimated_age():
    known = PersonFacts("Ingabire", "Grace", birth_date=date(2001, 5, 1))
    same = score(PersonFacts("Ingabire", "Grace", birth_date=date(2001, 5, 1)), known, TODAY)
    assert "dup.same_birth_date" in same.reasons
    close = score(PersonFacts("Ingabire", "Grace", estimated_age=26), known, TODAY)
    assert "dup.similar_age" in close.reasons
    far = score(PersonFacts("Ingabire", "Grace", estimated_age=40), known, TODAY)
    assert "dup.similar_age" not in far.reasons


def test_keys():
    assert fold_name("Nyira-Bukéye") == fold_name("NYIRABUKEYE") == "nyirabukeye"
    assert fold_name("Uwimanna") == fold_name("Uwimana")
    assert phone_key("+250 788 123 456") == phone_key("0788-123-456") == "788123456"
    assert phone_key("12345") is None
    assert initials("Nyirabukeye", "Marie Claire") == "M.C.N."
