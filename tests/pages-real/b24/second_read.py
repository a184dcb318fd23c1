# second_read.py: each file in second/ (NAME.OFFSET.txt) is a fresh transcription of a second read_file of
# the stored file at OFFSET (made after the copies in src/ were written). It must equal, character for
# character, the text at that offset in (front matter rebuilt by verify_src.py + src copy).
# NAME.OFFSET.head.txt holds only the first part of such a read (title lines, bylines, credits): it must
# equal the text of the same length at that offset.
import os, glob, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(D, 'verify_src.py'), encoding='utf-8').read().split('ok = True')[0])
FM = {}
for src, tot, ti, d, s, sn, au, cat, kw, wc, u in E:
    FM[src] = ('---\ntitle: "%s"\ndate: %s\nsection: "第%s版"\nsection_name: "%s"\nauthor: "%s"\ncategory: "%s"\nkeywords: [%s]\nword_count: %d\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/%s.html"\n---\n\n'
               % (ti, d, s, sn, au, cat, kw, wc, u))
ok = True
seen = set()
for f in sorted(glob.glob(os.path.join(D, 'second', '*.txt'))):
    base = os.path.basename(f)[:-4]
    head = base.endswith('.head')
    if head:
        base = base[:-5]
    name, off = base.rsplit('.', 1)
    off = int(off)
    full = FM[name] + open(os.path.join(D, 'src', name + '.txt'), encoding='utf-8').read()
    sec = open(f, encoding='utf-8').read()
    r = (full[off:off + len(sec)] if head else full[off:]) == sec
    print(name, off, 'head' if head else 'rest', len(sec), 'OK' if r else 'DIFF')
    ok &= r
    seen.add(name)
missing = [e[0] for e in E if e[0] not in seen]
if missing:
    print('no second read:', missing); ok = False
print('ALL OK' if ok else 'MISMATCH')
