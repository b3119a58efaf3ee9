package dev.ec2gateway.actions.instances;

import java.util.List;

/** An instance type as DescribeInstanceTypes shows it: a compute offering's CPUs and memory. */
public record InstanceTypeInfo(
        String instanceType, Boolean currentGeneration, Boolean freeTierEligible,
        List<String> supportedRootDeviceTypes, List<String> supportedVirtualizationTypes, Boolean bareMetal,
        String hypervisor, ProcessorInfo processorInfo, VCpuInfo vCpuInfo, MemoryInfo memoryInfo,
        Boolean instanceStorageSupported, Boolean burstablePerformanceSupported) {

    public record ProcessorInfo(List<String> supportedArchitectures, Double sustainedClockSpeedInGhz) {
    }

    public record VCpuInfo(Integer defaultVCpus, Integer defaultCores, Integer defaultThreadsPerCore) {
    }

    public record MemoryInfo(Long sizeInMiB) {
    }
}
