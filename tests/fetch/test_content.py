"""Content types, binary sniffing and charsets, through the server and on their own."""

from __future__ import annotations

import codecs
import json

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.charsets import choose_charset, declared_charset
from factcheck.sources.fetch import FetchOptions, FetchRequest, fetch_all
from factcheck.sources.fetch.content import decode_text, sniff_binary
from factcheck.sources.fetch.failure import FetchFailure

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

RUSSIAN = "Пример текста на русском языке: проверка факта о том, что вода кипит при ста градусах."
TITLE = "Новости"


def serve(server: FaultServer, path: str, content_type: str | None, body: bytes) -> str:
    headers = {"Content-Type": content_type} if content_type else {}
    server.static[path] = (200, headers, body)
    return server.url(path)


def test_cp1251_body_with_a_wrong_utf8_header(server: FaultServer, options: FetchOptions) -> None:
    body = f"<html><head><title>{TITLE}</title></head><body><p>{RUSSIAN}</p></body></html>"
    url = serve(server, "/wrong", "text/html; charset=utf-8", body.encode("cp1251"))
    [result] = fetch_all([url], options)
    assert result.ok
    assert result.charset == "cp1251"
    assert RUSSIAN in (result.text or "")


def test_charset_only_in_meta(server: FaultServer, options: FetchOptions) -> None:
    body = (
        f'<html><head><meta charset="windows-1251"><title>{TITLE}</title></head>'
        f"<body>{RUSSIAN}</body></html>"
    )
    url = serve(server, "/meta", "text/html", body.encode("cp1251"))
    [result] = fetch_all([url], options)
    assert result.charset == "cp1251"
    assert TITLE in (result.text or "")


def test_charset_in_http_equiv_meta(server: FaultServer, options: FetchOptions) -> None:
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        f"</head><body>{RUSSIAN}</body></html>"
    )
    url = serve(server, "/equiv", "text/html", body.encode("koi8-r"))
    [result] = fetch_all([url], options)
    assert result.charset == "koi8-r"
    assert RUSSIAN in (result.text or "")


def test_no_charset_anywhere_is_detected(server: FaultServer, options: FetchOptions) -> None:
    body = f"<html><body><p>{RUSSIAN} {RUSSIAN}</p></body></html>"
    url = serve(server, "/bare", "text/html", body.encode("cp1251"))
    [result] = fetch_all([url], options)
    assert RUSSIAN in (result.text or "")


def test_utf8_body_under_a_latin1_header(server: FaultServer, options: FetchOptions) -> None:
    url = serve(server, "/latin", "text/html; charset=iso-8859-1", "<p>café – naïve</p>".encode())
    [result] = fetch_all([url], options)
    assert result.charset == "utf-8"
    assert "café – naïve" in (result.text or "")


def test_xhtml_with_xml_declaration(server: FaultServer, options: FetchOptions) -> None:
    body = '<?xml version="1.0" encoding="ISO-8859-15"?><html><body>€ œ</body></html>'
    url = serve(server, "/xhtml", "application/xhtml+xml", body.encode("iso-8859-15"))
    [result] = fetch_all([url], options)
    assert result.content_type == "application/xhtml+xml"
    assert "€ œ" in (result.text or "")


def test_binary_served_as_html_is_reported_not_parsed(
    server: FaultServer, options: FetchOptions
) -> None:
    [result] = fetch_all([server.url("/binary-as-html")], options)
    assert result.error == "not_html"
    assert "PNG" in (result.detail or "")
    assert result.content_type == "text/html"
    assert result.text is None and result.body is None


def test_nul_bytes_served_as_html(server: FaultServer, options: FetchOptions) -> None:
    url = serve(server, "/nul", "text/html", b"<html>\x00\x00\x00\x01\x02</html>")
    [result] = fetch_all([url], options)
    assert result.error == "not_html"


def test_pdf_is_not_html(server: FaultServer, options: FetchOptions) -> None:
    url = serve(server, "/doc.pdf", "application/pdf", b"%PDF-1.7\n...")
    [result] = fetch_all([url], options)
    assert result.error == "not_html"
    assert result.content_type == "application/pdf"
    assert "application/pdf" in (result.detail or "")


def test_json_only_for_api_requests(server: FaultServer, options: FetchOptions) -> None:
    url = serve(server, "/api", "application/json", json.dumps({"population": 8_000_000}).encode())
    page, api = fetch_all([FetchRequest(url), FetchRequest(url, kind="api")], options)
    assert page.error == "not_html"
    assert api.ok
    assert json.loads(api.text or "") == {"population": 8_000_000}
    # kind="api" skips robots.txt: only the page request asked for it.
    assert server.paths().count("/robots.txt") == 1


def test_plain_text_and_missing_content_type(server: FaultServer, options: FetchOptions) -> None:
    plain = serve(server, "/plain", "text/plain", b"just text")
    untyped = serve(server, "/untyped", None, b"<!DOCTYPE html><html><body>x</body></html>")
    a, b = fetch_all([plain, untyped], options)
    assert a.ok and a.content_type == "text/plain"
    assert b.ok and b.content_type == "text/html"


