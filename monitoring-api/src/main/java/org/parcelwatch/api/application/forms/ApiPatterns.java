package org.parcelwatch.api.application.forms;

/** Formats of the identifiers in the API's paths, checked before anything is looked up or sent. */
public final class ApiPatterns {

    /** 电子监管号: 6-digit county code, year, {@code B}, 5-digit serial (as {@code SupervisionNumber}). */
    public static final String PARCEL_ID = "\\d{6}(19|20)\\d{2}B\\d{5}";
    public static final String PARCEL_ID_MESSAGE = "must be an electronic supervision number like 1305302024B00017";
    public static final String PARCEL_ID_EXAMPLE = "1305302024B00017";

    /** A notice number: the parcel's supervision number, the type code and a serial ({@code …-CJ-02}). */
    public static final String NOTICE_NO = "\\d{6}(19|20)\\d{2}B\\d{5}-[A-Z]{2,4}-\\d{2,3}";
    public static final String NOTICE_NO_MESSAGE = "must be a notice number like 1305302024B00017-CJ-02";
    public static final String NOTICE_NO_EXAMPLE = "1305302024B00017-CJ-02";

    /**
     * 统一社会信用代码 (GB 32100-2015): 18 characters of the 31-character alphabet (no I, O, S, V, Z); the check character
     * is checked by {@link UnifiedCreditCode}.
     */
    public static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{18}";
    public static final String CREDIT_CODE_MESSAGE = "must be a unified social credit code of 18 characters with a valid"
            + " check character (GB 32100-2015), like 91130530MA0CX0XU3B";
    public static final String CREDIT_CODE_EXAMPLE = "91130530MA0CX0XU3B";

    /** Largest yuan amount a column (numeric(16,2)) holds: 14 integer digits, 2 decimals. */
    public static final int YUAN_INTEGER_DIGITS = 14;

    private ApiPatterns() {
    }

    /** A photo's SHA-256 as the evidence store names it (POST /evidence): 64 lower-case hex digits. */
    public static final String SHA256 = "[0-9a-f]{64}";
    public static final String SHA256_MESSAGE = "must be the SHA-256 of an uploaded photo: 64 lower-case hex digits";
    public static final String SHA256_EXAMPLE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
}
