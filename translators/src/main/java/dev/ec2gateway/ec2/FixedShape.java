package dev.ec2gateway.ec2;

import java.nio.charset.StandardCharsets;

/**
 * Text of one fixed shape, such as the times in signed requests, CloudStack's answers and EC2's, checked, read and
 * written field by field: a date formatter's parse or format of each value cost more than the work around it.
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

    /**
     * The shape written with its runs of 'd' filled by the numbers in turn, each padded with zeros to its run's
     * width (a number must fit its run); the other characters as they are. ASCII shapes only.
     */
    public static String write(String shape, int... numbers) {
        byte[] text = new byte[shape.length()];
        int number = numbers.length;
        int rest = 0;
        for (int i = shape.length() - 1; i >= 0; i--) {
            char c = shape.charAt(i);
            if (c != 'd') {
                text[i] = (byte) c;
                continue;
            }
            if (i == shape.length() - 1 || shape.charAt(i + 1) != 'd') {
                rest = numbers[--number];
            }
            text[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(text, StandardCharsets.US_ASCII);
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
