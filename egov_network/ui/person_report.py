"""The Art. 15 access report as a PDF (laid out like the other printouts), and one save for all formats.

The report's sections come from ``services/privacy.person_report``; here they
become one HTML document laid out on A4 pages by ``printing.render``, with
the records of processing at the end. ``.xlsx`` and ``.json`` go to
``exchange/person_report``.
"""

from __future__ import annotations

from pathlib import Path

from egov_network.exchange.person_report import write_report
from egov_network.services.privacy import PersonReport, Wording, person_report
from egov_network.store.database import Store
from egov_network.ui.printing import _STYLE, Printout, _esc, _table, save_pdf

#: The file kinds the report is written as, by suffix.
SUFFIXES = (".pdf", ".xlsx", ".json")


#: Column widths (percent) where the last column holds long text: the history's changes.
_WIDTHS = {"history": (15, 7, 11, 10, 17, 40), "person": (30, 70)}


def report_printout(report: PersonReport) -> Printout:
    """The report as a printout: a heading, then each section as a table (or "(none)")."""
    none = report.empty
    parts = [f"<h1>{_esc(report.title)}</h1><p class='sub'>{_esc(report.subtitle)}</p>"]
    for section in report.sections:
        parts.append(f"<h3>{_esc(section.title)}</h3>")
        if section.rows:
            rows = [[_esc(cell).replace("\n", "<br>") for cell in row] for row in section.rows]
            parts.append(_table(section.headers, rows, widths=_WIDTHS.get(section.key, ())))
        else:
            parts.append(f"<p>{_esc(none)}</p>")
    processing = _esc(report.processing).replace("\n", "<br>")
    parts.append(f"<h3>{_esc(report.processing_title)}</h3><p>{processing}</p>")
    return Printout(report.title, _STYLE + "".join(parts))


def save_report(report: PersonReport, path: Path) -> int:
    """Write the report as PDF, xlsx or JSON by the suffix of ``path``; the PDF's pages (1 for the others)."""
    if Path(path).suffix.lower() == ".pdf":
        return save_pdf(report_printout(report), Path(path))
    write_report(report, Path(path))
    return 1


def report_to_file(store: Store, contact_id: int, path: Path, *, german: bool = False) -> int:
    """``person report`` on the command line: makes the application object the PDF layout needs."""
    from PySide6.QtWidgets import QApplication

    from egov_network.domain.i18n import catalogue_translator
    from egov_network.ui import language

    wording = Wording(catalogue_translator("de"), True) if german else Wording()
    report = person_report(store, contact_id, wording)
    if Path(path).suffix.lower() != ".pdf":
        write_report(report, Path(path))
        return 1
    app = QApplication.instance() or QApplication(["egov-network-cli"])
    previous = getattr(language.current, "code", None) or "en"
    language.current.install("de" if german else "en")
    try:
        return save_pdf(report_printout(report), Path(path))
    finally:
        language.current.install(previous)
        del app
