"""The bottom layer every package may use: the shared runtime configuration, the error contract,
common validated text types, client addresses behind proxies and rate limiting. Knows no feature."""
