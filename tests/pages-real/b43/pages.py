# build r207-r211 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (transcribed from
# the look-up output); every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, reflow, src_lines, take_line as take, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


# ---- Markdown-like blocks (r209), written straight into the page's line list
def m_title(p, role, text, mark='# ', trail=''):
    p._sep()
    n = p._line(mark + text + trail, {'kicker': 'K', 'headline': 'H', 'subheadline': 'S'}[role])
    p._add({'type': role, 'line': n, 'text': text})


def m_head(p, text, mark='## ', trail=''):
    p._sep()
    n = p._line(mark + text + trail, 'X')
    p._add({'type': 'section_head', 'line': n, 'text': text})


def star_head(p, l1, l2):
    """one section head printed on two lines as `**l1` / `l2**` (p04)"""
    p._sep()
    n = p._line('**' + l1, 'X')
    p._line(l2 + '**', 'X+')
    p._add({'type': 'section_head', 'line': n, 'text': l1 + ' ' + l2})


def md_figure(p, path, caption, credit=None, glue=''):
    """`![](path)` after one blank line, the caption (and a glued credit) on the next line"""
    p._sep()
    n = p._line('![](%s)' % path, 'FI')
    node = {'type': 'figure', 'line': n, 'src': path, 'children': []}
    if credit:
        m = p._line(caption + glue + credit[0], 'F/caption/credit')
        node['children'] += [{'type': 'caption', 'line': m, 'text': caption},
                             {'type': 'credit', 'line': m, 'text': credit[0], 'kind': credit[1], 'source': credit[2]}]
    else:
        m = p._line(caption, 'F')
        node['children'].append({'type': 'caption', 'line': m, 'text': caption})
    p._add(node)


# ---------------- r207 深圳特区报: 权威访谈 (2022, continuation) + 记者手记 (2018-11-26) (BOM, CRLF, final CRLF)
def r207():
    a = lines('r207_sztqb_zhanglw')
    b = lines('r207_sztqb_qianhai')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    # a: the interview (读特 dutenews.com, the paper's app); its web title is not in the stored copy
    assert a[0] == '编者按' and a[1].startswith('为深入做好') and a[2].startswith('即日起,深圳特区报开设')
    l1, l2, x, q, ans = a[3:8]
    assert len(a) == 8
    assert l1.startswith('华为、比亚迪从这里走向世界;') and l1.endswith('潜力所在。')
    assert l2.endswith('近日,龙岗区委书记张礼卫接受了深圳特区报记者专访。')
    assert x == '坚持“工业立区、制造业当家”,加快构建“3+4”区域产业格局'
    assert q.startswith('深圳特区报:习近平总书记') and q.endswith('开花结果?')
    assert ans.startswith('张礼卫:') and ans.endswith('要“加快建设全球重要的制造')   # the store stops here
    # b: 深圳新闻网 copy of the 深圳特区报 column 记者手记
    h = '记者手记:记录前海 见证奇迹'
    assert b[1] == h and b[3] == h and b[0].startswith('当前位置:')
    assert take(b, '原标题:记者手记:记录前海见证奇迹')
    i = b.index('原标题:记者手记:记录前海见证奇迹') + 1
    lead, b1, b2, b3, ed = b[i:i + 5]
    assert len(b) == i + 5
    assert lead.startswith('深圳特区报2018年11月26日讯 2014年3月5日,') and b[6] == lead[len('深圳特区报2018年11月26日讯 '):]
    assert b1.startswith('在前海,我感受到什么是沧海桑田。') and b3.endswith('展现在读者面前的就是奇迹。')
    assert ed == '[责任编辑:刘婷]'
    p.furn(['深圳特区报', 'A05', '深圳新闻'], adjacent=True, run='深圳特区报 A05 深圳新闻')
    p.jump('（上接A01版）')
    p.article()
    p.para_cut(cut(l1, '这里山环水润,'), fills={0: '\u3000'}, indent=SS)
    p.para(l2, indent=SS)
    p.head([x], trail='  ')
    p.para(q, indent=SS)
    p.para(ans, indent=SS)
    p.jump('（下转A06版）')
    p.article()
    p.title('headline', h)
    p.para(lead, indent=SS)
    p.para_cut(cut(b1, '在寸土寸金的深圳,'), fills={0: '\t'}, indent=SS)
    p.para(b2, indent=SS, trail=' ')
    p.para(b3, indent=SS)
    p.furn(['责任编辑:刘婷'])
    p.write(os.path.join(D, 'r207'))


