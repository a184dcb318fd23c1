# build r232-r236 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, cutter_many, glued_figure

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r232 惠州日报 (three pieces of three issues: 2025-12-22, 2019-08-25, 2020-10-25)
# BOM, CRLF, final CRLF
def r232():
    a = lines('r232_hzrb_20251222_huiyang')
    b = lines('r232_hzrb_20190825_wangxi')
    c = lines('r232_hzrb_20201025_bianqian')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['惠州日报', 'A06  综合'], adjacent=True, run='惠州日报 A06  综合')
    # (1) 2025-12-22: the copy has no title: a continuation
    assert len(a) == 10
    f1, f2 = a[0], a[1]
    assert f1 == '环境优美的惠阳淡水半岛滨水公园。 惠州东江图片社供图'
    assert f2 == '镇隆镇村民通过网络直播销售镇隆荔枝。 惠州日报记者许文昌 摄'
    cap1, cr1 = '环境优美的惠阳淡水半岛滨水公园。', '惠州东江图片社供图'
    cap2, cr2 = '镇隆镇村民通过网络直播销售镇隆荔枝。', '惠州日报记者许文昌 摄'
    assert f1 == cap1 + ' ' + cr1 and f2 == cap2 + ' ' + cr2
    body1, body2 = a[2], a[3]
    x = a[4:7]
    assert x == ['产业振兴', '从空间破局到产城升级,', '经济走廊串联“双子星”']
    body3, body4 = a[7], a[8]
    last = a[9]
    assert last.endswith('工业投资57.75亿')
    p.jump('（上接A01版）')
    p.article()
    p.para_cut(cut(body1, '从店里飘出扑鼻香气,'), fills={0: '\t'})
    p.figure(cap1, (cr1, 'provided', '惠州东江图片社'), mode='same', sep=' ')
    p.para(body2, trail='  ')
    p.head(x)
    p.para(body3)
    p.para_cut(cut(body4, '在16.879公里的深莞惠红色干线一期两端,'),
               between={0: [(cap2, (cr2, 'photographer', '许文昌'), 'next')]})
    p.para(last)
    p.jump('（下转A07版）')
    # (2) 2019-08-25: essay, subheadline with a dash, □ byline, one comma head
    h, s = b[0], b[1]
    assert h == '忆往昔峥嵘岁月稠' and s == '——印象中的《惠州日报》生活片段'
    assert b[2] == '惠州日报2019年08月25日'          # web date line: left out
    assert b[3] == '□张荣忠'
    bp = b[4:]
    assert len(bp) == 5
    xh = bp[2]
    assert xh == '上世纪80年代办公条件非常艰苦,曾在住宅楼里办公'
    assert bp[-1].endswith('负责检字的工人先按着稿纸一')
    p.article()
    p.title('headline', h)
    p.title('subheadline', s)
    p.byline('张荣忠', ['张荣忠'], printed='□张荣忠')
    p.para(bp[0])
    p.para(bp[1])
    p.head(xh)
    p.para_cut(cuts(bp[3], '作为一家报社的办公地,', '当时报社实行采编合一,'),
               fills={0: '\u3000', 1: '\t'})
    p.para(bp[4])
    p.jump('（下转A08版）')
    # (3) 2020-10-25: essay reprinted on kcqsx.com; title and byline glued in the copy
    assert c[0] == '见证惠州30年变迁□郭浩杰'
    h3, b3 = '见证惠州30年变迁', '□郭浩杰'
    assert c[1] == '惠州日报 2020-10-25 08:27'      # web date line: left out
    assert c[2] == '江北早晨。惠州报业传媒集团东江图片社供图'
    cap3, cr3 = '江北早晨。', '惠州报业传媒集团东江图片社供图'
    cp = c[3:]
    assert len(cp) == 4 and cp[-1].endswith('可见当时师范学校有多偏僻。')
    p.article()
    p.title('headline', h3, trail=' ')
    p.byline('郭浩杰', ['郭浩杰'], printed=b3)
    p.figure(cap3, (cr3, 'provided', '惠州报业传媒集团东江图片社'), mode='same', sep='')
    p.para(cp[0])
    p.para_cut(cut(cp[1], '定居惠州,必知惠城,某日,骑车周游城区,'), fills={0: '\u3000'})
    p.para(cp[2])
    p.para(cp[3])
    p.write(os.path.join(D, 'r232'))


