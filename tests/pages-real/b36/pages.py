# build r172-r176 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (transcribed from
# the look-up output); every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, take_line as take, cutter

SS = '\u3000\u3000'


src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


STATEMENT = '淮南日报社严正声明'     # the web edition's copyright notice (three blocks): left out


def drop_statement(ls):
    i = ls.index(STATEMENT)
    assert ls[i + 1].startswith('长期以来,淮南市部分自媒体') and ls[i + 2] == '现声明如下:'
    assert ls[i + 3].startswith('凡淮南日报社记者署名的文字') and ls[i + 3].endswith('淮南日报社将依法追究法律责任。')
    return ls[:i] + ls[i + 4:]


# ---------------- r172 南方都市报 2013-08-17 (南国书香节) (BOM, CRLF, final CRLF)
def r172():
    a = lines('r172_nfdsb_shuxiang_franceqw')     # headline, whole last paragraph
    b = lines('r172_nfdsb_shuxiang_sinoca')       # the photo caption with its credit
    p = Page(fillers=('', '\u3000', '', '\t', ''), eol='\r\n', bom=True)
    assert a[0] == '|'                            # web furniture: left out
    t = a[1]
    h = '莫言书展上偶遇广东省领导 不说话只微笑'
    assert t == h + '(图)文章来源: 南方都市报'     # web tag (图) and source field: left out
    body = a[2:]
    assert body[-1] == '香港' and len(body) == 10  # a word cut short by the store: left out
    body = body[:-1]
    capline = b[2]
    cap, cr = '昨日,南国书香节,书迷们在保安人墙外围观作家莫言。', '南都记者 林宏贤 冯宙锋 摄'
    assert capline == cap + ' ' + cr
    assert b[:2] == body[:2] and b[3:9] == body[2:8] and body[8].startswith(b[9]) and len(b) == 10
    x1, x2 = body[2], body[5]
    assert x1 == '电子网游区人气高' and x2 == '香港馆参展书由知名文化人士遴选'
    p.furn(['南方都市报', '2013年8月17日 星期六'], adjacent=True, run='南方都市报 2013年8月17日 星期六')
    p.article()
    p.title('headline', h, trail='  ')
    p.para_cut(cut(body[0], '但丝毫没降低市民逛书展的热情,'), indent=SS)
    p.para_cut(cut(body[1], '这本书不谈职场只谈感情,'), indent=SS,
               between={0: [(cap, (cr, 'photographer', '林宏贤、冯宙锋'), 'same', ' ')]})
    p.head([x1])
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS, trail=' ')
    p.head([x2])
    p.para(body[6], indent=SS)
    p.para_cut(cut(body[7], '由香港知名文化界人士组成评审团评选,'), fills={0: '\u3000\u3000'}, indent=SS)
    p.para(body[8], indent=SS)
    p.jump('（下转A08版）')
    p.write(os.path.join(D, 'r172'))


# ---------------- r173 泉州晚报 2025-08-22 and 2006-04-30 (LF, no final newline)
def r173():
    a = lines('r173_qzwb_huoli')
    b = lines('r173_qzwb_penghu')
    p = Page(fillers=('', '  ', '', SS), eol='\n', final_eol=False)
    i = a.index('来源:泉州晚报2025-08-22 09:50')      # web furniture before it: left out
    k, h2, lead, by, x1, x2, p1, p2 = a[i + 1:i + 9]
    assert len(a) == i + 9
    assert k == '中央及省级主流媒体来泉开展主题采访活动——' and h2 == '探寻活力中国 的泉州实践'
    h = take(a, '探寻活力中国的泉州实践')           # the web title (the print title with no line-break space)
    assert by == '□融媒体记者 范金林 实习生 何璋晋'
    assert x1 == '文旅赋能消费' and x2 == '传统与现代碰撞出新活力'
    assert p2.endswith('不仅是体验内容和消费场景的丰')
    p.furn(['泉州晚报'])
    p.article()
    p.title('kicker', k, trail=' ')
    p.title('headline', h, adjacent=True)
    p.para(lead, indent='  ')
    p.byline('融媒体记者 范金林 实习生 何璋晋', ['范金林', '何璋晋'], printed=by)
    p.head([x1, x2])
    p.para_cut(cut(p1, '在蟳埔村,'), indent='  ')
    p.para(p2, indent='  ')
    p.jump('（下转第3版）')
    h3 = b[0]
    assert h3 == '澎湖县议会参访团结束泉州之旅,刘陈昭玲议长依依不舍'
    body = b[1:]
    assert len(body) == 11 and body[0].startswith('本报讯(记者吴泽华陈凌鹭)昨日上午,')
    heads = {3: '期盼早日实现直接往来', 6: '“我们的历史太伟大了”', 8: '希望《泉州晚报》成为跨越海峡的虹桥'}
    for n, x in heads.items():
        assert body[n] == x
    assert body[-1].endswith('希望泉州乡亲有一天能够踏上澎')
    p.article()
    p.title('headline', h3)
    for n, t in enumerate(body):
        if n in heads:
            p.head([t], trail=' ' if n == 6 else '')
        elif n == 1:
            p.para_cut(cut(t, '临上车时,'), fills={0: '  '}, indent='  ')
        elif n == 5:
            p.para_cut(cut(t, '只有实现泉州与澎湖的直接往来,'), indent='  ')
        else:
            p.para(t, indent='  ')
    p.jump('（下转第4版）')
    p.write(os.path.join(D, 'r173'))


