package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;

/** Accounts, users and their keys: mostly the admin commands a gateway uses to look keys up. */
final class AccountsApi {

    private AccountsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.admin("getUser", AccountsApi::getUser),
                Command.admin("getUserKeys", AccountsApi::getUserKeys),
                Command.admin("registerUserKeys", AccountsApi::registerUserKeys),
                Command.admin("createAccount", AccountsApi::createAccount),
                Command.admin("disableUser", AccountsApi::disableUser),
                Command.admin("enableUser", AccountsApi::enableUser),
                Command.admin("disableAccount", AccountsApi::disableAccount),
                Command.admin("enableAccount", AccountsApi::enableAccount),
                Command.user("listAccounts", AccountsApi::listAccounts),
                Command.user("listUsers", AccountsApi::listUsers));
    }

    private static ObjectNode getUser(Call call) {
        String apiKey = call.params().required("userapikey");
        User user = call.store().userByApiKey(apiKey)
                .orElseThrow(() -> ApiError.invalidValue("User with specified API key does not exist"));
        return wrap("user", AccountJson.user(user, false));
    }

    private static ObjectNode getUserKeys(Call call) {
        User user = call.existing("id", call.store().users());
        ObjectNode keys = Json.object();
        if (user.hasKeys()) {
            keys.put("apikey", user.apiKey());
            keys.put("secretkey", user.secretKey());
        }
        keys.put("apikeyaccess", true);
        return wrap("userkeys", keys);
    }

    private static ObjectNode registerUserKeys(Call call) {
        User user = call.existing("id", call.store().users());
        call.store().registerKeys(user);
        ObjectNode keys = Json.object();
        keys.put("apikey", user.apiKey());
        keys.put("secretkey", user.secretKey());
        return wrap("userkeys", keys);
    }

    private static ObjectNode createAccount(Call call) {
        Params params = call.params();
        String username = params.required("username");
        params.required("email");
        params.required("firstname");
        params.required("lastname");
        params.required("password");
        String name = params.get("account").orElse(username);
        if (call.store().accountByName(name).isPresent()) {
            throw ApiError.invalidValue("The specified account: " + name + " already exists");
        }
        int type = params.number("accounttype").orElse(0L).intValue();
        Account account = call.store().addAccount(call.store().newId(), name, type == 1 ? 1 : 0);
        call.store().addUser(call.store().newId(), account, username, params.required("firstname"),
                params.required("lastname"));
        return wrap("account", AccountJson.account(account, call.store()));
    }

    private static ObjectNode disableUser(Call call) {
        User user = call.existing("id", call.store().users());
        AsyncJob job = call.jobs().create(call.caller(), "org.apache.cloudstack.api.command.admin.user.DisableUserCmd",
                null, null);
        call.jobs().run(job, List.of(() -> {
            user.setEnabled(false);
            return wrap("user", AccountJson.user(user, false));
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static ObjectNode enableUser(Call call) {
        User user = call.existing("id", call.store().users());
        user.setEnabled(true);
        return wrap("user", AccountJson.user(user, false));
    }

    private static ObjectNode disableAccount(Call call) {
        Account account = call.existing("id", call.store().accounts());
        AsyncJob job = call.jobs().create(call.caller(),
                "org.apache.cloudstack.api.command.admin.account.DisableAccountCmd", "Account", account.id());
        call.jobs().run(job, List.of(() -> {
            account.setEnabled(false);
            ObjectNode node = AccountJson.account(account, call.store());
            node.put("jobid", job.id());
            node.put("jobstatus", 0);
            return wrap("account", node);
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static ObjectNode enableAccount(Call call) {
        Account account = call.existing("id", call.store().accounts());
        account.setEnabled(true);
        return wrap("account", AccountJson.account(account, call.store()));
    }

    private static ObjectNode listAccounts(Call call) {
        Params params = call.params();
        Predicate<Account> visible = a -> call.account().isAdmin() || a == call.account();
        Predicate<Account> matches = visible
                .and(a -> params.get("id").map(a.id()::equals).orElse(true))
                .and(a -> params.get("name").map(a.name()::equalsIgnoreCase).orElse(true))
                .and(a -> params.get("state").map(s -> s.equalsIgnoreCase(a.enabled() ? "enabled" : "disabled"))
                        .orElse(true));
        List<Account> found = call.store().accounts().values().stream().filter(matches).toList();
        return Lists.answer(params, "account", found, a -> AccountJson.account(a, call.store()));
    }

    private static ObjectNode listUsers(Call call) {
        Params params = call.params();
        Predicate<User> visible = u -> call.account().isAdmin() || u == call.caller();
        Predicate<User> matches = visible
                .and(u -> params.get("id").map(u.id()::equals).orElse(true))
                .and(u -> params.get("account").map(u.account().name()::equalsIgnoreCase).orElse(true))
                .and(u -> params.get("username").map(u.username()::equalsIgnoreCase).orElse(true))
                .and(u -> params.get("state").map(s -> s.equalsIgnoreCase(u.enabled() ? "enabled" : "disabled"))
                        .orElse(true));
        List<User> found = call.store().users().values().stream().filter(matches).toList();
        return Lists.answer(params, "user", found, u -> AccountJson.user(u, true));
    }

    static ObjectNode wrap(String key, ObjectNode value) {
        ObjectNode node = Json.object();
        node.set(key, value);
        return node;
    }
}
