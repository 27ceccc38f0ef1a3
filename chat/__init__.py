"""The citizen web chat: sessions, the Rasa client with its breaker, the degraded search answer, the typed
bot payloads, the page and its routes. Light at import: clients start in ``chat.routes.lifespan``."""
