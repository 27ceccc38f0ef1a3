"""The public edge: FastAPI app serving the search API, the web pages and (later) chat and watch APIs."""
