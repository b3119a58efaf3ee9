package dev.ec2gateway.bench;

import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Throughput and latency of one way of asking against one or more baselines, with the same client and
 * concurrency: a warm-up of each side, then in every run each baseline and the measured side in turn.
 */
final class ThroughputComparison {
    /** One side: a short name ("gateway", "direct", "SOAP"), the calls one operation makes, its requests. */
    record Side(String name, String calls, Workload workload) {
    }

    /** The measured side against its baselines; the first baseline is the one the target is about. */
    record Comparison(String name, Side measured, List<Side> baselines, double target) {
    }

    private static final double SETTLED = 1.05;
    private static final int MAX_WARM_UP_BATCHES = 20;

    private final PrintStream out;
    private final Load load;
    private final CpuUse cpu;
    private final Benchmark.Settings settings;

    ThroughputComparison(PrintStream out, Load load, CpuUse cpu, Benchmark.Settings settings) {
        this.out = out;
        this.load = load;
        this.cpu = cpu;
        this.settings = settings;
    }

    /**
     * Prints the figures and returns the median throughput ratios: measured ÷ first baseline under the
     * comparison's name, measured ÷ any further baseline under the name followed by that baseline's calls.
     */
    Map<String, Double> compare(Comparison comparison) throws Exception {
        List<Side> sides = new ArrayList<>(comparison.baselines());
        sides.add(comparison.measured());
        List<Series> series = new ArrayList<>();
        // the measured side first: the gateway's compiler, still busy after its warm-up, would otherwise take
        // the CPU of the baselines' warm-up instead of that of their first runs
        List<Integer> warmUpBatches = new ArrayList<>();
        for (int s = sides.size() - 1; s >= 0; s--) {
            warmUpBatches.add(0, warmUp(sides.get(s)));
            series.add(new Series());
        }
        for (int i = 0; i < settings.runs(); i++) {
            for (int s = 0; s < sides.size(); s++) {
                // prepared (signed) before the CPU reading too: signing is the client's work, not the run's
                Supplier<List<HttpRequest>> prepared = sides.get(s).workload().prepare(settings.requests());
                Map<String, Long> before = cpu.now();
                Load.Run run = load.run(prepared, settings.requests(), settings.concurrency());
                series.get(s).add(run, CpuUse.perOperation(before, cpu.now(), settings.requests()));
            }
        }
        out.println(comparison.name() + ", " + settings.requests() + " requests per run, concurrency "
                + settings.concurrency() + ":");
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            out.println("  " + side.name() + " (" + side.calls() + "): " + series.get(s).describe()
                    + "; warm-up " + warmUpBatches.get(s) + " × " + settings.warmup());
            out.println("    CPU per operation: " + series.get(s).describeCpu());
        }
        Series measured = series.get(series.size() - 1);
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (int b = 0; b < comparison.baselines().size(); b++) {
            Side baseline = comparison.baselines().get(b);
            List<Double> perRun = new ArrayList<>();
            for (int i = 0; i < settings.runs(); i++) {
                perRun.add(measured.rates.get(i) / series.get(b).rates.get(i));
            }
            Figures ratio = new Figures(perRun);
            out.println("  " + comparison.measured().name() + " ÷ " + baseline.name() + " (" + baseline.calls()
                    + ", throughput): " + ratio.describe("%.2f")
                    + (b == 0 ? " (target >= " + comparison.target() + ")" : ""));
            ratios.put(b == 0 ? comparison.name() : comparison.name() + ", vs " + baseline.calls(), ratio.median());
        }
        return ratios;
    }

    /**
     * Warms a side up in batches of the warm-up count until a batch is no more than {@value #SETTLED} times as
     * fast as the one before, at most {@value #MAX_WARM_UP_BATCHES} batches: a gateway that has answered a few
     * thousand requests is still being compiled, and its first runs would measure the compiler. Returns the
     * number of batches.
     */
    private int warmUp(Side side) throws Exception {
        double previous = 0;
        int batch = 0;
        while (batch < MAX_WARM_UP_BATCHES) {
            batch++;
            double rate = load.run(side.workload().prepare(settings.warmup()), settings.warmup(),
                    settings.concurrency()).perSecond();
            if (batch > 1 && rate <= previous * SETTLED) {
                break;
            }
            previous = rate;
        }
        return batch;
    }

    /** One side's figures, run after run. */
    private static final class Series {
        final List<Double> rates = new ArrayList<>();
        final List<Double> p50 = new ArrayList<>();
        final List<Double> p99 = new ArrayList<>();
        final List<Map<String, Double>> cpuMillis = new ArrayList<>();

        void add(Load.Run run, Map<String, Double> cpuPerOperation) {
            rates.add(run.perSecond());
            p50.add(run.percentileMicros(50) / 1000.0);
            p99.add(run.percentileMicros(99) / 1000.0);
            cpuMillis.add(cpuPerOperation);
        }

        String describeCpu() {
            return CpuUse.describe(cpuMillis, "%.3f");
        }

        String describe() {
            return new Figures(rates).describe("%.0f") + " req/s, p50 " + new Figures(p50).describe("%.2f")
                    + " ms, p99 " + new Figures(p99).describe("%.2f") + " ms";
        }
    }
}
