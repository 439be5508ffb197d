"""Merging two records of the same person (R7): who survives, which value wins, channels united."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from kontaktverwaltung.domain.merge import (
    MERGE_FIELDS,
    ChannelRow,
    MergeSide,
    differing_fields,
    merged_values,
    suggest_survivor,
    unite_channels,
)

JAN = datetime.datetime(2020, 1, 15, 9, 0)
JUN = datetime.datetime(2023, 6, 1, 9, 0)


def contact(**values: Any) -> dict[str, Any]:
    """A contact's mergeable fields; everything not given is empty."""
    empty: dict[str, Any] = {
        "salutation": "",
        "title": "",
        "first_name": "",
        "last_name": "",
        "position": "",
        "department": "",
        "notes": "",
        "location": 1,
        "role": None,
        "active": True,
        "inactive_reason": "",
        "inactive_until": None,
    }
    assert set(values) <= set(empty)
    return {**empty, **values}


# --- which values survive by default ------------------------------------------------------------------------


def test_survivor_values_win_where_both_are_filled() -> None:
    survivor = contact(first_name="Anna", last_name="Müller", position="HR-Leitung", location=1, role=2)
    other = contact(first_name="Anna", last_name="Mueller", position="Recruiterin", location=2, role=3)
    merged = merged_values(survivor, other)
    assert merged["last_name"] == "Müller"
    assert merged["position"] == "HR-Leitung"
    assert merged["location"] == 1
    assert merged["role"] == 2


def test_survivor_empty_fields_are_filled_from_the_other() -> None:
    survivor = contact(first_name="Anna", last_name="Müller")
    other = contact(
        salutation="Frau", title="Mag.", first_name="Anna", department="Personal", notes="Ruft zurück", role=3
    )
    merged = merged_values(survivor, other)
    assert merged["salutation"] == "Frau"
    assert merged["title"] == "Mag."
    assert merged["department"] == "Personal"
    assert merged["notes"] == "Ruft zurück"
    assert merged["role"] == 3
    assert merged["last_name"] == "Müller"  # not emptied by the other's empty value


def test_field_empty_on_both_sides_stays_empty() -> None:
    merged = merged_values(contact(last_name="Müller"), contact(last_name="Müller"))
    assert merged["title"] == ""
    assert merged["role"] is None


def test_merged_values_cover_every_field_the_dialog_shows() -> None:
    merged = merged_values(contact(last_name="A"), contact(last_name="B"))
    assert list(merged) == list(MERGE_FIELDS)


def test_inactive_survivor_stays_inactive_by_default_with_its_reason() -> None:
    survivor = contact(
        last_name="Müller", active=False, inactive_reason="Karenz", inactive_until=datetime.date(2026, 1, 1)
    )
    other = contact(last_name="Müller", active=True)
    merged = merged_values(survivor, other)
    assert merged["active"] is False
    assert merged["inactive_reason"] == "Karenz"
    assert merged["inactive_until"] == datetime.date(2026, 1, 1)


# --- explicit choices in the merge dialog -------------------------------------------------------------------


def test_user_choice_of_the_other_value_wins_over_the_survivor() -> None:
    survivor = contact(first_name="Anna", last_name="Müller", position="HR")
    other = contact(first_name="Anna", last_name="Mueller-Berger", position="Leitung HR")
    merged = merged_values(survivor, other, {"last_name": "other", "position": "other"})
    assert merged["last_name"] == "Mueller-Berger"
    assert merged["position"] == "Leitung HR"
    assert merged["first_name"] == "Anna"


def test_user_may_keep_the_survivors_empty_value() -> None:
    merged = merged_values(contact(last_name="Müller"), contact(last_name="Müller", title="Dr."), {"title": "survivor"})
    assert merged["title"] == ""


def test_user_may_take_an_empty_value_from_the_other() -> None:
    merged = merged_values(contact(last_name="Müller", notes="alt"), contact(last_name="Müller"), {"notes": "other"})
    assert merged["notes"] == ""


def test_choosing_the_other_location_moves_the_merged_contact_there() -> None:
    merged = merged_values(
        contact(last_name="M", location=1), contact(last_name="M", location=5), {"location": "other"}
    )
    assert merged["location"] == 5


def test_merged_contact_always_keeps_a_name() -> None:
    survivor = contact(first_name="Anna", last_name="Müller")
    other = contact()
    merged = merged_values(survivor, other, {"first_name": "other", "last_name": "other"})
    assert (merged["first_name"], merged["last_name"]) == ("Anna", "Müller")


# --- active flag and inactive reason (S9) -------------------------------------------------------------------


def test_choosing_the_active_state_of_the_other_clears_the_inactive_reason() -> None:
    survivor = contact(
        last_name="Müller", active=False, inactive_reason="Karenz", inactive_until=datetime.date(2026, 1, 1)
    )
    other = contact(last_name="Müller", active=True)
    merged = merged_values(survivor, other, {"active": "other"})
    assert merged["active"] is True
    assert merged["inactive_reason"] == ""
    assert merged["inactive_until"] is None


