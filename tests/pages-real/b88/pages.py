# build r432-r433 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (about 2 000
# characters from the page's beginning; ASCII `,` `:` `()` as stored); every block printed here
# is cut out of them and checked with asserts.
import os, sys, re
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, src_text, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


def body_parts(body, marks):
    """split a list entry's body at the copy's own white space: marks[i] is the text that
    must stand right before break i (the copy joins paragraphs and heads with spaces)"""
    out = []
    rest = body
    for m in marks:
        i = rest.index(m) + len(m)
        sp = re.match(r'\s+', rest[i:])
        assert sp, m
        out.append(rest[:i])
        rest = rest[i + sp.end():]
    out.append(rest)
    assert ' '.join(out) == re.sub(r'\s+', ' ', body)
    return out


def split_credit_line(line, rep, ed):
    """`記者:X編輯:Y` -> (`記者:X`, `編輯:Y`)"""
    assert line == '記者:' + rep + '編輯:' + ed, line
    return '記者:' + rep, '編輯:' + ed


# ---------------- r432 新報人 2021-06-03/04 港聞 (spyan-jour.hkbu.edu.hk/category/beat/news/page/23) (LF, final LF)
def r432():
    ls = lines('r432_spyan_news_p23')
    assert ls[0] == '專題'                      # site menu: left out
    h1 = take_line(ls, '王丹:維園燭光熄滅人心不滅 港人要堅持不要放棄', once=True)
    assert ls[1] == h1 and ls[2:6] == ['- 2021-06-04', '- 港聞', '- 新報人', '- 記者:王愷澄編輯:林穎茵']
    b1, e1 = split_credit_line(ls[5][2:], '王愷澄', '林穎茵')
    assert ls[6] == '- 2021-06-04'
    body1 = ls[7]
    assert body1.endswith(' …')
    body1 = body1[:-2]                          # the list page's cut mark
    a1, hd1, a2 = body_parts(body1, ['都不要絶望、不要放棄。', '打壓變成激勵'])
    assert hd1 == '三十年燭火成精神支柱 打壓變成激勵'
    assert a2.startswith('自1990年起,') and a2.endswith('不允許香港再出現任何')   # the copy stops here
    h2 = take_line(ls, '支聯會:維園燭光不是唯一方式 市民可六四當日在全港亮起燭光', once=True)
    assert ls[8] == h2 and ls[9:12] == ['- 2021-06-03', '- 港聞', '- 新報人']
    b2, e2 = split_credit_line(ls[12][2:], '潘明卉', '林穎茵')
    assert ls[13] == '- 2021-06-03'
    body2 = ls[14]
    assert body2.endswith(' …')
    body2 = body2[:-2]
    c1, hd2, c2, c3 = body_parts(body2, ['令燭光每年都能延續下去。', '明年會繼續申請遊行集會', '他有信心在未來可以重返維園。'])
    assert hd2 == '疫情不能永遠作為禁止的原因 明年會繼續申請遊行集會'
    assert c2.startswith('早前支聯會就') and c3 == '盧偉明又指,《公安條例》針對的是遊行和集會,其他悼'
    assert ls[15] == '年輕一代欲移居'                # a third entry with no text: left out
    assert len(ls) == 16

    p = Page(fillers=('', '\u3000', '\t', ''), eol='\n')
    p.furn(['新報人', '港聞'], adjacent=True, run='新報人 港聞')
    p.furn(['2021年6月'])
    p.article()
    p.title('headline', h1)
    p.byline(b1, ['王愷澄'])
    p.para(a1, indent=SS)
    p.head([hd1], trail=' ')
    p.para_cut(cut(a2, '看見六四沒有被遺忘,'), fills={0: '\u3000'}, indent=SS)
    p.jump('(下轉第3版)')
    p.furn([e1])
    p.article()
    p.title('headline', h2, trail='  ')
    p.byline(b2, ['潘明卉'])
    p.para(c1, indent=SS)
    p.head([hd2])
    p.para(c2, indent=SS)
    p.para(c3, indent=SS)
    p.jump('(下轉第3版)')
    p.furn([e2])
    p.write(os.path.join(D, 'r432'))


# ---------------- r433 新報人 2021-06-22/24 港聞/社政 (spyan.jour.hkbu.edu.hk/category/news/page/18/) (BOM, CRLF, no final newline)
def r433():
    ls = lines('r433_spyan_news_p18')
    assert ls[:4] == ['資訊 · 搜尋', '· · 英文版 · 訂閱', '專題', '港聞']   # site menu: left out ('港聞' is the section)
    h1 = take_line(ls, '蘋果日報終章 市民午夜排隊購買支持 市民:不會再看本地紙媒', once=True)
    assert ls[4] == h1 and ls[5] == '• 新報人'
    b1, e1 = split_credit_line(ls[6][2:], '龍德文', '王春媚')
    assert ls[7] == '• 2021-06-24'
    body1 = ls[8]
    assert body1.endswith(' …')
    body1 = body1[:-2]
    a1, a2, a3 = body_parts(body1, ['旺角凌晨有超過數百人排隊購買。', '亦於凌晨起停止運作。'])
    assert a3.startswith('在旺角,昨晚十一時半開始,') and a3.endswith('今日購入約一萬份蘋果日報供市民購買。')
    assert ls[9] == '社政'
    h2 = take_line(ls, '《蘋果日報》財經及英文網上版今暫停更新 特首:會否解凍資產政府會依法辦事', once=True)
    assert ls[10] == h2 and ls[11] == '• 新報人'
    b2, e2 = split_credit_line(ls[12][2:], '潘明卉', '王春媚')
    assert ls[13] == '• 2021-06-22'
    body2 = ls[14]
    c1, hd, c2 = body_parts(body2, ['特區政府會「一視同仁」。', '有市民斥政府凍結資產屬打壓行為'])
    assert c1.startswith('面臨停運危機的《蘋果日報》,')
    assert c2.startswith('《蘋果日報》今日如常出版,') and c2.endswith('「大家都不希望,對於我們來')   # the copy stops here
    assert len(ls) == 15

    p = Page(fillers=('\u3000', '', ' ', '\t'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['新報人'])
    p.furn(['2021年6月', '港聞'], adjacent=True, run='2021年6月 港聞')
    p.article()
    p.title('headline', h1, trail='\u3000')
    p.byline(b1, ['龍德文'])
    p.para(a1, indent=SS)
    p.para_cut(cut(a2, '破創刊記錄,'), indent=SS)
    p.para(a3, indent=SS, trail=' ')
    p.furn([e1])
    p.furn(['社政'])
    p.article()
    p.title('headline', h2)
    p.byline(b2, ['潘明卉'], trail=' ')
    p.para_cut(cut(c1, '行政長官林鄭月娥指,'), fills={0: '\t'}, indent=SS)
    p.head([hd])
    p.para(c2, indent=SS)
    p.jump('(下轉第4版)')
    p.furn([e2])
    p.write(os.path.join(D, 'r433'))


r432()
r433()
