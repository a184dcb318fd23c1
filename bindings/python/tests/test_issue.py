"""Page records, jump links and parse_issue on a real issue of
tests/issues (i01: 人民日报 2026-02-04, four pages, two jumps)."""

from __future__ import annotations

import glob
import json
import os
import pathlib
import unittest

import _support
from _support import newsparse

ISSUE = os.path.join(_support.REPO, "tests", "issues", "i01")
PAGES = sorted(glob.glob(os.path.join(ISSUE, "p[0-9][0-9].txt")))


@unittest.skipUnless(PAGES, "tests/issues/i01 not found")
class Issue(unittest.TestCase):
    def test_page_records_equal_the_expected(self):
        for page in PAGES:
            with self.subTest(page=os.path.basename(page)):
                want = json.load(open(page[:-4] + ".page.json", encoding="utf-8"))
                self.assertEqual(newsparse.parse(pathlib.Path(page)).page, want)

    def test_jump_links(self):
        doc = newsparse.parse(pathlib.Path(PAGES[0]))
        tos = [a.continues_to for a in doc.articles if a.continues_to]
        self.assertEqual(tos, [{"number": 4}, {"number": 7}])
        doc = newsparse.parse(pathlib.Path(PAGES[3]))
        self.assertEqual([a.continued_from for a in doc.articles if a.continued_from], [{"number": 1}])

    def test_parse_issue_joins_and_is_order_free(self):
        issue = newsparse.parse_issue(PAGES)
        self.assertEqual([l["status"] for l in issue.links], ["joined", "joined"])
        self.assertEqual([p["page"] for p in issue.pages], [1, 4, 5, 7])
        first = issue.articles[0]
        self.assertEqual({c.page for c in first.children}, {1, 4})
        self.assertIsNone(issue.page)
        shuffled = newsparse.parse_issue(list(reversed(PAGES)))
        self.assertEqual(shuffled.to_json(), issue.to_json())


if __name__ == "__main__":
    unittest.main()
