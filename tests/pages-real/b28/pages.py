# build r132-r136 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them, from
# their first line of page text; every block printed here is cut out of them and checked.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def split_glued(line, title):
    """h5 copies glue a title's last line and the first paragraph with three spaces"""
    assert line.startswith(title + '   '), line[:30]
    return title, line[len(title) + 3:]


def glued_fig(p, caption, printed, text, kind, source, first_fill=None):
    """a figure whose credit is glued to the caption in brackets: `…进攻。(□新华社发)`"""
    p._blank(1, first_fill)
    p._blank(2)
    n = p._line(caption + printed, 'F/%s/%s' % (caption, text))
    p._add({'type': 'figure', 'line': n, 'children': [
        {'type': 'caption', 'line': n, 'text': caption},
        {'type': 'credit', 'line': n, 'text': text, 'kind': kind, 'source': source}]})


# ---------------- r132 桂林日报 2022-12-13 01版 头版 (BOM, CRLF, final CRLF)
def r132():
    ls = lines('r132_glrb_page01')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['桂林日报', '2022年12月13日 星期二', '第01版', '头版'],
           run='桂林日报 2022年12月13日 星期二 第01版 头版')
    # 1 新华社 wire story: three title lines printed adjacent, dateline lead
    k1 = take(ls, '习近平对非物质文化遗产保护工作作出重要指示强调')
    h1 = take(ls, '扎实做好非物质文化遗产的系统性保护')
    s1, p1 = split_glued(ls[ls.index(h1) + 1], '推动中华文化更好走向世界')
    p2 = ls[ls.index(h1) + 2]
    assert p2.startswith('11月29日,') and p2.endswith('居世界第一。')
    p.article()
    p.title('kicker', k1)
    p.title('headline', h1, adjacent=True, trail='  ')
    p.title('subheadline', s1, adjacent=True)
    p.para_cut(cut(p1, '列入联合国教科文组织人类非物质文化遗产代表作名录,'), fills={0: '\u3000'})
    p.para(p2, indent='  ')
    # 2 local story: three title lines, 本报讯(记者…) lead, closed mid-phrase by the jump line
    k2 = take(ls, '周家斌到象山公园宣讲党的二十大精神并调研时强调')
    h2 = take(ls, '坚定不移保护好漓江保护好桂林山水')
    s2, q1 = split_glued(ls[ls.index(h2) + 1], '走人与自然和谐共生的中国式现代化之路')
    assert q1.endswith('时期的首要') and ls[-1].endswith(q1)
    p.article()
    p.title('kicker', k2)
    p.title('headline', h2)
    p.title('subheadline', s2)
    p.para_cut(cut(q1, '他强调,'), fills={0: '\t'})
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r132'))


# ---------------- r133 新华每日电讯 2025-10-12 03版 要闻 (lone CR, no final newline)
def r133():
    ls = lines('r133_mrdx_page03')
    p = Page(fillers=('', '\t', '', '\u3000\u3000'), eol='\r', final_eol=False)
    p.furn(['新华每日电讯  2025年10月12日  星期日', '03', '要闻'], adjacent=True,
           run='新华每日电讯  2025年10月12日  星期日 03 要闻')
    # 1 one-headline wire story (the copy repeats the web title; printed once)
    h1 = take(ls, '《习近平总书记关于加强和改进人民信访工作的重要思想学习读本》出版发行')
    i = ls.index(h1)
    assert ls[i + 1] == h1 and ls[i + 2] == '( 2025-10-12 ) 稿件来源:新华每日电讯 要闻'
    a1, a2, a3 = ls[i + 3:i + 6]
    assert a1.startswith('新华社北京10月11日电') and a3.startswith('《读本》的出版')
    p.article()
    p.title('headline', h1, trail='  ')
    p.para(a1, indent=SS)
    p.para_cut(cut(a2, '习近平总书记关于加强和改进人民信访工作的重要思想,'), fills={0: '\t'})
    p.para(a3, indent=SS)
    # 2 述评: headline + dash subheadline, padded byline, text stops mid-word (jump line)
    h2 = take(ls, '书写美美与共的时代新篇')
    s2 = take(ls, '——习近平文化思想的生动实践系列述评之四')
    b2 = take(ls, '新华社记者 邢 拓 余俊杰')
    t2 = ls[-1]
    assert t2.endswith('互学互')
    p.article()
    p.title('headline', h2)
    p.title('subheadline', s2)
    p.byline(b2, ['邢拓', '余俊杰'])
    p.para(t2, indent=SS)
    p.jump('（下转第四版）')
    p.write(os.path.join(D, 'r133'))


