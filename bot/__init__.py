"""Rasa assistant of the Osaki City project: NLU/dialogue data, custom components and actions."""
