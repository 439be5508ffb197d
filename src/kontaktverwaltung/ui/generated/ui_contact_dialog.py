# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(900, 640)
        ContactDialog.setMinimumSize(QSize(820, 0))
        self.mainLayout = QVBoxLayout(ContactDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scrollArea = QScrollArea(ContactDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columns = QHBoxLayout(self.scrollContents)
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(self.scrollContents)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.salutationLabel = QLabel(self.personGroup)
        self.salutationLabel.setObjectName(u"salutationLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.salutationLabel)

        self.salutationRow = QHBoxLayout()
        self.salutationRow.setObjectName(u"salutationRow")
        self.salutationCombo = QComboBox(self.personGroup)
        self.salutationCombo.setObjectName(u"salutationCombo")

        self.salutationRow.addWidget(self.salutationCombo)

        self.titleLabel = QLabel(self.personGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.salutationRow.addWidget(self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.titleEdit = QLineEdit(self.personGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(40)

        self.titleBox.addWidget(self.titleEdit)

        self.titleError = QLabel(self.personGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)

        self.titleBox.addWidget(self.titleError)


        self.salutationRow.addLayout(self.titleBox)


        self.personForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.salutationRow)

        self.firstNameLabel = QLabel(self.personGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameBox = QVBoxLayout()
        self.firstNameBox.setSpacing(2)
        self.firstNameBox.setObjectName(u"firstNameBox")
        self.firstNameEdit = QLineEdit(self.personGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.firstNameBox.addWidget(self.firstNameEdit)

        self.firstNameError = QLabel(self.personGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setTextFormat(Qt.TextFormat.PlainText)
        self.firstNameError.setWordWrap(True)

        self.firstNameBox.addWidget(self.firstNameError)


        self.personForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.firstNameBox)

        self.lastNameLabel = QLabel(self.personGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameBox = QVBoxLayout()
        self.lastNameBox.setSpacing(2)
        self.lastNameBox.setObjectName(u"lastNameBox")
        self.lastNameEdit = QLineEdit(self.personGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.lastNameBox.addWidget(self.lastNameEdit)

        self.lastNameError = QLabel(self.personGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setTextFormat(Qt.TextFormat.PlainText)
        self.lastNameError.setWordWrap(True)

        self.lastNameBox.addWidget(self.lastNameError)


        self.personForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.lastNameBox)

        self.positionLabel = QLabel(self.personGroup)
        self.positionLabel.setObjectName(u"positionLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionBox = QVBoxLayout()
        self.positionBox.setSpacing(2)
        self.positionBox.setObjectName(u"positionBox")
        self.positionEdit = QLineEdit(self.personGroup)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(150)

        self.positionBox.addWidget(self.positionEdit)

        self.positionError = QLabel(self.personGroup)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setTextFormat(Qt.TextFormat.PlainText)
        self.positionError.setWordWrap(True)

        self.positionBox.addWidget(self.positionError)


        self.personForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.positionBox)

        self.departmentLabel = QLabel(self.personGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentBox = QVBoxLayout()
        self.departmentBox.setSpacing(2)
        self.departmentBox.setObjectName(u"departmentBox")
        self.departmentEdit = QLineEdit(self.personGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(150)

        self.departmentBox.addWidget(self.departmentEdit)

        self.departmentError = QLabel(self.personGroup)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setTextFormat(Qt.TextFormat.PlainText)
        self.departmentError.setWordWrap(True)

        self.departmentBox.addWidget(self.departmentError)


        self.personForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.departmentBox)


        self.leftColumn.addWidget(self.personGroup)

        self.channelsGroup = QGroupBox(self.scrollContents)
        self.channelsGroup.setObjectName(u"channelsGroup")
        self.channelsLayout = QVBoxLayout(self.channelsGroup)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.emailsLabel = QLabel(self.channelsGroup)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.channelsLayout.addWidget(self.emailsLabel)

        self.emailRows = QVBoxLayout()
        self.emailRows.setSpacing(4)
        self.emailRows.setObjectName(u"emailRows")

        self.channelsLayout.addLayout(self.emailRows)

        self.emailButtons = QHBoxLayout()
        self.emailButtons.setObjectName(u"emailButtons")
        self.addEmailButton = QPushButton(self.channelsGroup)
        self.addEmailButton.setObjectName(u"addEmailButton")
        self.addEmailButton.setAutoDefault(False)

        self.emailButtons.addWidget(self.addEmailButton)

        self.emailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emailButtons.addItem(self.emailSpacer)


        self.channelsLayout.addLayout(self.emailButtons)

        self.phonesLabel = QLabel(self.channelsGroup)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.channelsLayout.addWidget(self.phonesLabel)

        self.phoneRows = QVBoxLayout()
        self.phoneRows.setSpacing(4)
        self.phoneRows.setObjectName(u"phoneRows")

        self.channelsLayout.addLayout(self.phoneRows)

        self.phoneButtons = QHBoxLayout()
        self.phoneButtons.setObjectName(u"phoneButtons")
        self.addPhoneButton = QPushButton(self.channelsGroup)
        self.addPhoneButton.setObjectName(u"addPhoneButton")
        self.addPhoneButton.setAutoDefault(False)

        self.phoneButtons.addWidget(self.addPhoneButton)

        self.phoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phoneButtons.addItem(self.phoneSpacer)


        self.channelsLayout.addLayout(self.phoneButtons)

        self.loginHint = QLabel(self.channelsGroup)
        self.loginHint.setObjectName(u"loginHint")
        self.loginHint.setWordWrap(True)
        self.loginHint.setTextFormat(Qt.TextFormat.PlainText)

        self.channelsLayout.addWidget(self.loginHint)


        self.leftColumn.addWidget(self.channelsGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.statusGroup = QGroupBox(self.scrollContents)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.activeCheck = QCheckBox(self.statusGroup)
        self.activeCheck.setObjectName(u"activeCheck")

        self.statusLayout.addWidget(self.activeCheck)

        self.inactiveForm = QFormLayout()
        self.inactiveForm.setObjectName(u"inactiveForm")
        self.inactiveForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(self.statusGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.inactiveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setSpacing(2)
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonCombo = QComboBox(self.statusGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.reasonBox.addWidget(self.reasonCombo)

        self.inactiveReasonError = QLabel(self.statusGroup)
        self.inactiveReasonError.setObjectName(u"inactiveReasonError")
        self.inactiveReasonError.setTextFormat(Qt.TextFormat.PlainText)
        self.inactiveReasonError.setWordWrap(True)

        self.reasonBox.addWidget(self.inactiveReasonError)


        self.inactiveForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reasonBox)

        self.untilLabel = QLabel(self.statusGroup)
        self.untilLabel.setObjectName(u"untilLabel")

        self.inactiveForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilBox = QVBoxLayout()
        self.untilBox.setSpacing(2)
        self.untilBox.setObjectName(u"untilBox")
        self.untilRow = QHBoxLayout()
        self.untilRow.setObjectName(u"untilRow")
        self.untilCheck = QCheckBox(self.statusGroup)
        self.untilCheck.setObjectName(u"untilCheck")

        self.untilRow.addWidget(self.untilCheck)

        self.untilEdit = QDateEdit(self.statusGroup)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.untilRow.addWidget(self.untilEdit)

        self.untilSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.untilRow.addItem(self.untilSpacer)


        self.untilBox.addLayout(self.untilRow)

        self.inactiveUntilError = QLabel(self.statusGroup)
        self.inactiveUntilError.setObjectName(u"inactiveUntilError")
        self.inactiveUntilError.setTextFormat(Qt.TextFormat.PlainText)
        self.inactiveUntilError.setWordWrap(True)

        self.untilBox.addWidget(self.inactiveUntilError)


        self.inactiveForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.untilBox)

        self.successorLabel = QLabel(self.statusGroup)
        self.successorLabel.setObjectName(u"successorLabel")

        self.inactiveForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.successorLabel)

        self.successorBox = QVBoxLayout()
        self.successorBox.setSpacing(2)
        self.successorBox.setObjectName(u"successorBox")
        self.successorCombo = QComboBox(self.statusGroup)
        self.successorCombo.setObjectName(u"successorCombo")

        self.successorBox.addWidget(self.successorCombo)

        self.successorError = QLabel(self.statusGroup)
        self.successorError.setObjectName(u"successorError")
        self.successorError.setTextFormat(Qt.TextFormat.PlainText)
        self.successorError.setWordWrap(True)

        self.successorBox.addWidget(self.successorError)


        self.inactiveForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.successorBox)

        self.successorHint = QLabel(self.statusGroup)
        self.successorHint.setObjectName(u"successorHint")
        self.successorHint.setWordWrap(True)
        self.successorHint.setTextFormat(Qt.TextFormat.PlainText)

        self.inactiveForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.successorHint)


        self.statusLayout.addLayout(self.inactiveForm)


        self.rightColumn.addWidget(self.statusGroup)

        self.portalGroup = QGroupBox(self.scrollContents)
        self.portalGroup.setObjectName(u"portalGroup")
        self.portalForm = QFormLayout(self.portalGroup)
        self.portalForm.setObjectName(u"portalForm")
        self.portalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usernameLabel = QLabel(self.portalGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.portalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameBox = QVBoxLayout()
        self.usernameBox.setSpacing(2)
        self.usernameBox.setObjectName(u"usernameBox")
        self.usernameEdit = QLineEdit(self.portalGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(60)

        self.usernameBox.addWidget(self.usernameEdit)

        self.usernameError = QLabel(self.portalGroup)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setTextFormat(Qt.TextFormat.PlainText)
        self.usernameError.setWordWrap(True)

        self.usernameBox.addWidget(self.usernameError)


        self.portalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameBox)

        self.roleLabel = QLabel(self.portalGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.portalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleBox = QVBoxLayout()
        self.roleBox.setSpacing(2)
        self.roleBox.setObjectName(u"roleBox")
        self.roleCombo = QComboBox(self.portalGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleBox.addWidget(self.roleCombo)

        self.roleSummary = QLabel(self.portalGroup)
        self.roleSummary.setObjectName(u"roleSummary")
        self.roleSummary.setWordWrap(True)
        self.roleSummary.setTextFormat(Qt.TextFormat.PlainText)

        self.roleBox.addWidget(self.roleSummary)


        self.portalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.roleBox)

        self.readinessCaption = QLabel(self.portalGroup)
        self.readinessCaption.setObjectName(u"readinessCaption")

        self.portalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.readinessCaption)

        self.readinessLabel = QLabel(self.portalGroup)
        self.readinessLabel.setObjectName(u"readinessLabel")
        self.readinessLabel.setWordWrap(True)
        self.readinessLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.portalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.readinessLabel)

        self.passwordLabel = QLabel(self.portalGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.portalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(2)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(self.portalGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(128)

        self.passwordRow.addWidget(self.passwordEdit)

        self.generatePasswordButton = QPushButton(self.portalGroup)
        self.generatePasswordButton.setObjectName(u"generatePasswordButton")
        self.generatePasswordButton.setAutoDefault(False)

        self.passwordRow.addWidget(self.generatePasswordButton)

        self.copyPasswordButton = QPushButton(self.portalGroup)
        self.copyPasswordButton.setObjectName(u"copyPasswordButton")
        self.copyPasswordButton.setAutoDefault(False)

        self.passwordRow.addWidget(self.copyPasswordButton)


        self.passwordBox.addLayout(self.passwordRow)

        self.passwordError = QLabel(self.portalGroup)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordError.setWordWrap(True)

        self.passwordBox.addWidget(self.passwordError)

        self.passwordHint = QLabel(self.portalGroup)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setTextFormat(Qt.TextFormat.PlainText)

        self.passwordBox.addWidget(self.passwordHint)


        self.portalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.passwordBox)


        self.rightColumn.addWidget(self.portalGroup)

        self.notesGroup = QGroupBox(self.scrollContents)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(self.notesGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setTextFormat(Qt.TextFormat.PlainText)
        self.notesError.setWordWrap(True)

        self.notesBox.addWidget(self.notesError)


        self.notesLayout.addLayout(self.notesBox)


        self.rightColumn.addWidget(self.notesGroup)


        self.columns.addLayout(self.rightColumn)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.generalError = QLabel(ContactDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.salutationLabel.setBuddy(self.salutationCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.untilLabel.setBuddy(self.untilEdit)
        self.successorLabel.setBuddy(self.successorCombo)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Ansprechpartner", None))
        self.personGroup.setTitle(QCoreApplication.translate("ContactDialog", u"Person", None))
        self.salutationLabel.setText(QCoreApplication.translate("ContactDialog", u"Anre&de:", None))
        self.titleLabel.setText(QCoreApplication.translate("ContactDialog", u"&Titel:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"z. B. Mag., Dr., DI", None))
        self.firstNameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Vorname:", None))
        self.lastNameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Nachname:", None))
        self.positionLabel.setText(QCoreApplication.translate("ContactDialog", u"&Position:", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"z. B. Leitung Personal", None))
        self.departmentLabel.setText(QCoreApplication.translate("ContactDialog", u"A&bteilung:", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"z. B. Personalabteilung", None))
        self.channelsGroup.setTitle(QCoreApplication.translate("ContactDialog", u"E-Mail und Telefon", None))
        self.emailsLabel.setText(QCoreApplication.translate("ContactDialog", u"E-Mail-Adressen", None))
        self.addEmailButton.setText(QCoreApplication.translate("ContactDialog", u"E-Mail hinzuf\u00fcgen", None))
#if QT_CONFIG(tooltip)
        self.addEmailButton.setToolTip(QCoreApplication.translate("ContactDialog", u"Eine weitere E-Mail-Adresse eintragen (Strg+Umschalt+E)", None))
#endif // QT_CONFIG(tooltip)
        self.phonesLabel.setText(QCoreApplication.translate("ContactDialog", u"Telefonnummern", None))
        self.addPhoneButton.setText(QCoreApplication.translate("ContactDialog", u"Telefon hinzuf\u00fcgen", None))
#if QT_CONFIG(tooltip)
        self.addPhoneButton.setToolTip(QCoreApplication.translate("ContactDialog", u"Eine weitere Telefonnummer eintragen (Strg+Umschalt+T)", None))
#endif // QT_CONFIG(tooltip)
        self.loginHint.setText(QCoreApplication.translate("ContactDialog", u"Im Kundenportal kann sich die Person mit ihrem Benutzernamen oder mit jeder dieser E-Mail-Adressen anmelden.", None))
        self.statusGroup.setTitle(QCoreApplication.translate("ContactDialog", u"Status", None))
        self.activeCheck.setText(QCoreApplication.translate("ContactDialog", u"&Aktiv", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("ContactDialog", u"Inaktive Ansprechpartner behalten alle Verkn\u00fcpfungen; ihr Portalzugang ist gesperrt.", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("ContactDialog", u"&Grund:", None))
        self.untilLabel.setText(QCoreApplication.translate("ContactDialog", u"b&is:", None))
        self.untilCheck.setText(QCoreApplication.translate("ContactDialog", u"befristet", None))
#if QT_CONFIG(tooltip)
        self.untilCheck.setToolTip(QCoreApplication.translate("ContactDialog", u"Mit Enddatum, z. B. Ende der Karenz", None))
#endif // QT_CONFIG(tooltip)
        self.successorLabel.setText(QCoreApplication.translate("ContactDialog", u"Nach&folge:", None))
#if QT_CONFIG(tooltip)
        self.successorCombo.setToolTip(QCoreApplication.translate("ContactDialog", u"Wer \u00fcbernimmt die offenen Jobs und die Kundenrolle?", None))
#endif // QT_CONFIG(tooltip)
        self.successorHint.setText("")
        self.portalGroup.setTitle(QCoreApplication.translate("ContactDialog", u"Kundenportal", None))
        self.usernameLabel.setText(QCoreApplication.translate("ContactDialog", u"Ben&utzername:", None))
#if QT_CONFIG(tooltip)
        self.usernameEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"Wird aus dem Namen erzeugt; kann ge\u00e4ndert werden. Muss \u00fcber alle Kunden eindeutig sein.", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("ContactDialog", u"&Rolle:", None))
        self.roleSummary.setText("")
        self.readinessCaption.setText(QCoreApplication.translate("ContactDialog", u"Portal:", None))
        self.readinessLabel.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("ContactDialog", u"Neues Pass&wort:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"mind. 10 Zeichen", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"Ein neues Portal-Passwort; es wird beim Speichern gesetzt.", None))
#endif // QT_CONFIG(tooltip)
        self.generatePasswordButton.setText(QCoreApplication.translate("ContactDialog", u"&Erzeugen", None))
#if QT_CONFIG(tooltip)
        self.generatePasswordButton.setToolTip(QCoreApplication.translate("ContactDialog", u"Ein sicheres, gut vorlesbares Passwort erzeugen", None))
#endif // QT_CONFIG(tooltip)
        self.copyPasswordButton.setText(QCoreApplication.translate("ContactDialog", u"&Kopieren", None))
#if QT_CONFIG(tooltip)
        self.copyPasswordButton.setToolTip(QCoreApplication.translate("ContactDialog", u"Das Passwort in die Zwischenablage kopieren", None))
#endif // QT_CONFIG(tooltip)
        self.passwordHint.setText("")
        self.notesGroup.setTitle(QCoreApplication.translate("ContactDialog", u"N&otizen", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"Notizen zur Person, z. B. erreichbar Mo\u2013Do vormittags", None))
    # retranslateUi

