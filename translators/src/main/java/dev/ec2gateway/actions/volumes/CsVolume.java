package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.actions.Tags.CsTag;
import java.util.List;

/**
 * A volume as listVolumes and the volume jobs answer it; {@code size} in bytes; attachment fields and
 * {@code jobid}/{@code jobstatus} (a job running on it) are absent when they do not apply.
 */
record CsVolume(
        String id, String name, String zoneid, String zonename, String type, Integer deviceid,
        String virtualmachineid, Long size, String created, String state, String attached, String account,
        String jobid, Integer jobstatus, List<CsTag> tags) {

    boolean root() {
        return "ROOT".equalsIgnoreCase(type);
    }

    boolean jobRunning() {
        return jobid != null && (jobstatus == null || jobstatus == 0);
    }
}
