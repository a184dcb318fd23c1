#!/usr/bin/env python3
"""render_checks: tests of the HTML, Markdown and text renderers and of the
command-line tool, run by ctest (tests/render/CMakeLists.txt).

  render_checks.py golden --cli EXE --golden DIR PAGE...
      Renders every PAGE as each golden case says (see CASES) and compares
      the bytes with DIR/NAME.EXT.  With --update, writes them instead
      (tests/render/update-golden.sh does that).
  render_checks.py html --cli EXE PAGE...
      Every page as an HTML document and as a fragment, with and without
      furniture, is well formed: a strict tag-balance check on top of
      html.parser (known elements only, each closed in order, allowed
      parents, only the escapes the renderer writes, no script, no on*
      attributes, a non-empty <title>).
  render_checks.py html5lib --cli EXE PAGE...
      The same documents parsed by html5lib in strict mode (any parse
      error fails).  Exits 77 (skipped) when html5lib cannot be imported.
  render_checks.py escape --cli EXE PAGE
      PAGE (tests/render/escape.txt) holds <script>, & and quotes: the HTML
      holds them as text only, the Markdown escapes them, the text keeps them.
  render_checks.py width --cli EXE PAGE...
      --format text at widths 20, 40 and 72: no line wider than the width
      (East Asian Wide and Fullwidth count two, combining marks zero), valid
      UTF-8, and every node text still there once the line breaks are undone.
  render_checks.py encoding --cli EXE PAGE
      PAGE converted to GB18030 (and GBK) gives the same JSON as the UTF-8
      page, with --encoding and with detection; a truncated GB18030 file and
      bytes that are neither fail with status 1; an unknown encoding is a
      usage error (2).
  render_checks.py cli --cli EXE PAGE...
      The options, -o, several files, the exit statuses.
  render_checks.py figures-csv --example FIGURES_CSV --cli EXE PAGE...
      examples/figures_csv on the pages, read back with Python's csv module,
      holds every figure the JSON holds, field for field, with CRLF lines.
  render_checks.py docs HEADER API_MD MAN3
      Every function, type, macro and enumerator of HEADER (newsparse.h) is
      named in API_MD (doc/api.md), and every function in MAN3.
  render_checks.py man MANPAGE...
      Each page renders with `man --warnings -l` with nothing on stderr.
      Exits 77 (skipped) when man is not installed.
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

SKIP = 77

# name suffix -> (file extension, CLI arguments).  Pages under tests/pages
# carry furniture, so their goldens show it too.
CASES = [
    ('html', ['--format', 'html']),
    ('md', ['--format', 'markdown']),
    ('txt', ['--format', 'text']),
]


def furniture_args(page):
    return ['--furniture'] if os.path.basename(page).startswith('p') else []


def golden_args(ext, page):
    """The pages' HTML goldens hold the body only (--fragment): the document
    wrapper is the same on every page, so one golden, escape.html, keeps it
    (the html and html5lib checks still parse every page whole)."""
    if ext == 'html' and page_name(page) != 'escape':
        return ['--fragment']
    return []


def run(cli, args, stdin=None, check=True):
    r = subprocess.run([cli] + args, input=stdin, capture_output=True)
    if check and r.returncode != 0:
        sys.stderr.write(r.stderr.decode('utf-8', 'replace'))
        raise SystemExit('%s %s: exit status %d' % (cli, ' '.join(args), r.returncode))
    return r


class Failures:
    def __init__(self):
        self.messages = []

    def add(self, msg):
        self.messages.append(msg)
        print('FAIL: ' + msg)

    def finish(self, what, count):
        if self.messages:
            print('%d failed of %d %s' % (len(self.messages), count, what))
            return 1
        print('%d passed, 0 failed' % count)
        return 0


def page_name(page):
    return os.path.splitext(os.path.basename(page))[0]


# ---------------------------------------------------------------------------
# golden
# ---------------------------------------------------------------------------

def cmd_golden(a):
    f = Failures()
    n = 0
    for page in a.pages:
        for ext, args in CASES:
            n += 1
            out = run(a.cli, args + golden_args(ext, page) + furniture_args(page) + [page]).stdout
            path = os.path.join(a.golden, page_name(page) + '.' + ext)
            if a.update:
                with open(path, 'wb') as fh:
                    fh.write(out)
                print('wrote', path)
                continue
            try:
                with open(path, 'rb') as fh:
                    want = fh.read()
            except OSError as e:
                f.add('%s: %s' % (path, e))
                continue
            if out != want:
                got_lines = out.decode('utf-8', 'replace').splitlines()
                want_lines = want.decode('utf-8', 'replace').splitlines()
                first = next((i for i, (x, y) in enumerate(zip(got_lines, want_lines)) if x != y),
                             min(len(got_lines), len(want_lines)))
                f.add('%s differs from the %s rendering of %s, first at line %d:\n'
                      '  want: %s\n  got:  %s\n  (run tests/render/update-golden.sh if the '
                      'change is intended)' % (
                          path, ext, page, first + 1,
                          want_lines[first] if first < len(want_lines) else '<end>',
                          got_lines[first] if first < len(got_lines) else '<end>'))
    return 0 if a.update else f.finish('golden files', n)


# ---------------------------------------------------------------------------
# html: a strict checker on top of html.parser
# ---------------------------------------------------------------------------

VOID = {'meta'}
# element -> the parents it may have (None: the top)
PARENTS = {
    'html': {None},
    'head': {'html'},
    'body': {'html'},
    'meta': {'head'},
    'title': {'head'},
    'style': {'head'},
    'article': {'body', None},
    'header': {'article', 'body', None},  # body, top: the page record's
    'h1': {'header', 'article', 'body', None},
    'h2': {'article', 'body', 'header', None},
    'p': {'header', 'article', 'body', None},
    'figure': {'article', 'body', None},
    'figcaption': {'figure'},
    'small': {'figcaption'},
    'span': {'p'},
    'time': {'p'},
}
ATTRS = {
    'html': {'lang'},
    'meta': {'charset', 'name', 'content'},
    'small': {'class', 'data-kind', 'data-source', 'data-line'},
    'p': {'class', 'data-kind', 'data-source', 'data-line', 'data-number'},
    'span': {'class'},
    'header': {'class'},
    'time': {'datetime'},
}
ENTITIES = {'amp', 'lt', 'gt', 'quot'}


class StrictChecker(html.parser.HTMLParser):
    def __init__(self, fragment):
        super().__init__(convert_charrefs=False)
        self.fragment = fragment
        self.stack = []
        self.errors = []
        self.seen_doctype = False
        self.seen_anything = False
        self.title = None
        self.in_title = False
        self.in_style = False

    def err(self, msg):
        self.errors.append('line %d: %s' % (self.getpos()[0], msg))

    def handle_decl(self, decl):
        if self.fragment:
            self.err('declaration in a fragment: ' + decl)
        elif self.seen_anything or decl != 'DOCTYPE html':
            self.err('unexpected declaration: ' + decl)
        self.seen_doctype = True
        self.seen_anything = True

    def unknown_decl(self, data):
        self.err('unknown declaration: ' + data)

    def handle_pi(self, data):
        self.err('processing instruction: ' + data)

    def handle_comment(self, data):
        self.err('comment: ' + data)

    def check_start(self, tag, attrs):
        if not self.fragment and not self.seen_doctype:
            self.err('<%s> before <!DOCTYPE html>' % tag)
        self.seen_anything = True
        if tag not in PARENTS:
            self.err('unexpected element <%s>' % tag)
            return
        parent = self.stack[-1] if self.stack else None
        if parent not in PARENTS[tag]:
            self.err('<%s> inside <%s>' % (tag, parent))
        allowed = ATTRS.get(tag, {'data-line'})
        names = set()
        for name, value in attrs:
            if name in names:
                self.err('<%s> repeats %s' % (tag, name))
            names.add(name)
            if name.startswith('on'):
                self.err('event handler %s on <%s>' % (name, tag))
            if name not in allowed and not (name == 'class' and tag in ('p', 'span', 'small')):
                self.err('attribute %s on <%s>' % (name, tag))
            if value is None:
                self.err('attribute %s on <%s> has no value' % (name, tag))
            elif name == 'data-line' and not value.isdigit():
                self.err('data-line=%r' % value)
        if tag == 'html' and dict(attrs).get('lang') != 'zh':
            self.err('<html> without lang="zh"')

    def handle_starttag(self, tag, attrs):
        self.check_start(tag, attrs)
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == 'title':
            self.in_title = True
            self.title = ''
        if tag == 'style':
            self.in_style = True

    def handle_startendtag(self, tag, attrs):
        self.err('self-closing <%s/>' % tag)
        self.check_start(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            self.err('end tag of void element </%s>' % tag)
            return
        if not self.stack or self.stack[-1] != tag:
            self.err('</%s> closes %s' % (tag, self.stack[-1] if self.stack else 'nothing'))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == 'title':
            self.in_title = False
        if tag == 'style':
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            return
        for ch in data:
            if ch in '<>&"\'':
                self.err('raw %r in text' % ch)
                break
            if unicodedata.category(ch) == 'Cc' and ch not in '\n':
                self.err('control character U+%04X in text' % ord(ch))
                break
        if data.strip() and not self.stack:
            self.err('text outside any element: %r' % data[:40])
        if self.in_title:
            self.title += data

    def handle_entityref(self, name):
        if name not in ENTITIES:
            self.err('entity &%s;' % name)
        if self.in_title:
            self.title += '&'

    def handle_charref(self, name):
        if name != '39':
            self.err('character reference &#%s;' % name)
        if self.in_title:
            self.title += "'"

    def close(self):
        super().close()
        if self.stack:
            self.err('unclosed: ' + ' '.join(self.stack))
        if not self.fragment:
            if not self.seen_doctype:
                self.err('no <!DOCTYPE html>')
            if not self.title or not self.title.strip():
                self.err('no or empty <title>')


def html_variants(cli, page):
    for flags in ([], ['--fragment'], ['--furniture'], ['--fragment', '--furniture']):
        out = run(cli, ['--format', 'html'] + flags + [page]).stdout
        yield flags, out


def cmd_html(a):
    f = Failures()
    n = 0
    for page in a.pages:
        for flags, out in html_variants(a.cli, page):
            n += 1
            text = out.decode('utf-8')
            c = StrictChecker('--fragment' in flags)
            c.feed(text)
            c.close()
            for e in c.errors:
                f.add('%s %s: %s' % (page, ' '.join(flags), e))
            if '<script' in text.lower():
                f.add('%s %s: <script in the output' % (page, ' '.join(flags)))
    return f.finish('HTML renderings', n)


def cmd_html5lib(a):
    try:
        import html5lib
    except ImportError:
        print('html5lib is not installed (Debian: python3-html5lib): skipped')
        return SKIP
    f = Failures()
    n = 0
    for page in a.pages:
        for flags, out in html_variants(a.cli, page):
            n += 1
            p = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
            try:
                if '--fragment' in flags:
                    p.parseFragment(out.decode('utf-8'), container='body')
                else:
                    p.parse(out.decode('utf-8'))
            except html5lib.html5parser.ParseError as e:
                f.add('%s %s: %s' % (page, ' '.join(flags), e))
    return f.finish('HTML renderings (html5lib, strict)', n)


# ---------------------------------------------------------------------------
# escape
# ---------------------------------------------------------------------------

class TextCollector(html.parser.HTMLParser):
    """The elements, attributes and text of an HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.texts = []
        self.attrs = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.texts.append(data)


