# build r227-r231 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies as the stores give them (search corpus `pages`, and for r228 one
# row of an SQL dump found with find_string); every block printed here is cut out of them and
# checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter, split_at_spaces as split_at

SS = '\u3000\u3000'


src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


def html_paras(row):
    """the <P> blocks of the SQL row's HTML field, tags and padding removed"""
    body = row[row.index("'<P>") + 1:row.rindex("</P>'") + 4]
    out = []
    for blk in re.findall(r'<P>(.*?)</P>', body):
        t = re.sub(r'<[^>]+>', '', blk).replace('&nbsp;', ' ')
        out.append(t.strip(' \u3000'))
    return out


# ---------------- r227 金华日报, two items: 2024-02-29 第01版 头版 and 2024-04-19 第05版 新闻三秒区 (LF, final LF)
def r227():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['金华日报'])
    for name, h, b, who, pre, c0, c1 in (
            ('r227_jhrb_hedao', '河道抓紧生态治理', '记者 胡肖飞 文/摄', '胡肖飞', '第01版:头版',
             None, '婺城区长湖出口段河道生态治理及排涝泵闸工程项目于2022年8月开工建设,'),
            ('r227_jhrb_huiben', '绘本展看 共富金华', '记者 陈芮 文/摄', '陈芮', '第05版:新闻三秒区',
             '展览以“共富浙江 彩绘金华”为主题,', None)):
        ls = lines(name)
        assert ls[1] == '浙江日报 数字报纸' and ls[2] == pre     # web furniture (the template's name): left out
        assert ls[3] == h and len(ls) == 5
        t = ls[4]
        assert t.startswith(b + ' ')
        a = split_at(t[len(b) + 1:], ['。 '])
        assert len(a) == 2
        p.article()
        p.title('headline', h, trail='  ' if c0 is None else '')
        p.byline(b, [who])
        if c0:
            p.para_cut(cut(a[0], c0), fills={0: '\t'}, indent=SS)
        else:
            p.para(a[0], indent=SS)
        if c1:
            p.para_cut(cut(a[1], c1), fills={0: '\u3000'}, indent=SS)
        else:
            p.para(a[1], indent=SS, trail=' ')
    p.write(os.path.join(D, 'r227'))


