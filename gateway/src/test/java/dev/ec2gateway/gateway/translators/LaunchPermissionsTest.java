package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.ImageFixtures.MINE;
import static dev.ec2gateway.gateway.translators.ImageFixtures.imageId;
import static dev.ec2gateway.gateway.translators.ImageFixtures.mine;
import static dev.ec2gateway.gateway.translators.ImageFixtures.stubTemplates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Describe/Modify/ResetImageAttribute on CloudStack's template permissions and updateTemplate. */
class LaunchPermissionsTest {
    private static final String SUCCESS = "{\"updatetemplatepermissionsresponse\":{\"success\":true}}";
    private static final String ITEM = "/DescribeImageAttributeResponse/launchPermission/item";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @BeforeEach
    void stubTemplate() {
        stubTemplates(harness, "self", List.of(mine(MINE, "img-1")));
        stubTemplates(harness, "executable", List.of(mine(MINE, "img-1")));
        harness.stub("updateTemplatePermissions", SUCCESS);
    }

    private void stubPermissions(String json) {
        harness.stub("listTemplatePermissions", "{\"listtemplatepermissionsresponse\":{\"templatepermission\":"
                + json + "}}");
    }

    @Test
    void launchPermissionsAreTheSharedAccountsWithoutTheOwner() throws Exception {
        stubPermissions("{\"id\":\"" + MINE + "\",\"ispublic\":false,\"account\":[\"ec2other\",\"ec2user\"]}");
        Ec2Answer answer = harness.execute("DescribeImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "launchPermission"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(imageId(MINE), answer.text("/DescribeImageAttributeResponse/imageId"));
        assertEquals(List.of("ec2other"), answer.texts(ITEM + "/userId"));
        assertEquals(List.of(), answer.texts(ITEM + "/group"));
        harness.cloudStack.verify(1, called("listTemplatePermissions").withQueryParam("id", WireMock.equalTo(MINE)));
    }

    @Test
    void aPublicTemplateIsLaunchableByGroupAll() throws Exception {
        stubPermissions("{\"id\":\"" + MINE + "\",\"ispublic\":true}");
        Ec2Answer answer = harness.execute("DescribeImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "launchPermission"));
        assertEquals(List.of("all"), answer.texts(ITEM + "/group"));
    }

    @Test
    void theDescriptionIsTheDisplayText() throws Exception {
        Ec2Answer answer = harness.execute("DescribeImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "description"));
        assertEquals("image img-1", answer.text("/DescribeImageAttributeResponse/description/value"));
        assertEquals(0, answer.texts("/DescribeImageAttributeResponse/launchPermission").size());
        assertEquals("InvalidParameterValue", harness.execute("DescribeImageAttribute", Map.of("ImageId",
                imageId(MINE), "Attribute", "colour")).errorCode());
    }

    @Test
    void addingGroupAllMakesTheTemplatePublicAndUserIdsShareIt() throws Exception {
        Ec2Answer answer = harness.execute("ModifyImageAttribute", Map.of("ImageId", imageId(MINE),
                "LaunchPermission.Add.1.Group", "all", "LaunchPermission.Add.2.UserId", "ec2other",
                "LaunchPermission.Remove.1.UserId", "ec2third"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("updateTemplatePermissions").withQueryParam("id", WireMock.equalTo(MINE))
                .withQueryParam("ispublic", WireMock.equalTo("true")).withQueryParam("op", WireMock.equalTo("add"))
                .withQueryParam("accounts", WireMock.equalTo("ec2other")));
        harness.cloudStack.verify(1, called("updateTemplatePermissions").withQueryParam("op", WireMock.equalTo("remove"))
                .withQueryParam("accounts", WireMock.equalTo("ec2third")).withoutQueryParam("ispublic"));
    }

    @Test
    void theOldFlatFormWorksToo() throws Exception {
        Ec2Answer answer = harness.execute("ModifyImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "launchPermission", "OperationType", "remove", "UserGroup.1", "all",
                "UserId.1", "ec2other", "UserId.2", "ec2third"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("updateTemplatePermissions").withQueryParam("ispublic", WireMock.equalTo("false"))
                .withQueryParam("op", WireMock.equalTo("remove"))
                .withQueryParam("accounts", WireMock.equalTo("ec2other,ec2third")));
        assertEquals("MissingParameter", harness.execute("ModifyImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "launchPermission", "UserId.1", "ec2other")).errorCode());
    }

    @Test
    void theDescriptionIsUpdatedWithUpdateTemplate() throws Exception {
        harness.stub("updateTemplate", "{\"updatetemplateresponse\":{\"template\":" + mine(MINE, "img-1") + "}}");
        Ec2Answer answer = harness.execute("ModifyImageAttribute", Map.of("ImageId", imageId(MINE),
                "Description.Value", "new words"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("updateTemplate").withQueryParam("id", WireMock.equalTo(MINE))
                .withQueryParam("displaytext", WireMock.equalTo("new words")));
        harness.cloudStack.verify(0, called("updateTemplatePermissions"));
    }

    @Test
    void invalidModificationsAreRefusedBeforeCloudStackChangesAnything() throws Exception {
        assertEquals("InvalidParameterValue", harness.execute("ModifyImageAttribute", Map.of("ImageId", imageId(MINE),
                "LaunchPermission.Add.1.Group", "friends")).errorCode());
        assertEquals("InvalidParameterCombination", harness.execute("ModifyImageAttribute",
                Map.of("ImageId", imageId(MINE))).errorCode());
        assertEquals("InvalidAMIID.Malformed", harness.execute("ModifyImageAttribute", Map.of("ImageId", "ami-1",
                "LaunchPermission.Add.1.Group", "all")).errorCode());
        harness.cloudStack.verify(0, called("updateTemplatePermissions"));
    }

    @Test
    void anUnknownAccountIsInvalidParameterValue() throws Exception {
        harness.stub("updateTemplatePermissions", 431, "{\"updatetemplatepermissionsresponse\":{\"uuidList\":[],"
                + "\"errorcode\":431,\"cserrorcode\":4350,\"errortext\":\"Unable to grant a launch permission to "
                + "account nobody-here, account not found.\"}}");
        Ec2Answer answer = harness.execute("ModifyImageAttribute", Map.of("ImageId", imageId(MINE),
                "LaunchPermission.Add.1.UserId", "nobody-here"));
        assertEquals("InvalidParameterValue", answer.errorCode());
    }

    @Test
    void resettingLaunchPermissionsMakesTheTemplatePrivateAndSharedWithNobody() throws Exception {
        Ec2Answer answer = harness.execute("ResetImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "launchPermission"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("updateTemplatePermissions").withQueryParam("id", WireMock.equalTo(MINE))
                .withQueryParam("op", WireMock.equalTo("reset")).withQueryParam("ispublic", WireMock.equalTo("false")));
        assertEquals("InvalidParameterValue", harness.execute("ResetImageAttribute", Map.of("ImageId", imageId(MINE),
                "Attribute", "kernel")).errorCode());
    }
}
