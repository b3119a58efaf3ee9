package dev.ec2gateway.actions.images;

/** A hypervisor as listHypervisors answers it. */
record CsHypervisor(String name) {
}
