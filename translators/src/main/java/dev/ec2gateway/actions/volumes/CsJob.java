package dev.ec2gateway.actions.volumes;

/** A running job as listAsyncJobs answers it: {@code cmd} is CloudStack's Java class of the command. */
record CsJob(String jobid, String cmd, String jobinstanceid) {
}
