# build r437-r438 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, provided_credit as prov, glued_figure

lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r437 中央社 2026-01-01 (CNA stories of New Year's Eve / Day; copies on tw.news.yahoo.com and udn.com)
def r437():
    y = lines('r437_cna_lianjiang_yahoo')
    u = lines('r437_cna_lianjiang_udn')
    t = lines('r437_cna_taipei_police')
    # photo news of 31 Dec (doc level, before any article; its web title is left out)
    assert t[0] == 'date 2025-12-31 北市警巡視跨年晚會周邊 (圖)'
    cap0 = t[1]
    assert cap0.startswith('「台北最High新年城–2026跨年晚會」31日晚間') and cap0.endswith('加強巡視以守護民眾人身安全。')
    cr0 = take_line(t, '中央社記者張新偉攝 114年12月31日', once=True)
    assert t[2] == cr0 and t[3] == '其他人也在看'      # web furniture after it: left out
    # the Lianjiang story: headline and photo from the udn copy, text from the Yahoo copy (it keeps the dateline)
    h = take_line(u, '出席元旦升旗 連江縣長王忠銘：困難一直都在', once=True)
    capl = u[u.index(h) + 2]
    assert u[u.index(h) + 1] == '中央社／ 連江縣1日電'          # udn's byline line: not printed (the dateline is in the text)
    assert capl == u[u.index(h) + 3] and capl.endswith('主持升旗。中央社')
    cap1 = capl[:-len('中央社')]
    assert cap1 == '連江縣政府1日上午在南竿福澳體育場舉辦115年元旦升旗暨健行活動，軍民共同響應參與，並由縣長王忠銘（前中）主持升旗。'
    assert y[0].startswith('date 2026-01-01 ')
    p1 = y[0][len('date 2026-01-01 '):]
    assert p1.startswith('（中央社記者潘欣彤連江縣1日電）連江縣政府今天上午') and p1.endswith('困難一直都在。')
    p2, p3, p4 = y[1], y[2], y[3]
    assert p2.startswith('為慶祝115年元旦，') and p2.endswith('共襄盛舉。')
    assert p3.startswith('連江縣長王忠銘致新年祝福詞時表示，') and p3.endswith('讓鄉親知道政府就在身邊。')
    assert p4.startswith('連江縣因島嶼分散，') and p4.endswith('等待新年第一道晨曦來臨。')
    ed = '（編輯：張銘坤）1150101'
    assert y[4].endswith(ed) and len(y) == 5
    p5 = y[4][:-len(ed)]
    assert p5.startswith('馬管處說，今天上午6時45分許，') and p5.endswith('覺得辛苦等待都值得了。')
    for q in (p2, p3, p4):                       # the udn copy has the same text
        assert q in u

    p = Page(fillers=('', '', '\u3000'), eol='\n')
    p.furn(['中央通訊社', '2026年1月1日 星期四'], adjacent=True, run='中央通訊社 2026年1月1日 星期四')
    p.furn(['地方新聞'])
    p.figure(cap0, pho(cr0, '張新偉'), doc_level=True)
    p.article()
    p.title('headline', h)
    p.figure(cap1, prov('中央社', '中央社'))
    p.para(p1)
    p.para(p2)
    p.para_cut(cut(p3, '面對外界誤解與政治氛圍，'), fills={0: '\u3000'})
    p.para(p4)
    p.para(p5)
    p.furn([ed])
    p.write(os.path.join(D, 'r437'))


# ---------------- r438 中央社 2025-12-15 早安世界 (cna.com.tw/news/ahel/202512155001.aspx) (CRLF, no final newline)
def r438():
    ls = lines('r438_cna_zaoan_20251215')
    assert ls[0].startswith('本網站使用相關技術') and ls[4] == '下載'        # web furniture: left out
    top = take_line(ls, '早安世界》冷氣團及輻射冷卻影響 新北等4縣市今晨低溫探10度以下', once=True)
    assert ls[5] == top
    assert ls[6] == '2025/12/15 07:56(12/15 07:57 更新)'                   # web time stamp: left out
    cl = ls[8]
    cr = '中央社記者徐肇昌攝 114年12月14日'
    assert cl == ls[9] and cl.endswith('。' + cr)
    cap = cl[:-len(cr)]
    assert cap.startswith('中央氣象署發布低溫特報,') and cap.endswith('圖為台北市街頭穿著保暖衣物的行人。')
    h1 = take_line(ls, '冷氣團及輻射冷卻影響 新北等4縣市今晨低溫探10度以下', once=True)
    more = '(看完整報導'
    b1 = ls[ls.index(h1) + 1]
    assert b1.endswith(more)
    p1 = b1[:-len(more)]
    assert p1.startswith('根據中央氣象署發布的低溫特報,') and p1.endswith('但冷空氣不強。')
    h2 = take_line(ls, '財劃法不副署不公布?府院密集開會預計今天說明', once=True)
    p2 = ls[ls.index(h2) + 1]
    assert p2.startswith('行政院提出的財劃法覆議案遭藍白否決後,') and p2.endswith('財劃法修法將以')   # the store stops here
    assert ls[-1] == p2

    p = Page(fillers=('', ' ', ''), eol='\r\n', final_eol=False)
    p.furn(['中央通訊社  2025年12月15日 星期一'])
    p.furn(['早安世界'])
    p.article()
    p.title('headline', h1)
    glued_figure(p, cap, cr, pho(cr, '徐肇昌'))
    p.para_cut(cut(p1, '今天清晨至上午各地氣溫明顯偏低,'))
    p.article()
    p.title('headline', h2)
    p.para(p2)
    p.jump('(下轉第二版)')
    p.write(os.path.join(D, 'r438'))


if __name__ == '__main__':
    r437()
    r438()
