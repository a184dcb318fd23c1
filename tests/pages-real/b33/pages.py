# build r157-r161 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter, cutter_many, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r157 宁夏日报 2024-11-08 (创刊75周年, 视觉记者 essay with two photos) (BOM, CRLF, final CRLF)
def r157():
    ls = lines('r157_nxrb_chengzhongcun')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0].startswith('国内统一刊号') and ls[1].startswith('上一篇')   # web furniture: left out
    p.furn(['宁夏日报', '2024年11月8日 星期五'], adjacent=True, run='宁夏日报 2024年11月8日 星期五')
    h, b, c1, c2 = ls[2], ls[3], ls[4], ls[5]
    assert h == '城中村的变迁' and b == '本报记者 左鸣远 文/图'
    assert c1 == '2009年拍摄的红花渠沿线民乐村,也是如今的南塘园旧址。(摄于2009年)'
    assert c2 == '小区居民在红花渠边新建的南塘园休闲娱乐。(摄于2020年)'
    body = ls[6:9]
    assert body[0].startswith('今年是宁夏日报创刊75周年') and body[2].endswith('我们永远在路上。')
    assert ls[9].startswith('-->')                   # web furniture: left out
    p.article()
    p.title('headline', h, trail='  ')
    p.byline(b, ['左鸣远'])
    p.figure(c1)                                    # caption only: (摄于2009年) is a date, not a credit
    p.para_cut(cut(body[0], '作为宁夏日报的视觉记者,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[1], '共拍摄城中村照片数量达10万余张,'), between={0: [(c2,)]}, indent=SS)
    p.para(body[2], indent=SS)
    p.write(os.path.join(D, 'r157'))


# ---------------- r158 随州日报 2008-08-28 第A1版 要闻 (lone CR, no final newline)
def r158():
    ls = lines('r158_szrb_renda')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', final_eol=False)
    assert take(ls, '【第 A1 版:要闻】')
    p.furn(['A1', '要闻'], adjacent=True, run='A1 要闻')
    p.furn(['随州日报', '2008年8月28日 星期四'], run='随州日报 2008年8月28日 星期四')
    k, h, s = ls[2], ls[3], ls[4]
    assert k == '发扬奥运拼搏精神 加快“四个随州”建设'
    assert h == '随州市二届人大三次会议开幕' and s == '马清明主持 刘晓鸣冯仲凯刘安民等出席'
    assert ls[5] == '作者:孙洪涛摄)'                 # web byline field, garbled: left out
    body = ls[6:14]
    assert body[0].startswith('本报讯 记者董斌、见习记者白萌报道:') and body[-1] == '昨日下午,与会人大代表继续参加培训。'
    assert ls[14] == '图为大会会场。 (本报记者 孙洪涛摄)'
    cap, cr = '图为大会会场。', '本报记者 孙洪涛摄'
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True)
    p.title('subheadline', s, adjacent=True)
    p.para(body[0], indent='  ')
    p.para(body[1], indent='  ')
    p.para_cut(cut(body[2], '市委副书记、代理市长刘晓鸣,'),
               between={0: [(cap, pho(cr, '孙洪涛') + ('(本报记者 孙洪涛摄)',), 'next')]}, indent='  ')
    p.para(body[3], indent='  ')
    p.para_cut(cut(body[4], '全体起立,'), fills={0: '\u00a0'}, indent='  ')
    p.para(body[5], indent='  ')
    p.para(body[6], indent='  ', trail=' ')
    p.para(body[7], indent='  ')
    p.write(os.path.join(D, 'r158'))


# ---------------- r159 三秦都市报 2011-04-23 (世园会, web copy on hsw.cn) (LF, final LF)
def r159():
    ls = lines('r159_sqdsb_shiyuanhui')
    p = Page(fillers=('', '\t', '', SS), eol='\n')
    h = take(ls, '网友热议世园会给西安带来变化 处处美景夜景特美')
    assert take(ls, 'http://news.hsw.cn    来源: 三秦都市报  2011-04-23 08:58')
    i = ls.index('·丈夫拒绝与养狗妻子过性生活遭起诉离婚') + 1   # web furniture before: left out
    p1, x, p2 = ls[i], ls[i + 1], ls[i + 2]
    assert len(ls) == i + 3
    assert p1.startswith('北京奥运会') and x == '网友讲述:一年一个样 今年大变样'
    assert p2.endswith('也非常期待。')
    p.furn(['三秦都市报', '2011年4月23日', '星期六'], run='三秦都市报 2011年4月23日 星期六')
    p.article()
    p.title('headline', h)
    p.para_cut(cuts(p1, '广州亚运会的精髓体现在奇思妙想、中国气派、岭南风格和世界水平上。那么,'),
               fills={0: '\t'}, indent=SS)
    p.head([x], trail='   ')
    p.para_cut(cut(p2, '虽然那时只能看到一个园子的轮廓,'), fills={0: SS}, indent=SS)
    p.jump('（下转A06版）')
    p.write(os.path.join(D, 'r159'))


# ---------------- r160 每日新报 2017-08-30 (全运会 / 城市, web copy) (CRLF, no final newline)
def r160():
    ls = lines('r160_mrxb_tianjinzhiyan')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert ls[0] == '首页 > 资讯中心 天津'                 # web furniture: left out
    h = ls[1]
    assert h == '外地人看天津:登“天津之眼”看美丽津城'
    t = ls[2]
    pre, b = '2017年08月30日 11:10', '每日新报记者 孙瑜'
    assert t.startswith(pre + b + ' ')
    lead = t[len(pre + b + ' '):]
    body = ls[3:]
    assert len(body) == 3 and body[-1] == '“我的父亲原先在天津工作过'
    p.furn(['每日新报  2017年8月30日  星期三'])
    p.article()
    p.title('headline', h, trail=' ')
    p.byline(b, ['孙瑜'])
    p.para(lead, indent=SS)
    p.para_cut(cuts(body[0], '喜好体育运动的她们很早就知道天津要举办第十三届全运会,',
                    '因为跑的线路原因,'), fills={0: ' \t', 1: '\u3000'}, indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.jump('（下转第5版）')
    p.write(os.path.join(D, 'r160'))


# ---------------- r161 湖北日报 2009-06-17 (人物通讯, reprint on 54cunguan.cn) (BOM, LF, no final newline)
def r161():
    ls = lines('r161_hbrb_lijinlin')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\n', bom=True, final_eol=False)
    h = ls[0]
    assert h == '大学生村官黎锦林:秀水河畔的时代足音'
    assert ls[1] == '2009-06-17 09:09:45   来源: 湖北日报   作者:熊家余 谢慧敏   点击:'
    b = '熊家余 谢慧敏'
    assert b in ls[1]
    assert ls[2] == '\\'                             # stray web character: left out
    cap = ls[3]
    assert cap == '罗清泉等领导考察宝塔村。'
    body = ls[4:]
    x = '老父亲摆下“鸿门宴”,县委书记“三顾茅庐”;他思量再三,终于认定:新农村的宏图美景比商海里的几滴浪花更精彩'
    j = body.index(x)
    assert j == 3 and len(body) == 14 and body[-1].endswith('一路走来,尽是春风得')
    p.furn(['湖北日报'])
    p.furn(['2009年6月17日 星期三'])
    p.article()
    p.title('headline', h)
    p.byline(b, ['熊家余', '谢慧敏'], trail='  ')
    p.figure(cap)
    p.para(body[0], indent='    ')
    p.para(body[1], indent='    ')
    p.para(body[2], indent='    ')
    p.head([x])
    for n, t in enumerate(body[4:]):
        if n == 2:
            p.para_cut(cut(t, '时任通城县委书记陈树林来到上海,'), fills={0: '\u00a0'}, indent='    ')
        elif n == 4:
            p.para_cut(cut(t, '老父亲带着村委会一班人,'), fills={0: '\t'}, indent='    ')
        else:
            p.para(t, indent='    ')
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r161'))


for f in (r157, r158, r159, r160, r161):
    f()