def cmd_escape(a):
    f = Failures()
    page = a.pages[0]
    tree = json.loads(run(a.cli, ['--format', 'json', page]).stdout)
    texts = []

    def walk(node):
        if node.get('text'):
            texts.append(node['text'])
        for c in node.get('children', []):
            walk(c)
    walk(tree)
    specials = [t for t in texts if any(ch in t for ch in '<>&"\'')]
    if len(specials) < 4:
        f.add('the escape page should put <, >, & and quotes in several nodes: %r' % specials)

    out = run(a.cli, ['--format', 'html', page]).stdout.decode('utf-8')
    c = TextCollector()
    c.feed(out)
    c.close()
    for tag in c.tags:
        if tag in ('script', 'img', 'b', 'i', 'iframe', 'a'):
            f.add('HTML: element <%s> made from page text' % tag)
    for name, value in c.attrs:
        if name.startswith('on'):
            f.add('HTML: attribute %s' % name)
    alltext = ''.join(c.texts)
    for t in texts:
        if t not in alltext and not any(t in (v or '') for _, v in c.attrs):
            f.add('HTML: text %r not shown literally' % t)
    for raw in ('<script', '<img', '<b>', '<i>'):
        if raw in out:
            f.add('HTML: %r unescaped' % raw)

    md = run(a.cli, ['--format', 'markdown', page]).stdout.decode('utf-8')
    for raw in ('<script', '<img', '<b', '](http', '`代码', '*星号', '_下划线', '&amp;', '$数学'):
        # Each must appear, and only behind a backslash.
        if re.search(r'(?<!\\)' + re.escape(raw), md) or ('\\' + raw) not in md:
            f.add('Markdown: %r not escaped' % raw)
    for line in md.splitlines():
        if line != '---' and (line[:1] in ('-', '+', '>', '=', ' ', '<') or line[:2] == '1.'):
            f.add('Markdown: line starts a block construct: %r' % line)

    txt = run(a.cli, ['--format', 'text', '--width', '1000', page]).stdout.decode('utf-8')
    for t in texts:
        if t.strip() not in txt:
            f.add('text: %r not kept literally' % t)
    return f.finish('escape checks', 1 + len(texts))


