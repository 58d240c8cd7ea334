"""A generator of hostile judgment files, written into a folder at test time.

Nothing binary is committed: every file is built here from code (hand-written PDF
bytes, zip archives, streamed HTML), deterministically from a seed.

``generate(folder)`` writes the files and returns one ``Case`` per file, saying
what the ingest of that file must end as:

* ``ERROR``  exactly one ``errors`` row for the file, of one of ``kinds``;
* ``READ``   a judgment whose text contains ``contains`` (a good file, maybe with a
  wrong extension);
* ``EITHER`` one of the two (a truncated file may still hold a readable text
  layer); if read, the text must contain ``contains``.

Encrypted PDFs are hand-crafted: a Standard security handler dictionary with
random /O and /U (no password opens them), and one RC4-encrypted file whose user
password is empty (readable, like many court PDFs).  pypdf is not used.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import random
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ERROR, READ, EITHER = "error", "read", "either"
INGEST_ERRORS = ("IngestError", "UnsupportedFormatError", "DocumentTooLargeError")
TOO_LARGE = ("DocumentTooLargeError",)
UNSUPPORTED = ("UnsupportedFormatError",)

MB = 1024 * 1024

LINES = [
    "IN THE HIGH COURT OF TESTLAND",
    "Republic v Fictional Person",
    "Criminal Case No. 12 of 2021",
    "JUDGMENT",
    "The accused was charged with trafficking in persons contrary to section 3.",
    "A second count charged the accused with bribery of a public officer.",
    "The prosecution called seven witnesses, among them the complainant.",
    "Having considered the evidence, the court finds the accused guilty.",
    "The accused is sentenced to ten years imprisonment on the first count.",
]
MARKER = "Fictional Person"  # text every readable variant must yield


@dataclass(frozen=True, slots=True)
class Case:
    name: str  # file name inside the folder
    family: str  # the class of hostility, for the report
    expect: str  # ERROR, READ or EITHER
    kinds: tuple[str, ...] = INGEST_ERRORS  # allowed error kinds
    contains: str = MARKER
    bug: str = ""  # "BUGS.md #n" while a known bug makes this case fail


Writer = Callable[[Path], None]


# -- PDF by hand -----------------------------------------------------------------------------


def _pdf_escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def _content(lines: list[str]) -> bytes:
    body = b"BT /F1 11 Tf 72 760 Td 14 TL "
    for line in lines:
        body += b"(" + _pdf_escape(line) + b") Tj T* "
    return body + b"ET"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def assemble_pdf(objects: list[bytes], trailer: bytes = b"", root: int = 1) -> bytes:
    """A PDF file with a correct xref table for ``objects`` (numbered from 1)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (len(objects) + 1, root, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def text_pdf(pages: list[list[str]] | None = None, *, compress: bool = False) -> bytes:
    """A valid PDF with a text layer: catalog, page tree, font, one page per entry."""
    pages = pages or [LINES, LINES[4:]]
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, lines in enumerate(pages):
        content = _content(lines)
        stream = _stream(zlib.compress(content), b"/Filter /FlateDecode ") if compress else None
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * i + 1)
        )
        objects.append(stream or _stream(content))
    return assemble_pdf(objects)


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def rc4_empty_password_pdf() -> bytes:
    """Standard security handler R2 (40-bit RC4), empty user password: readable."""
    owner = hashlib.md5(b"owner").digest() * 2
    perms = -44
    file_id = hashlib.md5(b"caselaw-hostile").digest()
    key = hashlib.md5(_PAD + owner + perms.to_bytes(4, "little", signed=True) + file_id).digest()
    key = key[:5]
    user = _rc4(key, _PAD)

    def enc(num: int, data: bytes) -> bytes:
        obj_key = hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return _rc4(obj_key, data)

    content = _content(LINES)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(enc(5, content)),
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner.hex().encode(), user.hex().encode(), perms),
    ]
    trailer = b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode())
    return assemble_pdf(objects, trailer)


def locked_pdf(encrypt: bytes, with_id: bool = True) -> bytes:
    """A PDF whose /Encrypt dictionary no empty password opens."""
    base = text_pdf([LINES])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(hashlib.sha256(base).digest() * 8),  # ciphertext-like noise
        encrypt,
    ]
    file_id = hashlib.md5(encrypt).hexdigest().encode()
    trailer = b"/Encrypt 6 0 R " + (b"/ID [<%s> <%s>] " % (file_id, file_id) if with_id else b"")
    return assemble_pdf(objects, trailer)


