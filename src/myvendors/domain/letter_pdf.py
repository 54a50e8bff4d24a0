"""A cancellation letter as an A4 PDF, written with fpdf2 (pure Python, no Qt: the command line uses it too).

The layout follows DIN 5008 (form B) so that the vendor's address shows in a window envelope: her
details at the top, a one-line return address and the vendor's address from 45 mm down at 25 mm
from the left, the date on the right, the subject in bold, then the text. The words are set in
DejaVu Sans, shipped in resources/fonts/ with its licence; fpdf2 embeds only the glyphs used, so a
letter stays small and any name or address prints, not only Latin-1.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

    from myvendors.domain.letters import Letter

FONT = "DejaVu"
LEFT_MM = 25.0
RIGHT_MM = 20.0
TOP_MM = 17.0
ADDRESS_TOP_MM = 45.0  # the window of a DL / C5/6 envelope, DIN 5008 form B
ADDRESS_WIDTH_MM = 85.0
TEXT_PT = 11
SMALL_PT = 8
LINE_MM = 5.2


def add_fonts(pdf: FPDF, stack: ExitStack) -> None:
    """DejaVu Sans (regular and bold, from resources/fonts/) as `FONT` in `pdf`; the font files
    stay available until `stack` closes (the PDF is written before that)."""
    fonts = resources.files("myvendors.resources") / "fonts"
    regular = stack.enter_context(resources.as_file(fonts / "DejaVuSans.ttf"))
    bold = stack.enter_context(resources.as_file(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "", str(regular))
    pdf.add_font(FONT, "B", str(bold))


def render(letter: Letter) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_creator("MyVendors")
    pdf.set_title(letter.subject)
    pdf.set_lang(letter.language)
    if letter.signature:
        pdf.set_author(letter.signature)
    pdf.set_margins(LEFT_MM, TOP_MM, RIGHT_MM)
    pdf.set_auto_page_break(auto=True, margin=20)
    width = pdf.w - LEFT_MM - RIGHT_MM
    with ExitStack() as stack:
        add_fonts(pdf, stack)
        pdf.add_page()

        # her details, top right
        pdf.set_font(FONT, size=SMALL_PT + 1)
        pdf.set_xy(LEFT_MM, TOP_MM)
        pdf.multi_cell(width, 4.2, "\n".join((*letter.sender, *letter.contact)), align="R")

        # a return address line above the vendor's address (shows in the envelope's window)
        if letter.sender:
            pdf.set_font(FONT, size=SMALL_PT - 1)
            pdf.set_xy(LEFT_MM, ADDRESS_TOP_MM)
            pdf.cell(ADDRESS_WIDTH_MM, 4, " · ".join(letter.sender), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=TEXT_PT)
        pdf.set_xy(LEFT_MM, ADDRESS_TOP_MM + 5)
        pdf.multi_cell(ADDRESS_WIDTH_MM, LINE_MM, "\n".join(letter.recipient), align="L")

        # the date, then the subject
        pdf.set_xy(LEFT_MM, max(pdf.get_y() + 10, 92.0))
        pdf.cell(width, LINE_MM, letter.dated, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font(FONT, "B", TEXT_PT)
        pdf.multi_cell(width, LINE_MM + 0.4, letter.subject, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(7)

        pdf.set_font(FONT, size=TEXT_PT)
        pdf.multi_cell(width, LINE_MM, letter.salutation, align="L", new_x="LMARGIN", new_y="NEXT")
        for paragraph in letter.paragraphs:
            pdf.ln(3)
            pdf.multi_cell(width, LINE_MM, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.multi_cell(width, LINE_MM, letter.closing, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(16)  # room for her signature
        if letter.signature:
            pdf.multi_cell(width, LINE_MM, letter.signature, align="L", new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())
