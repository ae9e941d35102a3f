"""The command line as an aide or a script uses it: real processes, real profile folders."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from inspector.photos.fixtures import make_jpeg

KINDS = {"psc", "elderly_home", "baby_home", "adaptation_center"}


def inspector(*args: str, data_dir=None, env=None, check=True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "inspector"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    result = subprocess.run(command + list(args), capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    inspector("demo", "--visits", "8", "--seed", "3", data_dir=folder)
    return folder


def test_demo_then_visits_lists_all_four_kinds(demo_dir):
    visits = json.loads(inspector("visits", "--json", data_dir=demo_dir).stdout)
    assert len(visits) == 8
    assert {v["kind"] for v in visits} == KINDS
    assert all(v["facility"] and v["region"] and v["date"] for v in visits)
    assert {"draft", "completed"} >= {v["status"] for v in visits}


def test_the_data_dir_variable_picks_the_profile(demo_dir):
    listed = inspector("visits", "--json", env={"INSPECTOR_DATA_DIR": str(demo_dir)}).stdout
    assert len(json.loads(listed)) == 8


def test_templates_are_complete_in_three_languages(tmp_path):
    templates = json.loads(inspector("templates", "--json", data_dir=tmp_path).stdout)
    by_id = {t["id"]: t for t in templates}
    assert KINDS | {"staff_interview"} <= set(by_id)
    for t in templates:
        assert t["languages"] == ["ru", "kk", "en"] and t["complete"]
        assert t["questions"] >= 20 and t["version"] >= 1
        assert all(t["title"][lang] for lang in ("ru", "kk", "en"))


def test_photos_add_reports_each_file_and_fails_when_one_is_rejected(demo_dir, tmp_path):
    visit_id = json.loads(inspector("visits", "--json", data_dir=demo_dir).stdout)[0]["id"]
    good = make_jpeg(tmp_path / "good.jpg", size=(320, 240), seed=77)
    bad = tmp_path / "notes.jpg"
    bad.write_text("это не фотография")
    result = inspector("--lang", "en", "photos", "add", visit_id, str(good), str(bad),
                       data_dir=demo_dir, check=False)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("imported") and "good.jpg" in line for line in lines)
    assert any(line.startswith("rejected") and "notes.jpg" in line for line in lines)
    again = inspector("--lang", "en", "photos", "add", visit_id, str(good), data_dir=demo_dir)
    assert again.stdout.startswith("duplicate")


def test_search_finds_russian_text(demo_dir):
    hits = json.loads(inspector("search", "СОЦИАЛЬНЫЙ", "пакет", "--json", data_dir=demo_dir).stdout)
    assert hits and all("entity" in h for h in hits)


def test_export_csv_and_json(demo_dir, tmp_path):
    inspector("--lang", "kk", "export", "--format", "csv", "-o", str(tmp_path / "csv"),
              data_dir=demo_dir)
    with open(tmp_path / "csv" / "answers.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Сапар", "Күні"] and len(rows) > 50
    inspector("export", "--format", "json", "-o", str(tmp_path / "all.json"), data_dir=demo_dir)
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert data["answers"] and data["findings"] and data["interviews"]


@pytest.mark.parametrize("lang, words", [("ru", "Не найдено (визит)"),
                                         ("kk", "Табылмады (сапар)"), ("en", "Not found (visit)")])
def test_errors_are_one_line_in_the_users_language(tmp_path, lang, words):
    result = inspector("--lang", lang, "photos", "add", "no-such-visit", str(tmp_path),
                       data_dir=tmp_path, check=False)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_options_may_follow_the_command(tmp_path):
    """As the commands are documented: `inspector report ID -o F --lang kk`."""
    result = inspector("photos", "add", "no-such-visit", str(tmp_path), "--lang", "kk",
                       "--data-dir", str(tmp_path / "profile"), check=False)
    assert result.returncode == 2
    assert "Табылмады (сапар)" in result.stderr
    assert (tmp_path / "profile").is_dir()  # the profile named after the command was used


def test_answer_reads_what_people_type_and_explains_a_refusal(demo_dir):
    from inspector.domain.checklist import QuestionType
    from inspector.domain.templates import checklist_for

    visits = json.loads(inspector("visits", "--json", data_dir=demo_dir).stdout)
    draft = next(v for v in visits if v["status"] == "draft")
    form = checklist_for(draft["kind"])
    money = next(q for q in form.questions() if q.type == QuestionType.MONEY and not q.show_if)
    number = form.number(money.id)
    done = inspector("answer", draft["id"], money.id, "185", "тыс", data_dir=demo_dir)
    assert done.stdout.strip().endswith(": 185\u00a0000 тг")
    assert done.stdout.startswith(f"{number} ")  # the question's number in the editor and report
    refused = inspector("answer", draft["id"], money.id, "abc", "--lang", "kk",
                        data_dir=demo_dir, check=False)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (f"{number} сұрағының жауабы сақталмады. Мұнда тек сан "
                                      "енгізуге болады, мысалы 25, 12,5, 85 000 немесе 85 мың")
    unavailable = inspector("answer", draft["id"], "staff_posts_total", "--no-data",
                            "--lang", "kk", data_dir=demo_dir)
    assert unavailable.stdout.strip().endswith(": мәлімет жоқ")
    both = inspector("answer", draft["id"], "staff_posts_total", "0", "--no-data",
                     data_dir=demo_dir, check=False)
    assert both.returncode == 2 and "--no-data" in both.stderr


def test_a_visit_deleted_on_the_command_line_comes_back_with_its_parts(tmp_path):
    from inspector.domain.answer import Answer
    from inspector.domain.finding import Finding
    from inspector.store.profile import Profile

    inspector("demo", "--visits", "2", "--seed", "4", data_dir=tmp_path)
    visit_id = json.loads(inspector("visits", "--json", data_dir=tmp_path).stdout)[0]["id"]
    with Profile(tmp_path) as profile:
        answers = {a.id for a in profile.records.of_visit(Answer, visit_id)}
        findings = profile.records.of_visit(Finding, visit_id)
        # A finding deleted on its own before the visit stays deleted when the visit returns.
        profile.records.delete(Finding, findings[0].id)
    assert answers

    said = inspector("visits", "delete", visit_id, "--lang", "en", data_dir=tmp_path).stdout
    assert f"inspector visits restore {visit_id}" in said
    listed = json.loads(inspector("visits", "--json", data_dir=tmp_path).stdout)
    assert visit_id not in {v["id"] for v in listed}

    said = inspector("visits", "restore", visit_id, "--lang", "ru", data_dir=tmp_path).stdout
    assert said.strip() == f"Визит {visit_id} восстановлен"
    listed = json.loads(inspector("visits", "--json", data_dir=tmp_path).stdout)
    assert visit_id in {v["id"] for v in listed}
    with Profile(tmp_path) as profile:
        assert {a.id for a in profile.records.of_visit(Answer, visit_id)} == answers
        assert [f.id for f in profile.records.of_visit(Finding, visit_id)] == \
            [f.id for f in findings[1:]]

    again = inspector("visits", "restore", visit_id, "--lang", "kk", data_dir=tmp_path,
                      check=False)
    assert again.returncode == 2
    assert again.stderr.strip() == (f"{visit_id} сапары бұл компьютерде жойылмаған — қалпына "
                                    "келтіретін ештеңе жоқ")
