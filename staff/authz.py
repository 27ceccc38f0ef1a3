"""Who may see what: roles and districts (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from staff.models import ROLE_ADMIN


def is_admin(role: str) -> bool:
    """True for the admin role."""
    return role == ROLE_ADMIN


def can_see_district(*, role: str, districts: Sequence[str], district: str) -> bool:
    """Admins see every district; staff only the districts assigned to them."""
    return is_admin(role) or district in districts


def visible_districts(*, role: str, districts: Sequence[str], all_districts: Iterable[str]) -> list[str]:
    """The districts one staff member sees, in the order of ``all_districts``, then their own extras."""
    known = list(dict.fromkeys(all_districts))
    if is_admin(role):
        return known
    mine = [d for d in known if d in districts]
    return mine + [d for d in districts if d not in known]


def district_filter(*, role: str, districts: Sequence[str]) -> list[str] | None:
    """The district list a query must be limited to, or None for no limit (admins)."""
    return None if is_admin(role) else list(districts)