def _hexrand(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(n).hex().encode()


def encrypted_variants(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    o, u = _hexrand(rng, 32), _hexrand(rng, 32)
    yield "rc4-40", locked_pdf(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (o, u))
    yield (
        "rc4-128",
        locked_pdf(b"<< /Filter /Standard /V 2 /R 3 /Length 128 /O <%s> /U <%s> /P -4 >>" % (o, u)),
    )
    yield (
        "aes-128",
        locked_pdf(
            b"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 "
            b"/AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF "
            b"/O <%s> /U <%s> /P -4 >>" % (o, u)
        ),
    )
    o48, u48 = _hexrand(rng, 48), _hexrand(rng, 48)
    yield (
        "aes-256",
        locked_pdf(
            b"<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 "
            b"/AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF "
            b"/O <%s> /U <%s> /OE <%s> /UE <%s> /Perms <%s> /P -4 >>"
            % (o48, u48, _hexrand(rng, 32), _hexrand(rng, 32), _hexrand(rng, 16))
        ),
    )
    yield "unknown-handler", locked_pdf(b"<< /Filter /Acme.Secure /V 9 /R 9 >>")
    yield (
        "no-id",
        locked_pdf(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (o, u), False),
    )
    yield (
        "bad-revision",
        locked_pdf(b"<< /Filter /Standard /V 1 /R 99 /O <%s> /U <%s> /P -4 >>" % (o, u)),
    )


def malformed_pdfs(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    good = text_pdf()
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"
    )
    yield "header-only", b"%PDF-1.7\n"
    yield "header-eof", b"%PDF-1.4\n%%EOF\n"
    yield "header-garbage", b"%PDF-1.4\n" + rng.randbytes(4096)
    for i in range(5):
        yield f"random-body-{i}", b"%PDF-1.5\n" + rng.randbytes(rng.randint(100, 50_000))
    yield "no-root", assemble_pdf([b"<< /Type /Pages /Kids [] /Count 0 >>"], root=7)
    yield "root-not-dict", assemble_pdf([b"42"])
    yield (
        "empty-page-tree",
        assemble_pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
        ),
    )
    yield (
        "page-tree-loop",
        assemble_pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]
        ),
    )
    yield (
        "kids-not-array",
        assemble_pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids 5 /Count 1 >>"]
        ),
    )
    pages = b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>"
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    yield (
        "bad-stream-length",
        assemble_pdf(
            [
                catalog,
                pages,
                font,
                page,
                b"<< /Length 999999 >>\nstream\n" + _content(LINES) + b"\nendstream",
            ]
        ),
    )
    yield (
        "negative-length",
        assemble_pdf(
            [
                catalog,
                pages,
                font,
                page,
                b"<< /Length -5 >>\nstream\n" + _content(LINES) + b"\nendstream",
            ]
        ),
    )
    yield (
        "length-ref-missing",
        assemble_pdf(
            [
                catalog,
                pages,
                font,
                page,
                b"<< /Length 99 0 R >>\nstream\n" + _content(LINES) + b"\nendstream",
            ]
        ),
    )
    yield (
        "corrupt-flate",
        assemble_pdf(
            [catalog, pages, font, page, _stream(rng.randbytes(2000), b"/Filter /FlateDecode ")]
        ),
    )
    yield (
        "unknown-filter",
        assemble_pdf([catalog, pages, font, page, _stream(b"xyz", b"/Filter /NoSuchDecode ")]),
    )
    yield (
        "bad-operators",
        assemble_pdf(
            [catalog, pages, font, page, _stream(b"BT /F1 ( Tj Tj Tj ] ] >> << ET q Q Q Q " * 200)]
        ),
    )
    yield (
        "no-font",
        assemble_pdf(
            [
                catalog,
                pages,
                b"null",
                page.replace(b"/F1 3 0 R", b"/F1 77 0 R"),
                _stream(_content(LINES)),
            ]
        ),
    )
    yield (
        "deep-array",
        assemble_pdf([catalog, pages, font, page, _stream(b"[" * 100_000 + b"]" * 100_000)]),
    )
    yield (
        "deep-dict",
        assemble_pdf(
            [catalog, pages, font, b"<< /A " * 50_000 + b"1" + b" >>" * 50_000, _stream(b"")]
        ),
    )
    yield (
        "huge-number",
        assemble_pdf(
            [
                catalog,
                pages,
                font,
                page.replace(b"612 792", b"9" * 5000 + b" 1e999999"),
                _stream(_content(LINES)),
            ]
        ),
    )
    yield "broken-xref", good.replace(b"xref\n0 ", b"xref\nZZ ")
    yield "xref-offsets-wrong", good.replace(b"0000000", b"9999999")
    yield "startxref-past-end", good.replace(b"startxref\n", b"startxref\n99999999")
    yield "huge-xref-count", good.replace(b"xref\n0 ", b"xref\n0 900000000")
    yield (
        "image-only",
        assemble_pdf([catalog, pages, font, page, _stream(b"q 100 0 0 100 0 0 cm Q")]),
    )
    yield "null-bytes", good.replace(b"Tj", b"\0\0")


