# build r302-r305 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,;；')


def glued(line, credit, sep):
    """a caption line of the copy that ends with sep + credit -> caption"""
    assert line.endswith(sep + credit), line
    return line[:-len(sep + credit)]


# ---------------- r302 襄阳晚报 2026-01-05 A01 (BOM, CRLF, final CRLF)
def r302():
    ls = lines('r302_xywb_20260105_xinnian')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert len(ls) == 7
    k, h, capline, b1, b2, b3, see = ls
    assert k == '元气满满 向新而行' and h == '解锁新年的N种方式'
    cr = '全媒体首席记者杨东 通讯员刘羲宁 摄'
    cap = glued(capline, cr, ' ')
    assert cap == '1月1日晚,游客在襄阳华侨城奇幻谷观看新年烟花灯光秀'
    assert b1.startswith('2026年元旦假期') and b3.endswith('一路向新而行。')
    assert see == '(相关报道见2—5版)'
    p.furn(['襄阳晚报', '2026年1月5日 星期一'], adjacent=True, run='襄阳晚报 2026年1月5日 星期一')
    p.furn(['A01', '今日关注'], adjacent=True, run='A01 今日关注')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'], trail=' ')
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True)
    p.figure(cap, (cr, 'photographer', '杨东、刘羲宁'), mode='same', sep=' ')
    p.para(b1, indent=SS)
    p.para_cut(cut(b2, '采血车前,爱心人士让温暖在寒冬里传递;'), fills={0: '\t'}, indent=SS)
    p.para(b3, indent=SS, trail='  ')
    p.jump(see)
    p.write(os.path.join(D, 'r302'))


