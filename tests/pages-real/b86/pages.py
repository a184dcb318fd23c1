# build r422-r426 from the verbatim copies in src/ (see NAME.sources.md)
# src/rNNN_*.txt are exact line ranges of test.js in YaoKaiPeng/parse-wisers (a WiseNews HTML export of 297 articles kept
# as a test fixture) at commit bc8e341396966660159bbf9358de761c62cb424a. The export marks search hits with
# <font class="highlight">…</font>; pages.py removes only those tags and writes the result as src/NAME_untagged.txt
# (derived, so check.py finds the paragraphs byte for byte). Every block printed is cut out of the copies and checked.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import wisers as pagekit_wisers, glued_head, Page, src_text, take_line, cutter

SS = '\u3000\u3000'
cut = cutter('，,')


def wisers(name):
    return pagekit_wisers(D, name)


def split_title(t, a, b):
    """the export's one title line `a b` -> the two printed lines (split by me at its space)"""
    assert t == a + ' ' + b, t
    return a, b


# ---------------- r422 經濟觀察報 2019-05-06 第29版 地產 (printed on 29 and 31) (LF, final LF)
def r422():
    idx, t, ps = wisers('r422_eeo_xuequfang')
    assert idx == '30 .經濟觀察報 | 發行量/接觸人次: 600,000 | 2019-05-06\n<br>報章 | \n29,31 |地產 |By 陳博'
    assert t == '保衛學區房'
    assert len(ps) == 46
    heads = {5: '5%的不確定性', 18: '不同的訴求', 32: '緊張的學位', 41: '爭議學區房'}
    for i, hd in heads.items():
        assert ps[i] == take_line(ps, hd, once=True)
    assert ps[0].startswith('“我是龍崗戶籍，') and ps[-1].endswith('這個沒辦法一步到位解決。')
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['經濟觀察報', '2019年5月6日 星期一'], adjacent=True, run='經濟觀察報 2019年5月6日 星期一')
    p.furn(['29', '地產'], adjacent=True, run='29 地產')
    p.article()
    p.title('headline', t)
    p.byline('陳博', ['陳博'])
    for i, x in enumerate(ps):
        if i in heads:
            p.head([x], trail=' ' if i == 18 else '')
        elif i == 9:
            p.para_cut(cut(x, '“我們目前只有這一所初中可以選擇，'), fills={0: '\u3000'}, indent=SS)
        elif i == 27:
            p.para_cut(cut(x, '為了照顧整個區域的經濟發展水平，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.write(os.path.join(D, 'r422'))


# ---------------- r423 中國企業報 2019-05-21 第14版 中國園區 (CRLF, final CRLF)
def r423():
    idx, t, ps = wisers('r423_zgqyb_gaoxinqu')
    assert idx == '240 .中國企業報 | 發行量/接觸人次: 350,000 | 2019-05-21\n<br>報章 | \n14 |中國園區'
    assert t == '從北方到南國，國家級高新區 詮釋科技轉化“中國模式”'
    assert len(ps) == 22
    chart = ps[0]
    assert chart == '王利博製圖'                    # the credit of a chart the export does not hold
    heads = {2: '中關村科技園區：體制創新永遠在路上', 11: '蘇州工業園區：區域合作的複制樣本',
             17: '深圳高新技術產業園區：開放式管理模式成就“高產田”'}
    for i, hd in heads.items():
        assert ps[i] == take_line(ps, hd, once=True)
    p = Page(fillers=('', '\t', ''), eol='\r\n')
    p.furn(['中國企業報'])
    p.furn(['2019年5月21日 星期二', '14', '中國園區'], adjacent=True, run='2019年5月21日 星期二 14 中國園區')
    p.article()
    p.title('headline', t)
    for i, x in enumerate(ps[1:], 1):
        if i in heads:
            p.head([x])
        elif i == 13:
            p.para_cut(cut(x, '累計派出194批3680人次赴新培訓，'), fills={0: '\t'}, indent=SS)
        elif i == 20:
            p.para_cut(cut(x, '即不改變政府各部門原有職權，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.furn([chart])                                 # printed at the page foot (b8/b16: 制图 lines are furniture)
    p.write(os.path.join(D, 'r423'))


# ---------------- r424 中國經營報 2019-05-13 第A04版 事件 (lone CR, no final newline)
def r424():
    idx, t, ps = wisers('r424_cbcn_gaokao')
    assert idx == '70 .中國經營報 | 發行量/接觸人次: 920,000 | 2019-05-13\n<br>報章 | \nA04 |事件 |By 孟慶偉'
    h, s = split_title(t, '廣東省調查富源學校“高考移民”事件', '校方否認“人籍分離”')
    assert len(ps) == 35
    heads = {3: '省級領導介入調查', 21: '校方稱“學生不流動”'}
    for i, hd in heads.items():
        assert ps[i] == take_line(ps, hd, once=True)
    assert ps[-1] == '晨霧向記者分析稱，不排除2020年廣東針對“高考移民”問題調整高招政策。'
    p = Page(fillers=('', ' ', '', '\u3000'), eol='\r', final_eol=False)
    p.furn(['A04', '事件'], adjacent=True, run='A04 事件')
    p.furn(['中國經營報 2019年5月13日 星期一'])
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.byline('孟慶偉', ['孟慶偉'], trail=' ')
    for i, x in enumerate(ps):
        if i in heads:
            p.head([x], trail='\u3000' if i == 21 else '')
        elif i == 16:
            p.para_cut(cut(x, '學生可以獲得衡水中學的教學質量，'), fills={0: ' '}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.write(os.path.join(D, 'r424'))


# ---------------- r425 新華澳報 2019-04-30 第P03版 (LF, no final newline)
def r425():
    idx, t, ps = wisers('r425_waou_shenzhong')
    assert idx == '177 .新華澳報 | 發行量/接觸人次: 1,500 | 2019-04-30\n<br>報章 | \nP03'
    assert t == '珠江出海口的城際之爭'
    assert len(ps) == 66
    glued = {24: '17年「懷胎」', 36: '聚焦通航淨高', 50: '城際競爭'}
    split = {}
    for i, hd in glued.items():
        split[i] = glued_head(ps[i], hd, SS)
    end = ps[65]
    assert end == '（彭岩鋒╱文）'
    p = Page(fillers=('', '  ', ''), eol='\n', final_eol=False)
    p.furn(['新華澳報', '2019年4月30日 星期二', 'P03'], adjacent=True, run='新華澳報 2019年4月30日 星期二 P03')
    p.article()
    p.title('headline', t)
    for i, x in enumerate(ps[:65]):
        if i in split:
            hd, body = split[i]
            p.head([hd])
            p.para(body, indent=SS)
        elif i == 4:
            p.para_cut(cut(x, '通過東人工島接入隧道，'), fills={0: '  '}, indent=SS)
        elif i == 42:
            assert x.count(SS) == 1                  # two printed paragraphs run together by the export: kept as one
            p.para_cut(cut(x, '」業內人士介紹，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.byline('彭岩鋒', ['彭岩鋒'], printed=end)
    p.write(os.path.join(D, 'r425'))


# ---------------- r426 金融時報 2019-05-24 第03版 新聞 (LF, final LF, BOM)
def r426():
    idx, t, ps = wisers('r426_jrsb_fanxiqian')
    assert idx == '45 .金融時報 | 發行量/接觸人次: 400,000 | 2019-05-24\n<br>報章 | \n03 |新聞 |By 馮瑤'
    h, s = split_title(t, '深圳反洗錢工作取得諸多實踐經驗', '訪人行深圳市中心支行行長邢毓靜')
    assert len(ps) == 10
    assert ps[0].endswith('《金融時報》記者就相關問題採訪了人行深圳市中心支行黨委書記、行長邢毓靜。')
    p = Page(fillers=('', '\u3000', ''), eol='\n', bom=True)
    p.furn(['金融時報'])
    p.furn(['2019年5月24日 星期五'])
    p.furn(['03', '新聞'], adjacent=True, run='03 新聞')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.byline('馮瑤', ['馮瑤'])
    for i, x in enumerate(ps):
        if i == 1:
            p.para_cut(cut(x, '2018年7月9日至26日，'), fills={0: '\u3000'}, indent=SS)
        elif i == 8:
            p.para_cut(cut(x, '利用文本挖掘、機器學習、社團劃分算法建立非法集資監測預警模型，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.write(os.path.join(D, 'r426'))


for f in (r422, r423, r424, r425, r426):
    f()
