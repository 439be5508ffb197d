"""Which contacts look like the same person (B3): same e-mail, same phone, same or similar name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.duplicates import PersonKey, duplicate_reasons, duplicate_score, phonetic_key
from kontaktverwaltung.domain.text import search_key

SAME_EMAIL = "gleiche E-Mail-Adresse"
SAME_PHONE = "gleiche Telefonnummer"
SAME_NAME = "gleicher Name"
SOUNDS_ALIKE = "gleich klingender Name"
SIMILAR_NAME = "ähnlicher Name"
NAME_REASONS = {SAME_NAME, SOUNDS_ALIKE, SIMILAR_NAME}


def person(id: int, first: str, last: str, emails: tuple[str, ...] = (), phones: tuple[str, ...] = ()) -> PersonKey:
    """A contact's duplicate key, built the way the services build it."""
    return PersonKey(id, search_key(f"{first} {last}"), phonetic_key(first, last), frozenset(emails), frozenset(phones))


# --- same-sounding names (Kölner Phonetik) ------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["Mayer", "Maier", "Meyer", "MEIER"])
def test_meier_spellings_share_one_phonetic_key(variant: str) -> None:
    assert phonetic_key("Hans", variant) == phonetic_key("Hans", "Meier")


@pytest.mark.parametrize(("a", "b"), [("Müller", "Mueller"), ("Schmidt", "Schmitt"), ("Schmid", "Schmidt")])
def test_common_spelling_variants_share_one_phonetic_key(a: str, b: str) -> None:
    assert phonetic_key("Anna", a) == phonetic_key("Anna", b)


def test_different_last_names_have_different_phonetic_keys() -> None:
    assert phonetic_key("Hans", "Meier") != phonetic_key("Hans", "Huber")


def test_different_first_initials_have_different_phonetic_keys() -> None:
    assert phonetic_key("Hans", "Meier") != phonetic_key("Peter", "Meier")


def test_first_initial_ignores_umlauts_and_case() -> None:
    assert phonetic_key("Özlem", "Meier") == phonetic_key("ozlem", "Meier")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
def test_phonetic_key_is_empty_exactly_when_the_last_name_has_no_sound(first: str, last: str) -> None:
    key = phonetic_key(first, last)
    assert (key == "") == (phonetic_key("", last) == "")
    assert key == "" or key.endswith("|" + key.rsplit("|", 1)[1])


# --- why two contacts look like duplicates ------------------------------------------------------------------


def test_same_email_is_a_duplicate_reason() -> None:
    a = person(1, "Anna", "Berger", emails=("anna@firma.at",))
    b = person(2, "A.", "Brenner", emails=("anna@firma.at", "office@firma.at"))
    assert duplicate_reasons(a, b) == [SAME_EMAIL]


def test_same_phone_is_a_duplicate_reason() -> None:
    a = person(1, "Anna", "Berger", phones=("+436641234567",))
    b = person(2, "Sekretariat", "", phones=("+436641234567",))
    assert duplicate_reasons(a, b) == [SAME_PHONE]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Anna", "Müller"), ("Anna", "Müller")),
        (("Jürgen", "Müller"), ("Jurgen", "Muller")),
        (("Jürgen", "Müller"), ("Juergen", "Mueller")),
        (("ANNA", "MÜLLER"), ("anna", "müller")),
    ],
)
def test_same_name_spelled_with_or_without_umlauts_is_a_duplicate_reason(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert duplicate_reasons(person(1, *a), person(2, *b)) == [SAME_NAME]


def test_same_sounding_name_is_a_duplicate_reason() -> None:
    assert duplicate_reasons(person(1, "Hans", "Meier"), person(2, "Hans", "Mayer")) == [SOUNDS_ALIKE]


def test_name_with_a_typo_is_a_duplicate_reason() -> None:
    reasons = duplicate_reasons(person(1, "Christina", "Hofbauer"), person(2, "Kristina", "Hofbauer"))
    assert reasons == [SIMILAR_NAME]


def test_all_reasons_are_given_strongest_first() -> None:
    a = person(1, "Anna", "Müller", emails=("anna@firma.at",), phones=("+436641234567",))
    b = person(2, "Anna", "Mueller", emails=("anna@firma.at",), phones=("+436641234567",))
    reasons = duplicate_reasons(a, b)
    assert reasons == [SAME_EMAIL, SAME_PHONE, SAME_NAME]
    assert duplicate_score(reasons) > duplicate_score([SAME_EMAIL]) > duplicate_score([SIMILAR_NAME])


def test_only_one_name_reason_is_given() -> None:
    reasons = duplicate_reasons(person(1, "Hans", "Meier"), person(2, "Hans", "Meier"))
    assert len(NAME_REASONS & set(reasons)) == 1


def test_duplicate_reasons_are_symmetric() -> None:
    a = person(1, "Hans", "Meier", emails=("h@x.at",))
    b = person(2, "Hans", "Mayer", emails=("h@x.at",))
    assert duplicate_reasons(a, b) == duplicate_reasons(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Anna", "Berger"), ("Peter", "Huber")),
        (("Anna", "Müller"), ("Peter", "Müller")),  # family members at one customer
        (("Hans", "Meier"), ("Hans", "Huber")),
        (("Maria", "Gruber"), ("Martina", "Wagner")),
    ],
)
def test_different_people_are_not_duplicates(a: tuple[str, str], b: tuple[str, str]) -> None:
    one = person(1, *a, emails=("one@firma.at",), phones=("+436641111111",))
    two = person(2, *b, emails=("two@firma.at",), phones=("+436642222222",))
    assert duplicate_reasons(one, two) == []
    assert duplicate_score([]) == 0


def test_contacts_without_names_are_not_duplicates_by_name() -> None:
    assert duplicate_reasons(person(1, "", ""), person(2, "", "")) == []


def test_first_name_only_contacts_with_the_same_initial_are_not_duplicates() -> None:
    assert duplicate_reasons(person(1, "Anna", ""), person(2, "Anton", "")) == []


def _phonetic_key_whole(first: str, last: str) -> str:
    """The key as cologne_phonetics codes the whole last name at once (phonetic_key codes each
    word once and keeps it)."""
    import cologne_phonetics

    code = " ".join(code for _, code in cologne_phonetics.encode(last)) if last.strip() else ""
    return f"{code}|{search_key(first)[:1]}" if code else ""


_NAME_WORDS = st.text(alphabet=st.sampled_from("aäbcçdeéfghiİjklmnoöpqrsßtuüvwxyzΣσ'0123456789"), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12), st.lists(_NAME_WORDS, max_size=4), st.sampled_from([" ", "-", "  ", " - ", "--"]))
def test_the_phonetic_key_word_by_word_is_the_whole_names_key(first: str, words: list[str], gap: str) -> None:
    last = gap.join(words)
    assert phonetic_key(first, last) == _phonetic_key_whole(first, last)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12), st.text(max_size=30))
def test_the_phonetic_key_word_by_word_is_the_whole_names_key_for_any_text(first: str, last: str) -> None:
    assert phonetic_key(first, last) == _phonetic_key_whole(first, last)
    assert phonetic_key(first, f"{last} {last}-{last.upper()}") == _phonetic_key_whole(
        first, f"{last} {last}-{last.upper()}"
    )
