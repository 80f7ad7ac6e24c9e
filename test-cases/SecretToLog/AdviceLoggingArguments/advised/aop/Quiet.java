package advised.aop;

/** Marks the methods whose calls are logged without their arguments' names. */
public @interface Quiet {}
