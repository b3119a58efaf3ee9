package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Predicate;

/**
 * The steps of a SOAP session in one EC2 version: signed calls that must answer the action's response
 * in the request's namespace, calls that must answer a given fault, and describe calls repeated until
 * the change an accepted job makes shows.
 */
record SoapSteps(SoapTool tool, String version) {
    private static final int POLLS = 200;
    private static final long POLL_MILLIS = 100;

    String namespace() {
        return "http://ec2.amazonaws.com/doc/" + version + "/";
    }

    /** A signed call that must succeed; its answer, the action's response element. */
    SoapTool.Answer ok(String action, String body) throws Exception {
        SoapTool.Answer answer = tool.signed(version, action, body);
        assertEquals(200, answer.status(), () -> action + " answered a fault: " + answer.faultCode() + ": "
                + answer.text("faultstring"));
        assertEquals(action + "Response", answer.element().getLocalName());
        assertEquals(namespace(), answer.element().getNamespaceURI());
        return answer;
    }

    /** A signed call that must answer a SOAP fault with the EC2 error code. */
    void fault(String code, String action, String body) throws Exception {
        SoapTool.Answer answer = tool.signed(version, action, body);
        assertEquals(500, answer.status(), () -> action + " answered " + answer.element().getLocalName());
        assertEquals(code, answer.faultCode(), () -> action + ": " + answer.text("faultstring"));
    }

    /** Repeats a call until its answer (response or fault) satisfies {@code done}; that answer. */
    SoapTool.Answer until(String what, String action, String body, Predicate<SoapTool.Answer> done)
            throws Exception {
        SoapTool.Answer last = null;
        for (int i = 0; i < POLLS; i++) {
            last = tool.signed(version, action, body);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(POLL_MILLIS);
        }
        SoapTool.Answer seen = last;
        throw new AssertionError("not " + what + " after " + POLLS + " " + action + " calls; the last answered "
                + seen.element().getLocalName() + ": " + seen.element().getTextContent());
    }

    /** The {@code xxxSet} of a request: one item per value, each holding an element of the given name. */
    static String set(String setName, String itemName, String... values) {
        StringBuilder xml = new StringBuilder("<").append(setName).append('>');
        for (String value : values) {
            xml.append("<item><").append(itemName).append('>').append(value).append("</").append(itemName)
                    .append("></item>");
        }
        return xml.append("</").append(setName).append('>').toString();
    }

    /** A filterSet of one filter. */
    static String filter(String name, String... values) {
        return "<filterSet><item><name>" + name + "</name>" + set("valueSet", "value", values) + "</item></filterSet>";
    }
}
