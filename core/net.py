"""The client's address behind reverse proxies, and the key rate limits count by."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

IPV6_CLIENT_PREFIX = 64  # one household/customer usually owns a whole /64


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip().strip('"')
    if value.startswith("[") and "]" in value:  # "[::1]:1234"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "1.2.3.4:5678"
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def is_trusted(address: str, trusted: Sequence[str]) -> bool:
    """True when ``address`` lies in one of the trusted proxy networks."""
    parsed = _parse(address)
    if parsed is None:
        return False
    return any(parsed in ipaddress.ip_network(net, strict=False) for net in trusted)


def client_address(*, peer: str | None, forwarded_for: str | None, trusted_proxies: Sequence[str]) -> str:
    """The address of the client as far as it can be believed.

    ``X-Forwarded-For`` is read only when the direct peer is a trusted proxy, and then from the right: the
    right-most hop that is not itself a trusted proxy is the client (anything left of it was written by the
    client and can be anything). Unparseable values never become keys.
    """
    address = peer or "unknown"
    if not forwarded_for or not is_trusted(address, trusted_proxies):
        return address
    for hop in reversed(forwarded_for.split(",")):
        parsed = _parse(hop)
        if parsed is None:
            return address  # a garbled chain: count it against the proxy hop we know
        if not is_trusted(str(parsed), trusted_proxies):
            return str(parsed)
        address = str(parsed)
    return address


def rate_limit_key(address: str) -> str:
    """The key a client is counted under: the IPv4 address, or the IPv6 /64 network."""
    parsed = _parse(address)
    if parsed is None:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_CLIENT_PREFIX}", strict=False))
    return str(parsed)
