# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(980, 680)
        ImportDialog.setMinimumSize(QSize(760, 520))
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseFileButton = QPushButton(ImportDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileLayout.addWidget(self.chooseFileButton)

        self.encodingLabel = QLabel(ImportDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.fileLayout.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(ImportDialog)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.fileLayout.addWidget(self.encodingCombo)

        self.sheetLabel = QLabel(ImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(ImportDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileLayout.addWidget(self.sheetCombo)


        self.mainLayout.addLayout(self.fileLayout)

        self.splitter = QSplitter(ImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.mappingPane = QWidget(self.splitter)
        self.mappingPane.setObjectName(u"mappingPane")
        self.mappingLayout = QVBoxLayout(self.mappingPane)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingLabel = QLabel(self.mappingPane)
        self.mappingLabel.setObjectName(u"mappingLabel")
        self.mappingLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingLabel)

        self.mappingTable = QTableWidget(self.mappingPane)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setColumnCount(3)

        self.mappingLayout.addWidget(self.mappingTable)

        self.splitter.addWidget(self.mappingPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewLabel = QLabel(self.previewPane)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewLayout.addWidget(self.previewLabel)

        self.previewTable = QTableView(self.previewPane)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        self.rowNotesLabel = QLabel(self.previewPane)
        self.rowNotesLabel.setObjectName(u"rowNotesLabel")
        self.rowNotesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.rowNotesLabel.setWordWrap(True)
        self.rowNotesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.rowNotesLabel)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceLabel = QLabel(self.previewPane)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.choiceLayout.addWidget(self.choiceLabel)

        self.skipButton = QPushButton(self.previewPane)
        self.skipButton.setObjectName(u"skipButton")

        self.choiceLayout.addWidget(self.skipButton)

        self.asNewButton = QPushButton(self.previewPane)
        self.asNewButton.setObjectName(u"asNewButton")

        self.choiceLayout.addWidget(self.asNewButton)

        self.autoButton = QPushButton(self.previewPane)
        self.autoButton.setObjectName(u"autoButton")

        self.choiceLayout.addWidget(self.autoButton)

        self.choiceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.previewLayout.addLayout(self.choiceLayout)

        self.splitter.addWidget(self.previewPane)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyNotesButton = QPushButton(ImportDialog)
        self.copyNotesButton.setObjectName(u"copyNotesButton")

        self.buttonLayout.addWidget(self.copyNotesButton)

        self.retryButton = QPushButton(ImportDialog)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonLayout.addWidget(self.retryButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseFileButton)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.mappingLabel.setBuddy(self.mappingTable)
        self.previewLabel.setBuddy(self.previewTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Kontakte importieren", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&Datei:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"vCard (.vcf), CSV oder Excel (.xlsx) w\u00e4hlen oder auf das Fenster ziehen", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportDialog", u"Datei &w\u00e4hlen \u2026", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportDialog", u"&Zeichenkodierung:", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"&Blatt:", None))
        self.mappingLabel.setText(QCoreApplication.translate("ImportDialog", u"&Spalten: erkannte Spalten sind schon zugeordnet, unbekannte bitte zuordnen. Die Zuordnung wird f\u00fcr Dateien mit denselben Spalten gemerkt.", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Spalte in der Datei", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Beispiel", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"\u00dcbernehmen als", None))
        self.previewLabel.setText(QCoreApplication.translate("ImportDialog", u"&Vorschau: was der Import mit jeder Zeile tut", None))
        self.rowNotesLabel.setText("")
        self.choiceLabel.setText(QCoreApplication.translate("ImportDialog", u"Gew\u00e4hlte Zeilen:", None))
        self.skipButton.setText(QCoreApplication.translate("ImportDialog", u"\u00dc&berspringen", None))
#if QT_CONFIG(tooltip)
        self.skipButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Die gew\u00e4hlten Zeilen nicht importieren", None))
#endif // QT_CONFIG(tooltip)
        self.asNewButton.setText(QCoreApplication.translate("ImportDialog", u"Als &neuer Kontakt", None))
#if QT_CONFIG(tooltip)
        self.asNewButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Die gew\u00e4hlten Zeilen als neue Ansprechpartner anlegen, auch wenn sie zu einem bestehenden passen", None))
#endif // QT_CONFIG(tooltip)
        self.autoButton.setText(QCoreApplication.translate("ImportDialog", u"&Automatisch zuordnen", None))
#if QT_CONFIG(tooltip)
        self.autoButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Die gew\u00e4hlten Zeilen wieder selbst zuordnen: bestehende Ansprechpartner aktualisieren, sonst neu anlegen", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.copyNotesButton.setText(QCoreApplication.translate("ImportDialog", u"Hinweise &kopieren", None))
#if QT_CONFIG(tooltip)
        self.copyNotesButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Alle Hinweise als Tabelle (Zeile, Spalte, Wert, Hinweis) in die Zwischenablage, z. B. zum Einf\u00fcgen in Excel", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("ImportDialog", u"E&rneut versuchen", None))
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Die Datei noch einmal lesen und die Vorschau noch einmal berechnen, z. B. wenn die Datenbank wieder erreichbar ist", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Importieren", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Alle Zeilen wie in der Vorschau \u00fcbernehmen \u2013 in einem Schritt, r\u00fcckg\u00e4ngig mit Strg+Z", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Abbrechen", None))
    # retranslateUi

