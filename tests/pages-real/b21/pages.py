# build r97-r101 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/tests/pages-real/tools')
from functools import partial
from pagekit import (Page, md_parts, cutter, find_block as find, figure_from_spec as fig,
                     photo_credit as pho, strip_tag, take_caption as take)

SS = '\u3000\u3000'


md = partial(md_parts, D)
cut = cutter('，')


def body(p, ps, heads=(), heads2=None, cuts=None, figs=None, bylines=None, furn=(), skip=()):
    """heads: one-line heads; heads2: {first line: second line} printed as one head on two
    adjacent lines; cuts: {prefix: (after, [figure specs] or None, filler)}; figs: {prefix:
    [figure specs]} printed after that block; bylines: {block: (printed, text, authors)};
    furn: furniture blocks; skip: blocks of the md left out (they must be there)."""
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
            p.para(t)
        for spec in figs.get(i, []):
            fig(p, spec)


# ---------------- r97 人民日报 2025-11-10 第12版 文化 (BOM, CRLF, final CRLF)
def r97():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['人民日报', '2025年11月10日  星期一', '第12版', '文化'],
           run='人民日报 2025年11月10日  星期一 第12版 文化')
    # 1 古厝: dash kicker, padded byline, four photos (the drawing credited 马睿姗绘 left out)
    k, h, s, se, b, ps = md('r97_guzhai')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '文化中国行·走进传统村落'))
    p.byline(b, ['施钰'])
    c1 = take(ps, 0, '奎霞村俯瞰。', '黄超群摄')
    c2 = take(ps, 2, '奎霞村柳姑楼墙上的“寻根奎霞”题字。', '伍宏达摄')
    c3 = take(ps, 4, '奎霞村里样式精美的红砖古厝。', '林天祝摄')
    c4 = take(ps, 6, '兼具牢固性与艺术美感的奎霞村泉胜楼。', '伍宏达摄')
    assert ps[8:10] == ['奎霞村代庵大厝大门。', '马睿姗绘']
    body(p, ps[10:],
         cuts={'海风裹着海水的气息': ('海风裹着海水的气息穿巷而过，',
                                    [(c1[0], pho(c1[1], '黄超群')),
                                     (c2[0], pho(c2[1], '伍宏达'), 'blank', None, '\u3000')], None),
               '古厝的名称往往': ('一栋栋造型精美的楼房，', None, '\t')},
         figs={'村中的房屋融合了': [(c3[0], pho(c3[1], '林天祝'), 'same', ' '),
                                  (c4[0], pho(c4[1], '伍宏达'))]})
    # 2 萝卜: series kicker, padded byline, the 节气 label 立 冬 as a head right after the byline
    k, h, s, se, b, ps = md('r97_luobo')
    tag = '文化中国行·二十四节气二十四问'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['孟扬'])
    body(p, ps, heads={'立 冬'},
         cuts={'与冬吃萝卜形成': ('天气炎热时，', None, '\u3000')})
    # 3 瑞雪: byline 文  馨  唐嘉跃, head 小 雪, a sentence ending —— before its list
    k, h, s, se, b, ps = md('r97_ruixue')
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag), trail='  ')
    p.byline(b, ['文馨', '唐嘉跃'])
    body(p, ps, heads={'小 雪'},
         cuts={'瑞雪，是适时的雪': ('此时，北方的冬小麦、南方的一些作物，', None, None)})
    # 4 天青色: column kicker, bare byline, photo before the text, （作者为…采访整理）
    k, h, s, se, b, ps = md('r97_tianqing')
    p.article()
    p.title('kicker', '答读者问·传统文化')
    p.title('headline', strip_tag(h, '答读者问·传统文化'))
    p.byline(b, ['李其江'])
    c = take(ps, 0, '故宫博物院藏北宋汝窑淡天青釉弦纹三足樽式炉。', '曹程杰摄')
    fig(p, (c[0], pho(c[1], '曹程杰')))
    body(p, ps[2:])
    p.write(os.path.join(D, 'r97'))


