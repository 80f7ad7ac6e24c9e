package com.google.cloud.secretmanager.v1;

import com.google.protobuf.ByteString;

/** Google Secret Manager's secret payload, as far as the case needs it. */
public interface SecretPayload {
  ByteString getData();

  long getDataCrc32C();
}
