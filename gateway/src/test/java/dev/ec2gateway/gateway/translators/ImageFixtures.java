package dev.ec2gateway.gateway.translators;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import java.util.List;

/** CloudStack template answers in the shapes of CloudStack 4.20, for the image translator tests. */
final class ImageFixtures {
    static final String BASIC_ZONE = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    static final String ADVANCED_ZONE = "a42e53c5-bcd2-4357-ad0b-c58b0ea2d717";
    static final String BUILTIN = "d4c305a0-e7c0-11f1-ba74-02fc00000001";
    static final String MINE = "97d5f421-5f5a-4a28-ac62-2bb094751ffc";
    static final String CENTOS = "12253bfa-e7c0-11f1-ba74-02fc00000001";

    private ImageFixtures() {
    }

    static String imageId(String uuid) {
        return Ec2Ids.of(Ec2Ids.Kind.IMAGE, uuid);
    }

    /** The built-in featured template as the system account's, in one zone. */
    static String builtIn(String zoneId) {
        return """
                {"id":"%s","name":"CentOS 5.6 (64-bit) no GUI (Simulator)",
                 "displaytext":"CentOS 5.6 (64-bit) no GUI (Simulator)","ispublic":true,
                 "created":"2026-11-24T04:38:01+0000","isready":true,"passwordenabled":false,"format":"VHD",
                 "isfeatured":true,"crossZones":true,"ostypeid":"%s","ostypename":"CentOS 5.6 (64-bit)",
                 "account":"system","zoneid":"%s","zonename":"Sim","size":2147483648,"templatetype":"BUILTIN",
                 "hypervisor":"Simulator","domain":"ROOT","domainid":"12a08eb8-e7c0-11f1-ba74-02fc00000001",
                 "details":{},"downloaddetails":[{"downloadState":"DOWNLOADED","datastore":"SS0",
                 "downloadPercent":"100"}],"arch":"x86_64","tags":[],"hasannotations":false}"""
                .formatted(BUILTIN, CENTOS, zoneId);
    }

    /** One of the caller's templates; {@code downloadState} DOWNLOADED makes it ready. */
    static String mine(String id, String name, String downloadState, String osTypeName, String tagsJson) {
        boolean ready = downloadState.equals("DOWNLOADED");
        return """
                {"id":"%s","name":"%s","displaytext":"image %s","ispublic":false,
                 "created":"2026-11-24T05:33:36+0000","isready":%s,"passwordenabled":false,"format":"RAW",
                 "isfeatured":false,"crossZones":false,"ostypeid":"%s","ostypename":"%s","account":"ec2user",
                 "zoneid":"%s","zonename":"Sim-Basic","status":"%s","templatetype":"USER","hypervisor":"KVM",
                 "domain":"ROOT","domainid":"12a08eb8-e7c0-11f1-ba74-02fc00000001","details":{},
                 "downloaddetails":[{"downloadState":"%s","datastore":"SS0","downloadPercent":"%s"}],
                 "tags":%s,"hasannotations":false}"""
                .formatted(id, name, name, ready, CENTOS, osTypeName, BASIC_ZONE,
                        ready ? "Download Complete" : "Processing", downloadState, ready ? "100" : "0", tagsJson);
    }

    static String mine(String id, String name) {
        return mine(id, name, "DOWNLOADED", "CentOS 5.6 (64-bit)", "[]");
    }

    static String list(List<String> templates) {
        return templates.isEmpty() ? "{\"listtemplatesresponse\":{}}"
                : "{\"listtemplatesresponse\":{\"count\":" + templates.size() + ",\"template\":["
                + String.join(",", templates) + "]}}";
    }

    /** Stubs listTemplates for one template filter (any other parameters). */
    static void stubTemplates(Ec2Harness harness, String templateFilter, List<String> templates) {
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listTemplates")
                .withQueryParam("templatefilter", WireMock.equalTo(templateFilter))
                .willReturn(WireMock.okJson(list(templates))));
    }
}
