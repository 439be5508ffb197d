# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'location_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LocationDialog(object):
    def setupUi(self, LocationDialog):
        if not LocationDialog.objectName():
            LocationDialog.setObjectName(u"LocationDialog")
        LocationDialog.resize(460, 230)
        LocationDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(LocationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(LocationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(LocationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(LocationDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.streetLabel = QLabel(LocationDialog)
        self.streetLabel.setObjectName(u"streetLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetBox = QVBoxLayout()
        self.streetBox.setSpacing(2)
        self.streetBox.setObjectName(u"streetBox")
        self.streetEdit = QLineEdit(LocationDialog)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(200)

        self.streetBox.addWidget(self.streetEdit)

        self.streetError = QLabel(LocationDialog)
        self.streetError.setObjectName(u"streetError")
        self.streetError.setTextFormat(Qt.TextFormat.PlainText)
        self.streetError.setWordWrap(True)

        self.streetBox.addWidget(self.streetError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.streetBox)

        self.postalCodeLabel = QLabel(LocationDialog)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCodeBox = QVBoxLayout()
        self.postalCodeBox.setSpacing(2)
        self.postalCodeBox.setObjectName(u"postalCodeBox")
        self.postalCodeEdit = QLineEdit(LocationDialog)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(20)
        self.postalCodeEdit.setMaximumSize(QSize(110, 16777215))

        self.postalCodeBox.addWidget(self.postalCodeEdit, 0, Qt.AlignmentFlag.AlignLeft)

        self.postalCodeError = QLabel(LocationDialog)
        self.postalCodeError.setObjectName(u"postalCodeError")
        self.postalCodeError.setTextFormat(Qt.TextFormat.PlainText)
        self.postalCodeError.setWordWrap(True)

        self.postalCodeBox.addWidget(self.postalCodeError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.postalCodeBox)

        self.cityLabel = QLabel(LocationDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityBox = QVBoxLayout()
        self.cityBox.setSpacing(2)
        self.cityBox.setObjectName(u"cityBox")
        self.cityEdit = QLineEdit(LocationDialog)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.cityBox.addWidget(self.cityEdit)

        self.cityError = QLabel(LocationDialog)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setTextFormat(Qt.TextFormat.PlainText)
        self.cityError.setWordWrap(True)

        self.cityBox.addWidget(self.cityError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cityBox)

        self.countryLabel = QLabel(LocationDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryBox = QVBoxLayout()
        self.countryBox.setSpacing(2)
        self.countryBox.setObjectName(u"countryBox")
        self.countryCombo = QComboBox(LocationDialog)
        self.countryCombo.setObjectName(u"countryCombo")

        self.countryBox.addWidget(self.countryCombo)

        self.countryError = QLabel(LocationDialog)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setTextFormat(Qt.TextFormat.PlainText)
        self.countryError.setWordWrap(True)

        self.countryBox.addWidget(self.countryError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.countryBox)

        self.phoneLabel = QLabel(LocationDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(2)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(LocationDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(LocationDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setTextFormat(Qt.TextFormat.PlainText)
        self.phoneError.setWordWrap(True)

        self.phoneBox.addWidget(self.phoneError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.phoneBox)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(LocationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(LocationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.phoneEdit)

        self.retranslateUi(LocationDialog)
        self.buttonBox.accepted.connect(LocationDialog.accept)
        self.buttonBox.rejected.connect(LocationDialog.reject)

        QMetaObject.connectSlotsByName(LocationDialog)
    # setupUi

    def retranslateUi(self, LocationDialog):
        LocationDialog.setWindowTitle(QCoreApplication.translate("LocationDialog", u"Standort", None))
        self.nameLabel.setText(QCoreApplication.translate("LocationDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"z. B. Zentrale Wien", None))
        self.streetLabel.setText(QCoreApplication.translate("LocationDialog", u"S&tra\u00dfe:", None))
        self.streetEdit.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"z. B. Ringstra\u00dfe 1", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("LocationDialog", u"&PLZ:", None))
        self.postalCodeEdit.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"z. B. 1010", None))
        self.cityLabel.setText(QCoreApplication.translate("LocationDialog", u"&Ort:", None))
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"z. B. Wien", None))
        self.countryLabel.setText(QCoreApplication.translate("LocationDialog", u"&Land:", None))
#if QT_CONFIG(tooltip)
        self.countryCombo.setToolTip(QCoreApplication.translate("LocationDialog", u"Das Land des Standorts: Telefonnummern ohne L\u00e4ndervorwahl werden hier gelesen", None))
#endif // QT_CONFIG(tooltip)
        self.phoneLabel.setText(QCoreApplication.translate("LocationDialog", u"T&elefon:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"z. B. 01 234 56 78", None))
    # retranslateUi

