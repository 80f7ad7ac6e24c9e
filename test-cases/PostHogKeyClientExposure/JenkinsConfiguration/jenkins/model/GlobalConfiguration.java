package jenkins.model;

/** A stand-in for Jenkins core's GlobalConfiguration. */
public abstract class GlobalConfiguration {}
