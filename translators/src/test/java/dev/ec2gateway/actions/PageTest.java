package dev.ec2gateway.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.ec2.Ec2Exception;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final List<Integer> TWELVE = IntStream.rangeClosed(1, 12).boxed().toList();

    @Test
    void withoutMaxResultsEverythingComesInOnePageWithoutToken() {
        Page<Integer> page = Page.of(TWELVE, null, null, 5, 1000);
        assertEquals(TWELVE, page.items());
        assertNull(page.nextToken());
    }

    @Test
    void followingTheTokensWalksEveryItemOnceAndTheLastPageHasNoToken() {
        List<Integer> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<Integer> page = Page.of(TWELVE, 5, token, 5, 1000);
            seen.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(TWELVE, seen);
        assertEquals(3, pages);
    }

    @Test
    void maxResultsOutsideTheActionsRangeIsInvalidParameterValue() {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> Page.of(TWELVE, 4, null, 5, 1000));
        assertEquals("InvalidParameterValue", e.code());
    }

    @Test
    void aTokenTheGatewayDidNotIssueIsInvalidPaginationToken() {
        for (String bad : List.of("garbage!", Page.token(3).substring(1), "bzotMQ")) {
            Ec2Exception e = assertThrows(Ec2Exception.class, () -> Page.of(TWELVE, 5, bad, 5, 1000), bad);
            assertEquals("InvalidPaginationToken", e.code(), bad);
        }
    }
}
