package dev.ec2gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2gateway.cloudstack.Command;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (c) Listing every instance: DescribeInstances through the gateway, in one answer and walked with MaxResults,
 * against a direct page walk of listVirtualMachines; with the gateway's heap growth during each call.
 */
final class InstanceListing {
    private static final Pattern NEXT_TOKEN = Pattern.compile("<nextToken>([^<]+)</nextToken>");
    private static final Pattern INSTANCE_ID = Pattern.compile("<instanceId>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Requests requests;
    private final HeapSampler heap;
    private final CpuUse cpu;
    private final int pageSize;

    /** Time, heap growth and CPU time by process of one way of listing. */
    record Listing(long millis, long heapGrowthBytes, int instances, Map<String, Double> cpuMillis) {
    }

    InstanceListing(Requests requests, HeapSampler heap, CpuUse cpu, int pageSize) {
        this.requests = requests;
        this.heap = heap;
        this.cpu = cpu;
        this.pageSize = pageSize;
    }

    /** Prints the comparison over {@code runs} runs and returns the median time ratios by name. */
    Map<String, Double> compare(PrintStream out, int vms, int runs) throws Exception {
        walkDirect();
        viaGateway(null);
        Map<String, List<Listing>> results = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            results.computeIfAbsent("direct listVirtualMachines, pages of " + pageSize, k -> new ArrayList<>())
                    .add(walkDirect());
            results.computeIfAbsent("gateway DescribeInstances, one answer", k -> new ArrayList<>())
                    .add(viaGateway(null));
            results.computeIfAbsent("gateway DescribeInstances, MaxResults 1000", k -> new ArrayList<>())
                    .add(viaGateway(1000));
        }
        out.printf(Locale.ROOT, "(c) DescribeInstances over %d VMs vs a page walk of listVirtualMachines:%n", vms);
        double direct = 0;
        Map<String, Double> ratios = new HashMap<>();
        for (Map.Entry<String, List<Listing>> entry : results.entrySet()) {
            List<Listing> listings = entry.getValue();
            Figures millis = new Figures(listings.stream().map(l -> (double) l.millis()).toList());
            Figures growth = new Figures(listings.stream().map(l -> l.heapGrowthBytes() / 1048576.0).toList());
            int counted = listings.get(0).instances();
            if (counted != vms) {
                throw new IllegalStateException(entry.getKey() + " listed " + counted + " instances, not " + vms);
            }
            if (direct == 0) {
                direct = millis.median();
                out.println("  " + entry.getKey() + ": " + millis.describe("%.0f") + " ms");
            } else {
                double ratio = millis.median() / direct;
                ratios.put("(c) " + entry.getKey(), ratio);
                out.printf(Locale.ROOT, "  %s: %s ms, gateway heap growth %s MiB; time ÷ direct %.2f"
                        + " (target <= 1.2, heap growth <= 64 MB)%n", entry.getKey(), millis.describe("%.0f"),
                        growth.describe("%.1f"), ratio);
            }
            out.println("    CPU: " + CpuUse.describe(listings.stream().map(Listing::cpuMillis).toList(), "%.0f"));
        }
        return ratios;
    }

    private Listing walkDirect() throws Exception {
        Map<String, Long> cpuBefore = cpu.now();
        long started = System.nanoTime();
        int count = 0;
        for (int page = 1; ; page++) {
            HttpResponse<byte[]> answer = http.send(requests.direct(Command.of("listVirtualMachines")
                    .with("page", page).with("pagesize", pageSize)), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode vms = JSON.readTree(answer.body()).path("listvirtualmachinesresponse").path("virtualmachine");
            count += vms.size();
            if (vms.size() < pageSize) {
                break;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Listing(millis, 0, count, CpuUse.perOperation(cpuBefore, cpu.now(), 1));
    }

    /**
     * Times the listing, then lists again, untimed, while sampling the gateway's heap: reading /metrics every 10 ms
     * costs the gateway CPU, which would be counted in its time.
     */
    private Listing viaGateway(Integer maxResults) throws Exception {
        Map<String, Long> cpuBefore = cpu.now();
        long started = System.nanoTime();
        int count = describeAll(maxResults);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Double> cpuMillis = CpuUse.perOperation(cpuBefore, cpu.now(), 1);
        long growth = heap.growthDuring(() -> describeAll(maxResults));
        return new Listing(millis, growth, count, cpuMillis);
    }

    /** Lists every instance, page by page when {@code maxResults} is given; returns how many were listed. */
    private int describeAll(Integer maxResults) throws Exception {
        int count = 0;
        String token = null;
        do {
            Map<String, String> params = new HashMap<>();
            if (maxResults != null) {
                params.put("MaxResults", String.valueOf(maxResults));
            }
            if (token != null) {
                params.put("NextToken", token);
            }
            HttpResponse<String> answer = http.send(requests.ec2("DescribeInstances", params),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("DescribeInstances: HTTP " + answer.statusCode() + " "
                        + answer.body());
            }
            count += (int) INSTANCE_ID.matcher(answer.body()).results().count();
            Matcher next = NEXT_TOKEN.matcher(answer.body());
            token = next.find() ? next.group(1) : null;
        } while (token != null);
        return count;
    }
}
