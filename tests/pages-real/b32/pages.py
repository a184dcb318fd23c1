# build r152-r156 from the verbatim copies in src/ (see NAME.sources.md)
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


# ---------------- r152 厦门日报 2025 (党报进社区 中秋博饼), date and page not in the copy (LF, final LF)
def r152():
    ls = lines('r152_xmrb_bobing')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['厦门日报'])
    b = ls[0]
    assert b == '本版文/图 本报记者 谭心怡(除署名外)'
    lead = ls[1]
    assert lead.startswith('18日下午,')
    h1, h2 = ls[2], ls[3]
    assert (h1, h2) == ('现场', '传承看报习惯')
    body = ls[4:]
    assert len(body) == 5 and body[-1].endswith('翻来覆去地看,觉得')
    p.article()                         # the copy gives no title: the article opens with its byline
    p.byline(b, ['谭心怡'], trail='  ')
    p.para_cut(cut(lead, '骰子在瓷碗里跳动,'), fills={0: '\u3000'}, indent=SS)
    p.head([h1, h2])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '这位集美大学航海学院的退休教授是《厦门日报》《厦门晚报》的老读者,'),
               fills={0: '\t'}, indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r152'))


# ---------------- r153 青岛早报 2025-10-31 (三十载 特刊) (BOM, CRLF, final CRLF)
def r153():
    ls = lines('r153_qdzb_sanshizai')
    p = Page(fillers=('', '\t', '', SS, '', ' \t'), eol='\r\n', bom=True)
    p.furn(['青岛早报', '2025年10月31日', '星期五'], adjacent=True,
           run='青岛早报 2025年10月31日 星期五')
    h, s = ls[0], ls[1]
    assert h == '三十载共城长' and s == '一代代报人讲述与城市同频共振的难忘经历'
    assert ls[2].startswith('青岛早报 2025年10月31日')     # web furniture: left out
    assert ls[3:11] == ['王亚平', '张建华', '魏铌邦', '段海鹰', '康晓欢', '赵健鹏', '吴冰冰', '江彩雯']  # portrait names: left out
    i1, i2 = ls[11], ls[12]
    assert i1.startswith('三十载风雨兼程') and i2.startswith('30周年')
    h2 = take(ls, '《青岛早报》前传')
    b2 = take(ls, '青岛早报原副总编辑 王亚平')
    body = ls[15:]
    assert len(body) == 4 and body[-1] == '1995年下半年,主要进行赴外地报社考察取经、构建'
    p.article()
    p.title('headline', h, trail='  ')
    p.title('subheadline', s)
    p.para(i1, indent=SS)
    p.para(i2, indent=SS)
    p.article()                         # the first signed part: its own article
    p.title('headline', h2)
    p.byline(b2, ['王亚平'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '时任青岛日报文艺部副主任的我,'), fills={0: '\t'}, indent=SS)
    p.para_cut(cut(body[2], '党委委员、总经理姜幼年,'), fills={0: SS}, indent=SS)
    p.para(body[3], indent=SS)
    p.jump('（下转06版）')
    p.write(os.path.join(D, 'r153'))


