package dev.ec2gateway.cloudstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {
    private final AnswerReader reader = new AnswerReader();

    record Keypair(String name, String fingerprint) {
    }

    private static RawAnswer answer(int status, String body) {
        return new RawAnswer(status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unwrapsTheCommandsEnvelope() {
        JsonNode inner = reader.read("createSSHKeyPair", answer(200, """
                {"createsshkeypairresponse": {"keypair": {"name": "k1", "fingerprint": "aa:bb", "privatekey": "x"}}}
                """));

        Keypair keypair = reader.convert("createSSHKeyPair", reader.field("createSSHKeyPair", inner, "keypair"), Keypair.class);
        assertEquals(new Keypair("k1", "aa:bb"), keypair);
    }

    record Vm(String id, List<Nic> nic, String state) {
    }

    record Nic(String ipaddress) {
    }

    @Test
    void aPageSkipsTheFieldsItsRecordsDoNotNameWhateverTheirShape() {
        ListPage<Vm> page = reader.readPage("listVirtualMachines", answer(200, """
                {"listvirtualmachinesresponse": {"count": 7, "virtualmachine": [
                 {"details": {"a": [1, {"b": [[]]}], "c": null}, "id": "v1", "affinitygroup": [],
                  "nic": [{"extra": {"x": [1, 2]}, "ipaddress": "10.1.1.2", "secondaryip": [{"ipaddress": "9"}]}],
                  "cpuused": "1.5%", "state": "Running", "readonly": false},
                 {"state": "Stopped", "tags": [{"key": "k", "value": "v"}], "id": "v2", "nic": []}]}}
                """), "virtualmachine", Vm.class);

        assertEquals(7, page.count());
        assertEquals(List.of(new Vm("v1", List.of(new Nic("10.1.1.2")), "Running"), new Vm("v2", List.of(), "Stopped")),
                page.items());
    }

    @Test
    void readsAnErrorAnswerIntoItsCodes() {
        CloudStackException e = assertThrows(CloudStackException.class, () -> reader.read("stopVirtualMachine", answer(531, """
                {"stopvirtualmachineresponse": {"uuidList": [], "errorcode": 531, "cserrorcode": 4365,
                 "errortext": "Acct[ec2user] does not have permission to operate with resource"}}
                """)));

        assertEquals("stopVirtualMachine", e.command());
        assertEquals(531, e.errorCode());
        assertEquals(4365, e.csErrorCode());
        assertEquals("Acct[ec2user] does not have permission to operate with resource", e.errorText());
        assertFalse(e.fromJob());
    }

    @Test
    void takesJsonThatIsNotCloudStacksEnvelopeForUnavailability() {
        assertThrows(CloudStackUnavailableException.class,
                () -> reader.read("listZones", answer(503, "{\"message\": \"maintenance\"}")));
        assertThrows(CloudStackUnavailableException.class,
                () -> reader.read("listZones", answer(500, "{\"listzonesresponse\": {\"oops\": true}}")));
        assertThrows(CloudStackUnavailableException.class, () -> reader.read("listZones", answer(200, "")));
        assertThrows(CloudStackUnavailableException.class, () -> reader.read("listZones", answer(200, "[1, 2]")));
    }

    @Test
    void reportsAMissingKeyAsAnAnswerThatIsNotTheApi() {
        JsonNode inner = reader.read("getUser", answer(200, "{\"getuserresponse\": {}}"));

        CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                () -> reader.field("getUser", inner, "user"));
        assertEquals("CloudStack's answer to getUser has no 'user'", e.getMessage());
    }
}
