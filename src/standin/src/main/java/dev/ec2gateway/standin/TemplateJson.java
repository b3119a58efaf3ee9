package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A template in one zone, as {@code listTemplates} shows it. */
final class TemplateJson {

    private TemplateJson() {
    }

    static ObjectNode render(Template template, Zone zone, Store store) {
        boolean builtIn = template.builtIn();
        ObjectNode node = Json.object();
        node.put("id", template.id());
        node.put("name", template.name());
        node.put("displaytext", template.displayText());
        node.put("ispublic", template.isPublic());
        node.put("created", Json.date(template.created()));
        node.put("isready", template.ready());
        node.put("passwordenabled", template.passwordEnabled());
        node.put("format", template.format());
        node.put("isfeatured", template.featured());
        node.put("crossZones", builtIn);
        node.put("ostypeid", template.osType().id());
        node.put("ostypename", template.osType().description());
        node.put("account", builtIn ? "system" : template.owner().name());
        node.put("zoneid", zone.id());
        node.put("zonename", zone.name());
        if (!builtIn) {
            node.put("status", template.ready() ? "Download Complete" : "Downloading");
        }
        if (template.size() > 0) {
            node.put("size", template.size());
        }
        if (builtIn || template.url() != null) {
            node.put("physicalsize", template.size());
        }
        node.put("templatetype", builtIn ? "BUILTIN" : "USER");
        node.put("hypervisor", "Simulator");
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("isextractable", false);
        if (builtIn) {
            node.put("checksum", "");
        }
        if (template.sourceTemplateId() != null) {
            node.put("sourcetemplateid", template.sourceTemplateId());
        }
        node.set("details", Json.stringMap(template.details()));
        ArrayNode downloads = node.putArray("downloaddetails");
        int storeIndex = zone.basic() ? 0 : 1;
        download(downloads, "SS" + storeIndex, template.ready());
        if (builtIn) {
            download(downloads, "PS" + storeIndex, true);
        }
        node.put("arch", "x86_64");
        node.put("bits", 0);
        node.put("sshkeyenabled", false);
        node.put("isdynamicallyscalable", false);
        node.put("directdownload", false);
        node.put("deployasis", false);
        node.put("requireshvm", !builtIn);
        if (template.url() != null) {
            node.put("url", template.url());
        }
        node.set("tags", TagJson.of(store, template.id()));
        node.put("hasannotations", false);
        return node;
    }

    private static void download(ArrayNode downloads, String datastore, boolean done) {
        downloads.addObject()
                .put("downloadState", done ? "DOWNLOADED" : "DOWNLOAD_IN_PROGRESS")
                .put("datastore", datastore)
                .put("downloadPercent", done ? "100" : "0");
    }
}
