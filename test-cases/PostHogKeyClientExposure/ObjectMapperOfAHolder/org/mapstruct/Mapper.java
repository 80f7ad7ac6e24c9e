package org.mapstruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** MapStruct's annotation, as its jar declares it (the attributes this case uses). */
@Target(ElementType.TYPE)
public @interface Mapper {
  String componentModel() default "default";
}
