#!/usr/bin/env python3
"""Output for people is safe for terminals and web pages (issue 16).

    safe_output.py chars --cli NEWSPARSE PAGE...
    safe_output.py autolink --cli NEWSPARSE [--cmark-gfm PROGRAM] PAGE...

chars: in outline, text, Markdown and HTML no C0 control but tab and line
feed, no DEL, no C1 control and no bidi embedding, override or isolate
(U+202A..U+202E, U+2066..U+2069) comes out raw, each is U+FFFD where the
text had one (doc/format.md), and the JSON writes them as \\uXXXX escapes
and reads back to the text.  autolink: the Markdown read by cmark-gfm with
GitHub's extensions (autolink, tagfilter, strikethrough, table, tasklist)
holds no <a> element, and every node's text is in it intact.  Exit status
77 (skipped) when cmark-gfm is missing.
"""
import argparse
import html
import json
import re
import shutil
import subprocess
import sys

UNSAFE = re.compile('[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]')
FORMATS = ['outline', 'text', 'markdown', 'html']


def run(cli, args, data=None):
    r = subprocess.run([cli] + args, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit('%s %s: exit %d: %s' % (cli, ' '.join(args), r.returncode,
                                                 r.stderr.decode('utf-8', 'replace')))
    return r.stdout


def nodes(n):
    yield n
    for c in n.get('children', []):
        yield from nodes(c)


def texts(cli, page, authors=True):
    """The texts of a page's nodes (an author's is the name as the tree
    has it, 陈 力 -> 陈力, which Markdown shows only inside its byline)."""
    doc = json.loads(run(cli, ['--format', 'json', page]))
    return [n['text'] for n in nodes(doc) if n.get('text') and (authors or n['type'] != 'author')]


def check_chars(a):
    failures = []
    for page in a.pages:
        raw = open(page, encoding='utf-8').read()
        had = set(UNSAFE.findall(raw))
        for fmt in FORMATS:
            for extra in ([], ['--furniture']):
                out = run(a.cli, ['--format', fmt] + extra + [page]).decode('utf-8')
                left = sorted(set(UNSAFE.findall(out)))
                if left:
                    failures.append('%s %s: raw %s' % (page, fmt, ' '.join('U+%04X' % ord(c) for c in left)))
                if had and '\ufffd' not in out:
                    failures.append('%s %s: no U+FFFD where the page has controls' % (page, fmt))
        js = run(a.cli, ['--format', 'json', page]).decode('utf-8')
        if UNSAFE.search(js.replace('\n', '')):
            failures.append('%s json: an unsafe character raw' % page)
        for c in had:
            if c not in '\t' and ('\\u%04x' % ord(c)) not in js:
                failures.append('%s json: U+%04X not written as \\u%04x' % (page, ord(c), ord(c)))
        back = ''.join(texts(a.cli, page))
        for c in had:
            if c not in back:
                failures.append('%s json: U+%04X lost from the texts' % (page, ord(c)))
    return failures, len(a.pages) * (len(FORMATS) * 2 + 1)


def visible(s):
    """What a reader sees of a text in the Markdown: as the renderer writes it."""
    s = UNSAFE.sub('\ufffd', s.replace('\t', ' '))
    return ' '.join(s.split())


def html_text(h):
    h = re.sub(r'<!--.*?-->', '', h, flags=re.S)
    h = re.sub(r'<[^>]+>', ' ', h)
    return ' '.join(html.unescape(h).split())


def check_autolink(a):
    gfm = a.cmark_gfm or shutil.which('cmark-gfm')
    if not gfm:
        print('cmark-gfm not found (Debian: apt-get install cmark-gfm): skipped')
        sys.exit(77)
    failures = []
    checks = 0
    for page in a.pages:
        want = [visible(t) for t in texts(a.cli, page, authors=False)]
        for extra in ([], ['--furniture']):
            md = run(a.cli, ['--format', 'markdown'] + extra + [page])
            out = subprocess.run([gfm, '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough',
                                  '-e', 'table', '-e', 'tasklist'], input=md,
                                 stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
            checks += 1
            if re.search(r'<a[\s>]', out):
                failures.append('%s%s: a link: %s' % (page, ' --furniture' if extra else '',
                                                      re.search(r'<a[^>]*>[^<]*</a>', out).group(0)))
            got = html_text(out)
            if extra:
                missing = [t for t in want if t and t not in got]
                if missing:
                    failures.append('%s: text not intact: %r' % (page, missing[:3]))
    return failures, checks


def main():
    p = argparse.ArgumentParser()
    p.add_argument('mode', choices=['chars', 'autolink'])
    p.add_argument('--cli', required=True)
    p.add_argument('--cmark-gfm')
    p.add_argument('pages', nargs='+')
    a = p.parse_args()
    failures, checks = check_chars(a) if a.mode == 'chars' else check_autolink(a)
    for f in failures:
        print('FAIL:', f)
    print('%d failed of %d %s checks' % (len(failures), checks, a.mode))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
