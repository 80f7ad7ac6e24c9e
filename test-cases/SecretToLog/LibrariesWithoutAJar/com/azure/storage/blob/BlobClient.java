package com.azure.storage.blob;

import com.azure.storage.blob.specialized.BlobClientBase;

/** A stub of Azure Storage's blob client. */
public class BlobClient extends BlobClientBase {}
