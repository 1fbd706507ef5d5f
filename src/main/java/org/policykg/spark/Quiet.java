package org.policykg.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.LoggerFactory;

/**
 * Spark's logs down to warnings, as PolicyKG's are by default (POLICYKG_LOG=info turns them up). Under
 * spark-submit Spark logs through log4j2, which setLogLevel sets; run from PolicyKG's own classpath it
 * logs through logback, which setLogLevel cannot reach.
 */
final class Quiet {
    private Quiet() {
    }

    static void logs(JavaSparkContext spark) {
        String level = System.getenv().getOrDefault("POLICYKG_LOG", "warn").toUpperCase(java.util.Locale.ROOT);
        if (LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback")) {
            Logback.level(level);
        } else {
            spark.setLogLevel(level);
        }
    }

    /** Loaded only where logback is the binding. */
    private static final class Logback {
        static void level(String level) {
            for (String name : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty", "org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika"}) {
                if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                    logger.setLevel(ch.qos.logback.classic.Level.toLevel(level, ch.qos.logback.classic.Level.WARN));
                }
            }
            // Hadoop brings a StAX parser that refuses one of the properties Jena sets, which Jena logs as an
            // error each time it reads XML; nothing is read wrongly
            if (LoggerFactory.getLogger("org.apache.jena.util.JenaXMLInput") instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
    }
}
