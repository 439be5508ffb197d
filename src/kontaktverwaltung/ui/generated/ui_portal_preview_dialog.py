# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portal_preview_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PortalPreviewDialog(object):
    def setupUi(self, PortalPreviewDialog):
        if not PortalPreviewDialog.objectName():
            PortalPreviewDialog.setObjectName(u"PortalPreviewDialog")
        PortalPreviewDialog.resize(560, 520)
        PortalPreviewDialog.setMinimumSize(QSize(480, 400))
        self.mainLayout = QVBoxLayout(PortalPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headline = QLabel(PortalPreviewDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)

        self.mainLayout.addWidget(self.headline)

        self.loginGroup = QGroupBox(PortalPreviewDialog)
        self.loginGroup.setObjectName(u"loginGroup")
        self.loginLayout = QVBoxLayout(self.loginGroup)
        self.loginLayout.setObjectName(u"loginLayout")
        self.loginLabel = QLabel(self.loginGroup)
        self.loginLabel.setObjectName(u"loginLabel")
        self.loginLabel.setWordWrap(True)
        self.loginLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.loginLayout.addWidget(self.loginLabel)

        self.loginNames = QLabel(self.loginGroup)
        self.loginNames.setObjectName(u"loginNames")
        self.loginNames.setWordWrap(True)
        self.loginNames.setTextFormat(Qt.TextFormat.PlainText)

        self.loginLayout.addWidget(self.loginNames)


        self.mainLayout.addWidget(self.loginGroup)

        self.seesGroup = QGroupBox(PortalPreviewDialog)
        self.seesGroup.setObjectName(u"seesGroup")
        self.seesForm = QFormLayout(self.seesGroup)
        self.seesForm.setObjectName(u"seesForm")
        self.seesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roleCaption = QLabel(self.seesGroup)
        self.roleCaption.setObjectName(u"roleCaption")

        self.seesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleLabel = QLabel(self.seesGroup)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setWordWrap(True)
        self.roleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.seesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleLabel)

        self.jobsCaption = QLabel(self.seesGroup)
        self.jobsCaption.setObjectName(u"jobsCaption")

        self.seesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jobsCaption)

        self.jobVisibilityLabel = QLabel(self.seesGroup)
        self.jobVisibilityLabel.setObjectName(u"jobVisibilityLabel")
        self.jobVisibilityLabel.setWordWrap(True)
        self.jobVisibilityLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.seesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jobVisibilityLabel)

        self.applicantsCaption = QLabel(self.seesGroup)
        self.applicantsCaption.setObjectName(u"applicantsCaption")

        self.seesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicantsCaption)

        self.applicantDataLabel = QLabel(self.seesGroup)
        self.applicantDataLabel.setObjectName(u"applicantDataLabel")
        self.applicantDataLabel.setWordWrap(True)
        self.applicantDataLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.seesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicantDataLabel)


        self.mainLayout.addWidget(self.seesGroup)

        self.jobsGroup = QGroupBox(PortalPreviewDialog)
        self.jobsGroup.setObjectName(u"jobsGroup")
        self.jobsLayout = QVBoxLayout(self.jobsGroup)
        self.jobsLayout.setObjectName(u"jobsLayout")
        self.jobsList = QListWidget(self.jobsGroup)
        self.jobsList.setObjectName(u"jobsList")
        self.jobsList.setAlternatingRowColors(True)

        self.jobsLayout.addWidget(self.jobsList)

        self.jobsEmpty = QLabel(self.jobsGroup)
        self.jobsEmpty.setObjectName(u"jobsEmpty")
        self.jobsEmpty.setWordWrap(True)
        self.jobsEmpty.setTextFormat(Qt.TextFormat.PlainText)

        self.jobsLayout.addWidget(self.jobsEmpty)


        self.mainLayout.addWidget(self.jobsGroup)

        self.buttonBox = QDialogButtonBox(PortalPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PortalPreviewDialog)

        QMetaObject.connectSlotsByName(PortalPreviewDialog)
    # setupUi

    def retranslateUi(self, PortalPreviewDialog):
        PortalPreviewDialog.setWindowTitle(QCoreApplication.translate("PortalPreviewDialog", u"Als dieser Ansprechpartner ansehen", None))
        self.loginGroup.setTitle(QCoreApplication.translate("PortalPreviewDialog", u"Anmeldung", None))
        self.loginLabel.setText("")
        self.loginNames.setText("")
        self.seesGroup.setTitle(QCoreApplication.translate("PortalPreviewDialog", u"Sieht im Portal", None))
        self.roleCaption.setText(QCoreApplication.translate("PortalPreviewDialog", u"Rolle:", None))
        self.roleLabel.setText("")
        self.jobsCaption.setText(QCoreApplication.translate("PortalPreviewDialog", u"Jobs:", None))
        self.jobVisibilityLabel.setText("")
        self.applicantsCaption.setText(QCoreApplication.translate("PortalPreviewDialog", u"Bewerberdaten:", None))
        self.applicantDataLabel.setText("")
        self.jobsGroup.setTitle(QCoreApplication.translate("PortalPreviewDialog", u"Freigegebene Jobs, die diese Person sieht", None))
        self.jobsEmpty.setText("")
    # retranslateUi

