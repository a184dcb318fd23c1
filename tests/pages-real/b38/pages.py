# build r182-r186 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, reflow, src_lines, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,、')


def split_glued(line, tail):
    """a copy line ending with the reporters glued after a space: (text, printed tail)"""
    assert line.endswith(tail) and tail.startswith(' '), tail
    return line[:-len(tail)], tail


def split_title(line, sep='   '):
    """the page index prints an article's title and its first paragraph on one line,
    split by three spaces"""
    assert line.count(sep) == 1, line
    return line.split(sep)


def cut_with_byline(p, frags, glued, btext, authors, fills=None, indent=''):
    """a paragraph printed in fragments whose last fragment ends with the glued reporters
    (label C+B): the byline node carries the line of that fragment and follows the paragraph"""
    p.para_cut(frags[:-1] + [frags[-1] + glued], fills=fills, indent=indent)
    node = p.art['children'][-1]
    assert node['type'] == 'paragraph' and node['text'] == reflow(frags[:-1] + [frags[-1] + glued])
    node['text'] = reflow(frags)
    n = len(p.lines)
    assert p.lines[n - 1][0].endswith(glued) and p.lines[n - 1][1] == 'C'
    p.lines[n - 1] = (p.lines[n - 1][0], 'C+B')
    p.art['children'].append({'type': 'byline', 'line': n, 'text': btext,
                              'children': [{'type': 'author', 'text': a} for a in authors]})


# ---------------- r182 市场星报 2012-08-23, a page of short city items (CRLF, no final newline)
def r182():
    ls = lines('r182_scxb_baoyu')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', final_eol=False)
    assert len(ls) == 9
    h1, h2, h3, h4 = ls[0], ls[2], ls[4], ls[6]
    assert h1 == '暴雨过后气温骤降' and h2 == '2万多元电缆一夜被盗'
    assert h3 == '醉酒男子“跳塔”讨薪' and h4 == '高速路上, 车辆遭飞石“偷袭”'
    t1, g1 = split_glued(ls[1], ' 记者 黄洋洋 文/图')
    t2, g2 = split_glued(ls[3], ' 查甜甜 记者 张敏')
    t3, g3 = split_glued(ls[5], ' 陈嘉 记者 鲁龙飞')
    t4 = ls[7]
    t5, g5 = split_glued(ls[8], ' 记者 张敏')
    p.furn(['市场星报', '2012年8月23日 星期四'], adjacent=True, run='市场星报 2012年8月23日 星期四')
    p.article()
    p.title('headline', h1, trail='  ')
    p.para(t1, indent=SS, byline=(g1, '黄洋洋', ['黄洋洋']))
    p.article()
    p.title('headline', h2)
    p.para(t2, indent=SS, byline=(g2, '查甜甜 张敏', ['查甜甜', '张敏']))
    p.article()
    p.title('headline', h3)
    cut_with_byline(p, cut(t3, '扬言不给工钱就跳塔,'), g3, '陈嘉 鲁龙飞', ['陈嘉', '鲁龙飞'],
                    fills={0: '\t'}, indent=SS)
    p.article()
    p.title('headline', h4, trail=' ')
    p.para(t4, indent=SS)
    p.para(t5, indent=SS, byline=(g5, '张敏', ['张敏']))
    p.write(os.path.join(D, 'r182'))


