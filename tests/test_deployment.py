"""The files people deploy Factbot with. CI has no container engine and no
systemd: these check what each file promises, and that the commands they
run exist (`factbot health` and the signal handling are tested in tests/bot)."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

import yaml

from bot.cli import _parser

REPO = Path(__file__).resolve().parent.parent


def instructions(dockerfile: str) -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", dockerfile)
    return [
        (line.split(maxsplit=1)[0].upper(), line.split(maxsplit=1)[1] if " " in line else "")
        for line in (raw.strip() for raw in joined.splitlines())
        if line and not line.startswith("#")
    ]


def test_the_image_is_slim_runs_as_no_root_and_checks_its_health() -> None:
    steps = instructions((REPO / "Dockerfile").read_text(encoding="utf-8"))
    kinds = [kind for kind, _ in steps]
    base = dict(steps)["FROM"]
    assert re.fullmatch(r"python:3\.(\d+)-slim", base), base
    required = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert int(base.split(".")[1].split("-")[0]) >= int(required.removeprefix(">=3.")), "a Python Factbot supports"
    user = dict(steps)["USER"]
    assert user not in ("root", "0") and kinds.index("USER") > kinds.index("RUN"), "the bot runs as a plain user"
    assert dict(steps)["HEALTHCHECK"].endswith('CMD ["factbot", "health"]')
    assert dict(steps)["ENTRYPOINT"] == '["factbot"]'
    assert dict(steps)["CMD"] == '["run", "--knowledge", "/facts"]'
    assert dict(steps)["STOPSIGNAL"] == "SIGTERM"
    assert ("COPY", "knowledge/data /facts") in steps, "the shipped fact base, unless a folder is mounted on /facts"
    runs = [args for kind, args in steps if kind == "RUN"]
    assert any(args.startswith("factbot index --knowledge /facts") for args in runs), "its index built in the image"
    assert steps.index(("COPY", "knowledge/data /facts")) < kinds.index("RUN", kinds.index("RUN") + 1)


def test_no_secret_goes_into_the_image() -> None:
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert "*" in ignored, "everything is left out..."
    allowed = {line.removeprefix("!").rstrip("/") for line in ignored if line.startswith("!")}
    assert allowed == {"pyproject.toml", "README.md", "bot", "commands", "knowledge"}, "...but the package"


def test_compose_restarts_unless_stopped() -> None:
    compose = yaml.safe_load((REPO / "compose.yaml").read_text(encoding="utf-8"))
    [service] = compose["services"].values()
    assert service["restart"] == "unless-stopped"
    assert service["build"] == "."
    assert "DISCORD_TOKEN" in service["environment"] and "?" in service["environment"]["DISCORD_TOKEN"]
    assert any(volume.split(":")[1] == "/facts" for volume in service["volumes"]), "the fact base as a volume"
    assert service["read_only"] and "/tmp" in service["tmpfs"], "read-only, but for the heartbeat"
    index = service["environment"]["FACTBOT_INDEX"]
    assert any(volume.split(":")[1] == index for volume in service["volumes"]), "the index on a volume of its own"
    assert "factbot-index" in compose["volumes"]


def test_the_systemd_unit_restarts_on_failure_but_not_on_bad_settings() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(REPO / "deploy" / "factbot.service", encoding="utf-8")
    service = unit["Service"]
    assert service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "2", "a configuration error does not fix itself"
    assert service["ExecStart"].endswith("factbot --config /etc/factbot/config.yaml run")
    assert service["User"] == "factbot" and service["KillSignal"] == "SIGTERM"
    assert "network-online.target" in unit["Unit"]["After"]
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_the_commands_they_run_exist() -> None:
    parser = _parser()
    assert parser.parse_args(["run", "--knowledge", "/facts"]).command == "run"
    assert parser.parse_args(["--config", "/etc/factbot/config.yaml", "run"]).command == "run"
    assert parser.parse_args(["health"]).command == "health"
    assert parser.parse_args(["index", "--knowledge", "/facts"]).command == "index"
