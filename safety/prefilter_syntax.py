"""Python ``re`` patterns spelled for hyperscan with the same meaning (:func:`hyperscan_source`), or refused.

The rule patterns are written for Python's ``re``; hyperscan reads PCRE syntax, where a few constructs mean
something else (``\\s`` lacks \\x1c-\\x1f, ``\\w`` and ``\\b`` use other Unicode tables, ``{,n}`` is literal,
``[[:alpha:]]`` is a POSIX class, inline flags fold case differently). Python's ``\\s`` is spelled out; a pattern
with any other such construct is refused, and :mod:`safety.prefilter` leaves its rule to ``re``.
"""

from __future__ import annotations

# Python's \s on str (the characters of str.isspace) as hyperscan class ranges: hyperscan's \s, even with UCP,
# leaves out \x1c-\x1f.
PYTHON_SPACE = (r"\x{9}-\x{d}\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}"
                r"\x{3000}")
# Escapes that mean the same character to both engines.
SAME_ESCAPES = frozenset("ntrfv\\.^$*+?()[]{}|-/")
# Groups that mean the same to both: non-capturing, lookahead and lookbehind (inline flags, named groups,
# conditionals and the like are left to re).
SAME_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")


def hyperscan_source(pattern: str) -> str | None:
    """``pattern`` (Python ``re`` syntax) as hyperscan reads it with the same meaning, or None when a construct
    differs between the two (``\\w``, ``\\b``, ``{,n}``, inline flags, POSIX classes ...): such a rule is always
    checked with ``re``. Python's ``\\s`` is spelled out (:data:`PYTHON_SPACE`)."""
    out: list[str] = []
    index = 0
    class_start = -1  # where the open character class's items start, -1 outside one
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index + 1: index + 2]
            if escaped == "s":
                out.append(PYTHON_SPACE if class_start >= 0 else f"[{PYTHON_SPACE}]")
            elif escaped in SAME_ESCAPES and escaped:
                out.append(char + escaped)
            else:
                return None
            index += 2
            continue
        if class_start >= 0:
            if char == "[" and pattern[index + 1: index + 2] in (":", ".", "="):
                return None  # a POSIX class to hyperscan, literal characters to re
            if char == "]" and index > class_start:
                class_start = -1
        elif char == "[":
            class_start = index + 1 + (pattern[index + 1: index + 2] == "^")
        elif char == "(" and pattern.startswith("(?", index) and not pattern.startswith(SAME_GROUPS, index):
            return None
        elif char == "{" and pattern.startswith("{,", index):
            return None  # {0,n} to re, literal to hyperscan
        out.append(char)
        index += 1
    return "".join(out)