# ---------------- r183 楚天都市报 2006-12-17, 创刊十年 package (BOM, lone CR, final CR)
def r183():
    ls = lines('r183_ctdsb_shinian')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', bom=True)
    assert ls[0] == '首页>>楚天都市报>>今日要闻>>本页' and ls[1] == '站内检索:'   # web furniture: left out
    assert ls[2] == '领导专家在京热议楚天都市报创刊十年 (图)'
    h0 = '领导专家在京热议楚天都市报创刊十年'                  # the web marker ` (图)` left out
    assert ls[3] == '(2006-12-17 07:27:11)'                     # web time stamp: left out
    c0, k1, h1 = ls[4], ls[5], ls[6]
    assert c0 == '参与者合影' and h1 == '向更高的目标进军'
    assert k1 == '中华全国新闻工作者协会党组书记、副主席翟惠生勉励本报:'
    a1, a2, a3 = ls[7:10]
    assert a1.startswith('楚天都市报北京16日电 “楚天都市报') and a3.endswith('新目标进军。')
    k2, h2, c2 = ls[10], ls[11], ls[12]
    assert k2 == '湖北省委常委、宣传部长张昌尔寄语本报' and h2 == '争作构建和谐媒体的先行者'
    assert c2 == '张昌尔'
    b1, b2, b3 = ls[13:16]
    assert b1.startswith('楚天都市报北京16日电 “我代表') and b3 == '“10年来,' and len(ls) == 16
    p.furn(['楚天都市报', '2006年12月17日 星期日', '今日要闻'], run='楚天都市报 2006年12月17日 星期日 今日要闻')
    # the package: its title over the group photo
    p.article()
    p.title('headline', h0)
    p.figure(c0)                                  # caption only
    # part 1
    p.article()
    p.title('kicker', k1)
    p.title('headline', h1, adjacent=True, trail='\u3000')
    p.para_cut(cut(a1, '值得好好总结,'), fills={0: '\u00a0'}, indent=SS)
    p.para(a2, indent=SS)
    p.para(a3, indent=SS)
    # part 2
    p.article()
    p.title('kicker', k2, accept=['kicker', 'headline'])
    p.title('headline', h2, accept=['headline', 'subheadline'], adjacent=True)
    p.figure(c2)                                  # portrait, caption only, between the title and the lead
    p.para(b1, indent=SS)
    p.para_cut(cut(b2, '历经千辛万苦,'), fills={0: '  '}, indent=SS)
    p.para(b3, indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r183'))


# ---------------- r184 无锡日报 2023-07-21 第A02版 要闻 (LF, final newline)
def r184():
    ls = lines('r184_wxrb_zongbianji')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\n')
    assert ls[0] == '第A02版:要闻' and len(ls) == 5
    h = ls[1]
    assert h == '二十余家地方媒体总编辑注目无锡'
    q1, q2 = ls[2], ls[3]
    g3 = '(朱冬娅、见习记者 姚程玉)'                # glued to the last sentence with no space
    assert ls[4].endswith(g3)
    q3 = ls[4][:-len(g3)]
    assert q1.startswith('本报讯 昨天,') and q3.endswith('知名度和影响力。')
    p.furn(['无锡日报', '2023年7月21日 星期五'], adjacent=True, run='无锡日报 2023年7月21日 星期五')
    p.furn(['A02', '要闻'], adjacent=True, run='A02 要闻')
    p.article()
    p.title('headline', h, trail=' ')
    p.para_cut(cut(q1, '来自全国十余省市20多家媒体的高层领导齐聚太湖之滨,'), fills={0: '\u00a0'}, indent=SS)
    p.para_cut(cut(q2, '滨湖区胡埭镇、'), fills={0: '\t'}, indent=SS)
    p.para(q3, indent=SS, byline=(g3, '朱冬娅、见习记者 姚程玉', ['朱冬娅', '姚程玉']))
    p.write(os.path.join(D, 'r184'))


# ---------------- r185 潍坊晚报 2023-03-09, photo item and a 两会 data story (CRLF, final CRLF)
def r185():
    ls = lines('r185_wfwb_yaxingqiao')
    p = Page(fillers=('', SS, '', ' \t'), eol='\r\n')
    assert ls[0] == '01版:导读' and ls[15] == '16版:光影记录'     # the page list: left out
    h1, t1 = split_title(ls[16])
    assert h1 == '亚星桥上留个影' and t1.startswith('3月3日,') and t1.endswith('“老朋友”。')
    b1 = ls[17]
    assert b1 == '潍坊日报社全媒体记者 张驰'
    h2, lead = split_title(ls[18])
    assert h2 == '十组数据看增进民生福祉' and lead.startswith('翻开5日')
    x1, x2 = ls[19], ls[20]
    assert x1 == 'GDP增长5%左右' and x2 == '居民收入增长与经济增长基本同步'
    r1, r2, r3, r4 = ls[21:25]
    assert len(ls) == 25 and r4.endswith('更加注重向农村、基层')
    p.furn(['潍坊晚报', '2023年3月9日 星期四'], run='潍坊晚报 2023年3月9日 星期四')
    p.article()
    p.title('headline', h1)
    p.para_cut(cut(t1, '承载着太多记忆,'), fills={0: SS}, indent=SS)
    p.byline(b1, ['张驰'])                         # the name under the item, after its text
    p.article()
    p.title('headline', h2, trail='  ')
    p.para(lead, indent=SS)
    p.head([x1, x2])
    p.para(r1, indent=SS)
    p.para(r2, indent=SS, trail='\t')
    p.para_cut(cut(r3, '探索多渠道增加中低收入群众要素收入,'), fills={0: ' \t'}, indent=SS)
    p.para(r4, indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r185'))


# ---------------- r186 潍坊日报 2024-08-02 01版 要闻 (BOM, LF, no final newline)
def r186():
    ls = lines('r186_wfrb_huixin')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n', bom=True, final_eol=False)
    assert ls[0] == '01版:要闻' and ls[15] == '16版:公益广告'     # the page list: left out
    k = ls[16]
    assert k == '习近平回信勉励'
    h, w1 = split_title(ls[17])
    assert h == '祖籍宁波的香港企业家' and w1.startswith('新华社北京8月1日电 近日,')
    w2, w3, w4 = ls[18:21]
    assert w4.endswith('贡献力量的决心。')
    t, n1 = split_title(ls[21])
    h2, s2 = t.split(' ')
    assert h2 == '北京大学校长龚旗煌来潍调研' and s2 == '李明刘运刘建军参加活动'
    assert n1.startswith('本报讯 (潍坊日报社全媒体记者 付凯 刘福文)') and n1.endswith('与省委教育工委')
    assert len(ls) == 22
    p.furn(['潍坊日报', '2024年8月2日 星期五', '01', '要闻'], adjacent=True,
           run='潍坊日报 2024年8月2日 星期五 01 要闻')
    p.article()
    p.title('headline', k, accept=['headline', 'kicker'], trail='  ')
    p.title('subheadline', h, accept=['subheadline', 'headline'], adjacent=True)
    p.para(w1, indent=SS)
    p.para_cut(cut(w2, '积极创新创业、捐资助学,'), fills={0: '\u3000'}, indent=SS)
    p.para(w3, indent=SS)
    p.para_cut(cut(w4, '逐渐形成了心系祖国、步履四海的商人群体,'), fills={0: '\t'}, indent=SS, trails={1: '\t'})
    p.article()
    p.title('headline', h2)
    p.title('subheadline', s2, adjacent=True)
    p.para(n1, indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r186'))


for f in (r182, r183, r184, r185, r186):
    f()
