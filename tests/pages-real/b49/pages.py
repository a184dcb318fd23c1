# build r237-r241 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (transcribed from
# the look-up output); every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def glued_figure(p, caption, printed_credit, credit, first_fill=None):
    """a figure whose bracketed credit is glued to the caption on one line (label F/caption/credit)"""
    text, kind, source = credit
    p._blank(1, first_fill)
    p._blank(2)
    n = p._line(caption + printed_credit, 'F/%s/%s' % (caption, text))
    return {'type': 'figure', 'line': n, 'children': [
        {'type': 'caption', 'line': n, 'text': caption},
        {'type': 'credit', 'line': n, 'text': text, 'kind': kind, 'source': source}]}


# ---------------- r237 中国政法大学校报 第900期 (纪念校报900期: package title + editor's note, a signed part)
# (BOM, CRLF, final CRLF)
def r237():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    a = lines('r237_cupl_900qi')
    assert a[:6] == ['中国政法大学', '报刊:《中国政法大学校报》', '内容搜索', '标题导航',
                     '• 纪念中国政法大学校报900期', a[5]] and a[5].startswith('摘要:编者按:')   # web furniture
    assert a[6] == '放大 缩小 默认'
    h1 = a[7]
    assert h1 == '纪念中国政法大学校报900期'
    assert a[8] == '期次:第900期      查看:31'                       # web meta: left out
    ed = a[9]
    assert ed.startswith('编者按:900份期待,') and ed.endswith('便似投入了母校的怀抱,唇齿相依。')
    h2, b2 = a[10], a[11]
    assert h2 == '墨香氤氲 淬炼时光' and b2 == '●高浣月'
    p1, p2 = a[12], a[13]
    assert p1.startswith('九百期的缘分是多久?') and p1.endswith('具有不可忽略的分量。')
    assert p2.startswith('校报静静守望着法大,') and p2.endswith('持续关注。而') and len(a) == 14

    p.furn(['中国政法大学校报', '第900期'], adjacent=True, run='中国政法大学校报 第900期')
    p.article()
    p.title('headline', h1, trail='  ')
    p.para_cut(cut(ed, '用心心念念的感情期待她。她其实很羞涩,'), fills={0: '\t'})
    p.article()
    p.title('headline', h2)
    p.byline('高浣月', ['高浣月'], printed=b2)
    p.para(p1, indent=SS)
    p.para_cut(cut(p2, '为学校发展发挥着思想引导和形象塑造的作用。不论是学校改革发展的重大阶段“聚焦双一流建设”,'),
               fills={0: '\u3000'}, indent=SS)
    p.jump('（下转第2版）')
    p.furn(['责任编辑：方 远  美术编辑：林 夕'])
    p.write(os.path.join(D, 'r237'))


# ---------------- r238 北京大学校报 第1439期 (an interview with the paper's former editor) (LF, no final newline)
def r238():
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\n', final_eol=False)
    a = lines('r238_pkuxb_1439qi')
    h, s = a[0], a[1]
    assert h == '百年校报 与你同行' and s == '——访《北京大学校报》前任主编赵学文'
    meta = a[2]
    assert meta == '期次:第1439期    作者:■ 校报记者 夏昕鸣   查看:708'
    by = '■ 校报记者 夏昕鸣'
    assert by in meta
    dbl = a[3]
    # the web copy's caption line holds every word twice (a doubled PDF text layer); it is read once here
    assert dbl == '20 20世纪 世纪80 80年代 年代, , 北大校刊部分师生合影 北大校刊部分师生合影 ( (照片由赵学文提供 照片由赵学文提供) )'
    cap, crd = '20世纪80年代,北大校刊部分师生合影', '照片由赵学文提供'
    assert dbl.count('北大校刊部分师生合影') == 2 and dbl.count(crd) == 2
    lead, x1, q1, q2 = a[4], a[5], a[6], a[7]
    assert lead.startswith('自1917年创刊,') and lead.endswith('回到40年前的北大。')
    assert x1 == '“两次献礼”与“两份绝笔”'
    assert q1.startswith('说起20世纪七八十年代') and q2.startswith('1978年,') and q2.endswith('有人辑录茅盾先生')
    assert len(a) == 8

    p.furn(['北京大学校报'])
    p.furn(['第1439期'], run='北京大学校报 第1439期')
    p.article()
    p.title('headline', h)
    p.title('subheadline', s, adjacent=True, trail=' ')
    p.byline('校报记者 夏昕鸣', ['夏昕鸣'], printed=by)
    fr = cut(lead, '讲讲校报发展历程中难忘的故事。20世纪70年代至90年代,')
    p._sep()
    n = p._line(fr[0], 'P')
    fig = glued_figure(p, cap, '(' + crd + ')', (crd, 'provided', '赵学文'), first_fill='\u00a0')
    p._blank(1)
    p._line(fr[1], 'C')
    p._add({'type': 'paragraph', 'line': n, 'text': lead})
    p._add(fig)
    p.head(x1)
    p.para(q1)
    p.para_cut(cut(q2, '希望他能为北大校庆作一篇文章刊登在校刊上。谁也没想到,'), fills={0: '  '})
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r238'))


