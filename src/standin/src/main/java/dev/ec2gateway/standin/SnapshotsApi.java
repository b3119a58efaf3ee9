package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Volume snapshots, which the simulator backs up at once. */
final class SnapshotsApi {

    private static final String CMD = "org.apache.cloudstack.api.command.user.snapshot.";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private SnapshotsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("createSnapshot", SnapshotsApi::create),
                Command.user("listSnapshots", SnapshotsApi::list),
                Command.user("deleteSnapshot", SnapshotsApi::delete));
    }

    private static ObjectNode create(Call call) {
        Store store = call.store();
        Volume volume = call.owned("volumeid", store.volumes());
        new ResourceUsage(store, call.account()).check(ResourceType.SNAPSHOT, 1);
        String prefix = volume.vm() == null ? "" : volume.vm().name() + "_";
        Snapshot snapshot = new Snapshot(store.newId(), prefix + volume.name() + "_" + STAMP.format(store.now()),
                call.account(), volume, volume.zone(), store.now());
        AsyncJob job = call.jobs().create(call.caller(), CMD + "CreateSnapshotCmd", "Snapshot", snapshot.id());
        call.jobs().run(job, List.of(() -> {
            store.snapshots().put(snapshot.id(), snapshot);
            return AccountsApi.wrap("snapshot", VolumeJson.snapshot(snapshot, store, true));
        }), () -> { });
        return Jobs.idAndJobId(snapshot.id(), job);
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        Lists.paging(params);
        Predicate<Snapshot> matches = s -> s.owner() == call.account();
        Optional<Predicate<Snapshot>> byId = call.idFilter("id", call.store().snapshots(), s -> true);
        if (byId.isPresent()) {
            matches = matches.and(byId.get());
        }
        matches = matches
                .and(s -> params.get("volumeid").map(s.volume().id()::equals).orElse(true))
                .and(s -> params.get("zoneid").map(s.zone().id()::equals).orElse(true))
                .and(s -> params.get("name").map(s.name()::equals).orElse(true))
                .and(Tags.filter(call.store(), params));
        List<Snapshot> found = call.store().snapshots().values().stream().filter(matches).toList();
        return Lists.answer(params, "snapshot", found, s -> VolumeJson.snapshot(s, call.store(), false));
    }

    private static ObjectNode delete(Call call) {
        Snapshot snapshot = call.owned("id", call.store().snapshots());
        AsyncJob job = call.jobs().create(call.caller(), CMD + "DeleteSnapshotCmd", "Snapshot", snapshot.id());
        call.jobs().run(job, List.of(() -> {
            call.store().snapshots().remove(snapshot.id());
            call.store().deletedIds().add(snapshot.id());
            call.store().tags().removeIf(t -> t.resourceId().equals(snapshot.id()));
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }
}
