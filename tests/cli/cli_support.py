"""Documents written for the command-line tests, and small helpers to build inputs and read outputs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NEWS = """Council approves new flood defences for the river town

By Jane Smith
March 6, 2026

The city council approved a new flood defence plan on Tuesday after a long debate that ran late into the evening.

"This plan will protect more than four thousand homes," said Maria Lopez, the council's head of planning, in a \
statement.

Opposition councillor Tom Baker said the cost had doubled since the first estimate. "We were told one figure and now \
we have another," Baker told reporters after the vote.

The Environment Agency said in a report published last month that the river had flooded three times in ten years.

According to the agency, the new walls will be built over two years, starting in the spring. Work on the northern \
bank begins first, the council said.

Residents who spoke at the meeting welcomed the decision. "We have waited a long time," said Ahmed Khan, who runs a \
bakery near the bridge.
"""

COLUMN = """I have long believed that this city deserves better than the timid plans our leaders keep offering us.

Frankly, I think the new flood plan is a disgrace. We all know that the council never listens, and I am tired of \
pretending otherwise.

Some say the walls will help. I doubt it. In my view, the money would be far better spent elsewhere, and I suspect \
most readers agree with me.

Why should we trust people who have failed us again and again? Surely we deserve a council that thinks about the \
future rather than the next election.

I remember walking along the river as a child, and I cannot help feeling that something precious is being lost. It \
is, quite simply, a tragedy.

We must demand more. I urge every reader to write to their councillor and say so, loudly and clearly, before it is \
too late for all of us.
"""

HTML = (
    "<html><head><title>Flood defences approved</title></head><body><nav><a href='/'>Home</a></nav><article>"
    + "".join(f"<p>{p}</p>" for p in NEWS.split("\n\n")[2:])
    + "</article></body></html>"
)

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20
"""The start of a PNG image, repeated: NUL bytes and control characters."""

LENIENT = ["--min-words", "20", "--min-score", "0"]
"""Flags under which NEWS breaks no rule, so a test can switch on just the rule it is about."""


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]
"""The ``run`` fixture: ``run(*argv, stdin=None) -> Result``."""


def write(root: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Create ``files`` (relative name -> content) under ``root``; return their paths."""
    paths = []
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def codes(text: str) -> list[str]:
    """The rule codes of ``check --format text`` output, in order."""
    return [line.split()[1] for line in text.splitlines() if line.count(":") >= 2 and " CS" in line]


def pyproject(root: Path, body: str) -> Path:
    path = root / "pyproject.toml"
    path.write_text(body, encoding="utf-8")
    return path
