package org.policykg.cli;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * One log line, {@code HH:mm:ss.SSS LEVEL logger - message}, then the stack trace if any. Written out
 * rather than as a logback pattern: the pattern machinery (dozens of converter classes) costs every
 * command a noticeable part of its start-up, for a format that never changes.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {
    static final int LOGGER_WIDTH = 36;

    @Override
    public String doLayout(ILoggingEvent event) {
        LocalTime t = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault());
        StringBuilder line = new StringBuilder(128);
        pad(line, t.getHour(), 2).append(':');
        pad(line, t.getMinute(), 2).append(':');
        pad(line, t.getSecond(), 2).append('.');
        pad(line, t.getNano() / 1_000_000, 3).append(' ');
        String level = event.getLevel().toString();
        line.append(level).append(" ".repeat(Math.max(0, 5 - level.length()))).append(' ');
        line.append(abbreviate(event.getLoggerName())).append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        if (event.getThrowableProxy() != null) {
            line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }

    /** Package names shortened to their first letter, from the left, until the name fits the width. */
    static String abbreviate(String name) {
        if (name.length() <= LOGGER_WIDTH) {
            return name;
        }
        String[] parts = name.split("\\.");
        int length = name.length();
        for (int i = 0; i < parts.length - 1 && length > LOGGER_WIDTH; i++) {
            length -= parts[i].length() - 1;
            parts[i] = parts[i].substring(0, 1);
        }
        return String.join(".", parts);
    }

    private static StringBuilder pad(StringBuilder line, int value, int width) {
        String digits = Integer.toString(value);
        return line.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}
