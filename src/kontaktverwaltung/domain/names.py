"""How a person's name is written in German-speaking countries (S4): one rule for cards, lists,
exports and history.

Academic degrees and professional titles come in two kinds. Those written before the name
("Mag.", "Dr.", "DI", "Ing.", "Prof.") stand between the salutation and the first name; the
Bologna degrees and international ones written after it ("BA", "MSc", "MBA", "PhD", "LL.M.")
follow the name after a comma:

    Frau Mag. Anna Weiß        Frau Teresa Kral, BA        Herr Dr. Paul Strauß, MBA

The contact has one title field, typed in any order ("BA", "Dr. MBA", "MSc Dipl.-Ing."):
``split_title`` sorts it into the two groups, keeping the typed order within each. A title this
list does not know stays in front of the name, as typed.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

# Written before the name (Austrian and German use). Keys are folded by _key: lower case, only
# letters and digits, so "Dipl.-Ing." and "DIPL-ING" are the same title.
PRE_NOMINAL = frozenset(
    {
        "mag", "maga", "magphil", "magrernat", "magiur", "magrersocoec", "magpharm", "magarch", "magart",
        "dr", "drin", "ddr", "drmed", "drtechn", "drphil", "driur", "drrernat", "drmedvet", "drmeddent",
        "drmedunivmed", "drrersocoec", "drhc", "drmont", "drnattechn", "drscient", "drtheol",
        "univprof", "prof", "profin", "apluniv", "aoprof", "aounivprof", "hon", "honprof", "pd", "privdoz",
        "di", "dipling", "diplingin", "dipl", "diplkfm", "diplkff", "diplkauffr", "diplvw", "diplpäd",
        "diplpsych", "diplbw", "diplinf", "diplphys", "diplchem", "diplbiol", "diplök", "diplwiinging",
        "ing", "mmag", "dkfm", "ökr", "kr", "komrat", "hr", "regrat",
    }
)  # fmt: skip

# Written after the name, behind a comma (Bologna degrees, international degrees and certificates).
POST_NOMINAL = frozenset(
    {
        "ba", "bsc", "bed", "beng", "bba", "bfa", "bmus", "bscn", "llb", "bakk", "bakka", "bakkphil",
        "bakktechn", "ma", "msc", "med", "meng", "mba", "emba", "mas", "mpa", "mph", "mim", "mfa", "mmus",
        "mres", "mlitt", "mphil",
        "llm", "mle", "msw", "mdes", "march", "phd", "dphil", "edd", "dba", "mbl", "mmsc", "bsba",
        "acca", "cfa", "cpa", "cmc", "pmp", "jr", "sr",
    }
)  # fmt: skip

# Words that belong to the title before them: "Dr. med.", "Dr. rer. nat.", "Dr. h.c.", "DI (FH)".
_QUALIFIERS = frozenset(
    {
        "med", "dent", "vet", "univ", "techn", "phil", "iur", "jur", "rer", "nat", "pol", "oec", "soc",
        "hc", "mont", "theol", "scient", "pharm", "arch", "art", "habil", "fh",
    }
)  # fmt: skip


def _key(word: str) -> str:
    """ "Dipl.-Ing." → "dipling", "LL.M." → "llm", "M.Sc." → "msc": the folded form titles are known by."""
    return "".join(ch for ch in word.casefold() if ch.isalnum())


def _is_qualifier(word: str) -> bool:
    """A word that continues the title before it rather than starting one: "(FH)", "med.", "h.c.".

    Only lower-case words qualify, so "MEd" after "Mag." is a degree of its own."""
    if word.startswith("("):
        return True
    key = _key(word)
    return word[:1].islower() and (word.endswith(".") or (key in _QUALIFIERS and key not in POST_NOMINAL))


class Titles(NamedTuple):
    before: str  # "Mag. Dr."
    after: str  # "BA MSc"


@functools.lru_cache(maxsize=1024)  # a database has few different titles; an export asks 400,000 times
def split_title(title: str) -> Titles:
    """Sort a typed title into those written before and after the name, each in typed order.

    >>> split_title("Dr. MBA")
    Titles(before='Dr.', after='MBA')
    >>> split_title("BSc Dipl.-Ing. (FH)")
    Titles(before='Dipl.-Ing. (FH)', after='BSc')
    """
    groups: list[list[str]] = []
    for word in title.replace(",", " ").split():
        if groups and _is_qualifier(word):
            groups[-1].append(word)
        else:
            groups.append([word])
    before: list[str] = []
    after: list[str] = []
    for group in groups:
        (after if _key(group[0]) in POST_NOMINAL else before).append(" ".join(group))
    return Titles(" ".join(before), " ".join(after))


def is_post_nominal(title: str) -> bool:
    """Whether this one title ("MBA", "LL.M.") is written after the name."""
    return _key(title) in POST_NOMINAL


def person_name(salutation: str, title: str, first_name: str, last_name: str) -> str:
    """The full name as written in DACH: "Frau Mag. Anna Weiß", "Herr Dr. Paul Strauß, MBA".

    ``salutation`` is the word to show (already in the UI's language, "" for none).
    """
    titles = split_title(title)
    name = " ".join(part for part in (salutation.strip(), titles.before, first_name.strip(), last_name.strip()) if part)
    if titles.after:
        return f"{name}, {titles.after}" if name else titles.after
    return name


def formal_name(title: str, first_name: str, last_name: str) -> str:
    """The name without a salutation, as an address book shows it (vCard FN): "Dr. Paul Strauß, MBA"."""
    return person_name("", title, first_name, last_name)
