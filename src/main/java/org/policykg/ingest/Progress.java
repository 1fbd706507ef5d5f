package org.policykg.ingest;

import java.io.PrintStream;

/**
 * A progress bar on stderr when it is a terminal; silent otherwise so that logs stay clean. On
 * request, one plain line per file done instead ({@code 3/40 name}: the third file is stored or refused), for logs and for a watcher (the
 * crash test kills the ingest once it sees documents done).
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean enabled;
    private final boolean lines;

    public Progress(PrintStream out, boolean enabled) {
        this(out, enabled, false);
    }

    private Progress(PrintStream out, boolean enabled, boolean lines) {
        this.out = out;
        this.enabled = enabled;
        this.lines = lines;
    }

    public static Progress lines(PrintStream out) {
        return new Progress(out, true, true);
    }

    public static Progress onTerminal() {
        return new Progress(System.err, System.console() != null);
    }

    public void update(int done, int total, String current) {
        if (!enabled || total == 0) {
            return;
        }
        if (lines) {
            out.println(done + "/" + total + (current.isEmpty() ? "" : " " + current));
            out.flush();
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
