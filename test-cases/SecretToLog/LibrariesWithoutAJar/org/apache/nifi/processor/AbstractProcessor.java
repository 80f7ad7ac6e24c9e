package org.apache.nifi.processor;

public abstract class AbstractProcessor extends AbstractSessionFactoryProcessor {}
