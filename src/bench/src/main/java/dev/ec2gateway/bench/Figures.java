package dev.ec2gateway.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Several runs' values of one figure: the median and the spread (lowest–highest). */
record Figures(List<Double> values) {
    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String describe(String format) {
        return String.format(Locale.ROOT, format + " (%s–%s over %d runs)", median(),
                String.format(Locale.ROOT, format, Collections.min(values)),
                String.format(Locale.ROOT, format, Collections.max(values)), values.size());
    }
}