# ---------------- r174 淮河早报 2023-07-14 A01 and 2023-12-25 04 (lone CR, final CR)
def r174():
    a = drop_statement(lines('r174_hhzb_kaoyan'))
    b = drop_statement(lines('r174_hhzb_lushiming'))
    p = Page(fillers=('', '\t', ''), eol='\r')
    h, ver, p1, p2 = a
    assert h == '不惧“烤”验 坚守岗位' and ver == '版次:A01  2023年07月14日'   # web edition field: left out
    assert p1.startswith('本报讯(记者 郑洁 摄影报道)炎炎夏日,')
    h2, s2, by2, ver2, q1, q2 = b
    assert s2 == '——访安徽工人日报社党总支书记、副总编辑陆世明'
    assert by2 == '本报记者 张明星/文 倪军/图' and ver2 == '版次:04  2023年12月25日'
    assert q2.endswith('发明豆腐的淮南王刘')
    p.furn(['淮河早报'])
    p.article()
    p.title('headline', h)
    p.para_cut(cut(p1, '坚守在城市保洁一线,'), indent='　　')
    p.para_cut(cut(p2, '穿梭在城市的大街小巷进行垃圾清扫、清运工作,'), indent='　　')
    p.article()
    p.title('headline', h2)
    p.title('subheadline', s2, adjacent=True)
    p.byline(by2, ['张明星', '倪军'])
    p.para(q1, indent='　　')
    p.para_cut(cut(q2, '淮南是一座历史厚重、文化底蕴深厚的城市,'), indent='　　')
    p.jump('（下转05版）')
    p.write(os.path.join(D, 'r174'))


# ---------------- r175 海南日报 2018-03 and 2019-11-11 (BOM, LF, final LF)
def r175():
    a = lines('r175_hnrb_lianghui')
    b = lines('r175_hnrb_xinwenmeng')
    p = Page(fillers=('', '\u00a0', '', '\u00a0\u00a0', ''), eol='\n', bom=True)
    t1, t2, s, by = a[:4]
    assert t1 == '两会特写| 境内外记者点赞海南代表团团组开放活动来'    # web title with a stray 来: left out
    k, h = '两会特写', '境内外记者点赞海南代表团团组开放活动'
    assert t2 == k + h and s == '展示海南发展 彰显海南自信' and by == '海南日报特派记者陈蔚林'
    body = a[4:]
    assert len(body) == 6 and body[-1] == '新华社记者侯丽军认真做着记录—'   # cut short by the store: left out
    body = body[:-1]
    assert body[3].endswith('……')
    i = b.index('2019-11-11 来源:海南日报')          # web furniture before and on it: left out
    h2 = b[i - 1]
    assert h2 == '《海南日报》圆了我的“新闻梦”' and b[i + 1] == '■ 撰文/周荣'
    body2 = b[i + 2:]
    assert len(body2) == 9 and body2[-1].endswith('没想到这篇小文章很快在《海南日报》上')
    p.furn(['海南日报'])
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True)
    p.title('subheadline', s, adjacent=True, trail=' ')
    p.byline(by, ['陈蔚林'])
    p.para(body[0])
    p.para_cut(cut(body[1], '鼓励海南要以国际旅游岛建设为总抓手,'))
    p.para_cut(cut(body[2], '每有提问机会,'), fills={0: '\u00a0'})
    p.para(body[3], trail='  ')
    p.para(body[4])
    p.jump('（下转第五版）')
    p.article()
    p.title('headline', h2)
    p.byline('撰文/周荣', ['周荣'], printed='■ 撰文/周荣')
    for n, t in enumerate(body2):
        if n == 6:
            p.para_cut(cut(t, '海口从之前尘土飞扬的边陲小城发展成如今高楼林立的繁华都市,'), indent='    ')
        elif n == 8:
            p.para_cut(cut(t, '将15路、17路公交车或中巴车延伸到阳光海滩,'), indent='    ')
        else:
            p.para(t, indent='    ')
    p.jump('（下转第六版）')
    p.write(os.path.join(D, 'r175'))


