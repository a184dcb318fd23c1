# build r217-r221 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`, or the code index's read_file) as the
# store gives them; every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter

SS = '\u3000\u3000'


src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


def head_marked(p, printed, text):
    """a section head printed with a marker that is not part of its text"""
    p._sep()
    n = p._line(printed, 'X')
    p._add({'type': 'section_head', 'line': n, 'text': text})


def paras_html(block):
    """the <p>…</p> paragraphs of an HTML copy, in order"""
    out = []
    for piece in block.split('<p>')[1:]:
        assert '</p>' in piece
        out.append(piece.split('</p>')[0].strip())
    return out


# ---------------- r217 华商报 呼声回应 2019-12 and 2019-11 (LF, final newline)
def r217():
    a = lines('r217_hsb_huisheng')
    b = lines('r217_hsb_meiyuan')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['华商报', 'A08', '呼声回应'], run='华商报 A08 呼声回应')
    p.jump('（上接A07版）')
    p.ignore.append('华商报 A08 呼声回应 （上接A07版）')     # head run with the jump line
    # item 1: its title is not in the copy (the store starts below it): a continuation
    assert a[0].startswith('11月14日华商报读者来电:南二环东段') and len(a) == 16
    p.article()
    p.para(a[0], indent=SS)
    p.para(a[1], indent=SS)
    p.para_cut(cut(a[2], '经西安市绿化养护管理处核实,'), fills={0: '\u3000'}, indent=SS)
    p.para(a[3], indent=SS)
    # item 2: two-line title
    assert a[4] == '高铁寨小学外文具店出售“五毛”食品' and a[5] == '要求立即下架停售'
    p.article()
    p.title('headline', a[4], accept=['headline', 'kicker'], trail='  ')
    p.title('subheadline', a[5], accept=['subheadline', 'headline'], adjacent=True)
    p.para(a[6], indent=SS)
    p.para(a[7], indent=SS)
    p.para_cut(cut(a[8], '现场对其下达了《责令改正通知书》,'), fills={0: '\t'}, indent=SS)
    p.para(a[9], indent=SS)
    # item 3: two-line title; the store stops inside its last paragraph
    assert a[10] == '鄠邑区汽车客运站南站盖好不启用' and a[11] == '因资金问题室外消防水池暂未完成'
    p.article()
    p.title('headline', a[10], accept=['headline', 'kicker'])
    p.title('subheadline', a[11], accept=['subheadline', 'headline'], adjacent=True)
    p.para(a[12], indent=SS)
    p.para(a[13], indent=SS, trail=' ')
    p.para(a[14], indent=SS)
    assert a[15] == '目前,汽车南站综合'
    p.para(a[15], indent=SS)
    p.jump('（下转A09版）')
    # yybnet copy of 华商报 2019-11-25
    assert b[2] == '全程跟踪 梅园新村一楼楼顶平台咋又脏乱了'
    assert b[3].startswith('来源:华商报 2019-11-25')
    cap = b[4]
    assert cap == '一楼楼顶平台上散落着垃圾杂物,西影路梅园新村平台又脏乱了。'
    last = b[7]
    tail = '华商报记者 马群'
    assert last.endswith('。' + tail) and b[8] == '新闻推荐'
    p.article()
    p.title('headline', b[2], trail='  ')
    p.figure(cap)                        # the web copy prints the photo's caption first
    p.para(b[5], indent=SS)
    p.para_cut(cut(b[6], '11月21日下午,'), fills={0: '\u3000'}, indent=SS)
    p.para(last[:-len(tail)], indent=SS, byline=(tail, '马群', ['马群']))
    p.write(os.path.join(D, 'r217'))


# ---------------- r218 大河报 2018-04-26 解密档案 (BOM, CRLF, no final newline)
def r218():
    a = lines('r218_dhb_758')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['大河报', '2018年4月26日 星期四'], adjacent=True, run='大河报 2018年4月26日 星期四')
    p.furn(['A12', '解密档案'], adjacent=True, run='A12 解密档案')
    p.ignore.append('大河报 2018年4月26日 星期四 A12 解密档案')
    t = a[0]
    k, h = '【解密档案】', '“75・8”特大洪水河南的伤逝记忆'
    assert t == k + h and a[1] == '2018年04月26日14:17' and a[2] == '来源:大河网'
    c1, c2, c3 = a[3], a[4], a[5]
    assert c1 == '“75·8”特大洪水让1100万人受灾(记者翻拍资料图片'
    assert c2 == '板桥水库重建的水文观测台' and c3 == '记者在驻马店市遂平县文城乡采访'
    l1, l2, l3 = a[6], a[7], a[8]
    by = a[9]
    assert by == '□大河报 记者孟冉文图'
    hd = a[10]
    assert hd == '村民回忆村庄瞬间被洪水冲毁'
    b1, b2, b3, b4 = a[11], a[12], a[13], a[14]
    assert b4.endswith('急忙派村民去公社') and len(a) == 15
    p.article()
    p.title('kicker', k, adjacent=False)
    p.title('headline', h, adjacent=True, trail=' ')
    p.figure(c1)
    p.para(l1, indent=SS)
    p.para_cut(cut(l2, '1788万亩耕地遭灾,'), fills={0: '\u00a0'}, indent=SS)
    p.para(l3, indent=SS)
    p.byline('大河报 记者孟冉文图', ['孟冉'], printed=by)
    p.head(hd)
    p.para(b1, indent=SS)
    p.para_cut(cut(b2, '遂平县受灾最严重,'), between={0: [(c2,)]}, indent=SS)
    p.para(b3, indent=SS, trail='\t')
    p.figure(c3, first_fill='\u00a0')
    p.para(b4, indent=SS)
    p.jump('（下转A13版）')
    p.write(os.path.join(D, 'r218'))


