"""Errors that reach the user as one line and exit code 2."""

from __future__ import annotations


class NewslintError(Exception):
    """A usage, configuration or input problem, already phrased for the user."""


class InputError(NewslintError):
    """A file that cannot be read as a story."""


class ConfigError(NewslintError):
    """A configuration or rule pack that is not valid."""
