"""Rasa, the action server, the gateway and the watch-over worker as real processes (tests and benchmarks).

``start_stack(work_dir)`` starts Rasa (trained model) + action server + gateway on free loopback ports with
fresh random tokens, a SQLite database and an index folder in ``work_dir``, and waits until all answer.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from devstack.commands import (
    RASA_MODEL,
    Launch,
    actions_launch,
    gateway_launch,
    rasa_launch,
    worker_launch,
)
from devstack.processes import Service, free_port, spawn, wait_http

RASA_START_TIMEOUT_S = 240.0  # Rasa needs ~25 s on a quiet machine; much more when the cores are busy
SERVICE_START_TIMEOUT_S = 240.0  # the gateway builds the search index at start (~60 s on 2 cores)
INTERNAL_TOKEN = "test-internal-token-0123456789"  # /internal/reports' token in every test stack
UNLIMITED_RATE = "1000000/minute"  # benches and tests send far more than a citizen (limits syntax)
TrackerStore = Literal["sql", "memory"]
# Keep the model servers on one thread each: the test machine has 2 cores shared by every process.
SINGLE_THREAD_ENV = {"KNOWLEDGE_TORCH_THREADS": "1", "OMP_NUM_THREADS": "1"}


def _start(name: str, launch: Launch, *, url: str, log: Path | None, env: Mapping[str, str] | None = None
           ) -> Service:
    return spawn(name, launch.argv, cwd=launch.cwd, env={**(env or {}), **launch.env}, url=url, log=log)


def new_token() -> str:
    """A random shared secret (a fresh one per test stack)."""
    return secrets.token_urlsafe(32)


def rasa_status_url(service: Service, token: str) -> str:
    """Rasa's ``/status`` (answers 200 once the model is loaded; needs the API token)."""
    return f"{service.url}/status?token={token}"


