<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Kontaktverwaltung</source>
        <translation>About Kontaktverwaltung</translation>
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
        <translation>Clients, their locations and the contacts at each location – and which of them may sign in to the agency&apos;s client portal.</translation>
    </message>
    <message>
        <source>Lizenz: proprietär – © {0} Kontaktverwaltung. Alle Rechte vorbehalten.</source>
        <translation>Licence: proprietary – © {0} Kontaktverwaltung. All rights reserved.</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Datenordner:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Software:</translation>
    </message>
    <message>
        <source>&amp;Datenordner öffnen</source>
        <translation>&amp;Open data folder</translation>
    </message>
    <message>
        <source>Den Ordner gibt es noch nicht.</source>
        <translation>The folder does not exist yet.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CardChannels</name>
    <message>
        <source>E-Mail schreiben</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <source>Anrufen</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Ganze Visitenkarte als Text</source>
        <translation>Whole contact card as text</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>z. B. 0664 1234567</source>
        <translation>e.g. 0664 1234567</translation>
    </message>
    <message>
        <source>name@firma.at</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Art der Telefonnummer</source>
        <translation>Type of phone number</translation>
    </message>
    <message>
        <source>Art der E-Mail-Adresse</source>
        <translation>Type of e-mail address</translation>
    </message>
    <message>
        <source>Haupt</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Hauptnummer: steht auf der Karte und wird angerufen</source>
        <translation>Main number: shown on the card and called</translation>
    </message>
    <message>
        <source>Hauptadresse: steht auf der Karte und bekommt die E-Mails</source>
        <translation>Main address: shown on the card and receives the e-mails</translation>
    </message>
    <message>
        <source>Diese Telefonnummer entfernen</source>
        <translation>Remove this phone number</translation>
    </message>
    <message>
        <source>Diese E-Mail-Adresse entfernen</source>
        <translation>Remove this e-mail address</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Gleichzeitig geändert</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <source>„{0}“ wurde inzwischen von {1} gespeichert, und dieselben Angaben haben auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular noch beides zusammenführen und speichern.</source>
        <translation>{1} has saved “{0}” in the meantime and changed the same details as you. Please choose per row which value applies – afterwards you can still combine both in the form and save.</translation>
    </message>
    <message>
        <source>„{0}“ wurde inzwischen von jemand anderem gespeichert, und dieselben Angaben haben auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular noch beides zusammenführen und speichern.</source>
        <translation>Someone else has saved “{0}” in the meantime and changed the same details as you. Please choose per row which value applies – afterwards you can still combine both in the form and save.</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Ihre Eingabe</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <source>Inzwischen gespeichert</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactCardDelegate</name>
    <message>
        <source>E-Mail schreiben (wird nicht in der History gespeichert)</source>
        <translation>Write an e-mail (not recorded in the history)</translation>
    </message>
    <message>
        <source>Anrufen (wird nicht in der History gespeichert)</source>
        <translation>Call (not recorded in the history)</translation>
    </message>
    <message>
        <source>Mit einem Duplikat zusammenführen</source>
        <translation>Merge with a duplicate</translation>
    </message>
    <message>
        <source>An einen anderen Standort verschieben</source>
        <translation>Move to another location</translation>
    </message>
    <message>
        <source>Ansprechpartner bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Ansprechpartner löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Neuen Ansprechpartner an diesem Standort anlegen</source>
        <translation>Add a new contact at this location</translation>
    </message>
    <message>
        <source>Standort bearbeiten</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <source>Standort löschen</source>
        <translation>Delete location</translation>
    </message>
    <message>
        <source>Ansprechpartner anlegen</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Den ersten Ansprechpartner an diesem Standort anlegen (Strg+N)</source>
        <translation>Add the first contact at this location (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rolle: {0}</source>
        <translation>Role: {0}</translation>
    </message>
    <message>
        <source>Keine Kundenrolle</source>
        <translation>No client role</translation>
    </message>
    <message>
        <source>Treffer: {0}</source>
        <translation>Match: {0}</translation>
    </message>
    <message>
        <source>keine E-Mail oder Telefonnummer</source>
        <translation>no e-mail or phone number</translation>
    </message>
    <message>
        <source>ohne Grund</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Inaktiv: {0} bis {1}</source>
        <translation>Inactive: {0} until {1}</translation>
    </message>
    <message>
        <source>Inaktiv: {0}</source>
        <translation>Inactive: {0}</translation>
    </message>
    <message>
        <source>Keine E-Mail-Adresse hinterlegt</source>
        <translation>No e-mail address on file</translation>
    </message>
    <message>
        <source>Keine Telefonnummer hinterlegt</source>
        <translation>No phone number on file</translation>
    </message>
    <message>
        <source>Alle E-Mail-Adressen und Telefonnummern</source>
        <translation>All e-mail addresses and phone numbers</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>Mx</translation>
    </message>
    <message>
        <source>— niemand —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>— bitte wählen —</source>
        <translation>— please choose —</translation>
    </message>
    <message>
        <source>1 offenen Job</source>
        <translation>1 open job</translation>
    </message>
    <message>
        <source>{0} offene Jobs</source>
        <translation>{0} open jobs</translation>
    </message>
    <message>
        <source>die Kundenrolle „{0}“</source>
        <translation>the client role “{0}”</translation>
    </message>
    <message>
        <source>Die gewählte Person übernimmt {0}.</source>
        <translation>The chosen person takes over {0}.</translation>
    </message>
    <message>
        <source>Keine Rolle gewählt.</source>
        <translation>No role chosen.</translation>
    </message>
    <message>
        <source>Ein Passwort ist gesetzt. Ein neues ersetzt es beim Speichern.</source>
        <translation>A password is set. A new one replaces it when you save.</translation>
    </message>
    <message>
        <source>Leer lassen, wenn (noch) kein Portalzugang gewünscht ist.</source>
        <translation>Leave empty if no portal access is wanted (yet).</translation>
    </message>
    <message>
        <source>Passwort kopiert – es wird beim Speichern gesetzt.</source>
        <translation>Password copied – it is set when you save.</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ohne Grund</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>inaktiv ({0} bis {1})</source>
        <translation>inactive ({0} until {1})</translation>
    </message>
    <message>
        <source>inaktiv ({0})</source>
        <translation>inactive ({0})</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anre&amp;de:</source>
        <translation>Salu&amp;tation:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>z. B. Mag., Dr., DI</source>
        <translation>e.g. Mag., Dr., DI</translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Nachname:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>z. B. Leitung Personal</source>
        <translation>e.g. Head of HR</translation>
    </message>
    <message>
        <source>A&amp;bteilung:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>z. B. Personalabteilung</source>
        <translation>e.g. Human Resources</translation>
    </message>
    <message>
        <source>E-Mail und Telefon</source>
        <translation>E-mail and phone</translation>
    </message>
    <message>
        <source>E-Mail-Adressen</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>E-Mail hinzufügen</source>
        <translation>Add e-mail</translation>
    </message>
    <message>
        <source>Eine weitere E-Mail-Adresse eintragen (Strg+Umschalt+E)</source>
        <translation>Enter another e-mail address (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Telefonnummern</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Telefon hinzufügen</source>
        <translation>Add phone</translation>
    </message>
    <message>
        <source>Eine weitere Telefonnummer eintragen (Strg+Umschalt+T)</source>
        <translation>Enter another phone number (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Im Kundenportal kann sich die Person mit ihrem Benutzernamen oder mit jeder dieser E-Mail-Adressen anmelden.</source>
        <translation>In the client portal, the person can sign in with their username or with any of these e-mail addresses.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Aktiv</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Inaktive Ansprechpartner behalten alle Verknüpfungen; ihr Portalzugang ist gesperrt.</source>
        <translation>Inactive contacts keep all their links; their portal access is blocked.</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>b&amp;is:</source>
        <translation>&amp;until:</translation>
    </message>
    <message>
        <source>befristet</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>Mit Enddatum, z. B. Ende der Karenz</source>
        <translation>With an end date, e.g. the end of parental leave</translation>
    </message>
    <message>
        <source>Nach&amp;folge:</source>
        <translation>Su&amp;ccessor:</translation>
    </message>
    <message>
        <source>Wer übernimmt die offenen Jobs und die Kundenrolle?</source>
        <translation>Who takes over the open jobs and the client role?</translation>
    </message>
    <message>
        <source>Kundenportal</source>
        <translation>Client portal</translation>
    </message>
    <message>
        <source>Ben&amp;utzername:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Wird aus dem Namen erzeugt; kann geändert werden. Muss über alle Kunden eindeutig sein.</source>
        <translation>Made from the name; can be changed. Must be unique across all clients.</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <source>Neues Pass&amp;wort:</source>
        <translation>New pass&amp;word:</translation>
    </message>
    <message>
        <source>mind. 10 Zeichen</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Ein neues Portal-Passwort; es wird beim Speichern gesetzt.</source>
        <translation>A new portal password; it is set when you save.</translation>
    </message>
    <message>
        <source>&amp;Erzeugen</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Ein sicheres, gut vorlesbares Passwort erzeugen</source>
        <translation>Generate a secure password that is easy to read out</translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Das Passwort in die Zwischenablage kopieren</source>
        <translation>Copy the password to the clipboard</translation>
    </message>
    <message>
        <source>N&amp;otizen</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notizen zur Person, z. B. erreichbar Mo–Do vormittags</source>
        <translation>Notes on the person, e.g. reachable Mon–Thu mornings</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Neuer Ansprechpartner – {0}</source>
        <translation>New contact – {0}</translation>
    </message>
    <message>
        <source>Ansprechpartner bearbeiten – {0}</source>
        <translation>Edit contact – {0}</translation>
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
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>Name und Position</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Telefon {0}</source>
        <translation>Phone {0}</translation>
    </message>
    <message>
        <source>Keine Ansprechpartner an diesem Standort.</source>
        <translation>No contacts at this location.</translation>
    </message>
    <message>
        <source>Kontaktblatt {0}</source>
        <translation>Contact sheet {0}</translation>
    </message>
    <message>
        <source>1 Standort</source>
        <translation>1 location</translation>
    </message>
    <message>
        <source>{0} Standorte</source>
        <translation>{0} locations</translation>
    </message>
    <message>
        <source>1 Ansprechpartner</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner</source>
        <translation>{0} contacts</translation>
    </message>
    <message>
        <source>Kundennummer {0} · {1} · {2} · Stand {3}</source>
        <translation>Client number {0} · {1} · {2} · as of {3}</translation>
    </message>
    <message>
        <source>Dieser Kunde hat noch keine Standorte.</source>
        <translation>This client has no locations yet.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Österreich</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Schweiz</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Belgien</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Bulgarien</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Dänemark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <source>Estland</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Finnland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Frankreich</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Griechenland</source>
        <translation>Greece</translation>
    </message>
    <message>
        <source>Irland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Italien</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Kroatien</source>
        <translation>Croatia</translation>
    </message>
    <message>
        <source>Lettland</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <source>Litauen</source>
        <translation>Lithuania</translation>
    </message>
    <message>
        <source>Luxemburg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Niederlande</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Norwegen</source>
        <translation>Norway</translation>
    </message>
    <message>
        <source>Polen</source>
        <translation>Poland</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Rumänien</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Schweden</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <source>Serbien</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Slowakei</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <source>Slowenien</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Spanien</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Tschechien</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <source>Türkei</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Ungarn</source>
        <translation>Hungary</translation>
    </message>
    <message>
        <source>Vereinigtes Königreich</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Vereinigte Staaten</source>
        <translation>United States</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Kundennummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Neuer Kunde</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Kunde bearbeiten</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>Client &amp;number:</translation>
    </message>
    <message>
        <source>z. B. K-1024</source>
        <translation>e.g. K-1024</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>z. B. Alpenbau GmbH</source>
        <translation>e.g. Alpenbau GmbH</translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Kundennummer {0}</source>
        <translation>Client number {0}</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Standorte</source>
        <translation>locations</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>einer</comment>
        <translation>contact</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>mehrere</comment>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Dokumente:</source>
        <translation>Documents:</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>ohne Ort</source>
        <translation>no town</translation>
    </message>
    <message>
        <source>{0}
{1} · {2} · {3} AP</source>
        <translation>{0}
{1} · {2} · contacts: {3}</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>einer</comment>
        <translation>contact</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <comment>mehrere</comment>
        <translation>contacts</translation>
    </message>
    <message>
        <source>{0}
Kundennummer {1}
{2}</source>
        <translation>{0}
Client number {1}
{2}</translation>
    </message>
</context>
<context>
    <name>CustomerPages</name>
    <message>
        <source>Bitte links einen Kunden wählen.</source>
        <translation>Please choose a client on the left.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen in der Kontaktverwaltung&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Kontaktverwaltung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Noch keine Kunden angelegt. Legen Sie den ersten Kunden an, importieren Sie
Ihre Kontakte (Outlook, Google, Excel, vCard) – oder laden Sie Demodaten,
um alles gefahrlos auszuprobieren.</source>
        <translation>No clients yet. Create the first client, import your contacts
(Outlook, Google, Excel, vCard) – or load demo data
to try everything out safely.</translation>
    </message>
    <message>
        <source>Neuen Kunden anlegen</source>
        <translation>Add new client</translation>
    </message>
    <message>
        <source>Demodaten laden</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>200 erfundene Kunden mit Standorten und Ansprechpartnern anlegen</source>
        <translation>Create 200 made-up clients with locations and contacts</translation>
    </message>
    <message>
        <source>Kontakte importieren…</source>
        <translation>Import contacts…</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Kunden suchen: Name, Nummer, Ort</source>
        <translation>Search clients: name, number, town</translation>
    </message>
    <message>
        <source>Enter oder Pfeil nach unten öffnet den ersten Treffer</source>
        <translation>Enter or the down arrow opens the first match</translation>
    </message>
    <message>
        <source>Neuer Kunde</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Einen neuen Kunden anlegen (Strg+Umschalt+N)</source>
        <translation>Add a new client (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>{0} Kunden werden geladen …</source>
        <translation>Loading {0} clients …</translation>
    </message>
    <message>
        <source>Kunden können nicht geladen werden</source>
        <translation>Clients cannot be loaded</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Die Datenbank im Benutzerordner dieses Rechners</source>
        <translation>The database in this computer&apos;s user folder</translation>
    </message>
    <message>
        <source>{0} Das Passwort wird deshalb nicht gespeichert, sondern bei jedem Start abgefragt.</source>
        <translation>{0} The password is therefore not stored but asked for at every start.</translation>
    </message>
    <message>
        <source>Das Passwort wird im Passwort-Tresor des Betriebssystems gespeichert.</source>
        <translation>The password is stored in the operating system&apos;s password vault.</translation>
    </message>
    <message>
        <source>Datenbankdatei wählen</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <source>Bitte zuerst die markierten Angaben ergänzen.</source>
        <translation>Please complete the marked details first.</translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <source>{0} Das Passwort wird deshalb bei jedem Start abgefragt.</source>
        <translation>{0} The password will therefore be asked for at every start.</translation>
    </message>
    <message>
        <source>Einstellungen nicht gespeichert</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Die Einstellungen können nicht gespeichert werden ({0}).</source>
        <translation>The settings cannot be saved ({0}).</translation>
    </message>
    <message>
        <source>Gespeichert. Die Kontaktverwaltung öffnet die gewählte Datenbank beim nächsten Start: Bitte das Programm beenden und neu starten.</source>
        <translation>Saved. Kontaktverwaltung opens the chosen database at the next start: please quit the program and start it again.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Wo liegen die Daten?</source>
        <translation>Where is the data kept?</translation>
    </message>
    <message>
        <source>&amp;Lokale Datei (Standard)</source>
        <translation>&amp;Local file (default)</translation>
    </message>
    <message>
        <source>&amp;Andere Datei…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>Pfad der Datenbankdatei, z. B. auf einem Netzlaufwerk</source>
        <translation>Path of the database file, e.g. on a network drive</translation>
    </message>
    <message>
        <source>Durchs&amp;uchen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Ar&amp;t:</source>
        <translation>&amp;Type:</translation>
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
        <translation>e.g. db.agency.local or 192.168.1.20</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Datenbank:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>z. B. kontakte</source>
        <translation>e.g. contacts</translation>
    </message>
    <message>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Verbindung testen</source>
        <translation>&amp;Test connection</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Hinzugefügt</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>&lt;b&gt;Notizen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notizen bearbeiten…</source>
        <translation>Edit notes…</translation>
    </message>
    <message>
        <source>Die Notizen stehen im Dialog „Kunde bearbeiten“</source>
        <translation>The notes are edited in the “Edit client” dialog</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dokumente&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hinzufügen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Dateien beim Kunden ablegen – oder einfach auf die Liste ziehen</source>
        <translation>Store files with the client – or simply drag them onto the list</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Eine Kopie im passenden Programm öffnen (Änderungen daran werden nicht gespeichert; Eingabetaste)</source>
        <translation>Open a copy in the matching program (changes to it are not saved; Enter)</translation>
    </message>
    <message>
        <source>Speichern unter…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Das Dokument als Datei speichern</source>
        <translation>Save the document as a file</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Das Dokument beim Kunden entfernen (Entf; Strg+Z holt es zurück)</source>
        <translation>Remove the document from the client (Del; Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Keine Notizen zu diesem Kunden.</source>
        <translation>No notes about this client.</translation>
    </message>
    <message>
        <source>Noch keine Dokumente.
Ziehen Sie Dateien hierher oder wählen Sie „Hinzufügen…“.</source>
        <translation>No documents yet.
Drag files here or choose “Add…”.</translation>
    </message>
    <message>
        <source>Kein Kunde gewählt.</source>
        <translation>No client chosen.</translation>
    </message>
    <message>
        <source>1 Dokument</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>{0} Dokumente</source>
        <translation>{0} documents</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Dokumente für „{0}“ hinzufügen</source>
        <translation>Add documents for “{0}”</translation>
    </message>
    <message>
        <source>Dokument hinzufügen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>„{0}“ kann nicht gelesen werden: {1}</source>
        <translation>“{0}” cannot be read: {1}</translation>
    </message>
    <message>
        <source>Dokument „{0}“ hinzugefügt.</source>
        <translation>Document “{0}” added.</translation>
    </message>
    <message>
        <source>{0} Dokumente hinzugefügt.</source>
        <translation>{0} documents added.</translation>
    </message>
    <message>
        <source>Dokument öffnen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>Für „{0}“ ist kein Programm eingerichtet. Speichern Sie das Dokument und öffnen Sie es von dort.</source>
        <translation>No program is set up for “{0}”. Save the document and open it from there.</translation>
    </message>
    <message>
        <source>„{0}“ speichern</source>
        <translation>Save “{0}”</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Dokument speichern</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>„{0}“ kann nicht geschrieben werden: {1}</source>
        <translation>“{0}” cannot be written: {1}</translation>
    </message>
    <message>
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Dokument „{0}“ entfernt – Strg+Z holt es zurück.</source>
        <translation>Document “{0}” removed – Ctrl+Z brings it back.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Diesen &amp;öffnen</source>
        <translation>Open t&amp;his one</translation>
    </message>
    <message>
        <source>Dieses Formular schließen und den vorhandenen Ansprechpartner bearbeiten</source>
        <translation>Close this form and edit the existing contact instead</translation>
    </message>
    <message>
        <source>Trotzdem an&amp;legen</source>
        <translation>Create an&amp;yway</translation>
    </message>
    <message>
        <source>Es ist eine andere Person: den Hinweis ausblenden und weiter erfassen</source>
        <translation>It is someone else: hide the hint and go on</translation>
    </message>
    <message>
        <source>Gibt es diese Person schon? {0} – {1}.</source>
        <translation>Does this person exist already? {0} – {1}.</translation>
    </message>
    <message>
        <source>Dazu {0} weitere ähnliche.</source>
        <translation>And {0} more who look alike.</translation>
    </message>
    <message>
        <source>{0} „{1}“ (eingegeben: „{2}“)</source>
        <translation>{0} “{1}” (typed: “{2}”)</translation>
    </message>
    <message>
        <source>{0} „{1}“</source>
        <translation>{0} “{1}”</translation>
    </message>
    <message>
        <source>das neue Portal-Passwort</source>
        <translation>the new portal password</translation>
    </message>
    <message>
        <source>Aus Ihrer Eingabe übernommen: {0}. Speichern übernimmt es, Abbrechen verwirft es nach Rückfrage.</source>
        <translation>Taken over from what you typed: {0}. Save keeps it; Cancel asks before dropping it.</translation>
    </message>
    <message>
        <source>Der Name bleibt wie gespeichert: {0}.</source>
        <translation>The name stays as stored: {0}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Gründe</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Benutzername: {0}</source>
        <translation>Username: {0}</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Nr. {0}</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>Suche wahrscheinliche Dubletten …</source>
        <translation>Looking for likely duplicates …</translation>
    </message>
    <message>
        <source>Keine wahrscheinlichen Dubletten gefunden.</source>
        <translation>No likely duplicates found.</translation>
    </message>
    <message>
        <source>1 wahrscheinliche Dublette.</source>
        <translation>1 likely duplicate.</translation>
    </message>
    <message>
        <source>{0} wahrscheinliche Dubletten.</source>
        <translation>{0} likely duplicates.</translation>
    </message>
    <message>
        <source>Dubletten</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>&amp;Keine Dublette</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <source>Diese beiden sind verschiedene Personen: das Paar wird nie wieder vorgeschlagen (rückgängig mit Strg+Z)</source>
        <translation>These two are different people: the pair is never suggested again (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Möglicherweise dieselbe Person</source>
        <translation>Possibly the same person</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Die Datenbank wird noch geöffnet – bitte einen Moment.</source>
        <translation>The database is still opening – one moment, please.</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Demodaten werden angelegt …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <source>Demodaten geladen: 200 Kunden.</source>
        <translation>Demo data loaded: 200 clients.</translation>
    </message>
    <message>
        <source>Standort löschen</source>
        <translation>Delete location</translation>
    </message>
    <message>
        <source>„{0}“ hat noch {1} Ansprechpartner und es gibt keinen anderen Standort, zu dem sie verschoben werden könnten. Legen Sie zuerst einen an.</source>
        <translation>“{0}” still has {1} contacts and there is no other location they could be moved to. Please add one first.</translation>
    </message>
    <message>
        <source>Standort „{0}“ löschen?</source>
        <translation>Delete location “{0}”?</translation>
    </message>
    <message>
        <source>löschen</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>aktivieren</source>
        <translation>activate</translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Dieser Kunde hat keinen anderen Standort.</source>
        <translation>This client has no other location.</translation>
    </message>
    <message>
        <source>verschieben</source>
        <translation>move</translation>
    </message>
    <message>
        <source>Exportiert: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Dieser Import ist schon rückgängig gemacht oder wird nicht mehr aufbewahrt.</source>
        <translation>This import has already been undone or is no longer kept.</translation>
    </message>
    <message>
        <source>Den Import „{0}“ vom {1} ganz zurücknehmen?

Ansprechpartner, die er angelegt hat, werden entfernt: {2}. Die er aktualisiert hat, bekommen ihre früheren Werte zurück: {3}.</source>
        <translation>Take back the whole import “{0}” of {1}?

Contacts it created are removed: {2}. Contacts it updated get their earlier values back: {3}.</translation>
    </message>
    <message>
        <source>Import „{0}“ zurückgenommen.</source>
        <translation>Import “{0}” taken back.</translation>
    </message>
    <message>
        <source>Gedruckt: {0}</source>
        <translation>Printed: {0}</translation>
    </message>
    <message>
        <source>Die {0} ausgewählten Ansprechpartner</source>
        <translation>The {0} selected contacts</translation>
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
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>PDF-Kontaktblatt des Kunden (.pdf)</source>
        <translation>PDF contact sheet of the client (.pdf)</translation>
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
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die des Kunden „{0}“</source>
        <translation>Those of the client “{0}”</translation>
    </message>
    <message>
        <source>Der angezeigte Ansprechpartner</source>
        <translation>The contact shown</translation>
    </message>
    <message>
        <source>Die {0} angezeigten Ansprechpartner</source>
        <translation>The {0} contacts shown</translation>
    </message>
    <message>
        <source>Das PDF-Kontaktblatt gibt es für einen Kunden: bitte zuerst einen Kunden wählen.</source>
        <translation>The PDF contact sheet is made for one client: please choose a client first.</translation>
    </message>
    <message>
        <source>Bitte angeben, wohin exportiert wird.</source>
        <translation>Please say where to export to.</translation>
    </message>
    <message>
        <source>Wird exportiert …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner exportiert: {1}</source>
        <translation>{0} contacts exported: {1}</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Welche:</source>
        <translation>Which:</translation>
    </message>
    <message>
        <source>&amp;Alle Ansprechpartner der Datenbank</source>
        <translation>&amp;All contacts of the database</translation>
    </message>
    <message>
        <source>Die des gewählten &amp;Kunden</source>
        <translation>Those of the selected &amp;client</translation>
    </message>
    <message>
        <source>Die &amp;angezeigten Ansprechpartner</source>
        <translation>The contacts &amp;shown</translation>
    </message>
    <message>
        <source>&amp;vCard-Version:</source>
        <translation>&amp;vCard version:</translation>
    </message>
    <message>
        <source>&amp;Eine Datei je Ansprechpartner (Outlook liest nur die erste Karte einer Datei)</source>
        <translation>&amp;One file per contact (Outlook reads only the first card of a file)</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Verschieben</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Globale Suche</source>
        <translation>Global search</translation>
    </message>
    <message>
        <source>Name, E-Mail, Telefonnummer, Position oder Standort – in allen Kunden</source>
        <translation>Name, e-mail, phone number, position or location – across all clients</translation>
    </message>
    <message>
        <source>Tippen Sie, um zu suchen.</source>
        <translation>Type to search.</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} (inaktiv)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <source>{0} – {1}
{2} ({3}) · {4} · {5}</source>
        <translation>{0} – {1}
{2} ({3}) · {4} · {5}</translation>
    </message>
    <message>
        <source>ohne Position</source>
        <translation>no position</translation>
    </message>
    <message>
        <source>keine Kontaktdaten</source>
        <translation>no contact details</translation>
    </message>
    <message>
        <source>Nichts gefunden zu „{0}“.</source>
        <translation>Nothing found for “{0}”.</translation>
    </message>
    <message>
        <source>{0} Treffer – es gibt mehr, bitte genauer suchen</source>
        <translation>{0} matches – there are more, please search more precisely</translation>
    </message>
    <message>
        <source>{0} Treffer</source>
        <comment>einer</comment>
        <translation>{0} match</translation>
    </message>
    <message>
        <source>{0} Treffer</source>
        <comment>mehrere</comment>
        <translation>{0} matches</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hilfe – Kontaktverwaltung</source>
        <translation>Help – Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Tastenkürzel…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
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
        <translation>Filter history: text, person, kind</translation>
    </message>
    <message>
        <source>Nur Einträge dieser Art zeigen</source>
        <translation>Show only entries of this kind</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Alle Änderungen beim Kunden „{0}“</source>
        <translation>All changes at the client “{0}”</translation>
    </message>
    <message>
        <source>Änderungen an „{0}“</source>
        <translation>Changes to “{0}”</translation>
    </message>
    <message>
        <source>Kein Kunde gewählt.</source>
        <translation>No client chosen.</translation>
    </message>
    <message>
        <source>Noch keine Einträge für diesen Ansprechpartner.</source>
        <translation>No entries for this contact yet.</translation>
    </message>
    <message>
        <source>Noch keine Einträge für diesen Kunden.</source>
        <translation>No entries for this client yet.</translation>
    </message>
    <message>
        <source>Kein Eintrag passt zum Filter.</source>
        <translation>No entry matches the filter.</translation>
    </message>
    <message>
        <source>{0} von den neuesten {1} Einträgen</source>
        <translation>{0} of the newest {1} entries</translation>
    </message>
    <message>
        <source>{0} von {1} Einträgen</source>
        <translation>{0} of {1} entries</translation>
    </message>
    <message>
        <source>Die neuesten {0} Einträge</source>
        <translation>The newest {0} entries</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{0} Einträge</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Den ganzen Import zurücknehmen: neu angelegte Ansprechpartner entfernen, aktualisierte wiederherstellen</source>
        <translation>Take back the whole import: remove the contacts it created, restore the ones it updated</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adressbücher (*.vcf *.vcard *.csv *.txt *.xlsx);;Alle Dateien (*)</source>
        <translation>Address books (*.vcf *.vcard *.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>UTF-8 mit BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Westeuropa)</source>
        <translation>Windows-1252 (Western Europe)</translation>
    </message>
    <message>
        <source>DOS (CP 850)</source>
        <translation>DOS (CP 850)</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>aktualisiert</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>als neuer Kontakt</source>
        <translation>as a new contact</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Bestehender Kontakt</source>
        <translation>Existing contact</translation>
    </message>
    <message>
        <source>Auswahl</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Noch keine Datei gewählt: „Datei wählen …“ oder eine vCard-, CSV- oder Excel-Datei auf dieses Fenster ziehen. Ein Adressbuch aus Outlook, Google, Apple oder Thunderbird wird erkannt.</source>
        <translation>No file chosen yet: “Choose file …” or drop a vCard, CSV or Excel file on this window. Address books from Outlook, Google, Apple or Thunderbird are recognised.</translation>
    </message>
    <message>
        <source>Datei für den Import wählen</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>automatisch: {0}</source>
        <translation>automatic: {0}</translation>
    </message>
    <message>
        <source>Unbekannte Spalte: bitte zuordnen, sonst wird sie nicht übernommen.</source>
        <translation>Unknown column: please map it, otherwise it is not imported.</translation>
    </message>
    <message>
        <source>Vorschau wird berechnet …</source>
        <translation>Working out the preview …</translation>
    </message>
    <message>
        <source>Vorschau der ersten {0} von {1} Zeilen; die übrigen werden geprüft …</source>
        <translation>Preview of the first {0} of {1} rows; checking the others …</translation>
    </message>
    <message>
        <source>{0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise.</source>
        <translation>{0} new, {1} updated, {2} unchanged, {3} not imported; {4} notes.</translation>
    </message>
    <message>
        <source>Import läuft …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Import abgebrochen – es wurde nichts geändert.</source>
        <translation>Import cancelled – nothing was changed.</translation>
    </message>
    <message>
        <source>Import wird abgebrochen …</source>
        <translation>Cancelling the import …</translation>
    </message>
    <message>
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>vCard (.vcf), CSV oder Excel (.xlsx) wählen oder auf das Fenster ziehen</source>
        <translation>Choose a vCard (.vcf), CSV or Excel (.xlsx) file, or drop it on the window</translation>
    </message>
    <message>
        <source>Datei &amp;wählen …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <source>&amp;Zeichenkodierung:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Blatt:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>&amp;Spalten: erkannte Spalten sind schon zugeordnet, unbekannte bitte zuordnen. Die Zuordnung wird für Dateien mit denselben Spalten gemerkt.</source>
        <translation>C&amp;olumns: recognised columns are mapped already, please map the unknown ones. The mapping is remembered for files with the same columns.</translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Beispiel</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>&amp;Vorschau: was der Import mit jeder Zeile tut</source>
        <translation>&amp;Preview: what the import does with each row</translation>
    </message>
    <message>
        <source>Gewählte Zeilen:</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <source>Ü&amp;berspringen</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Als &amp;neuer Kontakt</source>
        <translation>As &amp;new contact</translation>
    </message>
    <message>
        <source>&amp;Automatisch zuordnen</source>
        <translation>&amp;Match automatically</translation>
    </message>
    <message>
        <source>E&amp;rneut versuchen</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>Die Datei noch einmal lesen und die Vorschau noch einmal berechnen, z. B. wenn die Datenbank wieder erreichbar ist</source>
        <translation>Read the file and work out the preview once more, e.g. when the database can be reached again</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Kontakt-ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>„{0}“: {1}</source>
        <translation>“{0}”: {1}</translation>
    </message>
    <message>
        <source>Zeile {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Ergebnis: was der Import mit jeder Zeile getan hat</source>
        <translation>&amp;Result: what the import did with each row</translation>
    </message>
    <message>
        <source>Importiert: {0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise. Rückgängig mit Strg+Z im Hauptfenster, später mit „Import rückgängig machen“ in der History des Kunden.</source>
        <translation>Imported: {0} new, {1} updated, {2} unchanged, {3} not imported; {4} notes. Undo with Ctrl+Z in the main window, later with “Undo import” in the client&apos;s history.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Die gewählten Zeilen nicht importieren</source>
        <translation>Do not import the selected rows</translation>
    </message>
    <message>
        <source>Die gewählten Zeilen als neue Ansprechpartner anlegen, auch wenn sie zu einem bestehenden passen</source>
        <translation>Create the selected rows as new contacts, even where they match an existing one</translation>
    </message>
    <message>
        <source>Die gewählten Zeilen wieder selbst zuordnen: bestehende Ansprechpartner aktualisieren, sonst neu anlegen</source>
        <translation>Match the selected rows automatically again: update existing contacts, else create new ones</translation>
    </message>
    <message>
        <source>Alle Zeilen wie in der Vorschau übernehmen – in einem Schritt, rückgängig mit Strg+Z</source>
        <translation>Import every row as the preview shows – in one step, undone with Ctrl+Z</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} Hinweise kopiert</source>
        <translation>{0} notes copied</translation>
    </message>
    <message>
        <source>Hinweise &amp;kopieren</source>
        <translation>Cop&amp;y notes</translation>
    </message>
    <message>
        <source>Alle Hinweise als Tabelle (Zeile, Spalte, Wert, Hinweis) in die Zwischenablage, z. B. zum Einfügen in Excel</source>
        <translation>All notes as a table (row, column, value, note) to the clipboard, e.g. to paste into Excel</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Neuer Job</source>
        <translation>New job</translation>
    </message>
    <message>
        <source>&amp;Jobtitel:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>z. B. Buchhalter/in Teilzeit</source>
        <translation>e.g. Part-time accountant</translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Der Ansprechpartner des Kunden, der für diesen Job zuständig ist</source>
        <translation>The client&apos;s contact who is responsible for this job</translation>
    </message>
    <message>
        <source>&amp;Freigabe für Portale</source>
        <translation>&amp;Released to portals</translation>
    </message>
    <message>
        <source>Freigegebene Jobs sehen die Ansprechpartner im Kundenportal (je nach Kundenrolle). Portal-Passwörter lassen sich erst setzen, wenn ein Job des Kunden freigegeben ist.</source>
        <translation>Contacts see released jobs in the client portal (depending on their client role). Portal passwords can only be set once one of the client&apos;s jobs is released.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Freigabe für Portale</source>
        <translation>Released to portals</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Released on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>freigegeben</source>
        <translation>released</translation>
    </message>
    <message>
        <source>nicht freigegeben</source>
        <translation>not released</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Für die Portale freigegeben. Klick, Leertaste oder Doppelklick nimmt die Freigabe zurück.</source>
        <translation>Released to the portals. Click, Space or double-click withdraws the release.</translation>
    </message>
    <message>
        <source>Nicht freigegeben. Klick, Leertaste oder Doppelklick gibt den Job für die Portale frei.</source>
        <translation>Not released. Click, Space or double-click releases the job to the portals.</translation>
    </message>
    <message>
        <source>Freigegeben am {0} um {1}</source>
        <translation>Released on {0} at {1}</translation>
    </message>
    <message>
        <source>Offen: wird besetzt</source>
        <translation>Open: being filled</translation>
    </message>
    <message>
        <source>Geschlossen: erscheint nicht mehr im Kundenportal</source>
        <translation>Closed: no longer shown in the client portal</translation>
    </message>
    <message>
        <source>Niemand ist für diesen Job verantwortlich</source>
        <translation>Nobody is responsible for this job</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Noch kein Job für die Portale freigegeben – Portal-Passwörter können erst gesetzt werden, wenn mindestens ein Job freigegeben ist.</source>
        <translation>No job released to the portals yet – portal passwords can only be set once at least one job is released.</translation>
    </message>
    <message>
        <source>Noch keine Jobs für diesen Kunden.</source>
        <translation>No jobs for this client yet.</translation>
    </message>
    <message>
        <source>— niemand —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Für Portale freigeben</source>
        <translation>Release to portals</translation>
    </message>
    <message>
        <source>Freigabe zurücknehmen</source>
        <translation>Withdraw release</translation>
    </message>
    <message>
        <source>Job schließen</source>
        <translation>Close job</translation>
    </message>
    <message>
        <source>Job wieder öffnen</source>
        <translation>Reopen job</translation>
    </message>
    <message>
        <source>Neuer Job…</source>
        <translation>New job…</translation>
    </message>
    <message>
        <source>Einen neuen Job für diesen Kunden anlegen</source>
        <translation>Add a new job for this client</translation>
    </message>
    <message>
        <source>nicht freigegeben</source>
        <translation>not released</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Released on</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Kein Kunde gewählt.</source>
        <translation>No client chosen.</translation>
    </message>
    <message>
        <source>{0}, davon {1} freigegeben</source>
        <translation>{0}, {1} of them released</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>Erst einen Job in der Liste wählen</source>
        <translation>Choose a job in the list first</translation>
    </message>
    <message>
        <source>„{0}“ ist für die Portale freigegeben. Die Freigabe zurücknehmen (Leertaste)</source>
        <translation>“{0}” is released to the portals. Withdraw the release (Space)</translation>
    </message>
    <message>
        <source>„{0}“ für die Portale freigeben (Leertaste)</source>
        <translation>Release “{0}” to the portals (Space)</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Der Kunde „{0}“ wurde an einem anderen Arbeitsplatz gelöscht.</source>
        <translation>The client “{0}” was deleted at another workstation.</translation>
    </message>
    <message>
        <source>„{0}“ wurde an einem anderen Arbeitsplatz entfernt.</source>
        <translation>“{0}” was removed at another workstation.</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner wurden an einem anderen Arbeitsplatz entfernt.</source>
        <translation>{0} contacts were removed at another workstation.</translation>
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
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Neuer Standort</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>Standort bearbeiten</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>z. B. Zentrale Wien</source>
        <translation>e.g. Vienna head office</translation>
    </message>
    <message>
        <source>S&amp;traße:</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <source>z. B. Ringstraße 1</source>
        <translation>e.g. Ringstraße 1</translation>
    </message>
    <message>
        <source>&amp;PLZ:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>z. B. 1010</source>
        <translation>e.g. 1010</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>T&amp;own:</translation>
    </message>
    <message>
        <source>z. B. Wien</source>
        <translation>e.g. Vienna</translation>
    </message>
    <message>
        <source>&amp;Land:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Das Land des Standorts: Telefonnummern ohne Ländervorwahl werden hier gelesen</source>
        <translation>The location&apos;s country: phone numbers without a country code are read as numbers of this country</translation>
    </message>
    <message>
        <source>T&amp;elefon:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <source>z. B. 01 234 56 78</source>
        <translation>e.g. 01 234 56 78</translation>
    </message>
</context>
<context>
    <name>LocationPanel</name>
    <message>
        <source>Ansprechpartner suchen: Name, E-Mail, Telefon, Position, Standort (Strg+F)</source>
        <translation>Search contacts: name, e-mail, phone, position, location (Ctrl+F)</translation>
    </message>
    <message>
        <source>Einen neuen Standort für diesen Kunden anlegen (Strg+Umschalt+L)</source>
        <translation>Add a new location for this client (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Deaktivierte Ansprechpartner (Karenz, ausgeschieden …) nicht als Visitenkarten zeigen</source>
        <translation>Do not show deactivated contacts (on leave, left the company …) as cards</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Kunde kann nicht geöffnet werden</source>
        <translation>Client cannot be opened</translation>
    </message>
    <message>
        <source>{0} von {1} Ansprechpartnern passen zu „{2}“</source>
        <translation>{0} of {1} contacts match “{2}”</translation>
    </message>
    <message>
        <source>Bisher passen {0} Ansprechpartner zu „{1}“ – {2} von {3} geladen …</source>
        <translation>{0} contacts match “{1}” so far – {2} of {3} loaded …</translation>
    </message>
    <message>
        <source>Dieser Kunde hat noch keinen Standort. Legen Sie mit „Neuer Standort“ den ersten an.</source>
        <translation>This client has no location yet. Add the first one with “New location”.</translation>
    </message>
    <message>
        <source>Bisher passt kein Ansprechpartner zu „{0}“ – {1} von {2} geladen, die Suche läuft weiter …</source>
        <translation>No contact matches “{0}” so far – {1} of {2} loaded, still searching …</translation>
    </message>
    <message>
        <source>Kein Ansprechpartner passt zu „{0}“.</source>
        <translation>No contact matches “{0}”.</translation>
    </message>
    <message>
        <source>Visitenkarte von {0} kopiert</source>
        <translation>Contact card of {0} copied</translation>
    </message>
    <message>
        <source>D&amp;okumente und Notizen</source>
        <translation>&amp;Documents and notes</translation>
    </message>
    <message>
        <source>&amp;Standorte und Ansprechpartner</source>
        <translation>&amp;Locations and contacts</translation>
    </message>
    <message>
        <source>&amp;Neuer Standort</source>
        <translation>&amp;New location</translation>
    </message>
    <message>
        <source>&amp;Inaktive ausblenden</source>
        <translation>Hide &amp;inactive</translation>
    </message>
    <message>
        <source>Ersten Standort an&amp;legen…</source>
        <translation>Create the fi&amp;rst location…</translation>
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
        <translation>Which of the client&apos;s locations the person works at</translation>
    </message>
    <message>
        <source>Standort:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Beim Speichern wird die Person an diesen Standort verschoben; Jobs und History bleiben bei ihr.</source>
        <translation>Saving moves the person to this location; jobs and history stay with them.</translation>
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
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Der Datenbankserver antwortet nicht. Die Ansicht zeigt den letzten Stand; was Sie in einem Formular eingeben, bleibt erhalten. Die Verbindung wird alle zwei Sekunden neu versucht.</source>
        <translation>The database server does not answer. The view shows the last known state; whatever you enter in a form is kept. The connection is retried every two seconds.</translation>
    </message>
    <message>
        <source>Bitte links einen Kunden wählen.</source>
        <translation>Please choose a client on the left.</translation>
    </message>
    <message>
        <source>Ein Kunde passt zu „{0}“. Enter öffnet ihn.</source>
        <translation>One client matches “{0}”. Enter opens it.</translation>
    </message>
    <message>
        <source>{0} Kunden passen zu „{1}“. Enter öffnet den ersten, die Pfeiltasten wählen einen anderen.</source>
        <translation>{0} clients match “{1}”. Enter opens the first, the arrow keys pick another.</translation>
    </message>
    <message>
        <source>Kein Kunde passt zu „{0}“.</source>
        <translation>No client matches “{0}”.</translation>
    </message>
    <message>
        <source>Datenbank wird geöffnet: {0} …</source>
        <translation>Opening database: {0} …</translation>
    </message>
    <message>
        <source>Die Datenbank {0} konnte nicht geöffnet werden.</source>
        <translation>The database {0} could not be opened.</translation>
    </message>
    <message>
        <source>Die Verbindung zum Datenbankserver steht wieder.</source>
        <translation>The connection to the database server is back.</translation>
    </message>
    <message>
        <source>Keine Verbindung zum Datenbankserver – neuer Versuch läuft …</source>
        <translation>No connection to the database server – retrying …</translation>
    </message>
</context>
<context>
    <name>Meldungen</name>
    <message>
        <source>Die Bezeichnung darf höchstens {limit} Zeichen haben.</source>
        <translation>The label may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>„{text}“ ist keine gültige Telefonnummer. Bitte mit Vorwahl eingeben, z. B. 0664 1234567 oder +49 30 1234567.</source>
        <translation>“{text}” is not a valid phone number. Please include the area code, e.g. 0664 1234567 or +49 30 1234567.</translation>
    </message>
    <message>
        <source>„{text}“ ist keine gültige E-Mail-Adresse (Beispiel: name@firma.at).</source>
        <translation>“{text}” is not a valid e-mail address (example: name@company.com).</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>Mx</translation>
    </message>
    <message>
        <source>Karenz</source>
        <translation>Parental leave</translation>
    </message>
    <message>
        <source>Elternzeit</source>
        <translation>Parental leave (Elternzeit)</translation>
    </message>
    <message>
        <source>Mutterschutz</source>
        <translation>Maternity protection (Mutterschutz)</translation>
    </message>
    <message>
        <source>Mutterschaftsurlaub</source>
        <translation>Maternity leave (Mutterschaftsurlaub)</translation>
    </message>
    <message>
        <source>Bildungskarenz</source>
        <translation>Educational leave</translation>
    </message>
    <message>
        <source>Krankheit</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Ausgeschieden</source>
        <translation>Left the company</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Standort</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kundenrolle</source>
        <translation>Client role</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kontaktdaten</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bitte einen Nachnamen oder Vornamen eingeben.</source>
        <translation>Please enter a last name or a first name.</translation>
    </message>
    <message>
        <source>Bitte einen Standort wählen.</source>
        <translation>Please choose a location.</translation>
    </message>
    <message>
        <source>Das „bis“-Datum liegt in der Vergangenheit.</source>
        <translation>The “until” date is in the past.</translation>
    </message>
    <message>
        <source>Höchstens {limit} Zeichen erlaubt.</source>
        <translation>At most {limit} characters allowed.</translation>
    </message>
    <message>
        <source>Bitte Herr, Frau, divers oder keine Anrede wählen.</source>
        <translation>Please choose Herr, Frau, divers or no salutation.</translation>
    </message>
    <message>
        <source>gleiche E-Mail-Adresse</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>gleiche Telefonnummer</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>gleich klingender Name</source>
        <translation>similar-sounding name</translation>
    </message>
    <message>
        <source>ähnlicher Name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>Keine Verbindung zum Datenbankserver. Es wurde nichts gespeichert; Ihre Eingaben bleiben erhalten. Die Kontaktverwaltung verbindet sich von selbst wieder.</source>
        <translation>No connection to the database server. Nothing was saved; your input is kept. Kontaktverwaltung reconnects by itself.</translation>
    </message>
    <message>
        <source>Kunde angelegt</source>
        <translation>Client created</translation>
    </message>
    <message>
        <source>Kunde bearbeitet</source>
        <translation>Client edited</translation>
    </message>
    <message>
        <source>Dokument hinzugefügt</source>
        <translation>Document added</translation>
    </message>
    <message>
        <source>Standort angelegt</source>
        <translation>Location created</translation>
    </message>
    <message>
        <source>Standort bearbeitet</source>
        <translation>Location edited</translation>
    </message>
    <message>
        <source>Standort gelöscht</source>
        <translation>Location deleted</translation>
    </message>
    <message>
        <source>Passwort gesetzt</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Benutzername geändert</source>
        <translation>Username changed</translation>
    </message>
    <message>
        <source>An Nachfolger übergeben</source>
        <translation>Handed over to successor</translation>
    </message>
    <message>
        <source>Job angelegt</source>
        <translation>Job created</translation>
    </message>
    <message>
        <source>Job für Portale freigegeben</source>
        <translation>Job released to portals</translation>
    </message>
    <message>
        <source>Job-Freigabe zurückgenommen</source>
        <translation>Job release withdrawn</translation>
    </message>
    <message>
        <source>Job bearbeitet</source>
        <translation>Job edited</translation>
    </message>
    <message>
        <source>Als „kein Duplikat“ markiert</source>
        <translation>Marked “not a duplicate”</translation>
    </message>
    <message>
        <source>Kundenrolle ersetzt</source>
        <translation>Client role replaced</translation>
    </message>
    <message>
        <source>Importiert</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Die Datei lässt sich nicht öffnen: {detail}</source>
        <translation>The file cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <source>Kontakt-ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Firma (Kunde)</source>
        <translation>Company (client)</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Straße (Zusatz)</source>
        <translation>Street (more)</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Weitere Vornamen</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Name (ganz)</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>E-Mail (Arbeit)</source>
        <translation>E-mail (work)</translation>
    </message>
    <message>
        <source>E-Mail (privat)</source>
        <translation>E-mail (private)</translation>
    </message>
    <message>
        <source>E-Mail (sonstige)</source>
        <translation>E-mail (other)</translation>
    </message>
    <message>
        <source>E-Mail-Typ</source>
        <translation>E-mail type</translation>
    </message>
    <message>
        <source>Telefon (privat)</source>
        <translation>Phone (private)</translation>
    </message>
    <message>
        <source>Telefon (sonstige)</source>
        <translation>Phone (other)</translation>
    </message>
    <message>
        <source>Fax (privat)</source>
        <translation>Fax (private)</translation>
    </message>
    <message>
        <source>Telefon-Typ</source>
        <translation>Phone type</translation>
    </message>
    <message>
        <source>Die Datei ist leer.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Textdatei (CSV) – bitte eine CSV-, vCard- oder Excel-Datei wählen.</source>
        <translation>The file is not a text (CSV) file – please choose a CSV, vCard or Excel file.</translation>
    </message>
    <message>
        <source>Die Datei enthält nur die Kopfzeile, keine Kontakte.</source>
        <translation>The file holds only the header row, no contacts.</translation>
    </message>
    <message>
        <source>Die Datei ist größer als 200 MB.</source>
        <translation>The file is larger than 200 MB.</translation>
    </message>
    <message>
        <source>In der Datei sind keine Spalten zu erkennen (Trennzeichen ; , Tabulator oder |).</source>
        <translation>No columns found in the file (separated by ; , tab or |).</translation>
    </message>
    <message>
        <source>Die Datei passt nicht zur Zeichenkodierung {encoding}.</source>
        <translation>The file does not match the encoding {encoding}.</translation>
    </message>
    <message>
        <source>„{value}“ ist keine Kontakt-ID (eine Zahl).</source>
        <translation>“{value}” is not a contact ID (a number).</translation>
    </message>
    <message>
        <source>Exchange-Adresse (Typ EX) ohne E-Mail-Adresse – nicht übernommen.</source>
        <translation>Exchange address (type EX) without an e-mail address – not imported.</translation>
    </message>
    <message>
        <source>Die Datei ist keine vCard-Datei (BEGIN:VCARD fehlt).</source>
        <translation>The file is not a vCard file (BEGIN:VCARD is missing).</translation>
    </message>
    <message>
        <source>Die vCard-Datei ist beschädigt: {detail}</source>
        <translation>The vCard file is damaged: {detail}</translation>
    </message>
    <message>
        <source>Die vCard-Datei enthält keine Kontakte.</source>
        <translation>The vCard file holds no contacts.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt.</source>
        <translation>The file is not an Excel workbook (.xlsx) or it is damaged.</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe hat kein Blatt „{sheet}“.</source>
        <translation>The workbook has no sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Abweichend vom Vorschlag: Der andere Eintrag ist älter (angelegt am {other}, der gewählte am {day}).</source>
        <translation>Differs from the suggestion: the other record is older (created on {other}, the chosen one on {day}).</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere aktive Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).</source>
        <translation>Suggested: the older active record is kept (created on {day}, the other on {other}).</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).</source>
        <translation>Suggested: the older record is kept (created on {day}, the other on {other}).</translation>
    </message>
    <message>
        <source>Abweichend vom Vorschlag: Der gewählte Eintrag ist inaktiv, der andere aktiv.</source>
        <translation>Differs from the suggestion: the chosen record is inactive, the other one active.</translation>
    </message>
    <message>
        <source>Abweichend vom Vorschlag: Der andere Eintrag wurde am selben Tag ({other}) früher angelegt.</source>
        <translation>Differs from the suggestion: the other record was created earlier on the same day ({other}).</translation>
    </message>
    <message>
        <source>Vorschlag: Der aktive Eintrag bleibt erhalten, der andere ist inaktiv.</source>
        <translation>Suggested: the active record is kept, the other one is inactive.</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere aktive Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).</source>
        <translation>Suggested: the older active record is kept (both created on {day}, this one first).</translation>
    </message>
    <message>
        <source>Vorschlag: Der ältere Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).</source>
        <translation>Suggested: the older record is kept (both created on {day}, this one first).</translation>
    </message>
    <message>
        <source>.</source>
        <comment>Tausendertrennzeichen in Zahlen wie 196.599</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{a} und {b}</source>
        <translation>{a} and {b}</translation>
    </message>
    <message>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <source>Inaktiv – Portalzugang gesperrt</source>
        <translation>Inactive – portal access blocked</translation>
    </message>
    <message>
        <source>Kein Passwort gesetzt</source>
        <translation>No password set</translation>
    </message>
    <message>
        <source>Kein Passwort – erst möglich, wenn ein Job für Portale freigegeben ist</source>
        <translation>No password – possible once a job is released to portals</translation>
    </message>
    <message>
        <source>Kein Job mehr für Portale freigegeben – Portalzugang ruht</source>
        <translation>No job released to portals any more – portal access suspended</translation>
    </message>
    <message>
        <source>Portal: ruht (kein Job freigegeben)</source>
        <translation>Portal: suspended (no released job)</translation>
    </message>
    <message>
        <source>Portal: gesperrt (inaktiv)</source>
        <translation>Portal: blocked (inactive)</translation>
    </message>
    <message>
        <source>Portal: kein Passwort</source>
        <translation>Portal: no password</translation>
    </message>
    <message>
        <source>Portal: noch kein Job freigegeben</source>
        <translation>Portal: no job released yet</translation>
    </message>
    <message>
        <source>Portal: Zugang ruht</source>
        <translation>Portal: access suspended</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>Kundenrolle</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Standortleitung</source>
        <comment>Kundenrolle</comment>
        <translation>Location management</translation>
    </message>
    <message>
        <source>Personalabteilung</source>
        <comment>Kundenrolle</comment>
        <translation>HR department</translation>
    </message>
    <message>
        <source>Nur Kontakt</source>
        <comment>Kundenrolle</comment>
        <translation>Contact only</translation>
    </message>
    <message>
        <source>Sieht {jobs} und {applicants}.</source>
        <translation>Sees {jobs} and {applicants}.</translation>
    </message>
    <message>
        <source>Kann sich im Kundenportal anmelden</source>
        <translation>Can sign in to the client portal</translation>
    </message>
    <message>
        <source>Portal: Anmeldung möglich</source>
        <translation>Portal: can sign in</translation>
    </message>
    <message>
        <source>keine Jobs</source>
        <translation>no jobs</translation>
    </message>
    <message>
        <source>eigene Jobs</source>
        <translation>their own jobs</translation>
    </message>
    <message>
        <source>Jobs des eigenen Standorts</source>
        <translation>the jobs of their location</translation>
    </message>
    <message>
        <source>alle Jobs des Kunden</source>
        <translation>all jobs of the client</translation>
    </message>
    <message>
        <source>keine Bewerberdaten</source>
        <translation>no candidate data</translation>
    </message>
    <message>
        <source>anonymisierte Bewerberdaten</source>
        <translation>anonymised candidate data</translation>
    </message>
    <message>
        <source>vollständige Bewerberdaten</source>
        <translation>full candidate data</translation>
    </message>
    <message>
        <source>{count:n} Job</source>
        <translation>{count:n} job</translation>
    </message>
    <message>
        <source>{count:n} Jobs</source>
        <translation>{count:n} jobs</translation>
    </message>
    <message>
        <source>{count:n} History-Eintrag</source>
        <translation>{count:n} history entry</translation>
    </message>
    <message>
        <source>{count:n} History-Einträge</source>
        <translation>{count:n} history entries</translation>
    </message>
    <message>
        <source>{count:n} Portalzugang</source>
        <translation>{count:n} portal access</translation>
    </message>
    <message>
        <source>{count:n} Portalzugänge</source>
        <translation>{count:n} portal accesses</translation>
    </message>
    <message>
        <source>Übernommen werden: {taken}</source>
        <translation>Taken over: {taken}</translation>
    </message>
    <message>
        <source>Es gibt keine Jobs, History oder Portalzugang zu übernehmen</source>
        <translation>There are no jobs, history or portal access to take over</translation>
    </message>
    <message>
        <source>Enthält ein Steuerzeichen (z. B. aus einer kopierten Tabelle), das nicht gespeichert werden kann.</source>
        <translation>Contains a control character (e.g. from a copied table) that cannot be stored.</translation>
    </message>
    <message>
        <source>Zeilenumbrüche und Tabulatoren sind hier nicht erlaubt.</source>
        <translation>Line breaks and tabs are not allowed here.</translation>
    </message>
    <message>
        <source>Enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichenpaar), das nicht gespeichert werden kann.</source>
        <translation>Contains an invalid character (half of a Unicode surrogate pair) that cannot be stored.</translation>
    </message>
    <message>
        <source>Enthält ein unsichtbares Zeichen, das die Schreibrichtung umkehrt. Bitte den Text neu eintippen.</source>
        <translation>Contains an invisible character that reverses the writing direction. Please type the text again.</translation>
    </message>
    <message>
        <source>Enthält nur unsichtbare Zeichen.</source>
        <translation>Contains invisible characters only.</translation>
    </message>
    <message>
        <source>Bitte einen Benutzernamen eingeben.</source>
        <translation>Please enter a username.</translation>
    </message>
    <message>
        <source>Ein Benutzername darf kein @ enthalten – die Anmeldung mit E-Mail-Adresse geht ohnehin.</source>
        <translation>A username must not contain @ – logging in with the e-mail address works anyway.</translation>
    </message>
    <message>
        <source>Der Benutzername braucht {min_length} bis {max_length} Zeichen: Kleinbuchstaben a–z, Ziffern, Punkt, Binde- oder Unterstrich, ohne Umlaute.</source>
        <translation>A username needs {min_length} to {max_length} characters: letters a–z, digits, dot, hyphen or underscore.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung: Die Datei gibt es noch nicht, sie wird beim ersten Öffnen angelegt.</source>
        <translation>Connection fine: the file does not exist yet; it is created when first opened.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung: Die Datenbank ist leer, das Schema wird beim ersten Öffnen angelegt.</source>
        <translation>Connection fine: the database is empty; the schema is created when first opened.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung (Schema {version}): Die Datenbank wird beim Öffnen auf Schema {latest} aktualisiert.</source>
        <translation>Connection fine (schema {version}): the database is updated to schema {latest} when opened.</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung (Schema {version})</source>
        <translation>Connection fine (schema {version})</translation>
    </message>
    <message>
        <source>„{shown}“ gehört schon einem anderen Ansprechpartner mit Portalzugang – die Anmeldung mit dieser Adresse wäre nicht eindeutig.</source>
        <translation>“{shown}” already belongs to another contact with portal access – logging in with it would be ambiguous.</translation>
    </message>
    <message>
        <source>{handed} von „{name}“ an „{successor}“ übergeben</source>
        <translation>{handed} handed over from “{name}” to “{successor}”</translation>
    </message>
    <message>
        <source>Eine verknüpfte Angabe (z. B. die Rolle oder der Standort) wurde inzwischen von jemand anderem gelöscht. Es wurde nichts gespeichert.</source>
        <translation>Something this record points to (e.g. its role or location) was deleted meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ anlegen</source>
        <translation>Create contact “{name}”</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ bearbeiten</source>
        <translation>Edit contact “{name}”</translation>
    </message>
    <message>
        <source>Das geht nur innerhalb desselben Kunden.</source>
        <translation>This is only possible within the same client.</translation>
    </message>
    <message>
        <source>{count:n} offener Job</source>
        <translation>{count:n} open job</translation>
    </message>
    <message>
        <source>{count:n} offene Jobs</source>
        <translation>{count:n} open jobs</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ verschieben</source>
        <translation>Move contact “{name}”</translation>
    </message>
    <message>
        <source>Der Benutzername „{username}“ ist schon vergeben. Vorschlag: {suggestion}</source>
        <translation>The username “{username}” is already taken. Suggestion: {suggestion}</translation>
    </message>
    <message>
        <source>Der Benutzername wurde gerade von jemand anderem vergeben. Bitte erneut speichern.</source>
        <translation>Someone else just took this username. Please save again.</translation>
    </message>
    <message>
        <source>„{name}“ bearbeitet: {fields}</source>
        <translation>“{name}” edited: {fields}</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ aktivieren</source>
        <translation>Activate contact “{name}”</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ deaktivieren</source>
        <translation>Deactivate contact “{name}”</translation>
    </message>
    <message>
        <source>„{name}“ aktiviert – Portalzugang wieder möglich</source>
        <translation>“{name}” activated – portal access possible again</translation>
    </message>
    <message>
        <source>die Kundenrolle</source>
        <translation>the client role</translation>
    </message>
    <message>
        <source>„{name}“ von „{source}“ nach „{target}“ verschoben</source>
        <translation>“{name}” moved from “{source}” to “{target}”</translation>
    </message>
    <message>
        <source>Ansprechpartner „{name}“ löschen</source>
        <translation>Delete contact “{name}”</translation>
    </message>
    <message>
        <source>„{name}“ gelöscht</source>
        <translation>“{name}” deleted</translation>
    </message>
    <message>
        <source>„{name}“ am Standort „{location}“ angelegt</source>
        <translation>“{name}” created at location “{location}”</translation>
    </message>
    <message>
        <source>Bitte einen Grund wählen (z. B. Karenz).</source>
        <translation>Please choose a reason.</translation>
    </message>
    <message>
        <source>„{name}“ deaktiviert ({reason} bis {until}) – Portalzugang gesperrt</source>
        <translation>“{name}” deactivated ({reason} until {until}) – portal access blocked</translation>
    </message>
    <message>
        <source>„{name}“ deaktiviert ({reason}) – Portalzugang gesperrt</source>
        <translation>“{name}” deactivated ({reason}) – portal access blocked</translation>
    </message>
    <message>
        <source>Das Dokument ist zu groß für diesen Datenbankserver: er nimmt höchstens etwa {mb} MB auf einmal an (Einstellung max_allowed_packet). Die Verwaltung des Servers kann den Wert erhöhen, z. B. mit „SET GLOBAL max_allowed_packet = 67108864;“ (64 MB) und dem gleichen Wert in der Server-Konfiguration.</source>
        <translation>The document is too large for this database server: it accepts at most about {mb} MB at once (setting max_allowed_packet). The server&apos;s administrator can raise it, e.g. with “SET GLOBAL max_allowed_packet = 67108864;” (64 MB) and the same value in the server configuration.</translation>
    </message>
    <message>
        <source>Die Kundennummer „{number}“ ist schon vergeben.</source>
        <translation>The client number “{number}” is already taken.</translation>
    </message>
    <message>
        <source>Kunde „{name}“ anlegen</source>
        <translation>Create client “{name}”</translation>
    </message>
    <message>
        <source>Kunde bearbeiten</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Mitgelöscht werden: {gone}.</source>
        <translation>Deleted along with it: {gone}.</translation>
    </message>
    <message>
        <source>Kunde „{name}“ löschen</source>
        <translation>Delete client “{name}”</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ hinzufügen</source>
        <translation>Add document “{file_name}”</translation>
    </message>
    <message>
        <source>Bitte einen Kundennamen eingeben.</source>
        <translation>Please enter a client name.</translation>
    </message>
    <message>
        <source>Bitte eine Kundennummer eingeben.</source>
        <translation>Please enter a client number.</translation>
    </message>
    <message>
        <source>Sonst wird nichts gelöscht.</source>
        <translation>Nothing else is deleted.</translation>
    </message>
    <message>
        <source>Der Kunde existiert nicht mehr.</source>
        <translation>The client no longer exists.</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ hinzugefügt</source>
        <translation>Document “{file_name}” added</translation>
    </message>
    <message>
        <source>Höchstens 200 Zeichen erlaubt.</source>
        <translation>At most 200 characters allowed.</translation>
    </message>
    <message>
        <source>Höchstens 32 Zeichen erlaubt.</source>
        <translation>At most 32 characters allowed.</translation>
    </message>
    <message>
        <source>Kunde „{name}“ angelegt</source>
        <translation>Client “{name}” created</translation>
    </message>
    <message>
        <source>Kunde „{name}“ bearbeitet</source>
        <translation>Client “{name}” edited</translation>
    </message>
    <message>
        <source>{count:n} Standort</source>
        <translation>{count:n} location</translation>
    </message>
    <message>
        <source>{count:n} Standorte</source>
        <translation>{count:n} locations</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner</source>
        <comment>einer</comment>
        <translation>{count:n} contact</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner</source>
        <comment>mehrere</comment>
        <translation>{count:n} contacts</translation>
    </message>
    <message>
        <source>Bitte mindestens einen Kunden erzeugen.</source>
        <translation>Please generate at least one client.</translation>
    </message>
    <message>
        <source>Die Datenbank enthält schon Kunden; Demodaten gehen nur in eine leere Datenbank.</source>
        <translation>The database already holds clients; demo data only goes into an empty database.</translation>
    </message>
    <message>
        <source>Als „kein Duplikat“ markieren</source>
        <translation>Mark as “not a duplicate”</translation>
    </message>
    <message>
        <source>„{a}“ und „{b}“ sind verschiedene Personen</source>
        <translation>“{a}” and “{b}” are different people</translation>
    </message>
    <message>
        <source>Ansprechpartner angelegt</source>
        <translation>Contact created</translation>
    </message>
    <message>
        <source>Ansprechpartner bearbeitet</source>
        <translation>Contact edited</translation>
    </message>
    <message>
        <source>Ansprechpartner verschoben</source>
        <translation>Contact moved</translation>
    </message>
    <message>
        <source>Ansprechpartner zusammengeführt</source>
        <translation>Contacts merged</translation>
    </message>
    <message>
        <source>Ansprechpartner aktiviert</source>
        <translation>Contact activated</translation>
    </message>
    <message>
        <source>Ansprechpartner deaktiviert</source>
        <translation>Contact deactivated</translation>
    </message>
    <message>
        <source>Ansprechpartner gelöscht</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <source>Unbekanntes Exportformat „{text}“. Möglich sind: vcf, csv, xlsx, pdf.</source>
        <translation>Unknown export format “{text}”. Possible formats: vcf, csv, xlsx, pdf.</translation>
    </message>
    <message>
        <source>Welches Format? Bitte --format vcf, csv, xlsx oder pdf angeben (die Endung von „{path}“ sagt es nicht).</source>
        <translation>Which format? Please give --format vcf, csv, xlsx or pdf (the ending of “{path}” does not tell).</translation>
    </message>
    <message>
        <source>Unbekannte vCard-Version „{text}“. Möglich sind 3.0 und 4.0.</source>
        <translation>Unknown vCard version “{text}”. Possible versions: 3.0 and 4.0.</translation>
    </message>
    <message>
        <source>Das PDF-Kontaktblatt gibt es für einen Kunden: bitte einen Kunden wählen (--customer NUMMER).</source>
        <translation>The PDF contact sheet is made for one client: please choose a client (--customer NUMBER).</translation>
    </message>
    <message>
        <source>Eine Datei je Ansprechpartner gibt es nur für vCard.</source>
        <translation>One file per contact is only available for vCard.</translation>
    </message>
    <message>
        <source>„{path}“ kann nicht geschrieben werden: {reason}. Es wurde nichts exportiert.</source>
        <translation>Cannot write “{path}”: {reason}. Nothing was exported.</translation>
    </message>
    <message>
        <source>„{path}“ ist eine Datei; für eine Datei je Ansprechpartner bitte einen Ordner angeben.</source>
        <translation>“{path}” is a file; for one file per contact please name a folder.</translation>
    </message>
    <message>
        <source>Export abgebrochen. Es wurde keine Datei geschrieben.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <source>keine Schreibrechte</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>den Ordner gibt es nicht</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>ein Teil des Pfads ist kein Ordner</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>dort liegt ein Ordner</source>
        <translation>there is a folder of that name</translation>
    </message>
    <message>
        <source>der Datenträger ist voll</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>Zeile ohne Vor- und Nachnamen (nur Firma?) – nicht übernommen.</source>
        <translation>Row without first and last name (company only?) – not imported.</translation>
    </message>
    <message>
        <source>Keine Firma und keine bekannte Kundennummer – die Zeile gehört zu keinem Kunden und wurde nicht übernommen.</source>
        <translation>No company and no known client number – the row belongs to no client and was not imported.</translation>
    </message>
    <message>
        <source>Es gibt keinen Kunden mit der Nummer „{number}“.</source>
        <translation>There is no client with the number “{number}”.</translation>
    </message>
    <message>
        <source>Auf {limit} Zeichen gekürzt.</source>
        <translation>Shortened to {limit} characters.</translation>
    </message>
    <message>
        <source>Import abgebrochen – es wurde nichts geändert.</source>
        <translation>Import cancelled – nothing was changed.</translation>
    </message>
    <message>
        <source>Es gibt keinen Import, der rückgängig gemacht werden kann.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Dieser Import ist schon rückgängig gemacht.</source>
        <translation>This import has already been undone.</translation>
    </message>
    <message>
        <source>Während des Imports hat jemand anderes dieselben Daten gespeichert (z. B. einen Benutzernamen). Es wurde nichts importiert; bitte erneut importieren.</source>
        <translation>Someone else saved the same data during the import (e.g. a username). Nothing was imported; please import again.</translation>
    </message>
    <message>
        <source>Kontakt-ID {id} gibt es in dieser Datenbank nicht, oder sie gehört zu einer anderen Person – nach E-Mail, Telefon und Name zugeordnet.</source>
        <translation>Contact ID {id} does not exist in this database, or it belongs to someone else – matched by e-mail, phone and name instead.</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>aktualisiert</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>Import „{file}“</source>
        <translation>Import “{file}”</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{count:n} neu</source>
        <translation>{count:n} new</translation>
    </message>
    <message>
        <source>{count:n} aktualisiert</source>
        <translation>{count:n} updated</translation>
    </message>
    <message>
        <source>{done}; {unchanged:n} unverändert, {skipped:n} nicht übernommen, {notes:n} Hinweise</source>
        <translation>{done}; {unchanged:n} unchanged, {skipped:n} not imported, {notes:n} notes</translation>
    </message>
    <message>
        <source>{description} zurücknehmen</source>
        <translation>Undo {description}</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner angelegt</source>
        <comment>einer</comment>
        <translation>{count:n} contact created</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner angelegt</source>
        <comment>mehrere</comment>
        <translation>{count:n} contacts created</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktualisiert</source>
        <comment>einer</comment>
        <translation>{count:n} contact updated</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktualisiert</source>
        <comment>mehrere</comment>
        <translation>{count:n} contacts updated</translation>
    </message>
    <message>
        <source>Import „{file}“: {done}</source>
        <translation>Import “{file}”: {done}</translation>
    </message>
    <message>
        <source>Import: {done}</source>
        <translation>Import: {done}</translation>
    </message>
    <message>
        <source>nichts geändert</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>Standort „{name}“ anlegen</source>
        <translation>Create location “{name}”</translation>
    </message>
    <message>
        <source>Standort „{name}“ bearbeiten</source>
        <translation>Edit location “{name}”</translation>
    </message>
    <message>
        <source>Standort „{name}“ löschen</source>
        <translation>Delete location “{name}”</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Standort eingeben.</source>
        <translation>Please name the location.</translation>
    </message>
    <message>
        <source>Bitte den Ländercode mit zwei Buchstaben angeben (AT, DE, CH).</source>
        <translation>Please give the two-letter country code (AT, DE, CH).</translation>
    </message>
    <message>
        <source>Standort „{name}“ angelegt</source>
        <translation>Location “{name}” created</translation>
    </message>
    <message>
        <source>Standort „{name}“ bearbeitet</source>
        <translation>Location “{name}” edited</translation>
    </message>
    <message>
        <source>Standort „{name}“ gelöscht</source>
        <translation>Location “{name}” deleted</translation>
    </message>
    <message>
        <source>Bitte einen anderen Standort desselben Kunden wählen.</source>
        <translation>Please choose another location of the same client.</translation>
    </message>
    <message>
        <source>Am Standort „{name}“ sind noch {count:n} Ansprechpartner. Bitte zuerst einen Standort wählen, zu dem sie verschoben werden.</source>
        <translation>The location “{name}” still has {count:n} contacts. Please choose a location to move them to first.</translation>
    </message>
    <message>
        <source>Von „{source}“ nach „{target}“ verschoben (Standort gelöscht)</source>
        <translation>Moved from “{source}” to “{target}” (location deleted)</translation>
    </message>
    <message>
        <source>„{other}“ mit „{survivor}“ zusammenführen</source>
        <translation>Merge “{other}” into “{survivor}”</translation>
    </message>
    <message>
        <source>„{other}“ wurde mit „{survivor}“ zusammengeführt</source>
        <translation>“{other}” was merged into “{survivor}”</translation>
    </message>
    <message>
        <source>Bitte zwei verschiedene Ansprechpartner wählen.</source>
        <translation>Please choose two different contacts.</translation>
    </message>
    <message>
        <source>Zusammenführen geht nur bei Ansprechpartnern desselben Kunden.</source>
        <translation>Only contacts of the same client can be merged.</translation>
    </message>
    <message>
        <source>Beide haben einen Portalzugang: bitte wählen, welcher erhalten bleibt.</source>
        <translation>Both have a portal login: please choose which one remains.</translation>
    </message>
    <message>
        <source>Der Standort gehört zu einem anderen Kunden.</source>
        <translation>The location belongs to another client.</translation>
    </message>
    <message>
        <source>Zusammenführen nicht möglich: eine Verknüpfung lässt sich nicht übertragen ({error}). Es wurde nichts geändert.</source>
        <translation>Cannot merge: a link cannot be moved ({error}). Nothing was changed.</translation>
    </message>
    <message>
        <source>inaktiv ({reason})</source>
        <translation>inactive ({reason})</translation>
    </message>
    <message>
        <source>inaktiv ({reason} bis {until})</source>
        <translation>inactive ({reason} until {until})</translation>
    </message>
    <message>
        <source>inaktiv (bis {until})</source>
        <translation>inactive (until {until})</translation>
    </message>
    <message>
        <source>Job „{title}“ freigeben</source>
        <translation>Release job “{title}”</translation>
    </message>
    <message>
        <source>Job „{title}“: Freigabe zurücknehmen</source>
        <translation>Withdraw the release of job “{title}”</translation>
    </message>
    <message>
        <source>Eine Rolle „{name}“ gibt es schon.</source>
        <translation>A role “{name}” exists already.</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ anlegen</source>
        <translation>Create client role “{name}”</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ bearbeiten</source>
        <translation>Edit client role “{name}”</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ löschen</source>
        <translation>Delete client role “{name}”</translation>
    </message>
    <message>
        <source>Ein Passwort kann erst gesetzt werden, wenn ein Job dieses Kunden für Portale freigegeben ist.</source>
        <translation>A password can be set only once a job of this client has been released to the portals.</translation>
    </message>
    <message>
        <source>Passwort für „{name}“ setzen</source>
        <translation>Set password for “{name}”</translation>
    </message>
    <message>
        <source>Bitte einen Namen mit höchstens 100 Zeichen eingeben.</source>
        <translation>Please enter a name of at most 100 characters.</translation>
    </message>
    <message>
        <source>Bitte einen Jobtitel (höchstens 200 Zeichen) eingeben.</source>
        <translation>Please enter a job title (at most 200 characters).</translation>
    </message>
    <message>
        <source>Job „{title}“ anlegen und freigeben</source>
        <translation>Create and release job “{title}”</translation>
    </message>
    <message>
        <source>Job „{title}“ anlegen</source>
        <translation>Create job “{title}”</translation>
    </message>
    <message>
        <source>Job „{title}“ angelegt</source>
        <translation>Job “{title}” created</translation>
    </message>
    <message>
        <source>Job „{title}“ öffnen</source>
        <translation>Reopen job “{title}”</translation>
    </message>
    <message>
        <source>Job „{title}“ schließen</source>
        <translation>Close job “{title}”</translation>
    </message>
    <message>
        <source>Das Passwort braucht mindestens {min_password_length} Zeichen.</source>
        <translation>The password needs at least {min_password_length} characters.</translation>
    </message>
    <message>
        <source>Portal-Passwort für „{name}“ gesetzt</source>
        <translation>Portal password set for “{name}”</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner hat jetzt „{replacement}“</source>
        <translation>Client role “{name}” deleted: {count:n} contact now has “{replacement}”</translation>
    </message>
    <message>
        <source>Kundenrolle „{name}“ gelöscht: {count:n} Ansprechpartner haben jetzt „{replacement}“</source>
        <translation>Client role “{name}” deleted: {count:n} contacts now have “{replacement}”</translation>
    </message>
    <message>
        <source>Der Ansprechpartner gehört zu einem anderen Kunden.</source>
        <translation>The contact belongs to another client.</translation>
    </message>
    <message>
        <source>Job „{title}“ für Portale freigegeben</source>
        <translation>Job “{title}” released to portals</translation>
    </message>
    <message>
        <source>Job „{title}“ nicht mehr freigegeben</source>
        <translation>Job “{title}” no longer released</translation>
    </message>
    <message>
        <source>Job „{title}“ wieder geöffnet</source>
        <translation>Job “{title}” reopened</translation>
    </message>
    <message>
        <source>Job „{title}“ geschlossen</source>
        <translation>Job “{title}” closed</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner haben die Rolle „{name}“. Bitte eine Ersatzrolle wählen.</source>
        <translation>{count:n} contacts have the role “{name}”. Please choose a replacement.</translation>
    </message>
    <message>
        <source>„{description}“ lässt sich nicht rückgängig machen: die betroffenen Daten wurden inzwischen geändert. Es wurde nichts überschrieben.</source>
        <translation>Cannot undo “{description}”: the data it touched has changed since. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>„{description}“ lässt sich nicht wiederherstellen: die betroffenen Daten wurden inzwischen geändert. Es wurde nichts überschrieben.</source>
        <translation>Cannot redo “{description}”: the data it touched has changed since. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden; es wurde nichts überschrieben.</source>
        <translation>Someone else changed this record meanwhile. Please reload; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Der Datensatz existiert nicht mehr.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Jemand anderer hat im selben Moment dieselben Daten gespeichert. Es wurde nichts gespeichert; bitte neu laden und noch einmal versuchen.</source>
        <translation>Someone else saved the same data at the same moment. Nothing was saved; please reload and try again.</translation>
    </message>
    <message>
        <source>„{url}“ ist keine gültige Datenbank-Adresse ({detail}). Erlaubt sind sqlite:////pfad/datei.sqlite3, postgresql://benutzer@host/datenbank und mysql://benutzer@host/datenbank.</source>
        <translation>“{url}” is not a valid database URL ({detail}). Use sqlite:////path/file.sqlite3, postgresql://user@host/database or mysql://user@host/database.</translation>
    </message>
    <message>
        <source>Die Datenbank „{where}“ ist nicht erreichbar: {detail}</source>
        <translation>The database “{where}” cannot be reached: {detail}</translation>
    </message>
    <message>
        <source>Der Ordner für die Datenbank „{url}“ kann nicht angelegt werden: {strerror}</source>
        <translation>The folder for the database “{url}” cannot be created: {strerror}</translation>
    </message>
    <message>
        <source>Der Server „{server}“ lehnt die Anmeldung ab: Benutzername „{user}“ oder Passwort ist falsch.</source>
        <translation>The server “{server}” refused the login: user name “{user}” or password is wrong.</translation>
    </message>
    <message>
        <source>Auf dem Server „{server}“ gibt es keine Datenbank „{name}“. Bitte den Namen prüfen oder die Datenbank anlegen lassen.</source>
        <translation>The server “{server}” has no database “{name}”. Please check the name or have the database created.</translation>
    </message>
    <message>
        <source>Der Benutzer „{user}“ darf die Datenbank „{name}“ auf „{server}“ nicht verwenden.</source>
        <translation>The user “{user}” may not use the database “{name}” on “{server}”.</translation>
    </message>
    <message>
        <source>Die Datenbank „{where}“ ist nicht erreichbar: Läuft der Server, und stimmen Host und Port? ({detail})</source>
        <translation>The database “{where}” cannot be reached: is the server running, and are host and port right? ({detail})</translation>
    </message>
    <message>
        <source>Der Datenbankserver erlaubt diesem Benutzer nicht, Trigger anzulegen. Die Kontaktverwaltung braucht sie, damit alle Arbeitsplätze Änderungen der anderen sehen. Bitte den Administrator, dem Benutzer das Recht TRIGGER zu geben (bei MariaDB/MySQL mit Binärlog außerdem log_bin_trust_function_creators = 1 zu setzen), und dann erneut öffnen. Die Datenbank wurde nicht verändert.</source>
        <translation>The database server does not let this user create triggers, which Kontaktverwaltung needs so that every workstation sees the others&apos; changes. Please ask the administrator to grant TRIGGER (with MariaDB/MySQL binary logging also set log_bin_trust_function_creators = 1), then open again. The database was not changed.</translation>
    </message>
    <message>
        <source>Die Datenbank „{url}“ wird gerade von einem anderen Arbeitsplatz aktualisiert und ist nach {seconds} Sekunden noch nicht fertig. Bitte in ein paar Minuten erneut öffnen.</source>
        <translation>The database “{url}” is being updated by another workstation and is not done after {seconds} seconds. Please open it again in a few minutes.</translation>
    </message>
    <message>
        <source>Die Sperrdatei „{path}“ für die Aktualisierung der Datenbank „{value}“ kann nicht angelegt werden: {strerror}</source>
        <translation>The lock file “{path}” for updating the database “{value}” cannot be created: {strerror}</translation>
    </message>
    <message>
        <source>Die Datenbank „{where}“ speichert Text nicht in utf8mb4: Namen mit manchen Zeichen (z. B. Emoji oder anderen Schriften) ließen sich nicht speichern. Die Verwaltung des Servers kann das beheben mit:
{sql}</source>
        <translation>The database “{where}” does not store text as utf8mb4: names with some characters (e.g. emoji or other scripts) could not be saved. The server&apos;s administrator can fix it with:
{sql}</translation>
    </message>
    <message>
        <source>„{value}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}</source>
        <translation>“{value}” cannot be opened as a Kontaktverwaltung database: {error}</translation>
    </message>
    <message>
        <source>„{where}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}</source>
        <translation>“{where}” cannot be opened as a Kontaktverwaltung database: {error}</translation>
    </message>
    <message>
        <source>„{where}“ ist ein Ordner. Bitte eine Datei wählen oder einen neuen Dateinamen angeben.</source>
        <translation>“{where}” is a folder. Please choose a file or give a new file name.</translation>
    </message>
    <message>
        <source>Die Kundenrolle existiert nicht mehr.</source>
        <translation>The client role no longer exists.</translation>
    </message>
    <message>
        <source>Der Standort existiert nicht mehr.</source>
        <translation>The location no longer exists.</translation>
    </message>
    <message>
        <source>Der Ansprechpartner existiert nicht mehr.</source>
        <translation>The contact no longer exists.</translation>
    </message>
    <message>
        <source>Der Job existiert nicht mehr.</source>
        <translation>The job no longer exists.</translation>
    </message>
    <message>
        <source>Kein Kunde mit der Nummer „{number}“.</source>
        <translation>No client with number “{number}”.</translation>
    </message>
    <message>
        <source>Diese Datenbank wurde mit einer neueren Version der Kontaktverwaltung angelegt (Schema {version}, diese Version kennt bis {latest}). Bitte die App aktualisieren; die Datenbank bleibt unverändert.</source>
        <translation>This database was written by a newer Kontaktverwaltung (schema {version}, this app knows up to {latest}). Please update the app; the database was not changed.</translation>
    </message>
    <message>
        <source>Bitte den Server angeben (Name oder IP-Adresse).</source>
        <translation>Please enter the server.</translation>
    </message>
    <message>
        <source>Der Port muss zwischen 1 und 65535 liegen.</source>
        <translation>The port must be 1–65535.</translation>
    </message>
    <message>
        <source>Bitte den Namen der Datenbank angeben.</source>
        <translation>Please enter the database.</translation>
    </message>
    <message>
        <source>Bitte den Benutzernamen angeben.</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <source>Bitte eine Datei wählen.</source>
        <translation>Please choose a file.</translation>
    </message>
    <message>
        <source>Der Servername darf keine Leerzeichen und keines der Zeichen / @ ? # enthalten.</source>
        <translation>The server name must not contain spaces or any of / @ ? #.</translation>
    </message>
    <message>
        <source>Der Datenbankname darf nur Buchstaben, Ziffern und die Zeichen _ - . $ enthalten.</source>
        <translation>The database name may contain only letters, digits and _ - . $.</translation>
    </message>
    <message>
        <source>Bitte den vollständigen Pfad der Datei angeben (mit „Durchsuchen…“ wählen).</source>
        <translation>Please give the file&apos;s full path (choose it with “Browse…”).</translation>
    </message>
    <message>
        <source>Bitte einen Suchbegriff angeben, z. B.: kontaktverwaltung search Müller</source>
        <translation>Please give a search term, e.g.: kontaktverwaltung search Miller</translation>
    </message>
    <message>
        <source>Die Datenbankdatei „{path}“ gibt es nicht. Bitte den Pfad prüfen; eine neue Datenbank legen „migrate“, „demo“ und „import“ an.</source>
        <translation>The database file “{path}” does not exist. Please check the path; “migrate”, “demo” and “import” create a new database.</translation>
    </message>
    <message>
        <source>Der Ordner für das Bild „{file}“ kann nicht angelegt werden: {reason}</source>
        <translation>The folder for the image “{file}” cannot be created: {reason}</translation>
    </message>
    <message>
        <source>Das Bild „{file}“ kann nicht geschrieben werden: {reason}</source>
        <translation>The image “{file}” cannot be written: {reason}</translation>
    </message>
    <message>
        <source>„{file}“: Bilder werden als .png (oder .jpg, .bmp) gespeichert.</source>
        <translation>“{file}”: images are saved as .png (or .jpg, .bmp).</translation>
    </message>
    <message>
        <source>Argumente</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>Optionen</source>
        <translation>options</translation>
    </message>
    <message>
        <source>Argument {argument}: {detail}</source>
        <translation>argument {argument}: {detail}</translation>
    </message>
    <message>
        <source>{value} gibt es nicht (möglich: {choices})</source>
        <translation>invalid choice: {value} (choose from {choices})</translation>
    </message>
    <message>
        <source>{value} ist kein gültiger Wert</source>
        <translation>invalid value: {value}</translation>
    </message>
    <message>
        <source>hier fehlt der Wert</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>höchstens ein Wert</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>mindestens ein Wert</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>{count} Werte erwartet</source>
        <translation>expected {count} arguments</translation>
    </message>
    <message>
        <source>diese Angaben fehlen: {names}</source>
        <translation>the following arguments are required: {names}</translation>
    </message>
    <message>
        <source>{option} ist mehrdeutig: {matches}</source>
        <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
        <source>nimmt keinen Wert an, auch nicht {value}</source>
        <translation>ignored explicit argument {value}</translation>
    </message>
    <message>
        <source>nicht zusammen mit {other}</source>
        <translation>not allowed with argument {other}</translation>
    </message>
    <message>
        <source>eine dieser Angaben fehlt: {names}</source>
        <translation>one of the arguments {names} is required</translation>
    </message>
    <message>
        <source>Kunden, Standorte und Ansprechpartner verwalten. Ohne Befehl öffnet sich das Programmfenster.</source>
        <translation>Manage clients, their locations and contacts. Without a command the program window opens.</translation>
    </message>
    <message>
        <source>die Versionsnummer zeigen und beenden</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>Datenbank, z. B. sqlite:////absoluter/pfad/daten.sqlite3 (vier Schrägstriche; drei für einen Pfad relativ zum aktuellen Ordner), postgresql://benutzer@host/db oder mysql://benutzer@host/db?mariadb=true. Gilt nur für diesen Aufruf; Standard: die unter Datei → Datenbank… gewählte, sonst die lokale Datenbank im Benutzerordner</source>
        <translation>database, e.g. sqlite:////absolute/path/data.sqlite3 (four slashes; three for a path relative to the current folder), postgresql://user@host/db or mysql://user@host/db?mariadb=true. Applies to this call only; default: the one chosen under File → Database…, else the local database in the user folder</translation>
    </message>
    <message>
        <source>auf der Offline-Kopie des Servers aus --db arbeiten, ohne ihn zu kontaktieren; Änderungen warten auf das nächste „sync“</source>
        <translation>work on the offline copy of the server given by --db without contacting it; changes wait for the next “sync”</translation>
    </message>
    <message>
        <source>BEFEHL</source>
        <comment>Platzhalter</comment>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Datenbank mit realistischen Demodaten füllen</source>
        <translation>fill the database with realistic demo data</translation>
    </message>
    <message>
        <source>Anzahl der Kunden (Standard 200)</source>
        <translation>number of clients (default 200)</translation>
    </message>
    <message>
        <source>Zufallsstartwert: gleicher Wert, gleiche Daten</source>
        <translation>random seed: same value, same data</translation>
    </message>
    <message>
        <source>Datenbankschema anlegen oder auf den neuesten Stand bringen</source>
        <translation>create the database schema or bring it up to date</translation>
    </message>
    <message>
        <source>Ansprechpartner in allen Kunden suchen</source>
        <translation>search contacts across all clients</translation>
    </message>
    <message>
        <source>Name, E-Mail, Telefonnummer, Position, Abteilung oder Standort</source>
        <translation>name, e-mail, phone number, position, department or location</translation>
    </message>
    <message>
        <source>nur bei diesem Kunden suchen</source>
        <translation>search this client only</translation>
    </message>
    <message>
        <source>Hauptfenster (1280×800) als PNG speichern und beenden</source>
        <translation>save the main window (1280×800) as PNG and exit</translation>
    </message>
    <message>
        <source>DATEI.png</source>
        <comment>Platzhalter</comment>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>diesen Kunden geöffnet zeigen</source>
        <translation>show this client opened</translation>
    </message>
    <message>
        <source>Offline-Kopie und Server abgleichen: erst die eigenen Änderungen senden, dann die des Servers holen</source>
        <translation>sync the offline copy and the server: first send this workstation&apos;s changes, then fetch the server&apos;s</translation>
    </message>
    <message>
        <source>Ergebnis als ein JSON-Objekt {&quot;sent&quot;, &quot;received&quot;, &quot;conflicts&quot;}</source>
        <translation>the result as one JSON object {&quot;sent&quot;, &quot;received&quot;, &quot;conflicts&quot;}</translation>
    </message>
    <message>
        <source>wahrscheinliche Dubletten mit ihren Gründen auflisten</source>
        <translation>list likely duplicates with their reasons</translation>
    </message>
    <message>
        <source>nur bei diesem Kunden (Standard: alle Kunden)</source>
        <translation>this client only (default: all clients)</translation>
    </message>
    <message>
        <source>als JSON-Liste von {&quot;a&quot;, &quot;b&quot;, &quot;reasons&quot;} (a, b: Kontakt-IDs)</source>
        <translation>as a JSON list of {&quot;a&quot;, &quot;b&quot;, &quot;reasons&quot;} (a, b: contact ids)</translation>
    </message>
    <message>
        <source>Ansprechpartner exportieren: vCard, CSV, Excel (.xlsx) oder PDF-Kontaktblatt eines Kunden</source>
        <translation>export contacts: vCard, CSV, Excel (.xlsx) or a client&apos;s PDF contact sheet</translation>
    </message>
    <message>
        <source>Zieldatei (mit --per-contact: ein Ordner)</source>
        <translation>target file (with --per-contact: a folder)</translation>
    </message>
    <message>
        <source>vcf, csv, xlsx oder pdf (Standard: nach der Endung der DATEI)</source>
        <translation>vcf, csv, xlsx or pdf (default: by the FILE&apos;s extension)</translation>
    </message>
    <message>
        <source>nur die Ansprechpartner dieses Kunden (für pdf nötig)</source>
        <translation>only this client&apos;s contacts (needed for pdf)</translation>
    </message>
    <message>
        <source>vCard 3.0 (Standard) oder 4.0</source>
        <translation>vCard 3.0 (default) or 4.0</translation>
    </message>
    <message>
        <source>vCard: eine Datei je Ansprechpartner in den Ordner DATEI (Outlook liest nur die erste Karte einer Datei)</source>
        <translation>vCard: one file per contact in the folder FILE (Outlook reads only the first card of a file)</translation>
    </message>
    <message>
        <source>{count:n} Treffer</source>
        <comment>einer</comment>
        <translation>{count:n} hit</translation>
    </message>
    <message>
        <source>{count:n} Treffer</source>
        <comment>mehrere</comment>
        <translation>{count:n} hits</translation>
    </message>
    <message>
        <source>Aufruf: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>{program}: Fehler: {problem}</source>
        <translation>{program}: error: {problem}</translation>
    </message>
    <message>
        <source>unbekannte Argumente: {arguments}</source>
        <translation>unrecognized arguments: {arguments}</translation>
    </message>
    <message>
        <source>Das Bild „{file}“ konnte nicht gespeichert werden: das Format oder der Ort nimmt es nicht an.</source>
        <translation>The image “{file}” could not be saved: its format or place does not accept it.</translation>
    </message>
    <message>
        <source>Eine Datenbank nur im Arbeitsspeicher lässt sich im Fenster nicht öffnen. Bitte eine Datei angeben, z. B. --db sqlite:///kontakte.sqlite3.</source>
        <translation>An in-memory database cannot be opened in the window. Please name a file.</translation>
    </message>
    <message>
        <source>Speichern ist nicht möglich: {error}. Es wurde nichts gespeichert; Ihre Eingaben sind erhalten. Bitte die Eingaben prüfen; bleibt der Fehler, bitte ihn so melden.</source>
        <translation>Saving is not possible: {error}. Nothing was saved; your input is kept. Please check your input; if the error stays, please report it as shown.</translation>
    </message>
    <message>
        <source>{author} hat das inzwischen gespeichert. Diese Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</source>
        <translation>{author} saved this meanwhile; those changes are in the form now and your input is kept. Please check and save again.</translation>
    </message>
    <message>
        <source>Speichern ist gerade nicht möglich: {error}. Es wurde nichts gespeichert; Ihre Eingaben sind erhalten – bitte gleich noch einmal versuchen.</source>
        <translation>Saving is not possible right now: {error}. Nothing was saved; your input is kept.</translation>
    </message>
    <message>
        <source>Jemand anderes hat das inzwischen gespeichert. Seine Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</source>
        <translation>Someone else saved this meanwhile; their changes are in the form now.</translation>
    </message>
    <message>
        <source>{problem} Gespeichert wird von selbst, sobald der Server wieder antwortet (neuer Versuch alle zwei Sekunden) – oder mit „Abbrechen“ verwerfen.</source>
        <translation>{problem} Saving is retried every two seconds until the server answers – or discard it with “Cancel”.</translation>
    </message>
    <message>
        <source>Bitte zuerst den doppelten Eintrag wählen.</source>
        <translation>Please choose the duplicate first.</translation>
    </message>
    <message>
        <source>Einer der beiden Einträge wurde inzwischen von jemand anderem geändert; es wurde nichts zusammengeführt. Die Anzeige ist jetzt aktuell – bitte prüfen und erneut zusammenführen.</source>
        <translation>One of the two contacts was changed by someone else meanwhile; nothing was merged. The view is up to date now – please check and merge again.</translation>
    </message>
    <message>
        <source>Dokument entfernt</source>
        <translation>Document removed</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ entfernen</source>
        <translation>Remove document “{file_name}”</translation>
    </message>
    <message>
        <source>„{file_name}“ ist größer als 50 MB.</source>
        <translation>“{file_name}” is larger than 50 MB.</translation>
    </message>
    <message>
        <source>{count:n} Dokumente hinzufügen</source>
        <translation>Add {count:n} documents</translation>
    </message>
    <message>
        <source>Das Dokument existiert nicht mehr.</source>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>Dokument „{file_name}“ entfernt</source>
        <translation>Document “{file_name}” removed</translation>
    </message>
    <message>
        <source>{count:n} Dokument</source>
        <translation>{count:n} document</translation>
    </message>
    <message>
        <source>{count:n} Dokumente</source>
        <translation>{count:n} documents</translation>
    </message>
    <message>
        <source>„{name}“ angelegt</source>
        <translation>“{name}” created</translation>
    </message>
    <message>
        <source>„{name}“ bearbeitet</source>
        <translation>“{name}” edited</translation>
    </message>
    <message>
        <source>Namen und Adressen werden vorbereitet …</source>
        <translation>Preparing names and addresses …</translation>
    </message>
    <message>
        <source>Kunden, Standorte und Ansprechpartner werden erzeugt …</source>
        <translation>Creating clients, locations and contacts …</translation>
    </message>
    <message>
        <source>Daten werden geschrieben …</source>
        <translation>Writing the data …</translation>
    </message>
    <message>
        <source>{done:n} von {total:n} Kunden erzeugt …</source>
        <translation>{done:n} of {total:n} clients created …</translation>
    </message>
    <message>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>{count:n} wahrscheinliche Dubletten</source>
        <translation>{count:n} likely duplicates</translation>
    </message>
    <message>
        <source>Schema wird aktualisiert: Version {version} von {latest} …</source>
        <translation>Updating the schema: version {version} of {latest} …</translation>
    </message>
    <message>
        <source>Datenbank {database} ist auf Schema-Version {version}.</source>
        <translation>Database {database} is at schema version {version}.</translation>
    </message>
    <message>
        <source>Portal-Passwort der Demo-Ansprechpartner mit Zugang: {password}</source>
        <translation>Portal password of the demo contacts with access: {password}</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner exportiert in {files:n} Dateien: {path}</source>
        <translation>{count:n} contacts exported in {files:n} files: {path}</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner exportiert: {path}</source>
        <translation>{count:n} contacts exported: {path}</translation>
    </message>
    <message>
        <source>Fehler: Bitte eine Datei angeben (oder --undo-last).</source>
        <translation>Error: please name a file (or --undo-last).</translation>
    </message>
    <message>
        <source>Probelauf, nichts geschrieben: {created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen.</source>
        <translation>Dry run, nothing written: {created:n} new, {updated:n} updated, {unchanged:n} unchanged, {skipped:n} not imported.</translation>
    </message>
    <message>
        <source>{created:n} neu, {updated:n} aktualisiert, {unchanged:n} unverändert, {skipped:n} nicht übernommen.</source>
        <translation>{created:n} new, {updated:n} updated, {unchanged:n} unchanged, {skipped:n} not imported.</translation>
    </message>
    <message>
        <source>Import {id}; rückgängig mit: kontaktverwaltung import --undo-last</source>
        <translation>Import {id}; undo with: kontaktverwaltung import --undo-last</translation>
    </message>
    <message>
        <source>Kontakte aus vCard, CSV oder Excel (.xlsx) importieren, oder den letzten Import rückgängig machen</source>
        <translation>import contacts from vCard, CSV or Excel (.xlsx), or undo the last import</translation>
    </message>
    <message>
        <source>DATEI</source>
        <comment>Platzhalter</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>vCard-, CSV- oder .xlsx-Datei</source>
        <translation>vCard, CSV or .xlsx file</translation>
    </message>
    <message>
        <source>NUMMER</source>
        <comment>Platzhalter</comment>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>alle Zeilen diesem Kunden zuordnen</source>
        <translation>assign every row to this client</translation>
    </message>
    <message>
        <source>nur prüfen und berichten, nichts schreiben</source>
        <translation>only check and report, write nothing</translation>
    </message>
    <message>
        <source>Ergebnis als ein JSON-Objekt ausgeben</source>
        <translation>print the result as one JSON object</translation>
    </message>
    <message>
        <source>den letzten Import als einen Schritt rückgängig machen</source>
        <translation>undo the last import as one step</translation>
    </message>
    <message>
        <source>Bildschirmfoto gespeichert: {file}</source>
        <translation>Screenshot saved: {file}</translation>
    </message>
    <message>
        <source>Fehler: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>Großkunde mit 10.000 Ansprechpartnern: {number}</source>
        <translation>Large client with 10,000 contacts: {number}</translation>
    </message>
    <message>
        <source>{count:n} Treffer – es gibt mehr, bitte die Suche eingrenzen</source>
        <translation>{count:n} hits – there are more, please narrow the search</translation>
    </message>
    <message>
        <source>Fehler: --undo-last nimmt keine Datei.</source>
        <translation>Error: --undo-last takes no file.</translation>
    </message>
    <message>
        <source>Rückgängig gemacht: {what} (Import {id}).</source>
        <translation>Undone: {what} (import {id}).</translation>
    </message>
    <message>
        <source>Zeile {row}, {field} „{value}“: {problem}</source>
        <translation>Row {row}, {field} “{value}”: {problem}</translation>
    </message>
    <message>
        <source>Zeile {row}, {field}: {problem}</source>
        <translation>Row {row}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{name} (inaktiv)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Import „{file}“: {done} (Kunde „{client}“ angelegt)</source>
        <translation>Import “{file}”: {done} (client “{client}” created)</translation>
    </message>
    <message>
        <source>Import: {done} (Kunde „{client}“ angelegt)</source>
        <translation>Import: {done} (client “{client}” created)</translation>
    </message>
    <message>
        <source>Fertig in {seconds} s: {clients:n} Kunden, {locations:n} Standorte, {contacts:n} Ansprechpartner, {channels:n} E-Mail-Adressen und Telefonnummern, {jobs:n} Jobs, {history:n} History-Einträge.</source>
        <translation>Done in {seconds} s: {clients:n} clients, {locations:n} locations, {contacts:n} contacts, {channels:n} e-mail addresses and phone numbers, {jobs:n} jobs, {history:n} history entries.</translation>
    </message>
    <message>
        <source>Kontaktblatt von {client} gespeichert: {file} ({count:n} Ansprechpartner)</source>
        <translation>Contact sheet of {client} saved: {file} ({count:n} contacts)</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner verschieben</source>
        <comment>einer</comment>
        <translation>Move {count:n} contact</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner verschieben</source>
        <translation>Move {count:n} contacts</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktivieren</source>
        <comment>einer</comment>
        <translation>Activate {count:n} contact</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner aktivieren</source>
        <translation>Activate {count:n} contacts</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner deaktivieren</source>
        <comment>einer</comment>
        <translation>Deactivate {count:n} contact</translation>
    </message>
    <message>
        <source>{count:n} Ansprechpartner deaktivieren</source>
        <translation>Deactivate {count:n} contacts</translation>
    </message>
    <message>
        <source>Eine lokale Datei braucht keine Offline-Kopie.</source>
        <translation>A local file needs no offline copy.</translation>
    </message>
    <message>
        <source>Für „{where}“ gibt es noch keine Offline-Kopie. Bitte zuerst mit Verbindung zum Server „kontaktverwaltung sync“ ausführen (oder im Fenster „Synchronisieren“).</source>
        <translation>There is no offline copy of “{where}” yet. Please run “kontaktverwaltung sync” while connected to the server first (or “Synchronise” in the window).</translation>
    </message>
    <message>
        <source>Diesen Konflikt gibt es nicht (mehr).</source>
        <translation>This conflict does not exist (any more).</translation>
    </message>
    <message>
        <source>{record}: offline geändert, auf dem Server auch</source>
        <translation>{record}: changed offline, and on the server too</translation>
    </message>
    <message>
        <source>{record}: offline geändert, auf dem Server gelöscht</source>
        <translation>{record}: changed offline, deleted on the server</translation>
    </message>
    <message>
        <source>{record}: offline gelöscht, auf dem Server inzwischen geändert</source>
        <translation>{record}: deleted offline, changed on the server meanwhile</translation>
    </message>
    <message>
        <source>{record}: offline zusammengeführt, auf dem Server inzwischen geändert</source>
        <translation>{record}: merged offline, changed on the server meanwhile</translation>
    </message>
    <message>
        <source>{record}: vom Server abgelehnt ({reason})</source>
        <translation>{record}: refused by the server ({reason})</translation>
    </message>
    <message>
        <source>Datensatz {id} in {table}</source>
        <translation>Record {id} in {table}</translation>
    </message>
    <message>
        <source>Ansprechpartner {name}</source>
        <translation>Contact {name}</translation>
    </message>
    <message>
        <source>Kunde {name}</source>
        <translation>Client {name}</translation>
    </message>
    <message>
        <source>Standort {name}</source>
        <translation>Location {name}</translation>
    </message>
    <message>
        <source>Job {name}</source>
        <translation>Job {name}</translation>
    </message>
    <message>
        <source>Kundenrolle {name}</source>
        <translation>Client role {name}</translation>
    </message>
    <message>
        <source>E-Mail/Telefon {name}</source>
        <translation>E-mail/phone {name}</translation>
    </message>
    <message>
        <source>Meine Fassung lässt sich nicht mehr übernehmen: die Daten haben sich auf dem Server zu sehr geändert. Bitte die Änderung neu ausführen.</source>
        <translation>My version can no longer be applied: the data has changed too much on the server. Please make the change again.</translation>
    </message>
    <message>
        <source>Eine andere Übertragung dieser Offline-Kopie läuft noch.</source>
        <translation>Another sync of this offline copy is still running.</translation>
    </message>
    <message>
        <source>die Nummer ist auf dem Server vergeben</source>
        <translation>its number is taken on the server</translation>
    </message>
    <message>
        <source>„{command}“ geht nicht mit --offline.</source>
        <translation>“{command}” does not work with --offline.</translation>
    </message>
    <message>
        <source>Abgeglichen: {sent:n} Änderungen gesendet, {received:n} vom Server übernommen, {conflicts:n} Konflikte.</source>
        <translation>Synchronised: {sent:n} changes sent, {received:n} taken from the server, {conflicts:n} conflicts.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Ansprechpartner zusammenführen</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Schließen, ohne etwas zu ändern (Esc)</source>
        <translation>Close without changing anything (Esc)</translation>
    </message>
    <message>
        <source>Welcher Eintrag ist dieselbe Person wie „{0}“ ({1})?</source>
        <translation>Which entry is the same person as “{0}” ({1})?</translation>
    </message>
    <message>
        <source>Welcher Eintrag ist dieselbe Person wie „{0}“?</source>
        <translation>Which entry is the same person as “{0}”?</translation>
    </message>
    <message>
        <source>Ein Eintrag bleibt erhalten; Jobs, History und Portalzugang des anderen gehen auf ihn über.</source>
        <translation>One entry is kept; the other&apos;s jobs, history and portal access pass to it.</translation>
    </message>
    <message>
        <source>{0} von {1} angezeigt</source>
        <translation>{0} of {1} shown</translation>
    </message>
    <message>
        <source>Niemand passt zum Filter.</source>
        <translation>Nobody matches the filter.</translation>
    </message>
    <message>
        <source>weiterer Ansprechpartner</source>
        <translation>more contact</translation>
    </message>
    <message>
        <source>weitere Ansprechpartner</source>
        <translation>more contacts</translation>
    </message>
    <message>
        <source>wahrscheinliches Duplikat</source>
        <translation>likely duplicate</translation>
    </message>
    <message>
        <source>wahrscheinliche Duplikate</source>
        <translation>likely duplicates</translation>
    </message>
    <message>
        <source>{0} – angelegt am {1}</source>
        <translation>{0} – created on {1}</translation>
    </message>
    <message>
        <source>{0} – angelegt am {1}, inaktiv</source>
        <translation>{0} – created on {1}, inactive</translation>
    </message>
    <message>
        <source>bleibt erhalten</source>
        <translation>is kept</translation>
    </message>
    <message>
        <source>wird übernommen</source>
        <translation>is merged in</translation>
    </message>
    <message>
        <source>bevorzugt</source>
        <translation>preferred</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Kommt vom anderen Eintrag dazu</source>
        <translation>Comes from the other entry</translation>
    </message>
    <message>
        <source>Keine E-Mail-Adressen oder Telefonnummern.</source>
        <translation>No e-mail addresses or phone numbers.</translation>
    </message>
    <message>
        <source>1 Angabe des anderen Eintrags ist doppelt und wird nur einmal geführt.</source>
        <translation>1 detail of the other entry is a duplicate and is kept only once.</translation>
    </message>
    <message>
        <source>{0} Angaben des anderen Eintrags sind doppelt und werden nur einmal geführt.</source>
        <translation>{0} details of the other entry are duplicates and are kept only once.</translation>
    </message>
    <message>
        <source>Zugang von „{0}“ behalten – Benutzername {1}</source>
        <translation>Keep the access of “{0}” – username {1}</translation>
    </message>
    <message>
        <source>Der Eintrag „{0}“ (angelegt am {1}) wird danach entfernt und in der History als zusammengeführt vermerkt. Rückgängig mit Strg+Z.</source>
        <translation>The entry “{0}” (created on {1}) is then removed and recorded as merged in the history. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Angemeldet wird dann mit dem Benutzernamen {0}.</source>
        <translation>Sign-in then uses the username {0}.</translation>
    </message>
    <message>
        <source>Bitte zuerst links den doppelten Eintrag wählen.</source>
        <translation>Please choose the duplicate entry on the left first.</translation>
    </message>
    <message>
        <source>Bitte zuerst wählen, welcher Portalzugang erhalten bleibt.</source>
        <translation>Please choose first which portal access is kept.</translation>
    </message>
    <message>
        <source>„{0}“ in „{1}“ übernehmen (rückgängig mit Strg+Z)</source>
        <translation>Merge “{0}” into “{1}” (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>„{0}“ ist der einzige Ansprechpartner dieses Kunden – es gibt keinen Eintrag, mit dem er zusammengeführt werden könnte.</source>
        <translation>“{0}” is this client&apos;s only contact – there is no entry to merge it with.</translation>
    </message>
    <message>
        <source>&amp;Doppelter Eintrag:</source>
        <translation>&amp;Duplicate entry:</translation>
    </message>
    <message>
        <source>Die Liste nach Name, E-Mail-Adresse, Telefonnummer, Position oder Standort eingrenzen</source>
        <translation>Narrow the list by name, e-mail address, phone number, position or location</translation>
    </message>
    <message>
        <source>Filtern: Name, E-Mail, Telefon …</source>
        <translation>Filter: name, e-mail, phone …</translation>
    </message>
    <message>
        <source>Die anderen Ansprechpartner dieses Kunden – wahrscheinliche Duplikate zuerst, mit dem Grund</source>
        <translation>The client&apos;s other contacts – likely duplicates first, with the reason</translation>
    </message>
    <message>
        <source>Bitte links den doppelten Eintrag wählen.

Danach sehen Sie hier beide Einträge nebeneinander und wählen, welcher erhalten bleibt und welche Angaben er behält.</source>
        <translation>Please choose the duplicate entry on the left.

Then you see both entries side by side here and choose which one is kept and which details it keeps.</translation>
    </message>
    <message>
        <source>Welcher Eintrag bleibt erhalten?</source>
        <translation>Which entry is kept?</translation>
    </message>
    <message>
        <source>Dieser Eintrag bleibt erhalten; der andere wird in ihn übernommen.</source>
        <translation>This entry is kept; the other one is merged into it.</translation>
    </message>
    <message>
        <source>Abweichende Angaben – je Zeile einen Wert wählen:</source>
        <translation>Differing details – choose one value per row:</translation>
    </message>
    <message>
        <source>Name, Position, Standort und alle anderen Angaben sind bei beiden gleich.</source>
        <translation>Name, position, location and all other details are the same in both.</translation>
    </message>
    <message>
        <source>E-Mail-Adressen und Telefonnummern danach:</source>
        <translation>E-mail addresses and phone numbers afterwards:</translation>
    </message>
    <message>
        <source>Portalzugang</source>
        <translation>Portal access</translation>
    </message>
    <message>
        <source>Beide haben einen Portalzugang. Bitte wählen, welcher erhalten bleibt – der andere wird entfernt.</source>
        <translation>Both have portal access. Please choose which one is kept – the other is removed.</translation>
    </message>
    <message>
        <source>Benutzername und Passwort dieses Eintrags bleiben gültig.</source>
        <translation>This entry&apos;s username and password stay valid.</translation>
    </message>
</context>
<context>
    <name>MoveContactDialog</name>
    <message>
        <source>Ansprechpartner verschieben</source>
        <translation>Move contact</translation>
    </message>
    <message>
        <source>„{0}“ an einen anderen Standort verschieben.</source>
        <translation>Move “{0}” to another location.</translation>
    </message>
    <message>
        <source>Jobs und History bleiben bei der Person.</source>
        <translation>Jobs and history stay with the person.</translation>
    </message>
    <message>
        <source>&amp;Neuer Standort:</source>
        <translation>&amp;New location:</translation>
    </message>
    <message>
        <source>Dieser Kunde hat keinen anderen Standort. Legen Sie zuerst einen neuen Standort an.</source>
        <translation>This client has no other location. Please add a new location first.</translation>
    </message>
    <message>
        <source>{0} verschieben</source>
        <translation>Move {0}</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner verschieben</source>
        <translation>Move {0} contacts</translation>
    </message>
    <message>
        <source>„{0}“ von „{1}“ an einen anderen Standort verschieben.</source>
        <translation>Move “{0}” from “{1}” to another location.</translation>
    </message>
    <message>
        <source>Die {0} Ansprechpartner von „{1}“ an einen anderen Standort verschieben.</source>
        <translation>Move the {0} contacts of “{1}” to another location.</translation>
    </message>
    <message>
        <source>Die {0} Ansprechpartner an einen anderen Standort verschieben.</source>
        <translation>Move the {0} contacts to another location.</translation>
    </message>
    <message>
        <source>Den Ansprechpartner von „{0}“ an einen anderen Standort verschieben.</source>
        <translation>Move the contact of “{0}” to another location.</translation>
    </message>
    <message>
        <source>Den Ansprechpartner an einen anderen Standort verschieben.</source>
        <translation>Move the contact to another location.</translation>
    </message>
    <message>
        <source>Jobs und History bleiben bei den Personen.</source>
        <translation>Jobs and history stay with the people.</translation>
    </message>
</context>
<context>
    <name>PanelModel</name>
    <message>
        <source>Standort {0}, {1}</source>
        <translation>Location {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PortalNotice</name>
    <message>
        <source>Job freigeben…</source>
        <translation>Release a job…</translation>
    </message>
    <message>
        <source>Zu den Jobs des Kunden: einen Job für die Portale freigeben (oder anlegen und freigeben)</source>
        <translation>To the client&apos;s jobs: release a job to the portals (or create one and release it)</translation>
    </message>
    <message>
        <source>Kundenportal: Noch kein Job dieses Kunden ist freigegeben – seine Ansprechpartner können sich erst danach anmelden, Passwörter erst dann gesetzt werden.</source>
        <translation>Client portal: no job of this client is released yet – its contacts can sign in, and passwords can be set, only after that.</translation>
    </message>
</context>
<context>
    <name>PortalPreviewDialog</name>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} im Kundenportal&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} in the client portal&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>„{0}“</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>Anmeldung mit</source>
        <translation>Sign in with</translation>
    </message>
    <message>
        <source>Sobald möglich, Anmeldung mit</source>
        <translation>Once possible, sign in with</translation>
    </message>
    <message>
        <source>oder</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Noch kein Benutzername und keine E-Mail-Adresse.</source>
        <translation>No username and no e-mail address yet.</translation>
    </message>
    <message>
        <source>keine Rolle</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>{0} – verantwortlich: {1}</source>
        <translation>{0} – responsible: {1}</translation>
    </message>
    <message>
        <source>Freigegebene Jobs, die diese Person sieht ({0})</source>
        <translation>Released jobs this person sees ({0})</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>Mit dieser Rolle sieht die Person keine Jobs.</source>
        <translation>With this role the person sees no jobs.</translation>
    </message>
    <message>
        <source>Zurzeit ist kein Job freigegeben, den diese Person mit ihrer Rolle sehen würde.</source>
        <translation>No job is released at the moment that this person would see with their role.</translation>
    </message>
    <message>
        <source>Als dieser Ansprechpartner ansehen</source>
        <translation>View as this contact</translation>
    </message>
    <message>
        <source>Anmeldung</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Sieht im Portal</source>
        <translation>Sees in the portal</translation>
    </message>
    <message>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Bewerberdaten:</source>
        <translation>Candidate data:</translation>
    </message>
    <message>
        <source>Freigegebene Jobs, die diese Person sieht</source>
        <translation>Released jobs this person sees</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>keine Jobs</source>
        <translation>no jobs</translation>
    </message>
    <message>
        <source>nur die Jobs, für die er zuständig ist,</source>
        <translation>only the jobs they are responsible for,</translation>
    </message>
    <message>
        <source>die Jobs seines Standorts</source>
        <translation>the jobs of their location</translation>
    </message>
    <message>
        <source>alle Jobs des Kunden</source>
        <translation>all of the client&apos;s jobs</translation>
    </message>
    <message>
        <source>Im Kundenportal sieht ein Ansprechpartner mit dieser Rolle {0} und {1}.</source>
        <translation>In the client portal, a contact with this role sees {0} and {1}.</translation>
    </message>
    <message>
        <source>Kein Ansprechpartner hat diese Rolle.</source>
        <translation>No contact has this role.</translation>
    </message>
    <message>
        <source>Ein Ansprechpartner hat diese Rolle.</source>
        <translation>One contact has this role.</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner haben diese Rolle.</source>
        <translation>{0} contacts have this role.</translation>
    </message>
    <message>
        <source>Neue Ansprechpartner bekommen sie automatisch.</source>
        <translation>New contacts get it automatically.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ausgewählte Rolle</source>
        <translation>Selected role</translation>
    </message>
    <message>
        <source>Neue Rolle</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Die Rolle wird angelegt, sobald Sie auf „Anlegen“ klicken.</source>
        <translation>The role is created as soon as you click “Create”.</translation>
    </message>
    <message>
        <source>Kundenrolle löschen</source>
        <translation>Delete client role</translation>
    </message>
    <message>
        <source>„{0}“ ist die einzige Rolle, und Ansprechpartner haben sie. Legen Sie zuerst eine andere Rolle an, die sie stattdessen bekommen.</source>
        <translation>“{0}” is the only role, and contacts have it. Please first create another role for them to get instead.</translation>
    </message>
    <message>
        <source>Die Kundenrolle „{0}“ löschen? Kein Ansprechpartner hat sie.</source>
        <translation>Delete the client role “{0}”? No contact has it.</translation>
    </message>
    <message>
        <source>Kundenrollen verwalten</source>
        <translation>Manage client roles</translation>
    </message>
    <message>
        <source>Die Kundenrolle eines Ansprechpartners bestimmt, welche Jobs und welche Bewerberdaten er im Kundenportal sieht. Jede Änderung gilt sofort und lässt sich im Hauptfenster rückgängig machen.</source>
        <translation>A contact&apos;s client role decides which jobs and which candidate data they see in the client portal. Every change applies at once and can be undone in the main window.</translation>
    </message>
    <message>
        <source>&amp;Rollen:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Neue Rolle</source>
        <translation>&amp;New role</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>z. B. Geschäftsführung</source>
        <translation>e.g. Management</translation>
    </message>
    <message>
        <source>&amp;Umbenennen</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Sichtbare &amp;Jobs:</source>
        <translation>Visible &amp;jobs:</translation>
    </message>
    <message>
        <source>&amp;Bewerberdaten:</source>
        <translation>&amp;Candidate data:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Steht bei jeder Änderung, die an diesem Rechner gemacht wird. Leer: der Anmeldename „{0}“.</source>
        <translation>Shown with every change made on this computer. Empty: the login name “{0}”.</translation>
    </message>
    <message>
        <source>Nummern ohne +Ländervorwahl werden in diesem Land gelesen (in Österreich wird „0664 1234567“ zu +43 664 1234567). Beim Import gilt zuerst das Land der Zeile oder des Standorts.</source>
        <translation>Numbers without a +country code are read in this country (in Austria “0664 1234567” becomes +43 664 1234567). An import first uses the country of the row or of the location.</translation>
    </message>
    <message>
        <source>Einstellungen nicht gespeichert</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Die Einstellungen können nicht gespeichert werden ({0}).</source>
        <translation>The settings cannot be saved ({0}).</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Gespeichert. Die Änderungen gelten ab dem nächsten Start der Kontaktverwaltung.</source>
        <translation>Saved. The changes apply from the next start of Kontaktverwaltung.</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sprache der &amp;Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>Automatisch: wie das Betriebssystem (Deutsch, sonst Englisch). Eine Änderung gilt ab dem nächsten Start.</source>
        <translation>Automatic: like the operating system (German, otherwise English). A change applies from the next start.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Anzeigename für die H&amp;istory:</source>
        <translation>Display name in the h&amp;istory:</translation>
    </message>
    <message>
        <source>Telefonnummern</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>&amp;Land für Nummern ohne Vorwahl:</source>
        <translation>&amp;Country for numbers without a code:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Eingabetaste</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Visitenkarte oder Dokument öffnen</source>
        <translation>Open the card or document</translation>
    </message>
    <message>
        <source>Pfeil nach unten oder Eingabetaste in der Kundensuche</source>
        <translation>Down arrow or Enter in the client search</translation>
    </message>
    <message>
        <source>Den ersten Treffer öffnen</source>
        <translation>Open the first match</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Kundensuche → Kundenliste → Ansprechpartnersuche → Visitenkarten</source>
        <translation>Client search → client list → contact search → cards</translation>
    </message>
    <message>
        <source>In Listen und Suchfeldern</source>
        <translation>In lists and search fields</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Offline gelöscht – auf dem Server inzwischen geändert. Der Datensatz wurde nicht gelöscht.</source>
        <translation>Deleted offline – changed on the server meanwhile. The record was not deleted.</translation>
    </message>
    <message>
        <source>Offline zusammengeführt – auf dem Server wurde einer der beiden inzwischen geändert. Die Zusammenführung wurde nicht ausgeführt.</source>
        <translation>Merged offline – one of the two was changed on the server meanwhile. The merge was not carried out.</translation>
    </message>
    <message>
        <source>Der Server hat diese offline gemachte Änderung abgelehnt.</source>
        <translation>The server refused this change made offline.</translation>
    </message>
    <message>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Keine offenen Konflikte: Alles, was offline geändert wurde, ist beim Server angekommen.</source>
        <translation>No open conflicts: everything changed offline has reached the server.</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Diese Angaben wurden offline auf diesem Rechner und inzwischen auch auf dem Server geändert. Bitte je Konflikt entscheiden, was gelten soll. Bis dahin bleibt er hier aufgelistet; was nur eine Seite geändert hat, ist schon übernommen.</source>
        <translation>These details were changed offline on this computer and meanwhile on the server too. Please decide for each conflict which should apply. Until then it stays listed here; what only one side changed has already been taken over.</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Meine Änderung (offline)</source>
        <translation>My change (offline)</translation>
    </message>
    <message>
        <source>Auf dem Server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>&amp;Meine übernehmen</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Ihre offline gemachte Änderung gilt: sie wird an den Server übertragen</source>
        <translation>Your offline change applies: it is sent to the server</translation>
    </message>
    <message>
        <source>&amp;Server-Stand übernehmen</source>
        <translation>Keep the &amp;server&apos;s</translation>
    </message>
    <message>
        <source>Was auf dem Server steht, gilt: Ihre offline gemachte Änderung wird verworfen</source>
        <translation>What is on the server applies: your offline change is discarded</translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline und auf dem Server verschieden geänderte Angaben – klicken, um zu entscheiden</source>
        <translation>Details changed differently offline and on the server – click to decide</translation>
    </message>
    <message>
        <source>Eine lokale Datenbank-Datei braucht keinen Abgleich: Synchronisiert wird nur mit einem Datenbankserver (PostgreSQL oder MariaDB).</source>
        <translation>A local database file needs no syncing: only a database server (PostgreSQL or MariaDB) is synced with.</translation>
    </message>
    <message>
        <source>Server nicht erreichbar – weiter auf der Offline-Kopie dieses Rechners.</source>
        <translation>Server not reachable – carrying on with this computer&apos;s offline copy.</translation>
    </message>
    <message>
        <source>Offline – 1 Änderung wartet auf Übertragung</source>
        <translation>Offline – 1 change waiting to be sent</translation>
    </message>
    <message>
        <source>Offline – {0} Änderungen warten auf Übertragung</source>
        <translation>Offline – {0} changes waiting to be sent</translation>
    </message>
    <message>
        <source>Der Datenbankserver antwortet nicht. Sie arbeiten auf der Offline-Kopie dieses Rechners; Ihre Änderungen werden übertragen, sobald der Server wieder erreichbar ist (geprüft alle 30 Sekunden) – oder mit „Synchronisieren“ (F9).</source>
        <translation>The database server does not answer. You are working on this computer&apos;s offline copy; your changes are sent as soon as the server can be reached again (checked every 30 seconds) – or with “Sync” (F9).</translation>
    </message>
    <message>
        <source>Wird synchronisiert …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>Wieder mit dem Server verbunden. {0}</source>
        <translation>Connected to the server again. {0}</translation>
    </message>
    <message>
        <source>Synchronisieren nicht möglich: {0}</source>
        <translation>Cannot sync: {0}</translation>
    </message>
    <message>
        <source>Synchronisiert: {0} gesendet, {1} empfangen</source>
        <translation>Synced: {0} sent, {1} received</translation>
    </message>
    <message>
        <source>, 1 Konflikt wartet auf Ihre Entscheidung</source>
        <translation>, 1 conflict waiting for your decision</translation>
    </message>
    <message>
        <source>, {0} Konflikte warten auf Ihre Entscheidung</source>
        <translation>, {0} conflicts waiting for your decision</translation>
    </message>
    <message>
        <source>1 Konflikt</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>{0} Konflikte</source>
        <translation>{0} conflicts</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Rückgängig: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <source>&amp;Wiederholen: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>ValueChoice</name>
    <message>
        <source>(keine Angabe)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>{0}

Diesen Wert übernehmen</source>
        <translation>{0}

Use this value</translation>
    </message>
    <message>
        <source>Keine Angabe: das Feld bleibt leer</source>
        <translation>Not given: the field stays empty</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Neuer &amp;Kunde…</source>
        <translation>New &amp;client…</translation>
    </message>
    <message>
        <source>Kunde &amp;bearbeiten…</source>
        <translation>&amp;Edit client…</translation>
    </message>
    <message>
        <source>Kunde &amp;löschen…</source>
        <translation>&amp;Delete client…</translation>
    </message>
    <message>
        <source>&amp;Dokument hinzufügen…</source>
        <translation>Add &amp;document…</translation>
    </message>
    <message>
        <source>Ein Dokument (Vertrag, Angebot …) beim Kunden ablegen</source>
        <translation>File a document (contract, offer …) with the client</translation>
    </message>
    <message>
        <source>Neuer &amp;Standort…</source>
        <translation>New &amp;location…</translation>
    </message>
    <message>
        <source>Standort bearbeiten…</source>
        <translation>Edit location…</translation>
    </message>
    <message>
        <source>Standort löschen…</source>
        <translation>Delete location…</translation>
    </message>
    <message>
        <source>Neuer &amp;Ansprechpartner…</source>
        <translation>New &amp;contact…</translation>
    </message>
    <message>
        <source>Ansprechpartner &amp;bearbeiten…</source>
        <translation>&amp;Edit contact…</translation>
    </message>
    <message>
        <source>Ansprechpartner &amp;löschen…</source>
        <translation>&amp;Delete contact…</translation>
    </message>
    <message>
        <source>Ansprechpartner de&amp;aktivieren/aktivieren…</source>
        <translation>De&amp;activate/activate contact…</translation>
    </message>
    <message>
        <source>Mit Duplikat &amp;zusammenführen…</source>
        <translation>&amp;Merge with duplicate…</translation>
    </message>
    <message>
        <source>An anderen Standort &amp;verschieben…</source>
        <translation>Mo&amp;ve to another location…</translation>
    </message>
    <message>
        <source>E-&amp;Mail schreiben</source>
        <translation>Write e-&amp;mail</translation>
    </message>
    <message>
        <source>E-Mail an den Ansprechpartner (wird nicht in der History gespeichert)</source>
        <translation>E-mail the contact (not recorded in the history)</translation>
    </message>
    <message>
        <source>An&amp;rufen</source>
        <translation>Ca&amp;ll</translation>
    </message>
    <message>
        <source>Den Ansprechpartner anrufen (wird nicht in der History gespeichert)</source>
        <translation>Call the contact (not recorded in the history)</translation>
    </message>
    <message>
        <source>Als dieser Ansprechpartner &amp;ansehen…</source>
        <translation>&amp;View as this contact…</translation>
    </message>
    <message>
        <source>Zeigt, ob die Anmeldung im Kundenportal klappt und was die Person dort sieht</source>
        <translation>Shows whether signing in to the client portal works and what the person sees there</translation>
    </message>
    <message>
        <source>&amp;History des Ansprechpartners…</source>
        <translation>Contact &amp;history…</translation>
    </message>
    <message>
        <source>Jede Änderung an diesem Ansprechpartner: was, wer, wann</source>
        <translation>Every change to this contact: what, who, when</translation>
    </message>
    <message>
        <source>Kunden&amp;rollen verwalten…</source>
        <translation>Manage client &amp;roles…</translation>
    </message>
    <message>
        <source>Rollen anlegen und festlegen, welche Jobs und Bewerberdaten sie im Portal sehen</source>
        <translation>Create roles and decide which jobs and candidate data they see in the portal</translation>
    </message>
    <message>
        <source>&amp;Globale Suche…</source>
        <translation>&amp;Global search…</translation>
    </message>
    <message>
        <source>Ansprechpartner in allen Kunden suchen</source>
        <translation>Search contacts across all clients</translation>
    </message>
    <message>
        <source>&amp;Importieren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Kontakte aus vCard, CSV oder Excel übernehmen: Vorschau, dann ein Schritt zum Rückgängigmachen</source>
        <translation>Bring in contacts from vCard, CSV or Excel: a preview first, then one step to undo</translation>
    </message>
    <message>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Ansprechpartner als vCard, CSV, Excel oder PDF-Kontaktblatt speichern</source>
        <translation>Save contacts as vCard, CSV, Excel or a PDF contact sheet</translation>
    </message>
    <message>
        <source>&amp;Dubletten…</source>
        <translation>&amp;Duplicates…</translation>
    </message>
    <message>
        <source>Wahrscheinlich doppelt angelegte Ansprechpartner finden und zusammenführen</source>
        <translation>Find and merge contacts that were probably entered twice</translation>
    </message>
    <message>
        <source>Visitenkarte &amp;kopieren</source>
        <translation>&amp;Copy contact card</translation>
    </message>
    <message>
        <source>Die Visitenkarte als Text in die Zwischenablage (Name, Position, Standort, E-Mail, Telefon)</source>
        <translation>Copy the contact card as text (name, position, location, e-mail, phone)</translation>
    </message>
    <message>
        <source>Ansprechpartner suchen</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>&amp;Datenbank…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Lokale Datei oder Datenbankserver wählen, Anzeigename für die History</source>
        <translation>Choose a local file or a database server, and the display name for the history</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Über &amp;Kontaktverwaltung…</source>
        <translation>&amp;About Kontaktverwaltung…</translation>
    </message>
    <message>
        <source>Version, Lizenz, verwendete Datenbank und Datenordner</source>
        <translation>Version, licence, database in use and data folder</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Kunde</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Ansprechpartner</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Ansprechpartner &amp;aktivieren</source>
        <translation>&amp;Activate contact</translation>
    </message>
    <message>
        <source>Ansprechpartner de&amp;aktivieren…</source>
        <translation>De&amp;activate contact…</translation>
    </message>
    <message>
        <source>Kon&amp;taktblatt drucken…</source>
        <translation>&amp;Print contact sheet…</translation>
    </message>
    <message>
        <source>Das Kontaktblatt des Kunden drucken oder als PDF speichern: Standorte, Personen, Position, E-Mail, Telefon, Rolle</source>
        <translation>Print the client&apos;s contact sheet or save it as a PDF: locations, people, position, e-mail, phone, role</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner &amp;verschieben…</source>
        <translation>Mo&amp;ve {0} contacts…</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner de&amp;aktivieren…</source>
        <translation>De&amp;activate {0} contacts…</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner &amp;aktivieren</source>
        <translation>&amp;Activate {0} contacts</translation>
    </message>
    <message>
        <source>E-&amp;Mail an {0} Ansprechpartner</source>
        <translation>E-&amp;mail {0} contacts</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sprache, Ihr Name in der History, Land für Telefonnummern</source>
        <translation>Language, your name in the history, country for phone numbers</translation>
    </message>
    <message>
        <source>&amp;Hilfe zur Kontaktverwaltung</source>
        <translation>Kontaktverwaltung &amp;help</translation>
    </message>
    <message>
        <source>Wie Kunden, Standorte und Ansprechpartner gepflegt werden</source>
        <translation>How clients, locations and contacts are kept</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Alle Tastenkürzel auf einen Blick</source>
        <translation>Every keyboard shortcut at a glance</translation>
    </message>
    <message>
        <source>&amp;Synchronisieren</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Die Offline-Kopie und den Server abgleichen: Ihre Änderungen senden, die der anderen holen</source>
        <translation>Bring the offline copy and the server up to date: send your changes, fetch the others&apos;</translation>
    </message>
    <message>
        <source>&amp;Konflikte…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Offline und auf dem Server verschieden geänderte Angaben ansehen und entscheiden</source>
        <translation>See and decide details changed differently offline and on the server</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Die Datenbank wird auf den neuesten Stand gebracht (Version {0} von {1}) … Bitte das Programm nicht schließen.</source>
        <translation>The database is being updated (version {0} of {1}) … Please do not close the program.</translation>
    </message>
    <message>
        <source>Ein anderer Arbeitsplatz bringt die Datenbank gerade auf den neuesten Stand. Sobald er fertig ist, geht es hier weiter …</source>
        <translation>Another workstation is updating the database right now. As soon as it is done, this one continues …</translation>
    </message>
    <message>
        <source>Kontaktverwaltung – Datenbank-Passwort</source>
        <translation>Kontaktverwaltung – database password</translation>
    </message>
    <message>
        <source>Passwort für „{0}“ auf {1}:{2}, Datenbank „{3}“:

Auf diesem Rechner gibt es keinen Passwort-Tresor; deshalb wird das Passwort bei jedem Start abgefragt.</source>
        <translation>Password for “{0}” on {1}:{2}, database “{3}”:

This computer has no password vault, so the password is asked for at every start.</translation>
    </message>
    <message>
        <source>Datenbank kann nicht geöffnet werden</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unerwarteter Fehler: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Datenbank-Einstellungen …</source>
        <translation>Database settings …</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Inzwischen geändert</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>„{0}“ wurde an einem anderen Arbeitsplatz geändert, seit Sie ihn geöffnet haben.</source>
        <translation>“{0}” was changed at another workstation since you opened it.</translation>
    </message>
    <message>
        <source>Sie sahen</source>
        <translation>You saw</translation>
    </message>
    <message>
        <source>jetzt</source>
        <translation>now</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mit dem jetzigen Stand trotzdem {0}?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Go ahead and {0} it as it is now?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trotzdem {0}</source>
        <translation>{0} anyway</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ansprechpartner löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>„{0}“ wirklich löschen?</source>
        <translation>Really delete “{0}”?</translation>
    </message>
    <message>
        <source>Beim Löschen gehen diese Verknüpfungen verloren: {0}.</source>
        <translation>Deleting loses these links: {0}.</translation>
    </message>
    <message>
        <source>Es hängen keine Jobs, History-Einträge oder Portalzugänge an dieser Person.</source>
        <translation>No jobs, history entries or portal access are linked to this person.</translation>
    </message>
    <message>
        <source>Empfehlung: stattdessen deaktivieren. Alle Verknüpfungen bleiben erhalten, der Portalzugang wird gesperrt, und Sie können die Person jederzeit wieder aktivieren.</source>
        <translation>Recommended: deactivate instead. All links are kept, portal access is blocked, and you can activate the person again at any time.</translation>
    </message>
    <message>
        <source>Stattdessen deaktivieren</source>
        <translation>Deactivate instead</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Standort löschen</source>
        <translation>Delete location</translation>
    </message>
    <message>
        <source>Der Standort „{0}“ hat noch {1} Ansprechpartner. Zuerst verschieben?</source>
        <translation>The location “{0}” still has {1} contacts. Move them first?</translation>
    </message>
    <message>
        <source>Ansprechpartner werden nie mit dem Standort gelöscht. Wählen Sie als Nächstes den Standort, zu dem sie verschoben werden; danach wird „{0}“ gelöscht.</source>
        <translation>Contacts are never deleted with their location. Next, choose the location they move to; then “{0}” is deleted.</translation>
    </message>
    <message>
        <source>Verschieben …</source>
        <translation>Move …</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ihre Änderungen sind noch nicht gespeichert.</source>
        <translation>Your changes have not been saved yet.</translation>
    </message>
    <message>
        <source>Speichern, verwerfen oder weiter bearbeiten?</source>
        <translation>Save, discard or keep editing?</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Kundenrolle ändern</source>
        <translation>Change client role</translation>
    </message>
    <message>
        <source>Ein Ansprechpartner hat die Rolle „{0}“. Was er im Portal sieht, ändert sich.</source>
        <translation>One contact has the role “{0}”. What they see in the portal changes.</translation>
    </message>
    <message>
        <source>{1} Ansprechpartner haben die Rolle „{0}“. Was sie im Portal sehen, ändert sich für alle.</source>
        <translation>{1} contacts have the role “{0}”. What they see in the portal changes for all of them.</translation>
    </message>
    <message>
        <source>Künftig: {0}</source>
        <translation>From now on: {0}</translation>
    </message>
    <message>
        <source>Ändern</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Kundenrolle löschen</source>
        <translation>Delete client role</translation>
    </message>
    <message>
        <source>Ein Ansprechpartner hat die Rolle „{0}“. Welche Rolle soll er stattdessen bekommen?</source>
        <translation>One contact has the role “{0}”. Which role should they get instead?</translation>
    </message>
    <message>
        <source>{1} Ansprechpartner haben die Rolle „{0}“. Welche Rolle sollen sie stattdessen bekommen?</source>
        <translation>{1} contacts have the role “{0}”. Which role should they get instead?</translation>
    </message>
    <message>
        <source>Danach wird „{0}“ gelöscht.</source>
        <translation>Then “{0}” is deleted.</translation>
    </message>
    <message>
        <source>Ersetzen und löschen</source>
        <translation>Replace and delete</translation>
    </message>
    <message>
        <source>Kunde löschen</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>Den Kunden „{0}“ mit allem, was dazugehört, löschen?</source>
        <translation>Delete the client “{0}” with everything that belongs to it?</translation>
    </message>
    <message>
        <source>Sie können das mit „Rückgängig“ (Strg+Z) zurücknehmen, solange die App offen ist.</source>
        <translation>You can take this back with “Undo” (Ctrl+Z) while the app is open.</translation>
    </message>
    <message>
        <source>{0} Ansprechpartner deaktivieren</source>
        <translation>Deactivate {0} contacts</translation>
    </message>
    <message>
        <source>Warum? Alle Verknüpfungen bleiben, der Portalzugang wird gesperrt; rückgängig jederzeit.</source>
        <translation>Why? All links stay, portal access is blocked; can be undone at any time.</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Auf diesem Rechner gibt es keinen Passwort-Tresor des Betriebssystems.</source>
        <translation>This computer has no operating-system password vault.</translation>
    </message>
    <message>
        <source>Der Passwort-Tresor des Betriebssystems ist nicht verfügbar: {0}</source>
        <translation>The operating system&apos;s password vault is not available: {0}</translation>
    </message>
</context>
</TS>