# ---------------- r233 梅州日报 2020-02-12 (a reader's essay, reprint on kcqsx.com) (lone CR, no final newline)
def r233():
    ls = lines('r233_mzrb_20200212_woyu')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', final_eol=False)
    h = ls[0]
    assert h == '我与《梅州日报》' and ls[1] == '梅州日报 2020-02-12 09:03'   # web date line: left out
    q = ls[2:]
    assert len(q) == 4 and q[-1].endswith('变的是报名,不变的是情感始终如一。1988')
    p.furn(['梅州日报', '2020年2月12日 星期三', '08', '副刊·客都'], adjacent=True,
           run='梅州日报 2020年2月12日 星期三 08 副刊·客都')
    p.article()
    p.title('headline', h, trail=' ')
    p.para(q[0], indent='  ')
    p.para_cut(cuts(q[1], '在读物奇缺的农村,', '报纸有《人民日报》《光明日报》《南方日报》《梅江报》,'),
               fills={0: '\u00a0', 1: '  '}, indent='  ')
    p.para_cut(cut(q[2], '得知是班主任推荐发表的,'), fills={0: '\u00a0'}, indent='  ')
    p.para(q[3], indent='  ')
    p.jump('（下转第9版）')
    p.write(os.path.join(D, 'r233'))


# ---------------- r234 湛江日报 2018-12 创刊70周年 (reprint on kcqsx.com) (LF, final LF)
def r234():
    ls = lines('r234_zjrb_201812_70zai')
    p = Page(fillers=('', '\t', '', SS), eol='\n')
    h, lead = ls[0], ls[1]
    assert h == '70载湛江日报 见证港城发展大事' and lead.startswith('今天的新闻,明天的历史。')
    x1, x2 = ls[2], ls[6]
    assert x1 == '见证湛江解放' and x2 == '见证华侨回湛'
    b1, b2, b3 = ls[3:6]
    b4, b5 = ls[7], ls[8]
    assert len(ls) == 9 and b5.endswith('醒目的巨型欢迎标语写着')
    p.furn(['湛江日报'])
    p.furn(['创刊70周年特刊'])
    p.article()
    p.title('headline', h)
    p.para(lead, indent=SS)
    p.head(x1, trail=' ')
    p.para_cut(cut(b1, '湛江人民在党的领导下,'), fills={0: '\t'}, indent=SS)
    p.para_cut(cut(b2, '官兵一千二百余人,'), fills={0: SS}, indent=SS)
    p.para(b3, indent=SS)
    p.head(x2)
    p.para(b4, indent=SS)
    p.para(b5, indent=SS)
    p.jump('（下转第6版）')
    p.write(os.path.join(D, 'r234'))


# ---------------- r235 闽北日报 2018-02-28 and 2023-06-22 (reprints on fjsen.com) (CRLF, no final newline)
def r235():
    a = lines('r235_mbrb_20180228_jianzhan')
    b = lines('r235_mbrb_20230622_baiming')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert a[0].startswith('您所在的位置:') and a[2].startswith('2018-02-28 10:23:53  来源:闽北日报')
    h = a[1]
    assert h == '建阳:打造“建窑建盏”金质名片'
    lead = a[3]
    x1 = a[4]
    assert x1 == '兴文化:千年“窑都”再出发'
    q = a[5:10]
    x2 = a[10]
    assert x2 == '强产业:创新驱动发展活力'
    last = a[11]
    assert len(a) == 12 and last.endswith('多台')
    p.furn(['闽北日报', '3版', '县域经济'], adjacent=True, run='闽北日报 3版 县域经济')
    p.article()
    p.title('headline', h, trail='  ')
    p.para(lead, indent=SS)
    p.head(x1)
    p.para(q[0], indent=SS)
    p.para_cut(cut(q[1], '“最早时三个月都没一个人来,'), fills={0: ' \t'}, indent=SS)
    p.para(q[2], indent=SS)
    p.para(q[3], indent=SS)
    p.para(q[4], indent=SS)
    p.head(x2)
    p.para(last, indent=SS)
    p.jump('（下转第4版）')
    assert b[0].startswith('您所在的位置:') and b[2].startswith('2023-06-22 09:13:15      来源:闽北日报')
    h2 = b[1]
    assert h2 == '全国百名记者在武夷山调研' and b[3] == '分享到:'
    bp = b[4:9]
    assert b[9] == '本次“闽山闽水物华新——全国百名广电' and len(b) == 10   # cut short by the store: left out
    p.article()
    p.title('headline', h2)
    p.para(bp[0], indent=SS)
    p.para(bp[1], indent=SS)
    p.para(bp[2], indent=SS)
    p.para_cut(cut(bp[3], '科技特派员、国家级非物质文化遗产武夷岩茶(大红袍)制作技艺传承人刘国英介绍:“作为科技特派员,'),
               fills={0: '\u3000'}, indent=SS)
    p.para(bp[4], indent=SS, trail='\t')
    p.write(os.path.join(D, 'r235'))


