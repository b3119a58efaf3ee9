package dev.ec2gateway.standin;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** One authenticated API call: who calls, with which parameters, against which state. */
record Call(User caller, Params params, Store store, JobEngine jobs) {

    Account account() {
        return caller.account();
    }

    /**
     * The resource a required id parameter names: unknown or malformed ids are 431, another account's
     * resource is 531.
     */
    <T extends Owned> T owned(String name, Map<String, T> table) {
        String id = params.uuid(name).orElseThrow(() -> ApiError.missingParameter(params.command(), name));
        return ownedById(name, id, table);
    }

    <T extends Owned> T ownedById(String name, String id, Map<String, T> table) {
        T found = table.get(id);
        if (found == null || !exists(found)) {
            throw ApiError.invalidParameter(params.command(), name, id);
        }
        if (found.owner() != account()) {
            throw ApiError.permissionDenied();
        }
        return found;
    }

    /** A catalog entry (zone, offering, ...) named by a required id parameter. */
    <T> T existing(String name, Map<String, T> table) {
        String id = params.uuid(name).orElseThrow(() -> ApiError.missingParameter(params.command(), name));
        return existingById(name, id, table);
    }

    <T> T existingById(String name, String id, Map<String, T> table) {
        T found = table.get(id);
        if (found == null) {
            throw ApiError.invalidParameter(params.command(), name, id);
        }
        return found;
    }

    /**
     * For list filters: the id parameter must name something that exists (else 431), but a resource the
     * caller may not see just filters everything out.
     */
    <T> Optional<Predicate<T>> idFilter(String name, Map<String, T> table, Predicate<T> exists) {
        Optional<String> id = params.uuid(name);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        T found = table.get(id.get());
        if (found == null && store.deletedIds().contains(id.get())) {
            return Optional.of(candidate -> false);
        }
        if (found == null || !exists.test(found)) {
            throw ApiError.invalidParameter(params.command(), name, id.get());
        }
        return Optional.of(candidate -> candidate == found);
    }

    private static boolean exists(Owned resource) {
        if (resource instanceof Vm vm) {
            return vm.state() != VmState.Expunging;
        }
        if (resource instanceof Template template) {
            return !template.removed();
        }
        return true;
    }
}
