package org.policykg.serve.web.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.springframework.web.util.HtmlUtils;

/**
 * A piece of a document's text (a task, or a sentence outside any task) as HTML: each source sentence
 * wrapped in a span with its anchor, each mention (citation, responsible body, target) an {@code <a>}
 * to its node with its own anchor. Positions are offsets in the source; the text starts at {@code
 * start}. A mention whose offsets do not fall on its written form is placed by searching the text.
 */
public final class MarkedText {
    /**
     * A sentence range or a mention, in source offsets; {@code relation} is why a citation is made
     * (basis, implements, planned, standard, mentions), null for anything else.
     */
    public record Span(int start, int end, String id, String kind, String href, String title, String surface,
                       String relation) {
        public Span(int start, int end, String id, String kind, String href, String title, String surface) {
            this(start, end, id, kind, href, title, surface, null);
        }
    }

    private MarkedText() {
    }

    /** Where the span lies in {@code text} (relative offsets), or null when it cannot be placed. */
    static int[] place(String text, int start, Span s) {
        int a = s.start() - start;
        int b = s.end() - start;
        boolean inside = a >= 0 && b <= text.length() && a < b;
        if (inside && (s.surface() == null || s.surface().isEmpty() || text.substring(a, b).equals(s.surface()))) {
            return new int[] {a, b};
        }
        if (s.surface() != null && !s.surface().isEmpty()) {
            int at = text.indexOf(s.surface(), Math.max(0, Math.min(text.length(), a - 20)));
            if (at < 0) {
                at = text.indexOf(s.surface());
            }
            if (at >= 0) {
                return new int[] {at, at + s.surface().length()};
            }
        }
        return inside ? new int[] {a, b} : null;
    }

    public static String html(String text, int start, List<Span> sentences, List<Span> marks) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        List<int[]> sent = new ArrayList<>();
        List<Span> sentSpans = new ArrayList<>();
        for (Span s : sentences) {
            int[] r = place(text, start, s);
            if (r != null && sent.stream().noneMatch(o -> r[0] < o[1] && o[0] < r[1])) {
                sent.add(r);
                sentSpans.add(s);
            }
        }
        List<int[]> mk = new ArrayList<>();
        List<Span> mkSpans = new ArrayList<>();
        List<Span> sortedMarks = new ArrayList<>(marks);
        sortedMarks.sort(Comparator.comparingInt(Span::start));
        for (Span m : sortedMarks) {
            int[] r = place(text, start, m);
            if (r != null && mk.stream().noneMatch(o -> r[0] < o[1] && o[0] < r[1])) {
                mk.add(r);
                mkSpans.add(m);
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(n);
        sent.forEach(r -> { cuts.add(r[0]); cuts.add(r[1]); });
        mk.forEach(r -> { cuts.add(r[0]); cuts.add(r[1]); });
        StringBuilder out = new StringBuilder();
        int openSentence = -1;
        int openMark = -1;
        boolean[] markIdWritten = new boolean[mk.size()];
        Integer p = cuts.first();
        for (Integer q = cuts.higher(p); q != null; p = q, q = cuts.higher(q)) {
            int si = indexOf(sent, p);
            int mi = indexOf(mk, p);
            if (si != openSentence) {
                if (openMark >= 0) {
                    out.append("</a>");
                    openMark = -1;
                }
                if (openSentence >= 0) {
                    out.append("</span>");
                }
                if (si >= 0) {
                    Span s = sentSpans.get(si);
                    out.append("<span class=\"sentence\" id=\"").append(esc(s.id())).append("\">");
                }
                openSentence = si;
            }
            if (mi != openMark) {
                if (openMark >= 0) {
                    out.append("</a>");
                }
                if (mi >= 0) {
                    Span m = mkSpans.get(mi);
                    out.append("<a class=\"mark mark-").append(esc(m.kind()));
                    if (m.relation() != null) {
                        // the relation is shown by the stylesheet from these attributes, so the text itself stays as written
                        out.append(" rel-").append(esc(m.relation())).append("\" data-relation=\"").append(esc(m.relation()))
                                .append("\" data-relation-label=\"").append(esc(CitationRelationLabels.zh(m.relation())));
                    }
                    out.append("\"");
                    if (!markIdWritten[mi]) {
                        out.append(" id=\"").append(esc(m.id())).append("\"");
                        markIdWritten[mi] = true;
                    }
                    out.append(" href=\"").append(esc(m.href())).append("\" title=\"").append(esc(m.title())).append("\">");
                }
                openMark = mi;
            }
            out.append(esc(text.substring(p, q)));
        }
        if (openMark >= 0) {
            out.append("</a>");
        }
        if (openSentence >= 0) {
            out.append("</span>");
        }
        return out.toString();
    }

    private static int indexOf(List<int[]> ranges, int at) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[0] <= at && at < ranges.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
