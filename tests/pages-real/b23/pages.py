# build r107-r111 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines. Helpers follow b21/pages.py.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, md_parts, cutter, find_block as find, unbold as unmark,
                     figure_from_spec as fig, photo_credit as pho, provided_credit as prov,
                     strip_tag, take_caption as take)

SS = '\u3000\u3000'


md = partial(md_parts, D)
cut = cutter('，')


def body(p, ps, heads=(), heads2=None, cuts=None, figs=None, bylines=None, furn=(), skip=(),
         trails=None):
    """heads: one-line heads (src blocks; `**…**` printed without the marks); heads2: {first
    block: second block} printed as one head on two adjacent lines, without marks; cuts:
    {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]} printed
    after that block; bylines: {block: (printed, text, authors)}; furn: furniture blocks;
    skip: blocks of the md left out (they must be there); trails: {prefix: trailing spaces}."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    trails = {find(ps, k): v for k, v in (trails or {}).items()}
    heads2 = heads2 or {}
    bylines = bylines or {}
    for h in list(heads) + list(heads2) + list(heads2.values()) + list(skip) + list(bylines) + list(furn):
        assert h in ps, h
    second = set(heads2.values())
    for i, t in enumerate(ps):
        if t in skip or t in second:
            pass
        elif t in heads:
            p.head(unmark(t))
        elif t in heads2:
            assert ps[i + 1] == heads2[t]
            p.head([unmark(t), unmark(heads2[t])])
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


def end_bracket(t):
    assert t[0] == '（' and t[-1] == '）', t
    return t[1:-1]


# ---------------- r107 人民日报 2025-10-03 第2版 要闻 (CRLF, no final newline)
def r107():
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['要闻', '2', '2025年10月3日  星期五'], adjacent=True, run='要闻 2 2025年10月3日  星期五')
    # 1 文旅场景上新 (content 30107980): ### line (accept), two-half headline, photo cutting
    #   the second paragraph (credit after a space on the caption line), three comma heads printed
    #   without their ** marks, closing （…参与采写） line as a second byline
    k, h, s, se, b, ps = md('r107_wenlv')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '文化中国行'), accept=['headline', 'subheadline'])
    p.byline(b, ['管璇悦'])
    f = take(ps, 0, '10月2日，游客在浙江省丽水市云和梯田景区游览。', '刘振清摄（影像中国）')
    last = ps[-1]
    body(p, ps[2:],
         heads={'**深度文化体验，更新文旅场景**', '**跟着赛事旅行，激活消费业态**', '**科技跨界融合，创新文旅模式**'},
         cuts={'近日，文化和旅游部启动了': ('各地围绕观演赏剧、游历山河、中秋团圆、文化体验、红色旅游、大国重器、时代风采等方面丰富特色产品供给，',
                                      [(f[0], pho(f[1], '刘振清'), 'same', ' ')], None),
               '劈波斩浪，赛艇飞速前行。': ('在四川成都新津区，', None, '\t')},
         bylines={last: (last, end_bracket(last), ['王永战', '曹玲娟', '肖家鑫', '窦瀚洋', '罗艾桦'])})
    # 2 专论 (30107981): column kicker from the web tag, bare byline
    k, h, s, se, b, ps = md('r107_zhuanlun')
    tag = '习近平经济思想指引下的中国经济专论'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag), trail='  ')
    p.byline(b, ['钟才文'])
    body(p, ps, cuts={'消费扩容升级蕴含重大机遇。': ('商品消费持续扩容提质，', None, '\u3000')})
    # 3 乡村慢生活 (30107982): dash kicker, padded byline
    k, h, s, se, b, ps = md('r107_manshenghuo')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '强化文旅融合一线见闻'))
    p.byline(b, ['施钰'])
    body(p, ps, cuts={'老街旁、田野前、溪流边': ('老街旁、田野前、溪流边……在福鼎，', None, None)})
    # 4 将科技报国之志 (30107983): the article opens on page 1 (content 30107977); this page
    #   prints its end after （上接第一版）, from the middle of the 颜晓峰 paragraph; the closing
    #   （新华社北京10月2日电） is the byline (author 新华社)
    k, h, s, se, b, ps = md('r107_kejibaoguo')
    assert s.startswith('——习近平总书记给天津大学全体师生的回信') and b == '新华社记者'
    i = find(ps, '“习近平总书记在回信中对提高人才培养质量提出明确要求。')
    first = cut(ps[i], '天津大学马克思主义学院院长颜晓峰表示，')[1]
    last = ps[-1]
    assert last == '（新华社北京10月2日电）'
    p.jump('（上接第一版）')
    p.article()
    p.para(first)
    body(p, ps[i + 1:],
         cuts={'“建设教育强国科技强国、推进中国式现代化的征途': ('团队负责人徐之海说，', None, ' \t')},
         bylines={last: (last, end_bracket(last), ['新华社'])})
    # 5 红色的足迹 (30107984): two-half headline, three heads on two adjacent lines (the first
    #   line ending ——), closing （…参与采写） line as a second byline
    k, h, s, se, b, ps = md('r107_hongse')
    p.article()
    p.title('headline', h, trail=' ')
    p.byline(b, ['祁嘉润'])
    last = ps[-1]
    body(p, ps,
         heads2={'**观红色展览——**': '**追寻革命记忆**', '**看红色演出——**': '**感悟信仰力量**',
                 '**访红色遗址——**': '**传承初心使命**'},
         cuts={'阳泉曾是百团大战第一阶段主战场': ('一场红歌快闪活动正在进行，', None, '\u3000'),
               '福建龙岩上杭县，苍山凝翠色': ('福建龙岩上杭县，苍山凝翠色，白墙映青瓦，', None, None)},
         bylines={last: (last, end_bracket(last), ['潘俊强', '付明丽', '杨颜菲', '苏滨', '施钰', '贾丰丰'])})
    p.write(os.path.join(D, 'r107'))


# ---------------- r108 人民日报 2025-10-04 第8版 文化遗产 (BOM, lone CR, final CR)
def r108():
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\r', bom=True)
    p.furn(['人民日报', '2025年10月4日  星期六', '8', '文化遗产'],
           run='人民日报 2025年10月4日  星期六 8 文化遗产')
    tag = '大地风华'
    # 1 不息的文脉 (30108056): the page's title and its editor's note, signed ——编  者
    k, h, s, se, b, ps = md('r108_wenmai')
    assert b is None
    p.article()
    p.title('headline', h)
    body(p, ps, furn={'——编  者'})
    # 2 洛阳 (30108057): column kicker, bare byline, photo cutting a paragraph (provided)
    k, h, s, se, b, ps = md('r108_luoyang')
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['张文豪'])
    f = take(ps, 0, '暮色中的洛邑古城。', '洛阳日报社供图')
    body(p, ps[2:], cuts={'穿行洛阳城区，': ('随着应天门的原址复原、天堂和明堂两座建筑的复建，', [(f[0], prov(f[1], '洛阳日报社'), 'next', None, '\u00a0')], None),
                          '从历史的宏大叙事中抽身': ('在一家唐三彩文创园，', None, '\t')})
    # 3 金沙 (30108058): padded byline, photo between byline and text (credit after one blank
    #   line), question paragraph, （作者为…）
    k, h, s, se, b, ps = md('r108_jinsha')
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['王方'])
    f = take(ps, 0, '金沙遗址博物馆屋顶，以最具代表性的馆藏文物太阳神鸟元素为设计灵感。', '张  艳摄')
    fig(p, (f[0], pho(f[1], '张艳'), 'blank'))
    body(p, ps[2:], cuts={'博物馆不仅让文物': ('让观众可以沉浸式“走进”考古现场，', None, '\u00a0')})
    # 4 东阳 (30108060): two names split by two spaces, question paragraph, photo between
    #   finished paragraphs with its credit after U+3000U+3000 on the caption line
    k, h, s, se, b, ps = md('r108_dongyang')
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag), trail=' ')
    p.byline(b, ['刘军国', '吴旭华'])
    f = take(ps, 0, '游客在中国木雕博物馆内参观。', '包康轩摄')
    body(p, ps[2:], cuts={'放慢脚步，你会发现': ('一代代文人“流量”，', None, '\t')},
         figs={'午后，最适合走进中国木雕博物馆。': [(f[0], pho(f[1], '包康轩'), 'same', SS)]})
    # 5 凌家滩 (30108061): 图为… caption with 李俊杰供图 (provided) cutting a paragraph
    k, h, s, se, b, ps = md('r108_lingjiatan')
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.byline(b, ['李俊杰'])
    f = take(ps, 0, '图为凌家滩国家考古遗址公园。', '李俊杰供图')
    body(p, ps[2:], cuts={'从获评1998年度': ('凌家滩的每一步跨越，', [(f[0], prov(f[1], '李俊杰'))], None)})
    p.write(os.path.join(D, 'r108'))


# ---------------- r109 人民日报 2025-10-02 第5版 绿色 (LF, final LF)
def r109():
    p = Page(fillers=('', SS, '', '\t'), eol='\n')
    p.furn(['第05版', '绿色', '2025年10月2日  星期四'], run='第05版 绿色 2025年10月2日  星期四')
    # 1 package 他们在沙海种下绿色未来 (30107957): headline, the landscape photo, editor's note
    #   with ——编  者; three signed parts, each with a dash kicker naming the person, a quoted
    #   headline and a byline; the three portraits go into their parts
    k, h, s, se, b, ps = md('r109_shahai')
    assert b is None
    g = [take(ps, 0, '新疆阿拉尔国家农业科技园区的智能温室大棚里，李志军（右二）在讲解胡杨幼苗培育要点。', '董  宁摄'),
         take(ps, 2, '内蒙古通辽市科尔沁左翼后旗“双百万亩”项目区，朝克吐正在查看樟子松嫁接红松的长势情况。', '冯新蕾摄'),
         take(ps, 4, '陕西榆林市横山区赵石畔镇芦河果园，张炳贵在查看苹果长势。', '吴文英摄'),
         take(ps, 6, '新疆巴音郭楞蒙古自治州尉犁县塔克拉玛干沙漠边缘，塔里木河蜿蜒流淌，两岸胡杨生机勃勃。', '汪志鹏摄（人民视觉）')]
    ps = ps[8:]
    parts = [('塔里木大学生命科学与技术学院教授李志军——', '“干一份事业，就得像胡杨一样坚韧不拔”', '本报记者  董丝雨', ['董丝雨']),
             ('内蒙古通辽市科尔沁左翼后旗林业工作站站长朝克吐——', '“治一片，成一片，绿一片，富一片”', '本报记者  赵景锋', ['赵景锋']),
             ('陕西榆林市横山区水土保持工作站退休职工张炳贵——', '“只要肯下功夫，荒坡未必成不了宝地”', '本报记者  高  炳', ['高炳'])]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    p.article()
    p.title('headline', h)
    fig(p, (g[3][0], pho(g[3][1], '汪志鹏')))
    body(p, ps[:starts[0]], furn={'——编  者'})
    spec = [dict(cuts={'这些胡杨幼苗，出圃于': ('去年11月，', [(g[0][0], pho(g[0][1], '董宁'), 'next', None, '\u3000')], None),
                       '胡杨很难扦插成活': ('为破解这一难题，', None, '\t')}),
            dict(cuts={'站在一处沙地上': ('站在一处沙地上，朝克吐向记者进行了演示：先根据树苗高度，', None, SS)},
                 figs={'2018年起，朝克吐潜心钻研': [(g[1][0], pho(g[1][1], '冯新蕾'), 'same', ' ')]}),
            dict(cuts={'年复一年，沙地里的果树': ('年复一年，沙地里的果树成活率提升至97%以上，', None, None)},
                 figs={'走进赵石畔镇的芦河果园': [(g[2][0], pho(g[2][1], '吴文英'), 'blank', None, '\t')]})]
    for j, (kk, hh, bb, au) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:3] == [kk, hh, bb]
        p.article()
        p.title('kicker', kk)
        p.title('headline', hh)
        p.byline(bb, au)
        extra = {}
        if j == 2:
            last = seg[-1]
            assert last == '（吴文英参与采写）'
            extra['bylines'] = {last: (last, end_bracket(last), ['吴文英'])}
        body(p, seg[3:], **spec[j], **extra)
    # 2 记者手记 (30107958): series kicker from the md's > 系列 line, bare byline, two pull-quote
    #   lines with no final punctuation (paragraphs)
    k, h, s, se, b, ps = md('r109_sanbei')
    assert se == '记者手记'
    p.article()
    p.title('kicker', se)
    p.title('headline', h)
    p.byline(b, ['董丝雨'])
    body(p, ps, cuts={'“绿进沙退”的背后，有敢于创新': ('广大科研工作者把论文写在大地上，', None, '\t')},
         trails={'黄沙退却、绿色延展，惠及的是人，依靠的也是人。': '  '})
    p.write(os.path.join(D, 'r109'))


# ---------------- r110 人民日报 2025-10-05 第5版 人文 (BOM, CRLF, final CRLF)
def r110():
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\r\n', bom=True)
    p.furn(['第05版：人文', '人民日报  2025年10月5日  星期日'], run='第05版：人文 人民日报  2025年10月5日  星期日')
    # 1 平遥 (30108092): column kicker, bare byline (trailing space), （作者为…）
    k, h, s, se, b, ps = md('r110_pingyao')
    p.article()
    p.title('kicker', '人文茶座')
    p.title('headline', strip_tag(h, '人文茶座'))
    p.byline(b, ['贾樟柯'], trail=' ')
    body(p, ps, cuts={'平遥古城是一座“活着”的城。': ('国际电影人带着作品来到平遥，', None, '\u3000'),
                      '几年来，平遥国际电影展': ('在平遥，中外电影人相遇、交流、碰撞、共创，', None, None)})
    # 2 千刀 (30108093): kicker ending ：that names the person, two-half headline
    k, h, s, se, b, ps = md('r110_muxuan')
    assert k.endswith('：')
    p.article()
    p.title('kicker', k)
    p.title('headline', strip_tag(h, '传承'), trail='  ')
    p.byline(b, ['史自强'])
    body(p, ps, cuts={'木镟讲究“心手合一”': ('木镟讲究“心手合一”，以脚控转速，', None, '  '),
                      '对游客，他把自家二楼': ('对游客，他把自家二楼改成“微型博物馆”，', None, '\u3000')},
         trails={'李学民先后带出20多名徒弟': ' '})
    p.write(os.path.join(D, 'r110'))


# ---------------- r111 人民日报 2025-10-03 第4版 视觉 (LF, no final newline)
def r111():
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n', final_eol=False)
    p.furn(['人民日报\u30002025年10月3日\u3000星期五\u3000第4版\u3000视觉'])
    # 1 国家治理效能得到新提升 (30107992): a photo page. Series kicker from the web tag, the
    #   article credit 数据来源：… (kind data), then twelve photos under five group labels; the md
    #   repeats the label before every photo of its group; it is printed once, as a head
    k, h, s, se, b, ps = md('r111_zhili')
    assert b is None
    tag = '新时代画卷·决战决胜“十四五”'
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    assert ps[0] == '数据来源：国务院新闻办新闻发布会'
    p.credit(ps[0], ps[0], 'data', '国务院新闻办新闻发布会')
    ps = ps[1:]
    assert len(ps) == 36
    who = ['岳月伟', '刘颖', '周亮', '边俊铭', '徐驭尧', '景旭鹏', '唐超', '胥冰洁', '孙非', '张洪金', '赵启瑞', '楼昂东']
    how = [('next',), ('same', ' '), ('blank',), ('next', None, '\u3000'), ('same', SS), ('next',),
           ('blank', None, ' '), ('next',), ('same', ' '), ('next', None, '\u3000'), ('same', ' '), ('next',)]
    label = None
    for n in range(12):
        lab, cap, cr = ps[3 * n:3 * n + 3]
        if lab != label:
            p.head(lab)
            label = lab
        m = how[n] + (None,) * (3 - len(how[n]))
        fig(p, (cap, pho(cr, who[n]), m[0], m[1], m[2]))
    # 2 把我国制度优势持续转化为治理效能 (30107993): bare byline, one cut
    k, h, s, se, b, ps = md('r111_zhidu')
    p.article()
    p.title('headline', h)
    p.byline(b, ['曹文轩'])
    body(p, ps, cuts={'注重目标导向，提升改革实效。': ('有效市场和有为政府有机结合，', None, '\u3000')})
    p.write(os.path.join(D, 'r111'))


if __name__ == '__main__':
    for f in (r107, r108, r109, r110, r111):
        f()
