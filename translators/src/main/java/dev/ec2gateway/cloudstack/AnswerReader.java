package dev.ec2gateway.cloudstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The reading stage: unwraps CloudStack's {@code {"<command>response": {...}}} envelope, turns error
 * answers into {@link CloudStackException} and anything that is not CloudStack's API into
 * {@link CloudStackUnavailableException}, and reads objects into records.
 */
final class AnswerReader {
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The object inside the answer's envelope. */
    JsonNode read(String command, RawAnswer answer) {
        JsonNode inner = envelopeContent(answer);
        if (inner == null) {
            throw notTheApi(command, answer.status());
        }
        boolean success = answer.status() >= 200 && answer.status() < 300;
        if (success && !inner.has("errorcode")) {
            return inner;
        }
        if (!inner.path("errorcode").canConvertToInt()) {
            throw notTheApi(command, answer.status());
        }
        // 401 answers carry no cserrorcode.
        throw new CloudStackException(command, inner.get("errorcode").asInt(), inner.path("cserrorcode").asInt(0),
                inner.path("errortext").asText(""), false);
    }

    /** The field {@code key} of an answer, which must be there. */
    JsonNode field(String command, JsonNode answer, String key) {
        JsonNode value = answer.get(key);
        if (value == null || value.isNull()) {
            throw new CloudStackUnavailableException(
                    "CloudStack's answer to " + command + " has no '" + key + "'", null);
        }
        return value;
    }

    <T> T convert(String command, JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CloudStackUnavailableException(
                    "CloudStack's answer to " + command + " does not read as " + type.getSimpleName(), e);
        }
    }

    private JsonNode envelopeContent(RawAnswer answer) {
        JsonNode root;
        try {
            root = mapper.readTree(answer.body());
        } catch (IOException e) {
            return null;
        }
        // The envelope's one key is normally "<command in lower case>response", or "errorresponse".
        if (root == null || !root.isObject() || root.size() != 1) {
            return null;
        }
        JsonNode inner = root.elements().next();
        return inner.isObject() ? inner : null;
    }

    private static CloudStackUnavailableException notTheApi(String command, int status) {
        return new CloudStackUnavailableException(
                "CloudStack answered " + command + " with HTTP " + status + " and no API answer", null);
    }
}
