"""Who is working on this laptop, for the records that say who did what (intake, seals,
amendments): the account last signed in to the team's server, else the computer's login name."""

from __future__ import annotations

from ..store.profile import Profile

ACCOUNT_KEY = "account"


def who(profile: Profile) -> str:
    account = profile.database.meta(ACCOUNT_KEY, "") or ""
    if account:
        return account
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return ""


def remember_account(profile: Profile, user: str) -> None:
    if user and not profile.read_only and user != profile.database.meta(ACCOUNT_KEY, ""):
        profile.database.set_meta(ACCOUNT_KEY, user)
