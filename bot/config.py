"""Settings from config.yaml and the environment, checked up front.

The token is held in a field that repr, str and error messages never show.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TOKEN_ENV = "DISCORD_TOKEN"  # noqa: S105 - the variable name, not a secret
INDEX_ENV = "FACTBOT_INDEX"  # where built fact bases are kept, unless config.yaml says
DEFAULT_CONFIG = Path("config.yaml")


class ConfigError(Exception):
    """A setting is wrong; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class Cooldown:
    rate: int = 5  # answers per user...
    per: float = 30.0  # ...in this many seconds


@dataclass(frozen=True)
class Config:
    token: str = field(default="", repr=False)
    prefix: str = "!"
    knowledge: Path | None = None  # None: the fact base shipped with Factbot
    articles: Path | None = None  # the article texts `factbot check` compares the fact base with
    index: Path | None = None  # where built fact bases are kept; None: beside the fact files (knowledge/cache.py)
    channels: frozenset[int] = frozenset()  # empty: answer in every channel
    admin_ids: frozenset[int] = frozenset()
    admin_roles: frozenset[int] = frozenset()
    cooldown: Cooldown = field(default_factory=Cooldown)
    accept: float = 86.0  # fuzzy score a name must reach to be taken
    margin: float = 5.0  # how far it must beat the runner-up
    log_level: str = "INFO"
    message_content: bool = True  # privileged intent for prefix commands in servers
    user_installs: bool = True  # the commands can be installed to a person's own account, not only to servers
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    health_file: Path | None = None  # None: factbot-health.json in the temporary folder
    source: str = "defaults"  # where the settings came from, for messages

    @property
    def has_token(self) -> bool:
        return bool(self.token.strip())

    def __repr__(self) -> str:
        shown = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "token"}
        inner = ", ".join(f"{k}={v!r}" for k, v in shown.items())
        return f"Config(token={'<set>' if self.has_token else '<unset>'}, {inner})"

    __str__ = __repr__


_KEYS = {
    "token",
    "prefix",
    "knowledge",
    "articles",
    "index",
    "channels",
    "admin_ids",
    "admin_roles",
    "cooldown",
    "accept",
    "margin",
    "log_level",
    "message_content",
    "user_installs",
    "shard_count",
    "shard_ids",
    "health_file",
}
_LONGEST_NAME = 24  # longer than any setting name, far shorter than a token


def _setting_name(key: str) -> str:
    """An unknown setting's name as shown in an error: a long one may be a token pasted in the wrong place."""
    if len(key) <= _LONGEST_NAME:
        return key
    return f"(a {len(key)}-character name: is the token on a line of its own? Put it after 'token:')"


def _ids(value: object, key: str) -> frozenset[int]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ConfigError(f"'{key}' must be a list of numeric Discord ids, like [123456789012345678]")
    return frozenset(value)


def _number(value: object, key: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ConfigError(f"'{key}' must be a number from {low:g} to {high:g}")
    return float(value)


def _whole(value: object, key: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"'{key}' must be a whole number from {low} to {high}")
    return value


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read settings: the file if there is one, then DISCORD_TOKEN over it.

    An explicit `path` must exist; the default config.yaml is optional.
    """
    env = os.environ if environ is None else environ
    data: dict[str, Any] = {}
    source = "defaults"
    target = path if path is not None else DEFAULT_CONFIG
    if target.is_file():
        try:
            loaded = yaml.safe_load(target.read_text(encoding="utf-8"))
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark else 1
            raise ConfigError(f"{target}:{line}: YAML syntax error: {exc.problem}") from None
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"{target}: cannot read: {type(exc).__name__}") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{target}: must be a mapping of setting: value")
        data = loaded
        source = str(target)
    elif path is not None:
        raise ConfigError(f"{target}: no such config file (copy config.example.yaml to start one)")
    unknown = sorted(set(map(str, data)) - _KEYS)
    if unknown:
        raise ConfigError(f"{source}: unknown setting(s): {', '.join(map(_setting_name, unknown))}")
    try:
        return _build(data, env, source)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def _build(data: dict[str, Any], env: Mapping[str, str], source: str) -> Config:
    token = env.get(TOKEN_ENV) or data.get("token") or ""
    if not isinstance(token, str):
        raise ConfigError("'token' must be text")
    prefix = data.get("prefix", "!")
    if not isinstance(prefix, str) or not prefix.strip() or len(prefix) > 5:
        raise ConfigError("'prefix' must be 1 to 5 characters, like '!'")
    knowledge = data.get("knowledge")
    if knowledge is not None and not isinstance(knowledge, str):
        raise ConfigError("'knowledge' must be a folder path")
    articles = data.get("articles")
    if articles is not None and not isinstance(articles, str):
        raise ConfigError("'articles' must be a folder path")
    index = data.get("index") or env.get(INDEX_ENV) or None
    if index is not None and (not isinstance(index, str) or not index.strip()):
        raise ConfigError("'index' must be a folder path")
    health_file = data.get("health_file")
    if health_file is not None and (not isinstance(health_file, str) or not health_file.strip()):
        raise ConfigError("'health_file' must be a file path")
    raw_cooldown = data.get("cooldown") or {}
    if not isinstance(raw_cooldown, dict) or set(raw_cooldown) - {"rate", "per"}:
        raise ConfigError("'cooldown' must be a mapping with 'rate' and 'per'")
    cooldown = Cooldown(
        rate=_whole(raw_cooldown.get("rate", 5), "cooldown.rate", 1, 1000),
        per=_number(raw_cooldown.get("per", 30), "cooldown.per", 0, 86400),
    )
    log_level = str(data.get("log_level", "INFO")).upper()
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ConfigError("'log_level' must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
    message_content = data.get("message_content", True)
    if not isinstance(message_content, bool):
        raise ConfigError("'message_content' must be true or false")
    user_installs = data.get("user_installs", True)
    if not isinstance(user_installs, bool):
        raise ConfigError("'user_installs' must be true or false")
    shard_count = data.get("shard_count")
    if shard_count is not None:
        shard_count = _whole(shard_count, "shard_count", 1, 100000)
    shard_ids_raw = data.get("shard_ids")
    shard_ids: tuple[int, ...] | None = None
    if shard_ids_raw is not None:
        shard_ids = tuple(sorted(_ids(shard_ids_raw, "shard_ids")))
        if shard_count is None:
            raise ConfigError("'shard_ids' needs 'shard_count' too")
        if any(i >= shard_count for i in shard_ids):
            raise ConfigError(f"every shard id must be below shard_count ({shard_count})")
    return Config(
        token=token.strip(),
        prefix=prefix.strip(),
        knowledge=Path(knowledge) if knowledge else None,
        articles=Path(articles) if articles else None,
        index=Path(index) if index else None,
        channels=_ids(data.get("channels"), "channels"),
        admin_ids=_ids(data.get("admin_ids"), "admin_ids"),
        admin_roles=_ids(data.get("admin_roles"), "admin_roles"),
        cooldown=cooldown,
        accept=_number(data.get("accept", 86), "accept", 50, 100),
        margin=_number(data.get("margin", 5), "margin", 0, 50),
        log_level=log_level,
        message_content=message_content,
        user_installs=user_installs,
        shard_count=shard_count,
        shard_ids=shard_ids,
        health_file=Path(health_file) if health_file else None,
        source=source,
    )
