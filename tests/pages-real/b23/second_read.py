# second_read.py: checks against a second read_file of each stored file, at an offset into the body.
# For each file: the text at that offset in (rebuilt front matter + src copy) must begin with the
# characters the second read showed there, and the listed snippets (whitespace-sensitive lines: titles,
# bylines, credits, padded names, U+3000, full-width ＋) must be in the copy exactly.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(D, 'verify_src.py'), encoding='utf-8').read().split('ok = True')[0])
FM = {}
for src, tot, ti, d, s, sn, au, cat, kw, wc, u in E:
    FM[src] = ('---\ntitle: "%s"\ndate: %s\nsection: "第%s版"\nsection_name: "%s"\nauthor: "%s"\ncategory: "%s"\nkeywords: [%s]\nword_count: %d\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/%s.html"\n---\n\n'
               % (ti, d, s, sn, au, cat, kw, wc, u))
C = [
 ('r107_wenlv', 280, '“赛事＋”“科技＋”……假期文旅市场持续升温\n\n# 文旅场景上新  消费活力焕新（文化中国行）',
  ['> 本报记者  管璇悦《人民日报》', '刘振清摄（影像中国）', '“科技+艺术”深度融合', '（本报记者王永战、曹玲娟、肖家鑫、窦瀚洋、罗艾桦参与采写）\n']),
 ('r111_zhili', 300, '决胜“十四五”）\n\n> 《人民日报》（2025年10月03日第 04 版）\n\n数据来源：国务院新闻办新闻发布会',
  ['新华社记者  岳月伟摄', '新华社记者  刘  颖摄', '周  亮摄（人民视觉）', '本报记者  徐驭尧摄', '唐  超摄（影像中国）',
   '新华社记者\u3000胥冰洁摄', '新华社记者\u3000孙  非摄', '楼昂东摄（人民视觉）\n']),
 ('r109_shahai', 280, '民日报》（2025年10月02日第 05 版）\n\n新疆阿拉尔',
  ['董  宁摄', '汪志鹏摄（人民视觉）', '——编  者', '本报记者  董丝雨', '本报记者  赵景锋', '本报记者  高  炳', '（吴文英参与采写）\n']),
 ('r107_hongse', 250, '4.html"\n---\n\n# 红色的足迹  奋进的力量\n\n> 本报记者  祁嘉润《人民日报》',
  ['**观红色展览——**\n\n**追寻革命记忆**', '**看红色演出——**\n\n**感悟信仰力量**', '**访红色遗址——**\n\n**传承初心使命**', '（本报记者潘俊强、付明丽、杨颜菲、苏滨、施钰、贾丰丰参与采写）\n']),
 ('r107_manshenghuo', 260, '107982.html"\n---\n\n### 福建福鼎市上半年旅游人数超500万人次——\n\n# 乡村“慢生活”',
  ['> 本报记者  施  钰《人民日报》', '同比增长11.6%。在福鼎，乡村“慢生活”正成为文旅新时尚。\n']),
 ('r107_kejibaoguo', 1400, '得以明大德、立大志。”李峰辉说，“如今，',
  ['## ——习近平总书记给天津大学全体师生的回信激励广大学子和教育科技工作者砥砺前行、奋发有为', '> 新华社记者《人民日报》', '（新华社北京10月2日电）\n']),
 ('r107_zhuanlun', 290, '型升级蕴含重大机遇（习近平经济思想指引下的中国经济专论）\n\n> 钟才文《人民日报》',
  ['科学、技术、工程和数学（STEM）专业', '将创造大量新的就业岗位和市场机遇。\n']),
 ('r108_jinsha', 270, '-\n\n# 数字技术带来沉浸式文化之旅（大地风华）\n\n> 王  方《人民日报》',
  ['张  艳摄', 'AI（人工智能）导览设备', '依托LED墙面屏+地面屏设备', '（作者为金沙遗址博物馆副馆长）\n']),
 ('r108_dongyang', 270, '-\n\n# “歌画东阳”非遗游（大地风华）\n\n> 刘军国  吴旭华《人民日报》',
  ['包康轩摄', '“歌画东阳  非遗之旅”——', '“木雕+建筑”的独门技艺']),
 ('r108_luoyang', 900, '塔的铃铛清扬与释源祖庭的钟声，',
  ['> 张文豪《人民日报》', '洛阳日报社供图', '来一场说走即走的City Walk（城市漫步）。']),
 ('r108_lingjiatan', 270, ' 从古老遗址到幸福空间（大地风华）\n\n> 李俊杰《人民日报》',
  ['图为凌家滩国家考古遗址公园。\n\n李俊杰供图', '规划面积3.35平方公里']),
 ('r108_wenmai', 250, 'l"\n---\n\n# 不息的文脉\n\n> 《人民日报》',
  ['——编  者\n']),
 ('r110_muxuan', 250, '08093.html"\n---\n\n### 木镟技艺代表性传承人李学民：\n\n# 千刀方成器  玲珑显匠心（传承）',
  ['> 本报记者  史自强《人民日报》', '传得更远、更响亮。”\n']),
 ('r110_pingyao', 250, '08092.html"\n---\n\n# 在平遥感受“汇合点”（人文茶座）\n\n> 贾樟柯《人民日报》',
  ['（作者为电影导演、平遥国际电影展创始人）\n']),
 ('r109_sanbei', 250, '8.html"\n---\n\n# “三北”大地上的久久为功\n> 系列：记者手记\n\n> 董丝雨《人民日报》',
  ['黄沙退却、绿色延展，惠及的是人，依靠的也是人\n\n源源不竭的精神动力']),
 ('r111_zhidu', 250, '07993.html"\n---\n\n# 把我国制度优势持续转化为治理效能\n\n> 曹文轩《人民日报》',
  ['朝着全面建设社会主义现代化国家的宏伟目标阔步前进。\n']),
]
ok = True
for src, off, head, snips in C:
    full = FM[src] + open(os.path.join(D, 'src', src + '.txt'), encoding='utf-8').read()
    r = full[off:].startswith(head) and all(s in full for s in snips)
    print(src, off, 'OK' if r else 'DIFF')
    ok &= r
print('ALL OK' if ok else 'MISMATCH')
