"""Printouts from the program: sign-in sheet, minutes, member list, address list; to a printer or a PDF.

Each printout is an HTML document (Qt's rich text) laid out on the page with
a header (the network's name and the printout's title) and a footer (the
date and "Page x of y"), page by page, so the same code serves the print
preview, the printer and "Save as PDF", in the window and on the command line.
Sizes are in points (1/72 inch) on the page: a sign-in row is at least 10 mm.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from egov_network.domain.enums import ConsentScope, ParticipationStatus
from egov_network.exchange.xlsx import atomic_target
from egov_network.services.consent import without_withdrawn
from egov_network.services.export_data import ExportData
from egov_network.services.queries import ContactListQuery
from egov_network.services.registry import Services
from egov_network.ui.display import enum_label, format_value

#: Whose printouts these are (the header's left side).
NETWORK = "Modellkommune E-Government"
#: Header and footer bands (points) and the gap to the text.
BAND = 22.0
#: The smallest sign-in row: 10 mm in points, with room to sign.
SIGN_ROW_PT = 10 / 25.4 * 72


@dataclass(frozen=True)
class Printout:
    """One document to print: its title (header, PDF title), the HTML body, and the page orientation."""

    title: str
    body: str
    landscape: bool = False
    #: People left out because they withdrew consent for this list (the window says so).
    left_out: int = 0


# Sizes in px: the page is painted in points, so 1 px here is 1 pt on paper.
_STYLE = (
    "<style>body{font-size:10px;} h1{font-size:15px;margin:0;} h3{font-size:11px;}"
    " p.sub{font-size:10px;color:#333;}"
    "table{border-collapse:collapse;} th{background:#e8e8e8;text-align:left;}"
    "td,th{border:1px solid #888;} td.group{background:#f2f2f2;font-weight:bold;}</style>"
)


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, padding: int = 4, widths: Sequence[int] = ()
) -> str:
    head = "".join(
        f'<th width="{widths[i]}%">{html.escape(h)}</th>' if i < len(widths) else f"<th>{html.escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{padding}" border="1">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _esc(value: object) -> str:
    return html.escape(str(value)) if value not in (None, "") else ""


def signin_sheet(services: Services, meeting_id: int) -> Printout:
    """Sign-in sheet: the meeting's title, date and place, one row per person (with title) to sign."""
    meeting = services.meetings.get(meeting_id)
    people = services.relations.roster(meeting_id)
    when = format_value(meeting.starts_at, "datetime")
    place = ", ".join(p for p in (meeting.place,) if p)
    # cellpadding 9 pt around 10 pt text gives rows of about 30 pt = 10.6 mm.
    rows = [[str(i), _esc(p.titled_name), _esc(p.authority), ""] for i, p in enumerate(people, start=1)]
    rows += [[str(len(people) + i), "", "", ""] for i in range(1, 6)]  # for those who come unannounced
    body = (
        f"<h1>{_esc(meeting.title)}</h1><p class='sub'>{_esc(when)}{' · ' + _esc(place) if place else ''}</p>"
        + _table(
            [
                QCoreApplication.translate("Printouts", "No."),
                QCoreApplication.translate("Printouts", "Name"),
                QCoreApplication.translate("Printouts", "Authority"),
                QCoreApplication.translate("Printouts", "Signature"),
            ],
            rows,
            padding=9,
            widths=(8, 32, 30, 30),
        )
    )
    return Printout(QCoreApplication.translate("Printouts", "Sign-in sheet"), _STYLE + body)


