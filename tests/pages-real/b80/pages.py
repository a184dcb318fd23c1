# build r392-r395 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`, the e-paper of 宝鸡日报, bjrb.joyhua.cn) as the
# store gives them; every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')

# the e-paper's navigation lines at the top of every copy (web furniture: left out)
NAV = ['通版阅读请点击:', '展开通版', '收缩通版']


def nav(ls, page):
    assert ls[:3] == NAV and ls[3] == '当前版:%s版' % page, ls[:4]


# ---------------- r392 宝鸡日报 2021-12-02 01版 (content_20211202001007) (LF, final LF)
def r392():
    ls = lines('r392_bjrb_shurong')
    nav(ls, '01')
    assert ls[4] == '本期发布:'                                    # web furniture: left out
    h = take_line(ls, '本报两名记者获得两项全国殊荣', once=True)     # the copy's line has a trailing space (stripped)
    assert ls[5] == h
    pts = ls[6:8]
    assert pts == ['●胡宝林作品《叩问青铜》荣获孙犁散文奖', '●潘国利家庭获评2021年“全国最美家庭”']
    body = ls[8:]
    assert len(body) == 4
    assert body[0].startswith('本报讯继上个月本报在中国新闻奖评选中斩获大奖后,') and body[0].endswith('这两个奖项为本报再添荣誉。')
    assert body[1].startswith('胡宝林现为宝鸡日报社编辑策划部主任,') and body[1].endswith('曾获第九届冰心散文奖。')
    assert body[2].startswith('潘国利现为宝鸡日报社融媒创意部主任。') and body[2].endswith('这项活动已经坚持了十多年。')
    assert body[3].startswith('近年来,宝鸡日报社坚持') and body[3].endswith('鼓励大家立志成')   # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['宝鸡日报', '2021年12月2日 星期四'], adjacent=True, run='宝鸡日报 2021年12月2日 星期四')
    p.furn(['01版:要闻'])
    p.article()
    p.title('headline', h, trail=' ')
    for x in pts:                           # the summary points under the headline; the marker is not text
        p._sep()
        n = p._line(x, 'P')
        p._add({'type': 'paragraph', 'line': n, 'text': x[1:]})
    p.para_cut(cut(body[0], '近日,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[1], '书写宝鸡蕴藏的中国青铜文化之美,'), fills={0: ''}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para(body[3], indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r392'))


# ---------------- r393 宝鸡日报 2021-11-10 06版 (content_20211110006001) (CRLF, no final newline)
def r393():
    ls = lines('r393_bjrb_dajuan')
    nav(ls, '06')
    assert ls[4] == '本期发布:'
    h = take_line(ls, '《脱贫攻坚的宝鸡答卷》付梓', once=True)
    assert ls[5] == h
    b1, b2 = ls[6], ls[7]
    assert b1.startswith('本报讯在举世瞩目的脱贫攻坚战取得全面胜利之际,') and b1.endswith('献上一份厚礼。')
    sig = '本报记者王卉'
    assert b2.startswith('中国作协会员、陕西省有突出贡献专家吕向阳') and b2.endswith('值得收藏。' + sig)
    t2 = b2[:-len(sig)]                     # the reporter glued after the last sentence is the byline
    assert ls[8].startswith('国内统一刊号:CN61-0008') and len(ls) == 11     # web footer: left out
    p = Page(fillers=('', '\t', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['第06版', '宝鸡日报', '2021年11月10日 星期三'], adjacent=True, run='第06版 宝鸡日报 2021年11月10日 星期三')
    p.article()
    p.title('headline', h)
    p.para(b1, indent=SS)
    frags = cut(t2, '往返行程3500多公里,')
    p.para_cut([frags[0], frags[1] + sig], fills={0: '\t'}, indent=SS)
    node = p.art['children'][-1]
    assert node['type'] == 'paragraph' and node['text'].endswith('值得收藏。' + sig)
    node['text'] = node['text'][:-len(sig)]
    p.art['children'].append({'type': 'byline', 'line': len(p.lines), 'text': '王卉',
                              'children': [{'type': 'author', 'text': '王卉'}]})
    p.lines[-1] = (p.lines[-1][0], 'C+B')
    p.write(os.path.join(D, 'r393'))


# ---------------- r394 宝鸡日报 2021-03-17 05版 (content_20210317005007) (BOM, lone CR, final CR)
def r394():
    ls = lines('r394_bjrb_jinji')
    nav(ls, '05')
    assert ls[4] == '本期发布:'
    h = take_line(ls, '金鸡报晓正当时', once=True)
    b = take_line(ls, '◎吕向阳', once=True)
    assert ls[5] == h and ls[6] == b
    body = ls[7:]
    assert len(body) == 7
    assert body[0].startswith('时光飞逝。1985年那个牛年,') and body[0].endswith('也称得上是公平正义的守望者。')
    assert body[1] == '一万期,叠加起来可能不止绕地球一两周……'
    assert body[2] == '一万期,如果把每个字当作一块砖,肯定能砌起一座万里长城……'
    assert all(x.startswith('一万期,') and x.endswith('……') for x in body[1:6])
    assert body[6].startswith('我离开报社已经两年多,') and body[6].endswith('让我感受到这支')   # the store stops here
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\r', bom=True)
    p.furn(['05', '副刊'], adjacent=True, run='05 副刊')
    p.furn(['宝鸡日报 2021年3月17日 星期三'])
    p.article()
    p.title('headline', h)
    p.byline('吕向阳', ['吕向阳'], printed=b)
    p.para_cut(cut(body[0], '在即将迈进又一个牛年门槛之际,'), fills={0: '\u3000'}, indent=SS)
    for x in body[1:6]:
        p.para(x, indent=SS)
    p.para(body[6], indent=SS)
    p.jump('（下转第八版）')
    p.write(os.path.join(D, 'r394'))


# ---------------- r395 宝鸡日报 2021-02-18 02版 专题 (content_20210218002005) (LF, no final newline)
def r395():
    ls = lines('r395_bjrb_xiqin')
    nav(ls, '02')
    assert '第02版:专题' in ls                                     # the copy's own page list
    i = ls.index('朗读')                                            # end of the web navigation
    assert ls[ls.index('标题导航') + 2:ls.index('版面概览')] == [
        '增强廉洁自律意识树好组工干部形象', '“只要把乘客安全送达比啥都高兴”', '用心守护市民出行安全',
        '以担当换来业主安心', '在西秦大地感受春天', '过年清扫,仍从凌晨4点开始', '“大家平安,小家才会更幸福”']
    h, b = ls[i + 1], ls[i + 2]
    assert h == '在西秦大地感受春天' and b == '胡宝林'
    body = ls[i + 3:]
    assert len(body) == 2
    assert body[0].startswith('牛年的春节在人们的期盼中到来。') and body[0].endswith('生机勃勃的春天的气息!')
    assert body[1].startswith('我们感受到春节的欢乐祥和。') and body[1].endswith('也得到了当地政府、企')  # store stops
    p = Page(fillers=('', '\t', ' \t', ''), eol='\n', final_eol=False)
    p.furn(['宝鸡日报'])
    p.furn(['2021年2月18日 星期四', '第02版:专题'], adjacent=True, run='2021年2月18日 星期四 第02版:专题')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.byline('胡宝林', ['胡宝林'], trail=' ')
    p.para(body[0])
    p.para_cut(cut(body[1], '我们的家庭喜事多多,'), fills={0: ' \t'})
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r395'))


if __name__ == '__main__':
    r392(); r393(); r394(); r395()
