package org.parcelwatch.monitoring.registration;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-letter
 * alphabet (no I, O, S, V, Z), the last one a check character over the first seventeen.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.indexOf(code.charAt(17)) == checkValue(sum);
    }

    /** The check character for a 17-character body; used by seed generators to make valid codes. */
    public static char checkCharacter(String body) {
        if (body == null || body.length() != 17) {
            throw new IllegalArgumentException("a credit code body has 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + body.charAt(i) + "' is not in the credit code alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt(checkValue(sum));
    }

    private static int checkValue(int weightedSum) {
        int check = 31 - weightedSum % 31;
        return check == 31 ? 0 : check;
    }
}
