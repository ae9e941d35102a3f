"""`inspector verify REPORT.pdf [--photos FILES…]`: is this report authentic and still true?

Also the key options of `report` and `summary` (`--sign KEY.p12`), whose password is asked each
time (or read from INSPECTOR_KEY_PASSWORD for scripts) and never stored.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.signing import SigningKey
    from ..store.profile import Profile

KEY_PASSWORD_VARIABLE = "INSPECTOR_KEY_PASSWORD"
EXIT = {"authentic": 0, "changed": 1, "signature_invalid": 2, "unknown": 3}


def cmd_verify(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.verify import verify_report

    verdict = verify_report(profile, Path(args.report), photos=[Path(p) for p in args.photos],
                            trust_roots=[Path(p) for p in args.trust])
    for line in verdict.lines(args.lang):
        print(line)
    return EXIT[verdict.outcome]


def signing_key(args: argparse.Namespace) -> SigningKey | None:
    """The key `--sign` names, with its password asked now; None without `--sign`."""
    if not getattr(args, "sign", None):
        return None
    from ..services.signing import SigningKey

    password = os.environ.get(KEY_PASSWORD_VARIABLE)
    if password is None:
        import getpass

        password = getpass.getpass(f"{Path(args.sign).name}: ", stream=sys.stderr)
    return SigningKey(Path(args.sign), password, timestamp_url=args.timestamp_url or "")


def add_signing_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sign", metavar="KEY.p12",
                   help="sign the PDF (PAdES) with this PKCS#12 key (an ЭЦП from НУЦ РК); the "
                   f"password is asked for, or read from {KEY_PASSWORD_VARIABLE}")
    p.add_argument("--timestamp-url", metavar="URL",
                   help="an RFC 3161 timestamp server to stamp the signature's time")


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check a visit report: authentic and unchanged, changed "
                       "since, signature invalid, or unknown (exit status 0, 1, 2, 3)")
    p.add_argument("report", help="the report's PDF")
    p.add_argument("--photos", nargs="*", default=[], metavar="FILE",
                   help="photo files to check against the report's sealed originals")
    p.add_argument("--trust", action="append", default=[], metavar="ROOT.pem",
                   help="a root certificate the signer's certificate must chain to")
    p.set_defaults(run=cmd_verify)
