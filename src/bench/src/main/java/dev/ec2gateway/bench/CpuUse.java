package dev.ec2gateway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the benchmark's three processes (the client, this JVM; the gateway; CloudStack), all threads
 * including the garbage collector's and the compiler's. Divided by the operations of a run it tells what one
 * operation costs each process, a figure the sharing of two cores by three JVMs does not blur.
 */
final class CpuUse {
    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

    CpuUse(ProcessHandle gateway, ProcessHandle cloud) {
        processes.put("client", ProcessHandle.current());
        processes.put("gateway", gateway);
        processes.put("CloudStack", cloud);
    }

    /** CPU time used so far, in nanoseconds, by process name; -1 where the system does not tell. */
    Map<String, Long> now() {
        Map<String, Long> used = new LinkedHashMap<>();
        processes.forEach((name, process) -> used.put(name,
                process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L)));
        return used;
    }

    /**
     * Each process' milliseconds over several runs (one map of {@link #perOperation} per run), as
     * "client 0.31 (0.28–0.36 over 3 runs) ms, gateway ...".
     */
    static String describe(List<Map<String, Double>> runs, String format) {
        Map<String, List<Double>> millisByProcess = new LinkedHashMap<>();
        runs.forEach(run -> run.forEach((process, millis) ->
                millisByProcess.computeIfAbsent(process, p -> new ArrayList<>()).add(millis)));
        List<String> parts = new ArrayList<>();
        millisByProcess.forEach((process, millis) -> parts.add(process + " " + new Figures(millis).describe(format)
                + " ms"));
        return String.join(", ", parts);
    }

    /** The milliseconds of CPU each process used per operation between two readings. */
    static Map<String, Double> perOperation(Map<String, Long> before, Map<String, Long> after, int operations) {
        Map<String, Double> millis = new LinkedHashMap<>();
        before.forEach((name, start) -> millis.put(name,
                start < 0 || after.get(name) < 0 ? Double.NaN : (after.get(name) - start) / 1e6 / operations));
        return millis;
    }
}
