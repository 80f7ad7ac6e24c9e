package hudson.model;

/** A stand-in for Jenkins core's BuildListener. */
public interface BuildListener extends TaskListener {}
