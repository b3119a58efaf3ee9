package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CloudStackStandInTest {

    @Test
    void servesTheApiOnLoopbackAtTheCloudStackPath() {
        try (CloudStackStandIn standIn = CloudStackStandIn.start(StandInSettings.defaults())) {
            assertEquals("http://127.0.0.1:" + standIn.port() + "/client/api", standIn.apiUrl().toString());
        }
    }

    @Test
    void seedsTheSameKeysEveryTimeWhenAskedForFixedKeys() {
        StandInUser first;
        try (CloudStackStandIn standIn = CloudStackStandIn.start(StandInSettings.defaults().withFixedKeys(true))) {
            first = standIn.user();
        }
        try (CloudStackStandIn standIn = CloudStackStandIn.start(StandInSettings.defaults().withFixedKeys(true))) {
            assertEquals(first, standIn.user());
            assertNotEquals(standIn.user().apiKey(), standIn.otherUser().apiKey());
        }
    }

    @Test
    void seedsFreshRandomKeysByDefault() {
        try (CloudStackStandIn a = CloudStackStandIn.start(StandInSettings.defaults());
             CloudStackStandIn b = CloudStackStandIn.start(StandInSettings.defaults())) {
            assertNotEquals(a.user().secretKey(), b.user().secretKey());
        }
    }

    @Test
    void refusesToCreateAnAccountTwice() {
        try (CloudStackStandIn standIn = CloudStackStandIn.start(StandInSettings.defaults())) {
            standIn.createUser("tmp");
            assertThrows(IllegalArgumentException.class, () -> standIn.createUser("tmp"));
        }
    }

    @Test
    void refusesANegativeStateDelay() {
        assertThrows(IllegalArgumentException.class,
                () -> StandInSettings.defaults().withStateDelay(Duration.ofSeconds(-1)));
    }

    @Test
    void keepsTheSecretKeyOutOfTheUsersText() {
        try (CloudStackStandIn standIn = CloudStackStandIn.start(StandInSettings.defaults())) {
            assertEquals(-1, standIn.user().toString().indexOf(standIn.user().secretKey()));
        }
    }
}
