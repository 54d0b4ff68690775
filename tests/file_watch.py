"""Which files in a directory get opened, seen by the kernel (Linux inotify via ctypes).

Python's audit hooks only see files Python itself opens; Qt reads files in C++
(images, style sheets a rich-text label or browser resolves). inotify reports
every open and read of a file in a watched directory, whoever does it.
Linux only: elsewhere :class:`OpenWatch` raises, so a test that needs it fails.
"""

from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path
from types import TracebackType

IN_ACCESS = 0x001
IN_OPEN = 0x020
IN_ISDIR = 0x40000000
_HEADER = struct.Struct("iIII")


class OpenWatch:
    """Records the names of files opened or read in the given directories."""

    def __init__(self, *directories: Path) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self._libc = libc
        self._fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self._dirs: dict[int, Path] = {}
        for directory in directories:
            wd = libc.inotify_add_watch(self._fd, os.fsencode(directory), IN_OPEN | IN_ACCESS)
            if wd < 0:
                raise OSError(ctypes.get_errno(), f"inotify_add_watch({directory}) failed")
            self._dirs[wd] = directory
        self.events: list[tuple[Path, int]] = []

    def poll(self) -> list[tuple[Path, int]]:
        """Collect the events so far: (path, mask); a directory listing gives the directory."""
        while True:
            try:
                data = os.read(self._fd, 1 << 16)
            except BlockingIOError:
                break
            pos = 0
            while pos < len(data):
                wd, mask, _cookie, length = _HEADER.unpack_from(data, pos)
                pos += _HEADER.size
                name = data[pos : pos + length].rstrip(b"\0")
                pos += length
                base = self._dirs.get(wd, Path("?"))
                self.events.append((base / os.fsdecode(name) if name else base, mask))
        return self.events

    def files(self) -> set[Path]:
        """Files (not directories) opened or read so far."""
        return {path for path, mask in self.poll() if not mask & IN_ISDIR}

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> OpenWatch:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
