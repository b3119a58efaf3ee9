package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A volume as CloudStack shows it; attachment, ROOT and data-disk fields come and go. */
final class VolumeJson {

    private VolumeJson() {
    }

    static ObjectNode render(Volume volume, Store store) {
        Vm vm = volume.vm();
        ObjectNode node = Json.object();
        node.put("id", volume.id());
        node.put("name", volume.name());
        node.put("zoneid", volume.zone().id());
        node.put("zonename", volume.zone().name());
        node.put("type", volume.type());
        if (vm != null) {
            node.put("deviceid", volume.deviceId());
            node.put("virtualmachineid", vm.id());
        }
        if (volume.root()) {
            node.put("templateid", volume.template().id());
            node.put("templatename", volume.template().name());
            node.put("templatedisplaytext", volume.template().displayText());
        }
        if (vm != null) {
            node.put("vmname", vm.name());
            node.put("vmdisplayname", vm.displayName());
            node.put("vmstate", vm.state().name());
            node.put("vmtype", "User");
        }
        node.put("provisioningtype", "thin");
        node.put("size", volume.size());
        node.put("created", Json.date(volume.created()));
        node.put("state", volume.state());
        node.put("account", volume.owner().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        if (vm != null) {
            node.put("diskkbsread", 0);
            node.put("diskkbswrite", 0);
            node.put("diskioread", 0);
            node.put("diskiowrite", 0);
        }
        if (volume.diskOffering() != null) {
            node.put("diskofferingid", volume.diskOffering().id());
            node.put("diskofferingname", volume.diskOffering().name());
            node.put("diskofferingdisplaytext", volume.diskOffering().displayText());
        }
        if (volume.attached() != null) {
            node.put("attached", Json.date(volume.attached()));
        }
        node.put("destroyed", false);
        if (volume.root()) {
            node.put("serviceofferingid", String.valueOf(volume.serviceOffering().internalId()));
            node.put("serviceofferingname", volume.serviceOffering().name());
            node.put("serviceofferingdisplaytext", volume.serviceOffering().name());
        }
        node.put("isextractable", !volume.root());
        node.put("quiescevm", false);
        node.put("supportsstoragesnapshot", false);
        node.put("deleteprotection", false);
        node.set("tags", TagJson.of(store, volume.id()));
        node.put("hasannotations", false);
        if (volume.jobId() != null) {
            node.put("jobid", volume.jobId());
            node.put("jobstatus", 0);
        }
        return node;
    }

    /** A snapshot; {@code snapshottype} is only in the create job's result, not in lists. */
    static ObjectNode snapshot(Snapshot snapshot, Store store, boolean created) {
        Volume volume = snapshot.volume();
        ObjectNode node = Json.object();
        node.put("id", snapshot.id());
        node.put("account", snapshot.owner().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        if (created) {
            node.put("snapshottype", "MANUAL");
        }
        node.put("volumeid", volume.id());
        node.put("volumename", volume.name());
        node.put("volumetype", volume.type());
        node.put("volumestate", volume.state());
        node.put("created", Json.date(snapshot.created()));
        node.put("name", snapshot.name());
        node.put("intervaltype", "MANUAL");
        node.put("state", "BackedUp");
        node.put("physicalsize", 0);
        node.put("zoneid", snapshot.zone().id());
        node.put("zonename", snapshot.zone().name());
        node.put("revertable", false);
        if (volume.template() != null) {
            node.put("ostypeid", volume.template().osType().id());
            node.put("osdisplayname", volume.template().osType().description());
        }
        node.put("virtualsize", volume.size());
        node.set("tags", TagJson.of(store, snapshot.id()));
        node.put("hasannotations", false);
        return node;
    }
}
