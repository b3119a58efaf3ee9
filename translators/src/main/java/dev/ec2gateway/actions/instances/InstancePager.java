package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.cloudstack.ListPage;
import dev.ec2gateway.ec2.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * DescribeInstances with MaxResults where CloudStack applies every filter: each page asks CloudStack for
 * its own VMs only (page and pagesize), so a walk costs one listing in all instead of one per page. The
 * ROOT volumes are listed once per walk, beside its first page, and kept for the later ones
 * ({@link RootVolumeSnapshots}). After CloudStack's last VM come the terminated instances only the
 * gateway remembers.
 */
final class InstancePager {
    private static final int MAX_SINGLE_LOOKUPS = 5;

    private final InstanceLister lister;
    private final RootVolumeSnapshots snapshots;
    private final int pageSize;

    InstancePager(InstanceLister lister, RootVolumeSnapshots snapshots, int pageSize) {
        this.lister = lister;
        this.snapshots = snapshots;
        this.pageSize = pageSize;
    }

    private record Slice(List<CsVirtualMachine> vms, boolean more) {
    }

    /** At most {@code maxResults} instances from where {@code nextToken} stands, and the token of the rest. */
    Page<Listed> page(CallContext context, List<Filter> filters, int maxResults, String nextToken) {
        WalkToken at = WalkToken.of(nextToken);
        CloudStack cloudStack = context.cloudStack();
        Map<String, InstanceHistory.Terminated> terminated = lister.terminated(context);
        List<Listed> items = new ArrayList<>();
        if (!at.remembered()) {
            Optional<Command> listing = InstanceLister.vmListing(cloudStack, filters);
            if (listing.isPresent()) {
                RootVolumeSnapshots.Kept kept = snapshots.get(context.accessKey(), at.walk());
                CompletableFuture<Parallel.Outcome<Map<String, CsVolume>>> listed = kept != null ? null
                        : Parallel.start(() -> RootVolumes.all(cloudStack));
                Slice slice = slice(cloudStack, listing.get(), at.offset(), maxResults);
                if (kept == null) {
                    // Listed beside this page's VMs: a VM without a ROOT volume here has none.
                    Map<String, CsVolume> roots = listed.join().get();
                    kept = new RootVolumeSnapshots.Kept(roots, slice.vms().stream().map(CsVirtualMachine::id)
                            .filter(id -> !roots.containsKey(id)).collect(Collectors.toSet()));
                    snapshots.put(context.accessKey(), at.walk(), kept);
                } else {
                    kept = withNewVms(context, at.walk(), kept, slice.vms());
                }
                items.addAll(lister.view(context, slice.vms(), kept.roots(), terminated));
                if (slice.more()) {
                    return new Page<>(items, at.inCloudStack(at.offset() + slice.vms().size()).encode());
                }
            }
            at = at.inRemembered(0);
        }
        List<Listed> remembered = lister.rememberedOnly(context, terminated, filters);
        int from = Math.min(at.offset(), remembered.size());
        int end = Math.min(remembered.size(), from + maxResults - items.size());
        items.addAll(remembered.subList(from, end));
        return new Page<>(items, end < remembered.size() ? at.inRemembered(end).encode() : null);
    }

    /** CloudStack's VMs from {@code offset} on, at most {@code max}, in pages of the client's size. */
    private Slice slice(CloudStack cloudStack, Command listing, int offset, int max) {
        List<CsVirtualMachine> taken = new ArrayList<>();
        int page = offset / pageSize + 1;
        int skip = offset % pageSize;
        while (true) {
            ListPage<CsVirtualMachine> answer = cloudStack.page(listing.with("page", page).with("pagesize", pageSize),
                    "virtualmachine", CsVirtualMachine.class);
            List<CsVirtualMachine> vms = answer.items();
            int start = Math.min(skip, vms.size());
            int end = Math.min(vms.size(), start + max - taken.size());
            taken.addAll(vms.subList(start, end));
            // A page past the end is {"count": N} without VMs; without a count, the first page is all.
            long after = (long) (page - 1) * pageSize + end;
            boolean more = !vms.isEmpty() && answer.count() >= 0 && after < answer.count();
            if (!more || taken.size() == max) {
                return new Slice(taken, more);
            }
            page++;
            skip = 0;
        }
    }

    /** The kept ROOT volumes, with those of VMs made since they were listed looked up (once per walk). */
    private RootVolumeSnapshots.Kept withNewVms(CallContext context, String walk, RootVolumeSnapshots.Kept kept,
                                                List<CsVirtualMachine> vms) {
        List<CsVirtualMachine> missing = vms.stream()
                .filter(vm -> !kept.roots().containsKey(vm.id()) && !kept.without().contains(vm.id())).toList();
        if (missing.isEmpty()) {
            return kept;
        }
        Map<String, CsVolume> roots = new HashMap<>(kept.roots());
        if (missing.size() > MAX_SINGLE_LOOKUPS) {
            roots.putAll(RootVolumes.all(context.cloudStack()));
        } else {
            Parallel.all(missing, vm -> RootVolumes.of(context.cloudStack(), List.of(vm))).forEach(roots::putAll);
        }
        Set<String> without = new HashSet<>(kept.without());
        missing.stream().map(CsVirtualMachine::id).filter(id -> !roots.containsKey(id)).forEach(without::add);
        RootVolumeSnapshots.Kept more = new RootVolumeSnapshots.Kept(roots, without);
        snapshots.put(context.accessKey(), walk, more);
        return more;
    }
}
