import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from isange_desktop.domain.case_numbers import (
    ALPHABET,
    CaseNumber,
    check_character,
    format_case_number,
    parse_case_number,
)
from isange_desktop.errors import ValidationError

# Centers with dashes everywhere a dash may stand, 0/Z neighbours (Luhn mod 36's blind pair),
# one character, sixteen characters, digits only.
SAMPLES = [
    ("KGL-01", 2025, 42),
    ("KGL-KCMC", 2009, 1),
    ("DEMO", 2026, 99_999),
    ("Z0Z0-0Z", 2090, 10_101),
    ("A", 2000, 50_000),
    ("9", 9999, 909),
    ("-A-", 2031, 7),
    ("ABCDEFGHIJKLMNOP", 2024, 12_345),
    ("RW-NY-0Z9", 2100, 100),
]
SYMBOLS = ALPHABET + "-"


def _refused(text):
    try:
        parse_case_number(text)
    except ValidationError as err:
        return err.code in {"casenum.malformed", "casenum.check_failed"}
    return False


def _dash_in_center(center, index, old, new):
    return index < len(center) and "-" in (old, new)


def test_format_has_center_year_sequence_and_check():
    # Given the first center's 42nd case of 2025
    # When it is formatted
    text = format_case_number("kgl-01 ", 2025, 42)
    # Then it reads center, year, five-digit sequence, check character
    assert text == "KGL-01-2025-00042-Y"
    assert str(CaseNumber("KGL-01", 2025, 42)) == text


def test_parse_accepts_any_case_and_surrounding_spaces():
    # Given a number typed in lower case with spaces around it
    # When it is parsed
    number = parse_case_number("  kgl-01-2025-00042-y \t")
    # Then it is the same case
    assert number == CaseNumber("KGL-01", 2025, 42)


@pytest.mark.parametrize("text", [
    "", "KGL-01-2025-00042", "KGL-01-2025-0042-Y", "KGL-01-25-00042-Y", "KGL-01-2025-00042-YY",
    "KGL 01-2025-00042-Y", "KGL-01-2025 -00042-Y", "KGL_01-2025-00042-Y", "-2025-00042-Y",
    "ABCDEFGHIJKLMNOPQ-2025-00042-Y", "KGL-01-2O25-00042-Y", "KGL-01-2025-00042-*",
])
def test_malformed_text_is_refused(text):
    # Given text that is not shaped like a case number
    # When it is parsed
    with pytest.raises(ValidationError) as err:
        parse_case_number(text)
    # Then it is called malformed
    assert err.value.code == "casenum.malformed"


@pytest.mark.parametrize("prefix", ["--2025-00042", "KGL-01-1999-00042", "KGL-01-2025-00000"])
def test_well_checked_but_impossible_numbers_are_malformed(prefix):
    # Given a number whose check is right but whose center, year or sequence cannot exist
    text = f"{prefix}-{check_character(prefix)}"
    # When it is parsed
    with pytest.raises(ValidationError) as err:
        parse_case_number(text)
    # Then it is refused as malformed
    assert err.value.code == "casenum.malformed"


def test_wrong_check_character_is_named():
    # Given the right number with another last character
    with pytest.raises(ValidationError) as err:
        parse_case_number("KGL-01-2025-00042-Z")
    # Then the message says a character is wrong
    assert err.value.code == "casenum.check_failed"


@pytest.mark.parametrize(("center", "year", "seq"), [
    ("", 2025, 1), ("KGL/01", 2025, 1), ("kgl", 2025, 1), ("ABCDEFGHIJKLMNOPQ", 2025, 1),
    ("---", 2025, 1), ("KGL", 1999, 1), ("KGL", 2025, 0), ("KGL", 2025, 100_000),
])
def test_case_number_refuses_fields_that_cannot_be_printed(center, year, seq):
    with pytest.raises(ValueError):
        CaseNumber(center, year, seq)


@pytest.mark.parametrize(("center", "year", "seq"), SAMPLES)
def test_every_single_substitution_is_refused(center, year, seq):
    # Given a valid number
    text = format_case_number(center, year, seq)
    assert parse_case_number(text) == CaseNumber(center, year, seq)
    slipped_per_position: dict[int, int] = {}
    # When each character in turn is replaced by every other digit, letter or dash
    for index, old in enumerate(text):
        for new in SYMBOLS:
            if new == old:
                continue
            variant = text[:index] + new + text[index + 1:]
            if _dash_in_center(center, index, old, new):
                slipped_per_position[index] = slipped_per_position.get(index, 0) + (
                    not _refused(variant))
                continue
            # Then every variant is refused
            assert _refused(variant), variant
    # And where a center's dash meets a character (37 symbols, 36 check values) at most one
    # substitution per position passes: the bound the arithmetic allows, and no worse
    assert all(count <= 1 for count in slipped_per_position.values())


@pytest.mark.parametrize(("center", "year", "seq"), SAMPLES)
def test_every_adjacent_transposition_is_refused(center, year, seq):
    # Given a valid number
    text = format_case_number(center, year, seq)
    # When any two neighbouring different characters are swapped (dashes included)
    for index in range(len(text) - 1):
        a, b = text[index], text[index + 1]
        if a == b:
            continue
        variant = text[:index] + b + a + text[index + 2:]
        # Then the swap is refused
        assert _refused(variant), variant


def test_zero_z_swap_and_moved_dash_are_seen():
    # Given the two errors plain Luhn mod 36 over the alphanumerics cannot see
    # When the check is computed for both sides of each
    # Then they differ
    assert check_character("A0Z-2025-00001") != check_character("AZ0-2025-00001")
    assert check_character("KGL-01-2025-00001") != check_character("KG-L01-2025-00001")


centers = st.from_regex(r"[A-Z0-9-]{1,16}", fullmatch=True).filter(
    lambda c: any(ch != "-" for ch in c))
years = st.integers(min_value=2000, max_value=9999)
seqs = st.integers(min_value=1, max_value=99_999)


@given(centers, years, seqs)
def test_round_trip(center, year, seq):
    # Given any printable case number
    number = CaseNumber(center, year, seq)
    # When it is printed and typed back (in lower case, with spaces)
    parsed = parse_case_number(f" {str(number).lower()} ")
    # Then it is the same number
    assert parsed == number


@given(centers, years, seqs, st.data())
def test_any_single_substitution_is_refused(center, year, seq, data):
    # Given a valid number and one position and a different symbol for it
    text = format_case_number(center, year, seq)
    index = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    new = data.draw(st.sampled_from(SYMBOLS))
    assume(new != text[index])
    assume(not _dash_in_center(center, index, text[index], new))
    # When the substituted number is parsed
    # Then it is refused
    assert _refused(text[:index] + new + text[index + 1:])


@given(centers, years, seqs, st.data())
def test_any_adjacent_transposition_is_refused(center, year, seq, data):
    text = format_case_number(center, year, seq)
    index = data.draw(st.integers(min_value=0, max_value=len(text) - 2))
    assume(text[index] != text[index + 1])
    assert _refused(text[:index] + text[index + 1] + text[index] + text[index + 2:])
