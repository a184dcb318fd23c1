# build r222-r226 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, split_at_spaces as split_at, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,、：:')


# ---------------- r222 中国石化报 2026-03-03 (e-paper article page) (BOM, CRLF, final CRLF)
def r222():
    ls = lines('r222_zgshb_huozhong')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0] == '版权声明' and ls[1].startswith('《中国石化报》(电子版)的一切内容')   # web furniture: left out
    assert ls[2] == '![]() 日期检索'
    h = '大漠深处孕育探区“新火种”'
    assert ls[3] == h + '2026年03月03日 来源:'
    assert ls[4] == '中国石化报 作者:' and ls[5] == '马 玲 霍良振 周江平 杨 君'   # web meta lines: left out
    b = '本报记者 马 玲 霍良振 周江平 杨 君'
    assert ls[6].startswith(b + ' 2月28日,') and len(ls) == 7
    body = split_at(ls[6][len(b) + 1:], ['“新火种”。 ', '化验起来。 ', '何明宏说。 ', '7万余立方米。 '])
    assert len(body) == 5 and body[4].endswith('在LNG橇装式装置现场,LNG')
    p.furn(['中国石化报', '2026年3月3日 星期二'], adjacent=True, run='中国石化报 2026年3月3日 星期二')
    p.article()
    p.title('headline', h, trail='  ')
    p.byline(b, ['马玲', '霍良振', '周江平', '杨君'])
    p.para_cut(cut(body[0], '依然寒风如刀、'), fills={0: '\u3000'}, indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para_cut(cut(body[3], '对中国石化北方新区勘探与增储上产意义重大,'), fills={0: '\t'}, indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r222'))


# ---------------- r223 中国水利报 2019-11-15 (feature on the paper's site chinawater.com.cn) (LF, no final newline)
def r223():
    ls = lines('r223_slb_mulanxi')
    p = Page(fillers=('', '\u00a0', '', '\t', '', '  '), eol='\n', final_eol=False)
    assert ls[0] == '欢迎访问“中国水利”网' and ls[1].startswith('国家互联网信息办公室')   # web furniture
    h, s = ls[2], ls[3]
    assert h == '一张蓝图绘到底 绿色发展惠民生' and s == '——福建莆田市木兰溪生态文明建设实践'
    assert ls[4] == '分享到:' and ls[5] == '2019-11-15'                            # web furniture
    bp = ls[6]
    assert bp == '□通讯员 王红育 林国富 朱远 记者 张智杰'
    p1, p2, x, p3, p4, p5, p6 = ls[7:14]
    assert len(ls) == 14
    assert x == '三大问题制约和谐之路' and p4 == '首当其冲的是防洪保安的问题。'
    assert p6 == '但是,木兰溪防洪治理自20世纪50年代'
    assert '流域面积1 732平方公里' in p1
    p.furn(['中国水利报', '2019年11月15日  星期五'], run='中国水利报 2019年11月15日 星期五')
    p.article()
    p.title('headline', h)
    p.title('subheadline', s, adjacent=True)
    p.byline('通讯员 王红育 林国富 朱远 记者 张智杰', ['王红育', '林国富', '朱远', '张智杰'], printed=bp)
    # a cut between the digits of `1 732` (the copy's digit-group space): the join puts the space back
    i = p1.index('1 732')
    f1, f2 = p1[:i + 1], p1[i + 2:]
    assert f1 + ' ' + f2 == p1
    p.para_cut([f1, f2], fills={0: '\u00a0'}, indent=SS)
    p.para(p2, indent=SS)
    p.head(x)
    p.para(p3, indent=SS, trail=' ')
    p.para(p4, indent=SS)
    p.para_cut(cut(p5, '语气凝重地指出:'), fills={0: '\t'}, indent=SS)
    p.para(p6, indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r223'))


# ---------------- r224 中国艺术报 2012-09-07 (the paper's own site e.cflac.org.cn) (lone CR, final CR)
def r224():
    ls = lines('r224_zgysb_feiyi')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r')
    assert ls[0] == '邮箱帐号: 密码:' and ls[1] == 'English日本語简体繁体'             # web furniture
    h = ls[2]
    assert h == '第二届中国非遗博览会开幕'
    assert ls[3] == '时间:2012年09月07日来源:中国艺术报作者:王春梅'
    b = '王春梅'
    assert ls[3].endswith('作者:' + b)
    p1, p2 = ls[4], ls[5]
    assert ls[6] == '(编辑:晓婧)' and len(ls) == 7                                # web editor tag: left out
    p.furn(['中国艺术报'])
    p.furn(['2012年9月7日', '星期五'], adjacent=True, run='2012年9月7日 星期五')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.byline(b, ['王春梅'], trail=' ')
    p.para_cut(cut(p1, '主要内容包括:'), fills={0: '\u3000'}, indent=SS)
    p.para(p2, indent=SS)
    p.write(os.path.join(D, 'r224'))


# ---------------- r225 中国社会科学报 2009年7月 第3版 (scholars on the first issue) (BOM, LF, final LF)
def r225():
    ls = lines('r225_shkxb_chuangkan')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', bom=True)
    cap_line = ls[0]
    cap, cr = '中国文物学会会长罗哲文在阅读《中国社会科学报》', '本报记者 朱高磊/摄'
    assert cap_line == cap + ' ' + cr
    heads = ['陈先达(中国人民大学教授)', '于祖尧(中国社会科学院经济研究所研究员)',
             '赵敦华(北京大学哲学系教授)', '杨深(中国社会科学院哲学研究所研究员)']
    idx = [ls.index(x) for x in heads]
    assert idx == [1, 3, 6, 10] and len(ls) == 12
    assert ls[11].endswith('一定要以学术为')
    p.furn(['中国社会科学报', '第3版'], adjacent=True, run='中国社会科学报 第3版')
    p.figure(cap, pho(cr, '朱高磊'), mode='same')        # photo before any article: the page's
    p.article()                                         # the copy gives no title: the text starts with a head
    p.head(heads[0])
    p.para(ls[2], indent=SS)
    p.head(heads[1], trail=' ')
    p.para(ls[4], indent=SS)
    p.para(ls[5], indent=SS)
    p.head(heads[2])
    p.para_cut(cut(ls[7], '采访了十位学者,'), fills={0: '\t'}, indent=SS)
    p.para(ls[8], indent=SS)
    p.para(ls[9], indent=SS, trail='\t')
    p.head(heads[3])
    p.para(ls[11], indent=SS)
    p.jump('（下转第4版）')
    # photo news of 2011-01-25 (第5版) under the same head: after the jump line, so the page's
    ms = lines('r225_shkxb_yingchun')
    assert len(ms) == 2 and ms[1].startswith('《中国社会科学报》版权所有')          # web furniture: left out
    tag = ' (出处:中国社会科学报 本报记者 王宙/摄 张微/文)'
    assert ms[0].endswith(tag)
    cap2 = ms[0][:-len(tag)]
    cr2 = '本报记者 王宙/摄 张微/文'
    assert cap2.startswith('1月20日,') and cap2.endswith('聚元号弓箭制作技艺。') and cr2 in tag
    p.figure(cap2, pho(cr2, '王宙'), doc_level=True, first_fill='\u3000')
    p.write(os.path.join(D, 'r225'))


# ---------------- r226 国家电网报, a photo item (m.sgcio.com reprint naming the paper) (CRLF, no final newline)
def r226():
    ls = lines('r226_gjdwb_xuanen')
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\r\n', final_eol=False)
    meta = ' 作者:张小燕 来源:《国家电网报》'
    assert ls[0].endswith(meta) and ls[1] == '网友评论' and len(ls) == 2    # web meta and furniture: left out
    cap = ls[0][:-len(meta)]
    assert cap.startswith('连日来,') and cap.endswith('增强电网“御寒”能力。')
    p.furn(['国家电网报'])
    p.figure(cap, first_fill='  ')
    p.write(os.path.join(D, 'r226'))


if __name__ == '__main__':
    for f in (r222, r223, r224, r225, r226):
        f()
