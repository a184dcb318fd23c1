# build r442-r446 from the verbatim copies in src/ (see NAME.sources.md)
# src/rNNN_*.txt are exact line ranges of test.js in YaoKaiPeng/parse-wisers (a WiseNews HTML export of 297 articles kept
# as a test fixture) at commit bc8e341396966660159bbf9358de761c62cb424a. The export marks search hits with
# <font class="highlight">…</font>; pagekit.wisers removes only those tags and writes src/NAME_untagged.txt (derived).
# r445's copy holds the HTML entity `&amp;`; it is decoded and the result written as src/NAME_decoded.txt (derived).
# Every block printed is cut out of the copies and checked with asserts.
import html, os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import wisers as pagekit_wisers, Page, take_line, cutter, provided_credit as prov, glued_figure, glued_head

SS = '\u3000\u3000'
cut = cutter('，,', glued=True)


def wisers(name):
    return pagekit_wisers(D, name)


def split_title(t, a, b):
    """the export's one title line `a<sep>b` -> the two printed lines (split by me)"""
    assert t == a + b or t == a + ' ' + b, t
    return a, b


# ---------------- r442 中國經濟時報 2019-05-10 第01版 頭版 (the story ran on 01 and 03) (CRLF, final CRLF)
def r442():
    idx, t, ps = wisers('r442_zgjjsb_chuangxin')
    assert idx == '1 .中國經濟時報 | 發行量/接觸人次: 420,000 | 2019-05-10\n<br>報章 | \n01,03 |頭版 |By 範 媛 王小霞'
    assert t == '創新：深圳製造超常規發展的永動力'
    assert len(ps) == 37
    assert ps[2] == '深圳， 究竟做對了什麼？'
    heads = {3: '深圳是 “故鄉”', 16: '創新是生態'}
    for i, hd in heads.items():
        assert ps[i] == take_line(ps, hd, once=True)
    assert ps[0].startswith('轄區面積僅相當于') and ps[-1].endswith('解決源頭創新。')
    p = Page(fillers=('', '\u3000', '', '\t', ''), eol='\r\n')
    p.furn(['中國經濟時報', '2019年5月10日 星期五'], adjacent=True, run='中國經濟時報 2019年5月10日 星期五')
    p.furn(['01', '頭版'], adjacent=True, run='01 頭版')
    p.article()
    p.title('headline', t)
    p.byline('範 媛 王小霞', ['範媛', '王小霞'])
    for i, x in enumerate(ps):
        if i in heads:
            p.head([x], trail=' ' if i == 16 else '')
        elif i == 30:
            p.para_cut(cut(x, '很多人都知道騰訊創業初期，'), fills={0: '\u3000'}, indent=SS)
        elif i == 26:
            p.para_cut(cut(x, '2010年深圳推出 “孔雀計劃” ，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS, trail=' ' if i == 10 else '')
    p.write(os.path.join(D, 'r442'))


# ---------------- r443 民營經濟報 2019-04-26 第04版 深度報道 (LF, no final newline)
def r443():
    idx, t, ps = wisers('r443_myjjb_chuangxinzhou')
    assert idx == '84 .民營經濟報 | 發行量/接觸人次: 200,000 | 2019-04-26\n<br>報章 | \n04 |深度報道'
    h, s = split_title(t, '“創新軸”傳動“知識鏈”', '———粵港澳大灣區創新發展走筆')
    assert len(ps) == 24
    cr = '圖/新華社'
    # the export glues the first photo's caption+credit and the first section head before a paragraph
    cap1 = '深圳雙創周主會場展示的激光8k投影幕牆'
    x, rest = glued_head(ps[1], cap1 + cr)
    h1, p1 = glued_head(rest, '知識“內滲”現象漸顯，提升“軸動能”')
    assert p1.startswith('近期，“諾獎實驗室”')
    h2, p8 = glued_head(ps[8], '知識產業碰撞“火花”，孵化“創新力”')
    assert p8.startswith('如何將大學的研發成果')
    h3, p14 = glued_head(ps[14], '知識流動暢想未來，構成“灣區孵化器”')
    assert p14.startswith('“創新的關鍵是人才')
    assert ps[22] == '(據新華社)'
    cap2 = '航拍東莞市松山湖國際機器人產業基地'
    assert ps[23] == cap2 + cr
    body = {1: p1, 8: p8, 14: p14}
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\n', final_eol=False)
    p.furn(['民營經濟報'])
    p.furn(['2019年4月26日 星期五', '04', '深度報道'], adjacent=True, run='2019年4月26日 星期五 04 深度報道')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.para(ps[0], indent=SS)
    glued_figure(p, cap1, cr, prov(cr, '新華社'))
    for i in range(1, 22):
        x = body.get(i, ps[i])
        if i in (1, 8, 14):
            p.head([{1: h1, 8: h2, 14: h3}[i]], trail=' ' if i == 8 else '')
        if i == 11:
            p.para_cut(cut(x, '不完全像大學、不完全像科研院所、不完全像企業，', ends='，'),
                       between={0: [(cap2, prov(cr, '新華社'))]}, indent=SS)
        elif i == 18:
            p.para_cut(cut(x, '以科教、創新、人才等為支撐，', ends='，'), fills={0: '  '}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.byline('據新華社', ['新華社'], printed='(據新華社)')
    p.write(os.path.join(D, 'r443'))


# ---------------- r444 濠江日報 2019-05-23 A08 澳門新聞 (BOM, LF, final LF)
def r444():
    idx, t, ps = wisers('r444_hjrb_meitituan')
    assert idx == '186 .濠江日報 | 發行量/接觸人次: 30,000 | 2019-05-23\n<br>報章 | \nA08 |澳門新聞'
    assert t == '粵港澳媒體團赴深參訪 科創文旅深化合作'
    assert len(ps) == 5
    assert ps[0].startswith('【特訊】粵港澳媒體團昨日') and ps[4].endswith('一眾本澳媒體昨晚乘車賦歸。')
    p = Page(fillers=('', '\u3000', ' '), eol='\n', bom=True)
    p.furn(['A08', '澳門新聞'], adjacent=True, run='A08 澳門新聞')
    p.furn(['濠江日報', '2019年5月23日 星期四'], adjacent=True, run='濠江日報 2019年5月23日 星期四')
    p.article()
    p.title('headline', t, trail='  ')
    for i, x in enumerate(ps):
        if i == 1:
            p.para_cut(cut(x, '規劃面積共57.1平方公里，'), fills={0: '\u3000'}, indent=SS)
        elif i == 3:
            p.para_cut(cut(x, '藉此平台讓粵港澳三地不同的科創優勢得以互聯互通，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.write(os.path.join(D, 'r444'))


# ---------------- r445 大眾報 2019-04-27 P04 澳門新聞 (lone CR, final CR)
def r445():
    idx, t, ps = wisers('r445_dzb_chuangyizhou')
    assert idx == '206 .大眾報 | 發行量/接觸人次: 20,000 | 2019-04-27\n<br>報章 | \nP04 |澳門新聞'
    assert t == '深澳創意周文旅創意設計賽徵件'
    assert len(ps) == 6
    assert sum('&amp;' in x for x in ps) == 1 and ps[2].count('&amp;') == 2
    u = open(os.path.join(D, 'src', 'r445_dzb_chuangyizhou_untagged.txt'), encoding='utf-8').read()
    dec = u.replace('&amp;', '&')               # the one entity of the paragraphs decoded
    open(os.path.join(D, 'src', 'r445_dzb_chuangyizhou_decoded.txt'), 'w', encoding='utf-8').write(dec)
    assert all(html.unescape(x) == x.replace('&amp;', '&') for x in ps)
    ps = [x.replace('&amp;', '&') for x in ps]
    assert '創意設計&產業創新項目對接會' in ps[2]
    p = Page(fillers=('', '\t', ' \u3000'), eol='\r')
    p.furn(['大眾報', 'P04', '澳門新聞'], adjacent=True, run='大眾報 P04 澳門新聞')
    p.furn(['2019年4月27日 星期六'])
    p.article()
    p.title('headline', t)
    for i, x in enumerate(ps):
        if i == 2:
            p.para_cut(cut(x, '第三屆深澳創意周以「深澳合作，雙創雙贏」為主題，'), fills={0: '\t'}, indent=SS)
        else:
            p.para(x, indent=SS, trail=' ' if i == 4 else '')
    p.write(os.path.join(D, 'r445'))


# ---------------- r446 新聞晨報 2019-05-14 第10版 中國新聞 (CRLF, no final newline)
def r446():
    idx, t, ps = wisers('r446_xwcb_gaokao')
    assert idx == '288 .新聞晨報 | 發行量/接觸人次: 750,000 | 2019-05-14\n<br>報章 | \n10 |中國新聞'
    h, s = split_title(t, '深圳32名“高考移民”被取消高考報名資格', '涉事富源學校核減2019年高中招生計劃的50%')
    assert len(ps) == 4
    assert ps[0].startswith('據新華社報道  近日，')
    p = Page(fillers=('', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['新聞晨報', '2019年5月14日 星期二', '10', '中國新聞'], adjacent=True,
           run='新聞晨報 2019年5月14日 星期二 10 中國新聞')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    for i, x in enumerate(ps):
        if i == 1:
            p.para_cut(cut(x, '實地調查該校2019年高考報名學生中戶籍從外省遷入廣東省考生的學籍檔案、在校學習記錄、戶籍遷移手續、轉學手續、父母在深圳市繳納社保記錄等，'),
                       fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.write(os.path.join(D, 'r446'))


for f in (r442, r443, r444, r445, r446):
    f()
