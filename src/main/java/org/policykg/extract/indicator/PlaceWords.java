package org.policykg.extract.indicator;

import java.util.regex.Pattern;


/** Place words that open a label (全市, 市区, 县城) and can be swapped when a sentence moves to another place. */
final class PlaceWords {
    private static final Pattern LEADING_PLACE = Pattern.compile("^(全市|全区|全县|全省|全镇|市区|城区|县城|主城区|中心城区|全域|城市|农村|城乡|城镇)");

    private PlaceWords() {
    }

    private static final Pattern PLACE = Pattern.compile(".*(省|市|区|县|镇|乡|村|街道|城|园区|开发区)$");
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[(（][^)）]*[)）]");

    /** Whether a short label only names a place (县(市)城区), so it takes over the measure from the label before. */
    static boolean isPlace(String label) {
        return PLACE.matcher(BRACKETED_NOTE.matcher(label).replaceAll("")).matches();
    }

    static String stripLeadingPlace(String label) {
        return LEADING_PLACE.matcher(label).replaceFirst("");
    }
}
