"""The fetcher's tests (a package, so that their conftest is not imported as ``conftest``)."""
