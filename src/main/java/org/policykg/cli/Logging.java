package org.policykg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

/**
 * Logs are quiet by default (warnings and errors only) and go to stderr (stdout carries results and
 * the served URLs); POLICYKG_LOG=debug|info turns them up. Set up in code rather than from an XML
 * file, which costs start-up time for no gain (serve tells Spring Boot to leave logging alone).
 */
final class Logging {
    private static final String[] PARSERS = {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika"};
    /** Spring MVC warns about every 404; a client asking for a page that does not exist is not the server's problem. */
    private static final String NOT_FOUND = "org.springframework.web.servlet.PageNotFound";
    private Logging() {
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    static void quiet() {
        String level = System.getenv().getOrDefault("POLICYKG_LOG", "warn");
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.toLevel(level, Level.WARN));
            root.detachAndStopAllAppenders();
            root.addAppender(stderr(root.getLoggerContext()));
        }
        // the parsers warn about every font substituted or odd record met while reading a file's text,
        // which says nothing about whether the document was read; failures reach stderr as errors
        if (level.equalsIgnoreCase("warn") && LoggerFactory.getLogger(NOT_FOUND) instanceof Logger notFound) {
            notFound.setLevel(Level.ERROR);
        }
        for (String parser : PARSERS) {
            if (LoggerFactory.getLogger(parser) instanceof Logger logger && level.equalsIgnoreCase("warn")) {
                logger.setLevel(Level.ERROR);
            }
        }
    }
}
