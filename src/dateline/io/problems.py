"""Problems a reader meets: one clear line naming the file and the reason."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.records import RawDocument


@dataclass(slots=True, frozen=True)
class Problem:
    """A file or record that could not be read. `fatal` means nothing of the file was kept."""

    file_path: str
    reason: str
    locator: str = ""
    fatal: bool = True

    def line(self) -> str:
        where = f"{self.file_path}:{self.locator}" if self.locator else self.file_path
        return f"{where}: {self.reason}"

    @property
    def kind(self) -> str:
        """The reason without details, for counting in the summary."""
        return self.reason.split(":")[0].split("(")[0].strip()


class UnreadableInput(Exception):
    """Raised at the boundary of a reader when a whole file cannot be used."""


ReadResult = RawDocument | Problem  # what a reader yields for each document it meets
