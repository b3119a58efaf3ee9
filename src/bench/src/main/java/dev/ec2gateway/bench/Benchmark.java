package dev.ec2gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.gateway.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the gateway costs on top of CloudStack, measured side by side in one run: the CloudStack
 * stand-in and the gateway run as separate processes on loopback; the same HTTP client, signing as
 * real clients do, calls the gateway (Query and SOAP) and CloudStack directly with the same concurrency.
 *
 * <pre>{@code java -jar src/bench/target/ec2-gateway-bench.jar [--smoke] [--runs N] [--requests N] [--concurrency N]
 *     [--vms N] [--only a,a',b,c,d]}</pre>
 */
public final class Benchmark {
    static final List<String> GATEWAY_JVM_FLAGS = List.of("-Xmx512m");
    private static final String REGION = "bench";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The gateway's default cloudstack.page.size, used for the direct page walk too. */
    private static final int PAGE_SIZE = 500;

    /**
     * How much to measure; (a') and (d), whose gateway calls are several times slower than (a)'s, send
     * {@code requests} and {@code warmup} divided by {@code slowDivisor} (2 in the smoke run, to keep it short).
     * {@code only} names the comparisons to run ("a", "a'", "b", "c", "d"); (e) is always measured.
     */
    record Settings(int runs, int warmup, int requests, int concurrency, int vms, int slowDivisor, Set<String> only) {
        static final Set<String> ALL = Set.of("a", "a'", "b", "c", "d");

        static Settings full() {
            return new Settings(5, 2000, 5000, 8, 10_000, 1, ALL);
        }

        static Settings smoke() {
            return new Settings(2, 30, 100, 4, 200, 2, ALL);
        }

        Settings forSlowCalls() {
            return new Settings(runs, Math.max(1, warmup / slowDivisor), Math.max(1, requests / slowDivisor),
                    concurrency, vms, 1, only);
        }

        Settings withRuns(int value) {
            return new Settings(value, warmup, requests, concurrency, vms, slowDivisor, only);
        }

        Settings withRequests(int value) {
            return new Settings(runs, warmup, value, concurrency, vms, slowDivisor, only);
        }

        Settings withConcurrency(int value) {
            return new Settings(runs, warmup, requests, value, vms, slowDivisor, only);
        }

        Settings withVms(int value) {
            return new Settings(runs, warmup, requests, concurrency, value, slowDivisor, only);
        }

        Settings withOnly(String names) {
            Set<String> chosen = new TreeSet<>(List.of(names.split(",")));
            if (!ALL.containsAll(chosen)) {
                throw new IllegalArgumentException("--only takes some of " + new TreeSet<>(ALL) + ", not " + names);
            }
            return new Settings(runs, warmup, requests, concurrency, vms, slowDivisor, chosen);
        }

        boolean measures(String comparison) {
            return only.contains(comparison);
        }
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.full();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> settings = Settings.smoke();
                case "--runs" -> settings = settings.withRuns(Integer.parseInt(args[++i]));
                case "--requests" -> settings = settings.withRequests(Integer.parseInt(args[++i]));
                case "--concurrency" -> settings = settings.withConcurrency(Integer.parseInt(args[++i]));
                case "--vms" -> settings = settings.withVms(Integer.parseInt(args[++i]));
                case "--only" -> settings = settings.withOnly(args[++i]);
                default -> {
                    System.err.println("usage: Benchmark [--smoke] [--runs N] [--requests N] [--concurrency N]"
                            + " [--vms N] [--only a,a',b,c,d]");
                    System.exit(2);
                }
            }
        }
        run(settings, System.out);
    }

    /** Runs every measurement and prints the figures; returns the ratios by comparison name. */
    static Map<String, Double> run(Settings settings, PrintStream out) throws Exception {
        printMachine(out, settings);
        Path dataDir = Files.createTempDirectory("ec2-gateway-bench");
        try (ChildProcess cloud = ChildProcess.startJava(List.of("-Xmx512m"), "dev.ec2gateway.standin.CloudStackStandIn",
                List.of("--port", String.valueOf(freePort()), "--state-delay-ms", "0",
                        "--preload-vms", String.valueOf(settings.vms()),
                        "--preload-other-vms", String.valueOf(Comparisons.LISTED_VMS)))) {
            // the stand-in preloads its VMs before it says it listens: the gateway starts on a quiet machine
            URI cloudUrl = URI.create(cloud.awaitLine("CloudStack stand-in listening on", Duration.ofSeconds(30))
                    .replace("CloudStack stand-in listening on", "").strip());
            CloudStackCredentials user = keysOf(cloud.awaitLine("ec2user", Duration.ofSeconds(10)));
            CloudStackCredentials other = keysOf(cloud.awaitLine("ec2other", Duration.ofSeconds(10)));
            CloudStackCredentials admin = keysOf(cloud.awaitLine("admin", Duration.ofSeconds(10)));
            register(dataDir, cloudUrl, user);
            // ec2other holds the 100 VMs of (a') and launches in (b)
            register(dataDir, cloudUrl, other);
            int port = freePort();
            int adminPort = freePort();
            URI gatewayUrl = URI.create("http://127.0.0.1:" + port + "/awsapi");
            Requests requests = new Requests(gatewayUrl, cloudUrl, user, REGION);
            Requests otherRequests = new Requests(gatewayUrl, cloudUrl, other, REGION);
            SoapRequests soap = SoapRequests.generate(gatewayUrl, dataDir);
            Load load = new Load();
            GatewayLaunch launch = new GatewayLaunch(GATEWAY_JVM_FLAGS, extraGatewayFlags(),
                    List.of("--port", String.valueOf(port), "--admin-port", String.valueOf(adminPort), "--bind-address", "127.0.0.1", "--data-dir",
                            dataDir.toString(), "--cloudstack-url", cloudUrl.toString(), "--region-name", REGION), dataDir);
            launch.writeArchive(load, requests);
            try (ChildProcess gateway = launch.start()) {
                Duration toFirstAnswer = GatewayLaunch.firstAnswer(gateway, load, requests);
                // the user registers the certificate its SOAP envelopes are signed with, as docs/soap.md says
                load.answer(requests.ec2("SetCertificate", Map.of("cert", soap.certificatePem())));
                expectInstances(load, otherRequests, Comparisons.LISTED_VMS);
                CpuUse cpu = new CpuUse(gateway.handle(), cloud.handle());
                MetricsPage metrics = new MetricsPage(adminPort);
                ThroughputComparison throughput = new ThroughputComparison(out, load, cpu, settings);
                ThroughputComparison slower = new ThroughputComparison(out, load, cpu, settings.forSlowCalls());
                Map<String, Double> ratios = new LinkedHashMap<>();
                if (settings.measures("a")) {
                    ratios.putAll(throughput.compare(Comparisons.zones(requests)));
                }
                if (settings.measures("a'")) {
                    ratios.putAll(slower.compare(Comparisons.instances(otherRequests, PAGE_SIZE)));
                }
                if (settings.measures("d")) {
                    ratios.putAll(slower.compare(Comparisons.soapVsQuery(requests, soap)));
                    out.printf(Locale.ROOT, "  signing one SOAP envelope (client, outside the timing): %.2f ms%n",
                            soap.meanSigningMillis());
                }
                if (settings.measures("b")) {
                    liftVmLimit(load, new Requests(gatewayUrl, cloudUrl, admin, REGION), "ec2other");
                    ratios.put("(b) RunInstances vs deployVirtualMachine", new LaunchComparison(otherRequests, metrics)
                            .compare(out, settings.runs(), Math.max(3, Math.min(20, settings.requests() / 100))));
                }
                if (settings.measures("c")) {
                    ratios.putAll(new InstanceListing(requests, new HeapSampler(metrics), cpu, PAGE_SIZE)
                            .compare(out, settings.vms(), settings.runs()));
                }
                out.printf(Locale.ROOT, "(e) process start to first answered request: %d ms (target <= 2000 ms), %s%n",
                        toFirstAnswer.toMillis(), launch.describe());
                out.printf(Locale.ROOT, "(e) gateway resident memory after warm-up: %d MiB (JVM flags %s)%n",
                        gateway.residentMiB(), String.join(" ", GATEWAY_JVM_FLAGS));
                ratios.put("(e) first answer ms", (double) toFirstAnswer.toMillis());
                return ratios;
            } finally {
                launch.deleteArchive();
            }
        }
    }

    /** The gateway's extra JVM flags from BENCH_GATEWAY_FLAGS (e.g. to record a flight recording). */
    private static List<String> extraGatewayFlags() {
        String extra = System.getenv("BENCH_GATEWAY_FLAGS");
        return extra == null || extra.isBlank() ? List.of() : List.of(extra.strip().split("\\s+"));
    }

    /**
     * ec2other's preloaded VMs are beyond its limit of 20 VMs, so (b) could launch nothing: as an operator
     * would, the root admin lifts the account's VM limit (resource type 0) with updateResourceLimit.
     */
    private static void liftVmLimit(Load load, Requests admin, String account) throws Exception {
        JsonNode found = JSON.readTree(load.answer(admin.direct(Command.of("listAccounts").with("name", account))))
                .path("listaccountsresponse").path("account").path(0);
        load.answer(admin.direct(Command.of("updateResourceLimit").with("account", account)
                .with("domainid", found.path("domainid").asText()).with("resourcetype", 0).with("max", -1)));
    }

    /** (a') is about an account holding exactly this many instances: checked once, before it is measured. */
    private static void expectInstances(Load load, Requests requests, int expected) throws Exception {
        String answer = load.answer(requests.ec2("DescribeInstances", Map.of()));
        int listed = answer.split("<instanceId>", -1).length - 1;
        if (listed != expected) {
            throw new IllegalStateException("DescribeInstances listed " + listed + " instances, not " + expected);
        }
    }

    private static void register(Path dataDir, URI cloudUrl, CloudStackCredentials user) {
        int exit = Main.commandLine().execute("--data-dir", dataDir.toString(), "--cloudstack-url", cloudUrl.toString(),
                "users", "add", "--no-verify", "--access-key", user.apiKey(), "--secret-key", user.secretKey());
        if (exit != 0) {
            throw new IllegalStateException("registering the benchmark's user failed: exit " + exit);
        }
    }

    private static CloudStackCredentials keysOf(String line) {
        String apiKey = null;
        String secretKey = null;
        for (String part : line.split("\\s+")) {
            if (part.startsWith("apiKey=")) {
                apiKey = part.substring("apiKey=".length());
            } else if (part.startsWith("secretKey=")) {
                secretKey = part.substring("secretKey=".length());
            }
        }
        return new CloudStackCredentials(apiKey, secretKey);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void printMachine(PrintStream out, Settings settings) {
        out.printf(Locale.ROOT, "machine: %d cores, %d MiB memory visible to the JVM; %s %s; settings %s%n",
                Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / (1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), settings);
    }
}
