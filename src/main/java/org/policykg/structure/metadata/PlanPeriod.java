package org.policykg.structure.metadata;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a plan covers: a range in its title ((2016-2020), 2016—2020年), a single year in its title
 * (2018年…目标任务, 2018 年度…任务书), or, for a yearly document (工作要点, 任务书) whose title gives none,
 * the first year its opening text names (要点提出,2017年是…).
 */
final class PlanPeriod {
    /** Start and end year, equal for a one-year document. */
    record Years(int start, int end) {
    }

    private static final Pattern RANGE = Pattern.compile("((?:19|20)\\d{2})[\\s\\u3000]*年?[\\s\\u3000]*[-~～—–至到][\\s\\u3000]*((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})[\\s\\u3000]*年");
    private static final Set<String> YEARLY_TYPES = Set.of("要点", "任务书", "责任书");
    private static final int OPENING = 300;

    Optional<Years> of(String title, String documentType, Supplier<String> body) {
        Matcher range = RANGE.matcher(title);
        if (range.find()) {
            return Optional.of(new Years(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))));
        }
        Optional<FiveYearPlans.Period> fiveYear = FiveYearPlans.period(title);
        if (fiveYear.isPresent()) {
            return Optional.of(new Years(fiveYear.get().start(), fiveYear.get().end()));
        }
        Matcher year = YEAR.matcher(title);
        if (year.find()) {
            return single(year.group(1));
        }
        if (documentType != null && (YEARLY_TYPES.contains(documentType) || title.contains("年度"))) {
            String text = body.get();
            Matcher first = YEAR.matcher(text.substring(0, Math.min(OPENING, text.length())));
            return first.find() ? single(first.group(1)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Years> single(String y) {
        int year = Integer.parseInt(y);
        return Optional.of(new Years(year, year));
    }
}
