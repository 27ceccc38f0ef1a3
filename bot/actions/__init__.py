"""Custom actions of the Osaki City assistant (run with rasa-sdk in the main environment)."""
