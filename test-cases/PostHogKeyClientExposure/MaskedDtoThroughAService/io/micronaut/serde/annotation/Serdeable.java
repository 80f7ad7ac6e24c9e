package io.micronaut.serde.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for Micronaut Serialization's annotation (not on the test classpath). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Serdeable {}
