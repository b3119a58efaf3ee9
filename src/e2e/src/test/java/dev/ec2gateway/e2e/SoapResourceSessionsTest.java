package dev.ec2gateway.e2e;

import static dev.ec2gateway.e2e.SoapSteps.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SOAP tool's sessions on the user's resources against the real gateway, with raw envelopes in
 * Amazon's element names: over 2014-02-01 images, a security group, an instance stopped and started, a
 * volume attached with a snapshot and tags, an elastic IP on a second instance; over 2010-11-15 an
 * instance launched and terminated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoapResourceSessionsTest {
    @TempDir
    static Path work;

    private SoapUser soap;
    private String imageId;

    @BeforeAll
    void startAndRegister() throws Exception {
        soap = SoapUser.start(work);
        soap.registerCertificate();
        imageId = soap.running().featuredImageId(soap.user());
        soap.running().isolatedNetworkInTheAdvancedZone(soap.user());
    }

    @AfterAll
    void stop() {
        if (soap != null) {
            soap.close();
        }
    }

    @Test
    void aSoapToolManagesInstancesVolumesSnapshotsTagsAndAddressesOver2014() throws Exception {
        SoapResourceSession session = new SoapResourceSession(new SoapSteps(soap.tool(), "2014-02-01"), imageId);
        session.describesTheImage();
        String group = session.createsAGroup("soap-web");
        String instance = session.launchesInto(set("groupSet", "groupName", "soap-web"), "Sim-Basic", List.of("soap-web"));
        session.stopsAndStarts(instance);
        session.attachesAVolumeSnapshotsAndTagsIt(instance, "Sim-Basic");
        String advanced = session.launchesInto("<groupSet/>", "Sim-Advanced", List.of());
        session.associatesAnElasticIp(advanced);
        session.terminates(instance, advanced);
        session.deletesTheGroup(group, "soap-web");
    }

    @Test
    void aSoapToolAuthorizesAndRevokesIngressOver2014() throws Exception {
        SoapResourceSession session = new SoapResourceSession(new SoapSteps(soap.tool(), "2014-02-01"), imageId);
        String group = session.createsAGroup("soap-rules");
        session.authorizesAndRevokesIngress(group, "soap-rules");
        session.deletesTheGroup(group, "soap-rules");
    }

    @Test
    void aSoapToolLaunchesAndTerminatesAnInstanceOver2010() throws Exception {
        SoapResourceSession session = new SoapResourceSession(new SoapSteps(soap.tool(), "2010-11-15"), imageId);
        session.describesTheImage();
        // The required groupSet, empty: the instance goes into the default group.
        String instance = session.launchesInto("<groupSet/>", "Sim-Basic", List.of("default"));
        session.stopsAndStarts(instance);
        session.terminates(instance);
    }

    @Test
    void a2010GroupSetNamesTheGroupInItsGroupIdElement() throws Exception {
        SoapSteps steps = new SoapSteps(soap.tool(), "2010-11-15");
        SoapResourceSession session = new SoapResourceSession(steps, imageId);
        // 2010-11-15 had no group ids: its groupSet/item/groupId held the group's name.
        SoapTool.Answer run = steps.tool().signed(steps.version(), "RunInstances",
                session.runInstances(set("groupSet", "groupId", "default"), "Sim-Basic"));
        assertEquals(200, run.status(), () -> run.faultCode() + ": " + run.text("faultstring"));
        session.terminates(session.launched(run, "Sim-Basic", List.of("default")));
    }
}
