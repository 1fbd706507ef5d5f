package org.policykg.structure.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item that holds several tasks, each closed by its own bracket after its full stop:
 * {@code 1.加强湿地保护。（牵头单位：县林业局）推进湿地公园建设。（牵头单位：县住建局）} is two tasks. A bracket
 * written right after a sentence's full stop is a note on what came before it (who does it, by when),
 * so the item is cut after each such bracket that more text follows.
 */
final class ClosingBrackets {
    private static final Pattern AFTER_STOP = Pattern.compile(
            "[。；;]\\s*[(（〔【\\[［](?:[^()（）〔〕【】\\[\\]［］]|[(（][^()（）]{1,12}[)）]){2,160}[)）〕】\\]］][。；;]?");
    /** A bracketed label introduces what follows it (【责任单位】市环保局牵头…), it closes nothing. */
    private static final Pattern LABEL = Pattern.compile(
            "[(（〔【\\[［]\\s*\\p{IsHan}{0,6}(单位|部门|科室|处室|责任|分工|时限|时间|目标)\\s*[)）〕】\\]］][。；;]?$");
    /** Text after the bracket long enough to be a task of its own, not a stray mark. */
    private static final int MIN_TASK = 6;

    private ClosingBrackets() {
    }

    /** The item's parts as {start, end} offsets in {@code text}; the whole text when it holds one task. */
    static List<int[]> split(String text) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        Matcher m = null;
        for (int at = nextStart(text, 0); at >= 0; at = nextStart(text, at)) {
            if (m == null) {
                m = AFTER_STOP.matcher(text);
            }
            // find would try every character and match first where a match can start: at is the next such place
            if (!m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            String rest = text.substring(m.end()).strip();
            if (rest.length() >= MIN_TASK && !LABEL.matcher(m.group()).find()) {
                parts.add(new int[] {start, m.end()});
                start = m.end();
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            at = m.end();
        }
        parts.add(new int[] {start, text.length()});
        return parts;
    }

    /**
     * Where the next match of AFTER_STOP may start, from {@code from} on, or -1: every match starts with a full
     * stop followed by {@code \s*} (ASCII: no UNICODE_CHARACTER_CLASS) and an opening bracket, and the pattern
     * has no anchors or look-around, so matching at such a place alone is what find does there.
     */
    static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                int j = i + 1;
                while (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && "(（〔【[［".indexOf(text.charAt(j)) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A char of {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The pattern behind {@link #split}, for the test that holds split to it. */
    static Pattern afterStop() {
        return AFTER_STOP;
    }
}
