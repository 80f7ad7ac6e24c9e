package com.azure.storage.blob;

import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;

/** A stub of Azure Storage's container client. */
public class BlobContainerClient {
  public native String generateSas(BlobServiceSasSignatureValues values);
}
