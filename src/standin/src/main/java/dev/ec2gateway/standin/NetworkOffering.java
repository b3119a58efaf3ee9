package dev.ec2gateway.standin;

import java.time.Instant;
import java.util.List;

/** A guest network offering and the services (with their provider) it brings. */
record NetworkOffering(String id, String name, String displayText, String guestIpType, String availability,
                       boolean specifyVlan, boolean specifyIpRanges, boolean sourceNat, List<String> services,
                       Instant created) {
}
