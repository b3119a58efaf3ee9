package dev.ec2gateway.actions.instances;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateway remembers of instances beyond what CloudStack shows: which RunInstances launched
 * them (their reservation) and which it was asked to terminate, with their last view, because
 * CloudStack hides destroyed VMs from their owners while EC2 clients expect terminated instances to
 * stay listed for a while. Kept per caller (EC2 access key).
 */
public interface InstanceHistory {
    /** Records that one RunInstances launched these instances, in launch-index order. */
    void launched(String accessKey, String reservationId, String clientToken, List<String> instanceIds, Instant at);

    /** The launch of each of these instances that one was recorded for. */
    Map<String, Launch> launchesOf(String accessKey, Collection<String> instanceIds);

    /** Records that the gateway submitted the destroy of this instance (its view as it was then). */
    void terminating(String accessKey, Terminated instance);

    /** The instances the caller had terminated at or after {@code since}. */
    List<Terminated> terminatedSince(String accessKey, Instant since);

    /** How an instance came to be. */
    record Launch(String reservationId, int launchIndex, String clientToken) {
    }

    /** An instance the gateway destroyed, as it last saw it. */
    record Terminated(String cloudStackUuid, String ownerId, Instance lastView, Instant terminatedAt) {
    }

    /** A history in memory only (tests, and the demo). */
    static InstanceHistory inMemory() {
        Map<String, Launch> launches = new ConcurrentHashMap<>();
        Map<String, Terminated> terminated = new ConcurrentHashMap<>();
        return new InstanceHistory() {
            @Override
            public void launched(String accessKey, String reservationId, String clientToken,
                                 List<String> instanceIds, Instant at) {
                for (int i = 0; i < instanceIds.size(); i++) {
                    launches.put(accessKey + "/" + instanceIds.get(i), new Launch(reservationId, i, clientToken));
                }
            }

            @Override
            public Map<String, Launch> launchesOf(String accessKey, Collection<String> instanceIds) {
                Map<String, Launch> found = new HashMap<>();
                for (String id : instanceIds) {
                    Launch launch = launches.get(accessKey + "/" + id);
                    if (launch != null) {
                        found.put(id, launch);
                    }
                }
                return found;
            }

            @Override
            public void terminating(String accessKey, Terminated instance) {
                terminated.put(accessKey + "/" + instance.lastView().instanceId(), instance);
            }

            @Override
            public List<Terminated> terminatedSince(String accessKey, Instant since) {
                return terminated.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(accessKey + "/"))
                        .map(Map.Entry::getValue)
                        .filter(t -> !t.terminatedAt().isBefore(since))
                        .toList();
            }
        };
    }
}
