# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.scopeLabel = QLabel(ExportDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeLayout = QVBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.wholeDatabaseRadio = QRadioButton(ExportDialog)
        self.wholeDatabaseRadio.setObjectName(u"wholeDatabaseRadio")

        self.scopeLayout.addWidget(self.wholeDatabaseRadio)

        self.customerRadio = QRadioButton(ExportDialog)
        self.customerRadio.setObjectName(u"customerRadio")

        self.scopeLayout.addWidget(self.customerRadio)

        self.shownRadio = QRadioButton(ExportDialog)
        self.shownRadio.setObjectName(u"shownRadio")

        self.scopeLayout.addWidget(self.shownRadio)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.scopeLayout)

        self.versionLabel = QLabel(ExportDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionCombo = QComboBox(ExportDialog)
        self.versionCombo.setObjectName(u"versionCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.versionCombo)

        self.perContactCheck = QCheckBox(ExportDialog)
        self.perContactCheck.setObjectName(u"perContactCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.perContactCheck)

        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.versionLabel.setBuddy(self.versionCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.buttonBox.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Exportieren", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.scopeLabel.setText(QCoreApplication.translate("ExportDialog", u"Welche:", None))
        self.wholeDatabaseRadio.setText(QCoreApplication.translate("ExportDialog", u"&Alle Ansprechpartner der Datenbank", None))
        self.customerRadio.setText(QCoreApplication.translate("ExportDialog", u"Die des gew\u00e4hlten &Kunden", None))
        self.shownRadio.setText(QCoreApplication.translate("ExportDialog", u"Die &angezeigten Ansprechpartner", None))
        self.versionLabel.setText(QCoreApplication.translate("ExportDialog", u"&vCard-Version:", None))
        self.perContactCheck.setText(QCoreApplication.translate("ExportDialog", u"&Eine Datei je Ansprechpartner (Outlook liest nur die erste Karte einer Datei)", None))
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"&Ziel:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Durchsuchen \u2026", None))
    # retranslateUi

