"""Both translation pipelines: every message translated, the catalogues current with the code,
and each term of the glossary rendered one way in the window, the reports and the command line.

Qt's catalogues are resources/i18n/inspector_<lang>.ts (Linguist); the texts outside Qt are the
gettext catalogues resources/i18n/<lang>/LC_MESSAGES/inspector.po (Babel, Poedit, Weblate).
"""

from __future__ import annotations

import gettext
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("ru", "kk")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def ts_messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the Qt catalogue."""
    root = ET.parse(I18N / f"inspector_{lang}.ts").getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


def po_catalogue(lang: str):  # type: ignore[no-untyped-def]
    with (I18N / lang / "LC_MESSAGES" / "inspector.po").open("rb") as f:
        return read_po(f, locale=lang, domain="inspector")


@cache
def pairs(lang: str) -> list[tuple[str, str, str]]:
    """(where, English source, translation) over both catalogues, accelerators (&) removed."""
    found = [(f"{lang}.ts {context}", source, "".join(t.itertext()))
             for context, source, t in ts_messages(lang)]
    found += [(f"{lang}.po", m.id, m.string) for m in po_catalogue(lang) if m.id]
    return [(w, s.replace("&", ""), t.replace("&", "")) for w, s, t in found]


def braces(text: str) -> set[str]:
    return {name.split(":")[0].split("!")[0] for name in re.findall(r"\{([^{}]*)\}", text)}


@pytest.mark.parametrize("lang", LANGS)
def test_every_window_text_is_translated(lang):
    messages = ts_messages(lang)
    assert len(messages) > 400
    for context, source, translation in messages:
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), \
            f"{context}: {source!r} (translate it in Linguist: inspector_{lang}.ts)"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), f"{context}: {source!r}"
            # Placeholders survive translation (%n is Qt's plural count).
            assert set(re.findall(r"%\d", source)) == set(re.findall(r"%\d", text)), source
    if lang == "kk":
        letters = set("".join("".join(t.itertext()) for _, _, t in messages))
        assert len(letters & KAZAKH_LETTERS) >= 6


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_outside_the_window_is_translated(lang):
    catalogue = po_catalogue(lang)
    messages = [m for m in catalogue if m.id]
    assert len(messages) > 200
    for message in messages:
        assert message.string and not message.fuzzy, \
            f"{message.id!r} (translate it in Poedit: {lang}/LC_MESSAGES/inspector.po)"
        assert braces(message.id) == braces(message.string), message.id
    if lang == "kk":
        assert len(set("".join(m.string for m in messages)) & KAZAKH_LETTERS) >= 6


def test_the_catalogues_hold_every_text_of_the_code():
    in_code = {message for _, _, message, _, _ in extract_from_dir(
        str(ROOT / "inspector"), keywords={"N_": None})}
    assert len(in_code) > 200
    with (I18N / "inspector.pot").open("rb") as f:
        template = {m.id for m in read_po(f) if m.id}
    assert in_code == template, "run `make i18n-update`, then translate the new texts"
    for lang in LANGS:
        assert {m.id for m in po_catalogue(lang) if m.id} == template, lang


def test_no_fixed_text_is_left_as_a_language_mapping():
    """Texts written as {"ru", "kk", "en"} dicts (a branch from before the catalogues) are
    moved by `make i18n-convert`; content from data keeps its mappings in the data files."""
    spec = importlib.util.spec_from_file_location("i18n_codemod",
                                                  ROOT / "tools" / "i18n_codemod.py")
    codemod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(codemod)  # type: ignore[union-attr]
    import ast

    left = []
    for path in sorted((ROOT / "inspector").rglob("*.py")):
        lines = path.read_text("utf-8").splitlines()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Dict) and codemod._translations(node) is not None:
                near = lines[node.lineno - 1] + (lines[node.lineno - 2] if node.lineno > 1 else "")
                if codemod.KEEP not in near:
                    left.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not left, f"run `make i18n-convert`: {left}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_compiled_catalogues_say_what_the_sources_say(lang):
    """The .mo the program reads (built by `make i18n`) matches its .po."""
    with (I18N / lang / "LC_MESSAGES" / "inspector.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = [m.id for m in po_catalogue(lang) if m.id and compiled.gettext(m.id) != m.string]
    assert not stale, f"run `make i18n`: {stale[:3]}"


GLOSSARY = json.loads((I18N / "glossary.json").read_text("utf-8"))["terms"]


def test_the_glossary_names_each_term_in_both_languages():
    names = [t["term"] for t in GLOSSARY]
    assert len(names) == len(set(names))
    for term in ("Visit", "Checklist", "Interview", "Finding", "Recommendation", "Evidence",
                 "Severity", "Sync", "Photo", "Institution", "Deputy", "Red line", "Region"):
        assert term in names
    for t in GLOSSARY:
        assert re.search(t["en"], t["term"], re.I), t
        for lang in LANGS:
            assert re.search(t[f"{lang}_stem"], t[lang], re.I), (t["term"], lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("term", GLOSSARY, ids=[t["term"] for t in GLOSSARY])
def test_a_term_has_one_rendering_in_every_catalogue(term, lang):
    def excepted(source: str) -> bool:
        return any(source == e["en"] if e.get("whole") else source.startswith(e["en"])
                   for e in term.get("except", []))

    # A placeholder ({severity}) is filled in, not said: it holds no term.
    wrong = [f"{where}: {source!r} → {text!r}" for where, source, text in pairs(lang)
             if re.search(term["en"], re.sub(r"\{[^{}]*\}", "", source), re.I)
             and not excepted(source)
             and not re.search(term[f"{lang}_stem"], text, re.I)]
    assert not wrong, f"«{term[lang]}» for {term['term']}:\n" + "\n".join(wrong)


def test_the_codemod_moves_a_branchs_dicts_and_part_files_keeping_translations(tmp_path,
                                                                               monkeypatch):
    """What the lead runs after merging a branch written before the catalogues."""
    spec = importlib.util.spec_from_file_location("i18n_codemod",
                                                  ROOT / "tools" / "i18n_codemod.py")
    codemod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(codemod)  # type: ignore[union-attr]
    i18n = tmp_path / "resources" / "i18n"
    i18n.mkdir(parents=True)
    monkeypatch.setattr(codemod, "ROOT", tmp_path)
    monkeypatch.setattr(codemod, "I18N", i18n)
    module = tmp_path / "inspector" / "services" / "late.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        '"""A module from another branch."""\n\nfrom __future__ import annotations\n\n'
        'from ..domain.text import Localized, pick\n\n'
        'HELLO: Localized = {"ru": "Визит сохранён", "kk": "Сапар сақталды",\n'
        '                    "en": "The visit is saved"}\n'
        '# i18n: keep\nNAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}\n\n\n'
        'def hello(lang: str) -> str:\n    return pick(HELLO, lang)\n', "utf-8")
    for lang, said in (("ru", "Готово"), ("kk", "Дайын")):
        (i18n / f"inspector_{lang}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n'
            '<context><name>A</name><message><source>Done</source>'
            f'<translation>{said}</translation></message></context>\n</TS>\n', "utf-8")
        (i18n / f"late_{lang}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n'
            '<context><name>B</name><message><source>Late</source>'
            f'<translation>{said}!</translation></message></context>\n</TS>\n', "utf-8")
    monkeypatch.setattr(codemod.subprocess, "run", lambda *a, **k: None)  # no ruff here

    codemod.main([str(tmp_path / "inspector")])

    text = module.read_text("utf-8")
    assert 'HELLO: Message = N_("The visit is saved")' in text
    assert "from ..domain.text import Message, N_" in text
    assert 'NAMES = {"ru": "Русский"' in text  # kept as the comment asks
    compile(text, str(module), "exec")
    for lang, saved in (("ru", "Визит сохранён"), ("kk", "Сапар сақталды")):
        with codemod.po_path(lang).open("rb") as f:
            assert read_po(f).get("The visit is saved").string == saved
        assert not (i18n / f"late_{lang}.ts").exists()
        sources = {m.findtext("source"): m.findtext("translation")
                   for m in ET.parse(i18n / f"inspector_{lang}.ts").getroot().iter("message")}
        assert sources == {"Done": "Готово" if lang == "ru" else "Дайын",
                           "Late": ("Готово" if lang == "ru" else "Дайын") + "!"}
    codemod.main([str(tmp_path / "inspector")])  # a second run changes nothing
    assert module.read_text("utf-8") == text
