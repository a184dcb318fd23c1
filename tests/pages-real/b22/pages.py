# build r102-r106 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines. Method and helpers as in b21/pages.py.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, md_parts, cutter, find_block as find, photo_credit as pho,
                     provided_credit as prov, strip_tag, take_caption as take)

SS = '\u3000\u3000'


md = partial(md_parts, D)
cut = cutter('，')


def body(p, ps, heads=(), heads2=None, cuts=None, figs=None, bylines=None, furn=(), skip=(),
         marks=False):
    """heads: one-line heads; heads2: {first line: second line} printed as one head on two
    adjacent lines (marks: each md line is wrapped in **…**, printed so); cuts: {prefix:
    (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]} printed after
    that block; bylines: {block: (printed, text, authors)}; furn: furniture blocks; skip:
    blocks of the md left out (they must be there)."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    heads2 = heads2 or {}
    bylines = bylines or {}
    for h in list(heads) + list(heads2) + list(heads2.values()) + list(skip):
        assert h in ps, h
    second = set(heads2.values())
    for i, t in enumerate(ps):
        if t in skip or t in second:
            pass
        elif t in heads:
            p.head(t)
        elif t in heads2:
            assert ps[i + 1] == heads2[t]
            lines = [t, heads2[t]]
            if marks:
                assert all(x.startswith('**') and x.endswith('**') for x in lines)
                lines = [x[2:-2] for x in lines]
            p.head(lines, marks=marks)
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
            assert not t.startswith(('#', '>', '**')), t
            p.para(t)
        for spec in figs.get(i, []):
            fig(p, spec)


def fig(p, spec):
    spec = list(spec) + [None] * (5 - len(spec))
    c, cr, mode, sep, ff = spec
    p.figure(c, cr, mode or 'next', ' ' if sep is None else sep, False, ff)


# ---------------- r102 人民日报 2025-06-10 第5版 评论 (LF, final LF)
def r102():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['第5版  评论', '人民日报  2025年6月10日  星期二'],
           run='第5版  评论 人民日报  2025年6月10日  星期二')
    # 1 评论员观察: column kicker, headline, ——…③ subheadline, padded byline; closing series note
    k, h, s, se, b, ps = md('r102_jianguan')
    p.article()
    p.title('kicker', '评论员观察')
    p.title('headline', strip_tag(h, '评论员观察'))
    p.title('subheadline', s)
    p.byline(b, ['常晋'])
    assert ps[-1] == '（本系列评论到此结束）'
    body(p, ps, cuts={'近期，“有形之手”': ('事实证明，纠治越位、改正错位，', None, '\u3000')})
    # 2 人民时评: column kicker, bare byline, two pull-quote lines after the byline
    k, h, s, se, b, ps = md('r102_renmin')
    p.article()
    p.title('kicker', '人民时评')
    p.title('headline', strip_tag(h, '人民时评'), trail='  ')
    p.byline(b, ['邱超奕'])
    body(p, ps, cuts={'企业是吸纳高校毕业生': ('例如，大型企业用人数量多、门类广，', None, '\t')})
    # 3 金台随笔: column kicker, bare byline, one pull-quote line
    k, h, s, se, b, ps = md('r102_jintai')
    p.article()
    p.title('kicker', '金台随笔')
    p.title('headline', strip_tag(h, '金台随笔'))
    p.byline(b, ['纪北禾'])
    body(p, ps, cuts={'老物件未必是真文物': ('十几年如一日，', None, None)})
    # 4 纵横: column kicker, padded byline, （摘编自《浙江日报》）
    k, h, s, se, b, ps = md('r102_zongheng')
    p.article()
    p.title('kicker', '纵横')
    p.title('headline', strip_tag(h, '纵横'))
    p.byline(b, ['陈宁'])
    assert ps[-1] == '（摘编自《浙江日报》）'
    body(p, ps)
    # 5 二手车: headline only, padded byline
    k, h, s, se, b, ps = md('r102_ershouche')
    assert k is None and s is None and se is None
    p.article()
    p.title('headline', h)
    p.byline(b, ['曲源'])
    body(p, ps, cuts={'多管齐下，多方携手': ('同时，强化全行业自律，', None, '\t')})
    p.write(os.path.join(D, 'r102'))


# ---------------- r103 人民日报 2025-06-10 第10版 政治 (BOM, CRLF, no final newline)
def r103():
    p = Page(fillers=('', ' \t', '', SS), eol='\r\n', bom=True, final_eol=False)
    p.furn(['政治', '第10版', '2025年6月10日  星期二', '人民日报'],
           run='政治 第10版 2025年6月10日  星期二 人民日报')
    # 1 时空对话: dash kicker, quoted headline, two photos, three heads on two lines
    #   (a question and a quoted line); the page's 版式设计 line is printed at the foot
    k, h, s, se, b, ps = md('r103_duihua')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '时空对话'))
    p.byline(b, ['邵玉姿'])
    f1 = take(ps, 0, '杜士林敬礼。', '李  栋摄（人民视觉）')
    f2 = take(ps, 2, '孩子们向杜士林展示绘制的主题画报。', '本报记者  邵玉姿摄')
    design = ps[-1]
    assert design == '版式设计：张芳曼'
    body(p, ps[4:-1],
         heads2={'什么力量让他宁死不屈？': '“那时候什么都不怕，就想着胜利以后要让老百姓过上好日子”',
                 '靠什么赢得群众支持？': '“八路军严明的纪律得到了老百姓的真心认同”',
                 '最大的心愿是什么？': '“替牺牲的战友看看首都北京，我做到了”'},
         cuts={'1937年，年仅11岁': ('杜士林因战斗负伤，', [(f1[0], pho(f1[1], '李栋'))], None)},
         figs={'“爷爷，看，这是我画的': [(f2[0], pho(f2[1], '邵玉姿'), 'same', '  ')]})
    # 2 擘画: bare byline, three eight-character heads, （一）… paragraphs, （作者为…整理）
    k, h, s, se, b, ps = md('r103_minsheng')
    p.article()
    p.title('headline', h)
    p.byline(b, ['魏国学'])
    body(p, ps, heads={'民生政策因时而进', '指引民生建设方向', '民有所呼政有所应'},
         cuts={'深刻把握人口变化趋势性特征': ('扩大“一老一小”普惠服务供给，', None, ' \t')})
    # 3 为梦想护航: photo story, headline, two photos, then its text
    k, h, s, se, b, ps = md('r103_huhang')
    assert b is None and len(ps) == 5
    p.article()
    p.title('headline', h)
    g1 = take(ps, 0, '湖南省益阳市公安局交警支队桃花仑中队辅警在雨中疏导交通，指挥车辆有序通行。',
              '杨  迅  郭远程摄影报道')
    g2 = take(ps, 2, '海南省三亚市交警为走错考场的考生佩戴头盔，并将其送往考场。', '徐  喆摄（人民视觉）')
    fig(p, (g1[0], pho(g1[1], '杨迅、郭远程')))
    fig(p, (g2[0], pho(g2[1], '徐喆'), 'blank'))
    p.para(ps[4])
    # 4 最高法: dateline item
    k, h, s, se, b, ps = md('r103_zuigaofa')
    assert b is None
    p.article()
    p.title('headline', h)
    body(p, ps, cuts={'据介绍，人民法院': ('造成所在公司巨额经济损失，', None, SS)})
    p.furn([design])
    p.write(os.path.join(D, 'r103'))


# ---------------- r104 人民日报 2025-06-17 第15版 生态 (lone CR, final CR)
def r104():
    p = Page(fillers=('', '\u3000', '', ' \u3000'), eol='\r')
    p.furn(['人民日报', '2025年6月17日  星期二', '第15版  生态'], adjacent=True,
           run='人民日报 2025年6月17日  星期二 第15版  生态')
    # 1 package: series kicker, headline, 核心阅读 and its two paragraphs; three signed parts,
    #   each with a bare-place kicker, a headline and a byline; one photo in each part
    k, h, s, se, b, ps = md('r104_lvyi')
    assert k is None and b is None and se == '美丽中国·身边的生态获得感③'
    g = [take(ps, 0, '居民参与泰晤士小镇社区低碳主题活动。', '泰晤士小镇社区供图'),
         take(ps, 2, '菜蔬新居小区屋顶花园。', '安公社区供图'),
         take(ps, 4, '大成鲜生市场一角。', '本报记者  吴  君摄')]
    ps = ps[6:]
    parts = [('上海松江', '一个居民社区的低碳行动', '本报记者  王崟欣', ['王崟欣']),
             ('四川成都', '一个屋顶花园的共建共享', '本报记者  游  仪', ['游仪']),
             ('湖北武汉', '一个农贸市场的三次升级', '本报记者  吴  君', ['吴君'])]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    p.article()
    p.title('kicker', se)
    p.title('headline', h)
    assert ps[0] == '核心阅读' and starts[0] == 3
    body(p, ps[:starts[0]], heads={'核心阅读'})
    # part 1: photo credit glued to the caption; part 2: a cut by the photo; part 3: credit
    # after one blank line, and a cut across a filler line
    specs = [dict(figs={'社区内，这样的低碳宣传活动': [(g[0][0], prov(g[0][1], '泰晤士小镇社区'), 'same', '')]}),
             dict(cuts={'花草蔬果、休闲座椅': ('花园打通连成一片，',
                                           [(g[1][0], prov(g[1][1], '安公社区'))], None)}),
             dict(figs={'除了基础设施改善': [(g[2][0], pho(g[2][1], '吴君'), 'blank')]},
                  cuts={'2017年，大成鲜生市场': ('将各类摊位进行分类，', None, '\u3000')})]
    for j, (kk, hh, bb, au) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:3] == [kk, hh, bb]
        p.article()
        p.title('kicker', kk)
        p.title('headline', hh)
        p.byline(bb, au)
        body(p, seg[3:], **specs[j])
    # 2 督察: dateline item
    k, h, s, se, b, ps = md('r104_ducha')
    assert b is None
    p.article()
    p.title('headline', h)
    body(p, ps, cuts={'各督察组统筹开展': ('找准各省（区）突出问题，', None, ' \u3000')})
    # 3 西安: dateline item whose first paragraph ends ：
    k, h, s, se, b, ps = md('r104_xian')
    assert b is None and ps[0].endswith('：')
    p.article()
    p.title('headline', h)
    body(p, ps)
    # 4 杏子: photo story: headline, two paragraphs, 图为… / padded credit with （人民视觉）
    k, h, s, se, b, ps = md('r104_xingzi')
    assert b is None and len(ps) == 4
    p.article()
    p.title('headline', h)
    p.para(ps[0])
    p.para(ps[1])
    fig(p, (ps[2], pho(ps[3], '王将')))
    # 5 海南: dateline item
    k, h, s, se, b, ps = md('r104_hainan')
    assert b is None
    p.article()
    p.title('headline', h, trail=' ')
    body(p, ps)
    p.write(os.path.join(D, 'r104'))


# ---------------- r105 人民日报 2025-06-24 第7版 要闻 (BOM, LF, no final newline)
def r105():
    p = Page(fillers=('', '\t', '', SS), eol='\n', bom=True, final_eol=False)
    p.furn(['2025年6月24日  星期二  人民日报', '要闻', '7'],
           run='2025年6月24日  星期二  人民日报 要闻 7')
    # 1 外资: ### line (accept), three heads of two **…** lines each
    k, h, s, se, b, ps = md('r105_waizi')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '大数据观察·投资中国'), accept=['headline', 'subheadline'])
    p.byline(b, ['郭晓龙'])
    body(p, ps, marks=True,
         heads2={'**一场交流会**': '**达成跨国合作**', '**一场洽谈会**': '**坚定外商信心**',
                 '**一场工作会**': '**纾解外企困难**'},
         cuts={'原来，前阵子市场上': ('给客户和代理商造成了困扰，', None, '\t'),
               '除了保障电力': ('3年间为工厂撬动超2500万元的政策“活水”，', None, None)})
    # 2 快评: column kicker, bare byline
    k, h, s, se, b, ps = md('r105_kuaiping')
    p.article()
    p.title('kicker', '快评')
    p.title('headline', strip_tag(h, '快评'))
    p.byline(b, ['张伟昊'])
    body(p, ps)
    # 3 免陪照护: ### line with a comma (accept)
    k, h, s, se, b, ps = md('r105_mianpei')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '探访'), accept=['headline', 'subheadline'])
    p.byline(b, ['洪秋婷'], trail=' ')
    body(p, ps, cuts={'根据广东省公立医院': ('即当班医疗护理员同时为3名患者提供服务，', None, SS)})
    # 4, 5 dateline items
    k, h, s, se, b, ps = md('r105_yaoxie')
    assert b is None
    p.article()
    p.title('headline', h, trail='  ')
    body(p, ps)
    k, h, s, se, b, ps = md('r105_xinli')
    assert b is None
    p.article()
    p.title('headline', h)
    body(p, ps)
    p.write(os.path.join(D, 'r105'))


# ---------------- r106 人民日报 2025-06-24 第19版 党建 (CRLF, final CRLF)
def r106():
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r\n')
    p.furn(['人民日报  2025年6月24日  星期二  第19版', '党建'],
           run='人民日报  2025年6月24日  星期二  第19版 党建')
    # 1 风气正了: dash kicker, two-half headline, three parallel comma heads
    k, h, s, se, b, ps = md('r106_fengqi')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '前沿观察'))
    p.byline(b, ['沈童睿'])
    body(p, ps, heads={'村务公开，干群关系更融洽', '移风易俗，不比排场比家风', '以文化人，干净干事成自觉'},
         cuts={'拿居家养老服务中心来说': ('收益分配等情况，', None, '\u3000'),
               '剑川县古时是': ('阐释其中的故事、道理，', None, ' \t')})
    # 2 金台潮声: series kicker with a number, bare byline
    k, h, s, se, b, ps = md('r106_yingtan')
    tag = '金台潮声·作风建设系列谈⑬'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['吴储岐'], trail=' ')
    body(p, ps, cuts={'根治“蝇贪蚁腐”': ('好比老辈人防治虫害，', None, None)})
    # 3 监督哨: column kicker, no top byline, 【执纪者说】, closing bracket as the byline
    k, h, s, se, b, ps = md('r106_baoxian')
    assert b is None
    p.article()
    p.title('kicker', '监督哨')
    p.title('headline', strip_tag(h, '监督哨'))
    last = ps[-1]
    assert last == '（邱  月  张  庆）'
    body(p, ps, bylines={last: (last, last[1:-1], ['邱月', '张庆'])})
    # 4 冲锋在一线: dash kicker, two-half headline
    k, h, s, se, b, ps = md('r106_chongfeng')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '党旗在基层一线高高飘扬'))
    p.byline(b, ['何昭宇'])
    body(p, ps, cuts={'为凝聚更大创新合力': ('聚焦能源保供、新能源发展等领域，', None, '\u3000')})
    p.write(os.path.join(D, 'r106'))


if __name__ == '__main__':
    for f in (r102, r103, r104, r105, r106):
        f()
