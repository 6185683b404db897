"""The Art. 15 access report as files: an Excel workbook (one sheet per section) and JSON (Art. 20).

The sections come from ``services/privacy.person_report`` as plain data; this
module only writes them. Both files are written through a private temporary
file beside the target and renamed into place (``xlsx.atomic_target``), so a
crash never leaves half a report, nor a copy of personal data elsewhere.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from egov_network.exchange.xlsx import Book, SheetColumn, SheetLayout, atomic_target
from egov_network.services.privacy import PersonReport

#: What the JSON copy says it is, so a reader can tell versions apart.
JSON_FORMAT = "egov-network person report 1"


def report_data(report: PersonReport) -> dict[str, Any]:
    """The report as machine-readable data: stable keys, stored codes, ISO dates."""
    return {
        "format": JSON_FORMAT,
        "person_id": report.contact_id,
        "name": report.name,
        "made_on": report.made_on.isoformat(),
        "sections": {
            section.key: {
                "title": section.title,
                "rows": [dict(zip(section.keys, row, strict=True)) for row in section.data],
            }
            for section in report.sections
        },
        "records_of_processing": report.processing,
    }


def write_json(report: PersonReport, path: Path) -> Path:
    """The report as UTF-8 JSON (names with umlauts stay readable, not escaped)."""
    text = json.dumps(report_data(report), ensure_ascii=False, indent=2)
    with atomic_target(Path(path)) as temp:
        with open(temp, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    return Path(path)


def write_xlsx(report: PersonReport, path: Path) -> Path:
    """The report as a workbook: a sheet per section, the records of processing last."""
    with atomic_target(Path(path)) as temp:
        book = Book(report.title, german=report.german)
        try:
            first = True
            for section in report.sections:
                last = len(section.headers) - 1
                columns = [
                    SheetColumn(header, "wrap", 60) if i == last else SheetColumn(header)
                    for i, header in enumerate(section.headers)
                ]
                preface = (report.title, report.subtitle) if first else ()
                book.add_sheet(section.title, columns, section.rows, SheetLayout(preface=preface))
                first = False
            lines = [[line] for line in report.processing.splitlines()]
            book.add_sheet(
                report.processing_title, [SheetColumn(report.processing_title, "wrap", 100)], lines
            )
            book.save(temp)
        except BaseException:
            book.discard()
            raise
    return Path(path)


def write_report(report: PersonReport, path: Path) -> Path:
    """Write ``path`` as .xlsx or .json by its suffix (the PDF is laid out by the window's printing)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return write_json(report, path)
    return write_xlsx(report, path)
