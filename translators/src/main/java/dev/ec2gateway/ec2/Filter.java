package dev.ec2gateway.ec2;

import java.util.List;

/** One {@code Filter.N} of a Describe request: a name and the values any of which may match. */
public record Filter(@Required String name, @Param("Value") List<String> values) {
}
