package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VOLUME_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CreateVolume with the setting volume.disk.offering naming the offering. */
class VolumeDiskOfferingSettingTest {
    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness().volumeDiskOffering("Zeta");

    @BeforeEach
    void stubCatalog() {
        harness.stub("listZones", VolumeTranslatorTest.ZONES);
    }

    @Test
    void createVolumeUsesTheOfferingTheAdministratorNamed() throws Exception {
        harness.stub("listDiskOfferings", VolumeTranslatorTest.OFFERINGS);
        StorageFixtures.submitted(harness, "createVolume", VOLUME_ID, "job-create");
        Ec2Answer answer = harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic", "Size", "1"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("createVolume")
                .withQueryParam("diskofferingid", WireMock.equalTo("2aad02e6-aae9-4e0d-8b68-3f7a2ffee60d")));
    }

    @Test
    void aNamedOfferingThatIsMissingOrHasAFixedSizeIsAClearError() throws Exception {
        harness.stub("listDiskOfferings", """
                {"listdiskofferingsresponse":{"count":1,"diskoffering":[
                 {"id":"87d30268-a9da-4ee9-938f-3cb5e96b8f1c","name":"Zeta","disksize":5,"iscustomized":false}]}}""");
        Ec2Answer fixed = harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic", "Size", "1"));
        assertEquals("InvalidParameterValue", fixed.errorCode());
        harness.stub("listDiskOfferings", "{\"listdiskofferingsresponse\":{}}");
        Ec2Answer missing = harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic", "Size", "1"));
        assertEquals("InvalidParameterValue", missing.errorCode());
        assertEquals(true, missing.text("/Response/Errors/Error/Message").contains("volume.disk.offering"));
        harness.cloudStack.verify(0, called("createVolume"));
    }
}
