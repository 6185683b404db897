"""Persistence: SQLAlchemy models, the engine with its SQLite settings, migrations."""

# Importing the package registers the search-text listeners, so every ORM write
# keeps ``search_text`` current whichever store module a caller imported first.
from egov_network.store import search as _search  # noqa: F401
