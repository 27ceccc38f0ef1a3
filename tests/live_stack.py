"""Start the real processes of the assistant (Rasa, action server, gateway) for integration tests and benches."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
# `rasa` with the action-reply validator compiled once (saves ~20 ms CPU per turn; see the script).
RASA_RUN = PROJECT_ROOT / "scripts" / "rasa_run.py"
MAIN_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
RASA_MODEL = PROJECT_ROOT / "bot" / "models" / "osaki.tar.gz"
RASA_START_TIMEOUT_S = 240.0  # Rasa needs ~25 s on a quiet machine; much more when the cores are busy
SERVICE_START_TIMEOUT_S = 240.0
TrackerStore = Literal["sql", "memory"]
# One thread per TensorFlow/OpenMP pool: idle pool threads spin and steal the other processes' cores.
RASA_THREAD_ENV = {"TF_INTRA_OP_PARALLELISM_THREADS": "1", "TF_INTER_OP_PARALLELISM_THREADS": "1",
                   "OMP_NUM_THREADS": "1"}


def free_port() -> int:
    """A TCP port that is free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, *, timeout_s: float, process: subprocess.Popen[bytes] | None = None, log: Path | None = None,
              accept: tuple[int, ...] = (200,)) -> None:
    """Poll ``url`` until it answers with an accepted status; RuntimeError with the log tail on timeout or exit."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status in accept:
                    return
        except urllib.error.HTTPError as err:
            if err.code in accept:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up within {timeout_s:.0f} s\n{_tail(log)}")


def _tail(log: Path | None, lines: int = 40) -> str:
    if log is None or not log.exists():
        return ""
    return "\n".join(log.read_text("utf-8", errors="replace").splitlines()[-lines:])


@dataclass
class Service:
    """One started process with its log file."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path
    url: str

    def stop(self, timeout_s: float = 20.0) -> None:
        """SIGTERM the process group, then SIGKILL if it lingers."""
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=timeout_s)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=timeout_s)


