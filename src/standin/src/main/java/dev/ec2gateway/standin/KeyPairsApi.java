package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** SSH key pairs: server-generated, registered, listed and deleted, per account. */
final class KeyPairsApi {

    private KeyPairsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("createSSHKeyPair", KeyPairsApi::create),
                Command.user("registerSSHKeyPair", KeyPairsApi::register),
                Command.user("listSSHKeyPairs", KeyPairsApi::list),
                Command.user("deleteSSHKeyPair", KeyPairsApi::delete));
    }

    static Optional<KeyPair> byName(Store store, Account owner, String name) {
        return store.keyPairs().values().stream()
                .filter(k -> k.owner() == owner && k.name().equals(name)).findFirst();
    }

    private static ObjectNode create(Call call) {
        String name = call.params().required("name");
        if (byName(call.store(), call.account(), name).isPresent()) {
            throw ApiError.invalidValue("A key pair with name '" + name + "' already exists.");
        }
        SshKeys.Generated generated = SshKeys.generate();
        KeyPair pair = add(call, name, generated.publicKey());
        ObjectNode node = Json.object();
        node.put("privatekey", generated.privateKeyPem());
        node.setAll(render(pair));
        return AccountsApi.wrap("keypair", node);
    }

    private static ObjectNode register(Call call) {
        String name = call.params().required("name");
        String publicKey = call.params().required("publickey");
        if (byName(call.store(), call.account(), name).isPresent()) {
            throw ApiError.invalidValue("A key pair with name '" + name + "' already exists for this account.");
        }
        String fingerprint = SshKeys.fingerprint(publicKey);
        boolean sameKey = call.store().keyPairs().values().stream()
                .anyMatch(k -> k.owner() == call.account() && k.fingerprint().equals(fingerprint));
        if (sameKey) {
            throw ApiError.invalidValue("A key pair with key '" + publicKey
                    + "' already exists for this account.");
        }
        return AccountsApi.wrap("keypair", render(add(call, name, publicKey)));
    }

    private static KeyPair add(Call call, String name, String publicKey) {
        KeyPair pair = new KeyPair(call.store().newId(), name, call.account(), publicKey.trim(),
                SshKeys.fingerprint(publicKey));
        call.store().keyPairs().put(pair.id(), pair);
        return pair;
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        List<KeyPair> pairs = call.store().keyPairs().values().stream()
                .filter(k -> k.owner() == call.account())
                .filter(k -> params.get("name").map(k.name()::equals).orElse(true))
                .filter(k -> params.get("id").map(k.id()::equals).orElse(true))
                .filter(k -> params.get("fingerprint").map(k.fingerprint()::equals).orElse(true))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        java.util.Collections.reverse(pairs);
        return Lists.answer(params, "sshkeypair", pairs, KeyPairsApi::render);
    }

    private static ObjectNode delete(Call call) {
        String name = call.params().required("name");
        KeyPair pair = byName(call.store(), call.account(), name).orElseThrow(() -> {
            ArrayNode uuids = Json.array();
            uuids.addObject().put("serialVersionUID", -7514266713085362352L).put("uuid", Seed.DOMAIN_ID)
                    .put("description", "domainId");
            return new ApiError(ApiError.PARAM_ERROR, ApiError.CS_INVALID_VALUE, "A key pair with name '" + name
                    + "' does not exist for account " + call.account().name() + " in specified domain id", uuids);
        });
        call.store().keyPairs().remove(pair.id());
        return JobEngine.success();
    }

    static ObjectNode render(KeyPair pair) {
        ObjectNode node = Json.object();
        node.put("id", pair.id());
        node.put("name", pair.name());
        node.put("account", pair.owner().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("fingerprint", pair.fingerprint());
        node.put("hasannotations", false);
        return node;
    }
}
