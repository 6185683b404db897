"""Reading a list for import, without the database: kinds, column mapping, cells, the preview.

The file is read once (``file_rows``), its header recognised and mapped to
fields (``mapping``), its cells converted (``cells``); deciding per row what
happens and writing it are ``egov_network.services.importing``'s job, since
both need the store.
"""

from egov_network.exchange.imports.file_rows import FileRows, read_file_rows
from egov_network.exchange.imports.kinds import KINDS, ImportKind, import_kind
from egov_network.exchange.imports.mapping import (
    HEADER_SCAN_ROWS,
    ColumnMapping,
    apply_mapping,
    find_header,
    header_texts,
    recognise_mapping,
)
from egov_network.exchange.imports.preview import Preview, file_notes
from egov_network.exchange.imports.summary import preview_summary
from egov_network.exchange.preview_rows import PreviewRow, Reason, RowAction

__all__ = [
    "HEADER_SCAN_ROWS",
    "KINDS",
    "ColumnMapping",
    "FileRows",
    "ImportKind",
    "Preview",
    "PreviewRow",
    "Reason",
    "RowAction",
    "apply_mapping",
    "file_notes",
    "find_header",
    "header_texts",
    "import_kind",
    "preview_summary",
    "read_file_rows",
    "recognise_mapping",
]
