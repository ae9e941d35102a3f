"""Checking a visit report: is it the report Inspector made, and is what it shows still true?

Reads the manifest embedded in the PDF (report/manifest.py), checks the signature if there is
one, recomputes the visit's seal from this profile's records (or names the records it lacks),
and hashes every photo file given or held. The verdict is one of four, said plainly in the
person's language: authentic and unchanged; changed since (what, and the corrections recorded);
signature invalid (the file was altered after signing); unknown report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.answer import Answer
from ..domain.finding import Finding
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.seal import seal_from_parts
from ..domain.text import N_, Message, day, pick
from ..domain.visit import Visit
from ..photos.errors import printable_name
from ..report.manifest import read_manifest
from ..store.profile import Profile
from ..sync.field_rules import SHA256_RE
from .seal import current_seal
from .signing import SignatureCheck, check_signatures

AUTHENTIC, CHANGED, SIGNATURE_INVALID, UNKNOWN = "authentic", "changed", "signature_invalid", \
    "unknown"

TEXTS: dict[str, Message] = {
    AUTHENTIC: N_("AUTHENTIC: the report is unchanged and everything it shows matches the "
                  "visit's records"),
    CHANGED: N_("CHANGED: the visit's records have changed since the report was issued"),
    SIGNATURE_INVALID: N_("SIGNATURE INVALID: the file was altered after it was signed"),
    UNKNOWN: N_("UNKNOWN REPORT: it cannot be checked against this profile"),
    "no_manifest": N_("the file holds no Inspector manifest (not an Inspector visit report, or "
                      "made by an old version)"),
    "report": N_("Report {id}, made {at}"),
    "seal": N_("Visit seal: {seal}"),
    "signed": N_("Signed by {who}{when}; the signature is {state}"),
    "sig_ok": N_("intact"),
    "sig_broken": N_("broken: it does not match the content"),
    "sig_partial": N_("intact, but something was added to the file after it"),
    "sig_trusted": N_("the certificate chains to a trusted root"),
    "sig_untrusted": N_("the certificate was not checked against a trusted root (give --trust)"),
    "unsigned": N_("The report carries no digital signature"),
    "manifest_edited": N_("the manifest does not add up: it was edited by hand"),
    "no_visit": N_("this profile holds no visit {id}: sync it, or check on a team computer"),
    "lacks": N_("the profile lacks records the report shows: {what}; sync and check again"),
    "parts_changed": N_("changed: {parts}"),
    "amendment": N_("correction on {at} by {by}: «{reason}»"),
    "photo_ok": N_("photo {n}: the file {name} matches the original"),
    "photo_differs": N_("photo {n}: the bytes of {name} differ from the original sealed in the "
                        "report"),
    "photo_unknown": N_("the file {name} is not one of this report's photos"),
    "held_differs": N_("photo {n}: the file held in this profile has changed (its SHA-256 differs)"),
    "held_ok": N_("photos held in this profile checked: {n}"),
}

PART_NAMES: dict[str, Message] = {
    "visit": N_("the visit's details"),
    "answers": N_("answers"),
    "findings": N_("findings and recommendations"),
    "interviews": N_("interviews"),
    "photos": N_("photos"),
}


def vt(key: str, lang: str, **params: Any) -> str:
    return pick(TEXTS[key], lang).format(**params)


@dataclass
class Verdict:
    outcome: str
    manifest: dict[str, Any] | None = None
    signatures: list[SignatureCheck] = field(default_factory=list)
    # (text key, params) in the order they were found: what the person is told beneath
    # the verdict.
    details: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    changed_parts: list[str] = field(default_factory=list)
    differing_photos: list[int] = field(default_factory=list)  # numbers in the report

    def note(self, key: str, **params: Any) -> None:
        self.details.append((key, params))

    def lines(self, lang: str) -> list[str]:
        found = [vt(self.outcome, lang)]
        if self.manifest:
            found.append(vt("report", lang, id=self.manifest.get("report_id", ""),
                            at=day(self.manifest.get("generated_at", ""))))
            seal = self.manifest.get("seal") or self.manifest.get("content_seal", "")
            found.append(vt("seal", lang, seal=seal))
        found += [_signature_line(s, lang) for s in self.signatures] or [vt("unsigned", lang)]
        for key, params in self.details:
            shown = dict(params)
            if key == "parts_changed":
                shown["parts"] = ", ".join(pick(PART_NAMES[p], lang) for p in params["parts"])
            if key == "amendment":
                shown["at"] = day(params["at"])
            found.append(vt(key, lang, **shown))
        return found


def _signature_line(check: SignatureCheck, lang: str) -> str:
    state = "sig_ok" if check.valid else "sig_partial" if check.intact else "sig_broken"
    text = vt("signed", lang, who=check.signer or "?",
              when=f" ({day(check.signed_at)} {check.signed_at[11:16]})" if check.signed_at
              else "", state=vt(state, lang))
    if check.valid:
        text += "; " + vt("sig_trusted" if check.trusted else "sig_untrusted", lang)
    return text


def verify_report(profile: Profile, pdf: Path, *, photos: Iterable[Path] = (),
                  trust_roots: Iterable[Path] = ()) -> Verdict:
    """The verdict on the report `pdf`, checked against `profile` and the photo files given."""
    pdf = Path(pdf)
    signatures = check_signatures(pdf, list(trust_roots))
    broken = any(not s.valid for s in signatures)
    manifest = read_manifest(pdf)
    if manifest is None:
        verdict = Verdict(SIGNATURE_INVALID if broken else UNKNOWN, None, signatures)
        verdict.note("no_manifest")
        return verdict
    verdict = Verdict(SIGNATURE_INVALID if broken else AUTHENTIC, manifest, signatures)
    if seal_from_parts(manifest.get("parts", {})) != manifest.get("content_seal") or (
            manifest.get("seal") and manifest["seal"] not in
            [s.get("seal") for s in manifest.get("seals", [])]):
        verdict.note("manifest_edited")
        _worse(verdict, CHANGED)
    _check_records(profile, manifest, verdict)
    _check_photo_files(manifest, photos, verdict)
    _check_held_photos(profile, manifest, verdict)
    return verdict


_RANK = {AUTHENTIC: 0, UNKNOWN: 1, CHANGED: 2, SIGNATURE_INVALID: 3}


def _worse(verdict: Verdict, outcome: str) -> None:
    if _RANK[outcome] > _RANK[verdict.outcome]:
        verdict.outcome = outcome


def _check_records(profile: Profile, manifest: dict[str, Any], verdict: Verdict) -> None:
    visit = profile.records.find(Visit, str(manifest.get("visit_id", "")))
    if visit is None:
        verdict.note("no_visit", id=manifest.get("visit_id", ""))
        _worse(verdict, UNKNOWN)
        return
    now = current_seal(profile, visit.id)
    later = visit.amendments[len(manifest.get("amendments", [])):]
    if now.value == manifest.get("content_seal"):
        for amendment in later:  # reopened since, but nothing the report prints has changed
            verdict.note("amendment", at=amendment["at"], by=amendment["by"],
                         reason=amendment["reason"])
        return
    lacking = _lacking(profile, visit.id, manifest)
    verdict.changed_parts = now.changed_parts(manifest.get("parts", {}))
    if lacking:
        verdict.note("lacks", what=", ".join(lacking))
        _worse(verdict, UNKNOWN)
        return
    verdict.note("parts_changed", parts=verdict.changed_parts)
    for amendment in later:
        verdict.note("amendment", at=amendment["at"], by=amendment["by"],
                     reason=amendment["reason"])
    _worse(verdict, CHANGED)


def _lacking(profile: Profile, visit_id: str, manifest: dict[str, Any]) -> list[str]:
    """What the report shows that this profile has no record of (not synced yet, say)."""
    records = manifest.get("records", {})
    held = {
        "findings": {f.id for f in profile.records.of_visit(Finding, visit_id)},
        "interviews": {i.id for i in profile.records.of_visit(Interview, visit_id)},
        "answers": {a.id for a in profile.records.of_visit(Answer, visit_id)},
        "photos": {p.id for p in profile.records.of_visit(Photo, visit_id)},
    }
    wanted = dict(records) | {"photos": [p["id"] for p in manifest.get("photos", [])]}
    found = []
    for part, ids in wanted.items():
        missing = [i for i in ids if i not in held.get(part, set())]
        if missing:
            found.append(f"{pick(PART_NAMES.get(part, {}), 'en') or part}: {len(missing)}")
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _number(entry: dict[str, Any]) -> Any:
    return entry.get("number", "—")


def _check_photo_files(manifest: dict[str, Any], files: Iterable[Path],
                       verdict: Verdict) -> None:
    by_sha = {p["sha256"]: p for p in manifest.get("photos", [])}
    by_name = {p.get("original_name", ""): p for p in manifest.get("photos", [])}
    for path in files:
        name = printable_name(Path(path))
        sha = _sha256(Path(path))
        if sha in by_sha:
            verdict.note("photo_ok", n=_number(by_sha[sha]), name=name)
        elif Path(path).name in by_name:
            entry = by_name[Path(path).name]
            verdict.note("photo_differs", n=_number(entry), name=name)
            verdict.differing_photos.append(entry.get("number", 0))
            _worse(verdict, CHANGED)
        else:
            verdict.note("photo_unknown", name=name)


def _check_held_photos(profile: Profile, manifest: dict[str, Any], verdict: Verdict) -> None:
    checked = 0
    for entry in manifest.get("photos", []):
        if not SHA256_RE.fullmatch(str(entry.get("sha256", ""))):
            continue  # a hash from the file becomes a path: never one that climbs out
        path = profile.media.path(entry["sha256"])
        if not path.is_file():
            continue
        checked += 1
        if _sha256(path) != entry["sha256"]:
            verdict.note("held_differs", n=_number(entry))
            verdict.differing_photos.append(entry.get("number", 0))
            _worse(verdict, CHANGED)
    if checked:
        verdict.note("held_ok", n=checked)
