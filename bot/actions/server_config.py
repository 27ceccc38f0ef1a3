"""The action server's settings, read once per process, and the city's general contact they name (the fallback of
every answer and of a report that could not be filed)."""

from __future__ import annotations

import functools

from bot.actions.messages import Contact
from bot.actions.settings import ActionServerConfig, load_config


@functools.cache
def server_config() -> ActionServerConfig:
    """The validated settings, read once per process (bot.actions.server checks them before it listens)."""
    return load_config()


def general_contact(config: ActionServerConfig) -> Contact:
    """The city's general contact (name and phone) from the settings."""
    return Contact(config.runtime.city_contact_name, config.runtime.city_contact_phone)
