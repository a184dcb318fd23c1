# build r127-r131 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines. Helpers follow b21's and b25's pages.py.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, src_blocks, cutter, find_block as find, unbold,
                     figure_from_spec as fig, photo_credit as pho, provided_credit as prov,
                     strip_tag, take_caption as take)

SS = '\u3000\u3000'
NB = '\u00a0'


blocks = partial(src_blocks, D)
cut = cutter('，')
unmark = partial(unbold, strict=True)


def md(name):
    """-> (### line or None, headline line, ## line or None, byline text or None, body)"""
    bs = blocks(name)
    kick = sub = None
    if bs[0].startswith('### '):
        kick = bs.pop(0)[4:]
    assert bs[0].startswith('# ')
    head = bs.pop(0)[2:]
    if bs[0].startswith('## '):
        sub = bs.pop(0)[3:]
    assert bs[0].startswith('> ')
    byl = bs.pop(0)[2:].split('《人民日报》')[0] or None
    return kick, head, sub, byl, bs


def body(p, ps, heads=(), heads2=None, mheads=(), cuts=None, figs=None, bylines=None, furn=(),
         trails=None):
    """heads: one-line heads; heads2: {first block: second block} printed as one head on two
    adjacent lines; mheads: the md's one-line `**…**` heads, printed with their marks; cuts:
    {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]} printed
    after that block; bylines: {block: (printed, text, authors)}; furn: furniture blocks;
    trails: {prefix: trailing spaces} for uncut paragraphs."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    trails = {find(ps, k): v for k, v in (trails or {}).items()}
    heads2 = heads2 or {}
    bylines = bylines or {}
    for h in list(heads) + list(heads2) + list(heads2.values()) + list(mheads) + list(furn) + list(bylines):
        assert h in ps, h
    second = set(heads2.values())
    for i, t in enumerate(ps):
        if t in second:
            pass
        elif t in heads:
            p.head(t)
        elif t in mheads:
            p.head(unmark(t), marks=True)
        elif t in heads2:
            assert ps[i + 1] == heads2[t]
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


def close_bracket(t, authors):
    """a closing bracket line -> byline spec (printed, text without brackets, authors)"""
    assert t[0] == '（' and t[-1] == '）', t
    return (t, t[1:-1], authors)


# ---------------- r127 人民日报 2025-11-25 第4版 要闻 (CRLF, final CRLF)
def r127():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['要闻', '4', '2025年11月25日  星期二'], run='要闻 4 2025年11月25日  星期二')
    # 1 江苏 (30116715): column kicker, three authors, **…** heads, closing （…参与采写）
    k, h, s, b, ps = md('r127_jiangsu')
    tag = '活力中国调研行'
    assert k is None and s is None
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag), trail='  ')
    p.byline(b, ['邓建胜', '徐红梅', '白光迪'])
    last = ps[-1]
    body(p, ps, mheads={'**开拓新市场，推动产业和企业走出去**', '**壮大新业态，借助数字化渠道布局国际**',
                        '**培育新优势，不断提升自主品牌竞争力**'},
         cuts={'作为全国市场采购贸易试点': ('常熟“市采通”平台为中小微企业打造了一个集商户注册、商品采购、组货拼箱、通关申报、收汇结汇、免税申报及供应链金融于一体的“一站式”出口服务解决方案。自2020年以来，', None, '\t'),
               '跨境电商在多个行业多点开花': ('江苏中恒宠物用品股份有限公司依托海外仓和大数据营销，', None, None)},
         bylines={last: close_bracket(last, ['王伟健', '王瑨', '韩文鋆'])})
    # 2 晋城 (30116717): ### line (accept), list paragraphs ending ；/……, closing （X参与采写）
    k, h, s, b, ps = md('r127_jincheng')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['郑洋洋'])
    last = ps[-1]
    body(p, ps, cuts={'晋城市系统推进背街小巷': ('特别是在学校、医院、菜场周边等人流密集区域，', None, '\u3000')},
         bylines={last: close_bracket(last, ['裴囡囡'])})
    # 3 京津冀 (30116719): headline only, dateline lead, straight after a closing byline
    k, h, s, b, ps = md('r127_jingjinji')
    assert k is None and s is None and b is None
    p.article()
    p.title('headline', h)
    body(p, ps, cuts={'本次新增的6个事项': ('经营主体和从业人员在三地办理上述社保服务事项时，', None, None)})
    # 4 美的 (30116720): the article opens on page 1 (content 30116696, same text); this page
    #   prints its end after （上接第一版）, from the middle of the 四通阀 paragraph, with no title
    #   lines and no byline (both are on page 1), and two of its three **…** heads
    k, h, s, b, ps = md('r127_meidi')
    assert k == '美的集团推动数智化转型——' and strip_tag(h, '走企业，看高质量发展') and b == '本报记者  王  政'
    i = find(ps, '以前四通阀采用全铜材质')
    assert ps[:i].count('**推进阀管新技术替代**') == 1
    first = cut(ps[i], '以前四通阀采用全铜材质，近年来铜价上涨，')[1]
    p.jump('（上接第一版）')
    p.article()
    p.para(first)
    body(p, ps[i + 1:], mheads={'**开展数字化改造**', '**迈出国际化步伐**'},
         cuts={'“从研发、生产到供应链': ('伴随着企业规模越来越大、海外产能布局提速，', None, '\u3000'),
               '凭借产品研发效率高等优势': ('宏海在钣金、注塑、喷涂、蒸发器和冷凝器等业务领域与美的深度合作，', None, '\t')})
    p.write(os.path.join(D, 'r127'))


# ---------------- r128 人民日报 2025-11-25 第18版 新农村 (lone CR, no final newline)
def r128():
    p = Page(fillers=('', NB, '', ' \t'), eol='\r', final_eol=False)
    p.furn(['人民日报', '2025年11月25日  星期二', '第18版', '新农村'],
           run='人民日报 2025年11月25日  星期二 第18版 新农村')
    # 1 小柚子 (30116770): column kicker, ——subheadline, three authors, three photos, editor's
    #   note with ——编  者, three heads each on two lines (a place clause over a two-half line)
    k, h, s, b, ps = md('r128_youzi')
    tag = '乡村观察'
    assert k is None
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.title('subheadline', s)
    p.byline(b, ['程远州', '刘军国', '祝佳祺'])
    g1 = take(ps, 1, '容县沙田柚试验站站长曾少兰（左）正在讲解沙田柚无病苗繁育技术。', '容县农业农村局供图')
    g2 = take(ps, 4, '南福金柚种植基地，单轨山地果园运输机正在工作中。', '人民网记者  李昊洋摄')
    g3 = take(ps, 7, '在浙江艾佳果蔬开发有限责任公司，胡柚正在生产线上进行清洗。', '徐林辉摄（人民视觉）')
    # the md's combined lines are caption + U+3000U+3000 + credit; the first is printed as it stands
    assert ps[0] == g1[0] + SS + g1[1] and ps[3] == g2[0] + SS + g2[1] and ps[6] == g3[0] + SS + g3[1]
    body(p, ps[9:], furn={'——编  者'},
         heads2={'广西容县选育引进一批优质柚类品种': '优中选优  育好一株苗',
                 '广东梅州梅县区推动全程机械化': '科技助力  种好一棵树',
                 '浙江常山县用好一颗果、一张皮、一粒籽': '吃干榨尽  延伸一条链'},
         figs={'育苗棚内，每行种苗标注了编码': [(g1[0], prov(g1[1], '容县农业农村局'), 'same', SS)],
               '一颗果如何变成一条链': [(g3[0], pho(g3[1], '徐林辉'), 'blank', None, NB)]},
         cuts={'山的更高处': ('运载无人机吊着装满金柚的袋子，', [(g2[0], pho(g2[1], '李昊洋'))], None),
               '2014年艾佳果蔬建成胡柚加工厂': ('引进了果蔬速冻生产线、果酱生产线、纯果汁生产线。目前，', None, ' \t')})
    # 2 农行 (30116771): ### line (accept), two-half headline, one-sentence paragraphs
    k, h, s, b, ps = md('r128_nonghang')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], trail=' ')
    p.byline(b, ['邓剑洋'])
    body(p, ps, cuts={'金融活水，浇灌文旅产业茁壮成长': ('在社区内设立金穗惠农通服务点，', None, NB),
                      '针对高原特色产业': ('农行西藏分行构建起覆盖农牧全产业链的金融服务矩阵。目前，', None, None)})
    # 3 示范县 (30116772): headline only, 本报电 dateline lead
    k, h, s, b, ps = md('r128_shifanxian')
    assert k is None and s is None and b is None
    p.article()
    p.title('headline', h)
    body(p, ps)
    # 4 专家点评 (30116773): column kicker, bare byline, （作者为…采访整理）
    k, h, s, b, ps = md('r128_dianping')
    p.article()
    p.title('kicker', '专家点评')
    p.title('headline', strip_tag(h, '专家点评'))
    p.byline(b, ['伊华林'])
    body(p, ps, cuts={'推动柚子产业提档升级': ('深入挖掘柚子背后的文化价值。构建“区域公共品牌+企业自主品牌”，', None, ' \t')})
    p.write(os.path.join(D, 'r128'))


# ---------------- r129 人民日报 2025-12-09 第18版 党建 (BOM, LF, final LF)
def r129():
    p = Page(fillers=('', SS, '', '  '), eol='\n', bom=True)
    p.furn(['18', '党建', '人民日报  2025年12月9日  星期二'], adjacent=True,
           run='18 党建 人民日报  2025年12月9日  星期二')
    # 1 组织 (30119176): series kicker, ——subheadline, three photos (图为X摄), three comma heads
    k, h, s, b, ps = md('r129_zuzhi')
    tag = '前沿观察·农村党建调研行'
    assert k is None
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.title('subheadline', s)
    p.byline(b, ['吴储岐'])
    g1 = take(ps, 1, '蕉江瑶族乡贤洞村驻村工作队员与农户一同采收红提。', '图为伍艳妮摄')
    g2 = take(ps, 3, '安和镇青年党员干部在文塘村与致富带头人（右一）为采收的槟榔芋清理泥土、剪除残根。', '图为伍艳妮摄')
    g3 = take(ps, 6, '两河镇金槐产业（核心）示范区。', '唐国辉摄')
    # the md's combined lines: the first glues both photos' captions and credits (a web artefact, left out)
    assert ps[0] == g1[0] + SS + g1[1] + g2[0] + SS + g2[1] and ps[5] == g3[0] + SS + g3[1]
    body(p, ps[8:], heads={'组织联建，推动抱团发展', '先锋示范，带领群众致富', '助企纾困，延伸产业链条'},
         cuts={'过去的枧塘镇': ('各村各户自己干，', [(g1[0], pho(g1[1], '伍艳妮'))], None),
               '全州县立即启动': ('县自然资源局、住房城乡建设局、供电公司等部门单位全程参与，', None, SS)},
         figs={'全州有“中国金槐之乡”之称': [(g3[0], pho(g3[1], '唐国辉'), 'same', SS)],
               '暖心服务激发了米兰香公司': [(g2[0], pho(g2[1], '伍艳妮'), 'blank', None, '  ')]})
    # 2 空心村 (30119177): dash kicker (the web tag left out)
    k, h, s, b, ps = md('r129_kongxin')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '党旗在基层一线高高飘扬'), trail='  ')
    p.byline(b, ['李林蔚'])
    body(p, ps, cuts={'与此同时，淳安县实施': ('组织大学生到村从事村务工作，', None, SS)})
    # 3 监督哨 (30119178): column kicker, no top byline, 【执纪者说】, closing bracket byline
    k, h, s, b, ps = md('r129_jiandu')
    assert b is None
    p.article()
    p.title('kicker', '监督哨')
    p.title('headline', strip_tag(h, '监督哨'))
    last = ps[-1]
    body(p, ps, bylines={last: close_bracket(last, ['涂成强', '宋杰'])})
    # 4 金台潮声 (30119179): column kicker, bare byline with a trailing space, opening question
    k, h, s, b, ps = md('r129_damen')
    p.article()
    p.title('kicker', '金台潮声')
    p.title('headline', strip_tag(h, '金台潮声'))
    p.byline(b, ['何昭宇'], trail=' ')
    body(p, ps, cuts={'河南滑县瓦岗寨乡农民的答案': ('乡政府门口张贴“院内可以晒粮，农机手免费就餐”的横幅，', None, None)})
    p.write(os.path.join(D, 'r129'))


# ---------------- r130 人民日报 2025-12-30 第5版 评论 (LF, no final newline)
def r130():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', final_eol=False)
    p.furn(['第5版', '评论', '2025年12月30日  星期二'], adjacent=True,
           run='第5版 评论 2025年12月30日  星期二')
    # 1 大家谈 (30127893): package title and editor's note; three signed parts, each a headline
    #   and a place-plus-name byline
    k, h, s, b, ps = md('r130_dushi')
    assert k is None and s is None and b is None
    p.article()
    p.title('kicker', '大家谈')
    p.title('headline', strip_tag(h, '大家谈'))
    parts = [('赋予人以学养和气质', '安徽省宿州市  郑  甲', ['郑甲']),
             ('怀揣热爱生活的心', '甘肃省平凉市  王  毅', ['王毅']),
             ('拥有更加诗意的人生', '上海市杨浦区  金  琪', ['金琪'])]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    body(p, ps[:starts[0]], furn={'——编  者'})
    pc = {0: ('时代在变，诗歌的载体', '片刻便能生成辞藻工整的诗句，', '\t'),
          1: ('不可否认，如今只需在AI软件中', '行走在小山村，', None),
          2: ('诗歌，也绵延着一个民族', '即便AI能帮我们写诗，', '\u3000')}
    for j, (hh, bb, au) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:2] == [hh, bb]
        p.article()
        p.title('headline', hh)
        p.byline(bb, au)
        body(p, seg[2:], cuts={pc[j][0]: (pc[j][1], None, pc[j][2])})
    # 2 人民时评 (30127894): summary line after the byline, four one-sentence lead lines
    k, h, s, b, ps = md('r130_bingxue')
    p.article()
    p.title('kicker', '人民时评')
    p.title('headline', strip_tag(h, '人民时评'))
    p.byline(b, ['陈亚楠'])
    body(p, ps, cuts={'冰雪经济的“热”': ('冰雪与文化、体育、科技等深度融合，', None, '\t'),
                      '比如，针对北方偏远地区': ('浙江瞄准产业空白，', None, None)})
    # 3 现场评论 (30127895): ——subheadline with a series number, （作者为…）
    k, h, s, b, ps = md('r130_biancheng')
    p.article()
    p.title('kicker', '现场评论')
    p.title('headline', strip_tag(h, '现场评论'), trail=' ')
    p.title('subheadline', s)
    p.byline(b, ['刘以晴'])
    body(p, ps, cuts={'开放发展是共同发展': ('珲春及时推出相应政策：“免签+退税”无缝衔接，', None, '\u3000')})
    # 4 纵横 (30127897): padded byline, （摘编自…）
    k, h, s, b, ps = md('r130_shibai')
    p.article()
    p.title('kicker', '纵横')
    p.title('headline', strip_tag(h, '纵横'))
    p.byline(b, ['周磊'])
    body(p, ps)
    # 5 种子 (30127898): series kicker, first-person piece, （作者为…）
    k, h, s, b, ps = md('r130_zhongzi')
    tag = '中国道路中国梦·每一个人都是主角'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['刘宗成'])
    body(p, ps, cuts={'种子是农业“命根子”': ('偏偏我们种的品种根子软、不耐涝，', None, '\t')},
         trails={'这些年，头顶的日头没变': '  '})
    p.write(os.path.join(D, 'r130'))


# ---------------- r131 人民日报 2025-12-30 第10版 综合 (BOM, CRLF, no final newline)
def r131():
    p = Page(fillers=('', NB, '', '\u3000'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['人民日报  2025年12月30日  星期二', '第10版  综合'], run='人民日报  2025年12月30日  星期二 第10版  综合')
    # 1 博硕 (30127910): ### line (accept), no byline, dateline lead
    k, h, s, b, ps = md('r131_boshuo')
    assert b is None
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    body(p, ps, cuts={'教育部学位管理与研究生教育司': ('积极构建以项目为载体、以交叉融合为特征的跨学科人才培养新模式，', None, NB)})
    # 2 历史镜鉴 (30127911): two-half headline, ——subheadline, three heads, （作者为…）
    k, h, s, b, ps = md('r131_lishi')
    p.article()
    p.title('headline', h, trail='  ')
    p.title('subheadline', s)
    p.byline(b, ['李德成'])
    body(p, ps, heads={'坚定不移地贯彻国内寻访原则', '如理如法地实行金瓶掣签制度', '严肃认真地执行中央政府批准定制'},
         cuts={'金瓶掣签是活佛转世制度中': ('由于受到世俗社会的影响和权势者的操控，', None, '\u3000'),
               '1653年五世达赖喇嘛': ('并赐金册金印，', None, None)})
    # 3 学籍 (30127912): headline over the md's ## line (accept), dateline lead
    k, h, s, b, ps = md('r131_xueji')
    assert k is None and b is None
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    body(p, ps)
    # 4 澧县 (30127913): padded byline, a paragraph with a dash inside
    k, h, s, b, ps = md('r131_lixian')
    p.article()
    p.title('headline', h)
    p.byline(b, ['孙超'])
    body(p, ps, cuts={'通而不畅、畅而不优': ('不仅出行不便，', None, NB)})
    p.write(os.path.join(D, 'r131'))


if __name__ == '__main__':
    for f in (r127, r128, r129, r130, r131):
        f()
