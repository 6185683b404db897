"""Developer tool: ``python -m egov_network.store.revision "message"`` writes a new migration.

It upgrades a scratch database to the current head, lets Alembic compare it
with the models, and writes the difference as a revision to review by hand.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from egov_network.store.migrate import alembic_config, open_store


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print('usage: python -m egov_network.store.revision "what changed"', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "scratch.sqlite")
        config = alembic_config()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=argv[0], autogenerate=True)
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
