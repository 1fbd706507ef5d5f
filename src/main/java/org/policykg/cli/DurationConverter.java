package org.policykg.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as an operator writes it: a number and a unit, {@code 500ms}, {@code 30s}, {@code 1.5s},
 * {@code 2m}; a bare number is seconds. Kept to milliseconds, the precision of Jena's query timeout.
 */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ms|s|m)?");

    @Override
    public Duration convert(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a duration: a number with ms, s or m (e.g. 30s, 500ms, 2m)");
        }
        BigDecimal millisPerUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> BigDecimal.ONE;
            case "m" -> BigDecimal.valueOf(60_000);
            default -> BigDecimal.valueOf(1000);
        };
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(millisPerUnit);
        return Duration.ofMillis(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }
}