def minutes(services: Services, meeting_id: int) -> Printout:
    """The minutes (Protokoll): when and where, who took part, the minutes text, the action items."""
    meeting = services.meetings.get(meeting_id)
    people = [p for p in services.relations.roster(meeting_id) if p.status == ParticipationStatus.ATTENDED]
    items = services.relations.action_items(meeting_id)
    when = format_value(meeting.starts_at, "datetime")
    text = html.escape(
        meeting.minutes or QCoreApplication.translate("Printouts", "(no minutes written yet)")
    ).replace("\n", "<br>")
    attended = ", ".join(
        _esc(p.titled_name) + (f" ({_esc(p.authority)})" if p.authority else "") for p in people
    )
    heading = QCoreApplication.translate("Printouts", "Minutes")
    took_part = QCoreApplication.translate("Printouts", "Participants")
    nobody = QCoreApplication.translate("Printouts", "none recorded")
    agreed = QCoreApplication.translate("Printouts", "Action items")
    where = " · " + _esc(meeting.place) if meeting.place else ""
    body = (
        f"<h1>{_esc(heading)}: {_esc(meeting.title)}</h1>"
        f"<p class='sub'>{_esc(when)}{where}</p>"
        f"<h3>{_esc(took_part)}</h3><p>{attended or _esc(nobody)}</p>"
        f"<h3>{_esc(heading)}</h3><p>{text}</p>"
        f"<h3>{_esc(agreed)}</h3>"
        + _table(
            [
                QCoreApplication.translate("Printouts", "Action item"),
                QCoreApplication.translate("Printouts", "Owner"),
                QCoreApplication.translate("Printouts", "Due"),
                QCoreApplication.translate("Printouts", "Done"),
            ],
            [
                [
                    _esc(i.text).replace("\n", "<br>"),
                    _esc(i.owner),
                    _esc(format_value(i.due_on, "date")),
                    _esc(format_value(i.done_on, "date")),
                ]
                for i in items
            ],
            widths=(50, 22, 14, 14),
        )
    )
    return Printout(QCoreApplication.translate("Printouts", "Minutes"), _STYLE + body)


def member_list(services: Services) -> Printout:
    """The member list grouped by authority: a row per authority, then its active contact persons."""
    data = ExportData(services.store)
    keys_a = ["name", "kind", "state", "city"]
    keys_c = ["title", "first_name", "last_name", "function", "email", "phone"]
    rows: list[list[str]] = []
    for chunk in data.members(data.authority_ids(), keys_a, keys_c):
        for authority, people in chunk:
            _id, name, kind, state, city = authority
            where = ", ".join(x for x in (city, enum_label(state) if state else None) if x)
            rows.append([f"<b>{_esc(name)}</b>", _esc(enum_label(kind)), _esc(where), ""])
            for person in people:
                _pid, title, first, last, function, email, phone = person
                full = " ".join(p for p in (title, first, last) if p)
                rows.append(["&nbsp;&nbsp;&nbsp;" + _esc(full), _esc(function), _esc(email), _esc(phone)])
    title = QCoreApplication.translate("Printouts", "Member list")
    body = f"<h1>{_esc(title)}</h1>" + _table(
        [
            QCoreApplication.translate("Printouts", "Authority / contact person"),
            QCoreApplication.translate("Printouts", "Kind / function"),
            QCoreApplication.translate("Printouts", "Place / e-mail"),
            QCoreApplication.translate("Printouts", "Phone"),
        ],
        rows,
        widths=(34, 26, 26, 14),
    )
    return Printout(title, _STYLE + body, landscape=True, left_out=len(data.left_out))


