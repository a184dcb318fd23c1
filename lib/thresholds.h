/*
 * thresholds.h - every number that governs a parsing decision, named once.
 *
 * A threshold says where one element ends and another begins (a title is
 * at most so long, a picture is so many blank lines): a reader looking for
 * why a line went one way finds the figure here with the reason for its
 * value, and a change of value is made in one place.  Characters are code
 * points (np_line.chars); bytes are bytes of UTF-8, where a Chinese
 * character takes three.
 *
 * Resource limits are not decisions and stay beside the code they bound:
 * buffer sizes, the look-ahead (NP_LOOKAHEAD), NP_MAX_NAMES, NP_MAX_PENDING
 * and the input limits of np_options.
 */
#ifndef NP_THRESHOLDS_H
#define NP_THRESHOLDS_H

/* ------------------------------------------------------------------ */
/* Blank lines                                                          */
/* ------------------------------------------------------------------ */

/* Blank lines that stand for a picture: text extractions leave two or
 * more where a photo stood, and blocks of text are set one apart (SPEC §2). */
#define NP_FIGURE_GAP 3

/* At most this many blank lines between two lines keep them one block:
 * a caption and its credit, a head and its second line, a byline under
 * its title are printed right under, or one blank line below. */
#define NP_NEAR_GAP 1

/* ------------------------------------------------------------------ */
/* Titles (classify.c, titles.c, readings.c)                           */
/* ------------------------------------------------------------------ */

/* The longest line that can still be a title or a section head: longer
 * lines are always body text (a headline fills at most a line across the
 * page). */
#define NP_TITLE_MAX_CHARS 36

/* What a # or ## mark adds to that: a marked line says it is a title, and
 * a marked headline may run to a second line of the page. */
#define NP_MARKED_TITLE_EXTRA_CHARS 12

/* A title with a comma outside quotes is shorter still: longer ones are
 * sentences cut by a column break. */
#define NP_TITLE_CLAUSE_MAX_CHARS 28

/* Titles and heads may end with ！ or ？, but only short ones: a longer
 * line that ends so is a sentence. */
#define NP_TITLE_EXCLAIM_MAX_CHARS 20

/* A summary subheadline under the headline, right above the byline, may
 * run to two lines of the page (跨出从免费模式向“付费者得”这一步，必须提供
 * 足够的价值增量，…): longer ones are a lead paragraph. */
#define NP_SUMMARY_MAX_CHARS 64

/* The first half of a head printed on two lines ends with ： and is
 * short (筑牢“安全网”：); a longer line ending so introduces a list. */
#define NP_COLON_HEAD_MAX_CHARS 24

/* The most title lines one block has: kicker, headline, subheadline
 * (SPEC §1). */
#define NP_MAX_TITLE_LINES 3

/* A section head this long or shorter is a short one (its shape class,
 * decode.h: the heads of one article are either short phrases or whole
 * clauses). */
#define NP_HEAD_SHORT_CHARS 20

/* A head that is a whole clause (long_clause heads of a theory article:
 * 深学细悟笃行习近平总书记关于总体国家安全观的重要论述，坚定不移沿着总书记指引的
 * 方向前进) may run to more than a title line: only its likeness to the
 * article's other heads makes it one (np_heads_clause_shape). */
#define NP_CLAUSE_HEAD_MAX_CHARS 48

/* A head that asks (网络招聘平台应当如何建立有效的个人信息保护机制？) runs to
 * this many characters; a longer question is a paragraph's (of the
 * questions that stand alone in articles of the labelled pages, the 8
 * heads are at most 24 characters long). */
#define NP_QUESTION_HEAD_MAX_CHARS 30

/* The reporters glued after a story's last sentence (…二十爱!” 特派记者
 * 朱明跃 曹阳 李伟) take at most this many characters. */
#define NP_GLUED_BYLINE_MAX_CHARS 20

/* Two title lines right under each other inside a running article are one
 * head when the first is at most this long, or leads on to the second
 * (titles.c np_titles_adjacent_head). */
#define NP_ADJACENT_HEAD_MAX_CHARS 12
/* ... and a reporter glued with no space (…。记者张静, …。本报见习记者张三)
 * puts at most this many characters of role before the name. */
#define NP_GLUED_ROLE_MAX_CHARS 6

/* A head this short is a label over a box (核心阅读, 链接, 编者按), not the
 * head of a section: it says nothing of how the sections' heads look. */
#define NP_HEAD_LABEL_MAX_CHARS 4

/* How far after the title lines a byline may stand: up to this many lead
 * paragraphs come first. */
#define NP_MAX_LEADS 3