# ---------------- r176 淮北日报 2020 (four items of 05-27, 08-05, 09-30, 10-29) (CRLF, no final newline)
def r176():
    x = lines('r176_hbrb_xincheng')
    v = lines('r176_hbrb_xiulu')
    w = lines('r176_hbrb_huijian')
    s = lines('r176_hbrb_xiashou')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    # each copy: date, page field, title, text, signature, web metadata (date and page fields and metadata left out)
    assert x[:2] == ['2020年10月29日', '第A01版:'] and x[-1].endswith('/enpproperty-->')
    hx, x1, x2, bx = x[2:6]
    assert hx == '建设紧锣密鼓 新城日新月异' and bx == '■ 首席摄影记者 岳建文'
    assert v[:2] == ['2020年08月05日', '第A01版:'] and v[-1].endswith('/enpproperty-->')
    hv, v1, v2, bv = v[2:6]
    assert hv == '高温下的 修路工人' and bv == '■ 摄影 记者 万善朝 通讯员 任艳玲'
    raw_v2 = [l for l in src('r176_hbrb_xiulu').split('\n') if l.startswith(v2)][0]
    vtrail = raw_v2[len(v2):]
    assert vtrail.strip() == '' and len(vtrail) > 10
    assert w[:2] == ['2020年09月30日', '第A02版:'] and w[-1].endswith('/enpproperty-->')
    hw, bw = w[2:4]
    wbody = w[4:-1]
    assert hw == '黄晓武会见 上海城建集团公司负责人' and bw == '■ 记者 詹岩' and len(wbody) == 4
    assert wbody[0].startswith('本报讯 9月29日上午,')
    assert s[:2] == ['2020年05月27日', '第A08版:'] and s[-1].endswith('/enpproperty-->')
    hs, sl = s[2:4]
    assert hs == '夏收开镰'
    sig = '■ 摄影 记者 冯树风'
    assert sl.endswith(sig)
    st = sl[:-len(sig)]
    s1 = st.rstrip()
    glue = st[len(s1):]
    assert s1.endswith('预计月底可收割完成。') and glue.strip() == '' and len(glue) > 10
    p.furn(['淮北日报'])
    p.furn(['第A01版'])
    p.article()
    p.title('headline', hx)
    p.para(x1, indent=SS)
    p.para_cut(cut(x2, '在此建设的市人民医院东院区、淮北一中新校区、港利教育小镇等一大批重点项目工程正在“茁壮成长”。目前,'),
               indent=SS, fills={0: '\u3000'})
    p.byline('首席摄影记者 岳建文', ['岳建文'], printed=bx)
    p.article()
    p.title('headline', hv, trail=' ')
    p.para(v1, indent=SS)
    p.para_cut(cut(v2, '正是浇筑沥青、修补路面的最佳季节。在位于濉溪县五沟镇境内的淮六路热浪滚滚的道路施工现场,'),
               indent=SS, trails={1: vtrail})
    p.byline('摄影 记者 万善朝 通讯员 任艳玲', ['万善朝', '任艳玲'], printed=bv)
    p.article()
    p.title('headline', hw)
    p.byline('记者 詹岩', ['詹岩'], printed=bw)
    p.para(wbody[0], indent=SS)
    p.para_cut(cut(wbody[1], '当前,'), indent=SS)
    p.para(wbody[2], indent=SS)
    p.para(wbody[3], indent=SS)
    p.article()
    p.title('headline', hs)
    p.para(s1, indent=SS, byline=(glue + sig, '摄影 记者 冯树风', ['冯树风']))
    p.write(os.path.join(D, 'r176'))


for f in (r172, r173, r174, r175, r176):
    f()