# ---------------- r154 吉林日报 2025-10-17 第07版 特刊 (lone CR, no final newline)
def r154():
    ls = lines('r154_jlrb_sancixiangyu')
    p = Page(fillers=('', '\u3000', '', '\u00a0'), eol='\r', final_eol=False)
    assert ls[0] == '首页' and ls[1] == '第07版:特刊'
    p.furn(['第07版', '特刊'], adjacent=True, run='第07版 特刊')
    p.furn(['吉林日报', '2025年10月17日  星期五'], run='吉林日报 2025年10月17日  星期五')
    h = take(ls, '我与《吉林日报》的三次相遇')
    b = take(ls, '阮子旭')
    body = ls[4:]
    assert len(body) == 3 and body[-1].endswith('我信报纸,就像信')
    p.article()
    p.title('headline', h)
    p.byline(b, ['阮子旭'])
    p.para_cut(cut(body[0], '父亲在县印刷厂当校对员,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cuts(body[1], '她的围巾被风吹得乱飞,', '后来这篇短文竟登在《吉林日报》“校园风”栏目,'),
               fills={0: '\u00a0', 1: '\u3000'}, indent=SS, trails={2: ' '})
    p.para(body[2], indent=SS)
    p.jump('（下转08版）')
    p.write(os.path.join(D, 'r154'))


# ---------------- r155 青岛西海岸报, two 要闻 stories of 2024-07-26 and 2024-06-20 (LF, no final newline)
def r155():
    a = lines('r155_xhab_laoganbu')
    c = lines('r155_xhab_zimaoqu')
    p = Page(fillers=('', ' ', '', '\u3000', '', '\t'), eol='\n', final_eol=False)
    p.furn(['青岛西海岸报'])
    t = a[8]
    assert t == '新区老干部情况通报会召开 孙永红出席并讲话   □记者 仪博文 报道'
    ah, asub, ab = '新区老干部情况通报会召开', '孙永红出席并讲话', '□记者 仪博文 报道'
    assert t == ah + ' ' + asub + '   ' + ab
    abody = a[9:]
    assert len(abody) == 3 and abody[0].startswith('本报7月25日讯 ') and abody[-1].endswith('更大贡献。')
    p.article()
    p.title('headline', ah, accept=['headline', 'kicker'])
    p.title('subheadline', asub, accept=['subheadline', 'headline'], adjacent=True)
    p.byline('记者 仪博文 报道', ['仪博文'], printed=ab)
    p.para(abody[0], indent='  ')
    p.para_cut(cuts(abody[1], '他说,', '以习近平新时代中国特色社会主义思想为指导,'),
               fills={0: ' ', 1: '\u3000'}, indent='  ')
    p.para(abody[2], indent='  ', trail='  ')
    t = c[9]
    k = '曾赞荣调研青岛自贸片区建设发展情况'
    hh = '发挥特色优势 深化改革创新 努力当好全市高水平对外开放的排头兵'
    assert t.startswith(k + ' ' + hh + '   本报6月19日讯 据青岛日报消息,')
    lead = t[len(k + ' ' + hh + '   '):]
    cbody = c[10:]
    assert len(cbody) == 2 and cbody[-1].endswith('以更大力度吸引和利用')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', hh, accept=['headline', 'subheadline'])
    p.para(lead, indent='  ')
    p.para_cut(cut(cbody[0], '推动航运、贸易、金融融合创新发展。在西海岸新区保税物流中心,'),
               fills={0: '\t'}, indent='  ')
    p.para(cbody[1], indent='  ')
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r155'))


# ---------------- r156 台州日报 (我与台报七十年), web copy of 2022-12-30 (CRLF, no final newline)
def r156():
    ls = lines('r156_tzrb_duzhe')
    p = Page(fillers=('', '\t', '', SS), eol='\r\n', final_eol=False)
    p.furn(['台州日报'])
    t = ls[0]
    k, h = '台州日报创刊70周年', '因为读者,台报永远年轻'
    assert t == k + '丨' + h
    assert ls[1].startswith('2022-12-30 21:22')          # web furniture: left out
    i1, i2 = ls[2], ls[3]
    assert i1.startswith('七十年砥砺奋进') and i2.endswith('共成长的故事。')
    num, h2, b2 = ls[4], ls[5], ls[6]
    assert (num, h2, b2) == ('01', '吴子熊:与台报的情谊,山高水长', '望潮客户端记者 徐颖晔')
    body = ls[7:]
    assert len(body) == 6 and body[-1].endswith('台报的记者也会跟')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True)
    p.para(i1, indent=SS)
    p.para_cut(cut(i2, '忠实记录时代变迁,'), fills={0: '\t'}, indent=SS)
    p.article()                         # the first numbered part, signed: its own article
    p.title('kicker', num)
    p.title('headline', h2, trail=' ')
    p.byline(b2, ['徐颖晔'])
    for j, x in enumerate(body):
        if j == 1:
            p.para_cut(cut(x, '这位曾经带着玻雕艺术走出国门、走向世界的老艺术家,'), fills={0: SS}, indent=SS)
        elif j == 5:
            p.para_cut(cut(x, '不论我在国内哪座城市表演,'), fills={0: '\t'}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r156'))


for f in (r152, r153, r154, r155, r156):
    f()