def write_rasa_endpoints(path: Path, *, tracker_db: Path | None) -> Path:
    """An endpoints file: the action server from the environment, a SQLite or in-memory tracker store."""
    tracker = (f'tracker_store:\n  type: SQL\n  dialect: "sqlite"\n  db: "{tracker_db}"\n' if tracker_db
               else "tracker_store:\n  type: InMemory\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Unquoted: Rasa substitutes ${VAR} only in plain YAML scalars (a quoted "${VAR}" stays literal).
    path.write_text("action_endpoint:\n  url: ${RASA_ACTIONS_URL}\n  token: ${RASA_ACTIONS_TOKEN}\n" + tracker,
                    encoding="utf-8")
    return path


def start_rasa(*, work_dir: Path, token: str, actions_url: str, actions_token: str, port: int | None = None,
               model: Path = RASA_MODEL, tracker_store: TrackerStore = "sql", name: str = "rasa") -> Service:
    """The real Rasa server with ``model`` on loopback; its tracker store (SQLite) and log in ``work_dir``.

    ``model`` and ``tracker_store="memory"`` let benchmarks compare a candidate model or Rasa's in-memory store.
    """
    if not model.exists():
        raise RuntimeError(f"{model} is missing: run scripts/setup.sh (it trains the bot)")
    port = port or free_port()
    endpoints = write_rasa_endpoints(work_dir / f"endpoints-{name}.yml",
                                     tracker_db=work_dir / "tracker.db" if tracker_store == "sql" else None)
    launch = rasa_launch(port=port, token=token, actions_url=actions_url, actions_token=actions_token, model=model,
                         endpoints=endpoints)
    return _start(name, launch, url=f"http://127.0.0.1:{port}", log=work_dir / f"{name}.log")


def start_actions(*, work_dir: Path, actions_token: str, env: Mapping[str, str], port: int | None = None,
                  preload_knowledge: bool = True) -> Service:
    """The action server (main environment), the knowledge search preloaded unless told otherwise."""
    port = port or free_port()
    launch = actions_launch(port=port, actions_token=actions_token, preload_knowledge=preload_knowledge,
                            extra_env=SINGLE_THREAD_ENV)
    return _start("actions", launch, url=f"http://127.0.0.1:{port}", log=work_dir / "actions.log", env=env)


def start_gateway(*, work_dir: Path, env: Mapping[str, str], port: int | None = None,
                  wait_s: float | None = SERVICE_START_TIMEOUT_S, name: str = "gateway") -> Service:
    """The gateway as a real process; waits for ``/api/health`` unless ``wait_s`` is None."""
    port = port or free_port()
    service = _start(name, gateway_launch(port=port), url=f"http://127.0.0.1:{port}", log=work_dir / f"{name}.log",
                     env=env)
    if wait_s is not None:
        try:
            wait_http(service.url + "/api/health", timeout_s=wait_s, process=service.process, log=service.log)
        except BaseException:
            service.stop()
            raise
    return service


def start_worker(*, work_dir: Path, env: Mapping[str, str], name: str = "watch-worker") -> Service:
    """The watch-over worker as a real process (it listens nowhere: ``url`` is empty)."""
    return _start(name, worker_launch(), url="", log=work_dir / f"{name}.log", env=env)


def gateway_env(work_dir: Path, *, rasa_urls: list[str], rasa_token: str, actions_url: str,
                actions_token: str) -> dict[str, str]:
    """The environment every process of a test stack shares (test mode, its own database and index)."""
    return {
        "APP_ENVIRONMENT": "test",
        "KNOWLEDGE_INDEX_DIR": str(work_dir / "index"),
        "STORAGE_DATABASE_URL": f"sqlite:///{work_dir / 'osaki.db'}",
        "RASA_URL": ",".join(rasa_urls),
        "RASA_TOKEN": rasa_token,
        "RASA_ACTIONS_URL": actions_url,
        "RASA_ACTIONS_TOKEN": actions_token,
        "REPORTS_INTERNAL_TOKEN": INTERNAL_TOKEN,
        "GATEWAY_PUBLIC_RATE_LIMIT": UNLIMITED_RATE,
        "CHAT_RATE_LIMIT": UNLIMITED_RATE,
    }


@dataclass
class Stack:
    """Rasa + action server + gateway, started together; ``gateway_url`` is the public base URL."""

    work_dir: Path
    env: dict[str, str]
    services: dict[str, Service] = field(default_factory=dict)
    rasa_model: Path = RASA_MODEL
    tracker_store: TrackerStore = "sql"

    @property
    def gateway_url(self) -> str:
        """Base URL of the gateway."""
        return self.services["gateway"].url

    @property
    def rasa_token(self) -> str:
        """The token of Rasa's HTTP API in this stack."""
        return self.env["RASA_TOKEN"]

    @property
    def actions_token(self) -> str:
        """The secret Rasa sends to the action server in this stack."""
        return self.env["RASA_ACTIONS_TOKEN"]

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
        new = start_rasa(work_dir=self.work_dir / "rasa", token=self.rasa_token,
                         actions_url=self.env["RASA_ACTIONS_URL"], actions_token=self.actions_token, port=old.port,
                         model=self.rasa_model, tracker_store=self.tracker_store)
        self.services["rasa"] = new
        wait_http(rasa_status_url(new, self.rasa_token), timeout_s=RASA_START_TIMEOUT_S, process=new.process,
                  log=new.log)


def start_stack(work_dir: Path, *, env: Mapping[str, str] | None = None, rasa_model: Path = RASA_MODEL,
                tracker_store: TrackerStore = "sql", rasa_instances: int = 1) -> Stack:
    """Start the gateway, the action server and Rasa with fresh tokens, and wait until all are ready.

    ``rasa_instances`` > 1 starts more Rasa servers on the same model and tracker store; the gateway spreads
    conversations over them (session affinity). ``env`` overrides any shared setting.
    """
    gateway_port, actions_port = free_port(), free_port()
    rasa_ports = [free_port() for _ in range(rasa_instances)]
    actions_url = f"http://127.0.0.1:{actions_port}/webhook"
    shared_env = {**gateway_env(work_dir, rasa_urls=[f"http://127.0.0.1:{p}" for p in rasa_ports],
                                rasa_token=new_token(), actions_url=actions_url, actions_token=new_token()),
                  "BOT_GATEWAY_INTERNAL_URL": f"http://127.0.0.1:{gateway_port}",
                  **(env or {})}
    stack = Stack(work_dir=work_dir, env=shared_env, rasa_model=rasa_model, tracker_store=tracker_store)
    try:
        # Rasa loads its model meanwhile (it calls the action server only when a chat arrives). The gateway
        # builds the index first; the action server then loads the same index.
        for index, port in enumerate(rasa_ports, start=1):
            name = "rasa" if index == 1 else f"rasa{index}"
            stack.services[name] = start_rasa(
                work_dir=work_dir / "rasa", token=stack.rasa_token, actions_url=actions_url,
                actions_token=stack.actions_token, port=port, model=rasa_model, tracker_store=tracker_store, name=name)
        stack.services["gateway"] = start_gateway(work_dir=work_dir, env=shared_env, port=gateway_port)
        actions = start_actions(work_dir=work_dir, actions_token=stack.actions_token, env=shared_env,
                                port=actions_port)
        stack.services["actions"] = actions
        # /ready: the knowledge search is loaded (else the first chat waits for the models and Rasa's call times out)
        wait_http(actions.url + "/ready", timeout_s=SERVICE_START_TIMEOUT_S, process=actions.process, log=actions.log)
        for name, service in stack.services.items():
            if name.startswith("rasa"):
                wait_http(rasa_status_url(service, stack.rasa_token), timeout_s=RASA_START_TIMEOUT_S,
                          process=service.process, log=service.log)
    except BaseException:
        stack.stop()
        raise
    return stack

