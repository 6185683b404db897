"""Importing contacts and authorities: decide a preview against the store, then apply it in one transaction.

``load_preview`` reads a file (``egov_network.exchange.imports``) and decides
per row whether it creates a record, updates one, or is skipped, and why
(``preview``, ``decisions``, ``matchers``). Nothing is written until
``apply_preview`` (``writing``), which re-checks the decisions under the write
lock and runs every row in one ``store.write()``: the import is there
completely or not at all. ``undo_import``/``redo_import`` (``snapshots``) take
the whole import back and forth as one step.

Rules (the preview explains each decision in its reasons):

* A row whose ``ID`` names an existing record updates it (an exported list
  edited in Excel comes back to the same records); an unknown ID is a new
  record. Without an ID, a row updates the existing contact with the same
  email (ignoring case) or the same name at the same authority; authorities
  match by AGS or by exact name.
* Updates only fill in and overwrite: a blank cell never erases a stored value.
* A repeat of an earlier row of the same file is skipped; a row the services'
  validation rejects is skipped and can not be forced.
* An authority named in a contacts list is matched tolerantly ("Norderstedt"
  finds "Stadt Norderstedt"). An unknown one is created only with
  ``create_missing_authorities``; otherwise the contact is imported without an
  authority, and the row says so.
* An .xlsx cell holding a formula is imported as the formula's text, never
  evaluated, and the row is flagged; a cell longer than
  ``Limits.max_cell_chars`` makes its row skipped.
"""

from egov_network.services.importing.preview import decide_rows, load_preview
from egov_network.services.importing.results import ImportResult, ImportRowError
from egov_network.services.importing.snapshots import redo_import, undo_import
from egov_network.services.importing.targets import count_records
from egov_network.services.importing.writing import apply_preview

__all__ = [
    "ImportResult",
    "ImportRowError",
    "apply_preview",
    "count_records",
    "decide_rows",
    "load_preview",
    "redo_import",
    "undo_import",
]
