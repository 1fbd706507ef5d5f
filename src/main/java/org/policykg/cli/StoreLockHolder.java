package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds a TDB2 store another process has open: TDB2 lets one process open a store, and writes
 * that process's id into {@code STORE/tdb.lock}. The message names it and says what to do instead,
 * which is what a person needs, rather than TDB2's "Failed to get a lock" stack trace.
 */
final class StoreLockHolder {
    private static final Pattern PORT = Pattern.compile("--port[= ](\\d+)");

    private StoreLockHolder() {
    }

    /** Whether the failure to open a store is TDB2's lock held by another process. */
    static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().equals("DBOpEnvException") && message.contains("lock")) {
                return true;
            }
        }
        return false;
    }

    static String message(Path store) {
        Optional<Long> pid = pid(store);
        Optional<String> command = pid.flatMap(StoreLockHolder::arguments);
        String who = pid.map(p -> "process " + p + command.map(c -> " (" + shorten(c) + ")").orElse("")).orElse("another process");
        String port = command.map(PORT::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse("8080");
        return store + " is in use by " + who + ": TDB2 lets one process open a store. Stop that process, "
                + "or, if it is 'policykg serve', ask it instead with --endpoint http://localhost:" + port + "/ds";
    }

    private static Optional<Long> pid(Path store) {
        try {
            String text = Files.readString(store.resolve("tdb.lock")).strip();
            return text.matches("\\d+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The holder's arguments from /proc (whole, where ProcessHandle's may be cut), else as ProcessHandle gives them. */
    private static Optional<String> arguments(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ').strip();
            if (!cmdline.isEmpty()) {
                return Optional.of(cmdline);
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
    }

    private static String shorten(String command) {
        int serve = command.indexOf(" serve");
        String s = serve >= 0 ? "policykg" + command.substring(serve) : command;
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }
}
