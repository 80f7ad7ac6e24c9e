package org.aspectj.lang;

/** AspectJ's join point, as its jar declares it (the methods this case uses). */
public interface JoinPoint {
  Object[] getArgs();

  String toShortString();
}
