package com.azure.storage.blob.sas;

/** A stub of a blob SAS's signature values. */
public class BlobServiceSasSignatureValues {}
