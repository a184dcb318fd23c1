#!/usr/bin/env python3
"""cli_checks.py - the newsparse tool on archives of real pages.

    cli_checks.py --cli build/newsparse PAGE.txt...

Every check runs the built tool over copies of the given pages (the corpus
and tests/pages) laid out in a scratch folder and compares what it writes
with what it writes for each page alone:

  options      options after the files, "--" ending them, --stylesheet, -j and
               --files-from refused with bad values, -o with --output-dir
  directory    a folder is walked for *.txt (other files left out), in byte
               order of the paths, recursively; one page of it is GB18030
  jobs         -j 1, -j 2 and -j 4 give byte-identical output (json, jsonl,
               text, --trace) and the same messages, over a folder of pages
  broken       a page with invalid UTF-8 in the middle of a folder: exit 1,
               its message in the one form, the other pages' output intact,
               in jsonl (and json) its error line last; same with -j 3
  files_from   --files-from - and --files-from FILE give the operands' output
  output_dir   --output-dir mirrors the relative paths, extension by format,
               each file the page's own output; a failed page leaves none
               (html) or its error line (jsonl)
  shapes       several inputs: json one compact document a line with "file"
               first, jsonl {"file","node"} lines (Python's json module reads
               each line); --with-filename gives one file the same shapes,
               --no-filename drops them
  messages     every message "newsparse: FILE:LINE: ..." / "newsparse: FILE:
               ..." / "newsparse: ...", the summary line's numbers
  memory       -j 2 over 600 pages holds no more than over 12 (the window)
  window       --window N reaches every parser: the parallel heads of a real
               page (--window-page, pages-real/b5/r24) are heads by default
               and paragraphs with --window 1, alone, with -j 2 and with
               --issue; 0 is the default; bad values are usage errors that
               name the option and its range
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile

FAILS = []
CHECKS = [0]


def fail(msg):
    FAILS.append(msg)
    print('FAIL: ' + msg)


def check(cond, msg):
    CHECKS[0] += 1
    if not cond:
        fail(msg)
    return cond


def run(cli, args, stdin=None, cwd=None):
    return subprocess.run([cli] + args, input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=cwd)


def single(cli, fmt, page, extra=()):
    r = run(cli, ['-f', fmt] + list(extra) + [page])
    if r.returncode != 0:
        raise SystemExit('%s alone failed: %s' % (page, r.stderr.decode()))
    return r.stdout


SUMMARY = re.compile(rb'newsparse: (\d+) files?, (\d+) articles?, (\d+) failed, '
                     rb'[0-9.]+ MB in [0-9.]+ s \([0-9.]+ MB/s\)\n')


def without_summary(err):
    """stderr without its last line, which must be the summary."""
    lines = err.splitlines(keepends=True)
    if not lines or not SUMMARY.fullmatch(lines[-1]):
        fail('no summary line at the end of stderr: %r' % err[-200:])
        return err
    return b''.join(lines[:-1])


def make_tree(tmp, pages):
    """pages copied into tmp/archive in nested folders, with a non-page
    file in each folder; returns the archive folder and the page paths in
    the order the tool must take them (byte order of the paths)."""
    root = os.path.join(tmp, 'archive')
    paths = []
    for i, page in enumerate(pages):
        # Folder names chosen so that byte order differs from a walk that
        # sorts each folder's entries ("a-b" < "a/..." by bytes).
        sub = ['a', 'a-b', os.path.join('a', 'z'), 'b'][i % 4]
        os.makedirs(os.path.join(root, sub), exist_ok=True)
        dst = os.path.join(root, sub, os.path.basename(page))
        shutil.copyfile(page, dst)
        paths.append(dst)
        with open(os.path.join(root, sub, 'notes.json'), 'w') as fh:
            fh.write('{}\n')
    # A GB18030 page among them: detected and converted on any thread.
    with open(pages[0], encoding='utf-8') as fh:
        text = fh.read()
    gb = os.path.join(root, 'b', 'gb18030.txt')
    with open(gb, 'wb') as fh:
        fh.write(text.encode('gb18030'))
    paths.append(gb)
    return root, sorted(paths, key=os.fsencode)


def check_options(cli, pages, tmp):
    page = pages[0]
    want = single(cli, 'html', page)
    r = run(cli, [page, '-f', 'html'])
    check(r.returncode == 0 and r.stdout == want, 'options after the file: %r' % r.stderr)
    r = run(cli, [page, '--format=text', '-w', '30'])
    check(r.stdout == single(cli, 'text', page, ['-w', '30']), 'two options after the file')
    # "--" ends the options: "-f" is then a file in the current folder.
    shutil.copyfile(page, os.path.join(tmp, '-f'))
    r = run(cli, ['--format', 'outline', '--', '-f'], cwd=tmp)
    check(r.returncode == 0 and r.stdout == single(cli, 'outline', page),
          '"--" then -f as a file name: %r' % r.stderr)
    r = run(cli, ['--', '-f', '--format', 'outline'], cwd=tmp)
    check(r.returncode == 1 and b'newsparse: --format: ' in r.stderr,
          'after "--" an option is a file name: %r' % r.stderr)
    # --stylesheet links the URL (escaped) instead of the built-in style.
    r = run(cli, [page, '-f', 'html', '--stylesheet', 'a&b.css'])
    check(r.returncode == 0 and b'<link rel="stylesheet" href="a&amp;b.css">' in r.stdout and
          b'<style' not in r.stdout and b'<style' in want, '--stylesheet: %r' % r.stderr)
    r = run(cli, [page, '-f', 'html', '--stylesheet='])
    check(b'<style' not in r.stdout and b'<link' not in r.stdout, '--stylesheet= (no style)')
    for args, what in ((['-j', '0', page], 'jobs must be'), (['-j', 'x', page], 'jobs must be'),
                       (['--jobs=257', page], 'jobs must be'),
                       (['--files-from'], 'missing value'),
                       (['-o', os.path.join(tmp, 'o'), '--output-dir', tmp, page], 'exclude'),
                       (['--files-from', '-', '-'], 'standard input named more than once')):
        r = run(cli, args)
        check(r.returncode == 2 and r.stderr.startswith(b'newsparse: ') and
              what.encode() in r.stderr, '%s: exit %d, %r' % (args, r.returncode, r.stderr))


def check_directory(cli, root, order):
    r = run(cli, ['-f', 'jsonl', root])
    check(r.returncode == 0, 'directory: exit %d %r' % (r.returncode, r.stderr))
    files = []
    for line in r.stdout.decode().splitlines():
        name = json.loads(line)['file']
        if not files or files[-1] != name:
            files.append(name)
    # Every page has at least one top-level node, so every page shows.
    check(files == order, 'directory order %r, want %r' % (files[:6], order[:6]))
    want = b''.join(single(cli, 'jsonl', p, ['--with-filename']) for p in order)
    check(r.stdout == want, 'directory jsonl is not the pages\' own, in order')
    m = SUMMARY.fullmatch(r.stderr)
    check(m is not None and int(m.group(1)) == len(order) and m.group(3) == b'0',
          'directory summary %r' % r.stderr)


def check_jobs(cli, root):
    for fmt in ('jsonl', 'json', 'text'):
        outs = {}
        for j in ('1', '2', '4'):
            r = run(cli, ['-f', fmt, '-j', j, root])
            outs[j] = (r.returncode, r.stdout, without_summary(r.stderr))
        check(outs['1'][0] == 0 and outs['1'][1], '-f %s -j 1 failed' % fmt)
        for j in ('2', '4'):
            check(outs[j] == outs['1'], '-f %s: -j %s differs from -j 1 (%d vs %d bytes)' % (
                fmt, j, len(outs[j][1]), len(outs['1'][1])))
    traces = []
    with tempfile.TemporaryDirectory() as t:
        for j in ('1', '3'):
            path = os.path.join(t, 'trace%s' % j)
            r = run(cli, ['-f', 'jsonl', '-j', j, '--trace', path, root])
            with open(path, 'rb') as fh:
                traces.append(fh.read())
    check(traces[0] and traces[0] == traces[1], '--trace: -j 3 differs from -j 1')
    check(all('file' in json.loads(l) for l in traces[0].splitlines()),
          '--trace over a folder: a line without its file')


def check_broken(cli, root, order, tmp):
    """A page with invalid UTF-8 in the middle of the folder."""
    broken = os.path.join(root, 'a', 'm-broken.txt')
    with open(order[1], 'rb') as fh:
        data = fh.read()
    cut = data.index(b'\n', len(data) // 2) + 1
    line = data[:cut].count(b'\n') + 1
    with open(broken, 'wb') as fh:
        fh.write(data[:cut] + b'\xe4\xb8 broken\n' + data[cut:])
    new_order = sorted(order + [broken], key=os.fsencode)
    at = new_order.index(broken)
    check(0 < at < len(new_order) - 1, 'the broken page is not in the middle')
    outs = {}
    for j in ('1', '3'):
        r = run(cli, ['-f', 'jsonl', '-j', j, root])
        outs[j] = (r.returncode, r.stdout, without_summary(r.stderr))
        msg = ('newsparse: %s:%d:1: invalid UTF-8 (bytes 0xE4 0xB8) (byte %d)\n' % (broken, line, cut)).encode()
        check(r.returncode == 1, 'broken page -j %s: exit %d' % (j, r.returncode))
        check(outs[j][2] == msg, 'broken page -j %s: stderr %r, want %r' % (j, outs[j][2], msg))
        m = SUMMARY.search(r.stderr)
        check(m is not None and m.group(1) == str(len(new_order)).encode() and
              m.group(3) == b'1', 'broken page: summary %r' % r.stderr[-120:])
    check(outs['3'] == outs['1'], 'broken page: -j 3 differs from -j 1')
    lines = [json.loads(l) for l in outs['1'][1].decode().splitlines()]
    mine = [o for o in lines if o['file'] == broken]
    check(mine and mine[-1] == {'file': broken, 'error': {
        'message': 'invalid UTF-8 (bytes 0xE4 0xB8)', 'line': line, 'column': 1, 'offset': cut}},
        'broken page: last jsonl line %r' % (mine[-1:],))
    check(all('node' in o for o in mine[:-1]), 'broken page: its partial lines are not nodes')
    others = b''.join(single(cli, 'jsonl', p, ['--with-filename']) for p in new_order
                      if p != broken)
    kept = ''.join(l + '\n' for l in outs['1'][1].decode().splitlines()
                   if json.loads(l)['file'] != broken).encode()
    check(kept == others, 'broken page: the other pages\' lines are not their own')
    # json: the broken page's line is its error, the others their documents.
    r = run(cli, ['-f', 'json', '-j', '2', root])
    docs = [json.loads(l) for l in r.stdout.decode().splitlines()]
    check([d['file'] for d in docs] == new_order and
          set(docs[at]) == {'file', 'error'} and all('children' in d for i, d in enumerate(docs)
                                                     if i != at),
          'broken page in json: one line per page, the broken one its error')
    # html: no output for it, the others intact.
    r = run(cli, ['-f', 'html', root])
    want = b''.join(single(cli, 'html', p) for p in new_order if p != broken)
    check(r.returncode == 1 and r.stdout == want, 'broken page in html: the others changed')
    os.remove(broken)


def check_files_from(cli, root, order, tmp):
    want = run(cli, ['-f', 'jsonl'] + order).stdout
    listing = ''.join(p + '\n' for p in order).encode()
    r = run(cli, ['-f', 'jsonl', '--files-from', '-'], stdin=listing)
    check(r.returncode == 0 and r.stdout == want, '--files-from -: %r' % r.stderr)
    r = run(cli, ['--files-from=-', '-j', '2', '-f', 'jsonl'], stdin=listing.replace(b'\n', b'\r\n'))
    check(r.returncode == 0 and r.stdout == want, '--files-from - with CRLF lines, -j 2')
    lst = os.path.join(tmp, 'list')
    with open(lst, 'wb') as fh:
        fh.write(b'\n' + listing + b'\n')
    r = run(cli, ['-f', 'jsonl', '--files-from', lst])
    check(r.returncode == 0 and r.stdout == want, '--files-from FILE with empty lines')
    # A list naming a directory walks it, like an operand.
    r = run(cli, ['-f', 'jsonl', '--files-from', '-'], stdin=(root + '\n').encode())
    check(r.stdout == want, '--files-from with a directory')
    r = run(cli, ['--files-from', os.path.join(tmp, 'no-such-list')])
    check(r.returncode == 1 and r.stderr.startswith(b'newsparse: ' + tmp.encode()),
          'a missing list: %r' % r.stderr)


def check_output_dir(cli, root, order, tmp):
    exts = {'json': '.json', 'jsonl': '.jsonl', 'html': '.html', 'markdown': '.md',
            'text': '.txt', 'outline': '.outline'}
    for fmt, j in (('html', '1'), ('jsonl', '2'), ('text', '4'), ('json', '1'),
                   ('markdown', '2'), ('outline', '1')):
        out = os.path.join(tmp, 'out-' + fmt, 'new', 'folder')
        r = run(cli, ['-f', fmt, '-j', j, '--output-dir', out, root])
        check(r.returncode == 0 and r.stdout == b'', '--output-dir %s: %r' % (fmt, r.stderr))
        made = sorted(os.path.relpath(os.path.join(d, n), out)
                      for d, _, ns in os.walk(out) for n in ns)
        want = sorted(os.path.relpath(p, root)[:-4] + exts[fmt] for p in order)
        check(made == want, '--output-dir %s made %r, want %r' % (fmt, made[:4], want[:4]))
        for p in order:
            with open(os.path.join(out, os.path.relpath(p, root)[:-4] + exts[fmt]), 'rb') as fh:
                if not check(fh.read() == single(cli, fmt, p),
                             '--output-dir %s: %s is not its page\'s output' % (fmt, p)):
                    break
    # File operands are mirrored as named (relative to the current folder).
    rel = os.path.relpath(order[0], tmp)
    r = run(cli, ['-f', 'html', '--output-dir', 'o2', './' + rel], cwd=tmp)
    check(os.path.exists(os.path.join(tmp, 'o2', rel[:-4] + '.html')),
          '--output-dir with a file operand: %r' % r.stderr)
    # A failed page: no html file, a jsonl file holding its error line.
    bad = os.path.join(tmp, 'bad', 'x.txt')
    os.makedirs(os.path.dirname(bad))
    with open(bad, 'wb') as fh:
        fh.write(b'\xff\n')
    for fmt in ('html', 'jsonl'):
        out = os.path.join(tmp, 'o3-' + fmt)
        r = run(cli, ['-f', fmt, '--output-dir', out, os.path.dirname(bad), order[0]])
        check(r.returncode == 1, '--output-dir failed page: exit %d' % r.returncode)
        path = os.path.join(out, 'x' + exts[fmt])
        if fmt == 'html':
            check(not os.path.exists(path), '--output-dir: a failed html page left a file')
        else:
            with open(path) as fh:
                got = [json.loads(l) for l in fh]
            check(got == [{'error': {'message': 'invalid UTF-8 (byte 0xFF)', 'line': 1, 'column': 1,
                                     'offset': 0}}], '--output-dir jsonl error line %r' % got)
    # Standard input and ".." have no place under --output-dir: they fail.
    with open(order[0], 'rb') as fh:
        r = run(cli, ['-f', 'jsonl', '--output-dir', os.path.join(tmp, 'o4'), '-', order[1]],
                stdin=fh.read())
    check(r.returncode == 1 and b'newsparse: <stdin>: standard input has no name' in r.stderr,
          '--output-dir with standard input: exit %d %r' % (r.returncode, r.stderr))
    r = run(cli, ['-f', 'html', '--output-dir', os.path.join(tmp, 'o5'),
                  '../archive/' + os.path.relpath(order[0], root)], cwd=root)
    check(r.returncode == 1 and b'".."' in r.stderr and not os.path.exists(os.path.join(tmp, 'o5')),
          '--output-dir with "..": exit %d %r' % (r.returncode, r.stderr))
    # -f text into the pages' own folder would overwrite them: refused.
    r = run(cli, ['-f', 'text', '--output-dir', '.', os.path.basename(order[0])],
            cwd=os.path.dirname(order[0]))
    with open(order[0], 'rb') as fh:
        intact = fh.read() != single(cli, 'text', order[0])
    check(r.returncode == 1 and b'would overwrite' in r.stderr and intact,
          '--output-dir onto the input: %r' % r.stderr)


def check_shapes(cli, order):
    two = order[:2]
    r = run(cli, ['-f', 'json'] + two)
    lines = r.stdout.decode().splitlines()
    check(len(lines) == 2, 'json, two files: %d lines' % len(lines))
    for line, p in zip(lines, two):
        doc = json.loads(line)
        check(list(doc)[0] == 'file' and doc['file'] == p, 'json line without its file first')
        del doc['file']
        check(doc == json.loads(single(cli, 'json', p)), 'json line is not the page\'s document')
    r = run(cli, ['-f', 'jsonl'] + two)
    objs = [json.loads(l) for l in r.stdout.decode().splitlines()]
    check(objs and all(set(o) == {'file', 'node'} for o in objs), 'jsonl wrapper shape')
    # One file: bare, unless --with-filename; --no-filename drops the names.
    one = order[0]
    bare = single(cli, 'jsonl', one)
    check(all('type' in json.loads(l) for l in bare.decode().splitlines()), 'one file, bare jsonl')
    named = single(cli, 'jsonl', one, ['--with-filename'])
    want = ''.join(json.dumps({'file': one, 'node': json.loads(l)}, ensure_ascii=False,
                              separators=(',', ':')) + '\n' for l in bare.decode().splitlines())
    check(named.decode() == want, '--with-filename jsonl: not {"file","node"} of the bare lines')
    doc = json.loads(single(cli, 'json', one, ['--with-filename']))
    check(doc.pop('file') == one and doc == json.loads(single(cli, 'json', one)),
          '--with-filename json')
    r = run(cli, ['-f', 'jsonl', '--no-filename'] + two)
    check(r.stdout == b''.join(single(cli, 'jsonl', p) for p in two), '--no-filename jsonl')
    r = run(cli, ['-f', 'json', '--no-filename'] + two)
    check(r.stdout == b''.join(single(cli, 'json', p) for p in two), '--no-filename json')
    # Standard input is named <stdin> in the file member.
    with open(one, 'rb') as fh:
        r = run(cli, ['-f', 'jsonl', '--with-filename'], stdin=fh.read())
    check(all(json.loads(l)['file'] == '<stdin>' for l in r.stdout.decode().splitlines()),
          'stdin named <stdin>')


def check_messages(cli, order, tmp):
    empty = os.path.join(tmp, 'empty')
    os.mkdir(empty)
    gb = os.path.join(tmp, 'bad-gb.txt')
    with open(gb, 'wb') as fh:
        fh.write('标题'.encode('gb18030') + b'\x81')
    cases = [
        (['/nonexistent/page.txt'], 1, b'newsparse: /nonexistent/page.txt: No such file'),
        ([empty], 0, None),  # a folder holding no page: nothing to do, no failure
        (['-e', 'GB18030', gb], 1, ('newsparse: %s:1:3: GB18030 sequence cut by the end of the input (byte 0x81) (byte 4)' % gb).encode()),
        (['--bogus'], 2, b'newsparse: unknown option --bogus'),
        (['-f', 'html', '-o', '/dev/full', order[0]], 1, b'newsparse: /dev/full: write error'),
    ]
    for args, status, head in cases:
        if '/dev/full' in args and not os.path.exists('/dev/full'):
            continue
        r = run(cli, args)
        check(r.returncode == status, '%s: exit %d, want %d' % (args, r.returncode, status))
        if head is not None:
            check(r.stderr.startswith(head), '%s: stderr %r' % (args, r.stderr))
        for line in r.stderr.splitlines():
            check(line.startswith(b'newsparse: ') or line.startswith(b'Try '),
                  '%s: a message not in the one form: %r' % (args, line))
    r = run(cli, ['-f', 'jsonl'] + order)
    m = SUMMARY.fullmatch(r.stderr)
    arts = sum(1 for l in r.stdout.decode().splitlines()
               if json.loads(l)['node']['type'] == 'article')
    mb = sum(os.path.getsize(p) for p in order) / 1e6
    check(m is not None and int(m.group(1)) == len(order) and int(m.group(2)) == arts and
          ('%.1f MB' % mb).encode() in r.stderr, 'summary %r: want %d files, %d articles, %.1f MB' % (
              r.stderr, len(order), arts, mb))
    r = run(cli, ['-f', 'jsonl', order[0]])
    check(r.stderr == b'', 'one file: a summary line on stderr: %r' % r.stderr)


def peak_kb(cli, args):
    code = ('import resource, subprocess, sys\n'
            'subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n'
            'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n')
    out = subprocess.run([sys.executable, '-c', code, cli] + args, stdout=subprocess.PIPE,
                         check=True)
    return int(out.stdout)


def check_memory(cli, pages, tmp):
    """-j 2 writes through a window of slots: its peak memory does not grow
    with the number of pages (holding every output would add ~MBs)."""
    with open(cli, 'rb') as fh:
        binary = fh.read()
        if b'__asan_init' in binary or b'__tsan_init' in binary:
            print('memory: not checked under a sanitizer (it keeps freed memory)')
            return
    big = max(pages, key=os.path.getsize)
    for n in (12, 600):
        d = os.path.join(tmp, 'mem%d' % n)
        os.makedirs(d)
        for i in range(n):
            os.link(big, os.path.join(d, '%04d.txt' % i)) if hasattr(os, 'link') else \
                shutil.copyfile(big, os.path.join(d, '%04d.txt' % i))
    small = peak_kb(cli, ['-f', 'json', '-j', '2', os.path.join(tmp, 'mem12')])
    large = peak_kb(cli, ['-f', 'json', '-j', '2', os.path.join(tmp, 'mem600')])
    out_kb = 600 * len(single(cli, 'json', big)) // 1024
    check(large < small + out_kb // 4, '-j 2 peak memory %d KB over 600 pages, %d KB over 12 '
          '(all outputs: %d KB)' % (large, small, out_kb))


# The parallel heads of pages-real/b5/r24: each reads as the first clause
# of a paragraph until the next one, eight lines on, is weighed with it.
R24_HEADS = ['科技铸“芯”，夯实大国粮仓之基', '智慧提“效”，驱动耕作方式变革',
             '创新延“链”，拓宽食物供给版图']


def section_heads(json_text):
    """The texts of the section heads in one JSON document."""
    out = []

    def walk(node):
        if node.get('type') == 'section_head':
            out.append(node['text'])
        for c in node.get('children', []):
            walk(c)
    walk(json.loads(json_text))
    return out


def check_window(cli, page, tmp):
    wide = single(cli, 'json', page)
    narrow = single(cli, 'json', page, ['--window', '1'])
    check(all(h in section_heads(wide) for h in R24_HEADS), 'default window: r24 heads missing')
    check(not any(h in section_heads(narrow) for h in R24_HEADS),
          '--window 1: r24 heads still heads')
    check(any(h in json.dumps(json.loads(narrow), ensure_ascii=False) for h in R24_HEADS),
          '--window 1: r24 heads lost from the text')
    for args in (['--window', '0'], ['--window=16'], ['--window', '64']):
        check(single(cli, 'json', page, args) == wide, '%s differs from the default on r24' % args)
    # every parser the tool makes: threads, the pages of an issue
    copies = []
    for name in ('w1.txt', 'w2.txt'):
        copies.append(os.path.join(tmp, name))
        shutil.copyfile(page, copies[-1])
    r = run(cli, ['-f', 'json', '--no-filename', '-j', '2', '--window', '1'] + copies)
    check(r.returncode == 0 and r.stdout == narrow * 2, '-j 2 --window 1: %r' % r.stderr)
    for args, want in (([], True), (['--window', '1'], False)):
        r = run(cli, ['--issue', '-f', 'json'] + args + [page])
        heads = section_heads(r.stdout) if r.returncode == 0 else []
        check(r.returncode == 0 and all((h in heads) == want for h in R24_HEADS),
              '--issue %s: exit %d, heads %r' % (args, r.returncode, heads))
    for args in (['--window', '65'], ['--window=-1'], ['--window', 'x'], ['--window='],
                 ['--window', '1.5'], ['--window', '16k']):
        r = run(cli, args + [page])
        check(r.returncode == 2 and r.stdout == b'' and
              r.stderr.startswith(b'newsparse: --window must be a number from 0 to 64 '
                                  b'(0 = the default, 16), not '),
              '%s: exit %d, %r' % (args, r.returncode, r.stderr))
    r = run(cli, [page, '--window'])
    check(r.returncode == 2 and b'missing value for --window' in r.stderr,
          '--window without a value: exit %d, %r' % (r.returncode, r.stderr))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--window-page', required=True,
                    help='a page whose tree the window changes (pages-real/b5/r24.txt)')
    ap.add_argument('pages', nargs='+')
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        root, order = make_tree(tmp, a.pages)
        check_options(cli, a.pages, tmp)
        check_directory(cli, root, order)
        check_jobs(cli, root)
        check_broken(cli, root, order, tmp)
        check_files_from(cli, root, order, tmp)
        check_output_dir(cli, root, order, tmp)
        check_shapes(cli, order)
        check_messages(cli, order, tmp)
        check_memory(cli, a.pages, tmp)
        check_window(cli, a.window_page, tmp)
    if FAILS:
        print('%d failed of %d CLI archive checks' % (len(FAILS), CHECKS[0]))
        return 1
    print('%d CLI archive checks passed over %d pages' % (CHECKS[0], len(a.pages)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
