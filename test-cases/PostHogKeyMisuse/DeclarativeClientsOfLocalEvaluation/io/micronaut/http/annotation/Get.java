package io.micronaut.http.annotation;

/** Micronaut's GET mapping, as far as the case needs it. */
public @interface Get {
  String value() default "";
}