def one_page_text_bomb(operators: int) -> bytes:
    """One page whose compressed content stream shows a line ``operators`` times:
    a few kB that pdfplumber turns into one Python object per character."""
    line = b"(" + _pdf_escape(LINES[1]) + b") Tj T* "
    content = b"BT /F1 11 Tf 72 760 Td 14 TL " + line * operators + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(zlib.compress(content, 9), b"/Filter /FlateDecode "),
    ]
    return assemble_pdf(objects)


def pdf_bombs() -> Iterator[tuple[str, bytes, tuple[str, ...], str]]:
    """(name, bytes, allowed error kinds, expectation)."""
    content = _stream(_content(LINES[:2]))
    count = 2600  # more than the default cap of 2000 pages
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        content,
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    ] * count
    yield "many-pages", assemble_pdf(objects), TOO_LARGE, ERROR
    lying = text_pdf([LINES]).replace(b"/Count 1", b"/Count 999999999999")
    yield "count-lies", lying, INGEST_ERRORS, EITHER
    # 200 MB of spaces inflated from ~200 kB: the content stream bomb.
    bomb = zlib.compressobj(9)
    chunk = b" " * MB
    packed = b"".join(bomb.compress(chunk) for _ in range(200)) + bomb.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(packed, b"/Filter /FlateDecode "),
    ]
    yield "flate-bomb", assemble_pdf(objects), INGEST_ERRORS, ERROR
    objects[4] = _stream(b"1 0 " * 10, b"/Type /ObjStm /N 100000000 /First 4 ")
    yield "objstm-count", assemble_pdf(objects), INGEST_ERRORS, ERROR


# -- DOCX and zip ------------------------------------------------------------------------------

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(lines: list[str] | None = None) -> str:
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in (lines or LINES))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{paras}</w:body></w:document>'
    )


