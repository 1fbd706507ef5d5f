package org.policykg.structure.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.read.WebBoilerplate;
import org.policykg.structure.Line;

/**
 * Finds the date a document was issued. The signed date (a line holding only a date, or the date beside
 * the 发文字号, in Arabic or Chinese numerals) wins; a print date (…印发) comes next; a web page's
 * publication date (公开日期: 2017/12/28) is the last resort, since a page may be published years later.
 */
final class DateFinder {
    private static final String SP = "[\\s\\u3000]*";
    private static final String CN = "[〇○零一二三四五六七八九十]";
    static final Pattern WRITTEN = Pattern.compile(
            "(\\d{4}|" + CN + "{4})" + SP + "年" + SP + "(\\d{1,2}|" + CN + "{1,3})" + SP + "月" + SP + "(\\d{1,2}|" + CN + "{1,3})" + SP + "日");
    private static final Pattern WEB = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    /** What may stand beside a signed date on its line: a 发文字号, 成文日期, or 印发. */
    private static final Pattern SIGNED_LINE_REST = Pattern.compile("^(.{0,20}号|成文日期[:：]?)?" + SP + "$"
            + "|^[(（][\\p{IsHan}\\s\\u3000]{2,40}[)）]$");
    private static final Pattern PRINTED_LINE_REST = Pattern.compile("^" + SP + "印发" + SP + "$");

    Optional<LocalDate> find(List<Line> lines) {
        return signed(lines, SIGNED_LINE_REST).or(() -> signed(lines, PRINTED_LINE_REST)).or(() -> published(lines));
    }

    private static Optional<LocalDate> signed(List<Line> lines, Pattern rest) {
        for (Line line : lines) {
            if (!mayHoldDate(line.text())) {
                continue;
            }
            Matcher m = WRITTEN.matcher(line.text());
            if (m.find() && !WebBoilerplate.isPageLine(line.text())
                    && rest.matcher(line.text().substring(0, m.start()) + line.text().substring(m.end())).matches()) {
                Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> published(List<Line> lines) {
        for (Line line : lines) {
            if (WebBoilerplate.carriesPublicationDate(line.text())) {
                Matcher m = WEB.matcher(line.text());
                if (m.find()) {
                    return date(m.group(1), m.group(2), m.group(3));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the line is a signed date line (used to find the signature above it). */
    static boolean isDateLine(String line) {
        if (!mayHoldDate(line)) {
            return false;
        }
        Matcher m = WRITTEN.matcher(line);
        return m.find() && SIGNED_LINE_REST.matcher(line.substring(0, m.start()) + line.substring(m.end())).matches();
    }

    /** WRITTEN has the literals 年, 月 and 日: a line without one of them holds no written date. */
    static boolean mayHoldDate(String line) {
        return line.indexOf('年') >= 0 && line.indexOf('月') >= 0 && line.indexOf('日') >= 0;
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(ChineseNumerals.value(y), ChineseNumerals.value(m), ChineseNumerals.value(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
