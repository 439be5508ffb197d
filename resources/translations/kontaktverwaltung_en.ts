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
        <translation>Write an e-mail</translation>
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
        <source>Keine E-Mail-Adresse hinterlegt</source>
        <translation>No e-mail address on file</translation>
    </message>
    <message>
        <source>Keine Telefonnummer hinterlegt</source>
        <translation>No phone number on file</translation>
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
        <source>Jemand anderes hat diesen Ansprechpartner inzwischen gespeichert. Seine Änderungen sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern.</source>
        <translation>Someone else has saved this contact in the meantime. Their changes are now in the form; your entries are kept. Please check and save again.</translation>
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
        <source>Steht bei jeder Änderung, die an diesem Rechner gemacht wird. Leer: der Anmeldename „{0}“.</source>
        <translation>Shown with every change made on this computer. Empty: the login name “{0}”.</translation>
    </message>
    <message>
        <source>Automatisch</source>
        <translation>Automatic</translation>
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
        <source>Gespeichert. Die Kontaktverwaltung erscheint ab dem nächsten Start in der gewählten Sprache.</source>
        <translation>Saved. Kontaktverwaltung appears in the chosen language from the next start.</translation>
    </message>
    <message>
        <source>Gespeichert. Der neue Anzeigename steht ab dem nächsten Start in der History.</source>
        <translation>Saved. The new display name appears in the history from the next start.</translation>
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
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Anzeigename für die H&amp;istory:</source>
        <translation>Display name in the h&amp;istory:</translation>
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
        <source>&amp;Verbindung testen</source>
        <translation>&amp;Test connection</translation>
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
        <source>Kunde löschen</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>„{0}“ wirklich löschen?

{1}

Sie können das mit „Rückgängig“ (Strg+Z) zurücknehmen.</source>
        <translation>Really delete “{0}”?

{1}

You can take this back with “Undo” (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Dokument für „{0}“ hinzufügen</source>
        <translation>Add document for “{0}”</translation>
    </message>
    <message>
        <source>Dokument hinzufügen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <source>Dokument „{0}“ hinzugefügt.</source>
        <translation>Document “{0}” added.</translation>
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
        <translation>{0} matches</translation>
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
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>Ländercode mit zwei Buchstaben, z. B. AT, DE oder CH</source>
        <translation>Two-letter country code, e.g. AT, DE or CH</translation>
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
        <source>Standorte und &amp;Ansprechpartner</source>
        <translation>Locations and &amp;contacts</translation>
    </message>
    <message>
        <source>Ansprechpartner suchen: Name, E-Mail, Telefon, Position, Standort (Strg+F)</source>
        <translation>Search contacts: name, e-mail, phone, position, location (Ctrl+F)</translation>
    </message>
    <message>
        <source>Neuer Standort</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>Einen neuen Standort für diesen Kunden anlegen (Strg+Umschalt+L)</source>
        <translation>Add a new location for this client (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>„{0}“ wird geöffnet – {1} Ansprechpartner …</source>
        <translation>Opening “{0}” – {1} contacts …</translation>
    </message>
    <message>
        <source>Kunde kann nicht geöffnet werden</source>
        <translation>Client cannot be opened</translation>
    </message>
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
        <source>Dokumente:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>{0} von {1} Ansprechpartnern passen zu „{2}“</source>
        <translation>{0} of {1} contacts match “{2}”</translation>
    </message>
    <message>
        <source>Dieser Kunde hat noch keinen Standort. Legen Sie mit „Neuer Standort“ den ersten an.</source>
        <translation>This client has no location yet. Add the first one with “New location”.</translation>
    </message>
    <message>
        <source>Kein Ansprechpartner passt zu „{0}“.</source>
        <translation>No contact matches “{0}”.</translation>
    </message>
    <message>
        <source>Visitenkarte von {0} kopiert</source>
        <translation>Contact card of {0} copied</translation>
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
        <source>{0} Kunden werden geladen …</source>
        <translation>Loading {0} clients …</translation>
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
        <source>Die Ansprechpartner an einen anderen Standort verschieben.</source>
        <translation>Move the contacts to another location.</translation>
    </message>
    <message>
        <source>Derzeit: {0}.</source>
        <translation>Currently: {0}.</translation>
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
</context>
<context>
    <name>PanelModel</name>
    <message>
        <source>Standort {0}, {1}</source>
        <translation>Location {0}, {1}</translation>
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
        <translation>&lt;p&gt;{0} it anyway, as it is now?&lt;/p&gt;</translation>
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
