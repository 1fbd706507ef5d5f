package org.policykg.extract.indicator;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two indicator labels are, on their characters: the shorter contained in the longer, or
 * the Dice coefficient of their character bigrams. Punctuation, brackets and spaces do not count.
 */
public final class LabelSimilarity {
    private static final Pattern NOT_IN_KEY = Pattern.compile("[\\s\\p{Punct}《》“”‘’「」『』（）〔〕【】、，。：；·—－]");
    private static final int MIN_CONTAINED = 4;

    private LabelSimilarity() {
    }

    public static String key(String label) {
        return NOT_IN_KEY.matcher(label).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    /** The bigram Dice coefficient of the two labels' keys, 1 when equal. */
    public static double dice(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return 1.0;
        }
        Set<String> bx = bigrams(x);
        Set<String> by = bigrams(y);
        Set<String> common = new HashSet<>(bx);
        common.retainAll(by);
        return bx.isEmpty() || by.isEmpty() ? 0.0 : 2.0 * common.size() / (bx.size() + by.size());
    }

    /** Whether the shorter key (of at least four characters) occurs in the longer. */
    public static boolean contained(String a, String b) {
        String x = key(a);
        String y = key(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_CONTAINED && longer.contains(shorter);
    }

    /** Labels for the same measure: contained, or bigram Dice at least the threshold. */
    public static boolean similar(String a, String b, double threshold) {
        return !key(a).isEmpty() && !key(b).isEmpty() && (contained(a, b) || dice(a, b) >= threshold);
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        if (out.isEmpty() && !s.isEmpty()) {
            out.add(s);
        }
        return out;
    }
}