# ---------------- r134 广州日报 2024-01-20 A8 体育 (LF, final LF)
def r134():
    ls = lines('r134_gzrb_shangjuncheng')
    p = Page(fillers=('', ' ', '', '\u00a0'), eol='\n')
    p.furn(['A8  体育', '广州日报  2024年1月20日  星期六'], adjacent=True,
           run='A8  体育 广州日报  2024年1月20日  星期六')
    assert ls[0] == '第A8版:体育' and ls[4] == '本文字数:655'
    k, h, b, cap = ls[1], ls[2], ls[3], ls[5]
    assert cap == '商竣程 @新华社'
    body = ls[6:]
    assert body[-2:] == ['女单第3轮', '斯瓦泰克   V']   # the copy stops mid-line: left out
    body = body[:-2]
    heads = {'澳网昨日战报', '澳网今日对阵', '男单第3轮', '女单第3轮'}
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['孙嘉晖'])
    p.figure('商竣程', ('@新华社', 'provided', '新华社'), mode='same', sep=' ')
    for t in body:
        if t in heads:
            p.head(t)
        elif t.startswith('北京时间昨天,澳网公开赛'):
            p.para_cut(cut(t, '成功晋级16强,'), fills={0: '\u00a0'}, indent='  ')
        elif t.startswith(('广州日报讯', '昨天的其他', '此外,')):
            p.para(t, indent='  ')
        else:
            p.para(t)          # a score line of the results box
    p.write(os.path.join(D, 'r134'))


# ---------------- r135 舟山晚报 2025-12-18 第02版 (BOM, LF, no final newline)
def r135():
    ls = lines('r135_zswb_qingchun')
    p = Page(fillers=('', '\u3000', '', '\t', '', '\u00a0'), eol='\n', bom=True, final_eol=False)
    p.furn(['舟山晚报', '2025年12月18日 星期四', '第02版'],
           run='舟山晚报 2025年12月18日 星期四 第02版')
    assert ls[:4] == ['我与晚报的故事', '那些年,我的青春和晚报紧紧相连', '字数',
                      '《 舟山晚报 》( 2025年12月18日 第 02 版 )']
    body = ls[4:]
    assert body[0] == '编者按' and body[-1].endswith('况且当时还是一群以年轻人')
    p.article()
    p.title('kicker', ls[0])
    p.title('headline', ls[1], trail='  ')
    for t in body:
        if t in ('编者按', '创刊前 去甬绍杭晚报取经'):
            p.head(t)
        elif t.startswith('青春,对于每一个人来说'):
            p.para_cut(cut(t, '成长、蜕变,'), fills={0: '\t'}, indent=SS)
        elif t.startswith('当时我们的办公地点'):
            p.para_cut(cut(t, '即现在的定海区政府大楼里,'), fills={0: '\u00a0'}, indent=SS)
        else:
            p.para(t, indent=SS)
    p.jump('（下转第03版）')
    p.write(os.path.join(D, 'r135'))


# ---------------- r136 大众日报 2024-11-28 01版 头版 (CRLF, no final newline)
def r136():
    ls = lines('r136_dzrb_sandaqiu')
    p = Page(fillers=('', '\t', '', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['大众日报', '2024年11月28日  星期四', '01', '头版'], adjacent=True,
           run='大众日报 2024年11月28日  星期四 01 头版')
    assert ls[0] == '当前位置:首页 >  大众日报  >  头版'
    k, h = ls[1], ls[2]
    assert ls[3] == '2024-11-28 作者: 于晓波 来源: 大众日报'
    c1, c2 = ls[4], ls[5]
    assert c1.endswith('。(□新华社发)') and c2.endswith('。(□新华社发)')
    assert ls[6] == ls[8] == '□记者 于晓波 报道' and ls[7] == ls[9]   # the copy prints them twice
    t = ls[7]
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    glued_fig(p, c1[:-len('(□新华社发)')], '(□新华社发)', '□新华社发', 'provided', '新华社')
    p.byline('记者 于晓波 报道', ['于晓波'], printed=ls[6])
    frags = cut(t, '全国首届青少年三大球比赛中,')
    # the paragraph is cut by the second photo (the figure goes after the paragraph)
    p.para_cut(frags, between={0: [(c2[:-len('(□新华社发)')], None)]}, indent=SS)
    # para_cut printed the second caption alone; glue its credit to that line
    fig = p.art['children'][-1]
    n = fig['line']
    cap = fig['children'][0]['text']
    p.lines[n - 1] = (cap + '(□新华社发)', 'F/%s/%s' % (cap, '□新华社发'))
    fig['children'].append({'type': 'credit', 'line': n, 'text': '□新华社发',
                            'kind': 'provided', 'source': '新华社'})
    p.write(os.path.join(D, 'r136'))


for f in (r132, r133, r134, r135, r136):
    f()
