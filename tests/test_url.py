import pytest

from cleanseed import clean, score
from cleanseed._url import host_names, squeezed, url_host, url_path

BODY = "By Anna Walsh\nThe council said on Tuesday that the new bridge would open next spring after two years."


def test_host_and_path_of_a_url() -> None:
    assert url_host("https://WWW.Example.com/News/2023/12/05/Story") == "www.example.com"
    assert url_path("https://www.example.com/News/2023/12/05/Story") == "/news/2023/12/05/story"


@pytest.mark.parametrize("url", [None, "", "http://[::1"])
def test_no_url_or_one_that_does_not_parse_has_no_parts(url: str | None) -> None:
    assert url_path(url) == url_host(url) == ""


@pytest.mark.parametrize("url", ["http://[::1", "http://x.com:99999/", "::::"])
def test_clean_and_score_take_a_url_that_does_not_parse(url: str) -> None:
    doc = clean(BODY, url=url)
    assert doc.authors == ("Anna Walsh",)
    assert doc.url == url
    assert 0.0 <= score(doc).score <= 1.0


def test_host_names_spell_the_site_from_each_part_of_its_host() -> None:
    assert host_names("https://www.fox-news.com/politics") == {"foxnewscom", "foxnews"}
    assert host_names("https://news.example.co.uk/") == {"newsexamplecouk", "newsexampleco", "news", "example", "co"}
    assert host_names(None) == host_names("http://[::1") == frozenset()
    assert squeezed("Fox-News  Channel") == "foxnewschannel"
