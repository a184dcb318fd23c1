# build r372-r376 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r372 乐山日报 2022-03-21 第01版 一版要闻 (szb.lsrbs.net e-paper + leshan.scol.com.cn reprint) (LF, final LF)
def r372():
    a = lines('r372_lsrb_jiazhou')
    assert a[0] == '01:一版要闻' and a[1] == '本版列表新闻'          # e-paper furniture: left out
    assert a[2].startswith('2022年03月21日 星期一')
    h1 = take_line(a, '探寻嘉州春天 共话乡村振兴')
    assert a[3] == h1
    body1 = a[4:8]
    assert body1[0].startswith('本报讯 (记者 赵径)近日,') and body1[0].endswith('展示乡村振兴亮点成果。')
    assert body1[1].startswith('当天,记者们先后来到') and body1[1].endswith('进行实地采访。')
    assert body1[2].startswith('媒体记者们纷纷表示,') and body1[2].endswith('宣传推广出去。')
    assert body1[3].startswith('伴随着乡村振兴的号角,') and body1[3].endswith('入选省级农村生产生活遗产名录3个。')
    assert a[8] == '第01版:一版要闻'                                # the page list: page name from here
    assert '黄润秋来乐调研生态环境分区管控工作' in a[12:]            # the second article is listed on 01版
    b = lines('r372_lsrb_huangrunqiu')
    h2 = take_line(b, '黄润秋来乐调研生态环境分区管控工作', once=True)
    assert b[0] == h2 and b[1].startswith('2022-03-21 09:11:56来源:乐山日报')   # web furniture: left out
    body2 = b[2:6]
    assert len(b) == 6
    assert body2[0].startswith('3月17日,生态环境部部长黄润秋') and body2[0].endswith('提供有力支撑和保障。')
    assert body2[1].startswith('生态环境部副部长叶民,') and body2[1].endswith('在相关点位参加调研。')
    assert body2[2].startswith('从2019年开始,') and body2[2].endswith('生态环境保护协同共进。')
    assert body2[3].endswith('进一步完善生物多')                      # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['乐山日报', '2022年03月21日 星期一', '第01版', '一版要闻'], adjacent=True,
           run='乐山日报 2022年03月21日 星期一 第01版 一版要闻')
    p.article()
    p.title('headline', h1)
    p.para(body1[0], indent=SS)
    p.para_cut(cut(body1[1], '嘉州绿心公园和牟子镇苏坪村乡村振兴示范点,'), fills={0: '\u3000'}, indent=SS)
    p.para(body1[2], indent=SS)
    p.para(body1[3], indent=SS, trail=' ')
    p.article()
    p.title('headline', h2, trail='  ')
    p.para(body2[0], indent=SS)
    p.para_cut(cut(body2[1], '生态环境部环评司司长刘志全参加调研。副省长陈炜,'), fills={0: '\t'}, indent=SS)
    p.para(body2[2], indent=SS)
    p.para(body2[3], indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r372'))


# ---------------- r373 中国教师报 2020-12-30 年度读者 (new.qq.com reprint 20201230A06YNE00) (CRLF, no final newline)
def r373():
    ls = lines('r373_zgjsb_chengzhang')
    t = ls[0]
    assert t == '相知无远近,万里尚为邻|《中国教师报》2020年度读者出炉!'
    h0 = t.split('|')[0]
    digest = ls[1]
    lead = ls[2]
    assert lead.startswith('2020年即将过去,') and lead.endswith(digest[1:])    # the web digest (虽+the lead's end): left out
    assert ls[3] == '图片' and ls[6] == '图片'                          # web picture marks: left out
    h1 = take_line(ls, '成长的力量', once=True)
    assert ls[4] == h1 and ls[5] == '杜 静'
    body = ls[7:]
    assert len(body) == 4
    assert body[0].startswith('同样是这样一个静谧的午后,') and body[0].endswith('汩汩流出。')
    assert body[1].startswith('9年的时间过去了,') and body[1].endswith('一路的成长助力。')
    assert body[2].startswith('素来喜欢读书,') and body[2].endswith('非常大的触动。')
    assert body[3].endswith('为我指明了前进')                        # the store stops here
    p = Page(fillers=('', '\u3000\u3000', '', ' '), eol='\r\n', final_eol=False)
    p.furn(['中国教师报', '2020年12月30日  星期三'], adjacent=True, run='中国教师报 2020年12月30日  星期三')
    p.furn(['年度读者'])
    p.ignore.append('中国教师报 2020年12月30日  星期三 年度读者')   # the whole head run
    p.article()
    p.title('headline', h0)
    p.para(lead, indent=SS)
    p.article()
    p.title('headline', h1, trail=' ')
    p.byline('杜 静', ['杜静'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '这要感谢当初一个不经意遇见了《中国教师报》,'), fills={0: '\u3000\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '当时学校正在进行课堂教学改革,遇到不少问题,'), fills={0: ''}, indent=SS)
    p.jump('（下转第十版）')
    p.write(os.path.join(D, 'r373'))


# ---------------- r374 中国教师报 2020-12-30 年度读者, continued (shadafang.com reprint 010234KLR021_3) (lone CR, final CR)
def r374():
    ls = lines('r374_zgjsb_lixiang')
    assert ls[0] == '《中国教师报》2020年度读者出炉!( 三 )'           # web title + page number: left out
    cont = ls[1:6]
    assert cont[0].startswith('我曾写过一篇回忆刚当教师时的文章,') and cont[0].endswith('教育要有高度。')
    assert cont[1].startswith('得益于学习《中国教师报》') and cont[1].endswith('一份开学的大礼。')
    assert cont[2].startswith('参与过《中国教师报》的活动') and cont[2].endswith('与全国同行进行交流。')
    assert cont[3].startswith('随着不断接触,') and cont[3].endswith('记录了一份份访谈。')
    assert cont[4].startswith('2020年就要过去了,') and cont[4].endswith('越发浓厚深沉。')
    unit = take_line(ls, '(作者单位系广东省信宜市信宜中学)', once=True)
    assert ls[6] == unit
    h = take_line(ls, '理想读者', once=True)
    assert ls[7] == h and ls[8] == '范敬祥'
    assert ls[9] == '《中国教师报》2020年度读者出炉!' and ls[10] == '文章插图'   # web picture alt text: left out
    last = ls[11]
    assert len(ls) == 12
    assert last.startswith('2019年11月27日,') and last.endswith('的随笔《理想的读者')   # the store stops here
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r', bom=True)
    p.furn(['中国教师报'])
    p.furn(['2020年12月30日 星期三', '第十版', '年度读者'], adjacent=True, run='2020年12月30日 星期三 第十版 年度读者')
    p.ignore.append('中国教师报 2020年12月30日 星期三 第十版 年度读者')   # the whole head run
    p.jump('（上接第九版）')
    p.article()
    p.para(cont[0], indent=SS)
    p.para(cont[1], indent=SS)
    p.para_cut(cut(cont[2], '我根据“有问有答”栏目征稿,'), fills={0: '\t'}, indent=SS)
    p.para(cont[3], indent=SS)
    p.para(cont[4], indent=SS, trail='\u3000')
    p.para(unit, indent=SS)
    p.article()
    p.title('headline', h)
    p.byline('范敬祥', ['范敬祥'])
    p.para(last, indent=SS)
    p.jump('（下转第十一版）')
    p.write(os.path.join(D, 'r374'))


# ---------------- r375 教师报 2022-04-20 第4版 (epaper.sxjybk.com content_20220420004001) (LF, no final newline)
def r375():
    ls = lines('r375_jsb_bianzhean')
    h = take_line(ls, '·编者按·', once=True)
    assert ls[0] == h
    verse = ls[1:5]
    assert verse == ['他/她,他们,', '是用阅读为学生点亮心灯的一线教师;', '是致力于为师生营造书香校园的优秀校长;',
                     '是倡导阅读、支持阅读行动的教师团队……']
    body = ls[5:]
    assert len(body) == 3
    assert body[0].startswith('在大兴读书之风的形势下,') and body[0].endswith('寻找希望之光。')
    assert body[1] == '《教师报》首届“全民阅读 教师领航·推动陕西阅读十大教育人物”评选活动结果已出炉!'
    assert body[2].startswith('让我们一起走近') and body[2].endswith('让书香充盈三秦大地。')
    p = Page(fillers=('', '\u3000', ' ', '\t'), eol='\n', final_eol=False)
    p.furn(['教师报', '2022年4月20日 星期三', '4'], adjacent=True, run='教师报 2022年4月20日 星期三 4')
    p.furn(['阅读'])
    p.ignore.append('教师报 2022年4月20日 星期三 4 阅读')   # the whole head run
    p.article()
    p.title('headline', h)
    for v in verse:
        p.para(v, indent=SS)
    p.para_cut(cut(body[0], '他们尽己所能将读书这件好事传播出去,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.write(os.path.join(D, 'r375'))


# ---------------- r376 中国教师报 2024-12-25 文化 (zhenguoke.com reprint of 163.com JKOO648G0516DRAR) (BOM, CRLF, final CRLF)
def r376():
    ls = lines('r376_zgjsb_yuefu')
    lead = ls[0]
    assert lead.startswith('与《中国教师报》的第一次“相遇”是什么情形?') and lead.endswith('正在读报的你的身影。')
    assert ls[1] == '来源 | 《中国教师报》文化版'                  # web line: left out (gives the page name)
    h = take_line(ls, '带几份报纸见岳父', once=True)
    assert ls[2] == h and ls[3] == '龙鸿发'
    assert ls[4] == '湖南省耒阳市教育局'                              # the author's unit: left out (see NOTES)
    body = ls[5:]
    assert len(body) == 4
    assert body[0].startswith('阳光穿透云层,') and body[0].endswith('“《中国教师报》带来了吗?”')
    assert body[1].startswith('回想起刚参加工作的日子,') and body[1].endswith('对教育事业的热情。')
    assert body[2].startswith('时间推移,') and body[2].endswith('寻找灵感和答案。')
    assert body[3].startswith('我的岳父曾经是一名代课教师,') and body[3].endswith('更是一种精神寄托。每次我')   # the store stops here
    p = Page(fillers=('', '\u3000', '\t', ''), eol='\r\n', bom=True)
    p.furn(['中国教师报', '2024年12月25日 星期三', '文化'], adjacent=True, run='中国教师报 2024年12月25日 星期三 文化')
    p.article()
    p.para(lead, indent=SS)
    p.article()
    p.title('headline', h)
    p.byline('龙鸿发', ['龙鸿发'])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS, trail=' ')
    p.para_cut(cut(body[2], '《中国教师报》也始终陪伴在我身边,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[3], '没想到岳父看到报纸后满心欢喜,'), fills={0: '\t'}, indent=SS)
    p.jump('（下转第八版）')
    p.write(os.path.join(D, 'r376'))


for f in (r372, r373, r374, r375, r376):
    f()
