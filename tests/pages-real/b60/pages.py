# build r292-r293 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter, take_line as take

SS = '\u3000\u3000'

src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r292 保定晚报 2021-11-15 (我与保定晚报的故事, web copy) (CRLF, no final newline)
def r292():
    ls = lines('r292_bdwb_yangquanyong')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', final_eol=False)
    assert ls[2].startswith('1995年9月13日是什么日')       # site title: left out
    h = ls[3]
    assert h == '我与保定晚报的故事'
    p1, p2 = ls[4], ls[5]
    assert p1.startswith('11月12日上午9时许') and p2.endswith('非常敏感。')
    assert ls[6] == '杨全永柜子里的《保定晚报》。邸志永摄.'   # the copy's first, dotted print of the caption: left out
    fig = ls[7]
    cap, cr = '杨全永柜子里的《保定晚报》。', '邸志永摄'
    assert fig == cap + cr
    x1, x2 = ls[8], ls[9]
    assert x1 == '试刊印象深刻' and x2 == '“贴近基层、贴近读者、贴近生活,都是老百姓关心的事儿”'
    body = ls[10:]
    assert len(body) == 7 and body[-1] == '“就在去年疫情前,我朋友'
    p.furn(['保定晚报', '2021年11月15日 星期一'], adjacent=True, run='保定晚报 2021年11月15日 星期一')
    p.article()
    p.title('headline', h, trail=' ')
    p.para(p1, indent=SS)
    p.para_cut(cut(p2, '最近连版面都从黑白版换成彩色了,'), fills={0: '\u3000'}, indent=SS)
    p.figure(cap, (cr, 'photographer', '邸志永'), mode='same', sep='')
    p.head([x1, x2])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '彼时的试刊号,头版头条《房改:你能承受吗?》,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS, trail='  ')
    p.para(body[4], indent=SS)
    p.para(body[5], indent=SS)
    p.para(body[6], indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r292'))


# ---------------- r293 今日兰州晚报 (兰州日报社) 2024-02-01 第1版 (flipbook text layer) (BOM, LF, final LF)
def r293():
    t = src('r293_lzwb_fenweizu')
    ls = lines('r293_lzwb_fenweizu')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', bom=True)
    i = ls.index('第3页') + 1                          # the flipbook's text layer, one block a line
    caps = [(ls[i], ls[i + 1]), (ls[i + 2], ls[i + 3]), (ls[i + 4], ls[i + 5])]
    assert caps[0] == ('“福”字送市民', '兰州日报社全媒体记者 谭安丽 摄')
    assert caps[1] == ('“文化下乡”送春联', '兰州日报社全媒体记者 高宏梅 摄')
    assert caps[2] == ('年货节年味拉满', '兰州日报社全媒体记者 张鹏伟 摄')
    h = '春节﹃氛围组﹄已就位'
    assert ''.join(ls[i + 6:i + 9]) == h
    lead = '这 个 时节的忙碌都是充满喜悦的 :到 年 货节 置 办 年货 、在 黄 河岸边领取一副书法家现场写就的春联……不知不 觉 中 ,新春的脚步越来越近了。'
    assert (h + lead) in t                              # the summary gives the lead as one run
    head1 = take([l for l in t.replace('孙恺远2024', '孙恺远\n2024').replace('廿二扫码', '廿二\n扫码').replace('观澜新闻中共', '观澜新闻\n中共').replace('总第15000期中共', '总第15000期\n中共').split('\n')], '中共兰州市委主管主办 兰州日报社出版 总第15000期')
    for s in ('20242·1今日16版星期四癸卯年十二月廿二', '新闻热线:4286666 发行热线:6132999 广告热线:6132488 6132494 邮发代号:53-10 国内统一连续出版物号 CN 62-0002',
              '总值班:万星 值班主任:徐晓兵 陈德龙 首席编辑:安冬蓓 美编:焦翔 校对:岳伟 本报常年法律顾问:倪得宾 孙恺远'):
        assert s in t, s
    p.furn(['今日兰州晚报', '2024年2月1日 星期四', '癸卯年十二月廿二'], adjacent=True,
           run='今日兰州晚报 2024年2月1日 星期四 癸卯年十二月廿二')
    p.furn([head1])
    p.article()
    p.title('headline', h)
    p.para(lead)
    for c, cr in caps:
        who = cr.split()[1]
        p.figure(c, (cr, 'photographer', who))
    p.furn(['新闻热线:4286666 发行热线:6132999 广告热线:6132488 6132494 邮发代号:53-10 国内统一连续出版物号 CN 62-0002',
            '总值班:万星 值班主任:徐晓兵 陈德龙 首席编辑:安冬蓓 美编:焦翔 校对:岳伟 本报常年法律顾问:倪得宾 孙恺远'], adjacent=True,
           run='新闻热线:4286666 发行热线:6132999 广告热线:6132488 6132494 邮发代号:53-10 国内统一连续出版物号 CN 62-0002 '
               '总值班:万星 值班主任:徐晓兵 陈德龙 首席编辑:安冬蓓 美编:焦翔 校对:岳伟 本报常年法律顾问:倪得宾 孙恺远')
    p.write(os.path.join(D, 'r293'))


if __name__ == '__main__':
    r292()
    r293()
