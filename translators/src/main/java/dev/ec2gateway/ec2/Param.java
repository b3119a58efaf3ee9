package dev.ec2gateway.ec2;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Query wire name of a request record component, where it is not the component's name with its
 * first letter in upper case. For a list it is the name before {@code .N} ({@code InstanceId} for
 * {@code InstanceId.1, InstanceId.2}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    String value();
}
