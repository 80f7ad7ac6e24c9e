package org.apache.sling.models.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface Model {
  Class<?>[] adaptables();

  String[] resourceType() default {};
}