def address_list(services: Services, contact_ids: Sequence[int] | None = None, heading: str = "") -> Printout:
    """Name, authority, function, e-mail and phone of the given people (all when None), in list order."""
    query = ContactListQuery(services.store)
    listed = list(contact_ids) if contact_ids is not None else query.ids()
    # An address list is for contacting people: not those who withdrew consent to it.
    ids, left_out = without_withdrawn(services.store, listed, ConsentScope.CONTACT)
    found = query.rows(ids)
    keys = [c.key for c in query.columns]
    pick = [
        keys.index(k) for k in ("last_name", "first_name", "title", "authority", "function", "email", "phone")
    ]
    rows = []
    for ident in ids:
        row = found.get(ident)
        if row is None:
            continue
        last, first, title, authority, function, email, phone = (row[i] for i in pick)
        name = ", ".join(p for p in (last, " ".join(x for x in (title, first) if x)) if p)
        rows.append([_esc(name), _esc(authority), _esc(function), _esc(email), _esc(phone)])
    title = heading or QCoreApplication.translate("Printouts", "Address list")
    body = f"<h1>{_esc(title)}</h1>" + _table(
        [
            QCoreApplication.translate("Printouts", "Name"),
            QCoreApplication.translate("Printouts", "Authority"),
            QCoreApplication.translate("Printouts", "Function"),
            QCoreApplication.translate("Printouts", "E-mail"),
            QCoreApplication.translate("Printouts", "Phone"),
        ],
        rows,
        widths=(22, 26, 20, 20, 12),
    )
    return Printout(title, _STYLE + body, landscape=True, left_out=left_out)


def new_printer(printout: Printout, pdf: Path | None = None) -> QPrinter:
    """An A4 printer (or PDF writer) with 15 mm margins, portrait or landscape as the printout wants."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = (
        QPageLayout.Orientation.Landscape if printout.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(printout.title)
    if pdf is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
    return printer


def render(printout: Printout, printer: QPrinter) -> int:
    """Lay the printout out page by page with header and footer; returns the number of pages."""
    page = printer.pageRect(QPrinter.Unit.Point)
    width, height = page.width(), page.height()
    document = QTextDocument()
    base = QFont("DejaVu Sans")
    base.setPixelSize(10)  # points on paper (see _STYLE)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    document.setHtml(printout.body)
    body_height = height - 2 * BAND
    document.setPageSize(QSizeF(width, body_height))
    pages = max(1, document.pageCount())
    painter = QPainter(printer)
    try:
        scale = printer.resolution() / 72.0
        painter.scale(scale, scale)
        small = QFont("DejaVu Sans")
        small.setPixelSize(8)
        today = format_value(date.today(), "date")
        for number in range(pages):
            if number:
                printer.newPage()
            painter.setFont(small)
            painter.drawText(
                QRectF(0, 0, width, BAND - 6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, NETWORK
            )
            painter.drawText(
                QRectF(0, 0, width, BAND - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                printout.title,
            )
            painter.drawLine(0, int(BAND - 6), int(width), int(BAND - 6))
            footer = QRectF(0, height - BAND + 8, width, BAND - 8)
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                QCoreApplication.translate("Printouts", "As of {date}").format(date=today),
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                QCoreApplication.translate("Printouts", "Page {page} of {pages}").format(
                    page=number + 1, pages=pages
                ),
            )
            painter.save()
            painter.translate(0, BAND - number * body_height)
            document.drawContents(painter, QRectF(0, number * body_height, width, body_height))
            painter.restore()
    finally:
        painter.end()
    return pages


def save_pdf(printout: Printout, path: Path) -> int:
    """Write the printout as a PDF (a private temporary file beside it, then renamed); returns its pages."""
    with atomic_target(Path(path)) as partial:
        return render(printout, new_printer(printout, partial))


def print_to_pdf(
    services: Services, what: str, path: Path, *, meeting: int | None = None, german: bool = False
) -> int:
    """A printout ("signin", "minutes", "members") as PDF without a window (the command line); its pages.

    Makes the application object Qt's text layout needs, in the language
    asked for, and puts the previous language back for a caller in the same process.
    """
    from PySide6.QtWidgets import QApplication

    from egov_network.ui import language

    app = QApplication.instance() or QApplication(["egov-network-cli"])
    previous = getattr(language.current, "code", None) or "en"
    language.current.install("de" if german else "en")
    try:
        if what == "signin" and meeting is not None:
            printout = signin_sheet(services, meeting)
        elif what == "minutes" and meeting is not None:
            printout = minutes(services, meeting)
        else:
            printout = member_list(services)
        return save_pdf(printout, path)
    finally:
        language.current.install(previous)
        del app
