# build b106 pages from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r522 台灣好報 2014-12-03 (newstaiwan.tw newspage.php?nnid=177036) (CRLF, final CRLF)
def r522():
    ls = lines('r522_tghb_86nian')
    assert ls[:7] == ['本報公告', '快速連結', '交流園地', '廣告刊登', '聯絡我們', '本報為原', '「台灣新聞報」']  # web furniture: left out
    h = take_line(ls, '86年風雨 矢志不改', once=True)
    s = take_line(ls, '《台灣新聞報》從日據走來 台海雜誌訪本報宋社長', once=True)
    assert ls[7] == h and ls[8] == s
    assert ls[9] == '2014-12-03'                                   # web date: used for the page head only
    by = take_line(ls, '記者 鄭紀威台北 報導', once=True)
    assert ls[10] == by
    p1, p2, p3 = ls[11], ls[12], ls[13]
    assert p1.startswith('2014年11月9日出版的台海雜誌第101期,') and p1.endswith('從日據走來」。')
    assert p2.startswith('宋智忱社長長期從事新聞工作,') and p2.endswith('可謂「報人報史,一頁滄桑」。')
    assert p3 == '專訪內容如下,本報刊出以饗讀者。'
    x1, x2 = ls[14], ls[15]
    assert x1 == '「86年風雨,矢志不改' and x2 == '台灣好報社長宋智忱憶《台灣新聞報》從日據走來'
    p4 = ls[16]
    assert p4.startswith('《台灣好報》的前身是《台灣新聞報》,') and p4.endswith('這份屬於報紙的使命感一直延續至今。')
    x3 = take_line(ls, '日據時期毫無言論自由', once=True)
    assert ls[17] == x3
    p5 = ls[18]
    assert p5.startswith('《台灣新聞報》的前身創辦於日據時代。') and p5.endswith('在當時,報紙名為《')   # the store stops here
    assert len(ls) == 19
    p = Page(fillers=('', '\u3000', '', ' '), eol='\r\n')
    p.furn(['台灣好報', '中華民國103年12月3日 星期三'], adjacent=True, run='台灣好報 中華民國103年12月3日 星期三')
    p.furn(['2', '綜合新聞'], adjacent=True, run='2 綜合新聞')
    p.article()
    p.title('headline', h)
    p.title('subheadline', s, adjacent=True)
    p.byline(by, ['鄭紀威'])
    p.para(p1, indent=SS)
    p.para_cut(cut(p2, '一路走來"矢志不改",'), fills={0: '\u3000'}, indent=SS)
    p.para(p3, indent=SS, trail=' ')
    p.head([x1, x2])
    p.para(p4, indent=SS)
    p.head([x3])
    p.para(p5, indent=SS)
    p.jump('（下轉第3版）')
    p.write(os.path.join(D, 'r522'))


for f in (r522,):
    f()
