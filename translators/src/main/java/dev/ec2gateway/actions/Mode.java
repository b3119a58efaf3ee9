package dev.ec2gateway.actions;

/** How an action relates to CloudStack's async jobs, as the coverage page shows it. */
public enum Mode {
    /** Answers from synchronous CloudStack calls. */
    SYNC,
    /** Answers as soon as CloudStack has accepted the job; later Describe calls show it moving on. */
    ACCEPTED,
    /** Waits, bounded, for the job because EC2's answer needs its result. */
    AWAITED
}
