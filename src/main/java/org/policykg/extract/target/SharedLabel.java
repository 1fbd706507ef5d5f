package org.policykg.extract.target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "挥发性有机物和氮氧化物排放总量分别下降10%": one value set for each of several measures that share
 * the head written once at the end. The label is split at 和/及/与/、 and the shared head (排放总量) is
 * given to the parts that lack one.
 */
final class SharedLabel {
    private static final Pattern SEPARATOR = Pattern.compile("[和及与、]");
    /** Where the head of a measure starts inside the last part: 排放总量, 浓度, 覆盖率 … */
    private static final Pattern HEAD = Pattern.compile(
            "(排放总量|排放量|排放强度|消费总量|消费量|总量|浓度|比例|比重|面积|覆盖率|利用率|处理率|达标率|治理率|收集率|强度|能耗)");
    private static final String MEASURE_ENDING = "率例重量度值数积比幅耗";

    private SharedLabel() {
    }

    /** The measures a label names, or just the label when it names one. */
    static List<String> split(String label) {
        String[] parts = SEPARATOR.split(label);
        if (parts.length < 2) {
            return List.of(label);
        }
        String last = parts[parts.length - 1];
        Matcher head = HEAD.matcher(last);
        if (!head.find() || head.start() < 2) {
            return List.of(label);
        }
        String shared = last.substring(head.start());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.length() < 2) {
                return List.of(label);
            }
            boolean complete = i == parts.length - 1 || MEASURE_ENDING.indexOf(p.charAt(p.length() - 1)) >= 0;
            out.add(complete ? p : p + shared);
        }
        return out;
    }
}
