import pytest

from caselaw.config import DEFAULT_DB, load_settings
from caselaw.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for key in list(__import__("os").environ):
        if key.startswith("CASELAW_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)


def test_defaults():
    assert load_settings().db == DEFAULT_DB


def test_file_then_env_then_override(tmp_path, monkeypatch):
    cfg = tmp_path / "c.toml"
    cfg.write_text('db = "file.db"\nmin_delay = 2\n[portals.courtlistener]\ntoken = "t1"\n')
    assert load_settings(cfg).db == "file.db"
    assert load_settings(cfg).min_delay == 2.0
    monkeypatch.setenv("CASELAW_DB", "env.db")
    assert load_settings(cfg).db == "env.db"
    assert load_settings(cfg, db="arg.db").db == "arg.db"
    assert load_settings(cfg).portal("courtlistener") == {"token": "t1"}
    monkeypatch.setenv("CASELAW_COURTLISTENER_TOKEN", "t2")
    assert load_settings(cfg).portal("courtlistener")["token"] == "t2"


def test_bad_toml_names_the_file(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("db = [unclosed")
    with pytest.raises(ConfigError, match="bad.toml"):
        load_settings(cfg)


def test_wrong_type_is_a_config_error(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('timeout = "soon"\n')
    with pytest.raises(ConfigError, match="timeout"):
        load_settings(cfg)


def test_missing_explicit_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")


def test_user_agent_has_contact():
    assert "ops@example.org" in load_settings(contact="ops@example.org").user_agent()
