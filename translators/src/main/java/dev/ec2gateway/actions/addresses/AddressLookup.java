package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;

/**
 * The caller's elastic IPs: every public IP of the account except the source-NAT address of a network,
 * which belongs to the network and is no elastic IP. Finds one by public IP, allocation id or
 * association id.
 */
final class AddressLookup {
    private final ResourceIds ids;

    AddressLookup(ResourceIds ids) {
        this.ids = ids;
    }

    List<CsPublicIp> all(CloudStack cloudStack) {
        return list(cloudStack, Command.of("listPublicIpAddresses"));
    }

    List<CsPublicIp> list(CloudStack cloudStack, Command command) {
        List<CsPublicIp> ips = cloudStack.list(command, "publicipaddress", CsPublicIp.class).stream()
                .filter(ip -> !ip.sourceNat()).toList();
        for (CsPublicIp ip : ips) {
            ids.remember(Kind.ALLOCATION, ip.id());
            if (ip.staticNat()) {
                ids.remember(Kind.ASSOCIATION, ip.id());
                ids.remember(Kind.INSTANCE, ip.virtualmachineid());
            }
        }
        return ips;
    }

    /** The address a request names by public IP or allocation id (one of them required). */
    CsPublicIp find(List<CsPublicIp> ips, String publicIp, String allocationId) {
        if (allocationId != null) {
            Ec2Ids.requireWellFormed(Kind.ALLOCATION, allocationId);
            return ips.stream().filter(ip -> allocationId(ip).equals(allocationId)).findFirst()
                    .orElseThrow(() -> Ec2Ids.notFound(Kind.ALLOCATION, allocationId));
        }
        if (publicIp == null || publicIp.isEmpty()) {
            throw Ec2Error.MISSING_PARAMETER.with("PublicIp or AllocationId");
        }
        return ips.stream().filter(ip -> publicIp.equals(ip.ipaddress())).findFirst()
                .orElseThrow(() -> Ec2Error.INVALID_ADDRESS_NOT_FOUND.with(publicIp));
    }

    CsPublicIp byAssociationId(List<CsPublicIp> ips, String associationId) {
        Ec2Ids.requireWellFormed(Kind.ASSOCIATION, associationId);
        return ips.stream().filter(CsPublicIp::staticNat).filter(ip -> associationId(ip).equals(associationId))
                .findFirst().orElseThrow(() -> Ec2Ids.notFound(Kind.ASSOCIATION, associationId));
    }

    static String allocationId(CsPublicIp ip) {
        return Ec2Ids.of(Kind.ALLOCATION, ip.id());
    }

    static String associationId(CsPublicIp ip) {
        return Ec2Ids.of(Kind.ASSOCIATION, ip.id());
    }
}
