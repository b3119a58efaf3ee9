package dev.ec2gateway.ec2;

/**
 * Text of one fixed shape, such as the times in signed requests and CloudStack's answers, checked and read
 * field by field: a date formatter's parse of each value cost more than the rest of the work around it.
 */
public final class FixedShape {
    private FixedShape() {
    }

    /** Whether the text has exactly the shape: 'd' an ASCII digit, '±' a plus or minus sign, else that character. */
    public static boolean fits(String text, String shape) {
        if (text == null || text.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char expected = shape.charAt(i);
            char c = text.charAt(i);
            boolean fits = switch (expected) {
                case 'd' -> c >= '0' && c <= '9';
                case '±' -> c == '+' || c == '-';
                default -> c == expected;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The number the digits from {@code from} to {@code to} write, in a text {@link #fits} has checked. */
    public static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
