# build r202-r206 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,、')


# ---------------- r202 新京报 A01 头版 2014-06-05, with two photo news of 2012 (BOM, CRLF, final CRLF)
def r202():
    a = lines('r202_xjb_a01_20140605')
    assert a[0] == 'A01:头版' and a[2] == '数字版首页 > 第A01:头版'      # e-paper navigation: left out
    h = a[4]
    assert h == '环保执法遭遇堵门' and a[5] == '2014年06月05日 星期四 新京报' and a[6] == '分享:'
    cap1, cr1 = a[7].rsplit(' ', 3)[0], ' '.join(a[7].rsplit(' ', 3)[1:])
    assert cr1 == '新京报记者 高玮 摄' and a[7] == cap1 + ' ' + cr1
    assert cap1.startswith('昨日,国家文物局门外') and cap1.endswith('如查实将批评教育。')
    j = a[8]
    assert j == '详见A13·热点'
    assert a[9] == '更多详细新闻请浏览新京报网 www.bjnews.com.cn'  # web foot: left out
    b = lines('r202_xjb_20120204')
    assert b[0] == '即时新闻' and b[2] == a[9]
    cr2 = '本报记者 申志民 摄影报道'
    assert b[1].endswith('将及时修复。' + cr2)
    cap2 = b[1][:-len(cr2)]
    c = lines('r202_xjb_20120304')
    assert c[0] == '即时新闻' and c[3] == a[9]
    cap3, cr3 = c[1], c[2]
    assert cap3.startswith('昨日10时许') and cr3 == '本报记者 吴江 汤旸 摄影报道'
    p = Page(fillers=('', '\u3000', '', '\t', ' '), eol='\r\n', bom=True)
    p.furn(['A01', '头版', '新京报'], adjacent=True, run='A01 头版 新京报')
    p.article()
    p.title('headline', h, trail='  ')
    p.figure(cap1, pho(cr1, '高玮'), mode='same', sep=' ')   # headline + photo with its long caption
    p.jump(j)                                               # 详见A13·热点: a see-page line
    p.figure(cap2, pho(cr2, '申志民'), mode='same', sep='', doc_level=True, first_fill='\u3000')
    p.figure(cap3, pho(cr3, '吴江、汤旸'), mode='next', doc_level=True)
    p.write(os.path.join(D, 'r202'))


# ---------------- r203 京华时报 2006-09-28, 中国公路零公里 (sina copy) (LF, no final newline)
def r203():
    ls = lines('r203_jhsb_linggongli')
    t = '中国公路零公里标志开放首日遭踩踏(组图)'
    assert ls[1] == t and ls[2] == 'http://www.sina.com.cn 2006年09月28日00:48 京华时报'
    h = t[:-len('(组图)')]                                   # web tag (组图): left out
    caps = [ls[4], ls[7], ls[9], ls[11]]
    assert ls[5] == '点击此处查看全部新闻图片' and ls[6] == ls[8] == ls[10] == t
    assert caps == ['防护解除后等候已久的游客奔向标志', '一开始大家都自觉站在离标志约半米的地方围着看',
                    '参观者你争我抢纷纷踏上标志', '一名参观者在清洁标志']
    lead = ls[12]
    assert lead.startswith('本报讯 (记者 李远志) 昨天上午') and lead.endswith('一些游客则建议设立护栏。')
    # ls[13]/ls[14]: the store breaks the second paragraph inside a word (…忽然,一 / 名参观者…);
    # that paragraph is left out (see NOTES, Calls)
    assert ls[13].endswith('忽然,一') and ls[14].startswith('名参观者')
    p3, p4, cr = ls[15], ls[16], ls[17]
    assert p3.startswith('这时,') and p4.startswith('一名游客模样的人') and cr == '本报实习生王宙摄'
    p = Page(fillers=('', '\t', '', '\u00a0', '  '), eol='\n', final_eol=False)
    p.furn(['京华时报'])
    p.furn(['2006年9月28日 星期四'])
    p.article()
    p.title('headline', h)
    p.figure(caps[0])                                        # caption only, under the headline
    p.para(lead, indent=SS)
    p.figure(caps[1])
    p.para_cut(cut(p3, '在工作人员的劝阻下,'), between={0: [(caps[2],)]}, indent=SS)
    p.figure(caps[3])
    p.para(p4, indent=SS, trail=' ')
    p.credit(cr, cr, 'photographer', '王宙')                 # article credit after the last paragraph
    p.write(os.path.join(D, 'r203'))


