"""Signing a report (PAdES, pyHanko) with a person's PKCS#12 key, and checking signatures.

Kazakhstan's national certification centre (НУЦ РК) issues a person's ЭЦП as an RSA key in a
PKCS#12 file (.p12) protected by a password. The password is asked for each signing and never
stored; a wrong one gets a plain sentence, not a traceback. With a timestamp server configured,
the signature carries an RFC 3161 timestamp, so its time does not rest on the laptop's clock.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import InspectorError
from ..domain.text import N_
from ..report.files import written_whole

SIGNATURE_FIELD = "InspectorSignature"


class KeyPasswordWrong(InspectorError):
    texts = N_("Wrong password for the signing key (or {file} is not a PKCS#12 key). The report "
               "was not signed")


class KeyFileUnreadable(InspectorError):
    texts = N_("The signing key file {file} cannot be opened: {reason}")


class SigningFailed(InspectorError):
    texts = N_("The report was not signed: {reason}")


@dataclass(frozen=True)
class SigningKey:
    """What signing a report needs; the password lives only as long as this object."""

    key_file: Path
    password: str = field(repr=False)
    timestamp_url: str = ""
    timestamper: Any = None  # a pyHanko TimeStamper, for tests


def sign_with(pdf: Path, key: SigningKey | None) -> Path:
    if key is not None:
        sign_pdf(pdf, key.key_file, key.password, timestamp_url=key.timestamp_url,
                 timestamper=key.timestamper)
    return pdf


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF as verify reports it."""

    signer: str  # the certificate's subject, as a person reads it
    intact: bool  # the signed bytes are unchanged and the signature matches them
    covers_whole_file: bool  # nothing was added or changed after signing
    trusted: bool  # the certificate chains to a root given to verify
    signed_at: str = ""  # the timestamp's time if there is one, else the signer's claim
    timestamped: bool = False

    @property
    def valid(self) -> bool:
        return self.intact and self.covers_whole_file


def load_signer(key_file: Path, password: str) -> Any:
    """The pyHanko signer of a PKCS#12 file; KeyPasswordWrong or KeyFileUnreadable."""
    from pyhanko.sign import signers

    key_file = Path(key_file)
    try:
        data = key_file.read_bytes()
    except OSError as exc:
        raise KeyFileUnreadable(file=key_file.name, reason=exc.strerror or str(exc)) from exc
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, other_certs=(),
                                                     passphrase=password.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        # cryptography answers a wrong password and a file that is no PKCS#12 alike.
        raise KeyPasswordWrong(file=key_file.name) from exc


def sign_pdf(pdf: Path, key_file: Path, password: str, *, timestamp_url: str = "",
             timestamper: Any = None, reason: str = "") -> Path:
    """Sign `pdf` in place (an incremental update, so what was signed stays byte for byte).

    `timestamper` (a pyHanko TimeStamper) is for tests; otherwise `timestamp_url` names an
    RFC 3161 server. Raises KeyPasswordWrong, KeyFileUnreadable or SigningFailed; on any of
    them `pdf` is left as it was.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = load_signer(key_file, password)
    if timestamper is None and timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=20)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256", reason=reason or None,
        use_pades_lta=False)
    pdf = Path(pdf)
    out = io.BytesIO()
    try:
        with pdf.open("rb") as fh:
            writer = IncrementalPdfFileWriter(fh, strict=False)
            signers.PdfSigner(meta, signer=signer, timestamper=timestamper).sign_pdf(
                writer, output=out)
    except InspectorError:
        raise
    except Exception as exc:  # a timestamp server that does not answer, a damaged PDF
        raise SigningFailed(reason=str(exc) or type(exc).__name__) from exc
    with written_whole(pdf) as tmp:
        tmp.write_bytes(out.getvalue())
    return pdf


def check_signatures(pdf: Path, trust_roots: list[Path] | None = None) -> list[SignatureCheck]:
    """Every signature of `pdf`, checked; [] for an unsigned file. A file so damaged that its
    signatures cannot even be read yields one signature that is not intact."""
    import logging

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs every path it cannot build with a traceback; the verdict says it in words.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    roots = [_load_cert(p) for p in trust_roots or ()]
    found: list[SignatureCheck] = []
    data = Path(pdf).read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # noqa: BLE001 - a broken structure is itself the verdict
        return [SignatureCheck("", intact=False, covers_whole_file=False, trusted=False)] \
            if b"/ByteRange" in data else []
    for sig in signatures:
        # Only the roots given are trusted, never the operating system's list.
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
        except Exception:  # noqa: BLE001 - a signature that cannot be validated is not valid
            found.append(SignatureCheck(_subject(sig), False, False, False))
            continue
        stamp = status.timestamp_validity
        when = stamp.timestamp if stamp is not None else status.signer_reported_dt
        found.append(SignatureCheck(
            signer=_subject(sig), intact=bool(status.intact and status.valid),
            covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
            trusted=bool(status.trusted) and bool(roots),
            signed_at=when.isoformat(timespec="seconds") if when else "",
            timestamped=stamp is not None))
    return found


def _subject(sig: Any) -> str:
    try:
        subject = sig.signer_cert.subject
        return subject.native.get("common_name") or subject.human_friendly
    except Exception:  # noqa: BLE001
        return ""


def _load_cert(path: Path) -> Any:
    from asn1crypto import pem, x509

    data = Path(path).read_bytes()
    if pem.detect(data):
        data = pem.unarmor(data)[2]
    return x509.Certificate.load(data)
