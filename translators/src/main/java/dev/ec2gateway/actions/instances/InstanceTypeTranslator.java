package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.List;

/** DescribeInstanceTypes: the compute offerings the caller may use, each an instance type of its name. */
public final class InstanceTypeTranslator {
    private static final FilterSpec<InstanceTypeInfo> FILTERS = FilterSpec.<InstanceTypeInfo>builder()
            .field("instance-type", InstanceTypeInfo::instanceType)
            .field("vcpu-info.default-vcpus", t -> t.vCpuInfo().defaultVCpus())
            .field("memory-info.size-in-mib", t -> t.memoryInfo().sizeInMiB())
            .field("current-generation", InstanceTypeInfo::currentGeneration)
            .field("hypervisor", InstanceTypeInfo::hypervisor)
            .multi("processor-info.supported-architecture", t -> t.processorInfo().supportedArchitectures())
            .multi("supported-root-device-type", InstanceTypeInfo::supportedRootDeviceTypes)
            .multi("supported-virtualization-type", InstanceTypeInfo::supportedVirtualizationTypes)
            .build();

    private final InstanceTypeMappings mappings;

    public InstanceTypeTranslator(InstanceTypeMappings mappings) {
        this.mappings = mappings;
    }

    public DescribeInstanceTypesResult describeInstanceTypes(DescribeInstanceTypesRequest request,
                                                             CallContext context) {
        InstanceTypes types = InstanceTypes.of(mappings);
        List<InstanceTypeInfo> all = InstanceTypes.all(context.cloudStack()).stream()
                .map(o -> toInfo(types.typeOf(o.id(), o.name()), o)).toList();
        List<String> unknown = request.instanceTypes().stream()
                .filter(name -> all.stream().noneMatch(t -> t.instanceType().equals(name))).toList();
        if (!unknown.isEmpty()) {
            throw Ec2Error.INVALID_INSTANCE_TYPE.with(String.join(", ", unknown));
        }
        List<InstanceTypeInfo> selected = all.stream()
                .filter(t -> request.instanceTypes().isEmpty() || request.instanceTypes().contains(t.instanceType()))
                .filter(FILTERS.predicate(request.filters()))
                .toList();
        Page<InstanceTypeInfo> page = Page.of(selected, request.maxResults(), request.nextToken(), 5, 100);
        return new DescribeInstanceTypesResult(page.items(), page.nextToken());
    }

    private static InstanceTypeInfo toInfo(String instanceType, CsServiceOffering offering) {
        Integer cpus = offering.cpunumber();
        Double ghz = offering.cpuspeed() == null ? null : offering.cpuspeed() / 1000.0;
        return new InstanceTypeInfo(instanceType, true, false, List.of("ebs"), List.of("hvm"), false, "xen",
                new InstanceTypeInfo.ProcessorInfo(List.of("x86_64"), ghz),
                new InstanceTypeInfo.VCpuInfo(cpus, cpus, cpus == null ? null : 1),
                new InstanceTypeInfo.MemoryInfo(offering.memory() == null ? null : offering.memory().longValue()),
                false, false);
    }
}
