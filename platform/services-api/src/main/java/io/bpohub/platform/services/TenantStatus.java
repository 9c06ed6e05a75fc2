package io.bpohub.platform.services;

public enum TenantStatus { PROVISIONING, ACTIVE, SUSPENDED, OFFBOARDED }
