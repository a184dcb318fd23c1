# build r497-r501 from the verbatim copies in src/ (see NAME.sources.md)
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


# ---------------- r497 承德日报 2017-08-17 (cd.hebnews.cn content_6592715) (CRLF, final CRLF)
def r497():
    ls = lines('r497_cdrb_huangtuliangzi')
    assert ls[0] == '承德市新闻>>头条新闻'                                  # web breadcrumb: left out
    h = take_line(ls, '平泉黄土梁子林场在石质荒山创造人工林海奇迹纪实', once=True)
    assert ls[1] == h
    assert ls[2] == '2017-08-17 09:33:14 来源:承德日报' and ls[3].startswith('进入移动版')   # web furniture: left out
    body = ls[4:]
    assert len(body) == 10
    assert body[0] == '承德市区向北驱车120 多公里,冀辽蒙三省交界处。一弯深深的绿色镶嵌于此。'
    assert body[1] == '这就是平泉黄土梁子林场。'
    assert body[2].startswith('“山是和尚头,') and body[3].startswith('“无山不绿,')
    assert body[4].startswith('时间于历史的苍凉') and body[5].startswith('六十三载,寒来暑往。')
    assert body[6].startswith('青山不语,绿色为证。')
    kh = '久久为功赢得满目青山翠——'
    assert body[7].startswith('循着绿色的召唤,') and body[7].endswith('的使命与担当。' + kh)
    p8 = body[7][:-len(kh)]                       # the web copy glues the section head to the paragraph
    deck = body[8]
    assert deck.startswith('面对恶劣环境选择苦干实干,') and deck.endswith('为京津筑起一道坚实的绿色屏障')
    last = body[9]
    assert last.startswith('2016年8月23日,国家林业局') and last.endswith('会议一项重')   # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['承德日报', '2017年8月17日 星期四'], adjacent=True, run='承德日报 2017年8月17日 星期四')
    p.furn(['要闻'])
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para(body[4], indent=SS)
    p.para_cut(cut(body[5], '变成22万亩人工林海,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[6], indent=SS)
    p.para(p8, indent=SS)
    p.head([kh, deck])
    p.para(last, indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r497'))


# ---------------- r498 大同日报 2024-05-06 10版 (epaper.dtnews.cn content_10_227564) (BOM, LF, no final newline)
def r498():
    ls = lines('r498_dtrb_yishiyiyou')
    assert ls[0].startswith('当前版: 10版')                                  # web furniture: left out
    h = take_line(ls, '亦师亦友亦知己', once=True)
    assert ls[1] == h
    cap1, cap2 = ls[2], ls[3]
    assert cap1 == '一九五九年大同报社编辑部和印刷厂工作人员合影' and cap2 == '《大同日报》1949年5月5日创刊号'
    body = ls[4:]
    assert len(body) == 3
    assert body[0].startswith('作为大同人,') and body[0].endswith('“亦师亦友亦知己、至珍至爱至年华”。')
    assert body[1].startswith('我的好老师。') and body[1].endswith('没戴眼镜。')
    assert body[2].startswith('我的好朋友。') and body[2].endswith('终于在《大同日报》的一角登了50多')   # the store stops here
    p = Page(fillers=('', '\t', ' ', ''), eol='\n', bom=True, final_eol=False)
    p.furn(['大同日报'])
    p.furn(['2024年5月6日 星期一', '10'], adjacent=True, run='2024年5月6日 星期一 10')
    p.article()
    p.title('headline', h, trail=' ')
    p.figure(cap1)
    p.para(body[0], indent='  ')
    p.para_cut(cut(body[1], '“仰尘”可能很多现代年轻人不知道,'), between={0: [(cap2,)]}, indent='  ')
    p.para(body[2], indent='  ')
    p.jump('（下转11版）')
    p.write(os.path.join(D, 'r498'))


# ---------------- r499 盘锦日报 1991-10 (meta.librarydata.cn 061120020220020313) (lone CR, final CR)
def r499():
    ls = lines('r499_pjrb_lianhe')
    h = take_line(ls, '辽西市报联合体第三次理事会议在盘锦举行', once=False)
    assert ls[0] == h and ls.count(h) == 1 and ls[5] == '颗粒名称: ' + h      # library record fields: left out
    i = ls.index('内容')
    body = ls[i + 1:i + 6]
    assert body[0].startswith('本报讯 10月18、19日,辽西市报联合体') and body[0].endswith('参加了会议。')
    assert body[1].startswith('会上,阜新日报总编辑刘铎') and body[2].startswith('会议评出辽西市报联合体')
    assert body[3] == '会上选举了第三届理事会成员。议定了第四届理事会的时间及地点。'
    assert body[4] == '市委副书记甄质,市委常委、宣传部长马新华出席了会议。'
    sign = ls[i + 6]
    assert sign == '(本报记者)' and ls[i + 7] == '知识出处'
    p = Page(fillers=('', ' ', '\u3000'), eol='\r')
    p.furn(['盘锦日报', '1991年10月'], adjacent=True, run='盘锦日报 1991年10月')
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '各报编发了“辽西剪影”专栏,'), fills={0: ' '}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.byline('本报记者', [], printed=SS + sign)
    p.write(os.path.join(D, 'r499'))


# ---------------- r500 黑河日报 2016-08-01 (heihe.dbw.cn 057317419) (LF, final LF)
def r500():
    ls = lines('r500_hhrb_qianli')
    h = take_line(ls, '千里之外,你是我的挚爱', once=True)
    i = ls.index(h)
    assert ls[i - 1].startswith('您当前的位置') and ls[i + 1].startswith('http://heihe.dbw.cn  2016-08-01')
    assert ls[i + 4].startswith('订阅方式:')                                # web furniture and advert: left out
    body = ls[i + 5:]
    assert len(body) == 4
    assert body[0].startswith('中国的报纸品类丰富,') and body[0].endswith('有着深厚情愫。')
    assert body[1].startswith('那年初到黑河,') and body[1].endswith('很快帮我融入了黑河。')
    assert body[2] == '《黑河日报》这份优秀的报纸在黑河市民中的阅读地位,我也有着见证。'
    assert body[3].startswith('舅舅在黑河城区') and body[3].endswith('订阅《黑河日报》为')   # the store stops here
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\n')
    p.furn(['黑河日报 2016年8月1日 星期一'])
    p.furn(['时空黑河'])
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '休息时,'), fills={0: '  '}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para(body[3], indent=SS)
    p.jump('(下转第4版)')
    p.write(os.path.join(D, 'r500'))


# ---------------- r501 承德日报 2025 (80th year; reprint on 163.com/dy KACS5SJ005568W0A, 来源:和合承德网) (LF, final LF)
def r501():
    ls = lines('r501_cdrb_liangshi')
    assert ls[0] == '来源:滚动播报' and ls[1] == '(来源:和合承德网)'          # web furniture: left out
    intro = ls[2:5]
    assert intro[0].startswith('80年栉风沐雨,80年纸墨情深。') and intro[1].startswith('或许是老一辈手中传递的早报,')
    assert intro[2].startswith('80年不是终点,') and intro[2].endswith('共赴下一段与承德同行的旅程。')
    h = take_line(ls, '良师益友一甲子', once=True)
    assert ls[5] == h and ls[6] == '刘 朴'
    body = ls[7:]
    assert len(body) == 5
    assert body[0].startswith('《承德日报》创刊于1945年,') and body[0].endswith('竟也60年了!')
    assert body[1].endswith('那时候的报纸还叫《承德群众报》。') and body[2].endswith('叫申庭才。')
    assert body[3].endswith('“这个孩子将来肯定有出息。”')
    assert body[4].startswith('1972年,我高中毕业,') and body[4].endswith('有朋友来看我,说')   # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['承德日报'])
    p.furn(['08', '创刊80周年'], adjacent=True, run='08 创刊80周年')
    p.article()
    p.para(intro[0], indent=SS)
    p.para(intro[1], indent=SS)
    p.para(intro[2], indent=SS)
    p.article()
    p.title('headline', h)
    p.byline('刘 朴', ['刘朴'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '就能够磕磕绊绊地读报纸了,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para(body[4], indent=SS)
    p.jump('（下转第七版）')
    p.write(os.path.join(D, 'r501'))


if __name__ == '__main__':
    r497(); r498(); r499(); r500(); r501()
