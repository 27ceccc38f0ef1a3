"""Unit tests of the bot's pure functions (run with the main environment's pytest)."""
