"""The action server, authenticated: rasa-sdk's app that refuses every call without Rasa's shared secret.

    .venv/bin/python -m bot.actions.server --host 127.0.0.1 --port 5055

Rasa sends the secret as the ``token`` query parameter (rasa.utils.endpoints.EndpointConfig adds
``?token=`` to every call when bot/endpoints.yml has ``action_endpoint: {url: ..., token: ...}``). The value is
RASA_ACTIONS_TOKEN (core.rasa.RasaSettings). Only ``/health`` answers without it. Keep the server on loopback:
its Sanic stack has known advisories.
"""

from __future__ import annotations

import argparse
import hmac
import logging
import sys
import threading
from collections.abc import Callable, Sequence

from rasa_sdk.endpoint import create_app
from rasa_sdk.executor import ActionExecutor
from sanic import Request, Sanic
from sanic.response import HTTPResponse, json

from bot.actions.actions import KNOWLEDGE
from bot.actions.errors import BotSettingsError
from bot.actions.settings import EXIT_INVALID_SETTINGS, load_config

log = logging.getLogger(__name__)
ACTIONS_MODULES = ("bot.actions.actions", "bot.actions.report_actions")
TOKEN_PARAMETER = "token"
OPEN_PATHS = frozenset({"/health", "/ready"})
DEFAULT_HOST = "127.0.0.1"


def build_app(*, token: str, executor: ActionExecutor | None = None,
              ready: Callable[[], bool] = KNOWLEDGE.loaded) -> Sanic:  # type: ignore[type-arg]
    """rasa-sdk's Sanic app with the custom actions registered and every path but /health and /ready behind
    ``token``. ``/ready`` answers 200 once ``ready()`` holds (the knowledge search is loaded: the first chat
    would otherwise wait for the models and Rasa's call could time out), 503 before."""
    if not token:
        raise BotSettingsError(detail="RASA_ACTIONS_TOKEN is empty: the action server would accept anyone")
    if executor is None:
        executor = ActionExecutor()
        for module in ACTIONS_MODULES:
            executor.register_package(module)
    app: Sanic = create_app(executor, cors_origins="")  # type: ignore[type-arg]
    expected = token.encode("utf-8")

    @app.get("/ready")
    async def readiness(_request: Request) -> HTTPResponse:
        return json({"status": "ready"}) if ready() else json({"status": "loading"}, status=503)

    @app.on_request
    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        given = str(request.args.get(TOKEN_PARAMETER, "")).encode("utf-8")
        if not hmac.compare_digest(given, expected):
            log.warning("refused %s %s: missing or wrong token", request.method, request.path)
            return json({"error": "missing or wrong token"}, status=401)
        return None

    return app


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot.actions.server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to listen on (keep it on loopback)")
    parser.add_argument("--port", type=int, default=None, help="port (default: the port of RASA_ACTIONS_URL)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Check the settings, preload the knowledge search in the background, then serve (one process)."""
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = load_config()
        app = build_app(token=config.rasa.actions_token,
                        ready=KNOWLEDGE.loaded if config.bot.preload_knowledge else lambda: True)
    except BotSettingsError as err:
        print(err.detail, file=sys.stderr)
        return EXIT_INVALID_SETTINGS
    if config.bot.preload_knowledge:
        threading.Thread(target=KNOWLEDGE.preload, name="knowledge-preload", daemon=True).start()
    port = args.port or config.actions_port
    log.info("action server on http://%s:%d (token required)", args.host, port)
    app.run(host=args.host, port=port, single_process=True, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
