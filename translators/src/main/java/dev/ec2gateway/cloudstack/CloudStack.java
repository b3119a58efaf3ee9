package dev.ec2gateway.cloudstack;

import java.util.List;

/**
 * CloudStack's API as one user sees it: every call is signed with that user's keys. Answers are read
 * into records (unknown fields ignored). Errors surface as {@link CloudStackException} or
 * {@link CloudStackUnavailableException}.
 */
public interface CloudStack {
    /** Runs a synchronous command and reads the object under {@code key} of its answer. */
    <T> T get(Command command, String key, Class<T> type);

    /** Runs a synchronous command and reads its whole answer (the object inside {@code <command>response}). */
    <T> T read(Command command, Class<T> type);

    /** Runs a list command, walking every page; CloudStack's {@code {}} for no match gives an empty list. */
    <T> List<T> list(Command command, String itemKey, Class<T> type);

    /** Runs a list command for the one page it names ({@code page}, {@code pagesize}): its items and the count. */
    <T> ListPage<T> page(Command command, String itemKey, Class<T> type);

    /** Submits an async command and returns as soon as CloudStack has accepted the job. */
    AsyncJob submit(Command command);

    /**
     * Waits, bounded, for a job to finish and reads the object under {@code resultKey} of its result
     * (null key: the whole result). A failed job throws {@link CloudStackException} with fromJob set.
     */
    <T> T await(AsyncJob job, String resultKey, Class<T> type);
}
