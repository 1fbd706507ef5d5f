package org.policykg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The literal characters a regex cannot match without (for the trigger check of Tika's regex magic
 * patterns): those outside every class, not escaped, not made optional by {@code ? * {}},
 * in a regex without a top-level alternative (the bounds of a {@code {m,n}} quantifier are skipped). Each comes as the byte values it may match (both cases
 * where the regex ignores case anywhere). A plain or {@code (?:} group that no quantifier makes optional
 * adds, for each way of taking one such set from each of its alternatives, their union: whichever
 * alternative matches holds one of those bytes. Anything this reading does not follow gives no literal at all,
 * so a doubt can only make a trigger fail its check, never pass it.
 */
final class RegexLiterals {
    private RegexLiterals() {
    }

    /** At most this many unions for one group: any of them is required, so a shorter list is still true. */
    private static final int MAX_UNIONS = 256;

    static List<Set<Integer>> required(String regex) {
        return required(regex, regex.matches("(?s).*\\(\\?[a-zA-Z]*i[a-zA-Z]*[):].*"));
    }

    private static List<Set<Integer>> required(String regex, boolean ignoreCase) {
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
                if (depth == 0) {
                    int close = groupEnd(regex, i);
                    if (close < 0) {
                        return List.of();
                    }
                    if (!optional(regex, close + 1)) {
                        out.addAll(groupRequires(regex.substring(i + 1, close), ignoreCase));
                    }
                }
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

    /**
     * For a group's body (what stands between its parentheses), the sets one of whose bytes every match of
     * it holds: the union of one required set of each alternative, for each such choice. None for a group
     * other than a plain or {@code (?:} one (a lookaround matches no bytes, a flag group none of its own),
     * or with an alternative that requires nothing.
     */
    private static List<Set<Integer>> groupRequires(String body, boolean ignoreCase) {
        if (body.startsWith("?") && !body.startsWith("?:")) {
            return List.of();
        }
        List<Set<Integer>> unions = List.of(Set.of());
        for (String alternative : topLevelAlternatives(body.startsWith("?:") ? body.substring(2) : body)) {
            List<Set<Integer>> sets = required(alternative, ignoreCase);
            if (sets.isEmpty()) {
                return List.of();
            }
            List<Set<Integer>> next = new ArrayList<>();
            for (Set<Integer> union : unions) {
                for (Set<Integer> set : sets) {
                    if (next.size() < MAX_UNIONS) {
                        Set<Integer> both = new java.util.HashSet<>(union);
                        both.addAll(set);
                        next.add(Set.copyOf(both));
                    }
                }
            }
            unions = next;
        }
        return unions;
    }

    /** The index of the ')' closing the group opened at {@code open}, or -1 where this reading cannot follow it. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                int length = escapeLength(regex, i);
                if (length < 0) {
                    return -1;
                }
                i += length - 1;
            } else if (inClass) {
                if (c == '[') {
                    return -1;
                }
                inClass = c != ']';
            } else if (c == '[') {
                if (regex.startsWith("[]", i) || regex.startsWith("[^]", i)) {
                    return -1;
                }
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A regex (or group body) split at its '|' outside groups and classes. */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /**
     * The characters a match must begin with (as byte values), or null when this reading cannot tell:
     * the regex's first item after its flags and a {@code ^}, if it is a literal, a plain class
     * {@code [...]} (no negation, no nesting) or a group of alternatives each starting so (no nesting, no
     * class or escape inside), that no quantifier makes optional.
     */
    static Set<Integer> firstCharacters(String regex) {
        boolean ignoreCase = regex.matches("(?s).*\\(\\?[a-zA-Z]*i[a-zA-Z]*[):].*");
        int i = 0;
        while (regex.startsWith("(?", i) && regex.indexOf(')', i) > 0
                && regex.substring(i + 2, regex.indexOf(')', i)).chars().allMatch(Character::isLetter)) {
            i = regex.indexOf(')', i) + 1;
        }
        if (regex.startsWith("^", i)) {
            i++;
        }
        if (i >= regex.length()) {
            return null;
        }
        Set<Integer> first = new java.util.HashSet<>();
        int next;
        char c = regex.charAt(i);
        if (c == '[') {
            int close = regex.indexOf(']', i + 1);
            if (close < 0 || regex.startsWith("[^", i) || regex.startsWith("[]", i)) {
                return null;
            }
            String body = regex.substring(i + 1, close);
            if (body.contains("[") || body.contains("&&")) {
                return null;
            }
            List<Integer> chars = new ArrayList<>();
            for (int j = 0; j < body.length(); j++) {
                if (body.charAt(j) == '\\') {
                    int length = escapeLength(body, j);
                    int code = length < 0 ? -1 : escapedCode(body, j);
                    if (code < 0) {
                        return null;
                    }
                    chars.add(code);
                    j += length - 1;
                } else {
                    chars.add((int) body.charAt(j));
                }
            }
            for (int j = 0; j < chars.size(); j++) {
                if (j + 2 < chars.size() && chars.get(j + 1) == '-') {
                    for (int x = chars.get(j); x <= chars.get(j + 2); x++) {
                        first.add(x);
                    }
                    j += 2;
                } else {
                    first.add(chars.get(j));
                }
            }
            next = close + 1;
        } else if (c == '\\') {
            int length = escapeLength(regex, i);
            int code = length < 0 ? -1 : escapedCode(regex, i);
            if (code < 0) {
                return null;
            }
            first.add(code);
            next = i + length;
        } else if (".^$?*+{}()|".indexOf(c) < 0) {
            first.add((int) c);
            next = i + 1;
        } else if (c == '(' && !regex.startsWith("(?", i)) {
            int close = regex.indexOf(')', i);
            String group = close < 0 ? "(" : regex.substring(i + 1, close);
            if (close < 0 || group.contains("(") || group.contains("[") || group.contains("\\") || group.startsWith("|")
                    || group.endsWith("|") || group.contains("||")) {
                return null;
            }
            for (String alternative : group.split("\\|")) {
                Set<Integer> chars = firstCharacters(alternative);
                if (chars == null) {
                    return null;
                }
                first.addAll(chars);
            }
            next = close + 1;
        } else {
            return null;
        }
        if (optional(regex, next)) {
            return null;
        }
        if (ignoreCase) {
            for (int x : Set.copyOf(first)) {
                first.add((int) Character.toLowerCase((char) x));
                first.add((int) Character.toUpperCase((char) x));
            }
        }
        return first;
    }

    /**
     * The characters of a regex's first items, in order, as far as this reading follows them: literals,
     * escaped characters, plain classes {@code [...]} and {@code .} (any character), none quantified; the
     * list ends before anything else. Empty for a regex with a top-level alternative or whose first item
     * is none of those.
     */
    static List<Set<Integer>> leadingItems(String regex) {
        boolean ignoreCase = regex.matches("(?s).*\\(\\?[a-zA-Z]*i[a-zA-Z]*[):].*");
        if (hasTopLevelAlternative(regex)) {
            return List.of();
        }
        int i = 0;
        while (regex.startsWith("(?", i) && regex.indexOf(')', i) > 0
                && regex.substring(i + 2, regex.indexOf(')', i)).chars().allMatch(Character::isLetter)) {
            i = regex.indexOf(')', i) + 1;
        }
        if (regex.startsWith("^", i)) {
            i++;
        }
        List<Set<Integer>> out = new ArrayList<>();
        while (i < regex.length()) {
            char c = regex.charAt(i);
            Set<Integer> item = new java.util.HashSet<>();
            int next;
            if (c == '.') {
                for (int b = 0; b < 256; b++) {
                    item.add(b);
                }
                next = i + 1;
            } else if (c == '[' || c == '\\' || ".^$?*+{}()|".indexOf(c) < 0) {
                int end = c == '[' ? regex.indexOf(']', i + 1) + 1 : c == '\\' ? i + escapeLength(regex, i) : i + 1;
                if (end <= i) {
                    break;
                }
                Set<Integer> first = firstCharacters(regex.substring(i, end));
                if (first == null) {
                    break;
                }
                item.addAll(first);
                next = end;
            } else {
                break;
            }
            if (next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0) {
                break;
            }
            if (ignoreCase) {
                for (int x : Set.copyOf(item)) {
                    item.add((int) Character.toLowerCase((char) x));
                    item.add((int) Character.toUpperCase((char) x));
                }
            }
            out.add(item);
            i = next;
        }
        return out;
    }

    private static boolean hasTopLevelAlternative(String regex) {
        return topLevelAlternatives(regex).size() > 1;
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

    /** Whether a quantifier at {@code next} lets the item before it match nothing ({@code ? *} or {@code {0,…}}). */
    private static boolean optional(String regex, int next) {
        if (next >= regex.length()) {
            return false;
        }
        char q = regex.charAt(next);
        if (q == '{') {
            java.util.regex.Matcher min = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(regex).region(next, regex.length());
            return !min.lookingAt() || Integer.parseInt(min.group(1)) == 0;
        }
        return q == '?' || q == '*';
    }
}
