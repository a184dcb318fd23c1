# build r482-r485 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them, transcribed from the
# look-up output; every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r482 菏泽日报 2021-05-12 第A3版:今日牡丹区, 图片新闻 (heze.cn/hzrb content_41268) (LF, final LF)
def r482():
    ls = lines('r482_hzrb_tupian')
    assert ls[0] == '2021年05月12日' and ls[1] == '第A3版:今日牡丹区' and ls[2] == '图片新闻'
    assert ls[-1].startswith('2021-05-12 1 1 菏泽日报 content_41268.html')     # CMS metadata: left out
    items = []
    # item 1: caption, then its credit as a block of its own
    h1 = take_line(ls, '黄河特大桥工程快速建设', once=True)
    assert ls[3] == h1
    cap1, cr1 = ls[4], ls[5]
    assert cap1.startswith('在牡丹区李村镇,') and cap1.endswith('驶入快车道。') and cr1 == '通讯员 郜玉华 刘电清 摄'
    items.append((h1, cap1, pho(cr1, '郜玉华、刘电清'), 'blank'))
    # items 2-4: the credit glued after the caption, a space between
    for i, (h, who) in zip((6, 8, 10), (('多元养殖助增收', '李若生'), ('项目建设助就业', '李若生'),
                                        ('运动场上展风采', '郜玉华、李忠锋'))):
        assert ls[i] == take_line(ls, h, once=True)
        line = ls[i + 1]
        cap, cr = line.rsplit('。 ', 1)
        cap += '。'
        assert line == cap + ' ' + cr and cr.endswith(' 摄') and cr.split()[1] in who
        items.append((h, cap, pho(cr, who), 'same'))
    assert len(ls) == 13
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['菏泽日报', '2021年05月12日 星期三'], adjacent=True, run='菏泽日报 2021年05月12日 星期三')
    p.furn(['第A3版:今日牡丹区'])
    for k, (h, cap, cr, mode) in enumerate(items):
        p.article()
        if k == 0:
            p.title('kicker', ls[2])       # the column label 图片新闻 right above the first headline
        p.title('headline', h, trail=' ' if k == 2 else '')
        p.figure(cap, cr, mode=mode, sep=' ', first_fill='\u3000' if k == 1 else None)
    p.write(os.path.join(D, 'r482'))


# ---------------- r483 菏泽日报 2020-03-20 第A8版:民生 (heze.cn/hzrb content_7781) (CRLF, no final newline)
def r483():
    ls = lines('r483_hzrb_chunlai')
    assert ls[0] == '2020年03月20日' and ls[1] == '第A8版:民生'
    h = take_line(ls, '春来风光好 花开美如画', once=True)
    sub = take_line(ls, '——市区春日掠影', once=True)
    assert ls[2:4] == [h, sub]
    caps = ls[4:7]
    assert caps == ['花开烂漫,春意盎然', '油菜花竞相开放,美景如画', '满园春色醉游人']
    p1, last = ls[7], ls[8]
    assert p1.startswith('一场突如其来的疫情,') and p1.endswith('尽享美好春光。')
    sig = ' 文/图 记者 周东伦'
    assert last.endswith('铿锵脚步。' + sig)
    p2 = last[:-len(sig)]
    assert ls[9].startswith('2020-03-20 周东伦') and len(ls) == 10                  # CMS metadata: left out
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r\n', final_eol=False)
    p.furn(['第A8版', '民生'], adjacent=True, run='第A8版 民生')
    p.furn(['菏泽日报  2020年3月20日  星期五'])
    p.article()
    p.title('headline', h)
    p.title('subheadline', sub)
    p.figure(caps[0])
    p.figure(caps[1])
    p.para(p1, indent=SS)
    p.figure(caps[2], first_fill='\t')
    p.para_cut(cut(p2, '置身于宜居宜业的城市里,'), fills={0: '\u3000'}, indent=SS,
               trails={1: sig})
    # the signature glued after the last sentence is the article's byline (P+B on the fragment's line)
    p.lines[-1] = (p.lines[-1][0], 'C+B')
    p._add({'type': 'byline', 'line': len(p.lines), 'text': '文/图 记者 周东伦',
            'children': [{'type': 'author', 'text': '周东伦'}]})
    p.write(os.path.join(D, 'r483'))


