"""Report formats. Every format renders the same :class:`factcheck.model.Report`."""
