package dev.ec2gateway.actions.keypairs;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CreateKeyPair, ImportKeyPair, DescribeKeyPairs and DeleteKeyPair on CloudStack's SSH key pairs. */
public final class KeyPairTranslator {
    private static final FilterSpec<KeyPairInfo> FILTERS = FilterSpec.<KeyPairInfo>builder()
            .field("key-name", KeyPairInfo::keyName)
            .field("key-pair-id", KeyPairInfo::keyPairId)
            .field("fingerprint", KeyPairInfo::keyFingerprint)
            .field("key-type", KeyPairInfo::keyType)
            .build();

    private final KeyPairMemory memory;

    public KeyPairTranslator(KeyPairMemory memory) {
        this.memory = memory;
    }

    public CreateKeyPairResult createKeyPair(CreateKeyPairRequest request, CallContext context) {
        requireValidName(request.keyName());
        if (request.keyType() != null && !request.keyType().equals("rsa")) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                    "Key type " + request.keyType() + " is not supported here: CloudStack generates rsa keys.");
        }
        CloudStack cloudStack = context.cloudStack();
        CsKeyPair created;
        try {
            created = cloudStack.get(Command.of("createSSHKeyPair").with("name", request.keyName()),
                    "keypair", CsKeyPair.class);
        } catch (CloudStackException e) {
            throw duplicateOr(cloudStack, request.keyName(), e);
        }
        String fingerprint = remember(context, created, KeyFingerprints.ofCreatedRsa(created.privatekey()), "rsa");
        return new CreateKeyPairResult(keyPairId(created), created.name(), fingerprint, created.privatekey());
    }

    public ImportKeyPairResult importKeyPair(ImportKeyPairRequest request, CallContext context) {
        requireValidName(request.keyName());
        OpenSshPublicKey key = OpenSshPublicKey.parse(request.publicKeyMaterial());
        CloudStack cloudStack = context.cloudStack();
        CsKeyPair registered;
        try {
            registered = cloudStack.get(Command.of("registerSSHKeyPair")
                    .with("name", request.keyName()).with("publickey", key.line()), "keypair", CsKeyPair.class);
        } catch (CloudStackException e) {
            throw duplicateOr(cloudStack, request.keyName(), e);
        }
        String fingerprint = remember(context, registered, KeyFingerprints.ofImported(key), key.ec2Type());
        return new ImportKeyPairResult(keyPairId(registered), registered.name(), fingerprint);
    }

    public DescribeKeyPairsResult describeKeyPairs(DescribeKeyPairsRequest request, CallContext context) {
        Command list = Command.of("listSSHKeyPairs");
        if (request.keyNames().size() == 1) {
            list = list.with("name", request.keyNames().get(0));
        }
        List<CsKeyPair> listed = context.cloudStack().list(list, "sshkeypair", CsKeyPair.class);
        Map<String, KeyPairMemory.Remembered> remembered = listed.isEmpty() ? Map.of()
                : memory.of(context.accessKey());
        List<KeyPairInfo> all = listed.stream().map(k -> info(k, remembered.get(k.id()))).toList();
        for (String name : request.keyNames()) {
            if (all.stream().noneMatch(k -> k.keyName().equals(name))) {
                throw Ec2Error.INVALID_KEY_PAIR_NOT_FOUND.with(name);
            }
        }
        for (String id : request.keyPairIds()) {
            if (all.stream().noneMatch(k -> k.keyPairId().equals(id))) {
                throw Ec2Error.INVALID_KEY_PAIR_NOT_FOUND.with(id);
            }
        }
        List<KeyPairInfo> selected = all.stream()
                .filter(k -> request.keyNames().isEmpty() || request.keyNames().contains(k.keyName()))
                .filter(k -> request.keyPairIds().isEmpty() || request.keyPairIds().contains(k.keyPairId()))
                .filter(FILTERS.predicate(request.filters()))
                .toList();
        return new DescribeKeyPairsResult(selected);
    }

    /** Deleting a key pair that does not exist succeeds, as on EC2. */
    public DeleteKeyPairResult deleteKeyPair(DeleteKeyPairRequest request, CallContext context) {
        if (request.keyName() == null && request.keyPairId() == null) {
            throw Ec2Error.MISSING_PARAMETER.with("KeyName");
        }
        CloudStack cloudStack = context.cloudStack();
        Optional<CsKeyPair> existing = findKeyPair(cloudStack, request.keyName(), request.keyPairId());
        existing.ifPresent(k -> {
            cloudStack.get(Command.of("deleteSSHKeyPair").with("name", k.name()), "success", Boolean.class);
            memory.forget(context.accessKey(), k.id());
        });
        return new DeleteKeyPairResult(true);
    }

    /**
     * Remembers EC2's fingerprint of a key pair the caller just made and returns it; CloudStack's MD5 when
     * EC2's cannot be computed (a key type EC2 has no rule for).
     */
    private String remember(CallContext context, CsKeyPair keyPair, Optional<String> ec2Fingerprint, String type) {
        String fingerprint = ec2Fingerprint.orElse(keyPair.fingerprint());
        memory.remember(context.accessKey(), keyPair.id(), new KeyPairMemory.Remembered(fingerprint, type));
        return fingerprint;
    }

    /**
     * A key pair the gateway did not make shows CloudStack's MD5 of its OpenSSH blob (CloudStack keeps no
     * public key to compute EC2's own from) and type rsa.
     */
    private static KeyPairInfo info(CsKeyPair keyPair, KeyPairMemory.Remembered remembered) {
        return remembered == null ? new KeyPairInfo(keyPairId(keyPair), keyPair.name(), keyPair.fingerprint(), "rsa")
                : new KeyPairInfo(keyPairId(keyPair), keyPair.name(), remembered.fingerprint(), remembered.keyType());
    }

    private static Optional<CsKeyPair> findKeyPair(CloudStack cloudStack, String name, String keyPairId) {
        Command list = Command.of("listSSHKeyPairs").with("name", name);
        return cloudStack.list(list, "sshkeypair", CsKeyPair.class).stream()
                .filter(k -> name == null || k.name().equals(name))
                .filter(k -> keyPairId == null || keyPairId(k).equals(keyPairId))
                .findFirst();
    }

    /** CloudStack answers a duplicate name with a plain 431; tell it apart by looking, not by its text. */
    private static RuntimeException duplicateOr(CloudStack cloudStack, String name, CloudStackException e) {
        if (e.errorCode() == 431 && findKeyPair(cloudStack, name, null).isPresent()) {
            return Ec2Error.INVALID_KEY_PAIR_DUPLICATE.with(name);
        }
        return e;
    }

    private static void requireValidName(String name) {
        if (name.isBlank() || name.length() > 255) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Key pair names must be 1 to 255 characters: '" + name + "'");
        }
    }

    private static String keyPairId(CsKeyPair keyPair) {
        return Ec2Ids.of(Ec2Ids.Kind.KEY_PAIR, keyPair.id());
    }
}
