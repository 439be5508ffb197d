# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_DuplicatesDialog(object):
    def setupUi(self, DuplicatesDialog):
        if not DuplicatesDialog.objectName():
            DuplicatesDialog.setObjectName(u"DuplicatesDialog")
        DuplicatesDialog.resize(980, 620)
        DuplicatesDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(DuplicatesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(DuplicatesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(DuplicatesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.pairTable = QTableView(self.splitter)
        self.pairTable.setObjectName(u"pairTable")
        self.pairTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairTable.setAlternatingRowColors(True)
        self.pairTable.setWordWrap(False)
        self.splitter.addWidget(self.pairTable)
        self.cardsWidget = QWidget(self.splitter)
        self.cardsWidget.setObjectName(u"cardsWidget")
        self.cardsLayout = QHBoxLayout(self.cardsWidget)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setContentsMargins(0, 0, 0, 0)
        self.firstCard = QLabel(self.cardsWidget)
        self.firstCard.setObjectName(u"firstCard")
        self.firstCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.firstCard.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.firstCard.setWordWrap(True)
        self.firstCard.setMargin(8)
        self.firstCard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.firstCard)

        self.secondCard = QLabel(self.cardsWidget)
        self.secondCard.setObjectName(u"secondCard")
        self.secondCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.secondCard.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.secondCard.setWordWrap(True)
        self.secondCard.setMargin(8)
        self.secondCard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.secondCard)

        self.splitter.addWidget(self.cardsWidget)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.mergeButton = QPushButton(DuplicatesDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonLayout.addWidget(self.mergeButton)

        self.notDuplicateButton = QPushButton(DuplicatesDialog)
        self.notDuplicateButton.setObjectName(u"notDuplicateButton")

        self.buttonLayout.addWidget(self.notDuplicateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(DuplicatesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(DuplicatesDialog)
        self.closeButton.clicked.connect(DuplicatesDialog.accept)

        QMetaObject.connectSlotsByName(DuplicatesDialog)
    # setupUi

    def retranslateUi(self, DuplicatesDialog):
        DuplicatesDialog.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", u"Dubletten", None))
        self.mergeButton.setText(QCoreApplication.translate("DuplicatesDialog", u"&Zusammenf\u00fchren \u2026", None))
        self.notDuplicateButton.setText(QCoreApplication.translate("DuplicatesDialog", u"&Keine Dublette", None))
#if QT_CONFIG(tooltip)
        self.notDuplicateButton.setToolTip(QCoreApplication.translate("DuplicatesDialog", u"Diese beiden sind verschiedene Personen: das Paar wird nie wieder vorgeschlagen (r\u00fcckg\u00e4ngig mit Strg+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("DuplicatesDialog", u"Schl&ie\u00dfen", None))
    # retranslateUi

