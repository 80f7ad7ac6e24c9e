package org.eclipse.equinox.security.storage;

public class StorageException extends Exception {}
