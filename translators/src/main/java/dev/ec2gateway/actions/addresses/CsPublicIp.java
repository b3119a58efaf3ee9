package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.actions.Tags;
import java.util.List;

/** A public IP as listPublicIpAddresses and the associateIpAddress job answer it. */
record CsPublicIp(String id, String ipaddress, String zoneid, String zonename, Boolean issourcenat,
                  Boolean isstaticnat, String virtualmachineid, String vmipaddress, Boolean forvirtualnetwork,
                  List<Tags.CsTag> tags) {

    boolean sourceNat() {
        return Boolean.TRUE.equals(issourcenat);
    }

    boolean staticNat() {
        return Boolean.TRUE.equals(isstaticnat) && virtualmachineid != null;
    }

    /** An IP of a guest network (Advanced zone) is EC2's vpc domain; an elastic IP of a Basic zone is standard. */
    String domain() {
        return Boolean.TRUE.equals(forvirtualnetwork) ? "vpc" : "standard";
    }
}
