"""``python -m egov_network`` starts the desktop program."""

import sys

from egov_network.app import main

sys.exit(main())
