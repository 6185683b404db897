"""Making the preview of an import: read the file once, then decide its rows against the store.

``read_file_rows`` (exchange) reads the file; ``decide_rows`` decides the rows
it read with a kind, mapping and option, as often as the coordinator changes
them, without reading the file again; ``load_preview`` does both.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import chain, islice
from pathlib import Path

from egov_network.exchange.imports import (
    HEADER_SCAN_ROWS,
    FileRows,
    Preview,
    apply_mapping,
    file_notes,
    find_header,
    header_texts,
    import_kind,
    read_file_rows,
)
from egov_network.exchange.imports.cells import RowReader
from egov_network.exchange.imports.file_rows import ReadProgress
from egov_network.exchange.reading import DEFAULT_LIMITS, Limits
from egov_network.services.importing.decisions import DecideProgress, RowDecider
from egov_network.services.importing.matchers import AuthorityDecider, ContactDecider
from egov_network.services.importing.targets import fingerprint
from egov_network.services.registry import Services


def decider_for(services: Services, preview: Preview) -> RowDecider:
    """The decision logic of the preview's kind of list."""
    if preview.kind == "contacts":
        return ContactDecider(services, preview)
    return AuthorityDecider(services, preview)


def decide_rows(
    services: Services,
    rows: FileRows,
    kind: str,
    mapping: Mapping[str, str | None] | None = None,
    *,
    create_missing_authorities: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    progress: DecideProgress | None = None,
) -> Preview:
    """Decide per row what importing the rows read would do; nothing is written."""
    spec = import_kind(kind)
    stream = iter(rows)
    head = list(islice(stream, HEADER_SCAN_ROWS))
    if not head:
        return Preview(kind, rows.path, rows.sheet, {}, 0, [], create_missing_authorities, file_rows=rows)
    header_index = find_header([raw for _line, raw in head], kind, mapping)
    header_line, header_row = head[header_index]
    column_map = apply_mapping(header_texts(header_row), mapping, kind)
    preview = Preview(
        kind, rows.path, rows.sheet, column_map, header_line, [], create_missing_authorities, file_rows=rows
    )
    preview.notes = file_notes(column_map, kind)
    columns = [(index, key) for index, key in enumerate(column_map.values()) if key is not None]
    decider = decider_for(services, preview)
    reader = RowReader(columns, spec, rows.from_xlsx, limits, decider.extra_values)
    with services.store.read() as session:
        preview.fingerprint = fingerprint(session, kind)
        decider.decide(
            session,
            chain(head[header_index + 1 :], stream),
            reader,
            total=len(rows) - header_index - 1,
            progress=progress,
        )
    return preview


def load_preview(
    services: Services,
    path: Path,
    kind: str,
    sheet: str | None = None,
    mapping: Mapping[str, str | None] | None = None,
    *,
    create_missing_authorities: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    read_progress: ReadProgress | None = None,
    progress: DecideProgress | None = None,
) -> Preview:
    """Read ``path`` and decide per row; raises ``ImportFileError`` for unreadable files."""
    import_kind(kind)  # an unknown kind fails before the file is read
    rows = read_file_rows(Path(path), sheet, limits, read_progress)
    return decide_rows(
        services,
        rows,
        kind,
        mapping,
        create_missing_authorities=create_missing_authorities,
        limits=limits,
        progress=progress,
    )
