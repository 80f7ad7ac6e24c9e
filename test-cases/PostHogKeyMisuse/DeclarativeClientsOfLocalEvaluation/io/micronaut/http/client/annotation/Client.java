package io.micronaut.http.client.annotation;

/** Micronaut's declarative client, as far as the case needs it. */
public @interface Client {
  String value() default "";
}
