"""The dossier (`format: readiness-dossier/1`) as pydantic models.

The shape is the one of `examples/dossiers/*.yaml`, the input contract. Unknown fields are an
error with the nearest known name suggested; dates are ISO dates; text stays text (a NIB
written without quotes would lose its leading zero, so numbers are refused where text is
expected, with a hint to quote them).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Annotated, Any, Literal, get_args

from pydantic_core import PydanticCustomError
from pydantic import (BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator,
                      model_validator)

from readiness import vocab
from readiness.errors import InputError, InputErrors
from readiness.fieldpaths import json_path as _json_path
from readiness.values import words_count, words_date, words_days, words_money
from readiness.words import Msg

FORMAT = "readiness-dossier/1"

# the closed sets of values a dossier accepts; their words are in readiness.words (a section
# each, named in VALUE_SETS below; tests/test_words.py checks both languages for every value)
Category = Literal[vocab.values(vocab.Category)]  # type: ignore[valid-type]
Channel = Literal[vocab.values(vocab.Channel)]  # type: ignore[valid-type]
Scale = Literal[vocab.values(vocab.Scale)]  # type: ignore[valid-type]
LabelElement = Literal[
    "product_name", "ingredients", "net_content", "producer_name", "producer_address",
    "production_code", "production_date", "best_before", "permit_number", "halal_logo",
    "halal_number", "allergens", "storage", "nutrition", "usage", "warnings", "origin",
    "fibre_content", "care", "size", "price", "non_halal_statement", "pork_mark",
    "shared_facility_pork_statement",
]
PermitType = Literal["pirt", "bpom_md", "bpom_ml", "bpom_na", "bpom_tr", "psah", "halal", "sni", "other"]
DocumentType = Literal[
    "pkp", "slhs", "label_hsp", "food_handler_training", "lab_test", "lead_free_declaration",
    "sertifikat_standar", "legal_origin", "skpl_minol", "food_handler_health", "scale_verification",
    "other",
]
TrademarkStatus = Literal["registered", "filed", "none"]
CurationKind = Literal["government", "organizer"]
CurationResult = Literal["passed", "failed", "pending"]
HalalLogo = Literal["national", "mui_legacy", "none"]
HalalScheme = Literal["self_declare", "regular"]
Storage = Literal["ambient", "chilled", "frozen"]
Technique = Literal["handwoven", "machine_woven", "handmade", "machine_made", "batik_tulis",
                    "batik_cap", "batik_kombinasi", "printing"]
JamuKind = Literal["gendong", "racikan"]
HalalStatus = Literal["claimed_halal", "non_halal"]
# what an owner says of a permit or document: held (`issued`; absent = issued when it has a
# number), in process (`pending`, as OSS shows "Dalam proses"), refused (`rejected`), or an
# explicit "Belum punya" (`none`). Only an entry that is held counts as the permit; the others
# make the requirement fail with their own words and office step, never "missing data".
EntryStatus = Literal[vocab.values(vocab.EntryStatus)]  # type: ignore[valid-type]

# catalogue section -> the values it names (every Literal of this module)
VALUE_SETS = {
    "category": Category, "channel": Channel, "scale": Scale, "label_element": LabelElement,
    "permit_type": PermitType, "document_type": DocumentType, "trademark_status": TrademarkStatus,
    "curation_kind": CurationKind, "curation_result": CurationResult, "halal_logo": HalalLogo,
    "halal_scheme": HalalScheme, "halal_status": HalalStatus, "storage": Storage,
    "technique": Technique, "entry_status": EntryStatus, "jamu_kind": JamuKind,
}
# Food types the shipped standards name (P-IRT types, those that need BPOM MD, those under a
# mandatory SNI). `food_type` stays free text: a standard decides what a value means.
KNOWN_FOOD_TYPES = (
    "dried_meat", "dried_fish", "dried_poultry", "vegetable_products", "coconut_products",
    "flour_products", "oils_fats", "jam_jelly", "sugar_confectionery_honey", "coffee_tea",
    "seasonings", "spices", "powdered_drinks", "fruit_products", "grain_nut_tuber_products",
    "dairy", "frozen_food", "baby_food", "canned", "alcoholic", "chilled_animal_products",
    "bakery", "iodised_salt", "bottled_water", "wheat_flour", "refined_sugar", "instant_coffee",
    "cocoa_powder",
)
KNOWN_ITEM_TYPES = ("jug", "vase", "plate", "bowl", "bracelet", "necklace", "bag", "basket",
                    "carving", "miniature", "toy", "keris", "knife", "belt", "ring", "lamp")

# Product fields that describe only some categories of product: a food is never asked what
# craft item it is, nor a craft its food type (the form and `init` ask a field only of the
# products it describes; a condition on it is false for the others, whose field stays absent).
FIELD_CATEGORIES = {
    "product.food_type": ("packaged_food", "ready_to_eat"),
    "product.item_type": ("craft", "textile"),
    "product.animal_derived": ("craft", "textile"),
    "product.food_contact": ("craft",),
    # the .3 editions' product fields (issue 20): init and /periksa ask them only of products
    # they describe, even where a rule's condition does not name the category
    "product.ingredients": ("packaged_food", "ready_to_eat", "cosmetic", "traditional_medicine"),
    "product.pork_derived": ("packaged_food", "ready_to_eat", "cosmetic", "traditional_medicine"),
    "product.minimal_processing": ("packaged_food", "ready_to_eat"),
    "product.packed_in_front_of_buyer": ("packaged_food", "ready_to_eat"),
    "product.cooked_at_booth": ("packaged_food", "ready_to_eat"),
    "product.sold_by_weight": ("packaged_food", "ready_to_eat", "craft"),
    "product.jamu_kind": ("traditional_medicine",),
}

# Text has no control characters (JSON can carry them; YAML refuses them already). pydantic
# does not turn numbers into text, so a NIB written without quotes is an error (with a hint).
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$")]


class M(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, str_strip_whitespace=True)


class Dated(M):
    """Dates as people write them ("14 Agustus 2026", "05/11/2026" is 5 November) read by the
    one parser of readiness.values; what it cannot read is left for pydantic to report."""

    @field_validator("*", mode="before")
    @classmethod
    def _date_words(cls, v, info):
        return words_date(v) if info.field_name in ("date", "issued", "expires") else v


class Person(M):
    name: Text | None = None
    nik: Text | None = None
    phone: Text | None = None


class Address(M):
    street: Text | None = None
    village: Text | None = None
    district: Text | None = None
    regency: Text | None = None
    province: Text | None = None
    postal_code: Text | None = None


class Contact(M):
    phone: Text | None = None
    whatsapp: Text | None = None
    email: Text | None = None


class Trademark(M):
    name: Text | None = None
    status: TrademarkStatus | None = None
    number: Text | None = None
    application_number: Text | None = None


class Payments(M):
    qris_nmid: Text | None = None
    cash: bool | None = None
    edc: bool | None = None


class Curation(Dated):
    by: Text | None = None
    kind: CurationKind | None = None
    date: dt.date | None = None
    result: CurationResult | None = None
    note: Text | None = None


_STATUS_HELP = ("issued (held; the default when a number is given), pending (applied for, in "
                "process), rejected, or none (the owner says she does not have it).")


class Document(Dated):
    type: DocumentType
    status: EntryStatus | None = Field(default=None, description=_STATUS_HELP)
    number: Text | None = None
    holder: Text | None = None
    by: Text | None = None
    issued: dt.date | None = None
    expires: dt.date | None = None
    file: Text | None = None
    note: Text | None = None


class Declarations(M):
    no_hazardous_additives: bool | None = None
    no_subsidised_lpg: bool | None = None
    non_halal_signage: bool | None = Field(
        default=None, description="A 'tidak halal' notice at the booth and on the menu.")
    separate_pork_facility: bool | None = Field(default=None, description=(
        "Site and tools of production are kept apart from the business's pork-derived products."))


class Business(M):
    name: Text = Field(min_length=1, max_length=300)
    owner: Person | None = None
    nib: Text | None = None
    nib_risk_based: bool | None = None
    npwp: Text | None = None
    scale: Scale | None = None
    kbli: list[Text] | None = None
    address: Address | None = None
    contact: Contact | None = None
    community: Text | None = None
    trademark: Trademark | None = None
    payments: Payments | None = None
    curation: list[Curation] | None = None
    documents: list[Document] | None = None
    declarations: Declarations | None = None

    @field_validator("kbli", mode="before")
    @classmethod
    def _kbli_list(cls, v):
        if isinstance(v, str):  # "13121, 13122" or a single code
            return [x.strip() for x in v.replace(";", ",").split(",") if x.strip()]
        if isinstance(v, list):
            return [str(x) if isinstance(x, int) and not isinstance(x, bool) else x for x in v]
        return v


class NetContent(M):
    amount: float = Field(gt=0)
    unit: Text


class Packaging(M):
    materials: list[Text] | None = None
    sealed: bool | None = None
    single_use_plastic: bool | None = None


class Label(M):
    language: Text | None = None
    elements: list[LabelElement] | None = None
    halal_logo: HalalLogo | None = None
    best_before_text: Text | None = None
    smallest_text_mm: float | None = Field(default=None, ge=0)
    area_cm2: float | None = Field(default=None, ge=0)
    permanent: bool | None = None
    photo: Text | None = None


_TR_NUMBER = re.compile(r"^(POM)?TR\d{9}$")


def _tr_number_ok(number: str) -> bool:
    """A BPOM traditional-medicine number: POM TR and 9 digits (spaces and dots ignored)."""
    return bool(_TR_NUMBER.match(number.replace(" ", "").replace(".", "").upper()))


class Permit(Dated):
    type: PermitType
    status: EntryStatus | None = Field(default=None, description=_STATUS_HELP)
    number: Text | None = None
    holder: Text | None = Field(default=None, description="The holder's name as printed.")
    nib: Text | None = Field(default=None, description="The holder's NIB as printed.")
    scheme: HalalScheme | None = None
    issued: dt.date | None = None
    expires: dt.date | None = None
    recipe_unchanged: bool | None = None
    by: Text | None = Field(default=None, description=(
        "Who issued it; for a halal certificate `MUI` marks one of the MUI era (before BPJPH)."),
        examples=["BPJPH", "MUI", "Dinas Kesehatan Kabupaten Lombok Timur"])
    holder: Text | None = Field(default=None, description=(
        "The permit holder's name as printed on the permit."))
    nib: Text | None = Field(default=None, description=(
        "The NIB the permit was issued under (as printed or in its OSS record)."))
    file: Text | None = None

    @model_validator(mode="after")
    def _tr_number(self):
        if self.type == "bpom_tr" and self.number and not _tr_number_ok(self.number):
            raise PydanticCustomError("tr_number", "bad POM TR number {number}", {"number": self.number})
        return self


class Licence(Dated):
    mark: Text
    holder: Text | None = None
    number: Text | None = None
    issued: dt.date | None = None
    expires: dt.date | None = None


class Origin(M):
    village: Text | None = None
    district: Text | None = None
    regency: Text | None = None


class Fibre(M):
    material: Text
    percent: float = Field(ge=0, le=100)


class Product(M):
    name: Text = Field(min_length=1, max_length=300)
    category: Category
    channels: list[Channel] = Field(min_length=1)
    kbli: Text | None = None
    food_type: Text | None = Field(default=None, examples=list(KNOWN_FOOD_TYPES), description=(
        "Food type: a P-IRT type, a type that needs BPOM MD, or one under a mandatory SNI "
        "(iodised_salt, bottled_water, wheat_flour, refined_sugar)."))
    item_type: Text | None = Field(default=None, examples=list(KNOWN_ITEM_TYPES), description=(
        "What a craft item is; `toy` is under a mandatory SNI, bladed items are banned at the venue."))
    net_content: NetContent | None = None
    shelf_life_days: int | None = Field(default=None, ge=0)
    packed_in_front_of_buyer: bool | None = Field(default=None, description=(
        "Sold and packed in front of the buyer, in small amounts, on request (e.g. coffee poured "
        "at the booth): exempt from a distribution permit."))
    minimal_processing: bool | None = Field(default=None, description=(
        "Only post-harvest handling (washing, drying, milling, cutting, salting, freezing, "
        "mixing, blanching) and no food additives: exempt from a distribution permit."))
    halal_status: HalalStatus | None = Field(default=None, description=(
        "non_halal: contains material that is not halal (pork, alcohol, ...); exempt from halal "
        "certification, must state that it is not halal. Absent means claimed_halal."))
    pork_derived: bool | None = Field(default=None, description=(
        "Made from pork-derived material (also read from ingredients that name babi, pork, lard, "
        "bacon, ham): the label shows MENGANDUNG BABI and the pig picture."))
    jamu_kind: JamuKind | None = Field(default=None, description=(
        "Traditional medicine made and sold directly by a jamu gendong or jamu racikan maker."))
    cooked_at_booth: bool | None = Field(default=None, description=(
        "Cooked or heated at the event stand (false: brought ready-made)."))
    sold_by_weight: bool | None = Field(default=None, description=(
        "Weighed on a scale when sold (the scale must carry a valid verification mark)."))
    storage: Storage | None = None
    ingredients: list[Text] | None = None
    allergens: list[Text] | None = None
    price_idr: float | None = Field(default=None, ge=0)
    capacity_per_month: int | None = Field(default=None, ge=0)
    packaging: Packaging | None = None
    label: Label | None = None
    permits: list[Permit] | None = None
    documents: list[Document] | None = None
    materials: list[Text] | None = None
    food_contact: bool | None = None
    animal_derived: bool | None = None
    marks: list[Text] | None = None
    licences: list[Licence] | None = None
    gi_claim: Text | None = None
    gi_member: bool | None = None
    technique: Technique | None = None
    origin: Origin | None = None
    fibres: list[Fibre] | None = None
    dimensions_cm: list[float] | None = None
    notes: Text | None = None

    @field_validator("kbli", mode="before")
    @classmethod
    def _kbli_text(cls, v):
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else v

    @field_validator("shelf_life_days", mode="before")
    @classmethod
    def _days_words(cls, v):          # "3 bulan" -> 90
        return words_days(v)

    @field_validator("capacity_per_month", mode="before")
    @classmethod
    def _count_words(cls, v):         # "500 bungkus" -> 500
        return words_count(v)

    @field_validator("price_idr", mode="before")
    @classmethod
    def _money_words(cls, v):         # "Rp15rb" -> 15000
        return words_money(v)


class Dossier(M):
    format: str
    business: Business
    products: list[Product] = Field(min_length=1)
    notes: Text | None = None


# --- errors ---------------------------------------------------------------------------------


def _inner_model(annotation: Any):
    """The BaseModel class inside Optional[list[X]] and the like, or None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for a in get_args(annotation):
        m = _inner_model(a)
        if m is not None:
            return m
    return None


