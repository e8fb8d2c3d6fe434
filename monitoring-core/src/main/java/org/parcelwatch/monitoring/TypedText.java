package org.parcelwatch.monitoring;

/**
 * The characters a person could have typed into a field: not NUL, another C0 control, DEL, a C1 control, a lone
 * surrogate or one of the two noncharacters U+FFFE and U+FFFF (which no XML document can hold either); tab and line
 * breaks only in text of several lines. The forms refuse the others (monitoring-api {@code application/forms/PlainText});
 * what is printed, stored as a diagnosis or logged from text that came in before they did, or from elsewhere, shows
 * each of them as a stand-in ({@link #printable}).
 */
public final class TypedText {

    /** What a character no one typed is printed as: the replacement character, for the reader to see where it stood. */
    public static final char REPLACEMENT = '\uFFFD';

    private TypedText() {
    }

    /**
     * Whether the character at {@code index} of {@code text} is one a person could not have typed there. Half of a
     * surrogate pair is refused only when its other half is missing.
     */
    public static boolean refused(CharSequence text, int index, boolean multiLine) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
        return c < 0x20 && !(multiLine && lineBreakOrTab) || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
    }

    /** {@code text} with each character {@link #refused} there replaced by {@code replacement}; the same string if none. */
    public static String printable(String text, boolean multiLine, char replacement) {
        StringBuilder printable = null;
        for (int i = 0; i < text.length(); i++) {
            boolean refused = refused(text, i, multiLine);
            if (refused && printable == null) {
                printable = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (printable != null) {
                printable.append(refused ? replacement : text.charAt(i));
            }
        }
        return printable == null ? text : printable.toString();
    }
}
