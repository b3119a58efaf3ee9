package dev.ec2gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (b) One launch at a time: RunInstances through the gateway against deployVirtualMachine sent straight to
 * CloudStack (the stand-in finishes the job while it answers). Each VM is destroyed again, untimed, so that
 * the account stays under its limit of 20 VMs.
 */
final class LaunchComparison {
    private static final Pattern INSTANCE_ID = Pattern.compile("<instanceId>([^<]+)</instanceId>");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = "RunInstances";
    private static final String REQUEST_SERIES = "ec2gateway_requests_seconds_sum{action=\"RunInstances\",outcome=\"ok\"}";
    private static final Pattern CALL_SERIES =
            Pattern.compile("ec2gateway_cloudstack_calls_seconds_sum\\{command=\"([^\"]+)\",.*");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Requests requests;
    private final MetricsPage metrics;
    /** Over the timed launches: seconds the gateway measured for RunInstances, and for each CloudStack command. */
    private final Map<String, Double> insideGateway = new LinkedHashMap<>();
    private int timedLaunches;

    LaunchComparison(Requests requests, MetricsPage metrics) {
        this.requests = requests;
        this.metrics = metrics;
    }

    /** Prints the latencies over {@code runs} runs of {@code launches} launches; returns the median ratio. */
    double compare(PrintStream out, int runs, int launches) throws Exception {
        String template = firstId(Command.of("listTemplates").with("templatefilter", "featured"), "template");
        String offering = firstId(Command.of("listServiceOfferings").with("name", "t2.micro"), "serviceoffering");
        String zone = firstId(Command.of("listZones").with("name", "Sim-Basic"), "zone");
        Map<String, String> run = Map.of("ImageId", Ec2Ids.of(Ec2Ids.Kind.IMAGE, template), "InstanceType", "t2.micro",
                "Placement.AvailabilityZone", "Sim-Basic", "MinCount", "1", "MaxCount", "1");
        Command deploy = Command.of("deployVirtualMachine").with("templateid", template)
                .with("serviceofferingid", offering).with("zoneid", zone);
        launchViaGateway(run, false);
        launchDirect(deploy);
        List<Double> gatewayP50 = new ArrayList<>();
        List<Double> directP50 = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            List<Long> viaGateway = new ArrayList<>();
            List<Long> direct = new ArrayList<>();
            for (int i = 0; i < launches; i++) {
                direct.add(launchDirect(deploy));
                viaGateway.add(launchViaGateway(run, true));
            }
            double g = median(viaGateway) / 1000.0;
            double d = median(direct) / 1000.0;
            gatewayP50.add(g);
            directP50.add(d);
            ratios.add(g / d);
        }
        Figures ratio = new Figures(ratios);
        out.printf(Locale.ROOT, "(b) RunInstances vs deployVirtualMachine, %d launches per run, one at a time:%n",
                launches);
        out.println("  gateway p50 " + new Figures(gatewayP50).describe("%.2f") + " ms; direct p50 "
                + new Figures(directP50).describe("%.2f") + " ms");
        out.println("  gateway ÷ direct (latency): " + ratio.describe("%.2f") + " (target <= 1.1)");
        out.println("  " + describeInsideGateway());
        return ratio.median();
    }

    /** Where a launch's time went inside the gateway, by its own timers: CloudStack calls and the rest. */
    private String describeInsideGateway() {
        double request = insideGateway.getOrDefault(REQUEST, 0.0);
        List<String> calls = new ArrayList<>();
        insideGateway.forEach((part, seconds) -> {
            if (!part.equals(REQUEST)) {
                calls.add(String.format(Locale.ROOT, "%s %.2f ms", part, seconds * 1000 / timedLaunches));
            }
        });
        return String.format(Locale.ROOT, "inside the gateway, mean per launch: RunInstances %.2f ms, of which"
                + " CloudStack calls %s (the listing runs beside the gateway's own store writes)",
                request * 1000 / timedLaunches, String.join(", ", calls));
    }

    private long launchViaGateway(Map<String, String> run, boolean timed) throws Exception {
        Map<String, Double> before = timed ? metrics.read() : Map.of();
        long sent = System.nanoTime();
        String answer = ec2("RunInstances", run);
        long micros = (System.nanoTime() - sent) / 1000;
        if (timed) {
            account(before, metrics.read());
        }
        Matcher id = INSTANCE_ID.matcher(answer);
        if (!id.find()) {
            throw new IllegalStateException("RunInstances answered no instance: " + answer);
        }
        ec2("TerminateInstances", Map.of("InstanceId.1", id.group(1)));
        return micros;
    }

    private void account(Map<String, Double> before, Map<String, Double> after) {
        timedLaunches++;
        insideGateway.merge(REQUEST, delta(before, after, REQUEST_SERIES), Double::sum);
        for (String series : after.keySet()) {
            Matcher command = CALL_SERIES.matcher(series);
            if (command.matches()) {
                double seconds = delta(before, after, series);
                if (seconds > 0) {
                    insideGateway.merge(command.group(1), seconds, Double::sum);
                }
            }
        }
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        return after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }

    private long launchDirect(Command deploy) throws Exception {
        long sent = System.nanoTime();
        JsonNode answer = direct(deploy).path("deployvirtualmachineresponse");
        long micros = (System.nanoTime() - sent) / 1000;
        direct(Command.of("destroyVirtualMachine").with("id", answer.path("id").asText()).with("expunge", true));
        return micros;
    }

    private String ec2(String action, Map<String, String> params) throws Exception {
        HttpResponse<String> answer = http.send(requests.ec2(action, params),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(action + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private JsonNode direct(Command command) throws Exception {
        HttpResponse<byte[]> answer = http.send(requests.direct(command), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(command.name() + ": HTTP " + answer.statusCode() + " "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(answer.body());
    }

    private String firstId(Command list, String itemKey) throws Exception {
        JsonNode answer = direct(list);
        JsonNode items = answer.elements().next().path(itemKey);
        if (!items.isArray() || items.isEmpty()) {
            throw new IllegalStateException(list.name() + " found nothing");
        }
        return items.get(0).path("id").asText();
    }

    private static double median(List<Long> values) {
        return new Figures(values.stream().map(Long::doubleValue).toList()).median();
    }
}
