# build r367-r370 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, split_at_spaces as split_at

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')
WEB_CUT = '...'          # the listing's own mark where it stops a lead


def lead(s):
    """a listing lead: the text before the listing's `...` (the store's copy stops there)"""
    assert s.endswith(WEB_CUT) and s.count(WEB_CUT) == 1, s[-10:]
    return s[:-len(WEB_CUT)]


def listing(ls, head, date):
    """one item of an anntw.com listing: headline line, `NAME DATE TIME` line, lead line -> (head, name, meta, lead)"""
    i = ls.index(take_line(ls, head, once=True))
    meta = ls[i + 1]
    assert meta.split(' ')[-2] == date, meta
    name = meta[:-len(' ' + ' '.join(meta.split(' ')[-2:]))]
    return head, name, meta, ls[i + 2]


# ---------------- r367 中國報 (China Press, Malaysia) 2016-11-17 evening report (chinapress.com.my/20161117/...) (CRLF, final CRLF)
def r367():
    ls = lines('r367_cp_zhangxiaoqing')
    assert len(ls) == 16
    h = '张晓卿:共享发展红利的同时 全球华人应正面看中国'
    assert ls[0] == h                                                   # the copy's one-line title
    assert ls[1] + ' ' + ls[2] == h                                     # the same title on two web lines: left out
    body = ls[3:]
    h1 = take_line(body, '深刻铭记华社期待', once=True)
    h2 = take_line(body, '办报是无可妥协的责任使命', once=True)
    i1, i2 = body.index(h1), body.index(h2)
    assert (i1, i2) == (5, 10)
    a, b, c = body[:i1], body[i1 + 1:i2], body[i2 + 1:]
    assert a[0].startswith('(吉隆坡17日讯)世华媒体集团') and a[0].endswith('予以中国正面肯定和祝福。')
    assert a[4].endswith('继续为社会和读者热情服务。')
    assert b[0].startswith('“今晚是《中国报》70周年报庆') and b[3].endswith('一切努力、用心和贡献。')
    assert len(c) == 2 and c[1] == '“诚如一位友人所说,世华'           # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t', ' '), eol='\r\n')
    p.furn(['中國報', '2016年11月18日 星期五'], adjacent=True, run='中國報 2016年11月18日 星期五')
    p.furn(['A6', '国内'], adjacent=True, run='A6 国内')
    p.article()
    p.title('headline', h)
    p.para(a[0], indent=SS)
    p.para(a[1], indent=SS)
    p.para(a[2], indent=SS, trail=' ')
    p.para_cut(cut(a[3], '社会的发展日新月异,'), fills={0: '\u3000'}, indent=SS)
    p.para(a[4], indent=SS)
    p.head([h1])
    for x in b:
        p.para(x, indent=SS)
    p.head([h2], trail=' ')
    p.para_cut(cut(c[0], '也有人断言报纸是不会消亡的;', ends=';'), fills={0: '\t'}, indent=SS)
    p.para(c[1], indent=SS)
    p.jump('(下转A8版)')
    p.write(os.path.join(D, 'r367'))


# ---------------- r368 台灣醒報 2017-03-02 (anntw.com/col/news?page=1570) (LF, no final newline)
def r368():
    ls = lines('r368_anntw_news1570')
    assert ls[:3] == ['台灣醒報', '今日必讀', ls[2]] and ls[2].startswith('本報新聞以深度報導')   # web section head: left out
    assert ls[-1] == '重'                                               # the next item's first character: the store stops here
    items = [listing(ls, t, '2017/03/02') for t in
             ['「金庸館」首開幕 展罕見小說手稿', '腸病毒引心肌炎 醫:半數可痊癒', '傳寫社一周年 需再次募資營運',
              '林鄭倡設宗教小組 教牧咸表憂慮', '食品添加物限量 避腹瀉、便秘風險']]
    assert [x[1] for x in items] == ['陳玨明', '林亭妤', '陳玨明', '陳玨明', '林亭妤']
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\n', final_eol=False)
    p.furn(['台灣醒報'])
    p.furn(['2017年3月2日 星期四', 'A1', '今日必讀'], adjacent=True, run='2017年3月2日 星期四 A1 今日必讀')
    jumps = ['（詳見A3）', '（詳見A5）', '（詳見A4）', '（詳見A4）', '（詳見A6）']
    for k, (h, name, meta, l) in enumerate(items):
        t = lead(l)
        p.article()
        p.title('headline', h, trail=' ' if k == 1 else '')
        p.byline(name, [name])
        if k == 2:
            ps = split_at(t, ['1日剛滿一歲。 '])             # the copy's space after a full stop: two paragraphs
            assert ps[1].startswith('回顧過去一年,')
            p.para(ps[0])
            p.para(ps[1])
        elif k == 3:
            assert '撰文反對, 9名' in t                        # the copy's space after the comma, kept
            p.para_cut(cut(t, '設立一個「宗教事務小組」,'), fills={0: ''})
        else:
            p.para(t)
        p.jump(jumps[k])
    p.write(os.path.join(D, 'r368'))


