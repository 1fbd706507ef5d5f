package org.policykg.structure.table;

import java.util.regex.Pattern;

/** A cell holding only a row's serial number (1, 12, 3.): where a copied table's next row starts. */
final class SerialCell {
    private static final Pattern SERIAL = Pattern.compile("^\\d{1,3}\\.?$");

    private SerialCell() {
    }

    /** The number the cell holds, or -1 when it holds anything else. */
    static int value(String cell) {
        return SERIAL.matcher(cell).matches() ? Integer.parseInt(cell.replace(".", "")) : -1;
    }
}