# ---------------- r208 江门日报 2010-11-06: 明星、嘉宾眼中的侨乡江门 (lone CR, no final newline)
def r208():
    a = lines('r208_jmrb_qiaoxiang')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', final_eol=False)
    assert a[0] == '新闻内容' and a[1] == '明星、嘉宾眼中的侨乡江门 山好,水好,人更好!'   # web furniture
    assert a[2] == '2010-11-06 来源:江门新闻网'
    k, h = a[3], a[4]
    assert k == '明星、嘉宾眼中的侨乡江门——' and h == '山好,水好,人更好!'
    names = a[5:15]
    assert names == ['红线女', '梅小惠', '张可颐', '黎宣', '刘兆铭', '王石', '陈杰恒', '吴荣治', '邓韵', '伍启中']
    t1, t2 = a[15], a[16]
    assert t1 == '粤剧大师红线女:' and t2 == '“原来我们江门出了这么多人才”'
    body = a[17:21]
    br = ' (本报记者 冯瑶君 杨慧敏)'
    assert body[0].startswith('红色的风衣') and body[3].endswith('同样引起了不小的轰动。' + br)
    last = body[3][:-len(br)]
    u1, u2, u3 = a[21], a[22], a[23]
    assert u1 == '香港明星梅小惠:' and u2 == '“家乡人很热情,我好开心”'
    assert u3.endswith('可以说她是众多明星当') and len(a) == 24         # the store stops here
    p.furn(['江门日报  2010年11月6日  星期六', 'A05'], run='江门日报  2010年11月6日  星期六 A05')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    for nm in names:                                  # the package's portraits, caption only (names)
        p.figure(nm)
    p.article()
    p.title('kicker', t1, accept=['kicker', 'headline'])
    p.title('headline', t2, accept=['headline', 'subheadline'], adjacent=True)
    p.para(body[0])
    p.para_cut(cut(body[1], '但很少回乡,'), fills={0: '\u00a0'})
    p.para(body[2])
    p.para_cut(cut(last, '一边看,红线女一边说。“我来江门并不是第一次,'),
               fills={0: '  '}, trails={1: br})
    # the reporters' bracket is glued to the end of the last fragment: a byline of this article
    p._add({'type': 'byline', 'line': len(p.lines), 'text': '冯瑶君 杨慧敏',
            'children': [{'type': 'author', 'text': '冯瑶君'}, {'type': 'author', 'text': '杨慧敏'}]})
    p.lines[-1] = (p.lines[-1][0], 'C+B')
    p.article()
    p.title('kicker', u1, accept=['kicker', 'headline'])
    p.title('headline', u2, accept=['headline', 'subheadline'], adjacent=True)
    p.para(u3)
    p.jump('（下转A06版）')
    p.write(os.path.join(D, 'r208'))


# ---------------- r209 南宁日报: 网络媒体南宁行 (2018, continuation) + 盘点江南故事 (2021-10-19)
# (PDF-to-Markdown style: `#` / `##` / `**` marks and a `![](…)` image line; LF, final LF)
def r209():
    a = lines('r209_nnrb_wangmei')
    b = lines('r209_nnrb_jiangnan')
    p = Page(fillers=('', '\t', '', SS), eol='\n')
    assert len(a) == 9
    assert a[0] == '风云变化,时代变迁,一个个镜头对准了绿城新发展,一张张照片记录下南宁新面貌。'
    x1, x2 = a[5], a[6]
    assert x1 == '欣赏秀美生态,描绘绿城印象——' and x2 == '“优美的生态环境令人惊艳”'
    assert a[8].endswith('身临其境感受南宁秀美的生态')                  # the store stops here
    assert b[0].startswith('首页南宁新闻') and b[1] == '盘点江南故事 记录醉美江南'
    assert b[2] == '发布时间: 2021-10-19 |来源: 南宁日报 |作者: 周志英 |责任编辑: 李鑫'
    assert b[3] == '盘点江南故事记录醉美江南'
    h, s = b[1], b[4]
    assert s == '——南宁日报社联合江南区共同发起践行“四力”大型采风活动'
    cap, cr = '0月18日,由南宁日报社与江南区共同举办的“盘点江南故事·记录醉美江南”暨践行“四力”大型采风活动正式启动。', '本报记者程勇可摄'
    assert b[5] == cap + cr
    lead, y1, c1, c2, c3, y2, c4 = b[6:13]
    assert len(b) == 13
    assert y1 == '先有亭子渡后有南宁城' and y2 == '采风活动走访76个行政村(社区)'
    assert c4.endswith('光辉历程、历史变迁')                             # the store stops here
    p.furn(['南宁日报', '3'], adjacent=True, run='南宁日报 3')
    p.jump('（上接第一版）')
    p.article()
    p.para(a[0])
    p.para_cut(cut(a[1], '连日来,'), fills={0: '\t'})
    p.para(a[2])
    p.para(a[3], trail='  ')
    p.para(a[4])
    star_head(p, x1, x2)
    p.para(a[7])
    p.para(a[8])
    p.jump('（下转第四版）')
    p.article()
    m_title(p, 'headline', h, trail=' ')
    p.title('subheadline', s)
    p.byline('周志英', ['周志英'])
    md_figure(p, 'images/nnrb_20211019_01.jpg', cap, (cr, 'photographer', '程勇可'))
    p.para(lead)
    m_head(p, y1)
    p.para(c1)
    p.para_cut(cut(c2, '百年商埠扬美,'), fills={0: SS})
    p.para(c3)
    m_head(p, y2)
    p.para(c4)
    p.jump('（下转第6版）')
    p.write(os.path.join(D, 'r209'))


