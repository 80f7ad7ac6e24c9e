package com.linecorp.armeria.server.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An annotated service's route. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Delete {
  String value();
}
