#!/usr/bin/env python3
"""sqlite_index_check.py --example SQLITE_INDEX --cli NEWSPARSE PAGE...

ctest example_sqlite_index: builds an index of PAGE... with the example
and reads it back with Python's sqlite3 module:
  * each page has as many rows as the CLI's JSON tree has articles, at the
    same lines, with the same headlines;
  * for each page, a phrase of PHRASE_CHARS characters from the middle of
    the first paragraph of its first article that has one, queried with
    MATCH, finds that article's row;
  * for the README's kind of query, a two-character word found with
    instr() is in the text the row holds.
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

PHRASE_CHARS = 8  # long enough to be unique on a page, above trigram's 3


def articles_of(cli, page):
    tree = json.loads(subprocess.run([cli, "-f", "json", page], check=True,
                                     capture_output=True).stdout)
    return [c for c in tree["children"] if c["type"] == "article"]


def first_paragraph(articles):
    for a in articles:
        for c in a.get("children", []):
            if c["type"] == "paragraph" and len(c["text"]) >= 3 * PHRASE_CHARS:
                return a, c["text"]
    return None, None


def fts_phrase(text):
    return '"' + text.replace('"', '""') + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--example", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("pages", nargs="+")
    args = ap.parse_args()
    failures = []
    with tempfile.TemporaryDirectory(prefix="np-sqlite.") as tmp:
        db_path = os.path.join(tmp, "idx.db")
        r = subprocess.run([args.example, db_path] + args.pages, capture_output=True, text=True)
        print(r.stdout.strip())
        if r.returncode != 0 or r.stderr:
            sys.exit(f"FAIL: {args.example} exited with {r.returncode}: {r.stderr}")
        db = sqlite3.connect(db_path)
        total = phrases = 0
        for page in args.pages:
            want = articles_of(args.cli, page)
            total += len(want)
            rows = db.execute("SELECT line, headline FROM articles WHERE file = ? ORDER BY CAST(line AS INTEGER)",
                              (page,)).fetchall()
            want_rows = [(a["line"], next((c["text"] for c in a.get("children", [])
                                           if c["type"] == "headline"), "")) for a in want]
            if [(int(l), h) for l, h in rows] != want_rows:
                failures.append(f"{page}: rows {rows[:3]}... differ from the tree's articles {want_rows[:3]}...")
            article, para = first_paragraph(want)
            if para is None:
                continue
            start = len(para) // 2
            phrase = para[start:start + PHRASE_CHARS]
            hits = db.execute("SELECT file, line FROM articles WHERE articles MATCH ?",
                              (fts_phrase(phrase),)).fetchall()
            if (page, article["line"]) not in [(f, int(l)) for f, l in hits]:
                failures.append(f"{page}: MATCH {fts_phrase(phrase)} finds {hits}, not line {article['line']}")
            else:
                phrases += 1
            word = phrase[:2]
            two = db.execute("SELECT text FROM articles WHERE file = ? AND line = ? AND instr(text, ?) > 0",
                             (page, article["line"], word)).fetchall()
            if len(two) != 1 or word not in two[0][0]:
                failures.append(f"{page}: instr(text, {word!r}) does not find line {article['line']}")
        count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        if count != total:
            failures.append(f"the index holds {count} rows, the parser found {total} articles")
        db.close()
    print(f"{len(args.pages)} pages: {count} rows for {total} articles; "
          f"{phrases} phrases found by MATCH in their own article")
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
