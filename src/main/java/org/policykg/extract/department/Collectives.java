package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collective bodies written with a 、 inside them, which a list keeps as one name as written: places
 * that share the head named after the last of them (各县(市、区)、乡(镇)人民政府, 城乡一体化示范区、高新区党工委和管委会),
 * and a run of places taken together (各区、县级市). A place followed by a body of its own
 * (各县(区)政府、市直园区管委会) stays two names, as does a list of departments (市发改委、市财政局).
 */
final class Collectives {
    private static final Pattern BRACKETED = Pattern.compile("[(（][^()（）]*[)）]");
    /** A place or zone named without any body: 各县, 各县(市、区), 城乡一体化示范区, 县级市. */
    private static final Pattern PLACE_ONLY = Pattern.compile("^各?[\\p{IsHan}]{0,10}?(?<!社|小|景|街)(省|市|县|区|镇|乡|县级市)$");
    /** What a piece that may be {@link #PLACE_ONLY} once stripped and without brackets ends with. */
    private static final String PLACE_ENDS = "省市县区镇乡)）";
    /** Heads that a place's government bodies end with, which the places before it share. */
    private static final Pattern GOVERNMENT_HEAD = Pattern.compile("(人民政府|政府|管委会|管理委员会|党工委|党委|办事处)$");
    private static final Pattern BARE_HEAD = Pattern.compile("^(人民政府|政府|管委会|管理委员会|党工委|党委|人大|政协|办事处)$");

    private Collectives() {
    }

    static boolean isBareHead(String s) {
        return BARE_HEAD.matcher(s).matches();
    }

    /** The list's pieces ({start, end} in the list) with those of one collective joined. */
    static List<int[]> join(String list, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            int[] piece = pieces.get(k);
            while (k + 1 < pieces.size() && separator(list, piece) == '、' && mayBePlace(list, piece)
                    && sharesHead(text(list, piece), text(list, pieces.get(k + 1)))) {
                piece = new int[] {piece[0], pieces.get(++k)[1]};
            }
            out.add(piece);
        }
        return out;
    }

    private static boolean sharesHead(String left, String right) {
        String place = withoutBrackets(left);
        if (!isPlaceOnly(place)) {
            return false;
        }
        String next = withoutBrackets(right);
        return GOVERNMENT_HEAD.matcher(next).find() || place.startsWith("各") && isPlaceOnly(next);
    }

    /** BRACKETED removed; every match opens with a bracket, so without one there is nothing to remove. */
    static String withoutBrackets(String s) {
        return s.indexOf('(') < 0 && s.indexOf('（') < 0 ? s : BRACKETED.matcher(s).replaceAll("");
    }

    /** PLACE_ONLY, which must end the whole string with one of its place words (all ending 省市县区镇乡). */
    static boolean isPlaceOnly(String s) {
        return !s.isEmpty() && "省市县区镇乡".indexOf(s.charAt(s.length() - 1)) >= 0 && PLACE_ONLY.matcher(s).matches();
    }

    /**
     * Whether the piece, stripped and without its brackets, may end with a place word, as {@link #sharesHead}
     * needs of it: its last non-blank character is one of them, or a closing bracket (removing a bracketed
     * part can change the last character only when the text ends with one). Asked before making its text.
     */
    static boolean mayBePlace(String list, int[] piece) {
        for (int i = piece[1] - 1; i >= piece[0]; i--) {
            char c = list.charAt(i);
            if (!Character.isWhitespace(c)) {
                return PLACE_ENDS.indexOf(c) >= 0;
            }
        }
        return false; // blank: "" is no place
    }

    private static char separator(String list, int[] piece) {
        return piece[1] < list.length() ? list.charAt(piece[1]) : 0;
    }

    private static String text(String list, int[] piece) {
        return list.substring(piece[0], piece[1]).strip();
    }
}
