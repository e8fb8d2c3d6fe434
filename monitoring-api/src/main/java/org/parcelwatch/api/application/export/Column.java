package org.parcelwatch.api.application.export;

import java.util.function.Function;

/**
 * One column of an exported register: its Chinese header, its cell type and how a row gives its value (a String,
 * a LocalDate, a BigDecimal or other Number, a Boolean, or null for an empty cell).
 */
public record Column<T>(String header, CellType type, Function<? super T, ?> value) {

    public static <T> Column<T> text(String header, Function<? super T, ?> value) {
        return new Column<>(header, CellType.TEXT, value);
    }

    public static <T> Column<T> date(String header, Function<? super T, ?> value) {
        return new Column<>(header, CellType.DATE, value);
    }

    public static <T> Column<T> amount(String header, Function<? super T, ?> value) {
        return new Column<>(header, CellType.AMOUNT, value);
    }

    public static <T> Column<T> integer(String header, Function<? super T, ?> value) {
        return new Column<>(header, CellType.INTEGER, value);
    }

    public static <T> Column<T> percent(String header, Function<? super T, ?> value) {
        return new Column<>(header, CellType.PERCENT, value);
    }
}
