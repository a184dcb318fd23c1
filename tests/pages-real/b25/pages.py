# build r117-r121 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines. Helpers follow b21's pages.py.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, md_parts, cutter, find_block as find, unbold, figure_from_spec as fig,
                     photo_credit as pho, provided_credit as prov, strip_tag,
                     take_caption as take)

SS = '\u3000\u3000'


md = partial(md_parts, D)
cut = cutter('，')
unmark = partial(unbold, strict=True)


def body(p, ps, heads=(), heads2=None, cuts=None, figs=None, bylines=None, furn=(), skip=(),
         marks=False, trails=None):
    """heads: one-line heads; heads2: {first block: second block} printed as one head on two
    adjacent lines (marks=True: the md's `**…**` blocks, printed with their marks); cuts:
    {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]} printed
    after that block; bylines: {block: (printed, text, authors)}; furn: furniture blocks; skip:
    blocks of the md left out (they must be there); trails: {prefix: trailing spaces} for
    uncut paragraphs."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    trails = {find(ps, k): v for k, v in (trails or {}).items()}
    heads2 = heads2 or {}
    bylines = bylines or {}
    for h in list(heads) + list(heads2) + list(heads2.values()) + list(skip) + list(furn):
        assert h in ps, h
    second = set(heads2.values())
    for i, t in enumerate(ps):
        if t in skip or t in second:
            pass
        elif t in heads:
            p.head(t)
        elif t in heads2:
            assert ps[i + 1] == heads2[t]
            if marks:
                p.head([unmark(t), unmark(heads2[t])], marks=True)
            else:
                p.head([t, heads2[t]])
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
            p.para(t, trail=trails.get(i, ''))
        for spec in figs.get(i, []):
            fig(p, spec)


# ---------------- r117 人民日报 2025-07-15 第13版 生态 (BOM, CRLF, no final newline)
def r117():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['13', '生态', '人民日报  2025年7月15日  星期二'], adjacent=True,
           run='13 生态 人民日报  2025年7月15日  星期二')
    # 1 石头山 (30087640): ### line (accept), four photos, 核心阅读, three heads on two lines each
    k, h, s, se, b, ps = md('r117_shitou')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '美丽中国·这里的荒漠化这样治'), accept=['headline', 'subheadline'])
    p.byline(b, ['苏滨'])
    g1 = take(ps, 0, '群山环绕中的古胜村。', '史开心摄')
    g2 = take(ps, 2, '古胜村樱桃种植基地里，村民采摘成熟的樱桃（资料图片）。', '史开心摄')
    g3 = take(ps, 4, '治理前的古胜村。', '黔西市委宣传部提供')
    g4 = take(ps, 6, '治理后的古胜村。', '黔西市委宣传部提供')
    fig(p, (g1[0], pho(g1[1], '史开心')))
    body(p, ps[8:], heads={'核心阅读'},
         heads2={'想改变的村干部': '“村民一致同意，把护青山、保绿水写进村训，排在第一条”',
                 '闲不住的吴站长': '“治石头山，看准了不松手，干不好不放手”',
                 '爱琢磨的冯大哥': '“起初果树成活少，就学技术接着种，总能成功”'},
         cuts={'水土流失，土地贫瘠，植被覆盖率低': ('根据海拔、土质和地貌，',
                                            [(g2[0], pho(g2[1], '史开心'), 'blank', None, '\u3000')], None),
               '吴学平带上技术员': ('针对果树种植，', None, '\t'),
               '“从山顶种到山脚': ('一个石窝窝种一株苞谷，', None, None)},
         figs={'苦干一年，古胜村种下250亩果树': [(g3[0], prov(g3[1], '黔西市委宣传部'), 'same', ' '),
                                         (g4[0], prov(g4[1], '黔西市委宣传部'))]})
    # 2-5 four dateline items; 2 and 3 have the md's ## line under the headline (accept)
    k, h, s, se, b, ps = md('r117_zhusu')
    assert b is None and k is None
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    body(p, ps, cuts={'《名录》对2023年版进行了修订': ('将产品小类从17项增至25项，', None, '\u3000')})
    k, h, s, se, b, ps = md('r117_xinjiang')
    assert b is None and k is None
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'], trail='  ')
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    body(p, ps)
    for name in ('r117_shandong', 'r117_anhui'):
        k, h, s, se, b, ps = md(name)
        assert b is None and k is None and s is None
        p.article()
        p.title('headline', h)
        body(p, ps)
    p.write(os.path.join(D, 'r117'))


# ---------------- r118 人民日报 2025-07-08 第5版 评论 (lone CR, final CR)
def r118():
    p = Page(fillers=('', ' \t', '', '\u00a0'), eol='\r')
    p.furn(['评论', '第5版', '人民日报  2025年7月8日  星期二'], run='评论 第5版 人民日报  2025年7月8日  星期二')
    # 1 评论员观察 (30085625): column kicker, ——subheadline, bare byline, unpunctuated summary line
    k, h, s, se, b, ps = md('r118_tashi')
    p.article()
    p.title('kicker', '评论员观察')
    p.title('headline', strip_tag(h, '评论员观察'))
    p.title('subheadline', s)
    p.byline(b, ['李洪兴'], trail=' ')
    assert ps[0] == '作风建设的出发点和落脚点，是实现好、维护好、发展好最广大人民根本利益，是为民务实清廉'
    body(p, ps, cuts={'作风建设让群众有盼头': ('从现实看，', None, ' \t'),
                      '激浊扬清': ('归根到底，', None, '\u00a0')})
    # 2 大家谈 package (30085626): series kicker, editor's note, three signed parts
    k, h, s, se, b, ps = md('r118_fendou')
    assert b is None and se
    p.article()
    p.title('kicker', se)
    p.title('headline', h)
    parts = [('“授鱼”更“授渔”', '何虎翼'), ('守护即责任', '田长栓'), ('把苦化作甜', '汪太武')]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    body(p, ps[:starts[0]], furn={'——编  者'})
    pc = [('二问生产技术', '比如，'), ('难以忘记', '当新年钟声响起，'),
          ('扎根，并不等于', '与来自浙江等发达地区的年轻教育团队一起支教，')]
    for j, (hh, bb) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:2] == [hh, bb]
        p.article()
        p.title('headline', hh)
        p.byline(bb, [bb])
        body(p, seg[2:], cuts={pc[j][0]: (pc[j][1], None, '\t' if j == 1 else None)})
    # 3 人民时评 (30085627)
    k, h, s, se, b, ps = md('r118_jiankang')
    p.article()
    p.title('kicker', '人民时评')
    p.title('headline', strip_tag(h, '人民时评'))
    p.byline(b, ['申少铁'])
    body(p, ps, cuts={'这也是一个“良币”': ('一些地方办理健康证需要好几天，', None, None)})
    # 4 暖闻热评 (30085629): 【关键词】/【事件】 paragraphs, 【点评】 head
    k, h, s, se, b, ps = md('r118_huzhu')
    p.article()
    p.title('kicker', '暖闻热评')
    p.title('headline', strip_tag(h, '暖闻热评'))
    p.byline(b, ['常晋'])
    body(p, ps, heads={'【点评】'}, cuts={'互助不能仅靠热情': ('又如，', None, '\u00a0')})
    # 5 纵横 (30085630): two-half headline, closing （摘编自…）
    k, h, s, se, b, ps = md('r118_jiaolv')
    p.article()
    p.title('kicker', '纵横')
    p.title('headline', strip_tag(h, '纵横'))
    p.byline(b, ['陈力方'])
    assert ps[-1].startswith('（摘编自')
    body(p, ps)
    p.write(os.path.join(D, 'r118'))


# ---------------- r119 人民日报 2025-07-22 第19版 民主政治 (LF, final LF)
def r119():
    p = Page(fillers=('', SS, '', '  '), eol='\n')
    p.furn(['19', '民主政治', '人民日报', '2025年7月22日  星期二'], run='19 民主政治 人民日报 2025年7月22日  星期二')
    # 1 反不正当竞争法 (30089441): dash kicker, editor's note after the byline, three heads;
    #   the caption-less drawing credit 徐  骏绘（新华社发） is left out
    k, h, s, se, b, ps = md('r119_jingzheng')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '坚持和完善人民代表大会制度'))
    p.byline(b, ['倪弋'])
    body(p, ps, skip={'徐  骏绘（新华社发）'}, furn={'——编  者'},
         heads={'完善关于虚假评价、恶意退货等行为的规定', '强化对“内卷式”竞争的依法治理',
                '加大对恶性价格战等行为监管力度'},
         cuts={'“从为自己买': ('除了虚假评价，', None, SS),
               '有业内人士反映': ('为压缩成本，', None, None)},
         trails={'明明价格战意味着': '  '})
    # 2 一线手记 (30089442)
    k, h, s, se, b, ps = md('r119_niangjia')
    p.article()
    p.title('kicker', '一线手记')
    p.title('headline', strip_tag(h, '一线手记'), trail=' ')
    p.byline(b, ['亓玉昆'])
    body(p, ps, cuts={'当好新就业形态劳动者的“娘家人”，就要充分': ('近年来，', None, '  ')})
    # 3 绿富美 (30089443): ### line (accept)
    k, h, s, se, b, ps = md('r119_lvfumei')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['张璁'])
    body(p, ps, cuts={'“2015年拥有地方立法权以来': ('后来又迭代为《湖州市生态文明典范城市建设促进条例》，', None, None)})
    # 4 人大代表在基层 (30089444): column kicker, quoted headline, photo with 受访者供图
    k, h, s, se, b, ps = md('r119_laoqu')
    p.article()
    p.title('kicker', '人大代表在基层')
    p.title('headline', strip_tag(h, '人大代表在基层'))
    p.byline(b, ['范昊天'])
    f = take(ps, 0, '程星（左一）为参观者讲解红色文物的故事。', '受访者供图')
    body(p, ps[2:], cuts={'红安是黄麻起义的策源地': ('听着红色故事长大，',
                                                [(f[0], prov(f[1], '受访者'), 'blank', None, SS)], None)})
    p.write(os.path.join(D, 'r119'))


# ---------------- r120 人民日报 2025-07-22 第7版 要闻 (BOM, LF, no final newline)
def r120():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', bom=True, final_eol=False)
    p.furn(['要闻', '7', '2025年7月22日  星期二'], adjacent=True, run='要闻 7 2025年7月22日  星期二')
    # 1 康养旅居 (30089500): ### line (accept), data credit under the byline, three photos,
    #   three heads of two `**…**` lines each
    k, h, s, se, b, ps = md('r120_kangyang')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '大数据观察'), accept=['headline', 'subheadline'])
    p.byline(b, ['张文豪', '董泽扬', '王永战'])
    d = ps[0]
    assert d.startswith('数据来源：')
    p.credit(d, d, 'data', d[len('数据来源：'):])
    f1 = take(ps, 1, '游客在攀枝花市一处露营地合影留念。', '攀枝花市委宣传部供图')
    f2 = take(ps, 3, '外国游客在博鳌体验书法。', '博鳌乐城国际医疗旅游先行区管理局供图')
    f3 = take(ps, 5, '游客在鄢陵县一景区赏景。', '徐矿伟摄')
    body(p, ps[7:], marks=True,
         heads2={'**河南许昌鄢陵县**': '**康养小镇人气旺**', '**海南琼海博鳌镇**': '**医疗旅游体验棒**',
                 '**四川攀枝花贤家村**': '**四季康养引客来**'},
         cuts={'“鄢陵地处平原': ('鄢陵位于南北气候过渡带，', [(f3[0], pho(f3[1], '徐矿伟'), 'same', SS)], None),
               '道路宽敞，鲜花竞放': ('前些年，', [(f1[0], prov(f1[1], '攀枝花市委宣传部'), 'blank', None, '\t')], None),
               '医养结合的康养旅居服务': ('为高效的治疗流程点赞；得益于更加便利的免签入境政策，', None, '\u3000')},
         figs={'“我们会有专家为客人解读报告': [(f2[0], prov(f2[1], '博鳌乐城国际医疗旅游先行区管理局'))]})
    # 2 编辑手记 (30089501)
    k, h, s, se, b, ps = md('r120_shouji')
    p.article()
    p.title('kicker', '编辑手记')
    p.title('headline', strip_tag(h, '编辑手记'))
    p.byline(b, ['卢涛'])
    body(p, ps)
    # 3 包森 (30089502): series kicker, 新华社 byline, photo before the text, closing （据新华社…电）
    k, h, s, se, b, ps = md('r120_baosen')
    tag = '铭记历史 缅怀先烈·抗日英雄'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag), trail='  ')
    p.byline(b, ['李浩'])
    f = take(ps, 0, '包森像（资料照片）。', '新华社发')
    fig(p, (f[0], prov(f[1], '新华社')))
    last = ps[-1]
    assert last == '（据新华社西安7月18日电）'
    body(p, ps[2:], bylines={last: (last, last[1:-1], ['新华社'])},
         cuts={'1937年3月': ('任职期间，', None, '\t')})
    # 4 小小阀门 (30089503): dash kicker, opening question paragraph
    k, h, s, se, b, ps = md('r120_famen')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '促进民营经济高质量发展'))
    p.byline(b, ['焦思雨'])
    body(p, ps, cuts={'在吴忠仪表高参数': ('历经10余年攻关，', None, None)})
    p.write(os.path.join(D, 'r120'))


# ---------------- r121 人民日报 2025-07-15 第19版 特别报道 (CRLF, final CRLF)
def r121():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n')
    p.furn(['人民日报', '2025年7月15日  星期二', '第19版', '特别报道'],
           run='人民日报 2025年7月15日  星期二 第19版 特别报道')
    # 1 视线 (30087665): ### line (accept)
    k, h, s, se, b, ps = md('r121_caiyuan')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '视线'), accept=['headline', 'subheadline'], trail=' ')
    p.byline(b, ['郁静娴'])
    body(p, ps, cuts={'一些电商平台数据显示': ('销售额超过8亿元，', None, '\t'),
                      '多层立体水培塔': ('垂直设计节省空间，', None, '\u3000')})
    # 2 余音 (30087666)
    k, h, s, se, b, ps = md('r121_yuyin')
    p.article()
    p.title('kicker', '余音')
    p.title('headline', strip_tag(h, '余音'))
    p.byline(b, ['唐嘉跃'], trail='  ')
    body(p, ps)
    # 3 延伸阅读 (30087667): closing （作者为…采访整理）
    k, h, s, se, b, ps = md('r121_yangtai')
    p.article()
    p.title('kicker', '延伸阅读')
    p.title('headline', strip_tag(h, '延伸阅读'))
    p.byline(b, ['高丽红'])
    assert ps[-1].startswith('（作者为')
    body(p, ps, cuts={'阳台种菜属于限根栽培': ('在施肥管理上，', None, None)})
    p.write(os.path.join(D, 'r121'))


if __name__ == '__main__':
    for f in (r117, r118, r119, r120, r121):
        f()
