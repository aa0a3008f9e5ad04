"""Recognising a file that is not text at all (an image, a PDF, a Word or Excel file) by its
first bytes, so that it is named as what it is: read as text, a PDF was refused as "not UTF-8
text (byte 0xe2): save it as UTF-8", which no one can do with a PDF, and a Word file whose
first bytes happen to be ASCII as a page with no "Question to the ..." line."""

from __future__ import annotations

# The file types people upload or save by mistake, by the bytes every such file starts with.
_SIGNATURES = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or Excel .xlsx file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Word or Excel file"),
    (b"{\\rtf", "an RTF document"),
)


def binary_kind(data: bytes) -> str | None:
    """What kind of non-text file `data` is ("a PDF", "a PNG image" ...), or None."""
    return next((kind for start, kind in _SIGNATURES if data.startswith(start)), None)


def not_text_problem(kind: str) -> str:
    """What every reader of a file says of one that is not text."""
    return f"{kind}, not a text file"
