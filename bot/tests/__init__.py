"""Conversation tests (rasa test stories, *.yml) and Python unit tests (unit/)."""
