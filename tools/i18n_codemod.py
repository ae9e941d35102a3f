"""Moves the program's fixed texts into the two translation pipelines; safe to rerun.

    .venv/bin/python tools/i18n_codemod.py            # or: make i18n-convert
    .venv/bin/python tools/i18n_codemod.py inspector/services/new_module.py

1. Python: every dict literal `{"ru": R, "kk": K, "en": E}` of plain strings in inspector/ becomes
   `N_(E)` (the English text is the gettext msgid), and R and K go into
   resources/i18n/{ru,kk}/LC_MESSAGES/inspector.po, so no translation is lost. A literal that must
   stay a mapping (a language named in itself, content that is data) carries the comment
   `# i18n: keep` on its first line or the line above. Annotations of converted assignments
   (`Localized`, `dict[str, str]`) become `Message`; `N_`/`Message` are imported from
   domain/text.py and the imports re-sorted by ruff.
2. Qt: any `<part>_<lang>.ts` left beside `inspector_<lang>.ts` (a branch written before the
   files were merged) is folded into `inspector_<lang>.ts`, translations kept, and deleted.

Then `make i18n-update` re-extracts both pipelines' sources (lupdate, pybabel extract/update) and
`make i18n` compiles them (`make i18n-convert` does all three), and `mypy` names what the rewrite
cannot see: a field or parameter typed `Localized` that now receives an N_ text (type it `Text`),
or code that iterated a converted mapping (say it with `pick` per language). Texts a helper builds
from positional strings (`_c(name, kind, ru, kk, en)`) are not literals: they stay mappings, which
`pick` still says, until rewritten by hand. Where one English text already has a different translation in a
catalogue, the catalogue's is kept and the clash printed: settle it there (the glossary test,
tests/test_i18n_catalogues.py, names clashes with the glossary's terms).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("ru", "kk")
KEEP = "i18n: keep"
WIDTH = 100


def po_path(lang: str) -> Path:
    return I18N / lang / "LC_MESSAGES" / "inspector.po"


def _translations(node: ast.Dict) -> dict[str, str] | None:
    """The three texts of a {"ru", "kk", "en"} literal of plain strings, else None."""
    keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
    if sorted(map(str, keys)) != ["en", "kk", "ru"]:
        return None
    values = [v.value if isinstance(v, ast.Constant) else None for v in node.values]
    if not all(isinstance(v, str) for v in values):
        return None
    return dict(zip(keys, values, strict=True))  # type: ignore[arg-type]


def _literal(text: str, column: int) -> str:
    """`N_("…")`, split into adjacent literals at spaces when it would pass the line width."""
    one = json.dumps(text, ensure_ascii=False)
    if column + len(one) + 4 <= WIDTH:
        return f"N_({one})"
    room = max(WIDTH - column - 6, 30)
    chunks, line = [], ""
    for word in re.split(r"(?<= )", text):
        if line and len(json.dumps(line + word, ensure_ascii=False)) > room:
            chunks.append(line)
            line = ""
        line += word
    chunks.append(line)
    pad = "\n" + " " * (column + 3)
    return "N_(" + pad.join(json.dumps(c, ensure_ascii=False) for c in chunks) + ")"


def _import_line(path: Path) -> str:
    package = path.relative_to(ROOT).parent.parts  # ("inspector", "services", ...)
    if package == ("inspector", "domain"):
        return "from .text import {names}\n"
    return "from " + "." * len(package) + "domain.text import {names}\n"


def convert_file(path: Path, found: list[tuple[str, dict[str, str]]]) -> bool:
    """Rewrites one module; appends (where, texts) for each literal converted."""
    source = path.read_bytes()
    tree = ast.parse(source)
    lines = source.split(b"\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def offset(lineno: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[lineno - 1] + col

    edits: list[tuple[int, int, bytes]] = []
    message_annotations = False
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        texts = _translations(node)
        if texts is None:
            continue
        first = lines[node.lineno - 1].decode()
        above = lines[node.lineno - 2].decode() if node.lineno > 1 else ""
        if KEEP in first or KEEP in above:
            continue
        column = len(lines[node.lineno - 1][:node.col_offset].decode())
        # An empty text is the same in every language and no msgid (gettext's "" is the header).
        new = _literal(texts["en"], column) if texts["en"] else 'Message("")'
        edits.append((offset(node.lineno, node.col_offset),
                      offset(node.end_lineno, node.end_col_offset),  # type: ignore[arg-type]
                      new.encode()))
        if texts["en"]:
            found.append((f"{path.relative_to(ROOT)}:{node.lineno}", texts))
        else:
            message_annotations = True
    if not edits:
        return False
    converted = [(a, b) for a, b, _ in edits]
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            span = (offset(node.value.lineno, node.value.col_offset),
                    offset(node.value.end_lineno, node.value.end_col_offset))  # type: ignore[arg-type]
            inner = [e for e in converted if span[0] <= e[0] and e[1] <= span[1]]
            if not inner:
                continue
            a = offset(node.annotation.lineno, node.annotation.col_offset)
            b = offset(node.annotation.end_lineno, node.annotation.end_col_offset)  # type: ignore[arg-type]
            old = source[a:b].decode()
            new = re.sub(r"\bLocalized\b|dict\[str, str\]|Mapping\[str, str\]", "Message", old)
            if new != old:
                edits.append((a, b, new.encode()))
                message_annotations = True
    text = source
    for a, b, new in sorted(edits, reverse=True):
        text = text[:a] + new + text[b:]
    if path.relative_to(ROOT).as_posix() != "inspector/domain/text.py":
        names = "Message, N_" if message_annotations else "N_"
        imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        at = starts[imports[-1].end_lineno] if imports else 0  # type: ignore[index]
        text = text[:at] + _import_line(path).format(names=names).encode() + text[at:]
    path.write_bytes(text)
    return True


def merge_into_catalogues(found: list[tuple[str, dict[str, str]]]) -> int:
    """Adds the Russian and Kazakh texts to the .po files; returns the number of clashes."""
    clashes = 0
    for lang in LANGS:
        path = po_path(lang)
        if path.exists():
            with path.open("rb") as f:
                catalog = read_po(f, locale=lang, domain="inspector")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, domain="inspector", project="Inspector",
                              charset="utf-8")
        for where, texts in found:
            msgid, wanted = texts["en"], texts[lang]
            have = catalog.get(msgid)
            if have is None:
                file, line = where.rsplit(":", 1)
                catalog.add(msgid, wanted, locations=[(file, int(line))])
            elif not have.string:
                have.string = wanted
            elif have.string != wanted:
                clashes += 1
                print(f"{where}: {lang} {msgid!r}: kept {have.string!r}, not {wanted!r}",
                      file=sys.stderr)
        with path.open("wb") as f:
            write_po(f, catalog, width=WIDTH)
    return clashes


def fold_ts() -> list[Path]:
    """Folds `<part>_<lang>.ts` into `inspector_<lang>.ts` (the one source per language)."""
    folded = []
    for lang in LANGS:
        target = I18N / f"inspector_{lang}.ts"
        tree = ET.parse(target)
        root = tree.getroot()
        contexts = {c.findtext("name"): c for c in root.iter("context")}
        for part in sorted(I18N.glob(f"*_{lang}.ts")):
            if part == target:
                continue
            for context in ET.parse(part).getroot().iter("context"):
                name = context.findtext("name")
                if name not in contexts:
                    root.append(context)
                    contexts[name] = context
                    continue
                have = {m.findtext("source"): m for m in contexts[name].iter("message")}
                for message in context.iter("message"):
                    old = have.get(message.findtext("source"))
                    if old is None:
                        contexts[name].append(message)
                    elif old.find("translation").get("type") == "unfinished":
                        contexts[name].remove(old)
                        contexts[name].append(message)
            part.unlink()
            folded.append(part)
        if folded:
            tree.write(target, encoding="utf-8", xml_declaration=True)
    return folded


def main(argv: list[str]) -> int:
    targets = [Path(a).resolve() for a in argv] or [ROOT / "inspector"]
    files = sorted(p for t in targets for p in ([t] if t.is_file() else t.rglob("*.py")))
    found: list[tuple[str, dict[str, str]]] = []
    changed = [p for p in files if convert_file(p, found)]
    clashes = merge_into_catalogues(found) if found else 0
    if changed:
        subprocess.run([str(ROOT / ".venv" / "bin" / "ruff"), "check", "--quiet", "--fix",
                        "--select", "I,F401", *map(str, changed)], check=False)
    folded = fold_ts()
    print(f"{len(found)} texts in {len(changed)} modules moved to the catalogues, "
          f"{clashes} clashes kept as the catalogue has them; "
          f"{len(folded)} .ts files folded. Next: make i18n-update i18n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
