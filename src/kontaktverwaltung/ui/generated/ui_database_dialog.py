# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_DatabaseDialog(object):
    def setupUi(self, DatabaseDialog):
        if not DatabaseDialog.objectName():
            DatabaseDialog.setObjectName(u"DatabaseDialog")
        DatabaseDialog.resize(560, 560)
        DatabaseDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(DatabaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.databaseGroup = QGroupBox(DatabaseDialog)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseLayout = QVBoxLayout(self.databaseGroup)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.localRadio = QRadioButton(self.databaseGroup)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.databaseLayout.addWidget(self.localRadio)

        self.localBox = QVBoxLayout()
        self.localBox.setObjectName(u"localBox")
        self.localBox.setContentsMargins(24, 0, 0, 0)
        self.localPathLabel = QLabel(self.databaseGroup)
        self.localPathLabel.setObjectName(u"localPathLabel")
        self.localPathLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.localPathLabel.setWordWrap(True)

        self.localBox.addWidget(self.localPathLabel)


        self.databaseLayout.addLayout(self.localBox)

        self.fileRadio = QRadioButton(self.databaseGroup)
        self.fileRadio.setObjectName(u"fileRadio")

        self.databaseLayout.addWidget(self.fileRadio)

        self.fileBox = QVBoxLayout()
        self.fileBox.setSpacing(2)
        self.fileBox.setObjectName(u"fileBox")
        self.fileBox.setContentsMargins(24, 0, 0, 0)
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.filePathEdit = QLineEdit(self.databaseGroup)
        self.filePathEdit.setObjectName(u"filePathEdit")

        self.fileRow.addWidget(self.filePathEdit)

        self.browseButton = QPushButton(self.databaseGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileBox.addLayout(self.fileRow)

        self.fileError = QLabel(self.databaseGroup)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setTextFormat(Qt.TextFormat.PlainText)
        self.fileError.setWordWrap(True)

        self.fileBox.addWidget(self.fileError)


        self.databaseLayout.addLayout(self.fileBox)

        self.serverRadio = QRadioButton(self.databaseGroup)
        self.serverRadio.setObjectName(u"serverRadio")

        self.databaseLayout.addWidget(self.serverRadio)

        self.serverBox = QWidget(self.databaseGroup)
        self.serverBox.setObjectName(u"serverBox")
        self.serverForm = QFormLayout(self.serverBox)
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serverForm.setContentsMargins(24, 0, 0, 0)
        self.kindLabel = QLabel(self.serverBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.serverBox)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.hostLabel = QLabel(self.serverBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostBox = QVBoxLayout()
        self.hostBox.setSpacing(2)
        self.hostBox.setObjectName(u"hostBox")
        self.hostEdit = QLineEdit(self.serverBox)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(253)

        self.hostBox.addWidget(self.hostEdit)

        self.hostError = QLabel(self.serverBox)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setTextFormat(Qt.TextFormat.PlainText)
        self.hostError.setWordWrap(True)

        self.hostBox.addWidget(self.hostError)


        self.serverForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.hostBox)

        self.portLabel = QLabel(self.serverBox)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portBox = QVBoxLayout()
        self.portBox.setSpacing(2)
        self.portBox.setObjectName(u"portBox")
        self.portSpin = QSpinBox(self.serverBox)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.portSpin.sizePolicy().hasHeightForWidth())
        self.portSpin.setSizePolicy(sizePolicy)

        self.portBox.addWidget(self.portSpin)

        self.portError = QLabel(self.serverBox)
        self.portError.setObjectName(u"portError")
        self.portError.setTextFormat(Qt.TextFormat.PlainText)
        self.portError.setWordWrap(True)

        self.portBox.addWidget(self.portError)


        self.serverForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.portBox)

        self.databaseLabel = QLabel(self.serverBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseBox = QVBoxLayout()
        self.databaseBox.setSpacing(2)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseEdit = QLineEdit(self.serverBox)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMaxLength(64)

        self.databaseBox.addWidget(self.databaseEdit)

        self.databaseError = QLabel(self.serverBox)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setTextFormat(Qt.TextFormat.PlainText)
        self.databaseError.setWordWrap(True)

        self.databaseBox.addWidget(self.databaseError)


        self.serverForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.databaseBox)

        self.userLabel = QLabel(self.serverBox)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userBox = QVBoxLayout()
        self.userBox.setSpacing(2)
        self.userBox.setObjectName(u"userBox")
        self.userEdit = QLineEdit(self.serverBox)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(128)

        self.userBox.addWidget(self.userEdit)

        self.userError = QLabel(self.serverBox)
        self.userError.setObjectName(u"userError")
        self.userError.setTextFormat(Qt.TextFormat.PlainText)
        self.userError.setWordWrap(True)

        self.userBox.addWidget(self.userError)


        self.serverForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.userBox)

        self.passwordLabel = QLabel(self.serverBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(2)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(self.serverBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(256)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.vaultLabel = QLabel(self.serverBox)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.vaultLabel.setWordWrap(True)

        self.passwordBox.addWidget(self.vaultLabel)


        self.serverForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.passwordBox)


        self.databaseLayout.addWidget(self.serverBox)


        self.mainLayout.addWidget(self.databaseGroup)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testConnectionButton = QPushButton(DatabaseDialog)
        self.testConnectionButton.setObjectName(u"testConnectionButton")

        self.testRow.addWidget(self.testConnectionButton)

        self.testResultLabel = QLabel(DatabaseDialog)
        self.testResultLabel.setObjectName(u"testResultLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.testResultLabel.sizePolicy().hasHeightForWidth())
        self.testResultLabel.setSizePolicy(sizePolicy1)
        self.testResultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.testRow.addWidget(self.testResultLabel)


        self.mainLayout.addLayout(self.testRow)

        self.generalError = QLabel(DatabaseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DatabaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.localRadio, self.fileRadio)
        QWidget.setTabOrder(self.fileRadio, self.filePathEdit)
        QWidget.setTabOrder(self.filePathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.testConnectionButton)

        self.retranslateUi(DatabaseDialog)

        QMetaObject.connectSlotsByName(DatabaseDialog)
    # setupUi

    def retranslateUi(self, DatabaseDialog):
        DatabaseDialog.setWindowTitle(QCoreApplication.translate("DatabaseDialog", u"Datenbank", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("DatabaseDialog", u"Wo liegen die Daten?", None))
        self.localRadio.setText(QCoreApplication.translate("DatabaseDialog", u"&Lokale Datei (Standard)", None))
        self.fileRadio.setText(QCoreApplication.translate("DatabaseDialog", u"&Andere Datei\u2026", None))
        self.filePathEdit.setPlaceholderText(QCoreApplication.translate("DatabaseDialog", u"Pfad der Datenbankdatei, z. B. auf einem Netzlaufwerk", None))
        self.browseButton.setText(QCoreApplication.translate("DatabaseDialog", u"Durchs&uchen\u2026", None))
        self.serverRadio.setText(QCoreApplication.translate("DatabaseDialog", u"Se&rver", None))
        self.kindLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Ar&t:", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("DatabaseDialog", u"PostgreSQL", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("DatabaseDialog", u"MariaDB/MySQL", None))

        self.hostLabel.setText(QCoreApplication.translate("DatabaseDialog", u"&Host:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("DatabaseDialog", u"z. B. db.agentur.local oder 192.168.1.20", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseDialog", u"P&ort:", None))
        self.databaseLabel.setText(QCoreApplication.translate("DatabaseDialog", u"&Datenbank:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("DatabaseDialog", u"z. B. kontakte", None))
        self.userLabel.setText(QCoreApplication.translate("DatabaseDialog", u"&Benutzer:", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseDialog", u"&Passwort:", None))
        self.testConnectionButton.setText(QCoreApplication.translate("DatabaseDialog", u"&Verbindung testen", None))
    # retranslateUi

