package dev.ec2gateway.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.actions.addresses.AddressTranslator;
import dev.ec2gateway.actions.images.ImageTranslator;
import dev.ec2gateway.actions.instances.ClientTokens;
import dev.ec2gateway.actions.instances.InstanceAttributeTranslator;
import dev.ec2gateway.actions.instances.InstanceHistory;
import dev.ec2gateway.actions.instances.InstanceSettings;
import dev.ec2gateway.actions.instances.InstanceTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeMappings;
import dev.ec2gateway.actions.instances.InstanceTypeMappingStore;
import dev.ec2gateway.actions.instances.InstanceTypeTranslator;
import dev.ec2gateway.actions.instances.OfferMappingTranslator;
import dev.ec2gateway.actions.keypairs.KeyPairMemory;
import dev.ec2gateway.actions.keypairs.KeyPairTranslator;
import dev.ec2gateway.actions.regions.RegionTranslator;
import dev.ec2gateway.actions.securitygroups.SecurityGroupTranslator;
import dev.ec2gateway.actions.snapshots.SnapshotTranslator;
import dev.ec2gateway.actions.tags.TagTranslator;
import dev.ec2gateway.actions.volumes.VolumeTranslator;
import dev.ec2gateway.actions.users.UserKeysTranslator;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;
import dev.ec2gateway.wsdl.Ec2Actions;
import dev.ec2gateway.wsdl.Ec2Wsdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionTableTest {
    private static final Path COVERAGE_PAGE = Path.of("..", "docs", "actions.md");

    private static final dev.ec2gateway.actions.certificates.CertificateRegistry NO_CERTIFICATES =
            new dev.ec2gateway.actions.certificates.CertificateRegistry() {
                @Override
                public void register(String accessKey, java.security.cert.X509Certificate certificate) {
                }

                @Override
                public int removeAll(String accessKey) {
                    return 0;
                }
            };

    static ActionTable table() {
        InstanceTranslator instances = new InstanceTranslator(new ResourceIds(IdIndex.inMemory()),
                InstanceHistory.inMemory(), ClientTokens.inMemory(), InstanceTypeMappings.none(),
                new InstanceSettings(java.time.Duration.ofHours(1), ""), java.time.Clock.systemUTC());
        return ActionTable.create(new Translators(new AvailabilityZoneTranslator("r"),
                new RegionTranslator("r", "http://localhost/awsapi"), new KeyPairTranslator(KeyPairMemory.inMemory()),
                new UserKeysTranslator((a, s, c) -> { }),
                instances,
                new ImageTranslator(new ResourceIds(IdIndex.inMemory())),
                new SecurityGroupTranslator(new ResourceIds(IdIndex.inMemory())),
                new AddressTranslator(new ResourceIds(IdIndex.inMemory())),
                new TagTranslator(new ResourceIds(IdIndex.inMemory())),
                new VolumeTranslator(new ResourceIds(IdIndex.inMemory()), "", TokenClaims.inMemory(),
                        Clock.systemUTC()),
                new SnapshotTranslator(new ResourceIds(IdIndex.inMemory()), Clock.systemUTC()),
                new InstanceTypeTranslator(InstanceTypeMappings.none()),
                new InstanceAttributeTranslator(instances, new ResourceIds(IdIndex.inMemory()),
                        java.time.Clock.systemUTC()),
                new dev.ec2gateway.actions.certificates.CertificateTranslator(NO_CERTIFICATES),
                new OfferMappingTranslator(InstanceTypeMappingStore.over(new java.util.HashMap<>()))));
    }

    @Test
    void everyRowIsAnEc2ActionOrOneOfTheGatewaysOwn() {
        for (Action<?, ?> row : table().rows()) {
            assertTrue(Ec2Actions.isKnown(row.name()) || ActionTable.GATEWAY_ACTIONS.contains(row.name()),
                    row.name() + " is neither an EC2 action nor one of the gateway's own");
        }
    }

    @Test
    void everyEc2RowIsAnOperationOfTheWsdlAndEveryOperationIsARow() {
        for (Action<?, ?> row : table().rows()) {
            if (!ActionTable.GATEWAY_ACTIONS.contains(row.name())) {
                assertTrue(Ec2Wsdl.operations().contains(row.name()), row.name() + " is missing from the WSDL");
            }
        }
        for (String operation : Ec2Wsdl.operations()) {
            assertTrue(table().find(operation).isPresent(), operation + " is in the WSDL but not in the table");
        }
    }

    @Test
    void aDuplicateRowFails() {
        Action<?, ?> row = table().rows().get(0);
        assertThrows(IllegalArgumentException.class, () -> ActionTable.of(List.of(row, row)));
    }

    @Test
    void rowsAreFoundByExactName() {
        assertTrue(table().find("DescribeKeyPairs").isPresent());
        assertTrue(table().find("describekeypairs").isEmpty());
    }

    /** Writes docs/actions.md from the table; fails when the committed page was out of date. */
    @Test
    void theCoveragePageMatchesTheTable() throws IOException {
        String page = CoveragePage.render(table());
        String committed = Files.exists(COVERAGE_PAGE) ? Files.readString(COVERAGE_PAGE, StandardCharsets.UTF_8) : "";
        if (!committed.equals(page)) {
            Files.writeString(COVERAGE_PAGE, page, StandardCharsets.UTF_8);
        }
        assertEquals(committed, page, "docs/actions.md was out of date and has been rewritten: commit it");
    }
}
