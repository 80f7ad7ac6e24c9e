package hudson.tasks;

/** A stand-in for Jenkins core's Builder. */
public abstract class Builder {}