# ---------------- r204 北京娱乐信报 2006-11-21, three short items (sohu copy) (lone CR, final CR)
def r204():
    ls = lines('r204_xb_20061121')
    assert ls[-1] == '|' and len(ls) == 12
    h1, a1, a2, h2, b1, b2, b3, h3, c1, c2, c3 = ls[:11]
    assert h1 == '夜间售电系统将暂停5小时' and h2 == '香港中文大学来京招研究生' and h3 == '果品采摘收入今年达2.7亿元'
    assert a1.startswith('信报讯(记者李剑英通讯员唐松寒)') and b1.startswith('信报讯(记者杜丁)')
    assert c1.startswith('信报讯(记者赵磊)')
    p = Page(fillers=('', '\u3000', '', SS, '\t'), eol='\r')
    p.furn(['北京娱乐信报', '2006年11月21日 星期二'], adjacent=True, run='北京娱乐信报 2006年11月21日 星期二')
    p.article()
    p.title('headline', h1, trail=' ')
    p.para_cut(cut(a1, '在此期间将影响北京电力公司24小时售电柜台及北京银行、'), fills={0: '\u3000'})
    p.para(a2)
    p.article()
    p.title('headline', h2)
    p.para(b1)
    p.para_cut(cut(b2, '大部分课程的截止日期为2007年2月28日。研究院下年度将提供224项课程,'), fills={0: SS})
    p.para(b3, trail='  ')
    p.article()
    p.title('headline', h3)
    p.para(c1)
    p.para(c2)
    p.para(c3)
    p.write(os.path.join(D, 'r204'))


# ---------------- r205 沧州日报 第06版: 2023-02-22 and 2024-07-17 (BOM, LF, final LF)
def r205():
    b = lines('r205_czrb_20230222_zhinanzhen')
    assert b[0] == '2023年02月22日' and b[1] == '第06版:06'
    hb, bb, pb1, pb2 = b[2], b[3], b[4], b[5]
    assert hb == '瞄着“指南针” 奔向好日子' and bb == '■ 本报记者 张梦鹤 宁美红'
    assert pb2.endswith('看他们如何让规划在我市落地——')
    assert b[6].startswith('2023-02-22 ■ 本报记者')               # e-paper metadata line: left out
    a = lines('r205_czrb_20240717_yihe')
    assert a[0] == '2024年07月17日' and a[1] == '第06版:06'
    ha, ba, f1, f2 = a[2], a[3], a[4], a[5]
    assert ha == '一河明月游狮城' and ba == '木月水 胡长江'
    assert f1 == '船动水花开 苑立伟 摄' and f2 == '园博园 佚 名 摄'
    pa = a[6:]
    assert len(pa) == 4 and pa[3].endswith('一组组彩灯美轮美奂,一')
    p = Page(fillers=('', '\t', '', '\u3000', ' \t'), eol='\n', bom=True)
    p.furn(['沧州日报', '第06版'], adjacent=True, run='沧州日报 第06版')
    p.article()
    p.title('headline', hb)
    p.byline('本报记者 张梦鹤 宁美红', ['张梦鹤', '宁美红'], printed=bb)
    p.para_cut(cut(pb1, '明确了全面推进乡村振兴、加快建设农业强国的工作抓手,'), fills={0: '\t'}, indent=SS)
    p.para(pb2, indent=SS)
    p.jump('（下转第08版）')
    p.article()
    p.title('headline', ha, trail='  ')
    p.byline(ba, ['木月水', '胡长江'])
    p.figure('船动水花开', pho('苑立伟 摄', '苑立伟'), mode='same', sep=' ')
    p.para(pa[0], indent=SS)
    p.para_cut(cut(pa[1], '身边的风景成为别人羡慕的“大片”,'),
               between={0: [('园博园', pho('佚 名 摄', '佚名'), 'next')]}, indent=SS)
    p.para(pa[2], indent=SS)
    p.para(pa[3], indent=SS)
    p.jump('（下转第07版）')
    p.write(os.path.join(D, 'r205'))


# ---------------- r206 山西广播电视报 2025年第36期 (2428期) 1版 (CRLF, no final newline)
def r206():
    ls = lines('r206_sxgbdsb_2428')
    assert ls[0] == '电子版 | 《山西广播电视报》2025年第36期' and ls[1] == '创始人'   # repost furniture: left out
    assert ls[4] == '《山西广播电视报》2428期1版' and ls[5] == '01'
    k, h = ls[6], ls[7]
    assert k == '特别关注' and h == '消费贷“国补”要来了'
    p1, p2, p3 = ls[8:]
    assert p3.endswith('重庆蚂蚁消费金融有限公司')
    p = Page(fillers=('', ' ', '', '\u3000', '\t'), eol='\r\n', final_eol=False)
    p.furn(['山西广播电视报', '2025年第36期  2428期'], adjacent=True,
           run='山西广播电视报 2025年第36期  2428期')
    p.furn(['01'])
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    p.para_cut(cut(p1, '对于单笔5万元以下的消费,按照实际金额计算贴息,'), fills={0: '\u3000'}, indent=SS)
    p.para(p2, indent=SS)
    p.para_cut(cut(p3, '12家全国性股份制商业银行,'), fills={0: ' '}, indent=SS)
    p.jump('（下转02版）')
    p.write(os.path.join(D, 'r206'))


for f in (r202, r203, r204, r205, r206):
    f()