# ---------------- r484 菏泽日报 2024-04-08 第A5版:赏盛世牡丹 品魅力菏泽 (heze.cn/hzrb content_110409) (BOM, LF, final LF)
def r484():
    ls = lines('r484_hzrb_mudan')
    assert ls[0] == '2024年04月08日' and ls[1] == '第A5版:赏盛世牡丹 品魅力菏泽'
    h = take_line(ls, '再写牡丹', once=True)
    assert ls[2] == h
    verses = ls[3:]
    assert len(verses) == 22 and verses[0] == '想故乡' and verses[-1] == '谁就不会理解我的前言不搭后语'
    p = Page(fillers=('', ' ', '', '\u3000'), eol='\n', bom=True)
    p.furn(['菏泽日报', '2024年4月8日 星期一', 'A5', '赏盛世牡丹 品魅力菏泽'], adjacent=True,
           run='菏泽日报 2024年4月8日 星期一 A5 赏盛世牡丹 品魅力菏泽')
    p.article()
    p.title('headline', h)
    for i, v in enumerate(verses):
        p.para(v, trail=' ' if i == 9 else '')
    p.write(os.path.join(D, 'r484'))


# ---------------- r485 牡丹晚报 late 2025 (123.130.246.115/mdwb content_147002) (lone CR, final CR)
def r485():
    ls = lines('r485_mdwb_huimou')
    assert len(ls) == 11
    by = ls[0]
    assert by == '□牡丹晚报全媒体记者 姜培军'
    lead = ls[1:4]
    assert lead[0] == '光阴流转,年轮添新。我们即将告别气象万千的2025年,走向充满希望的2026年。'
    assert lead[2].endswith('历历在目的动人篇章。')
    h1 = take_line(ls, '凝心聚力绘蓝图', once=True)
    h2 = take_line(ls, '优惠“大礼包”激活消费市场', once=True)
    h3 = take_line(ls, '新春第一会', once=True)
    assert ls[4] == h1 and ls[7] == h2 and ls[9] == h3
    s1 = ls[5:7]
    assert s1[0].startswith('1月8日至12日,') and s1[1].endswith('菏泽新篇章。')
    s2 = ls[8]
    assert s2.startswith('为充分激活春节消费市场,') and s2.endswith('发放消费券。')
    s3 = ls[10:]
    assert len(s3) == 1 and s3[0].endswith('抓改革创新促高质量发展大会部署')        # the store stops here
    p = Page(fillers=('', '  ', '\t', ''), eol='\r')
    p.furn(['牡丹晚报'])
    p.furn(['A02', '综合新闻'], adjacent=True, run='A02 综合新闻')
    p.article()
    p.byline('牡丹晚报全媒体记者 姜培军', ['姜培军'], printed=by)
    p.para(lead[0], indent=SS)
    p.para_cut(cut(lead[1], '统筹推进“六大工程”,'), fills={0: '  '}, indent=SS)
    p.para(lead[2], indent=SS, trail=' ')
    p.head([h1])
    p.para(s1[0], indent=SS)
    p.para(s1[1], indent=SS)
    p.head([h2], trail='\u3000')
    p.para_cut(cut(s2, '让市民切实享受实惠,'), fills={0: '\t'}, indent=SS)
    p.head([h3])
    p.para(s3[0], indent=SS)
    p.jump('（下转A03版）')
    p.write(os.path.join(D, 'r485'))


# ---------------- r486 牡丹晚报 2023-12 (reprint on hezeshi.com, 深度报道 content_2857, 2023-12-17) (CRLF, final CRLF)
def r486():
    ls = lines('r486_mdwb_lihongzhou')
    assert ls[0].startswith('您当前位置:') and ls[1].startswith('作者: 荷泽小编') and ls[1].endswith('发表时间:2023-12-17')  # web furniture: left out
    by = ls[2]
    assert by == '□记者 姜培军 郭卫东'
    lead = ls[3]
    assert lead.startswith('总长4公里的牡丹大道') and '牡丹晚报全媒体记者走进李洪周村' in lead and lead.endswith('温馨祥和的文明乡风。')
    hd = ls[4:6]
    assert hd == ['3900多亩牡丹', '尽显花海胜景']
    b1, b2, b3 = ls[6:9]
    assert b1.startswith('12月9日上午,') and b1.endswith('非常适合牡丹、芍药生长。”')
    assert b2.startswith('“李洪周村靠近菏泽城区,') and b2.endswith('规模化种植。”')
    assert b3 == '李洪周村位于菏' and len(ls) == 9                     # the store stops here
    p = Page(fillers=('', '\u3000', '\t', ''), eol='\r\n')
    p.furn(['A05', '牡丹晚报  2023年12月17日  星期日', '乡村振兴'], adjacent=True,
           run='A05 牡丹晚报  2023年12月17日  星期日 乡村振兴')
    p.article()
    p.byline('记者 姜培军 郭卫东', ['姜培军', '郭卫东'], printed=by)
    p.para_cut(cut(lead, '游哉乐哉,'), fills={0: '\t'}, indent=SS)
    p.head(hd)
    p.para(b1, indent=SS, trail=' ')
    p.para_cut(cut(b2, '交通便利,'), fills={0: ''}, indent=SS)
    p.para(b3, indent=SS)
    p.jump('（下转A06版）')
    p.write(os.path.join(D, 'r486'))


for f in (r482, r483, r484, r485, r486):
    f()
