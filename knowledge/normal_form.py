"""The text form every query and entry is searched in, and the vocabulary's patterns brought to that form.

A query is NFKC-normalized, lower-cased and its white space collapsed (:func:`normalize`) before the city's
rewrites run, so a rewrite pattern written with a character the normaliser never leaves in a text (an upper-case
or full-width letter, a full-width digit or question mark, a tab) can never match it: section 18's
「顔写真入りのICカード」 alternative was dead for that reason (docs/search-quality.md, section 24).
:func:`normalize_pattern` rewrites the literal characters of a regular expression the way :func:`normalize` rewrites
a text and leaves its syntax alone (``\\S`` stays ``\\S``, a full-width 「（」 becomes an escaped ``\\(``, not a
group); :func:`unreachable_pieces` names what it cannot bring to that form (an escape such as ``\\uFF21`` or ``\\t``,
a class range or member outside it), for the vocabulary lint.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

SPECIAL = frozenset(".^$*+?{}[]\\|()#")  # characters that mean syntax outside a class (and # in verbose mode)
CLASS_SPECIAL = frozenset("\\]^-[")  # characters that mean syntax inside a class
QUANTIFIER = re.compile(r"[*+?]|\{\d*(?:,\d*)?\}")
CODE_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]*\}|0[0-7]{0,2}|[0-7]{3})")
CONTROL_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
BACKREFERENCE = re.compile(r"\\[1-9][0-9]?")
GROUP_KIND = re.compile(r"[aiLmsux-]*[:)]|<[=!]|[:=!>]")  # after "(?": flags, a look-around, (?: or (?>
WHITE_SPACE = re.compile(r"\s+")
PATTERN_FORM = "|patterns in the query's form (section 24)"  # in the index fingerprint: an index built before rebuilds


def normalize(text: str) -> str:
    """NFKC-normalize, lower-case and collapse white space."""
    return normal_form(text).strip()


def normal_form(text: str) -> str:
    """What :func:`normalize` makes of ``text`` inside a longer text (white space collapsed, not stripped)."""
    return WHITE_SPACE.sub(" ", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class Token:
    """A piece of a pattern: a literal character (``char`` set) or syntax kept as written."""

    source: str
    char: str | None = None


def _escape_code(pattern: str, start: int) -> str | None:
    """The character an escape by code (``\\uFF21``, ``\\x41``, ``\\t``, ``\\N{...}``) at ``start`` stands for."""
    match = CODE_ESCAPE.match(pattern, start)
    if match is not None:
        text = match.group()
        if text[1] in "uUx":
            return chr(int(text[2:], 16))
        if text[1] == "N":
            try:
                return unicodedata.lookup(text[3:-1])
            except KeyError:
                return None
        return chr(int(text[1:], 8))
    return CONTROL_ESCAPES.get(pattern[start + 1 : start + 2])


def _syntax(escaped: str) -> bool:
    """Whether a backslash before this character makes syntax (\\d, \\S, \\1, \\u...), not a literal."""
    return escaped.isascii() and escaped.isalnum()


def _escape_length(pattern: str, start: int) -> int:
    for regex in (CODE_ESCAPE, BACKREFERENCE):
        match = regex.match(pattern, start)
        if match is not None:
            return len(match.group())
    return 2


def _group_header(pattern: str, start: int) -> int:
    """End of the ``(?...`` header at ``start``: named groups, look-arounds, flags, comments, conditions."""
    rest = pattern[start + 2 :]
    if rest.startswith(("P<", "<")) and not rest.startswith(("<=", "<!")):
        return pattern.index(">", start) + 1
    if rest.startswith(("P=", "#", "(")):
        return pattern.index(")", start + 2) + 1
    flags = GROUP_KIND.match(rest)
    return start + 2 + (len(flags.group()) if flags else 0)


def tokens(pattern: str) -> Iterator[Token]:
    """The pattern outside classes as literal characters and syntax; a whole class is one syntax token."""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            size = _escape_length(pattern, i)
            escaped = pattern[i + 1 : i + 2]
            literal = escaped if size == 2 and escaped and not _syntax(escaped) else None
            yield Token(pattern[i : i + size], literal)
            i += size
        elif ch == "[":
            end = _class_end(pattern, i)
            yield Token(pattern[i:end])
            i = end
        elif pattern.startswith("(?", i):
            end = _group_header(pattern, i)
            yield Token(pattern[i:end])
            i = end
        elif ch in SPECIAL:
            quantifier = QUANTIFIER.match(pattern, i)
            size = len(quantifier.group()) if quantifier else 1
            yield Token(pattern[i : i + size])
            i += size
        else:
            yield Token(ch, ch)
            i += 1


def _class_end(pattern: str, start: int) -> int:
    i = start + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += _escape_length(pattern, i) if pattern[i] == "\\" else 1
    return i + 1


def _member_char(source: str) -> str | None:
    """The character a class member or range end stands for (a letter, an escaped sign, an escape by code)."""
    if len(source) == 1:
        return source
    if len(source) == 2 and not _syntax(source[1]):
        return source[1]
    return _escape_code(source, 0)


def _class_members(body: str) -> Iterator[tuple[str, list[str]]]:
    """A class body's members: (source, the characters it names: one, a range's two ends, or none for \\d)."""
    i = 0
    while i < len(body):
        size = _escape_length(body, i) if body[i] == "\\" else 1
        source = body[i : i + size]
        i += size
        char = _member_char(source)
        if char is not None and body[i : i + 1] == "-" and i + 1 < len(body):
            end_size = _escape_length(body, i + 1) if body[i + 1] == "\\" else 1
            end = body[i + 1 : i + 1 + end_size]
            yield source + "-" + end, [c for c in (char, _member_char(end)) if c is not None]
            i += 1 + end_size
        else:
            yield source, [char] if char is not None else []


def _normalize_class(source: str) -> str:
    """A class with its single literal members in normal form (ranges and escapes by code kept as written)."""
    head = "[^" if source.startswith("[^") else "["
    parts = []
    for member, chars in _class_members(source[len(head) : -1]):
        literal = len(chars) == 1 and len(member) <= 2 and (len(member) == 1 or not _syntax(member[1]))
        form = normal_form(chars[0]) if literal else None
        if form is None or form == chars[0] or len(form) != 1:
            parts.append(member)
        else:
            parts.append("\\" + form if form in CLASS_SPECIAL else form)
    return head + "".join(parts) + "]"


def _escaped(text: str) -> str:
    return "".join("\\" + ch if ch in SPECIAL else ch for ch in text)


def normalize_pattern(pattern: str) -> str:
    """``pattern`` with its literal characters in :func:`normalize`'s form, its syntax unchanged. A run of literal
    characters is normalized together (half-width ｶﾞ becomes ガ); the character a quantifier applies to on its own
    (grouped when its form is longer: ㍻? becomes (?:平成)?)."""
    pieces = list(tokens(pattern))
    out: list[str] = []
    run: list[Token] = []

    def flush(quantified: bool) -> None:
        units = [run[:-1], run[-1:]] if quantified and run else [run]
        for unit in units:
            text = "".join(t.char or "" for t in unit)
            form = normal_form(text)
            if form == text:
                out.append("".join(t.source for t in unit))
            elif unit is units[-1] and quantified and len(form) > 1:
                out.append("(?:" + _escaped(form) + ")")
            else:
                out.append(_escaped(form))
        run.clear()

    for piece in pieces:
        if piece.char is not None:
            run.append(piece)
            continue
        flush(QUANTIFIER.fullmatch(piece.source) is not None)
        out.append(_normalize_class(piece.source) if piece.source.startswith("[") else piece.source)
    flush(False)
    return "".join(out)


def unreachable_pieces(pattern: str) -> list[str]:
    """The pieces of ``pattern`` that stand for a character :func:`normalize` never leaves in a text and that
    :func:`normalize_pattern` keeps as written: escapes by code (``\\uFF21``, ``\\t``), class ranges with such an
    end, class members whose form is several characters. Literal characters are not listed (they are normalized)."""
    found = []
    for piece in tokens(pattern):
        if piece.source.startswith("\\") and piece.char is None:
            code = _escape_code(piece.source, 0)
            if code is not None and normal_form(code) != code:
                found.append(piece.source)
        elif piece.source.startswith("["):
            head = 2 if piece.source.startswith("[^") else 1
            for member, chars in _class_members(piece.source[head:-1]):
                if any(normal_form(c) != c for c in chars) and normalize_pattern(f"[{member}]") == f"[{member}]":
                    found.append(member)
    return found
