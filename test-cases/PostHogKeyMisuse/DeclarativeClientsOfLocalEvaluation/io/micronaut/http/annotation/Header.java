package io.micronaut.http.annotation;

/** Micronaut's header binding, as far as the case needs it. */
public @interface Header {
  String value() default "";

  String name() default "";
}