# ---------------- r303 辽源日报, photo news of three days and a story of 2025-04-24 (lone CR, final CR)
def r303():
    pa = lines('r303_lyrb_photo_6717')
    pb = lines('r303_lyrb_photo_11470')
    pc = lines('r303_lyrb_photo_20408')
    art = lines('r303_lyrb_20250424_guamiao')
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\r')
    assert pa[0] == '图片新闻' and len(pa) == 2            # web title of the item: left out
    assert pb[:2] == ['图片新闻', '图片新闻'] and len(pb) == 3
    assert pc[:2] == ['图片新闻', '图片新闻'] and len(pc) == 3
    xia = '本报记者 夏景明 摄'
    capa = glued(pa[1], xia, ' ')
    capb = glued(pb[2], '本报记者 刘鹰 摄', '')
    capc = glued(pc[2], xia, ' ')
    assert capa.startswith('3月15日,市园林管理处') and capb.endswith('其他学校周边。') and capc.endswith('确保河道通畅。')
    h = take(art, '二龙山乡七家子村:不负好春光 瓜苗移栽忙', once=True)
    i = art.index(h)
    assert art[i + 1] == '发布时间:2025-04-24 12:26 信息来源:辽源日报' and art[i + 2] == '收藏'   # web meta: left out
    body = art[i + 3:]
    assert len(body) == 4 and body[0].startswith('眼下正值') and body[3].endswith('积极谋划产业发展新')
    p.furn(['辽源日报'])
    p.furn(['2025年4月24日', '星期四'], adjacent=True, run='2025年4月24日 星期四')
    p.furn(['第2版 城事'])
    p.figure(capa, (xia, 'photographer', '夏景明'), mode='next')          # photo news before any article
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS, trail=' ')
    p.para_cut(cut(body[1], '熟练地用专业工具在薄膜上挖出坑穴,'), fills={0: '\u00a0'}, indent=SS)
    p.para_cut(cut(body[2], '通过控制室温、引入先进滴灌设备,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[3], indent=SS)
    p.jump('（下转第三版）')
    p.figure(capb, ('本报记者 刘鹰 摄', 'photographer', '刘鹰'), mode='same', sep='', doc_level=True)
    p.figure(capc, (xia, 'photographer', '夏景明'), mode='same', sep=' ', doc_level=True)
    p.write(os.path.join(D, 'r303'))


# ---------------- r304 焦作日报, photo news of 2016-02-01 and 2011-12-19, a story of 2022-06-20 (LF, final LF)
def r304():
    pa = lines('r304_jzrb_20160201_photo')
    pb = lines('r304_jzrb_20111219_photo')
    art = lines('r304_jzrb_20220620_guanshan')
    p = Page(fillers=('', '\t', '', '  '), eol='\n')
    assert len(pa) == 2 and pa[1] == '殷小晴 摄' and '图为' in pa[0]
    assert len(pb) == 1
    capb = glued(pb[0], '本报记者 李英俊 摄', '')
    k = take(art, '本报总编辑、党委副书记王静锋深情讲述:', once=True)
    i = art.index(k)
    h = art[i + 1]
    assert h == '观山看水见世界 有我焦作日报'
    assert art[i + 2].startswith('更新时间:2022-6-20')               # web meta: left out
    body = art[i + 3:]
    assert len(body) == 4 and body[0].startswith('再有11天') and body[3].endswith('焦作日报特别是其《法')
    last = cut(body[3], '由消息到通讯,')[0]                             # the rest goes to the next page
    p.furn(['焦作日报', '2022年6月20日  星期一'], adjacent=True, run='焦作日报 2022年6月20日 星期一')
    p.furn(['03', '综合新闻'], adjacent=True, run='03 综合新闻')
    p.figure(pa[0], (pa[1], 'photographer', '殷小晴'), mode='next')       # photo news before any article
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    p.para_cut(cut(body[0], '对于没有参与交集的久远的过往,'), fills={0: '\t'}, indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '文章发表之后在我的同学朋友圈产生了强烈反响,'), fills={0: '  '}, indent=SS)
    p.para(last, indent=SS)
    p.jump('（下转第四版）')
    p.figure(capb, ('本报记者 李英俊 摄', 'photographer', '李英俊'), mode='same', sep='', doc_level=True)
    p.write(os.path.join(D, 'r304'))


# ---------------- r305 焦作日报 2013-09-16 第03版 都市新闻, two stories of the page (CRLF, no final newline)
def r305():
    ls = lines('r305_jzrb_20130916_lvhuadai')
    yb = lines('r305_jzrb_20130916_yuebing')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r\n', final_eol=False)
    assert ls[0].startswith('第03版:都市新闻')
    h1 = take(ls, '中秋月饼市场劲吹“节俭风”', once=True)              # the page's list of titles
    assert ls.count('绿化带损毁严重 垃圾很多无人管') == 2
    i = ls.index('市长途汽车客运总站广场前')
    k2, h2 = ls[i], ls[i + 1]
    assert h2 == '绿化带损毁严重 垃圾很多无人管'
    assert ls[i + 2].startswith('移动手机用户') and ls[i + 3].startswith('登录 焦作网')   # web furniture: left out
    b2 = ls[i + 4:]
    assert len(b2) == 3 and b2[0].startswith('本报讯(记者岳静)近来') and b2[2].endswith('郝先生告诉记者:“这')
    assert yb[0] == '本报记者 付凯明' and yb[1] == '实习生 张银雯'
    lead, x1, a1, a2, x2, a3, a4 = yb[2:]
    assert x1 == '超市:“瘦身”月饼受青睐' and x2 == '市民:莫让月饼坏了中秋味道'
    assert a4.endswith('给亲朋好友')
    p.furn(['焦作日报', '2013年9月16日 星期一'], adjacent=True, run='焦作日报 2013年9月16日 星期一')
    p.furn(['第03版', '都市新闻'], adjacent=True, run='第03版 都市新闻')
    p.article()
    p.title('headline', h1)
    p.byline('本报记者 付凯明 实习生 张银雯', ['付凯明', '张银雯'])
    p.para_cut(cut(lead, '近日,记者走访了我市几家大型超市,'), fills={0: '\u3000'}, indent=SS)
    p.head(x1)
    p.para(a1, indent=SS)
    p.para(a2, indent=SS, trail=' ')
    p.head(x2, trail=' ')
    p.para_cut(cut(a3, '在解放路一蛋糕店,记者看到,'), fills={0: ' \t'}, indent=SS)
    p.para(a4, indent=SS)
    p.jump('（下转第四版）')
    p.article()
    p.title('kicker', k2)
    p.title('headline', h2, adjacent=True)
    p.para(b2[0], indent=SS)
    p.para_cut(cut(b2[1], '在路边摆摊卖餐饮的小贩,'), fills={0: '\u3000'}, indent=SS)
    p.para(b2[2], indent=SS)
    p.jump('（下转第四版）')
    p.write(os.path.join(D, 'r305'))


if __name__ == '__main__':
    for f in (r302, r303, r304, r305):
        f()
