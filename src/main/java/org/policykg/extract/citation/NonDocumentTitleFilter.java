package org.policykg.extract.citation;


import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.policykg.structure.metadata.DocumentTypes;

/**
 * Tells a cited document from other things Chinese puts in 《》: books, newspapers, programmes,
 * songs and slogans. A title counts as a document when it ends like one (办法, 规划, 条例 …), or when
 * it is cited the way documents are (落实《…》, 《…》要求) and nothing marks it as a work of culture.
 */
final class NonDocumentTitleFilter {
    /** Endings of books, periodicals, programmes and works of art. */
    private static final Pattern WORK_ENDING = Pattern.compile(
            "(报|日报|晚报|周刊|杂志|期刊|丛书|读本|画册|图册|文集|选集|诗集|故事|风采|传|志|年鉴|专栏|栏目|节目|专题片|宣传片|纪录片|之歌|歌|曲|剧|晚会|大赛|展览|展会|论坛)$");
    /**
     * Endings of study books and compilations, which win over a document ending in the same title:
     * 《习近平生态文明思想学习纲要》 is a book although it ends in 纲要, 《…政策问答》 a booklet.
     */
    private static final Pattern BOOK_ENDING = Pattern.compile(
            "(学习纲要|学习读本|辅导读本|读本|学习问答|问答|文选|文摘|选编|汇编|手册|教材|讲义)$");
    /** Verbs around a work's title: 撰写《…》, 《…》出版, 拍摄, 播出. */
    private static final Pattern WORK_VERB = Pattern.compile(
            "撰写|编写|编纂|编撰|编印|出版|发行|拍摄|摄制|播出|播放|演出|上演|创作|刊登|刊发|连载|收看|观看|阅读|朗诵|演唱");
    /** How documents are cited: 落实/按照《…》 before, 要求/规定/精神 after. */
    private static final Pattern CITING_BEFORE = Pattern.compile(
            "(落实|贯彻|执行|实施|按照|根据|依据|依照|遵照|参照|对照|出台|印发|制定|编制|修订|修编|颁布|发布|符合|达到|以)[^，,。；;]{0,4}$");
    private static final Pattern CITING_AFTER = Pattern.compile("^[)）\\s]*(要求|规定|精神|为引领|为指导|为依据|明确|提出|确定)");
    /** A subtitle dash (薪火相传---…) belongs to books and features, not to document titles. */
    private static final Pattern SUBTITLE_DASH = Pattern.compile("-{2,}|—{2,}|－{2,}");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");
    private static final int WINDOW = 8;

    private final Map<String, Traits> traitsOf = new HashMap<>();

    /**
     * @param title  the title without 《》
     * @param before the text just before the 《
     * @param after  the text just after the 》
     */
    boolean isDocument(String title, String before, String after) {
        Traits traits = traitsOf.computeIfAbsent(title, Traits::of);
        if (traits.neverDocument() || looksLikeWork(traits, tail(before), head(after))) {
            return false;
        }
        return traits.endsLikeDocument() || isCitedLikeADocument(before, after);
    }

    /** Only a title without a document ending can be a work: 《…办法》 stays a document whatever is near it. */
    private static boolean looksLikeWork(Traits traits, String before, String after) {
        return !traits.endsLikeDocument()
                && (traits.endsLikeWork() || WORK_VERB.matcher(before).find() || WORK_VERB.matcher(after).find());
    }

    /**
     * What the title alone says, the same for each of its mentions, so read once per title of a text (the
     * filter belongs to one text's scan): too short or a book's ending; a document's ending; a work's.
     */
    private record Traits(boolean neverDocument, boolean endsLikeDocument, boolean endsLikeWork) {
        static Traits of(String title) {
            String core = SPACE.matcher(DocumentTypes.core(title)).replaceAll("");
            return new Traits(core.length() < 2 || BOOK_ENDING.matcher(core).find(), DocumentTypes.looksLikeDocument(core),
                    SUBTITLE_DASH.matcher(core).find() || WORK_ENDING.matcher(core).find());
        }
    }

    private static boolean isCitedLikeADocument(String before, String after) {
        return CITING_BEFORE.matcher(tail(before)).find() || CITING_AFTER.matcher(head(after)).find();
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - WINDOW));
    }

    private static String head(String s) {
        return s.substring(0, Math.min(WINDOW, s.length()));
    }
}
