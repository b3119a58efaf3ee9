package dev.ec2gateway.cloudstack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading stage: unwraps CloudStack's {@code {"<command>response": {...}}} envelope, turns error
 * answers into {@link CloudStackException} and anything that is not CloudStack's API into
 * {@link CloudStackUnavailableException}, and reads objects into records.
 *
 * <p>A plain successful answer is bound straight from its bytes to records, without building a tree
 * first (a page of 500 VMs as a tree is several times the size of its records); anything else (an
 * error, an answer that is not the API, a field that does not bind) is read again the tree way, so
 * that it fails exactly as before.
 */
final class AnswerReader {
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new UnknownFieldsSkipped());

    /**
     * Every record skips the fields it does not name. With FAIL_ON_UNKNOWN_PROPERTIES off alone, Jackson
     * still copies each unknown field of a record (bound through its constructor) into a token buffer
     * before dropping it, and a CloudStack VM has three times the fields the gateway reads.
     */
    private static final class UnknownFieldsSkipped extends JacksonAnnotationIntrospector {
        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated)
                    .withOverrides(JsonIgnoreProperties.Value.forIgnoreUnknown(true));
        }
    }

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

    /** The object inside the answer's envelope, read as {@code type}. */
    <T> T readAs(String command, RawAnswer answer, Class<T> type) {
        if (isPlain(answer)) {
            try (JsonParser parser = parser(answer)) {
                enterEnvelope(parser);
                return mapper.readValue(parser, type);
            } catch (IOException | IllegalArgumentException e) {
                // read again below, to fail the way the tree path does
            }
        }
        return convert(command, read(command, answer), type);
    }

    /** One page of a list answer: the items under {@code itemKey} read as {@code type}, and the count. */
    <T> ListPage<T> readPage(String command, RawAnswer answer, String itemKey, Class<T> type) {
        if (answer.status() >= 200 && answer.status() < 300) {
            try (JsonParser parser = parser(answer)) {
                ListPage<T> page = bindPage(parser, itemKey, type);
                if (page != null) {
                    return page;
                }
            } catch (IOException | IllegalArgumentException e) {
                // read again below, to fail the way the tree path does
            }
        }
        JsonNode inner = read(command, answer);
        JsonNode items = inner.path(itemKey);
        List<T> read = new ArrayList<>();
        if (items.isArray()) {
            for (JsonNode item : items) {
                read.add(convert(command, item, type));
            }
        }
        return new ListPage<>(read, inner.path("count").canConvertToInt() ? inner.get("count").asInt() : -1);
    }

    /** Null when the answer is not a plain success (an error inside, not one envelope): the caller reads it again. */
    private <T> ListPage<T> bindPage(JsonParser parser, String itemKey, Class<T> type) throws IOException {
        if (!enterEnvelope(parser)) {
            return null;
        }
        List<T> items = new ArrayList<>();
        int count = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("errorcode")) {
                return null;
            } else if (name.equals("count") && value == JsonToken.VALUE_NUMBER_INT) {
                count = parser.getIntValue();
            } else if (name.equals(itemKey) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(mapper.readValue(parser, type));
                }
            } else {
                parser.skipChildren();
            }
        }
        return isEnvelopeEnd(parser) ? new ListPage<>(items, count) : null;
    }

    /** A 2xx answer of one envelope key holding an object without errorcode. */
    private boolean isPlain(RawAnswer answer) {
        if (answer.status() < 200 || answer.status() >= 300) {
            return false;
        }
        try (JsonParser parser = parser(answer)) {
            if (!enterEnvelope(parser)) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (parser.currentName().equals("errorcode")) {
                    return false;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return isEnvelopeEnd(parser);
        } catch (IOException e) {
            return false;
        }
    }

    private JsonParser parser(RawAnswer answer) throws IOException {
        return mapper.createParser(answer.bytes(), 0, answer.length());
    }

    /** Moves the parser onto the start of the object inside the envelope; false if the answer has no such object. */
    private static boolean enterEnvelope(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                && parser.nextToken() == JsonToken.START_OBJECT;
    }

    /** After the inner object's end: the envelope closes and nothing follows (its one key). */
    private static boolean isEnvelopeEnd(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == JsonToken.END_OBJECT
                && parser.nextToken() == null;
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
            root = mapper.readTree(answer.bytes(), 0, answer.length());
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
