package dev.ec2gateway.standin;

import java.time.Instant;

/** A disk offering; a customized one takes its size (GB) from the createVolume call. */
record DiskOffering(String id, String name, String displayText, long diskSizeGb, boolean customized,
                    Instant created) {
}
