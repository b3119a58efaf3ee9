package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Tags in their three shapes: in {@code listTags}, inside resources, inside public IPs. */
final class TagJson {

    private TagJson() {
    }

    static ObjectNode listed(Tag tag) {
        ObjectNode node = inResource(tag);
        node.put("domainpath", "/");
        return node;
    }

    static ObjectNode inResource(Tag tag) {
        ObjectNode node = Json.object();
        node.put("key", tag.key());
        node.put("value", tag.value());
        node.put("resourcetype", tag.resourceType());
        node.put("resourceid", tag.resourceId());
        node.put("account", tag.owner().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        return node;
    }

    static ArrayNode of(Store store, String resourceId) {
        ArrayNode array = Json.array();
        store.tagsOf(resourceId).forEach(t -> array.add(inResource(t)));
        return array;
    }

    static ArrayNode ofPublicIp(Store store, String resourceId) {
        ArrayNode array = Json.array();
        store.tagsOf(resourceId).forEach(t -> array.addObject().put("key", t.key()).put("value", t.value()));
        return array;
    }
}
