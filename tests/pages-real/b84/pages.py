# build the b84 pages from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (code index files, HTML) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import Page, src_text, cutter, photo_credit as pho, glued_figure

SS = '\u3000\u3000'
cut = cutter('，,')


def html_blocks(name, start, end):
    """the <p> blocks of the copy between start and end, tags removed, stripped of ASCII spaces only
    (the copy's U+3000 indents are removed too; inner U+3000 kept)"""
    t = src_text(D, name)
    assert t.count(start) == 1 and t.count(end) == 1
    body = t[t.index(start):t.index(end)]
    out = []
    for m in re.finditer(r'<p>(.*?)</p>', body, re.S):
        x = m.group(1)
        bold = '<strong>' in x
        x = re.sub(r'<[^>]+>', '', x).strip(' \n').lstrip('\u3000')
        if x:
            out.append((x, bold))
    return out


def take(bs, i, text, bold=None):
    assert bs[i][0] == text, (i, bs[i][0][:40], text[:40])
    if bold is not None:
        assert bs[i][1] == bold, (i, text)
    return text


def take_p(bs, i, head, tail):
    x = bs[i][0]
    assert x.startswith(head) and x.endswith(tail) and not bs[i][1], (i, x[:40])
    return x


# ---------------- r412 河南日报 2010-09-10 教师节 page (大河网 reprint, code index id 30879230853) (CRLF, final CRLF)
def r412():
    bs = html_blocks('r412_hnrb_jiaoshijie', '<div id="main">', '</div><!--main-->')
    assert len(bs) == 46, len(bs)
    # four photos at the top of the copy (their <img> lines hold no text)
    c1 = take(bs, 0, '9月9日，漯河市召陵区实验小学的学生们向老师敬礼，祝福老师节日快乐。 王铮 杨东辉 摄')
    cap1, cr1 = '9月9日，漯河市召陵区实验小学的学生们向老师敬礼，祝福老师节日快乐。', '王铮 杨东辉 摄'
    assert c1 == cap1 + ' ' + cr1
    c2 = bs[1][0]
    cap2, cr2 = '9月10日是全国第26个教师节，郑州部分大学校园里的花店生意异常火爆。学生们纷纷送鲜花给老师，以此表达自己对老师的感恩之情。⑧3', '陈更生 宋洁 摄'
    assert c2 == cap2 + cr2
    c3 = bs[2][0]
    cap3, cr3 = ('9月8日，武陟县特殊教育学校的学生给老师们戴上花环。教师节临近，该校学生自发开展“教师节里献真情”活动，'
                 '孩子们制作出各种手工艺品，并亲手送给老师，表达对老师们的节日祝福。⑧3'), '高超 秦林林 摄'
    assert c3 == cap3 + cr3
    c4 = bs[3][0]
    cr4 = '王铮 杨东辉 摄'
    assert c4.startswith('9月9日，漯河市郾城区聋儿康复中心的赵梓烁') and c4.endswith('祝愿老师节日快乐。' + cr4)
    cap4 = c4[:-len(cr4)]
    # 编者按
    h1 = take(bs, 4, '编者按', False)
    n1 = take_p(bs, 5, '秋天的脚步款款而至，', '让我们衷心地对老师们说声：节日快乐！')
    # 110万“园丁”
    h2 = take(bs, 6, '110万“园丁”奉献三尺讲台', True)
    a2 = [take_p(bs, 7, '（记者冯芸）百年大计，教育为本。', '已达110万人。'),
          take_p(bs, 8, '统计显示，全省现共有中小学专任教师87.2万人，', '比例为93.98%。'),
          take_p(bs, 9, '为促进教育均衡发展，', '任教13.5万余人次。'),
          take_p(bs, 10, '全省高校大力实施“人才强校工程”，', '占41.43%。②6')]
    # group 1: 师者之尊缘自用心
    g1 = take(bs, 11, '□师者之尊缘自用心', True)
    h3 = take(bs, 12, '葛堂友：深山从教42年', True)
    x3 = take_p(bs, 13, '9月7日，在位于深山区的博爱县寨豁乡大底村小学，', '奉献出了自己的青春年华。⑧3程全摄')
    cr3b = '程全摄'
    cap3b = x3[:-len(cr3b)]
    h4 = take(bs, 14, '王生英：以校为家以家为校', True)
    l4 = take_p(bs, 15, '王生英是河南省林州市横水镇卸甲平小学的一名普通的山村女教师。', '深厚挚爱和无悔追求。')
    s41 = take(bs, 16, '二十年以校为家\u3000不让一个孩子辍学', True)
    a41 = [take_p(bs, 17, '1956年，她出生在卸甲平大队的西平自然村，', '实现了自己的愿望。'),
           take_p(bs, 18, '位于太行山区的卸甲平村自然条件非常差，', '决不落下一个孩子。'),
           take_p(bs, 19, '为了钟爱的教育事业，', '从来没有误过孩子们的学习。')]
    s42 = take(bs, 20, '十余载以家为校\u3000为孩子们撑起一间教室', True)
    a42 = [take_p(bs, 21, '1993年，一场暴雨冲毁了破旧不堪的教室。', '她的家便成了学生的教室。'),
           take_p(bs, 22, '在以家为校的日子里，', '挖野菜充饥。')]
    last4 = take_p(bs, 23, '20年以校为家，10余年以家为校，', '为此，王生英无怨无悔。（据新华社郑州9月9日电）')
    end4 = '（据新华社郑州9月9日电）'
    last4 = last4[:-len(end4)]
    h5 = take(bs, 24, '蒋二军：用生命坚守讲台', True)
    x5 = take_p(bs, 25, '9月9日，温县赵堡镇北平皋村小学教师蒋二军', '坚守在自己喜爱的讲台上。⑧3徐宏星摄')
    cr5 = '徐宏星摄'
    cap5 = x5[:-len(cr5)]
    # group 2: 桃李芬芳真情感恩
    g2 = take(bs, 26, '□桃李芬芳真情感恩', True)
    h6 = take(bs, 27, '清丰开展“党员谢师恩”活动', True)
    a6 = [take_p(bs, 28, '本报讯（记者李铮通讯员王飞李永）给母校老师写一封情真意切的信，', '掀起了尊师重教的高潮。'),
          take_p(bs, 29, '在教师节来临之际，清丰县以“谢师恩”主题活动为载体，', '组织了演讲选拔赛。②11')]
    h7 = take(bs, 30, '长垣民企重奖优秀教师', True)
    a7 = [take_p(bs, 31, '本报讯（记者李虎成通讯员张宗桥贾胜波）在第26个教师节到来之际，', '160名优秀教师。'),
          take_p(bs, 32, '崔培军说，', '老师的一份敬意。')]
    # group 3: 师者离去师魂余香
    g3 = take(bs, 33, '□师者离去师魂余香', True)
    h8 = take(bs, 34, '蚕丝吐尽春未老', True)
    s8 = take(bs, 35, '——追记太康县回族中学校长李琳', True)
    b8 = take(bs, 36, '□本报记者张靖本报通讯员郜敏', False)
    a8 = [bs[i][0] for i in range(37, 46)]
    assert a8[0].startswith('她是红烛，') and a8[2] == '43岁，5年校长生涯。她毫无保留地为事业、为学生奉献了一生。'
    assert a8[7].startswith('“在我心里，她就跟妈妈一样。”') and a8[8].endswith('李琳老师从未离开。')
    assert not any(bs[i][1] for i in range(37, 46))

    p = Page(fillers=('', '\u3000', '', '\t', ' '), eol='\r\n')
    p.furn(['河南日报', '2010年9月10日 星期五'], adjacent=True, run='河南日报 2010年9月10日 星期五')
    # photo news before any article: page-level figures
    p.figure(cap1, pho(cr1, '王铮、杨东辉'), mode='same', sep=' ', doc_level=True)
    p.figure(cap2, pho(cr2, '陈更生、宋洁'), mode='same', sep='', doc_level=True)      # credit glued after the mark ⑧3
    p.figure(cap3, pho(cr3, '高超、秦林林'), mode='same', sep='', doc_level=True)
    p.figure(cap4, pho(cr4, '王铮、杨东辉'), mode='same', sep='', doc_level=True)       # credit glued after the full stop
    p.article()
    p.title('headline', h1, trail=' ')
    p.para(n1, indent=SS)
    p.article()
    p.title('headline', h2)
    p.para(a2[0], indent=SS)
    p.para_cut(cut(a2[1], '全省小学教师中具有专科及以上学历的人数为35.16万人，'), fills={0: ' '}, indent=SS)
    p.para(a2[2], indent=SS)
    p.para(a2[3], indent=SS, trail=' ')
    p.article()
    p.title('kicker', g1[1:], accept=['kicker', 'headline'])
    p.lines[-1] = (g1 + ' ', p.lines[-1][1])
    p.title('headline', h3, accept=['headline', 'subheadline'], adjacent=True)
    glued_figure(p, cap3b, cr3b, pho(cr3b, '程全'))
    p.article()
    p.title('headline', h4)
    p.para(l4, indent=SS)
    p.head([s41])
    p.para(a41[0], indent=SS)
    p.para_cut(cut(a41[1], '为了不耽误孩子们的学习，'), fills={0: '\u3000'}, indent=SS)
    p.para(a41[2], indent=SS)
    p.head([s42], trail=' ')
    p.para(a42[0], indent=SS)
    p.para(a42[1], indent=SS)
    p.para(last4, indent=SS, byline=(end4, '据新华社郑州9月9日电', ['新华社']), trail=' ')
    p.article()
    p.title('headline', h5, trail=' ')
    glued_figure(p, cap5, cr5, pho(cr5, '徐宏星'))
    p.article()
    p.title('kicker', g2[1:], accept=['kicker', 'headline'])
    p.lines[-1] = (g2, p.lines[-1][1])
    p.title('headline', h6, accept=['headline', 'subheadline'], adjacent=True)
    p.para(a6[0], indent=SS)
    p.para_cut(cut(a6[1], '推进创先争优活动深入开展，'), fills={0: ''}, indent=SS)
    p.article()
    p.title('headline', h7, trail=' ')
    p.para(a7[0], indent=SS)
    p.para(a7[1], indent=SS)
    p.article()
    p.title('kicker', g3[1:])
    p.lines[-1] = (g3, p.lines[-1][1])
    p.title('headline', h8, adjacent=True, trail=' ')
    p.title('subheadline', s8, adjacent=True)
    p.byline('本报记者张靖本报通讯员郜敏', ['张靖', '郜敏'], printed=b8)
    for i, x in enumerate(a8):
        if i == 1:
            p.para_cut(cut(x, '几乎每天都有她以前教过的学生、处过的同事闻讯从全国各地匆匆赶来，'), fills={0: '\t'}, indent=SS)
        elif i == 7:
            p.para_cut(cut(x, '从输液一直到晚上9点多，'), fills={0: '\u3000'}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.write(os.path.join(D, 'r412'))


for f in (r412,):
    f()