# ---------------- r98 人民日报 2025-11-10 第19版 科技 (LF, no final newline)
def r98():
    p = Page(fillers=('', '\u00a0', '', ' '), eol='\n', final_eol=False)
    p.furn(['19', '科技', '2025年11月10日  星期一'], run='19 科技 2025年11月10日  星期一')
    # 1 智能算力: series kicker, 图①②③ and a fourth photo, three comma heads
    k, h, s, se, b, ps = md('r98_suanli')
    tag = '科技视点·加快高水平科技自立自强'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['谷业凯'])
    f1 = take(ps, 0, '图①：工作人员在安徽省宿州市算力产业园淮海人工智能计算中心机房查看服务器运行情况。',
              '新华社记者  黄博涵摄')
    f2 = take(ps, 2, '图②：在2025世界制造业大会上展示的全流程机器化学家。', '程  兆摄（影像中国）')
    f3 = take(ps, 4, '图③：在内蒙古呼和浩特伊利现代智慧健康谷，人工智能支撑自动化生产线运转。',
              '本报记者  谷业凯摄')
    f4 = take(ps, 6, '位于贵州省贵安新区的东数西算（贵州）智算中心（无人机照片）。', '新华社记者  陶  亮摄')
    body(p, ps[8:],
         heads={'驱动科研范式变革，加速原始创新成果产生', '成果落地加快，适配多样化应用场景',
                '产学研协同，新产品新模式不断涌现'},
         cuts={'工业和信息化部数据显示': ('同时，智能算力应用走向深入，',
                                       [(f1[0], pho(f1[1], '黄博涵')),
                                        (f2[0], pho(f2[1], '程兆'), 'next', None, '\u00a0')], None),
               '超节点服务器是': ('通过极低时延的总线级互联技术和极简互连架构，', None, '\u00a0')},
         figs={'“靠人工观察奶牛': [(f3[0], pho(f3[1], '谷业凯'), 'blank')],
               '在清华大学人工智能研究院': [(f4[0], pho(f4[1], '陶亮'), 'same', SS)]})
    # 2 院士新语
    k, h, s, se, b, ps = md('r98_tuopu')
    p.article()
    p.title('kicker', '院士新语')
    p.title('headline', strip_tag(h, '院士新语'))
    p.byline(b, ['丁洪'])
    body(p, ps, cuts={'全球进入大科学时代': ('在拓扑电子材料的计算预测以及实验实现中，', None, None)})
    # 3 科技小院: ### line (accept)
    k, h, s, se, b, ps = md('r98_xiaoyuan')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '创新故事'), accept=['headline', 'subheadline'], trail=' ')
    p.byline(b, ['赵永新'])
    body(p, ps, cuts={'成立两年多来': ('他们还联合当地龙头企业，', None, ' ')})
    p.write(os.path.join(D, 'r98'))


