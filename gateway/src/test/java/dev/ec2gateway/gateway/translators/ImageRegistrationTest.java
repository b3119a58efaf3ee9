package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.ImageFixtures.BASIC_ZONE;
import static dev.ec2gateway.gateway.translators.ImageFixtures.CENTOS;
import static dev.ec2gateway.gateway.translators.ImageFixtures.imageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RegisterImage: registerTemplate with the format, OS type, hypervisor and zone CloudStack needs. */
class ImageRegistrationTest {
    private static final String REGISTERED = "0fdbe319-f8bc-4f1b-8112-06603726cbc2";
    private static final String OTHER_64 = "3c39e996-e7c0-11f1-ba74-02fc00000001";
    private static final String ZONES = """
            {"listzonesresponse":{"count":2,"zone":[
             {"id":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf","name":"Sim-Basic","networktype":"Basic"},
             {"id":"a42e53c5-bcd2-4357-ad0b-c58b0ea2d717","name":"Sim-Advanced","networktype":"Advanced"}]}}""";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @BeforeEach
    void stubCloud() {
        harness.stub("listZones", ZONES);
        harness.stub("listHypervisors", "{\"listhypervisorsresponse\":{\"count\":1,\"hypervisor\":[{\"name\":\"KVM\"}]}}");
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listOsTypes")
                .withQueryParam("description", WireMock.equalTo("Other (64-bit)"))
                .willReturn(WireMock.okJson(osTypes(OTHER_64, "Other (64-bit)"))));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listOsTypes")
                .withQueryParam("description", WireMock.equalTo("CentOS 5.6 (64-bit)"))
                .willReturn(WireMock.okJson(osTypes(CENTOS, "CentOS 5.6 (64-bit)"))));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listOsTypes")
                .withQueryParam("description", WireMock.equalTo("Plan 9"))
                .willReturn(WireMock.okJson("{\"listostypesresponse\":{}}")));
        harness.stub("registerTemplate", """
                {"registertemplateresponse":{"count":1,"template":[{"id":"%s","name":"img2","displaytext":"d2",
                 "ispublic":false,"created":"2026-11-24T05:33:37+0000","isready":false,"format":"QCOW2",
                 "ostypeid":"%s","account":"ec2user","zoneid":"%s","zonename":"Sim-Basic","status":"",
                 "templatetype":"USER","hypervisor":"KVM","url":"http://10.1.1.1/images/disk.qcow2","tags":[]}]}}"""
                .formatted(REGISTERED, OTHER_64, BASIC_ZONE));
    }

    private static String osTypes(String id, String description) {
        return "{\"listostypesresponse\":{\"count\":1,\"ostype\":[{\"id\":\"" + id + "\",\"name\":\"" + description
                + "\",\"description\":\"" + description + "\",\"oscategoryname\":\"Other\"}]}}";
    }

    private Ec2Answer register(String location, Map<String, String> more) throws Exception {
        Map<String, String> params = new HashMap<>(Map.of("Name", "img2", "Description", "d2"));
        if (location != null) {
            params.put("ImageLocation", location);
        }
        params.putAll(more);
        return harness.execute("RegisterImage", params);
    }

    @Test
    void defaultsComeFromTheUrlTheFirstZoneItsFirstHypervisorAndOther64Bit() throws Exception {
        Ec2Answer answer = register("http://10.1.1.1/images/disk.qcow2", Map.of());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(imageId(REGISTERED), answer.text("/RegisterImageResponse/imageId"));
        harness.cloudStack.verify(1, called("listHypervisors").withQueryParam("zoneid", WireMock.equalTo(BASIC_ZONE)));
        harness.cloudStack.verify(1, called("registerTemplate")
                .withQueryParam("name", WireMock.equalTo("img2"))
                .withQueryParam("displaytext", WireMock.equalTo("d2"))
                .withQueryParam("url", WireMock.equalTo("http://10.1.1.1/images/disk.qcow2"))
                .withQueryParam("format", WireMock.equalTo("QCOW2"))
                .withQueryParam("hypervisor", WireMock.equalTo("KVM"))
                .withQueryParam("ostypeid", WireMock.equalTo(OTHER_64))
                .withQueryParam("zoneid", WireMock.equalTo(BASIC_ZONE))
                .withoutQueryParam("arch"));
    }

    @Test
    void explicitParametersChooseFormatOsTypeHypervisorZoneAndArchitecture() throws Exception {
        Ec2Answer answer = register("http://10.1.1.1/images/disk", Map.of("Format", "vhd",
                "OsType", "CentOS 5.6 (64-bit)", "Hypervisor", "XenServer", "AvailabilityZone", "Sim-Advanced",
                "Architecture", "arm64", "VirtualizationType", "hvm"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(0, called("listHypervisors"));
        harness.cloudStack.verify(1, called("registerTemplate")
                .withQueryParam("url", WireMock.equalTo("http://10.1.1.1/images/disk"))
                .withQueryParam("format", WireMock.equalTo("VHD"))
                .withQueryParam("hypervisor", WireMock.equalTo("XenServer"))
                .withQueryParam("ostypeid", WireMock.equalTo(CENTOS))
                .withQueryParam("zoneid", WireMock.equalTo("a42e53c5-bcd2-4357-ad0b-c58b0ea2d717"))
                .withQueryParam("arch", WireMock.equalTo("aarch64"))
                .withQueryParam("requireshvm", WireMock.equalTo("true")));
    }

    @Test
    void theLocationsFragmentCarriesTheOptionsAndIsNotSentToCloudStack() throws Exception {
        Ec2Answer answer = register("http://10.1.1.1/images/disk.img.gz#format=QCOW2&ostype=CentOS%205.6%20(64-bit)"
                + "&hypervisor=Simulator&zone=Sim-Basic", Map.of());
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("registerTemplate")
                .withQueryParam("url", WireMock.equalTo("http://10.1.1.1/images/disk.img.gz"))
                .withQueryParam("format", WireMock.equalTo("QCOW2"))
                .withQueryParam("hypervisor", WireMock.equalTo("Simulator"))
                .withQueryParam("ostypeid", WireMock.equalTo(CENTOS))
                .withQueryParam("zoneid", WireMock.equalTo(BASIC_ZONE)));
    }

    @Test
    void anOsTypeIdIsPassedAsItIs() throws Exception {
        register("http://10.1.1.1/images/disk.vhd", Map.of("OsType", CENTOS));
        harness.cloudStack.verify(0, called("listOsTypes"));
        harness.cloudStack.verify(1, called("registerTemplate").withQueryParam("ostypeid", WireMock.equalTo(CENTOS)));
    }

    @Test
    void whatCannotBeWorkedOutIsAClearInvalidParameterValue() throws Exception {
        Ec2Answer noFormat = register("http://10.1.1.1/images/disk", Map.of());
        assertEquals("InvalidParameterValue", noFormat.errorCode());
        assertTrue(noFormat.text("/Response/Errors/Error/Message").contains("Format"), noFormat.body());
        Ec2Answer badOs = register("http://10.1.1.1/images/disk.vhd", Map.of("OsType", "Plan 9"));
        assertEquals("InvalidParameterValue", badOs.errorCode());
        assertTrue(badOs.text("/Response/Errors/Error/Message").contains("Plan 9"), badOs.body());
        assertEquals("InvalidParameterValue",
                register("http://10.1.1.1/images/disk.vhd", Map.of("AvailabilityZone", "Nowhere")).errorCode());
        assertEquals("InvalidParameterValue", register("s3://bucket/image.manifest.xml", Map.of()).errorCode());
        assertEquals("InvalidParameterValue",
                register("http://10.1.1.1/images/disk.vhd", Map.of("Architecture", "sparc")).errorCode());
        assertEquals("MissingParameter", register(null, Map.of()).errorCode());
        harness.cloudStack.verify(0, called("registerTemplate"));
    }

    @Test
    void noHypervisorInTheZoneAsksForOne() throws Exception {
        harness.stub("listHypervisors", "{\"listhypervisorsresponse\":{}}");
        Ec2Answer answer = register("http://10.1.1.1/images/disk.vhd", Map.of());
        assertEquals("InvalidParameterValue", answer.errorCode());
        assertTrue(answer.text("/Response/Errors/Error/Message").contains("Hypervisor"), answer.body());
    }

    @Test
    void anInvalidNameIsRefusedBeforeCloudStackIsAsked() throws Exception {
        Ec2Answer answer = harness.execute("RegisterImage", Map.of("Name", "x!", "ImageLocation",
                "http://10.1.1.1/images/disk.vhd"));
        assertEquals("InvalidParameterValue", answer.errorCode());
        assertEquals(0, harness.cloudStack.getAllServeEvents().size());
    }

    @Test
    void cloudStacksRefusalOfTheUrlIsInvalidParameterValue() throws Exception {
        harness.stub("registerTemplate", 431, "{\"registertemplateresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":9999,\"errortext\":\"Unable to resolve no-such-host.invalid.\"}}");
        Ec2Answer answer = register("http://no-such-host.invalid/x.vhd", Map.of());
        assertEquals(400, answer.status());
        assertEquals("InvalidParameterValue", answer.errorCode());
    }
}
