# build r87-r91 from the verbatim copies in src/ (see NAME.sources.md)
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/tests/pages-real/tools')
from functools import partial
from pagekit import (Page, cutter, find_block as find, same_line_figure, src_text,
                     figure_from_spec as fig)

SEP = '\u3000\u3000'   # the md's separator between a caption and its credit


def parts(name):
    t = src_text(D, name)
    return [[x.strip() for x in chunk.split('\n\n') if x.strip()] for chunk in t.split('\n=====\n')]


def paras(name, part=0):
    return parts(name)[part]


cut = cutter(None, once=False)
same = partial(same_line_figure, sep=SEP)


def body(p, ps, heads=(), cuts=None, figs=None, bylines=None, furn=()):
    """heads: one-line heads; cuts: {prefix: (after, [figure specs] or None, filler)};
    figs: {prefix: [figure specs]} printed after that paragraph; bylines: {text: (printed,
    text, authors)} for stand-alone end lines; furn: lines printed as furniture."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    bylines = bylines or {}
    for i, t in enumerate(ps):
        if t in heads:
            p.head(t)
        elif t in bylines:
            printed, text, authors = bylines[t]
            p.byline(text, authors, printed=printed)
        elif t in furn:
            p.furn([t])
        elif i in cuts:
            after, between, fill = cuts[i]
            p.para_cut(cut(t, after), between={0: between} if between else None,
                       fills={0: fill} if fill is not None else None)
        else:
            p.para(t)
        for spec in figs.get(i, []):
            fig(p, spec)


# ---------------- r87 人民日报 2026-01-08 第7版 各地传真 (UTF-8 BOM, CRLF, final CRLF)
def r87():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['人民日报', '2026年1月8日  星期四', '第7版', '各地传真'],
           run='人民日报 2026年1月8日  星期四 第7版 各地传真')
    # 1 根河 (series lead with editor's note)
    ps = paras('r87_genhe')
    p.article()
    p.title('headline', ps[0])
    p.para(ps[5])
    p.furn([ps[6]])
    p.byline(ps[1], ['张梁诚'])
    f1 = (ps[2], None)
    f2 = (ps[3], (ps[4], 'provided', '根河市融媒体中心'), 'same', SEP, '\u3000')
    body(p, ps[7:], cuts={'2025年12月的内蒙古': ('清晨7点，天色未明，', [f1, f2], None),
                          '“这不仅是旅游项目': ('游客支付的认养费用，', None, '\t')})
    # 2 四海听音
    ps = paras('r87_tu')
    p.article()
    p.title('kicker', '四海听音')
    p.title('headline', ps[0])
    p.byline(ps[1], ['董汶鑫'])
    body(p, ps[2:])
    # 3 悬崖村 (新华社, two bylines)
    ps = paras('r87_xuanya')
    p.article()
    p.title('headline', ps[0], trail='  ')
    p.byline(ps[1], ['吴光于', '胡旭', '尹恒'])
    body(p, ps[2:], bylines={'（据新华社电）': ('（据新华社电）', '据新华社电', ['新华社'])},
         cuts={'在大小凉山之间': ('江河切割、沟壑纵横。全长15.3公里的大凉山1号隧道建设是难中之难，', None, None)})
    # 4 幸福坝 (two figures, the credit shares the second caption's line)
    ps = paras('r87_xingfuba')
    p.article()
    p.title('headline', ps[0])
    p.byline(ps[1], ['李俊杰'])
    f1 = (ps[2], None)
    f2 = (ps[3], (ps[4], 'photographer', '韩苏原'), 'same', SEP)
    body(p, ps[5:], cuts={'因“幸福坝”': ('创新服务模式，', [f1, f2], None)})
    # 5 小哥码
    ps = paras('r87_xiaoge')
    p.article()
    p.title('headline', ps[0])
    p.byline(ps[1], ['张乐佳'], trail=' ')
    body(p, ps[2:])
    # 6 农田
    ps = paras('r87_nongtian')
    p.article()
    p.title('headline', ps[0])
    p.byline(ps[1], ['刘冰洋'])
    body(p, ps[2:], cuts={'“现在的高标准农田': ('通过大数据、云计算等，', None, '\u3000')})
    # 7 民生账本
    ps = paras('r87_zhangben')
    p.article()
    p.title('headline', ps[0])
    p.byline(ps[1], ['张莎'])
    body(p, ps[2:])
    # 8 产业飞地 (新华社, two bylines)
    ps = paras('r87_feidi')
    p.article()
    p.title('headline', ps[0])
    p.byline(ps[1], ['熊家林'])
    body(p, ps[2:], bylines={'（据新华社电）': ('（据新华社电）', '据新华社电', ['新华社'])})
    # 9 八方速递: the column label is the kicker of the first item; five items
    ps = paras('r87_bafang')
    items, cur = [], None
    for x in ps[1:]:
        if not x.endswith('。') and len(x) < 25:
            cur = [x]; items.append(cur)
        else:
            cur.append(x)
    assert len(items) == 5
    for k, it in enumerate(items):
        p.article()
        if k == 0:
            p.title('kicker', ps[0])
        p.title('headline', it[0])
        spec = {}
        if k == 1:
            spec = dict(cuts={'南方日报广州': ('正式印发“一次挂号管三天”惠民便民措施相关通知。2026年1月1日起，', None, '\t')})
        body(p, it[1:], **spec)
    p.write(os.path.join(D, 'r87'))


# ---------------- r88 人民日报 2026-01-09 第13版 记者调查 (LF, no final newline)
def r88():
    p = Page(fillers=('', ' \t', '', '\u3000\u3000'), eol='\n', final_eol=False)
    p.furn(['13', '记者调查', '2026年1月9日  星期五'], run='13 记者调查 2026年1月9日  星期五')
    top, s1, s2, s3 = parts('r88_jianfu')
    fig_jinyun = same(top[2], 'photographer', '陈彦霏')
    fig_yinhong = same(top[3], 'photographer', '徐丹')
    p.article()
    p.title('kicker', top[0])
    p.title('headline', top[1], trail='  ')
    body(p, top[4:])
    byl = {'本报记者  张  文': ['张文'], '本报记者  巨云鹏': ['巨云鹏'], '本报记者  窦  皓': ['窦皓']}
    for k, s in enumerate((s1, s2, s3)):
        p.article()
        p.title('kicker', s[0])
        p.title('headline', s[1])
        p.byline(s[2], byl[s[2]])
        spec = {}
        if k == 0:
            spec = dict(cuts={'“社区上墙的牌子少了': ('基层减负腾出了精力，', [fig_yinhong], None)})
        if k == 1:
            spec = dict(cuts={'张珂面露难色': ('这份许可证是参与投标必须提交的材料，', None, None)})
        if k == 2:
            last = s[-1]
            spec = dict(heads={'基层心声'},
                        cuts={'到达东渡小学时': ('菠萝炒牛肉、油爆大虾等菜肴琳琅满目。环顾四周，', [fig_jinyun], None),
                              '“改造提升户外': ('一直记得程淑霞告诉她的话：与其看台账做得漂不漂亮，不如看群众笑得真不真切；与其数开了几次会，', None, '\u3000\u3000')},
                        bylines={last: (last, last[1:-1],
                                        ['曹文轩', '邵玉姿', '王欣悦', '吴君', '曹继炜', '郑智文', '杨颜菲', '祝佳祺'])})
        body(p, s[3:], **spec)
    p.write(os.path.join(D, 'r88'))


# ---------------- r89 人民日报 2026-01-05 第20版 副刊 (lone CR, final CR)
def r89():
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\r')
    figs, e1, e2, e3, e4, e5 = parts('r89_fukan')
    p.furn(['人民日报', '2026年1月5日  星期一', '第20版', '副刊', figs[0]],
           run='人民日报 2026年1月5日  星期一 第20版 副刊 ' + figs[0])
    f_huaer = (figs[1], None)
    f_jixiangwu = same(figs[2], 'provided', '十五运会官网')
    f_kuafu = same(figs[3], 'photographer', '江汉')
    f_suchao = same(figs[4], 'provided', '江苏省文化和旅游厅')
    f_motian = same(figs[5], 'provided', '上海大学上海美术学院')
    specs = [
        dict(cuts={'新时代的中国': ('一个生动的例子是，', [f_huaer], None),
                   '新时代的文艺': ('技术革新极大降低了文艺创作、传播的门槛，', None, '\u00a0')},
             figs={'2026年的阳光': [f_motian]}),
        dict(cuts={'如何将静默的文物': ('转化为舞者衣袂的起落转折，', None, '\t')}),
        dict(figs={'回望2025年': [f_jixiangwu]}),
        dict(cuts={'赛场上': ('将本地区的物质文化遗产与非物质文化遗产和足球赛事深度链接。以足球联赛为载体，', [f_suchao], '\u00a0')}),
        dict(cuts={'人工智能正在掀起': ('如今，人工智能创作的音乐，已成为音乐产业中一股不可忽视的力量；', None, None)},
             figs={'人工智能高能': [f_kuafu]}),
    ]
    authors = [['张晓凌'], ['景小勇'], ['高鹏'], ['贺云翱'], ['姚燕安']]
    for k, e in enumerate((e1, e2, e3, e4, e5)):
        p.article()
        p.title('headline', e[0], trail='  ' if k == 2 else '')
        p.byline(e[1], authors[k])
        body(p, e[2:], **specs[k])
    p.write(os.path.join(D, 'r89'))


# ---------------- r90 人民日报 2026-01-05 第7版 读者来信 (CRLF, no final newline)
def r90():
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\r\n', final_eol=False)
    p.furn(['人民日报', '2026年1月5日  星期一', '第7版', '读者来信'],
           run='人民日报 2026年1月5日  星期一 第7版 读者来信')
    ps = paras('r90_qianshao')
    p.article()
    p.title('headline', ps[0])
    p.byline(ps[1], ['读者来信编辑室'])
    body(p, ps[2:], heads={ps[2]},
         cuts={'在个案监督中': ('深入基层，将个案监督做成典型案例，', None, '\u3000')})
    pk = parts('r90_zuotan')
    p.article()
    p.title('headline', pk[0][0], trail='  ')
    p.para(pk[0][1])
    p.furn([pk[0][2]])
    speakers = [['谢清华'], ['夏俊'], ['赵正荣'], ['黄锦峰'], ['田丽']]
    specs = [dict(cuts={'人民日报“读者来信”版近年来': ('推出了一系列有分量的报道，', None, None)}),
             {}, {},
             dict(cuts={'我是河南太康县的农民': ('在村民不知情的情况下，', None, '\u3000\u3000')}),
             {}]
    for k, s in enumerate(pk[1:]):
        p.article()
        p.title('headline', s[0])
        p.byline(s[1], speakers[k])
        last = s[-1]
        name = last[1:-1].replace('本报记者', '').replace('整理', '')
        body(p, s[2:], bylines={last: (last, last[1:-1], [name])}, **specs[k])
    p.write(os.path.join(D, 'r90'))


# ---------------- r91 人民日报 2026-01-12 第7版 读者来信 (UTF-8 BOM, LF, final LF)
def r91():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', bom=True)
    p.furn(['人民日报  2026年1月12日  星期一', '第7版', '读者来信'], adjacent=True,
           run='人民日报  2026年1月12日  星期一 第7版 读者来信')
    ps = paras('r91_jintai')
    p.article()
    p.title('kicker', '金台视线')
    p.title('headline', ps[0])
    p.byline(ps[1], ['赵兵'], trail='  ')
    heads = {'教师承担无关社会事务问题值得关注', '脱离实际的“任务摊派”给基层造成压力',
             '坚持问题导向，精准施策，靶向治疗，为基层减负'}
    last = ps[-1]
    body(p, ps[2:], heads=heads,
         bylines={last: (last, last[1:-1], ['胡永明'])},
         cuts={'“我们司法所': ('但是上级部门却将行政复议、行政诉讼、合法性审查等工作安排给司法所，', None, '\t'),
               '“形式主义实质': ('强化监督问责，', None, None)})
    p.write(os.path.join(D, 'r91'))


if __name__ == '__main__':
    for f in (r87, r88, r89, r90, r91):
        f()