# Servers that do not know a path's type (no extension, ".aspx", ".php") send
# application/octet-stream: a body that holds markup is still a page, and other text is
# read as plain text; binary data is refused.
UNTYPED_BODIES = [
    (b"<!DOCTYPE html><html><body><p>Ferry fares rose.</p></body></html>", "text/html"),
    (b"\n  <html lang=en><body><p>Ferry fares rose.</p></body></html>", "text/html"),
    (codecs.BOM_UTF8 + b"<!-- built by hand -->\n<div>Ferry fares rose.</div>", "text/html"),
    (b"<TABLE><tr><td>Fares</td></tr></TABLE>", "text/html"),
    (b'<meta charset="utf-8">\n<title>Fares</title>\n<p>Ferry fares rose.</p>', "text/html"),
    (b"<section class=story><p>Ferry fares rose.</p></section>", "text/html"),
    (b"Ferry fares rose.", "text/plain"),
    (b"PRESS STATEMENT\n\nFerry fares rose by 4% on Monday.", "text/plain"),
    (b"\x89PNG\r\n\x1a\n<html>", None),
    (b"Ferry\x00\x01\x02 fares rose.", None),
]


def test_untyped_bodies_are_read_when_they_open_like_html(
    server: FaultServer, options: FetchOptions
) -> None:
    urls = [
        serve(server, f"/jobs/{i}", "application/octet-stream", body)
        for i, (body, _) in enumerate(UNTYPED_BODIES)
    ]
    results = fetch_all(urls, options)
    for result, (_, want) in zip(results, UNTYPED_BODIES, strict=True):
        if want is None:
            assert result.error == "not_html", result
        else:
            assert result.ok and result.content_type == want, result
            assert "Ferry fares rose" in (result.text or "") or "Fares" in (result.text or "")


# Text types other than a page's, as Python's http.server names ".md", ".csv" and ".pl":
# markup in them is read as HTML, other text as plain text; style and script are refused.
TEXT_TYPED_BODIES = [
    ("text/markdown", b"# Fares\n\nFerry fares rose by 4%.", "text/plain"),
    ("text/csv", b"route,fare\nFerry fares rose,4%", "text/plain"),
    ("text/x-perl", b"<!doctype html><p>Ferry fares rose.</p>", "text/html"),
    ("text/tab-separated-values; charset=utf-8", b"Ferry fares rose\t4%", "text/plain"),
    ("text/css", b"p { color: red } /* Ferry fares rose */", None),
    ("text/javascript", b"var note = 'Ferry fares rose';", None),
]


def test_other_text_types_are_read_as_text(server: FaultServer, options: FetchOptions) -> None:
    urls = [
        serve(server, f"/typed/{i}", ctype, body)
        for i, (ctype, body, _) in enumerate(TEXT_TYPED_BODIES)
    ]
    results = fetch_all(urls, options)
    for result, (_, _, want) in zip(results, TEXT_TYPED_BODIES, strict=True):
        if want is None:
            assert result.error == "not_html", result
        else:
            assert result.ok and result.content_type == want, result
            assert "Ferry fares rose" in (result.text or ""), result


def test_empty_body(server: FaultServer, options: FetchOptions) -> None:
    url = serve(server, "/empty", "text/html", b"")
    [result] = fetch_all([url], options)
    assert result.error == "empty"
    assert result.status == 200


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"%PDF-1.4", "PDF document"),
        (b"GIF89a..", "GIF image"),
        (b"PK\x03\x04...", "ZIP archive"),
        (b"<html>\x00</html>", "binary data (NUL bytes)"),
        (b"<html>hello</html>", None),
        (codecs.BOM_UTF16_LE + "<html>".encode("utf-16-le"), None),
    ],
)
def test_sniff_binary(body: bytes, name: str | None) -> None:
    assert sniff_binary(body) == name


def test_bom_wins_over_everything() -> None:
    body = codecs.BOM_UTF8 + "<meta charset=latin1>é".encode()
    assert choose_charset(body, "cp1251", True) == "utf-8"
    decoded = decode_text(body, "text/html; charset=cp1251", "page")
    assert decoded.text.endswith("é")
    assert not decoded.text.startswith("\ufeff")


def test_declared_charset_ignores_utf16_in_meta() -> None:
    assert declared_charset(b'<meta charset="utf-16">') == "utf-8"
    assert declared_charset(b"<meta charset=nonsense-charset>") is None


def test_decode_text_errors() -> None:
    with pytest.raises(FetchFailure) as info:
        decode_text(b"{}", "application/json", "page")
    assert info.value.code == "not_html"
    with pytest.raises(FetchFailure) as info:
        decode_text(b"", "text/html", "page")
    assert info.value.code == "empty"
