package jakarta.inject;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A bean's name for injection and for the pages' expressions, as far as the case needs it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Named {
  String value() default "";
}
