"""The one error every reader raises, kept apart so that importing it loads no format library."""


class ReadError(ValueError):
    """A file that cannot be read as a document; the message says why in one line."""
