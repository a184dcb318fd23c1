# build r112-r116 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines. Helpers follow b21/pages.py and b23/pages.py.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, src_blocks, cutter, find_block as find, unbold as unmark,
                     figure_from_spec as fig, photo_credit as pho, strip_tag,
                     take_caption as take)

SS = '\u3000\u3000'
NB = '\u00a0'


blocks = partial(src_blocks, D)
cut = cutter('，')


def md(name):
    """-> (### line or None, headline line, byline text or None, body blocks)"""
    bs = blocks(name)
    kick = None
    if bs[0].startswith('### '):
        kick = bs.pop(0)[4:]
    assert bs[0].startswith('# ')
    head = bs.pop(0)[2:]
    assert bs[0].startswith('> ')
    byl = bs.pop(0)[2:].split('《人民日报》')[0] or None
    return kick, head, byl, bs


def body(p, ps, heads=(), heads2=None, cuts=None, figs=None, bylines=None, skip=(),
         trails=None, marked=(), credits=None):
    """heads: one-line heads (src blocks; `**…**` printed without the marks unless in marked);
    heads2: {first block: second block} printed as one head on two adjacent lines; cuts:
    {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]} printed
    after that block; bylines: {block: (printed, text, authors)}; skip: blocks left out (they
    must be there); trails: {prefix: trailing white space}; credits: {block: (text, kind, source)}
    printed as article credits."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    trails = {find(ps, k): v for k, v in (trails or {}).items()}
    heads2 = heads2 or {}
    bylines = bylines or {}
    credits = credits or {}
    for h in list(heads) + list(heads2) + list(heads2.values()) + list(skip) + list(bylines) + list(credits):
        assert h in ps, h
    second = set(heads2.values())
    for i, t in enumerate(ps):
        if t in skip or t in second:
            pass
        elif t in heads:
            if t in marked:
                p.head(unmark(t), marks=True)
            else:
                p.head(unmark(t), trail=trails.get(i, ''))
        elif t in heads2:
            assert ps[i + 1] == heads2[t]
            p.head([unmark(t), unmark(heads2[t])])
        elif t in bylines:
            printed, text, authors = bylines[t]
            p.byline(text, authors, printed=printed)
        elif t in credits:
            p.credit(t, *credits[t])
        elif i in cuts:
            after, between, fill = cuts[i]
            p.para_cut(cut(t, after), between={0: between} if between else None,
                       fills={0: fill} if fill is not None else None)
        else:
            p.para(t, trail=trails.get(i, ''))
        for spec in figs.get(i, []):
            fig(p, spec)


LZ = '改革再深化  奋进新征程·代表委员履职故事'


# ---------------- r112 人民日报 2025-03-04 第2版 要闻 (BOM, LF, no final newline)
def r112():
    p = Page(fillers=('', '\u3000', '', NB), eol='\n', bom=True, final_eol=False)
    p.furn(['2', '要闻', '2025年3月4日  星期二'], adjacent=True, run='2 要闻 2025年3月4日  星期二')
    # 1 林华忠 (content 30060083): dash kicker, the box label and title printed as one head on
    #   two adjacent lines without their ** marks
    k, h, b, ps = md('r112_hai')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, LZ), trail='  ')
    p.byline(b, ['刘晓宇'])
    body(p, ps, heads2={'**记者手记**': '**让群众的生活更美好**'},
         cuts={'“能不能让村里的渔货卖得更远？”': ('在他的建议和主导下，', None, '\u3000'),
               '产业兴，人气旺': ('借鉴资源禀赋相近的渔村发展经验。村里打造精品旅游线路，', None, None)})
    # 2 扎西顿珠 (30060084): dash kicker, two reporters with a padded name, the box label and
    #   title as two bold blocks (two heads, b20's call)
    k, h, b, ps = md('r112_zangyi')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, LZ))
    p.byline(b, ['徐驭尧', '鲜敢'], trail=' ')
    body(p, ps, heads={'**记者手记**', '**是政策建言者，也是生命守护人**'},
         marked={'**记者手记**', '**是政策建言者，也是生命守护人**'},
         cuts={'作为全国政协委员': ('这次来楚鲁松杰乡，就是来调研基层医疗卫生情况。“阿里地区有12.3万人，', None, NB)})
    # 3 人民论坛 (30060085): column kicker from the web tag, padded bare byline
    k, h, b, ps = md('r112_minzhu')
    assert k is None
    p.article()
    p.title('kicker', '人民论坛')
    p.title('headline', strip_tag(h, '人民论坛'))
    p.byline(b, ['崔妍'])
    body(p, ps, cuts={'57岁的王永澄': ('盲人群体虽然看不见别人，', None, None),
                      '上海虹桥街道': ('在居民区党总支牵头下，经过多轮协商，', None, '\u3000')},
         trails={'民主不是飞来峰': '  '})
    # 4 春耕 (30060092): ### summary line (accept), 【编辑点评】 head
    k, h, b, ps = md('r112_chungeng')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '春耕进行时'), accept=['headline', 'subheadline'])
    p.byline(b, ['游仪'])
    body(p, ps, heads={'【编辑点评】'},
         cuts={'“翻耕完，3月中旬': ('顺着他指的方向望去，周边沟渠枯枝早已清理干净，', None, NB)})
    p.write(os.path.join(D, 'r112'))


# ---------------- r113 人民日报 2025-03-14 第5版 评论 (lone CR, final CR)
def r113():
    p = Page(fillers=('', '\t', '', '\u3000\u3000'), eol='\r')
    p.furn(['第5版  评论'])
    p.furn(['人民日报  2025年3月14日  星期五'])
    p.ignore.append('第5版  评论 人民日报  2025年3月14日  星期五')
    # 1 连线评论员 (30061859): column kicker, no top byline; 对话人： and the two participant
    #   lines (bylines); speaker paragraphs 周珊珊：… / 韩小乔：…
    k, h, b, ps = md('r113_anhui')
    assert k is None and b is None
    p.article()
    p.title('kicker', '连线评论员')
    p.title('headline', strip_tag(h, '连线评论员'))
    body(p, ps, bylines={'周珊珊  本报评论员': ('周珊珊  本报评论员', '周珊珊  本报评论员', ['周珊珊']),
                         '韩小乔  安徽日报评论员': ('韩小乔  安徽日报评论员', '韩小乔  安徽日报评论员', ['韩小乔'])},
         cuts={'韩小乔：为了打造新能源汽车产业链': ('省新能源汽车和智能网联汽车产业主题基金累计设立15只子基金，已投项目34个，', None, '\t'),
               '周珊珊：有人说，': ('在中国汽车工业的版图上，', None, None)})
    # 2 评论员观察 (30061860)
    k, h, b, ps = md('r113_lengre')
    p.article()
    p.title('kicker', '评论员观察')
    p.title('headline', strip_tag(h, '评论员观察'))
    p.byline(b, ['吕晓勋'])
    body(p, ps, cuts={'不仅在浙江，': ('在更南边的广东广州，', None, '\u3000\u3000')},
         trails={'由此来理解': ' '})
    # 3 人民时评 (30061861): an unpunctuated summary line right under the byline (paragraph)
    k, h, b, ps = md('r113_fengguang')
    p.article()
    p.title('kicker', '人民时评')
    p.title('headline', strip_tag(h, '人民时评'), trail=' ')
    p.byline(b, ['张子晗'])
    body(p, ps, cuts={'促进新能源消纳，': ('打破固定价格，发电高峰时，', None, None)})
    # 4 纵横 (30061863): padded bare byline, （摘编自…） closing paragraph
    k, h, b, ps = md('r113_huajing')
    p.article()
    p.title('kicker', '纵横')
    p.title('headline', strip_tag(h, '纵横'))
    p.byline(b, ['张辉'])
    body(p, ps, cuts={'发展赏花经济，不只是': ('不能盲目跟风，什么流行种什么，', None, '\t')})
    # 5 暖闻热评 (30061864): 【人物】/【故事】 field paragraphs, 【点评】 head
    k, h, b, ps = md('r113_wuwei')
    p.article()
    p.title('kicker', '暖闻热评')
    p.title('headline', strip_tag(h, '暖闻热评'))
    p.byline(b, ['王欣悦'])
    body(p, ps, heads={'【点评】'},
         cuts={'正如网友所说': ('驾驶员陷入昏迷，', None, None)})
    p.write(os.path.join(D, 'r113'))


# ---------------- r114 人民日报 2025-03-17 第18版 财经 (BOM, CRLF, final CRLF)
def r114():
    p = Page(fillers=('', '\u3000', '', '\t', ''), eol='\r\n', bom=True)
    p.furn(['18', '财经', '2025年3月17日  星期一'], run='18 财经 2025年3月17日  星期一')
    # 1 财经眼 (30062203): dash kicker, padded byline, the chart's data line under the byline
    #   (article credit), the photo cutting a paragraph, three comma heads
    k, h, b, ps = md('r114_touzi')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '财经眼'))
    p.byline(b, ['王观'])
    cap, cr = take(ps, 0, '截至目前，全国各类养老机构和设施达到40.4万个，养老机构的护理型床位占比62.2%。图为在浙江省湖州市德清县武康街道示范型居家养老服务中心，老人参加文娱活动。', '王树成摄')
    assert ps[2] == '数据来源：财政部等'
    body(p, ps[2:],
         credits={'数据来源：财政部等': ('数据来源：财政部等', 'data', '财政部等')},
         heads={'强化民生导向，重点民生领域保障更加给力', '激发创新创业活力，推动人口高质量发展',
                '服务消费新需求，在保障和改善民生中打造新的经济增长点'},
         cuts={'肖仁明告诉记者': ('社区了解情况后，', [(cap, pho(cr, '王树成'), 'next', None, '\u3000')], None),
               '李旭红认为，用好宏观政策工具': ('在促进就业创业方面，', None, '\t')},
         trails={'专家认为，落实': '  '})
    # 2 财经观·改革说 (30062204): column kicker, bare byline, summary line (paragraph)
    k, h, b, ps = md('r114_lvse')
    p.article()
    p.title('kicker', '财经观·改革说')
    p.title('headline', strip_tag(h, '财经观·改革说'))
    p.byline(b, ['吴秋余'])
    body(p, ps, cuts={'改革是由问题倒逼而产生': ('金融机构有资金优势，环境部门有专业优势，', None, None)})
    # 3 财经科普 (30062205): question headline, a question paragraph answered by the next
    k, h, b, ps = md('r114_baofei')
    p.article()
    p.title('kicker', '财经科普')
    p.title('headline', strip_tag(h, '财经科普'), trail='  ')
    p.byline(b, ['屈信明'])
    body(p, ps, cuts={'举个例子，': ('对保险公司来说，', None, '\u3000')})
    # 4 财经故事 (30062206): ### line (accept)
    k, h, b, ps = md('r114_shuju')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '财经故事'), accept=['headline', 'subheadline'])
    p.byline(b, ['白光迪'])
    body(p, ps, cuts={'数据交易机构互认互通': ('加强与省内外数据要素流通领域的合作，', None, '\t')})
    p.write(os.path.join(D, 'r114'))


# ---------------- r115 人民日报 2025-03-14 第19版 民生 (CRLF, no final newline)
def r115():
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['人民日报', '2025年3月14日  星期五', '19', '民生'], run='人民日报 2025年3月14日  星期五 19 民生')
    # 1 旅居养老 (30061819): ### line (accept), 图①②③ with padded credits, four heads of two
    #   lines whose first line ends ——
    k, h, b, ps = md('r115_lvju')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '体验·民生一线观察'), accept=['headline', 'subheadline'])
    p.byline(b, ['施芳'])
    f1 = take(ps, 0, '图①：云南开远市朋阳老年公寓的老人在练习书法。', '本报记者  施  芳摄')
    f2 = take(ps, 2, '图②：云南古滇康养园内，医生在指导老人进行康复训练。', '本报记者  施  芳摄')
    f3 = take(ps, 4, '图③：旅居老人在云南文山壮族苗族自治州普者黑景区感受山水之美，体验别样的“慢生活”。', '赖春富摄')
    body(p, ps[6:],
         heads2={'慢旅行——': '量身设计  细致周到', '高品质——': '吃得可口  住得舒心',
                 '暖服务——': '大事小情  多元定制', '强监管——': '供需对接  保护权益'},
         cuts={'高寅有10多年的旅游行业': ('在他看来，', [(f3[0], pho(f3[1], '赖春富'), 'same', ' ')], None),
               '居住环境是否安全': ('浴室里有沐浴凳、防滑垫，', [(f1[0], pho(f1[1], '施芳'), 'next', None, '\t')], None),
               '68岁的北京居民贾元祥': ('随着年龄渐长，', None, '\u3000'),
               '许多老年人替儿女看孩子': ('“幼儿园现在有200多个孩子，', None, '\u3000')},
         figs={'老年人大多有慢性病': [(f2[0], pho(f2[1], '施芳'), 'blank')]},
         trails={'“这个团平均年龄68岁。': ' '})
    # 2 网格管家 (30061820): dash kicker, padded byline, dialogue
    k, h, b, ps = md('r115_wangge')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '民生改善在身边·完善基层治理'))
    p.byline(b, ['李蕊'])
    body(p, ps, cuts={'面对治理困局': ('社区工作者与网格员作为网格管家包片负责，', None, '  ')})
    # 3 服务港 (30061821): column kicker from the web tag, question headline
    k, h, b, ps = md('r115_weiquan')
    assert k is None
    p.article()
    p.title('kicker', '聚焦315·服务港')
    p.title('headline', strip_tag(h, '聚焦315·服务港'))
    p.byline(b, ['林丽鹂'])
    body(p, ps, cuts={'消协调解、投诉和诉请法院': ('各地的12345热线都可以接收消费维权诉求，', None, None)})
    p.write(os.path.join(D, 'r115'))


# ---------------- r116 人民日报 2025-03-17 第13版 生态 (LF, final LF)
def r116():
    p = Page(fillers=('', '\t', '', ' '), eol='\n')
    p.furn(['生态', '第13版', '人民日报  2025年3月17日  星期一'], adjacent=True,
           run='生态 第13版 人民日报  2025年3月17日  星期一')
    # 1 古树 (30062179): ### line (accept), three photos, 核心阅读, heads of two lines
    k, h, b, ps = md('r116_gushu')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '美丽中国'), accept=['headline', 'subheadline'])
    p.byline(b, ['王明峰'])
    f1 = take(ps, 0, '翠云廊张飞柏。', '新华社记者  王  曦摄')
    f2 = take(ps, 2, '“翠云廊”标志碑。', '曾正强摄（人民视觉）')
    f3 = take(ps, 4, '翠云廊远眺。', '苟永雄摄（人民视觉）')
    fig(p, (f1[0], pho(f1[1], '王曦')))
    body(p, ps[6:], heads={'核心阅读'},
         heads2={'离任交接': '“古树名木数量未减少、长势良好”',
                 '如何交接': '传承古制、建立新规，离任交接扩大到多个层级',
                 '完善机制': '从“走马点树”到16项评价指标'},
         cuts={'这是一场“蜀道翠云廊': ('杨祖斌，剑阁县委书记、原县长范为民，', [(f2[0], pho(f2[1], '曾正强'), 'same', SS, ' ')], None),
               '传承古制、建立新规，近年来': ('从过去的县长离任交接扩大到县委书记、县长、乡（镇）党委书记、乡（镇）长、村（社区）负责人、村民小组组长、县林业局局长、乡（镇）林业站站长、护林员等多个层级，', None, '\t')},
         figs={'通过制度不断完善': [(f3[0], pho(f3[1], '苟永雄'), 'blank')]})
    # 2 补偿 (30062183): headline only, dateline lead with the reporter in the text
    k, h, b, ps = md('r116_buchang')
    assert k is None and b is None
    p.article()
    p.title('headline', h)
    body(p, ps)
    # 3 护绿 (30062184): ### line (accept), two-half headline, padded byline
    k, h, b, ps = md('r116_hulv')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['黄娴'])
    body(p, ps, cuts={'赤水河沿岸分布着众多酒企': ('在不久前举行的“2025‘中国茅台·国之栋梁’——生态守护公益行动”启动仪式上，', None, ' '),
                      '在不断护绿、增绿的同时': ('开展资源循环利用技术及产品研发，', None, None)},
         trails={'数据显示': '\t'})
    p.write(os.path.join(D, 'r116'))


if __name__ == '__main__':
    for f in (r112, r113, r114, r115, r116):
        f()
