"""Merging two records of the same person (S4, R7): pick the duplicate, the survivor, and side by
side which value survives for every field where the two differ; see exactly what moves first.

The dialog only collects the choice (``merge_request()``) and shows what the service refused;
:func:`run_merge` does the merge, in one step, through the service.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kontaktverwaltung.domain.duplicates import reason_label
from kontaktverwaltung.domain.errors import ConflictError, Problem, RuleViolation
from kontaktverwaltung.domain.merge import Side
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.domain.records import ContactCard, LocationView
from kontaktverwaltung.domain.text import counted
from kontaktverwaltung.services import contacts as contact_service
from kontaktverwaltung.services import duplicates as duplicate_service
from kontaktverwaltung.services import locations as location_service
from kontaktverwaltung.services import merge
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.services.merge import LoginChoice, MergeComparison, MergePair, MergeParty
from kontaktverwaltung.services.search import filter_cards
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.forms import FieldErrors, FormDialog, run_until_saved, standard_buttons
from kontaktverwaltung.ui.generated.ui_merge_dialog import Ui_MergeDialog
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP
from kontaktverwaltung.ui.merge_parts import (
    DETAILS_ROLE,
    ID_ROLE,
    REASONS_ROLE,
    CandidateDelegate,
    CandidateFilter,
    ValueChoice,
    bold_font,
    candidate_details,
    mnemonic_safe,
    muted,
)

TITLE = QT_TRANSLATE_NOOP("MergeDialog", "Ansprechpartner zusammenführen")


@dataclass(frozen=True, slots=True)
class MergeRequest:
    """What the user chose: everything ``merge.merge_contacts`` needs."""

    survivor_id: int
    other_id: int
    choices: dict[str, str]
    login_from: LoginChoice | None
    expected_versions: tuple[int, int]


# --- the dialog ---------------------------------------------------------------------------------


class MergeDialog(FormDialog):
    """Merge duplicates (S4, R7) for one contact: ``contact`` is the card it was opened for,
    ``candidates`` the customer's other contacts with their duplicate reasons, best first."""

    def __init__(
        self,
        parent: QWidget | None,
        contact: ContactCard,
        candidates: list[tuple[ContactCard, tuple[str, ...]]],
        locations: list[LocationView],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.setObjectName("MergeDialog")
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        self.contact = contact
        self._cards = [card for card, _reasons in candidates]
        self._locations = {location.id: location for location in locations}
        self._other_id: int | None = None
        self._survivor_id: int | None = None
        self._pair: MergePair | None = None  # both contacts as read when the candidate was chosen
        self._comparison: MergeComparison | None = None
        self._picks: dict[str, int] = {}  # row key → id of the contact whose value stays
        self._login_owner: int | None = None  # whose login stays, when both have one
        self._value_groups: list[QButtonGroup] = []
        self._value_radios: list[ValueChoice] = []

        standard_buttons(ui.buttonBox, QT_TRANSLATE_NOOP("FormDialog", "Zusammenführen"))
        self.mergeButton: QPushButton = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Schließen, ohne etwas zu ändern (Esc)"))
        self.errors = FieldErrors(ui.generalError, {"login_from": (ui.loginFirstRadio, ui.loginError)})

        location = self._locations.get(contact.location_id)
        where = ", ".join(p for p in (contact.position, location.name if location else "") if p)
        question = (
            self.tr("Welcher Eintrag ist dieselbe Person wie „{0}“ ({1})?").format(contact.name(), where)
            if where
            else self.tr("Welcher Eintrag ist dieselbe Person wie „{0}“?").format(contact.name())
        )
        ui.introLabel.setText(
            question
            + " "
            + self.tr("Ein Eintrag bleibt erhalten; Jobs, History und Portalzugang des anderen gehen auf ihn über.")
        )
        for label in (ui.candidateCount, ui.emptyLabel, ui.survivorNote, ui.channelsNote, ui.summaryNote):
            muted(label)
        for label in (ui.differencesLabel, ui.channelsLabel, ui.summaryLabel):
            bold_font(label)
        ui.comparisonScroll.setFrameShape(QFrame.Shape.NoFrame)
        ui.comparisonScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ui.comparisonContent.setAutoFillBackground(False)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([300, 620])

        # candidates: a model with a filter, drawn by a delegate (model/view, no widget per row)
        self.candidateModel = QStandardItemModel(self)
        for card, reasons in candidates:
            item = QStandardItem(card.name())
            item.setEditable(False)
            item.setData(card.id, ID_ROLE)
            reasons = tuple(reason_label(reason) for reason in reasons)
            item.setData(reasons, REASONS_ROLE)
            details = candidate_details(card, self._locations)
            item.setData(details, DETAILS_ROLE)
            tip = "\n".join(p for p in (card.name(), details, ", ".join(reasons)) if p)
            item.setData(tip, Qt.ItemDataRole.ToolTipRole)
            self.candidateModel.appendRow(item)
        self.candidateProxy = CandidateFilter(self)
        self.candidateProxy.setSourceModel(self.candidateModel)
        ui.candidateList.setModel(self.candidateProxy)
        ui.candidateList.setItemDelegate(CandidateDelegate(ui.candidateList))
        ui.candidateList.selectionModel().selectionChanged.connect(lambda *_: self._candidate_selected())
        ui.candidateList.installEventFilter(self)
        ui.candidateFilter.installEventFilter(self)
        ui.candidateFilter.textChanged.connect(self._filter)
        self._likely = sum(1 for _card, reasons in candidates if reasons)
        self._show_count()

        # which one survives: the two radios name the opened contact first, the candidate second
        self._survivor_group = QButtonGroup(self)
        self._survivor_group.addButton(ui.survivorFirstRadio)
        self._survivor_group.addButton(ui.survivorSecondRadio)
        ui.survivorFirstRadio.toggled.connect(partial(self._survivor_toggled, first=True))
        ui.survivorSecondRadio.toggled.connect(partial(self._survivor_toggled, first=False))

        # whose portal login stays, when both have one: required, so nothing is preselected
        self._login_group = QButtonGroup(self)
        self._login_group.addButton(ui.loginFirstRadio)
        self._login_group.addButton(ui.loginSecondRadio)
        ui.loginFirstRadio.toggled.connect(partial(self._login_toggled, first=True))
        ui.loginSecondRadio.toggled.connect(partial(self._login_toggled, first=False))

        ui.comparisonStack.setCurrentWidget(ui.emptyPage)
        self._update_merge_button()
        if candidates and candidates[0][1]:  # the best match is a likely duplicate: show it right away
            ui.candidateList.setCurrentIndex(self.candidateProxy.index(0, 0))
            ui.candidateList.setFocus()
        else:
            ui.candidateFilter.setFocus()

    # --- candidates -----------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        if text.strip():
            visible = {card.id for card in filter_cards(text, self._cards, self._locations)}
            self.candidateProxy.show_only(visible)
        else:
            self.candidateProxy.show_only(None)
        self._show_count()

    def _show_count(self) -> None:
        total = len(self._cards)
        shown = self.candidateProxy.rowCount()
        if shown < total:
            text = (
                self.tr("{0} von {1} angezeigt").format(shown, total) if shown else self.tr("Niemand passt zum Filter.")
            )
        else:
            text = counted(
                total,
                self.tr("weiterer Ansprechpartner"),
                self.tr("weitere Ansprechpartner"),
            )
            if self._likely:
                text += ", " + counted(
                    self._likely,
                    self.tr("wahrscheinliches Duplikat"),
                    self.tr("wahrscheinliche Duplikate"),
                )
        self.ui.candidateCount.setText(text)

    def _candidate_selected(self) -> None:
        rows = self.ui.candidateList.selectionModel().selectedRows()
        if not rows:
            return  # filtered away or deselected: the chosen pair stays as it is
        other_id = int(rows[0].data(ID_ROLE))
        if other_id == self._other_id:
            return
        self._other_id = other_id
        self._login_owner = None
        self._pair = merge.load_pair(self.contact.id, other_id)  # read once: swapping recomputes from it
        self._survivor_id = self._pair.suggested_survivor_id
        self._show_pair()

    def choose_candidate(self, contact_id: int) -> None:
        """Select a candidate as a click on it would."""
        for row in range(self.candidateProxy.rowCount()):
            index = self.candidateProxy.index(row, 0)
            if int(index.data(ID_ROLE)) == contact_id:
                self.ui.candidateList.setCurrentIndex(index)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys from the filter go into the list; the first arrow key in a list without a
        selection selects its first row (Qt would skip it)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up)
            view = self.ui.candidateList
            if event.key() in arrows and not view.selectionModel().hasSelection() and self.candidateProxy.rowCount():
                view.setFocus(Qt.FocusReason.TabFocusReason)
                view.setCurrentIndex(self.candidateProxy.index(0, 0))
                return True
            if watched is self.ui.candidateFilter and event.key() in arrows:
                view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # --- the pair -------------------------------------------------------------------------------

    def _pair_ids(self) -> tuple[int, int]:
        assert self._other_id is not None
        return self.contact.id, self._other_id  # (left column, right column)

    def _survivor_toggled(self, checked: bool, first: bool) -> None:
        if not checked or self._other_id is None:
            return
        left, right = self._pair_ids()
        survivor = left if first else right
        if survivor != self._survivor_id:
            self._survivor_id = survivor
            self._show_pair()

    def _login_toggled(self, checked: bool, first: bool) -> None:
        if not checked or self._other_id is None:
            return
        left, right = self._pair_ids()
        self._login_owner = left if first else right
        self.errors.clear()
        self._show_summary()
        self._update_merge_button()

    def reload(self) -> None:
        """Read the pair again (after someone else changed it); choices go back to the defaults."""
        if self._other_id is not None:
            self._pair = merge.load_pair(self.contact.id, self._other_id)
            self._show_pair()

    def _show_pair(self) -> None:
        """Everything for the current survivor and other, recomputed from the service."""
        assert self._pair is not None and self._survivor_id is not None
        comparison = merge.compare(self._pair, self._survivor_id)
        self._comparison = comparison
        self._picks = {
            row.key: comparison.survivor.id if row.default == "survivor" else comparison.other.id
            for row in comparison.rows
        }
        left, right = self._parties()
        ui = self.ui
        self.errors.clear()
        for radio, party in ((ui.survivorFirstRadio, left), (ui.survivorSecondRadio, right)):
            radio.blockSignals(True)
            radio.setText(mnemonic_safe(self._party_line(party)))
            radio.setChecked(party.id == comparison.survivor.id)
            radio.blockSignals(False)
        ui.survivorNote.setText(comparison.survivor_note)
        self._show_rows()
        self._show_channels()
        for grid in (ui.differencesGrid, ui.channelsGrid):  # new children of a shown widget start hidden
            for index in range(grid.count()):
                item = grid.itemAt(index)
                if item is not None and (widget := item.widget()) is not None:
                    widget.show()
        self._show_login()
        self._show_summary()
        ui.comparisonStack.setCurrentWidget(ui.comparisonPage)
        self._update_merge_button()
        self._chain_tab_order()

    def _parties(self) -> tuple[MergeParty, MergeParty]:
        """(left, right): the opened contact on the left, the candidate on the right, always."""
        assert self._comparison is not None
        c = self._comparison
        return (c.survivor, c.other) if c.survivor.id == self.contact.id else (c.other, c.survivor)

    @staticmethod
    def _party_line(party: MergeParty) -> str:
        created = f"{party.created_on:%d.%m.%Y}"
        if party.active:
            return QCoreApplication.translate("MergeDialog", "{0} – angelegt am {1}").format(party.name, created)
        return QCoreApplication.translate("MergeDialog", "{0} – angelegt am {1}, inaktiv").format(party.name, created)

    def _clear_grid(self, grid_name: str) -> None:
        grid = getattr(self.ui, grid_name)
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget()
            if widget is not None:  # gone at once for findChild, deleted once Qt is done with it
                widget.hide()
                widget.setObjectName("")
                widget.setParent(None)
                widget.deleteLater()

    def _show_rows(self) -> None:
        assert self._comparison is not None
        comparison = self._comparison
        grid = self.ui.differencesGrid
        self._clear_grid("differencesGrid")
        for group in self._value_groups:
            group.deleteLater()
        self._value_groups, self._value_radios = [], []
        has_rows = bool(comparison.rows)
        self.ui.differencesLabel.setVisible(has_rows)
        self.ui.noDifferencesLabel.setVisible(not has_rows)
        if not has_rows:
            return
        content = self.ui.comparisonContent
        left, right = self._parties()
        for column, party in ((1, left), (2, right)):
            header = QLabel(content)
            header.setObjectName("leftHeader" if column == 1 else "rightHeader")
            header.setTextFormat(Qt.TextFormat.RichText)
            header.setWordWrap(True)
            header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            role = self.tr("bleibt erhalten") if party.id == comparison.survivor.id else self.tr("wird übernommen")
            grey = header.palette().color(QPalette.ColorRole.PlaceholderText).name()
            header.setText(f"<b>{html.escape(party.name)}</b><br><span style='color:{grey}'>{role}</span>")
            header.setToolTip(self._party_line(party))
            grid.addWidget(header, 0, column)
        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)
        survivor_is_left = left.id == comparison.survivor.id
        for number, row in enumerate(comparison.rows, start=2):
            label = QLabel(f"{row.label}:", content)
            label.setObjectName(f"{row.key}Label")
            grid.addWidget(label, number, 0, Qt.AlignmentFlag.AlignVCenter)
            texts = (row.survivor_text, row.other_text) if survivor_is_left else (row.other_text, row.survivor_text)
            group = QButtonGroup(self)
            for column, (party, text) in enumerate(((left, texts[0]), (right, texts[1])), start=1):
                radio = ValueChoice(text, content)
                radio.setObjectName(f"{row.key}{'Left' if column == 1 else 'Right'}Radio")
                radio.setChecked(self._picks[row.key] == party.id)
                radio.toggled.connect(partial(self._value_toggled, row.key, party.id))
                group.addButton(radio)
                grid.addWidget(radio, number, column)
                self._value_radios.append(radio)
            label.setBuddy(group.buttons()[0])
            self._value_groups.append(group)
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def _value_toggled(self, key: str, owner: int, checked: bool) -> None:
        if checked:
            self._picks[key] = owner

    def _show_channels(self) -> None:
        assert self._comparison is not None
        comparison = self._comparison
        grid = self.ui.channelsGrid
        self._clear_grid("channelsGrid")
        content = self.ui.comparisonContent
        ordered = sorted(comparison.channels, key=lambda c: c.kind != "email")  # stable: e-mails first
        for number, channel in enumerate(ordered):
            kind = QLabel(f"{channel.kind_label}:", content)
            muted(kind)
            value = QLabel(channel.display, content)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            notes = [
                n for n, on in ((self.tr("bevorzugt"), channel.is_primary), (self.tr("neu"), channel.from_other)) if on
            ]
            note = QLabel(", ".join(notes), content)
            muted(note)
            if channel.from_other:
                note.setToolTip(self.tr("Kommt vom anderen Eintrag dazu"))
            grid.addWidget(kind, number, 0)
            grid.addWidget(value, number, 1)
            grid.addWidget(note, number, 2)
        grid.setColumnStretch(2, 1)
        if not ordered:
            grid.addWidget(QLabel(self.tr("Keine E-Mail-Adressen oder Telefonnummern."), content), 0, 0, 1, 3)
        dropped = comparison.preview.channels_duplicate
        if dropped == 1:
            doubles = self.tr("1 Angabe des anderen Eintrags ist doppelt und wird nur einmal geführt.")
        elif dropped:
            doubles = self.tr("{0} Angaben des anderen Eintrags sind doppelt und werden nur einmal geführt.").format(
                dropped
            )
        else:
            doubles = ""
        self.ui.channelsNote.setText(doubles)
        self.ui.channelsNote.setVisible(bool(doubles))

    def _show_login(self) -> None:
        assert self._comparison is not None
        both = self._comparison.preview.both_have_login
        ui = self.ui
        ui.loginGroup.setVisible(both)
        left, right = self._parties()
        self._login_group.setExclusive(False)
        for radio, party in ((ui.loginFirstRadio, left), (ui.loginSecondRadio, right)):
            radio.blockSignals(True)
            radio.setText(
                mnemonic_safe(
                    self.tr("Zugang von „{0}“ behalten – Benutzername {1}").format(party.name, party.username or "—")
                )
            )
            radio.setChecked(both and party.id == self._login_owner)
            radio.blockSignals(False)
        self._login_group.setExclusive(True)
        if not both:
            self._login_owner = None

    def _login_from(self) -> LoginChoice | None:
        if self._comparison is None or self._login_owner is None:
            return None
        return "survivor" if self._login_owner == self._comparison.survivor.id else "other"

    def _show_summary(self) -> None:
        assert self._comparison is not None
        comparison = self._comparison
        preview = comparison.preview
        if preview.both_have_login:  # the other's login moves only when it is the one chosen
            preview = replace(preview, portal_login=self._login_from() == "other")
        self.ui.summaryLabel.setText(f"{preview.summary()}.")
        other = comparison.other
        note = self.tr(
            "Der Eintrag „{0}“ (angelegt am {1}) wird danach entfernt "
            "und in der History als zusammengeführt vermerkt. Rückgängig mit Strg+Z."
        ).format(other.name, f"{other.created_on:%d.%m.%Y}")
        if preview.portal_login and other.username:
            note += " " + self.tr("Angemeldet wird dann mit dem Benutzernamen {0}.").format(other.username)
        self.ui.summaryNote.setText(note)

    def _update_merge_button(self) -> None:
        if self._other_id is None:
            enabled, tip = False, self.tr("Bitte zuerst links den doppelten Eintrag wählen.")
        elif self._comparison is not None and self._comparison.preview.both_have_login and self._login_owner is None:
            enabled, tip = False, self.tr("Bitte zuerst wählen, welcher Portalzugang erhalten bleibt.")
        else:
            assert self._comparison is not None
            enabled = True
            tip = self.tr("„{0}“ in „{1}“ übernehmen (rückgängig mit Strg+Z)").format(
                self._comparison.other.name, self._comparison.survivor.name
            )
        self.mergeButton.setEnabled(enabled)
        self.mergeButton.setToolTip(tip)

    def _chain_tab_order(self) -> None:
        """Filter, list, survivor, each row's values, login, buttons: the order the eye reads."""
        ui = self.ui
        chain: list[QWidget] = [ui.candidateFilter, ui.candidateList, ui.survivorFirstRadio, ui.survivorSecondRadio]
        chain += self._value_radios
        chain += [ui.loginFirstRadio, ui.loginSecondRadio]
        chain += [b for b in ui.buttonBox.buttons() if isinstance(b, QAbstractButton)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- what the user chose --------------------------------------------------------------------

    def merge_request(self) -> MergeRequest | None:
        """The merge as chosen, or None while no candidate is chosen."""
        comparison = self._comparison
        if comparison is None:
            return None
        picks: dict[str, Side] = {
            key: "survivor" if owner == comparison.survivor.id else "other" for key, owner in self._picks.items()
        }
        return MergeRequest(
            survivor_id=comparison.survivor.id,
            other_id=comparison.other.id,
            choices=comparison.choices(picks),
            login_from=self._login_from(),
            expected_versions=(comparison.survivor.version, comparison.other.version),
        )


def _no_candidate_chosen() -> RuleViolation:
    return RuleViolation(Problem.of(T("Bitte zuerst den doppelten Eintrag wählen.")))


def run_merge(parent: QWidget | None, ctx: Context, contact_id: int, other_id: int | None = None) -> Done[int] | None:
    """Show the merge dialog for one contact until the merge is done (the service's Done, for the
    undo stack) or cancelled (None). A customer without another contact gets a warning instead.
    ``other_id`` chooses the duplicate beforehand (a pair from the duplicates view, B3)."""
    contact = contact_service.contact_card(contact_id)
    candidates = duplicate_service.merge_candidates(contact_id)
    if not candidates:
        prompts.warn(
            parent,
            QCoreApplication.translate("MergeDialog", TITLE),
            QCoreApplication.translate(
                "MergeDialog",
                "„{0}“ ist der einzige Ansprechpartner dieses Kunden – "
                "es gibt keinen Eintrag, mit dem er zusammengeführt werden könnte.",
            ).format(contact.name()),
        )
        return None
    dialog = MergeDialog(parent, contact, candidates, location_service.locations_of(contact.customer_id))
    if other_id is not None:
        dialog.choose_candidate(other_id)

    def save() -> Done[int]:
        request = dialog.merge_request()
        if request is None:
            raise _no_candidate_chosen()
        try:
            return merge.merge_contacts(
                ctx,
                request.survivor_id,
                request.other_id,
                choices=request.choices,
                login_from=request.login_from,
                expected_versions=request.expected_versions,
            )
        except ConflictError as error:
            dialog.reload()  # show what is there now; the next click merges that
            raise ConflictError(
                Problem.of(
                    T(
                        "Einer der beiden Einträge wurde inzwischen von jemand anderem geändert; "
                        "es wurde nichts zusammengeführt. Die Anzeige ist jetzt aktuell – bitte "
                        "prüfen und erneut zusammenführen."
                    )
                )
            ) from error

    try:
        return run_until_saved(dialog, save)
    finally:
        dialog.deleteLater()
