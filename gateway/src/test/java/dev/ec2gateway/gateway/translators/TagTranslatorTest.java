package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.StorageFixtures.SNAPSHOT_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.TEMPLATE_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VM_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VOLUME_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.list;
import static dev.ec2gateway.gateway.translators.StorageFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TagTranslatorTest {
    private static final String VOL = Ec2Ids.of(Kind.VOLUME, VOLUME_ID);
    private static final String VM = Ec2Ids.of(Kind.INSTANCE, VM_ID);

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private void knowVolumeAndInstance() {
        harness.idIndex.remember(VOL, Kind.VOLUME, VOLUME_ID);
        harness.idIndex.remember(VM, Kind.INSTANCE, VM_ID);
    }

    @Test
    void createTagsSendsOneCreateTagsPerResourceTypeAndWaitsForTheJobs() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag"));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("createTags")
                .withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .willReturn(WireMock.okJson("{\"createtagsresponse\":{\"jobid\":\"job-vol\"}}")));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("createTags")
                .withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .willReturn(WireMock.okJson("{\"createtagsresponse\":{\"jobid\":\"job-vm\"}}")));
        StorageFixtures.jobDone(harness, "job-vol", "{\"success\":true}");
        StorageFixtures.jobDone(harness, "job-vm", "{\"success\":true}");

        Ec2Answer answer = harness.execute("CreateTags", Map.of("ResourceId.1", VOL, "ResourceId.2", VM,
                "Tag.1.Key", "Name", "Tag.1.Value", "data-1", "Tag.2.Key", "empty"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/CreateTagsResponse/return"));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .withQueryParam("resourceids", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.equalTo("data-1"))
                .withQueryParam("tags[1].key", WireMock.equalTo("empty"))
                .withQueryParam("tags[1].value", WireMock.equalTo("")));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .withQueryParam("resourceids", WireMock.equalTo(VM_ID)));
        harness.cloudStack.verify(1, called("queryAsyncJobResult").withQueryParam("jobid", WireMock.equalTo("job-vol")));
        harness.cloudStack.verify(1, called("queryAsyncJobResult").withQueryParam("jobid", WireMock.equalTo("job-vm")));
        harness.cloudStack.verify(0, called("deleteTags"));
    }

    @Test
    void createTagsOverwritesAKeyTheResourceAlreadyHas() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag", tag("Name", "old", "Volume", VOLUME_ID)));
        StorageFixtures.submitted(harness, "deleteTags", null, "job-del");
        StorageFixtures.jobDone(harness, "job-del", "{\"success\":true}");
        StorageFixtures.submitted(harness, "createTags", null, "job-new");
        StorageFixtures.jobDone(harness, "job-new", "{\"success\":true}");

        Ec2Answer answer = harness.execute("CreateTags", Map.of("ResourceId.1", VOL,
                "Tag.1.Key", "Name", "Tag.1.Value", "new"));

        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("listTags").withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .withQueryParam("resourceid", WireMock.equalTo(VOLUME_ID)));
        harness.cloudStack.verify(1, called("deleteTags").withQueryParam("resourceids", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.absent()));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("tags[0].value", WireMock.equalTo("new")));
    }

    @Test
    void aFailedTagJobIsAnErrorNotTrue() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag"));
        StorageFixtures.submitted(harness, "createTags", null, "job-bad");
        StorageFixtures.jobFailed(harness, "job-bad", 431, "Unable to find resource by uuid and type UserVm");

        Ec2Answer answer = harness.execute("CreateTags", Map.of("ResourceId.1", VM, "Tag.1.Key", "a",
                "Tag.1.Value", "b"));

        assertEquals(400, answer.status(), answer.body());
        assertEquals("InvalidParameterValue", answer.errorCode());
    }

    @Test
    void anotherAccountsResourceKnownToTheSharedIdIndexIsNotFound() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag"));
        StorageFixtures.submitted(harness, "createTags", null, "job-foreign");
        StorageFixtures.jobFailed(harness, "job-foreign", 530, "Caller does not have permission to operate with "
                + "provided resource.");
        Ec2Answer answer = harness.execute("CreateTags", Map.of("ResourceId.1", VM, "Tag.1.Key", "a",
                "Tag.1.Value", "b"));
        assertEquals("InvalidInstanceID.NotFound", answer.errorCode());
    }

    @Test
    void taggingAResourceTheCallerCannotSeeIsNotFoundWithoutTagging() throws Exception {
        harness.stub("listVolumes", list("listVolumes", "volume"));
        Ec2Answer answer = harness.execute("CreateTags", Map.of("ResourceId.1", "vol-0123456789abcdef0",
                "Tag.1.Key", "a", "Tag.1.Value", "b"));
        assertEquals(400, answer.status());
        assertEquals("InvalidVolume.NotFound", answer.errorCode());
        harness.cloudStack.verify(1, called("listVolumes"));
        harness.cloudStack.verify(0, called("createTags"));
    }

    @Test
    void idsThatNameNoTaggableResourceAreRefused() throws Exception {
        Map<String, String> expected = Map.of(
                "foo-123", "InvalidID",
                "key-0123456789abcdef0", "InvalidParameterValue",
                "vol-XYZ", "InvalidVolumeID.Malformed");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            Ec2Answer answer = harness.execute("CreateTags", Map.of("ResourceId.1", entry.getKey(),
                    "Tag.1.Key", "a", "Tag.1.Value", "b"));
            assertEquals(entry.getValue(), answer.errorCode(), entry.getKey());
        }
        Ec2Answer reserved = harness.execute("CreateTags", Map.of("ResourceId.1", VOL, "Tag.1.Key", "aws:x"));
        assertEquals("InvalidParameterValue", reserved.errorCode());
        Ec2Answer noTags = harness.execute("CreateTags", Map.of("ResourceId.1", VOL));
        assertEquals("MissingParameter", noTags.errorCode());
        harness.cloudStack.verify(0, called("createTags"));
    }

    @Test
    void deleteTagsDeletesAKeyWhateverItsValueAndSkipsTagsTheResourceLacks() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag", tag("Name", "data-1", "Volume", VOLUME_ID)));
        StorageFixtures.submitted(harness, "deleteTags", null, "job-del");
        StorageFixtures.jobDone(harness, "job-del", "{\"success\":true}");

        Ec2Answer byKey = harness.execute("DeleteTags", Map.of("ResourceId.1", VOL, "Tag.1.Key", "Name"));
        assertEquals("true", byKey.text("/DeleteTagsResponse/return"));
        harness.cloudStack.verify(1, called("deleteTags").withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .withQueryParam("resourceids", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.absent()));

        Ec2Answer otherValue = harness.execute("DeleteTags", Map.of("ResourceId.1", VOL, "Tag.1.Key", "Name",
                "Tag.1.Value", "data-2"));
        Ec2Answer absentKey = harness.execute("DeleteTags", Map.of("ResourceId.1", VOL, "Tag.1.Key", "env"));
        assertEquals(200, otherValue.status(), otherValue.body());
        assertEquals(200, absentKey.status(), absentKey.body());
        harness.cloudStack.verify(1, called("deleteTags"));
    }

    @Test
    void deleteTagsByKeyAndValueAndWithoutTagsAtAll() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag", tag("Name", "web-1", "UserVm", VM_ID),
                tag("env", "test", "UserVm", VM_ID)));
        StorageFixtures.submitted(harness, "deleteTags", null, "job-del");
        StorageFixtures.jobDone(harness, "job-del", "{\"success\":true}");

        harness.execute("DeleteTags", Map.of("ResourceId.1", VM, "Tag.1.Key", "Name", "Tag.1.Value", "web-1"));
        harness.cloudStack.verify(1, called("deleteTags").withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.equalTo("web-1")));

        Ec2Answer all = harness.execute("DeleteTags", Map.of("ResourceId.1", VM));
        assertEquals(200, all.status(), all.body());
        harness.cloudStack.verify(1, called("deleteTags").withQueryParam("tags[0].key", WireMock.absent()));
    }

    @Test
    void describeTagsShowsEc2IdsAndTypesOfEveryTaggedResource() throws Exception {
        harness.stub("listTags", list("listTags", "tag", tag("Name", "data-1", "Volume", VOLUME_ID),
                tag("env", "test", "UserVm", VM_ID), tag("Name", "img-1", "Template", TEMPLATE_ID),
                tag("Name", "snap-1", "Snapshot", SNAPSHOT_ID), tag("Name", "net", "Network", VM_ID)));

        Ec2Answer answer = harness.execute("DescribeTags", Map.of());

        assertEquals(200, answer.status(), answer.body());
        String item = "/DescribeTagsResponse/tagSet/item";
        assertEquals(List.of(VOL, VM, Ec2Ids.of(Kind.IMAGE, TEMPLATE_ID), Ec2Ids.of(Kind.SNAPSHOT, SNAPSHOT_ID)),
                answer.texts(item + "/resourceId"));
        assertEquals(List.of("volume", "instance", "image", "snapshot"), answer.texts(item + "/resourceType"));
        assertEquals(List.of("data-1", "test", "img-1", "snap-1"), answer.texts(item + "/value"));
        assertEquals("", answer.text("/DescribeTagsResponse/nextToken"));
    }

    @Test
    void describeTagsPushesExactFiltersDownAndAppliesWildcardsItself() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listTags", list("listTags", "tag", tag("Name", "web-1", "UserVm", VM_ID),
                tag("Name", "db-1", "UserVm", VM_ID)));

        Ec2Answer answer = harness.execute("DescribeTags", Map.of(
                "Filter.1.Name", "resource-type", "Filter.1.Value.1", "instance",
                "Filter.2.Name", "resource-id", "Filter.2.Value.1", VM,
                "Filter.3.Name", "key", "Filter.3.Value.1", "Name",
                "Filter.4.Name", "value", "Filter.4.Value.1", "web-*"));

        assertEquals(List.of("web-1"), answer.texts("/DescribeTagsResponse/tagSet/item/value"));
        harness.cloudStack.verify(1, called("listTags").withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .withQueryParam("resourceid", WireMock.equalTo(VM_ID))
                .withQueryParam("key", WireMock.equalTo("Name"))
                .withQueryParam("value", WireMock.absent()));
    }

    @Test
    void describeTagsOfAResourceTheCallerCannotSeeIsEmpty() throws Exception {
        harness.stub("listVolumes", list("listVolumes", "volume"));
        Ec2Answer answer = harness.execute("DescribeTags", Map.of(
                "Filter.1.Name", "resource-id", "Filter.1.Value.1", "vol-0123456789abcdef0"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(0, answer.texts("/DescribeTagsResponse/tagSet/item").size());
        harness.cloudStack.verify(0, called("listTags"));
    }

    @Test
    void describeTagsPagesWithMaxResultsAndNextToken() throws Exception {
        String[] tags = new String[7];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tag("k" + i, "v" + i, "Volume", VOLUME_ID);
        }
        harness.stub("listTags", list("listTags", "tag", tags));

        Ec2Answer first = harness.execute("DescribeTags", Map.of("MaxResults", "5"));
        assertEquals(5, first.texts("/DescribeTagsResponse/tagSet/item").size());
        String token = first.text("/DescribeTagsResponse/nextToken");
        assertTrue(!token.isEmpty());
        Ec2Answer second = harness.execute("DescribeTags", Map.of("MaxResults", "5", "NextToken", token));
        assertEquals(List.of("k5", "k6"), second.texts("/DescribeTagsResponse/tagSet/item/key"));
        assertEquals(0, second.texts("/DescribeTagsResponse/nextToken").size());

        assertEquals("InvalidParameterValue", harness.execute("DescribeTags", Map.of("MaxResults", "4")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("DescribeTags",
                Map.of("Filter.1.Name", "tag:Name", "Filter.1.Value.1", "x")).errorCode());
    }
}
