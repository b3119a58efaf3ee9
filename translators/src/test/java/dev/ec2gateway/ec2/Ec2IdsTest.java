package dev.ec2gateway.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class Ec2IdsTest {
    private static final String CS_VM_1 = "9f1a6c8e-54a1-4cbb-9b3c-0d62c2d5e1aa";

    @Test
    void idsHaveAwsFormAndAreTheSameOnEveryCall() {
        String id = Ec2Ids.of(Ec2Ids.Kind.INSTANCE, CS_VM_1);
        assertTrue(id.matches("i-[0-9a-f]{17}"), id);
        assertEquals(id, Ec2Ids.of(Ec2Ids.Kind.INSTANCE, CS_VM_1));
    }

    @Test
    void idsAreTheFirstHexDigitsOfTheKindsSha256SoEveryNodeAndEveryVersionGivesTheSame() {
        assertEquals("i-bf321ce31d258d6a6", Ec2Ids.of(Ec2Ids.Kind.INSTANCE, CS_VM_1));
        assertEquals("eipassoc-7b5793af5f6992d1e", Ec2Ids.of(Ec2Ids.Kind.ASSOCIATION, CS_VM_1));
        assertEquals("vol-23769018841ce2a66", Ec2Ids.of(Ec2Ids.Kind.VOLUME, "caf\u00e9-\u00fc"));
        assertEquals("ami-64247e6563145ff2c", Ec2Ids.of(Ec2Ids.Kind.IMAGE, "a".repeat(80)));
    }

    @Test
    void theSameUuidGivesDifferentIdsForDifferentKinds() {
        String volume = Ec2Ids.of(Ec2Ids.Kind.VOLUME, CS_VM_1);
        assertTrue(volume.startsWith("vol-"));
        assertNotEquals(Ec2Ids.of(Ec2Ids.Kind.INSTANCE, CS_VM_1).substring(2), volume.substring(4));
    }

    @Test
    void thePrefixTellsTheKind() {
        assertEquals(Optional.of(Ec2Ids.Kind.SNAPSHOT), Ec2Ids.kindOf("snap-0123456789abcdef0"));
        assertEquals(Optional.of(Ec2Ids.Kind.ALLOCATION), Ec2Ids.kindOf("eipalloc-01234567"));
        assertEquals(Optional.empty(), Ec2Ids.kindOf("nonsense"));
    }

    @Test
    void malformedIdsAnswerTheKindsMalformedError() {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> Ec2Ids.requireWellFormed(Ec2Ids.Kind.INSTANCE, "i-XYZ"));
        assertEquals("InvalidInstanceID.Malformed", e.code());
        assertEquals("InvalidVolume.NotFound", Ec2Ids.notFound(Ec2Ids.Kind.VOLUME, "vol-01234567").code());
        assertEquals("i-01234567", Ec2Ids.requireWellFormed(Ec2Ids.Kind.INSTANCE, "i-01234567"));
    }
}
