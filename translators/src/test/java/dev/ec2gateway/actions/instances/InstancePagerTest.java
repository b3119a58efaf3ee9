package dev.ec2gateway.actions.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstancePagerTest {
    private static final String ACCESS_KEY = "AKIAEXAMPLE";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final ListingCloudStack cloudStack = new ListingCloudStack();
    private final InstanceHistory history = InstanceHistory.inMemory();
    private final CallContext context = new CallContext("req-1", ACCESS_KEY, "cs-key", cloudStack);
    private final InstancePager pager = new InstancePager(
            new InstanceLister(history, Duration.ofMinutes(60), CLOCK, InstanceTypeMappings.none()),
            new RootVolumeSnapshots(CLOCK), 3);

    private void vms(int count) {
        for (int i = 0; i < count; i++) {
            cloudStack.vms.add(ListingCloudStack.vm("vm-" + i));
        }
    }

    private static List<String> uuids(Page<Listed> page) {
        return page.items().stream().map(Listed::uuid).toList();
    }

    private List<String> pagesAsked() {
        return cloudStack.calls("listVirtualMachines").stream()
                .map(c -> c.params().get("page") + "/" + c.params().get("pagesize")).toList();
    }

    @Test
    void eachPageAsksCloudStackOnlyForItsOwnVmsAndTheVolumesAreListedOncePerWalk() {
        vms(8);

        Page<Listed> first = pager.page(context, List.of(), 5, null);
        assertEquals(List.of("vm-0", "vm-1", "vm-2", "vm-3", "vm-4"), uuids(first));
        assertEquals(List.of("1/3", "2/3"), pagesAsked());
        Page<Listed> second = pager.page(context, List.of(), 5, first.nextToken());

        assertEquals(List.of("vm-5", "vm-6", "vm-7"), uuids(second));
        assertNull(second.nextToken());
        assertEquals(List.of("1/3", "2/3", "2/3", "3/3"), pagesAsked());
        assertEquals(1, cloudStack.calls("listVolumes").size());
        assertEquals(Ec2Ids.of(Kind.VOLUME, ListingCloudStack.rootOf("vm-6")),
                second.items().get(1).instance().blockDeviceMapping().get(0).ebs().volumeId());
    }

    @Test
    void aPageOfAWalkWhoseVolumesAreNotKeptListsThemAgain() {
        vms(4);
        String elsewhere = WalkToken.start().inCloudStack(2).encode();

        Page<Listed> page = pager.page(context, List.of(), 5, elsewhere);

        assertEquals(List.of("vm-2", "vm-3"), uuids(page));
        assertEquals(1, cloudStack.calls("listVolumes").size());
        assertEquals(Ec2Ids.of(Kind.VOLUME, ListingCloudStack.rootOf("vm-3")),
                page.items().get(1).instance().blockDeviceMapping().get(0).ebs().volumeId());
    }

    @Test
    void aVmMadeDuringTheWalkGetsItsOwnVolumeLookedUp() {
        vms(6);
        Page<Listed> first = pager.page(context, List.of(), 5, null);
        cloudStack.vms.add(ListingCloudStack.vm("vm-new"));

        Page<Listed> second = pager.page(context, List.of(), 5, first.nextToken());

        assertEquals(List.of("vm-5", "vm-new"), uuids(second));
        assertEquals(List.of("vm-new"), cloudStack.calls("listVolumes").stream()
                .map(c -> c.params().get("virtualmachineid")).filter(id -> id != null).toList());
        assertEquals(Ec2Ids.of(Kind.VOLUME, ListingCloudStack.rootOf("vm-5")),
                second.items().get(0).instance().blockDeviceMapping().get(0).ebs().volumeId());
        assertEquals(Ec2Ids.of(Kind.VOLUME, ListingCloudStack.rootOf("vm-new")),
                second.items().get(1).instance().blockDeviceMapping().get(0).ebs().volumeId());
    }

    @Test
    void theTerminatedInstancesOnlyTheGatewayRemembersComeAfterCloudStacksLastVm() {
        vms(4);
        for (String gone : List.of("gone-1", "gone-2")) {
            Instance view = InstanceView.of(ListingCloudStack.vm(gone), null, null, true,
                    InstanceTypes.of(InstanceTypeMappings.none()));
            history.terminating(ACCESS_KEY, new InstanceHistory.Terminated(gone, "ec2user", view,
                    CLOCK.instant().minusSeconds(gone.equals("gone-1") ? 60 : 30)));
        }

        Page<Listed> first = pager.page(context, List.of(), 5, null);
        Page<Listed> second = pager.page(context, List.of(), 5, first.nextToken());

        assertEquals(List.of("vm-0", "vm-1", "vm-2", "vm-3", "gone-1"), uuids(first));
        assertNotNull(first.nextToken());
        assertEquals(List.of("gone-2"), uuids(second));
        assertEquals("terminated", second.items().get(0).instance().instanceState().name());
        assertNull(second.nextToken());
    }

    @Test
    void aTokenThatIsNotOneOfOursIsAnInvalidPaginationToken() {
        vms(2);

        Ec2Exception error = assertThrows(Ec2Exception.class, () -> pager.page(context, List.of(), 5, "bm90LWEtdG9rZW4"));

        assertEquals("InvalidPaginationToken", error.code());
        assertEquals(List.of(), cloudStack.calls);
    }
}
