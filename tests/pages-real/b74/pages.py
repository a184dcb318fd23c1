# build r362-r366 from the verbatim copies in src/ (see NAME.sources.md)
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


# ---------------- r362 益阳日报 2007-01-05 晚报版 (益阳新闻网 yyrb.cn 200701/1236) (LF, final LF)
def r362():
    ls = lines('r362_yyrb_wanbao')
    assert ls[0].startswith('当前位置: 益阳新闻网')                 # web furniture: left out
    banner = take_line(ls, '不仅仅是新闻的力量--晚报版两周年纪念', once=True)
    assert ls[1] == banner
    assert ls[2] == '2007-01-05 本报记者'                          # web meta: left out
    h1 = take_line(ls, '这两年我们一起走过', once=True)
    assert ls[3] == h1
    i = ls.index('——本报编辑部')
    note = ls[4:i]
    assert len(note) == 11
    assert note[0] == '今天,晚报版面世整整两年了。' and note[10] == '祝福2007,也祝福你们,亲爱的读者!'
    assert note[4].endswith('献上敬意……')
    sig = ls[i]
    h2 = take_line(ls, '让阳光温暖他人', once=True)
    assert ls[i + 1] == h2
    by = ls[i + 2]
    assert by == '■ 本报记者 陈敏'
    p2 = ls[i + 3]
    assert len(ls) == i + 4
    assert p2.startswith('欧洲人文主义学者有一句名言') and p2.endswith('但他们心中有爱,活得充实,')   # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['益阳日报', '2007年1月5日 星期五'], adjacent=True, run='益阳日报 2007年1月5日 星期五')
    p.furn(['晚报版'])
    p.furn([banner])
    p.article()
    p.title('headline', h1)
    for k, t in enumerate(note):
        if k == 8:
            p.para_cut(cut(t, '不是每一次燃烧,'), fills={0: '\u3000'}, indent=SS)
        else:
            p.para(t, indent=SS, trail=' ' if k == 3 else '')
    p.furn([sig])
    p.article()
    p.title('headline', h2)
    p.byline('本报记者 陈敏', ['陈敏'], printed=by)
    p.para_cut(cut(p2, '才能怀有博大的同情心,'), fills={0: ''}, indent=SS)
    p.jump('(下转第7版)')
    p.write(os.path.join(D, 'r362'))


# ---------------- r363 团结报 2022-09-25 (xxnet.com.cn szb/tjbpc 202209/25 c97624) (CRLF, final CRLF)
def r363():
    ls = lines('r363_tjb_yiyang')
    assert ls[0].startswith('国内统一刊号:CN43-0003 湘西团结报社出版')   # web masthead: left out
    date = ls[1]
    assert date == '2022年09月25日'
    k = take_line(ls, '美丽湖南益阳行——', once=True)
    h = take_line(ls, '阅读山乡巨变新篇章', once=True)
    assert ls[2:4] == [k, h]
    caps = ls[4:14]
    assert caps[0] == '只有扎根于生活的作家,歌颂人民,人民才会把他的雕像放在公园里面敬仰。'
    assert caps[5] == '健身遛狗两不误。' and caps[9].startswith('益阳是鱼米之乡')
    by = ls[14]
    assert by == '文/图 本报全媒体记者 张 谨 陈 昊'
    body = ls[15:]
    assert len(body) == 4
    assert body[0].startswith('益阳市紧邻省会长沙') and body[1].startswith('9月15日至17日')
    assert body[2].startswith('1957年,作家周立波') and body[3].endswith('是中国农民在党的领导下走向富裕的典型代')  # store stops
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r\n')
    p.furn(['团结报'])
    p.furn([date, '05版', '文旅'], adjacent=True, run='2022年09月25日 05版 文旅')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    p.byline(by, ['张谨', '陈昊'])
    p.para(body[0], indent=SS)
    p.figure(caps[0])
    p.figure(caps[1])
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '完整地描写了清溪的农业生产合作社从初级社到高级社的发展过程,'),
               between={0: [(caps[2],), (caps[3],), (caps[4],)]}, indent=SS)
    for c in caps[5:]:
        p.figure(c)
    p.para(body[3], indent=SS)
    p.jump('（下转06版）')
    p.write(os.path.join(D, 'r363'))


