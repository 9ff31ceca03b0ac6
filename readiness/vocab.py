"""The closed vocabulary of readiness: the values a finding, a subject, a rule or a product can
take, as enums that know their rank and their words.

Every value is a `str` (`Status.PASS == "pass"`, hashes and prints as "pass", JSON writes
"pass"), so results, rule sets and dossiers keep their plain strings while code compares
against named members instead of loose literals. The words for each value live in the one
catalogue (`readiness.words`, section = the enum's `SECTION`): `Status.FAIL.label("en")`.

Who may set a status (checkov's enums say it too):

- `PASS`, `FAIL`, `MISSING`, `MANUAL`: a check kind;
- `NOT_APPLICABLE`: the engine, when a rule's `applies` condition is false;
- `WAIVED`: the engine, from an officer's decision (a waiver still in force).
"""

from __future__ import annotations

from enum import Enum

from readiness.words import t


class Word(str, Enum):
    """A value of the vocabulary: a plain string that knows its words and its rank."""

    __str__ = str.__str__
    __format__ = str.__format__
    __hash__ = str.__hash__

    def label(self, lang: str = "id") -> str:
        """The value in words (catalogue section `SECTION`, set on each enum below)."""
        return t(f"{type(self).SECTION}.{self.value}", lang)

    @property
    def rank(self) -> int:
        return _RANKS[type(self)][self]


class Status(Word):
    PASS = "pass"
    FAIL = "fail"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"
    WAIVED = "waived"
    MANUAL = "manual"


Status.SECTION = "status"
# not passed and not decided for the business: what a gap report lists
GAP = (Status.FAIL, Status.MISSING, Status.MANUAL)
# met, or set aside by an officer
MET = (Status.PASS, Status.WAIVED)


class Severity(Word):
    """Rank: how much a gap weighs (blocker highest)."""

    MINOR = "minor"
    MAJOR = "major"
    BLOCKER = "blocker"


Severity.SECTION = "severity"


class Verdict(Word):
    """Rank: how ready a subject is (ready highest)."""

    NOT_READY = "not_ready"
    CONDITIONAL = "conditional"
    READY = "ready"


Verdict.SECTION = "verdict"


class Category(Word):
    PACKAGED_FOOD = "packaged_food"
    READY_TO_EAT = "ready_to_eat"
    TEXTILE = "textile"
    CRAFT = "craft"
    COSMETIC = "cosmetic"


Category.SECTION = "category"


class Channel(Word):
    EVENT = "event"
    HOTEL = "hotel"
    SOUVENIR = "souvenir"


Channel.SECTION = "channel"


class Scale(Word):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


Scale.SECTION = "scale"


_RANKS = {cls: {m: i for i, m in enumerate(cls)} for cls in (Status, Severity, Verdict, Category,
                                                               Channel, Scale)}

# the order in which a gap is listed: blockers first
SEVERITY_ORDER = {s: -s.rank for s in Severity}
ENUMS = (Status, Severity, Verdict, Category, Channel, Scale)


def values(enum) -> tuple[str, ...]:
    return tuple(m.value for m in enum)
