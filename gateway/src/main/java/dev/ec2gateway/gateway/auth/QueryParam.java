package dev.ec2gateway.gateway.auth;

import java.util.ArrayList;
import java.util.List;

/** One decoded name=value pair of a query string, in the order it arrived. */
record QueryParam(String name, String value) {

    /** Splits and decodes a raw query string ('+' is a space, as form encoding has it); never fails. */
    static List<QueryParam> parse(String rawQuery) {
        List<QueryParam> params = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            params.add(new QueryParam(Rfc3986.decode(name, true), Rfc3986.decode(value, true)));
        }
        return params;
    }

    /** The first value of a parameter, or null. */
    static String first(List<QueryParam> params, String name) {
        for (QueryParam param : params) {
            if (param.name().equals(name)) {
                return param.value();
            }
        }
        return null;
    }
}