# ---------------- r364 玉林晚报 2024-05-31 (gxylnews.com/ylwb content_126893) (BOM, LF, no final newline)
def r364():
    ls = lines('r364_ylwb_zhiyao')
    assert ls[0].startswith('国内统一刊号:CN45-0014 玉林日报社主办')   # web masthead: left out
    date = ls[1]
    assert date == '2024年05月31日'
    k = take_line(ls, '小记者作品展示', once=True)
    h = take_line(ls, '玉林制药集团的故事', once=True)
    by = ls[4]
    assert ls[2:4] == [k, h] and by == '■乐学小记者 张益荣(古定中心小学2104班)'
    body = ls[5:]
    assert len(body) == 4
    assert body[0].startswith('在我的家乡玉林') and body[1].endswith('那里展示着集团获得的荣誉奖章。')
    assert body[2].endswith('才是真正的中华老字号品牌。”') and body[3].endswith('1950年,陈善文参与广西土匪暴乱,曾任')  # store stops
    p = Page(fillers=('', '  ', '\u3000'), eol='\n', bom=True, final_eol=False)
    p.furn(['玉林晚报 2024年05月31日 星期五'])
    p.furn(['08', '小记者'], adjacent=True, run='08 小记者')
    p.article()
    p.title('kicker', k)
    p.title('headline', h)
    p.byline(by[1:], ['张益荣'], printed=by)
    p.para(body[0])
    p.para(body[1], trail=' ')
    p.para_cut(cut(body[2], '逐渐壮大到现在的8项发明专利,'), fills={0: '  '})
    p.para(body[3])
    p.jump('(下转第9版)')
    p.write(os.path.join(D, 'r364'))


# ---------------- r365 德州日报 2018-12-08 (dzb.dezhoudaily.com shtml/dzk 20181208/541177) (lone CR, final CR)
def r365():
    ls = lines('r365_dzrb_huimou')
    assert ls[0].startswith('今日') and ls[1] == '文章搜索:' and ls[2].startswith('用户名:')   # web furniture: left out
    h = take_line(ls, '一次回眸 成就一场美丽的缘', once=True)
    assert ls[3] == h
    body = ls[4:]
    assert len(body) == 4
    assert body[0].startswith('今年是《德州日报》创刊30周年') and body[1].endswith('成了他们眼中虚心讨教的好后生。')
    assert body[2].startswith('记得那是1996年秋天的一个下午') and body[2].endswith('心里多了些许感想。')
    assert body[3] == '也就是从那时起,我'                       # the store stops here
    p = Page(fillers=('', '\u3000', '\t', ''), eol='\r')
    p.furn(['德州日报'])
    p.furn(['2018年12月8日 星期六'])
    p.furn(['创刊30周年特刊'])
    p.article()
    p.title('headline', h, trail='\u3000')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '当时交通不是很发达,回家一次要倒好几次车,'), fills={0: '\t'}, indent=SS)
    p.para_cut(cut(body[2], '看到镇领导陪着几个人从外面走来,'), fills={0: ''}, indent=SS)
    p.para(body[3], indent=SS)
    p.jump('（下转第四版）')
    p.write(os.path.join(D, 'r365'))


# ---------------- r366 邵阳日报 2024-07-26 (shaoyangnews.net content/202407/26 1492512, 1492514) (LF, final LF)
def r366():
    a = lines('r366_syrb_liangshi')
    b = lines('r366_syrb_junren')
    assert len(a) == 3 and len(b) == 5
    assert a[0].startswith('二十世纪八十年代,我从师范毕业后') and a[2].endswith('《撒向人间都是爱》《根魂》')   # store stops
    assert b[0].startswith('我这个从邵东山村来到首都北京的军人') and b[4] == '《邵阳日报》是我人生中'           # store stops
    p = Page(fillers=('', ' ', '\u3000\u3000', '\t'), eol='\n')
    p.furn(['邵阳日报', '2024年7月26日 星期五', '第4版 宝庆·副刊'], adjacent=True,
           run='邵阳日报 2024年7月26日 星期五 第4版 宝庆·副刊')
    p.article()
    p.para(a[0], indent=SS)
    p.para_cut(cut(a[1], '懂得了新闻必须真实,且要有时效,'), fills={0: ' '}, indent=SS)
    p.para(a[2], indent=SS)
    p.jump('（下转第7版）')
    p.article()
    p.para(b[0], indent=SS)
    p.para(b[1], indent=SS, trail=' ')
    p.para_cut(cut(b[2], '必须写得从容、舒展,'), fills={0: '\t'}, indent=SS)
    p.para(b[3], indent=SS)
    p.para(b[4], indent=SS)
    p.jump('（下转第7版）')
    p.write(os.path.join(D, 'r366'))


for f in (r362, r363, r364, r365, r366):
    f()