# ---------------------------------------------------------------------------
# width
# ---------------------------------------------------------------------------

def display_width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return w


def squash(s):
    return ''.join(s.split())


def cmd_width(a):
    f = Failures()
    n = 0
    for page in a.pages:
        tree = json.loads(run(a.cli, ['--format', 'json', page]).stdout)
        texts = []

        def walk(node):
            if node.get('text') and node['type'] not in ('author', 'furniture'):
                texts.append(node['text'])
            for c in node.get('children', []):
                walk(c)
        walk(tree)
        for width in (20, 40, 72):
            n += 1
            raw = run(a.cli, ['--format', 'text', '--width', str(width), page]).stdout
            try:
                out = raw.decode('utf-8', 'strict')
            except UnicodeDecodeError as e:
                f.add('%s width %d: not UTF-8: %s' % (page, width, e))
                continue
            for i, line in enumerate(out.split('\n'), 1):
                w = display_width(line)
                if w > width:
                    f.add('%s width %d: line %d is %d columns: %s' % (page, width, i, w, line))
                if line != line.rstrip(' '):
                    f.add('%s width %d: line %d ends with a space' % (page, width, i))
            flat = squash(out)
            for t in texts:
                if squash(t) not in flat:
                    f.add('%s width %d: text lost: %s' % (page, width, t[:40]))
    return f.finish('text renderings', n)


