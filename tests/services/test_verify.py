"""Reports that prove themselves: the manifest matches the profile, and verify tells an untouched
report from one whose visit was amended, one altered after signing and a photo that differs."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader
from throwaway_ca import make_ca

from inspector.cli import main
from inspector.domain.finding import Finding
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.report.manifest import read_manifest
from inspector.services import visits as service
from inspector.services.demo import generate_demo
from inspector.services.reports import write_visit_report
from inspector.services.seal import current_seal
from inspector.services.signing import KeyPasswordWrong, SigningKey, check_signatures
from inspector.services.verify import AUTHENTIC, CHANGED, SIGNATURE_INVALID, UNKNOWN, verify_report


@pytest.fixture
def visit(profile) -> Visit:
    visit_id = generate_demo(profile, visits=1, seed=3, photos_per_visit=3)[0]
    visit = profile.records.get(Visit, visit_id)
    if not visit.is_completed:
        visit = service.complete_visit(profile, visit_id)
    return visit


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return make_ca(tmp_path_factory.mktemp("ca"))


def test_the_manifest_in_the_pdf_matches_the_profile(profile, visit, tmp_path) -> None:
    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf")
    manifest = read_manifest(pdf)
    photos = profile.records.of_visit(Photo, visit.id)
    assert manifest["visit_id"] == visit.id and manifest["seal"] == visit.seal
    assert manifest["content_seal"] == current_seal(profile, visit.id).value
    listed = {p["sha256"]: p for p in manifest["photos"]}
    assert set(listed) == {p.sha256 for p in photos}
    for photo in photos:
        entry = listed[photo.sha256]
        assert (entry["taken_at"], entry["imported_at"]) == (photo.taken_at, photo.imported_at)
        assert entry["copy"]["source_sha256"] == photo.sha256
    # What the paper says: the seal, the report's id and every photo's full hash, in full.
    printed = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\n", "")
    assert visit.seal in printed.replace(" ", "") or visit.seal[:32] in printed
    assert manifest["report_id"] in printed
    for photo in photos:
        assert photo.sha256[:32] in printed and photo.sha256[32:] in printed


def test_an_untouched_report_is_authentic(profile, visit, tmp_path) -> None:
    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf")
    originals = [profile.media.path(p.sha256) for p in profile.records.of_visit(Photo, visit.id)]
    verdict = verify_report(profile, pdf, photos=originals)
    assert verdict.outcome == AUTHENTIC, verdict.lines("en")
    assert verdict.lines("ru")[0].startswith("ПОДЛИННЫЙ")
    assert verdict.lines("kk")[0].startswith("ТҮПНҰСҚА")


def test_a_report_whose_visit_was_amended_is_changed_with_what_and_why(profile, visit,
                                                                       tmp_path) -> None:
    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf")
    service.reopen_visit(profile, visit.id, "уточнён срок", by="А. Аманов")
    finding = profile.records.of_visit(Finding, visit.id)[0]
    finding.due_date = "2027-01-31"
    profile.records.save(finding)
    service.complete_visit(profile, visit.id)
    verdict = verify_report(profile, pdf)
    assert verdict.outcome == CHANGED and verdict.changed_parts == ["findings"]
    lines = verdict.lines("ru")
    assert lines[0].startswith("ИЗМЕНЁН")
    assert any("выводы и рекомендации" in line for line in lines)
    assert any("А. Аманов" in line and "уточнён срок" in line for line in lines)


def test_a_photo_whose_bytes_differ_is_named(profile, visit, tmp_path) -> None:
    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf")
    photo = profile.records.of_visit(Photo, visit.id)[1]
    number = next(p["number"] for p in read_manifest(pdf)["photos"] if p["id"] == photo.id)
    edited = tmp_path / photo.original_name
    data = bytearray(profile.media.path(photo.sha256).read_bytes())
    data[-100] ^= 0xFF  # one byte of the picture changed, the file name kept
    edited.write_bytes(bytes(data))
    verdict = verify_report(profile, pdf, photos=[edited])
    assert verdict.outcome == CHANGED and verdict.differing_photos == [number]
    assert any(f"photo {number}:" in line and photo.original_name in line
               for line in verdict.lines("en"))


def test_a_signed_report_validates_and_one_changed_byte_is_caught(profile, visit, tmp_path,
                                                                  ca) -> None:
    key = SigningKey(ca.key_p12, ca.password, timestamper=ca.timestamper())
    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf", sign=key)
    (check,) = check_signatures(pdf, [ca.root_pem])
    assert check.valid and check.trusted and check.timestamped
    assert "ИМАШЕВА" in check.signer
    verdict = verify_report(profile, pdf, trust_roots=[ca.root_pem])
    assert verdict.outcome == AUTHENTIC, verdict.lines("en")
    # One byte inside what was signed (the page content, far from the signature itself).
    data = bytearray(pdf.read_bytes())
    at = data.index(b"stream", len(data) // 4) + 40
    data[at] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    verdict = verify_report(profile, altered, trust_roots=[ca.root_pem])
    assert verdict.outcome == SIGNATURE_INVALID
    assert verdict.lines("ru")[0].startswith("ПОДПИСЬ НЕДЕЙСТВИТЕЛЬНА")


def test_a_wrong_password_is_said_plainly_and_nothing_is_written(profile, visit, tmp_path,
                                                                 ca) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(KeyPasswordWrong) as error:
        write_visit_report(profile, visit.id, target, sign=SigningKey(ca.key_p12, "не тот"))
    assert "Неверный пароль" in error.value.message("ru")
    assert check_signatures(target) == []  # the unsigned report stays, never half signed


def test_a_pdf_without_a_manifest_is_an_unknown_report(profile, tmp_path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "other.pdf"))
    canvas.drawString(100, 700, "not ours")
    canvas.save()
    verdict = verify_report(profile, tmp_path / "other.pdf")
    assert verdict.outcome == UNKNOWN and "manifest" in " ".join(verdict.lines("en"))


def test_a_profile_without_the_visit_cannot_vouch_for_it(profile, visit, tmp_path) -> None:
    from inspector.store.profile import Profile

    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf")
    with Profile(tmp_path / "elsewhere") as other:
        verdict = verify_report(other, pdf)
    assert verdict.outcome == UNKNOWN
    assert any(visit.id in line for line in verdict.lines("en"))


def test_the_command_line_signs_and_verifies(profile, visit, tmp_path, ca, monkeypatch,
                                             capsys) -> None:
    data_dir = str(profile.data_dir)
    profile.close()
    monkeypatch.setenv("INSPECTOR_KEY_PASSWORD", ca.password)
    pdf = tmp_path / "signed.pdf"
    assert main(["--data-dir", data_dir, "report", visit.id, "-o", str(pdf), "--sign",
                 str(ca.key_p12)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "--lang", "en", "verify", str(pdf), "--trust",
                 str(ca.root_pem)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("AUTHENTIC") and "the signature is intact" in out
    copy = tmp_path / "copy.pdf"
    shutil.copy(pdf, copy)
    with copy.open("ab") as fh:  # something appended after signing
        fh.write(b"\n1 0 obj (appended) endobj\n")
    assert main(["--data-dir", data_dir, "--lang", "en", "verify", str(copy)]) == 2
    assert capsys.readouterr().out.startswith("SIGNATURE INVALID")
    monkeypatch.setenv("INSPECTOR_KEY_PASSWORD", "wrong")
    assert main(["--data-dir", data_dir, "--lang", "en", "report", visit.id, "-o",
                 str(tmp_path / "w.pdf"), "--sign", str(ca.key_p12)]) != 0
    assert "Wrong password" in capsys.readouterr().err