# ---------------- r369 台灣醒報 2018-02-13 (anntw.com/col/news?page=1315) (BOM, CRLF, final CRLF)
def r369():
    ls = lines('r369_anntw_news1315')
    assert ls[:2] == ['台灣醒報', '今日必讀'] and ls[2].startswith('本報新聞以深度報導')
    x14 = listing(ls, '救災表現調查 民進黨:民眾高度滿意', '2018/02/14')  # the one item of the next day: left out
    assert x14[1] == '鄭羿菲'
    assert ls[-1] == '台成清'                                           # the store stops here
    items = [listing(ls, t, '2018/02/13') for t in
             ['管爭議未歇 教部6度要台大釐清', '一問二應三轉介 年節關切情緒低落者',
              '全球湧現廢公視 專家:有存在價值', '推廣森林保育 林試所影片有秘密']]
    assert [x[1] for x in items] == ['楊蕓', '鄭羿菲', '譚有勝', '譚有勝']
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r\n', bom=True)
    p.furn(['台灣醒報 2018年2月13日 星期二'])
    p.furn(['A2', '焦點新聞'], adjacent=True, run='A2 焦點新聞')
    for k, (h, name, meta, l) in enumerate(items):
        t = lead(l)
        p.article()
        p.title('headline', h)
        p.byline(name, [name], trail=' ' if k == 0 else '')
        if k == 1:
            assert t.startswith('「自殺通報人次在過年前後總是會有上升趨勢,民眾務必趁春節與親友相聚時多關懷。」')
            p.para_cut(cut(t, '在記者會上表示,'), fills={0: '\u3000'}, indent=SS)
        else:
            p.para(t, indent=SS)
        if k == 2:
            assert t.endswith('受訪時認為,')
        p.jump('（下轉A%d）' % (k + 3))
    p.write(os.path.join(D, 'r369'))


# ---------------- r370 台灣醒報 2023-09-13 我見我思 (anntw.com/col/editorial?page=84) (lone CR, final CR)
def r370():
    ls = lines('r370_anntw_editorial84')
    assert ls[:2] == ['台灣醒報', '我見我思'] and ls[2].startswith('歡迎各界針對言論')   # call for papers: left out
    items = [listing(ls, t, '2023/09/13') for t in
             ['即時救援記', '〈地球氣候〉氣候危急日益緊迫 各國行動依舊遲緩', '〈醒思集〉美中科技經貿惡鬥未止 台灣應運用自己優勢']]
    for t in ['〈社論〉東協國家快速崛起 台灣勿落後', '〈書林打獵之3〉三本書主張的海權觀']:
        listing(ls, t, '2023/09/12')                                     # the day before: left out
    names = ['王壽來 / 前駐舊金山新聞處主任、前新聞局國際處處長', '汪中和 / 中央研究院研究員', '朱言改 / 財經作家']
    assert [x[1] for x in items] == names
    p = Page(fillers=('', '\u3000', ' ', ''), eol='\r')
    p.furn(['台灣醒報', '2023年9月13日 星期三'], adjacent=True, run='台灣醒報 2023年9月13日 星期三')
    p.furn(['A7', '我見我思'], adjacent=True, run='A7 我見我思')
    for k, (h, name, meta, l) in enumerate(items):
        t = lead(l)
        p.article()
        p.title('headline', h, trail='\u3000' if k == 2 else '')
        p.byline(name, [name.split(' / ')[0]])
        if k == 0:
            ps = split_at(t, ['劉國松老師。 '])
            assert ps[1] == '被譽為「現'
            p.para(ps[0], indent=SS)
            p.para(ps[1], indent=SS)
            p.jump('（下轉A8）')
        elif k == 1:
            assert t.endswith('分佔高溫榜首的前二名。 ')          # a whole sentence, then the copy's space before `...`
            assert '今年夏季 (六月至八月) 的全球均溫' in t
            p.para_cut(cut(t, '是有氣象記錄以來最熱的夏天;', ends=';'), fills={0: ' '}, indent=SS)
        else:
            assert 'iPhone 15 Pro/Pro Max' in t
            p.para(t, indent=SS)
            p.jump('（下轉A8）')
    p.write(os.path.join(D, 'r370'))


for f in (r367, r368, r369, r370):
    f()
