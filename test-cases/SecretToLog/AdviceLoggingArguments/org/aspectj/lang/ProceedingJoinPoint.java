package org.aspectj.lang;

/** AspectJ's join point of an around advice. */
public interface ProceedingJoinPoint extends JoinPoint {
  Object proceed() throws Throwable;
}
