"""Texts of the core (problems, labels, undo texts, history): keys with parameters, rendered in
the user's language at display time (docs/translations.md).

- ``T("Kunde „{name}“ anlegen")`` marks a German source text where it is written; it returns the
  text unchanged. tools/translations.py finds every ``T("…")`` in domain/, services/, store/ and
  cli.py (context ``Meldungen``) and puts it into the same Qt Linguist catalogues as the UI's texts.
- ``Message(key, params)`` is such a text with its parameters, a value that can be kept (undo stack,
  history) and rendered later – in the language of whoever looks at it.
- ``render(message)`` translates the key through the translator the app installed (the window:
  ``QCoreApplication.translate("Meldungen", …)``, the command line: the JSON catalogue of its
  language) and fills the parameters in. Without a translator it is German.

No language is named here: a third language is a new catalogue, not a change in domain/ or services/.
Numbers in a text are written ``{count:n}`` and grouped as the installed language does it (196.599 in
German, 196,599 in English: the separator is a text of the catalogue too).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

CONTEXT = "Meldungen"

# (German source, disambiguation or None) -> the translated template
Translate = Callable[[str, str | None], str]
DISAMBIGUATION = "\x04"  # as gettext's msgctxt: "einer\x04{count:n} Ansprechpartner"


def T(text: str, disambiguation: str | None = None) -> str:
    """Mark a German source text for the catalogue; returns it unchanged (like QT_TRANSLATE_NOOP).
    Two texts that read alike in German but not in another language get a ``disambiguation``
    (``T("{count:n} Ansprechpartner", "einer")``); it becomes part of the key."""
    return text if disambiguation is None else f"{disambiguation}{DISAMBIGUATION}{text}"


def split_key(key: str) -> tuple[str, str | None]:
    """(German source, disambiguation) of a key made by ``T``."""
    disambiguation, mark, text = key.partition(DISAMBIGUATION)
    return (text, disambiguation) if mark else (key, None)


def _source(key: str) -> str:
    return split_key(key)[0]


# How a language groups the digits of a count is part of its catalogue, like every other text:
# "196.599" in German, "196,599" in English.
THOUSANDS_SEPARATOR = T(".", "Tausendertrennzeichen in Zahlen wie 196.599")


def german_number(number: int) -> str:
    """A count as Germans write it: 196.599."""
    return f"{number:,}".replace(",", ".")


_translate: Translate | None = None


def install(translate: Translate | None) -> None:
    """Set how keys are translated (None: German, the source language)."""
    global _translate
    _translate = translate


def installed() -> Translate | None:
    return _translate


def install_catalogue(name: str) -> bool:
    """The command line's translator, without Qt: the JSON catalogue tools/translations.py writes
    beside the .qm files (resources/translations/meldungen_<name>.json, ``name`` a language code
    such as "en"). False, and German, when there is none (German itself needs none)."""
    import json

    from kontaktverwaltung.domain.package_data import package_file

    try:
        catalogue: dict[str, str] = json.loads(
            package_file("resources", "translations", f"meldungen_{name}.json").read_text(encoding="utf-8")
        )
    except (OSError, ValueError):
        install(None)
        return False

    def translate(source: str, disambiguation: str | None) -> str:
        key = f"{disambiguation}{DISAMBIGUATION}{source}" if disambiguation else source
        return catalogue.get(key, source)

    install(translate)
    return True


@dataclass(frozen=True, slots=True)
class Message:
    """A text of the core: its German source (``key``, with ``{name}`` placeholders) and the
    values of the placeholders. A value may itself be a Message (rendered first) or a sequence of
    them (rendered and joined as an enumeration)."""

    key: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    joiner: str | None = None  # set by ``joined``: the parts in params["parts"], no key of its own

    def __str__(self) -> str:
        return render(self)

    def text(self) -> str:
        return render(self)


def msg(key: str, **params: Any) -> Message:
    """``msg(T("Kunde „{name}“ anlegen"), name=name)``."""
    return Message(key, MappingProxyType(dict(params)))


class _Formatter(string.Formatter):
    def __init__(self, translation: Callable[[str], str]) -> None:
        self.translation = translation

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "n" and isinstance(value, int):
            return _grouped(value, self.translation)
        return super().format_field(value, format_spec)


def _grouped(count: int, translation: Callable[[str], str]) -> str:
    return f"{count:,}".replace(",", translation(THOUSANDS_SEPARATOR))


def translate(key: str) -> str:
    return _translate(*split_key(key)) if _translate is not None else _source(key)


def render(message: Message | str) -> str:
    """The text in the installed language with its parameters filled in."""
    return _render(message, translate)


def german(message: Message | str) -> str:
    """The German source text with its parameters filled in, whatever language is installed."""
    return _render(message, _source)


class Summarised:
    """A record that says itself in a sentence (``text``): ``summary()`` in the installed language,
    ``summary_de`` in German (the CLI's JSON, the log)."""

    __slots__ = ()

    @property
    def text(self) -> Message:
        raise NotImplementedError

    @property
    def summary_de(self) -> str:
        return german(self.text)

    def summary(self) -> str:
        return render(self.text)


def _render(message: Message | str, translation: Callable[[str], str]) -> str:
    if isinstance(message, str):
        return message
    if message.joiner is not None:
        return message.joiner.join(_render(part, translation) for part in message.params["parts"])
    values = {name: _value(value, translation) for name, value in message.params.items()}
    template = translation(message.key)
    if not values:
        return template
    formatter = _Formatter(translation)
    try:
        return formatter.format(template, **values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the German source still works
        return formatter.format(_source(message.key), **values)


def _value(value: Any, translation: Callable[[str], str]) -> Any:
    if isinstance(value, Message):
        return _render(value, translation)
    if isinstance(value, (list, tuple)):
        return _render(enumeration(value), translation)
    return value


def number(count: int) -> str:
    """A count as the installed language writes it."""
    return _grouped(count, translate)


def counted(count: int, singular: str, plural: str) -> Message:
    """``counted(n, T("{count:n} Standort"), T("{count:n} Standorte"))`` → "1 Standort", "2 Standorte"."""
    return msg(singular if count == 1 else plural, count=count)


def enumeration(items: Sequence[Message | str]) -> Message:
    """ "a", "a und b", "a, b und c" ("" for none), in the installed language."""
    parts = list(items)
    if not parts:
        return Message("")
    if len(parts) == 1:
        return msg("{a}", a=parts[0]) if isinstance(parts[0], Message) else Message(parts[0])
    head: Message | str = parts[0]
    for part in parts[1:-1]:
        head = msg(T("{a}, {b}"), a=head, b=part)
    return msg(T("{a} und {b}"), a=head, b=parts[-1])


def counts(*parts: tuple[int, str, str]) -> Message:
    """The non-zero counts as an enumeration: counts((2, T("{count:n} Job"), T("{count:n} Jobs")), …) → "2 Jobs"."""
    return enumeration([counted(n, singular, plural) for n, singular, plural in parts if n])


def joined(items: Iterable[Message | str], separator: str) -> Message:
    """Several texts shown as one, e.g. reasons joined with "; "."""
    return Message("", MappingProxyType({"parts": tuple(items)}), joiner=separator)


def plain(text: str) -> Message:
    """A text that needs no translation (a name, a value as typed), where a Message is expected."""
    return msg("{text}", text=text)
