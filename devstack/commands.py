"""The launch line of every process, defined once: Rasa, the action server, the gateway, the watch-over worker.

Each ``*_launch`` function returns a :class:`Launch` (argv, extra environment, working directory). The test
stack, the benchmarks, ``scripts/run.sh`` and ``bot/*.sh`` (through ``python -m devstack``) all start the
processes from here, so the flags cannot drift apart again.

Rasa and the action server stay on loopback with authentication (their stack has known advisories):

- Rasa: ``--enable-api`` with ``--auth-token``. The token travels in the environment (``RASA_TOKEN``) and
  ``scripts/rasa_run.py`` adds the flag inside the process, so it never shows in ``ps``.
- The action server: ``python -m bot.actions.server --host 127.0.0.1 --port N``, which refuses calls without
  ``RASA_ACTIONS_TOKEN``; Rasa sends that token (``bot/endpoints.yml`` or the endpoints file of a test stack).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BOT_DIR = PROJECT_ROOT / "bot"
_VENV_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
MAIN_PYTHON = _VENV_PYTHON if _VENV_PYTHON.exists() else Path(sys.executable)
RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
# `rasa` with the action-reply validator compiled once, SQLite trackers in WAL mode, the token from the
# environment (see the script).
RASA_RUN = PROJECT_ROOT / "scripts" / "rasa_run.py"
RASA_MODEL = BOT_DIR / "models" / "osaki.tar.gz"
RASA_ENDPOINTS = BOT_DIR / "endpoints.yml"
RASA_CREDENTIALS = BOT_DIR / "credentials.yml"
ACTIONS_SERVER_MODULE = "bot.actions.server"
LOOPBACK = "127.0.0.1"

# Every process: no telemetry, no SQLAlchemy 2.0 warnings from Rasa's old SQLAlchemy.
COMMON_ENV = {"RASA_TELEMETRY_ENABLED": "false", "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "PYTHONUNBUFFERED": "1"}
# One thread per TensorFlow/OpenMP pool: idle pool threads spin and steal the other processes' cores.
RASA_THREAD_ENV = {"TF_INTRA_OP_PARALLELISM_THREADS": "1", "TF_INTER_OP_PARALLELISM_THREADS": "1",
                   "OMP_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Launch:
    """How to start one process: the command, the environment added to the caller's, the working directory."""

    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path = PROJECT_ROOT


def rasa_launch(*, port: int, token: str, actions_url: str, actions_token: str, model: Path = RASA_MODEL,
                endpoints: Path = RASA_ENDPOINTS, extra_args: Sequence[str] = ()) -> Launch:
    """The Rasa server (REST channel + HTTP API behind ``token``) on loopback, run from ``bot/``.

    ``actions_url``/``actions_token`` are given to Rasa's environment: ``bot/endpoints.yml`` reads them as
    ``${RASA_ACTIONS_URL}`` and ``${RASA_ACTIONS_TOKEN}``.
    """
    if not token:
        raise ValueError("Rasa's HTTP API needs a token (RASA_TOKEN)")
    argv = [str(RASA_PYTHON), str(RASA_RUN), "run", "--enable-api", "-i", LOOPBACK, "-p", str(port),
            "--model", str(model), "--endpoints", str(endpoints), "--credentials", str(RASA_CREDENTIALS),
            *extra_args]
    env = {**COMMON_ENV, **RASA_THREAD_ENV, "RASA_TOKEN": token, "RASA_ACTIONS_URL": actions_url,
           "RASA_ACTIONS_TOKEN": actions_token}
    return Launch(argv=argv, env=env, cwd=BOT_DIR)


def actions_launch(*, port: int, actions_token: str, preload_knowledge: bool = True,
                   extra_env: Mapping[str, str] | None = None) -> Launch:
    """The action server (main environment) on loopback, refusing calls without ``actions_token``."""
    argv = [str(MAIN_PYTHON), "-m", ACTIONS_SERVER_MODULE, "--host", LOOPBACK, "--port", str(port)]
    env = {**COMMON_ENV, "RASA_ACTIONS_TOKEN": actions_token,
           "BOT_PRELOAD_KNOWLEDGE": "true" if preload_knowledge else "false", **(extra_env or {})}
    return Launch(argv=argv, env=env)


def gateway_launch(*, port: int, host: str = LOOPBACK) -> Launch:
    """The gateway (uvicorn inside ``python -m gateway``)."""
    return Launch(argv=[str(MAIN_PYTHON), "-m", "gateway"],
                  env={**COMMON_ENV, "GATEWAY_HOST": host, "GATEWAY_PORT": str(port)})


def worker_launch() -> Launch:
    """The watch-over worker (check-ins, escalation, notifications)."""
    return Launch(argv=[str(MAIN_PYTHON), "-m", "watch", "worker"], env=dict(COMMON_ENV))


def controller_launch(*, gateway_url: str) -> Launch:
    """The smart-speaker controller (holds the registered satellites; questions answered through the gateway)."""
    return Launch(argv=[str(MAIN_PYTHON), "-m", "voice", "controller", "--gateway-url", gateway_url],
                  env=dict(COMMON_ENV))
