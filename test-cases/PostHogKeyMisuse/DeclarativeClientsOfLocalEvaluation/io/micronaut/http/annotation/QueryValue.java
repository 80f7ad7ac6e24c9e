package io.micronaut.http.annotation;

/** Micronaut's query-value binding, as far as the case needs it. */
public @interface QueryValue {
  String value() default "";
}