# ---------------------------------------------------------------------------
# encoding
# ---------------------------------------------------------------------------

def cmd_encoding(a):
    f = Failures()
    page = a.pages[0]
    with open(page, 'rb') as fh:
        utf8 = fh.read()
    want = run(a.cli, ['--format', 'json', page]).stdout
    want_jsonl = run(a.cli, ['--format', 'jsonl', page]).stdout
    text = utf8.decode('utf-8')
    checks = 0
    with tempfile.TemporaryDirectory() as tmp:
        gb = os.path.join(tmp, 'page.gb18030.txt')
        with open(gb, 'wb') as fh:
            fh.write(text.encode('gb18030'))
        gbk = os.path.join(tmp, 'page.gbk.txt')
        with open(gbk, 'wb') as fh:
            fh.write(text.encode('gbk'))
        cases = [
            ('--encoding GB18030', ['--encoding', 'GB18030', gb]),
            ('-e gb18030', ['-e', 'gb18030', gb]),
            ('--encoding=GBK', ['--encoding=GBK', gbk]),
            ('detected GB18030', [gb]),
            ('detected GB18030 on stdin', ['-']),
            ('--encoding UTF-8 on the UTF-8 page', ['--encoding', 'UTF-8', page]),
        ]
        for name, args in cases:
            checks += 1
            stdin = text.encode('gb18030') if args == ['-'] else None
            r = run(a.cli, ['--format', 'json'] + args, stdin=stdin, check=False)
            if r.returncode != 0 or r.stdout != want:
                f.add('%s: exit %d, JSON %s the UTF-8 page\'s; stderr: %s' % (
                    name, r.returncode, 'equals' if r.stdout == want else 'differs from',
                    r.stderr.decode('utf-8', 'replace')))
        checks += 1
        r = run(a.cli, ['--format', 'jsonl', gb], check=False)
        if r.returncode != 0 or r.stdout != want_jsonl:
            f.add('jsonl of the detected GB18030 page differs from the UTF-8 page\'s')

        # Larger than the 64 KiB the CLI looks at: a GB18030 file is read
        # whole once its first 64 KiB say GB18030, and a UTF-8 file is streamed.
        big_text = text * (200000 // len(utf8) + 1)
        big_utf8 = os.path.join(tmp, 'big.utf8.txt')
        with open(big_utf8, 'wb') as fh:
            fh.write(big_text.encode('utf-8'))
        big_gb = os.path.join(tmp, 'big.gb18030.txt')
        with open(big_gb, 'wb') as fh:
            fh.write(big_text.encode('gb18030'))
        big_want = run(a.cli, ['--format', 'json', big_utf8]).stdout
        checks += 1
        r = run(a.cli, ['--format', 'json', big_gb], check=False)
        if r.returncode != 0 or r.stdout != big_want:
            f.add('a %d-byte GB18030 page: exit %d, JSON %s' % (
                os.path.getsize(big_gb), r.returncode,
                'equal' if r.stdout == big_want else 'different'))
        # A UTF-8 page damaged after the first 64 KiB fails as invalid UTF-8.
        damaged = os.path.join(tmp, 'damaged.txt')
        with open(damaged, 'wb') as fh:
            fh.write(big_text.encode('utf-8')[:150000] + b'\xff' + big_text.encode('utf-8')[150000:])
        checks += 1
        r = run(a.cli, ['--format', 'json', damaged], check=False)
        if r.returncode != 1 or b'UTF-8' not in r.stderr:
            f.add('UTF-8 damaged after 64 KiB: exit %d, stderr %r' % (r.returncode, r.stderr))

        # UTF-16 and UTF-32 with a byte order mark: the page as UTF-8 with
        # its BOM (the library reads the converted text; spans count the
        # three bytes of the BOM).
        bom_utf8 = os.path.join(tmp, 'page.utf-8-bom.txt')
        with open(bom_utf8, 'wb') as fh:
            fh.write(('\ufeff' + text).encode('utf-8'))
        want_bom = run(a.cli, ['--format', 'json', bom_utf8]).stdout
        for enc in ('utf-16', 'utf-16-be', 'utf-32', 'utf-32-be'):
            path = os.path.join(tmp, 'page.%s.txt' % enc)
            with open(path, 'wb') as fh:
                fh.write(('\ufeff' + text).encode(enc) if enc.endswith('-be') else text.encode(enc))
            checks += 1
            r = run(a.cli, ['--format', 'json', path], check=False)
            if r.returncode != 0 or r.stdout != want_bom:
                f.add('%s with a BOM: exit %d, stderr %r' % (enc, r.returncode, r.stderr))

        # -e GB18030 on bad bytes: the line, column and byte offset in the
        # source, and the bytes (line 4: the CRLF is one line end).
        badgb = os.path.join(tmp, 'bad.gb18030.txt')
        with open(badgb, 'wb') as fh:
            fh.write('标题\n\n正文\r\n第二'.encode('gb18030') + b'\x81\n')
        checks += 1
        r = run(a.cli, ['--format', 'json', '-e', 'GB18030', badgb], check=False)
        if r.returncode != 1 or b'bad.gb18030.txt:4:3: invalid GB18030 (bytes 0x81 0x0A) (byte 16)' not in r.stderr:
            f.add('-e GB18030 on bad bytes: exit %d, stderr %r' % (r.returncode, r.stderr))

        # Mostly ASCII UTF-8 with one damaged character: not taken for
        # GB18030 (mojibake, exit 0) but reported where it breaks.
        checks += 1
        r = run(a.cli, ['--format', 'outline', '-'], check=False,
                stdin=b'Page A3 2024 Xinhua News\n\nHello world \xe4\xb8 end\n')
        if r.returncode != 1 or b'<stdin>:3:' not in r.stderr or b'byte 38' not in r.stderr:
            f.add('damaged mostly-ASCII UTF-8: exit %d, stderr %r' % (r.returncode, r.stderr))

        # Detection reads a bounded prefix: 200 MB on standard input with a
        # bad byte at offset 9 is reported without being held in memory.
        checks += 1
        probe = ('import resource, subprocess, sys\n'
                 'p = subprocess.Popen([sys.argv[1], "--format", "json", "-"], stdin=subprocess.PIPE,\n'
                 '                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n'
                 'chunk = b"a" * (1 << 20)\n'
                 'try:\n'
                 '    p.stdin.write(b"Hello wo\\xff\\n")\n'
                 '    for _ in range(200):\n'
                 '        p.stdin.write(chunk)\n'
                 '    p.stdin.close()\n'
                 'except BrokenPipeError:\n'
                 '    pass\n'
                 'err = p.stderr.read()\n'
                 'p.wait()\n'
                 'kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n'
                 'print(p.returncode, kb, err.decode("utf-8", "replace").strip())\n')
        out = subprocess.run([sys.executable, '-c', probe, a.cli], stdout=subprocess.PIPE,
                             check=True).stdout.decode().split(' ', 2)
        status, kb, message = int(out[0]), int(out[1]), out[2]
        if status != 1 or kb > 64 * 1024 or 'byte 8' not in message:
            f.add('200 MB of stdin with a bad byte at offset 8: exit %d, %d KB peak, %r' % (
                status, kb, message))

        # Failures: exit status 1 with a message, or 2 for a usage error.
        trunc = os.path.join(tmp, 'truncated.txt')
        with open(trunc, 'wb') as fh:
            fh.write(text.encode('gb18030') + '中'.encode('gb18030')[:1])
        bad = os.path.join(tmp, 'neither.txt')
        with open(bad, 'wb') as fh:
            fh.write(utf8 + b'\xff\xfe\xff' + utf8)
        for name, args, status in [
            ('truncated GB18030 with --encoding', ['--encoding', 'GB18030', trunc], 1),
            ('the UTF-8 page read as BIG5', ['--encoding', 'BIG5', page], 1),
            ('bytes that are neither UTF-8 nor GB18030', [bad], 1),
            ('an unknown encoding', ['--encoding', 'NO-SUCH-ENCODING', page], 2),
        ]:
            checks += 1
            r = run(a.cli, ['--format', 'json'] + args, check=False)
            if r.returncode != status or not r.stderr:
                f.add('%s: exit %d (want %d), stderr %r' % (name, r.returncode, status, r.stderr))
            if status == 1 and r.stdout:
                f.add('%s: wrote output' % name)
    return f.finish('encoding checks', checks)


# ---------------------------------------------------------------------------
# cli
# ---------------------------------------------------------------------------

def stderr_on_terminal(cli, args):
    """What cli writes to stderr when stderr is a pseudo-terminal and stdout
    a pipe; None where no pseudo-terminal can be had."""
    try:
        import pty
        master, slave = pty.openpty()
    except (ImportError, OSError):
        return None
    try:
        p = subprocess.Popen([cli] + args, stdout=subprocess.PIPE, stderr=slave,
                             stdin=subprocess.DEVNULL)
        os.close(slave)
        p.stdout.read()
        p.wait()
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks).decode('utf-8', 'replace')
    finally:
        os.close(master)


