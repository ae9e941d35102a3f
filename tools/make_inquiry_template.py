"""Write reports/inquiry.docx: the Word template of a deputy inquiry (docxtpl tags).

Run once when the letter's structure changes (`python tools/make_inquiry_template.py`); after
that the .docx itself is the source: an aide may restyle it in Word (fonts, margins, a letterhead)
and keep the `{{ … }}` and `{%p … %}` tags, and put their copy in the profile's reports/ folder.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

TARGET = Path(__file__).resolve().parents[1] / "reports" / "inquiry.docx"


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(0)

    def para(text: str, *, align=None, bold=False, indent=None, first_line=None, size=None,
             space_before=0):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = indent
        if first_line is not None:
            p.paragraph_format.first_line_indent = first_line
        p.paragraph_format.space_before = Pt(space_before)
        return p

    para("{%p if announced %}")
    para("{{ announced }}", size=12)
    para("{%p endif %}")
    para("{%p for line in addressee %}")
    para("{{ line }}", indent=Cm(9), bold=True)
    para("{%p endfor %}")
    para("{{ heading }}", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, space_before=18)
    para("{{ salutation }}", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, space_before=12)
    para("{%p if title %}")
    para("{{ title }}", align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6)
    para("{%p endif %}")
    para("{%p for text in paragraphs %}")
    para("{{ text }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=Cm(1.25), space_before=6)
    para("{%p endfor %}")
    para("{%p if requests %}")
    para("{{ requests_intro }}", first_line=Cm(1.25), space_before=6)
    para("{%p for text in requests %}")
    para("{{ loop.index }}. {{ text }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=Cm(1.25))
    para("{%p endfor %}")
    para("{%p endif %}")
    para("{{ closing }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=Cm(1.25), space_before=6)
    para("{{ regards }}", space_before=18)
    para("{%p for group in signatures %}")
    para("{{ group.title }}", bold=True, space_before=12)
    para("{%p for name in group.names %}")
    para("{{ name }}", indent=Cm(9))
    para("{%p endfor %}")
    para("{%p endfor %}")
    para("{%p if annex %}")
    para("{{ annex }}", size=12, space_before=18)
    para("{%p endif %}")
    para("{%p for line in executor %}")
    para("{{ line }}", size=10)
    para("{%p endfor %}")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    doc.save(TARGET)
    print(TARGET)


if __name__ == "__main__":
    main()
