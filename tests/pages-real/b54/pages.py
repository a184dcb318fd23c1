# build r262-r263 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def strip_mark(p, mark):
    """the figure just added was printed with a leading marker (▲ ▼ ■): drop it from the node text"""
    node = p.art['children'][-1] if p.art is not None else p.doc[-1]
    if node['type'] == 'figure':
        cap = node['children'][0]
        assert cap['text'].startswith(mark)
        cap['text'] = cap['text'][len(mark):]
        if node['children'][1:] and node['children'][1]['line'] == cap['line']:
            pass
    else:
        assert node['text'].startswith(mark)
        node['text'] = node['text'][len(mark):]
    # the label of a caption+credit line names the caption: drop the mark there too
    n = node['line']
    t, lab = p.lines[n - 1]
    if lab.startswith('F/' + mark):
        p.lines[n - 1] = (t, 'F/' + lab[2 + len(mark):])


# ---------------- r262 江西日报 2022-11-04, a photo page (four photo-news items, no article)
# (CRLF, no final newline; fillers U+3000, tab)
def r262():
    ls = lines('r262_jxrb_sheying')
    ls = [l.rstrip('|').strip() for l in ls]
    ls = [l for l in ls if l]                       # the copy's table bars: left out
    assert len(ls) == 8
    a, c, c_cr, e, e_cr1, e_cr2, g, g_cr = ls
    a_cr = '特约通讯员 卓忠伟摄'
    assert a.startswith('▲11月1日,德兴市') and a.endswith('让人流连忘返。' + a_cr)
    a_cap = a[:-len(a_cr)]
    assert c.startswith('11月1日,萍乡市') and c.endswith('助力乡村振兴。') and c_cr == '通讯员 邓建萍摄'
    assert e.startswith('11月2日,村民在分宜县') and e.endswith('促进农民增收。')
    assert (e_cr1, e_cr2) == ('特约通讯员', '袁建兵摄')   # one credit split over two lines in the copy
    e_cr = e_cr1 + ' ' + e_cr2
    assert g.startswith('▼10月31日,在泰和县') and g.endswith('抢收晚稻。') and g_cr == '特约通讯员 邓和平摄'
    p = Page(fillers=('\u3000', '', '\t', ''), eol='\r\n', final_eol=False)
    p.furn(['江西日报', '2022年11月4日  星期五'], adjacent=True, run='江西日报 2022年11月4日  星期五')
    p.figure(a_cap, pho(a_cr, '卓忠伟'), mode='same', sep='', doc_level=True)
    strip_mark(p, '▲')
    p.figure(c, pho(c_cr, '邓建萍'), mode='next', doc_level=True)
    p.figure(e, pho(e_cr, '袁建兵'), mode='next', doc_level=True)
    p.figure(g, pho(g_cr, '邓和平'), mode='blank', doc_level=True)
    strip_mark(p, '▼')
    p.write(os.path.join(D, 'r262'))


# ---------------- r263 河北日报 2024-02-27, 京津冀 series feature (BOM, LF, final LF; fillers tab, U+00A0)
def r263():
    ls = lines('r263_hbrb_sanjiebei')
    lf = lines('r263_lfdjt_sanjiebei')
    assert ls[0] == '河北新闻本网原创' and ls[2].startswith('2024-02-27') and ls[3] == '扫码阅读手机版'   # web furniture
    k, h = ls[1].split(' | ')
    assert k == '十年十记·瓣瓣同心——京津冀协同发展的一线视角①' and h == '一座三界碑,协同故事多'
    cap_line = lf[0]
    cr = '北京日报记者 韩 梅摄'
    assert cap_line.endswith(' ' + cr)
    cap = cap_line[:-len(cr) - 1]
    assert cap.startswith('1月24日,刘雨诺(左)')
    assert lf[1] == '扫码看视频'                       # QR-code label: left out
    b = lf[2]
    assert b == '北京日报记者 韩 梅 天津日报记者 徐 杨 河北日报记者 郝东伟'
    body = ls[4:]
    assert body[-1] == '红石门村是北京东端第'            # the copy stops mid-sentence: left out, jump line
    body = body[:-1]
    assert len(body) == 8 and body[5] == '■ 碑的三面,是一家'
    for t in body:
        assert t in lf or t.startswith('每逢节假日'), t
    assert body[0].startswith('编者按 “') and body[1].startswith('在京津冀协同发展重大国家战略')
    p = Page(fillers=('', '\t', '', '\u00a0'), eol='\n', bom=True)
    p.furn(['河北日报'])
    p.furn(['2024年2月27日 星期二'])
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail='  ')
    p.byline(b, ['韩梅', '徐杨', '郝东伟'])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '照片中的三名小朋友刘雨诺、孔德颖、张金平,'),
               between={0: [(cap, pho(cr, '韩梅'), 'same', ' ')]}, indent=SS)
    p.para_cut(cut(body[4], '立于燕山山脉长城烽火台旧址之上的京津冀三界碑,'), fills={0: '\u00a0'}, indent=SS)
    p.head([body[5]])
    strip_mark(p, '■ ')
    p.para(body[6], indent=SS)
    p.para(body[7], indent=SS, trail=' ')
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r263'))


# ---------------- r264 云南日报 2025-03-24 第06版, foreign residents feature (HK web reprint in Traditional
# characters, kept as stored) (lone CR, final CR; fillers U+3000, space+tab)
def r264():
    ls = lines('r264_ynrb_waiguopengyou')
    h = ls[0]
    assert h == '外國朋友 在雲南找到嚮往的生活'
    assert ls[1] == '2025年3月24日 《雲南日報》06版'    # the reprint's source line: date and page used for the head
    body = ls[2:]
    assert len(body) == 9 and body[2] == '瑞典人帕泰利克——我是老鄉 不是老外'
    assert body[-1].endswith('在帕泰利克的帶領下,他')    # the copy stops mid-sentence: jump line
    p = Page(fillers=('\u3000', '', ' \t', ''), eol='\r')
    p.furn(['云南日报', '2025年3月24日 星期一', '第06版'], adjacent=True, run='云南日报 2025年3月24日 星期一 第06版')
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS, trail='\u3000')
    p.head([body[2]])
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.para_cut(cut(body[5], '「專業帶娃,兼職種地」,'), fills={0: ' \t'}, indent=SS)
    p.para(body[6], indent=SS)
    p.para(body[7], indent=SS)
    p.para(body[8], indent=SS)
    p.jump('（下转第七版）')
    p.write(os.path.join(D, 'r264'))


for f in (r262, r263, r264):
    f()
