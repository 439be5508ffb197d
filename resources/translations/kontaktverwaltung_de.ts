<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Kontaktverwaltung</source>
        <translation>Über Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Kontaktverwaltung</source>
        <translation>Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Kunden, ihre Standorte und die Ansprechpartner an jedem Standort – und wer davon sich im Kundenportal der Agentur anmelden darf.</source>
        <translation>Kunden, ihre Standorte und die Ansprechpartner an jedem Standort – und wer davon sich im Kundenportal der Agentur anmelden darf.</translation>
    </message>
    <message>
        <source>Lizenz: proprietär – © {0} Kontaktverwaltung. Alle Rechte vorbehalten.</source>
        <translation>Lizenz: proprietär – © {0} Kontaktverwaltung. Alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Datenordner:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Software:</translation>
    </message>
    <message>
        <source>&amp;Datenordner öffnen</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Den Ordner gibt es noch nicht.</source>
        <translation>Den Ordner gibt es noch nicht.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CardChannels</name>
    <message>
        <source>E-Mail schreiben</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Anrufen</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Ganze Visitenkarte als Text</source>
        <translation>Ganze Visitenkarte als Text</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>Arbeit</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>z. B. 0664 1234567</source>
        <translation>z. B. 0664 1234567</translation>
    </message>
    <message>
        <source>name@firma.at</source>
        <translation>name@firma.at</translation>
    </message>
    <message>
        <source>Art der Telefonnummer</source>
        <translation>Art der Telefonnummer</translation>
    </message>
    <message>
        <source>Art der E-Mail-Adresse</source>
        <translation>Art der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Haupt</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Hauptnummer: steht auf der Karte und wird angerufen</source>
        <translation>Hauptnummer: steht auf der Karte und wird angerufen</translation>
    </message>
    <message>
        <source>Hauptadresse: steht auf der Karte und bekommt die E-Mails</source>
        <translation>Hauptadresse: steht auf der Karte und bekommt die E-Mails</translation>
    </message>
    <message>
        <source>Diese Telefonnummer entfernen</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <source>Diese E-Mail-Adresse entfernen</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Gleichzeitig geändert</source>
        <translation>Gleichzeitig geändert</translation>
    </message>
    <message>
        <source>„{0}“ wurde inzwischen von {1} gespeichert, und dieselben Angaben haben auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular noch beides zusammenführen und speichern.</source>
        <translation>„{0}“ wurde inzwischen von {1} gespeichert, und dieselben Angaben haben auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular noch beides zusammenführen und speichern.</translation>
    </message>
    <message>
        <source>„{0}“ wurde inzwischen von jemand anderem gespeichert, und dieselben Angaben haben auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular noch beides zusammenführen und speichern.</source>
        <translation>„{0}“ wurde inzwischen von jemand anderem gespeichert, und dieselben Angaben haben auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular noch beides zusammenführen und speichern.</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Ihre Eingabe</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Inzwischen gespeichert</source>
        <translation>Inzwischen gespeichert</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContactCardDelegate</name>
    <message>
        <source>E-Mail schreiben (wird nicht in der History gespeichert)</source>
        <translation>E-Mail schreiben (wird nicht in der History gespeichert)</translation>
    </message>
    <message>
        <source>Anrufen (wird nicht in der History gespeichert)</source>
        <translation>Anrufen (wird nicht in der History gespeichert)</translation>
    </message>
    <message>
        <source>Mit einem Duplikat zusammenführen</source>
        <translation>Mit einem Duplikat zusammenführen</translation>
    </message>
    <message>
        <source>An einen anderen Standort verschieben</source>
        <translation>An einen anderen Standort verschieben</translation>
    </message>
    <message>
        <source>Ansprechpartner bearbeiten</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>Ansprechpartner löschen</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <source>Neuen Ansprechpartner an diesem Standort anlegen</source>
        <translation>Neuen Ansprechpartner an diesem Standort anlegen</translation>
    </message>
    <message>
        <source>Standort bearbeiten</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Standort löschen</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>Ansprechpartner anlegen</source>
        <translation>Ansprechpartner anlegen</translation>
    </message>
    <message>
        <source>Den ersten Ansprechpartner an diesem Standort anlegen (Strg+N)</source>
        <translation>Den ersten Ansprechpartner an diesem Standort anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Rolle: {0}</source>
        <translation>Rolle: {0}</translation>
    </message>
    <message>
        <source>Keine Kundenrolle</source>
        <translation>Keine Kundenrolle</translation>
    </message>
    <message>
        <source>Treffer: {0}</source>
        <translation>Treffer: {0}</translation>
    </message>
    <message>
        <source>keine E-Mail oder Telefonnummer</source>
        <translation>keine E-Mail oder Telefonnummer</translation>
    </message>
    <message>
        <source>ohne Grund</source>
        <translation>ohne Grund</translation>
    </message>
    <message>
        <source>Inaktiv: {0} bis {1}</source>
        <translation>Inaktiv: {0} bis {1}</translation>
    </message>
    <message>
        <source>Inaktiv: {0}</source>
        <translation>Inaktiv: {0}</translation>
    </message>
    <message>
        <source>Keine E-Mail-Adresse hinterlegt</source>
        <translation>Keine E-Mail-Adresse hinterlegt</translation>
    </message>
    <message>
        <source>Keine Telefonnummer hinterlegt</source>
        <translation>Keine Telefonnummer hinterlegt</translation>
    </message>
    <message>
        <source>Alle E-Mail-Adressen und Telefonnummern</source>
        <translation>Alle E-Mail-Adressen und Telefonnummern</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Herr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>— niemand —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>— bitte wählen —</source>
        <translation>— bitte wählen —</translation>
    </message>
    <message>
        <source>1 offenen Job</source>
        <translation>1 offenen Job</translation>
    </message>
    <message>
        <source>{0} offene Jobs</source>
        <translation>{0} offene Jobs</translation>
    </message>
    <message>
        <source>die Kundenrolle „{0}“</source>
        <translation>die Kundenrolle „{0}“</translation>
    </message>
    <message>
        <source>Die gewählte Person übernimmt {0}.</source>
        <translation>Die gewählte Person übernimmt {0}.</translation>
    </message>
    <message>
        <source>Keine Rolle gewählt.</source>
        <translation>Keine Rolle gewählt.</translation>
    </message>
    <message>
        <source>Ein Passwort ist gesetzt. Ein neues ersetzt es beim Speichern.</source>
        <translation>Ein Passwort ist gesetzt. Ein neues ersetzt es beim Speichern.</translation>
    </message>
    <message>
        <source>Leer lassen, wenn (noch) kein Portalzugang gewünscht ist.</source>
        <translation>Leer lassen, wenn (noch) kein Portalzugang gewünscht ist.</translation>
    </message>
    <message>
        <source>Passwort kopiert – es wird beim Speichern gesetzt.</source>
        <translation>Passwort kopiert – es wird beim Speichern gesetzt.</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ohne Grund</source>
        <translation>ohne Grund</translation>
    </message>
    <message>
        <source>inaktiv ({0} bis {1})</source>
        <translation>inaktiv ({0} bis {1})</translation>
    </message>
    <message>
        <source>inaktiv ({0})</source>
        <translation>inaktiv ({0})</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anre&amp;de:</source>
        <translation>Anre&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>z. B. Mag., Dr., DI</source>
        <translation>z. B. Mag., Dr., DI</translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Nachname:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>z. B. Leitung Personal</source>
        <translation>z. B. Leitung Personal</translation>
    </message>
    <message>
        <source>A&amp;bteilung:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <source>z. B. Personalabteilung</source>
        <translation>z. B. Personalabteilung</translation>
    </message>
    <message>
        <source>E-Mail und Telefon</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>E-Mail-Adressen</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>E-Mail hinzufügen</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Eine weitere E-Mail-Adresse eintragen (Strg+Umschalt+E)</source>
        <translation>Eine weitere E-Mail-Adresse eintragen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Telefonnummern</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Telefon hinzufügen</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Eine weitere Telefonnummer eintragen (Strg+Umschalt+T)</source>
        <translation>Eine weitere Telefonnummer eintragen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Im Kundenportal kann sich die Person mit ihrem Benutzernamen oder mit jeder dieser E-Mail-Adressen anmelden.</source>
        <translation>Im Kundenportal kann sich die Person mit ihrem Benutzernamen oder mit jeder dieser E-Mail-Adressen anmelden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Aktiv</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Inaktive Ansprechpartner behalten alle Verknüpfungen; ihr Portalzugang ist gesperrt.</source>
        <translation>Inaktive Ansprechpartner behalten alle Verknüpfungen; ihr Portalzugang ist gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>b&amp;is:</source>
        <translation>b&amp;is:</translation>
    </message>
    <message>
        <source>befristet</source>
        <translation>befristet</translation>
    </message>
    <message>
        <source>Mit Enddatum, z. B. Ende der Karenz</source>
        <translation>Mit Enddatum, z. B. Ende der Karenz</translation>
    </message>
    <message>
        <source>Nach&amp;folge:</source>
        <translation>Nach&amp;folge:</translation>
    </message>
    <message>
        <source>Wer übernimmt die offenen Jobs und die Kundenrolle?</source>
        <translation>Wer übernimmt die offenen Jobs und die Kundenrolle?</translation>
    </message>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
    <message>
        <source>Ben&amp;utzername:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Wird aus dem Namen erzeugt; kann geändert werden. Muss über alle Kunden eindeutig sein.</source>
        <translation>Wird aus dem Namen erzeugt; kann geändert werden. Muss über alle Kunden eindeutig sein.</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <source>Neues Pass&amp;wort:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <source>mind. 10 Zeichen</source>
        <translation>mind. 10 Zeichen</translation>
    </message>
    <message>
        <source>Ein neues Portal-Passwort; es wird beim Speichern gesetzt.</source>
        <translation>Ein neues Portal-Passwort; es wird beim Speichern gesetzt.</translation>
    </message>
    <message>
        <source>&amp;Erzeugen</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Ein sicheres, gut vorlesbares Passwort erzeugen</source>
        <translation>Ein sicheres, gut vorlesbares Passwort erzeugen</translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Das Passwort in die Zwischenablage kopieren</source>
        <translation>Das Passwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>N&amp;otizen</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Notizen zur Person, z. B. erreichbar Mo–Do vormittags</source>
        <translation>Notizen zur Person, z. B. erreichbar Mo–Do vormittags</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Neuer Ansprechpartner – {0}</source>
        <translation>Neuer Ansprechpartner – {0}</translation>
    </message>
    <message>
        <source>Ansprechpartner bearbeiten – {0}</source>
        <translation>Ansprechpartner bearbeiten – {0}</translation>
    </message>
</context>
<context>
    <name>ContactHistoryDialog</name>
    <message>
        <source>History – {0}</source>
        <translation>History – {0}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>Name und Position</source>
        <translation>Name und Position</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Telefon {0}</source>
        <translation>Telefon {0}</translation>
    </message>
    <message>
        <source>Keine Ansprechpartner an diesem Standort.</source>
        <translation>Keine Ansprechpartner an diesem Standort.</translation>
    </message>
    <message>
        <source>Kontaktblatt {0}</source>
        <translation>Kontaktblatt {0}</translation>
    </message>
    <message>
        <source>1 Standort</source>
        <translation>1 Standort</translation>
    </message>
    <message>
        <source>{0} Standorte</source>
        <translation>{0} Standorte</translation>
    </message>
    <message>
        <source>1 Ansprechpartner</source>
        <translation>1 Ansprechpartner</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner</source>
        <translation>{0} Ansprechpartner</translation>
    </message>
    <message>
        <source>Kundennummer {0} · {1} · {2} · Stand {3}</source>
        <translation>Kundennummer {0} · {1} · {2} · Stand {3}</translation>
    </message>
    <message>
        <source>Dieser Kunde hat noch keine Standorte.</source>
        <translation>Dieser Kunde hat noch keine Standorte.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Österreich</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Schweiz</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Belgien</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgarien</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Dänemark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Estland</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Finnland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Frankreich</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Griechenland</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Irland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italien</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Kroatien</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Lettland</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Litauen</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxemburg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Niederlande</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norwegen</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Polen</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Rumänien</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Schweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Serbien</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Slowakei</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Slowenien</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Spanien</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Tschechien</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Türkei</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Ungarn</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Vereinigtes Königreich</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Vereinigte Staaten</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Kundennummer</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Neuer Kunde</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Kunde bearbeiten</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>z. B. K-1024</source>
        <translation>z. B. K-1024</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>z. B. Alpenbau GmbH</source>
        <translation>z. B. Alpenbau GmbH</translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Kundennummer {0}</source>
        <translation>Kundennummer {0}</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Standorte</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>einer</comment>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>mehrere</comment>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Dokumente:</source>
        <translation>Dokumente:</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>ohne Ort</source>
        <translation>ohne Ort</translation>
    </message>
    <message>
        <source>{0}
{1} · {2} · {3} AP</source>
        <translation>{0}
{1} · {2} · {3} AP</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>einer</comment>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>mehrere</comment>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>{0}
Kundennummer {1}
{2}</source>
        <translation>{0}
Kundennummer {1}
{2}</translation>
    </message>
</context>
<context>
    <name>CustomerPages</name>
    <message>
        <source>Bitte links einen Kunden wählen.</source>
        <translation>Bitte links einen Kunden wählen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen in der Kontaktverwaltung&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen in der Kontaktverwaltung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Noch keine Kunden angelegt. Legen Sie den ersten Kunden an, importieren Sie
Ihre Kontakte (Outlook, Google, Excel, vCard) – oder laden Sie Demodaten,
um alles gefahrlos auszuprobieren.</source>
        <translation>Noch keine Kunden angelegt. Legen Sie den ersten Kunden an, importieren Sie
