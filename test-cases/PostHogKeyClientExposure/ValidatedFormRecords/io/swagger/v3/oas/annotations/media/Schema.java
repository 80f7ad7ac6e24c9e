package io.swagger.v3.oas.annotations.media;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A stand-in for the library's annotation (it is not on the test class path). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Schema {
  String description() default "";
}
