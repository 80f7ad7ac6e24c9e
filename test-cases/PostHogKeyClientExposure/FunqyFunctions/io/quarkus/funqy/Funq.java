package io.quarkus.funqy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stub of Quarkus Funqy's function annotation (quarkus-funqy-server-common is not on the path). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Funq {
  String value() default "";
}
