package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.JsonNode;

/** Test helpers that look up seeded ids and run common flows against a stand-in. */
final class Cloud {

    final CloudStackStandIn standIn;
    final ApiClient client;

    Cloud(CloudStackStandIn standIn) {
        this.standIn = standIn;
        this.client = new ApiClient(standIn.apiUrl());
    }

    String zone(String name) {
        return client.call(standIn.user(), "listZones", "name", name).body().get("zone").get(0).get("id").asText();
    }

    String basicZone() {
        return zone("Sim-Basic");
    }

    String advancedZone() {
        return zone("Sim-Advanced");
    }

    String offering(String name) {
        return client.call(standIn.user(), "listServiceOfferings", "name", name).body().get("serviceoffering").get(0)
                .get("id").asText();
    }

    String builtInTemplate() {
        return client.call(standIn.user(), "listTemplates", "templatefilter", "featured").body().get("template")
                .get(0).get("id").asText();
    }

    /** Deploys a VM as the given user and returns the immediate answer ({id, jobid}). */
    JsonNode deploy(StandInUser user, String zoneId, String... more) {
        String[] params = new String[6 + more.length];
        System.arraycopy(new String[] {"serviceofferingid", offering("Small Instance"), "templateid",
                builtInTemplate(), "zoneid", zoneId}, 0, params, 0, 6);
        System.arraycopy(more, 0, params, 6, more.length);
        return client.call(user, "deployVirtualMachine", params).body();
    }

    JsonNode job(StandInUser user, String jobId) {
        return client.call(user, "queryAsyncJobResult", "jobid", jobId).body();
    }

    /** The VM as the user's listVirtualMachines shows it, or null if it is not listed. */
    JsonNode vm(StandInUser user, String id) {
        JsonNode list = client.call(user, "listVirtualMachines", "id", id).body();
        return list.has("virtualmachine") ? list.get("virtualmachine").get(0) : null;
    }

    String state(StandInUser user, String id) {
        JsonNode vm = vm(user, id);
        return vm == null ? "absent" : vm.get("state").asText();
    }
}
