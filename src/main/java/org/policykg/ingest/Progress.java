package org.policykg.ingest;

import java.io.PrintStream;

/** A progress bar on stderr when it is a terminal; silent otherwise so that logs stay clean. */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean enabled;

    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    public static Progress onTerminal() {
        return new Progress(System.err, System.console() != null);
    }

    public void update(int done, int total, String current) {
        if (!enabled || total == 0) {
            return;
        }
        int filled = done * WIDTH / total;
        out.printf("\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, current);
        if (done == total) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        out.flush();
    }
}
