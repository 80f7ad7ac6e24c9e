package com.amazonaws.services.lambda.runtime;

/** AWS Lambda's invocation context, as far as the case needs it. */
public interface Context {
  LambdaLogger getLogger();

  String getAwsRequestId();
}