def _fields_at(loc: tuple) -> list[Text]:
    model: Any = Dossier
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        f = model.model_fields.get(part) if model else None
        model = _inner_model(f.annotation) if f else None
        if model is None:
            return []
    return list(model.model_fields) if model else []


def _describe(v: Any) -> str:
    s = repr(v) if not isinstance(v, (dict, list)) else type(v).__name__
    return s if len(s) <= 60 else s[:57] + "..."


# pydantic error types worded by the catalogue (the rest keep pydantic's English words)
_PYDANTIC = {
    "int_parsing": "expected_integer", "int_type": "expected_integer",
    "int_from_float": "expected_whole", "float_parsing": "expected_number",
    "float_type": "expected_number", "bool_parsing": "expected_bool", "bool_type": "expected_bool",
    "list_type": "expected_list", "dict_type": "expected_mapping", "model_type": "expected_mapping",
    "model_attributes_type": "expected_mapping", "string_type": "expected_text",
    "greater_than_equal": "at_least", "greater_than": "more_than", "less_than_equal": "at_most",
    "less_than": "less_than", "too_short": "too_short", "string_too_short": "text_too_short",
    "string_too_long": "text_too_long",
}


def validation_errors(exc: ValidationError, *, file: str | None, line_of=None) -> InputError:
    """Turn pydantic's errors into InputErrors with file, line, path, expected and found."""
    errors = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        # drop pydantic's union/literal tags from the location
        loc = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in ("str", "int", "float", "bool"))))
        etype = err["type"]
        found = _describe(err.get("input"))
        if etype == "extra_forbidden":
            known = _fields_at(loc)
            hint = difflib.get_close_matches(str(loc[-1]), known, 1, 0.6)
            if hint:
                ie = InputError("unknown_field", name=loc[-1], hint=Msg("did_you_mean", {"word": hint[0]}))
            elif known:
                ie = InputError("unknown_field_known", name=loc[-1], known=known[:12])
            else:
                ie = InputError("unknown_field", name=loc[-1], hint=None)
        elif etype == "missing":
            ie = InputError("required_field")
        elif etype in ("literal_error", "enum"):
            expected = err.get("ctx", {}).get("expected", "")
            options = [x.strip(" '") for x in expected.replace(" or ", ",").split(",")]
            close = difflib.get_close_matches(str(err.get("input")), options, 1)
            ie = InputError("unknown_value", value=found, options=Msg("one_or_other", {
                "some": ", ".join(f"'{o}'" for o in options[:-1]), "last": f"'{options[-1]}'"})
                if len(options) > 1 else expected,
                hint=Msg("did_you_mean", {"word": close[0]}) if close else None)
        elif etype == "string_type" and isinstance(err.get("input"), (int, float)) \
                and not isinstance(err.get("input"), bool):
            ie = InputError("found_after", detail=Msg("must_be_text"), value=found)
        elif etype == "tr_number":
            ie = InputError("found_after", detail=Msg("tr_number"), value=repr(err["ctx"]["number"]))
            loc = loc + ("number",)
        elif etype == "string_pattern_mismatch":
            ie = InputError("found_after", detail=Msg("control_chars"), value=found)
        elif etype.startswith("date"):
            ie = InputError("bad_date", value=found)
        elif etype in _PYDANTIC:
            ie = InputError("found_after", detail=Msg(_PYDANTIC[etype], dict(err.get("ctx") or {})),
                            value=found)
        else:  # pydantic's own words, inside our frame
            msg = err["msg"]
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, "):]
            ie = InputError("found_after", detail=Msg("invalid_value", {"detail": msg[0].lower() + msg[1:]}),
                            value=found)
        line = line_of(list(loc)) if line_of else None
        ie.with_context(file=file, line=line, path=_json_path(loc))
        errors.append(ie)
    return errors[0] if len(errors) == 1 else InputErrors(errors)


