package org.policykg.ingest;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr when it is a terminal (me.tongfei:progressbar, which measures the terminal's
 * width and redraws in place); silent otherwise so that logs stay clean. On request, one plain line per
 * file done instead ({@code 3/40 name}: the third file is stored or refused), for logs and for a watcher
 * (the crash test kills the ingest once it sees documents done).
 */
public final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final boolean lines;
    private ProgressBar bar;

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

    public synchronized void update(int done, int total, String current) {
        if (!enabled || total == 0) {
            return;
        }
        if (lines) {
            out.println(done + "/" + total + (current.isEmpty() ? "" : " " + current));
            out.flush();
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" files", 1).setConsumer(new ConsoleProgressBarConsumer(out)).clearDisplayOnFinish().build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
        bar.setExtraMessage(current);
        if (done >= total) {
            // the summary line follows on a clean line
            bar.close();
            bar = null;
        }
    }
}
