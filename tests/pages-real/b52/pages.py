# build r252-r256 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are cut out of test fixtures of the ayltai/hknews and ayltai/hknews-backend
# repositories (saved web pages of Hong Kong papers' print editions, and one JSON story
# feed); every block printed here is taken out of them and checked with asserts.
import html, json, os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, cutter

SS = '\u3000\u3000'


src = partial(src_text, D)
cut = cutter('，,：、')


def story(name):
    return json.loads(src(name))


def cut_before(text, at):
    """cut a paragraph right before `at` (a word cut with no punctuation)"""
    assert text.count(at) == 1, at
    i = text.index(at)
    assert text[i - 1] not in '。，、：；？！」', at
    return [text[:i], text[i:]]


class Pg(Page):
    """pagekit's Page, with a glued credit printed in its brackets"""

    def _figure_lines(self, caption, credit=None, mode='next', sep=' ', first_fill=None):
        if credit is None or mode != 'same' or len(credit) < 4:
            return Page._figure_lines(self, caption, credit, mode, sep, first_fill)
        if self.started:
            self._blank(1, first_fill)
            self._blank(2)
        self.started = True
        n = self._line(caption + sep + credit[3], 'F/caption/credit')
        return {'type': 'figure', 'line': n, 'children': [
            {'type': 'caption', 'line': n, 'text': caption},
            self._credit_node(n, credit[:3])]}

    def figline(self, printed, caption):
        """a caption printed with a marker (■) that is no text"""
        if self.started:
            self._blank(1)
            self._blank(2)
        self.started = True
        n = self._line(printed, 'F')
        self._add({'type': 'figure', 'line': n, 'children': [{'type': 'caption', 'line': n, 'text': caption}]})


def apple_parts(s):
    """(kind, text) of an Apple Daily story: 'p' paragraphs (raw_html split at <br />), 'h' subheads,
    'img' (caption)"""
    out = []
    for e in s['content_elements']:
        if e['type'] == 'image':
            out.append(('img', e.get('caption') or ''))
        elif e.get('subtype') == 'subhead':
            out.append(('h', e['content'].strip()))
        else:
            for t in re.split(r'<br />', e['content']):
                if t.strip():
                    assert '<' not in t, t
                    out.append(('p', t.strip()))
    return out


