# build r307-r311 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter, cutter_many, photo_credit as pho, drop_caption_mark

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r307 衢州日报 2025-09-15 04版 人文周刊地理, column 人文微博 (BOM, CRLF, final CRLF)
def r307():
    ls = lines('r307_qzrb_renwenweibo')
    p = Page(fillers=('', '\u3000', '\t', ''), eol='\r\n', bom=True)
    assert ls[:4] == ['电子报阅读机', '2025-10-11', '星期六', '当前报纸名称:衢州日报']   # reader furniture: left out
    h = take(ls, '人文微博')
    assert ls[5] == '日期:09-15' and ls[6] == '字号:'
    assert ls[7].startswith('版面:04版:人文周刊地理')
    x1, a1, a2, a3 = ls[8:12]
    assert x1 == '水上航线串联历史与当代'
    assert a1.startswith('9月10日,') and a3.endswith('进一步激活衢州古城文化魅力和文旅活力。')
    x2a, x2b, b1, b2 = ls[12:16]
    assert (x2a, x2b) == ('衢州', '不止是围棋赛事举办地')
    assert b1.startswith('9月13日,') and b2 == '全运会是' and len(ls) == 16
    p.furn(['04', '人文周刊·地理'], adjacent=True, run='04 人文周刊·地理')
    p.furn(['衢州日报  2025年9月15日  星期一'])
    p.article()
    p.title('headline', h, trail=' ')
    p.head([x1])
    p.para(a1, indent=SS)
    p.para_cut(cut(a2, '但规划的三条航线已显露深意——串联起了水亭门、诗词公园与严家淤岛,'), fills={0: '\t'}, indent=SS)
    p.para_cut(cuts(a3, '衢州古城水上游航线的开通,并非简单的景观改造与业态新增,'), indent=SS)
    p.head([x2a, x2b])
    p.para(b1, indent=SS, trail='  ')
    p.para(b2, indent=SS)
    p.jump('（下转第5版）')
    p.write(os.path.join(D, 'r307'))


# ---------------- r308 株洲日报 (2023-03 photo news; 2022-03 开栏语) (lone CR, no final newline)
def r308():
    a = lines('r308_zzrb_lajidai')
    k = lines('r308_zzrb_kailanyu')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', final_eol=False)
    h1 = a[0]
    assert h1 == '株醴路边冒出“垃圾带”'
    assert a[1] == '• 上一篇' and a[2] == '• 下一篇' and a[-2:] == ['• 上一篇', '• 下一篇']   # web furniture
    cap = a[3][2:]
    assert a[3].startswith('• 3月13日,') and cap.endswith('严重影响村容村貌和周边生态环境。')
    cr = a[4]
    assert cr == '株洲日报全媒体记者/刘平 摄' and len(a) == 7
    h2 = k[0]
    assert h2 == '开栏语' and k[-2:] == ['• 上一篇', '• 下一篇'] and len(k) == 8
    k1 = k[3][2:]
    assert k[3].startswith('• 习近平总书记')
    k2, k3 = k[4], k[5]
    assert k3.endswith('敬请垂注!')
    p.furn(['株洲日报'])
    p.furn(['A02', '要闻'], adjacent=True, run='A02 要闻')
    p.article()
    p.title('headline', h1)
    p.figure(cap, pho(cr, '刘平'))
    p.article()
    p.title('headline', h2, trail=' ')
    p.para_cut(cut(k1, '省委书记张庆伟寄语株洲“发愤图强、重振雄风,在高质量发展中彰显新作为、闯出新路子”,'), indent='  ')
    p.para(k2, indent='  ')
    p.para(k3, indent='  ')
    p.write(os.path.join(D, 'r308'))


