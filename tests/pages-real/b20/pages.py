# build r92-r96 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/tests/pages-real/tools')
from functools import partial
from pagekit import (Page, src_blocks, cutter, find_block as find, same_line_figure, strip_tag,
                     figure_from_spec as fig)

SEP = '\u3000\u3000'   # the md's separator between a caption and its credit


blocks = partial(src_blocks, D)
cut = cutter('，')
same = partial(same_line_figure, sep=SEP)


def md(name):
    """-> (kicker line or None, headline line, byline text or None, body blocks)"""
    bs = blocks(name)
    kick = None
    if bs[0].startswith('### '):
        kick = bs.pop(0)[4:]
    assert bs[0].startswith('# ')
    head = bs.pop(0)[2:]
    assert bs[0].startswith('> ')
    byl = bs.pop(0)[2:].split('《人民日报》')[0] or None
    return kick, head, byl, bs


def body(p, ps, heads=(), cuts=None, figs=None, bylines=None, furn=()):
    """heads: one-line heads (as in src; `**…**` printed with its marks);
    cuts: {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]}
    printed after that block; bylines: {text: (printed, text, authors)}; furn: furniture."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    bylines = bylines or {}
    for h in heads:
        assert h in ps, h
    for i, t in enumerate(ps):
        if t in heads:
            if t.startswith('**') and t.endswith('**'):
                p.head(t[2:-2], marks=True)
            else:
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


# ---------------- r92 人民日报 2025-12-22 第17版 科技 (UTF-8 BOM, CRLF, final CRLF)
def r92():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['人民日报', '2025年12月22日  星期一', '第17版', '科技'],
           run='人民日报 2025年12月22日  星期一 第17版 科技')
    # 1 山东商业航天: ### line + headline (accept), 图①/图② with 以上图片均为…提供, three heads
    k, h, b, ps = md('r92_hangtian')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '科技视点·走进商业航天产业一线'), accept=['headline', 'subheadline'])
    p.byline(b, ['李蕊'])
    assert ps[0].count(SEP) == 2      # the md's combined caption line; its parts follow
    f1 = (ps[1], None)
    f2 = (ps[2], (ps[3], 'provided', '东方空间公司'), 'next', None, '\u3000')
    body(p, ps[4:],
         heads={'集中资源建设可靠的海上发射基础设施', '民营企业成为撬动商业航天格局的重要力量',
                '以海上发射为牵引，形成错位发展、优势互补的集群格局'},
         cuts={'商业航天正成为': ('商业航天正成为全球科技竞争与产业变革的新赛道，', [f1, f2], None),
               '东方空间的创新实践': ('目前，园区已吸引了包括山东长征火箭、星河动力等在内的30个航空航天产业项目落地，', None, '\t')})
    # 2 创新谈
    k, h, b, ps = md('r92_taiyang')
    p.article()
    p.title('kicker', '创新谈')
    p.title('headline', strip_tag(h, '创新谈'))
    p.byline(b, ['蔡金曼'])
    body(p, ps, cuts={'聚变之难': ('既要把氘氚等离子体加热到远超太阳核心温度，', None, '\u3000')})
    # 3 创新故事
    k, h, b, ps = md('r92_tongxiang')
    p.article()
    p.title('kicker', '创新故事')
    p.title('headline', strip_tag(h, '创新故事'))
    p.byline(b, ['喻思南'], trail='  ')
    body(p, ps, cuts={'今年，一家专注于': ('了解实际困难后，', None, None)})
    p.write(os.path.join(D, 'r92'))


# ---------------- r93 人民日报 2025-12-16 第10版 体育 (lone CR, no final newline)
def r93():
    p = Page(fillers=(' \t', '', '\u3000\u3000'), eol='\r', final_eol=False)
    p.furn(['10', '体育', '2025年12月16日  星期二'], run='10 体育 2025年12月16日  星期二')
    # 1 残特奥会 roundup: no top byline, photo with same-line credit, three heads, closing bracket
    k, h, b, ps = md('r93_canteao')
    assert b is None
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '聚焦残特奥会'), accept=['headline', 'subheadline'], trail='  ')
    cap, cr, mode, sep = same(ps[0], 'photographer', '陈浩明')
    assert ps[1] == cap and ps[2] == cr[0]
    p.figure(cap, cr, mode, sep)
    last = ps[-1]
    body(p, ps[3:], heads={'竞技成绩实现突破', '发展残疾人群众体育', '营造助残社会环境'},
         bylines={last: (last, last[1:-1], ['孙龙飞', '郑轶', '李硕', '易舒冉', '洪秋婷'])},
         cuts={'特奥项目设项方面': ('赛事期间举办的特奥家长交流活动、青少年融合交流活动和运动员健康计划，', None, None)})
    # 2 天河区 tech firms
    k, h, b, ps = md('r93_keji')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '聚焦残特奥会'), accept=['headline', 'subheadline'])
    p.byline(b, ['王云娜'])
    body(p, ps, cuts={'佳都科技研发的': ('天河区主动开放应用场景，', None, '\u3000\u3000')})
    p.write(os.path.join(D, 'r93'))


# ---------------- r94 人民日报 2025-12-03 第11版 文化 (LF, final LF)
def r94():
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\n')
    p.furn(['人民日报', '2025年12月3日  星期三', '第11版', '文化'],
           run='人民日报 2025年12月3日  星期三 第11版 文化')
    # 1 东方影都: ### + headline (accept), 本报记者  肖家鑫  王  者, a 热词 box at the end
    k, h, b, ps = md('r94_yingdu')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '“十五五”文化热词·新型文化业态'), accept=['headline', 'subheadline'])
    p.byline(b, ['肖家鑫', '王者'])
    body(p, ps, heads={'新型文化业态'},
         cuts={'园区内，国际一流': ('1300立方米的水池、32摄氏度的恒温环境，', None, '\u00a0')})
    # 2 编辑手记
    k, h, b, ps = md('r94_suanfa')
    p.article()
    p.title('kicker', '编辑手记')
    p.title('headline', strip_tag(h, '编辑手记'), trail=' ')
    p.byline(b, ['陈世涵'])
    body(p, ps)
    # 3 新语
    k, h, b, ps = md('r94_zhijiao')
    p.article()
    p.title('kicker', '新语')
    p.title('headline', strip_tag(h, '新语'))
    p.byline(b, ['赛买江·吾斯曼'])
    body(p, ps, cuts={'应该看到': ('毕业于湖南铁道职业技术学院的吴灿辉，', None, '\t')})
    p.write(os.path.join(D, 'r94'))


# ---------------- r95 人民日报 2026-02-12 第4版 要闻 (CRLF, no final newline)
def r95():
    p = Page(fillers=('\u3000', '', '\u3000\u3000', ''), eol='\r\n', final_eol=False)
    p.furn(['4', '要闻', '2026年2月12日  星期四'], run='4 要闻 2026年2月12日  星期四')
    tag = '实干显担当  同心启新程·代表委员履职故事'
    # 1, 2 代表委员履职故事: dash kicker, quoted headline, byline, **记者手记** / **title**
    k, h, b, ps = md('r95_yangrong')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['郑洋洋'])
    body(p, ps, heads={'**记者手记**', '**总想为群众多做一点**'},
         cuts={'在社区走访中': ('她曾经拍摄了一张小区路面的照片，', None, None)})
    k, h, b, ps = md('r95_luyuefu')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['王欣悦'])
    body(p, ps, heads={'**记者手记**', '**用脚底板走出好提案**'})
    # 3, 4 新春走基层: ### + headline (accept)
    k, h, b, ps = md('r95_huochuan')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '新春走基层'), accept=['headline', 'subheadline'])
    p.byline(b, ['杨凯', '韩文鋆', '朱笑熺'])
    body(p, ps, cuts={'造这艘船的': ('上万个零部件被自动分拣，', None, '\u3000')})
    k, h, b, ps = md('r95_qingcai')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '新春走基层'), accept=['headline', 'subheadline'])
    p.byline(b, ['张烁', '贺林平'], trail=' ')
    body(p, ps, cuts={'在这里，来自怀集': ('按照香港不同客户要求，', None, '\u3000\u3000')})
    p.write(os.path.join(D, 'r95'))


# ---------------- r96 人民日报 2025-12-22 第11版 生态 (UTF-8 BOM, LF, no final newline)
def r96():
    p = Page(fillers=('\t', '', '\u3000'), eol='\n', bom=True, final_eol=False)
    p.furn(['人民日报  2025年12月22日  星期一', '第11版', '生态'], adjacent=True,
           run='人民日报  2025年12月22日  星期一 第11版 生态')
    # 1 series lead: column kicker, byline, caption-only chart, editor's note + ——编  者
    k, h, b, ps = md('r96_dami')
    p.article()
    p.title('kicker', '美丽中国·身边的绿色故事')
    p.title('headline', strip_tag(h, '美丽中国·身边的绿色故事'))
    p.byline(b, ['李凯旋'])
    assert ps[0] == ps[1] == '低碳种植水稻流程示意图。'
    p.figure(ps[0])
    body(p, ps[2:], furn={'——编  者'},
         cuts={'拿到碳足迹表格一看': ('今年春天，他种下200亩国家一级优质稻米，', None, None)})
    # 2 延伸阅读
    k, h, b, ps = md('r96_tanbiaoqian')
    p.article()
    p.title('kicker', '延伸阅读')
    p.title('headline', strip_tag(h, '延伸阅读'))
    p.byline(b, ['朱从桦'])
    body(p, ps)
    # 3 dash kicker
    k, h, b, ps = md('r96_lanhua')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail='  ')
    p.byline(b, ['刘军国'])
    body(p, ps, cuts={'兰花产业链党委还把': ('棠棣村以整村运营塑业态，', None, '\t')})
    p.write(os.path.join(D, 'r96'))


if __name__ == '__main__':
    for f in (r92, r93, r94, r95, r96):
        f()
