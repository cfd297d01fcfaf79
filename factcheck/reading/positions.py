"""Map offsets in extracted text back to lines and columns of the input document."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate


class TextBuilder:
    """Builds plain text from pieces of a source document, remembering where each piece
    came from, so that any offset in the text can be traced back to the source.

    Blocks (paragraphs, headings, list items) are joined with a blank line; the
    builder records each block's span in the text.
    """

    def __init__(self, source: str):
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._text_starts: list[int] = []
        self._source_starts: list[int] = []
        self._block_start: int | None = None
        self.blocks: list[tuple[int, int]] = []

    @property
    def length(self) -> int:
        """Characters written so far."""
        return self._length

    @property
    def next_start(self) -> int:
        """Where the next piece will start: after the blank line that opens a new block.
        A link opening a block starts there, not on the line before it."""
        return self._length + (2 if self._block_start is None and self._parts else 0)

    @property
    def in_block(self) -> bool:
        """True while a block has text and is not yet closed."""
        return self._block_start is not None

    def append(self, piece: str, source_offset: int | None) -> int:
        """Add ``piece`` (found at ``source_offset`` in the source, or synthetic when None);
        returns the piece's offset in the text."""
        if not piece:
            return self._length
        if self._block_start is None:
            if self._parts:
                self._write("\n\n", None)
            self._block_start = self._length
        return self._write(piece, source_offset)

    def _write(self, piece: str, source_offset: int | None) -> int:
        at = self._length
        if source_offset is not None:
            self._text_starts.append(at)
            self._source_starts.append(source_offset)
        self._parts.append(piece)
        self._length += len(piece)
        return at

    def end_block(self) -> None:
        """Close the current block, if any text was written to it."""
        if self._block_start is not None:
            self.blocks.append((self._block_start, self._length))
            self._block_start = None

    def build(self) -> tuple[str, PositionMap]:
        """The text and its map back to the source."""
        self.end_block()
        return "".join(self._parts), PositionMap(
            self._source, self._text_starts, self._source_starts
        )


class PositionMap:
    """Turns an offset in extracted text into a 1-based (line, column) of the source."""

    def __init__(self, source: str, text_starts: list[int], source_starts: list[int]):
        self._text_starts = text_starts
        self._source_starts = source_starts
        self._line_starts = [0]
        self._line_starts.extend(i + 1 for i, ch in enumerate(source) if ch == "\n")

    def without(self, removed: Sequence[tuple[int, int]]) -> PositionMap:
        """The map for the text with the ``removed`` spans (sorted, apart) cut out of it:
        each offset of the shorter text still leads to where its character came from."""
        out = PositionMap.__new__(PositionMap)
        out._line_starts = self._line_starts
        # Offsets where the map may change: its own pieces' starts, and every cut.
        points = sorted([*self._text_starts, *(e for _, e in removed)])
        cuts = [s for s, _ in removed]
        lengths = list(accumulate(e - s for s, e in removed))
        out._text_starts, out._source_starts = [], []
        for at in points:
            i = bisect_right(cuts, at) - 1
            while i >= 0 and at < removed[i][1]:
                # Inside a removed span: the first character kept after it.
                at = removed[i][1]
                i = bisect_right(cuts, at) - 1
            shorter = at - (lengths[i] if i >= 0 else 0)
            if not out._text_starts or out._text_starts[-1] != shorter:
                out._text_starts.append(shorter)
                out._source_starts.append(self.source_offset(at))
        return out

    @classmethod
    def identity(cls, source: str) -> PositionMap:
        """The map for text that is the source itself."""
        return cls(source, [0], [0])

    def source_offset(self, offset: int) -> int:
        """The source offset that text offset ``offset`` came from."""
        i = bisect_right(self._text_starts, offset) - 1
        if i < 0:
            return 0
        return self._source_starts[i] + (offset - self._text_starts[i])

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of text offset ``offset`` in the source."""
        src = self.source_offset(offset)
        line = bisect_right(self._line_starts, src)
        return line, src - self._line_starts[line - 1] + 1
