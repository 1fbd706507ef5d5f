package org.policykg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The literal characters a regex cannot match without (for the trigger check of Tika's regex magic
 * patterns): those outside every group and class, not escaped, not made optional by {@code ? * {}},
 * in a regex without a top-level alternative (the bounds of a {@code {m,n}} quantifier are skipped). Each comes as the byte values it may match (both cases
 * where the regex ignores case anywhere). Anything this reading does not follow gives no literal at all,
 * so a doubt can only make a trigger fail its check, never pass it.
 */
final class RegexLiterals {
    private RegexLiterals() {
    }

    static List<Set<Integer>> required(String regex) {
        boolean ignoreCase = regex.matches("(?s).*\\(\\?[a-zA-Z]*i[a-zA-Z]*[):].*");
        List<Set<Integer>> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                int length = escapeLength(regex, i);
                if (length < 0) {
                    return List.of();
                }
                int code = escapedCode(regex, i);
                if (code >= 0 && !inClass && depth == 0 && !optional(regex, i + length)) {
                    out.add(Set.of(code));
                }
                i += length - 1;
            } else if (inClass) {
                if (c == '[') {
                    return List.of();
                }
                inClass = c != ']';
            } else if (c == '[') {
                if (regex.startsWith("[]", i) || regex.startsWith("[^]", i)) {
                    return List.of();
                }
                inClass = true;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) {
                    return List.of();
                }
                i = close; // a quantifier's bounds, not literals
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == '|') {
                return List.of();
            } else if (depth == 0 && ".^$?*+{}".indexOf(c) < 0 && c < 0x80 && !optional(regex, i + 1)) {
                out.add(ignoreCase && Character.isLetter(c)
                        ? Set.of((int) Character.toLowerCase(c), (int) Character.toUpperCase(c)) : Set.of((int) c));
            }
        }
        return out;
    }

    /** The length of the escape at i: 4 for \\xhh, 6 for \\uhhhh, 2 for others; -1 for those not followed. */
    private static int escapeLength(String regex, int i) {
        char e = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
        if (e == 'x' && i + 3 < regex.length() && regex.charAt(i + 2) != '{') {
            return 4;
        }
        if (e == 'u' && i + 5 < regex.length()) {
            return 6;
        }
        return e == 0 || "x0pPQEcNk".indexOf(e) >= 0 ? -1 : 2;
    }

    /** The character an escape stands for, or -1 for a class or an assertion (\\d, \\s, \\b, \\1 …). */
    private static int escapedCode(String regex, int i) {
        char e = regex.charAt(i + 1);
        return switch (e) {
            case 'x' -> Integer.parseInt(regex.substring(i + 2, i + 4), 16);
            case 'u' -> Integer.parseInt(regex.substring(i + 2, i + 6), 16);
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            default -> Character.isLetterOrDigit(e) ? -1 : e;
        };
    }

    private static boolean optional(String regex, int next) {
        return next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0;
    }
}
