; Inno Setup 6 script: the per-user installer of Kontaktverwaltung for Windows (B9).
; Built by packaging/build.py after PyInstaller has made dist\Kontaktverwaltung\:
;   iscc /DAppVersion=0.1.0 /DDistDir=C:\...\dist packaging\windows\kontaktverwaltung.iss
; Result: dist\Kontaktverwaltung-<version>-setup.exe
;
; No administrator rights are needed: the app goes to %LOCALAPPDATA%\Programs\Kontaktverwaltung
; ({autopf} for a per-user install), the Start-menu entry to the user's own Start menu.
;
; The user's data is NOT in the install folder, so neither an update nor the uninstaller touch it:
;   database   %LOCALAPPDATA%\Kontaktverwaltung\kontaktverwaltung.sqlite3 (and its backups)
;   settings   %APPDATA%\Kontaktverwaltung\Kontaktverwaltung.ini
;   password   of a database server: in the Windows Credential Manager ("Kontaktverwaltung")
; The uninstaller removes exactly the files this setup installed; nothing here deletes those folders.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#define AppName "Kontaktverwaltung"
#define AppExe "Kontaktverwaltung.exe"

[Setup]
; The AppId identifies the app for updates and the uninstaller: never change it.
AppId={{6F1C2A8E-3B7D-4E59-9A41-2D8C5E7B0F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppCopyright=(c) 2026 {#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; A user may still choose "for all users" (then it asks for administrator rights).
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#DistDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\kontaktverwaltung.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Closes a running Kontaktverwaltung before replacing its files (update) and restarts it after.
CloseApplications=yes
RestartApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DataKept=Ihre Datenbank und Einstellungen bleiben erhalten (Ordner %1).
en.DataKept=Your database and settings are kept (folder %1).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: the window (Kontaktverwaltung.exe), its console twin for the
; command line (kontaktverwaltung-cli.exe) and _internal\.
Source: "{#DistDir}\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kunden, Standorte und Ansprechpartner"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\{#AppName}')]), mbInformation, MB_OK);
end;
