# build r282-r283 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r282 嘉兴日报 2026-01-05 (commentary, reprint naming 嘉兴日报) (BOM, CRLF, no final newline)
def r282():
    ls = lines('r282_jxrb_xinqixiang')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True, final_eol=False)
    h = ls[0]
    assert h == '协同发力,用实干绘就新年新气象'
    assert ls[1] == '创始人' and ls[2] == '2026-01-05 07:13:00'      # reprint site's furniture: left out
    assert ls[3] == '(来源:嘉兴日报)' and ls[4] == '转自:嘉兴日报'
    by = ls[5]
    assert by == '■本报评论记者 沈 洁'
    body = ls[6:11]
    assert len(ls) == 11
    assert body[0].startswith('岁月流金,华章日新。') and body[4].endswith('激活消费潜力的生动实践。')
    p.furn(['嘉兴日报', '2026年1月5日  星期一'], adjacent=True, run='嘉兴日报 2026年1月5日  星期一')
    p.furn(['第2版:秀洲新闻'])
    p.article()
    p.title('headline', h, trail=' ')
    p.byline('本报评论记者 沈 洁', ['沈洁'], printed=by)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '链接清华大学优质科研资源,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS, trail='  ')
    p.para_cut(cut(body[3], '探索出“央地合作”的外资利用新路径,'), fills={0: '\t'}, indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下转第3版）')
    p.furn(['本版责编：朱琴燕'])
    p.write(os.path.join(D, 'r282'))


# ---------------- r283 常州日报 2025-03-07 A01 (LF, final newline)
def r283():
    ls = lines('r283_czrb_chanjiao')
    p = Page(fillers=('', ' \t', ''), eol='\n')
    assert ls[0] == '-' and ls[3] == '-' and ls[6] == '-' and ls[9] == '-'
    h = ls[4]
    assert h == '强化教育对科技和人才支撑作用 形成人才辈出人尽其才才尽其用生动局面'
    para = ls[5]
    assert para.startswith('新华社北京3月6日电 中共中央总书记') and para.endswith('才尽其用的生动局面。')
    p.furn(['常州日报'])
    p.furn(['2025年3月7日 星期五', 'A01'], adjacent=True, run='2025年3月7日 星期五 A01')
    p.furn(['要闻'])
    p.article()
    p.title('headline', h)
    p.para_cut(cut(para, '并参加联组会,'), fills={0: ' \t'})
    p.jump('(下转A02版)')
    p.furn(['责任编辑 韩 晖'])
    p.write(os.path.join(D, 'r283'))


if __name__ == '__main__':
    r282()
    r283()
