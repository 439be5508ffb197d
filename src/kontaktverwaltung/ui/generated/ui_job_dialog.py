# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'job_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_JobDialog(object):
    def setupUi(self, JobDialog):
        if not JobDialog.objectName():
            JobDialog.setObjectName(u"JobDialog")
        JobDialog.resize(480, 200)
        JobDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(JobDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(JobDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.titleEdit = QLineEdit(JobDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.titleBox.addWidget(self.titleEdit)

        self.titleError = QLabel(JobDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleError.setWordWrap(True)

        self.titleBox.addWidget(self.titleError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.responsibleLabel = QLabel(JobDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleBox = QVBoxLayout()
        self.responsibleBox.setSpacing(2)
        self.responsibleBox.setObjectName(u"responsibleBox")
        self.responsibleCombo = QComboBox(JobDialog)
        self.responsibleCombo.setObjectName(u"responsibleCombo")

        self.responsibleBox.addWidget(self.responsibleCombo)

        self.responsibleError = QLabel(JobDialog)
        self.responsibleError.setObjectName(u"responsibleError")
        self.responsibleError.setTextFormat(Qt.TextFormat.PlainText)
        self.responsibleError.setWordWrap(True)

        self.responsibleBox.addWidget(self.responsibleError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.responsibleBox)

        self.releaseBox = QVBoxLayout()
        self.releaseBox.setSpacing(2)
        self.releaseBox.setObjectName(u"releaseBox")
        self.releaseCheck = QCheckBox(JobDialog)
        self.releaseCheck.setObjectName(u"releaseCheck")

        self.releaseBox.addWidget(self.releaseCheck)

        self.releaseHint = QLabel(JobDialog)
        self.releaseHint.setObjectName(u"releaseHint")
        self.releaseHint.setTextFormat(Qt.TextFormat.PlainText)
        self.releaseHint.setWordWrap(True)

        self.releaseBox.addWidget(self.releaseHint)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.releaseBox)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(JobDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(JobDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.responsibleLabel.setBuddy(self.responsibleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.responsibleCombo)
        QWidget.setTabOrder(self.responsibleCombo, self.releaseCheck)

        self.retranslateUi(JobDialog)
        self.buttonBox.accepted.connect(JobDialog.accept)
        self.buttonBox.rejected.connect(JobDialog.reject)

        QMetaObject.connectSlotsByName(JobDialog)
    # setupUi

    def retranslateUi(self, JobDialog):
        JobDialog.setWindowTitle(QCoreApplication.translate("JobDialog", u"Neuer Job", None))
        self.titleLabel.setText(QCoreApplication.translate("JobDialog", u"&Jobtitel:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("JobDialog", u"z. B. Buchhalter/in Teilzeit", None))
        self.responsibleLabel.setText(QCoreApplication.translate("JobDialog", u"&Verantwortlich:", None))
#if QT_CONFIG(tooltip)
        self.responsibleCombo.setToolTip(QCoreApplication.translate("JobDialog", u"Der Ansprechpartner des Kunden, der f\u00fcr diesen Job zust\u00e4ndig ist", None))
#endif // QT_CONFIG(tooltip)
        self.releaseCheck.setText(QCoreApplication.translate("JobDialog", u"&Freigabe f\u00fcr Portale", None))
        self.releaseHint.setText(QCoreApplication.translate("JobDialog", u"Freigegebene Jobs sehen die Ansprechpartner im Kundenportal (je nach Kundenrolle). Portal-Passw\u00f6rter lassen sich erst setzen, wenn ein Job des Kunden freigegeben ist.", None))
    # retranslateUi