def _spawn(name: str, argv: list[str], *, cwd: Path, env: Mapping[str, str], log_dir: Path, url: str) -> Service:
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{name}.log"
    full_env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "SQLALCHEMY_SILENCE_UBER_WARNING": "1", **env}
    with log.open("ab") as sink:
        process = subprocess.Popen(argv, cwd=cwd, env=full_env, stdout=sink, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    return Service(name=name, process=process, log=log, url=url)


def start_rasa(*, work_dir: Path, actions_url: str, port: int | None = None, model: Path = RASA_MODEL,
               tracker_store: TrackerStore = "sql", name: str = "rasa") -> Service:
    """The real Rasa server with the trained model, on loopback, SQLite tracker store in ``work_dir``.

    ``model`` and ``tracker_store="memory"`` let benchmarks compare a candidate model or Rasa's in-memory store.
    """
    if not model.exists():
        raise RuntimeError(f"{model} is missing: run scripts/setup.sh (it trains the bot)")
    port = port or free_port()
    work_dir.mkdir(parents=True, exist_ok=True)
    endpoints = work_dir / f"endpoints-{name}.yml"
    tracker = (f'tracker_store:\n  type: SQL\n  dialect: "sqlite"\n  db: "{work_dir / "tracker.db"}"\n'
               if tracker_store == "sql" else "tracker_store:\n  type: InMemory\n")
    endpoints.write_text(f'action_endpoint:\n  url: "{actions_url}/webhook"\n{tracker}', encoding="utf-8")
    argv = [str(RASA_PYTHON), str(RASA_RUN), "run", "--enable-api", "-i", "127.0.0.1", "-p", str(port),
            "--model", str(model), "--endpoints", str(endpoints),
            "--credentials", str(PROJECT_ROOT / "bot" / "credentials.yml")]
    service = _spawn(name, argv, cwd=PROJECT_ROOT / "bot", env=RASA_THREAD_ENV, log_dir=work_dir,
                     url=f"http://127.0.0.1:{port}")
    return service


def start_actions(*, work_dir: Path, gateway_url: str, env: Mapping[str, str], port: int | None = None) -> Service:
    """The action server (rasa-sdk, main environment) with the knowledge search preloaded."""
    port = port or free_port()
    argv = [str(MAIN_PYTHON), "-m", "rasa_sdk", "--actions", "bot.actions", "--port", str(port)]
    service_env = {"SANIC_HOST": "127.0.0.1", "GATEWAY_INTERNAL_URL": gateway_url, "BOT_PRELOAD_KNOWLEDGE": "true",
                   "KNOWLEDGE_TORCH_THREADS": "1", "OMP_NUM_THREADS": "1", **env}
    return _spawn("actions", argv, cwd=PROJECT_ROOT, env=service_env, log_dir=work_dir,
                  url=f"http://127.0.0.1:{port}")


def start_gateway(*, work_dir: Path, env: Mapping[str, str], port: int | None = None) -> Service:
    """The gateway (uvicorn) as a real process."""
    port = port or free_port()
    service_env = {"GATEWAY_PORT": str(port), "GATEWAY_HOST": "127.0.0.1", **env}
    return _spawn("gateway", [str(MAIN_PYTHON), "-m", "gateway"], cwd=PROJECT_ROOT, env=service_env,
                  log_dir=work_dir, url=f"http://127.0.0.1:{port}")


@dataclass
class Stack:
    """Rasa + action server + gateway, started together; ``gateway.url`` is the public base URL."""

    work_dir: Path
    env: dict[str, str]
    services: dict[str, Service] = field(default_factory=dict)
    rasa_model: Path = RASA_MODEL
    tracker_store: TrackerStore = "sql"

    @property
    def gateway_url(self) -> str:
        """Base URL of the gateway."""
        return self.services["gateway"].url

    def stop(self) -> None:
        """Stop every process (reverse start order)."""
        for name in reversed(list(self.services)):
            self.services[name].stop()

    def stop_rasa(self) -> None:
        """Stop only Rasa (to exercise the degraded mode)."""
        self.services["rasa"].stop()

    def restart_rasa(self) -> None:
        """Start Rasa again on the same port and wait until its model is loaded."""
        old = self.services["rasa"]
        port = int(old.url.rsplit(":", 1)[1])
        new = start_rasa(work_dir=self.work_dir / "rasa", actions_url=self.services["actions"].url, port=port,
                         model=self.rasa_model, tracker_store=self.tracker_store)
        self.services["rasa"] = new
        wait_http(new.url + "/status", timeout_s=RASA_START_TIMEOUT_S, process=new.process, log=new.log)


def start_stack(work_dir: Path, *, env: Mapping[str, str] | None = None, rasa_model: Path = RASA_MODEL,
                tracker_store: TrackerStore = "sql", rasa_instances: int = 1) -> Stack:
    """Start Rasa, the action server and the gateway, and wait until all are ready.

    ``rasa_instances`` > 1 starts more Rasa servers on the same model and tracker store; the gateway spreads
    conversations over them (session affinity).
    """
    gateway_port, rasa_port, actions_port = free_port(), free_port(), free_port()
    extra_ports = [free_port() for _ in range(rasa_instances - 1)]
    rasa_urls = [f"http://127.0.0.1:{p}" for p in (rasa_port, *extra_ports)]
    gateway_url = f"http://127.0.0.1:{gateway_port}"
    shared_env = {
        "KNOWLEDGE_INDEX_DIR": str(work_dir / "index"),
        "STORAGE_DATABASE_URL": f"sqlite:///{work_dir / 'osaki.db'}",
        "GATEWAY_RASA_URL": ",".join(rasa_urls),
        "GATEWAY_ENVIRONMENT": "test",
        "GATEWAY_INTERNAL_TOKEN": "test-internal-token-0123456789",
        "GATEWAY_RATE_LIMIT_PER_MINUTE": "100000",
        "GATEWAY_RATE_LIMIT_BURST": "100000",
        **(env or {}),
    }
    stack = Stack(work_dir=work_dir, env=shared_env, rasa_model=rasa_model, tracker_store=tracker_store)
    try:
        # The gateway builds the index first; the action server then loads the same index.
        gateway = start_gateway(work_dir=work_dir, env=shared_env, port=gateway_port)
        stack.services["gateway"] = gateway
        wait_http(gateway.url + "/api/health", timeout_s=SERVICE_START_TIMEOUT_S, process=gateway.process,
                  log=gateway.log, accept=(200,))
        actions = start_actions(work_dir=work_dir, gateway_url=gateway_url, env=shared_env, port=actions_port)
        stack.services["actions"] = actions
        rasa = start_rasa(work_dir=work_dir / "rasa", actions_url=actions.url, port=rasa_port, model=rasa_model,
                          tracker_store=tracker_store)
        stack.services["rasa"] = rasa
        for index, port in enumerate(extra_ports, start=2):
            stack.services[f"rasa{index}"] = start_rasa(
                work_dir=work_dir / "rasa", actions_url=actions.url, port=port, model=rasa_model,
                tracker_store=tracker_store, name=f"rasa{index}")
        wait_http(actions.url + "/health", timeout_s=SERVICE_START_TIMEOUT_S, process=actions.process, log=actions.log)
        for name, service in stack.services.items():
            if name.startswith("rasa"):
                wait_http(service.url + "/status", timeout_s=RASA_START_TIMEOUT_S, process=service.process,
                          log=service.log)
    except BaseException:
        stack.stop()
        raise
    return stack


if __name__ == "__main__":  # manual use: python -m tests.live_stack /tmp/stack
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the children on kill, not only on Ctrl-C
    started = start_stack(Path(sys.argv[1]))
    print("gateway:", started.gateway_url, flush=True)
    try:
        signal.pause()
    finally:
        started.stop()
