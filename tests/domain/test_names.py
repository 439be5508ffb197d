"""How a name is written in DACH (S4): titles before the name, degrees after it behind a comma."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kontaktverwaltung.domain.contact import display_name
from kontaktverwaltung.domain.names import (
    POST_NOMINAL,
    PRE_NOMINAL,
    Titles,
    formal_name,
    is_post_nominal,
    person_name,
    split_title,
)
from tests.english import in_english_name


@pytest.mark.parametrize(
    ("salutation", "title", "first", "last", "shown"),
    [
        ("Frau", "BA", "Teresa", "Kral", "Frau Teresa Kral, BA"),
        ("Frau", "Mag.", "Anna", "Weiß", "Frau Mag. Anna Weiß"),
        ("Herr", "Dr. MBA", "Paul", "Strauß", "Herr Dr. Paul Strauß, MBA"),
        ("Herr", "MBA Dr.", "Paul", "Strauß", "Herr Dr. Paul Strauß, MBA"),
        ("Herr", "MSc", "Jonas", "Berger", "Herr Jonas Berger, MSc"),
        ("Herr", "Prof. Dr.", "Karl", "Huber", "Herr Prof. Dr. Karl Huber"),
        ("Frau", "Mag. Dr.", "Eva", "Lang", "Frau Mag. Dr. Eva Lang"),
        ("Herr", "DI", "Lukas", "Moser", "Herr DI Lukas Moser"),
        ("Herr", "Ing. BSc MSc", "Lukas", "Moser", "Herr Ing. Lukas Moser, BSc MSc"),
        ("Herr", "Dipl.-Ing. (FH) MBA", "Tobias", "Wolf", "Herr Dipl.-Ing. (FH) Tobias Wolf, MBA"),
        ("Frau", "Dr. med. univ. PhD", "Sara", "Koller", "Frau Dr. med. univ. Sara Koller, PhD"),
        ("Frau", "LL.M.", "Nina", "Bauer", "Frau Nina Bauer, LL.M."),
        ("Frau", "Mag. LL.M.", "Nina", "Bauer", "Frau Mag. Nina Bauer, LL.M."),
        ("Frau", "B.Sc.", "Mia", "Gruber", "Frau Mia Gruber, B.Sc."),
        ("Frau", "Dr., MBA", "Mia", "Gruber", "Frau Dr. Mia Gruber, MBA"),  # typed with a comma
        ("Frau", "Mag.a MEd", "Mia", "Gruber", "Frau Mag.a Mia Gruber, MEd"),  # MEd is a degree, not "med."
        ("", "", "Mia", "", "Mia"),
        ("", "MA", "", "Gruber", "Gruber, MA"),
        ("Herr", "", "", "Gruber", "Herr Gruber"),
        ("", "Kommerzialrat", "Otto", "Lang", "Kommerzialrat Otto Lang"),  # unknown: before, as typed
    ],
)
def test_names_read_as_in_dach(salutation: str, title: str, first: str, last: str, shown: str) -> None:
    assert person_name(salutation, title, first, last) == shown


class _Name:
    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def name(self) -> str:
        return display_name(*self.parts)


def test_cards_lists_and_history_share_the_rule() -> None:
    assert display_name("Frau", "BA", "Teresa", "Kral") == "Frau Teresa Kral, BA"
    assert in_english_name(_Name("Frau", "BA", "Teresa", "Kral")) == "Ms Teresa Kral, BA"
    assert display_name("divers", "Dr. MBA", "Paul", "Strauß") == "Dr. Paul Strauß, MBA"
    assert formal_name("Dr. MBA", "Paul", "Strauß") == "Dr. Paul Strauß, MBA"


@pytest.mark.parametrize("title", ["Mag.", "Dr.", "DI", "Ing.", "Dipl.-Ing.", "Prof.", "Mag.a", "Dr.in", "DDr."])
def test_titles_before_the_name(title: str) -> None:
    assert not is_post_nominal(title)
    assert split_title(title) == Titles(title, "")


@pytest.mark.parametrize("title", ["BA", "BSc", "MA", "MSc", "MBA", "PhD", "LL.M.", "M.Sc.", "Bakk.", "MAS", "LL.B."])
def test_degrees_after_the_name(title: str) -> None:
    assert is_post_nominal(title)
    assert split_title(title) == Titles("", title)


def test_no_title_is_both() -> None:
    assert not PRE_NOMINAL & POST_NOMINAL


known = st.sampled_from(["Mag.", "Dr.", "DI", "Ing.", "Prof.", "BA", "BSc", "MA", "MSc", "MBA", "PhD", "LL.M."])
words = st.text(alphabet="abcdefghÄÖÜäöüßéABCXYZ-", min_size=1, max_size=8)


@given(st.lists(known, max_size=5), words, words)
def test_every_typed_title_is_shown_once_and_degrees_follow_the_name(titles: list[str], first: str, last: str) -> None:
    shown = person_name("Frau", " ".join(titles), first, last)
    name_at = shown.index(f"{first} {last}")
    before, _, after = shown[:name_at], None, shown[name_at + len(f"{first} {last}") :]
    assert shown.startswith("Frau ")
    assert sorted(before.split()[1:] + after.lstrip(",").split()) == sorted(titles)
    assert all(is_post_nominal(t) for t in after.lstrip(",").split())
    assert not any(is_post_nominal(t) for t in before.split()[1:])
    assert after == "" or after.startswith(", ")


@given(st.lists(st.one_of(known, words), max_size=6))
def test_sorting_titles_is_stable(titles: list[str]) -> None:
    """Sorted once, a title sorts the same again: re-importing an exported name changes nothing."""
    first = split_title(" ".join(titles))
    assert split_title(f"{first.before} {first.after}") == first
    assert sorted(f"{first.before} {first.after}".split()) == sorted(" ".join(titles).replace(",", " ").split())