def test_active_survivor_does_not_inherit_the_others_inactive_reason() -> None:
    survivor = contact(last_name="Müller", active=True)
    other = contact(
        last_name="Müller", active=False, inactive_reason="Krankheit", inactive_until=datetime.date(2026, 1, 1)
    )
    merged = merged_values(survivor, other)
    assert merged["active"] is True
    assert merged["inactive_reason"] == ""
    assert merged["inactive_until"] is None


def test_choosing_the_inactive_state_of_the_other_brings_its_reason() -> None:
    survivor = contact(last_name="Müller", active=True)
    other = contact(last_name="Müller", active=False, inactive_reason="Ausgeschieden")
    merged = merged_values(survivor, other, {"active": "other"})
    assert merged["active"] is False
    assert merged["inactive_reason"] == "Ausgeschieden"


# --- fields that differ (rows the dialog shows side by side) ------------------------------------------------


def test_differing_fields_lists_only_fields_with_different_values_in_dialog_order() -> None:
    a = contact(first_name="Anna", last_name="Müller", position="HR", role=1)
    b = contact(first_name="Anna", last_name="Mueller", position="HR", role=2, title="Mag.")
    assert differing_fields(a, b) == ["title", "last_name", "role"]


def test_identical_contacts_have_no_differing_fields() -> None:
    assert differing_fields(contact(last_name="Müller"), contact(last_name="Müller")) == []


# --- who survives (suggestion: the older active one) --------------------------------------------------------


def test_older_of_two_active_contacts_is_suggested() -> None:
    assert suggest_survivor(MergeSide(1, True, JUN), MergeSide(2, True, JAN)) == 2
    assert suggest_survivor(MergeSide(2, True, JAN), MergeSide(1, True, JUN)) == 2


def test_active_contact_beats_an_older_inactive_one() -> None:
    assert suggest_survivor(MergeSide(1, False, JAN), MergeSide(2, True, JUN)) == 2
    assert suggest_survivor(MergeSide(2, True, JUN), MergeSide(1, False, JAN)) == 2


def test_older_of_two_inactive_contacts_is_suggested() -> None:
    assert suggest_survivor(MergeSide(1, False, JUN), MergeSide(2, False, JAN)) == 2


def test_same_creation_time_suggests_the_lower_id() -> None:
    assert suggest_survivor(MergeSide(9, True, JAN), MergeSide(4, True, JAN)) == 4


# --- e-mails and phones united without duplicates -----------------------------------------------------------


def row(id: int, kind: str, normalized: str, primary: bool = False) -> ChannelRow:
    return ChannelRow(id, kind, normalized, primary)


def test_channels_the_survivor_lacks_move_over() -> None:
    survivor = [row(1, "email", "anna@firma.at", True)]
    other = [row(11, "email", "anna@privat.at", True), row(12, "mobile", "+436641234567", True)]
    assert unite_channels(survivor, other) == ([11, 12], [])


def test_channels_the_survivor_already_has_are_dropped_compared_normalised() -> None:
    survivor = [row(1, "email", "anna@firma.at", True), row(2, "phone", "+436641234567", True)]
    other = [row(11, "email", "anna@firma.at"), row(12, "phone", "+436641234567"), row(13, "fax", "+43316123456")]
    assert unite_channels(survivor, other) == ([13], [11, 12])


def test_same_number_as_phone_on_one_side_and_mobile_on_the_other_is_a_duplicate() -> None:
    survivor = [row(1, "phone", "+436641234567", True)]
    other = [row(11, "mobile", "+436641234567", True)]
    assert unite_channels(survivor, other) == ([], [11])


def test_emails_and_phones_are_separate_groups() -> None:
    # An odd value that is the same text in both groups is not a duplicate across groups.
    survivor = [row(1, "email", "+436641234567")]
    other = [row(11, "phone", "+436641234567")]
    assert unite_channels(survivor, other) == ([11], [])


def test_duplicates_within_the_others_own_channels_move_only_once() -> None:
    other = [row(11, "email", "anna@privat.at"), row(12, "email", "anna@privat.at")]
    assert unite_channels([], other) == ([11], [12])


def test_every_channel_of_the_other_is_either_moved_or_dropped() -> None:
    survivor = [row(1, "email", "a@x.at"), row(2, "phone", "+43111")]
    other = [
        row(10 + i, kind, value)
        for i, (kind, value) in enumerate(
            [("email", "a@x.at"), ("email", "b@x.at"), ("phone", "+43111"), ("mobile", "+43222"), ("fax", "+43222")]
        )
    ]
    move, drop = unite_channels(survivor, other)
    assert sorted(move + drop) == [c.id for c in other]
    assert move == [11, 13]


@pytest.mark.parametrize("survivor_has_channels", [True, False])
def test_other_without_channels_moves_nothing(survivor_has_channels: bool) -> None:
    survivor = [row(1, "email", "a@x.at")] if survivor_has_channels else []
    assert unite_channels(survivor, []) == ([], [])
