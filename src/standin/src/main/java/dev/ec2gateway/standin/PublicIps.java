package dev.ec2gateway.standin;

/** Public IP bookkeeping shared by VMs and the address commands. */
final class PublicIps {

    private PublicIps() {
    }

    /** The first VM in an isolated network brings the network's source-NAT address. */
    static void ensureSourceNat(Store store, Network network) {
        boolean present = store.publicIps().values().stream()
                .anyMatch(ip -> ip.network() == network && ip.sourceNat());
        if (!present && network.offering().sourceNat()) {
            PublicIp ip = new PublicIp(store.newId(), store.nextPublicAddress(network.zone()), network.owner(),
                    network.zone(), network, true, store.now());
            ip.setState("Allocated");
            store.publicIps().put(ip.id(), ip);
        }
    }
}
