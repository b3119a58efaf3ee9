package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EC2 device names and CloudStack device ids: {@code /dev/sdb}..{@code /dev/sdj} (or {@code xvdb}..{@code xvdj})
 * are data disks 1, 2, 4, 5, ... 10; id 3 is CloudStack's CD-ROM slot and has no name; id 0 is the root disk.
 */
final class DeviceNames {
    static final String ROOT = "/dev/sda1";
    private static final Pattern NAME = Pattern.compile("(?:/dev/)?(?:sd|xvd)([b-j])");

    private DeviceNames() {
    }

    /** The CloudStack device id of an EC2 device name; names outside sdb..sdj are InvalidParameterValue. */
    static int deviceIdOf(String device) {
        Matcher matcher = NAME.matcher(device);
        if (!matcher.matches()) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Value (" + device + ") for parameter device is invalid. "
                    + "Use /dev/sdb to /dev/sdj (or xvdb to xvdj).");
        }
        int index = matcher.group(1).charAt(0) - 'a';
        return index >= 3 ? index + 1 : index;
    }

    /** The EC2 device name of a CloudStack device id (beyond sdj the letters simply go on); null for none. */
    static String nameOf(Integer deviceId) {
        if (deviceId == null || deviceId == 3 || deviceId < 0) {
            return null;
        }
        if (deviceId == 0) {
            return ROOT;
        }
        int index = deviceId > 3 ? deviceId - 1 : deviceId;
        return index < 26 ? "/dev/sd" + (char) ('a' + index) : null;
    }
}
