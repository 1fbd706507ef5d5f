package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

/** Log lines read as the logback pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n} did. */
class LogLineTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void aLineHasTimeLevelLoggerAndMessage() {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("org.policykg.ingest.Ingester"), Level.WARN,
                "skipped {}", null, new Object[] {"a.txt"});

        assertThat(new LogLine().doLayout(event)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  org\\.policykg\\.ingest\\.Ingester - skipped a\\.txt\\R");
    }

    @Test
    void longLoggerNamesLoseTheirPackagesFromTheLeftUntilTheyFit() {
        assertThat(LogLine.abbreviate("org.springframework.web.servlet.PageNotFound")).isEqualTo("o.s.web.servlet.PageNotFound");
        assertThat(LogLine.abbreviate("org.springframework.web.servlet.PageNotFound")).hasSizeLessThanOrEqualTo(LogLine.LOGGER_WIDTH);
        assertThat(LogLine.abbreviate("short.Name")).isEqualTo("short.Name");
    }

    @Test
    void anExceptionIsFollowedByItsStackTrace() {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("p.Q"), Level.ERROR, "failed", new IllegalStateException("boom"), null);

        assertThat(new LogLine().doLayout(event)).contains("ERROR p.Q - failed").contains("java.lang.IllegalStateException: boom")
                .contains("at org.policykg.cli.LogLineTest");
    }
}
