package dev.ec2gateway.actions.regions;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.List;

/**
 * DescribeRegions: the gateway is one region, named in its configuration, whose endpoint is the
 * gateway's own public URL (clients such as jclouds discover endpoints from it).
 */
public final class RegionTranslator {
    private static final FilterSpec<Region> FILTERS = FilterSpec.<Region>builder()
            .field("region-name", Region::regionName)
            .field("endpoint", Region::regionEndpoint)
            .field("opt-in-status", Region::optInStatus)
            .build();

    private final Region region;

    public RegionTranslator(String regionName, String endpoint) {
        this.region = new Region(regionName, endpoint, "opt-in-not-required");
    }

    public DescribeRegionsResult describeRegions(DescribeRegionsRequest request, CallContext context) {
        for (String name : request.regionNames()) {
            if (!name.equals(region.regionName())) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid region name: " + name
                        + ". This gateway serves the region '" + region.regionName() + "'.");
            }
        }
        List<Region> selected = List.of(region).stream().filter(FILTERS.predicate(request.filters())).toList();
        return new DescribeRegionsResult(selected);
    }
}
