package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.Tags.CsTag;
import java.util.List;

/** A template in one zone, as listTemplates, registerTemplate and the createTemplate job answer it. */
record CsTemplate(
        String id, String name, String displaytext, Boolean ispublic, String created, Boolean isready,
        String format, String ostypeid, String ostypename, String account, String zoneid, Long size,
        String templatetype, String hypervisor, String arch, String url, List<CsDownload> downloaddetails,
        List<CsTag> tags) {

    /** Where one copy of the template stands on a storage ({@code downloaddetails}). */
    record CsDownload(String downloadState, String datastore, String downloadPercent) {
    }

    boolean ready() {
        return Boolean.TRUE.equals(isready);
    }

    /** A download CloudStack gave up on: the image will not become usable without registering it again. */
    boolean failed() {
        return !ready() && downloaddetails != null && downloaddetails.stream()
                .anyMatch(d -> "DOWNLOAD_ERROR".equals(d.downloadState()) || "ABANDONED".equals(d.downloadState()));
    }
}
