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
    TRADITIONAL_MEDICINE = "traditional_medicine"


Category.SECTION = "category"


class Channel(Word):
    EVENT = "event"
    HOTEL = "hotel"
    SOUVENIR = "souvenir"
    ONLINE = "online"


Channel.SECTION = "channel"


class Scale(Word):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


Scale.SECTION = "scale"


class EntryStatus(Word):
    """What an owner says of a permit or document she is asked about: held (`issued`; an entry
    without a status is held when it has a number), in process (`pending`, OSS's "Dalam
    proses"), `rejected`, or an explicit "Belum punya" (`none`). Only a held entry counts as
    the permit; not answering at all (no entry) is the only thing that becomes `missing`."""

    ISSUED = "issued"
    PENDING = "pending"
    REJECTED = "rejected"
    NONE = "none"


EntryStatus.SECTION = "entry_status"
# the statuses of an entry that is not (yet) the permit: rules look past it
NOT_HELD = frozenset((EntryStatus.PENDING.value, EntryStatus.REJECTED.value, EntryStatus.NONE.value))


def held(entry) -> bool:
    """A permit or document entry counts as held unless its `status` says otherwise."""
    return not (isinstance(entry, dict) and entry.get("status") in NOT_HELD)


_RANKS = {cls: {m: i for i, m in enumerate(cls)} for cls in (Status, Severity, Verdict, Category,
                                                               Channel, Scale, EntryStatus)}

# the order in which a gap is listed: blockers first
SEVERITY_ORDER = {s: -s.rank for s in Severity}
ENUMS = (Status, Severity, Verdict, Category, Channel, Scale, EntryStatus)


def values(enum) -> tuple[str, ...]:
    return tuple(m.value for m in enum)
