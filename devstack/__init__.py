"""Development launch and test support: the one place that knows how to start every process of the assistant.

Used by the test suite, the benchmarks and the run scripts (``python -m devstack ...``), never by runtime
packages. Modules:

- :mod:`devstack.commands`: the command line and environment of Rasa, the action server, the gateway and the
  watch-over worker (one definition of each launch line).
- :mod:`devstack.processes`: free ports, waiting for a server, started processes and their logs.
- :mod:`devstack.stack`: Rasa + action server + gateway started together for integration tests and benches.
- :mod:`devstack.postgres`: a throw-away PostgreSQL server (Debian's binaries).
- :mod:`devstack.receivers`: an SMTP sink (aiosmtpd), a webhook receiver and a TCP proxy that can be cut.
"""
