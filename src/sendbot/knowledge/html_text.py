"""An answer's HTML (as the Written Questions API gives it) -> plain lines of text.

Pure, with the standard library's html.parser: paragraphs and headings become lines with a
blank line between them, list items become "• " bullets, table rows become one line with the
cells separated by " | ", and entities are decoded. Scripts and styles are dropped.
"""

from __future__ import annotations

from html.parser import HTMLParser

BULLET = "\u2022 "
_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table",
    "section", "article", "header", "footer", "pre",
}  # fmt: skip
_DROPPED = {"script", "style", "head", "title"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._cells: list[str] | None = None  # the cells of the table row being read
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropping += 1
        elif tag in _BLOCKS:
            self._paragraph_break()
        elif tag == "br":
            self._line_break()
        elif tag == "li":
            self._line_break()
            self._current.append(BULLET)
        elif tag == "tr":
            self._line_break()
            self._cells = []
        elif tag in ("td", "th") and self._cells is not None:
            self._end_cell()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropping = max(0, self._dropping - 1)
        elif tag in _BLOCKS:
            self._paragraph_break()
        elif tag == "li":
            self._line_break()
        elif tag in ("td", "th") and self._cells is not None:
            self._end_cell()
        elif tag == "tr" and self._cells is not None:
            self._end_cell()
            row = " | ".join(cell for cell in self._cells if cell)
            self._cells = None
            self._current = [row]
            self._line_break()

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._paragraph_break()

    def _end_cell(self) -> None:
        assert self._cells is not None
        cell = " ".join("".join(self._current).split())
        if cell:
            self._cells.append(cell)
        self._current = []

    def _line_break(self) -> None:
        if self._cells is not None:
            return  # a break inside a table cell stays in the cell
        line = " ".join("".join(self._current).split())
        self._current = []
        if line and line != BULLET.strip():  # an empty list item adds nothing
            self.lines.append(line)

    def _paragraph_break(self) -> None:
        self._line_break()
        if self.lines and self.lines[-1]:
            self.lines.append("")


def html_to_lines(html: str) -> list[str]:
    """The text of `html`, one paragraph, bullet or table row a line, blank lines between
    paragraphs; no blank line at either end."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = collector.lines
    while lines and not lines[-1]:
        lines.pop()
    return lines
