# build r162-r166 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter, split_at_spaces as split_at

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r162 香港文匯報 2017-06-15 港聞 (特稿) (BOM, CRLF, final CRLF)
def r162():
    ls = lines('r162_wwp_tuzhan')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0] == 'logo 首頁 > 文匯報 > 港聞 > 正文'         # web navigation: left out
    p.furn(['香港文匯報', '2017年6月15日 星期四', '港聞'], adjacent=True,
           run='香港文匯報 2017年6月15日 星期四 港聞')
    t = ls[1]
    assert t == '【特稿】各界讚圖展:百年中國走一回'
    k, h = '【特稿】', '各界讚圖展:百年中國走一回'
    assert ls[2] == '2017-06-15'                                # web date line: left out
    lead = ls[3]
    assert lead.startswith('《大公報》創刊115周年') and lead.endswith('溝通平台。')
    h1 = take(ls, '范太:努力實現「中國夢」')
    h2 = take(ls, '馬逢國:致力為市民服務')
    h3 = take(ls, '盧瑞安:溫故知新如照鏡')
    assert ls[4] == h1 and ls[6] == h2 and ls[9] == h3
    b1, b2a, b2b, b3 = ls[5], ls[7], ls[8], ls[10]
    assert b3.endswith('從圖片展中可') and len(ls) == 11
    p.article()
    p.title('kicker', k, trail='  ')
    p.title('headline', h, adjacent=True)
    p.para_cut(cut(lead, '吸引不少政商界知名人士前往參觀,'), fills={0: '\u3000'}, indent=SS)
    p.head(h1)
    p.para_cut(cut(b1, '回歸20年來不單單只看香港,'), fills={0: '\t'}, indent=SS)
    p.head(h2)
    p.para(b2a, indent=SS)
    p.para(b2b, indent=SS, trail=' ')
    p.head(h3, trail='\u3000')
    p.para(b3, indent=SS)
    p.jump('（下轉A4版）')
    p.write(os.path.join(D, 'r162'))


# ---------------- r163 正報 (澳門) 2013-05-17 第一版 (LF, no final newline)
def r163():
    ls = lines('r163_zb_aoda')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\n', final_eol=False)
    assert ls[:5] == ['第一版', '農曆癸巳年四月初八日', '二O一三年五月十七日', '星期五',
                      '澳門特別行政區政府承認之有效刊物']
    p.furn(['正報', '澳門特別行政區政府承認之有效刊物'], adjacent=True,
           run='正報 澳門特別行政區政府承認之有效刊物')
    p.furn(['二O一三年五月十七日', '星期五', '農曆癸巳年四月初八日'], adjacent=True,
           run='二O一三年五月十七日 星期五 農曆癸巳年四月初八日')
    p.furn(['第一版'])
    t = ls[5]
    h, s, cap = '澳大遺址花落誰家?', '張裕:遷完開學後再定', '司長張裕'
    assert t == h + ' ' + s + ' ' + cap
    a = split_at(ls[6], ['安排。 ', '承諾!」 '])
    assert len(a) == 3 and a[0].startswith('【本報訊】澳門大學') and a[2].endswith('是較適合。')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True, trail='  ')
    p.figure(cap)                       # portrait between the title and the lead, caption only
    p.para(a[0], indent=SS)
    p.para_cut(cut(a[1], '張裕昨於公開場合回應表示:「如果有任何申請的意願的話,'),
               fills={0: '\u00a0'}, indent=SS)
    p.para(a[2], indent=SS)
    k = take(ls, '去年事故涉軟件供應商')
    t2 = ls[8]
    h2 = '電訊不被歸責'
    assert t2.startswith(h2 + ' 【本報訊】')
    c = split_at(t2[len(h2) + 1:], ['提升。 ', '視像電話。 '])
    assert len(c) == 3 and c[2].endswith('陶永強出席 該活動後,') and len(ls) == 9
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h2, accept=['headline', 'subheadline'], adjacent=True)
    p.para(c[0], indent=SS, trail=' ')
    p.para_cut(cut(c[1], '電訊管理局昨早假漁 人碼頭會展中心舉行二零一三世界電信和信息社會日慶祝典禮。由 電訊管理局局長陶永強及多間電訊營運商代表為活動主持啟動儀 式,'),
               fills={0: '  '}, indent=SS)
    p.para(c[2], indent=SS)
    p.jump('（轉第二版）')
    p.write(os.path.join(D, 'r163'))


