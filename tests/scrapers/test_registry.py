"""The portal registry: complete, consistent, and helpful when asked for a wrong id."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import caselaw.scrapers as scrapers_pkg
from caselaw.errors import ConfigError
from caselaw.scrapers._base import Portal, PortalInfo
from caselaw.scrapers.registry import PORTALS, available, get_portal, portal_class

NEEDS_OPTIONS = {"findcaselaw": {"licence_confirmed": True}}


def _portal_modules() -> dict[str, list[type[Portal]]]:
    """Every public module in caselaw.scrapers that defines a Portal subclass."""
    found: dict[str, list[type[Portal]]] = {}
    for info in pkgutil.iter_modules(scrapers_pkg.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"caselaw.scrapers.{info.name}")
        classes = [
            obj
            for obj in vars(module).values()
            if inspect.isclass(obj)
            and issubclass(obj, Portal)
            and obj is not Portal
            and obj.__module__ == module.__name__
        ]
        if classes:
            found[info.name] = classes
    return found


def test_every_portal_module_is_registered_under_its_own_name():
    modules = _portal_modules()
    assert modules, "no portal modules found"
    for name, classes in modules.items():
        assert name in PORTALS, f"portal module {name} is not in registry.PORTALS"
        target = PORTALS[name]
        assert any(f"{cls.__module__}:{cls.__name__}" == target for cls in classes)


@pytest.mark.parametrize("portal_id", sorted(PORTALS))
def test_registered_class_info_id_matches_the_key(portal_id):
    cls = portal_class(portal_id)
    assert isinstance(cls.info, PortalInfo)
    assert cls.info.id == portal_id
    assert re.fullmatch(r"[a-z][a-z0-9_]*", portal_id)
    assert cls.info.base_url.startswith(("https://", "http://127.0.0.1"))
    assert cls.info.coverage and cls.info.terms


def test_unknown_id_error_lists_the_valid_ids():
    with pytest.raises(ConfigError) as excinfo:
        get_portal("nosuchportal")
    message = str(excinfo.value)
    assert "nosuchportal" in message
    for portal_id in PORTALS:
        assert portal_id in message


@pytest.mark.parametrize("portal_id", sorted(PORTALS))
def test_get_portal_builds_an_instance_with_a_base_url_override(portal_id):
    portal = get_portal(portal_id, "https://mirror.example.org/", NEEDS_OPTIONS.get(portal_id))
    assert portal.id == portal_id
    assert portal.base_url == "https://mirror.example.org"


def test_available_lists_every_portal_sorted_by_id():
    ids = [info.id for info in available()]
    assert ids == sorted(PORTALS)


def test_template_is_a_working_portal_but_not_registered():
    from caselaw.scrapers._template import TemplatePortal

    assert "template" not in PORTALS
    listing = TemplatePortal().parse_listing(
        b'<html><body><table class="results"><tr><td><a href="/j/1">A v B</a></td></tr>'
        b'</table><a rel="next" href="/judgments/?page=2">Next</a></body></html>',
        "https://courts.example.org/judgments/",
    )
    assert [r.url for r in listing.refs] == ["https://courts.example.org/j/1"]
    assert listing.next_url == "https://courts.example.org/judgments/?page=2"


def test_every_registered_portal_has_a_section_in_docs_portals():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "portals.md").read_text()
    missing = [pid for pid in PORTALS if pid != "replay" and f"## {pid}:" not in text]
    assert missing == []