# ---------------- r219 三湘都市报 2009-08-06 (lone CR, final CR)
def r219():
    a = lines('r219_sxdsb_zhuxi')
    p = Page(fillers=('', '\t', '', SS), eol='\r')
    p.furn(['三湘都市报', '2009年8月6日 星期四', 'A02'], run='三湘都市报 2009年8月6日 星期四 A02')
    p.jump('（上接A01版）')
    p.ignore.append('三湘都市报 2009年8月6日 星期四 A02 （上接A01版）')
    c1 = a[0]
    c2 = a[1] + a[2]                   # one caption, printed on two web lines in the copy
    assert c1 == '9时,3位“主席”从湖南日报报业集团出发,开始巡游长沙'
    assert a[1] == '11时,长沙市橘子洲头,' and a[2] == '“主席”的出现立刻吸引了众多小朋友围观'
    assert a[5] == '□核心提示'
    s1, s2, s3 = a[6], a[7], a[8]
    by = a[9]
    assert by == '■记者 李琪 黄京 实习生 李萍 张燕' and a[10].startswith('[1] [2] [3]')
    p.article()
    head_marked(p, a[5], '核心提示')
    p.para_cut(cut(s1, '在这个特殊的日子里,'), between={0: [(c1,)]}, indent=SS)
    p.para(s2, indent=SS)
    p.para(s3, indent=SS)
    p.byline('记者 李琪 黄京 实习生 李萍 张燕', ['李琪', '黄京', '李萍', '张燕'], printed=by)
    p.figure(c2)                       # after the article's end byline: a figure of that article
    p.write(os.path.join(D, 'r219'))


# ---------------- r220 潇湘晨报 2021-04-29 and 2016-01-30 (BOM, LF, no final newline)
def r220():
    js = src('r220_xxcb_jichang')
    row = src('r220_xxcb_jiajing')
    p = Page(fillers=('', '\u3000', '', '  '), eol='\n', bom=True, final_eol=False)
    p.furn(['潇湘晨报', 'A10', '社会'], adjacent=True, run='潇湘晨报 A10 社会')
    h = '机场撒泼？北京大兴机场一女子强行冲闯登机口，倚在机舱门上致航班延误，被行拘十日'
    assert "title: '%s'," % h in js and "author: '潇湘晨报'," in js
    ps = paras_html(js)
    assert len(ps) == 9
    body, by = ps[:6], ps[6]
    assert by == '潇湘晨报记者张岳 实习生王鹏辉 综合央视新闻报道'
    assert ps[7] == '【来源：潇湘晨报】'           # web furniture: left out
    p.article()
    p.title('headline', h)
    p.para(body[0])
    p.para_cut(cut(body[1], '然后在登机廊桥又多次挣脱工作人员的阻拦来到飞机附近，'), fills={0: '\u3000'})
    p.para(body[2])
    p.para_cut(cut(body[3], '现场处置民警经过多次的劝阻和警告无效后，'), fills={0: '  '})
    p.para(body[4], trail=' ')
    p.para(body[5])
    p.byline(by, ['张岳', '王鹏辉'])
    # the second story: title and lead only (a news-list row); closed by a jump line
    f = row.split("', '")
    h2, lead = f[0].split("'")[1], f[3]
    assert h2 == '男子取钱为瞒老婆报假警'
    assert lead.startswith('红网长沙1月30日讯（潇湘晨报记者 覃剑') and lead.endswith('又报了警。')
    p.article()
    p.title('headline', h2, trail='\u3000')
    p.para_cut(cut(lead, '自己的银行卡被盗刷，'), fills={0: '  '})
    p.jump('（下转A11版）')
    p.write(os.path.join(D, 'r220'))


# ---------------- r221 信息时报 2009-09-13 A3 and 2016-05 (CRLF, final CRLF)
def r221():
    ps = paras_html(src('r221_xxsb_daosheng'))
    row = src('r221_xxsb_chuanxiao')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n')
    p.furn(['信息时报', 'A3'], adjacent=True, run='信息时报 A3')
    assert len(ps) == 8 and ps[0].startswith('信息时报讯 高校开学')   # the lead: on A1 (left out)
    assert ps[1] == '导生成新生指路人' and ps[3] == '导生也要竞争上岗'
    assert ps[7].startswith('（消息来源：信息时报 2009、9、13、A3版')      # web note: left out
    p.jump('（上接A1版）')
    p.ignore.append('信息时报 A3 （上接A1版）')
    p.article()
    p.head(ps[1])
    p.para_cut(cut(ps[2], '记者看到，'), fills={0: ' \t'}, indent=SS)
    p.head(ps[3], trail=' ')
    p.para(ps[4], indent=SS)
    p.para_cut(cut(ps[5], '学生党员、院系优秀学生干部以及在某些方面有特长的高年级学生优先考虑，'),
               fills={0: '\u3000'}, indent=SS)
    p.para(ps[6], indent=SS)
    f = row.split("', '")
    lead, h = f[1], f[2].replace('\\"', '"')    # the SQL dump escapes the quotes of the title
    assert h == '小伙被"女网友"骗进传销组织 欲逃遭群殴致死'
    assert lead.startswith('信息时报讯 近年来') and lead.endswith('邓某等7人。')
    p.article()
    p.title('headline', h)
    p.para_cut(cut(lead, '信息时报讯 近年来，'), fills={0: ' \t'}, indent=SS)
    p.jump('（下转A4版）')
    p.write(os.path.join(D, 'r221'))


if __name__ == '__main__':
    for fn in (r217, r218, r219, r220, r221):
        fn()
