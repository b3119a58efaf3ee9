package dev.ec2gateway.standin;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The {@code tags[n].key}/{@code tags[n].value} filter of list commands. */
final class Tags {

    private Tags() {
    }

    static <T extends Owned> Predicate<T> filter(Store store, Params params) {
        List<Map<String, String>> wanted = params.indexed("tags");
        return resource -> wanted.stream().allMatch(w -> store.tagsOf(resource.id()).stream().anyMatch(t ->
                (w.get("key") == null || w.get("key").equals(t.key()))
                        && (w.get("value") == null || w.get("value").equals(t.value()))));
    }
}
