"""Staff dashboard of the watch-over service: login, today's board, alerts, residents, safety checks, audit log."""
