package org.parcelwatch.api.application.export;

/** How a column's values are written: what kind of spreadsheet cell, with which number format. */
public enum CellType {
    /** Text as it is. */
    TEXT(null, 8),
    /** A date cell shown as 2024-03-01, so that a spreadsheet sorts and filters it as a date. */
    DATE("yyyy-mm-dd", 11),
    /** Money in yuan or an area in m² or 亩: a number with two decimals. */
    AMOUNT("#,##0.00", 14),
    /** A count. */
    INTEGER("0", 6),
    /** A share (0.5 shows as 50.00%). */
    PERCENT("0.00%", 8);

    private final String format;
    private final int minWidth;

    CellType(String format, int minWidth) {
        this.format = format;
        this.minWidth = minWidth;
    }

    /** The Excel number format, or null for text. */
    public String format() {
        return format;
    }

    /** Characters the column is at least wide, for values of this type. */
    int minWidth() {
        return minWidth;
    }
}