def iter_nodes(node):
    yield node
    for c in node.get('children', ()):
        yield from iter_nodes(c)


def cmd_cli(a):
    f = Failures()
    checks = 0
    pages = a.pages

    def expect(name, args, status, out_has=None, err_has=None, stdin=None):
        nonlocal checks
        checks += 1
        r = run(a.cli, args, stdin=stdin, check=False)
        out = r.stdout.decode('utf-8', 'replace')
        err = r.stderr.decode('utf-8', 'replace')
        if r.returncode != status:
            f.add('%s: exit %d, want %d (stderr: %s)' % (name, r.returncode, status, err))
        if out_has is not None and out_has not in out:
            f.add('%s: %r not in the output' % (name, out_has))
        if err_has is not None and err_has not in err:
            f.add('%s: %r not in stderr: %s' % (name, err_has, err))
        return r

    r = expect('--help', ['--help'], 0, out_has='--format')
    for word in ('html', 'markdown', 'text', 'outline', 'jsonl', '--encoding', '--width',
                 '--fragment', '--replace-invalid', '-o', 'Exit status'):
        if word not in r.stdout.decode():
            f.add('--help does not mention %s' % word)
    expect('-h', ['-h'], 0, out_has='usage:')
    expect('--version', ['--version'], 0, out_has='newsparse ')
    expect('-V', ['-V'], 0, out_has='newsparse ')
    expect('unknown option', ['--frobnicate', pages[0]], 2, err_has='unknown option')
    expect('unknown format', ['--format', 'pdf', pages[0]], 2, err_has='unknown format')
    expect('missing value', ['--format'], 2, err_has='missing value')
    expect('bad width', ['--width', 'wide', pages[0]], 2, err_has='width')
    expect('zero width', ['-w', '0', pages[0]], 2, err_has='width')
    expect('value on a flag', ['--fragment=yes', pages[0]], 2)
    expect('missing file', ['/nonexistent/page.txt'], 1, err_has='/nonexistent/page.txt')
    for fmt, marker in (('html', '<!DOCTYPE html>'), ('markdown', '# '), ('text', '==='),
                        ('outline', 'document'), ('json', '"type": "document"'),
                        ('jsonl', '"type":"article"')):
        expect('--format ' + fmt, ['--format', fmt, pages[0]], 0, out_has=marker)
        expect('-f' + fmt, ['-f' + fmt, pages[0]], 0, out_has=marker)
    r = expect('--fragment', ['--format=html', '--fragment', pages[0]], 0, out_has='<article')
    if b'<html' in r.stdout or b'<!DOCTYPE' in r.stdout:
        f.add('--fragment still writes the document wrapper')
    r = expect('--furniture', ['--format', 'html', '--furniture'] + pages, 0)
    if b'class="furniture"' not in r.stdout:
        f.add('--furniture shows no furniture on %s' % ' '.join(pages))
    r = expect('no --furniture', ['--format', 'html'] + pages, 0)
    if b'class="furniture"' in r.stdout:
        f.add('furniture shown without --furniture')
    r = expect('--width 30', ['--format', 'text', '--width', '30', pages[0]], 0)
    if max(display_width(l) for l in r.stdout.decode().splitlines()) > 30:
        f.add('--width 30 not kept')
    expect('stdin', ['--format', 'outline'], 0, out_has='article', stdin=open(pages[0], 'rb').read())

    # Invalid UTF-8: an error with line and byte offset, or U+FFFD with --replace-invalid.
    bad = '标题\n\n本报记者 张三\n\n第一段'.encode() + b'\xff' + '文字。\n'.encode()
    expect('invalid UTF-8', ['--format', 'json'], 1, err_has=':5:4: invalid UTF-8 (byte 0xFF) (byte 38)', stdin=bad)
    r = expect('--replace-invalid', ['--format', 'json', '--replace-invalid'], 0, stdin=bad)
    if r.returncode == 0:
        marked = [n for n in iter_nodes(json.loads(r.stdout)) if n.get('replaced')]
        if [n.get('text') for n in marked] != ['第一段\ufffd文字。']:
            f.add('--replace-invalid: replaced nodes %r' % marked)

    # Several files: one output after another; a missing one does not stop the rest.
    single = [run(a.cli, ['--format', 'markdown', p]).stdout for p in pages]
    r = expect('several files', ['--format', 'markdown'] + pages, 0)
    if r.stdout != b''.join(single):
        f.add('several files: not the single outputs one after another')
    r = expect('a missing file among others',
               ['--format', 'markdown', pages[0], '/nonexistent/x.txt'] + pages[1:], 1)
    if r.stdout != b''.join(single):
        f.add('a missing file stopped the others')
    r = expect('jsonl several files', ['--format', 'jsonl'] + pages, 0)
    for line in r.stdout.decode().splitlines():
        obj = json.loads(line)
        if set(obj) != {'file', 'node'} or obj['file'] not in pages:
            f.add('jsonl line without its file: %s' % line[:60])
            break
    # Off a terminal stderr holds the summary line only (no progress bar).
    if not re.fullmatch(rb'newsparse: 3 files, \d+ articles, 0 failed, [^\r\n]*\n', r.stderr):
        f.add('stderr off a terminal is not the summary line alone: %r' % r.stderr[:120])

    # The progress bar: only with several files and stderr on a terminal;
    # the first page and the last are always drawn, and the bar is wiped
    # before the summary line.
    checks += 1
    progress = stderr_on_terminal(a.cli, ['--format', 'json'] + pages)
    if progress is None:
        print('no pseudo-terminal here: progress line not checked')
    else:
        n = len(pages)
        for i, p in ((1, pages[0]), (n, pages[-1])):
            if not re.search(r'\r\[[#-]{24}\] +%d%% %d/%d %s\x1b\[K' % (
                    100 * i // n, i, n, re.escape(p)), progress):
                f.add('progress bar %d/%d %s not shown on a terminal: %r' % (i, n, p, progress))
        if not re.search(r'\r\x1b\[Knewsparse: %d files, ' % n, progress):
            f.add('the progress bar is not wiped before the summary: %r' % progress[-120:])
        checks += 1
        if stderr_on_terminal(a.cli, ['--format', 'json', pages[0]]):
            f.add('a progress line for a single file')

    # -o FILE
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'out.html')
        expect('-o', ['--format', 'html', '-o', out] + pages, 0)
        with open(out, 'rb') as fh:
            got = fh.read()
        want = b''.join(run(a.cli, ['--format', 'html', p]).stdout for p in pages)
        if got != want:
            f.add('-o FILE: the file does not hold the output')
        r = expect('--output=FILE', ['--format', 'text', '--output=' + out, pages[0]], 0)
        if r.stdout:
            f.add('--output=FILE also wrote to stdout')
        expect('-o into a missing directory', ['-o', os.path.join(tmp, 'no', 'x'), pages[0]], 1,
               err_has='No such file')
        expect('usage error leaves no file', ['-o', os.path.join(tmp, 'u.txt'), '--bogus'], 2)
        if os.path.exists(os.path.join(tmp, 'u.txt')):
            f.add('a usage error created the output file')
    if os.path.exists('/dev/full'):
        expect('write error', ['--format', 'html', '-o', '/dev/full', pages[0]], 1,
               err_has='write error')
    return f.finish('CLI checks', checks)


# ---------------------------------------------------------------------------
# figures-csv: examples/figures_csv against the JSON
# ---------------------------------------------------------------------------

def cmd_figures_csv(a):
    import csv
    import io
    f = Failures()
    out = subprocess.run([a.example] + a.pages, capture_output=True)
    if out.returncode != 0 or out.stderr:
        f.add('figures_csv: exit %d: %r' % (out.returncode, out.stderr))
    text = out.stdout.decode('utf-8')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if not rows or rows[0] != ['file', 'line', 'article', 'caption', 'credit_kind',
                               'credit_source', 'credit_text']:
        f.add('figures_csv: header %r' % (rows[:1],))
        return f.finish('figures', 1)
    want = []
    for page in a.pages:
        tree = json.loads(run(a.cli, ['--format', 'json', page]).stdout)

        def walk(node, article):
            if node['type'] == 'figure':
                cap = next((c for c in node.get('children', []) if c['type'] == 'caption'), {})
                cred = next((c for c in node.get('children', []) if c['type'] == 'credit'), {})
                want.append([page, str(node['line']), article, cap.get('text', ''),
                             cred.get('kind', ''), cred.get('source', ''), cred.get('text', '')])
            if node['type'] == 'article':
                article = next((c['text'] for c in node.get('children', [])
                                if c['type'] == 'headline'), '')
            for c in node.get('children', []):
                walk(c, article)
        walk(tree, '')
    got = rows[1:]
    if got != want:
        for g, w in zip(got, want):
            if g != w:
                f.add('figures_csv row %r, the JSON says %r' % (g, w))
                break
        if len(got) != len(want):
            f.add('figures_csv wrote %d rows for %d figures' % (len(got), len(want)))
    if not any(any(ch in field for ch in ',"') for row in want for field in row):
        f.add('no figure field needs quoting: the quoting went untested')
    if not text.endswith('\r\n') or '\n' in text.replace('\r\n', ''):
        f.add('figures_csv lines do not all end with CRLF')
    return f.finish('figure rows', max(1, len(want)))


# ---------------------------------------------------------------------------
# docs: doc/api.md and libnewsparse(3) cover the header
# ---------------------------------------------------------------------------

def header_names(header):
    with open(header, encoding='utf-8') as fh:
        text = fh.read()
    functions = re.findall(r'NP_EXPORT\s+[^;(]*?\b(np_\w+)\s*\(', text)
    types = re.findall(r'typedef\s+(?:struct|enum)\s+(np_\w+)', text)
    types += re.findall(r'typedef\s+\w+\s*\(\*\s*(np_\w+)\)', text)
    macros = [m for m in re.findall(r'#define\s+(NP_\w+)', text) if m != 'NP_EXPORT']
    enumerators = re.findall(r'^\s+(NP_[A-Z0-9_]+)\s*[,=]?', text, re.M)
    return functions, types, macros, enumerators


def cmd_docs(a):
    header, api, man3 = a.pages
    f = Failures()
    functions, types, macros, enumerators = header_names(header)
    with open(api, encoding='utf-8') as fh:
        api_text = fh.read()
    with open(man3, encoding='utf-8') as fh:
        man_text = fh.read()
    n = 0
    for name in functions + types + macros + enumerators:
        n += 1
        if not re.search(r'\b%s\b' % re.escape(name), api_text):
            f.add('%s: %s (from %s) is not documented' % (api, name, header))
    for name in functions:
        n += 1
        if not re.search(r'\b%s\b' % re.escape(name).replace('_', r'(?:\\-|_)'), man_text):
            f.add('%s: %s is not in the manual page' % (man3, name))
    if len(functions) < 30:
        f.add('only %d functions found in %s: is the pattern broken?' % (len(functions), header))
    return f.finish('documented names', n)


# ---------------------------------------------------------------------------
# man
# ---------------------------------------------------------------------------

def cmd_man(a):
    man = shutil.which('man')
    if man is None:
        print('man is not installed (Debian: man-db): skipped')
        return SKIP
    f = Failures()
    n = 0
    # In a UTF-8 locale and in the C locale (where groff has only ASCII).
    for locale in ('C.UTF-8', 'C'):
        env = dict(os.environ, MANWIDTH='80', LC_ALL=locale)
        for page in a.pages:
            n += 1
            r = subprocess.run([man, '--warnings', '-l', page], capture_output=True, env=env)
            err = r.stderr.decode('utf-8', 'replace')
            if r.returncode != 0 or err.strip():
                f.add('%s (LC_ALL=%s): exit %d: %s' % (page, locale, r.returncode, err))
            elif len(r.stdout.splitlines()) < 20:
                f.add('%s: only %d lines rendered' % (page, len(r.stdout.splitlines())))
    return f.finish('man page renderings', n)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('command', choices=['golden', 'html', 'html5lib', 'escape', 'width',
                                        'encoding', 'cli', 'figures-csv', 'docs', 'man'])
    ap.add_argument('--cli', help='the newsparse executable')
    ap.add_argument('--golden', help='the folder of golden files')
    ap.add_argument('--example', help='figures-csv: the figures_csv example program')
    ap.add_argument('--update', action='store_true', help='golden: rewrite the golden files')
    ap.add_argument('pages', nargs='+')
    a = ap.parse_args()
    if a.command not in ('man', 'docs') and not a.cli:
        ap.error('--cli is required')
    return globals()['cmd_' + a.command.replace('-', '_')](a)


if __name__ == '__main__':
    sys.exit(main())