def docx(parts: dict[str, bytes | str] | None = None) -> bytes:
    buf = io.BytesIO()
    entries = {"[Content_Types].xml": _CT, "word/document.xml": document_xml()}
    entries.update(parts or {})
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def write_docx_bomb(path: Path, inflated: int = 1024 * MB) -> None:
    """A DOCX whose document.xml inflates to ``inflated`` bytes (about 1000-fold)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            head = document_xml(LINES[:2]).encode()
            part.write(head[: head.index(b"</w:body>")])
            chunk = b" " * (4 * MB)
            for _ in range(inflated // len(chunk)):
                part.write(chunk)
            part.write(b"</w:body></w:document>")


def docx_lying_sizes() -> bytes:
    """A bomb whose central directory claims a small inflated size."""
    body = document_xml(LINES).replace("</w:body>", " " * (30 * MB) + "</w:body>").encode()
    raw = docx({"word/document.xml": body})
    packed = len(zlib.compress(body)) // 1  # placeholder to keep the structure honest
    del packed
    # Patch the uncompressed size of word/document.xml in both headers to 1000 bytes.
    out = bytearray(raw)
    name = b"word/document.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (pos := out.find(sig, start)) >= 0:
            start = pos + 4
            name_at = pos + (30 if sig == b"PK\x03\x04" else 46)
            if out[name_at : name_at + len(name)] == name:
                out[pos + size_at : pos + size_at + 4] = (1000).to_bytes(4, "little")
    return bytes(out)


def zip_variants(rng: random.Random) -> Iterator[tuple[str, bytes, str]]:
    """(name, bytes, expectation)."""
    good = docx()
    yield (
        "no-document-part",
        docx({"word/document.xml": ""}).replace(b"word/document.xml", b"word/elsewhere.xml"),
        ERROR,
    )
    yield "document-not-xml", docx({"word/document.xml": rng.randbytes(3000)}), ERROR
    yield "document-malformed-xml", docx({"word/document.xml": "<w:document><w:body><w:p>"}), ERROR
    yield "billion-laughs", docx({"word/document.xml": billion_laughs("w:document")}), ERROR
    yield "xxe", docx({"word/document.xml": xxe_xml()}), EITHER
    yield (
        "deep-xml",
        docx(
            {
                "word/document.xml": f'<w:document xmlns:w="{_W}">'
                + "<w:p>" * 100_000
                + "</w:document>"
            }
        ),
        ERROR,
    )
    yield "zip-slip-names", docx({"../../evil.xml": "x", "/abs/evil.xml": "y"}), READ
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("word/document.xml", document_xml())
        for i in range(20_000):
            z.writestr(f"x/{i}", b"")
    yield "many-entries", many.getvalue(), ERROR
    crc = bytearray(good)
    pos = crc.find(b"PK\x01\x02")
    crc[pos + 16 : pos + 20] = b"\0\0\0\0"  # CRC of the first entry in the directory
    yield "bad-crc", bytes(crc), EITHER
    enc = bytearray(good)
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (p := enc.find(sig, start)) >= 0:
            enc[p + flag_at] |= 1  # "encrypted" bit
            start = p + 4
    yield "encrypted-entries", bytes(enc), ERROR
    for i, cut in enumerate(
        (10, 30, 100, len(good) // 3, len(good) // 2, len(good) - 30, len(good) - 5)
    ):
        yield f"truncated-{i}", good[:cut], ERROR
    yield "plain-zip", _zip({"readme.txt": "hello"}), ERROR
    yield "nested-zip", _zip({"inner.docx": good}), ERROR
    yield "zip-of-html", _zip({"index.html": html_page()}), ERROR
    yield "lying-sizes", docx_lying_sizes(), EITHER


def _zip(entries: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


# -- markup ------------------------------------------------------------------------------------


def html_page(lines: list[str] | None = None, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{line}</p>\n" for line in (lines or LINES))
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Judgment</title></head>'
        f"<body>{body}</body></html>"
    )


def billion_laughs(root: str = "lolz") -> str:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    return f'<?xml version="1.0"?><!DOCTYPE {root} [{ents}]><{root}>&lol9;</{root}>'


def xxe_xml() -> str:
    return (
        '<?xml version="1.0"?><!DOCTYPE doc [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<doc><p>{LINES[1]}</p><p>&xxe;</p></doc>"
    )


def write_big_html(path: Path, size: int) -> None:
    """Stream an HTML file of about ``size`` bytes to disk, never holding it in memory."""
    with path.open("wb") as f:
        f.write(html_page().encode().replace(b"</body></html>", b""))
        para = ("<p>" + " ".join(LINES) + "</p>\n").encode()
        block = para * (MB // len(para))
        written = f.tell()
        while written < size:
            f.write(block)
            written += len(block)
        f.write(b"</body></html>")


def markup_variants(rng: random.Random) -> Iterator[tuple[str, str, bytes, str, tuple[str, ...]]]:
    """(name, extension, bytes, expectation, allowed error kinds)."""
    page = html_page()
    yield (
        "nested-divs",
        ".html",
        ("<div>" * 100_000 + MARKER + "</div>" * 100_000).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield "nested-unclosed", ".html", ("<b><i>" * 100_000 + MARKER).encode(), EITHER, INGEST_ERRORS
    yield (
        "nested-tables",
        ".html",
        ("<table><tr><td>" * 30_000 + MARKER).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield (
        "nested-xml",
        ".xml",
        ('<?xml version="1.0"?>' + "<a>" * 100_000 + MARKER + "</a>" * 100_000).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield (
        "nested-akn",
        ".xml",
        (
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
            + "<level>" * 50_000
            + MARKER
            + "</level>" * 50_000
            + "</akomaNtoso>"
        ).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield "billion-laughs", ".xml", billion_laughs().encode(), EITHER, INGEST_ERRORS
    yield "billion-laughs-html", ".html", billion_laughs("html").encode(), EITHER, INGEST_ERRORS
    yield "xxe", ".xml", xxe_xml().encode(), EITHER, INGEST_ERRORS
    yield (
        "unclosed-comment",
        ".html",
        (page[:200] + "<!--" + "x" * MB).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield "unclosed-cdata", ".xml", ("<doc><![CDATA[" + "y" * MB).encode(), EITHER, INGEST_ERRORS
    yield (
        "unclosed-script",
        ".html",
        (page.replace("<body>", "<body><script>") + "z" * MB).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield "unclosed-quote-tags", ".html", ("<a '" * 300_000).encode(), EITHER, INGEST_ERRORS
    yield "lone-lt", ".html", ("<p>" + "<" * 2 * MB + MARKER).encode(), EITHER, INGEST_ERRORS
    yield (
        "huge-attribute",
        ".html",
        page.replace("<p>", '<p title="' + "a" * (8 * MB) + '">', 1).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield (
        "many-entities",
        ".html",
        page.replace(MARKER, MARKER + " " + "&amp;" * 500_000).encode(),
        EITHER,
        INGEST_ERRORS,
    )
    for i, ent in enumerate(
        ("&#xFFFFFFF;", "&#0;", "&#55296;", "&#xD800;", "&#99999999;", "&#x110000;", "&;", "&#;")
    ):
        yield (
            f"entity-{i}",
            ".html",
            page.replace("JUDGMENT", "JUDGMENT " + ent * 50).encode(),
            READ,
            (),
        )
    yield "null-bytes-html", ".html", page.replace("<p>", "<p>\0").encode(), EITHER, INGEST_ERRORS
    yield (
        "tag-soup",
        ".html",
        bytes(rng.choice(b"<>/=\"' abcdiv&;#!-") for _ in range(200_000)),
        EITHER,
        INGEST_ERRORS,
    )
    yield "only-tags", ".html", ("<div></div>" * 100_000).encode(), ERROR, INGEST_ERRORS
    yield (
        "only-script",
        ".html",
        ("<script>" + "var x = 1;" * 1000 + "</script>").encode(),
        ERROR,
        INGEST_ERRORS,
    )
    yield (
        "doctype-bomb",
        ".xml",
        ("<!DOCTYPE d [" + "<!ELEMENT e ANY>" * 100_000 + "]><d>x</d>").encode(),
        EITHER,
        INGEST_ERRORS,
    )
    yield (
        "pi-flood",
        ".xml",
        ('<?xml version="1.0"?>' + "<?pi x?>" * 200_000 + "<d>" + MARKER + "</d>").encode(),
        EITHER,
        INGEST_ERRORS,
    )


# -- encodings ---------------------------------------------------------------------------------


def encoding_variants() -> Iterator[tuple[str, str, bytes, str]]:
    """(name, extension, bytes, expectation) for text and HTML with odd encodings."""
    text = "\n".join(LINES) + "\nDécision rendue à Genève — “quoted”.\n"
    page = html_page()
    yield "utf8", ".txt", text.encode("utf-8"), READ
    yield "utf8-bom", ".txt", b"\xef\xbb\xbf" + text.encode("utf-8"), READ
    yield "cp1252", ".txt", text.encode("cp1252"), READ
    yield "latin1", ".txt", text.encode("latin-1", "replace"), READ
    yield "utf16-bom", ".txt", text.encode("utf-16"), READ
    yield "utf16le-nobom", ".txt", text.encode("utf-16-le"), EITHER
    yield "utf32-bom", ".txt", text.encode("utf-32"), READ
    yield "mixed-utf8-cp1252", ".txt", text.encode("utf-8") + "Genève".encode("cp1252") * 50, READ
    yield (
        "invalid-utf8",
        ".txt",
        text.encode() + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 20,
        READ,
    )
    yield "overlong-utf8", ".txt", text.encode() + b"\xc0\xaf\xe0\x80\xaf" * 20, READ
    yield "bom-then-latin1", ".txt", b"\xef\xbb\xbf" + text.encode("latin-1", "replace"), READ
    yield "lone-surrogates", ".txt", text.encode() + b"\xed\xa0\x80\xed\xbf\xbf" * 10, READ
    yield (
        "shift-jis-declared",
        ".html",
        page.replace("utf-8", "shift_jis").encode("shift_jis"),
        READ,
    )
    yield "declared-utf8-is-cp1252", ".html", (page + "Genève").encode("cp1252"), READ
    for label in (
        "x-no-such-charset",
        "utf-16",
        "utf-7",
        "rot13",
        "base64",
        "zlib",
        "hex",
        "idna",
        "punycode",
        "uu",
        "unicode_escape",
        "bz2",
    ):
        expect = EITHER if label == "punycode" else READ  # punycode decodes to garbage
        yield f"charset-{label}", ".html", page.replace("utf-8", label).encode(), expect
        yield (
            f"xmldecl-{label}",
            ".xml",
            (f'<?xml version="1.0" encoding="{label}"?><doc><p>{LINES[1]}</p></doc>').encode(),
            expect,
        )
    yield "control-chars", ".txt", text.encode() + bytes(range(0, 32)) * 2, EITHER
    yield "rtl-override", ".txt", ("\u202e" + text).encode(), READ


# -- binary and empty --------------------------------------------------------------------------


def binary_variants(rng: random.Random) -> Iterator[tuple[str, str, bytes, str, tuple[str, ...]]]:
    """(name, extension, bytes, expectation, kinds)."""
    yield "empty", ".txt", b"", ERROR, INGEST_ERRORS
    yield "empty-pdf", ".pdf", b"", ERROR, INGEST_ERRORS
    yield "empty-html", ".html", b"", ERROR, INGEST_ERRORS
    yield "empty-docx", ".docx", b"", ERROR, INGEST_ERRORS
    yield "whitespace", ".txt", b" \n\t\r\n " * 100, ERROR, INGEST_ERRORS
    yield "one-nul", ".txt", b"\0", ERROR, INGEST_ERRORS
    yield "nuls", ".txt", b"\0" * MB, ERROR, INGEST_ERRORS
    yield "ff", ".html", b"\xff" * 100_000, EITHER, INGEST_ERRORS
    yield "bom-only", ".txt", b"\xef\xbb\xbf", ERROR, INGEST_ERRORS
    for i in range(25):
        ext = (".txt", ".pdf", ".html", ".docx", ".xml", ".bin")[i % 6]
        size = rng.choice((1, 7, 100, 4096, 65_536, 300_000))
        yield f"random-{i}", ext, rng.randbytes(size), EITHER, INGEST_ERRORS
    magics = {
        "elf": b"\x7fELF\x02\x01\x01" + b"\0" * 200,
        "png": b"\x89PNG\r\n\x1a\n" + rng.randbytes(500),
        "jpeg": b"\xff\xd8\xff\xe0" + rng.randbytes(500),
        "gif": b"GIF89a" + rng.randbytes(500),
        "ole-doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(2000),
        "rtf": b"{\\rtf1\\ansi " + "\n".join(LINES).encode() + b"}",
        "gzip": gzip.compress("\n".join(LINES).encode()),
        "7z": b"7z\xbc\xaf\x27\x1c" + rng.randbytes(300),
        "sqlite": b"SQLite format 3\0" + rng.randbytes(4000),
        "wasm": b"\0asm\x01\0\0\0" + rng.randbytes(100),
    }
    for name, data in magics.items():
        yield f"magic-{name}", ".pdf", data, ERROR, UNSUPPORTED + INGEST_ERRORS


def write_gzip_bomb(path: Path, inflated: int = 1024 * MB) -> None:
    with gzip.open(path, "wb", compresslevel=9) as f:
        chunk = b"\0" * (4 * MB)
        for _ in range(inflated // len(chunk)):
            f.write(chunk)


# -- the generator -----------------------------------------------------------------------------


def generate(folder: Path, *, seed: int = 20260601, big: bool = True) -> list[Case]:
    """Write every hostile file into ``folder``; return what each must end as.

    ``big=False`` leaves out the files of more than a few MB (100 MB HTML, the
    1 GB-inflating bombs) for quick runs.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def put(name: str, data: bytes | Writer, case: Case) -> None:
        path = folder / name
        if callable(data):
            data(path)
        else:
            path.write_bytes(data)
        cases.append(case)

    def add(
        family: str,
        stem: str,
        ext: str,
        data: bytes | Writer,
        expect: str,
        kinds: tuple[str, ...] = INGEST_ERRORS,
        contains: str = MARKER,
    ) -> None:
        name = f"{family}--{stem}{ext}"
        if expect == EITHER and (name in _GARBAGE_OK or family in ("binary", "html-truncated")):
            contains = ""
        bug = KNOWN_BUGS.get(name, "")
        put(name, data, Case(name, family, expect, tuple(kinds), contains, bug))

    good_pdf, good_docx, good_html = text_pdf(), docx(), html_page().encode()
    good_txt = "\n".join(LINES).encode()
    # Good files, right and wrong extensions: all readable.
    for ext in (".pdf", ".html", ".txt", ".docx", ".xml", ".bin", ""):
        add("wrong-extension", f"pdf-as{ext or '-none'}", ext, good_pdf, READ)
        add("wrong-extension", f"docx-as{ext or '-none'}", ext, good_docx, READ)
        add("wrong-extension", f"html-as{ext or '-none'}", ext, good_html, READ)
    add("wrong-extension", "txt-as-pdf", ".pdf", good_txt, READ)
    add("wrong-extension", "txt-as-docx", ".docx", good_txt, READ)
    add("pdf-good", "flate", ".pdf", text_pdf(compress=True), READ)
    add("pdf-good", "rc4-empty-password", ".pdf", rc4_empty_password_pdf(), READ)
    # Truncated files: an error, or read if what is left still holds text.
    for i in range(30):
        cut = 1 + (len(good_pdf) - 2) * i // 29
        add("pdf-truncated", f"{i:02d}-{cut}", ".pdf", good_pdf[:cut], EITHER)
    for i in range(10):
        cut = 1 + (len(good_html) - 2) * i // 9
        add("html-truncated", f"{i:02d}-{cut}", ".html", good_html[:cut], EITHER, contains="")
    for name, data in encrypted_variants(rng):
        add("pdf-encrypted", name, ".pdf", data, ERROR)
    for name, data in malformed_pdfs(rng):
        add("pdf-malformed", name, ".pdf", data, EITHER if name in _PDF_TOLERATED else ERROR)
    for name, data, kinds, expect in pdf_bombs():
        add("pdf-bomb", name, ".pdf", data, expect, kinds)
    for name, data, expect in zip_variants(rng):
        add("docx-malformed", name, ".docx", data, expect)
    if big:
        add("docx-bomb", "1gb-inflated", ".docx", write_docx_bomb, ERROR, TOO_LARGE)
        add("gzip-bomb", "1gb-inflated", ".gz", write_gzip_bomb, ERROR, UNSUPPORTED)
        add(
            "html-huge",
            "100mb-over-cap",
            ".html",
            lambda p: write_big_html(p, 101 * MB),
            ERROR,
            TOO_LARGE + ("IngestError",),
        )  # noqa: E501
        add(
            "html-huge",
            "30mb-text",
            ".html",
            lambda p: write_big_html(p, 30 * MB),
            ERROR,
            TOO_LARGE,
        )  # noqa: E501
    for name, ext, data, expect, kinds in markup_variants(rng):
        add("markup", name, ext, data, expect, kinds or INGEST_ERRORS)
    for name, ext, data, expect in encoding_variants():
        add("encoding", name, ext, data, expect)
    for name, ext, data, expect, kinds in binary_variants(rng):
        add("binary", name, ext, data, expect, kinds)
    # Hostile file names around a good document.
    for stem in (
        "name with spaces",
        "ünïcödé-名前",
        "semi;colon'quote\"",
        "new\nline",
        "-dash",
        "x" * 200,
    ):
        add("file-name", stem, ".txt", good_txt + stem.encode(), READ)
    return cases


