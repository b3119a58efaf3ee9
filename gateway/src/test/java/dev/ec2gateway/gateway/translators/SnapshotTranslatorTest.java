package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.StorageFixtures.SNAPSHOT_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VM_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VOLUME_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.list;
import static dev.ec2gateway.gateway.translators.StorageFixtures.tag;
import static dev.ec2gateway.gateway.translators.StorageFixtures.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotTranslatorTest {
    private static final String VOL = Ec2Ids.of(Kind.VOLUME, VOLUME_ID);
    private static final String SNAP = Ec2Ids.of(Kind.SNAPSHOT, SNAPSHOT_ID);
    private static final String ITEM = "/DescribeSnapshotsResponse/snapshotSet/item";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private static String snapshot(String id, String state, String name, String... tags) {
        return """
                {"id":"%s","account":"ec2user","domainid":"12a08eb8-e7c0-11f1-ba74-02fc00000001","domain":"ROOT",
                 "volumeid":"%s","volumename":"ec2-vol-basic","volumetype":"DATADISK","volumestate":"Ready",
                 "created":"2026-11-24T05:33:33+0000","name":"%s","intervaltype":"MANUAL","state":"%s",
                 "physicalsize":0,"zoneid":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf","zonename":"Sim-Basic",
                 "revertable":false,"virtualsize":5368709120,"tags":[%s]}"""
                .formatted(id, VOLUME_ID, name, state, String.join(",", tags));
    }

    @Test
    void createSnapshotAnswersPendingAtZeroPercentAtOnce() throws Exception {
        harness.idIndex.remember(VOL, Kind.VOLUME, VOLUME_ID);
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 1, 5L << 30, null)));
        StorageFixtures.submitted(harness, "createSnapshot", SNAPSHOT_ID, "job-snap");

        Ec2Answer answer = harness.execute("CreateSnapshot", Map.of("VolumeId", VOL, "Description", "nightly"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals(SNAP, answer.text("/CreateSnapshotResponse/snapshotId"));
        assertEquals(VOL, answer.text("/CreateSnapshotResponse/volumeId"));
        assertEquals("pending", answer.text("/CreateSnapshotResponse/status"));
        assertEquals("0%", answer.text("/CreateSnapshotResponse/progress"));
        assertEquals("5", answer.text("/CreateSnapshotResponse/volumeSize"));
        assertEquals("nightly", answer.text("/CreateSnapshotResponse/description"));
        assertEquals("ec2user", answer.text("/CreateSnapshotResponse/ownerId"));
        harness.cloudStack.verify(1, called("createSnapshot").withQueryParam("volumeid", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("name", WireMock.equalTo("nightly")));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));
    }

    @Test
    void aSnapshotCloudStackDoesNotListYetIsPendingWhileItsJobRuns() throws Exception {
        harness.idIndex.remember(VOL, Kind.VOLUME, VOLUME_ID);
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 1, 5L << 30, null)));
        StorageFixtures.submitted(harness, "createSnapshot", SNAPSHOT_ID, "job-snap");
        harness.execute("CreateSnapshot", Map.of("VolumeId", VOL));
        harness.stub("listSnapshots", list("listSnapshots", "snapshot"));
        harness.stub("queryAsyncJobResult", """
                {"queryasyncjobresultresponse":{"jobstatus":0,"jobprocstatus":0,"jobresultcode":0,
                 "jobinstancetype":"Snapshot","jobinstanceid":"%s","jobid":"job-snap"}}""".formatted(SNAPSHOT_ID));

        Ec2Answer pending = harness.execute("DescribeSnapshots", Map.of("SnapshotId.1", SNAP));
        assertEquals(200, pending.status(), pending.body());
        assertEquals(List.of("pending"), pending.texts(ITEM + "/status"));

        StorageFixtures.jobDone(harness, "job-snap", "{\"snapshot\":{\"id\":\"" + SNAPSHOT_ID + "\"}}");
        assertEquals("InvalidSnapshot.NotFound", harness.execute("DescribeSnapshots", Map.of("SnapshotId.1", SNAP))
                .errorCode());
    }

    @Test
    void snapshottingAnotherAccountsVolumeIsNotFound() throws Exception {
        harness.stub("listVolumes", list("listVolumes", "volume"));
        Ec2Answer answer = harness.execute("CreateSnapshot", Map.of("VolumeId", "vol-0123456789abcdef0"));
        assertEquals("InvalidVolume.NotFound", answer.errorCode());
        harness.cloudStack.verify(0, called("createSnapshot"));
    }

    @Test
    void describeSnapshotsIsCompletedOnlyOnceBackedUp() throws Exception {
        harness.stub("listSnapshots", list("listSnapshots", "snapshot",
                snapshot(SNAPSHOT_ID, "BackedUp", "nightly", tag("Name", "snap-1", "Snapshot", SNAPSHOT_ID)),
                snapshot("44444444-0000-0000-0000-000000000001", "BackingUp", "b"),
                snapshot("44444444-0000-0000-0000-000000000002", "Creating", "c"),
                snapshot("44444444-0000-0000-0000-000000000003", "Error", "d")));

        Ec2Answer answer = harness.execute("DescribeSnapshots", Map.of("Owner.1", "self", "RestorableBy.1", "self"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("completed", "pending", "pending", "error"), answer.texts(ITEM + "/status"));
        assertEquals(List.of("100%", "0%", "0%", "0%"), answer.texts(ITEM + "/progress"));
        assertEquals(SNAP, answer.text(ITEM + "[1]/snapshotId"));
        assertEquals(VOL, answer.text(ITEM + "[1]/volumeId"));
        assertEquals("5", answer.text(ITEM + "[1]/volumeSize"));
        assertEquals("nightly", answer.text(ITEM + "[1]/description"));
        assertEquals("2026-11-24T05:33:33.000Z", answer.text(ITEM + "[1]/startTime"));
        assertEquals("snap-1", answer.text(ITEM + "[1]/tagSet/item/value"));
    }

    @Test
    void describeSnapshotsSelectsByIdOwnerAndFilters() throws Exception {
        harness.idIndex.remember(SNAP, Kind.SNAPSHOT, SNAPSHOT_ID);
        harness.stub("listSnapshots", list("listSnapshots", "snapshot",
                snapshot(SNAPSHOT_ID, "BackedUp", "nightly", tag("Name", "snap-1", "Snapshot", SNAPSHOT_ID)),
                snapshot("44444444-0000-0000-0000-000000000001", "BackingUp", "b")));

        assertEquals(List.of(SNAP), harness.execute("DescribeSnapshots", Map.of("SnapshotId.1", SNAP))
                .texts(ITEM + "/snapshotId"));
        harness.cloudStack.verify(called("listSnapshots").withQueryParam("id", WireMock.equalTo(SNAPSHOT_ID)));
        assertEquals(0, harness.execute("DescribeSnapshots", Map.of("Owner.1", "amazon")).texts(ITEM).size());
        assertEquals(List.of(SNAP), harness.execute("DescribeSnapshots", Map.of("Filter.1.Name", "tag:Name",
                "Filter.1.Value.1", "snap-*")).texts(ITEM + "/snapshotId"));
        assertEquals(1, harness.execute("DescribeSnapshots", Map.of("Filter.1.Name", "status",
                "Filter.1.Value.1", "pending", "Filter.2.Name", "volume-id", "Filter.2.Value.1", VOL)).texts(ITEM).size());
        assertEquals("InvalidParameterCombination", harness.execute("DescribeSnapshots",
                Map.of("SnapshotId.1", SNAP, "MaxResults", "5")).errorCode());
        assertEquals("InvalidSnapshot.NotFound", harness.execute("DescribeSnapshots",
                Map.of("SnapshotId.1", "snap-0123456789abcdef0")).errorCode());
        assertEquals("InvalidSnapshotID.Malformed", harness.execute("DescribeSnapshots",
                Map.of("SnapshotId.1", "snap-zz")).errorCode());
    }

    @Test
    void deleteSnapshotAnswersOnceTheJobIsAccepted() throws Exception {
        harness.idIndex.remember(SNAP, Kind.SNAPSHOT, SNAPSHOT_ID);
        StorageFixtures.submitted(harness, "deleteSnapshot", null, "job-del");
        Ec2Answer answer = harness.execute("DeleteSnapshot", Map.of("SnapshotId", SNAP));
        assertEquals("true", answer.text("/DeleteSnapshotResponse/return"));
        harness.cloudStack.verify(1, called("deleteSnapshot").withQueryParam("id", WireMock.equalTo(SNAPSHOT_ID)));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));

        StorageFixtures.error(harness, "deleteSnapshot", 531, 4365, "Caller does not have permission to operate "
                + "with provided resource.");
        assertEquals("InvalidSnapshot.NotFound", harness.execute("DeleteSnapshot", Map.of("SnapshotId", SNAP))
                .errorCode());
    }
}
