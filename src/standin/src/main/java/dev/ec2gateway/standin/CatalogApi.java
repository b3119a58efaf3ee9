package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Compute and disk offerings, OS types and the capabilities of the cloud. */
final class CatalogApi {

    private CatalogApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("listServiceOfferings", CatalogApi::listServiceOfferings),
                Command.user("listDiskOfferings", CatalogApi::listDiskOfferings),
                Command.user("listOsTypes", CatalogApi::listOsTypes),
                Command.user("listCapabilities", CatalogApi::listCapabilities));
    }

    private static ObjectNode listServiceOfferings(Call call) {
        Params params = call.params();
        List<ServiceOffering> found = call.store().serviceOfferings().values().stream()
                .filter(o -> params.get("id").map(o.id()::equals).orElse(true))
                .filter(o -> params.get("name").map(o.name()::equals).orElse(true))
                .toList();
        return Lists.answer(params, "serviceoffering", found, CatalogApi::serviceOffering);
    }

    static ObjectNode serviceOffering(ServiceOffering offering) {
        ObjectNode node = Json.object();
        node.put("id", offering.id());
        node.put("name", offering.name());
        node.put("state", "Active");
        node.put("displaytext", offering.name());
        node.put("cpunumber", offering.cpuNumber());
        node.put("cpuspeed", offering.cpuSpeed());
        node.put("memory", offering.memory());
        node.put("created", Json.date(offering.created()));
        node.put("storagetype", "shared");
        node.put("provisioningtype", "thin");
        node.put("offerha", false);
        node.put("limitcpuuse", false);
        node.put("isvolatile", false);
        node.put("issystem", false);
        node.put("defaultuse", false);
        node.put("iscustomized", false);
        node.put("rootdisksize", 0);
        node.put("dynamicscalingenabled", true);
        node.put("diskofferingstrictness", false);
        node.put("encryptroot", false);
        node.put("hasannotations", false);
        return node;
    }

    private static ObjectNode listDiskOfferings(Call call) {
        Params params = call.params();
        List<DiskOffering> found = call.store().diskOfferings().values().stream()
                .filter(o -> params.get("id").map(o.id()::equals).orElse(true))
                .filter(o -> params.get("name").map(o.name()::equals).orElse(true))
                .toList();
        return Lists.answer(params, "diskoffering", found, CatalogApi::diskOffering);
    }

    static ObjectNode diskOffering(DiskOffering offering) {
        ObjectNode node = Json.object();
        node.put("id", offering.id());
        node.put("name", offering.name());
        node.put("state", "Active");
        node.put("displaytext", offering.displayText());
        node.put("disksize", offering.diskSizeGb());
        node.put("created", Json.date(offering.created()));
        node.put("iscustomized", offering.customized());
        node.put("storagetype", "shared");
        node.put("provisioningtype", "thin");
        node.put("displayoffering", true);
        node.put("disksizestrictness", false);
        node.put("encrypt", false);
        node.put("hasannotations", false);
        return node;
    }

    private static ObjectNode listOsTypes(Call call) {
        Params params = call.params();
        List<OsType> found = call.store().osTypes().values().stream()
                .filter(o -> params.get("id").map(o.id()::equals).orElse(true))
                .filter(o -> params.get("description").map(o.description()::equals).orElse(true))
                .filter(o -> params.get("oscategoryid").map(o.categoryId()::equals).orElse(true))
                .toList();
        return Lists.answer(params, "ostype", found, CatalogApi::osType);
    }

    private static ObjectNode osType(OsType type) {
        ObjectNode node = Json.object();
        node.put("id", type.id());
        node.put("oscategoryid", type.categoryId());
        node.put("oscategoryname", type.categoryName());
        node.put("name", type.description());
        node.put("description", type.description());
        node.put("isuserdefined", false);
        node.put("fordisplay", true);
        return node;
    }

    private static ObjectNode listCapabilities(Call call) {
        ObjectNode node = Json.object();
        node.put("securitygroupsenabled", true);
        node.put("dynamicrolesenabled", true);
        node.put("cloudstackversion", "4.20.2.0");
        node.put("userpublictemplateenabled", true);
        node.put("supportELB", "false");
        node.put("projectinviterequired", false);
        node.put("allowusercreateprojects", true);
        node.put("customdiskofferingminsize", 1);
        node.put("customdiskofferingmaxsize", 1024);
        node.put("regionsecondaryenabled", false);
        node.put("kvmsnapshotenabled", false);
        node.put("allowuserviewdestroyedvm", false);
        node.put("allowuserexpungerecovervm", false);
        node.put("allowuserexpungerecovervolume", true);
        node.put("allowuserviewalldomainaccounts", false);
        node.put("allowuserforcestopvm", true);
        node.put("kubernetesserviceenabled", true);
        node.put("kubernetesclusterexperimentalfeaturesenabled", false);
        node.put("customhypervisordisplayname", "Custom");
        node.put("defaultuipagesize", 20);
        node.put("instancesstatsretentiontime", 720);
        node.put("instancesstatsuseronly", false);
        node.put("instancesdisksstatsretentionenabled", false);
        node.put("instancesdisksstatsretentiontime", 720);
        node.put("sharedfsvmmincpucount", 2);
        node.put("sharedfsvmminramsize", 1024);
        node.put("dynamicscalingenabled", false);
        node.put("additionalconfigenabled", false);
        return AccountsApi.wrap("capability", node);
    }
}
