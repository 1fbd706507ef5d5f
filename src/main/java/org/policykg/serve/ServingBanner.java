package org.policykg.serve;

import java.util.List;
import java.util.Locale;

/**
 * What {@code serve} prints on stdout once it serves: where, how long start-up took, every route the
 * server answers (from {@link PolicyKgServer#routes()}), and the limits it runs under.
 */
public final class ServingBanner {
    private ServingBanner() {
    }

    public static String text(String storeName, ServeConfig config, int port, List<ServedRoute> routes, double seconds) {
        String base = "http://" + hostInUrl(config.bindAddress()) + ":" + port;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "PolicyKG serving %s at %s/ (ready in %.1f s)%n",
                storeName, base, seconds));
        int width = routes.stream().mapToInt(r -> r.what().length()).max().orElse(0);
        for (ServedRoute r : routes) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%s%s%n", r.what(), base, r.path(),
                    r.alsoAt().isEmpty() ? "" : "   (also " + String.join(", ", r.alsoAt()) + ")"));
        }
        return out.append(limits(config)).append(System.lineSeparator()).toString();
    }

    private static String limits(ServeConfig config) {
        return "  query timeout " + config.queryTimeout().toMillis() + " ms, " + config.queriesPerClient()
                + " running queries a client" + (config.behindProxy() ? " (as X-Forwarded-For names it)" : "") + ", "
                + config.maxRows() + " rows an answer; SERVICE "
                + (config.serviceAllow().isEmpty() ? "off" : "to " + String.join(", ", config.serviceAllow()))
                + "; upload " + (ReadOnlyReplica.requested() ? "refused (a --read-only replica)"
                : config.token().isPresent() ? "with Authorization: Bearer $POLICYKG_ADMIN_TOKEN"
                : "off (POLICYKG_ADMIN_TOKEN not set)")
                + "; listening on " + config.bindAddress() + "; Ctrl-C stops";
    }

    /** Every interface is reachable as localhost; an IPv6 literal is bracketed. */
    private static String hostInUrl(String bound) {
        if (bound.equals("0.0.0.0") || bound.equals("::")) {
            return "localhost";
        }
        return bound.contains(":") ? "[" + bound + "]" : bound;
    }
}
