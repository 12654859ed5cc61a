"""The project's exceptions: one family, so the CLI can turn any of them into one line."""


class AigovError(Exception):
    """A problem the user can fix; its message is one line that says what to do."""


class InputError(AigovError):
    """A path or document cannot be read as a document."""


class QueryError(AigovError):
    """A query name, parameter or text is wrong."""


class GraphError(AigovError):
    """A built graph is missing or unreadable."""
