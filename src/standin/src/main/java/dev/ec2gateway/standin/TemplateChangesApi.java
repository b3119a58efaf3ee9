package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Templates an account makes from its volumes and snapshots, deletes and shares. */
final class TemplateChangesApi {

    private static final String CMD = "org.apache.cloudstack.api.command.user.template.";

    private TemplateChangesApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("createTemplate", TemplateChangesApi::create),
                Command.user("deleteTemplate", TemplateChangesApi::delete),
                Command.user("updateTemplatePermissions", TemplateChangesApi::updatePermissions),
                Command.user("listTemplatePermissions", TemplateChangesApi::listPermissions));
    }

    private static ObjectNode create(Call call) {
        Params params = call.params();
        Store store = call.store();
        String name = params.required("name");
        String displayText = params.get("displaytext").orElse(name);
        OsType osType = call.existing("ostypeid", store.osTypes());
        Optional<String> snapshotId = params.uuid("snapshotid");
        Volume volume;
        long size;
        if (snapshotId.isPresent()) {
            volume = call.ownedById("snapshotid", snapshotId.get(), store.snapshots()).volume();
            size = 0;
        } else {
            volume = call.owned("volumeid", store.volumes());
            if (volume.vm() != null && volume.vm().state() != VmState.Stopped) {
                throw ApiError.invalidValue("Unable to create a template from volume " + volume.id()
                        + " while its VM is " + volume.vm().state() + "; stop the VM first");
            }
            size = volume.size();
        }
        new ResourceUsage(store, call.account()).check(ResourceType.TEMPLATE, 1);
        Template source = volume.template();
        Template template = new Template(store.newId(), name, displayText, volume.zone(), call.account(), osType,
                params.flag("passwordenabled"), "RAW", size, store.now(), source == null ? null : source.id());
        template.details().put("Message.ReservedCapacityFreed.Flag", "false");
        if (volume.vm() != null) {
            volume.vm().details().forEach((k, v) -> {
                if (!k.equals("deployvm")) {
                    template.details().put(k, v);
                }
            });
        }
        template.setPublic(params.flag("ispublic"));
        template.setReady(false);
        store.templates().put(template.id(), template);
        AsyncJob job = call.jobs().create(call.caller(), CMD + "CreateTemplateCmd", "Template", template.id());
        call.jobs().run(job, List.of(() -> {
            template.setReady(true);
            return AccountsApi.wrap("template", TemplateJson.render(template, template.zone(), store));
        }), () -> { });
        return Jobs.idAndJobId(template.id(), job);
    }

    private static ObjectNode delete(Call call) {
        Template template = call.owned("id", call.store().templates());
        AsyncJob job = call.jobs().create(call.caller(), CMD + "DeleteTemplateCmd", "Template", template.id());
        call.jobs().run(job, List.of(() -> {
            template.remove();
            call.store().tags().removeIf(t -> t.resourceId().equals(template.id()));
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static ObjectNode updatePermissions(Call call) {
        Params params = call.params();
        Template template = call.owned("id", call.store().templates());
        List<Account> accounts = new ArrayList<>();
        for (String name : params.list("accounts")) {
            accounts.add(call.store().accountByName(name).orElseThrow(() -> ApiError.invalidValue(
                    "Unable to grant a launch permission to account " + name + " in domain id=" + Seed.DOMAIN_ID
                            + ", account not found.  No permissions updated, please verify the account names and"
                            + " retry.")));
        }
        switch (params.get("op").orElse("add").toLowerCase()) {
            case "add" -> template.sharedWith().addAll(accounts);
            case "remove" -> accounts.forEach(template.sharedWith()::remove);
            case "reset" -> template.sharedWith().clear();
            default -> throw ApiError.invalidValue("Invalid op " + params.get("op").get());
        }
        params.get("ispublic").ifPresent(v -> template.setPublic(Boolean.parseBoolean(v)));
        return JobEngine.success();
    }

    private static ObjectNode listPermissions(Call call) {
        Template template = call.existing("id", call.store().templates());
        if (!template.usableBy(call.account())) {
            throw ApiError.permissionDenied();
        }
        ObjectNode node = Json.object();
        node.put("id", template.id());
        node.put("ispublic", template.isPublic());
        if (!template.isPublic()) {
            TreeSet<String> names = new TreeSet<>();
            if (template.owner() != null) {
                names.add(template.owner().name());
            }
            template.sharedWith().forEach(a -> names.add(a.name()));
            ArrayNode array = node.putArray("account");
            names.forEach(array::add);
        }
        return AccountsApi.wrap("templatepermission", node);
    }
}
