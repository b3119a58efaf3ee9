package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP answer of the API: status and JSON body. */
record Answer(int status, ObjectNode body) {

    static Answer error(String responseKey, ApiError error, boolean withCsCode) {
        ObjectNode inner = Json.object();
        inner.set("uuidList", error.uuidList());
        inner.put("errorcode", error.errorCode());
        if (withCsCode) {
            inner.put("cserrorcode", error.csErrorCode());
        }
        inner.put("errortext", error.getMessage());
        ObjectNode body = Json.object();
        body.set(responseKey, inner);
        return new Answer(error.errorCode(), body);
    }
}
