"""Rule sets: loading, validation, versions and differences."""

from readiness.standards.loader import DEFAULT_ID, catalogue, list_standards, load_standard, shipped_dir
from readiness.standards.model import Rule, RuleSet

__all__ = ["DEFAULT_ID", "Rule", "RuleSet", "catalogue", "list_standards", "load_standard", "shipped_dir"]
