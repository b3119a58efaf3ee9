package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Element;

public record DeleteVolumeResult(@Element("return") Boolean succeeded) {
}
