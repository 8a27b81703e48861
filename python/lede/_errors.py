"""The exceptions lede raises: one per lede::Status code, all subclasses of lede.Error."""


class Error(Exception):
    """A lede operation failed; the message is the C++ Status message."""

    code = "unknown"


class InvalidArgumentError(Error, ValueError):
    """A malformed argument or query, or a call on a closed store."""

    code = "invalid_argument"


class NotFoundError(Error, LookupError):
    """A missing file, store or entry."""

    code = "not_found"


class CorruptionError(Error):
    """Malformed input, or a file that is not a lede store (or is newer than this lede)."""

    code = "corruption"


class NotSupportedError(Error):
    """Valid input lede does not handle."""

    code = "not_supported"


class TooLargeError(Error):
    """A named limit was exceeded."""

    code = "too_large"


class InputOutputError(Error, OSError):
    """The operating system failed a read or write."""

    code = "io_error"


class EmptyError(Error):
    """The input parsed but held no article text."""

    code = "empty"


_BY_CODE = {cls.code: cls for cls in (InvalidArgumentError, NotFoundError, CorruptionError,
                                      NotSupportedError, TooLargeError, InputOutputError,
                                      EmptyError)}


def error_class(code: str) -> type:
    """The exception class for a Status code name ("not_found", ...); Error for unknown ones."""
    return _BY_CODE.get(code, Error)
