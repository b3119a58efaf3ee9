package dev.ec2gateway.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResourceIdsTest {
    private static final String CS_VM_1 = "3b653e9b-fd22-41ab-9438-f9c757cc61dd";
    private static final String CS_VM_2 = "2865c861-0103-456b-8020-e25a5d8c5216";
    private static final String EC2_VM_1 = Ec2Ids.of(Kind.INSTANCE, CS_VM_1);
    private static final String EC2_VM_2 = Ec2Ids.of(Kind.INSTANCE, CS_VM_2);

    private final ResourceIds ids = new ResourceIds(IdIndex.inMemory());
    private final AtomicInteger listings = new AtomicInteger();

    private List<String> callersVms() {
        listings.incrementAndGet();
        return List.of(CS_VM_1, CS_VM_2);
    }

    @Test
    void anIdTheIndexLacksIsFoundByListingAndHashingThenWithoutListing() {
        assertEquals(CS_VM_2, ids.uuidOf(Kind.INSTANCE, EC2_VM_2, this::callersVms));
        assertEquals(CS_VM_1, ids.uuidOf(Kind.INSTANCE, EC2_VM_1, this::callersVms));
        assertEquals(1, listings.get());
    }

    @Test
    void anIdRememberedAtCreationNeedsNoListing() {
        assertEquals(EC2_VM_1, ids.remember(Kind.INSTANCE, CS_VM_1));
        assertEquals(CS_VM_1, ids.uuidOf(Kind.INSTANCE, EC2_VM_1, this::callersVms));
        assertEquals(0, listings.get());
    }

    @Test
    void aWellFormedIdTheCallerCannotSeeIsNotFoundAndAMalformedOneMalformed() {
        Ec2Exception notFound = assertThrows(Ec2Exception.class,
                () -> ids.uuidOf(Kind.INSTANCE, "i-0123456789abcdef0", this::callersVms));
        assertEquals("InvalidInstanceID.NotFound", notFound.code());
        Ec2Exception malformed = assertThrows(Ec2Exception.class,
                () -> ids.uuidOf(Kind.INSTANCE, "vol-0123456789abcdef0", this::callersVms));
        assertEquals("InvalidInstanceID.Malformed", malformed.code());
    }

    @Test
    void severalIdsNeedOneListingAtMost() {
        assertEquals(List.of(CS_VM_1, CS_VM_2),
                List.copyOf(ids.uuidsOf(Kind.INSTANCE, List.of(EC2_VM_1, EC2_VM_2), this::callersVms).values()));
        assertEquals(1, listings.get());
    }
}