# ---------------- r99 人民日报 2025-11-17 第15版 法治 (lone CR, final CR)
def r99():
    p = Page(fillers=('', '\t', '', '\u3000\u3000'), eol='\r')
    p.furn(['人民日报', '2025年11月17日  星期一', '第15版', '法治'],
           run='人民日报 2025年11月17日  星期一 第15版 法治')
    # 1 简牍: dash kicker, three heads on two lines each
    k, h, s, se, b, ps = md('r99_jiandu')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '法治头条'))
    p.byline(b, ['吴君'])
    body(p, ps, heads2={'焕新出彩': '探索活态传承', '贴近群众': '贯穿普法宣传', '化解矛盾': '融入法律服务'},
         cuts={'“年轻人在哪里': ('2022年以来，', None, '\t'),
               '为此，社区将法治': ('组织群众学习法律法规并引导群众用法律手段表达诉求，', None, '\u3000\u3000')})
    # 2 金台锐评
    k, h, s, se, b, ps = md('r99_duoguan')
    p.article()
    p.title('kicker', '金台锐评')
    p.title('headline', strip_tag(h, '金台锐评'))
    p.byline(b, ['亓玉昆'], trail=' ')
    body(p, ps, cuts={'中央城市工作会议提出': ('要鼓励社区网格员等基层社会工作者，', None, None)})
    # 3 photo story with a headline: headline, one paragraph, 图为… / 谢贵明摄
    k, h, s, se, b, ps = md('r99_yinfa')
    assert b is None and len(ps) == 3
    p.article()
    p.title('headline', h)
    p.para(ps[0])
    fig(p, (ps[1], pho(ps[2], '谢贵明')))
    # 4 以案说法
    k, h, s, se, b, ps = md('r99_jicheng')
    p.article()
    p.title('kicker', '以案说法')
    p.title('headline', strip_tag(h, '以案说法'))
    p.byline(b, ['张璁'])
    body(p, ps)
    # 5 民情日记: dash kicker, two-half headline
    k, h, s, se, b, ps = md('r99_minqing')
    p.article()
    p.title('kicker', k)
    p.title('headline', h)
    p.byline(b, ['魏哲哲'])
    body(p, ps, cuts={'在嵊州市人民法院三界': ('绍兴法院基于民情分析，', None, '\t')})
    p.write(os.path.join(D, 'r99'))


# ---------------- r100 人民日报 2026-02-02 第10版 政治 (BOM, LF, final LF)
def r100():
    p = Page(fillers=('', '\u3000', ''), eol='\n', bom=True)
    p.furn(['人民日报  2026年2月2日  星期一', '第10版', '政治'], adjacent=True,
           run='人民日报  2026年2月2日  星期一 第10版 政治')
    # 1 执法监督: dash kicker, two-half headline; the two 制图 lines (no caption) left out
    k, h, s, se, b, ps = md('r100_zhifa')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '法治聚焦'))
    p.byline(b, ['张璁'])
    assert ps[0] == ps[1] == '制图：汪哲平'
    body(p, ps[2:], cuts={'行政执法监督是对': ('中国政法大学教授焦洪昌表示，', None, '\u3000')})
    # 2-4 法治聚焦 items; the column name is printed once, as the kicker of the first
    k, h, s, se, b, ps = md('r100_shuijun')
    p.article()
    p.title('kicker', '法治聚焦')
    p.title('headline', strip_tag(h, '法治聚焦'))
    p.byline(b, ['林丽鹂', '金歆'])
    body(p, ps)
    k, h, s, se, b, ps = md('r100_shuziren')
    p.article()
    p.title('headline', strip_tag(h, '法治聚焦'))
    p.byline(b, ['林丽鹂'])
    body(p, ps, cuts={'随着人工智能发展': ('明确直播间运营者使用人工智能等技术生成的人物图像、视频从事直播电商活动的，', None, None)})
    k, h, s, se, b, ps = md('r100_yibao')
    p.article()
    p.title('headline', strip_tag(h, '法治聚焦'), trail='  ')
    p.byline(b, ['魏哲哲'])
    body(p, ps)
    # 5 小切口: ### line (accept), two parallel question heads
    k, h, s, se, b, ps = md('r100_xiaoqiekou')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['倪弋'])
    body(p, ps, heads={'小区人脸识别信息的收集与管理应当遵循怎样的规范？',
                       '网络招聘平台应当如何建立有效的个人信息保护机制？'},
         cuts={'检察机关研发大数据': ('检察机关分别向人社部门和市场监管部门制发检察建议，', None, '\u3000')})
    # 6 四川: headline + ## line (accept), no byline, dateline lead
    k, h, s, se, b, ps = md('r100_sichuan')
    assert b is None
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    body(p, ps)
    p.write(os.path.join(D, 'r100'))


