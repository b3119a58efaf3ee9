package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.StorageFixtures.CUSTOM_OFFERING_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VOLUME_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CreateVolume's ClientToken: a repeat answers the first volume and creates nothing, as RunInstances' does. */
class VolumeClientTokenTest {
    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private void cloudStackCreatesVolumes() {
        harness.stub("listZones", VolumeTranslatorTest.ZONES);
        harness.stub("listDiskOfferings", VolumeTranslatorTest.OFFERINGS);
        StorageFixtures.submitted(harness, "createVolume", VOLUME_ID, "job-create");
    }

    private Ec2Answer createVolume(String size, String token) throws Exception {
        Map<String, String> params = new HashMap<>(Map.of("AvailabilityZone", "Sim-Basic", "Size", size));
        if (token != null) {
            params.put("ClientToken", token);
        }
        return harness.execute("CreateVolume", params);
    }

    @Test
    void theSameTokenAndParametersAnswerTheFirstVolumeWithoutCreatingASecond() throws Exception {
        cloudStackCreatesVolumes();
        Ec2Answer first = createVolume("5", "token-1");
        Ec2Answer again = createVolume("5", "token-1");

        assertEquals(200, again.status(), again.body());
        assertEquals(VolumeTranslatorTest.VOL, first.text("/CreateVolumeResponse/volumeId"));
        assertEquals(first.text("/CreateVolumeResponse/volumeId"), again.text("/CreateVolumeResponse/volumeId"));
        assertEquals(first.text("/CreateVolumeResponse/createTime"), again.text("/CreateVolumeResponse/createTime"));
        assertEquals("creating", again.text("/CreateVolumeResponse/status"));
        harness.cloudStack.verify(1, called("createVolume").withQueryParam("size", WireMock.equalTo("5"))
                .withQueryParam("diskofferingid", WireMock.equalTo(CUSTOM_OFFERING_ID)));
    }

    @Test
    void theSameTokenWithOtherParametersIsIdempotentParameterMismatch() throws Exception {
        cloudStackCreatesVolumes();
        assertEquals(200, createVolume("5", "token-2").status());

        Ec2Answer other = createVolume("6", "token-2");

        assertEquals("IdempotentParameterMismatch", other.errorCode(), other.body());
        harness.cloudStack.verify(1, called("createVolume"));
    }

    @Test
    void withoutATokenOrWithAnotherEachRequestCreatesAVolume() throws Exception {
        cloudStackCreatesVolumes();
        createVolume("5", null);
        createVolume("5", null);
        createVolume("5", "token-3");
        createVolume("5", "token-4");
        harness.cloudStack.verify(4, called("createVolume"));
    }

    @Test
    void aCreateThatFailedGivesItsTokenUpForTheRetry() throws Exception {
        harness.stub("listZones", VolumeTranslatorTest.ZONES);
        harness.stub("listDiskOfferings", VolumeTranslatorTest.OFFERINGS);
        harness.stub("createVolume", 431, """
                {"createvolumeresponse":{"uuidList":[],"errorcode":431,"cserrorcode":4350,
                 "errortext":"Volume size is out of range"}}""");
        assertEquals(400, createVolume("5", "token-5").status());

        StorageFixtures.submitted(harness, "createVolume", VOLUME_ID, "job-create");
        Ec2Answer retry = createVolume("5", "token-5");

        assertEquals(200, retry.status(), retry.body());
        assertEquals(VolumeTranslatorTest.VOL, retry.text("/CreateVolumeResponse/volumeId"));
        harness.cloudStack.verify(2, called("createVolume"));
    }

    @Test
    void aTokenLongerThanSixtyFourCharactersIsRefusedBeforeCallingCloudStack() throws Exception {
        cloudStackCreatesVolumes();
        assertEquals("InvalidParameterValue", createVolume("5", "t".repeat(65)).errorCode());
        harness.cloudStack.verify(0, called("createVolume"));
    }
}