# ---------------- r164 星島日報 港聞, four stories (lone CR, final CR)
def r164():
    ls = lines('r164_std_gangwen')
    p = Page(fillers=('', '\t', '', SS), eol='\r')
    assert ls[0] == 'Tag: 港聞'                                 # web tag line: left out
    p.furn(['星島日報'])
    p.furn(['港聞'])
    heads = ['業界研直接到內地農場取豬', '新一期居屋攪珠 單身揀樓機會微',
             '天水圍警長救抽搐昏迷少女', '警:「別無選擇」發射催淚彈']
    assert ls[1::2][:4] == heads and ls[9] == '國泰通報機'    # the fifth story is cut to its title: left out
    body = ls[2:9:2]
    assert body[0].startswith('(星島日報報道)深圳') and body[1].startswith('房委會昨日上午')
    p.article()
    p.title('headline', heads[0], trail=' ')
    p.para_cut(cut(body[0], '中轉站需即時關閉及消毒,'), fills={0: '\t'}, indent=SS)
    p.article()
    p.title('headline', heads[1])
    p.para(body[1], indent=SS)
    p.article()
    p.title('headline', heads[2])
    p.para_cut(cut(body[2], '其間一名少女在附近商場暈倒,'), fills={0: SS}, indent=SS, trails={1: '  '})
    p.article()
    p.title('headline', heads[3], trail='\t')
    p.para(body[3], indent=SS)
    p.write(os.path.join(D, 'r164'))


# ---------------- r165 今日浮山 (浮山县 county paper) 2015 第293期 (CRLF, no final newline)
def r165():
    ls = lines('r165_jrfs_zhishu')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert ls[0] == '下一版»本期共4版(1-2-3-4)'                # web navigation: left out
    p.furn(['今日浮山'])
    p.furn(['第293期', '第1版'], adjacent=True, run='第293期 第1版')
    h = ls[1]
    assert h == '县四大班子领导参加义务植树活动'
    lead, last = ls[2], ls[3]
    assert lead.startswith('本报讯春回大地,') and last.endswith('有关情况。(卫琦)') and len(ls) == 4
    body = last[:-len('(卫琦)')]
    p.article()
    p.title('headline', h)
    p.para_cut(cut(lead, '在全国第37个植树节到来之际,'), fills={0: ' \t'}, indent=SS)
    p.para(body, indent=SS, byline=('(卫琦)', '卫琦', ['卫琦']))
    p.write(os.path.join(D, 'r165'))


# ---------------- r166 大公報 郭一鳴 專欄, three columns of 2025-09-19, 09-26, 10-03 (BOM, LF, final LF)
def r166():
    ls = lines('r166_dkb_guo')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\n', bom=True)
    p.furn(['大公報'])
    cols = []
    for date, title in (('2025年10月03日', '大公報|郭一鳴:質素與公平'),
                        ('2025年09月26日', '大公報|郭一鳴:姑蘇城看蘇繡'),
                        ('2025年09月19日', '大公報|郭一鳴:這一回,新界是主角')):
        i = ls.index(title, 2)
        assert ls[i - 1] == date
        cols.append((title[len('大公報|郭一鳴:'):], ls[i + 1]))
    assert ls.count('更多') == 2
    assert cols[2][1].endswith('未讀的新書又是一')
    # e-paper order: the oldest column first
    h, t = cols[2]
    p.article()
    p.title('headline', h, trail='  ')
    p.byline('郭一鳴', ['郭一鳴'])
    p.para_cut(cut(t, '今人難以企及,'), fills={0: '\u00a0'}, indent=SS)
    p.jump('（下轉B2版）')
    h, t = cols[1]
    p.article()
    p.title('headline', h)
    p.byline('郭一鳴', ['郭一鳴'], trail='\t')
    p.para_cut(cut(t, '如果從一九七三年拜蘇繡大師任嘒閒為師開始算起,'), fills={0: '\t'}, indent=SS)
    h, t = cols[0]
    p.article()
    p.title('headline', h)
    p.byline('郭一鳴', ['郭一鳴'])
    p.para_cut(cut(t, '但可以選擇定額車資、按錶付費或按錶打八五折付費,'), fills={0: '\u00a0'}, indent=SS)
    p.write(os.path.join(D, 'r166'))


if __name__ == '__main__':
    for f in (r162, r163, r164, r165, r166):
        f()
