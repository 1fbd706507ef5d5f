package org.policykg.structure.number;

import java.util.List;
import java.util.Optional;

import org.policykg.normalize.TextNormalizer;

/**
 * A 发文字号: the issuer's 机关代字 prefix, the year and the serial, e.g. 苏政办发〔2017〕115号.
 *
 * @param prefix    the 机关代字 in Simplified script (苏政办发)
 * @param year      the year in the brackets
 * @param serial    the serial number
 * @param recovered true when the text was mangled (a bracket missing) and year and serial were
 *                  recovered from it; such numbers are worth a look
 */
public record DocumentNumber(String prefix, int year, int serial, boolean recovered) {

    /** The canonical form: 机关代字〔year〕N号. */
    public String canonical() {
        return prefix + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return canonical();
    }

    /**
     * Parses a number written on its own (any bracket variant, Traditional script, 号 or 號, spaces);
     * empty if it is none.
     */
    public static Optional<DocumentNumber> parse(String written) {
        String simplified = TextNormalizer.simplified(written.strip());
        List<NumberPattern.Hit> hits = new NumberPattern().find(simplified);
        return hits.size() == 1 && hits.get(0).span().length() == simplified.length()
                ? Optional.of(hits.get(0).number()) : Optional.empty();
    }
}