def parse_dossier(data: Any, *, file: str | None = None, line_of=None, max_products: int = 500) -> Dossier:
    """Validate loaded data as a dossier; raise InputError naming file, line and path."""
    if data is None:
        raise InputError("empty_dossier", format=FORMAT, file=file)
    if not isinstance(data, dict):
        raise InputError("dossier_not_mapping", kind=type(data).__name__, file=file, line=1, path="$")
    fmt = data.get("format")
    if fmt is None:
        raise InputError("missing_format", format=FORMAT, file=file, line=1, path="$.format")
    if fmt != FORMAT:
        raise InputError("unsupported_format", found_format=repr(fmt), format=FORMAT, file=file,
                         line=line_of(["format"]) if line_of else None, path="$.format")
    prods = data.get("products")
    if isinstance(prods, list) and len(prods) > max_products:
        raise InputError("too_many_products", n=len(prods), max=max_products, file=file,
                         path="$.products")
    try:
        return Dossier.model_validate(data)
    except ValidationError as e:
        raise validation_errors(e, file=file, line_of=line_of) from None


def dossier_schema() -> dict:
    schema = Dossier.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://readiness.example/schemas/readiness-dossier-1.json"
    schema["title"] = "readiness dossier (readiness-dossier/1)"
    schema["properties"]["format"] = {"const": FORMAT}
    return schema
