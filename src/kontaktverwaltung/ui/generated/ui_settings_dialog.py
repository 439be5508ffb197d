# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 470)
        SettingsDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageBox = QVBoxLayout()
        self.languageBox.setSpacing(2)
        self.languageBox.setObjectName(u"languageBox")
        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageBox.addWidget(self.languageCombo)

        self.languageHint = QLabel(self.languageGroup)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setTextFormat(Qt.TextFormat.PlainText)
        self.languageHint.setWordWrap(True)

        self.languageBox.addWidget(self.languageHint)


        self.languageForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.languageBox)


        self.mainLayout.addWidget(self.languageGroup)

        self.historyGroup = QGroupBox(SettingsDialog)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyForm = QFormLayout(self.historyGroup)
        self.historyForm.setObjectName(u"historyForm")
        self.historyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.historyForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.authorLabel = QLabel(self.historyGroup)
        self.authorLabel.setObjectName(u"authorLabel")

        self.historyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorBox = QVBoxLayout()
        self.authorBox.setSpacing(2)
        self.authorBox.setObjectName(u"authorBox")
        self.authorEdit = QLineEdit(self.historyGroup)
        self.authorEdit.setObjectName(u"authorEdit")
        self.authorEdit.setMaxLength(100)

        self.authorBox.addWidget(self.authorEdit)

        self.authorHint = QLabel(self.historyGroup)
        self.authorHint.setObjectName(u"authorHint")
        self.authorHint.setTextFormat(Qt.TextFormat.PlainText)
        self.authorHint.setWordWrap(True)

        self.authorBox.addWidget(self.authorHint)


        self.historyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.authorBox)


        self.mainLayout.addWidget(self.historyGroup)

        self.phoneGroup = QGroupBox(SettingsDialog)
        self.phoneGroup.setObjectName(u"phoneGroup")
        self.phoneForm = QFormLayout(self.phoneGroup)
        self.phoneForm.setObjectName(u"phoneForm")
        self.phoneForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phoneForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.regionLabel = QLabel(self.phoneGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.phoneForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionBox = QVBoxLayout()
        self.regionBox.setSpacing(2)
        self.regionBox.setObjectName(u"regionBox")
        self.regionCombo = QComboBox(self.phoneGroup)
        self.regionCombo.setObjectName(u"regionCombo")

        self.regionBox.addWidget(self.regionCombo)

        self.regionHint = QLabel(self.phoneGroup)
        self.regionHint.setObjectName(u"regionHint")
        self.regionHint.setTextFormat(Qt.TextFormat.PlainText)
        self.regionHint.setWordWrap(True)

        self.regionBox.addWidget(self.regionHint)


        self.phoneForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.regionBox)


        self.mainLayout.addWidget(self.phoneGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.authorLabel.setBuddy(self.authorEdit)
        self.regionLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.authorEdit)
        QWidget.setTabOrder(self.authorEdit, self.regionCombo)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Einstellungen", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Sprache", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Sprache der &Oberfl\u00e4che:", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"Automatisch: wie das Betriebssystem (Deutsch, sonst Englisch). Eine \u00c4nderung gilt ab dem n\u00e4chsten Start.", None))
        self.historyGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"History", None))
        self.authorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Anzeigename f\u00fcr die H&istory:", None))
        self.phoneGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Telefonnummern", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Land f\u00fcr Nummern ohne Vorwahl:", None))
    # retranslateUi

