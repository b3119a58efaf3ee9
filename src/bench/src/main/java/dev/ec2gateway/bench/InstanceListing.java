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
    private final int pageSize;

    /** Time and heap growth of one way of listing. */
    record Listing(long millis, long heapGrowthBytes, int instances) {
    }

    InstanceListing(Requests requests, HeapSampler heap, int pageSize) {
        this.requests = requests;
        this.heap = heap;
        this.pageSize = pageSize;
    }

    /** Prints the comparison over {@code runs} runs and returns the median time ratios by name. */
    Map<String, Double> compare(PrintStream out, int vms, int runs) throws Exception {
        walkDirect();
        viaGateway(null);
        Map<String, List<Listing>> results = new java.util.LinkedHashMap<>();
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
        }
        return ratios;
    }

    private Listing walkDirect() throws Exception {
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
        return new Listing((System.nanoTime() - started) / 1_000_000, 0, count);
    }

    private Listing viaGateway(Integer maxResults) throws Exception {
        int[] count = {0};
        long[] millis = {0};
        long growth = heap.growthDuring(() -> {
            long started = System.nanoTime();
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
                count[0] += (int) INSTANCE_ID.matcher(answer.body()).results().count();
                Matcher next = NEXT_TOKEN.matcher(answer.body());
                token = next.find() ? next.group(1) : null;
            } while (token != null);
            millis[0] = (System.nanoTime() - started) / 1_000_000;
        });
        return new Listing(millis[0], growth, count[0]);
    }
}
