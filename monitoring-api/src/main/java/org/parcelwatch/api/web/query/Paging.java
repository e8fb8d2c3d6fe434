package org.parcelwatch.api.web.query;

/**
 * Paging limits shared by the list endpoints. Declared with {@code @Min}/{@code @Max} on the parameters, so a value
 * outside them is 400 VALIDATION_FAILED and the OpenAPI document states them.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    public static final String DEFAULT_SIZE = "20";
    /** With at most {@link #MAX_SIZE} rows a page, the offset stays well inside an int. */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }
}