# ---------------- r252 蘋果日報 2020-08-08 要聞港聞, four stories of the 咽喉拭子 test package
def r252():
    p = Pg(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['蘋果日報', '2020年8月8日 星期六'], adjacent=True, run='蘋果日報 2020年8月8日 星期六')
    p.furn(['要聞港聞'])

    s = story('r252_apple_choushou')
    h1, h2 = s['headlines']['basic'].split('<br/>')
    assert h1 == '當局未提風險\u3000醫生：勿擅替兒童採樣\u3000' and h2 == '市民自行撩喉\u3000易咳嗽噴毒'
    a = apple_parts(s)
    assert a[0] == ('p', '【武肺再爆發】') and a[1][1].startswith('【本報訊】政府擴大武漢肺炎社區檢測計劃')
    assert a[2] == ('img', '昨晨十多名慈愛苑居民到樓下排隊領取採集套裝。周鴻熙攝')
    assert [k for k, _ in a] == ['p', 'p', 'img', 'p', 'p', 'h', 'p', 'p', 'h', 'p', 'p'], [k for k, _ in a]
    p.article()
    p.title('kicker', '【武肺再爆發】')
    p.title('headline', h1.strip(), accept=['headline', 'kicker'], adjacent=True, trail='\u3000')
    p.title('subheadline', h2, accept=['subheadline', 'headline'], adjacent=True)
    p.para(a[1][1], indent=SS)
    p.figure('昨晨十多名慈愛苑居民到樓下排隊領取採集套裝。', ('周鴻熙攝', 'photographer', '周鴻熙'), mode='same', sep='',
             first_fill='\t')
    p.para_cut(cut(a[3][1], '預計今日收回樣本測試，'), fills={0: '\u3000'}, indent=SS)
    p.para(a[4][1], indent=SS)
    p.head(a[5][1])
    p.para(a[6][1], indent=SS)
    p.para_cut(cut(a[7][1], '或沒提醒無保護裝備的家長切勿為小朋友取集樣本，'), indent=SS)
    p.head(a[8][1], trail=' ')
    p.para(a[9][1], indent=SS)
    p.para(a[10][1], indent=SS)

    s = story('r252_apple_jiefang')
    h = s['headlines']['basic']
    assert h == '街坊試做作嘔\u3000憂播毒累家人'
    a = apple_parts(s)
    assert [k for k, _ in a] == ['p', 'img', 'h', 'p', 'p', 'p', 'p', 'img'] and a[7][1] == ''   # last photo: no caption, left out
    assert a[1][1] == '咽喉拭子採樣套裝內含棉花棒、試管及指南。謝榮耀攝'
    p.article()
    p.title('headline', h)
    p.para(a[0][1], indent=SS)
    p.head(a[2][1])
    p.para_cut(cut(a[3][1], '十多名居民排隊領取採集套裝，'),
               between={0: [('咽喉拭子採樣套裝內含棉花棒、試管及指南。', ('謝榮耀攝', 'photographer', '謝榮耀'), 'same', '')]},
               indent=SS)
    p.para(a[4][1], indent=SS)
    p.para_cut(cut(a[5][1], '又指即使穿保護袍亦有隱憂，'), fills={0: '\t'}, indent=SS)
    p.para(a[6][1], indent=SS)

    s = story('r252_apple_waiguo')
    h = s['headlines']['basic']
    assert h == '外國由醫護採鼻咽樣本'
    a = apple_parts(s)
    assert [k for k, _ in a] == ['p', 'h', 'p', 'p', 'p', 'p']
    p.article()
    p.title('headline', h, trail='  ')
    p.para(a[0][1], indent=SS)
    p.head(a[1][1])
    p.para(a[2][1], indent=SS)
    p.para_cut(cut_before(a[3][1], '15秒刮取黏膜表皮取得樣本'), fills={0: '\u3000'}, indent=SS)
    p.para(a[4][1], indent=SS)
    p.para(a[5][1], indent=SS)

    s = story('r252_apple_yisheng')
    h = s['headlines']['basic']
    assert h == '醫生協會：難掌握損準確度'
    a = apple_parts(s)
    assert [k for k, _ in a] == ['p', 'p', 'h', 'p', 'p', 'p']
    p.article()
    p.title('headline', h)
    p.para(a[0][1], indent=SS)
    p.para(a[1][1], indent=SS)
    p.head(a[2][1])
    p.para_cut(cut(a[3][1], '有關程序能引致咳嗽或打噴嚏等不適反應，'), fills={0: '\t'}, indent=SS)
    p.para(a[4][1], indent=SS)
    p.para(a[5][1], indent=SS)
    p.write(os.path.join(D, 'r252'))


