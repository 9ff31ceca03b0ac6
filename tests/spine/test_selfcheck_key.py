"""The self-assessment's caches are keyed by what a rule set says (RuleSet.digest), not by
the object's id(), which Python gives again to a later object once the first is gone."""

import copy

from readiness.selfcheck import form_steps
from readiness.standards import load_standard


def test_digest_is_the_content():
    a, b = load_standard("mandalika-motogp@2027.2"), load_standard("mandalika-motogp@2027.1")
    assert len(a.digest) == 64 and a.digest != b.digest
    twin = copy.copy(a)
    twin.__dict__.pop("digest", None)
    assert twin is not a and twin.digest == a.digest


def test_form_steps_cached_by_content(monkeypatch):
    from readiness import selfcheck

    rs, other = load_standard("mandalika-motogp@2027.2"), load_standard("ikm-baseline@2026.2")
    draft = {"products": [{"name": "Kopi", "category": "packaged_food", "channels": ["event"]}]}
    monkeypatch.setattr(selfcheck, "_STEPS", {})
    first = [s.key for s in form_steps(rs, draft)]
    form_steps(other, draft)
    assert [s.key for s in form_steps(rs, draft)] == first
    assert {k[0] for k in selfcheck._STEPS} == {rs.digest, other.digest}
