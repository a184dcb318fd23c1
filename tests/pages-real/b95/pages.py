# build r467-r471 from the verbatim copies in src/ (see NAME.sources.md)
# src/rNNN_*.txt are exact line ranges of test.js in YaoKaiPeng/parse-wisers (a WiseNews HTML export of 297 articles kept
# as a test fixture) at commit bc8e341396966660159bbf9358de761c62cb424a. The export marks search hits with
# <font class="highlight">…</font>; pagekit.wisers removes only those tags and writes src/NAME_untagged.txt (derived).
# Every block printed is cut out of the copies and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import wisers as pagekit_wisers, Page, cutter, glued_head

SS = '\u3000\u3000'
cut = cutter('，,', glued=True)


def wisers(name):
    return pagekit_wisers(D, name)


def split_title(t, *parts):
    """the export's one title line `a b ...` -> the printed lines (split by me at the given spaces)"""
    assert t == ' '.join(parts), t
    return parts


def body(p, ps, heads, cuts, fills=None, trails=None, indent=SS):
    """paragraphs ps (index -> text), section heads before the indices in heads, cuts {i: at}"""
    fills = fills or {}
    trails = trails or {}
    for i, x in enumerate(ps):
        if i in heads:
            p.head([heads[i]], trail=trails.get(('h', i), ''))
        if i in cuts:
            p.para_cut(cut(x, cuts[i]), fills={0: fills.get(i, '')}, indent=indent)
        else:
            p.para(x, indent=indent, trail=trails.get(i, ''))


# ---------------- r467 第一財經日報 2019-04-25 A06 大政觀 (LF, final LF)
def r467():
    idx, t, ps = wisers('r467_dycjrb')
    assert idx == '48 .第一財經日報 | 發行量/接觸人次: 893,000 | 2019-04-25\n<br>報章 | \nA06 |大政觀 |By 王玉鳳'
    k, h = split_title(t, '深圳航空、鐵路建設雙雙爆發', '大灣區交通樞紐格局之變')
    assert len(ps) == 19
    assert ps[0].startswith('[未來，13條鐵路建成後，') and ps[0].endswith(']在對外交通建設上，深圳正全面爆發。')
    h5, p5 = glued_head(ps[5], '航空年旅客吞吐力將提升近1倍')
    assert p5.startswith('深圳機場第三跑道規劃長3600米')
    h13, p13 = glued_head(ps[13], '在對外鐵路通道投資上邁出關鍵一步')
    assert p13.startswith('除了航空，深圳在其他對外交通上也快速發力。')
    ps = list(ps)
    ps[5], ps[13] = p5, p13
    assert ps[-1].endswith('”胡剛說。')
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['第一財經日報', '2019年4月25日 星期四'], adjacent=True, run='第一財經日報 2019年4月25日 星期四')
    p.furn(['A06', '大政觀'], adjacent=True, run='A06 大政觀')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True)
    p.byline('王玉鳳', ['王玉鳳'])
    body(p, ps, {5: h5, 13: h13},
         {9: '根據規劃，', 14: '也有很多車次的首發站是廣州，'},
         fills={9: '\u3000', 14: ''}, trails={('h', 13): ' '})
    p.write(os.path.join(D, 'r467'))


# ---------------- r468 市民日報 2019-05-23 P03 澳聞 (CRLF, final CRLF)
def r468():
    idx, t, ps = wisers('r468_smrb')
    assert idx == '87 .市民日報 | 發行量/接觸人次: 18,000 | 2019-05-23\n<br>報章 | \nP03 |澳聞'
    assert t == '深圳銜接港澳推動建國際科創中心'
    assert len(ps) == 10
    assert ps[0].startswith('【本報記者唐欽濱深圳報道】昨日是「粵港澳媒體灣區行」')
    heads = {}
    ps = list(ps)
    for i, hd, first in ((2, '與澳門合作開拓葡語國市場', '趙志英表示，'),
                         (4, '兩批共60澳青年深圳實習', '在問答環節，'),
                         (7, '將西麗湖打造灣區核心智核', '在生物醫藥及科研方面，')):
        heads[i], ps[i] = glued_head(ps[i], hd)
        assert ps[i].startswith(first)
    assert ps[-1].endswith('採訪。')
    p = Page(fillers=('', '\t', ''), eol='\r\n')
    p.furn(['P03', '澳聞'], adjacent=True, run='P03 澳聞')
    p.furn(['市民日報', '2019年5月23日 星期四'], adjacent=True, run='市民日報 2019年5月23日 星期四')
    p.article()
    p.title('headline', t, trail='\u3000')
    body(p, ps, heads, {3: '南山區按照國家和省市的戰略布局，', 8: '目前對於西麗湖的定位有3個，'},
         fills={3: '\t', 8: ''})
    p.write(os.path.join(D, 'r468'))