/* The shortest half of a headline printed in two halves on one line
 * (青春之歌 嘹亮盐城). */
#define NP_TITLE_HALF_MIN_CHARS 3

/* The longest page name that is read from its position alone: page names
 * are a word or two (县域经济, 理论·实践), and a longer line above a title
 * block is its kicker. */
#define NP_PAGE_NAME_MAX_CHARS 8

/* ------------------------------------------------------------------ */
/* Marks and numbering (classify.c, heads.c)                           */
/* ------------------------------------------------------------------ */

/* The most # of a Markdown heading mark, as in CommonMark: a longer run
 * of # is text. */
#define NP_MARK_MAX_HASHES 6

/* The longest bracketed label before a head's words (【下沉】…): a longer
 * bracket is a dateline or a note, not a label. */
#define NP_LABEL_MAX_CHARS 8

/* The most digits of a head's numbering (一、 （十二） 3.): a longer
 * number is a figure in the text (2024.). */
#define NP_NUMBERING_MAX_DIGITS 3

/* The longest speaker's label before a colon (记者： 问： 主持人：): a
 * longer text before the first colon is a sentence. */
#define NP_SPEAKER_MAX_CHARS 6

/* A form's field label (时间:, 地点:, 拍摄者:) is this short; of the lines
 * with such a label over or under another on the labelled pages, the 52
 * read as text are all paragraphs. */
#define NP_FIELD_LABEL_MAX_CHARS 4

/* ------------------------------------------------------------------ */
/* Datelines (classify.c)                                               */
/* ------------------------------------------------------------------ */

/* A bracketed dateline's closing 】 stands within this many characters
 * (【美国《华尔街日报》网站9月23日报道】: agency, place, date). */
#define NP_BRACKET_DATELINE_MAX_CHARS 40

/* …日电 starts within this many characters of the line, before any
 * punctuation (新华社南宁5月20日电): agency, place and date are short. */
#define NP_DATELINE_MAX_CHARS 24

/* The longest news service's name ending with 讯 (证券时报e公司讯): a
 * longer run before the first mark is a sentence that holds 讯. */
#define NP_NEWS_SERVICE_MAX_CHARS 12

/* ------------------------------------------------------------------ */
/* Organisations and places (heads.c, names.c)                         */
/* ------------------------------------------------------------------ */

/* An organisation or place before a head's colon (杭州市萧山区：) has at
 * least a name and its suffix: fewer characters are a word (局：). */
#define NP_ENTITY_MIN_CHARS 3

/* ... and at most this many: a longer text before the colon is a clause. */
#define NP_ENTITY_MAX_CHARS 14

/* The longest line that is only an organisation or place name (a kicker
 * such as 浙江省湖州市安吉县): a longer one is a title. */
#define NP_BARE_ENTITY_MAX_CHARS 16

/* A province and its county or city (浙江安吉, 黑龙江漠河): the province
 * of two or three characters and what follows, at most this many in all. */
#define NP_PLACE_MAX_CHARS 6

/* What follows the province: a county or city of two or three
 * characters (安吉, 石家庄). */
#define NP_PLACE_REST_MIN_CHARS 2
#define NP_PLACE_REST_MAX_CHARS 3

/* ------------------------------------------------------------------ */
/* Bylines and names (byline.c, names.c)                               */
/* ------------------------------------------------------------------ */

/* A byline that names a role and no person (本报评论员, 本报特约评论员)
 * is short; a longer line that holds 记者 is a sentence. */
#define NP_ROLE_BYLINE_MAX_CHARS 12

/* A line of names alone holds at most this many: more is a list in the
 * text (a roll of honour), not a byline. */
#define NP_NAMES_LINE_MAX_NAMES 8

/* A Chinese personal name is two to four characters: a surname of one or
 * two and a given name of one or two. */
#define NP_NAME_MIN_CHARS 2
#define NP_NAME_MAX_CHARS 4
#define NP_GIVEN_NAME_MAX_CHARS 2

/* Right after a role word a token of two or three Han letters is a name
 * whatever its surname (通讯员 拱宣); four would take in phrases. */
#define NP_ROLE_NAME_MIN_CHARS 2
#define NP_ROLE_NAME_MAX_CHARS 3
/* ... and four when the role's slash or colon sets it there (记者/嘎娃白玛:
 * Tibetan and Uyghur names in Han letters run long). */
#define NP_MARKED_ROLE_NAME_MAX_CHARS 4

/* A credit glued after a caption's last sentence may name one person of
 * up to this many Han letters, whatever the surname (…漂流。包宝音德力格尔 摄,
 * …迎新春。本报记者 孟和朝鲁 摄: Mongolian, Tibetan and Uyghur names). */
