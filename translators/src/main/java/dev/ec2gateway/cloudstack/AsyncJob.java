package dev.ec2gateway.cloudstack;

/**
 * CloudStack's immediate answer to an async command: the job id and, for create-style commands, the
 * id of the object being made (null otherwise).
 */
public record AsyncJob(String command, String jobId, String objectId) {
}
