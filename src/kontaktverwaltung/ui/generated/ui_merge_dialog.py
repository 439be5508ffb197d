# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFrame, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QListView, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(920, 640)
        MergeDialog.setMinimumSize(QSize(760, 480))
        MergeDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(MergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(MergeDialog)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.candidatePane = QWidget(self.splitter)
        self.candidatePane.setObjectName(u"candidatePane")
        self.candidatePane.setMinimumSize(QSize(220, 0))
        self.candidateLayout = QVBoxLayout(self.candidatePane)
        self.candidateLayout.setObjectName(u"candidateLayout")
        self.candidateLayout.setContentsMargins(0, 0, 6, 0)
        self.candidateLabel = QLabel(self.candidatePane)
        self.candidateLabel.setObjectName(u"candidateLabel")

        self.candidateLayout.addWidget(self.candidateLabel)

        self.candidateFilter = QLineEdit(self.candidatePane)
        self.candidateFilter.setObjectName(u"candidateFilter")
        self.candidateFilter.setClearButtonEnabled(True)

        self.candidateLayout.addWidget(self.candidateFilter)

        self.candidateList = QListView(self.candidatePane)
        self.candidateList.setObjectName(u"candidateList")
        self.candidateList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidateList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateList.setUniformItemSizes(True)

        self.candidateLayout.addWidget(self.candidateList)

        self.candidateCount = QLabel(self.candidatePane)
        self.candidateCount.setObjectName(u"candidateCount")
        self.candidateCount.setTextFormat(Qt.TextFormat.PlainText)
        self.candidateCount.setWordWrap(True)

        self.candidateLayout.addWidget(self.candidateCount)

        self.splitter.addWidget(self.candidatePane)
        self.comparisonStack = QStackedWidget(self.splitter)
        self.comparisonStack.setObjectName(u"comparisonStack")
        self.comparisonStack.setMinimumSize(QSize(440, 0))
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setMargin(24)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.comparisonStack.addWidget(self.emptyPage)
        self.comparisonPage = QWidget()
        self.comparisonPage.setObjectName(u"comparisonPage")
        self.comparisonLayout = QVBoxLayout(self.comparisonPage)
        self.comparisonLayout.setObjectName(u"comparisonLayout")
        self.comparisonLayout.setContentsMargins(6, 0, 0, 0)
        self.survivorGroup = QGroupBox(self.comparisonPage)
        self.survivorGroup.setObjectName(u"survivorGroup")
        self.survivorLayout = QVBoxLayout(self.survivorGroup)
        self.survivorLayout.setSpacing(4)
        self.survivorLayout.setObjectName(u"survivorLayout")
        self.survivorFirstRadio = QRadioButton(self.survivorGroup)
        self.survivorFirstRadio.setObjectName(u"survivorFirstRadio")

        self.survivorLayout.addWidget(self.survivorFirstRadio)

        self.survivorSecondRadio = QRadioButton(self.survivorGroup)
        self.survivorSecondRadio.setObjectName(u"survivorSecondRadio")

        self.survivorLayout.addWidget(self.survivorSecondRadio)

        self.survivorNote = QLabel(self.survivorGroup)
        self.survivorNote.setObjectName(u"survivorNote")
        self.survivorNote.setTextFormat(Qt.TextFormat.PlainText)
        self.survivorNote.setWordWrap(True)

        self.survivorLayout.addWidget(self.survivorNote)


        self.comparisonLayout.addWidget(self.survivorGroup)

        self.comparisonScroll = QScrollArea(self.comparisonPage)
        self.comparisonScroll.setObjectName(u"comparisonScroll")
        sizePolicy.setHeightForWidth(self.comparisonScroll.sizePolicy().hasHeightForWidth())
        self.comparisonScroll.setSizePolicy(sizePolicy)
        self.comparisonScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comparisonScroll.setWidgetResizable(True)
        self.comparisonContent = QWidget()
        self.comparisonContent.setObjectName(u"comparisonContent")
        self.comparisonContentLayout = QVBoxLayout(self.comparisonContent)
        self.comparisonContentLayout.setObjectName(u"comparisonContentLayout")
        self.differencesLabel = QLabel(self.comparisonContent)
        self.differencesLabel.setObjectName(u"differencesLabel")
        self.differencesLabel.setWordWrap(True)

        self.comparisonContentLayout.addWidget(self.differencesLabel)

        self.differencesGrid = QGridLayout()
        self.differencesGrid.setObjectName(u"differencesGrid")
        self.differencesGrid.setHorizontalSpacing(12)
        self.differencesGrid.setVerticalSpacing(6)

        self.comparisonContentLayout.addLayout(self.differencesGrid)

        self.noDifferencesLabel = QLabel(self.comparisonContent)
        self.noDifferencesLabel.setObjectName(u"noDifferencesLabel")
        self.noDifferencesLabel.setWordWrap(True)

        self.comparisonContentLayout.addWidget(self.noDifferencesLabel)

        self.channelsSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.comparisonContentLayout.addItem(self.channelsSpacer)

        self.channelsLabel = QLabel(self.comparisonContent)
        self.channelsLabel.setObjectName(u"channelsLabel")
        self.channelsLabel.setWordWrap(True)

        self.comparisonContentLayout.addWidget(self.channelsLabel)

        self.channelsGrid = QGridLayout()
        self.channelsGrid.setObjectName(u"channelsGrid")
        self.channelsGrid.setHorizontalSpacing(12)
        self.channelsGrid.setVerticalSpacing(2)

        self.comparisonContentLayout.addLayout(self.channelsGrid)

        self.channelsNote = QLabel(self.comparisonContent)
        self.channelsNote.setObjectName(u"channelsNote")
        self.channelsNote.setTextFormat(Qt.TextFormat.PlainText)
        self.channelsNote.setWordWrap(True)

        self.comparisonContentLayout.addWidget(self.channelsNote)

        self.contentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.comparisonContentLayout.addItem(self.contentSpacer)

        self.comparisonScroll.setWidget(self.comparisonContent)

        self.comparisonLayout.addWidget(self.comparisonScroll)

        self.loginGroup = QGroupBox(self.comparisonPage)
        self.loginGroup.setObjectName(u"loginGroup")
        self.loginLayout = QVBoxLayout(self.loginGroup)
        self.loginLayout.setSpacing(4)
        self.loginLayout.setObjectName(u"loginLayout")
        self.loginHint = QLabel(self.loginGroup)
        self.loginHint.setObjectName(u"loginHint")
        self.loginHint.setWordWrap(True)

        self.loginLayout.addWidget(self.loginHint)

        self.loginFirstRadio = QRadioButton(self.loginGroup)
        self.loginFirstRadio.setObjectName(u"loginFirstRadio")

        self.loginLayout.addWidget(self.loginFirstRadio)

        self.loginSecondRadio = QRadioButton(self.loginGroup)
        self.loginSecondRadio.setObjectName(u"loginSecondRadio")

        self.loginLayout.addWidget(self.loginSecondRadio)

        self.loginError = QLabel(self.loginGroup)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setTextFormat(Qt.TextFormat.PlainText)
        self.loginError.setWordWrap(True)

        self.loginLayout.addWidget(self.loginError)


        self.comparisonLayout.addWidget(self.loginGroup)

        self.summaryFrame = QFrame(self.comparisonPage)
        self.summaryFrame.setObjectName(u"summaryFrame")
        self.summaryFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.summaryLayout = QVBoxLayout(self.summaryFrame)
        self.summaryLayout.setSpacing(2)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryFrame)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summaryNote = QLabel(self.summaryFrame)
        self.summaryNote.setObjectName(u"summaryNote")
        self.summaryNote.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryNote.setWordWrap(True)

        self.summaryLayout.addWidget(self.summaryNote)


        self.comparisonLayout.addWidget(self.summaryFrame)

        self.comparisonStack.addWidget(self.comparisonPage)
        self.splitter.addWidget(self.comparisonStack)

        self.mainLayout.addWidget(self.splitter)

        self.generalError = QLabel(MergeDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.candidateLabel.setBuddy(self.candidateList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.candidateFilter, self.candidateList)
        QWidget.setTabOrder(self.candidateList, self.survivorFirstRadio)
        QWidget.setTabOrder(self.survivorFirstRadio, self.survivorSecondRadio)
        QWidget.setTabOrder(self.survivorSecondRadio, self.loginFirstRadio)
        QWidget.setTabOrder(self.loginFirstRadio, self.loginSecondRadio)

        self.retranslateUi(MergeDialog)
        self.buttonBox.accepted.connect(MergeDialog.accept)
        self.buttonBox.rejected.connect(MergeDialog.reject)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Ansprechpartner zusammenf\u00fchren", None))
        self.candidateLabel.setText(QCoreApplication.translate("MergeDialog", u"&Doppelter Eintrag:", None))
#if QT_CONFIG(tooltip)
        self.candidateFilter.setToolTip(QCoreApplication.translate("MergeDialog", u"Die Liste nach Name, E-Mail-Adresse, Telefonnummer, Position oder Standort eingrenzen", None))
#endif // QT_CONFIG(tooltip)
        self.candidateFilter.setPlaceholderText(QCoreApplication.translate("MergeDialog", u"Filtern: Name, E-Mail, Telefon \u2026", None))
#if QT_CONFIG(tooltip)
        self.candidateList.setToolTip(QCoreApplication.translate("MergeDialog", u"Die anderen Ansprechpartner dieses Kunden \u2013 wahrscheinliche Duplikate zuerst, mit dem Grund", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("MergeDialog", u"Bitte links den doppelten Eintrag w\u00e4hlen.\n"
"\n"
"Danach sehen Sie hier beide Eintr\u00e4ge nebeneinander und w\u00e4hlen, welcher erhalten bleibt und welche Angaben er beh\u00e4lt.", None))
        self.survivorGroup.setTitle(QCoreApplication.translate("MergeDialog", u"Welcher Eintrag bleibt erhalten?", None))
#if QT_CONFIG(tooltip)
        self.survivorFirstRadio.setToolTip(QCoreApplication.translate("MergeDialog", u"Dieser Eintrag bleibt erhalten; der andere wird in ihn \u00fcbernommen.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.survivorSecondRadio.setToolTip(QCoreApplication.translate("MergeDialog", u"Dieser Eintrag bleibt erhalten; der andere wird in ihn \u00fcbernommen.", None))
#endif // QT_CONFIG(tooltip)
        self.differencesLabel.setText(QCoreApplication.translate("MergeDialog", u"Abweichende Angaben \u2013 je Zeile einen Wert w\u00e4hlen:", None))
        self.noDifferencesLabel.setText(QCoreApplication.translate("MergeDialog", u"Name, Position, Standort und alle anderen Angaben sind bei beiden gleich.", None))
        self.channelsLabel.setText(QCoreApplication.translate("MergeDialog", u"E-Mail-Adressen und Telefonnummern danach:", None))
        self.loginGroup.setTitle(QCoreApplication.translate("MergeDialog", u"Portalzugang", None))
        self.loginHint.setText(QCoreApplication.translate("MergeDialog", u"Beide haben einen Portalzugang. Bitte w\u00e4hlen, welcher erhalten bleibt \u2013 der andere wird entfernt.", None))
#if QT_CONFIG(tooltip)
        self.loginFirstRadio.setToolTip(QCoreApplication.translate("MergeDialog", u"Benutzername und Passwort dieses Eintrags bleiben g\u00fcltig.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.loginSecondRadio.setToolTip(QCoreApplication.translate("MergeDialog", u"Benutzername und Passwort dieses Eintrags bleiben g\u00fcltig.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

