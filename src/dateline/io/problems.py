"""Problems a reader meets: one clear line naming the file and the reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

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


@dataclass(slots=True, frozen=True)
class SkippedFile:
    """A file in a folder of a type dateline does not read: counted by its type, not refused."""

    file_path: str

    @property
    def file_type(self) -> str:
        """Its suffix as the user would name the type (`.png`, `.csv.gz`, `no suffix`)."""
        suffixes = PurePath(self.file_path).suffixes
        suffix = "".join(suffixes[-2:]) if suffixes[-1:] == [".gz"] else "".join(suffixes[-1:])
        return suffix.lower() or "no suffix"
