# second_read.py: checks against a second read_file of each stored file, made at an offset about 55% into
# the file after the copies were written. For each file: the text at that offset in (front matter + src copy)
# begins with what the second read showed there (alignment), the copy ends as the second read ended, and the
# whitespace-sensitive blocks of the second read (heads, bylines with padding, credits, brackets) are in it.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, D)
from verify_src import E
FM = {src: fm for src, tot, fm in E}
C = [
 ('r122_aizhapian', 1670, '理后发现，新型AI诈骗有以下危害：造成经济损失，新', '还要追究刑事责任。\n',
  ['\n有效防范AI诈骗\n\n保护个人信息、学习识别方法\n', '\n新型AI诈骗花样频出，伪装性越来越强，该如何防范？\n']),
 ('r122_bianjiao', 607, '多个……这些新增的“健身场”“便民圈”，不少来自零', '让幸福感在每个街角蔓延生长。\n', []),
 ('r122_chongqing', 465, '施就业容量拓展行动。重庆将全面落实社保补贴、税收优', '提供灵活就业社会保险补贴。\n', ['50万元/个的一次性建设补助。']),
 ('r122_pufa', 300, '月2日，位于江苏省扬州市的全国首个无障碍青少年法治', '让法治教育实现“无障碍”。\n\n牛宏超  周学津摄影报道\n', []),
 ('r123_dibao', 1819, '改善了，但朱某某没有想着主动去报停低保，反而始终抱', '困难群众满意度持续提升。\n',
  ['\n长效制度规矩立起来了\n', '\n专项整治有终点，监督约束如何确保常态长效？\n', '\n链接\n\n河南整治社会救助“人情保”“关系保”\n']),
 ('r123_gongshu', 581, '6类111处消防隐患。针对整改投入大、行政负担重等', '让群众的幸福感更加可感可及。\n', ['“区—街道—社区—楼道”']),
 ('r123_mianzi', 762, '机制办公室会同中央纪委办公厅通报了3起典型问题，其', '我们党必将赢得更多的好口碑。\n', []),
 ('r123_minsheng', 300, '滨区纪委监委干部深入基层一线走访调研，收集群众身边', '向村民了解相关情况。\n\n李世平摄（人民视觉）\n', []),
 ('r123_rencai', 831, '的是甘肃这块适合冻土研究的沃土，更是让人甘之如饴的', '取得一大批重大原创性成果。\n', ['2024年筹集资金超过1亿元……\n']),
 ('r124_chunhe', 1791, '周欣林介绍，今年3月樱花开放期间，空轨日均客流量约', '让游客“四季有景可看”。\n',
  ['\n四川成都新津区——\n\n吃火锅喝咖啡，油菜花田业态多\n\n本报记者  王明峰\n']),
 ('r124_guangzhou', 378, '统服务，推动消费扩容提质，从挖掘升级消费、创新消费', '智慧景区等消费新场景。\n', []),
 ('r124_shanxi', 712, '元，为个体工商户提供的普惠性保险保障项目。该项目设', '”山西省市场监管局局长张广勇介绍。\n', []),
 ('r125_chongqing', 673, '方面，重庆注重拓面增效。在与四川省、湖南省签订长江', '高于国家考核目标2.7个百分点。\n', ['0.05毫克/升', 'Ⅱ类']),
 ('r125_huanghe', 1980, '过70多年持续绿化建设，南北两山绿化面积达62万余', '\n\n黄河畔，绿意生长，文脉悠长。\n', ['\n生态美融入大河文脉\n']),
 ('r125_linye', 895, '，条件反射地翻身下床，准备通知同事们赶往站里。忽然', '夯实了林草事业高质量发展的基层基础。\n', []),
 ('r126_diqi', 1806, '加征关税影响，你们看，这外商一拨接一拨的，我反而感', '（本报记者闫伊乔、程远州、欧阳洁、柯仲甲、刘军国、侯琳良、祝大伟）\n',
  ['\n港口市场开发团队负责人李永锐：\n\n拓通道，服务越拓越优\n', '\n大豆育种科研人员郑姣龙：\n\n育良种，质量越育越高\n']),
 ('r126_sizheng', 906, '边主义，推动普惠包容的经济全球化。\n\n历史是最好的', '\n\n（作者为中国人民大学马克思主义学院副院长）\n', []),
 ('r126_xinsheng', 1000, '们企业位于重庆两江新区的模块工厂产值已超1亿元。\n', '（作者为湖南大学材料科学与工程学院硕士研究生，本报记者吴月整理）\n',
  ['\n（作者为重庆云潼科技有限公司董事长，姜峰、谢力整理）\n', '\n始终坚持在顽强拼搏中取胜\n\n青年企业家  苏铭锟\n', '\n爱国主义是具体的实践的\n\n青年学生  汪  玮\n']),
]
ok = True
assert len(C) == len(E)
for src, off, head, tail, snips in C:
    full = FM[src] + open(os.path.join(D, 'src', src + '.txt'), encoding='utf-8').read()
    r = full[off:].startswith(head) and full.endswith(tail) and all(s in full for s in snips)
    print(src, off, 'OK' if r else 'DIFF')
    ok &= r
print('ALL OK' if ok else 'MISMATCH')
