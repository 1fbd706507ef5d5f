package org.policykg.structure.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;
import org.policykg.read.WebBoilerplate;
import org.policykg.structure.Line;

/**
 * Finds a document's own title near its top. Rule for notices that carry another document
 * (关于印发《X》的通知, or 《X》…现印发给你们): the title is X, the content the notice carries, and the
 * notice's own title is kept beside it; both are the document itself. Otherwise the title is the first
 * head line shaped like a title (ending in a document type). A news report of a document (赣州市出台了
 * 生态文明建设工作要点) gives the document's name with the place that issued it.
 */
final class TitleFinder {
    private static final Pattern STARTS_WITH_PLACE = Pattern.compile("^[\\p{IsHan}]{1,8}?[省市县区].*");
    static final int HEAD_LINES = 40;
    private static final int MAX_TITLE = 90;

    /** The title found; {@code noticeTitle} is null unless the document is a notice wrapping the title. */
    record Found(String title, Span span, String noticeTitle, int lineIndex) {
    }

    static final Pattern NOTICE = Pattern.compile("^.{0,60}?关于[\\s\\u3000]*(?:印发|转发|下发|发布|颁布)[\\s\\u3000]*《(.+)》[\\s\\u3000]*的?[\\s\\u3000]*(?:通知|决定)$");
    /** The same without 《》, as official titles are often written: 关于印发XX市2018年大气污染防治工作计划的通知. */
    static final Pattern NOTICE_UNQUOTED = Pattern.compile("^.{0,60}?关于[\\s\\u3000]*(?:印发|转发|下发|发布|颁布)[\\s\\u3000]*([^《》]{4,80}?)[\\s\\u3000]*的[\\s\\u3000]*(?:通知|决定)$");
    private static final List<Pattern> NOTICES = List.of(NOTICE, NOTICE_UNQUOTED);
    /** A page title's site name: 关于…的通知_南通市人民政府, …方案 - 中国政府网. */
    static final Pattern SITE_SUFFIX = Pattern.compile("[\\s\\u3000]*(?:_|\\||-|－|—)[\\s\\u3000]*[^_|]{2,30}$");
    static final Pattern ISSUING_SENTENCE = Pattern.compile("^《(.+?)》[^《》]{0,30}(?:同意|研究|通过)[^《》]{0,10}现(?:予)?(?:印发|转发|下发)");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;：:！？!?]");
    private static final Pattern NEWS = Pattern.compile(
            "([\\p{IsHan}]{1,8}?[省市县区])?(?:正式|近日|日前)?(?:出台|印发|发布|制定|下发)了?《?([^《》，,。；;]{2,40}?)》?(?=[，,。；;]|$)");

    Optional<Found> find(List<Line> lines) {
        List<Line> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        return notice(head).or(() -> titleLine(head)).or(() -> newsReport(head));
    }

    private static Optional<Found> notice(List<Line> head) {
        for (Line line : head) {
            Optional<Found> found = noticeIn(line);
            // a page line gives no title: asked only of a line that would give one (the tests are free of side
            // effects, so their order does not change the answer), as most head lines give none
            if (found.isPresent() && !WebBoilerplate.isPageLine(line.text())) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The title the line gives as a notice carrying a document or as the sentence issuing one, if any. */
    private static Optional<Found> noticeIn(Line line) {
        String text = withoutSiteName(line.text());
        for (Pattern notice : mayBeNotice(text) ? NOTICES : List.<Pattern>of()) {
            Matcher m = notice.matcher(text);
            if (m.matches() && DocumentTypes.looksLikeDocument(m.group(1))) {
                return Optional.of(inner(line, m, text));
            }
        }
        // anchored at the start by ^ and 《: find can match only there, and no Matcher is made elsewhere
        if (line.text().startsWith("《")) {
            Matcher m = ISSUING_SENTENCE.matcher(line.text());
            if (m.find()) {
                return Optional.of(inner(line, m, null));
            }
        }
        return Optional.empty();
    }

    /** Both notice patterns match a whole line holding 关于 and ending with 通知 or 决定. */
    static boolean mayBeNotice(String text) {
        return (text.endsWith("通知") || text.endsWith("决定")) && text.contains("关于");
    }

    private static Found inner(Line line, Matcher m, String noticeTitle) {
        int start = line.span().start() + m.start(1);
        return new Found(m.group(1).strip(), new Span(start, start + m.group(1).length()), noticeTitle, line.index());
    }

    private static Optional<Found> titleLine(List<Line> head) {
        return head.stream().filter(TitleFinder::isTitleShaped).findFirst().map(l -> {
            String title = stripQuotes(withoutSiteName(l.text()));
            int start = l.span().start() + l.text().indexOf(title);
            return new Found(title, new Span(start, start + title.length()), null, l.index());
        });
    }

    /** Drops a page title's site name when what is left still reads as a title. */
    private static String withoutSiteName(String line) {
        if (!hasSiteSeparator(line)) {
            return line;
        }
        Matcher m = SITE_SUFFIX.matcher(line);
        return m.find() && m.start() >= 4 && balanced(line.substring(0, m.start()))
                && DocumentTypes.looksLikeDocument(line.substring(0, m.start()))
                ? line.substring(0, m.start()) : line;
    }

    /** SITE_SUFFIX needs one of its separators (_ | - － —). */
    static boolean hasSiteSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '_' || c == '|' || c == '-' || c == '－' || c == '—') {
                return true;
            }
        }
        return false;
    }

    /** A dash inside a bracket is a range (（2021—2030年）), never the start of a site name. */
    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
        }
        return depth == 0;
    }

    static boolean isTitleShaped(Line line) {
        String s = withoutSiteName(line.text());
        // the page-line test last: it is the dearest, and the order of side-effect-free tests changes no answer
        return s.length() >= 4 && s.length() <= MAX_TITLE
                && !SENTENCE_PUNCTUATION.matcher(DocumentTypes.core(s)).find()
                && (DocumentTypes.looksLikeDocument(stripQuotes(s)) || s.startsWith("关于"))
                && !WebBoilerplate.isPageLine(s);
    }

    private static Optional<Found> newsReport(List<Line> head) {
        for (Line line : head.subList(0, Math.min(3, head.size()))) {
            Matcher m = NEWS.matcher(line.text());
            while (m.find()) {
                String name = m.group(2).strip();
                if (DocumentTypes.typeOf(name).isPresent()) {
                    String place = m.group(1) == null || startsWithPlace(name) ? "" : m.group(1);
                    int start = line.span().start() + m.start(2);
                    return Optional.of(new Found(place + name, new Span(start, start + m.group(2).length()), null, line.index()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithPlace(String name) {
        return STARTS_WITH_PLACE.matcher(name).matches();
    }

    private static String stripQuotes(String s) {
        return s.startsWith("《") && s.endsWith("》") ? s.substring(1, s.length() - 1) : s;
    }
}