#define NP_LONG_NAME_MAX_CHARS 7

/* A transliterated name has at least this many Han letters around its
 * dots (买买提·艾力) ... */
#define NP_DOTTED_NAME_MIN_LETTERS 3

/* ... and at most this many dots (a given name, middle names, a family
 * name). */
#define NP_DOTTED_NAME_MAX_DOTS 3

/* ... and at most this many letters between two dots (买买提明, 阿依努尔,
 * 额尔德尼: no part of a labelled byline's dotted name is longer than 4). */
#define NP_DOTTED_PART_MAX_LETTERS 5

/* Who employs the reporter before a role word in one token (本报,
 * 齐鲁晚报·齐鲁壹点): a longer run is a sentence that happens to hold 记者. */
#define NP_EMPLOYER_MAX_CHARS 10

/* A filing note (济南报道, the 纽约报道 of 陈家明／纽约报道) is short: a
 * longer token ending with 报道 is text. */
#define NP_FILING_NOTE_MAX_CHARS 8

/* ------------------------------------------------------------------ */
/* Credits (credit.c)                                                   */
/* ------------------------------------------------------------------ */

/* A credit glued to a caption is short; looking further back than this
 * would only make long lines cost quadratic time. */
#define NP_CREDIT_MAX_BYTES 240

/* The longest picture agency written after a slash: 李瑛摄/光明图片. */
#define NP_SLASH_AGENCY_MAX_BYTES 24

/* A bracketed agency note after a credit verb (摄（人民视觉）) stands in
 * the last bytes of the line: an opening bracket further back opens a
 * parenthesis of the caption. */
#define NP_AGENCY_NOTE_MAX_BYTES 64

/* A provider's name (图片由X提供, X供图) is at most this long: a longer
 * one is a caption that happens to end with the verb. */
#define NP_SOURCE_MAX_CHARS 40

/* X发 names a provider only when X is an agency: one ending in 社, or a
 * token of at most this many characters (新华社发, 央视新闻发). */
#define NP_AGENCY_TOKEN_MAX_CHARS 6

/* ------------------------------------------------------------------ */
/* Furniture (furniture.c)                                              */
/* ------------------------------------------------------------------ */

/* The longest furniture line (an editor line with its telephone and
 * e-mail address). */
#define NP_FURNITURE_MAX_CHARS 80

/* The longest token of a header line: no header word is longer
 * (二〇二四年十二月三十一日, 农历甲辰年四月廿七); a date may have its weekday
 * glued on (2018年12月17日星期一), at most this many more. */
#define NP_HEADER_TOKEN_MAX_CHARS 12
#define NP_GLUED_WEEKDAY_MAX_CHARS 3

/* The longest page number token, in bytes (第 十五 版, -A03-). */
#define NP_PAGE_NUMBER_MAX_BYTES 24

/* The longest lunar date (农历甲辰年四月廿七). */
#define NP_LUNAR_DATE_MAX_CHARS 12

/* A paper's name (人民日报) or a page named by its kind (体育新闻, 教育周刊):
 * a word before the suffix, and short. */
#define NP_PAPER_NAME_MIN_CHARS 3
#define NP_PAPER_NAME_MAX_CHARS 8

/* At the top of the page, before any article, a line of Han letters ending
 * with 报 of at most this many is the paper's name (中国新闻出版广电报). */
#define NP_TOP_PAPER_NAME_MAX_CHARS 10

/* ------------------------------------------------------------------ */
/* Paragraphs (reflow.c)                                                */
/* ------------------------------------------------------------------ */

/* The longest line read as a verse: a column break cuts a paragraph
 * where the column is full, so a cut fragment is longer, and so is what
 * continues it (no labelled page has both this short). */
#define NP_VERSE_MAX_CHARS 20

/* A page whose paragraphs so far all began set in, at least this many,
 * sets every paragraph in: a line there that is not set in carries a
 * paragraph on across a break. */
#define NP_SET_IN_MIN_PARAGRAPHS 2

/* A run of this many short lines close together, none ending a sentence,
 * is a poem's: a title block and its byline are at most four lines (of
 * the runs this long on the labelled pages, all are verse, or captions
 * and a title block after a figure's gap). */
#define NP_VERSE_RUN_MIN_LINES 5

/* ... and it ends after this many lines: a page's column holds no longer
 * poem set so (the longest on the labelled pages has 23 lines), and a
 * flood of title-like lines stays a flood of titles, each article
 * bounded, as memory in event mode is. */
#define NP_POEM_MAX_LINES 64

#endif /* NP_THRESHOLDS_H */
