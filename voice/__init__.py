"""Speech in and out: Open JTalk behind pyttsx3 for Japanese speech, Vosk and faster-whisper for recognition,
the vosk-server WebSocket protocol and the voice conversation session."""
