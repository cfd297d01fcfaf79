"""factcheck: check the facts in an article before it is published."""

__version__ = "0.1.0"