# ---------------- r236 福州日报 2023-02-18, 2020-09-28, 2022-03-10 (district and paper web reprints)
# BOM, LF, no final newline
def r236():
    a = lines('r236_fzrb_20230218_aojiu')
    b = lines('r236_fzrb_20200928_youyuanhui')
    c = lines('r236_fzrb_20220310_leifeng')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n', bom=True, final_eol=False)
    p.furn(['福州日报', 'A05', '城区'], run='福州日报 A05 城区')
    # (1) 2023-02-18
    h = a[0]
    assert h == '鼓东街道中山社区:老少同乐度佳节' and a[1] == '2023-02-18 08:23:47来源:福州日报 作者:莫思予'
    p1, fig, p2 = a[2], a[3], a[4]
    cap, cr = '小朋友为社区老人表演舞蹈。', '记者 池远 摄'
    assert fig == cap + cr
    br = '(记者 莫思予)'
    assert p2.endswith('很令人安心。”' + br)
    p2 = p2[:-len(br)]
    assert a[5] == '【责任编辑:徐匆】'                 # web furniture after the text: left out
    p.article()
    p.title('headline', h)
    p.para(p1)
    p.figure(cap, (cr, 'photographer', '池远'), mode='same', sep='')
    p.para(p2, byline=(br, '莫思予', ['莫思予']))
    # (1b) 2025-02-28 (海峡网 reprint naming 福州日报)
    d = lines('r236_fzrb_20250228_fuzhou')
    h4 = d[1]
    assert h4 == '“福粥”飘香孝道长存 鼓东街道开展拗九节主题活动' and d[4] == h4
    assert d[2] == '福州日报' and d[3] == '2025-02-28 10:00'     # web source and date lines: left out
    fig4 = d[5]
    cap4, cr4 = '志愿者为居民送粥。', '(鼓东街道供图)'
    assert fig4 == cap4 + cr4
    s1, s2, s3, s4 = d[6:10]
    br4 = '(记者 莫思予 通讯员 廖秋瑶)'
    assert s4.endswith('让闽都文化焕发时代活力。' + br4)
    s4 = s4[:-len(br4)]
    assert d[10] == '(责任编辑:赵睿)'
    p.article()
    p.title('headline', h4)
    glued_figure(p, cap4, cr4, ('鼓东街道供图', 'provided', '鼓东街道'))
    p.para(s1)
    p.para_cut(cut(s2, '在庆城社区,'),
               fills={0: '\u3000'})
    p.para(s3)
    p.para(s4, byline=(br4, '莫思予 廖秋瑶', ['莫思予', '廖秋瑶']))
    # (2) 2020-09-28
    h2 = b[1]
    assert h2 == '福州鼓楼:社区游园会精彩纷呈' and b[2].startswith('2020-09-28 16:25:35   来源:福州日报')
    q1, q2 = b[3], b[4]
    assert len(b) == 5 and q1.startswith('鼓楼新闻网9月27日讯(福州日报记者莫思予)26日晚,')
    p.article()
    p.title('headline', h2, trail=' ')
    p.para(q1)
    p.para_cut(cut(q2, '让大家了解福州方言魅力与特色、传承孝廉文化,'), fills={0: '\t'})
    # (3) 2022-03-10
    h3 = c[0]
    assert h3 == '学雷锋 做河湖守护者'
    assert c[1] == '2022-03-10 10:54:55 来源:福州日报 作者:黄芳宾 【字号 大 中 小】'
    au = '黄芳宾'
    r1, r2 = c[2], c[3]
    assert r1.startswith('昨日,志愿者来到晋安湖公园,') and r2.endswith('雷锋故事分享等。')
    assert c[4].startswith('在“中国福州国际招商月”') and len(c) == 5   # another story's text: left out
    p.article()
    p.title('headline', h3)
    p.byline(au, [au])
    p.para(r1, indent=SS)
    p.para(r2, indent=SS)
    p.write(os.path.join(D, 'r236'))


for f in (r232, r233, r234, r235, r236):
    f()
