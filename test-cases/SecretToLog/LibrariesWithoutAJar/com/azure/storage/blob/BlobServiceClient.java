package com.azure.storage.blob;

/** A stub of Azure Storage's service client. */
public class BlobServiceClient {
  public native String generateAccountSas(Object values);
}
