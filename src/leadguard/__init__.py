"""leadguard: spam and lead-quality screening for landing-page forms."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("leadguard")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
