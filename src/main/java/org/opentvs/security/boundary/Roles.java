package org.opentvs.security.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles of which the caller needs at least one to call this resource method. Every resource
 * method declares its own: {@link RoleCheck} refuses a method without one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Roles {

    String[] value();
}
