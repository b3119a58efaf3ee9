package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Helpers to compare the shape of answers with what real CloudStack 4.20 answers contain. */
final class Shapes {

    /** Error body keys in CloudStack's order. */
    static final List<String> ERROR = List.of("uuidList", "errorcode", "cserrorcode", "errortext");
    /** Authentication failure: no cserrorcode. */
    static final List<String> AUTH_ERROR = List.of("uuidList", "errorcode", "errortext");
    static final String AUTH_TEXT = "unable to verify user credentials and/or request signature";

    private Shapes() {
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
