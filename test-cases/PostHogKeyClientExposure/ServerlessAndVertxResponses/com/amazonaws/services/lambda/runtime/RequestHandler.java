package com.amazonaws.services.lambda.runtime;

/** AWS Lambda's handler, as far as the case needs it. */
public interface RequestHandler<I, O> {
  O handleRequest(I input, Context context);
}
