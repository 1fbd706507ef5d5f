package org.policykg.extract.indicator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;

/**
 * The words that tell how a value bounds its measure. A change verb right before the value wins
 * (下降6%以上 is a decrease by at least 6, not a level), then the word after the value (以上, 以下,
 * 左右), then a level verb before it (达到, 控制在, 稳定在).
 */
final class ComparatorWords implements TargetRule<Comparator> {
    private static final String AT_LEAST_WORDS = "不低于|不少于";
    private static final String AT_MOST_WORDS = "控制在|不超过|不高于|低于|少于";
    private static final String EQUAL_WORDS = "稳定在|为|是";
    private static final String APPROXIMATION_WORDS = "分别|累计|总量的|总数的|近|约|逾|超|了";
    private static final String CHANGE_WORDS = "下降|降低|减少|削减|减排|压减|增长|增幅|提高|提升|增加|上升|增速";
    private static final String LEVEL_WORDS = "达到|达|不低于|不少于|突破|超过|高于|保持在|保持|稳定在|控制在|不超过|不高于|低于|少于|为|是|实现|"
            + InequalitySign.AT_LEAST + "|" + InequalitySign.AT_MOST;
    static final Pattern AT_LEAST = Pattern.compile(".*(" + AT_LEAST_WORDS + ")$");
    static final Pattern AT_MOST = Pattern.compile(".*(" + AT_MOST_WORDS + ")$");
    static final Pattern EQUAL = Pattern.compile(".*(" + EQUAL_WORDS + ")$");
    private static final Pattern DECREASE = Pattern.compile(".*(下降|降低|减少|削减|减排|压减)(了)?$");
    static final Pattern APPROXIMATION = Pattern.compile("(" + APPROXIMATION_WORDS + ")+$");
    /** Verbs that set a level: "提高到40%" is a level of 40, unlike "提高40%". */
    private static final String RISE_WORDS = "提高|提升|增加|增长|上升";
    private static final String FALL_WORDS = "下降|降低|减少|削减|降";
    private static final String TO_WORDS = "到|至";
    static final Pattern TO_LEVEL = Pattern.compile(
            "(" + RISE_WORDS + ")(" + TO_WORDS + ")$|(" + FALL_WORDS + ")(" + TO_WORDS + ")$");
    static final Pattern CHANGE = Pattern.compile("(" + CHANGE_WORDS + ")(了)?$");
    static final Pattern LEVEL_AT_END = Pattern.compile("(" + LEVEL_WORDS + ")$");
    /*
     * What each pattern's words end with, from the same words: a text ending otherwise cannot match, and most
     * texts before a value do not, so the regex (every word tried at every position) is mostly not run; the
     * patterns that are only words before $ are searched in the text's last few characters (bounded).
     */
    static final EndChars AT_LEAST_ENDS = EndChars.of(AT_LEAST_WORDS);
    static final EndChars AT_MOST_ENDS = EndChars.of(AT_MOST_WORDS);
    static final EndChars EQUAL_ENDS = EndChars.of(EQUAL_WORDS);
    static final EndChars APPROXIMATION_ENDS = EndChars.of(APPROXIMATION_WORDS);
    static final EndChars TO_LEVEL_ENDS = EndChars.bounded(RISE_WORDS + "|" + FALL_WORDS, TO_WORDS);
    static final EndChars CHANGE_ENDS = EndChars.bounded(CHANGE_WORDS, "了");
    static final EndChars LEVEL_ENDS = EndChars.bounded(LEVEL_WORDS);
    private static final List<String> AFTER_GE = List.of("以上", "及以上");
    private static final List<String> AFTER_LE = List.of("以下", "及以下", "以内", "之内");

    @Override
    public Optional<Comparator> read(ValueSite site) {
        return Optional.ofNullable(of(site.verbEnding(), site.afterValue()));
    }

    /**
     * The comparator for a value from the verb ending of the words before it, or null when no word says (the
     * caller then inherits or defaults).
     */
    static Comparator of(VerbEnding ending, String after) {
        if (ending.kind() == VerbEnding.Kind.TO_LEVEL) {
            return ending.rising() ? Comparator.GE : Comparator.LE;
        }
        if (ending.kind() == VerbEnding.Kind.CHANGE) {
            return isDecrease(ending.verb()) ? Comparator.DECREASE : Comparator.INCREASE;
        }
        Comparator fromAfter = afterWord(after);
        if (fromAfter != null) {
            return fromAfter;
        }
        return levelVerb(ending);
    }

    /** Whether the text ends with a verb that sets or changes the value (the measure is then written before it). */
    static boolean endsWithVerb(String before) {
        return VerbEnding.of(before).found();
    }

    /** The length of the verb phrase at the end of the text (0 when none), so the caller can cut it off. */
    static int verbLength(String before) {
        return VerbEnding.of(before).length();
    }

    /**
     * The word right after the value, its leading blanks skipped in place: {@code after.strip().startsWith(w)}
     * without copying the rest of the sentence. Every word ends in a non-blank character, so a match cannot
     * reach into the trailing blanks strip would have cut.
     */
    static Comparator afterWord(String after) {
        int at = 0;
        while (at < after.length() && Character.isWhitespace(after.charAt(at))) {
            at++;
        }
        if (startsWithAny(after, at, AFTER_LE)) {
            return Comparator.LE;
        }
        if (startsWithAny(after, at, AFTER_GE)) {
            return Comparator.GE;
        }
        return after.startsWith("左右", at) ? Comparator.EQ : null;
    }

    /** The plain reading {@link #afterWord} stands for, for tests to hold it to. */
    static Comparator afterWordStripped(String after) {
        String a = after.strip();
        if (AFTER_LE.stream().anyMatch(a::startsWith)) {
            return Comparator.LE;
        }
        if (AFTER_GE.stream().anyMatch(a::startsWith)) {
            return Comparator.GE;
        }
        return a.startsWith("左右") ? Comparator.EQ : null;
    }

    private static boolean startsWithAny(String s, int at, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static Comparator levelVerb(VerbEnding ending) {
        String verb = ending.verb();
        Comparator sign = InequalitySign.at(verb);
        if (sign != null) {
            return sign;
        }
        if (AT_LEAST_ENDS.mayEnd(verb) && AT_LEAST.matcher(verb).matches()) {
            return Comparator.GE;
        }
        if (AT_MOST_ENDS.mayEnd(verb) && AT_MOST.matcher(verb).matches()) {
            return Comparator.LE;
        }
        if (EQUAL_ENDS.mayEnd(verb) && EQUAL.matcher(verb).matches()) {
            return Comparator.EQ;
        }
        // the level ending is the last pattern VerbEnding tries: TO_LEVEL and CHANGE did not find, or we would not be here
        if (ending.kind() == VerbEnding.Kind.LEVEL) {
            return Comparator.GE;
        }
        return null;
    }

    private static boolean isDecrease(String verb) {
        return DECREASE.matcher(verb).matches();
    }

    /** The end of the text without the words that only soften the value (近, 约, 总量的). */
    static String stripApproximation(String before) {
        String stripped = before.strip();
        // no approximation word ends the text: the regex would remove nothing, and stripped.strip() is stripped
        return APPROXIMATION_ENDS.mayEnd(stripped) ? APPROXIMATION.matcher(stripped).replaceAll("").strip() : stripped;
    }
}
