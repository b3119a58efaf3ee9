package dev.ec2gateway.actions.users;

import dev.ec2gateway.ec2.Element;

public record SetUserKeysResult(@Element("return") Boolean succeeded) {
}