# ---------------- r253 東方日報 2020-08-09 要聞港聞 (LF, no final newline)
def r253():
    t = src('r253_od_jieshi')
    h = re.search(r'<h1>(.*?)</h1>', t).group(1)
    assert h == '街市重開 鼠患不改'
    lead = re.search(r'<div class="leadin"><p>(.*?)</p>', t).group(1)
    body = t[t.index('<div id="contentCTN-right">'):]
    # blocks in source order: paragraphs, h3 heads, photo captions (the caption div / li, not the alt)
    blocks = []
    for m in re.finditer(r'<p>(.*?)</p>|<h3>(.*?)</h3>|<div class="caption">(.*?)</div>|<li>(.*?)</li>', body):
        if m.group(1) is not None:
            if 'footerAds' not in m.group(1):
                blocks.append(('p', m.group(1)))
        elif m.group(2) is not None:
            blocks.append(('h', m.group(2)))
        else:
            blocks.append(('img', m.group(3) or m.group(4)))
    assert [k for k, _ in blocks] == ['img', 'p', 'h', 'p', 'img', 'img', 'img', 'img', 'p', 'p', 'h', 'p', 'p'], blocks
    assert all('<' not in b for _, b in blocks)
    c = [b for k, b in blocks if k == 'img']
    P = [b for k, b in blocks if k == 'p']
    H = [b for k, b in blocks if k == 'h']
    assert c[0] == '紅磡街市：昨日重開的紅磡街市已現鼠蹤。（李華輝攝）'
    assert c[1] == '土瓜灣：土瓜灣街市在晚上八時關店後，有老鼠（箭嘴示）游走在家禽檔舖。（余宏基攝）'
    assert c[2] == '紅磡街市：早前因爆疫而暫停營運的紅磡街市昨日重開。（袁志豪攝）'
    assert c[3] == '紅磡街市：廢物和食物殘餘堆放在紅磡街市，無人清理。'
    assert c[4] == '紅磡街市擺放垃圾位置有曱甴出沒。'
    p = Pg(fillers=('', '\u00a0', '', '\u3000'), eol='\n', final_eol=False)
    p.furn(['東方日報'])
    p.furn(['2020年8月9日 星期日', '要聞港聞'], adjacent=True, run='2020年8月9日 星期日 要聞港聞')
    p.article()
    p.title('headline', h, trail=' ')
    p.para(lead, indent=SS)
    p.figure('紅磡街市：昨日重開的紅磡街市已現鼠蹤。', ('李華輝攝', 'photographer', '李華輝', '（李華輝攝）'), mode='same', sep='')
    p.para(P[0], indent=SS)
    p.head(H[0])
    p.para(P[1], indent=SS)
    p.figure('土瓜灣：土瓜灣街市在晚上八時關店後，有老鼠（箭嘴示）游走在家禽檔舖。',
             ('余宏基攝', 'photographer', '余宏基', '（余宏基攝）'), mode='same', sep='', first_fill='\u00a0')
    p.figure('紅磡街市：早前因爆疫而暫停營運的紅磡街市昨日重開。', ('袁志豪攝', 'photographer', '袁志豪', '（袁志豪攝）'),
             mode='same', sep='')
    p.figure(c[3])
    p.para_cut(cut(P[2], '數秒後牠逃往陰暗角落，'), between={0: [(c[4],)]}, indent=SS)
    p.para_cut(cut(P[3], '在檔舖內的地方則要靠檔主自覺，'), fills={0: '\u3000'}, indent=SS, trails={1: '\t'})
    p.head(H[1])
    p.para(P[4], indent=SS)
    p.para(P[5], indent=SS)
    p.write(os.path.join(D, 'r253'))


# ---------------- r254 明報 2018-12-17 港聞 (lone CR, final CR)
def r254():
    t = src('r254_mp_bishaoye')
    h = re.search(r'<h1>(.*?)</h1>', t).group(1)
    assert h == '駕超跑重返深水埗派錢遭警截  涉策劃撒錢  「幣少爺」被捕'
    caps = re.findall(r'id="zoom_\d+" class="[^"]*" dtitle="([^"]*)"', t)
    assert caps == ['涉策劃撒錢事件被捕的「幣少爺」（藍白色外套），昨晚被探員扣上手銬押至超級跑車搜查。（蘇智鑫攝）',
                    '超級跑車昨午停在福榮街路邊，「幣少爺」落車後高舉一疊500元鈔票，引來途人將他及車輛重重包圍，探員其後將他拘捕。'], caps
    ps = re.findall(r'<p>(.*?)</p>', t)
    assert len(ps) == 8 and ps[0].startswith('【明報專訊】') and ps[4] == '警：拾獲財物應交出'
    assert ps[7].startswith('■明報報料熱線')          # the paper's hotline line: left out
    assert all('<' not in x for x in ps[:7])
    p = Pg(fillers=('', '\t', '', SS), eol='\r')
    p.furn(['明報'])
    p.furn(['2018年12月17日星期一'])
    p.furn(['港聞'])
    p.article()
    p.title('headline', h)
    p.para(ps[0], indent=SS)
    p.figure('涉策劃撒錢事件被捕的「幣少爺」（藍白色外套），昨晚被探員扣上手銬押至超級跑車搜查。',
             ('蘇智鑫攝', 'photographer', '蘇智鑫', '（蘇智鑫攝）'), mode='same', sep='', first_fill='\t')
    p.para_cut(cut(ps[1], '他站於車旁，'), fills={0: SS}, indent=SS)
    p.para(ps[2], indent=SS, trail=' ')
    p.para_cut(cut_before(ps[3], '3吋厚的500元鈔票落車'), between={0: [(caps[1],)]}, indent=SS)
    p.head(ps[4])
    p.para(ps[5], indent=SS)
    p.para(ps[6], indent=SS)
    p.write(os.path.join(D, 'r254'))


