# build r242-r246 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, src_lines, take_line as take, cutter, cutter_many,
                     photo_credit as pho, glued_figure)

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,、')
cuts = cutter_many(cut)


def end_byline(p, printed, text, authors):
    """a reporters' bracket printed on its own line after the last paragraph"""
    p._sep()
    n = p._line(printed, 'B')
    p._add({'type': 'byline', 'line': n, 'text': text,
            'children': [{'type': 'author', 'text': a} for a in authors]})


# ---------------- r242 重庆日报 (创刊70周年: 2022-08-05 第18版 reader stories, 2022-08-07 第4版 两江潮 package)
# LF, final LF
def r242():
    a = lines('r242_cqrb_20220805_duzhe')
    b = lines('r242_cqrb_20220807_xiangdui')
    r = lines('r242_cqrb_20220824_reprint')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['重庆日报', '第4版'], adjacent=True, run='重庆日报 第4版')
    p.jump('（上接第十七版）')
    p.ignore.append('重庆日报 第4版 （上接第十七版）')
    # (1) 2022-08-05: the copy has no title: laid out as a continuation; its three captions come first
    assert a[0] == '|' and a[2] == '|' and a[4] == '|'          # table debris: left out
    f1, f2, f3 = a[1], a[3], a[5]
    cap1, cr1 = '唐富斌在办公室。', '特约摄影 曹永龙'
    cap2, cr2 = '邓艺在阅读《重庆日报》。', '实习生 刘旖旎 摄/视觉重庆'
    cap3, cr3 = '袁镇涛在整理资料剪报。', '记者 张莎 摄/视觉重庆'
    assert f1 == cap1 + cr1 + ' |' and f2 == cap2 + cr2 + ' |' and f3 == cap3 + cr3 + ' |'
    body = a[6:]
    assert body[0] == '70年风雨同行,《重庆日报》与人民脉搏相连,呼吸相通。'
    assert body[2:4] == ['退伍军人、通讯员唐富斌:', '《重庆日报》是“引路人”']
    assert len(body) == 9 and body[-1] == '这一年6月25日,国'
    p.article()
    p.para(body[0])
    p.para_cut(cut(body[1], '从一张张泛黄的信纸、一个个饱含深情的电话,'),
               between={0: [(cap1, pho(cr1, '曹永龙'), 'same', '')]})
    p.head(body[2:4])
    p.para(body[4], trail='  ')
    p.figure(cap2, pho(cr2, '刘旖旎'), mode='next')
    p.para_cut(cut(body[5], '唐富斌想制止这种行为,'), fills={0: '\u3000'})
    p.para(body[6])
    p.figure(cap3, pho(cr3, '张莎'), mode='blank', first_fill='\t')
    p.para(body[7])
    p.para(body[8])
    p.jump('（下转第五版）')
    # (2) 2022-08-07: the package title (from the reprint), the editor's note, the first signed part
    h = take(r, '《重庆日报》 我想对你说')
    assert b[0] == '编者按' and b[4] == '人好刊才好' and b[5] == '蓝锡麟'
    note = b[1:4]
    assert r[3] == note[0] and r[4] == note[1] and r[5] == note[2]   # the reprint has the same note
    part = b[6:]
    assert len(part) == 6 and part[-1].endswith('还能说点七七八八的,仅有极少的')
    p.article()
    p.title('headline', h, trail=' ')
    p.head(['编者按'])
    p.para(note[0])
    p.para_cut(cut(note[1], '记录时代风云,倾听人民心声,2万多个日日夜夜,'), fills={0: '\t'})
    p.para(note[2])
    p.article()
    p.title('headline', b[4])
    p.byline(b[5], ['蓝锡麟'])
    p.para(part[0])
    p.para(part[1])
    p.para(part[2])
    p.para(part[3])
    p.para_cut(cut(part[4], '我个人所好所长,原本不在现代文学类的写作上,'), fills={0: '\u3000'})
    p.para(part[5])
    p.jump('（下转第六版）')
    p.write(os.path.join(D, 'r242'))


