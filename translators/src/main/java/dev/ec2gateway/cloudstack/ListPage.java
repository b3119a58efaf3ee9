package dev.ec2gateway.cloudstack;

import java.util.List;

/** One page of a list answer: its items and CloudStack's {@code count} of all of them (-1 when it gave none). */
public record ListPage<T>(List<T> items, int count) {
}
