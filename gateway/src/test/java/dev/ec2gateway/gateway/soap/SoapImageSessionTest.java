package dev.ec2gateway.gateway.soap;

import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static dev.ec2gateway.gateway.soap.SoapXml.text;
import static dev.ec2gateway.gateway.soap.SoapXml.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * A SOAP tool's session on images, over the oldest and the newest EC2 namespace: requests in Amazon's
 * element names, each request and answer valid against the schema of the gateway's WSDL.
 */
class SoapImageSessionTest {
    private static final String BUILTIN = "d4c305a0-e7c0-11f1-ba74-02fc00000001";
    private static final String MINE = "97d5f421-5f5a-4a28-ac62-2bb094751ffc";
    private static final String REGISTERED = "0fdbe319-f8bc-4f1b-8112-06603726cbc2";
    private static final String CREATED = "8ee46d0a-0281-40cf-8c42-62843acea952";
    private static final String CENTOS = "12253bfa-e7c0-11f1-ba74-02fc00000001";
    private static final String ZONE = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    private static final String VM = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    private static final String ROOT = "5d41abcc-e445-462e-b492-2f2761dff8c1";
    private static final String SUCCESS = "{\"updatetemplatepermissionsresponse\":{\"success\":true}}";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @BeforeEach
    void stubTheCloud() throws Exception {
        stubTemplates("executable", template(BUILTIN, "CentOS no GUI", "system", true) + ","
                + template(MINE, "img-1", "ec2user", false));
        stubTemplates("self", template(MINE, "img-1", "ec2user", false));
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":\"" + ZONE
                + "\",\"name\":\"Sim-Basic\",\"networktype\":\"Basic\",\"allocationstate\":\"Enabled\"}]}}");
        harness.stub("listOsTypes", "{\"listostypesresponse\":{\"count\":1,\"ostype\":[{\"id\":\"" + CENTOS
                + "\",\"name\":\"CentOS 5.6 (64-bit)\",\"description\":\"CentOS 5.6 (64-bit)\"}]}}");
        harness.stub("registerTemplate", "{\"registertemplateresponse\":{\"count\":1,\"template\":["
                + template(REGISTERED, "img2", "ec2user", false) + "]}}");
        harness.stub("listVirtualMachines", """
                {"listvirtualmachinesresponse":{"count":1,"virtualmachine":[{"id":"%s","name":"ec2-vm1",
                 "state":"Stopped","zoneid":"%s","templateid":"%s","guestosid":"%s","ostypeid":"%s","tags":[]}]}}"""
                .formatted(VM, ZONE, BUILTIN, CENTOS, CENTOS));
        harness.stub("listVolumes", """
                {"listvolumesresponse":{"count":1,"volume":[{"id":"%s","name":"ROOT-38","type":"ROOT",
                 "deviceid":0,"virtualmachineid":"%s","state":"Ready","tags":[]}]}}""".formatted(ROOT, VM));
        harness.stub("createTemplate", "{\"createtemplateresponse\":{\"id\":\"" + CREATED
                + "\",\"jobid\":\"2ceaa850-8425-4e46-8840-d960c5d2e461\"}}");
        harness.stub("deleteTemplate",
                "{\"deletetemplateresponse\":{\"jobid\":\"c4704aa9-8f0e-4de6-b9fd-97ec684fbdb6\"}}");
        harness.stub("listTemplatePermissions", "{\"listtemplatepermissionsresponse\":{\"templatepermission\":"
                + "{\"id\":\"" + MINE + "\",\"ispublic\":true,\"account\":[\"ec2other\",\"ec2user\"]}}}");
        harness.stub("updateTemplatePermissions", SUCCESS);
        harness.stub("updateTemplate", "{\"updatetemplateresponse\":{\"template\":"
                + template(MINE, "img-1", "ec2user", false) + "}}");
    }

    private void stubTemplates(String templateFilter, String templates) {
        harness.cloudStack.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo("listTemplates"))
                .withQueryParam("templatefilter", WireMock.equalTo(templateFilter))
                .willReturn(WireMock.okJson("{\"listtemplatesresponse\":{\"count\":1,\"template\":[" + templates
                        + "]}}")));
    }

    private static String template(String id, String name, String account, boolean isPublic) {
        return """
                {"id":"%s","name":"%s","displaytext":"image %s","ispublic":%s,"created":"2026-11-24T05:33:36+0000",
                 "isready":true,"passwordenabled":false,"format":"QCOW2","ostypeid":"%s",
                 "ostypename":"CentOS 5.6 (64-bit)","account":"%s","zoneid":"%s","zonename":"Sim-Basic",
                 "size":2147483648,"templatetype":"USER","hypervisor":"KVM","arch":"x86_64",
                 "tags":[{"key":"Name","value":"%s","resourcetype":"Template","resourceid":"%s"}]}"""
                .formatted(id, name, name, isPublic, CENTOS, account, ZONE, name, id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void imagesAreDescribedRegisteredCreatedAndDeregistered(String version) throws Exception {
        SignedSession soap = harness.session(version);

        Element system = soap.call("DescribeImages", "<executableBySet><item><user>all</user></item>"
                + "</executableBySet><imagesSet/><ownersSet><item><owner>system</owner></item></ownersSet>");
        assertEquals(List.of(imageId(BUILTIN)), texts(system, "imageId"));
        assertEquals("true", text(system, "isPublic"));
        Element mine = soap.call("DescribeImages", "<imagesSet><item><imageId>" + imageId(MINE)
                + "</imageId></item></imagesSet><filterSet><item><name>name</name><valueSet><item><value>img-1"
                + "</value></item></valueSet></item></filterSet>");
        assertEquals(List.of(imageId(MINE)), texts(mine, "imageId"));
        assertEquals("available", text(mine, "imageState"));
        assertEquals("ec2user", text(mine, "imageOwnerId"));
        assertEquals("img-1", text(mine, "value"));
        assertEquals("2026-11-24T05:33:36.000Z", text(mine, "creationDate"));
        harness.cloudStack.verify(called("listTemplates").withQueryParam("id", WireMock.equalTo(MINE)));

        Element registered = soap.call("RegisterImage", "<imageLocation>http://10.1.1.1/images/disk.qcow2"
                + "</imageLocation><name>img2</name><description>d2</description><architecture>x86_64</architecture>"
                + "<virtualizationType>hvm</virtualizationType><format>qcow2</format>"
                + "<osType>CentOS 5.6 (64-bit)</osType><hypervisor>KVM</hypervisor>"
                + "<availabilityZone>Sim-Basic</availabilityZone>");
        assertEquals(imageId(REGISTERED), text(registered, "imageId"));
        harness.cloudStack.verify(1, called("registerTemplate").withQueryParam("name", WireMock.equalTo("img2"))
                .withQueryParam("displaytext", WireMock.equalTo("d2"))
                .withQueryParam("url", WireMock.equalTo("http://10.1.1.1/images/disk.qcow2"))
                .withQueryParam("format", WireMock.equalTo("QCOW2"))
                .withQueryParam("hypervisor", WireMock.equalTo("KVM"))
                .withQueryParam("ostypeid", WireMock.equalTo(CENTOS))
                .withQueryParam("zoneid", WireMock.equalTo(ZONE)));

        Element created = soap.call("CreateImage", "<instanceId>" + Ec2Ids.of(Kind.INSTANCE, VM)
                + "</instanceId><name>img3</name><description>desc3</description><noReboot>true</noReboot>");
        assertEquals(imageId(CREATED), text(created, "imageId"));
        harness.cloudStack.verify(1, called("createTemplate").withQueryParam("volumeid", WireMock.equalTo(ROOT))
                .withQueryParam("name", WireMock.equalTo("img3"))
                .withQueryParam("displaytext", WireMock.equalTo("desc3")));

        Element deregistered = soap.call("DeregisterImage", "<imageId>" + imageId(MINE) + "</imageId>");
        assertEquals("true", text(deregistered, "return"));
        harness.cloudStack.verify(1, called("deleteTemplate").withQueryParam("id", WireMock.equalTo(MINE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void launchPermissionsAndTheDescriptionAreModified(String version) throws Exception {
        SignedSession soap = harness.session(version);
        String image = "<imageId>" + imageId(MINE) + "</imageId>";

        Element added = soap.call("ModifyImageAttribute", image + "<launchPermission><add>"
                + "<item><group>all</group></item><item><userId>ec2other</userId></item></add></launchPermission>");
        assertEquals("true", text(added, "return"));
        harness.cloudStack.verify(1, called("updateTemplatePermissions").withQueryParam("id", WireMock.equalTo(MINE))
                .withQueryParam("ispublic", WireMock.equalTo("true")).withQueryParam("op", WireMock.equalTo("add"))
                .withQueryParam("accounts", WireMock.equalTo("ec2other")));
        soap.call("ModifyImageAttribute", image + "<launchPermission><remove><item><userId>ec2third"
                + "</userId></item></remove></launchPermission>");
        harness.cloudStack.verify(1, called("updateTemplatePermissions")
                .withQueryParam("op", WireMock.equalTo("remove"))
                .withQueryParam("accounts", WireMock.equalTo("ec2third")).withoutQueryParam("ispublic"));
        soap.call("ModifyImageAttribute", image + "<description><value>new words</value></description>");
        harness.cloudStack.verify(1, called("updateTemplate").withQueryParam("id", WireMock.equalTo(MINE))
                .withQueryParam("displaytext", WireMock.equalTo("new words")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void theAttributeNamedByTheEmptyElementIsDescribedOrReset(String version) throws Exception {
        SignedSession soap = harness.session(version);
        String image = "<imageId>" + imageId(MINE) + "</imageId>";

        Element permissions = soap.call("DescribeImageAttribute", image + "<launchPermission/>");
        assertEquals(imageId(MINE), text(permissions, "imageId"));
        assertEquals(List.of("all"), texts(permissions, "group"));
        assertEquals(List.of("ec2other"), texts(permissions, "userId"));
        harness.cloudStack.verify(1, called("listTemplatePermissions").withQueryParam("id", WireMock.equalTo(MINE)));
        Element description = soap.call("DescribeImageAttribute", image + "<description/>");
        assertEquals("image img-1", text(description, "value"));
        Element devices = soap.call("DescribeImageAttribute", image + "<blockDeviceMapping/>");
        assertEquals("2", text(devices, "volumeSize"));
        Element kernel = soap.call("DescribeImageAttribute", image + "<kernel/>");
        assertEquals(List.of(imageId(MINE)), texts(kernel, "imageId"));

        Element reset = soap.call("ResetImageAttribute", image + "<launchPermission/>");
        assertEquals("true", text(reset, "return"));
        harness.cloudStack.verify(1, called("updateTemplatePermissions").withQueryParam("id", WireMock.equalTo(MINE))
                .withQueryParam("op", WireMock.equalTo("reset")).withQueryParam("ispublic", WireMock.equalTo("false")));
    }

    private static String imageId(String uuid) {
        return Ec2Ids.of(Kind.IMAGE, uuid);
    }
}