# ---------------- r239 青岛科技大学校报 2024-01-09 第四版 (a student reporter's essay on the paper's 1000th issue)
# (lone CR, final CR)
def r239():
    p = Page(fillers=('', '\t', '', SS), eol='\r')
    a = lines('r239_qustb_20240109_qingchun')
    assert a[0] == '当前位置: 首页 >> 往期浏览 >> 2024年1月09日 >> 第四版 >> 正文'   # web furniture
    h = a[1]
    assert h == '青春笔触,思想之舞'
    assert a[2] == '发布日期:2024-04-26'                                               # web meta: left out
    b = a[3]
    assert b == '学通社记者 陈洪家'
    body = a[4:]
    assert len(body) == 4 and body[0].startswith('岁月如歌,') and body[3].endswith('让我看到了无限的可能')

    p.furn(['2024年1月9日  星期二', '第四版'], adjacent=True, run='2024年1月9日 星期二 第四版')
    p.article()
    p.title('headline', h, trail='\t')
    p.byline(b, ['陈洪家'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '这并非是一份简单的编辑工作,'), fills={0: '\t'}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para_cut(cut(body[3], '初见之际,'), fills={0: SS}, indent=SS)
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r239'))


# ---------------- r240 今日长子 (长子县, 山西): 要闻简报 of 第1886期 第2版 and a front-page story of 第1750期
# (BOM, LF, no final newline)
def r240():
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\n', bom=True, final_eol=False)
    a = lines('r240_jrzz_1886qi_jianbao')
    assert a[0] == '1886 期 / 第2版:2'                                 # e-paper furniture
    ha = a[1]
    assert ha == '要闻简报'
    items = a[2:]
    assert len(items) == 6 and all(t.startswith('◆') for t in items)
    assert items[3].startswith('◆ 9月27日,') and items[5].endswith('县政协副主席范建宏参加。')
    b = lines('r240_jrzz_1750qi_waixuan')
    assert b[0] == '1750 期 / 第1版:1'                                 # e-paper furniture
    hb = b[1]
    assert hb == '我县召开对外宣传工作座谈会'
    pb = b[2:]
    assert len(pb) == 4 and pb[0].startswith('本报讯  11月16日,') and pb[3].endswith('第十二次党代会精神,以党')

    p.furn(['今日长子'])
    p.article()
    p.title('headline', ha)
    for i, t in enumerate(items):
        p.para(t, indent='    ' if i % 2 else '')
    p.article()
    p.title('headline', hb, trail='  ')
    p.para(pb[0], indent=SS)
    p.para_cut(cut(pb[1], '详细介绍了长子县的基本概况、发展情况和今后一个时期的基本发展思路。他说,'),
               fills={0: ' \t'}, indent=SS)
    p.para(pb[2], indent=SS)
    p.para(pb[3], indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r240'))


# ---------------- r241 吴江日报 2011-06-20 第02版 (a history piece with two levels of heads) (CRLF, no final newline)
def r241():
    p = Page(fillers=('', '\u3000', '', '\t', '', SS), eol='\r\n', final_eol=False)
    a = lines('r241_wjrb_20110620_xianwei')
    assert a[0] == '今天是2025年11月05日 星期三'                       # web furniture
    h = a[1]
    assert h == '解放后历届中共吴江县(市)委员会'
    assert a[2].startswith('来源: 《吴江日报》2011年6月20日02版')           # web meta: left out
    body = a[3:]
    assert len(body) == 10
    # in order: paragraph, paragraph, head, paragraph, head, paragraph, paragraph, head, head, paragraph (cut off)
    assert body[0] == '1949年4月29日至5月5日,吴江全境解放。' and body[1].endswith('揭开了新的一页。')
    assert body[2] == '新政权的诞生和党政机构的建立' and body[4] == '解放初期党的建设'
    assert body[3].startswith('中共吴江县委、县人民政府的干部配备,')
    assert body[5].startswith('解放后,随着中共县委的成立,') and body[6].startswith('据统计,')
    assert body[7] == h and body[8] == '中共吴江县第一次代表大会'
    assert body[9].startswith('1956年5月,') and body[9].endswith('丰产竞赛运')

    p.furn(['吴江日报', '2011年6月20日  星期一', '第02版'], adjacent=True,
           run='吴江日报 2011年6月20日 星期一 第02版')
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS, trail=' ')
    p.head(body[2])
    p.para_cut(cut(body[3], '5月3日,吴江县人民政府颁发了政字第一号公告,'), fills={0: '\t'}, indent=SS)
    p.head(body[4], trail='\u3000')
    p.para(body[5], indent=SS)
    p.para(body[6], indent=SS)
    p.head(body[7])
    p.head(body[8])
    p.para(body[9], indent=SS)
    p.jump('（下转第3版）')
    p.furn(['本版编辑：沈 岚  校对：陆 平'])
    p.write(os.path.join(D, 'r241'))


for f in (r237, r238, r239, r240, r241):
    f()
