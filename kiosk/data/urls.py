"""Database URLs in messages: shown without their password, whatever their shape.

Staff type URLs by hand: the scheme forgotten (``kiosk:secret@server/kiosk``), an ``@`` or a ``/``
not percent-encoded in the password, a password in the query (``?password=secret``), or garbage. A
URL parser would misread these and show part of the password; these functions need no parser (nor
SQLAlchemy): whatever sits between the user name's ``:`` and the last ``@`` is the password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

MASK = "***"
_QUERY_SECRET = re.compile(r"(?i)\b((?:ssl)?pass(?:word)?|passwd|pwd)=([^&#\s]*)")


@dataclass(frozen=True)
class UrlParts:
    """A URL cut where its password would be: ``head`` (scheme and user), the password, ``tail``."""

    head: str
    password: str | None
    tail: str
    """The host, port, database and query (all that follows the last ``@``, or the whole URL)."""


def split_url(url: str) -> UrlParts:
    scheme, separator, rest = url.partition("://")
    if not separator:
        scheme, rest = "", url
    prefix = f"{scheme}://" if separator else ""
    at = rest.rfind("@")
    if at < 0:
        return UrlParts(prefix, None, rest)
    user, colon, password = rest[:at].partition(":")
    if not colon:
        return UrlParts(f"{prefix}{user}@", None, rest[at + 1 :])
    return UrlParts(f"{prefix}{user}:", password, rest[at + 1 :])


def url_secrets(url: str) -> list[str]:
    """The passwords ``url`` holds (in the user part or the query), as typed and decoded."""
    parts = split_url(url)
    found = [parts.password] if parts.password else []
    found += [value for _name, value in _QUERY_SECRET.findall(url) if value]
    variants = {form for secret in found for form in (secret, unquote(secret), quote(secret, safe=""))}
    return sorted((secret for secret in variants if secret), key=len, reverse=True)


def display_url(url: str) -> str:
    """``url`` without its password, for messages, status lines, the staff menu and the log."""
    parts = split_url(url)
    shown = parts.head + (f"{MASK}@" if parts.password is not None else "") + parts.tail
    return _QUERY_SECRET.sub(lambda match: f"{match.group(1)}={MASK}", shown)


def hide_secrets(text: str, url: str) -> str:
    """``text`` (an error message, a log line) with ``url`` and every form of its password masked.

    A password of one or two characters is masked in the URL only: replacing it everywhere would
    garble the message, and it hides nothing.
    """
    text = text.replace(url, display_url(url))
    for secret in url_secrets(url):
        if len(secret) >= 3:
            text = text.replace(secret, MASK)
    return text


def password_problem(url: str) -> str:
    """Why the password part of ``url`` cannot be what staff meant ("" when it can)."""
    parts = split_url(url)
    if parts.password is not None and "@" in parts.password:
        return "its password holds an '@': write it %40 in a URL"
    return ""
