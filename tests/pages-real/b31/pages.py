# build r147-r151 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter, cutter_many

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r147 天中晚报 2019-09-25 第04版 民生 (BOM, CRLF, final CRLF)
def r147():
    ls = lines('r147_tzwb_guihua')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['天中晚报', '2019年9月25日  星期三', '第04版', '民生'],
           run='天中晚报 2019年9月25日  星期三 第04版 民生')
    assert ls[0] == '版面概览' and '第04版:民生' in ls and ls[-6] == '分享到'
    h = '街头桂花飘香 市民莫要采摘'
    assert ls.count(h) == 2                  # once in the page's title list, once as the title
    i = len(ls) - 1 - ls[::-1].index(h)
    cap, b, t1, t2 = ls[i + 1:i + 5]
    assert cap == '花好莫要采。' and b == '□全媒体记者 王建成 文/图'
    assert t1.startswith('本报讯 时下,') and t2.endswith('请手下留情。')
    p.article()
    p.title('headline', h, trail='  ')
    p.figure(cap)                            # the photo between title and byline, caption only (credit: 文/图 in the byline)
    p.byline('全媒体记者 王建成 文/图', ['王建成'], printed=b)
    p.para_cut(cut(t1, '走在城区的大街小巷,'), fills={0: '\t'}, indent=SS)
    p.para(t2, indent=SS)
    p.write(os.path.join(D, 'r147'))


# ---------------- r148 中国体育报 2025-10-24 第07版 体坛聚焦 (LF, no final newline)
def r148():
    ls = lines('r148_zgtyb_dazhi')
    p = Page(fillers=('', ' ', '', '\u00a0', '', '\t'), eol='\n', final_eol=False)
    p.furn(['第07版：体坛聚焦', '中国体育报  2025年10月24日  星期五'], adjacent=True,
           run='第07版：体坛聚焦 中国体育报  2025年10月24日  星期五')
    assert ls[3] == '当前报纸名称:中国体育报' and ls[5] == '日期:10-24'
    assert ls[7].startswith('版面:第07版:体坛聚焦')
    h = ls[4]
    assert h == '“最后一球由大郅投就好了”'
    fig = ls[8]
    assert fig == '王治郅 中体在线 许阳摄(资料照片)'
    note = ls[9]
    assert note.startswith('距十五运会开幕已不到20天。') and note.endswith('报道的经历。')
    b = ls[10]
    assert b == '本报记者  阎志强'
    t1, t2, t3, t4 = ls[11:15]
    assert t1.startswith('回想24年前') and t3.endswith('应声入筐。') and t4.endswith('尽管')
    p.article()
    p.title('headline', h)
    p.figure('王治郅', ('中体在线 许阳摄(资料照片)', 'photographer', '许阳'), mode='same')
    p.para(note, indent='  ')                # the editor's lead for the 我在现场 series: a paragraph
    p.byline(b, ['阎志强'])
    p.para(t1, indent='  ')
    p.para_cut(cuts(t2, '让我回到2001年11月14日的东莞体育中心那个充满悬念与情绪张力的男篮决赛现场。拥有刘玉栋、王治郅、李楠、范斌的解放军队与姚明、刘炜、章文琪等压阵的上海队奉献了巅峰对决。两强相争的高水准、姚明和王治郅最后一次国内对决的高期待让看台爆满,'),
               fills={0: '\u00a0'}, indent='  ')
    p.para_cut(cut(t3, '时间一秒秒过去,这时,'), fills={0: '\t'}, indent='  ', trails={1: '  '})
    # t4 stops mid-sentence in the copy (`…尽管`): left out
    p.write(os.path.join(D, 'r148'))


# ---------------- r149 甘肃农民报 2021-10-08 我与《甘肃农民报》 (lone CR, final CR)
def r149():
    ls = lines('r149_gsnmb_duzhe')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r')
    p.furn(['甘肃农民报', '2021年10月8日', '星期五'], adjacent=True,
           run='甘肃农民报 2021年10月8日 星期五')
    assert ls[0].startswith('您好') and ls[2].startswith('2021-10-08 11:52:26 来源:新甘肃·甘肃农民报')
    assert ls[1] == '【我与《甘肃农民报》】《甘肃农民报》的根在读者中'
    b = take(ls, '文/燕兆林')
    t1, t2, t3 = ls[4:7]
    assert t1.startswith('有人说我是') and t2.endswith('也更亲密了。') and t3.endswith('这篇文')
    p.article()
    p.title('kicker', '我与《甘肃农民报》')   # the series label in the web title's 【】, printed over the headline
    p.title('headline', '《甘肃农民报》的根在读者中', adjacent=True, trail=' ')
    p.byline('文/燕兆林', ['燕兆林'], printed=b)
    p.para_cut(cut(t1, '回到不足20平方米的单间房子,'), fills={0: '\u3000'}, indent=SS)
    p.para(t2, indent=SS)
    # t3 stops mid-word in the copy (`…这篇文`): left out
    p.write(os.path.join(D, 'r149'))


# ---------------- r150 信阳晚报 2019-03-07 第03版 城事 (LF, final LF)
def r150():
    ls = lines('r150_xywb_jiepai')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n')
    p.furn(['信阳晚报', '2019年3月7日  星期四', '03', '城 事'], adjacent=True,
           run='信阳晚报 2019年3月7日  星期四 03 城 事')
    assert ls[0] == '第03版:城 事 PDF版阅读' and ls[1] == '报晓风客户端' and ls[2] == '报知天下 晓通万家'
    h = take(ls, '街拍')
    f1, f2, f3 = ls[4:7]
    assert f1 == '时间:3月6日上午' and f2 == '地点:胜利南路天桥下' and f3 == '拍摄者:本报记者 张方志'
    t = ls[7]
    assert t.startswith('有市民反映') and t.endswith('一位市民如是说。')
    assert ls[8].startswith('您的IE浏览器')
    p.article()
    p.title('headline', h, trail='  ')       # the column name is the item's only title line
    for f in (f1, f2, f3):                   # the photo item's field lines: paragraphs (form fields)
        p.para(f)
    p.para_cut(cut(t, '无人打理而变得灰头土脸,'), fills={0: '\t'}, indent='  ', trails={1: ' '})
    p.write(os.path.join(D, 'r150'))


# ---------------- r151 柚都平和 第434期 2022-05-30 第4版 五江之源 (BOM, CRLF, no final newline)
def r151():
    ls = lines('r151_ydph_kailan')
    p = Page(fillers=('', SS, '', '\u00a0', '', ' '), eol='\r\n', bom=True, final_eol=False)
    p.furn(['柚都平和', '第434期', '2022年5月30日  星期一'], adjacent=True,
           run='柚都平和 第434期 2022年5月30日  星期一')
    p.furn(['第4版', '五江之源'], adjacent=True, run='第4版 五江之源')
    assert ls[1] == '当前位置《平和网》 > 柚都平和> 第434期>第4版' and ls[2] == '第4版 :五江之源'
    h = take(ls, '开栏的话')
    assert ls[6] == '作者: 来源:柚都平和 时间:2022-05-30' and ls[7].startswith('编辑:')
    t = ls[8]
    assert t.startswith('为积极响应') and t.endswith('选登部分优秀获奖作品。') and len(ls) == 9
    p.article()
    p.title('headline', h)
    p.para_cut(cuts(t, '全面提升我县生态文明建设水平,', '共收到征文来稿322篇,'),
               fills={0: SS, 1: '\u00a0'}, indent=SS)
    p.write(os.path.join(D, 'r151'))


for f in (r147, r148, r149, r150, r151):
    f()
