"""keyring finds its backends (Windows Credential Manager, macOS Keychain, Secret Service …) through
the entry points in its package metadata and imports them by name: both must be in the build."""

from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = collect_submodules("keyring.backends")
datas = copy_metadata("keyring")
