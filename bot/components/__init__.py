"""Custom Rasa graph components (loaded by Rasa from the bot/ folder as ``components.*``)."""
