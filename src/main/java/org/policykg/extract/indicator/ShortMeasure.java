package org.policykg.extract.indicator;

import java.util.regex.Pattern;

/**
 * A measure of a few characters continues the one before it in the sentence: "市区…覆盖率达到55%，
 * 县(市)城区达到35%" names another place, "发现率100%、拆除率100%" another rate of the same thing.
 */
final class ShortMeasure {
    /** At most this many characters (bracketed notes aside) make a measure short. */
    static final int LENGTH = 4;
    static final Pattern BRACKETED_NOTE = Pattern.compile("[(（][^)）]*[)）]");

    private ShortMeasure() {
    }

    /** The measure completed from the sentence's last target when it is short and of the same unit. */
    static String continued(String label, ValueSite site) {
        Target previous = site.lastEarlier();
        if (label.isEmpty() || previous == null || !isShort(label)) {
            return label;
        }
        if (!previous.unit().equals(site.value().unitText())) {
            return label;
        }
        String p = previous.indicator();
        char last = label.charAt(label.length() - 1);
        if (!isMeasureEnding(last)) {
            return PlaceWords.isPlace(label) ? label + PlaceWords.stripLeadingPlace(p) : label;
        }
        if (p.charAt(p.length() - 1) != last) {
            return p + label;
        }
        String subject = p.substring(0, Math.max(0, p.length() - label.length()));
        return subject.length() >= LENGTH ? subject + label : label;
    }

    /**
     * At most {@link #LENGTH} characters once bracketed notes are taken out. Taking them out only shortens the
     * label, and there is none to take out without an opening bracket: only a longer label holding one needs
     * the regex.
     */
    static boolean isShort(String label) {
        if (label.length() <= LENGTH) {
            return true;
        }
        if (label.indexOf('(') < 0 && label.indexOf('（') < 0) {
            return false;
        }
        return BRACKETED_NOTE.matcher(label).replaceAll("").length() <= LENGTH;
    }

    private static boolean isMeasureEnding(char c) {
        return "率例重量度值数积比幅".indexOf(c) >= 0;
    }
}
