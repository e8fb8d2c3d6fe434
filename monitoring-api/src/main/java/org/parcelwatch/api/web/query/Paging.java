package org.parcelwatch.api.web.query;

/** Paging limits shared by the list endpoints. */
final class Paging {

    static final int MAX_SIZE = 200;
    static final String DEFAULT_SIZE = "20";
    /** With at most {@link #MAX_SIZE} rows a page, the offset stays well inside an int. */
    static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }
}
