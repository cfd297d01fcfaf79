"""Sources: gathering the pages a draft cites or search finds, fetching them safely, and
reading their text."""