# Malformed PDFs that pdfminer legitimately recovers from (it rebuilds a broken
# xref by scanning for objects): reading them is fine, as long as the text is right.
_PDF_TOLERATED = {
    "broken-xref",
    "xref-offsets-wrong",
    "startxref-past-end",
    "huge-xref-count",
    "bad-stream-length",
    "negative-length",
    "length-ref-missing",
    "bad-operators",
    "no-font",
    "huge-number",
    "null-bytes",
    "deep-array",
    "deep-dict",
}

# Inputs that may legitimately be read as some text that is not the judgment (the
# bytes are readable, just not meaningful): only "no crash, one outcome" is checked.
_GARBAGE_OK = {
    "pdf-truncated--00-1.pdf",  # "%" is a one-character text file
    "markup--billion-laughs.xml",  # read in recover mode without expanding entities
    "markup--billion-laughs-html.html",
    "markup--unclosed-cdata.xml",
    "markup--unclosed-quote-tags.html",
    "markup--tag-soup.html",
    "markup--doctype-bomb.xml",
    "encoding--charset-punycode.html",
    "encoding--xmldecl-punycode.xml",
}
# name -> "BUGS.md #n" while a known bug makes the case fail (none open: #1-#3 are fixed).
KNOWN_BUGS: dict[str, str] = {}
