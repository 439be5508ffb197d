"""Item models of the main window. Filtering happens in the models, in plain Python over
pre-folded text: one pass per keystroke, no Python callback per row from a proxy (S2, R10)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kontaktverwaltung.domain.channels import phone_search_digits
from kontaktverwaltung.domain.records import ContactCard, CustomerPanel, CustomerView, LocationView
from kontaktverwaltung.domain.search import card_text, matches, matching, query_tokens
from kontaktverwaltung.domain.text import counted, number, searchable, sort_key

Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
TokensRole = Qt.ItemDataRole.UserRole + 3  # the contact search's tokens: the words to mark on a card
_PHONE_HITS_AT_ONCE = 50  # more than a screenful of cards
PhoneHitRole = Qt.ItemDataRole.UserRole + 4  # the phone a phone search found, when not the card's own
EmptyRole = Qt.ItemDataRole.UserRole + 5  # a location without contacts: its row offers to add one
CONTACT_MIME = "application/x-kontaktverwaltung-contact"


class PhoneHit(NamedTuple):
    """A phone of a card that a phone search found, shown on the card instead of its own."""

    kind: str  # "mobile", "phone", "fax"
    shown: str  # as the contact's phones show it
    e164: str  # what calling it dials


def number_to_call(card: ContactCard, hit: PhoneHit | None = None) -> str:
    """What calling a card dials: the phone it shows (``hit``: one a phone search brought onto it,
    else its own), as E.164; "" for none, and for a fax."""
    kind, e164 = (hit.kind, hit.e164) if hit else (card.primary_phone_kind, card.phone_e164)
    return "" if kind == "fax" else e164 or ""


class CustomerListModel(QAbstractListModel):
    """All customers (20,000 scroll smoothly: the view asks only for visible rows)."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[CustomerView] = []
        self._texts: list[str] = []
        self._rows: list[CustomerView] = []
        self._query = ""

    @staticmethod
    def search_texts(customers: list[CustomerView]) -> list[str]:
        """What each customer is found by, folded. Plain Python: a background load computes it
        off the UI thread (20,000 customers: about 70 ms)."""
        return [searchable(f"{c.name} {c.number} {c.city}") for c in customers]

    def set_customers(self, customers: list[CustomerView], texts: list[str] | None = None) -> None:
        self._all = customers
        self._texts = texts if texts is not None else self.search_texts(customers)
        self.set_filter(self._query, force=True)

    def extend(self, customers: list[CustomerView], texts: list[str]) -> bool:
        """The whole list, where the model holds its first rows so far (the start's first
        screenful): the rest is added below, so selection and scroll position stay as they are.
        False (nothing changed) when the rows held are not the start of ``customers``."""
        held = len(self._all)
        if held > len(customers) or any(a.id != b.id for a, b in zip(self._all, customers, strict=False)):
            return False
        tokens = query_tokens(self._query)
        rest = [
            c for c, text in zip(customers[held:], texts[held:], strict=True) if not tokens or matches(tokens, text)
        ]
        self._all, self._texts = customers, texts
        fresh = {c.id: c for c in customers[:held]}  # the held rows as read now (same order)
        self._rows = [fresh.get(c.id, c) for c in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        if rest:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rest) - 1)
            self._rows.extend(rest)
            self.endInsertRows()
        return True

    def set_filter(self, query: str, force: bool = False) -> None:
        if query == self._query and not force:
            return
        self._query = query
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[CustomerView]:
        tokens = query_tokens(self._query)
        if not tokens:
            return list(self._all)
        return [c for c, text in zip(self._all, self._texts, strict=True) if matches(tokens, text)]

    def take_changes(
        self, fresh: list[CustomerView], asked: set[int] | None, texts: list[str] | None = None
    ) -> set[int]:
        """Others' changes: ``fresh`` are the customers as they are now, of those ``asked`` for
        (None: all of them; ``texts``: then their search texts, made off the UI thread). Rows stay
        where the user is: selection and scroll position follow their customer, not their row
        number. Returns the ids of customers that are gone."""
        if asked is None:
            gone = {c.id for c in self._all} - {c.id for c in fresh}
            customers = fresh
        else:
            gone = asked - {c.id for c in fresh}
            customers = [c for c in self._all if c.id not in asked] + fresh
            customers.sort(key=lambda c: (sort_key(c.name), c.id))
        self.layoutAboutToBeChanged.emit()
        old_ids = [c.id for c in self._rows]
        self._all = customers
        self._texts = texts if asked is None and texts is not None else self.search_texts(customers)
        self._rows = self._filtered()
        new_rows = {c.id: row for row, c in enumerate(self._rows)}
        for index in self.persistentIndexList():
            row = new_rows.get(old_ids[index.row()], -1) if index.row() < len(old_ids) else -1
            self.changePersistentIndex(index, self.index(row) if row >= 0 else QModelIndex())
        self.layoutChanged.emit()
        return gone

    @property
    def has_customers(self) -> bool:
        """Whether the database has any customer (a filter may hide them all)."""
        return bool(self._all)

    def customer_at(self, row: int) -> CustomerView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == customer_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        customer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            city = customer.city or self.tr("ohne Ort")
            return self.tr("{0}\n{1} · {2} · {3} AP").format(
                customer.name, customer.number, city, number(customer.contact_count)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            contacts = counted(
                customer.contact_count,
                self.tr("Ansprechpartner", "einer"),
                self.tr("Ansprechpartner", "mehrere"),
            )
            return self.tr("{0}\nKundennummer {1}\n{2}").format(customer.name, customer.number, contacts)
        if role == ObjectRole:
            return customer
        return None


class RowKind(enum.IntEnum):
    LOCATION = 1
    CONTACT = 2


class PanelModel(QAbstractListModel):
    """ "Standorte und Ansprechpartner" flattened into rows: each location, then its contact cards.

    A card dragged onto a location row asks to be moved there (R8): ``moveRequested``.
    """

    moveRequested = Signal(int, int)  # contact id, location id
    severalMoveRequested = Signal(object, int)  # contact ids (several cards dragged together), location id

    def __init__(self) -> None:
        super().__init__()
        self.panel: CustomerPanel | None = None
        self._rows: list[tuple[RowKind, LocationView | ContactCard]] = []
        self._by_location: dict[int, list[ContactCard]] = {}
        self._groups: list[tuple[tuple[RowKind, LocationView], list[tuple[RowKind, ContactCard]]]] = []
        self._group_of: dict[int, tuple[tuple[RowKind, LocationView], list[tuple[RowKind, ContactCard]]]] = {}
        self._texts: dict[int, str] = {}
        self._matched: tuple[list[str], set[int]] | None = None
        self._query = ""
        self.hide_inactive = False  # "Inaktive ausblenden" (issue 14 item 9)
        self.visible_contacts = 0
        self.exported: Callable[[list[int]], QMimeData] | None = None  # cards dragged out of the window
        # Cards' phones (kind, as shown, E.164) by contact id, asked for only when a painted card
        # was found by a phone other than the one it shows (issue 14 item 9): one call for the
        # painted card and the next screenful of such cards, not one per card.
        self.phones_of: Callable[[list[int]], dict[int, list[tuple[str, str, str]]]] | None = None
        self._tokens: list[str] = []
        self._phone_hits: dict[int, PhoneHit | None] = {}

    @staticmethod
    def search_texts(panel: CustomerPanel, cards: Iterable[ContactCard] | None = None) -> dict[int, str]:
        """One text per card (of the panel, or these of its cards), its own and its location's, so
        filtering is one `in` per token.

        Plain Python: a background load computes it off the UI thread."""
        locations = {loc.id: loc.search_text for loc in panel.locations}
        return {
            c.id: card_text(c.search_text, locations.get(c.location_id, ""))
            for c in (panel.contacts if cards is None else cards)
        }

    def set_panel(self, panel: CustomerPanel | None, texts: dict[int, str] | None = None) -> None:
        self.panel = panel
        self._texts = (texts if texts is not None else self.search_texts(panel)) if panel else {}
        self._make_groups()
        self.set_filter(self._query, force=True)

    def refresh_panel(self, panel: CustomerPanel, texts: dict[int, str] | None = None) -> None:
        """The same customer read again (a save, a switch to the offline copy and back, others'
        changes): its rows change in place, without a reset. The view keeps its selection and
        scroll position by itself, and, when the rows are the same ones, only repaints."""
        self.panel = panel
        self._texts = texts if texts is not None else self.search_texts(panel)
        self._make_groups()
        self.set_filter(self._query, relayout=True)

    def add_cards(self, panel: CustomerPanel, texts: dict[int, str], locations: Iterable[int]) -> None:
        """More of the customer's cards read: every card of these ``locations`` (``panel`` has them,
        ``texts`` are theirs). Their rows come in without a reset, the search applies to them, the
        selection stays (issue 15)."""
        self.panel = panel
        self._texts.update(texts)
        self._make_groups(set(locations))
        self.set_filter(self._query, relayout=True)

    def _make_groups(self, changed: set[int] | None = None) -> None:
        """Every row made once per customer (and per cards read: only the ``changed`` locations'):
        a keystroke only picks among them. While a big customer's cards are still coming, only
        the locations whose cards are here."""
        panel = self.panel
        if changed is None:
            self._by_location, made = {}, {}
            cards: Iterable[ContactCard] = panel.contacts if panel is not None else ()
        else:
            made = self._group_of
            for location_id in changed:
                self._by_location.pop(location_id, None)
            cards = (c for c in panel.contacts if c.location_id in changed) if panel is not None else ()
        for card in cards:
            self._by_location.setdefault(card.location_id, []).append(card)
        pending = {i for group in panel.pending for i in group} if panel is not None else set()
        contact = RowKind.CONTACT
        self._group_of = {}
        for location in panel.locations if panel is not None else ():
            if location.id in pending and location.id not in self._by_location:
                continue  # its cards are still to come
            group = made.get(location.id) if changed is None or location.id not in changed else None
            if group is None or group[0][1] is not location:
                group = ((RowKind.LOCATION, location), [(contact, c) for c in self._by_location.get(location.id, [])])
            self._group_of[location.id] = group
        self._groups = list(self._group_of.values())
        self._matched = None

    def set_hide_inactive(self, hide: bool) -> None:
        """Hide (or show again) the inactive contacts; the current card stays current while shown."""
        if hide != self.hide_inactive:
            self.hide_inactive = hide
            self.set_filter(self._query, relayout=True)

    def set_filter(self, query: str, force: bool = False, relayout: bool = False) -> None:
        """Show the contacts matching the query (all: empty query) under their locations (S2, R10).

        Typing on narrows the previous hits instead of searching all cards again, and the rows
        change in place (a layout change, no reset): the selected card stays selected while it
        matches, and the view asks only for the rows it paints (issue 15)."""
        if query == self._query and not force and not relayout:
            return
        self._query = query
        tokens = query_tokens(query)
        self._tokens, self._phone_hits = tokens, {}
        previous = self._matched
        narrowing = (
            previous is not None
            and not force
            and len(tokens) >= len(previous[0])
            and all(old in new for old, new in zip(previous[0], tokens, strict=False))
        )
        hits = matching(tokens, self._texts, previous[1] if narrowing and previous else None) if tokens else set()
        self._matched = (tokens, hits) if tokens else None
        if not force and not relayout and previous is not None and tokens and hits == previous[1]:
            if self._rows:  # the same cards as before ("müll" → "mülle"): only the marked words change
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [TokensRole])
            return
        rows: list[tuple[RowKind, LocationView | ContactCard]] = []
        shown = 0
        for location_row, card_rows in self._groups:
            if self.hide_inactive:
                card_rows = [row for row in card_rows if getattr(row[1], "active", True)]
            if tokens:
                card_rows = [row for row in card_rows if row[1].id in hits]
                if not card_rows:
                    continue
            rows.append(location_row)
            rows.extend(card_rows)
            shown += len(card_rows)
        if force:
            self.beginResetModel()
            self._rows, self.visible_contacts = rows, shown
            self.endResetModel()
        else:
            self._replace_rows(rows)
            self.visible_contacts = shown

    def _replace_rows(self, rows: list[tuple[RowKind, LocationView | ContactCard]]) -> None:
        """New rows as a layout change: selection and current card follow their card, not their row.
        The same rows (a card's text changed, or nothing): only a repaint, no layout change."""
        if len(rows) == len(self._rows) and [(k, o.id) for k, o in rows] == [(k, o.id) for k, o in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = [self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None for index in persistent]
        self._rows = rows
        if persistent:
            new_rows = {(kind, obj.id): row for row, (kind, obj) in enumerate(rows)}
            for index, was in zip(persistent, old, strict=True):
                row = new_rows.get((was[0], was[1].id), -1) if was is not None else -1
                self.changePersistentIndex(index, self.index(row) if row >= 0 else QModelIndex())
        self.layoutChanged.emit()

    @property
    def query(self) -> str:
        return self._query

    def shown_contact_ids(self) -> list[int] | None:
        """The contacts the search shows, in order; None without a search (all are shown)."""
        if not self._query.strip():
            return None
        return [obj.id for kind, obj in self._rows if kind is RowKind.CONTACT]

    def phone_hit(self, card: ContactCard) -> PhoneHit | None:
        """The phone a phone search found on this card when it is not the card's own phone; worked
        out when the card is painted, once per search, for this card and the next cards like it in
        one read."""
        tokens = self._tokens
        if len(tokens) != 1 or not tokens[0].isdigit() or self.phones_of is None:
            return None
        if card.id not in self._phone_hits:
            token, wanted = tokens[0], list[int]()
            for kind, obj in self._rows[max(self.row_of_contact(card.id), 0) :]:
                if len(wanted) == _PHONE_HITS_AT_ONCE:
                    break
                if kind is RowKind.CONTACT and isinstance(obj, ContactCard) and obj.id not in self._phone_hits:
                    self._phone_hits[obj.id] = None  # the card's own phone, or no phone, matched
                    if self._other_phone_found(obj, token):
                        wanted.append(obj.id)
            phones = self.phones_of(wanted) if wanted else {}
            for contact_id in wanted:
                self._phone_hits[contact_id] = next(
                    (
                        PhoneHit(kind, shown, e164)
                        for kind, shown, e164 in phones.get(contact_id, ())
                        if token in phone_search_digits(e164)
                    ),
                    None,
                )
            self._phone_hits.setdefault(card.id, None)
        return self._phone_hits[card.id]

    @staticmethod
    def _other_phone_found(card: ContactCard, token: str) -> bool:
        own = phone_search_digits(card.phone_e164) if card.phone_e164 else ""
        return token in card.search_text and token not in own

    def row_of_contact(self, contact_id: int) -> int:
        return next((i for i, (k, o) in enumerate(self._rows) if k is RowKind.CONTACT and o.id == contact_id), -1)

    def row_of_location(self, location_id: int) -> int:
        return next((i for i, (k, o) in enumerate(self._rows) if k is RowKind.LOCATION and o.id == location_id), -1)

    def location_of_row(self, row: int) -> LocationView | None:
        """The location a row belongs to (the row itself, or the header above a card)."""
        for i in range(min(row, len(self._rows) - 1), -1, -1):
            kind, obj = self._rows[i]
            if kind is RowKind.LOCATION:
                assert isinstance(obj, LocationView)
                return obj
        return None

    def contacts_at(self, location_id: int) -> list[ContactCard]:
        return self._by_location.get(location_id, [])

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, obj = self._rows[index.row()]
        if role == KindRole:
            return int(kind)
        if role == ObjectRole:
            return obj
        if role == TokensRole:
            return self._tokens
        if role == EmptyRole:
            return isinstance(obj, LocationView) and not self._by_location.get(obj.id)
        if role == PhoneHitRole:
            return self.phone_hit(obj) if isinstance(obj, ContactCard) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return obj.name if isinstance(obj, LocationView) else obj.name()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if isinstance(obj, LocationView):
                return self.tr("Standort {0}, {1}").format(obj.name, obj.address)
            return f"{obj.name()}, {obj.position}, {obj.readiness.summary()}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        kind, _ = self._rows[index.row()]
        if kind is RowKind.CONTACT:
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction  # (copied: a vCard to another program)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction  # either way a card dropped here moves

    def mimeTypes(self) -> list[str]:
        return [CONTACT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """A dragged card: its id for a drop on a location (R8), and what ``exported`` makes of it
        for other programs (the vCard)."""
        cards = [self._rows[i.row()][1] for i in indexes if self._rows[i.row()][0] is RowKind.CONTACT]
        data = self.exported([c.id for c in cards]) if cards and self.exported is not None else QMimeData()
        if cards:
            data.setData(CONTACT_MIME, QByteArray(",".join(str(c.id) for c in cards).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(CONTACT_MIME) and self._drop_location(row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(CONTACT_MIME):
            return False
        target = self._drop_location(row, parent)
        if target is None:
            return False
        ids = [int(part) for part in bytes(data.data(CONTACT_MIME).data()).decode().split(",") if part]
        if len(ids) == 1:
            self.moveRequested.emit(ids[0], target.id)
        elif ids:
            self.severalMoveRequested.emit(ids, target.id)
        return False  # the move goes through the service; the view is reloaded from the database

    def _drop_location(self, row: int, parent: Index) -> LocationView | None:
        target_row = parent.row() if parent.isValid() else row - 1
        return self.location_of_row(target_row) if target_row >= 0 else None


class RowTableModel(QAbstractTableModel):
    """A table of one Python object per row under fixed ``HEADERS`` (jobs, history): the rows,
    their count and the header; subclasses say what each cell shows (``data``)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if not 0 <= section < len(self.HEADERS):
                return None
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])  # marked where defined
        return None
