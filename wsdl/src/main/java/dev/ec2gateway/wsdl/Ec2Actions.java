package dev.ec2gateway.wsdl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** The names of every action the EC2 API defines, whether or not the gateway supports it. */
public final class Ec2Actions {
    private static final Set<String> KNOWN = load();

    private Ec2Actions() {
    }

    /** Every EC2 action name, sorted. */
    public static Set<String> known() {
        return KNOWN;
    }

    public static boolean isKnown(String action) {
        return KNOWN.contains(action);
    }

    private static Set<String> load() {
        try (InputStream in = Ec2Actions.class.getResourceAsStream("ec2-actions.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> names = new TreeSet<>();
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
