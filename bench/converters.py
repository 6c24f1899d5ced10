"""clean() on the development pages rendered by other HTML-to-markdown and HTML-to-text converters than the data's.

The flat captures in ../shared/dev come from one converter; seed files come from many. This renders each page's HTML
with html2text (its defaults, which wrap at 78 characters; unwrapped; unwrapped with reference-style links), with
markdownify (its defaults), and as text with inscriptis and html-text, where those packages are installed (``pip
install html2text markdownify inscriptis html-text``; none is a dependency of cleanseed), and prints the shingle
P/R/F1 of cleanseed on each rendering beside the uncleaned rendering, for all pages and for the held-out sites (each
rendering's format detected, as ``clean`` does by default), and the title, authors and date it lifts. Exits cleanly
when the data or every converter is absent.

    python bench/converters.py [--limit N] [--data DIR] [--only pandoc]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _metrics import DEFAULT_DATA, PRF, load_gold, mean_prf, prf
from clean_bench import metadata_report

from cleanseed import CleanseedError, Document, clean


def _html2text(*, wrap: bool = True, inline_links: bool = True) -> Callable[[str], str]:
    import html2text

    def render(html: str) -> str:
        converter = html2text.HTML2Text()
        if not wrap:
            converter.body_width = 0
        converter.inline_links = inline_links
        return str(converter.handle(html))

    return render


def _markdownify(html: str) -> str:
    import markdownify

    return str(markdownify.markdownify(html))


def _inscriptis(html: str) -> str:
    import inscriptis

    return str(inscriptis.get_text(html))


def _html_text(html: str) -> str:
    import html_text

    return str(html_text.extract_text(html))


def _pandoc(to: str) -> Callable[[str], str]:
    import pypandoc

    def render(html: str) -> str:
        try:
            return str(pypandoc.convert_text(html, to, format="html", extra_args=["--quiet"]))
        except RuntimeError:  # pandoc gave up on the page: scored as an empty rendering
            return ""

    return render


def _html_to_markdown(html: str) -> str:
    import html_to_markdown

    return str(html_to_markdown.convert(html).content or "")


def _markitdown(html: str) -> str:
    import io

    from markitdown import MarkItDown

    return str(MarkItDown().convert_stream(io.BytesIO(html.encode()), file_extension=".html").text_content)


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html))


def _trafilatura(output_format: str) -> Callable[[str], str]:
    import trafilatura

    def render(html: str) -> str:
        return str(trafilatura.extract(html, output_format=output_format) or "")

    return render


_RENDERINGS: tuple[tuple[str, str, Callable[[], Callable[[str], str]]], ...] = (
    # Text an extractor already cut out of the page (trafilatura is a dependency): cleaning it must not cost its body.
    ("trafilatura", "trafilatura's own text", partial(_trafilatura, "txt")),
    ("trafilatura", "trafilatura's own markdown", partial(_trafilatura, "markdown")),
    ("html2text", "html2text (wraps at 78)", _html2text),
    ("html2text", "html2text, unwrapped", partial(_html2text, wrap=False)),
    ("html2text", "html2text, reference links", partial(_html2text, wrap=False, inline_links=False)),
    ("markdownify", "markdownify", lambda: _markdownify),
    ("inscriptis", "inscriptis (text)", lambda: _inscriptis),
    ("html_text", "html-text (text)", lambda: _html_text),
    ("html_to_markdown", "html-to-markdown", lambda: _html_to_markdown),
    ("markitdown", "markitdown", lambda: _markitdown),
    ("resiliparse", "resiliparse (text)", lambda: _resiliparse),
    ("pypandoc", "pandoc markdown", partial(_pandoc, "markdown")),
    ("pypandoc", "pandoc gfm", partial(_pandoc, "gfm")),
    ("pypandoc", "pandoc plain", partial(_pandoc, "plain")),
)
"""Each rendering: the module it needs, its name, and what makes its renderer (importing the converter)."""


def converters() -> dict[str, Callable[[str], str]]:
    """The renderings this machine can make."""
    return {name: make() for module, name, make in _RENDERINGS if importlib.util.find_spec(module)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages (default: all)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"development data (default {DEFAULT_DATA})")
    parser.add_argument("--only", default="", help="measure the converters whose name holds this text")
    args = parser.parse_args(argv)
    renderers = {name: render for name, render in converters().items() if args.only in name}
    if not renderers:
        print("no converter is installed (see this script's docstring); nothing to measure")
        return 0
    pages = load_gold(args.data, limit=args.limit)
    if not pages:
        print("no pages found; nothing to measure")
        return 0
    print(f"{len(pages)} pages from {args.data}; metric: 4-token shingle P/R/F1, page mean (held-out sites apart)")
    for name, render in renderers.items():
        ours: list[PRF] = []
        floor: list[PRF] = []
        held_out: list[PRF] = []
        docs: dict[str, Document] = {}
        for page in pages:
            rendered = render(page.capture("html"))
            with contextlib.suppress(CleanseedError):  # an empty rendering: scored as empty output
                docs[page.id] = clean(rendered, url=page.url)
            score = prf(docs[page.id].text if page.id in docs else "", page.text)
            ours.append(score)
            floor.append(prf(rendered, page.text))
            if page.split == "test":
                held_out.append(score)
        mean = mean_prf(ours)
        print(
            f"  {name:<27} cleanseed P {mean.precision:.3f} R {mean.recall:.3f} F1 {mean.f1:.3f}"
            f" (held-out {mean_prf(held_out).f1:.3f});  no cleaning F1 {mean_prf(floor).f1:.3f}"
        )
        print("\n".join("  " + line for line in metadata_report(pages, docs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
