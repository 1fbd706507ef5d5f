package org.policykg.extract.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause of a sentence, [start, end) relative to the sentence. Targets are stated clause by
 * clause ("PM2.5浓度下降至38微克/立方米以下，空气质量优良天数比率达到83%以上"), so a label never
 * reaches across a comma. Commas inside brackets or quotes do not end a clause.
 */
record Clause(int start, int end) {
    /*
     * The openers (（《“, closers )）》” and breaks ，,：:；;。！？!? are told apart by a switch on the char, as
     * a lookup in a string of each would tell them, without three searches per character.
     */
    static List<Clause> split(String sentence) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            switch (sentence.charAt(i)) {
                case '(', '（', '《', '“' -> depth++;
                case ')', '）', '》', '”' -> depth = Math.max(0, depth - 1);
                case '，', ',', '：', ':', '；', ';', '。', '！', '？', '!', '?' -> {
                    if (depth == 0) {
                        out.add(new Clause(start, i));
                        start = i + 1;
                    }
                }
                default -> {
                }
            }
        }
        out.add(new Clause(start, sentence.length()));
        return out;
    }

    boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
