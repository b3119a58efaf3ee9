package dev.ec2gateway.gateway;

import dev.ec2gateway.actions.IdIndex;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.TokenClaims;
import dev.ec2gateway.actions.Translators;
import dev.ec2gateway.actions.addresses.AddressTranslator;
import dev.ec2gateway.actions.images.ImageTranslator;
import dev.ec2gateway.actions.instances.ClientTokens;
import dev.ec2gateway.actions.instances.InstanceHistory;
import dev.ec2gateway.actions.instances.InstanceSettings;
import dev.ec2gateway.actions.instances.InstanceAttributeTranslator;
import dev.ec2gateway.actions.instances.InstanceTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeMappingStore;
import dev.ec2gateway.actions.instances.OfferMappingTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeTranslator;
import dev.ec2gateway.actions.keypairs.KeyPairMemory;
import dev.ec2gateway.actions.keypairs.KeyPairTranslator;
import dev.ec2gateway.actions.regions.RegionTranslator;
import dev.ec2gateway.actions.securitygroups.SecurityGroupTranslator;
import dev.ec2gateway.actions.snapshots.SnapshotTranslator;
import dev.ec2gateway.actions.tags.TagTranslator;
import dev.ec2gateway.actions.volumes.VolumeTranslator;
import dev.ec2gateway.actions.users.UserKeysTranslator;
import dev.ec2gateway.actions.certificates.CertificateRegistry;
import dev.ec2gateway.actions.certificates.CertificateTranslator;
import dev.ec2gateway.actions.users.UserRegistry;
import java.security.cert.X509Certificate;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;
import java.time.Clock;
import java.time.Duration;

/** Every translator, built the way tests need them: in-memory stores, a fixed region and endpoint. */
public final class TestTranslators {
    public static final String REGION = "test-region";
    public static final String ENDPOINT = "http://gateway.test/awsapi";

    private static final CertificateRegistry NO_CERTIFICATES = new CertificateRegistry() {
        @Override
        public void register(String accessKey, X509Certificate certificate) {
        }

        @Override
        public int removeAll(String accessKey) {
            return 0;
        }
    };

    private TestTranslators() {
    }

    /** Translators over in-memory stores; the registry receives what SetUserKeys registers. */
    public static Translators create(IdIndex idIndex, InstanceHistory history, ClientTokens tokens,
                                     InstanceTypeMappingStore typeMappings, UserRegistry registry,
                                     String volumeDiskOffering, Clock clock) {
        return create(idIndex, history, tokens, typeMappings, registry, NO_CERTIFICATES, volumeDiskOffering, clock);
    }

    /** As above, with the registry that receives what SetCertificate registers. */
    public static Translators create(IdIndex idIndex, InstanceHistory history, ClientTokens tokens,
                                     InstanceTypeMappingStore typeMappings, UserRegistry registry,
                                     CertificateRegistry certificates, String volumeDiskOffering, Clock clock) {
        ResourceIds ids = new ResourceIds(idIndex);
        InstanceTranslator instances = new InstanceTranslator(ids, history, tokens, typeMappings,
                new InstanceSettings(Duration.ofMinutes(60), ""), Clock.systemUTC());
        return new Translators(new AvailabilityZoneTranslator(REGION), new RegionTranslator(REGION, ENDPOINT),
                new KeyPairTranslator(KeyPairMemory.inMemory()), new UserKeysTranslator(registry), instances,
                new ImageTranslator(ids), new SecurityGroupTranslator(ids), new AddressTranslator(ids),
                new TagTranslator(ids), new VolumeTranslator(ids, volumeDiskOffering, TokenClaims.inMemory(), clock),
                new SnapshotTranslator(ids, clock), new InstanceTypeTranslator(typeMappings),
                new InstanceAttributeTranslator(instances, ids, Clock.systemUTC()),
                new CertificateTranslator(certificates), new OfferMappingTranslator(typeMappings));
    }

    public static Translators create() {
        return create(IdIndex.inMemory(), InstanceHistory.inMemory(), ClientTokens.inMemory(),
                InstanceTypeMappingStore.over(new java.util.concurrent.ConcurrentHashMap<>()), (a, s, c) -> { }, "",
                Clock.systemUTC());
    }
}
