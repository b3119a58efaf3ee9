package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** CloudStack's list answers: {@code {"count": N, "<item>": [...]}}, paging, and {@code {}} for no match. */
final class Lists {

    private Lists() {
    }

    /** Checks the paging parameters before anything else, as CloudStack does. */
    static Optional<long[]> paging(Params params) {
        Optional<Long> page = params.number("page");
        Optional<Long> pageSize = params.number("pagesize");
        if (page.isPresent() && pageSize.isEmpty()) {
            throw new ApiError(ApiError.PARAM_ERROR, ApiError.CS_GENERIC,
                    "\"pagesize\" parameter is required when \"page\" is specified");
        }
        if (pageSize.isPresent() && page.isEmpty()) {
            throw new ApiError(ApiError.PARAM_ERROR, ApiError.CS_GENERIC,
                    "\"page\" parameter is required when \"pagesize\" is specified");
        }
        return page.map(p -> new long[] {p, pageSize.get()});
    }

    static <T> ObjectNode answer(Params params, String itemKey, List<T> items, Function<T, ObjectNode> render) {
        Optional<long[]> paging = paging(params);
        ObjectNode answer = Json.object();
        if (items.isEmpty()) {
            return answer;
        }
        answer.put("count", items.size());
        List<T> shown = items;
        if (paging.isPresent()) {
            long page = Math.max(1, paging.get()[0]);
            long size = paging.get()[1];
            if (size <= 0) {
                return answer;
            }
            long from = (page - 1) * size;
            if (from >= items.size()) {
                return answer;
            }
            shown = items.subList((int) from, (int) Math.min(items.size(), from + size));
        }
        ArrayNode array = answer.putArray(itemKey);
        shown.forEach(item -> array.add(render.apply(item)));
        return answer;
    }
}
