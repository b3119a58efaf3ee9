package dev.ec2gateway.gateway.soap;

import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static dev.ec2gateway.gateway.soap.SoapStorageSessionTest.VM;
import static dev.ec2gateway.gateway.soap.SoapStorageSessionTest.VM_ID;
import static dev.ec2gateway.gateway.soap.SoapStorageSessionTest.VOL;
import static dev.ec2gateway.gateway.soap.SoapStorageSessionTest.VOLUME_ID;
import static dev.ec2gateway.gateway.soap.SoapStorageSessionTest.cloudStack;
import static dev.ec2gateway.gateway.soap.SoapXml.first;
import static dev.ec2gateway.gateway.soap.SoapXml.itemTexts;
import static dev.ec2gateway.gateway.soap.SoapXml.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * A SOAP tool tags a volume and an instance, pages through the tags and deletes some, over the oldest and
 * the newest EC2 namespace: resourcesSet/item/resourceId and tagSet/item/key|value as Amazon's WSDL names them.
 */
class SoapTagSessionTest {
    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    /** The caller's volume and instance, and the tag jobs, which all finish at once. */
    @BeforeEach
    void aTaggingUser() {
        harness.stub("listVolumes", """
                {"listvolumesresponse":{"count":1,"volume":[{"id":"%s","type":"DATADISK","state":"Ready"}]}}"""
                .formatted(VOLUME_ID));
        harness.stub("listVirtualMachines", """
                {"listvirtualmachinesresponse":{"count":1,"virtualmachine":[{"id":"%s"}]}}""".formatted(VM_ID));
        for (String job : List.of("job-vol", "job-vm", "job-del")) {
            harness.cloudStack.stubFor(cloudStack("queryAsyncJobResult").withQueryParam("jobid", WireMock.equalTo(job))
                    .willReturn(WireMock.okJson("""
                            {"queryasyncjobresultresponse":{"jobid":"%s","jobstatus":1,"jobresultcode":0,
                             "jobresulttype":"object","jobresult":{"success":true}}}""".formatted(job))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void tagsAreCreatedDescribedPageByPageAndDeletedOverSoap(String version) throws Exception {
        SignedSession soap = harness.session(version);
        harness.stub("listTags", "{\"listtagsresponse\":{}}");
        harness.cloudStack.stubFor(cloudStack("createTags").withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .willReturn(WireMock.okJson("{\"createtagsresponse\":{\"jobid\":\"job-vol\"}}")));
        harness.cloudStack.stubFor(cloudStack("createTags").withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .willReturn(WireMock.okJson("{\"createtagsresponse\":{\"jobid\":\"job-vm\"}}")));

        Element created = soap.call("CreateTags", "<resourcesSet><item><resourceId>" + VOL
                + "</resourceId></item><item><resourceId>" + VM + "</resourceId></item></resourcesSet><tagSet>"
                + "<item><key>Name</key><value>data-1</value></item><item><key>team</key><value>storage</value></item>"
                + "</tagSet>");
        assertEquals("true", text(created, "return"));
        harness.cloudStack.verify(1, onTheVolume("createTags").withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.equalTo("data-1"))
                .withQueryParam("tags[1].key", WireMock.equalTo("team"))
                .withQueryParam("tags[1].value", WireMock.equalTo("storage")));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .withQueryParam("resourceids", WireMock.equalTo(VM_ID)));

        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            names.add("""
                    {"key":"Name","value":"data-%d","resourcetype":"Volume","resourceid":"%s"}"""
                    .formatted(i, "b2566ab6-0000-0000-0000-00000000000" + i));
        }
        harness.stub("listTags", "{\"listtagsresponse\":{\"count\":6,\"tag\":[" + String.join(",", names) + "]}}");
        String byTypeAndKey = "<filterSet><item><name>resource-type</name><valueSet><item><value>volume</value></item>"
                + "</valueSet></item><item><name>key</name><valueSet><item><value>Name</value></item></valueSet>"
                + "</item></filterSet><maxResults>5</maxResults>";
        Element page = soap.call("DescribeTags", byTypeAndKey);
        Element tags = first(page, "tagSet");
        assertEquals(List.of("data-1", "data-2", "data-3", "data-4", "data-5"), itemTexts(tags, "value"));
        assertEquals(Ec2Ids.of(Kind.VOLUME, "b2566ab6-0000-0000-0000-000000000001"), text(tags, "resourceId"));
        assertEquals("volume", text(tags, "resourceType"));
        assertEquals("Name", text(tags, "key"));
        Element nextToken = first(page, "nextToken");
        assertNotNull(nextToken, "a second page");
        harness.cloudStack.verify(called("listTags").withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .withQueryParam("key", WireMock.equalTo("Name")));
        Element rest = soap.call("DescribeTags", byTypeAndKey + "<nextToken>" + nextToken.getTextContent()
                + "</nextToken>");
        assertEquals(List.of("data-6"), itemTexts(first(rest, "tagSet"), "value"));

        harness.stub("listTags", """
                {"listtagsresponse":{"count":2,"tag":[
                 {"key":"Name","value":"data-1","resourcetype":"Volume","resourceid":"%s"},
                 {"key":"team","value":"storage","resourcetype":"Volume","resourceid":"%s"}]}}"""
                .formatted(VOLUME_ID, VOLUME_ID));
        harness.stub("deleteTags", "{\"deletetagsresponse\":{\"jobid\":\"job-del\"}}");
        Element deleted = soap.call("DeleteTags", "<resourcesSet><item><resourceId>" + VOL
                + "</resourceId></item></resourcesSet><tagSet><item><key>Name</key></item><item><key>team</key>"
                + "<value>storage</value></item></tagSet>");
        assertEquals("true", text(deleted, "return"));
        harness.cloudStack.verify(1, onTheVolume("deleteTags").withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.absent())
                .withQueryParam("tags[1].key", WireMock.equalTo("team"))
                .withQueryParam("tags[1].value", WireMock.equalTo("storage")));
    }

    private static RequestPatternBuilder onTheVolume(String command) {
        return called(command).withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .withQueryParam("resourceids", WireMock.equalTo(VOLUME_ID));
    }
}