Ihre Kontakte (Outlook, Google, Excel, vCard) – oder laden Sie Demodaten,
um alles gefahrlos auszuprobieren.</translation>
    </message>
    <message>
        <source>Neuen Kunden anlegen</source>
        <translation>Neuen Kunden anlegen</translation>
    </message>
    <message>
        <source>Demodaten laden</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>200 erfundene Kunden mit Standorten und Ansprechpartnern anlegen</source>
        <translation>200 erfundene Kunden mit Standorten und Ansprechpartnern anlegen</translation>
    </message>
    <message>
        <source>Kontakte importieren…</source>
        <translation>Kontakte importieren…</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Kunden suchen: Name, Nummer, Ort</source>
        <translation>Kunden suchen: Name, Nummer, Ort</translation>
    </message>
    <message>
        <source>Enter oder Pfeil nach unten öffnet den ersten Treffer</source>
        <translation>Enter oder Pfeil nach unten öffnet den ersten Treffer</translation>
    </message>
    <message>
        <source>Neuer Kunde</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Einen neuen Kunden anlegen (Strg+Umschalt+N)</source>
        <translation>Einen neuen Kunden anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>{0} Kunden werden geladen …</source>
        <translation>{0} Kunden werden geladen …</translation>
    </message>
    <message>
        <source>Kunden können nicht geladen werden</source>
        <translation>Kunden können nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Die Datenbank im Benutzerordner dieses Rechners</source>
        <translation>Die Datenbank im Benutzerordner dieses Rechners</translation>
    </message>
    <message>
        <source>{0} Das Passwort wird deshalb nicht gespeichert, sondern bei jedem Start abgefragt.</source>
        <translation>{0} Das Passwort wird deshalb nicht gespeichert, sondern bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Das Passwort wird im Passwort-Tresor des Betriebssystems gespeichert.</source>
        <translation>Das Passwort wird im Passwort-Tresor des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>Datenbankdatei wählen</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Bitte zuerst die markierten Angaben ergänzen.</source>
        <translation>Bitte zuerst die markierten Angaben ergänzen.</translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <source>{0} Das Passwort wird deshalb bei jedem Start abgefragt.</source>
        <translation>{0} Das Passwort wird deshalb bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Einstellungen nicht gespeichert</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Die Einstellungen können nicht gespeichert werden ({0}).</source>
        <translation>Die Einstellungen können nicht gespeichert werden ({0}).</translation>
    </message>
    <message>
        <source>Gespeichert. Die Kontaktverwaltung öffnet die gewählte Datenbank beim nächsten Start: Bitte das Programm beenden und neu starten.</source>
        <translation>Gespeichert. Die Kontaktverwaltung öffnet die gewählte Datenbank beim nächsten Start: Bitte das Programm beenden und neu starten.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Wo liegen die Daten?</source>
        <translation>Wo liegen die Daten?</translation>
    </message>
    <message>
        <source>&amp;Lokale Datei (Standard)</source>
        <translation>&amp;Lokale Datei (Standard)</translation>
    </message>
    <message>
        <source>&amp;Andere Datei…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Pfad der Datenbankdatei, z. B. auf einem Netzlaufwerk</source>
        <translation>Pfad der Datenbankdatei, z. B. auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>Durchs&amp;uchen…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Ar&amp;t:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MariaDB/MySQL</source>
        <translation>MariaDB/MySQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>z. B. db.agentur.local oder 192.168.1.20</source>
        <translation>z. B. db.agentur.local oder 192.168.1.20</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Datenbank:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>z. B. kontakte</source>
        <translation>z. B. kontakte</translation>
    </message>
    <message>
        <source>&amp;Benutzer:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Verbindung testen</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Datei</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Hinzugefügt</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>&lt;b&gt;Notizen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notizen bearbeiten…</source>
        <translation>Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>Die Notizen stehen im Dialog „Kunde bearbeiten“</source>
        <translation>Die Notizen stehen im Dialog „Kunde bearbeiten“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dokumente&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hinzufügen…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Dateien beim Kunden ablegen – oder einfach auf die Liste ziehen</source>
        <translation>Dateien beim Kunden ablegen – oder einfach auf die Liste ziehen</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Eine Kopie im passenden Programm öffnen (Änderungen daran werden nicht gespeichert; Eingabetaste)</source>
        <translation>Eine Kopie im passenden Programm öffnen (Änderungen daran werden nicht gespeichert; Eingabetaste)</translation>
    </message>
    <message>
        <source>Speichern unter…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Das Dokument als Datei speichern</source>
        <translation>Das Dokument als Datei speichern</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Das Dokument beim Kunden entfernen (Entf; Strg+Z holt es zurück)</source>
        <translation>Das Dokument beim Kunden entfernen (Entf; Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Keine Notizen zu diesem Kunden.</source>
        <translation>Keine Notizen zu diesem Kunden.</translation>
    </message>
    <message>
        <source>Noch keine Dokumente.
Ziehen Sie Dateien hierher oder wählen Sie „Hinzufügen…“.</source>
        <translation>Noch keine Dokumente.
Ziehen Sie Dateien hierher oder wählen Sie „Hinzufügen…“.</translation>
    </message>
    <message>
        <source>Kein Kunde gewählt.</source>
        <translation>Kein Kunde gewählt.</translation>
    </message>
    <message>
        <source>1 Dokument</source>
        <translation>1 Dokument</translation>
    </message>
    <message>
        <source>{0} Dokumente</source>
        <translation>{0} Dokumente</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Dokumente für „{0}“ hinzufügen</source>
        <translation>Dokumente für „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Dokument hinzufügen</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>„{0}“ kann nicht gelesen werden: {1}</source>
        <translation>„{0}“ kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Dokument „{0}“ hinzugefügt.</source>
        <translation>Dokument „{0}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>{0} Dokumente hinzugefügt.</source>
        <translation>{0} Dokumente hinzugefügt.</translation>
    </message>
    <message>
        <source>Dokument öffnen</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Für „{0}“ ist kein Programm eingerichtet. Speichern Sie das Dokument und öffnen Sie es von dort.</source>
        <translation>Für „{0}“ ist kein Programm eingerichtet. Speichern Sie das Dokument und öffnen Sie es von dort.</translation>
    </message>
    <message>
        <source>„{0}“ speichern</source>
        <translation>„{0}“ speichern</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dokument speichern</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <source>„{0}“ kann nicht geschrieben werden: {1}</source>
        <translation>„{0}“ kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <source>Dokument „{0}“ entfernt – Strg+Z holt es zurück.</source>
        <translation>Dokument „{0}“ entfernt – Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Diesen &amp;öffnen</source>
        <translation>Diesen &amp;öffnen</translation>
    </message>
    <message>
        <source>Dieses Formular schließen und den vorhandenen Ansprechpartner bearbeiten</source>
        <translation>Dieses Formular schließen und den vorhandenen Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>Trotzdem an&amp;legen</source>
        <translation>Trotzdem an&amp;legen</translation>
    </message>
    <message>
        <source>Es ist eine andere Person: den Hinweis ausblenden und weiter erfassen</source>
        <translation>Es ist eine andere Person: den Hinweis ausblenden und weiter erfassen</translation>
    </message>
    <message>
        <source>Gibt es diese Person schon? {0} – {1}.</source>
        <translation>Gibt es diese Person schon? {0} – {1}.</translation>
    </message>
    <message>
        <source>Dazu {0} weitere ähnliche.</source>
        <translation>Dazu {0} weitere ähnliche.</translation>
    </message>
    <message>
        <source>{0} „{1}“ (eingegeben: „{2}“)</source>
        <translation>{0} „{1}“ (eingegeben: „{2}“)</translation>
    </message>
    <message>
        <source>{0} „{1}“</source>
        <translation>{0} „{1}“</translation>
    </message>
    <message>
        <source>das neue Portal-Passwort</source>
        <translation>das neue Portal-Passwort</translation>
    </message>
    <message>
        <source>Aus Ihrer Eingabe übernommen: {0}. Speichern übernimmt es, Abbrechen verwirft es nach Rückfrage.</source>
        <translation>Aus Ihrer Eingabe übernommen: {0}. Speichern übernimmt es, Abbrechen verwirft es nach Rückfrage.</translation>
    </message>
    <message>
        <source>Der Name bleibt wie gespeichert: {0}.</source>
        <translation>Der Name bleibt wie gespeichert: {0}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Ansprechpartner</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Gründe</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Benutzername: {0}</source>
        <translation>Benutzername: {0}</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Nr. {0}</source>
        <translation>Nr. {0}</translation>
    </message>
    <message>
        <source>Suche wahrscheinliche Dubletten …</source>
        <translation>Suche wahrscheinliche Dubletten …</translation>
    </message>
    <message>
        <source>Keine wahrscheinlichen Dubletten gefunden.</source>
        <translation>Keine wahrscheinlichen Dubletten gefunden.</translation>
    </message>
    <message>
        <source>1 wahrscheinliche Dublette.</source>
        <translation>1 wahrscheinliche Dublette.</translation>
    </message>
    <message>
        <source>{0} wahrscheinliche Dubletten.</source>
        <translation>{0} wahrscheinliche Dubletten.</translation>
    </message>
    <message>
        <source>Dubletten</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>&amp;Keine Dublette</source>
        <translation>&amp;Keine Dublette</translation>
    </message>
    <message>
        <source>Diese beiden sind verschiedene Personen: das Paar wird nie wieder vorgeschlagen (rückgängig mit Strg+Z)</source>
        <translation>Diese beiden sind verschiedene Personen: das Paar wird nie wieder vorgeschlagen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Möglicherweise dieselbe Person</source>
        <translation>Möglicherweise dieselbe Person</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Die Datenbank wird noch geöffnet – bitte einen Moment.</source>
        <translation>Die Datenbank wird noch geöffnet – bitte einen Moment.</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Demodaten werden angelegt …</source>
        <translation>Demodaten werden angelegt …</translation>
    </message>
    <message>
        <source>Demodaten geladen: 200 Kunden.</source>
        <translation>Demodaten geladen: 200 Kunden.</translation>
    </message>
    <message>
        <source>Standort löschen</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>„{0}“ hat noch {1} Ansprechpartner und es gibt keinen anderen Standort, zu dem sie verschoben werden könnten. Legen Sie zuerst einen an.</source>
        <translation>„{0}“ hat noch {1} Ansprechpartner und es gibt keinen anderen Standort, zu dem sie verschoben werden könnten. Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>Standort „{0}“ löschen?</source>
        <translation>Standort „{0}“ löschen?</translation>
    </message>
    <message>
        <source>löschen</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>aktivieren</source>
        <translation>aktivieren</translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Dieser Kunde hat keinen anderen Standort.</source>
        <translation>Dieser Kunde hat keinen anderen Standort.</translation>
    </message>
    <message>
        <source>verschieben</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <source>Exportiert: {0}</source>
        <translation>Exportiert: {0}</translation>
    </message>
    <message>
        <source>Import rückgängig machen</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Dieser Import ist schon rückgängig gemacht oder wird nicht mehr aufbewahrt.</source>
        <translation>Dieser Import ist schon rückgängig gemacht oder wird nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>Den Import „{0}“ vom {1} ganz zurücknehmen?

Ansprechpartner, die er angelegt hat, werden entfernt: {2}. Die er aktualisiert hat, bekommen ihre früheren Werte zurück: {3}.</source>
        <translation>Den Import „{0}“ vom {1} ganz zurücknehmen?

Ansprechpartner, die er angelegt hat, werden entfernt: {2}. Die er aktualisiert hat, bekommen ihre früheren Werte zurück: {3}.</translation>
    </message>
    <message>
        <source>Import „{0}“ zurückgenommen.</source>
        <translation>Import „{0}“ zurückgenommen.</translation>
    </message>
    <message>
        <source>Gedruckt: {0}</source>
        <translation>Gedruckt: {0}</translation>
    </message>
    <message>
        <source>Die {0} ausgewählten Ansprechpartner</source>
        <translation>Die {0} ausgewählten Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>vCard (.vcf) – Outlook, Apple, Google, Thunderbird</source>
        <translation>vCard (.vcf) – Outlook, Apple, Google, Thunderbird</translation>
    </message>
    <message>
        <source>CSV für Excel (.csv)</source>
        <translation>CSV für Excel (.csv)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>PDF-Kontaktblatt des Kunden (.pdf)</source>
        <translation>PDF-Kontaktblatt des Kunden (.pdf)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Die des Kunden „{0}“</source>
        <translation>Die des Kunden „{0}“</translation>
    </message>
    <message>
        <source>Der angezeigte Ansprechpartner</source>
        <translation>Der angezeigte Ansprechpartner</translation>
    </message>
    <message>
        <source>Die {0} angezeigten Ansprechpartner</source>
        <translation>Die {0} angezeigten Ansprechpartner</translation>
    </message>
    <message>
        <source>Das PDF-Kontaktblatt gibt es für einen Kunden: bitte zuerst einen Kunden wählen.</source>
        <translation>Das PDF-Kontaktblatt gibt es für einen Kunden: bitte zuerst einen Kunden wählen.</translation>
    </message>
    <message>
        <source>Bitte angeben, wohin exportiert wird.</source>
        <translation>Bitte angeben, wohin exportiert wird.</translation>
    </message>
    <message>
        <source>Wird exportiert …</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner exportiert: {1}</source>
        <translation>{0} Ansprechpartner exportiert: {1}</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Welche:</source>
        <translation>Welche:</translation>
    </message>
    <message>
        <source>&amp;Alle Ansprechpartner der Datenbank</source>
        <translation>&amp;Alle Ansprechpartner der Datenbank</translation>
    </message>
    <message>
        <source>Die des gewählten &amp;Kunden</source>
        <translation>Die des gewählten &amp;Kunden</translation>
    </message>
    <message>
        <source>Die &amp;angezeigten Ansprechpartner</source>
        <translation>Die &amp;angezeigten Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;vCard-Version:</source>
        <translation>&amp;vCard-Version:</translation>
    </message>
    <message>
        <source>&amp;Eine Datei je Ansprechpartner (Outlook liest nur die erste Karte einer Datei)</source>
        <translation>&amp;Eine Datei je Ansprechpartner (Outlook liest nur die erste Karte einer Datei)</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Verschieben</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Globale Suche</source>
        <translation>Globale Suche</translation>
    </message>
    <message>
        <source>Name, E-Mail, Telefonnummer, Position oder Standort – in allen Kunden</source>
        <translation>Name, E-Mail, Telefonnummer, Position oder Standort – in allen Kunden</translation>
    </message>
    <message>
        <source>Tippen Sie, um zu suchen.</source>
        <translation>Tippen Sie, um zu suchen.</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{0} (inaktiv)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
    <message>
        <source>{0} – {1}
{2} ({3}) · {4} · {5}</source>
        <translation>{0} – {1}
{2} ({3}) · {4} · {5}</translation>
    </message>
    <message>
        <source>ohne Position</source>
        <translation>ohne Position</translation>
    </message>
    <message>
        <source>keine Kontaktdaten</source>
        <translation>keine Kontaktdaten</translation>
    </message>
    <message>
        <source>Nichts gefunden zu „{0}“.</source>
        <translation>Nichts gefunden zu „{0}“.</translation>
    </message>
    <message>
        <source>{0} Treffer – es gibt mehr, bitte genauer suchen</source>
        <translation>{0} Treffer – es gibt mehr, bitte genauer suchen</translation>
    </message>
    <message>
        <source>{0} Treffer</source>
        <comment>einer</comment>
        <translation>{0} Treffer</translation>
    </message>
    <message>
        <source>{0} Treffer</source>
        <comment>mehrere</comment>
        <translation>{0} Treffer</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hilfe – Kontaktverwaltung</source>
        <translation>Hilfe – Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Tastenkürzel…</source>
        <translation>Tastenkürzel…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Wann</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History filtern: Text, Person, Art</source>
        <translation>History filtern: Text, Person, Art</translation>
    </message>
    <message>
        <source>Nur Einträge dieser Art zeigen</source>
        <translation>Nur Einträge dieser Art zeigen</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Alle Änderungen beim Kunden „{0}“</source>
        <translation>Alle Änderungen beim Kunden „{0}“</translation>
    </message>
    <message>
        <source>Änderungen an „{0}“</source>
        <translation>Änderungen an „{0}“</translation>
    </message>
    <message>
        <source>Kein Kunde gewählt.</source>
        <translation>Kein Kunde gewählt.</translation>
    </message>
    <message>
        <source>Noch keine Einträge für diesen Ansprechpartner.</source>
        <translation>Noch keine Einträge für diesen Ansprechpartner.</translation>
    </message>
    <message>
        <source>Noch keine Einträge für diesen Kunden.</source>
        <translation>Noch keine Einträge für diesen Kunden.</translation>
    </message>
    <message>
        <source>Kein Eintrag passt zum Filter.</source>
        <translation>Kein Eintrag passt zum Filter.</translation>
    </message>
    <message>
        <source>{0} von den neuesten {1} Einträgen</source>
        <translation>{0} von den neuesten {1} Einträgen</translation>
    </message>
    <message>
        <source>{0} von {1} Einträgen</source>
        <translation>{0} von {1} Einträgen</translation>
    </message>
    <message>
        <source>Die neuesten {0} Einträge</source>
        <translation>Die neuesten {0} Einträge</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{0} Einträge</source>
        <translation>{0} Einträge</translation>
    </message>
    <message>
        <source>Import rückgängig machen</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Den ganzen Import zurücknehmen: neu angelegte Ansprechpartner entfernen, aktualisierte wiederherstellen</source>
        <translation>Den ganzen Import zurücknehmen: neu angelegte Ansprechpartner entfernen, aktualisierte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adressbücher (*.vcf *.vcard *.csv *.txt *.xlsx);;Alle Dateien (*)</source>
        <translation>Adressbücher (*.vcf *.vcard *.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>UTF-8 mit BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Westeuropa)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <source>DOS (CP 850)</source>
        <translation>DOS (CP 850)</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>aktualisiert</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>überspringen</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>als neuer Kontakt</source>
        <translation>als neuer Kontakt</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Bestehender Kontakt</source>
        <translation>Bestehender Kontakt</translation>
    </message>
    <message>
        <source>Auswahl</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Noch keine Datei gewählt: „Datei wählen …“ oder eine vCard-, CSV- oder Excel-Datei auf dieses Fenster ziehen. Ein Adressbuch aus Outlook, Google, Apple oder Thunderbird wird erkannt.</source>
        <translation>Noch keine Datei gewählt: „Datei wählen …“ oder eine vCard-, CSV- oder Excel-Datei auf dieses Fenster ziehen. Ein Adressbuch aus Outlook, Google, Apple oder Thunderbird wird erkannt.</translation>
    </message>
    <message>
        <source>Datei für den Import wählen</source>
        <translation>Datei für den Import wählen</translation>
    </message>
    <message>
        <source>Datei wird gelesen …</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <source>automatisch: {0}</source>
        <translation>automatisch: {0}</translation>
    </message>
    <message>
        <source>Unbekannte Spalte: bitte zuordnen, sonst wird sie nicht übernommen.</source>
        <translation>Unbekannte Spalte: bitte zuordnen, sonst wird sie nicht übernommen.</translation>
    </message>
    <message>
        <source>Vorschau wird berechnet …</source>
        <translation>Vorschau wird berechnet …</translation>
    </message>
    <message>
        <source>Vorschau der ersten {0} von {1} Zeilen; die übrigen werden geprüft …</source>
        <translation>Vorschau der ersten {0} von {1} Zeilen; die übrigen werden geprüft …</translation>
    </message>
    <message>
        <source>{0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise.</source>
        <translation>{0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise.</translation>
    </message>
    <message>
        <source>Import läuft …</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>Import abgebrochen – es wurde nichts geändert.</source>
        <translation>Import abgebrochen – es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import wird abgebrochen …</source>
        <translation>Import wird abgebrochen …</translation>
    </message>
    <message>
        <source>Kontakte importieren</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>vCard (.vcf), CSV oder Excel (.xlsx) wählen oder auf das Fenster ziehen</source>
        <translation>vCard (.vcf), CSV oder Excel (.xlsx) wählen oder auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Datei &amp;wählen …</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Zeichenkodierung:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Blatt:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>&amp;Spalten: erkannte Spalten sind schon zugeordnet, unbekannte bitte zuordnen. Die Zuordnung wird für Dateien mit denselben Spalten gemerkt.</source>
        <translation>&amp;Spalten: erkannte Spalten sind schon zugeordnet, unbekannte bitte zuordnen. Die Zuordnung wird für Dateien mit denselben Spalten gemerkt.</translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Beispiel</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Übernehmen als</source>
        <translation>Übernehmen als</translation>
    </message>
    <message>
        <source>&amp;Vorschau: was der Import mit jeder Zeile tut</source>
        <translation>&amp;Vorschau: was der Import mit jeder Zeile tut</translation>
    </message>
    <message>
        <source>Gewählte Zeilen:</source>
        <translation>Gewählte Zeilen:</translation>
    </message>
    <message>
        <source>Ü&amp;berspringen</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Als &amp;neuer Kontakt</source>
        <translation>Als &amp;neuer Kontakt</translation>
    </message>
    <message>
        <source>&amp;Automatisch zuordnen</source>
        <translation>&amp;Automatisch zuordnen</translation>
    </message>
    <message>
        <source>E&amp;rneut versuchen</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Die Datei noch einmal lesen und die Vorschau noch einmal berechnen, z. B. wenn die Datenbank wieder erreichbar ist</source>
        <translation>Die Datei noch einmal lesen und die Vorschau noch einmal berechnen, z. B. wenn die Datenbank wieder erreichbar ist</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Kontakt-ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>„{0}“: {1}</source>
        <translation>„{0}“: {1}</translation>
    </message>
    <message>
        <source>Zeile {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Ergebnis: was der Import mit jeder Zeile getan hat</source>
        <translation>&amp;Ergebnis: was der Import mit jeder Zeile getan hat</translation>
    </message>
    <message>
        <source>Importiert: {0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise. Rückgängig mit Strg+Z im Hauptfenster, später mit „Import rückgängig machen“ in der History des Kunden.</source>
        <translation>Importiert: {0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise. Rückgängig mit Strg+Z im Hauptfenster, später mit „Import rückgängig machen“ in der History des Kunden.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Die gewählten Zeilen nicht importieren</source>
        <translation>Die gewählten Zeilen nicht importieren</translation>
    </message>
    <message>
        <source>Die gewählten Zeilen als neue Ansprechpartner anlegen, auch wenn sie zu einem bestehenden passen</source>
        <translation>Die gewählten Zeilen als neue Ansprechpartner anlegen, auch wenn sie zu einem bestehenden passen</translation>
    </message>
    <message>
        <source>Die gewählten Zeilen wieder selbst zuordnen: bestehende Ansprechpartner aktualisieren, sonst neu anlegen</source>
        <translation>Die gewählten Zeilen wieder selbst zuordnen: bestehende Ansprechpartner aktualisieren, sonst neu anlegen</translation>
    </message>
    <message>
        <source>Alle Zeilen wie in der Vorschau übernehmen – in einem Schritt, rückgängig mit Strg+Z</source>
        <translation>Alle Zeilen wie in der Vorschau übernehmen – in einem Schritt, rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{0} Hinweise kopiert</source>
        <translation>{0} Hinweise kopiert</translation>
    </message>
    <message>
        <source>Hinweise &amp;kopieren</source>
        <translation>Hinweise &amp;kopieren</translation>
    </message>
    <message>
        <source>Alle Hinweise als Tabelle (Zeile, Spalte, Wert, Hinweis) in die Zwischenablage, z. B. zum Einfügen in Excel</source>
        <translation>Alle Hinweise als Tabelle (Zeile, Spalte, Wert, Hinweis) in die Zwischenablage, z. B. zum Einfügen in Excel</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Neuer Job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>&amp;Jobtitel:</source>
        <translation>&amp;Jobtitel:</translation>
    </message>
    <message>
        <source>z. B. Buchhalter/in Teilzeit</source>
        <translation>z. B. Buchhalter/in Teilzeit</translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Der Ansprechpartner des Kunden, der für diesen Job zuständig ist</source>
        <translation>Der Ansprechpartner des Kunden, der für diesen Job zuständig ist</translation>
    </message>
    <message>
        <source>&amp;Freigabe für Portale</source>
        <translation>&amp;Freigabe für Portale</translation>
    </message>
    <message>
        <source>Freigegebene Jobs sehen die Ansprechpartner im Kundenportal (je nach Kundenrolle). Portal-Passwörter lassen sich erst setzen, wenn ein Job des Kunden freigegeben ist.</source>
        <translation>Freigegebene Jobs sehen die Ansprechpartner im Kundenportal (je nach Kundenrolle). Portal-Passwörter lassen sich erst setzen, wenn ein Job des Kunden freigegeben ist.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Freigabe für Portale</source>
        <translation>Freigabe für Portale</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>freigegeben</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>nicht freigegeben</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Für die Portale freigegeben. Klick, Leertaste oder Doppelklick nimmt die Freigabe zurück.</source>
        <translation>Für die Portale freigegeben. Klick, Leertaste oder Doppelklick nimmt die Freigabe zurück.</translation>
    </message>
    <message>
        <source>Nicht freigegeben. Klick, Leertaste oder Doppelklick gibt den Job für die Portale frei.</source>
        <translation>Nicht freigegeben. Klick, Leertaste oder Doppelklick gibt den Job für die Portale frei.</translation>
    </message>
    <message>
        <source>Freigegeben am {0} um {1}</source>
        <translation>Freigegeben am {0} um {1}</translation>
    </message>
    <message>
        <source>Offen: wird besetzt</source>
        <translation>Offen: wird besetzt</translation>
    </message>
    <message>
        <source>Geschlossen: erscheint nicht mehr im Kundenportal</source>
        <translation>Geschlossen: erscheint nicht mehr im Kundenportal</translation>
    </message>
    <message>
        <source>Niemand ist für diesen Job verantwortlich</source>
        <translation>Niemand ist für diesen Job verantwortlich</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Noch kein Job für die Portale freigegeben – Portal-Passwörter können erst gesetzt werden, wenn mindestens ein Job freigegeben ist.</source>
        <translation>Noch kein Job für die Portale freigegeben – Portal-Passwörter können erst gesetzt werden, wenn mindestens ein Job freigegeben ist.</translation>
    </message>
    <message>
        <source>Noch keine Jobs für diesen Kunden.</source>
        <translation>Noch keine Jobs für diesen Kunden.</translation>
    </message>
    <message>
        <source>— niemand —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>Für Portale freigeben</source>
        <translation>Für Portale freigeben</translation>
    </message>
    <message>
        <source>Freigabe zurücknehmen</source>
        <translation>Freigabe zurücknehmen</translation>
    </message>
    <message>
        <source>Job schließen</source>
        <translation>Job schließen</translation>
    </message>
    <message>
        <source>Job wieder öffnen</source>
        <translation>Job wieder öffnen</translation>
    </message>
    <message>
        <source>Neuer Job…</source>
        <translation>Neuer Job…</translation>
    </message>
    <message>
        <source>Einen neuen Job für diesen Kunden anlegen</source>
        <translation>Einen neuen Job für diesen Kunden anlegen</translation>
    </message>
    <message>
        <source>nicht freigegeben</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Kein Kunde gewählt.</source>
        <translation>Kein Kunde gewählt.</translation>
    </message>
    <message>
        <source>{0}, davon {1} freigegeben</source>
        <translation>{0}, davon {1} freigegeben</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Erst einen Job in der Liste wählen</source>
        <translation>Erst einen Job in der Liste wählen</translation>
    </message>
    <message>
        <source>„{0}“ ist für die Portale freigegeben. Die Freigabe zurücknehmen (Leertaste)</source>
        <translation>„{0}“ ist für die Portale freigegeben. Die Freigabe zurücknehmen (Leertaste)</translation>
    </message>
    <message>
        <source>„{0}“ für die Portale freigeben (Leertaste)</source>
        <translation>„{0}“ für die Portale freigeben (Leertaste)</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Der Kunde „{0}“ wurde an einem anderen Arbeitsplatz gelöscht.</source>
        <translation>Der Kunde „{0}“ wurde an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>„{0}“ wurde an einem anderen Arbeitsplatz entfernt.</source>
        <translation>„{0}“ wurde an einem anderen Arbeitsplatz entfernt.</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner wurden an einem anderen Arbeitsplatz entfernt.</source>
        <translation>{0} Ansprechpartner wurden an einem anderen Arbeitsplatz entfernt.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Neuer Standort</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Standort bearbeiten</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>z. B. Zentrale Wien</source>
        <translation>z. B. Zentrale Wien</translation>
    </message>
    <message>
        <source>S&amp;traße:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <source>z. B. Ringstraße 1</source>
        <translation>z. B. Ringstraße 1</translation>
    </message>
    <message>
        <source>&amp;PLZ:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <source>z. B. 1010</source>
        <translation>z. B. 1010</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>z. B. Wien</source>
        <translation>z. B. Wien</translation>
    </message>
    <message>
        <source>&amp;Land:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Das Land des Standorts: Telefonnummern ohne Ländervorwahl werden hier gelesen</source>
        <translation>Das Land des Standorts: Telefonnummern ohne Ländervorwahl werden hier gelesen</translation>
    </message>
    <message>
        <source>T&amp;elefon:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>z. B. 01 234 56 78</source>
        <translation>z. B. 01 234 56 78</translation>
    </message>
</context>
<context>
    <name>LocationPanel</name>
    <message>
        <source>Ansprechpartner suchen: Name, E-Mail, Telefon, Position, Standort (Strg+F)</source>
        <translation>Ansprechpartner suchen: Name, E-Mail, Telefon, Position, Standort (Strg+F)</translation>
    </message>
    <message>
        <source>Einen neuen Standort für diesen Kunden anlegen (Strg+Umschalt+L)</source>
        <translation>Einen neuen Standort für diesen Kunden anlegen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Deaktivierte Ansprechpartner (Karenz, ausgeschieden …) nicht als Visitenkarten zeigen</source>
        <translation>Deaktivierte Ansprechpartner (Karenz, ausgeschieden …) nicht als Visitenkarten zeigen</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Kunde kann nicht geöffnet werden</source>
        <translation>Kunde kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{0} von {1} Ansprechpartnern passen zu „{2}“</source>
        <translation>{0} von {1} Ansprechpartnern passen zu „{2}“</translation>
    </message>
    <message>
        <source>Bisher passen {0} Ansprechpartner zu „{1}“ – {2} von {3} geladen …</source>
        <translation>Bisher passen {0} Ansprechpartner zu „{1}“ – {2} von {3} geladen …</translation>
    </message>
    <message>
        <source>Dieser Kunde hat noch keinen Standort. Legen Sie mit „Neuer Standort“ den ersten an.</source>
        <translation>Dieser Kunde hat noch keinen Standort. Legen Sie mit „Neuer Standort“ den ersten an.</translation>
    </message>
    <message>
        <source>Bisher passt kein Ansprechpartner zu „{0}“ – {1} von {2} geladen, die Suche läuft weiter …</source>
        <translation>Bisher passt kein Ansprechpartner zu „{0}“ – {1} von {2} geladen, die Suche läuft weiter …</translation>
    </message>
    <message>
        <source>Kein Ansprechpartner passt zu „{0}“.</source>
        <translation>Kein Ansprechpartner passt zu „{0}“.</translation>
    </message>
    <message>
        <source>Visitenkarte von {0} kopiert</source>
        <translation>Visitenkarte von {0} kopiert</translation>
    </message>
    <message>
        <source>D&amp;okumente und Notizen</source>
        <translation>D&amp;okumente und Notizen</translation>
    </message>
    <message>
        <source>&amp;Standorte und Ansprechpartner</source>
        <translation>&amp;Standorte und Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Neuer Standort</source>
        <translation>&amp;Neuer Standort</translation>
    </message>
    <message>
        <source>&amp;Inaktive ausblenden</source>
        <translation>&amp;Inaktive ausblenden</translation>
    </message>
    <message>
        <source>Ersten Standort an&amp;legen…</source>
        <translation>Ersten Standort an&amp;legen…</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>His&amp;tory</translation>
    </message>
</context>
<context>
    <name>LocationRow</name>
    <message>
        <source>An welchem Standort des Kunden die Person arbeitet</source>
        <translation>An welchem Standort des Kunden die Person arbeitet</translation>
    </message>
    <message>
        <source>Standort:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Beim Speichern wird die Person an diesen Standort verschoben; Jobs und History bleiben bei ihr.</source>
        <translation>Beim Speichern wird die Person an diesen Standort verschoben; Jobs und History bleiben bei ihr.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontaktverwaltung – {0}[*]</source>
        <translation>Kontaktverwaltung – {0}[*]</translation>
    </message>
    <message>
        <source>Datenbank: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <source>Der Datenbankserver antwortet nicht. Die Ansicht zeigt den letzten Stand; was Sie in einem Formular eingeben, bleibt erhalten. Die Verbindung wird alle zwei Sekunden neu versucht.</source>
        <translation>Der Datenbankserver antwortet nicht. Die Ansicht zeigt den letzten Stand; was Sie in einem Formular eingeben, bleibt erhalten. Die Verbindung wird alle zwei Sekunden neu versucht.</translation>
    </message>
    <message>
        <source>Bitte links einen Kunden wählen.</source>
        <translation>Bitte links einen Kunden wählen.</translation>
    </message>
    <message>
        <source>Ein Kunde passt zu „{0}“. Enter öffnet ihn.</source>
        <translation>Ein Kunde passt zu „{0}“. Enter öffnet ihn.</translation>
    </message>
    <message>
        <source>{0} Kunden passen zu „{1}“. Enter öffnet den ersten, die Pfeiltasten wählen einen anderen.</source>
        <translation>{0} Kunden passen zu „{1}“. Enter öffnet den ersten, die Pfeiltasten wählen einen anderen.</translation>
    </message>
    <message>
        <source>Kein Kunde passt zu „{0}“.</source>
        <translation>Kein Kunde passt zu „{0}“.</translation>
    </message>
    <message>
        <source>Datenbank wird geöffnet: {0} …</source>
        <translation>Datenbank wird geöffnet: {0} …</translation>
    </message>
    <message>
        <source>Die Datenbank {0} konnte nicht geöffnet werden.</source>
        <translation>Die Datenbank {0} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Datenbankserver steht wieder.</source>
        <translation>Die Verbindung zum Datenbankserver steht wieder.</translation>
    </message>
    <message>
        <source>Keine Verbindung zum Datenbankserver – neuer Versuch läuft …</source>
        <translation>Keine Verbindung zum Datenbankserver – neuer Versuch läuft …</translation>
    </message>
</context>
<context>
    <name>Meldungen</name>
    <message>
        <source>Die Bezeichnung darf höchstens {limit} Zeichen haben.</source>
        <translation>Die Bezeichnung darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobil</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>„{text}“ ist keine gültige Telefonnummer. Bitte mit Vorwahl eingeben, z. B. 0664 1234567 oder +49 30 1234567.</source>
        <translation>„{text}“ ist keine gültige Telefonnummer. Bitte mit Vorwahl eingeben, z. B. 0664 1234567 oder +49 30 1234567.</translation>
    </message>
    <message>
        <source>„{text}“ ist keine gültige E-Mail-Adresse (Beispiel: name@firma.at).</source>
        <translation>„{text}“ ist keine gültige E-Mail-Adresse (Beispiel: name@firma.at).</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Herr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>Karenz</source>
        <translation>Karenz</translation>
    </message>
    <message>
        <source>Elternzeit</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <source>Mutterschutz</source>
        <translation>Mutterschutz</translation>
    </message>
    <message>
        <source>Mutterschaftsurlaub</source>
        <translation>Mutterschaftsurlaub</translation>
    </message>
    <message>
        <source>Bildungskarenz</source>
        <translation>Bildungskarenz</translation>
    </message>
    <message>
        <source>Krankheit</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Ausgeschieden</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kundenrolle</source>
        <translation>Kundenrolle</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Kontaktdaten</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bitte einen Nachnamen oder Vornamen eingeben.</source>
        <translation>Bitte einen Nachnamen oder Vornamen eingeben.</translation>
    </message>
    <message>
        <source>Bitte einen Standort wählen.</source>
        <translation>Bitte einen Standort wählen.</translation>
    </message>
    <message>
        <source>Das „bis“-Datum liegt in der Vergangenheit.</source>
        <translation>Das „bis“-Datum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Höchstens {limit} Zeichen erlaubt.</source>
        <translation>Höchstens {limit} Zeichen erlaubt.</translation>
    </message>
    <message>
        <source>Bitte Herr, Frau, divers oder keine Anrede wählen.</source>
        <translation>Bitte Herr, Frau, divers oder keine Anrede wählen.</translation>
    </message>
    <message>
        <source>gleiche E-Mail-Adresse</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>gleiche Telefonnummer</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>gleicher Name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>gleich klingender Name</source>
        <translation>gleich klingender Name</translation>
    </message>
    <message>
        <source>ähnlicher Name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>Keine Verbindung zum Datenbankserver. Es wurde nichts gespeichert; Ihre Eingaben bleiben erhalten. Die Kontaktverwaltung verbindet sich von selbst wieder.</source>
        <translation>Keine Verbindung zum Datenbankserver. Es wurde nichts gespeichert; Ihre Eingaben bleiben erhalten. Die Kontaktverwaltung verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>Kunde angelegt</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>Kunde bearbeitet</source>
        <translation>Kunde bearbeitet</translation>
    </message>
    <message>
        <source>Dokument hinzugefügt</source>
        <translation>Dokument hinzugefügt</translation>
    </message>
    <message>
        <source>Standort angelegt</source>
        <translation>Standort angelegt</translation>
    </message>
    <message>
        <source>Standort bearbeitet</source>
        <translation>Standort bearbeitet</translation>
    </message>
    <message>
        <source>Standort gelöscht</source>
        <translation>Standort gelöscht</translation>
    </message>
    <message>
        <source>Passwort gesetzt</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>Benutzername geändert</source>
        <translation>Benutzername geändert</translation>
    </message>
    <message>
        <source>An Nachfolger übergeben</source>
        <translation>An Nachfolger übergeben</translation>
    </message>
    <message>
        <source>Job angelegt</source>
        <translation>Job angelegt</translation>
    </message>
    <message>
        <source>Job für Portale freigegeben</source>
        <translation>Job für Portale freigegeben</translation>
    </message>
    <message>
        <source>Job-Freigabe zurückgenommen</source>
        <translation>Job-Freigabe zurückgenommen</translation>
    </message>
    <message>
        <source>Job bearbeitet</source>
        <translation>Job bearbeitet</translation>
    </message>
    <message>
        <source>Als „kein Duplikat“ markiert</source>
        <translation>Als „kein Duplikat“ markiert</translation>
    </message>
    <message>
        <source>Kundenrolle ersetzt</source>
        <translation>Kundenrolle ersetzt</translation>
    </message>
    <message>
        <source>Importiert</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Die Datei lässt sich nicht öffnen: {detail}</source>
        <translation>Die Datei lässt sich nicht öffnen: {detail}</translation>
    </message>
    <message>
        <source>– nicht übernehmen –</source>
        <translation>– nicht übernehmen –</translation>
    </message>
    <message>
        <source>Kontakt-ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Firma (Kunde)</source>
        <translation>Firma (Kunde)</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Straße (Zusatz)</source>
        <translation>Straße (Zusatz)</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Weitere Vornamen</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Name (ganz)</source>
        <translation>Name (ganz)</translation>
    </message>
    <message>
        <source>E-Mail (Arbeit)</source>
        <translation>E-Mail (Arbeit)</translation>
    </message>
    <message>
        <source>E-Mail (privat)</source>
        <translation>E-Mail (privat)</translation>
    </message>
    <message>
        <source>E-Mail (sonstige)</source>
        <translation>E-Mail (sonstige)</translation>
    </message>
    <message>
        <source>E-Mail-Typ</source>
        <translation>E-Mail-Typ</translation>
    </message>
    <message>
        <source>Telefon (privat)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Telefon (sonstige)</source>
        <translation>Telefon (sonstige)</translation>
    </message>
    <message>
        <source>Fax (privat)</source>
        <translation>Fax (privat)</translation>
    </message>
    <message>
        <source>Telefon-Typ</source>
        <translation>Telefon-Typ</translation>
    </message>
    <message>
        <source>Die Datei ist leer.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Textdatei (CSV) – bitte eine CSV-, vCard- oder Excel-Datei wählen.</source>
        <translation>Die Datei ist keine Textdatei (CSV) – bitte eine CSV-, vCard- oder Excel-Datei wählen.</translation>
    </message>
    <message>
        <source>Die Datei enthält nur die Kopfzeile, keine Kontakte.</source>
        <translation>Die Datei enthält nur die Kopfzeile, keine Kontakte.</translation>
    </message>
    <message>
        <source>Die Datei ist größer als 200 MB.</source>
        <translation>Die Datei ist größer als 200 MB.</translation>
    </message>
    <message>
        <source>In der Datei sind keine Spalten zu erkennen (Trennzeichen ; , Tabulator oder |).</source>
        <translation>In der Datei sind keine Spalten zu erkennen (Trennzeichen ; , Tabulator oder |).</translation>
    </message>
    <message>
        <source>Die Datei passt nicht zur Zeichenkodierung {encoding}.</source>
        <translation>Die Datei passt nicht zur Zeichenkodierung {encoding}.</translation>
    </message>
    <message>
        <source>„{value}“ ist keine Kontakt-ID (eine Zahl).</source>
        <translation>„{value}“ ist keine Kontakt-ID (eine Zahl).</translation>
    </message>
    <message>
        <source>Exchange-Adresse (Typ EX) ohne E-Mail-Adresse – nicht übernommen.</source>
        <translation>Exchange-Adresse (Typ EX) ohne E-Mail-Adresse – nicht übernommen.</translation>
    </message>
    <message>
        <source>Die Datei ist keine vCard-Datei (BEGIN:VCARD fehlt).</source>
        <translation>Die Datei ist keine vCard-Datei (BEGIN:VCARD fehlt).</translation>
    </message>
    <message>
        <source>Die vCard-Datei ist beschädigt: {detail}</source>
        <translation>Die vCard-Datei ist beschädigt: {detail}</translation>
    </message>
    <message>
        <source>Die vCard-Datei enthält keine Kontakte.</source>
        <translation>Die vCard-Datei enthält keine Kontakte.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt.</source>
        <translation>Die Datei ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt.</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe hat kein Blatt „{sheet}“.</source>
        <translation>Die Arbeitsmappe hat kein Blatt „{sheet}“.</translation>
    </message>
    <message>
        <source>Abweichend vom Vorschlag: Der andere Eintrag ist älter (angelegt am {other}, der gewählte am {day}).</source>
        <translation>Abweichend vom Vorschlag: Der andere Eintrag ist älter (angelegt am {other}, der gewählte am {day}).</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere aktive Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).</source>
        <translation>Vorschlag: Der ältere aktive Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).</source>
        <translation>Vorschlag: Der ältere Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).</translation>
    </message>
    <message>
        <source>Abweichend vom Vorschlag: Der gewählte Eintrag ist inaktiv, der andere aktiv.</source>
        <translation>Abweichend vom Vorschlag: Der gewählte Eintrag ist inaktiv, der andere aktiv.</translation>
    </message>
    <message>
        <source>Abweichend vom Vorschlag: Der andere Eintrag wurde am selben Tag ({other}) früher angelegt.</source>
        <translation>Abweichend vom Vorschlag: Der andere Eintrag wurde am selben Tag ({other}) früher angelegt.</translation>
    </message>
    <message>
        <source>Vorschlag: Der aktive Eintrag bleibt erhalten, der andere ist inaktiv.</source>
        <translation>Vorschlag: Der aktive Eintrag bleibt erhalten, der andere ist inaktiv.</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere aktive Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).</source>
        <translation>Vorschlag: Der ältere aktive Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).</source>
        <translation>Vorschlag: Der ältere Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).</translation>
    </message>
    <message>
        <source>.</source>
        <comment>Tausendertrennzeichen in Zahlen wie 196.599</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>{a} und {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <source>Inaktiv – Portalzugang gesperrt</source>
        <translation>Inaktiv – Portalzugang gesperrt</translation>
    </message>
    <message>
        <source>Kein Passwort gesetzt</source>
        <translation>Kein Passwort gesetzt</translation>
    </message>
    <message>
        <source>Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist</source>
        <translation>Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist</translation>
    </message>
    <message>
        <source>Kein Job mehr für Portale freigegeben – Portalzugang ruht</source>
        <translation>Kein Job mehr für Portale freigegeben – Portalzugang ruht</translation>
    </message>
    <message>
        <source>Portal: ruht (kein Job freigegeben)</source>
        <translation>Portal: ruht (kein Job freigegeben)</translation>
    </message>
    <message>
        <source>Portal: gesperrt (inaktiv)</source>
        <translation>Portal: gesperrt (inaktiv)</translation>
    </message>
    <message>
        <source>Portal: kein Passwort</source>
        <translation>Portal: kein Passwort</translation>
    </message>
    <message>
        <source>Portal: noch kein Job freigegeben</source>
        <translation>Portal: noch kein Job freigegeben</translation>
    </message>
    <message>
        <source>Portal: Zugang ruht</source>
        <translation>Portal: Zugang ruht</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>Kundenrolle</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Standortleitung</source>
        <comment>Kundenrolle</comment>
        <translation>Standortleitung</translation>
    </message>
    <message>
        <source>Personalabteilung</source>
        <comment>Kundenrolle</comment>
        <translation>Personalabteilung</translation>
    </message>
    <message>
        <source>Nur Kontakt</source>
        <comment>Kundenrolle</comment>
        <translation>Nur Kontakt</translation>
    </message>
    <message>
        <source>Sieht {jobs} und {applicants}.</source>
        <translation>Sieht {jobs} und {applicants}.</translation>
    </message>
    <message>
        <source>Kann sich im Kundenportal anmelden</source>
        <translation>Kann sich im Kundenportal anmelden</translation>
    </message>
    <message>
        <source>Portal: Anmeldung möglich</source>
        <translation>Portal: Anmeldung möglich</translation>
    </message>
    <message>
        <source>keine Jobs</source>
        <translation>keine Jobs</translation>
    </message>
    <message>
        <source>eigene Jobs</source>
        <translation>eigene Jobs</translation>
    </message>
    <message>
        <source>Jobs des eigenen Standorts</source>
        <translation>Jobs des eigenen Standorts</translation>
    </message>
    <message>
        <source>alle Jobs des Kunden</source>
        <translation>alle Jobs des Kunden</translation>
    </message>
    <message>
        <source>keine Bewerberdaten</source>
        <translation>keine Bewerberdaten</translation>
    </message>
    <message>
        <source>anonymisierte Bewerberdaten</source>
        <translation>anonymisierte Bewerberdaten</translation>
    </message>
    <message>
        <source>vollständige Bewerberdaten</source>
        <translation>vollständige Bewerberdaten</translation>
    </message>
    <message>
        <source>{count:n} Job</source>
        <translation>{count:n} Job</translation>
    </message>
    <message>
        <source>{count:n} Jobs</source>
        <translation>{count:n} Jobs</translation>
    </message>
    <message>
        <source>{count:n} History-Eintrag</source>
        <translation>{count:n} History-Eintrag</translation>
    </message>
    <message>
        <source>{count:n} History-Einträge</source>
        <translation>{count:n} History-Einträge</translation>
    </message>
    <message>
        <source>{count:n} Portalzugang</source>
        <translation>{count:n} Portalzugang</translation>
    </message>
    <message>
        <source>{count:n} Portalzugänge</source>
        <translation>{count:n} Portalzugänge</translation>
    </message>
    <message>
        <source>Übernommen werden: {taken}</source>
        <translation>Übernommen werden: {taken}</translation>
    </message>
    <message>
        <source>Es gibt keine Jobs, History oder Portalzugang zu übernehmen</source>
        <translation>Es gibt keine Jobs, History oder Portalzugang zu übernehmen</translation>
    </message>
    <message>
        <source>Enthält ein Steuerzeichen (z. B. aus einer kopierten Tabelle), das nicht gespeichert werden kann.</source>
        <translation>Enthält ein Steuerzeichen (z. B. aus einer kopierten Tabelle), das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Zeilenumbrüche und Tabulatoren sind hier nicht erlaubt.</source>
        <translation>Zeilenumbrüche und Tabulatoren sind hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichenpaar), das nicht gespeichert werden kann.</source>
        <translation>Enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichenpaar), das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Enthält ein unsichtbares Zeichen, das die Schreibrichtung umkehrt. Bitte den Text neu eintippen.</source>
        <translation>Enthält ein unsichtbares Zeichen, das die Schreibrichtung umkehrt. Bitte den Text neu eintippen.</translation>
    </message>
    <message>
        <source>Enthält nur unsichtbare Zeichen.</source>
        <translation>Enthält nur unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>Bitte einen Benutzernamen eingeben.</source>
        <translation>Bitte einen Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>Ein Benutzername darf kein @ enthalten – die Anmeldung mit E-Mail-Adresse geht ohnehin.</source>
        <translation>Ein Benutzername darf kein @ enthalten – die Anmeldung mit E-Mail-Adresse geht ohnehin.</translation>
    </message>
    <message>
        <source>Der Benutzername braucht {min_length} bis {max_length} Zeichen: Kleinbuchstaben a–z, Ziffern, Punkt, Binde- oder Unterstrich, ohne Umlaute.</source>
        <translation>Der Benutzername braucht {min_length} bis {max_length} Zeichen: Kleinbuchstaben a–z, Ziffern, Punkt, Binde- oder Unterstrich, ohne Umlaute.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung: Die Datei gibt es noch nicht, sie wird beim ersten Öffnen angelegt.</source>
        <translation>Verbindung in Ordnung: Die Datei gibt es noch nicht, sie wird beim ersten Öffnen angelegt.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung: Die Datenbank ist leer, das Schema wird beim ersten Öffnen angelegt.</source>
        <translation>Verbindung in Ordnung: Die Datenbank ist leer, das Schema wird beim ersten Öffnen angelegt.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung (Schema {version}): Die Datenbank wird beim Öffnen auf Schema {latest} aktualisiert.</source>
        <translation>Verbindung in Ordnung (Schema {version}): Die Datenbank wird beim Öffnen auf Schema {latest} aktualisiert.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung (Schema {version})</source>
        <translation>Verbindung in Ordnung (Schema {version})</translation>
    </message>
    <message>
        <source>„{shown}“ gehört schon einem anderen Ansprechpartner mit Portalzugang – die Anmeldung mit dieser Adresse wäre nicht eindeutig.</source>
        <translation>„{shown}“ gehört schon einem anderen Ansprechpartner mit Portalzugang – die Anmeldung mit dieser Adresse wäre nicht eindeutig.</translation>
    </message>
    <message>
        <source>{handed} von „{name}“ an „{successor}“ übergeben</source>
        <translation>{handed} von „{name}“ an „{successor}“ übergeben</translation>
    </message>
    <message>
        <source>Eine verknüpfte Angabe (z. B. die Rolle oder der Standort) wurde inzwischen von jemand anderem gelöscht. Es wurde nichts gespeichert.</source>
        <translation>Eine verknüpfte Angabe (z. B. die Rolle oder der Standort) wurde inzwischen von jemand anderem gelöscht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ anlegen</source>
        <translation>Ansprechpartner „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ bearbeiten</source>
        <translation>Ansprechpartner „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Das geht nur innerhalb desselben Kunden.</source>
        <translation>Das geht nur innerhalb desselben Kunden.</translation>
    </message>
    <message>
        <source>{count:n} offener Job</source>
        <translation>{count:n} offener Job</translation>
    </message>
    <message>
        <source>{count:n} offene Jobs</source>
        <translation>{count:n} offene Jobs</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ verschieben</source>
        <translation>Ansprechpartner „{name}“ verschieben</translation>
    </message>
    <message>
        <source>Der Benutzername „{username}“ ist schon vergeben. Vorschlag: {suggestion}</source>
        <translation>Der Benutzername „{username}“ ist schon vergeben. Vorschlag: {suggestion}</translation>
    </message>
    <message>
        <source>Der Benutzername wurde gerade von jemand anderem vergeben. Bitte erneut speichern.</source>
        <translation>Der Benutzername wurde gerade von jemand anderem vergeben. Bitte erneut speichern.</translation>
    </message>
    <message>
        <source>„{name}“ bearbeitet: {fields}</source>
        <translation>„{name}“ bearbeitet: {fields}</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ aktivieren</source>
        <translation>Ansprechpartner „{name}“ aktivieren</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ deaktivieren</source>
        <translation>Ansprechpartner „{name}“ deaktivieren</translation>
    </message>
    <message>
        <source>„{name}“ aktiviert – Portalzugang wieder möglich</source>
        <translation>„{name}“ aktiviert – Portalzugang wieder möglich</translation>
    </message>
    <message>
        <source>die Kundenrolle</source>
        <translation>die Kundenrolle</translation>
    </message>
    <message>
        <source>„{name}“ von „{source}“ nach „{target}“ verschoben</source>
        <translation>„{name}“ von „{source}“ nach „{target}“ verschoben</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ löschen</source>
        <translation>Ansprechpartner „{name}“ löschen</translation>
    </message>
    <message>
        <source>„{name}“ gelöscht</source>
        <translation>„{name}“ gelöscht</translation>
    </message>
    <message>
        <source>„{name}“ am Standort „{location}“ angelegt</source>
        <translation>„{name}“ am Standort „{location}“ angelegt</translation>
    </message>
    <message>
        <source>Bitte einen Grund wählen (z. B. Karenz).</source>
        <translation>Bitte einen Grund wählen (z. B. Karenz).</translation>
    </message>
    <message>
        <source>„{name}“ deaktiviert ({reason} bis {until}) – Portalzugang gesperrt</source>
        <translation>„{name}“ deaktiviert ({reason} bis {until}) – Portalzugang gesperrt</translation>
    </message>
    <message>
        <source>„{name}“ deaktiviert ({reason}) – Portalzugang gesperrt</source>
        <translation>„{name}“ deaktiviert ({reason}) – Portalzugang gesperrt</translation>
    </message>
    <message>
        <source>Das Dokument ist zu groß für diesen Datenbankserver: er nimmt höchstens etwa {mb} MB auf einmal an (Einstellung max_allowed_packet). Die Verwaltung des Servers kann den Wert erhöhen, z. B. mit „SET GLOBAL max_allowed_packet = 67108864;“ (64 MB) und dem gleichen Wert in der Server-Konfiguration.</source>
        <translation>Das Dokument ist zu groß für diesen Datenbankserver: er nimmt höchstens etwa {mb} MB auf einmal an (Einstellung max_allowed_packet). Die Verwaltung des Servers kann den Wert erhöhen, z. B. mit „SET GLOBAL max_allowed_packet = 67108864;“ (64 MB) und dem gleichen Wert in der Server-Konfiguration.</translation>
    </message>
    <message>
        <source>Die Kundennummer „{number}“ ist schon vergeben.</source>
        <translation>Die Kundennummer „{number}“ ist schon vergeben.</translation>
    </message>
    <message>
        <source>Kunde „{name}“ anlegen</source>
        <translation>Kunde „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Kunde bearbeiten</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Mitgelöscht werden: {gone}.</source>
        <translation>Mitgelöscht werden: {gone}.</translation>
    </message>
    <message>
        <source>Kunde „{name}“ löschen</source>
        <translation>Kunde „{name}“ löschen</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ hinzufügen</source>
        <translation>Dokument „{file_name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Bitte einen Kundennamen eingeben.</source>
        <translation>Bitte einen Kundennamen eingeben.</translation>
    </message>
    <message>
        <source>Bitte eine Kundennummer eingeben.</source>
        <translation>Bitte eine Kundennummer eingeben.</translation>
    </message>
    <message>
        <source>Sonst wird nichts gelöscht.</source>
        <translation>Sonst wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Der Kunde existiert nicht mehr.</source>
        <translation>Der Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ hinzugefügt</source>
        <translation>Dokument „{file_name}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Höchstens 200 Zeichen erlaubt.</source>
        <translation>Höchstens 200 Zeichen erlaubt.</translation>
    </message>
    <message>
        <source>Höchstens 32 Zeichen erlaubt.</source>
        <translation>Höchstens 32 Zeichen erlaubt.</translation>
    </message>
    <message>
        <source>Kunde „{name}“ angelegt</source>
        <translation>Kunde „{name}“ angelegt</translation>
    </message>
    <message>
        <source>Kunde „{name}“ bearbeitet</source>
        <translation>Kunde „{name}“ bearbeitet</translation>
    </message>
    <message>
        <source>{count:n} Standort</source>
        <translation>{count:n} Standort</translation>
    </message>
    <message>
        <source>{count:n} Standorte</source>
        <translation>{count:n} Standorte</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner</source>
        <comment>einer</comment>
        <translation>{count:n} Ansprechpartner</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner</source>
        <comment>mehrere</comment>
        <translation>{count:n} Ansprechpartner</translation>
    </message>
    <message>
        <source>Bitte mindestens einen Kunden erzeugen.</source>
        <translation>Bitte mindestens einen Kunden erzeugen.</translation>
    </message>
    <message>
        <source>Die Datenbank enthält schon Kunden; Demodaten gehen nur in eine leere Datenbank.</source>
        <translation>Die Datenbank enthält schon Kunden; Demodaten gehen nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Als „kein Duplikat“ markieren</source>
        <translation>Als „kein Duplikat“ markieren</translation>
    </message>
    <message>
        <source>„{a}“ und „{b}“ sind verschiedene Personen</source>
        <translation>„{a}“ und „{b}“ sind verschiedene Personen</translation>
    </message>
    <message>
        <source>Ansprechpartner angelegt</source>
        <translation>Ansprechpartner angelegt</translation>
    </message>
    <message>
        <source>Ansprechpartner bearbeitet</source>
        <translation>Ansprechpartner bearbeitet</translation>
    </message>
    <message>
        <source>Ansprechpartner verschoben</source>
        <translation>Ansprechpartner verschoben</translation>
    </message>
    <message>
        <source>Ansprechpartner zusammengeführt</source>
        <translation>Ansprechpartner zusammengeführt</translation>
    </message>
    <message>
        <source>Ansprechpartner aktiviert</source>
        <translation>Ansprechpartner aktiviert</translation>
    </message>
    <message>
        <source>Ansprechpartner deaktiviert</source>
        <translation>Ansprechpartner deaktiviert</translation>
    </message>
    <message>
        <source>Ansprechpartner gelöscht</source>
        <translation>Ansprechpartner gelöscht</translation>
    </message>
    <message>
        <source>Unbekanntes Exportformat „{text}“. Möglich sind: vcf, csv, xlsx, pdf.</source>
        <translation>Unbekanntes Exportformat „{text}“. Möglich sind: vcf, csv, xlsx, pdf.</translation>
    </message>
    <message>
        <source>Welches Format? Bitte --format vcf, csv, xlsx oder pdf angeben (die Endung von „{path}“ sagt es nicht).</source>
        <translation>Welches Format? Bitte --format vcf, csv, xlsx oder pdf angeben (die Endung von „{path}“ sagt es nicht).</translation>
    </message>
    <message>
        <source>Unbekannte vCard-Version „{text}“. Möglich sind 3.0 und 4.0.</source>
        <translation>Unbekannte vCard-Version „{text}“. Möglich sind 3.0 und 4.0.</translation>
    </message>
    <message>
        <source>Das PDF-Kontaktblatt gibt es für einen Kunden: bitte einen Kunden wählen (--customer NUMMER).</source>
        <translation>Das PDF-Kontaktblatt gibt es für einen Kunden: bitte einen Kunden wählen (--customer NUMMER).</translation>
    </message>
    <message>
        <source>Eine Datei je Ansprechpartner gibt es nur für vCard.</source>
        <translation>Eine Datei je Ansprechpartner gibt es nur für vCard.</translation>
    </message>
    <message>
        <source>„{path}“ kann nicht geschrieben werden: {reason}. Es wurde nichts exportiert.</source>
        <translation>„{path}“ kann nicht geschrieben werden: {reason}. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>„{path}“ ist eine Datei; für eine Datei je Ansprechpartner bitte einen Ordner angeben.</source>
        <translation>„{path}“ ist eine Datei; für eine Datei je Ansprechpartner bitte einen Ordner angeben.</translation>
    </message>
    <message>
        <source>Export abgebrochen. Es wurde keine Datei geschrieben.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>keine Schreibrechte</source>
        <translation>keine Schreibrechte</translation>
    </message>
    <message>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>den Ordner gibt es nicht</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>ein Teil des Pfads ist kein Ordner</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>dort liegt ein Ordner</source>
        <translation>dort liegt ein Ordner</translation>
    </message>
    <message>
        <source>der Datenträger ist voll</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Zeile ohne Vor- und Nachnamen (nur Firma?) – nicht übernommen.</source>
        <translation>Zeile ohne Vor- und Nachnamen (nur Firma?) – nicht übernommen.</translation>
    </message>
    <message>
        <source>Keine Firma und keine bekannte Kundennummer – die Zeile gehört zu keinem Kunden und wurde nicht übernommen.</source>
        <translation>Keine Firma und keine bekannte Kundennummer – die Zeile gehört zu keinem Kunden und wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Es gibt keinen Kunden mit der Nummer „{number}“.</source>
        <translation>Es gibt keinen Kunden mit der Nummer „{number}“.</translation>
    </message>
    <message>
        <source>Auf {limit} Zeichen gekürzt.</source>
        <translation>Auf {limit} Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>Import abgebrochen – es wurde nichts geändert.</source>
        <translation>Import abgebrochen – es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Es gibt keinen Import, der rückgängig gemacht werden kann.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Dieser Import ist schon rückgängig gemacht.</source>
        <translation>Dieser Import ist schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Während des Imports hat jemand anderes dieselben Daten gespeichert (z. B. einen Benutzernamen). Es wurde nichts importiert; bitte erneut importieren.</source>
        <translation>Während des Imports hat jemand anderes dieselben Daten gespeichert (z. B. einen Benutzernamen). Es wurde nichts importiert; bitte erneut importieren.</translation>
    </message>
    <message>
        <source>Kontakt-ID {id} gibt es in dieser Datenbank nicht, oder sie gehört zu einer anderen Person – nach E-Mail, Telefon und Name zugeordnet.</source>
        <translation>Kontakt-ID {id} gibt es in dieser Datenbank nicht, oder sie gehört zu einer anderen Person – nach E-Mail, Telefon und Name zugeordnet.</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>aktualisiert</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import „{file}“</source>
        <translation>Import „{file}“</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{count:n} neu</source>
        <translation>{count:n} neu</translation>
    </message>
    <message>
        <source>{count:n} aktualisiert</source>
        <translation>{count:n} aktualisiert</translation>
    </message>
    <message>
        <source>{done}; {unchanged:n} unverändert, {skipped:n} nicht übernommen, {notes:n} Hinweise</source>
        <translation>{done}; {unchanged:n} unverändert, {skipped:n} nicht übernommen, {notes:n} Hinweise</translation>
    </message>
    <message>
        <source>{description} zurücknehmen</source>
        <translation>{description} zurücknehmen</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner angelegt</source>
        <comment>einer</comment>
        <translation>{count:n} Ansprechpartner angelegt</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner angelegt</source>
        <comment>mehrere</comment>
        <translation>{count:n} Ansprechpartner angelegt</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktualisiert</source>
        <comment>einer</comment>
        <translation>{count:n} Ansprechpartner aktualisiert</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktualisiert</source>
        <comment>mehrere</comment>
        <translation>{count:n} Ansprechpartner aktualisiert</translation>
    </message>
    <message>
        <source>Import „{file}“: {done}</source>
        <translation>Import „{file}“: {done}</translation>
    </message>
    <message>
        <source>Import: {done}</source>
        <translation>Import: {done}</translation>
    </message>
    <message>
        <source>nichts geändert</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>Standort „{name}“ anlegen</source>
        <translation>Standort „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Standort „{name}“ bearbeiten</source>
        <translation>Standort „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Standort „{name}“ löschen</source>
        <translation>Standort „{name}“ löschen</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Standort eingeben.</source>
        <translation>Bitte einen Namen für den Standort eingeben.</translation>
    </message>
    <message>
        <source>Bitte den Ländercode mit zwei Buchstaben angeben (AT, DE, CH).</source>
        <translation>Bitte den Ländercode mit zwei Buchstaben angeben (AT, DE, CH).</translation>
    </message>
    <message>
        <source>Standort „{name}“ angelegt</source>
        <translation>Standort „{name}“ angelegt</translation>
    </message>
    <message>
        <source>Standort „{name}“ bearbeitet</source>
        <translation>Standort „{name}“ bearbeitet</translation>
    </message>
    <message>
        <source>Standort „{name}“ gelöscht</source>
        <translation>Standort „{name}“ gelöscht</translation>
    </message>
    <message>
        <source>Bitte einen anderen Standort desselben Kunden wählen.</source>
        <translation>Bitte einen anderen Standort desselben Kunden wählen.</translation>
    </message>
    <message>
        <source>Am Standort „{name}“ sind noch {count:n} Ansprechpartner. Bitte zuerst einen Standort wählen, zu dem sie verschoben werden.</source>
        <translation>Am Standort „{name}“ sind noch {count:n} Ansprechpartner. Bitte zuerst einen Standort wählen, zu dem sie verschoben werden.</translation>
    </message>
    <message>
        <source>Von „{source}“ nach „{target}“ verschoben (Standort gelöscht)</source>
        <translation>Von „{source}“ nach „{target}“ verschoben (Standort gelöscht)</translation>
    </message>
    <message>
        <source>„{other}“ mit „{survivor}“ zusammenführen</source>
        <translation>„{other}“ mit „{survivor}“ zusammenführen</translation>
    </message>
    <message>
        <source>„{other}“ wurde mit „{survivor}“ zusammengeführt</source>
        <translation>„{other}“ wurde mit „{survivor}“ zusammengeführt</translation>
    </message>
    <message>
        <source>Bitte zwei verschiedene Ansprechpartner wählen.</source>
        <translation>Bitte zwei verschiedene Ansprechpartner wählen.</translation>
    </message>
    <message>
        <source>Zusammenführen geht nur bei Ansprechpartnern desselben Kunden.</source>
        <translation>Zusammenführen geht nur bei Ansprechpartnern desselben Kunden.</translation>
    </message>
    <message>
        <source>Beide haben einen Portalzugang: bitte wählen, welcher erhalten bleibt.</source>
        <translation>Beide haben einen Portalzugang: bitte wählen, welcher erhalten bleibt.</translation>
    </message>
    <message>
        <source>Der Standort gehört zu einem anderen Kunden.</source>
        <translation>Der Standort gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>Zusammenführen nicht möglich: eine Verknüpfung lässt sich nicht übertragen ({error}). Es wurde nichts geändert.</source>
        <translation>Zusammenführen nicht möglich: eine Verknüpfung lässt sich nicht übertragen ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>inaktiv ({reason})</source>
        <translation>inaktiv ({reason})</translation>
    </message>
    <message>
        <source>inaktiv ({reason} bis {until})</source>
        <translation>inaktiv ({reason} bis {until})</translation>
    </message>
    <message>
        <source>inaktiv (bis {until})</source>
        <translation>inaktiv (bis {until})</translation>
    </message>
    <message>
        <source>Job „{title}“ freigeben</source>
        <translation>Job „{title}“ freigeben</translation>
    </message>
    <message>
        <source>Job „{title}“: Freigabe zurücknehmen</source>
        <translation>Job „{title}“: Freigabe zurücknehmen</translation>
    </message>
    <message>
        <source>Eine Rolle „{name}“ gibt es schon.</source>
        <translation>Eine Rolle „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ anlegen</source>
        <translation>Kundenrolle „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ bearbeiten</source>
        <translation>Kundenrolle „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ löschen</source>
        <translation>Kundenrolle „{name}“ löschen</translation>
    </message>
    <message>
        <source>Ein Passwort kann erst gesetzt werden, wenn ein Job dieses Kunden für Portale freigegeben ist.</source>
        <translation>Ein Passwort kann erst gesetzt werden, wenn ein Job dieses Kunden für Portale freigegeben ist.</translation>
    </message>
    <message>
        <source>Passwort für „{name}“ setzen</source>
        <translation>Passwort für „{name}“ setzen</translation>
    </message>
    <message>
        <source>Bitte einen Namen mit höchstens 100 Zeichen eingeben.</source>
        <translation>Bitte einen Namen mit höchstens 100 Zeichen eingeben.</translation>
    </message>
    <message>
        <source>Bitte einen Jobtitel (höchstens 200 Zeichen) eingeben.</source>
        <translation>Bitte einen Jobtitel (höchstens 200 Zeichen) eingeben.</translation>
    </message>
    <message>
        <source>Job „{title}“ anlegen und freigeben</source>
        <translation>Job „{title}“ anlegen und freigeben</translation>
    </message>
    <message>
        <source>Job „{title}“ anlegen</source>
        <translation>Job „{title}“ anlegen</translation>
    </message>
    <message>
        <source>Job „{title}“ angelegt</source>
        <translation>Job „{title}“ angelegt</translation>
    </message>
    <message>
        <source>Job „{title}“ öffnen</source>
        <translation>Job „{title}“ öffnen</translation>
    </message>
    <message>
        <source>Job „{title}“ schließen</source>
        <translation>Job „{title}“ schließen</translation>
    </message>
    <message>
        <source>Das Passwort braucht mindestens {min_password_length} Zeichen.</source>
        <translation>Das Passwort braucht mindestens {min_password_length} Zeichen.</translation>
    </message>
    <message>
        <source>Portal-Passwort für „{name}“ gesetzt</source>
        <translation>Portal-Passwort für „{name}“ gesetzt</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner hat jetzt „{replacement}“</source>
        <translation>Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner hat jetzt „{replacement}“</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner haben jetzt „{replacement}“</source>
        <translation>Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner haben jetzt „{replacement}“</translation>
    </message>
    <message>
        <source>Der Ansprechpartner gehört zu einem anderen Kunden.</source>
        <translation>Der Ansprechpartner gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>Job „{title}“ für Portale freigegeben</source>
        <translation>Job „{title}“ für Portale freigegeben</translation>
    </message>
    <message>
        <source>Job „{title}“ nicht mehr freigegeben</source>
        <translation>Job „{title}“ nicht mehr freigegeben</translation>
    </message>
    <message>
        <source>Job „{title}“ wieder geöffnet</source>
        <translation>Job „{title}“ wieder geöffnet</translation>
    </message>
    <message>
        <source>Job „{title}“ geschlossen</source>
        <translation>Job „{title}“ geschlossen</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner haben die Rolle „{name}“. Bitte eine Ersatzrolle wählen.</source>
        <translation>{count:n} Ansprechpartner haben die Rolle „{name}“. Bitte eine Ersatzrolle wählen.</translation>
    </message>
    <message>
        <source>„{description}“ lässt sich nicht rückgängig machen: die betroffenen Daten wurden inzwischen geändert. Es wurde nichts überschrieben.</source>
        <translation>„{description}“ lässt sich nicht rückgängig machen: die betroffenen Daten wurden inzwischen geändert. Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>„{description}“ lässt sich nicht wiederherstellen: die betroffenen Daten wurden inzwischen geändert. Es wurde nichts überschrieben.</source>
        <translation>„{description}“ lässt sich nicht wiederherstellen: die betroffenen Daten wurden inzwischen geändert. Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden; es wurde nichts überschrieben.</source>
        <translation>Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Der Datensatz existiert nicht mehr.</source>
        <translation>Der Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Jemand anderer hat im selben Moment dieselben Daten gespeichert. Es wurde nichts gespeichert; bitte neu laden und noch einmal versuchen.</source>
        <translation>Jemand anderer hat im selben Moment dieselben Daten gespeichert. Es wurde nichts gespeichert; bitte neu laden und noch einmal versuchen.</translation>
    </message>
    <message>
        <source>„{url}“ ist keine gültige Datenbank-Adresse ({detail}). Erlaubt sind sqlite:////pfad/datei.sqlite3, postgresql://benutzer@host/datenbank und mysql://benutzer@host/datenbank.</source>
        <translation>„{url}“ ist keine gültige Datenbank-Adresse ({detail}). Erlaubt sind sqlite:////pfad/datei.sqlite3, postgresql://benutzer@host/datenbank und mysql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>Die Datenbank „{where}“ ist nicht erreichbar: {detail}</source>
        <translation>Die Datenbank „{where}“ ist nicht erreichbar: {detail}</translation>
    </message>
    <message>
        <source>Der Ordner für die Datenbank „{url}“ kann nicht angelegt werden: {strerror}</source>
        <translation>Der Ordner für die Datenbank „{url}“ kann nicht angelegt werden: {strerror}</translation>
    </message>
    <message>
        <source>Der Server „{server}“ lehnt die Anmeldung ab: Benutzername „{user}“ oder Passwort ist falsch.</source>
        <translation>Der Server „{server}“ lehnt die Anmeldung ab: Benutzername „{user}“ oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Auf dem Server „{server}“ gibt es keine Datenbank „{name}“. Bitte den Namen prüfen oder die Datenbank anlegen lassen.</source>
        <translation>Auf dem Server „{server}“ gibt es keine Datenbank „{name}“. Bitte den Namen prüfen oder die Datenbank anlegen lassen.</translation>
    </message>
    <message>
        <source>Der Benutzer „{user}“ darf die Datenbank „{name}“ auf „{server}“ nicht verwenden.</source>
        <translation>Der Benutzer „{user}“ darf die Datenbank „{name}“ auf „{server}“ nicht verwenden.</translation>
    </message>
    <message>
        <source>Die Datenbank „{where}“ ist nicht erreichbar: Läuft der Server, und stimmen Host und Port? ({detail})</source>
        <translation>Die Datenbank „{where}“ ist nicht erreichbar: Läuft der Server, und stimmen Host und Port? ({detail})</translation>
    </message>
    <message>
        <source>Der Datenbankserver erlaubt diesem Benutzer nicht, Trigger anzulegen. Die Kontaktverwaltung braucht sie, damit alle Arbeitsplätze Änderungen der anderen sehen. Bitte den Administrator, dem Benutzer das Recht TRIGGER zu geben (bei MariaDB/MySQL mit Binärlog außerdem log_bin_trust_function_creators = 1 zu setzen), und dann erneut öffnen. Die Datenbank wurde nicht verändert.</source>
        <translation>Der Datenbankserver erlaubt diesem Benutzer nicht, Trigger anzulegen. Die Kontaktverwaltung braucht sie, damit alle Arbeitsplätze Änderungen der anderen sehen. Bitte den Administrator, dem Benutzer das Recht TRIGGER zu geben (bei MariaDB/MySQL mit Binärlog außerdem log_bin_trust_function_creators = 1 zu setzen), und dann erneut öffnen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Die Datenbank „{url}“ wird gerade von einem anderen Arbeitsplatz aktualisiert und ist nach {seconds} Sekunden noch nicht fertig. Bitte in ein paar Minuten erneut öffnen.</source>
        <translation>Die Datenbank „{url}“ wird gerade von einem anderen Arbeitsplatz aktualisiert und ist nach {seconds} Sekunden noch nicht fertig. Bitte in ein paar Minuten erneut öffnen.</translation>
    </message>
    <message>
        <source>Die Sperrdatei „{path}“ für die Aktualisierung der Datenbank „{value}“ kann nicht angelegt werden: {strerror}</source>
        <translation>Die Sperrdatei „{path}“ für die Aktualisierung der Datenbank „{value}“ kann nicht angelegt werden: {strerror}</translation>
    </message>
    <message>
        <source>Die Datenbank „{where}“ speichert Text nicht in utf8mb4: Namen mit manchen Zeichen (z. B. Emoji oder anderen Schriften) ließen sich nicht speichern. Die Verwaltung des Servers kann das beheben mit:
{sql}</source>
        <translation>Die Datenbank „{where}“ speichert Text nicht in utf8mb4: Namen mit manchen Zeichen (z. B. Emoji oder anderen Schriften) ließen sich nicht speichern. Die Verwaltung des Servers kann das beheben mit:
{sql}</translation>
    </message>
    <message>
        <source>„{value}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}</source>
        <translation>„{value}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}</translation>
    </message>
    <message>
        <source>„{where}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}</source>
        <translation>„{where}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}</translation>
    </message>
    <message>
        <source>„{where}“ ist ein Ordner. Bitte eine Datei wählen oder einen neuen Dateinamen angeben.</source>
        <translation>„{where}“ ist ein Ordner. Bitte eine Datei wählen oder einen neuen Dateinamen angeben.</translation>
    </message>
    <message>
        <source>Die Kundenrolle existiert nicht mehr.</source>
        <translation>Die Kundenrolle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Der Standort existiert nicht mehr.</source>
        <translation>Der Standort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Der Ansprechpartner existiert nicht mehr.</source>
        <translation>Der Ansprechpartner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Der Job existiert nicht mehr.</source>
        <translation>Der Job existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Kein Kunde mit der Nummer „{number}“.</source>
        <translation>Kein Kunde mit der Nummer „{number}“.</translation>
    </message>
    <message>
        <source>Diese Datenbank wurde mit einer neueren Version der Kontaktverwaltung angelegt (Schema {version}, diese Version kennt bis {latest}). Bitte die App aktualisieren; die Datenbank bleibt unverändert.</source>
        <translation>Diese Datenbank wurde mit einer neueren Version der Kontaktverwaltung angelegt (Schema {version}, diese Version kennt bis {latest}). Bitte die App aktualisieren; die Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <source>Bitte den Server angeben (Name oder IP-Adresse).</source>
        <translation>Bitte den Server angeben (Name oder IP-Adresse).</translation>
    </message>
    <message>
        <source>Der Port muss zwischen 1 und 65535 liegen.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Bitte den Namen der Datenbank angeben.</source>
        <translation>Bitte den Namen der Datenbank angeben.</translation>
    </message>
    <message>
        <source>Bitte den Benutzernamen angeben.</source>
        <translation>Bitte den Benutzernamen angeben.</translation>
    </message>
    <message>
        <source>Bitte eine Datei wählen.</source>
        <translation>Bitte eine Datei wählen.</translation>
    </message>
    <message>
        <source>Der Servername darf keine Leerzeichen und keines der Zeichen / @ ? # enthalten.</source>
        <translation>Der Servername darf keine Leerzeichen und keines der Zeichen / @ ? # enthalten.</translation>
    </message>
    <message>
        <source>Der Datenbankname darf nur Buchstaben, Ziffern und die Zeichen _ - . $ enthalten.</source>
        <translation>Der Datenbankname darf nur Buchstaben, Ziffern und die Zeichen _ - . $ enthalten.</translation>
    </message>
    <message>
        <source>Bitte den vollständigen Pfad der Datei angeben (mit „Durchsuchen…“ wählen).</source>
        <translation>Bitte den vollständigen Pfad der Datei angeben (mit „Durchsuchen…“ wählen).</translation>
    </message>
    <message>
        <source>Bitte einen Suchbegriff angeben, z. B.: kontaktverwaltung search Müller</source>
        <translation>Bitte einen Suchbegriff angeben, z. B.: kontaktverwaltung search Müller</translation>
    </message>
    <message>
        <source>Die Datenbankdatei „{path}“ gibt es nicht. Bitte den Pfad prüfen; eine neue Datenbank legen „migrate“, „demo“ und „import“ an.</source>
        <translation>Die Datenbankdatei „{path}“ gibt es nicht. Bitte den Pfad prüfen; eine neue Datenbank legen „migrate“, „demo“ und „import“ an.</translation>
    </message>
    <message>
        <source>Der Ordner für das Bild „{file}“ kann nicht angelegt werden: {reason}</source>
        <translation>Der Ordner für das Bild „{file}“ kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Das Bild „{file}“ kann nicht geschrieben werden: {reason}</source>
        <translation>Das Bild „{file}“ kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>„{file}“: Bilder werden als .png (oder .jpg, .bmp) gespeichert.</source>
        <translation>„{file}“: Bilder werden als .png (oder .jpg, .bmp) gespeichert.</translation>
    </message>
    <message>
        <source>Argumente</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Optionen</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Argument {argument}: {detail}</source>
        <translation>Argument {argument}: {detail}</translation>
    </message>
    <message>
        <source>{value} gibt es nicht (möglich: {choices})</source>
        <translation>{value} gibt es nicht (möglich: {choices})</translation>
    </message>
    <message>
        <source>{value} ist kein gültiger Wert</source>
        <translation>{value} ist kein gültiger Wert</translation>
    </message>
    <message>
        <source>hier fehlt der Wert</source>
        <translation>hier fehlt der Wert</translation>
    </message>
    <message>
        <source>höchstens ein Wert</source>
        <translation>höchstens ein Wert</translation>
    </message>
    <message>
        <source>mindestens ein Wert</source>
        <translation>mindestens ein Wert</translation>
    </message>
    <message>
        <source>{count} Werte erwartet</source>
        <translation>{count} Werte erwartet</translation>
    </message>
    <message>
        <source>diese Angaben fehlen: {names}</source>
        <translation>diese Angaben fehlen: {names}</translation>
    </message>
    <message>
        <source>{option} ist mehrdeutig: {matches}</source>
        <translation>{option} ist mehrdeutig: {matches}</translation>
    </message>
    <message>
        <source>nimmt keinen Wert an, auch nicht {value}</source>
        <translation>nimmt keinen Wert an, auch nicht {value}</translation>
    </message>
    <message>
        <source>nicht zusammen mit {other}</source>
        <translation>nicht zusammen mit {other}</translation>
    </message>
    <message>
        <source>eine dieser Angaben fehlt: {names}</source>
        <translation>eine dieser Angaben fehlt: {names}</translation>
    </message>
    <message>
        <source>Kunden, Standorte und Ansprechpartner verwalten. Ohne Befehl öffnet sich das Programmfenster.</source>
        <translation>Kunden, Standorte und Ansprechpartner verwalten. Ohne Befehl öffnet sich das Programmfenster.</translation>
    </message>
    <message>
        <source>die Versionsnummer zeigen und beenden</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>Datenbank, z. B. sqlite:////absoluter/pfad/daten.sqlite3 (vier Schrägstriche; drei für einen Pfad relativ zum aktuellen Ordner), postgresql://benutzer@host/db oder mysql://benutzer@host/db?mariadb=true. Gilt nur für diesen Aufruf; Standard: die unter Datei → Datenbank… gewählte, sonst die lokale Datenbank im Benutzerordner</source>
        <translation>Datenbank, z. B. sqlite:////absoluter/pfad/daten.sqlite3 (vier Schrägstriche; drei für einen Pfad relativ zum aktuellen Ordner), postgresql://benutzer@host/db oder mysql://benutzer@host/db?mariadb=true. Gilt nur für diesen Aufruf; Standard: die unter Datei → Datenbank… gewählte, sonst die lokale Datenbank im Benutzerordner</translation>
    </message>
    <message>
        <source>auf der Offline-Kopie des Servers aus --db arbeiten, ohne ihn zu kontaktieren; Änderungen warten auf das nächste „sync“</source>
        <translation>auf der Offline-Kopie des Servers aus --db arbeiten, ohne ihn zu kontaktieren; Änderungen warten auf das nächste „sync“</translation>
    </message>
    <message>
        <source>BEFEHL</source>
        <comment>Platzhalter</comment>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Datenbank mit realistischen Demodaten füllen</source>
        <translation>Datenbank mit realistischen Demodaten füllen</translation>
    </message>
    <message>
        <source>Anzahl der Kunden (Standard 200)</source>
        <translation>Anzahl der Kunden (Standard 200)</translation>
    </message>
    <message>
        <source>Zufallsstartwert: gleicher Wert, gleiche Daten</source>
        <translation>Zufallsstartwert: gleicher Wert, gleiche Daten</translation>
    </message>
    <message>
        <source>Datenbankschema anlegen oder auf den neuesten Stand bringen</source>
        <translation>Datenbankschema anlegen oder auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <source>Ansprechpartner in allen Kunden suchen</source>
        <translation>Ansprechpartner in allen Kunden suchen</translation>
    </message>
    <message>
        <source>Name, E-Mail, Telefonnummer, Position, Abteilung oder Standort</source>
        <translation>Name, E-Mail, Telefonnummer, Position, Abteilung oder Standort</translation>
    </message>
    <message>
        <source>nur bei diesem Kunden suchen</source>
        <translation>nur bei diesem Kunden suchen</translation>
    </message>
    <message>
        <source>Hauptfenster (1280×800) als PNG speichern und beenden</source>
        <translation>Hauptfenster (1280×800) als PNG speichern und beenden</translation>
    </message>
    <message>
        <source>DATEI.png</source>
        <comment>Platzhalter</comment>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <source>diesen Kunden geöffnet zeigen</source>
        <translation>diesen Kunden geöffnet zeigen</translation>
    </message>
    <message>
        <source>Offline-Kopie und Server abgleichen: erst die eigenen Änderungen senden, dann die des Servers holen</source>
        <translation>Offline-Kopie und Server abgleichen: erst die eigenen Änderungen senden, dann die des Servers holen</translation>
    </message>
    <message>
        <source>Ergebnis als ein JSON-Objekt {"sent", "received", "conflicts"}</source>
        <translation>Ergebnis als ein JSON-Objekt {"sent", "received", "conflicts"}</translation>
    </message>
    <message>
        <source>wahrscheinliche Dubletten mit ihren Gründen auflisten</source>
        <translation>wahrscheinliche Dubletten mit ihren Gründen auflisten</translation>
    </message>
    <message>
        <source>nur bei diesem Kunden (Standard: alle Kunden)</source>
        <translation>nur bei diesem Kunden (Standard: alle Kunden)</translation>
    </message>
    <message>
        <source>als JSON-Liste von {"a", "b", "reasons"} (a, b: Kontakt-IDs)</source>
        <translation>als JSON-Liste von {"a", "b", "reasons"} (a, b: Kontakt-IDs)</translation>
    </message>
    <message>
        <source>Ansprechpartner exportieren: vCard, CSV, Excel (.xlsx) oder PDF-Kontaktblatt eines Kunden</source>
        <translation>Ansprechpartner exportieren: vCard, CSV, Excel (.xlsx) oder PDF-Kontaktblatt eines Kunden</translation>
    </message>
    <message>
        <source>Zieldatei (mit --per-contact: ein Ordner)</source>
        <translation>Zieldatei (mit --per-contact: ein Ordner)</translation>
    </message>
    <message>
        <source>vcf, csv, xlsx oder pdf (Standard: nach der Endung der DATEI)</source>
        <translation>vcf, csv, xlsx oder pdf (Standard: nach der Endung der DATEI)</translation>
    </message>
    <message>
        <source>nur die Ansprechpartner dieses Kunden (für pdf nötig)</source>
        <translation>nur die Ansprechpartner dieses Kunden (für pdf nötig)</translation>
    </message>
    <message>
        <source>vCard 3.0 (Standard) oder 4.0</source>
        <translation>vCard 3.0 (Standard) oder 4.0</translation>
    </message>
    <message>
        <source>vCard: eine Datei je Ansprechpartner in den Ordner DATEI (Outlook liest nur die erste Karte einer Datei)</source>
        <translation>vCard: eine Datei je Ansprechpartner in den Ordner DATEI (Outlook liest nur die erste Karte einer Datei)</translation>
    </message>
    <message>
        <source>{count:n} Treffer</source>
        <comment>einer</comment>
        <translation>{count:n} Treffer</translation>
    </message>
    <message>
        <source>{count:n} Treffer</source>
        <comment>mehrere</comment>
        <translation>{count:n} Treffer</translation>
    </message>
    <message>
        <source>Aufruf: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>{program}: Fehler: {problem}</source>
        <translation>{program}: Fehler: {problem}</translation>
    </message>
    <message>
        <source>unbekannte Argumente: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>Das Bild „{file}“ konnte nicht gespeichert werden: das Format oder der Ort nimmt es nicht an.</source>
        <translation>Das Bild „{file}“ konnte nicht gespeichert werden: das Format oder der Ort nimmt es nicht an.</translation>
    </message>
    <message>
        <source>Eine Datenbank nur im Arbeitsspeicher lässt sich im Fenster nicht öffnen. Bitte eine Datei angeben, z. B. --db sqlite:///kontakte.sqlite3.</source>
        <translation>Eine Datenbank nur im Arbeitsspeicher lässt sich im Fenster nicht öffnen. Bitte eine Datei angeben, z. B. --db sqlite:///kontakte.sqlite3.</translation>
    </message>
    <message>
        <source>Speichern ist nicht möglich: {error}. Es wurde nichts gespeichert; Ihre Eingaben sind erhalten. Bitte die Eingaben prüfen; bleibt der Fehler, bitte ihn so melden.</source>
        <translation>Speichern ist nicht möglich: {error}. Es wurde nichts gespeichert; Ihre Eingaben sind erhalten. Bitte die Eingaben prüfen; bleibt der Fehler, bitte ihn so melden.</translation>
    </message>
    <message>
        <source>{author} hat das inzwischen gespeichert. Diese Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</source>
        <translation>{author} hat das inzwischen gespeichert. Diese Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</translation>
    </message>
    <message>
        <source>Speichern ist gerade nicht möglich: {error}. Es wurde nichts gespeichert; Ihre Eingaben sind erhalten – bitte gleich noch einmal versuchen.</source>
        <translation>Speichern ist gerade nicht möglich: {error}. Es wurde nichts gespeichert; Ihre Eingaben sind erhalten – bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Jemand anderes hat das inzwischen gespeichert. Seine Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</source>
        <translation>Jemand anderes hat das inzwischen gespeichert. Seine Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</translation>
    </message>
    <message>
        <source>{problem} Gespeichert wird von selbst, sobald der Server wieder antwortet (neuer Versuch alle zwei Sekunden) – oder mit „Abbrechen“ verwerfen.</source>
        <translation>{problem} Gespeichert wird von selbst, sobald der Server wieder antwortet (neuer Versuch alle zwei Sekunden) – oder mit „Abbrechen“ verwerfen.</translation>
    </message>
    <message>
        <source>Bitte zuerst den doppelten Eintrag wählen.</source>
        <translation>Bitte zuerst den doppelten Eintrag wählen.</translation>
    </message>
    <message>
        <source>Einer der beiden Einträge wurde inzwischen von jemand anderem geändert; es wurde nichts zusammengeführt. Die Anzeige ist jetzt aktuell – bitte prüfen und erneut zusammenführen.</source>
        <translation>Einer der beiden Einträge wurde inzwischen von jemand anderem geändert; es wurde nichts zusammengeführt. Die Anzeige ist jetzt aktuell – bitte prüfen und erneut zusammenführen.</translation>
    </message>
    <message>
        <source>Dokument entfernt</source>
        <translation>Dokument entfernt</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ entfernen</source>
        <translation>Dokument „{file_name}“ entfernen</translation>
    </message>
    <message>
        <source>„{file_name}“ ist größer als 50 MB.</source>
        <translation>„{file_name}“ ist größer als 50 MB.</translation>
    </message>
    <message>
        <source>{count:n} Dokumente hinzufügen</source>
        <translation>{count:n} Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Das Dokument existiert nicht mehr.</source>
        <translation>Das Dokument existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ entfernt</source>
        <translation>Dokument „{file_name}“ entfernt</translation>
    </message>
    <message>
        <source>{count:n} Dokument</source>
        <translation>{count:n} Dokument</translation>
    </message>
    <message>
        <source>{count:n} Dokumente</source>
        <translation>{count:n} Dokumente</translation>
    </message>
    <message>
        <source>„{name}“ angelegt</source>
        <translation>„{name}“ angelegt</translation>
    </message>
    <message>
        <source>„{name}“ bearbeitet</source>
        <translation>„{name}“ bearbeitet</translation>
    </message>
    <message>
        <source>Namen und Adressen werden vorbereitet …</source>
        <translation>Namen und Adressen werden vorbereitet …</translation>
    </message>
    <message>
        <source>Kunden, Standorte und Ansprechpartner werden erzeugt …</source>
        <translation>Kunden, Standorte und Ansprechpartner werden erzeugt …</translation>
    </message>
    <message>
        <source>Daten werden geschrieben …</source>
        <translation>Daten werden geschrieben …</translation>
    </message>
    <message>
        <source>{done:n} von {total:n} Kunden erzeugt …</source>
        <translation>{done:n} von {total:n} Kunden erzeugt …</translation>
    </message>
    <message>
        <source>Abgebrochen.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>{count:n} wahrscheinliche Dubletten</source>
        <translation>{count:n} wahrscheinliche Dubletten</translation>
    </message>
    <message>
        <source>Schema wird aktualisiert: Version {version} von {latest} …</source>
        <translation>Schema wird aktualisiert: Version {version} von {latest} …</translation>
    </message>
    <message>
        <source>Datenbank {database} ist auf Schema-Version {version}.</source>
        <translation>Datenbank {database} ist auf Schema-Version {version}.</translation>
    </message>
    <message>
        <source>Portal-Passwort der Demo-Ansprechpartner mit Zugang: {password}</source>
        <translation>Portal-Passwort der Demo-Ansprechpartner mit Zugang: {password}</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner exportiert in {files:n} Dateien: {path}</source>
        <translation>{count:n} Ansprechpartner exportiert in {files:n} Dateien: {path}</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner exportiert: {path}</source>
        <translation>{count:n} Ansprechpartner exportiert: {path}</translation>
    </message>
    <message>
        <source>Fehler: Bitte eine Datei angeben (oder --undo-last).</source>
        <translation>Fehler: Bitte eine Datei angeben (oder --undo-last).</translation>
    </message>
    <message>
        <source>Probelauf, nichts geschrieben: {created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen.</source>
        <translation>Probelauf, nichts geschrieben: {created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen.</translation>
    </message>
    <message>
        <source>{created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen.</source>
        <translation>{created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen.</translation>
    </message>
    <message>
        <source>Import {id}; rückgängig mit: kontaktverwaltung import --undo-last</source>
        <translation>Import {id}; rückgängig mit: kontaktverwaltung import --undo-last</translation>
    </message>
    <message>
        <source>Kontakte aus vCard, CSV oder Excel (.xlsx) importieren, oder den letzten Import rückgängig machen</source>
        <translation>Kontakte aus vCard, CSV oder Excel (.xlsx) importieren, oder den letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>DATEI</source>
        <comment>Platzhalter</comment>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>vCard-, CSV- oder .xlsx-Datei</source>
        <translation>vCard-, CSV- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>NUMMER</source>
        <comment>Platzhalter</comment>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>alle Zeilen diesem Kunden zuordnen</source>
        <translation>alle Zeilen diesem Kunden zuordnen</translation>
    </message>
    <message>
        <source>nur prüfen und berichten, nichts schreiben</source>
        <translation>nur prüfen und berichten, nichts schreiben</translation>
    </message>
    <message>
        <source>Ergebnis als ein JSON-Objekt ausgeben</source>
        <translation>Ergebnis als ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>den letzten Import als einen Schritt rückgängig machen</source>
        <translation>den letzten Import als einen Schritt rückgängig machen</translation>
    </message>
    <message>
        <source>Bildschirmfoto gespeichert: {file}</source>
        <translation>Bildschirmfoto gespeichert: {file}</translation>
    </message>
    <message>
        <source>Fehler: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Großkunde mit 10.000 Ansprechpartnern: {number}</source>
        <translation>Großkunde mit 10.000 Ansprechpartnern: {number}</translation>
    </message>
    <message>
        <source>{count:n} Treffer – es gibt mehr, bitte die Suche eingrenzen</source>
        <translation>{count:n} Treffer – es gibt mehr, bitte die Suche eingrenzen</translation>
    </message>
    <message>
        <source>Fehler: --undo-last nimmt keine Datei.</source>
        <translation>Fehler: --undo-last nimmt keine Datei.</translation>
    </message>
    <message>
        <source>Rückgängig gemacht: {what} (Import {id}).</source>
        <translation>Rückgängig gemacht: {what} (Import {id}).</translation>
    </message>
    <message>
        <source>Zeile {row}, {field} „{value}“: {problem}</source>
        <translation>Zeile {row}, {field} „{value}“: {problem}</translation>
    </message>
    <message>
        <source>Zeile {row}, {field}: {problem}</source>
        <translation>Zeile {row}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{name} (inaktiv)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <source>Import „{file}“: {done} (Kunde „{client}“ angelegt)</source>
        <translation>Import „{file}“: {done} (Kunde „{client}“ angelegt)</translation>
    </message>
    <message>
        <source>Import: {done} (Kunde „{client}“ angelegt)</source>
        <translation>Import: {done} (Kunde „{client}“ angelegt)</translation>
    </message>
    <message>
        <source>Fertig in {seconds} s: {clients:n} Kunden, {locations:n} Standorte, {contacts:n} Ansprechpartner, {channels:n} E-Mail-Adressen und Telefonnummern, {jobs:n} Jobs, {history:n} History-Einträge.</source>
        <translation>Fertig in {seconds} s: {clients:n} Kunden, {locations:n} Standorte, {contacts:n} Ansprechpartner, {channels:n} E-Mail-Adressen und Telefonnummern, {jobs:n} Jobs, {history:n} History-Einträge.</translation>
    </message>
    <message>
        <source>Kontaktblatt von {client} gespeichert: {file} ({count:n} Ansprechpartner)</source>
        <translation>Kontaktblatt von {client} gespeichert: {file} ({count:n} Ansprechpartner)</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner verschieben</source>
        <comment>einer</comment>
        <translation>{count:n} Ansprechpartner verschieben</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner verschieben</source>
        <translation>{count:n} Ansprechpartner verschieben</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktivieren</source>
        <comment>einer</comment>
        <translation>{count:n} Ansprechpartner aktivieren</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktivieren</source>
        <translation>{count:n} Ansprechpartner aktivieren</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner deaktivieren</source>
        <comment>einer</comment>
        <translation>{count:n} Ansprechpartner deaktivieren</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner deaktivieren</source>
        <translation>{count:n} Ansprechpartner deaktivieren</translation>
    </message>
    <message>
        <source>Eine lokale Datei braucht keine Offline-Kopie.</source>
        <translation>Eine lokale Datei braucht keine Offline-Kopie.</translation>
    </message>
    <message>
        <source>Für „{where}“ gibt es noch keine Offline-Kopie. Bitte zuerst mit Verbindung zum Server „kontaktverwaltung sync“ ausführen (oder im Fenster „Synchronisieren“).</source>
        <translation>Für „{where}“ gibt es noch keine Offline-Kopie. Bitte zuerst mit Verbindung zum Server „kontaktverwaltung sync“ ausführen (oder im Fenster „Synchronisieren“).</translation>
    </message>
    <message>
        <source>Diesen Konflikt gibt es nicht (mehr).</source>
        <translation>Diesen Konflikt gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>{record}: offline geändert, auf dem Server auch</source>
        <translation>{record}: offline geändert, auf dem Server auch</translation>
    </message>
    <message>
        <source>{record}: offline geändert, auf dem Server gelöscht</source>
        <translation>{record}: offline geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>{record}: offline gelöscht, auf dem Server inzwischen geändert</source>
        <translation>{record}: offline gelöscht, auf dem Server inzwischen geändert</translation>
    </message>
    <message>
        <source>{record}: offline zusammengeführt, auf dem Server inzwischen geändert</source>
        <translation>{record}: offline zusammengeführt, auf dem Server inzwischen geändert</translation>
    </message>
    <message>
        <source>{record}: vom Server abgelehnt ({reason})</source>
        <translation>{record}: vom Server abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>Datensatz {id} in {table}</source>
        <translation>Datensatz {id} in {table}</translation>
    </message>
    <message>
        <source>Ansprechpartner {name}</source>
        <translation>Ansprechpartner {name}</translation>
    </message>
    <message>
        <source>Kunde {name}</source>
        <translation>Kunde {name}</translation>
    </message>
    <message>
        <source>Standort {name}</source>
        <translation>Standort {name}</translation>
    </message>
    <message>
        <source>Job {name}</source>
        <translation>Job {name}</translation>
    </message>
    <message>
        <source>Kundenrolle {name}</source>
        <translation>Kundenrolle {name}</translation>
    </message>
    <message>
        <source>E-Mail/Telefon {name}</source>
        <translation>E-Mail/Telefon {name}</translation>
    </message>
    <message>
        <source>Meine Fassung lässt sich nicht mehr übernehmen: die Daten haben sich auf dem Server zu sehr geändert. Bitte die Änderung neu ausführen.</source>
        <translation>Meine Fassung lässt sich nicht mehr übernehmen: die Daten haben sich auf dem Server zu sehr geändert. Bitte die Änderung neu ausführen.</translation>
    </message>
    <message>
        <source>Eine andere Übertragung dieser Offline-Kopie läuft noch.</source>
        <translation>Eine andere Übertragung dieser Offline-Kopie läuft noch.</translation>
    </message>
    <message>
        <source>die Nummer ist auf dem Server vergeben</source>
        <translation>die Nummer ist auf dem Server vergeben</translation>
    </message>
    <message>
        <source>„{command}“ geht nicht mit --offline.</source>
        <translation>„{command}“ geht nicht mit --offline.</translation>
    </message>
    <message>
        <source>Abgeglichen: {sent:n} Änderungen gesendet, {received:n} vom Server übernommen, {conflicts:n} Konflikte.</source>
        <translation>Abgeglichen: {sent:n} Änderungen gesendet, {received:n} vom Server übernommen, {conflicts:n} Konflikte.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Ansprechpartner zusammenführen</source>
        <translation>Ansprechpartner zusammenführen</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Schließen, ohne etwas zu ändern (Esc)</source>
        <translation>Schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
        <source>Welcher Eintrag ist dieselbe Person wie „{0}“ ({1})?</source>
        <translation>Welcher Eintrag ist dieselbe Person wie „{0}“ ({1})?</translation>
    </message>
    <message>
        <source>Welcher Eintrag ist dieselbe Person wie „{0}“?</source>
        <translation>Welcher Eintrag ist dieselbe Person wie „{0}“?</translation>
    </message>
    <message>
        <source>Ein Eintrag bleibt erhalten; Jobs, History und Portalzugang des anderen gehen auf ihn über.</source>
        <translation>Ein Eintrag bleibt erhalten; Jobs, History und Portalzugang des anderen gehen auf ihn über.</translation>
    </message>
    <message>
        <source>{0} von {1} angezeigt</source>
        <translation>{0} von {1} angezeigt</translation>
    </message>
    <message>
        <source>Niemand passt zum Filter.</source>
        <translation>Niemand passt zum Filter.</translation>
    </message>
    <message>
        <source>weiterer Ansprechpartner</source>
        <translation>weiterer Ansprechpartner</translation>
    </message>
    <message>
        <source>weitere Ansprechpartner</source>
        <translation>weitere Ansprechpartner</translation>
    </message>
    <message>
        <source>wahrscheinliches Duplikat</source>
        <translation>wahrscheinliches Duplikat</translation>
    </message>
    <message>
        <source>wahrscheinliche Duplikate</source>
        <translation>wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <source>{0} – angelegt am {1}</source>
        <translation>{0} – angelegt am {1}</translation>
    </message>
    <message>
        <source>{0} – angelegt am {1}, inaktiv</source>
        <translation>{0} – angelegt am {1}, inaktiv</translation>
    </message>
    <message>
        <source>bleibt erhalten</source>
        <translation>bleibt erhalten</translation>
    </message>
    <message>
        <source>wird übernommen</source>
        <translation>wird übernommen</translation>
    </message>
    <message>
        <source>bevorzugt</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Kommt vom anderen Eintrag dazu</source>
        <translation>Kommt vom anderen Eintrag dazu</translation>
    </message>
    <message>
        <source>Keine E-Mail-Adressen oder Telefonnummern.</source>
        <translation>Keine E-Mail-Adressen oder Telefonnummern.</translation>
    </message>
    <message>
        <source>1 Angabe des anderen Eintrags ist doppelt und wird nur einmal geführt.</source>
        <translation>1 Angabe des anderen Eintrags ist doppelt und wird nur einmal geführt.</translation>
    </message>
    <message>
        <source>{0} Angaben des anderen Eintrags sind doppelt und werden nur einmal geführt.</source>
        <translation>{0} Angaben des anderen Eintrags sind doppelt und werden nur einmal geführt.</translation>
    </message>
    <message>
        <source>Zugang von „{0}“ behalten – Benutzername {1}</source>
        <translation>Zugang von „{0}“ behalten – Benutzername {1}</translation>
    </message>
    <message>
        <source>Der Eintrag „{0}“ (angelegt am {1}) wird danach entfernt und in der History als zusammengeführt vermerkt. Rückgängig mit Strg+Z.</source>
        <translation>Der Eintrag „{0}“ (angelegt am {1}) wird danach entfernt und in der History als zusammengeführt vermerkt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Angemeldet wird dann mit dem Benutzernamen {0}.</source>
        <translation>Angemeldet wird dann mit dem Benutzernamen {0}.</translation>
    </message>
    <message>
        <source>Bitte zuerst links den doppelten Eintrag wählen.</source>
        <translation>Bitte zuerst links den doppelten Eintrag wählen.</translation>
    </message>
    <message>
        <source>Bitte zuerst wählen, welcher Portalzugang erhalten bleibt.</source>
        <translation>Bitte zuerst wählen, welcher Portalzugang erhalten bleibt.</translation>
    </message>
    <message>
        <source>„{0}“ in „{1}“ übernehmen (rückgängig mit Strg+Z)</source>
        <translation>„{0}“ in „{1}“ übernehmen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>„{0}“ ist der einzige Ansprechpartner dieses Kunden – es gibt keinen Eintrag, mit dem er zusammengeführt werden könnte.</source>
        <translation>„{0}“ ist der einzige Ansprechpartner dieses Kunden – es gibt keinen Eintrag, mit dem er zusammengeführt werden könnte.</translation>
    </message>
    <message>
        <source>&amp;Doppelter Eintrag:</source>
        <translation>&amp;Doppelter Eintrag:</translation>
    </message>
    <message>
        <source>Die Liste nach Name, E-Mail-Adresse, Telefonnummer, Position oder Standort eingrenzen</source>
        <translation>Die Liste nach Name, E-Mail-Adresse, Telefonnummer, Position oder Standort eingrenzen</translation>
    </message>
    <message>
        <source>Filtern: Name, E-Mail, Telefon …</source>
        <translation>Filtern: Name, E-Mail, Telefon …</translation>
    </message>
    <message>
        <source>Die anderen Ansprechpartner dieses Kunden – wahrscheinliche Duplikate zuerst, mit dem Grund</source>
        <translation>Die anderen Ansprechpartner dieses Kunden – wahrscheinliche Duplikate zuerst, mit dem Grund</translation>
    </message>
    <message>
        <source>Bitte links den doppelten Eintrag wählen.

Danach sehen Sie hier beide Einträge nebeneinander und wählen, welcher erhalten bleibt und welche Angaben er behält.</source>
        <translation>Bitte links den doppelten Eintrag wählen.

Danach sehen Sie hier beide Einträge nebeneinander und wählen, welcher erhalten bleibt und welche Angaben er behält.</translation>
    </message>
    <message>
        <source>Welcher Eintrag bleibt erhalten?</source>
        <translation>Welcher Eintrag bleibt erhalten?</translation>
    </message>
    <message>
        <source>Dieser Eintrag bleibt erhalten; der andere wird in ihn übernommen.</source>
        <translation>Dieser Eintrag bleibt erhalten; der andere wird in ihn übernommen.</translation>
    </message>
    <message>
        <source>Abweichende Angaben – je Zeile einen Wert wählen:</source>
        <translation>Abweichende Angaben – je Zeile einen Wert wählen:</translation>
    </message>
    <message>
        <source>Name, Position, Standort und alle anderen Angaben sind bei beiden gleich.</source>
        <translation>Name, Position, Standort und alle anderen Angaben sind bei beiden gleich.</translation>
    </message>
    <message>
        <source>E-Mail-Adressen und Telefonnummern danach:</source>
        <translation>E-Mail-Adressen und Telefonnummern danach:</translation>
    </message>
    <message>
        <source>Portalzugang</source>
        <translation>Portalzugang</translation>
    </message>
    <message>
        <source>Beide haben einen Portalzugang. Bitte wählen, welcher erhalten bleibt – der andere wird entfernt.</source>
        <translation>Beide haben einen Portalzugang. Bitte wählen, welcher erhalten bleibt – der andere wird entfernt.</translation>
    </message>
    <message>
        <source>Benutzername und Passwort dieses Eintrags bleiben gültig.</source>
        <translation>Benutzername und Passwort dieses Eintrags bleiben gültig.</translation>
    </message>
</context>
<context>
    <name>MoveContactDialog</name>
    <message>
        <source>Ansprechpartner verschieben</source>
        <translation>Ansprechpartner verschieben</translation>
    </message>
    <message>
        <source>„{0}“ an einen anderen Standort verschieben.</source>
        <translation>„{0}“ an einen anderen Standort verschieben.</translation>
    </message>
    <message>
        <source>Jobs und History bleiben bei der Person.</source>
        <translation>Jobs und History bleiben bei der Person.</translation>
    </message>
    <message>
        <source>&amp;Neuer Standort:</source>
        <translation>&amp;Neuer Standort:</translation>
    </message>
    <message>
        <source>Dieser Kunde hat keinen anderen Standort. Legen Sie zuerst einen neuen Standort an.</source>
        <translation>Dieser Kunde hat keinen anderen Standort. Legen Sie zuerst einen neuen Standort an.</translation>
    </message>
    <message>
        <source>{0} verschieben</source>
        <translation>{0} verschieben</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner verschieben</source>
        <translation>{0} Ansprechpartner verschieben</translation>
    </message>
    <message>
        <source>„{0}“ von „{1}“ an einen anderen Standort verschieben.</source>
        <translation>„{0}“ von „{1}“ an einen anderen Standort verschieben.</translation>
    </message>
    <message>
        <source>Die {0} Ansprechpartner von „{1}“ an einen anderen Standort verschieben.</source>
        <translation>Die {0} Ansprechpartner von „{1}“ an einen anderen Standort verschieben.</translation>
    </message>
    <message>
        <source>Die {0} Ansprechpartner an einen anderen Standort verschieben.</source>
        <translation>Die {0} Ansprechpartner an einen anderen Standort verschieben.</translation>
    </message>
    <message>
        <source>Den Ansprechpartner von „{0}“ an einen anderen Standort verschieben.</source>
        <translation>Den Ansprechpartner von „{0}“ an einen anderen Standort verschieben.</translation>
    </message>
    <message>
        <source>Den Ansprechpartner an einen anderen Standort verschieben.</source>
        <translation>Den Ansprechpartner an einen anderen Standort verschieben.</translation>
    </message>
    <message>
        <source>Jobs und History bleiben bei den Personen.</source>
        <translation>Jobs und History bleiben bei den Personen.</translation>
    </message>
</context>
<context>
    <name>PanelModel</name>
    <message>
        <source>Standort {0}, {1}</source>
        <translation>Standort {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PortalNotice</name>
    <message>
        <source>Job freigeben…</source>
        <translation>Job freigeben…</translation>
    </message>
    <message>
        <source>Zu den Jobs des Kunden: einen Job für die Portale freigeben (oder anlegen und freigeben)</source>
        <translation>Zu den Jobs des Kunden: einen Job für die Portale freigeben (oder anlegen und freigeben)</translation>
    </message>
    <message>
        <source>Kundenportal: Noch kein Job dieses Kunden ist freigegeben – seine Ansprechpartner können sich erst danach anmelden, Passwörter erst dann gesetzt werden.</source>
        <translation>Kundenportal: Noch kein Job dieses Kunden ist freigegeben – seine Ansprechpartner können sich erst danach anmelden, Passwörter erst dann gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>PortalPreviewDialog</name>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} im Kundenportal&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} im Kundenportal&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>Anmeldung mit</source>
        <translation>Anmeldung mit</translation>
    </message>
    <message>
        <source>Sobald möglich, Anmeldung mit</source>
        <translation>Sobald möglich, Anmeldung mit</translation>
    </message>
    <message>
        <source>oder</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Noch kein Benutzername und keine E-Mail-Adresse.</source>
        <translation>Noch kein Benutzername und keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>keine Rolle</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>{0} – verantwortlich: {1}</source>
        <translation>{0} – verantwortlich: {1}</translation>
    </message>
    <message>
        <source>Freigegebene Jobs, die diese Person sieht ({0})</source>
        <translation>Freigegebene Jobs, die diese Person sieht ({0})</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Mit dieser Rolle sieht die Person keine Jobs.</source>
        <translation>Mit dieser Rolle sieht die Person keine Jobs.</translation>
    </message>
    <message>
        <source>Zurzeit ist kein Job freigegeben, den diese Person mit ihrer Rolle sehen würde.</source>
        <translation>Zurzeit ist kein Job freigegeben, den diese Person mit ihrer Rolle sehen würde.</translation>
    </message>
    <message>
        <source>Als dieser Ansprechpartner ansehen</source>
        <translation>Als dieser Ansprechpartner ansehen</translation>
    </message>
    <message>
        <source>Anmeldung</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sieht im Portal</source>
        <translation>Sieht im Portal</translation>
    </message>
    <message>
        <source>Rolle:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Bewerberdaten:</source>
        <translation>Bewerberdaten:</translation>
    </message>
    <message>
        <source>Freigegebene Jobs, die diese Person sieht</source>
        <translation>Freigegebene Jobs, die diese Person sieht</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>keine Jobs</source>
        <translation>keine Jobs</translation>
    </message>
    <message>
        <source>nur die Jobs, für die er zuständig ist,</source>
        <translation>nur die Jobs, für die er zuständig ist,</translation>
    </message>
    <message>
        <source>die Jobs seines Standorts</source>
        <translation>die Jobs seines Standorts</translation>
    </message>
    <message>
        <source>alle Jobs des Kunden</source>
        <translation>alle Jobs des Kunden</translation>
    </message>
    <message>
        <source>Im Kundenportal sieht ein Ansprechpartner mit dieser Rolle {0} und {1}.</source>
        <translation>Im Kundenportal sieht ein Ansprechpartner mit dieser Rolle {0} und {1}.</translation>
    </message>
    <message>
        <source>Kein Ansprechpartner hat diese Rolle.</source>
        <translation>Kein Ansprechpartner hat diese Rolle.</translation>
    </message>
    <message>
        <source>Ein Ansprechpartner hat diese Rolle.</source>
        <translation>Ein Ansprechpartner hat diese Rolle.</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner haben diese Rolle.</source>
        <translation>{0} Ansprechpartner haben diese Rolle.</translation>
    </message>
    <message>
        <source>Neue Ansprechpartner bekommen sie automatisch.</source>
        <translation>Neue Ansprechpartner bekommen sie automatisch.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ausgewählte Rolle</source>
        <translation>Ausgewählte Rolle</translation>
    </message>
    <message>
        <source>Neue Rolle</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Die Rolle wird angelegt, sobald Sie auf „Anlegen“ klicken.</source>
        <translation>Die Rolle wird angelegt, sobald Sie auf „Anlegen“ klicken.</translation>
    </message>
    <message>
        <source>Kundenrolle löschen</source>
        <translation>Kundenrolle löschen</translation>
    </message>
    <message>
        <source>„{0}“ ist die einzige Rolle, und Ansprechpartner haben sie. Legen Sie zuerst eine andere Rolle an, die sie stattdessen bekommen.</source>
        <translation>„{0}“ ist die einzige Rolle, und Ansprechpartner haben sie. Legen Sie zuerst eine andere Rolle an, die sie stattdessen bekommen.</translation>
    </message>
    <message>
        <source>Die Kundenrolle „{0}“ löschen? Kein Ansprechpartner hat sie.</source>
        <translation>Die Kundenrolle „{0}“ löschen? Kein Ansprechpartner hat sie.</translation>
    </message>
    <message>
        <source>Kundenrollen verwalten</source>
        <translation>Kundenrollen verwalten</translation>
    </message>
    <message>
        <source>Die Kundenrolle eines Ansprechpartners bestimmt, welche Jobs und welche Bewerberdaten er im Kundenportal sieht. Jede Änderung gilt sofort und lässt sich im Hauptfenster rückgängig machen.</source>
        <translation>Die Kundenrolle eines Ansprechpartners bestimmt, welche Jobs und welche Bewerberdaten er im Kundenportal sieht. Jede Änderung gilt sofort und lässt sich im Hauptfenster rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Rollen:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Neue Rolle</source>
        <translation>&amp;Neue Rolle</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>z. B. Geschäftsführung</source>
        <translation>z. B. Geschäftsführung</translation>
    </message>
    <message>
        <source>&amp;Umbenennen</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Anlegen</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Sichtbare &amp;Jobs:</source>
        <translation>Sichtbare &amp;Jobs:</translation>
    </message>
    <message>
        <source>&amp;Bewerberdaten:</source>
        <translation>&amp;Bewerberdaten:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatisch</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Steht bei jeder Änderung, die an diesem Rechner gemacht wird. Leer: der Anmeldename „{0}“.</source>
        <translation>Steht bei jeder Änderung, die an diesem Rechner gemacht wird. Leer: der Anmeldename „{0}“.</translation>
    </message>
    <message>
        <source>Nummern ohne +Ländervorwahl werden in diesem Land gelesen (in Österreich wird „0664 1234567“ zu +43 664 1234567). Beim Import gilt zuerst das Land der Zeile oder des Standorts.</source>
        <translation>Nummern ohne +Ländervorwahl werden in diesem Land gelesen (in Österreich wird „0664 1234567“ zu +43 664 1234567). Beim Import gilt zuerst das Land der Zeile oder des Standorts.</translation>
    </message>
    <message>
        <source>Einstellungen nicht gespeichert</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Die Einstellungen können nicht gespeichert werden ({0}).</source>
        <translation>Die Einstellungen können nicht gespeichert werden ({0}).</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Gespeichert. Die Änderungen gelten ab dem nächsten Start der Kontaktverwaltung.</source>
        <translation>Gespeichert. Die Änderungen gelten ab dem nächsten Start der Kontaktverwaltung.</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sprache der &amp;Oberfläche:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>Automatisch: wie das Betriebssystem (Deutsch, sonst Englisch). Eine Änderung gilt ab dem nächsten Start.</source>
        <translation>Automatisch: wie das Betriebssystem (Deutsch, sonst Englisch). Eine Änderung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Anzeigename für die H&amp;istory:</source>
        <translation>Anzeigename für die H&amp;istory:</translation>
    </message>
    <message>
        <source>Telefonnummern</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Land für Nummern ohne Vorwahl:</source>
        <translation>&amp;Land für Nummern ohne Vorwahl:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Eingabetaste</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Visitenkarte oder Dokument öffnen</source>
        <translation>Visitenkarte oder Dokument öffnen</translation>
    </message>
    <message>
        <source>Pfeil nach unten oder Eingabetaste in der Kundensuche</source>
        <translation>Pfeil nach unten oder Eingabetaste in der Kundensuche</translation>
    </message>
    <message>
        <source>Den ersten Treffer öffnen</source>
        <translation>Den ersten Treffer öffnen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Kundensuche → Kundenliste → Ansprechpartnersuche → Visitenkarten</source>
        <translation>Kundensuche → Kundenliste → Ansprechpartnersuche → Visitenkarten</translation>
    </message>
    <message>
        <source>In Listen und Suchfeldern</source>
        <translation>In Listen und Suchfeldern</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Offline gelöscht – auf dem Server inzwischen geändert. Der Datensatz wurde nicht gelöscht.</source>
        <translation>Offline gelöscht – auf dem Server inzwischen geändert. Der Datensatz wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Offline zusammengeführt – auf dem Server wurde einer der beiden inzwischen geändert. Die Zusammenführung wurde nicht ausgeführt.</source>
        <translation>Offline zusammengeführt – auf dem Server wurde einer der beiden inzwischen geändert. Die Zusammenführung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Der Server hat diese offline gemachte Änderung abgelehnt.</source>
        <translation>Der Server hat diese offline gemachte Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Konflikte</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Keine offenen Konflikte: Alles, was offline geändert wurde, ist beim Server angekommen.</source>
        <translation>Keine offenen Konflikte: Alles, was offline geändert wurde, ist beim Server angekommen.</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Diese Angaben wurden offline auf diesem Rechner und inzwischen auch auf dem Server geändert. Bitte je Konflikt entscheiden, was gelten soll. Bis dahin bleibt er hier aufgelistet; was nur eine Seite geändert hat, ist schon übernommen.</source>
        <translation>Diese Angaben wurden offline auf diesem Rechner und inzwischen auch auf dem Server geändert. Bitte je Konflikt entscheiden, was gelten soll. Bis dahin bleibt er hier aufgelistet; was nur eine Seite geändert hat, ist schon übernommen.</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Meine Änderung (offline)</source>
        <translation>Meine Änderung (offline)</translation>
    </message>
    <message>
        <source>Auf dem Server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Meine übernehmen</source>
        <translation>&amp;Meine übernehmen</translation>
    </message>
    <message>
        <source>Ihre offline gemachte Änderung gilt: sie wird an den Server übertragen</source>
        <translation>Ihre offline gemachte Änderung gilt: sie wird an den Server übertragen</translation>
    </message>
    <message>
        <source>&amp;Server-Stand übernehmen</source>
        <translation>&amp;Server-Stand übernehmen</translation>
    </message>
    <message>
        <source>Was auf dem Server steht, gilt: Ihre offline gemachte Änderung wird verworfen</source>
        <translation>Was auf dem Server steht, gilt: Ihre offline gemachte Änderung wird verworfen</translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline und auf dem Server verschieden geänderte Angaben – klicken, um zu entscheiden</source>
        <translation>Offline und auf dem Server verschieden geänderte Angaben – klicken, um zu entscheiden</translation>
    </message>
    <message>
        <source>Eine lokale Datenbank-Datei braucht keinen Abgleich: Synchronisiert wird nur mit einem Datenbankserver (PostgreSQL oder MariaDB).</source>
        <translation>Eine lokale Datenbank-Datei braucht keinen Abgleich: Synchronisiert wird nur mit einem Datenbankserver (PostgreSQL oder MariaDB).</translation>
    </message>
    <message>
        <source>Server nicht erreichbar – weiter auf der Offline-Kopie dieses Rechners.</source>
        <translation>Server nicht erreichbar – weiter auf der Offline-Kopie dieses Rechners.</translation>
    </message>
    <message>
        <source>Offline – 1 Änderung wartet auf Übertragung</source>
        <translation>Offline – 1 Änderung wartet auf Übertragung</translation>
    </message>
    <message>
        <source>Offline – {0} Änderungen warten auf Übertragung</source>
        <translation>Offline – {0} Änderungen warten auf Übertragung</translation>
    </message>
    <message>
        <source>Der Datenbankserver antwortet nicht. Sie arbeiten auf der Offline-Kopie dieses Rechners; Ihre Änderungen werden übertragen, sobald der Server wieder erreichbar ist (geprüft alle 30 Sekunden) – oder mit „Synchronisieren“ (F9).</source>
        <translation>Der Datenbankserver antwortet nicht. Sie arbeiten auf der Offline-Kopie dieses Rechners; Ihre Änderungen werden übertragen, sobald der Server wieder erreichbar ist (geprüft alle 30 Sekunden) – oder mit „Synchronisieren“ (F9).</translation>
    </message>
    <message>
        <source>Wird synchronisiert …</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Wieder mit dem Server verbunden. {0}</source>
        <translation>Wieder mit dem Server verbunden. {0}</translation>
    </message>
    <message>
        <source>Synchronisieren nicht möglich: {0}</source>
        <translation>Synchronisieren nicht möglich: {0}</translation>
    </message>
    <message>
        <source>Synchronisiert: {0} gesendet, {1} empfangen</source>
        <translation>Synchronisiert: {0} gesendet, {1} empfangen</translation>
    </message>
    <message>
        <source>, 1 Konflikt wartet auf Ihre Entscheidung</source>
        <translation>, 1 Konflikt wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>, {0} Konflikte warten auf Ihre Entscheidung</source>
        <translation>, {0} Konflikte warten auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>1 Konflikt</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>{0} Konflikte</source>
        <translation>{0} Konflikte</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Rückgängig: {0}</source>
        <translation>&amp;Rückgängig: {0}</translation>
    </message>
    <message>
        <source>&amp;Wiederholen: {0}</source>
        <translation>&amp;Wiederholen: {0}</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>ValueChoice</name>
    <message>
        <source>(keine Angabe)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>{0}

Diesen Wert übernehmen</source>
        <translation>{0}

Diesen Wert übernehmen</translation>
    </message>
    <message>
        <source>Keine Angabe: das Feld bleibt leer</source>
        <translation>Keine Angabe: das Feld bleibt leer</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Neuer &amp;Kunde…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <source>Kunde &amp;bearbeiten…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Kunde &amp;löschen…</source>
        <translation>Kunde &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Dokument hinzufügen…</source>
        <translation>&amp;Dokument hinzufügen…</translation>
    </message>
    <message>
        <source>Ein Dokument (Vertrag, Angebot …) beim Kunden ablegen</source>
        <translation>Ein Dokument (Vertrag, Angebot …) beim Kunden ablegen</translation>
    </message>
    <message>
        <source>Neuer &amp;Standort…</source>
        <translation>Neuer &amp;Standort…</translation>
    </message>
    <message>
        <source>Standort bearbeiten…</source>
        <translation>Standort bearbeiten…</translation>
    </message>
    <message>
        <source>Standort löschen…</source>
        <translation>Standort löschen…</translation>
    </message>
    <message>
        <source>Neuer &amp;Ansprechpartner…</source>
        <translation>Neuer &amp;Ansprechpartner…</translation>
    </message>
    <message>
        <source>Ansprechpartner &amp;bearbeiten…</source>
        <translation>Ansprechpartner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ansprechpartner &amp;löschen…</source>
        <translation>Ansprechpartner &amp;löschen…</translation>
    </message>
    <message>
        <source>Ansprechpartner de&amp;aktivieren/aktivieren…</source>
        <translation>Ansprechpartner de&amp;aktivieren/aktivieren…</translation>
    </message>
    <message>
        <source>Mit Duplikat &amp;zusammenführen…</source>
        <translation>Mit Duplikat &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>An anderen Standort &amp;verschieben…</source>
        <translation>An anderen Standort &amp;verschieben…</translation>
    </message>
    <message>
        <source>E-&amp;Mail schreiben</source>
        <translation>E-&amp;Mail schreiben</translation>
    </message>
    <message>
        <source>E-Mail an den Ansprechpartner (wird nicht in der History gespeichert)</source>
        <translation>E-Mail an den Ansprechpartner (wird nicht in der History gespeichert)</translation>
    </message>
    <message>
        <source>An&amp;rufen</source>
        <translation>An&amp;rufen</translation>
    </message>
    <message>
        <source>Den Ansprechpartner anrufen (wird nicht in der History gespeichert)</source>
        <translation>Den Ansprechpartner anrufen (wird nicht in der History gespeichert)</translation>
    </message>
    <message>
        <source>Als dieser Ansprechpartner &amp;ansehen…</source>
        <translation>Als dieser Ansprechpartner &amp;ansehen…</translation>
    </message>
    <message>
        <source>Zeigt, ob die Anmeldung im Kundenportal klappt und was die Person dort sieht</source>
        <translation>Zeigt, ob die Anmeldung im Kundenportal klappt und was die Person dort sieht</translation>
    </message>
    <message>
        <source>&amp;History des Ansprechpartners…</source>
        <translation>&amp;History des Ansprechpartners…</translation>
    </message>
    <message>
        <source>Jede Änderung an diesem Ansprechpartner: was, wer, wann</source>
        <translation>Jede Änderung an diesem Ansprechpartner: was, wer, wann</translation>
    </message>
    <message>
        <source>Kunden&amp;rollen verwalten…</source>
        <translation>Kunden&amp;rollen verwalten…</translation>
    </message>
    <message>
        <source>Rollen anlegen und festlegen, welche Jobs und Bewerberdaten sie im Portal sehen</source>
        <translation>Rollen anlegen und festlegen, welche Jobs und Bewerberdaten sie im Portal sehen</translation>
    </message>
    <message>
        <source>&amp;Globale Suche…</source>
        <translation>&amp;Globale Suche…</translation>
    </message>
    <message>
        <source>Ansprechpartner in allen Kunden suchen</source>
        <translation>Ansprechpartner in allen Kunden suchen</translation>
    </message>
    <message>
        <source>&amp;Importieren…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Kontakte aus vCard, CSV oder Excel übernehmen: Vorschau, dann ein Schritt zum Rückgängigmachen</source>
        <translation>Kontakte aus vCard, CSV oder Excel übernehmen: Vorschau, dann ein Schritt zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ansprechpartner als vCard, CSV, Excel oder PDF-Kontaktblatt speichern</source>
        <translation>Ansprechpartner als vCard, CSV, Excel oder PDF-Kontaktblatt speichern</translation>
    </message>
    <message>
        <source>&amp;Dubletten…</source>
        <translation>&amp;Dubletten…</translation>
    </message>
    <message>
        <source>Wahrscheinlich doppelt angelegte Ansprechpartner finden und zusammenführen</source>
        <translation>Wahrscheinlich doppelt angelegte Ansprechpartner finden und zusammenführen</translation>
    </message>
    <message>
        <source>Visitenkarte &amp;kopieren</source>
        <translation>Visitenkarte &amp;kopieren</translation>
    </message>
    <message>
        <source>Die Visitenkarte als Text in die Zwischenablage (Name, Position, Standort, E-Mail, Telefon)</source>
        <translation>Die Visitenkarte als Text in die Zwischenablage (Name, Position, Standort, E-Mail, Telefon)</translation>
    </message>
    <message>
        <source>Ansprechpartner suchen</source>
        <translation>Ansprechpartner suchen</translation>
    </message>
    <message>
        <source>&amp;Datenbank…</source>
        <translation>&amp;Datenbank…</translation>
    </message>
    <message>
        <source>Lokale Datei oder Datenbankserver wählen, Anzeigename für die History</source>
        <translation>Lokale Datei oder Datenbankserver wählen, Anzeigename für die History</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Über &amp;Kontaktverwaltung…</source>
        <translation>Über &amp;Kontaktverwaltung…</translation>
    </message>
    <message>
        <source>Version, Lizenz, verwendete Datenbank und Datenordner</source>
        <translation>Version, Lizenz, verwendete Datenbank und Datenordner</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Kunde</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Ansprechpartner</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Werkzeuge</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Ansprechpartner &amp;aktivieren</source>
        <translation>Ansprechpartner &amp;aktivieren</translation>
    </message>
    <message>
        <source>Ansprechpartner de&amp;aktivieren…</source>
        <translation>Ansprechpartner de&amp;aktivieren…</translation>
    </message>
    <message>
        <source>Kon&amp;taktblatt drucken…</source>
        <translation>Kon&amp;taktblatt drucken…</translation>
    </message>
    <message>
        <source>Das Kontaktblatt des Kunden drucken oder als PDF speichern: Standorte, Personen, Position, E-Mail, Telefon, Rolle</source>
        <translation>Das Kontaktblatt des Kunden drucken oder als PDF speichern: Standorte, Personen, Position, E-Mail, Telefon, Rolle</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner &amp;verschieben…</source>
        <translation>{0} Ansprechpartner &amp;verschieben…</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner de&amp;aktivieren…</source>
        <translation>{0} Ansprechpartner de&amp;aktivieren…</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner &amp;aktivieren</source>
        <translation>{0} Ansprechpartner &amp;aktivieren</translation>
    </message>
    <message>
        <source>E-&amp;Mail an {0} Ansprechpartner</source>
        <translation>E-&amp;Mail an {0} Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sprache, Ihr Name in der History, Land für Telefonnummern</source>
        <translation>Sprache, Ihr Name in der History, Land für Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Hilfe zur Kontaktverwaltung</source>
        <translation>&amp;Hilfe zur Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Wie Kunden, Standorte und Ansprechpartner gepflegt werden</source>
        <translation>Wie Kunden, Standorte und Ansprechpartner gepflegt werden</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Alle Tastenkürzel auf einen Blick</source>
        <translation>Alle Tastenkürzel auf einen Blick</translation>
    </message>
    <message>
        <source>&amp;Synchronisieren</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Die Offline-Kopie und den Server abgleichen: Ihre Änderungen senden, die der anderen holen</source>
        <translation>Die Offline-Kopie und den Server abgleichen: Ihre Änderungen senden, die der anderen holen</translation>
    </message>
    <message>
        <source>&amp;Konflikte…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Offline und auf dem Server verschieden geänderte Angaben ansehen und entscheiden</source>
        <translation>Offline und auf dem Server verschieden geänderte Angaben ansehen und entscheiden</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Die Datenbank wird auf den neuesten Stand gebracht (Version {0} von {1}) … Bitte das Programm nicht schließen.</source>
        <translation>Die Datenbank wird auf den neuesten Stand gebracht (Version {0} von {1}) … Bitte das Programm nicht schließen.</translation>
    </message>
    <message>
        <source>Ein anderer Arbeitsplatz bringt die Datenbank gerade auf den neuesten Stand. Sobald er fertig ist, geht es hier weiter …</source>
        <translation>Ein anderer Arbeitsplatz bringt die Datenbank gerade auf den neuesten Stand. Sobald er fertig ist, geht es hier weiter …</translation>
    </message>
    <message>
        <source>Kontaktverwaltung – Datenbank-Passwort</source>
        <translation>Kontaktverwaltung – Datenbank-Passwort</translation>
    </message>
    <message>
        <source>Passwort für „{0}“ auf {1}:{2}, Datenbank „{3}“:

Auf diesem Rechner gibt es keinen Passwort-Tresor; deshalb wird das Passwort bei jedem Start abgefragt.</source>
        <translation>Passwort für „{0}“ auf {1}:{2}, Datenbank „{3}“:

Auf diesem Rechner gibt es keinen Passwort-Tresor; deshalb wird das Passwort bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Datenbank kann nicht geöffnet werden</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unerwarteter Fehler: {0}</source>
        <translation>Unerwarteter Fehler: {0}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Datenbank-Einstellungen …</source>
        <translation>Datenbank-Einstellungen …</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Inzwischen geändert</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>„{0}“ wurde an einem anderen Arbeitsplatz geändert, seit Sie ihn geöffnet haben.</source>
        <translation>„{0}“ wurde an einem anderen Arbeitsplatz geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Sie sahen</source>
        <translation>Sie sahen</translation>
    </message>
    <message>
        <source>jetzt</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mit dem jetzigen Stand trotzdem {0}?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit dem jetzigen Stand trotzdem {0}?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trotzdem {0}</source>
        <translation>Trotzdem {0}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Ansprechpartner löschen</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <source>„{0}“ wirklich löschen?</source>
        <translation>„{0}“ wirklich löschen?</translation>
    </message>
    <message>
        <source>Beim Löschen gehen diese Verknüpfungen verloren: {0}.</source>
        <translation>Beim Löschen gehen diese Verknüpfungen verloren: {0}.</translation>
    </message>
    <message>
        <source>Es hängen keine Jobs, History-Einträge oder Portalzugänge an dieser Person.</source>
        <translation>Es hängen keine Jobs, History-Einträge oder Portalzugänge an dieser Person.</translation>
    </message>
    <message>
        <source>Empfehlung: stattdessen deaktivieren. Alle Verknüpfungen bleiben erhalten, der Portalzugang wird gesperrt, und Sie können die Person jederzeit wieder aktivieren.</source>
        <translation>Empfehlung: stattdessen deaktivieren. Alle Verknüpfungen bleiben erhalten, der Portalzugang wird gesperrt, und Sie können die Person jederzeit wieder aktivieren.</translation>
    </message>
    <message>
        <source>Stattdessen deaktivieren</source>
        <translation>Stattdessen deaktivieren</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Standort löschen</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>Der Standort „{0}“ hat noch {1} Ansprechpartner. Zuerst verschieben?</source>
        <translation>Der Standort „{0}“ hat noch {1} Ansprechpartner. Zuerst verschieben?</translation>
    </message>
    <message>
        <source>Ansprechpartner werden nie mit dem Standort gelöscht. Wählen Sie als Nächstes den Standort, zu dem sie verschoben werden; danach wird „{0}“ gelöscht.</source>
        <translation>Ansprechpartner werden nie mit dem Standort gelöscht. Wählen Sie als Nächstes den Standort, zu dem sie verschoben werden; danach wird „{0}“ gelöscht.</translation>
    </message>
    <message>
        <source>Verschieben …</source>
        <translation>Verschieben …</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Ihre Änderungen sind noch nicht gespeichert.</source>
        <translation>Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Speichern, verwerfen oder weiter bearbeiten?</source>
        <translation>Speichern, verwerfen oder weiter bearbeiten?</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Kundenrolle ändern</source>
        <translation>Kundenrolle ändern</translation>
    </message>
    <message>
        <source>Ein Ansprechpartner hat die Rolle „{0}“. Was er im Portal sieht, ändert sich.</source>
        <translation>Ein Ansprechpartner hat die Rolle „{0}“. Was er im Portal sieht, ändert sich.</translation>
    </message>
    <message>
        <source>{1} Ansprechpartner haben die Rolle „{0}“. Was sie im Portal sehen, ändert sich für alle.</source>
        <translation>{1} Ansprechpartner haben die Rolle „{0}“. Was sie im Portal sehen, ändert sich für alle.</translation>
    </message>
    <message>
        <source>Künftig: {0}</source>
        <translation>Künftig: {0}</translation>
    </message>
    <message>
        <source>Ändern</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Kundenrolle löschen</source>
        <translation>Kundenrolle löschen</translation>
    </message>
    <message>
        <source>Ein Ansprechpartner hat die Rolle „{0}“. Welche Rolle soll er stattdessen bekommen?</source>
        <translation>Ein Ansprechpartner hat die Rolle „{0}“. Welche Rolle soll er stattdessen bekommen?</translation>
    </message>
    <message>
        <source>{1} Ansprechpartner haben die Rolle „{0}“. Welche Rolle sollen sie stattdessen bekommen?</source>
        <translation>{1} Ansprechpartner haben die Rolle „{0}“. Welche Rolle sollen sie stattdessen bekommen?</translation>
    </message>
    <message>
        <source>Danach wird „{0}“ gelöscht.</source>
        <translation>Danach wird „{0}“ gelöscht.</translation>
    </message>
    <message>
        <source>Ersetzen und löschen</source>
        <translation>Ersetzen und löschen</translation>
    </message>
    <message>
        <source>Kunde löschen</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Den Kunden „{0}“ mit allem, was dazugehört, löschen?</source>
        <translation>Den Kunden „{0}“ mit allem, was dazugehört, löschen?</translation>
    </message>
    <message>
        <source>Sie können das mit „Rückgängig“ (Strg+Z) zurücknehmen, solange die App offen ist.</source>
        <translation>Sie können das mit „Rückgängig“ (Strg+Z) zurücknehmen, solange die App offen ist.</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner deaktivieren</source>
        <translation>{0} Ansprechpartner deaktivieren</translation>
    </message>
    <message>
        <source>Warum? Alle Verknüpfungen bleiben, der Portalzugang wird gesperrt; rückgängig jederzeit.</source>
        <translation>Warum? Alle Verknüpfungen bleiben, der Portalzugang wird gesperrt; rückgängig jederzeit.</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deaktivieren</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Auf diesem Rechner gibt es keinen Passwort-Tresor des Betriebssystems.</source>
        <translation>Auf diesem Rechner gibt es keinen Passwort-Tresor des Betriebssystems.</translation>
    </message>
    <message>
        <source>Der Passwort-Tresor des Betriebssystems ist nicht verfügbar: {0}</source>
        <translation>Der Passwort-Tresor des Betriebssystems ist nicht verfügbar: {0}</translation>
    </message>
</context>
</TS>
