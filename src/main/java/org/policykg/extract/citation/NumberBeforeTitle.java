package org.policykg.extract.citation;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.policykg.structure.number.NumberPattern;

/**
 * A number written before the title it belongs to: 根据中办、国办印发的厅字〔2016〕42号《关于全面推行河长制的
 * 意见》, 落实国发〔2013〕37号文件《大气污染防治行动计划》. Only spaces, 文件 or 印发的 may stand between,
 * so the number and the title are one cited document, not two.
 */
final class NumberBeforeTitle {
    private static final Pattern GAP = Pattern.compile("[\\s\\u3000]*(?:文件)?[\\s\\u3000]*(?:印发的|下发的|发布的|的)?[\\s\\u3000]*");

    private NumberBeforeTitle() {
    }

    /**
     * The first of the numbers not yet claimed that ends just before the title starting at {@code start}, or
     * null. The tests are pure, so asking the cheap ones first (and no list of the unclaimed) picks the same.
     */
    static NumberPattern.Hit of(List<NumberPattern.Hit> numbers, Predicate<NumberPattern.Hit> unclaimed, String t, int start) {
        for (NumberPattern.Hit n : numbers) {
            if (n.span().end() <= start && start - n.span().end() <= 8 && unclaimed.test(n)
                    && GAP.matcher(t.substring(n.span().end(), start)).matches()) {
                return n;
            }
        }
        return null;
    }
}
