/*
 * evidence.c - the evidence and its weights: one table, by the names the
 * trace prints.
 *
 * Where a block has more than one reading in play, each reading's score
 * is the weight of the evidence that proposed it (readings.c); every
 * reading adds the weights of the context evidence (seq.*) it meets.  The
 * decoder (decode.c) keeps the hypotheses of the highest total.  The
 * first reading of a block is the one the format's order of precedence
 * gives, at weight 0; a runner-up carries the (negative) weight that says
 * how far behind it starts, and context evidence must make up that
 * distance for the decoder to choose it.  Weights are set by hand, from
 * the labelled pages (doc/format.md, "The decoder").
 */
#include <stdlib.h>
#include <string.h>

#include "evidence.h"

const np_evidence np_evidence_table[] = {
    {"byline.names_under_title", 0},
    {"byline.photo_report", 0},
    {"byline.second_line", 0},
    {"byline.shape", 0},
    {"byline.wire_bracket", 0},
    {"credit.glued", 0},
    {"credit.in_article", 0},
    {"credit.outside_article", 0},
    {"credit.page_words", 0},
    {"figure.caption_words", 0},
    {"figure.credit_after_gap", 0},
    {"figure.credit_below", 0},
    {"figure.gap", 0},
    {"figure.gap_under_title", 0},
    {"figure.glued_credit", 0},
    {"figure.image_line", 0},
    {"figure.portrait_name", 0},
    {"figure.under_image", 0},
    {"fragment.before_jump", 0},
    {"fragment.colon_end", 0},
    {"fragment.comma", 0},
    {"fragment.cut_word", 0},
    {"fragment.figure_follows", 0},
    {"fragment.quoted_exclamation", 0},
    {"furniture.date", 0},
    {"furniture.editor", 0},
    {"furniture.jump_from", 0},
    {"furniture.jump_to", 0},
    {"furniture.masthead", 0},
    {"furniture.other", 0},
    {"furniture.page_name", 0},
    {"furniture.page_name_position", 0},
    {"furniture.page_name_unnamed", 0},
    {"furniture.page_number", 0},
    {"furniture.page_number_name", 0},
    {"furniture.paper_name_position", 0},
    {"furniture.signature", 0},
    {"head.after_title_and_leads", 0},
    {"head.comma_clause", -40},
    {"head.no_title_evidence", 0},
    {"head.question", -40},
    {"head.stacked_clause", -50},
    {"head.stacked_lines", -40},
    {"head.two_lines_adjacent", 0},
    {"head.two_lines_bold", 0},
    {"head.two_lines_colon", 0},
    {"head.under_head", 0},
    {"reflow.line_under_line", 0},
    {"reflow.not_set_in", 0},
    {"reflow.open_quotation", 0},
    {"reflow.unfinished", 0},
    {"reflow.verse", 0},
    {"reflow.verse_run", 0},
    {"role.dash_kicker", 0},
    {"role.dash_subheadline", 0},
    {"role.entity_kicker", 0},
    {"role.h1_mark", 0},
    {"role.h2_kicker", 0},
    {"role.single_line", 0},
    {"role.summary_subheadline", 0},
    {"role.three_lines", 0},
    {"role.two_lines_default", 0},
    {"seq.clause_among_heads", 50},
    {"seq.head_same_shape", 100},
    {"text.compiled_note", 0},
    {"text.dash_line", 0},
    {"text.dateline_item", 0},
    {"text.field_line", 0},
    {"text.question", 0},
    {"text.shape", 0},
    {"title.after_closing", 0},
    {"title.after_dateline_story", 0},
    {"title.after_photo_news", 0},
    {"title.byline_follows", 0},
    {"title.entity_colon", 0},
    {"title.h1_mark", 0},
    {"title.kicker_dash", 0},
    {"title.long_kicker", 0},
    {"title.no_article_open", 0},
    {"title.photo_news", 0},
    {"title.photo_story", 0},
    {"title.stacked_lines", 0},
    {"title.yesterday_lead", 0},
};

const size_t np_evidence_count = sizeof np_evidence_table / sizeof *np_evidence_table;

static int by_name(const void *key, const void *entry)
{
    return strcmp(key, ((const np_evidence *)entry)->name);
}

const np_evidence *np_evidence_find(const char *name)
{
    return bsearch(name, np_evidence_table, np_evidence_count, sizeof *np_evidence_table, by_name);
}

int np_evidence_weight(const char *name)
{
    const np_evidence *e = np_evidence_find(name);
    return e ? e->weight : 0;
}
