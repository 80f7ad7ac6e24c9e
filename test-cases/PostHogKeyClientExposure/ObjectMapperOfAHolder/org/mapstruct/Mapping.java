package org.mapstruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Target;

/** MapStruct's annotation, as its jar declares it (the attributes this case uses). */
@Repeatable(Mappings.class)
@Target(ElementType.METHOD)
public @interface Mapping {
  String target();

  String source() default "";
}