# ---------------- r255 成報 2020-08-07 國際兩岸, three stories (CRLF, final CRLF)
def r255():
    t = src('r255_sp_jiejing')
    ps = re.findall(r'<p>(.*?)</p>', t)
    assert len(ps) == 11, len(ps)
    heads = [x for x in ps if x.startswith('#')]
    assert heads == ['#蓬佩奧：不被惡意者侵入 如中共', '#保護國民敏感個人資料及知識產權', '#中國外交部：反對美方排擠中國企業']
    assert '完\u200b\u200b全是惡意抹黑' in ps[10]
    L = src('r255_sp_list')
    t0 = re.search(r"<td class='news_title'>(.*?)</td>", t).group(1)
    assert t0 == '美國擴「潔淨網絡」 中國不可信程式須下架 限制華企雲端服務 騰訊 阿里被點名 '
    titles = re.findall(r"class='list_title'>\s*(.*?)\s*</a>", L)
    assert titles == ['蓬佩奧：研吊銷中國電信等在美國營運許可', 'TikTok在愛爾蘭建數據中心\u3000儲存歐洲用戶數據'], titles
    titles = [t0.strip()] + titles
    items = re.findall(r"<font class='list_date'>2020-08-07<br><br>\s*(.*?)(?:</font>|\n\s*</td>)", L, re.S)
    assert len(items) == 2
    pp = items[0].split('\n')
    assert len(pp) == 2 and pp[1].endswith('不在美國和其他目的地之..')
    pp[1] = pp[1][:-2]                                   # the list's '..' (cut by the site): left out
    tk = items[1].strip()
    assert tk.endswith('威脅禁止TikTok在美營運之時。英..') and tk.count('營運之時。') == 1, tk[-30:]
    i = tk.index('營運之時。') + len('營運之時。')
    tk = tk[:i]                                          # the site cut the next sentence after its first letter: left out
    p = Pg(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['成報 SING PAO DAILY NEWS', '2020年 08月 07日', '星期五'], adjacent=True,
           run='成報 SING PAO DAILY NEWS 2020年 08月 07日 星期五')
    p.furn(['國際兩岸'])
    p.article()
    assert titles[0] == '美國擴「潔淨網絡」 中國不可信程式須下架' + ' ' + '限制華企雲端服務 騰訊 阿里被點名'
    p.title('headline', '美國擴「潔淨網絡」 中國不可信程式須下架', accept=['headline', 'kicker'])
    p.title('subheadline', '限制華企雲端服務 騰訊 阿里被點名', accept=['subheadline', 'headline'], adjacent=True, trail='  ')
    p.para(ps[0], indent=SS)
    p.para(ps[1], indent=SS)
    p.head(heads[0][1:])
    p.para_cut(cut(ps[3], '意指要確保美國的網絡及通訊不受到中共影響。在五個領域擴大：'), fills={0: '\u3000'}, indent=SS)
    p.para(ps[4], indent=SS)
    p.head(heads[1][1:], trail='\t')
    p.para(ps[6], indent=SS)
    p.para(ps[7], indent=SS)
    p.head(heads[2][1:])
    p.para(ps[9], indent=SS)
    p.para_cut(cut(ps[10], '濫用國家力量、打壓遏制中國的高科技企業，'), indent=SS)
    p.article()
    p.title('headline', titles[1])
    p.para(pp[0].strip(), indent=SS)
    p.para(pp[1].strip(), indent=SS)
    p.jump('（下轉A11）')
    p.article()
    p.title('headline', titles[2], trail=' ')
    p.para_cut(cut(tk, '計劃在愛爾蘭建立一個價值5億美元（約39億港元）的數據中心，'), fills={0: '\t'}, indent=SS)
    p.jump('（下轉A11）')
    p.write(os.path.join(D, 'r255'))


