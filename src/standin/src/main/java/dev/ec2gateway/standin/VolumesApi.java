package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Data volumes: create (by disk offering or from a snapshot), attach, detach, delete, list. */
final class VolumesApi {

    private static final long GB = 1024L * 1024 * 1024;
    private static final String CMD = "org.apache.cloudstack.api.command.user.volume.";
    private static final String NOT_ATTACHABLE = "Please specify a volume that is not attached to any VM.";

    private VolumesApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("createVolume", VolumesApi::create),
                Command.user("attachVolume", VolumesApi::attach),
                Command.user("detachVolume", VolumesApi::detach),
                Command.user("deleteVolume", VolumesApi::delete),
                Command.user("listVolumes", VolumesApi::list));
    }

    private static ObjectNode create(Call call) {
        Params params = call.params();
        Store store = call.store();
        Optional<String> snapshotId = params.uuid("snapshotid");
        Snapshot snapshot = snapshotId.map(id -> call.ownedById("snapshotid", id, store.snapshots())).orElse(null);
        DiskOffering offering = null;
        long size;
        if (snapshot == null) {
            offering = call.existing("diskofferingid", store.diskOfferings());
            Optional<String> sizeText = params.get("size");
            long gb;
            try {
                gb = sizeText.map(Long::parseLong).orElse(0L);
            } catch (NumberFormatException e) {
                throw new ApiError(ApiError.PARAM_ERROR, ApiError.CS_GENERIC, "Unable to execute API command "
                        + params.command() + " due to invalid value " + sizeText.get() + " for parameter size");
            }
            if (offering.customized() && gb <= 0) {
                throw ApiError.invalidValue("This disk offering requires a custom size specified");
            }
            size = (offering.customized() ? gb : offering.diskSizeGb()) * GB;
        } else {
            offering = snapshot.volume().diskOffering();
            size = snapshot.volume().size();
        }
        Zone zone = params.uuid("zoneid").map(id -> call.existingById("zoneid", id, store.zones()))
                .orElse(snapshot == null ? null : snapshot.zone());
        if (zone == null) {
            throw ApiError.missingParameter(params.command(), "zoneid");
        }
        new ResourceUsage(store, call.account()).check(ResourceType.VOLUME, 1);
        String id = store.newId();
        Volume volume = new Volume(id, params.get("name").orElse("DATA-" + store.nextInternalId()), call.account(),
                zone, false, size, offering, null, null, store.now(), "Allocated");
        store.volumes().put(id, volume);
        AsyncJob job = call.jobs().create(call.caller(), CMD + "CreateVolumeCmd", "Volume", id);
        volume.setJobId(job.id());
        call.jobs().run(job, List.of(() -> result(volume, store)), () -> volume.setJobId(null));
        return Jobs.idAndJobId(id, job);
    }

    private static ObjectNode attach(Call call) {
        Volume volume = call.owned("id", call.store().volumes());
        Vm vm = call.owned("virtualmachineid", call.store().vms());
        Optional<Long> deviceId = call.params().number("deviceid");
        AsyncJob job = call.jobs().create(call.caller(), CMD + "AttachVolumeCmd", "Volume", volume.id());
        volume.setJobId(job.id());
        call.jobs().run(job, List.of(() -> {
            if (volume.root() || volume.vm() != null) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, NOT_ATTACHABLE);
            }
            volume.attach(vm, deviceId.map(Long::intValue).orElseGet(() -> nextDevice(call.store(), vm)),
                    call.store().now());
            volume.setState("Ready");
            return result(volume, call.store());
        }), () -> volume.setJobId(null));
        return Jobs.jobId(job);
    }

    private static int nextDevice(Store store, Vm vm) {
        int device = 1;
        while (device == 3 || usedDevice(store, vm, device)) {
            device++;
        }
        return device;
    }

    private static boolean usedDevice(Store store, Vm vm, int device) {
        return store.volumes().values().stream()
                .anyMatch(v -> v.vm() == vm && v.deviceId() != null && v.deviceId() == device);
    }

    private static ObjectNode detach(Call call) {
        Volume volume = call.owned("id", call.store().volumes());
        AsyncJob job = call.jobs().create(call.caller(), CMD + "DetachVolumeCmd", "Volume", volume.id());
        volume.setJobId(job.id());
        call.jobs().run(job, List.of(() -> {
            if (volume.root()) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, "Please specify a data volume.");
            }
            if (volume.vm() == null) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, "Please specify a volume that is attached to a VM.");
            }
            volume.detach();
            return result(volume, call.store());
        }), () -> volume.setJobId(null));
        return Jobs.jobId(job);
    }

    private static ObjectNode delete(Call call) {
        Volume volume = call.owned("id", call.store().volumes());
        if (volume.vm() != null) {
            throw ApiError.invalidValue(NOT_ATTACHABLE);
        }
        call.store().volumes().remove(volume.id());
        call.store().deletedIds().add(volume.id());
        call.store().tags().removeIf(t -> t.resourceId().equals(volume.id()));
        return JobEngine.success();
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        Lists.paging(params);
        Predicate<Volume> matches = v -> v.owner() == call.account();
        Optional<Predicate<Volume>> byId = call.idFilter("id", call.store().volumes(), v -> true);
        if (byId.isPresent()) {
            matches = matches.and(byId.get());
        }
        matches = matches
                .and(v -> params.get("virtualmachineid").map(id -> v.vm() != null && v.vm().id().equals(id))
                        .orElse(true))
                .and(v -> params.get("type").map(v.type()::equalsIgnoreCase).orElse(true))
                .and(v -> params.get("zoneid").map(v.zone().id()::equals).orElse(true))
                .and(v -> params.get("name").map(v.name()::equals).orElse(true))
                .and(Tags.filter(call.store(), params));
        List<Volume> found = call.store().volumes().values().stream().filter(matches).toList();
        return Lists.answer(params, "volume", found, v -> VolumeJson.render(v, call.store()));
    }

    private static ObjectNode result(Volume volume, Store store) {
        return AccountsApi.wrap("volume", VolumeJson.render(volume, store));
    }
}
