package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Accounts and users as CloudStack renders them. */
final class AccountJson {

    private AccountJson() {
    }

    /** A user; {@code apikeyaccess} only in {@code listUsers}. */
    static ObjectNode user(User user, boolean withApiKeyAccess) {
        Account account = user.account();
        ObjectNode node = Json.object();
        node.put("id", user.id());
        node.put("username", user.username());
        node.put("firstname", user.firstname());
        node.put("lastname", user.lastname());
        node.put("email", user.email());
        node.put("created", Json.date(user.created()));
        node.put("state", user.enabled() ? "enabled" : "disabled");
        node.put("account", account.name());
        node.put("accounttype", account.type());
        node.put("usersource", "native");
        node.put("roleid", account.roleId());
        node.put("roletype", account.roleType());
        node.put("rolename", account.roleName());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        if (user.hasKeys()) {
            node.put("apikey", user.apiKey());
        }
        node.put("accountid", account.id());
        node.put("iscallerchilddomain", false);
        node.put("isdefault", account.isAdmin());
        node.put("is2faenabled", false);
        node.put("is2famandated", false);
        if (withApiKeyAccess) {
            node.put("apikeyaccess", "INHERIT");
        }
        return node;
    }

    static ObjectNode account(Account account, Store store) {
        ObjectNode node = Json.object();
        node.put("id", account.id());
        node.put("name", account.name());
        node.put("accounttype", account.type());
        node.put("roleid", account.roleId());
        node.put("roletype", account.roleType());
        node.put("rolename", account.roleName());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "ROOT");
        ResourceUsage usage = new ResourceUsage(store, account);
        limit(node, account, usage, "vm", ResourceType.USER_VM);
        limit(node, account, usage, "ip", ResourceType.PUBLIC_IP);
        limit(node, account, usage, "volume", ResourceType.VOLUME);
        limit(node, account, usage, "snapshot", ResourceType.SNAPSHOT);
        limit(node, account, usage, "template", ResourceType.TEMPLATE);
        node.put("vmstopped", usage.vmsIn(VmState.Stopped));
        node.put("vmrunning", usage.vmsIn(VmState.Running));
        limit(node, account, usage, "project", ResourceType.PROJECT);
        limit(node, account, usage, "network", ResourceType.NETWORK);
        limit(node, account, usage, "vpc", ResourceType.VPC);
        limit(node, account, usage, "cpu", ResourceType.CPU);
        limit(node, account, usage, "memory", ResourceType.MEMORY);
        limit(node, account, usage, "primarystorage", ResourceType.PRIMARY_STORAGE);
        node.put("secondarystoragelimit", String.valueOf(account.limit(ResourceType.SECONDARY_STORAGE)));
        node.put("secondarystoragetotal", 0.0);
        node.put("secondarystorageavailable", account.limit(ResourceType.SECONDARY_STORAGE) + ".0");
        node.put("state", account.enabled() ? "enabled" : "disabled");
        node.put("created", Json.date(account.created()));
        ArrayNode users = node.putArray("user");
        account.users().forEach(u -> users.add(user(u, false)));
        node.put("isdefault", account.isAdmin());
        node.putArray("groups");
        node.put("apikeyaccess", "INHERIT");
        return node;
    }

    private static void limit(ObjectNode node, Account account, ResourceUsage usage, String prefix,
                              ResourceType type) {
        long max = account.limit(type);
        long used = usage.count(type);
        node.put(prefix + "limit", String.valueOf(max));
        node.put(prefix + "total", used);
        node.put(prefix + "available", String.valueOf(Math.max(0, max - used)));
    }
}