# ---------------- r243 重庆晨报 2020-09-14 (成渝 media story, reprint on 华龙网) (BOM, CRLF, no final newline)
def r243():
    a = lines('r243_cqcb_20200914_shuangcheng')
    p = Page(fillers=('', ' \t', '', '\u00a0'), eol='\r\n', bom=True, final_eol=False)
    h = a[0]
    assert h == '成渝媒体深情对视 双城绽放竞合鲜花' and a[2] == h
    assert a[3] == '来源:华龙网-重庆晨报2020-09-14'          # web date line: left out
    cap1, cap2 = a[4], a[5]
    assert cap1 == '采访团参观成都青白江国际铁路港的亚蓉欧国家(商品)馆。' and cap2 == '成都高新区美景。'
    lead = a[6]
    assert a[1] == lead                                   # the copy's summary repeats the lead: left out
    rest = a[7:]
    assert rest[1:3] == ['“双城新发现”专题', '收获点击量超1500万']
    assert len(rest) == 5 and rest[-1].endswith('感受到了东西吸引的磁场…')
    p.furn(['重庆晨报  2020年9月14日  星期一'])
    p.furn(['A02'])
    p.ignore.append('重庆晨报  2020年9月14日  星期一 A02')
    p.article()
    p.title('headline', h, trail='  ')
    p.figure(cap1)                                       # caption only, right under the headline
    p.para_cut(cut(lead, '进一步加强成渝媒体合作,'), fills={0: ' \t'}, indent=SS)
    p.para(rest[0], indent=SS)
    p.figure(cap2, first_fill='\u00a0')
    p.head(rest[1:3])
    p.para_cut(cut(rest[3], '组建了重庆报道团、成都报道团,'), fills={0: '\u00a0'}, indent=SS)
    p.para_cut(cuts(rest[4], '在重庆两江新区、成都天府新区,', '在重庆渝中区、成都青羊区,'), indent=SS)
    p.jump('（下转A03版）')
    p.write(os.path.join(D, 'r243'))


# ---------------- r244 绵阳日报 (three pieces of three issues: 2019-09-04, 2015-06-02, 2013-10-25) (lone CR, final CR)
def r244():
    a = lines('r244_myrb_20190904_dangmei')
    b = lines('r244_myrb_20150602_wangshiwei')
    c = lines('r244_myrb_20131025_qianjing')
    p = Page(fillers=('', SS, '', '\t'), eol='\r')
    p.furn(['绵阳日报', '第2版'], adjacent=True, run='绵阳日报 第2版')
    # (1) 2019-09-04: the web title joins headline and subheadline with a space; split there
    t = a[0]
    k1, h1 = '党媒“大咖”齐聚科技城', '“走进中国科技城·百家党媒绵阳行”大型采访活动今日启动'
    assert t == k1 + ' ' + h1
    cap = '在活动报到处,前来报到的社长、总编和记者络绎不绝'
    assert a[1] == cap + '(记者王勇摄)'
    body = a[2:]
    assert body[0].startswith('本报讯(记者袁媛)') and len(body) == 5
    assert body[-1].endswith('地级城市党报党媒的社长、总编、记者')
    p.article()
    p.title('kicker', k1, accept=['kicker', 'headline'])
    p.title('headline', h1, accept=['headline', 'subheadline'], adjacent=True)
    glued_figure(p, cap, '(记者王勇摄)', pho('记者王勇摄', '王勇'))
    p.para(body[0])
    p.para(body[1])
    p.para_cut(cut(body[2], '一下飞机他就被焕然一新的绵阳所吸引,'), fills={0: SS})
    p.para(body[3], trail=' ')
    p.para_cut(cut(body[4], '绵阳市委宣传部、绵阳日报社承办。3天时间里,'))
    p.jump('（下转第3版）')
    # (2) 2015-06-02: title with a dash subheadline, split at the dash
    t = take(b, '科技绵阳 百闻不如一见——访兰州日报总编辑助理汪世伟')
    h2, s2 = '科技绵阳 百闻不如一见', '——访兰州日报总编辑助理汪世伟'
    assert t == h2 + s2
    assert b[3].startswith('来源:绵阳日报 2015-06-02')     # web date line: left out
    assert b[4] == '□ 记者 王望'
    x1, x2 = '科技创新无处不在', '科技企业增光添彩'
    i, j = b.index(x1), b.index(x2)
    assert i == 6 and j == 10 and len(b) == 13
    p.article()
    p.title('headline', h2)
    p.title('subheadline', s2, adjacent=True)
    p.byline('记者 王望', ['王望'], printed='□ 记者 王望')
    p.para(b[5])
    p.head([x1], trail=' ')
    p.para(b[7])
    p.para_cut(cut(b[8], '在燕景堂科技孵化中心看到无人机、无人驾驶机器人,'), fills={0: '\t'})
    p.para(b[9])
    p.head([x2])
    p.para(b[11])
    p.para(b[12])
    p.jump('（下转第4版）')
    # (3) 2013-10-25: headline, four paragraphs, the reporter's bracket on its own line
    h3 = take(c, '绵阳发展前景无限美好')
    assert c[2] == h3 and c[3].startswith('来源:绵阳日报 2013-10-25')
    body = c[4:8]
    assert c[8] == '(本报记者 袁媛)' and c[9] == '新闻推荐'        # the site's links after: left out
    p.article()
    p.title('headline', h3)
    p.para(body[0])
    p.para_cut(cut(body[1], '通过和这座城市的零距离接触,'), fills={0: SS})
    p.para(body[2])
    p.para(body[3])
    end_byline(p, '(本报记者 袁媛)', '袁媛', ['袁媛'])
    p.write(os.path.join(D, 'r244'))


