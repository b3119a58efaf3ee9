package dev.ec2gateway.actions.instances;

/** The small CloudStack objects the instance actions look up, as CloudStack answers them. */
final class CsCatalog {
    private CsCatalog() {
    }

    /** A ROOT volume (listVolumes type=ROOT). */
    record CsVolume(String id, String virtualmachineid, String type, String created, String state) {
    }

    /** A compute offering: an instance type. */
    record CsServiceOffering(String id, String name, Integer cpunumber, Integer cpuspeed, Integer memory) {
    }

    record CsZone(String id, String name, String networktype, String allocationstate) {
    }

    record CsNetwork(String id, String name, String zoneid, String type) {
    }

    /** Anything listed only for its id (templates, security groups). */
    record CsId(String id) {
    }

    record CsPassword(String encryptedpassword) {
    }

    record CsUserData(String virtualmachineid, String userdata) {
    }
}
