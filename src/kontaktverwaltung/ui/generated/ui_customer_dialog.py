# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(460, 320)
        CustomerDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(CustomerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(CustomerDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberBox = QVBoxLayout()
        self.numberBox.setSpacing(2)
        self.numberBox.setObjectName(u"numberBox")
        self.numberEdit = QLineEdit(CustomerDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(32)

        self.numberBox.addWidget(self.numberEdit)

        self.numberError = QLabel(CustomerDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setTextFormat(Qt.TextFormat.PlainText)
        self.numberError.setWordWrap(True)

        self.numberBox.addWidget(self.numberError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.numberBox)

        self.nameLabel = QLabel(CustomerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(CustomerDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(CustomerDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.notesLabel = QLabel(CustomerDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(CustomerDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(CustomerDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setTextFormat(Qt.TextFormat.PlainText)
        self.notesError.setWordWrap(True)

        self.notesBox.addWidget(self.notesError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.notesBox)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(CustomerDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.notesEdit)

        self.retranslateUi(CustomerDialog)
        self.buttonBox.accepted.connect(CustomerDialog.accept)
        self.buttonBox.rejected.connect(CustomerDialog.reject)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Kunde", None))
        self.numberLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Kundennummer:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"z. B. K-1024", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"z. B. Alpenbau GmbH", None))
        self.notesLabel.setText(QCoreApplication.translate("CustomerDialog", u"N&otizen:", None))
    # retranslateUi

