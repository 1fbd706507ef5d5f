package org.policykg.extract.indicator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell how a value bounds its measure. A change verb right before the value wins
 * (下降6%以上 is a decrease by at least 6, not a level), then the word after the value (以上, 以下,
 * 左右), then a level verb before it (达到, 控制在, 稳定在).
 */
final class ComparatorWords implements TargetRule<Comparator> {
    private static final Pattern AT_LEAST = Pattern.compile(".*(不低于|不少于)$");
    private static final Pattern AT_MOST = Pattern.compile(".*(控制在|不超过|不高于|低于|少于)$");
    private static final Pattern EQUAL = Pattern.compile(".*(稳定在|为|是)$");
    private static final Pattern DECREASE = Pattern.compile(".*(下降|降低|减少|削减|减排|压减)(了)?$");
    private static final Pattern APPROXIMATION = Pattern.compile("(分别|累计|总量的|总数的|近|约|逾|超|了)+$");
    /** Verbs that set a level: "提高到40%" is a level of 40, unlike "提高40%". */
    private static final Pattern TO_LEVEL = Pattern.compile(
            "(提高|提升|增加|增长|上升)(到|至)$|(下降|降低|减少|削减|降)(到|至)$");
    private static final Pattern CHANGE = Pattern.compile("(下降|降低|减少|削减|减排|压减|增长|增幅|提高|提升|增加|上升|增速)(了)?$");
    private static final Pattern LEVEL_AT_END = Pattern.compile(
            "(达到|达|不低于|不少于|突破|超过|高于|保持在|保持|稳定在|控制在|不超过|不高于|低于|少于|为|是|实现|"
            + InequalitySign.AT_LEAST + "|" + InequalitySign.AT_MOST + ")$");
    private static final List<String> AFTER_GE = List.of("以上", "及以上");
    private static final List<String> AFTER_LE = List.of("以下", "及以下", "以内", "之内");

    @Override
    public Optional<Comparator> read(ValueSite site) {
        return Optional.ofNullable(of(site.before(), site.afterValue()));
    }

    /** The comparator for a value, or null when no word says (the caller then inherits or defaults). */
    static Comparator of(String before, String after) {
        String verb = verbBefore(before);
        Matcher toLevel = TO_LEVEL.matcher(verb);
        if (toLevel.find()) {
            return toLevel.group(1) != null ? Comparator.GE : Comparator.LE;
        }
        if (CHANGE.matcher(verb).find()) {
            return isDecrease(verb) ? Comparator.DECREASE : Comparator.INCREASE;
        }
        Comparator fromAfter = afterWord(after);
        if (fromAfter != null) {
            return fromAfter;
        }
        return levelVerb(verb);
    }

    /** Whether the text ends with a verb that sets or changes the value (the measure is then written before it). */
    static boolean endsWithVerb(String before) {
        String verb = verbBefore(before);
        return TO_LEVEL.matcher(verb).find() || CHANGE.matcher(verb).find() || LEVEL_AT_END.matcher(verb).find();
    }

    /** The length of the verb phrase at the end of the text (0 when none), so the caller can cut it off. */
    static int verbLength(String before) {
        String trimmed = stripApproximation(before);
        for (Pattern p : List.of(TO_LEVEL, CHANGE, LEVEL_AT_END)) {
            Matcher m = p.matcher(trimmed);
            if (m.find()) {
                String rest = trimmed.substring(0, m.start());
                return before.length() - rest.length();
            }
        }
        return 0;
    }

    private static Comparator afterWord(String after) {
        String a = after.strip();
        if (AFTER_LE.stream().anyMatch(a::startsWith)) {
            return Comparator.LE;
        }
        if (AFTER_GE.stream().anyMatch(a::startsWith)) {
            return Comparator.GE;
        }
        return a.startsWith("左右") ? Comparator.EQ : null;
    }

    private static Comparator levelVerb(String verb) {
        Comparator sign = InequalitySign.at(verb);
        if (sign != null) {
            return sign;
        }
        if (AT_LEAST.matcher(verb).matches()) {
            return Comparator.GE;
        }
        if (AT_MOST.matcher(verb).matches()) {
            return Comparator.LE;
        }
        if (EQUAL.matcher(verb).matches()) {
            return Comparator.EQ;
        }
        if (LEVEL_AT_END.matcher(verb).find()) {
            return Comparator.GE;
        }
        return null;
    }

    private static boolean isDecrease(String verb) {
        return DECREASE.matcher(verb).matches();
    }

    /** The end of the text without the words that only soften the value (近, 约, 总量的). */
    private static String verbBefore(String before) {
        return stripApproximation(before);
    }

    private static String stripApproximation(String before) {
        return APPROXIMATION.matcher(before.strip()).replaceAll("").strip();
    }
}
