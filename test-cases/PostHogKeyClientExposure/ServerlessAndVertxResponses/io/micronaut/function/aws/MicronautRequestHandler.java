package io.micronaut.function.aws;

/** A stand-in for Micronaut's AWS Lambda request handler: execute(..) answers each event. */
public abstract class MicronautRequestHandler<I, O> {
  public abstract O execute(I input);
}