# ---------------- r245 黔西南日报 2022-11-08 (记者节 package, reprint) (CRLF, final CRLF)
def r245():
    a = lines('r245_qxnrb_20221108_feifan')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n')
    assert a[0].startswith('内容摘要:')                    # the site's summary: left out
    t = '非凡十年我们看到了什么(记者眼中的非凡十年)'
    assert a[1] == t + '(1)' and a[2] == t + '(2)'          # the two pictures' alt texts
    k, h = '记者眼中的非凡十年', '非凡十年我们看到了什么'
    assert t == h + '(' + k + ')'
    note = a[3:7]
    assert note[0] == '编者按:笔尖记录时代,镜头见证发展。'
    h2, by = a[7], a[8]
    assert h2 == '白叶一号:茶苗里“生长”的中国式现代化' and by == '记者 龙波'
    body = a[9:]
    assert body[:2] == ['北纬25.7度,海拔1600米。', '黔西南州普安县地瓜镇屯上村乌龙山。']
    assert len(body) == 6 and body[-1] == '那年还未认识谭化爱。从后来的采访里得'
    p.furn(['黔西南日报'])
    p.furn(['第3版', '记者节特刊'], adjacent=True, run='第3版 记者节特刊')
    p.ignore.append('黔西南日报 第3版 记者节特刊')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail='  ')
    p.para(note[0], indent=SS)
    p.para_cut(cut(note[1], '我们以纸为媒,为人民抒写,为时代放歌,'), fills={0: '\u3000'}, indent=SS)
    p.para(note[2], indent=SS)
    p.para(note[3], indent=SS, trail=' ')
    p.article()
    p.title('headline', h2)
    p.byline(by, ['龙波'], trail=' ')
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '太阳从村庄对面山头升起,阳光穿破云雾,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS)
    p.para_cut(cut(body[4], '乘车从兴义经青山前往普安县城,'), indent=SS)
    p.para(body[5], indent=SS)
    p.jump('（下转第4版）')
    p.write(os.path.join(D, 'r245'))


# ---------------- r246 曲靖日报 (November 2024, reprint on ylcnw.com) (BOM, LF, no final newline)
def r246():
    a = lines('r246_qjrb_202411_caifang')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\n', bom=True, final_eol=False)
    h = a[0]
    assert h == '曲靖高质量发展主题采访活动启动' and a[1] == '来源:曲靖日报'
    body = a[2:]
    assert len(body) == 4
    br = '(张锦文 李书明 钱东秀 甘鹤)'
    assert body[3].endswith(br)
    last = body[3][:-len(br)]
    p.furn(['曲靖日报', '2版', '综合新闻'], adjacent=True, run='曲靖日报 2版 综合新闻')
    p.article()
    p.title('headline', h)
    p.para_cut(cut(body[0], '《工人日报》、'), fills={0: '\u00a0'})
    p.para_cut(cut(body[1], '报道将突出珠江源头、世界最大自然天成花园、古鱼王国、红色沃土、'), fills={0: '  '})
    p.para(body[2], trail='\t')
    p.para(last, byline=(br, '张锦文 李书明 钱东秀 甘鹤', ['张锦文', '李书明', '钱东秀', '甘鹤']))
    p.write(os.path.join(D, 'r246'))


for f in (r242, r243, r244, r245, r246):
    f()
