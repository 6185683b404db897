"""egov-network: members, contacts, expert topics and meetings of an e-government expert network."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("egov-network")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.0.0+checkout"

APP_NAME = "egov-network"
APP_AUTHOR = "egov-network"
