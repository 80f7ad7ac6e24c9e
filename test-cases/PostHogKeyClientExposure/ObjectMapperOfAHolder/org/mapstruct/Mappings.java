package org.mapstruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** MapStruct's container of repeated mappings. */
@Target(ElementType.METHOD)
public @interface Mappings {
  Mapping[] value();
}
