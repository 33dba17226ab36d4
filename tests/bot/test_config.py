"""Settings: checked up front, and the token never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config

PLANTED = "MTAxNTk5.planted-token.DO-NOT-LEAK"


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(environ={})
    assert config.prefix == "!" and not config.has_token
    assert config.source == "defaults"


def test_token_from_environment_wins(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("token: from-file\nprefix: '?'\nchannels: [1, 2]\n", encoding="utf-8")
    config = load_config(path, environ={"DISCORD_TOKEN": PLANTED})
    assert config.token == PLANTED
    assert config.prefix == "?"
    assert config.channels == frozenset({1, 2})


def test_folders_of_facts_and_articles(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("knowledge: ./facts\narticles: ../shared/seeds\n", encoding="utf-8")
    config = load_config(path, environ={})
    assert config.knowledge == Path("facts")
    assert config.articles == Path("../shared/seeds")
    assert Config().articles is None  # by default `factbot check` checks structure only


def test_token_never_in_repr_or_str() -> None:
    config = Config(token=PLANTED)
    assert PLANTED not in repr(config)
    assert PLANTED not in str(config)
    assert "token=<set>" in repr(config)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("prefix: ''\n", "'prefix' must be 1 to 5 characters"),
        ("channels: general\n", "'channels' must be a list of numeric Discord ids"),
        ("cooldown: {rate: 0, per: 10}\n", "'cooldown.rate' must be a whole number from 1 to 1000"),
        ("cooldown: {rate: 2.5, per: 10}\n", "'cooldown.rate' must be a whole number from 1 to 1000"),
        ("shard_ids: [0]\n", "'shard_ids' needs 'shard_count' too"),
        ("shard_count: 2\nshard_ids: [2]\n", "every shard id must be below shard_count (2)"),
        ("log_level: loud\n", "'log_level' must be DEBUG"),
        ("articles: [a, b]\n", "'articles' must be a folder path"),
        ("tokn: x\n", "unknown setting(s): tokn"),
        ("- a list\n", "must be a mapping"),
        ("prefix: [\n", "YAML syntax error"),
        ("health_file: [a]\n", "'health_file' must be a file path"),
        ("health_file: ' '\n", "'health_file' must be a file path"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))


def test_bad_token_error_does_not_echo_the_token(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(f"token: [{PLANTED}]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert PLANTED not in str(info.value)


def test_explicit_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml", environ={})


@pytest.mark.parametrize(("key", "not_a_bool"), [("message_content", "maybe"), ("user_installs", "1")])
def test_true_or_false_settings(tmp_path: Path, key: str, not_a_bool: str) -> None:
    assert getattr(Config(), key) is True
    path = tmp_path / "c.yaml"
    path.write_text(f"{key}: false\n", encoding="utf-8")
    assert getattr(load_config(path, environ={}), key) is False
    path.write_text(f"{key}: {not_a_bool}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"'{key}' must be true or false"):
        load_config(path, environ={})


def test_the_example_config_loads_and_documents_every_setting() -> None:
    import re

    from bot.config import _KEYS

    example = Path(__file__).resolve().parents[2] / "config.example.yaml"
    config = load_config(example, environ={})
    assert repr(config).replace(f"source='{example}'", "source='defaults'") == repr(Config())
    text = example.read_text(encoding="utf-8")
    documented = set(re.findall(r"^#? ?(\w+):", text, re.MULTILINE))
    assert documented >= _KEYS, _KEYS - documented


def test_the_health_file_setting(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("health_file: /run/factbot/health.json\n", encoding="utf-8")
    assert load_config(path, environ={}).health_file == Path("/run/factbot/health.json")
    assert Config().health_file is None, "the temporary folder's factbot-health.json"
