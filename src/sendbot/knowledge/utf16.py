"""Recognising UTF-16 text that carries no byte order mark. Read as UTF-8, its English letters
decode "fine", each followed (or preceded) by a NUL: "h\\0o\\0w\\0", which no check then
recognises as the words they are. Windows tools mostly write the mark; some do not (a
PowerShell pipe to a native program, `iconv -t UTF-16LE`)."""

from __future__ import annotations

import codecs

# What every reader of a file or setting says of UTF-16 text it refuses.
UTF16_PROBLEM = "UTF-16 text, not UTF-8: save it as UTF-8"
SAMPLE_BYTES = 512  # enough pairs to judge; a knowledge file or question starts with text
_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def utf16_encoding(data: bytes) -> str | None:
    """ "utf-16" (with a byte order mark), "utf-16-le" or "utf-16-be" (without one, judged by
    where the NUL bytes fall), or None for anything else. Text with half its bytes NUL, every
    one of them at the same side of a pair, is UTF-16 of mostly Latin letters; UTF-8 text has
    no NULs, and binary files have them on both sides."""
    if data.startswith(_MARKS):
        return "utf-16"
    sample = data[: SAMPLE_BYTES - SAMPLE_BYTES % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    nul_first = sample[0::2].count(0)  # big-endian: "\0h\0o"
    nul_second = sample[1::2].count(0)  # little-endian: "h\0o\0"
    if nul_second * 2 >= pairs and nul_first * 10 < pairs:
        return "utf-16-le"
    if nul_first * 2 >= pairs and nul_second * 10 < pairs:
        return "utf-16-be"
    return None
