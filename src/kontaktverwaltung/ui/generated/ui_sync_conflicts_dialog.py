# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(860, 560)
        SyncConflictsDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(SyncConflictsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SyncConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(SyncConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conflictList = QListWidget(self.splitter)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictList.setAlternatingRowColors(True)
        self.conflictList.setWordWrap(True)
        self.splitter.addWidget(self.conflictList)
        self.detailWidget = QWidget(self.splitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.whatLabel = QLabel(self.detailWidget)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.whatLabel.setWordWrap(True)
        self.whatLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.whatLabel)

        self.fieldTable = QTableWidget(self.detailWidget)
        if (self.fieldTable.columnCount() < 3):
            self.fieldTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fieldTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fieldTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fieldTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fieldTable.setObjectName(u"fieldTable")
        self.fieldTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fieldTable.setWordWrap(True)
        self.fieldTable.setColumnCount(3)

        self.detailLayout.addWidget(self.fieldTable)

        self.splitter.addWidget(self.detailWidget)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.takeMineButton = QPushButton(SyncConflictsDialog)
        self.takeMineButton.setObjectName(u"takeMineButton")

        self.buttonLayout.addWidget(self.takeMineButton)

        self.takeServerButton = QPushButton(SyncConflictsDialog)
        self.takeServerButton.setObjectName(u"takeServerButton")

        self.buttonLayout.addWidget(self.takeServerButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SyncConflictsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(SyncConflictsDialog)
        self.closeButton.clicked.connect(SyncConflictsDialog.accept)

        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Konflikte", None))
        self.introLabel.setText(QCoreApplication.translate("SyncConflictsDialog", u"Diese Angaben wurden offline auf diesem Rechner und inzwischen auch auf dem Server ge\u00e4ndert. Bitte je Konflikt entscheiden, was gelten soll. Bis dahin bleibt er hier aufgelistet; was nur eine Seite ge\u00e4ndert hat, ist schon \u00fcbernommen.", None))
        ___qtablewidgetitem = self.fieldTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SyncConflictsDialog", u"Angabe", None))
        ___qtablewidgetitem1 = self.fieldTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SyncConflictsDialog", u"Meine \u00c4nderung (offline)", None))
        ___qtablewidgetitem2 = self.fieldTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SyncConflictsDialog", u"Auf dem Server", None))
        self.takeMineButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Meine \u00fcbernehmen", None))
#if QT_CONFIG(tooltip)
        self.takeMineButton.setToolTip(QCoreApplication.translate("SyncConflictsDialog", u"Ihre offline gemachte \u00c4nderung gilt: sie wird an den Server \u00fcbertragen", None))
#endif // QT_CONFIG(tooltip)
        self.takeServerButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Server-Stand \u00fcbernehmen", None))
#if QT_CONFIG(tooltip)
        self.takeServerButton.setToolTip(QCoreApplication.translate("SyncConflictsDialog", u"Was auf dem Server steht, gilt: Ihre offline gemachte \u00c4nderung wird verworfen", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Schl&ie\u00dfen", None))
    # retranslateUi