# ---------------- r210 赣南日报 2024-11-08: 记者节特别报道 我们的故事 (CRLF, no final newline)
def r210():
    a = lines('r210_gnrb_gushi')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert a[0] == '客家新闻网 >> 要闻' and a[2] == '来源: 赣南日报' and a[3] == '2024-11-08 08:32'  # web furniture
    h = a[1]
    assert h == '我们的故事'
    e1, e2, e3 = a[4:7]
    assert e1.startswith('编者按:今年11月8日') and e3.endswith('关注其新闻背后的故事。')
    t1, t2, b = a[7:10]
    assert t1 == '为“北上无音讯”' and t2 == '寻找音讯' and b == '□萧森'
    body = a[10:]
    assert len(body) == 5 and body[4] == '2018年8月17日,我手机'             # the store stops here
    assert '“参加红军, 北上无音讯”' in body[2]
    p.furn(['赣南日报', '2024年11月8日 星期五'], adjacent=True, run='赣南日报 2024年11月8日 星期五')
    p.furn(['第3版  记者节特别报道'])
    p.article()
    p.title('headline', h)
    p.para(e1, indent=SS)
    p.para_cut(cut(e2, '推出了一大批沾泥土、带露珠、冒热气,'), fills={0: ' \t'}, indent=SS)
    p.para(e3, indent=SS)
    p.article()
    p.title('kicker', t1, accept=['kicker', 'headline'])
    p.title('headline', t2, accept=['headline', 'subheadline'])
    p.byline('萧森', ['萧森'], printed=b)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '那时,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下转第4版）')
    p.furn(['本版责编：钟 敏  版式：刘 畅'])
    p.write(os.path.join(D, 'r210'))


# ---------------- r211 闽西日报: 创刊75周年 (2024-09-09) + 记者节 (2023-11-09) (BOM, LF, no final newline)
def r211():
    a = lines('r211_mxrb_huangjun')
    b = lines('r211_mxrb_xugl')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\n', bom=True, final_eol=False)
    h, by = a[0], a[1]
    assert h == '做红土地合格的新闻工作者' and by == '■ 黄俊'
    body = a[2:5]
    note = a[5]
    assert len(a) == 6 and note == '(作者系龙岩市融媒体中心编委、采访部副主任)'
    assert '喜悦......随后' in body[0]
    k, h2 = b[0], b[1]
    assert k == '福建省广播影视集团龙岩记者站站长许广陵' and h2 == '用新闻记录伴随着开放龙岩一起成长'
    c = b[2:]
    assert len(c) == 5 and c[4].endswith('紧紧围绕市委市政府各阶段的中心工作,')   # the store stops here
    p.furn(['闽西日报', '第4版', '新闻纵深'], run='闽西日报 第4版 新闻纵深')
    p.article()
    p.title('headline', h, trail='  ')
    p.byline('黄俊', ['黄俊'], printed=by)
    p.para_cut(cut(body[0], '随后,通过考试,'), fills={0: '\u00a0'}, indent='  ')
    p.para(body[1], indent='  ')
    p.para_cut(cut(body[2], '在我们市融媒体中心,'), fills={0: '\t'}, indent='  ', trails={1: '\t'})
    p.para(note, indent='  ')
    p.article()
    p.title('kicker', k)
    p.title('headline', h2, adjacent=True)
    p.para(c[0], indent='  ')
    p.para_cut(cut(c[1], '这里的景色和一年多前相比,'), indent='  ')
    p.para(c[2], indent='  ')
    p.para(c[3], indent='  ', trail=' ')
    p.para(c[4], indent='  ')
    p.jump('（下转第5版）')
    p.furn(['本版责编：林 清', '美编：张 帆'], adjacent=True, run='本版责编：林 清 美编：张 帆')
    p.write(os.path.join(D, 'r211'))


for f in (r207, r208, r209, r210, r211):
    f()
