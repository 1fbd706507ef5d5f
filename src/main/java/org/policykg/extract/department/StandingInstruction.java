package org.policykg.extract.department;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standing instruction written once inside an assignment and meant for every task after it:
 * 以下各项工作均需各县(市)区政府落实,…,不再列出. It assigns no task itself, and the tasks below are not given
 * the body it names either (the plan chose not to repeat it; repeating it on every task would put words
 * in the plan's mouth), so it is cut from the text before the assignment is read.
 */
final class StandingInstruction {
    private static final Pattern RULE = Pattern.compile(
            "[。；;，,]?\\s*以下(?:各项|所有|各)?(?:工作|任务)?均(?:需|须|由|要)[^\\n]*?(?:不再(?:一一)?列出|不再重复)[。；;]?");

    private StandingInstruction() {
    }

    /** The text with the instruction blanked out (same length, so offsets stay valid). */
    static String blank(String text) {
        // every match holds 以下 and 不再: without both, the regex need not be tried at every character
        if (!text.contains("以下") || !text.contains("不再")) {
            return text;
        }
        Matcher m = RULE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, '。');
            }
        } while (m.find());
        return sb.toString();
    }
}
