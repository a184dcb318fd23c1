# build r332-r334 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are line ranges of saved web pages (test fixtures in ayltai/hknews), byte for byte;
# every block printed here is cut out of them and checked with asserts.
import os, sys, re, html
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, src_text, cutter, cutter_many, split_at_spaces as split_at,
                     glued_figure, drop_caption_mark)

SS = '\u3000\u3000'

text = partial(src_text, D)
cut = cutter('，,、')
cuts = cutter_many(cut)


def one(pat, s, flags=re.S):
    """the one match of pat in s (group 1), unescaped and stripped"""
    m = re.findall(pat, s, flags)
    assert len(m) == 1, (pat, m)
    return html.unescape(m[0]).strip()


def trunc(t, mark):
    """a site summary cut by the site with `mark`: the text before it (the mark is left out)"""
    assert t.count(mark) == 1 and t.endswith(mark), t[-20:]
    return t[:-len(mark)].rstrip()


# ---------------- r332 信報 2020-08-14 獨眼香江 (CRLF, final CRLF, BOM)
def r332():
    det = text('r332_hkej_details')
    lst = text('r332_hkej_list')
    p = Page(fillers=('', '\u3000', '', '\t', ' '), eol='\r\n', bom=True)
    assert one(r'<p id="date">(.*?)</p>', det) == '2020年8月14日'
    assert one(r'txtSearch=紀曉風">(.*?)</a></span>', det) == '紀曉風'
    h1 = one(r'<h1 id="article-title"[^>]*>(.*?)<br>', det)
    assert h1 == '內地客經港轉機恢復 空服員憂播毒'
    caps = set(re.findall(r'title="([^"]*)"', det))
    assert caps == {'機場人來人往，旅客和工作人員宜做足保護措施。（中通社圖片）'}
    cap, cr = '機場人來人往，旅客和工作人員宜做足保護措施。', '（中通社圖片）'
    lead = one(r'<p></p>\s*(本港新冠.*?)\r?\n', det)
    assert lead.endswith('會增加傳播病毒風險。')
    assert '昨新增69宗確診個案\t\t...' in det          # the paywall's cut: the head after the lead is left out
    # the list page: (author, column, title, summary) of each entry
    ents = re.findall(r'<span class="author">(.*?)</span>\s*<span class="column">(.*?)</span>.*?'
                      r'<h2>\s*<a [^>]*>(.*?)<br></a>.*?<p class="recap">(.*?)<a ', lst, re.S)
    ents = [tuple(html.unescape(x).strip() for x in e) for e in ents]
    assert len(ents) == 9 and ents[0][2] == h1 and ents[0][1] == '獨眼香江_肺炎襲港'
    assert lead.startswith(trunc(ents[0][3], '...'))
    p.furn(['信報財經新聞', '2020年8月14日 星期五'], adjacent=True, run='信報財經新聞 2020年8月14日 星期五')
    p.furn(['獨眼香江'])
    # 1: the lead story, whole lead
    p.article()
    p.title('headline', h1, trail='  ')
    p.byline('紀曉風', ['紀曉風'])
    glued_figure(p, cap, cr, ('中通社圖片', 'provided', '中通社'))
    p.para_cut(cut(lead, '將恢復內地旅客來港轉機/過境服務，'), fills={0: '\u3000'}, indent=SS)
    p.jump('（下轉A4版）')
    # 2-5: the page's other 獨眼香江 stories, each to where the site cut its summary
    jumps = {1: '（下轉A4版）', 2: '（下轉A6版）', 3: '（下轉A6版）', 4: '（下轉A8版）'}
    for i in (1, 2, 3, 4):
        a, col, h, rc = ents[i]
        assert a == '紀曉風' and col == '獨眼香江'
        body = trunc(rc, '...')
        p.article()
        p.title('headline', h)
        p.byline(a, [a], trail=' ' if i == 2 else '')
        if i == 4:
            p.para_cut(cut(body, '1.56萬人獲派資助學士學位課程，'), fills={0: '\t'}, indent=SS)
        else:
            p.para(body, indent=SS)
        p.jump(jumps[i])
    # 6-8: the 云爾錄 box: `云爾錄 : X` -> kicker 云爾錄 and headline X
    assert ents[5][:2] == ('金箴', '金針集')          # a commentary of another column: left out
    for i in (6, 7, 8):
        a, col, t, rc = ents[i]
        assert a == '紀曉風' and t.startswith('云爾錄 : ')
        h = t[len('云爾錄 : '):]
        p.article()
        p.title('kicker', '云爾錄')
        p.title('headline', h, adjacent=True)
        p.para(trunc(rc, '...'), indent=SS)
        p.jump('（下轉A8版）')
    p.write(os.path.join(D, 'r332'))


