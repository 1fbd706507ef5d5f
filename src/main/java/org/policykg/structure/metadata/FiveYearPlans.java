package org.policykg.structure.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national five-year plan periods by their ordinal ("十三五" = 2016–2020, "十四五" = 2021–2025):
 * a plan titled 曲靖市“十四五”生态环境保护规划 covers the period of its ordinal. The n-th plan starts
 * in 2016 + 5(n−13) (the periods before the ninth are irregular and not met in these plans).
 */
public final class FiveYearPlans {
    private static final Pattern ORDINAL = Pattern.compile("十([一二三四五六七八九])五");
    private static final String DIGITS = "一二三四五六七八九";

    private FiveYearPlans() {
    }

    /** First and last year of a five-year plan. */
    public record Period(int start, int end) {
    }

    /** The period of the first five-year-plan ordinal in the text. */
    public static Optional<Period> period(String text) {
        Matcher m = ORDINAL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = 10 + DIGITS.indexOf(m.group(1)) + 1;
        int start = 2016 + 5 * (n - 13);
        return Optional.of(new Period(start, start + 4));
    }
}
