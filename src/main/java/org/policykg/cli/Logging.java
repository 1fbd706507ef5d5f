package org.policykg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Logs are quiet by default (warnings and errors only); POLICYKG_LOG=debug|info turns them up. */
final class Logging {
    private static final String[] PARSERS = {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika"};
    private Logging() {
    }

    static void quiet() {
        String level = System.getenv().getOrDefault("POLICYKG_LOG", "warn");
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.toLevel(level, Level.WARN));
        }
        // the parsers warn about every font substituted or odd record met while reading a file's text,
        // which says nothing about whether the document was read; failures reach stderr as errors
        for (String parser : PARSERS) {
            if (LoggerFactory.getLogger(parser) instanceof Logger logger && level.equalsIgnoreCase("warn")) {
                logger.setLevel(Level.ERROR);
            }
        }
    }
}
