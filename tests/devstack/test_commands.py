"""The one launch line of each process: loopback only, Rasa's API behind a token that never shows in ps."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from devstack.commands import (
    ACTIONS_SERVER_MODULE,
    BOT_DIR,
    RASA_RUN,
    actions_launch,
    gateway_launch,
    rasa_launch,
    worker_launch,
)

# Fragments of a hand-written Rasa or action-server command line.
HAND_LAUNCHES = ("rasa_run.py run", "-m rasa_sdk", " rasa run ")
TOKEN = "a-test-token-0123456789abcdefghijklmnop"


def load_rasa_run() -> ModuleType:
    """scripts/rasa_run.py as a module (its Rasa imports happen only in main())."""
    spec = importlib.util.spec_from_file_location("rasa_run", RASA_RUN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rasa_runs_its_api_on_loopback_with_the_token_in_the_environment_only() -> None:
    launch = rasa_launch(port=5123, token=TOKEN, actions_url="http://127.0.0.1:5124/webhook", actions_token="s3cret")
    argv = launch.argv
    assert argv[1:3] == [str(RASA_RUN), "run"]
    assert "--enable-api" in argv
    assert argv[argv.index("-i") + 1] == "127.0.0.1"
    assert argv[argv.index("-p") + 1] == "5123"
    assert TOKEN not in " ".join(argv)  # visible to every user in ps: never there
    assert launch.env["RASA_TOKEN"] == TOKEN
    assert launch.env["RASA_ACTIONS_URL"] == "http://127.0.0.1:5124/webhook"
    assert launch.env["RASA_ACTIONS_TOKEN"] == "s3cret"
    assert launch.cwd == BOT_DIR  # the tracker store path in bot/endpoints.yml is relative to bot/


def test_rasa_without_a_token_is_refused() -> None:
    with pytest.raises(ValueError, match="RASA_TOKEN"):
        rasa_launch(port=5123, token="", actions_url="http://127.0.0.1:5124/webhook", actions_token="s3cret")


def test_the_action_server_binds_loopback_and_gets_its_secret() -> None:
    launch = actions_launch(port=5124, actions_token="s3cret", preload_knowledge=False)
    assert launch.env["RASA_ACTIONS_TOKEN"] == "s3cret"
    assert launch.env["BOT_PRELOAD_KNOWLEDGE"] == "false"
    assert launch.argv[1:] == ["-m", ACTIONS_SERVER_MODULE, "--host", "127.0.0.1", "--port", "5124"]


def test_gateway_and_worker_launch_lines() -> None:
    gateway = gateway_launch(port=8123)
    assert gateway.argv[1:] == ["-m", "gateway"]
    assert (gateway.env["GATEWAY_HOST"], gateway.env["GATEWAY_PORT"]) == ("127.0.0.1", "8123")
    assert worker_launch().argv[1:] == ["-m", "watch", "worker"]


def test_rasa_run_adds_the_token_from_the_environment() -> None:
    rasa_run = load_rasa_run()
    argv = ["run", "--enable-api", "-p", "5005"]
    assert rasa_run.with_auth_token(argv, {"RASA_TOKEN": TOKEN}) == [*argv, f"--auth-token={TOKEN}"]
    assert rasa_run.with_auth_token([*argv, "--auth-token", "x"], {}) == [*argv, "--auth-token", "x"]
    assert rasa_run.with_auth_token(["train"], {}) == ["train"]  # other commands unchanged
    assert rasa_run.with_auth_token(["run"], {}) == ["run"]  # no HTTP API, no token needed


def test_rasa_run_passes_a_token_that_starts_with_a_dash() -> None:
    """token_urlsafe may start with "-": as a separate argument argparse takes it for an option (a CI failure)."""
    rasa_run = load_rasa_run()
    parser = argparse.ArgumentParser(exit_on_error=False)  # the shape of `rasa run`'s -t/--auth-token option
    parser.add_argument("command")
    parser.add_argument("--enable-api", action="store_true")
    parser.add_argument("-t", "--auth-token")
    token = "-ke4c1nD0Mr2xahBM91ygja6UUkUQnrYuaudoM1Wxqc"
    argv = rasa_run.with_auth_token(["run", "--enable-api"], {"RASA_TOKEN": token})
    assert parser.parse_args(argv).auth_token == token


def test_rasa_run_refuses_the_api_without_a_token() -> None:
    rasa_run = load_rasa_run()
    with pytest.raises(SystemExit, match="RASA_TOKEN"):
        rasa_run.with_auth_token(["run", "--enable-api"], {"RASA_TOKEN": "  "})


def test_no_script_starts_rasa_or_the_action_server_by_hand() -> None:
    """The launch lines live in devstack/commands.py only (they had drifted apart in seven places)."""
    root = BOT_DIR.parent
    scripts = [*root.glob("scripts/*.sh"), *root.glob("bot/*.sh"), *root.glob("bench/*.py"),
               *root.glob("tests/**/*.py")]
    offenders = [str(path.relative_to(root)) for path in scripts
                 if path != Path(__file__) and any(line in path.read_text("utf-8") for line in HAND_LAUNCHES)]
    assert offenders == []


def test_every_shell_entry_point_goes_through_devstack() -> None:
    root = BOT_DIR.parent
    for script, command in [("scripts/run.sh", "-m devstack run"), ("bot/run.sh", "-m devstack rasa"),
                            ("bot/actions.sh", "-m devstack actions"), ("bot/test.sh", "-m devstack actions")]:
        assert command in Path(root / script).read_text("utf-8"), script
