"""A certification authority made for one test: a root, a person's RSA key as a PKCS#12 file
(the form НУЦ РК issues) and a timestamping authority for pyHanko's dummy timestamper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass
class ThrowawayCA:
    root_pem: Path
    key_p12: Path
    password: str
    tsa_cert: Any  # asn1crypto
    tsa_key: Any

    def timestamper(self) -> Any:
        from pyhanko.sign.timestamps import DummyTimeStamper

        return DummyTimeStamper(tsa_cert=self.tsa_cert, tsa_key=self.tsa_key)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _cert(subject: str, key: Any, issuer: str, issuer_key: Any, *, ca: bool,
          usage: list | None = None) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
    if usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(usage), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def make_ca(folder: Path, person: str = "ИМАШЕВА САУЛЕ", password: str = "тест-1234") -> ThrowawayCA:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _cert("Test НУЦ РК root", root_key, "Test НУЦ РК root", root_key, ca=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = _cert(person, key, "Test НУЦ РК root", root_key, ca=False)
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = _cert("Test TSA", tsa_key, "Test НУЦ РК root", root_key, ca=False,
                usage=[ExtendedKeyUsageOID.TIME_STAMPING])
    folder.mkdir(parents=True, exist_ok=True)
    root_pem = folder / "root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    p12 = folder / "person.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"person", key, cert, [root],
        serialization.BestAvailableEncryption(password.encode("utf-8"))))
    return ThrowawayCA(
        root_pem, p12, password,
        asn1_x509.Certificate.load(tsa.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(tsa_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())))