# ---------------- r309 株洲晚报 2021-08 photo story (LF, final LF)
def r309():
    ls = lines('r309_zzwb_renao')
    p = Page(fillers=('', '\t', '\u3000', ' \t'), eol='\n')
    h = ls[0]
    assert h == '株洲 又热闹起来了' and ls[1:3] == ['• 上一篇', '• 下一篇'] and ls[-2:] == ['• 上一篇', '• 下一篇']
    caps = [ls[3][2:]] + ls[4:10]
    assert ls[3].startswith('• ▲') and all(c.startswith('▲') for c in caps) and len(caps) == 7
    b = ls[10]
    assert b == '株洲晚报融媒体记者/谢慧 (图/文)'
    body = ls[11:-2]
    assert len(body) == 7 and body[0].startswith('徐徐秋风') and body[-1].endswith('又有了往日的热闹……')
    p.furn(['株洲晚报'])
    p.furn(['A04', '城事'], adjacent=True, run='A04 城事')
    p.article()
    p.title('headline', h)
    p.figure(caps[0])
    p.byline(b, ['谢慧'], trail=' ')
    p.para(body[0], indent='    ')
    p.para(body[1], indent='    ')
    p.figure(caps[1])
    p.figure(caps[2])
    p.para_cut(cut(body[2], '城市逐步恢复了往日的活力与生机,'), between={0: [(caps[3],)]}, indent='    ')
    p.para(body[3], indent='    ')
    p.para(body[4], indent='    ')
    p.figure(caps[4])
    p.para_cut(cut(body[5], '陶醉在童话世界里。一位少年骑着自行车,'), fills={0: '\u3000'}, indent='    ')
    p.figure(caps[5])
    p.para(body[6], indent='    ')
    p.figure(caps[6])
    drop_caption_mark(p, '▲')
    p.write(os.path.join(D, 'r309'))


# ---------------- r310 三峡日报 2019-08-14 (70年峥嵘岁月丨我与三峡日报, web copy on cn3x.com.cn) (CRLF, no final newline)
def r310():
    ls = lines('r310_sxrb_lianglan')
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\r\n', final_eol=False)
    assert ls[0] == '首页 >>'
    k = ls[1]
    assert k == '70年峥嵘岁月丨我与三峡日报'
    assert ls[2] == '2019-08-14 08:02 来源:三峡日报 责任编辑:廖全'
    h, b = ls[3], ls[4]
    assert h == '回忆“两兰”采访时' and b == '黄世坤'
    body = ls[5:]
    assert len(body) == 7 and body[0].startswith('1985年,') and body[-1] == '在对“两兰”采访'
    p.furn(['三峡日报', '2019年8月14日 星期三', '第5版'], run='三峡日报 2019年8月14日 星期三 第5版')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail='  ')
    p.byline(b, ['黄世坤'])
    p.para(body[0], indent=SS)
    p.para_cut(cuts(body[1], '歹徒将4把匕首架在她俩脖子上,'), indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '护士为她换药,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[4], indent=SS)
    p.para(body[5], indent=SS, trail=' ')
    p.para(body[6], indent=SS)
    p.jump('（下转第6版）')
    p.furn(['责任编辑：廖全'])
    p.write(os.path.join(D, 'r310'))


# ---------------- r311 湘潭日报 2022-05-13 photo news (BOM, LF, final LF)
def r311():
    ls = lines('r311_xtrb_jinjiju')
    p = Page(fillers=('', '\u3000', '\t'), eol='\n', bom=True)
    assert ls[0].startswith('国内统一刊号:CN43-0003 湘潭日报社出版')
    cr, cap = ls[1], ls[2]
    assert cr == '本报记者 陈旭东 摄影报道' and cap.startswith('5月11日,') and len(ls) == 3
    p.furn(['湘潭日报', '2022年5月13日 星期五'], adjacent=True, run='湘潭日报 2022年5月13日 星期五')
    p.furn(['国内统一刊号:CN43-0003'])
    p.figure(cap, pho(cr, '陈旭东'), doc_level=True)
    p.write(os.path.join(D, 'r311'))


for f in (r307, r308, r309, r310, r311):
    f()
