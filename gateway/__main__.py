"""``python -m gateway`` runs the web server."""

from gateway.main import main

main()
