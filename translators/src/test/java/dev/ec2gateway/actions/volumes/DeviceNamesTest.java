package dev.ec2gateway.actions.volumes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.ec2.Ec2Exception;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceNamesTest {
    @ParameterizedTest
    @CsvSource({"/dev/sdb,1", "/dev/sdc,2", "/dev/sdd,4", "/dev/sde,5", "/dev/sdf,6", "/dev/sdg,7", "/dev/sdh,8",
            "/dev/sdi,9", "/dev/sdj,10", "/dev/xvdb,1", "/dev/xvdd,4", "xvdj,10", "sdf,6"})
    void namesMapToDeviceIdsSkippingTheCdRomSlot(String name, int deviceId) {
        assertEquals(deviceId, DeviceNames.deviceIdOf(name));
        assertEquals("/dev/sd" + name.charAt(name.length() - 1), DeviceNames.nameOf(deviceId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/sda", "/dev/sda1", "/dev/sdk", "/dev/hdb", "/dev/sdb1", "sdz", ""})
    void otherNamesAreInvalidParameterValue(String name) {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> DeviceNames.deviceIdOf(name));
        assertEquals("InvalidParameterValue", e.code());
    }

    @ParameterizedTest
    @CsvSource({"0,/dev/sda1", "11,/dev/sdk"})
    void theRootDiskAndDisksBeyondSdjStillHaveNames(int deviceId, String name) {
        assertEquals(name, DeviceNames.nameOf(deviceId));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, -1})
    void theCdRomSlotHasNoName(int deviceId) {
        assertNull(DeviceNames.nameOf(deviceId));
    }
}