# ---------------- r333 晴報 2020-08-07 A5 港聞 (LF, no final newline)
def r333():
    t = text('r333_skypost_details')
    p = Page(fillers=('', '\t', '', '\u3000', '  '), eol='\n', final_eol=False)
    h = one(r'<h1>(.*?)</h1>', t)
    assert h == '外傭宿舍恐播毒將全作檢測 再多1傭工中招 勞工處正收集名單'
    assert one(r'發佈時間: (.*?)</div>', t) == '2020/08/07'
    ps = [html.unescape(x).strip() for x in re.findall(r'<P>(.*?)</P>', t)]
    assert len(ps) == 12
    heads = [x[3:-4] for x in ps if x.startswith('<B>')]
    assert heads == ['僱主心慌 自費助搬出宿舍', '4區擴大檢測 涉 8.6萬居民']
    assert ps[3] == '<B>' + heads[0] + '</B>' and ps[6] == '<B>' + heads[1] + '</B>'
    assert ps[9:] == ['記者︰脫芷晴', '編輯：梁偉澄', '美術：陳超雄']
    caps = re.findall(r'<p class="article-details-img-caption"><span>▲</span>(.*?)</p>', t)
    assert caps == ['昨多1印傭初步確診，她曾住上環「安盛僱傭中心」宿舍。（梁偉榮攝）', '張竹君']
    c1 = '昨多1印傭初步確診，她曾住上環「安盛僱傭中心」宿舍。'
    assert caps[0] == c1 + '（梁偉榮攝）'
    p.furn(['A5', '晴報'], adjacent=True, run='A5 晴報')
    p.furn(['港聞'])
    p.furn(['2020年8月7日 星期五'])
    p.article()
    p.title('headline', h)
    p.para_cut(cut(ps[0], '而本周一確診的37歲外傭再涉及另一北角宿舍，'), fills={0: '\t'}, indent=SS)
    p.para(ps[1], indent=SS)
    p.para_cut(cut(ps[2], '她上月住過上環「安盛僱傭中心」宿舍，'),
               between={0: [('▲張竹君',)]}, indent=SS)
    p.head(heads[0])
    p.para(ps[4], indent=SS, trail=' ')
    glued_figure(p, '▲' + c1, '（梁偉榮攝）', ('梁偉榮攝', 'photographer', '梁偉榮'))
    p.para(ps[5], indent=SS)
    p.head(heads[1], trail='\t')
    p.para_cut(cut(ps[7], '住院12日後離世，'), fills={0: '\u3000'}, indent=SS)
    p.para(ps[8], indent=SS)
    p.byline(ps[9], ['脫芷晴'])
    p.furn([ps[10], ps[11]], adjacent=True, run=ps[10] + ' ' + ps[11])
    drop_caption_mark(p, '▲')
    p.write(os.path.join(D, 'r333'))


# ---------------- r334 香港經濟日報 2020-08-09 (TOPick 新聞) (lone CR, final CR)
def r334():
    a = text('r334_hket_article')
    rss = text('r334_hket_rss')
    p = Page(fillers=('', '\u00a0', '', ' \t'), eol='\r')
    title = one(r'<title>(.*?) - 香港經濟日報', a)
    k, h = '【新冠肺炎】', '機動部隊23歲男警初步確診　同組訓練40多名警員或要檢疫'
    assert title == k + h
    cap = one(r'<p class="article-detail_caption"><span>▲</span>(.*?)</p>', a)
    c1, cr = '張竹君表示，初步確診男警於粉嶺蝴蝶山機動部隊訓練機地進行培訓，涉及170人。', '（程志遠攝）'
    assert cap == c1 + cr
    ps = [html.unescape(re.sub(r'<[^>]+>', '', x)).strip() for x in re.findall(r'<p>(.*?)</p>', a)]
    assert len(ps) == 7 and ps[3].startswith('實時追蹤') and ps[5].startswith('訂閱Telegram')
    assert ps[6] == '記者：陳子謙'
    items = re.findall(r'<title>(.*?)</title>\s*<description>(.*?)</description>', rss)
    items = [(html.unescape(x).strip(), html.unescape(y).strip()) for x, y in items]
    assert items[0][0] == title and len(items) == 8
    p.furn(['香港經濟日報', '2020年8月9日 星期日', '社會'], adjacent=True,
           run='香港經濟日報 2020年8月9日 星期日 社會')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    glued_figure(p, '▲ ' + c1, cr, ('程志遠攝', 'photographer', '程志遠'))
    p.para(ps[0], indent=SS)
    p.para_cut(cut(ps[1], '於粉嶺蝴蝶山訓練機地進行培訓，'), fills={0: '\u00a0'}, indent=SS)
    p.para(ps[2], indent=SS)
    p.byline(ps[6], ['陳子謙'])
    # other stories of the day from the RSS feed, each to where the feed cut it (`...`, left out)
    for n, (i, j) in enumerate([(1, '（下轉A10）'), (2, '（下轉A12）'), (7, '（下轉A14）')]):
        t, d = items[i]
        body = trunc(d, '...')
        p.article()
        if n == 2:
            assert t.startswith('中美角力影響香港經濟？')
        p.title('headline', t, trail='\u3000' if n == 1 else '')
        for x in split_at(body, ['。 '] * body.count('。 ')):   # the feed's paragraph joins
            p.para(x, indent=SS)
        p.jump(j)
    drop_caption_mark(p, '▲ ')
    p.write(os.path.join(D, 'r334'))


for f in (r332, r333, r334):
    f()
