"""Benchmarks (run as scripts: ``.venv/bin/python bench/bench_chat.py``); a package so the layer contracts see it."""