# ---------------- r228 温州日报, 2011-03 interview (BOM, CRLF, no final newline)
def r228():
    row = src('r228_wzrb_wuguolian').strip()
    h = '吴国联：今年信贷向转型升级产业倾斜'
    assert row.startswith("INSERT INTO `xinwentongzhi` VALUES ('18', '" + h + "', '站内新闻', ")
    ps = html_paras(row)
    assert len(ps) == 12
    lead, x1a, x1b, q1, a1, q2, a2, x2a, x2b, q3, a3, last = ps
    assert last.startswith('2010年，温州金融业增加值') and last.endswith('占比提高4个百分点。')
    assert lead.startswith('十二五开局之年') and lead.endswith('接受了温州日报记者的专访。')
    assert (x1a, x1b, x2a, x2b) == ('助力“十二五”：', '优化信贷结构促转型', '回眸“十一五”：', '存贷款余额突破万亿')
    for q in (q1, q2, q3):
        assert q.startswith('记者：') and q.endswith('？')
    for a in (a1, a2, a3):
        assert a.startswith('吴国联：')
    p = Page(fillers=('', SS, '', ' \t'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['温州日报'])
    p.article()
    p.title('headline', h)
    p.para(lead, indent=SS)
    p.head([x1a, x1b], trail='\u3000')
    p.para(q1, indent=SS)
    p.para_cut(cut(a1, '其实，货币政策作为国家宏观调控重要手段，'), fills={0: SS}, indent=SS)
    p.para(q2, indent=SS, trail='  ')
    p.para_cut(cut(a2, '三是健全信用管理体系，采集非银信息，'), fills={0: ' \t'}, indent=SS)
    p.head([x2a, x2b])
    p.para(q3, indent=SS)
    p.para(a3, indent=SS)
    p.para(last, indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r228'))


# ---------------- r229 温州商报, web copy of 2018-10-08 (lone CR, final CR)
def r229():
    ls = lines('r229_wzsb_qiaobao')
    assert ls[0] == '政务频道' and ls[1].startswith('您当前的位置 : 温州网政务频道')   # web furniture
    h = ls[2]
    assert h == '70余位侨胞国庆游温州 赞叹家门口的景致真美'
    assert ls[3] == '2018年10月08日 09:31:19来源:温州商报'                  # web date line: left out
    body = ls[4:9]
    assert ls[9] == '编辑:张朋杰' and len(ls) == 10                         # web editor tag: left out
    br = '(记者 邵卢静 通讯员 项梦静)'
    assert body[4].endswith('。' + br)
    p = Page(fillers=('', '\t', '', '  '), eol='\r')
    p.furn(['温州商报'])
    p.article()
    p.title('headline', h, trail='\t')
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para_cut(cut(body[3], '市侨联党组书记、副主席林春霞说,希望通过这次活动,'), fills={0: '\t'}, indent=SS)
    p.para(body[4][:-len(br)], indent=SS, byline=(br, '邵卢静 项梦静', ['邵卢静', '项梦静']))
    p.write(os.path.join(D, 'r229'))


# ---------------- r230 丽水日报, 风起丽水 series opener and first story (LF, no final newline)
def r230():
    ls = lines('r230_lsrb_jingning')
    assert ls[0].startswith('如何分辨毛囊角化症和痘痘')                      # spam line of the reprint: left out
    opener = ls[1:7]
    assert opener[0].startswith('作为《丽水日报》的前身') and opener[5].endswith('从过去走向未来。')
    assert ls[7].startswith('年7月27日') and ls[9].startswith('在此之前')      # lead-in above the title: left out
    k, h, b, last = ls[10], ls[11], ls[12], ls[13]
    assert k == '与丽报“同龄”的景宁畲族自治县:' and h == '长在春风里'
    assert b == '本报记者刘淑芳陈伊言通讯员陈语嫣' and len(ls) == 14
    bp = '本报记者\u3000刘淑芳\u3000陈伊言\u3000通讯员\u3000陈语嫣'             # white space added (b8 call)
    assert bp.replace('\u3000', '') == b
    assert last == '任过景宁畲族自治县组织部副部长的蓝明法说:“那'
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\n', final_eol=False)
    p.furn(['丽水日报'])
    p.article()                                     # the series opener: no title in the copy
    for i, t in enumerate(opener):
        if i == 4:
            p.para_cut(cut(t, '不是每一次变革都能被感知,'), fills={0: '\u00a0'}, indent=SS)
        else:
            p.para(t, indent=SS, trail=' ' if i == 1 else '')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail='  ')
    p.byline(bp, ['刘淑芳', '陈伊言', '陈语嫣'])
    p.para(last, indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r230'))


# ---------------- r231 宁波日报, two photo items: 2019-07-26 and 2011-10-28 (CRLF, final CRLF)
def r231():
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n')
    p.furn(['宁波日报'])
    ls = lines('r231_nbrb_shuhua')
    h, t = ls
    assert h == '甬港学生书画联展亮相宁波美术馆'
    cr = '(周建平 摄)'
    assert t.endswith('。' + cr)
    cap = t[:-len(cr)]
    p.article()
    p.title('headline', h)
    p.figure(cap, ('周建平 摄', 'photographer', '周建平'), mode='same', sep='')
    assert p.lines[-1][0] == cap + '周建平 摄'
    p.lines[-1] = (cap + cr, 'F/%s/%s' % (cap, '周建平 摄'))      # the credit printed in its brackets
    ls = lines('r231_nbrb_juhua')
    assert ls[0].startswith('您当前的位置 : 中国宁波网') and ls[2].startswith('稿源: 宁波日报')  # web furniture
    h2, t2, c2 = ls[1], ls[3], ls[4]
    assert h2 == '金秋菊花美' and t2.startswith('昨日,') and t2.endswith('菊展将历时一个月。')
    assert c2 == '(宁波日报 胡建华 陈建彪 潘立娟 摄)'
    assert ls[5].startswith('编辑: 陈燕') and ls[6:] == ['金秋菊花美', '稿源: 宁波日报 2011-10-28 07:23:10']
    p.article()
    p.title('headline', h2, trail=' ')
    p.para_cut(cut(t2, '专程到镇海沿江路景观大道观赏第24届镇海金秋花卉展。据介绍,'), fills={0: ' \t'}, indent=SS)
    p.credit(c2, c2[1:-1], 'photographer', '胡建华、陈建彪、潘立娟')
    p.write(os.path.join(D, 'r231'))


if __name__ == '__main__':
    for f in (r227, r228, r229, r230, r231):
        f()