# ---------------- r469 旺報 2019-05-08 A13 惠台政策解讀深圳篇 (lone CR, final CR)
def r469():
    idx, t, ps = wisers('r469_wb')
    assert idx == '111 .旺報 | 發行量/接觸人次: 300,000 | 2019-05-08\n<br>報章 | \nA13 |惠台政策解讀深圳篇 |By 張國威'
    a, b, c, d = split_title(t, '深圳惠台99條', '台胞專項財政補助', '規模逾257億人民幣', '54專項、超過200個資助方向')
    h, s = a + ' ' + b, c + ' ' + d
    assert len(ps) == 9
    assert ps[2] == '符條件 台企台胞可申報' and ps[7] == '在深圳執業台醫生122名'
    heads = {2: ps[2], 7: ps[7]}
    rest = [x for i, x in enumerate(ps) if i not in heads]
    p = Page(fillers=('', '  ', '\u3000'), eol='\r')
    p.furn(['旺報', 'A13', '惠台政策解讀深圳篇'], adjacent=True, run='旺報 A13 惠台政策解讀深圳篇')
    p.furn(['2019年5月8日 星期三'])
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.byline('張國威', ['張國威'], trail=' ')
    # heads stand before the paragraphs that followed them in the copy (indices 2 and 6 of rest)
    body(p, rest, {2: heads[2], 6: heads[7]},
         {1: '深圳市副市長艾學峰表示，', 6: '台資企業以出口為主，'}, fills={1: '  ', 6: '\u3000'})
    p.write(os.path.join(D, 'r469'))


# ---------------- r470 澳門日報 2019-04-27 A10 經濟 (BOM, LF, no final newline)
def r470():
    idx, t, ps = wisers('r470_amrb_a10')
    assert idx == '270 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-04-27\n<br>報章 | \nA10 |經濟'
    assert t == '深澳創意周促文創特色金融'
    assert len(ps) == 7
    assert ps[0].startswith('【本報消息】由澳門深圳經濟文化促進會') and ps[3] == '設計大賽接受報名'
    rest = ps[:3] + ps[4:]
    p = Page(fillers=('', '\u3000', ''), eol='\n', bom=True, final_eol=False)
    p.furn(['澳門日報', '2019年4月27日 星期六', 'A10', '經濟'], adjacent=True,
           run='澳門日報 2019年4月27日 星期六 A10 經濟')
    p.article()
    p.title('headline', t)
    body(p, rest, {3: ps[3]}, {1: '深圳市人大常委會副主任彭海斌，', 4: '設計大賽將聚焦澳門及深圳的獨特元素，'},
         fills={1: '\u3000', 4: ''}, trails={('h', 3): ' '})
    p.write(os.path.join(D, 'r470'))


# ---------------- r471 澳門日報 2019-05-23 A02 澳聞, two stories (CRLF, no final newline, tab fillers)
def r471():
    ia, ta, pa = wisers('r471_amrb_a')
    ib, tb, pb = wisers('r471_amrb_b')
    assert ia == '275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23\n<br>報章 | \nA02 |澳聞'
    assert ib == '276 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23\n<br>報章 | \nA02 |澳聞'
    ka, ha = split_title(ta, '三園區提供創業平台 研建中葡青年創業中心', '深澳推青年實習就業富成果')
    kb, hb = split_title(tb, '科技優勢助澳發展智慧政務警務5G', '深澳多元合作助建智慧灣區')
    assert len(pa) == 9 and len(pb) == 9
    assert pa[0].startswith('【本報記者深圳廿二日電】今年一月，') and pb[0].startswith('【本報記者深圳廿二日電】深圳市委')
    ha_ = {1: '創業符條件納補貼', 4: '澳企前海跨越發展', 7: '組織澳青深圳實習'}
    hb_ = {1: '提升智慧城市交流', 5: '合作發展中醫藥業'}
    for ps, hs in ((pa, ha_), (pb, hb_)):
        for i, x in hs.items():
            assert ps[i] == x
    ra = [x for i, x in enumerate(pa) if i not in ha_]
    rb = [x for i, x in enumerate(pb) if i not in hb_]
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['澳門日報'])
    p.furn(['2019年5月23日 星期四', 'A02', '澳聞'], adjacent=True, run='2019年5月23日 星期四 A02 澳聞')
    p.article()
    p.title('kicker', ka, accept=['kicker', 'headline'])
    p.title('headline', ha, accept=['headline', 'subheadline'], adjacent=True, trail=' ')
    # heads before the paragraphs that followed them (indices in ra: 1, 3, 5)
    body(p, ra, {1: ha_[1], 3: ha_[4], 5: ha_[7]}, {4: '借助於粵港澳大灣區的建設機遇進駐前海後，'}, fills={4: '\t'})
    p.article()
    p.title('kicker', kb, accept=['kicker', 'headline'])
    p.title('headline', hb, accept=['headline', 'subheadline'], adjacent=True)
    body(p, rb, {1: hb_[1], 4: hb_[5]},
         {4: '擁有深圳大學、南方科技大學、哈爾濱工業大學（深圳）、清華大學深圳國際研究生院、北京大學深圳研究生院等創新資源，'},
         fills={4: ''}, trails={('h', 1): '\u3000'})
    p.write(os.path.join(D, 'r471'))


for f in (r467, r468, r469, r470, r471):
    f()
