import pytest
from hypothesis import given
from hypothesis import strategies as st

from isange_desktop.errors import AuthError
from isange_desktop.store.recovery_key import ALPHABET, format_key, generate, parse_key


@given(st.binary(min_size=20, max_size=20))
def test_round_trip(raw):
    # Given any 160-bit key, When it is printed and typed back, Then the same bytes come out
    assert parse_key(format_key(raw)) == raw


@given(st.binary(min_size=20, max_size=20))
def test_typed_loosely_still_parses(raw):
    # Given the key typed in lower case, with spaces instead of dashes
    text = format_key(raw).lower().replace("-", "  ")
    # Then it still parses
    assert parse_key(text) == raw


def test_every_single_character_typo_is_caught_and_its_group_named():
    # Given a printed key
    printed = format_key(generate())
    groups = printed.split("-")
    for g, group in enumerate(groups):
        for pos in range(len(group)):
            for wrong in ALPHABET:
                if wrong == group[pos]:
                    continue
                typo = group[:pos] + wrong + group[pos + 1 :]
                text = "-".join([*groups[:g], typo, *groups[g + 1 :]])
                # When one character is mistyped, Then parsing names that group
                with pytest.raises(AuthError) as err:
                    parse_key(text)
                assert err.value.code == "recovery.group_typo"
                assert err.value.params["group"] == g + 1


def test_wrong_length_is_refused():
    with pytest.raises(AuthError) as err:
        parse_key("ABCD-EFGH")
    assert err.value.code == "recovery.malformed"


def test_letters_people_confuse_are_read_as_digits():
    raw = bytes(20)  # all zeros: every data character is "0"
    printed = format_key(raw)
    assert parse_key(printed.replace("0", "O")) == raw
