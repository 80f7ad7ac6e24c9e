package com.amazonaws.services.lambda.runtime;

/** AWS Lambda's logger, as far as the case needs it (the Lambda runtime is not on the classpath). */
public interface LambdaLogger {
  void log(String message);
}
