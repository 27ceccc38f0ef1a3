"""``python -m devstack COMMAND``: start the assistant's processes with the one launch line of each.

    python -m devstack run                 # everything (scripts/run.sh): action server, Rasa, worker, speaker
                                           # controller, gateway
    python -m devstack rasa [RASA ARGS]    # the Rasa server in the foreground (bot/run.sh)
    python -m devstack actions [--no-preload]   # the action server in the foreground (bot/actions.sh)
    python -m devstack stack WORK_DIR      # a test stack (random tokens, temp database) until Ctrl-C
    python -m devstack wait URL [--timeout S]   # exit 0 once URL answers 200 (shell scripts)
    python -m devstack free-port           # print a free loopback port

Ports and tokens come from ``core.rasa.RasaSettings`` (``RASA_URL``, ``RASA_ACTIONS_URL``, ``RASA_TOKEN``,
``RASA_ACTIONS_TOKEN``; environment or ``.env``); ``--port`` overrides the port.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from pydantic import ValidationError

from core.rasa import RasaSettings
from devstack.commands import (
    PROJECT_ROOT,
    Launch,
    actions_launch,
    controller_launch,
    gateway_launch,
    rasa_launch,
    worker_launch,
)
from devstack.processes import Service, StartupError, free_port, port_of, spawn, supervise, wait_http

RUN_LOG_DIR = PROJECT_ROOT / "var" / "log"
EXIT_USAGE = 2


def _exec(launch: Launch) -> None:
    """Replace this process by ``launch`` (signals and exit code go straight to it)."""
    os.chdir(launch.cwd)
    os.execve(launch.argv[0], launch.argv, {**os.environ, **launch.env})


def _launches(*, rasa_args: list[str] | None = None, rasa_port: int | None = None, actions_port: int | None = None,
              preload_knowledge: bool = True) -> tuple[list[tuple[int, Launch]], tuple[int, Launch]]:
    """The Rasa launches (one per RASA_URL entry) and the action server launch, from RasaSettings."""
    settings = RasaSettings()
    ports = [rasa_port] if rasa_port else [port_of(url) for url in settings.urls]
    rasa = [(port, rasa_launch(port=port, token=settings.token, actions_url=settings.actions_url,
                               actions_token=settings.actions_token, extra_args=rasa_args or []))
            for port in ports]
    a_port = actions_port or port_of(settings.actions_url)
    actions = (a_port, actions_launch(port=a_port, actions_token=settings.actions_token,
                                      preload_knowledge=preload_knowledge))
    return rasa, actions


def run_all(log_dir: Path = RUN_LOG_DIR) -> int:
    """Start the action server, Rasa, the worker, the speaker controller and the gateway; stop all when one stops
    or on a signal."""
    from gateway.settings import GatewaySettings

    rasa, (actions_port, actions) = _launches()
    gateway_settings = GatewaySettings()
    gateway_host, gateway_port = gateway_settings.host, gateway_settings.port
    (PROJECT_ROOT / "bot" / "var").mkdir(parents=True, exist_ok=True)  # Rasa's SQLite tracker store
    services: list[Service] = []

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        print(f"==> action server on 127.0.0.1:{actions_port} (log: {log_dir}/actions.log)", flush=True)
        services.append(spawn("actions", actions.argv, cwd=actions.cwd, env=actions.env,
                              url=f"http://127.0.0.1:{actions_port}", log=log_dir / "actions.log"))
        for index, (port, launch) in enumerate(rasa, start=1):
            name = "rasa" if index == 1 else f"rasa{index}"
            print(f"==> Rasa on 127.0.0.1:{port} (log: {log_dir}/{name}.log)", flush=True)
            services.append(spawn(name, launch.argv, cwd=launch.cwd, env=launch.env, url=f"http://127.0.0.1:{port}",
                                  log=log_dir / f"{name}.log"))
        worker = worker_launch()
        print(f"==> watch-over worker (log: {log_dir}/watch-worker.log)", flush=True)
        services.append(spawn("watch-worker", worker.argv, cwd=worker.cwd, env=worker.env, url="",
                              log=log_dir / "watch-worker.log"))
        controller = controller_launch(gateway_url=f"http://127.0.0.1:{gateway_port}")
        print(f"==> smart-speaker controller (log: {log_dir}/satellites.log)", flush=True)
        services.append(spawn("satellites", controller.argv, cwd=controller.cwd, env=controller.env, url="",
                              log=log_dir / "satellites.log"))
        gateway = gateway_launch(port=gateway_port, host=gateway_host)
        print(f"==> the assistant: http://{gateway_host}:{gateway_port}/", flush=True)
        services.append(spawn("gateway", gateway.argv, cwd=gateway.cwd, env=gateway.env,
                              url=f"http://{gateway_host}:{gateway_port}", log=None))
        stopped = supervise(services)
        print(f"devstack: {stopped.name} stopped; stopping the others (logs in {log_dir})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for service in reversed(services):
            service.stop()


def run_stack(work_dir: Path) -> int:
    """A test stack until Ctrl-C or SIGTERM (manual use)."""
    from devstack.stack import start_stack

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the children on kill, not only on Ctrl-C
    stack = start_stack(work_dir)
    print("gateway:", stack.gateway_url, flush=True)
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m devstack", description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="the whole assistant (scripts/run.sh)")
    rasa = commands.add_parser("rasa", help="the Rasa server (extra arguments go to `rasa run`)")
    rasa.add_argument("--port", type=int, help="default: the port of RASA_URL")
    actions = commands.add_parser("actions", help="the action server")
    actions.add_argument("--port", type=int, help="default: the port of RASA_ACTIONS_URL")
    actions.add_argument("--no-preload", action="store_true", help="load the knowledge search on first use")
    stack = commands.add_parser("stack", help="a test stack in WORK_DIR until Ctrl-C")
    stack.add_argument("work_dir", type=Path)
    wait = commands.add_parser("wait", help="wait until URL answers 200")
    wait.add_argument("url")
    wait.add_argument("--timeout", type=float, default=60.0, help="seconds (default 60)")
    commands.add_parser("free-port", help="print a free loopback port")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one devstack command; returns the exit code (``rasa`` and ``actions`` do not return)."""
    args, rest = _parser().parse_known_args(argv)
    if rest and args.command != "rasa":
        print(f"devstack: unknown arguments {' '.join(rest)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "rasa":
            rasa, _ = _launches(rasa_args=rest, rasa_port=args.port)
            _exec(rasa[0][1])
        elif args.command == "actions":
            _, (_, actions) = _launches(actions_port=args.port, preload_knowledge=not args.no_preload)
            _exec(actions)
        elif args.command == "run":
            return run_all()
        elif args.command == "stack":
            return run_stack(args.work_dir)
        elif args.command == "wait":
            wait_http(args.url, timeout_s=args.timeout)
        elif args.command == "free-port":
            print(free_port())
    except ValidationError as err:
        print(f"devstack: invalid settings:\n{err}", file=sys.stderr)
        return EXIT_USAGE
    except (StartupError, ValueError) as err:
        print(f"devstack: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
