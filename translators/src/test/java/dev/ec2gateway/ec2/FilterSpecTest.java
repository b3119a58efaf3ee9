package dev.ec2gateway.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterSpecTest {
    record Item(String name, String state, List<Tag> tags) {
    }

    private static final FilterSpec<Item> SPEC = FilterSpec.<Item>builder()
            .field("name", Item::name).field("state", Item::state).tags(Item::tags).build();
    private static final List<Item> ITEMS = List.of(
            new Item("web-1", "running", List.of(new Tag("Name", "web"), new Tag("env", "prod"))),
            new Item("web-2", "stopped", List.of(new Tag("Name", "web"))),
            new Item("db-1", "running", List.of(new Tag("env", "test"))));

    private static List<String> names(Filter... filters) {
        return ITEMS.stream().filter(SPEC.predicate(List.of(filters))).map(Item::name).toList();
    }

    @Test
    void valuesOfOneFilterAreAlternativesAndFiltersMustAllMatch() {
        assertEquals(List.of("web-1", "web-2", "db-1"), names(new Filter("state", List.of("running", "stopped"))));
        assertEquals(List.of("web-1"), names(new Filter("state", List.of("running")), new Filter("name", List.of("web*"))));
    }

    @Test
    void wildcardsMatchAnyRunAndOneCharacterAndCanBeEscaped() {
        assertEquals(List.of("web-1", "web-2"), names(new Filter("name", List.of("web-?"))));
        assertEquals(List.of("db-1"), names(new Filter("name", List.of("*b-*"))).stream().filter(n -> n.startsWith("d")).toList());
        assertEquals(List.of(), names(new Filter("name", List.of("web\\*"))));
    }

    @Test
    void tagFiltersMatchByKeyByValueAndByKeyAndValue() {
        assertEquals(List.of("web-1", "web-2"), names(new Filter("tag:Name", List.of("web"))));
        assertEquals(List.of("web-1", "db-1"), names(new Filter("tag-key", List.of("env"))));
        assertEquals(List.of("db-1"), names(new Filter("tag-value", List.of("te*"))));
    }

    @Test
    void anUnknownFilterIsInvalidParameterValue() {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> names(new Filter("colour", List.of("red"))));
        assertEquals("InvalidParameterValue", e.code());
    }
}
