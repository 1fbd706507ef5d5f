package org.policykg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Logs are quiet by default (warnings and errors only); POLICYKG_LOG=debug|info turns them up. */
final class Logging {
    private Logging() {
    }

    static void quiet() {
        String level = System.getenv().getOrDefault("POLICYKG_LOG", "warn");
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.toLevel(level, Level.WARN));
        }
    }
}
