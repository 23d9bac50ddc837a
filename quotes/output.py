"""Rows (a list of dicts) as a terminal table, one JSON array, or CSV with a header."""
import csv
import io
import json
import shutil

FORMATS = ("table", "json", "csv")
MIN_WIDTH = 10  # no column is wrapped narrower than this (an ISO date fits)


def render(rows: list[dict], columns: list[str], fmt: str = "table", width: int | None = None) -> str:
    """``rows`` with ``columns`` in that order; a table's long cells wrap to fit ``width`` (the terminal's by default)."""
    if fmt == "json":
        return _json([{c: row.get(c) for c in columns} for row in rows])
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    if fmt == "table":
        from tabulate import tabulate  # imported here to keep `quotes --help` fast

        cells = [["" if row.get(c) is None else str(row.get(c)) for c in columns] for row in rows]
        limits = _column_widths(columns, cells, width or shutil.get_terminal_size().columns)
        return tabulate(cells, headers=columns, tablefmt="simple", maxcolwidths=limits, disable_numparse=True)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _json(rows: list[dict]) -> str:
    """``json.dumps(rows, ensure_ascii=False, indent=2)``; rows of plain values go through
    json's C encoder, a row at a time (indenting sends all of them through its Python one)."""
    if not rows or any(isinstance(v, (dict, list, tuple)) for row in rows for v in row.values()):
        return json.dumps(rows, ensure_ascii=False, indent=2)
    rows = ("  {\n    " + json.dumps(row, ensure_ascii=False, separators=(",\n    ", ": "))[1:-1] + "\n  }"
            for row in rows)
    return "[\n" + ",\n".join(rows) + "\n]"


def _column_widths(columns: list[str], cells: list[list[str]], width: int) -> list[int]:
    """Narrow the widest columns until the table, with two spaces between columns, fits ``width``."""
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    floors = [min(w, max(len(c), MIN_WIDTH)) for w, c in zip(widths, columns)]
    budget = width - 2 * (len(columns) - 1)
    while sum(widths) > budget:
        narrowable = [i for i, (w, floor) in enumerate(zip(widths, floors)) if w > floor]
        if not narrowable:
            break
        widths[max(narrowable, key=widths.__getitem__)] -= 1
    return widths
