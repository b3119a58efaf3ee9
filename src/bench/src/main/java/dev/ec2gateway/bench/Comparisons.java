package dev.ec2gateway.bench;

import dev.ec2gateway.bench.ThroughputComparison.Comparison;
import dev.ec2gateway.bench.ThroughputComparison.Side;
import dev.ec2gateway.cloudstack.Command;
import java.util.List;
import java.util.Map;

/** The throughput comparisons (a), (a') and (d): what each side asks, with which signature. */
final class Comparisons {
    /** The VMs of the account (a') lists: ec2other's, preloaded in the stand-in. */
    static final int LISTED_VMS = 100;

    private Comparisons() {
    }

    /** (a) DescribeAvailabilityZones through the gateway vs listZones direct. */
    static Comparison zones(Requests requests) {
        return new Comparison("(a) DescribeAvailabilityZones vs listZones",
                new Side("gateway", "DescribeAvailabilityZones", query(requests, "DescribeAvailabilityZones")),
                List.of(new Side("direct", "listZones",
                        Workload.signedBefore(() -> List.of(requests.direct(Command.of("listZones")))))), 0.5);
    }

    /**
     * (a') DescribeInstances of an account with {@value #LISTED_VMS} VMs vs the calls a CloudStack client makes
     * for the same information, one after the other as the gateway makes them: listVirtualMachines and
     * listVolumes type=ROOT (the root device); and vs listVirtualMachines alone. Pages as the gateway's.
     */
    static Comparison instances(Requests requests, int pageSize) {
        Command vms = Command.of("listVirtualMachines").with("page", 1).with("pagesize", pageSize);
        Command roots = Command.of("listVolumes").with("type", "ROOT").with("page", 1).with("pagesize", pageSize);
        return new Comparison("(a') DescribeInstances of an account with " + LISTED_VMS + " VMs",
                new Side("gateway", "DescribeInstances", query(requests, "DescribeInstances")),
                List.of(new Side("direct", "listVirtualMachines then listVolumes type=ROOT",
                                Workload.signedBefore(() -> List.of(requests.direct(vms), requests.direct(roots)))),
                        new Side("direct", "listVirtualMachines only",
                                Workload.signedBefore(() -> List.of(requests.direct(vms))))), 0.5);
    }

    /** (d) DescribeAvailabilityZones in SOAP with WS-Security vs the same action in Query (SigV4). */
    static Comparison soapVsQuery(Requests requests, SoapRequests soap) {
        return new Comparison("(d) SOAP with WS-Security vs Query, DescribeAvailabilityZones",
                new Side("SOAP", "WS-Security, envelopes signed before the run",
                        soap.presigned("DescribeAvailabilityZones", "")),
                List.of(new Side("Query", "SigV4, signed before the run", query(requests, "DescribeAvailabilityZones"))),
                0.3);
    }

    private static Workload query(Requests requests, String action) {
        return Workload.signedBefore(() -> List.of(requests.ec2(action, Map.of())));
    }
}