# ---------------- r256 頭條日報 2020-08-08 港聞, four stories (BOM, LF, no final newline)
def r256():
    t = src('r256_hd_jiance')
    h = re.search(r'<h1>(.*?)</h1>', t).group(1)
    assert h == '\ufeff全民免費檢測 最快兩周後展開'
    h = h.lstrip('\ufeff')                               # a byte-order mark inside the web title: no text
    cap = re.search(r'wnnp001p01b.jpg" title="(.*?)"', t).group(1)
    assert cap == '■中山紀念公園體育館會改裝成實驗室。'
    body = t[t.index('<div id="news-content"'):]
    body = body[body.index('>') + 1:body.index('</div>')]
    bl = [html.unescape(x).strip() for x in body.split('<br /><br />')]
    bl = [x for x in bl if x]
    assert len(bl) == 11 and bl[2] == '擴大特定群組檢測' and bl[4] == '孕婦檢測名額5000個' and bl[6] == '中山體育館變身實驗室', bl
    for i in (0, 1, 3, 5, 7, 8, 9, 10):
        assert bl[i] in t or html.unescape(t).count(bl[i]) == 1
    L = src('r256_hd_list')
    tt = re.findall(r'<h4><a href="[^"]*" title="([^"]*)">([^<]*)</a></h4>', L)
    dd = re.findall(r'<p class="text">(.*?)</p>', L, re.S)
    assert len(tt) == len(dd) == 6
    assert tt[0] == ('12外傭違限聚遭票控  警預告今全港聯合執法', '12外傭違限聚遭票控 警預告今全港聯合執法')
    assert tt[1][1] == '建制派倡設 港版「健康碼」' and tt[5][1] == '海逸旗下2500員工做檢測 '
    wai = dd[0].split('\n')
    assert len(wai) == 3 and wai[2].endswith('需入住宿舍等待...')
    wai[2] = wai[2][:-3]                                 # the list's '...': left out
    jian = dd[1].split('\n')
    assert len(jian) == 3 and jian[2] == '...'
    hai = dd[5].split('\n')
    assert len(hai) == 2 and '嘉湖海逸酒店(見圖)等' in hai[0]
    p = Pg(fillers=('', '\t', '', '\u3000'), eol='\n', bom=True, final_eol=False)
    p.furn(['頭條日報', '2020年8月8日 星期六', '港聞'], adjacent=True, run='頭條日報 2020年8月8日 星期六 港聞')
    p.article()
    p.title('headline', h, trail='  ')
    p.para_cut(cut(bl[0], '特定群組將進行逾十三萬個檢測，'), fills={0: '\u3000'}, indent=SS)
    p.figline(cap, cap[1:])
    p.para(bl[1], indent=SS)
    p.head(bl[2])
    p.para(bl[3], indent=SS)
    p.head(bl[4])
    p.para(bl[5], indent=SS)
    p.head(bl[6])
    p.para(bl[7], indent=SS)
    p.para(bl[8], indent=SS)
    p.para_cut(cut(bl[9], '衞健委派遣的內地核酸檢測支援隊全部取得國家認可資格，'), fills={0: '\t'}, indent=SS)
    p.para(bl[10], indent=SS)
    p.article()
    p.title('headline', tt[5][1].strip())
    p.para(hai[0], indent=SS)
    p.para(hai[1], indent=SS)
    p.article()
    p.title('headline', tt[0][0])
    p.para(wai[0], indent=SS)
    p.para(wai[1], indent=SS)
    p.para_cut(cut(wai[2], '下周一亦會派口罩予職業介紹所。因疫情關係，'), indent=SS)
    p.jump('（下轉A4）')
    p.article()
    p.title('headline', tt[1][1], trail=' ')
    p.para(jian[0], indent=SS)
    p.para_cut(cut(jian[1], '以及堵塞社區防疫漏洞，'), fills={0: '\u3000'}, indent=SS)
    p.jump('（下轉A4）')
    p.write(os.path.join(D, 'r256'))


if __name__ == '__main__':
    for f in (r252, r253, r254, r255, r256):
        f()
