"""District authorization (pure)."""

from __future__ import annotations

from staff.authz import can_see_district, district_filter, is_admin, visible_districts

ALL = ["古川", "松山", "鳴子温泉"]


def test_admin_sees_every_district() -> None:
    assert is_admin("admin") and not is_admin("staff")
    assert can_see_district(role="admin", districts=(), district="松山")
    assert district_filter(role="admin", districts=("古川",)) is None
    assert visible_districts(role="admin", districts=(), all_districts=ALL) == ALL


def test_staff_see_only_their_districts() -> None:
    assert can_see_district(role="staff", districts=("古川",), district="古川")
    assert not can_see_district(role="staff", districts=("古川",), district="松山")
    assert not can_see_district(role="staff", districts=(), district="古川")
    assert district_filter(role="staff", districts=("古川", "松山")) == ["古川", "松山"]


def test_visible_districts_keep_the_city_order_then_extras() -> None:
    assert visible_districts(role="staff", districts=("鳴子温泉", "新地区", "古川"), all_districts=ALL) == [
        "古川", "鳴子温泉", "新地区",
    ]


def test_unknown_roles_get_no_extra_rights() -> None:
    assert not can_see_district(role="guest", districts=(), district="古川")
    assert district_filter(role="guest", districts=()) == []
