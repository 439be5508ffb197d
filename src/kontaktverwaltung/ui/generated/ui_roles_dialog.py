# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roles_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RolesDialog(object):
    def setupUi(self, RolesDialog):
        if not RolesDialog.objectName():
            RolesDialog.setObjectName(u"RolesDialog")
        RolesDialog.resize(720, 400)
        RolesDialog.setMinimumSize(QSize(640, 340))
        self.mainLayout = QVBoxLayout(RolesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RolesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.roleListLabel = QLabel(RolesDialog)
        self.roleListLabel.setObjectName(u"roleListLabel")

        self.listLayout.addWidget(self.roleListLabel)

        self.roleList = QTreeWidget(RolesDialog)
        self.roleList.setObjectName(u"roleList")
        self.roleList.setMinimumSize(QSize(260, 0))
        self.roleList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roleList.setAlternatingRowColors(True)
        self.roleList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roleList.setRootIsDecorated(False)
        self.roleList.setUniformRowHeights(True)
        self.roleList.setItemsExpandable(False)
        self.roleList.setAllColumnsShowFocus(True)

        self.listLayout.addWidget(self.roleList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(RolesDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(RolesDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.listButtons.addWidget(self.deleteButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.contentLayout.addLayout(self.listLayout)

        self.detailsBox = QGroupBox(RolesDialog)
        self.detailsBox.setObjectName(u"detailsBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailsBox.sizePolicy().hasHeightForWidth())
        self.detailsBox.setSizePolicy(sizePolicy)
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.detailsBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.nameEdit = QLineEdit(self.detailsBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.nameRow.addWidget(self.nameEdit)

        self.renameButton = QPushButton(self.detailsBox)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.nameRow.addWidget(self.renameButton)

        self.createButton = QPushButton(self.detailsBox)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setAutoDefault(False)

        self.nameRow.addWidget(self.createButton)


        self.nameBox.addLayout(self.nameRow)

        self.nameError = QLabel(self.detailsBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.jobsLabel = QLabel(self.detailsBox)
        self.jobsLabel.setObjectName(u"jobsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jobsLabel)

        self.jobsCombo = QComboBox(self.detailsBox)
        self.jobsCombo.setObjectName(u"jobsCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jobsCombo)

        self.applicantsLabel = QLabel(self.detailsBox)
        self.applicantsLabel.setObjectName(u"applicantsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicantsLabel)

        self.applicantsCombo = QComboBox(self.detailsBox)
        self.applicantsCombo.setObjectName(u"applicantsCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicantsCombo)


        self.detailsLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(self.detailsBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.summaryLabel)

        self.usageLabel = QLabel(self.detailsBox)
        self.usageLabel.setObjectName(u"usageLabel")
        self.usageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.usageLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.usageLabel)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)


        self.contentLayout.addWidget(self.detailsBox)


        self.mainLayout.addLayout(self.contentLayout)

        self.generalError = QLabel(RolesDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(RolesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleListLabel.setBuddy(self.roleList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.jobsLabel.setBuddy(self.jobsCombo)
        self.applicantsLabel.setBuddy(self.applicantsCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.createButton)
        QWidget.setTabOrder(self.createButton, self.jobsCombo)
        QWidget.setTabOrder(self.jobsCombo, self.applicantsCombo)

        self.retranslateUi(RolesDialog)
        self.buttonBox.rejected.connect(RolesDialog.reject)

        QMetaObject.connectSlotsByName(RolesDialog)
    # setupUi

    def retranslateUi(self, RolesDialog):
        RolesDialog.setWindowTitle(QCoreApplication.translate("RolesDialog", u"Kundenrollen verwalten", None))
        self.introLabel.setText(QCoreApplication.translate("RolesDialog", u"Die Kundenrolle eines Ansprechpartners bestimmt, welche Jobs und welche Bewerberdaten er im Kundenportal sieht. Jede \u00c4nderung gilt sofort und l\u00e4sst sich im Hauptfenster r\u00fcckg\u00e4ngig machen.", None))
        self.roleListLabel.setText(QCoreApplication.translate("RolesDialog", u"&Rollen:", None))
        ___qtreewidgetitem = self.roleList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RolesDialog", u"Ansprechpartner", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RolesDialog", u"Rolle", None))
        self.newButton.setText(QCoreApplication.translate("RolesDialog", u"&Neue Rolle", None))
        self.deleteButton.setText(QCoreApplication.translate("RolesDialog", u"&L\u00f6schen \u2026", None))
        self.detailsBox.setTitle(QCoreApplication.translate("RolesDialog", u"Ausgew\u00e4hlte Rolle", None))
        self.nameLabel.setText(QCoreApplication.translate("RolesDialog", u"Na&me:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RolesDialog", u"z. B. Gesch\u00e4ftsf\u00fchrung", None))
        self.renameButton.setText(QCoreApplication.translate("RolesDialog", u"&Umbenennen", None))
        self.createButton.setText(QCoreApplication.translate("RolesDialog", u"&Anlegen", None))
        self.jobsLabel.setText(QCoreApplication.translate("RolesDialog", u"Sichtbare &Jobs:", None))
        self.applicantsLabel.setText(QCoreApplication.translate("RolesDialog", u"&Bewerberdaten:", None))
    # retranslateUi

