package dev.ec2gateway.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the benchmark in its smoke mode (a few seconds) so that it cannot rot; targets are not enforced. */
class BenchmarkSmokeTest {
    @Test
    void theSmokeRunMeasuresEveryComparisonAndTheStartUp() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, Double> figures = Benchmark.run(Benchmark.Settings.smoke(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(figures.get("(a) DescribeAvailabilityZones vs listZones") > 0, report);
        assertTrue(figures.get("(a') DescribeInstances of an account with 100 VMs") > 0, report);
        assertTrue(figures.get("(a') DescribeInstances of an account with 100 VMs, vs listVirtualMachines only") > 0,
                report);
        assertTrue(figures.get("(d) SOAP with WS-Security vs Query, DescribeAvailabilityZones") > 0, report);
        assertTrue(figures.get("(e) first answer ms") > 0, report);
        assertTrue(figures.get("(b) RunInstances vs deployVirtualMachine") > 0, report);
        assertTrue(figures.get("(c) gateway DescribeInstances, one answer") > 0, report);
        assertTrue(figures.get("(c) gateway DescribeInstances, MaxResults 1000") > 0, report);
        assertTrue(report.contains("heap growth"), report);
        assertTrue(report.contains("gateway ÷ direct"), report);
        assertTrue(report.contains("SOAP ÷ Query"), report);
        assertTrue(report.contains("resident memory"), report);
        assertTrue(report.contains("CPU per operation: client"), report);
        assertTrue(report.contains("inside the gateway, mean per launch: RunInstances"), report);
        assertTrue(report.contains("with the class data sharing archive, as bin/ec2-gateway starts it"), report);
    }
}
