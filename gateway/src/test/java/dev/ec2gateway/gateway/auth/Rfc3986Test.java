package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Rfc3986Test {

    @Test
    void leavesOnlyUnreservedCharactersUnencoded() {
        assertEquals("-._~azAZ09", Rfc3986.encode("-._~azAZ09"));
        assertEquals("%20%2B%2A%2F%3A%26%3D%25", Rfc3986.encode(" +*/:&=%"));
        assertEquals("%C3%A9%E1%88%B4", Rfc3986.encode("\u00e9\u1234"));
    }

    @Test
    void decodesEscapesAndOptionallyPlusWithoutEverFailing() {
        assertEquals("a b+c", Rfc3986.decode("a%20b+c", false));
        assertEquals("a b c", Rfc3986.decode("a%20b+c", true));
        assertEquals("\u1234", Rfc3986.decode("%E1%88%b4", true));
        assertEquals("100%", Rfc3986.decode("100%", true));
        assertEquals("%zz%4", Rfc3986.decode("%zz%4", true));
        assertEquals("\ufffd", Rfc3986.decode("%FF", true));
    }

    @Test
    void keepsEscapesOfAPathAndEncodesTheRest() {
        assertEquals("/a%2Fb/c%20d/%25zz/%E1%88%B4", Rfc3986.encodePathKeepingEscapes("/a%2Fb/c d/%zz/\u1234"));
        assertEquals("/a%252Fb", Rfc3986.encodePathSegments("/a%2Fb"));
    }
}
