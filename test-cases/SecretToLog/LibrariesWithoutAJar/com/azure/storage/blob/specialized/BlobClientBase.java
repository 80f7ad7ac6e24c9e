package com.azure.storage.blob.specialized;

import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;

/** A stub of Azure Storage's blob client base. */
public class BlobClientBase {
  public native String getBlobUrl();

  public native String generateSas(BlobServiceSasSignatureValues values);
}
