"""Client addresses behind proxies and rate-limit keys (finding 3 of the security review)."""

from __future__ import annotations

from core.net import client_address, rate_limit_key

PROXY = ["127.0.0.1", "10.0.0.0/8"]


def test_forwarded_for_is_ignored_from_an_untrusted_peer() -> None:
    assert client_address(peer="203.0.113.9", forwarded_for="127.0.0.1", trusted_proxies=PROXY) == "203.0.113.9"


def test_forwarded_for_is_ignored_when_no_proxy_is_trusted() -> None:
    assert client_address(peer="127.0.0.1", forwarded_for="localhost", trusted_proxies=[]) == "127.0.0.1"


def test_the_right_most_untrusted_hop_is_the_client() -> None:
    # The client wrote "1.1.1.1" itself; the proxy appended the real peer 198.51.100.7.
    chain = "1.1.1.1, 198.51.100.7"
    assert client_address(peer="127.0.0.1", forwarded_for=chain, trusted_proxies=PROXY) == "198.51.100.7"


def test_rotating_the_left_part_of_the_chain_does_not_change_the_key() -> None:
    keys = {
        client_address(peer="127.0.0.1", forwarded_for=f"192.0.2.{i}, 198.51.100.7", trusted_proxies=PROXY)
        for i in range(20)
    }
    assert keys == {"198.51.100.7"}


def test_chains_of_trusted_proxies_are_walked() -> None:
    chain = "198.51.100.7, 10.1.2.3"
    assert client_address(peer="127.0.0.1", forwarded_for=chain, trusted_proxies=PROXY) == "198.51.100.7"


def test_garbage_in_the_chain_never_becomes_a_key() -> None:
    assert client_address(peer="127.0.0.1", forwarded_for="testclient", trusted_proxies=PROXY) == "127.0.0.1"


def test_ipv6_clients_are_keyed_by_their_64_network() -> None:
    assert rate_limit_key("2001:db8:1:2::1") == rate_limit_key("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert rate_limit_key("2001:db8:1:3::1") != rate_limit_key("2001:db8:1:2::1")


def test_ipv4_mapped_ipv6_is_keyed_as_ipv4() -> None:
    assert rate_limit_key("::ffff:192.0.2.1") == "192.0.2.1"
