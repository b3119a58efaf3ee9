package dev.ec2gateway.actions.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.ec2.Ec2Exception;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WalkTokenTest {
    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBackWhatItWrote() {
        WalkToken walk = WalkToken.start();

        assertEquals(walk.inCloudStack(1000), WalkToken.of(walk.inCloudStack(1000).encode()));
        assertEquals(walk.inRemembered(3), WalkToken.of(walk.inRemembered(3).encode()));
    }

    @Test
    void everyWalkHasItsOwnId() {
        assertNotEquals(WalkToken.start().walk(), WalkToken.start().walk());
    }

    @Test
    void noTokenStartsANewWalkAtTheFirstVm() {
        WalkToken first = WalkToken.of(null);

        assertEquals(0, first.offset());
        assertEquals(false, first.remembered());
        assertEquals(0, WalkToken.of("").offset());
    }

    @Test
    void refusesWhatItDidNotWrite() {
        for (String token : new String[] {"%%%", encoded("o:5"), encoded("w:0123456789abcdef:x5"),
                encoded("w:0123456789abcdef:v-5"), encoded("w:0123456789abcdef:v99999999999"),
                encoded("w:0123:v5")}) {
            Ec2Exception error = assertThrows(Ec2Exception.class, () -> WalkToken.of(token), token);
            assertEquals("InvalidPaginationToken", error.code());
        }
    }
}
