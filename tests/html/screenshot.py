#!/usr/bin/env python3
"""screenshot.py WRITER PAGE [--keep PNG]

Renders PAGE as HTML twice with WRITER (test_stylesheet --write): with the
built-in stylesheet and with none, takes a screenshot of each in headless
Chromium and checks that
  * the styled screenshot is not blank: its background is the stylesheet's
    page colour (#fdfcf8) and at least MIN_INK of its pixels are ink;
  * the unstyled one has a white background;
  * the two differ in at least MIN_CHANGED of their pixels.
--keep PNG copies the styled screenshot there.  Exits 77 (a ctest skip)
when no Chromium is installed.  Needs only the standard library.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

WINDOW = (760, 1100)
PAGE_COLOUR = (0xFD, 0xFC, 0xF8)  # body{background} of the built-in style
WHITE = (0xFF, 0xFF, 0xFF)
MIN_INK = 0.02       # text covers more than 2% of a page of prose
MIN_CHANGED = 0.10   # a new background alone changes most pixels
SKIP = 77
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB/RGBA PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"FAIL: {path} is not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    if depth != 8 or ctype not in (2, 6) or interlace:
        sys.exit(f"FAIL: {path}: unexpected PNG format (depth {depth}, colour type {ctype})")
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif f == 4:
                line[i] = (line[i] + paeth(a, b, c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(w)])
        prev = line
    return w, h, rows


def screenshot(browser, html, png, profile):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", f"--user-data-dir={profile}",
           f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={png}",
           "file://" + os.path.abspath(html)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if r.returncode != 0 or not os.path.exists(png):
        sys.exit(f"FAIL: {' '.join(cmd)} exited with {r.returncode}:\n{r.stderr[-2000:]}")


def background(rows):
    counts = {}
    for row in rows[::4]:
        for px in row[::4]:
            counts[px] = counts.get(px, 0) + 1
    return max(counts, key=counts.get)


def main():
    if len(sys.argv) not in (3, 5):
        sys.exit(__doc__)
    writer, page = sys.argv[1], sys.argv[2]
    keep = sys.argv[4] if len(sys.argv) == 5 else None
    browser = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        print("SKIP: no Chromium found (Debian: apt-get install chromium); the screenshot check did not run")
        return SKIP
    failures = []
    with tempfile.TemporaryDirectory(prefix="np-shot.") as tmp:
        subprocess.run([writer, "--write", page, tmp], check=True)
        shots = {}
        for name in ("styled", "unstyled"):
            png = os.path.join(tmp, name + ".png")
            screenshot(browser, os.path.join(tmp, name + ".html"), png, os.path.join(tmp, "profile-" + name))
            shots[name] = read_png(png)
            if name == "styled" and keep:
                shutil.copyfile(png, keep)
    (w, h, styled), (w2, h2, unstyled) = shots["styled"], shots["unstyled"]
    if (w, h) != WINDOW or (w2, h2) != WINDOW:
        failures.append(f"screenshots are {w}x{h} and {w2}x{h2}, not {WINDOW[0]}x{WINDOW[1]}")
    bg = background(styled)
    ink = sum(1 for row in styled for px in row if sum(px) < 3 * 160) / (w * h)
    changed = sum(1 for r1, r2 in zip(styled, unstyled) for a, b in zip(r1, r2) if a != b) / (w * h)
    print(f"{browser}: {page} at {w}x{h}: styled background #{bytes(bg).hex()}, "
          f"{ink:.1%} ink; unstyled background #{bytes(background(unstyled)).hex()}; "
          f"{changed:.1%} of pixels differ")
    if bg != PAGE_COLOUR:
        failures.append(f"styled background is #{bytes(bg).hex()}, not the stylesheet's #{bytes(PAGE_COLOUR).hex()}")
    if ink < MIN_INK:
        failures.append(f"styled screenshot is nearly blank ({ink:.2%} ink, want {MIN_INK:.0%})")
    if background(unstyled) != WHITE:
        failures.append("unstyled background is not white")
    if changed < MIN_CHANGED:
        failures.append(f"styled and unstyled differ in {changed:.1%} of pixels, want {MIN_CHANGED:.0%}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
