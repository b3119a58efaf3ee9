package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.ImageFixtures.ADVANCED_ZONE;
import static dev.ec2gateway.gateway.translators.ImageFixtures.BASIC_ZONE;
import static dev.ec2gateway.gateway.translators.ImageFixtures.BUILTIN;
import static dev.ec2gateway.gateway.translators.ImageFixtures.MINE;
import static dev.ec2gateway.gateway.translators.ImageFixtures.builtIn;
import static dev.ec2gateway.gateway.translators.ImageFixtures.imageId;
import static dev.ec2gateway.gateway.translators.ImageFixtures.mine;
import static dev.ec2gateway.gateway.translators.ImageFixtures.stubTemplates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImageTranslatorTest {
    private static final String ITEM = "/DescribeImagesResponse/imagesSet/item";
    private static final String PENDING = "0fdbe319-f8bc-4f1b-8112-06603726cbc2";
    private static final String FAILED = "8ee46d0a-0281-40cf-8c42-62843acea952";
    private static final String WINDOWS = "5c4e2f3a-13a4-4f55-9e0e-2c1a7d3b9f10";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private void stubCatalog() {
        stubTemplates(harness, "executable", List.of(builtIn(BASIC_ZONE), builtIn(ADVANCED_ZONE),
                mine(MINE, "img-1", "DOWNLOADED", "CentOS 5.6 (64-bit)",
                        "[{\"key\":\"Name\",\"value\":\"web\",\"resourcetype\":\"Template\",\"resourceid\":\"" + MINE
                                + "\"}]"),
                mine(WINDOWS, "win-1", "DOWNLOADED", "Windows Server 2019 (64-bit)", "[]")));
        stubTemplates(harness, "self", List.of(
                mine(MINE, "img-1", "DOWNLOADED", "CentOS 5.6 (64-bit)",
                        "[{\"key\":\"Name\",\"value\":\"web\",\"resourcetype\":\"Template\",\"resourceid\":\"" + MINE
                                + "\"}]"),
                mine(WINDOWS, "win-1", "DOWNLOADED", "Windows Server 2019 (64-bit)", "[]"),
                mine(PENDING, "img-pending", "DOWNLOAD_IN_PROGRESS", "CentOS 5.6 (64-bit)", "[]"),
                mine(FAILED, "img-failed", "DOWNLOAD_ERROR", "CentOS 5.6 (64-bit)", "[]")));
    }

    @Test
    void aTemplateListedOncePerZoneIsOneImage() throws Exception {
        stubTemplates(harness, "executable", List.of(builtIn(BASIC_ZONE), builtIn(ADVANCED_ZONE)));
        stubTemplates(harness, "self", List.of());
        Ec2Answer answer = harness.execute("DescribeImages", Map.of());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of(imageId(BUILTIN)), answer.texts(ITEM + "/imageId"));
        harness.cloudStack.verify(1, called("listTemplates").withQueryParam("templatefilter", WireMock.equalTo("executable")));
        harness.cloudStack.verify(1, called("listTemplates").withQueryParam("templatefilter", WireMock.equalTo("self")));
    }

    @Test
    void anImageShowsTheTemplatesFieldsTheEc2Way() throws Exception {
        stubTemplates(harness, "executable", List.of(builtIn(BASIC_ZONE)));
        stubTemplates(harness, "self", List.of());
        Ec2Answer answer = harness.execute("DescribeImages", Map.of());
        String item = ITEM + "[1]";
        assertEquals("system/CentOS 5.6 (64-bit) no GUI (Simulator)", answer.text(item + "/imageLocation"));
        assertEquals("available", answer.text(item + "/imageState"));
        assertEquals("system", answer.text(item + "/imageOwnerId"));
        assertEquals("true", answer.text(item + "/isPublic"));
        assertEquals("x86_64", answer.text(item + "/architecture"));
        assertEquals("machine", answer.text(item + "/imageType"));
        assertEquals("", answer.text(item + "/platform"));
        assertEquals("CentOS 5.6 (64-bit) no GUI (Simulator)", answer.text(item + "/description"));
        assertEquals("ebs", answer.text(item + "/rootDeviceType"));
        assertEquals("/dev/sda1", answer.text(item + "/rootDeviceName"));
        assertEquals("/dev/sda1", answer.text(item + "/blockDeviceMapping/item/deviceName"));
        assertEquals("2", answer.text(item + "/blockDeviceMapping/item/ebs/volumeSize"));
        assertEquals("hvm", answer.text(item + "/virtualizationType"));
        assertEquals("simulator", answer.text(item + "/hypervisor"));
        assertEquals("2026-11-24T04:38:01.000Z", answer.text(item + "/creationDate"));
    }

    @Test
    void statesFollowReadinessAndFailedDownloadsAndPlatformTheOsType() throws Exception {
        stubCatalog();
        Ec2Answer answer = harness.execute("DescribeImages", Map.of("Owner.1", "self"));
        assertEquals(List.of("img-1", "win-1", "img-pending", "img-failed"), answer.texts(ITEM + "/name"));
        assertEquals(List.of("available", "available", "pending", "failed"), answer.texts(ITEM + "/imageState"));
        assertEquals(List.of("windows"), answer.texts(ITEM + "/platform"));
        assertEquals("web", answer.text(ITEM + "[1]/tagSet/item[key='Name']/value"));
        harness.cloudStack.verify(0, called("listTemplates").withQueryParam("templatefilter", WireMock.equalTo("executable")));
    }

    @Test
    void withoutOwnerTheCallersPendingImagesAreListedWithWhatItMayLaunch() throws Exception {
        stubCatalog();
        Ec2Answer answer = harness.execute("DescribeImages", Map.of());
        assertEquals(List.of("img-1", "win-1", "img-pending", "img-failed", "CentOS 5.6 (64-bit) no GUI (Simulator)"),
                answer.texts(ITEM + "/name"));
    }

    @Test
    void ownerAndExecutableByChooseAmongTheVisibleImages() throws Exception {
        stubCatalog();
        Ec2Answer system = harness.execute("DescribeImages", Map.of("Owner.1", "system"));
        assertEquals(List.of(imageId(BUILTIN)), system.texts(ITEM + "/imageId"));
        Ec2Answer publicOnes = harness.execute("DescribeImages", Map.of("ExecutableBy.1", "all"));
        assertEquals(List.of(imageId(BUILTIN)), publicOnes.texts(ITEM + "/imageId"));
    }

    @Test
    void filtersMatchWithWildcardsAndTags() throws Exception {
        stubCatalog();
        assertEquals(List.of("img-1", "img-pending", "img-failed"), harness.execute("DescribeImages",
                Map.of("Filter.1.Name", "name", "Filter.1.Value.1", "img-*")).texts(ITEM + "/name"));
        assertEquals(List.of("img-pending"), harness.execute("DescribeImages",
                Map.of("Filter.1.Name", "state", "Filter.1.Value.1", "pending")).texts(ITEM + "/name"));
        assertEquals(List.of("img-1"), harness.execute("DescribeImages",
                Map.of("Filter.1.Name", "tag:Name", "Filter.1.Value.1", "w?b")).texts(ITEM + "/name"));
        assertEquals(List.of("CentOS 5.6 (64-bit) no GUI (Simulator)"), harness.execute("DescribeImages",
                Map.of("Filter.1.Name", "is-public", "Filter.1.Value.1", "true")).texts(ITEM + "/name"));
        assertEquals(List.of("win-1"), harness.execute("DescribeImages",
                Map.of("Filter.1.Name", "platform", "Filter.1.Value.1", "windows")).texts(ITEM + "/name"));
        assertEquals("InvalidParameterValue", harness.execute("DescribeImages",
                Map.of("Filter.1.Name", "colour", "Filter.1.Value.1", "red")).errorCode());
    }

    @Test
    void anExactNameFilterIsPushedDownToCloudStack() throws Exception {
        stubCatalog();
        harness.execute("DescribeImages", Map.of("Filter.1.Name", "name", "Filter.1.Value.1", "img-1"));
        harness.cloudStack.verify(2, called("listTemplates").withQueryParam("name", WireMock.equalTo("img-1")));
    }

    @Test
    void oneImageIdIsResolvedByListingAndThenAskedForById() throws Exception {
        stubCatalog();
        Ec2Answer answer = harness.execute("DescribeImages", Map.of("ImageId.1", imageId(MINE)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of(imageId(MINE)), answer.texts(ITEM + "/imageId"));
        harness.cloudStack.verify(1, called("listTemplates").withQueryParam("templatefilter", WireMock.equalTo("executable"))
                .withQueryParam("id", WireMock.equalTo(MINE)));
    }

    @Test
    void aMalformedImageIdIsMalformedAndAnUnknownOneNotFound() throws Exception {
        stubCatalog();
        assertEquals("InvalidAMIID.Malformed",
                harness.execute("DescribeImages", Map.of("ImageId.1", "ami-xyz")).errorCode());
        Ec2Answer unknown = harness.execute("DescribeImages", Map.of("ImageId.1", "ami-0123456789abcdef0"));
        assertEquals(400, unknown.status());
        assertEquals("InvalidAMIID.NotFound", unknown.errorCode());
    }

    @Test
    void maxResultsPagesTheImages() throws Exception {
        stubCatalog();
        Ec2Answer first = harness.execute("DescribeImages", Map.of("MaxResults", "5", "Owner.1", "self"));
        assertEquals(4, first.texts(ITEM).size());
        assertEquals("", first.text("/DescribeImagesResponse/nextToken"));
        assertEquals("InvalidParameterValue", harness.execute("DescribeImages", Map.of("MaxResults", "2")).errorCode());
    }

    @Test
    void deregisterImageSubmitsDeleteTemplateAndAnswersAtOnce() throws Exception {
        stubCatalog();
        harness.stub("deleteTemplate", "{\"deletetemplateresponse\":{\"jobid\":\"c4704aa9-8f0e-4de6-b9fd-97ec684fbdb6\"}}");
        Ec2Answer answer = harness.execute("DeregisterImage", Map.of("ImageId", imageId(MINE)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/DeregisterImageResponse/return"));
        harness.cloudStack.verify(1, called("deleteTemplate").withQueryParam("id", WireMock.equalTo(MINE)));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));
    }

    @Test
    void deregisteringAnUnknownImageIsNotFound() throws Exception {
        stubCatalog();
        Ec2Answer answer = harness.execute("DeregisterImage", Map.of("ImageId", "ami-0123456789abcdef0"));
        assertEquals("InvalidAMIID.NotFound", answer.errorCode());
        harness.cloudStack.verify(0, called("deleteTemplate"));
    }
}