# ---------------- r101 人民日报 2025-11-10 第18版 新农村 (CRLF, no final newline)
def r101():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['18', '新农村', '2025年11月10日  星期一'], run='18 新农村 2025年11月10日  星期一')
    # 1 package: headline + ——subheadline, editor's note with ——编  者; four signed parts,
    #   each with a person kicker, a quoted headline and a byline; one photo in each part
    k, h, s, se, b, ps = md('r101_zhinong')
    assert b is None
    g = [take(ps, 0, '陈永（右）在示范田中查看暗管排水回收装置。', '新华社记者  谢剑飞摄'),
         take(ps, 2, '郝展宏（中）查看小麦田间生长情况。', '叶松林摄'),
         take(ps, 4, '今年5月，第六届牛精英挑战赛期间，尤璟涛在评估牛只状况。', '段子康摄'),
         take(ps, 6, '重阳节当天，沈倩西（右）入户为老人拍照。', '杨  乔摄')]
    ps = ps[8:]
    parts = [('肇东实验站站长陈永教授', '“解锁黑土地的‘丰收密码’”', '本报记者  邓剑洋', ['邓剑洋']),
             ('曲周科技小院成员郝展宏', '“土地会给我们最实在的回应”', '本报记者  李晓晴', ['李晓晴']),
             ('动物营养与饲料科学专业博士生尤璟涛', '“踏踏实实学，踏踏实实干”', '本报记者  郁静娴', ['郁静娴']),
             ('2023年云南省选调生沈倩西', '“帮助村子发展，我很自豪”', '本报记者  邓剑洋', ['邓剑洋'])]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    p.article()
    p.title('headline', h)
    p.title('subheadline', s)
    body(p, ps[:starts[0]], furn={'——编  者'})
    pf = {0: ('3年多来，陈永频繁往返', [(g[0][0], pho(g[0][1], '谢剑飞'))], None),
          1: ('“开始觉得是播种机', [(g[1][0], pho(g[1][1], '叶松林'), 'same', ' ')], None),
          2: ('“根据牧场的产奶量', [(g[2][0], pho(g[2][1], '段子康'), 'blank', None, '\t')], None),
          3: ('“从坡地到梯田', [(g[3][0], pho(g[3][1], '杨乔'), 'same', SS)], None)}
    pc = {0: ('看着饱满的玉米粒', '看着饱满的玉米粒，陈永笑着说，'),
          1: ('从想法到实践落地', '小麦播种时将15厘米的均匀行距，'),
          2: ('“不论未来走向', '根据籽粒乳线位置判断最佳收割时机，'),
          3: ('召开村民会议', '村里建设石坎坡改梯139.35亩，')}
    for j, (kk, hh, bb, au) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:3] == [kk, hh, bb]
        p.article()
        p.title('kicker', kk)
        p.title('headline', hh)
        p.byline(bb, au)
        body(p, seg[3:], figs={pf[j][0]: pf[j][1]},
             cuts={pc[j][0]: (pc[j][1], None, '\u3000' if j % 2 else None)})
    # 2 记者手记
    k, h, s, se, b, ps = md('r101_shouji')
    assert se == '记者手记'
    p.article()
    p.title('kicker', se)
    p.title('headline', h)
    p.byline(b, ['晓林'])
    body(p, ps)
    # 3 数字农具: ### line (accept)
    k, h, s, se, b, ps = md('r101_shuzi')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['宋豪新'])
    body(p, ps, cuts={'从数字育苗到智能灌溉': ('在达州，', None, '\t')})
    # 4 仙居: bare-place kicker, 本报电 lead, closing bracket as the byline
    k, h, s, se, b, ps = md('r101_xianju')
    assert b is None
    p.article()
    p.title('kicker', k)
    p.title('headline', h)
    last = ps[-1]
    body(p, ps, bylines={last: (last, last[1:-1], ['郑安妮', '王鋆'])})
    p.write(os.path.join(D, 'r101'))


if __name__ == '__main__':
    for f in (r97, r98, r99, r100, r101):
        f()
