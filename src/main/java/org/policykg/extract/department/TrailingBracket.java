package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies in an unlabelled bracket that closes a task: …建立长效机制。（市环保局、市发改委）,
 * （市水利局负责）, 〔市建委牵头〕, (省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同). Read like a 责任部门 list: the first body leads, the rest support. Every part must
 * have the shape of a body, so (试行) or (2018-2020年) is no list.
 */
final class TrailingBracket implements BodyListPattern {
    static final Pattern LAST = Pattern.compile(
            "[(（〔\\[【［]((?:[^()（）〔〕\\[\\]【】［］]|[(（][^()（）]{1,12}[)）]){2,120}?)(总?牵头|负责|落实|实施)?[)）〕\\]】］][\\s。；;.]*$");
    /** A note inside the bracket that says how to read it: 。列第一位者为牵头部门,下同. */
    private static final Pattern FIRST_LEADS_NOTE = Pattern.compile(
            "[。，,;；]?\\s*(?:列|排|排在|位列)?第一(?:位|个)?(?:者|的)?(?:为|是)牵头(?:部门|单位)(?:[，,]?\\s*下同)?\\s*$");

    /**
     * What may follow the closing bracket of a {@link #LAST} match: the characters of {@code [\s。；;.]} and the
     * line terminators before which {@code $} (no MULTILINE) also matches.
     */
    private static final String TRAILING = " \t\n\u000B\f\r。；;.\u0085\u2028\u2029";
    private static final String CLOSERS = ")）〕]】］";
    /**
     * How far before its closing bracket a {@link #LAST} match can start: the opening bracket, at most 120
     * parts of at most 26 chars each (a bracketed part of 12 code points, each maybe a surrogate pair), 总牵头.
     */
    private static final int REACH = 1 + 120 * (2 + 12 * 2) + 3;

    @Override
    public List<Mention> find(String text) {
        Matcher m = last(text);
        if (m == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        Matcher note = FIRST_LEADS_NOTE.matcher(m.group(1));
        List<NameList.Item> items = NameList.split(note.find() ? m.group(1).substring(0, note.start()) : m.group(1));
        boolean marked = items.stream().anyMatch(NameList.Item::markedLead);
        for (NameList.Item item : items) {
            if (!BodyShape.isProseName(item.name())) {
                return List.of();
            }
            Role role = item.markedLead() || !marked && out.isEmpty() ? Role.LEAD : Role.SUPPORT;
            out.add(new Mention(item.name(), role, m.start(1) + item.offset()));
        }
        return out;
    }

    /**
     * {@code LAST.matcher(text)} after a successful {@code find()}, else null, without trying the regex at
     * every bracket of a text that cannot end in a list. A match ends with a closing bracket followed only by
     * {@link #TRAILING} characters, so that bracket is the text's last character outside TRAILING: when that
     * character is no closing bracket, find() finds nothing. A match starts at most {@link #REACH} characters
     * before it, so find() in the region from there (LAST has no look-around, and the region ends where the
     * text does, so {@code $} is the same) finds the same leftmost match.
     */
    static Matcher last(String text) {
        int close = text.length() - 1;
        while (close >= 0 && TRAILING.indexOf(text.charAt(close)) >= 0) {
            close--;
        }
        if (close < 0 || CLOSERS.indexOf(text.charAt(close)) < 0) {
            return null;
        }
        Matcher m = LAST.matcher(text).region(Math.max(0, close - REACH), text.length());
        return m.find() ? m : null;
    }
}
