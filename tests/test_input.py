"""Bad and pathological input: a documented CleanseedError, never a traceback from a dependency."""

from __future__ import annotations

import pytest

from cleanseed import (
    BinaryInputError,
    CleanseedError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    clean,
)
from cleanseed._input import decode, detect_format

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
PROSE = "The council voted on Tuesday to approve the new budget after a long debate in the chamber."


@pytest.mark.parametrize("raw", ["", b"", "   \n\t\n ", b" \r\n \n", "\ufeff", b"\xef\xbb\xbf  "])
def test_empty_input(raw: str | bytes) -> None:
    with pytest.raises(EmptyInputError):
        clean(raw)


BINARY = [
    PNG,
    PNG + bytes(range(256)) * 4,
    b"\x00" * 64 + b"text",
    "text\x00with\x00nuls\x00" * 20,
    bytes(range(32)) * 8,
]


@pytest.mark.parametrize("raw", BINARY)
def test_binary_input(raw: str | bytes) -> None:
    with pytest.raises(BinaryInputError, match="binary"):
        clean(raw)


def test_undecodable_bytes_behind_a_bom() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        clean(b"\xff\xfe" + b"a\x00b\x00c")


def test_errors_share_one_base_class() -> None:
    for error in (EmptyInputError, BinaryInputError, DecodeError, InputTooLargeError):
        assert issubclass(error, CleanseedError)
        assert issubclass(error, ValueError)


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff".encode() + PROSE.encode("utf-8"),
        PROSE.encode("utf-16"),
        PROSE.encode("utf-16-le"),
        "\ufeff".encode("utf-16-be") + PROSE.encode("utf-16-be"),
    ],
)
def test_byte_order_marks_and_utf16(raw: bytes) -> None:
    assert decode(raw) == PROSE


def test_declared_latin1_charset() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 cr\xe8me</p></body></html>'
    text = decode(html.encode("latin-1"))
    assert "Café crème" in text
    assert detect_format(text) == "html"


def test_undeclared_latin1_falls_back_to_detection() -> None:
    raw = ("Le caf\xe9 de la gare a ferm\xe9 ses portes apr\xe8s quarante ans. " * 5).encode("cp1252")
    assert "café" in decode(raw)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Spanish in windows-1252, which the detector ties with windows-1250 ("Espańa").
        ("El niño de España dijo que la señora tenía razón. ", "cp1252"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy, řekl starosta. ", "cp1250"),
    ],
)
def test_undeclared_single_byte_code_pages(text: str, encoding: str) -> None:
    assert decode((text * 3).encode(encoding)) == text * 3


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError, match="limit"):
        clean(PROSE * 10, max_bytes=100)
    assert clean(PROSE, max_bytes=len(PROSE)).text == PROSE


def test_five_megabyte_single_line_finishes() -> None:
    line = ("word " * 1_000_000).strip()
    assert clean(line).text == line


def test_hundred_thousand_short_lines_finish() -> None:
    text = "\n".join(f"Item {i} of the list" if i % 3 else "Related" for i in range(100_000))
    doc = clean(text)
    assert len(doc.text) < len(text)


def test_a_stray_tag_atop_a_browser_copy_is_not_html():
    from cleanseed._input import detect_format

    copy = '<div style="display:none;"><img src="//pixel.example/p.gif"></div>\nMenu\nHeadline\n' + "Body text. " * 40
    assert detect_format(copy) == "text"
    assert detect_format("<!DOCTYPE html><html><body><p>Hi</p></body></html>") == "html"


@pytest.mark.parametrize(
    "fragment",
    [
        f"<p>{PROSE}</p>",
        f"<article>\n  <h1>Budget passes</h1>\n  <p>{PROSE}</p>\n</article>\n",
        f'<section class="body"><p>{PROSE}</p></section>',
    ],
)
def test_a_fragment_opening_and_closing_on_a_tag_is_html(fragment: str) -> None:
    # A CMS's article body: one or two tags, but markup from the first character to the last.
    assert detect_format(fragment) == "html"
    assert clean(fragment).text == PROSE


def test_lone_surrogates_become_replacement_characters() -> None:
    assert decode("caf\u00e9 \ud800 ok \udfff") == "caf\u00e9 \ufffd ok \ufffd"
